"""The in-memory indexes over the store, kept current as articles arrive (from any process).

At start the indexes are built from the whole store; afterwards, at most once a second, a
question first asks the store what was stored since (by ingest time and row ids, all
indexed), and adds only that.
"""

import threading
import time
from datetime import datetime, timedelta

from sqlmodel import Session

from bot.role_search import RoleIndex
from bot.search import ArticleIndex, Document, NameIndex, QuoteIndex
from db import queries

REFRESH_EVERY = 1.0  # seconds: an article stored by another replica is found within this
# Transactions that commit out of ingest-time order: re-read this far back each time.
LATE_COMMITS = timedelta(seconds=30)


class Library:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._checked = float("-inf")
        self.articles = ArticleIndex()
        self.names = NameIndex()
        self.quotes = QuoteIndex()
        self.roles = RoleIndex()
        self._stored_at: dict[int, datetime] = {}  # article id -> ingest time indexed
        self._latest: datetime | None = None
        self._last_alias = 0
        self._last_quote = 0
        self._last_role = 0

    def refresh(self, session: Session) -> None:
        """Add what was stored since the last look (skipped within REFRESH_EVERY)."""
        if time.monotonic() - self._checked < REFRESH_EVERY:
            return
        with self._lock:
            if time.monotonic() - self._checked < REFRESH_EVERY:
                return
            latest = queries.latest_ingest(session)
            if latest is not None and latest != self._latest:
                since = self._latest - LATE_COMMITS if self._latest else None
                self._add_articles(session, since)
                self._latest = latest
            for alias_id, actor_id, name, alias in queries.aliases_after(session, self._last_alias):
                self.names.add(actor_id, name, alias)
                self._last_alias = alias_id
            for quote_id, speaker, text, title, roles in queries.quotes_after(
                session, self._last_quote
            ):
                self.quotes.add(quote_id, f"{speaker} {roles}", text, title)
                self._last_quote = quote_id
            for role_id, text in queries.roles_after(session, self._last_role):
                self.roles.add(role_id, text)
                self._last_role = role_id
            self._checked = time.monotonic()

    def _add_articles(self, session: Session, since: datetime | None) -> None:
        for article, actors in queries.articles_stored_since(session, since):
            if self._stored_at.get(article.id) == article.ingested_at:
                continue
            self.articles.add(
                Document(
                    article.id,
                    article.title,
                    actors,
                    article.summary,
                    article.body,
                    article.date.toordinal(),
                )
            )
            self._stored_at[article.id] = article.ingested_at
