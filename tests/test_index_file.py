"""The search indexes saved beside the store: a start reads them and adds only what is new,
and a file that does not fit the store is never used."""

import shutil
from pathlib import Path

import numpy as np
import pytest

from bot.index_file import INDEX_FORMAT, index_path, load, open_library, save
from bot.ingest import ingest_paths
from bot.library import Library
from bot.settings import Settings
from db import queries
from db.engine import prepared_engine, session_scope

QUESTIONS = ("aso kingmaker", "semiconductor supply chain", "takaichi", "Taro Asso")
NEW_TITLE = "Harbour pilots strike over night shifts in Rotterdam"


@pytest.fixture
def store(corpus, tmp_path) -> str:
    url = f"sqlite:///{tmp_path / 'store.db'}"
    ingest_paths([corpus], url)
    return url


def new_article(folder: Path) -> Path:
    folder.mkdir(exist_ok=True)
    path = folder / "pilots.txt"
    path.write_text(
        f"date 2026-11-30 {NEW_TITLE}\n"
        "Harbour pilots in Rotterdam stopped work on Monday over night shifts.\n"
        "“We cannot guide ships safely after sixteen hours,” said Pieter Janssen, a union"
        " negotiator.\n"
    )
    return path


def close(url: str) -> None:
    prepared_engine(url).dispose()
    prepared_engine.cache_clear()


def answers(library: Library) -> list:
    """What the indexes give for a few questions, every index asked."""
    found = []
    for question in QUESTIONS:
        found.append(library.articles.search(question))
        found.append(library.articles.suggestions(question))
        found.append(library.names.match(question))
        found.append(library.quotes.candidates(question, 10))
    found.append({word: list(ids) for word, ids in library.roles.postings.items()})
    return found


def index_files(tmp_path: Path) -> list[Path]:
    return sorted(tmp_path.glob("store.db.index-*.npz"))


def test_the_saved_indexes_answer_as_the_built_ones(store, tmp_path):
    built, path = open_library(store)
    assert path is not None and path.exists() and path.parent == tmp_path
    loaded = load(path)
    assert loaded is not None
    assert answers(loaded) == answers(built)
    assert any(answers(built))  # the questions do find things
    assert loaded.articles.vocabulary.by_length == built.articles.vocabulary.by_length
    assert loaded.quotes.vocabulary.by_length == built.quotes.vocabulary.by_length
    assert loaded.articles.title_of == built.articles.title_of
    assert loaded.names.owners == built.names.owners


def test_a_start_reads_the_file_and_adds_only_what_is_new(store, tmp_path):
    first, path = open_library(store)
    again, _ = open_library(store)
    assert again.additions == 0  # nothing read from the store: all of it came from the file
    assert len(again.articles) == len(first.articles)

    ingest_paths([new_article(tmp_path / "more")], store)
    later, _ = open_library(store)
    assert len(later.articles) == len(first.articles) + 1
    assert 1 <= later.additions < first.additions  # the new article and its rows only
    assert [later.articles.title_of[0]] == [first.articles.title_of[0]]
    hits = later.articles.search("harbour pilots rotterdam")
    assert hits and later.articles.title_of[later.articles.number_of[hits[0].id]] == NEW_TITLE
    assert later.names.match("Pieter Janssen")
    # saved again with the article: the next start reads it all from the file
    assert open_library(store)[0].additions == 0
    assert index_files(tmp_path) == [path]


def test_an_article_updated_since_the_file_replaces_its_old_entry(store, tmp_path):
    ingest_paths([new_article(tmp_path / "more")], store)
    open_library(store)
    path = tmp_path / "more" / "pilots.txt"
    path.write_text(path.read_text().replace("night shifts", "weekend rotas"))
    ingest_paths([path], store)
    library, _ = open_library(store)
    (hit,) = library.articles.search("harbour pilots weekend rotas", limit=1)
    updated_title = NEW_TITLE.replace("night shifts", "weekend rotas")
    assert library.articles.title_of[library.articles.number_of[hit.id]] == updated_title
    stale = library.articles.search("harbour pilots night shifts")
    assert hit.id not in [other.id for other in stale]  # the old text is no answer


def test_quotes_an_update_stores_anew_are_found_after_a_restart(store, tmp_path):
    """SQLite gives the new quotes of an updated last article the ids of its old ones."""
    path = new_article(tmp_path / "more")
    ingest_paths([path], store)
    open_library(store)
    path.write_text(path.read_text().replace("guide ships safely", "steer tankers calmly"))
    ingest_paths([path], store)
    library, _ = open_library(store)
    found = library.quotes.candidates("steer tankers calmly", 5)
    with session_scope(store) as session:
        texts = [quote.text for quote, _ in queries.quotes_by_ids(session, found)]
    assert any("steer tankers calmly" in text for text in texts)


def test_a_store_made_again_at_the_same_path_never_reads_the_old_file(store, tmp_path):
    _, old_path = open_library(store)
    close(store)
    for part in tmp_path.glob("store.db*"):
        if not part.name.startswith("store.db.index-"):
            part.unlink()
    ingest_paths([new_article(tmp_path / "more")], store)
    library, new_path = open_library(store)
    assert new_path != old_path
    assert len(library.articles) == 1  # only the new store's article
    assert index_files(tmp_path) == [new_path]  # the old store's file is gone


def test_a_damaged_file_or_one_of_another_format_is_rebuilt(store, tmp_path, caplog):
    built, path = open_library(store)
    whole = path.read_bytes()
    for damage in (b"not an index at all", b"", whole[: len(whole) // 2], whole[:-40]):
        path.write_bytes(damage)
        library, _ = open_library(store)
        assert answers(library) == answers(built)
        assert load(path) is not None  # written again, whole
    assert "cannot read the saved indexes" in caplog.text

    parts = {**built.dump(), "format": [INDEX_FORMAT + 1]}
    with path.open("wb") as handle:
        np.savez(handle, **parts)
    assert load(path) is None
    assert answers(open_library(store)[0]) == answers(built)


def test_a_file_ahead_of_its_store_is_not_used(store, tmp_path):
    """A store put back from an older copy: the file holds an article the store lacks."""
    first, _ = open_library(store)
    close(store)
    shutil.copy(tmp_path / "store.db", tmp_path / "backup.db")
    ingest_paths([new_article(tmp_path / "more")], store)
    ahead, _ = open_library(store)
    assert len(ahead.articles) == len(first.articles) + 1
    close(store)
    for part in tmp_path.glob("store.db-*"):
        part.unlink()
    shutil.copy(tmp_path / "backup.db", tmp_path / "store.db")
    library, _ = open_library(store)
    assert len(library.articles) == len(first.articles)
    assert library.articles.search("harbour pilots rotterdam") == []


def test_where_the_file_goes(tmp_path):
    assert index_path("sqlite://", None, "abc") is None  # a store in memory keeps none
    beside = index_path(f"sqlite:///{tmp_path / 'news.db'}", None, "abc")
    assert beside == tmp_path / "news.db.index-abc.npz"
    chosen = index_path("postgresql+psycopg://u@h/newsroom", tmp_path / "cache", "abc")
    assert chosen == tmp_path / "cache" / "newsroom.index-abc.npz"


def test_a_file_that_cannot_be_written_leaves_the_bot_answering(store, tmp_path, caplog):
    library, path = open_library(store)
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where a folder should be")
    save(library, blocked / "store.db.index-x.npz")
    assert "cannot save the indexes" in caplog.text
    assert load(path) is not None  # the earlier file is untouched


def test_the_store_keeps_one_identity(store):
    with session_scope(store) as session:
        first = queries.store_identity(session)
    with session_scope(store) as session:
        assert queries.store_identity(session) == first


def test_an_empty_index_dir_setting_means_the_default_place(monkeypatch):
    monkeypatch.setenv("INDEX_DIR", "")
    assert Settings().index_dir is None
    monkeypatch.setenv("INDEX_DIR", "/var/cache/newsbot")
    assert Settings().index_dir == Path("/var/cache/newsbot")


def test_a_store_with_an_empty_index_saves_and_reads_it_back(tmp_path, caplog):
    # one article with no role stated and no quote: some indexes have no word at all
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "one.txt").write_text(
        "date 2026-11-30 Rain in Rotterdam\nIt rained in Rotterdam on Monday.\n"
    )
    url = f"sqlite:///{tmp_path / 'store.db'}"
    ingest_paths([folder], url)
    built, path = open_library(url)
    assert path is not None and path.exists()
    assert load(path) is not None  # not "cannot read the saved indexes ...; rebuilding"
    assert "cannot read" not in caplog.text
    close(url)
