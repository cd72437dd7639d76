"""People, organisations and quotes of the hand-annotated article corpus, scored against gold.

    .venv/bin/python bench/articles.py [DIR] [--verbose]

DIR holds article files (*.txt) and gold.jsonl (default: tests/analysis/articles). Each file
is parsed and analysed as the bot does (bot.articles.parse_article, bot.analysis.analyze).
Figures, overall and for each class letter a file carries (A-G):

People: found = a PER actor named exactly as the gold person; role right = the gold role
equals one of the found actor's roles (case-insensitive), over found people with a gold
role; junk = PER actors that are no gold person.
Organisations: found = an ORG actor named as the gold organisation or with that name among
its aliases; split = the gold name and one of its gold aliases are separate ORG actors.
Quotes: each gold quote is matched to the first quote of ours whose text starts with the
gold's opening words (case, quote marks and spacing ignored). Speaker right = our speaker
equals gold's (None for null); speaker wrong = we name a speaker and it is not gold's (the
worst error: a quote put in the wrong mouth); unattributed = we name none where gold does.

--verbose lists every miss, junk person and speaker error with its file.
tests/analysis/test_gold_articles.py keeps floors under these figures.
"""

import argparse
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from bot.analysis import Analysis, analyze
from bot.articles import parse_article

DEFAULT_DIR = Path(__file__).resolve().parent.parent / "tests" / "analysis" / "articles"
CLASSES = "ABCDEFG"
QUOTE_MARKS = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "«": '"', "»": '"'})


@dataclass
class Report:
    """Counts per group ("all" and each class letter) and, for --verbose, the misses."""

    counts: dict[str, Counter[str]] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)


def load_gold(folder: Path) -> list[dict]:
    lines = (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def analyze_file(path: Path) -> Analysis:
    article = parse_article(path.read_bytes())
    return analyze(article.title, article.paragraphs)


def normalise(text: str) -> str:
    """Casefolded words without quote marks: 'The bar' == '“the  bar'."""
    text = text.translate(QUOTE_MARKS).replace('"', " ").strip(" '")
    return " ".join(text.split()).casefold()


def score_document(gold: dict, analysis: Analysis) -> tuple[Counter[str], list[str]]:
    """The counts of one article and a line for each miss."""
    counts: Counter[str] = Counter()
    misses: list[str] = []
    people = {a.name: a for a in analysis.actors if a.kind == "PER"}
    organisations = [a for a in analysis.actors if a.kind == "ORG"]

    for person in gold["people"]:
        counts["people"] += 1
        actor = people.get(person["name"])
        if actor is None:
            misses.append(f"person missed: {person['name']}")
            continue
        counts["people found"] += 1
        if person["role"]:
            counts["roles judged"] += 1
            if person["role"].casefold() in {role.casefold() for role in actor.roles}:
                counts["role right"] += 1
            else:
                misses.append(f"role of {person['name']}: {actor.roles} != {person['role']!r}")
    gold_names = {person["name"] for person in gold["people"]}
    for name in people.keys() - gold_names:
        counts["junk people"] += 1
        misses.append(f"junk person: {name}")

    names = {a.name for a in organisations}
    for organisation in gold["organisations"]:
        name = organisation["name"]
        counts["organisations"] += 1
        if any(a.name == name or name in a.aliases for a in organisations):
            counts["organisations found"] += 1
        else:
            misses.append(f"organisation missed: {name}")
        split = [alias for alias in organisation["aliases"] if alias != name and alias in names]
        if name in names and split:
            counts["organisations split"] += 1
            misses.append(f"organisation split: {name} / {', '.join(split)}")

    for quote in gold["quotes"]:
        counts["quotes"] += 1
        starts = normalise(quote["starts"])
        ours = next((q for q in analysis.quotes if normalise(q.text).startswith(starts)), None)
        if ours is None:
            misses.append(f"quote missed: {quote['starts']!r}")
            continue
        counts["quotes found"] += 1
        if ours.speaker == quote["speaker"]:
            counts["speaker right"] += 1
        elif ours.speaker is None:
            counts["unattributed"] += 1
            misses.append(f"unattributed: {quote['starts']!r} (gold {quote['speaker']})")
        else:
            counts["speaker wrong"] += 1
            misses.append(
                f"SPEAKER WRONG: {quote['starts']!r} given to {ours.speaker}"
                f" (gold {quote['speaker']})"
            )
    return counts, misses


def score_corpus(folder: Path = DEFAULT_DIR) -> Report:
    report = Report(counts={group: Counter() for group in ["all", *CLASSES]})
    for gold in load_gold(folder):
        counts, misses = score_document(gold, analyze_file(folder / gold["file"]))
        counts["articles"] = 1
        for group in ["all", *gold["classes"]]:
            report.counts[group].update(counts)
        report.misses += [f"{gold['file']}: {miss}" for miss in misses]
    return report


def rate(counts: Counter[str], part: str, whole: str) -> float:
    return counts[part] / counts[whole] if counts[whole] else 1.0


def people_found_rate(counts: Counter[str]) -> float:
    return rate(counts, "people found", "people")


def speaker_right_rate(counts: Counter[str]) -> float:
    """Quotes found with gold's speaker, over all gold quotes."""
    return rate(counts, "speaker right", "quotes")


HEADER = (
    "      people found   role right  junk |    orgs found split"
    " | quotes found  speaker right  WRONG  unattributed"
)


def format_counts(group: str, c: Counter[str]) -> str:
    def of(part: str, whole: str) -> str:
        return f"{f'{c[part]}/{c[whole]}':>7} {rate(c, part, whole):.2f}"

    return (
        f"{group:5} {of('people found', 'people'):>13} {of('role right', 'roles judged')}"
        f" {c['junk people']:5} | {of('organisations found', 'organisations'):>13}"
        f" {c['organisations split']:5} | {of('quotes found', 'quotes'):>12}"
        f" {of('speaker right', 'quotes'):>14} {c['speaker wrong']:6} {c['unattributed']:13}"
    )


def format_report(report: Report, verbose: bool = False) -> str:
    c = report.counts["all"]
    lines = [*report.misses, ""] if verbose else []
    lines += [
        f"{c['articles']} articles; SPEAKER WRONG: {c['speaker wrong']} of {c['quotes']}"
        " gold quotes are given to someone else",
        "",
        HEADER,
        format_counts("all", c),
    ]
    lines += [format_counts(g, report.counts[g]) for g in CLASSES if report.counts[g]["people"]]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_DIR, metavar="DIR")
    parser.add_argument("--verbose", action="store_true", help="list every miss by file")
    args = parser.parse_args(argv)
    print(format_report(score_corpus(args.folder), args.verbose))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
