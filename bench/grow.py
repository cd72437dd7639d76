"""Grow a SQLite bench store to a large size by copying what its analysis already stored.

    python bench/grow.py STORE.db CORPUS_SIZE TARGET

A store of `bench/corpus.py`'s first CORPUS_SIZE articles (ingested for real) gets the
articles numbered CORPUS_SIZE .. TARGET-1 of that corpus as copies of their originals'
rows: the article (with the copy's title, date and source, as `bench/corpus.py` writes
them), its mentions, roles, quotes, story and story bands. That is what ingesting those files would
store (a copy names the same people, says the same quotes and is the same story), without
analysing the same text again: at this machine's rate a million articles would take hours.
The bench then ingests the next articles for real, so the ingest rate is measured on a
store of the full size.
"""

import argparse
import sqlite3
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.corpus import number_of  # noqa: E402

COPIED = {
    "mention": "article_id, actor_id, person_id, count, date",
    "role": "article_id, actor_id, person_id, text, date",
    "quote": "article_id, actor_id, person_id, speaker, text, paragraph, sentence, partial,"
    " named, date",
    "storyband": "article_id, band, hash",
}


def originals(connection: sqlite3.Connection, sources: int) -> dict[int, int]:
    """Corpus number -> article id, for the corpus' original articles (numbers < sources)."""
    found = {}
    for article_id, source in connection.execute("SELECT id, source FROM article"):
        number = number_of(source)
        if number is not None and number < sources:
            found[number] = article_id
    return found


def grow(store: Path, corpus_size: int, target: int, sources: int) -> None:
    connection = sqlite3.connect(store)
    connection.execute("PRAGMA journal_mode=WAL")
    found = originals(connection, sources)
    connection.execute("CREATE TEMP TABLE copy_of (number INTEGER, original INTEGER, copy INT)")
    first_id = connection.execute("SELECT max(id) FROM article").fetchone()[0] + 1
    step = 100_000
    for start in range(corpus_size, target, step):
        numbers = range(start, min(start + step, target))
        connection.execute("DELETE FROM copy_of")
        connection.executemany(
            "INSERT INTO copy_of VALUES (?, ?, ?)",
            (
                (n, found[n % sources], n // sources)
                for n in numbers
                if n % sources in found  # an original the ingest rejected has no copies
            ),
        )
        # The copy's id follows the store's order: number - corpus_size + first_id.
        offset = first_id - corpus_size
        connection.execute(
            "INSERT INTO article (id, source, content_hash, date, published, title, body,"
            " summary, byline, story_id, ingested_at)"
            " SELECT c.number + ?, printf('copy/%06d.txt', c.number),"
            " a.content_hash || '-copy-' || c.copy,"
            " date(a.date, '+' || c.copy || ' years'), a.published,"
            " a.title || ' (copy ' || c.copy || ')', a.body, a.summary, a.byline,"
            " coalesce(a.story_id, a.id), strftime('%Y-%m-%d %H:%M:%f', 'now')"
            " FROM copy_of c JOIN article a ON a.id = c.original ORDER BY c.number",
            (offset,),
        )
        for table, columns in COPIED.items():
            picked = ", ".join(
                "c.number + ?" if name == "article_id" else f"t.{name}"
                for name in columns.split(", ")
            )
            # dated with the copy's article
            picked = picked.replace("t.date", "date(t.date, '+' || c.copy || ' years')")
            connection.execute(
                f"INSERT INTO {table} ({columns}) SELECT {picked}"
                f" FROM copy_of c JOIN {table} t ON t.article_id = c.original ORDER BY c.number",
                (offset,),
            )
        connection.commit()
        print(f"{min(start + step, target):,} articles", flush=True)
    connection.close()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("store", type=Path)
    parser.add_argument("corpus_size", type=int, help="articles of the corpus already ingested")
    parser.add_argument("target", type=int)
    parser.add_argument("--sources", type=int, required=True, help="originals in the corpus")
    args = parser.parse_args()
    started = time.monotonic()
    grow(args.store, args.corpus_size, args.target, args.sources)
    print(f"grown in {time.monotonic() - started:.0f} s")


if __name__ == "__main__":
    main()
