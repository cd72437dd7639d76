"""Snapshots of what the analysis finds in two corpora, to see every change a commit makes.

    .venv/bin/python -m tests.analysis.snapshots            # show what changed
    .venv/bin/python -m tests.analysis.snapshots --update   # accept it: rewrite the snapshots

A snapshot holds, per document, every actor (name, kind, sorted aliases, roles in order,
mentions) and every quote (its first 60 characters, speaker, partial), in the analysis's
order. Corpora: "articles", the 42 hand-annotated articles of tests/analysis/articles, and
"gum", the GUM Wikinews sample of tests/fixtures/gum (paragraphs after the title and date
lines). The files are in tests/analysis/snapshot_data/; test_snapshots.py compares them.
"""

import argparse
import difflib
import json
import sys
from pathlib import Path

from bot.analysis import Analysis, analyze
from bot.articles import parse_article

HERE = Path(__file__).resolve().parent
ARTICLES = HERE / "articles"
GUM = HERE.parent / "fixtures" / "gum" / "gum_wikinews_sample.jsonl"
DATA = HERE / "snapshot_data"
CORPORA = ["articles", "gum"]
UPDATE = "To accept these changes: .venv/bin/python -m tests.analysis.snapshots --update"


def documents(corpus: str) -> dict[str, tuple[str, list[str]]]:
    """The title and paragraphs of each document of a corpus, by name."""
    if corpus == "articles":
        parsed = {p.name: parse_article(p.read_bytes()) for p in sorted(ARTICLES.glob("*.txt"))}
        return {name: (a.title, list(a.paragraphs)) for name, a in parsed.items()}
    lines = GUM.read_text(encoding="utf-8").splitlines()
    gum = [json.loads(line) for line in lines if line.strip()]
    return {
        d["doc_id"]: (d["title"], [p for p in d["text"].split("\n")[2:] if p.strip()]) for d in gum
    }


def describe(analysis: Analysis) -> dict:
    return {
        "actors": [
            {
                "name": a.name,
                "kind": a.kind,
                "aliases": sorted(a.aliases),
                "roles": list(a.roles),
                "mentions": a.mentions,
            }
            for a in analysis.actors
        ],
        "quotes": [
            {"text": q.text[:60], "speaker": q.speaker, "partial": q.partial}
            for q in analysis.quotes
        ],
    }


def build(corpus: str) -> dict[str, dict]:
    return {name: describe(analyze(*doc)) for name, doc in documents(corpus).items()}


def path(corpus: str) -> Path:
    return DATA / f"{corpus}.json"


def to_json(value: object) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False) + "\n"


def load(corpus: str) -> dict[str, dict]:
    return json.loads(path(corpus).read_text(encoding="utf-8")) if path(corpus).exists() else {}


def write(corpus: str, snapshot: dict[str, dict]) -> None:
    DATA.mkdir(exist_ok=True)
    path(corpus).write_text(to_json(snapshot), encoding="utf-8")


def diff(corpus: str, stored: dict[str, dict], current: dict[str, dict]) -> str:
    """A unified diff of the documents whose snapshot changed; "" when none did."""
    chunks = []
    for name in sorted(stored.keys() | current.keys()):
        before, after = stored.get(name), current.get(name)
        if before == after:
            continue
        chunks += difflib.unified_diff(
            to_json(before).splitlines(keepends=True) if before is not None else [],
            to_json(after).splitlines(keepends=True) if after is not None else [],
            fromfile=f"stored {corpus}/{name}",
            tofile=f"current {corpus}/{name}",
        )
    return "".join(chunks)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--update", action="store_true", help="rewrite the stored snapshots")
    args = parser.parse_args(argv)
    changed = False
    for corpus in CORPORA:
        current = build(corpus)
        if args.update:
            write(corpus, current)
            print(f"wrote {path(corpus)} ({len(current)} documents)")
        elif text := diff(corpus, load(corpus), current):
            changed = True
            sys.stdout.write(text)
    if changed:
        print(UPDATE)
    return 1 if changed else 0


if __name__ == "__main__":
    raise SystemExit(main())
