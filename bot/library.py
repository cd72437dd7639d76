"""The search indexes over the store, rebuilt when the store changes (in any process)."""

import threading

from sqlmodel import Session

from bot.search import ArticleIndex, Document, NameIndex
from db import queries


class Library:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._version: object = None
        self.articles = ArticleIndex([])
        self.names = NameIndex([])

    def refresh(self, session: Session) -> None:
        """Rebuild the indexes if articles were stored since the last build."""
        version = queries.store_version(session)
        if version == self._version:
            return
        with self._lock:
            if version == self._version:
                return
            actors_of: dict[int, list[str]] = {}
            for article_id, name in queries.article_actors(session):
                actors_of.setdefault(article_id, []).append(name)
            documents = [
                Document(a.id, a.title, tuple(actors_of.get(a.id, ())), a.summary, a.body)
                for a in queries.all_articles(session)
            ]
            self.articles = ArticleIndex(documents)
            self.names = NameIndex(queries.actor_names(session))
            self._version = version
