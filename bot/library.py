"""The in-memory indexes over the store, kept current as articles arrive (from any process).

At start the indexes are loaded from their saved file (bot/index_file.py) or built from the
whole store; afterwards, at most once a second, a question first asks the store what was
stored since (by ingest time and row ids, all indexed), and adds only that.
"""

import threading
import time
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta

import numpy as np
from sqlmodel import Session

from bot.packing import pack_strings, unpack_strings
from bot.role_search import RoleIndex
from bot.search import ArticleIndex, Document, NameIndex, QuoteIndex
from db import queries

REFRESH_EVERY = 1.0  # seconds: an article stored by another replica is found within this
# Transactions that commit out of ingest-time order: re-read this far back each time.
LATE_COMMITS = timedelta(seconds=30)
EPOCH = datetime(1970, 1, 1)


def stamp(moment: datetime) -> int:
    """Microseconds since the epoch (a time without a zone, as the store gives it, is UTC)."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return (moment - EPOCH) // timedelta(microseconds=1)


class Library:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._checked = float("-inf")
        self.articles = ArticleIndex()
        self.names = NameIndex()
        self.quotes = QuoteIndex()
        self.roles = RoleIndex()
        self._stored_at: dict[int, int] = {}  # article id -> stamp of the ingest indexed
        self._latest: datetime | None = None
        self._last_alias = 0
        self._last_quote = 0
        self._last_role = 0
        self.additions = 0  # rows added to the indexes since made
        self.saved_additions = 0  # of them, those in the saved file (bot/index_file.py)

    def refresh(self, session: Session) -> None:
        """Add what was stored since the last look (skipped within REFRESH_EVERY, and while
        another thread refreshes or saves: a question never waits for that)."""
        if time.monotonic() - self._checked < REFRESH_EVERY:
            return
        if not self._lock.acquire(blocking=False):
            return
        try:
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
                self.additions += 1
            for quote_id, speaker, text, title, roles in queries.quotes_after(
                session, self._last_quote
            ):
                self.quotes.add(quote_id, f"{speaker} {roles}", text, title)
                self._last_quote = quote_id
                self.additions += 1
            for role_id, text in queries.roles_after(session, self._last_role):
                self.roles.add(role_id, text)
                self._last_role = role_id
                self.additions += 1
            self._checked = time.monotonic()
        finally:
            self._lock.release()

    def _add_articles(self, session: Session, since: datetime | None) -> None:
        updated: list[int] = []
        for article, actors in queries.articles_stored_since(session, since):
            stored_at = stamp(article.ingested_at)
            if self._stored_at.get(article.id) == stored_at:
                continue
            if article.id in self._stored_at:
                updated.append(article.id)
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
            self._stored_at[article.id] = stored_at
            self.additions += 1
        # An update stores its quotes and roles anew; SQLite may give them the ids of the
        # old ones (reused from the top), which `quotes_after` would never read again.
        for quote_id, speaker, text, title, roles in queries.quotes_of_articles(
            session, updated, up_to=self._last_quote
        ):
            self.quotes.add(quote_id, f"{speaker} {roles}", text, title)
        for role_id, text in queries.roles_of_articles(session, updated, up_to=self._last_role):
            self.roles.add(role_id, text)

    def covers(self, highest_article: int) -> bool:
        """Whether every article these indexes hold can be in a store whose newest article
        has this id (a store put back from an older copy cannot). Articles are never
        deleted; quotes and roles are, with their article's update."""
        return max(self._stored_at, default=0) <= highest_article

    def dump(self) -> dict[str, np.ndarray]:
        """Everything the indexes hold, as named arrays (`restored` reads them back)."""
        with self._lock:
            parts = {
                f"{name}.{key}": value
                for name, index in (
                    ("articles", self.articles),
                    ("names", self.names),
                    ("quotes", self.quotes),
                    ("roles", self.roles),
                )
                for key, value in index.dump().items()
            }
            latest, latest_length = pack_strings([self._latest.isoformat()] if self._latest else [])
            return {
                **parts,
                "stored_ids": np.fromiter(self._stored_at, dtype=np.int64),
                "stored_stamps": np.fromiter(self._stored_at.values(), dtype=np.int64),
                "latest": latest,
                "latest_length": latest_length,
                "last_ids": np.array([self._last_alias, self._last_quote, self._last_role]),
            }

    @classmethod
    def restored(cls, parts: Mapping[str, np.ndarray]) -> "Library":
        library = cls()

        def part(name: str) -> dict[str, np.ndarray]:
            prefix = f"{name}."
            return {k[len(prefix) :]: v for k, v in parts.items() if k.startswith(prefix)}

        library.articles = ArticleIndex.restored(part("articles"))
        library.names = NameIndex.restored(part("names"))
        library.quotes = QuoteIndex.restored(part("quotes"))
        library.roles = RoleIndex.restored(part("roles"))
        library._stored_at = dict(
            zip(parts["stored_ids"].tolist(), parts["stored_stamps"].tolist(), strict=True)
        )
        latest = unpack_strings(parts["latest"], parts["latest_length"])
        library._latest = datetime.fromisoformat(latest[0]) if latest else None
        library._last_alias, library._last_quote, library._last_role = parts["last_ids"].tolist()
        return library
