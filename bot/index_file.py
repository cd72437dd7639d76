"""The search indexes saved to a file, so a start reads them instead of rebuilding them from
every article in the store (23 s for 100k articles, five minutes for 0.9M on the bench
machine), then adds only what was stored since.

The file is named after the store's lifelong identity (`db.queries.store_identity`), so it is
never read for another store, even one made again at the same path. It sits beside a SQLite
store and in the user's cache folder for PostgreSQL (each replica keeps its own). It holds
only arrays of numbers and text (no pickle: reading it cannot run code). A file that is
missing, damaged, of another format, or ahead of the store (it holds an article the store
lacks: a store put back from an older copy) is ignored and the indexes are built from the
store.
"""

import contextlib
import logging
import os
import re
from datetime import timedelta
from pathlib import Path

import numpy as np
from platformdirs import user_cache_path
from sqlalchemy.engine import make_url

from bot.library import Library
from db import queries
from db.engine import session_scope

log = logging.getLogger(__name__)

# Bump when what the indexes hold changes (how words are cut, what is indexed): files of
# another format are rebuilt.
INDEX_FORMAT = 3
SUFFIX = ".npz"
IDENTITY = re.compile(r"[0-9a-f]{1,64}")  # uuid4().hex, as db.queries.store_identity makes
SAVE_EVERY = timedelta(minutes=10)  # `serve` saves what it added; a restart reads the rest


def index_path(database_url: str, index_dir: Path | None, identity: str) -> Path | None:
    """Where this store's indexes are saved; None for a store in memory."""
    if not IDENTITY.fullmatch(identity):
        raise ValueError(f"not a store identity: {identity!r}")
    url = make_url(database_url)
    if url.get_backend_name() == "sqlite":
        if not url.database or url.database == ":memory:":
            return None
        store = Path(url.database).resolve()
        return (index_dir or store.parent) / f"{store.name}.index-{identity}{SUFFIX}"
    folder = index_dir or user_cache_path("newsbot", appauthor=False)
    return folder / f"{url.database}.index-{identity}{SUFFIX}"


def load(path: Path) -> Library | None:
    """The indexes saved at `path`, or None when there are none that can be read."""
    if not path.exists():
        return None
    try:
        with np.load(path, allow_pickle=False) as saved:
            parts = {name: saved[name] for name in saved.files}
        if int(parts.pop("format")[0]) != INDEX_FORMAT:
            log.info("newsbot: %s is of another format; rebuilding the indexes", path)
            return None
        return Library.restored(parts)
    except Exception as error:  # noqa: BLE001 (any damage: numpy and zipfile raise many kinds)
        log.warning("newsbot: cannot read the saved indexes %s (%s); rebuilding", path, error)
        return None


def save(library: Library, path: Path) -> None:
    """Write the indexes to `path` whole or not at all (a reader never sees half a file), and
    remove the files of stores that were at the same path before."""
    additions = library.additions
    parts = {**library.dump(), "format": np.array([INDEX_FORMAT])}
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with partial.open("wb") as handle:
            np.savez(handle, **parts)
            handle.flush()
            os.fsync(handle.fileno())  # whole on disk before it replaces the last good file
        os.replace(partial, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        log.warning("newsbot: cannot save the indexes to %s (%s)", path, error)
        return
    library.saved_additions = additions
    store_name = path.name.split(".index-")[0]
    for older in path.parent.glob(f"{store_name}.index-*{SUFFIX}"):
        if older != path:
            older.unlink(missing_ok=True)


def open_library(database_url: str, index_dir: Path | None = None) -> tuple[Library, Path | None]:
    """The store's indexes, current: loaded from their file when it fits the store (else
    built from the store), brought up to date, and saved again when they grew. Returns them
    with the file they are saved to (None for a store in memory)."""
    with session_scope(database_url) as session:
        path = index_path(database_url, index_dir, queries.store_identity(session))
        library = load(path) if path else None
        if library is not None and not library.covers(queries.highest_article(session)):
            log.info("newsbot: %s is ahead of the store; rebuilding the indexes", path)
            library = None
        library = library or Library()
        library.refresh(session)
    save_if_grown(library, path)
    return library, path


def save_if_grown(library: Library, path: Path | None) -> None:
    if path is not None and library.additions != library.saved_additions:
        save(library, path)


def keep_saved(library: Library, path: Path | None, database_url: str) -> None:
    """Bring the indexes up to date and save them if they grew (`serve`, every SAVE_EVERY)."""
    with session_scope(database_url) as session:
        library.refresh(session)
    save_if_grown(library, path)
