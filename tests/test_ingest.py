import multiprocessing
import shutil

from sqlmodel import select

from bot.cli import PARALLEL_FROM, ingest_workers, main
from bot.ingest import article_files, ingest_files
from bot.settings import get_settings
from db.engine import session_scope
from db.models import Actor, Article, Mention, Quote
from tests.conftest import SEED_FILE


def stored_articles(database_url: str) -> list[Article]:
    with session_scope(database_url) as session:
        return list(session.exec(select(Article)))


def test_bad_files_are_named_while_the_good_one_loads(tmp_path, runner, database_url):
    folder = tmp_path / "incoming"
    folder.mkdir()
    shutil.copy(SEED_FILE, folder / "seed.txt")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01")
    (folder / "nodate.txt").write_text("Breaking: something happened\nMore text.\n")

    result = runner.invoke(main, ["ingest", str(folder)])

    assert result.exit_code == 1
    assert f"{folder / 'empty.txt'}: empty file" in result.stderr
    assert f"{folder / 'image.png'}: binary file" in result.stderr
    assert f"{folder / 'nodate.txt'}: first line is not a 'date" in result.stderr
    assert result.stdout.strip().endswith("1 new, 0 updated, 0 unchanged, 3 rejected")
    assert [a.title for a in stored_articles(database_url)] == [
        "Korea's top security adviser meets with Japanese 'kingmaker' Taro Aso"
    ]


def test_second_run_adds_nothing(runner, corpus, database_url):
    first = runner.invoke(main, ["ingest", str(corpus)])
    second = runner.invoke(main, ["ingest", str(corpus)])
    assert first.exit_code == 0, first.output
    assert first.stdout.strip().endswith("3 new, 0 updated, 0 unchanged, 0 rejected")
    assert second.exit_code == 0
    assert second.stdout.strip().endswith("0 new, 0 updated, 3 unchanged, 0 rejected")
    assert len(stored_articles(database_url)) == 3


def test_default_path_is_the_seeds_folder(runner, database_url):
    result = runner.invoke(main, ["ingest"])
    assert result.exit_code == 0
    assert result.stdout.splitlines()[-1] == "1 new, 0 updated, 0 unchanged, 0 rejected"


def test_the_same_article_with_other_line_endings_is_one_article(tmp_path, runner, database_url):
    folder = tmp_path / "copies"
    folder.mkdir()
    shutil.copy(SEED_FILE, folder / "a.txt")
    (folder / "b.txt").write_bytes(b"\xef\xbb\xbf" + SEED_FILE.read_bytes().replace(b"\n", b"\r\n"))
    result = runner.invoke(main, ["ingest", str(folder)])
    assert result.stdout.strip().endswith("1 new, 0 updated, 1 unchanged, 0 rejected")
    assert len(stored_articles(database_url)) == 1


def test_an_edited_file_updates_its_article_and_its_analysis(tmp_path, runner, database_url):
    path = tmp_path / "story.txt"
    path.write_text(
        "date 2025-11-05 Talks resume\n"
        "“We are ready to talk about everything,” Kang Min-ho said on Monday.\n"
    )
    runner.invoke(main, ["ingest", str(path)])
    path.write_text(
        "date 2025-11-05 Talks resume in Seoul\n"
        "“We are ready to talk about trade and security,” Park Ji-won said on Monday.\n"
    )
    result = runner.invoke(main, ["ingest", str(path)])

    assert result.stdout.strip().endswith("0 new, 1 updated, 0 unchanged, 0 rejected")
    [article] = stored_articles(database_url)
    assert article.title == "Talks resume in Seoul"
    with session_scope(database_url) as session:
        quotes = list(session.exec(select(Quote)))
        mentioned = session.exec(select(Actor.name).join(Mention)).all()
    assert [(q.speaker, q.text) for q in quotes] == [
        ("Park Ji-won", "We are ready to talk about trade and security")
    ]
    assert mentioned == ["Park Ji-won"]


def test_a_missing_path_is_reported(tmp_path, runner):
    result = runner.invoke(main, ["ingest", str(tmp_path / "nowhere")])
    assert result.exit_code == 1
    assert "nowhere: no such file or folder" in result.stderr
    assert result.stdout.strip().endswith("0 new, 0 updated, 0 unchanged, 1 rejected")


def test_an_unreachable_store_is_a_message_not_a_traceback(tmp_path, runner, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'no' / 'such' / 'dir.db'}")
    from bot.settings import get_settings

    get_settings.cache_clear()
    result = runner.invoke(main, ["ingest", str(SEED_FILE)])
    assert result.exit_code == 2
    assert "article store is unavailable" in result.stderr
    assert "Traceback" not in result.output


def stored(database_url: str) -> list:
    """Every article with its summary, actors and quotes, in id order (ids themselves left
    out only where they are internal)."""
    with session_scope(database_url) as session:
        articles = session.exec(select(Article).order_by(Article.id)).all()
        actors = session.exec(select(Actor.key, Actor.name, Actor.kind).order_by(Actor.id)).all()
        quotes = session.exec(
            select(Quote.article_id, Quote.speaker, Quote.text).order_by(Quote.id)
        ).all()
        return [
            [(a.id, a.source, a.title, a.summary, a.story_id) for a in articles],
            list(actors),
            list(quotes),
        ]


def test_analysed_in_several_processes_the_store_is_the_same(tmp_path, corpus):
    bad = corpus / "zz-empty.txt"
    bad.write_text("")
    files, _ = article_files([corpus])
    one, two = f"sqlite:///{tmp_path / 'one.db'}", f"sqlite:///{tmp_path / 'two.db'}"
    alone = ingest_files(files, one)
    together = ingest_files(files, two, workers=2)
    assert str(together) == str(alone) and alone.new == len(files) - 1
    assert together.rejected == alone.rejected and together.rejected[0][0] == bad
    assert stored(two) == stored(one)
    assert multiprocessing.active_children() == []  # the workers ended with the ingest


def test_the_cli_uses_several_processes_for_a_large_ingest(monkeypatch):
    monkeypatch.setenv("INGEST_WORKERS", "3")
    settings = get_settings()
    assert ingest_workers(settings, PARALLEL_FROM - 1) == 1  # not worth starting them
    assert ingest_workers(settings, PARALLEL_FROM) == 3
