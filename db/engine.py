"""Engine and short-lived sessions; the schema is created on first use."""

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, event, inspect, text
from sqlmodel import Session, SQLModel, create_engine

from db import models  # noqa: F401  (registers the tables on SQLModel.metadata)

FIRST_REVISION = "0001"


MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# Any constant: replicas starting together on one PostgreSQL migrate one after the other.
MIGRATION_LOCK = 7_265_001


ENGINE_LOCK = threading.Lock()  # threads of one process opening a new store create it once


def get_engine(url: str) -> Engine:
    with ENGINE_LOCK:
        return prepared_engine(url)


@lru_cache
def prepared_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
    else:
        engine = create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=20)
    prepare_schema(engine)
    return engine


def prepare_schema(engine: Engine) -> None:
    """Bring the schema to the newest Alembic revision.

    An empty database gets the tables in one step and is stamped with the newest revision;
    a database from before migrations existed is stamped with the first revision (the
    schema it has) and upgraded; any other database is upgraded.
    """
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
        config.attributes["connection"] = connection
        current = MigrationContext.configure(connection).get_current_revision()
        if current is None and not inspect(connection).has_table("article"):
            SQLModel.metadata.create_all(connection)
            command.stamp(config, "head")
            return
        if current is None:
            command.stamp(config, FIRST_REVISION)
        command.upgrade(config, "head")


def _sqlite_pragmas(connection, _record) -> None:
    cursor = connection.cursor()
    # WAL lets readers (the bot answering) run while an ingest writes.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


@contextmanager
def session_scope(url: str) -> Iterator[Session]:
    """One unit of work: committed when the block succeeds, rolled back when it raises."""
    with Session(get_engine(url), expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
