"""One person, one profile, over a real archive: the 1,008 PolNeAR news articles ingested into
a fresh SQLite store, then measured.

    python bench/archive.py ../shared/data [--db PATH] [--keep]

Ingest: articles per second of `bot.ingest.ingest_paths` (parse, analysis, identity, storage).
People (bench/archive_people.tsv: 30 people and the name forms the corpus uses for each, made
by hand): how many distinct persons (`actor.person_id or actor.id`) the actors named by one of
a person's forms make (ideally 1); how many of their mention rows are resolved to a person
other than the main one (the person most of those rows are on); whether `/who <surname>` opens
that person (only for people whose surname alone is one of their forms).
Roles: for the first 10 people of the file (the most named), the titles `/who <name>` shows
and the distinct texts of the role rows of their main person, printed for a human to judge.
Speakers: each stored quote of the 84 PolNeAR dev articles that overlaps a gold direct
quotation with a named source is judged right when the name of the person it is attributed to
(its speaker text when it has none) is the gold name, as bench/quality.py judges names; the
quotes whose person is not their speaker text (identity resolution moved them) are counted
apart, and a second figure counts a person right when any name the store gives it (the names
of the actors linked to it as a whole) is the gold name. A stored quote is found in the gold
text as it is, else with any run of white space matching any other. The gold labels are only
read here, never given to the bot.

--db stores into PATH (which must not exist yet) and keeps it; --keep keeps the temporary
folder (article files and store) and prints where it is.
"""

import argparse
import contextlib
import re
import shlex
import shutil
import sqlite3
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.quality import (  # noqa: E402
    is_named_source,
    name_head,
    overlap,
    read_jsonl,
    source_kind,
)
from bot.analysis.document import name_key  # noqa: E402
from bot.answer import Answer  # noqa: E402
from bot.answers import answer_text  # noqa: E402
from bot.ingest import ingest_paths  # noqa: E402
from bot.library import Library  # noqa: E402

PEOPLE_FILE = Path(__file__).resolve().parent / "archive_people.tsv"
ROLES_PEOPLE = 10  # the first people of the file, whose titles and roles are printed
TITLES_SECTION = "Titles and roles"


@dataclass(frozen=True)
class Person:
    canonical: str
    variants: list[str]

    @property
    def surname(self) -> str:
        return self.canonical.split()[-1]

    @property
    def keys(self) -> list[str]:
        return sorted({name_key(variant) for variant in self.variants})


@dataclass(frozen=True)
class Identity:
    """The persons the actors named by a person's forms make in the store."""

    persons: dict[int, str]  # person id (actor.person_id or actor.id) -> that actor's name
    rows: Counter[int]  # the mention rows of those actors, by the person each is resolved to

    @property
    def main(self) -> int | None:
        return self.rows.most_common(1)[0][0] if self.rows else None

    @property
    def off_main(self) -> int:
        return self.rows.total() - self.rows[self.main]

    def off_main_on(self, others: set[int]) -> int:
        return sum(n for person, n in self.rows.items() if person != self.main and person in others)


# --- store ---------------------------------------------------------------------------------


def write_articles(data: Path, folder: Path) -> int:
    """The PolNeAR articles as seed files: a `date YYYY-MM-DD Title` line, a paragraph a line."""
    items = read_jsonl(data / "news_corpus" / "polnear_articles.jsonl")
    for item in items:
        paragraphs = [p.strip() for p in item["text"].split("\n") if p.strip()]
        title = " ".join(item["title"].split())
        text = f"date {item['date'][:10]} {title}\n" + "\n".join(paragraphs) + "\n"
        (folder / (item["id"].split(":", 1)[1] + ".txt")).write_text(text, encoding="utf-8")
    return len(items)


def ingest(folder: Path, url: str) -> tuple[str, float]:
    """The ingest report and the seconds it took."""
    started = time.perf_counter()
    report = ingest_paths([folder], url)
    return str(report), time.perf_counter() - started


def adopt_unlinked_store(db_path: Path) -> None:
    """A store made before identity links (to measure the code before them): every actor is
    its own person, as `newsbot resolve --undo` leaves a store."""
    with contextlib.closing(sqlite3.connect(db_path)) as db:
        for table in ("actor", "mention", "role", "quote"):
            columns = {row[1] for row in db.execute(f"PRAGMA table_info({table})")}
            if "person_id" not in columns:
                db.execute(f"ALTER TABLE {table} ADD COLUMN person_id INTEGER")
                if table != "actor":
                    db.execute(f"UPDATE {table} SET person_id = actor_id")
        db.commit()


def actor_name(db: sqlite3.Connection, actor_id: int) -> str:
    return db.execute("SELECT name FROM actor WHERE id = ?", (actor_id,)).fetchone()[0]


def marks(values: list) -> str:
    return ",".join("?" * len(values))


def who(query: str, library: Library, url: str) -> Answer:
    return answer_text(f"/who {query}", library, url)


def profile_name(title: str) -> str:
    """ "Donald Trump (person)" -> "Donald Trump"."""
    return title.rsplit(" (", 1)[0]


# --- people --------------------------------------------------------------------------------


def read_people(path: Path) -> list[Person]:
    people = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            canonical, variants = line.split("\t")
            people.append(Person(canonical, variants.split("|")))
    return people


def identity(db: sqlite3.Connection, person: Person) -> Identity:
    keys = person.keys
    actors = db.execute(
        f"SELECT id, coalesce(person_id, id) FROM actor WHERE key IN ({marks(keys)})", keys
    ).fetchall()
    ids = [actor_id for actor_id, _ in actors]
    rows = db.execute(
        f"SELECT person_id, count(*) FROM mention WHERE actor_id IN ({marks(ids)})"
        " GROUP BY person_id",
        ids,
    ).fetchall()
    persons = {person_id: actor_name(db, person_id) for _, person_id in actors}
    return Identity(persons, Counter(dict(rows)))


def opens_person(person: Person, library: Library, url: str) -> tuple[bool, str]:
    """Whether `/who <surname>` opens a profile named as the person, and the answer's title."""
    title = who(person.surname, library, url).title
    return name_key(profile_name(title)) == name_key(person.canonical), title


def evaluate_people(
    db: sqlite3.Connection, people: list[Person], library: Library, url: str
) -> tuple[dict[str, Identity], Counter]:
    identities = {person.canonical: identity(db, person) for person in people}
    mains = {i.main for i in identities.values() if i.main is not None}
    stats: Counter = Counter()
    print("\n## People: persons their forms make, mention rows off the main person, /who")
    for person in people:
        found = identities[person.canonical]
        off_listed = found.off_main_on(mains - {found.main})
        stats.update(
            {
                "people": 1,
                "one person": len(found.persons) == 1,
                "persons": len(found.persons),
                "mention rows": found.rows.total(),
                "off main": found.off_main,
                "off main, listed": off_listed,
            }
        )
        line = (
            f"{person.canonical:24} persons {len(found.persons):2}  mention rows"
            f" {found.rows.total():5}, off main {found.off_main:4} ({off_listed} on another"
            " listed person)"
        )
        if person.surname in person.variants:
            right, title = opens_person(person, library, url)
            stats.update({"who checked": 1, "who right": right})
            line += f"  /who {person.surname}: " + ("right" if right else f"WRONG: {title!r}")
        print(line)
        if len(found.persons) > 1:
            print(
                "    "
                + "; ".join(
                    f"{name} (#{pid}, {found.rows[pid]} rows)"
                    for pid, name in sorted(found.persons.items(), key=lambda p: -found.rows[p[0]])
                )
            )
    return identities, stats


# --- roles ---------------------------------------------------------------------------------


def shown_titles(person: Person, library: Library, url: str) -> tuple[str, list[str]]:
    """The title of `/who <canonical name>` and the lines of its titles section."""
    answer = who(person.canonical, library, url)
    body = next((s.body for s in answer.sections if s.heading == TITLES_SECTION), "")
    return answer.title, body.splitlines()


def role_texts(db: sqlite3.Connection, persons: list[int]) -> Counter[str]:
    """The texts of the role rows resolved to these persons, with their numbers of rows."""
    rows = db.execute(
        f"SELECT text, count(*) FROM role WHERE person_id IN ({marks(persons)}) GROUP BY text",
        persons,
    ).fetchall()
    return Counter(dict(rows))


def evaluate_roles(
    db: sqlite3.Connection,
    people: list[Person],
    identities: dict[str, Identity],
    library: Library,
    url: str,
) -> Counter:
    stats: Counter = Counter()
    every_text: set[str] = set()
    print(f"\n## Roles of the {len(people)} most named people (judge which are not titles)")
    for person in people:
        title, lines = shown_titles(person, library, url)
        main = identities[person.canonical].main
        texts = role_texts(db, [] if main is None else [main])
        every_text.update(texts)
        stats.update({"title rows": len(lines), "role rows": texts.total()})
        print(
            f"\n/who {person.canonical} -> {title}: {len(lines)} title rows shown;"
            f" {texts.total()} role rows, {len(texts)} distinct texts"
        )
        print("  shown:\n" + "\n".join(f"    {line}" for line in lines))
        print("  role texts (rows): " + "; ".join(f"{t} ({n})" for t, n in texts.most_common()))
    stats["distinct texts"] = len(every_text)
    return stats


# --- speakers ------------------------------------------------------------------------------


def stored_article(db: sqlite3.Connection, item: dict) -> int | None:
    row = db.execute(
        "SELECT id FROM article WHERE title = ? AND date = ?",
        (" ".join(item["title"].split()), item["date"][:10]),
    ).fetchone()
    return row[0] if row else None


def gold_quote(item: dict, span: tuple[int, int]) -> dict | None:
    """The gold direct quotation whose content overlaps `span` most, if any does."""
    overlaps = [
        (sum(overlap(span, tuple(piece)) for piece in a["content"]["spans"]), a)
        for a in item["attributions"]
        if a["content_has_quote_marks"]
    ]
    best = max(overlaps, key=lambda pair: pair[0], default=(0, None))
    return best[1] if best[0] else None


def locate(quote: str, text: str) -> tuple[int, int] | None:
    """Where `quote` is in `text`: as it is, else with any white space for its white space
    (the store keeps paragraphs with their white space collapsed)."""
    start = text.find(quote)
    if start >= 0:
        return start, start + len(quote)
    match = re.search(r"\s+".join(map(re.escape, quote.split())), text)
    return match.span() if match else None


def person_names(db: sqlite3.Connection, person_id: int) -> list[str]:
    """The names of the actors that are this person as a whole (the person's own among them)."""
    rows = db.execute(
        "SELECT name FROM actor WHERE coalesce(person_id, id) = ?", (person_id,)
    ).fetchall()
    return [name for (name,) in rows]


def judge_quote(
    db: sqlite3.Connection, item: dict, person_id: int | None, speaker: str, quote: str
) -> Counter:
    """The counts one stored quote adds: located, overlapping, judged, right, moved."""
    span = locate(quote, item["text"])
    if span is None:
        return Counter({"not located": 1})
    gold = gold_quote(item, span)
    if gold is None or source_kind(gold) != "name":
        return Counter({"located": 1, "overlapping": gold is not None})
    head = name_head(gold["source"]["text"]) or ""
    name = actor_name(db, person_id) if person_id is not None else speaker
    right = is_named_source(name, head, item["text"])
    by_speaker = is_named_source(speaker, head, item["text"])
    names = [speaker] if person_id is None else person_names(db, person_id)
    by_any_name = any(is_named_source(n, head, item["text"]) for n in names)
    moved = name_key(name) != name_key(speaker)
    return Counter(
        {
            "located": 1,
            "overlapping": 1,
            "judged": 1,
            "right": right,
            "right by speaker text": by_speaker,
            "right by any name": by_any_name,
            "moved": moved,
            "moved right": moved and right,
            "moved right by speaker text": moved and by_speaker,
            "moved right by any name": moved and by_any_name,
        }
    )


def evaluate_speakers(db: sqlite3.Connection, data: Path) -> Counter:
    stats: Counter = Counter()
    for item in read_jsonl(data / "polnear_quotes" / "polnear_dev.jsonl"):
        stats["dev articles"] += 1
        article_id = stored_article(db, item)
        if article_id is None:
            continue
        stats["matched"] += 1
        quotes = db.execute(
            "SELECT person_id, speaker, text FROM quote WHERE article_id = ?", (article_id,)
        ).fetchall()
        for person_id, speaker, text in quotes:
            stats["quotes"] += 1
            stats.update(judge_quote(db, item, person_id, speaker, text))
    return stats


# --- report --------------------------------------------------------------------------------


def share(part: int, whole: int) -> str:
    return f"{part} of {whole} ({part / whole:.3f})" if whole else f"{part} of 0"


def print_report(
    command: str, ingested: tuple[int, str, float], people: Counter, roles: Counter, quotes: Counter
) -> None:
    count, report, seconds = ingested
    print(f"\n## Report\n{command}")
    rows = [
        (
            "ingest",
            f"{count} articles in {seconds:.1f} s: {count / seconds:.1f} articles/s ({report})",
        ),
        (
            "one person, one profile",
            f"{people['one person']} of {people['people']} people are one person"
            f" ({people['persons']} persons in all, ideally {people['people']})",
        ),
        (
            "mention rows off main",
            f"{people['off main']} of {people['mention rows']}"
            f" ({people['off main, listed']} on another listed person's main person)",
        ),
        ("/who <surname> opens", share(people["who right"], people["who checked"])),
        (
            f"roles, top {ROLES_PEOPLE}",
            f"{roles['title rows']} title rows shown; {roles['role rows']} role rows,"
            f" {roles['distinct texts']} distinct texts",
        ),
        (
            "dev quotes",
            f"{quotes['matched']} of {quotes['dev articles']} articles matched;"
            f" {quotes['quotes']} quotes, {quotes['not located']} not found in the text,"
            f" {quotes['overlapping']} overlap a gold direct quotation,"
            f" {quotes['judged']} of them with a named source",
        ),
        ("speaker (person) right", share(quotes["right"], quotes["judged"])),
        ("  by any name of it", share(quotes["right by any name"], quotes["judged"])),
        ("  by speaker text alone", share(quotes["right by speaker text"], quotes["judged"])),
        (
            "moved by resolution",
            f"{quotes['moved']}: {quotes['moved right']} right; by any name of the person"
            f" {quotes['moved right by any name']}, by speaker text alone"
            f" {quotes['moved right by speaker text']}",
        ),
    ]
    for label, figures in rows:
        print(f"{label:26} {figures}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("data", type=Path, help="the shared data folder")
    parser.add_argument("--db", type=Path, help="SQLite file to create (default: temporary)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args()
    if args.db and args.db.exists():
        parser.error(f"{args.db} exists; the store must be fresh")
    command = "python " + shlex.join(sys.argv)
    work = Path(tempfile.mkdtemp(prefix="newsbot-archive-"))
    try:
        folder = work / "articles"
        folder.mkdir()
        count = write_articles(args.data, folder)
        db_path = (args.db or work / "store.sqlite3").resolve()
        url = f"sqlite:///{db_path}"
        report, seconds = ingest(folder, url)
        print(f"ingested {count} articles in {seconds:.1f} s: {count / seconds:.1f} articles/s")
        adopt_unlinked_store(db_path)
        library = Library()
        with contextlib.closing(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)) as db:
            people = read_people(PEOPLE_FILE)
            identities, people_stats = evaluate_people(db, people, library, url)
            roles = evaluate_roles(db, people[:ROLES_PEOPLE], identities, library, url)
            quotes = evaluate_speakers(db, args.data)
        print_report(command, (count, report, seconds), people_stats, roles, quotes)
    finally:
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work)


if __name__ == "__main__":
    main()
