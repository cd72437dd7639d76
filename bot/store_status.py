"""What the commands tell a user about the store: where it is, whether it is empty or down."""

from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from db import queries
from db.engine import session_scope

EMPTY_STORE = "The store is empty: run `newsbot ingest`"


def describe_store(database_url: str) -> str:
    """The SQLite file's path, or the server URL without its password."""
    url = make_url(database_url)
    if url.get_backend_name() == "sqlite":
        return url.database or "(in memory)"
    return url.render_as_string(hide_password=True)


def unavailable_message(err: SQLAlchemyError) -> str:
    """One line for any command that could not reach the store."""
    cause = " ".join(str(getattr(err, "orig", None) or err).split())  # drivers write several lines
    return f"error: the article store is unavailable: {err.__class__.__name__}: {cause}"


def article_count(database_url: str) -> int:
    """How many articles are stored (raises SQLAlchemyError when the store is down)."""
    with session_scope(database_url) as session:
        return queries.count_articles(session)
