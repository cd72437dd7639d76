"""Exact-span people and organisations, and quote speakers, on the fresh-article trials.

    .venv/bin/python bench/trials.py [DIR ...] [--verbose]

Each DIR (default: every folder under bench/trials) holds article files whose people and
organisations are marked inline, CoNLL-style ("[PER Kittisak Chaiyaporn]", "[ORG Bank of
Thailand]": as written, no titles, no possessive ending, the longest name only), and a
key.md. Helpers who had not seen the code wrote them; README "Answer quality" says which
figures were taken while a trial was still unseen.

Names: the marks are removed, the body paragraphs analysed (the headline is a title, not
analysed for actors), and every mention the analysis finds is compared with the marks by
paragraph, start, end and kind: precision, recall and F1 for PER and ORG.
Quotes (a key.md with lines '1. "First six words" — Speaker'): each key quote is matched to
the first quote of ours that opens with its words (else one that holds them: the second
half of a sentence split by its attribution, kept as one quote with the first); right when
our speaker is the key's (one name containing the other) or, for "unnamed ...", when we name
nobody; wrong when we name someone else; unattributed when we name nobody for a named
speaker.
"""

import argparse
import re
from collections import Counter
from pathlib import Path

from bot.analysis import analyze
from bot.analysis.actors import find_actors
from bot.analysis.sentences import split_paragraphs

MARK = re.compile(r"\[(PER|ORG) ([^\[\]]+?)\]")
KEY_QUOTE = re.compile(r'^(?:\d+\.|-) "(.+?)" — (.+)$', re.MULTILINE)
KINDS = ("PER", "ORG")


def unmarked(line: str) -> tuple[str, list[tuple[int, int, str]]]:
    """The line without its marks, and the marked spans (start, end, kind) in it."""
    text, spans, position = "", [], 0
    for mark in MARK.finditer(line):
        text += line[position : mark.start()]
        spans.append((len(text), len(text) + len(mark.group(2)), mark.group(1)))
        text += mark.group(2)
        position = mark.end()
    return text + line[position:], spans


def read_article(path: Path) -> tuple[str, list[str], set[tuple[int, int, int, str]]]:
    """Title, body paragraphs and gold spans (paragraph, start, end, kind) of a marked file."""
    first, *rest = path.read_text(encoding="utf-8").split("\n")
    title, _ = unmarked(first.split(" ", 2)[2])
    paragraphs, gold = [], set()
    for line in (line for line in rest if line.strip()):
        text, spans = unmarked(line)
        gold |= {(len(paragraphs), start, end, kind) for start, end, kind in spans}
        paragraphs.append(text)
    return title, paragraphs, gold


def score_names(folder: Path, verbose: bool) -> Counter:
    counts: Counter = Counter()
    for path in sorted(folder.glob("*.txt")):
        _, paragraphs, gold = read_article(path)
        _, mentions = find_actors(split_paragraphs(paragraphs))
        found = {(m.paragraph, m.start, m.end, m.kind) for m in mentions}
        for kind in KINDS:
            ours = {span for span in found if span[3] == kind}
            theirs = {span for span in gold if span[3] == kind}
            counts[kind, "right"] += len(ours & theirs)
            counts[kind, "found"] += len(ours)
            counts[kind, "gold"] += len(theirs)
            if verbose:
                for label, spans in (("extra", ours - theirs), ("missed", theirs - ours)):
                    for paragraph, start, end, _ in sorted(spans):
                        name = paragraphs[paragraph][start:end]
                        print(f"  {path.stem} {kind} {label}: {name}")
    return counts


def plain(text: str) -> str:
    return re.sub(r"[\"“”‘’']", "", " ".join(text.split())).casefold()


def without_nickname(name: str) -> str:
    """'Chayanin "Ploy" Rattanawong' as the keys write it: without the quoted nickname (in
    straight single quotes too, set off by spaces: "Josefa 'Joe' Ravuvu", not "Ng'ang'a")."""
    name = re.sub(r"\s+'[^'\s]+'(?=\s)", "", name)
    return re.sub(r"\s*[\"“‘][^\"“”‘’]+[\"”’]", "", name)


def score_quotes(folder: Path, verbose: bool) -> Counter:
    counts: Counter = Counter()
    key = folder / "key.md"
    if not key.exists():
        return counts
    for section in re.split(r"^## ", key.read_text(encoding="utf-8"), flags=re.MULTILINE)[1:]:
        path = folder / f"{section.split(' ', 1)[0]}.txt"
        if not path.exists():
            continue
        title, paragraphs, _ = read_article(path)
        quotes = analyze(title, paragraphs).quotes
        for words, speaker in KEY_QUOTE.findall(section):
            speaker = re.sub(r"\s*\(.*?\)", "", speaker).strip()
            # a key's opening may end with the comma the quote closes on ("We respect the court,")
            opening = plain(words)[:30].rstrip(",.;:!? ")
            ours = next((q for q in quotes if plain(q.text).startswith(opening)), None)
            # the second half of a sentence split by its attribution ('"...," the minister
            # said, "but ..."'), which the analysis keeps as one quote with the first
            ours = ours or next((q for q in quotes if opening in plain(q.text)), None)
            if ours is None:
                verdict = "not found"
            elif speaker.casefold().startswith("unnamed"):
                verdict = "right" if ours.speaker is None else "wrong"
            elif ours.speaker is None:
                verdict = "unattributed"
            else:
                # the key's name with its quoted nickname and without ('Ramon "Bong" ...')
                a = plain(without_nickname(ours.speaker))
                keys = {plain(speaker), plain(without_nickname(speaker))}
                verdict = "right" if any(a in b or b in a for b in keys) else "wrong"
            counts[verdict] += 1
            if verbose and verdict != "right":
                got = ours.speaker if ours else "-"
                print(f"  {path.stem} quote {verdict}: {words!r} key {speaker!r}, ours {got!r}")
    return counts


def f1(right: int, found: int, gold: int) -> str:
    precision, recall = right / found if found else 0.0, right / gold if gold else 0.0
    harmonic = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return f"P {precision:.3f} R {recall:.3f} F1 {harmonic:.3f} ({right} of {gold}, {found} found)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    folders = args.folders or sorted(p for p in (Path(__file__).parent / "trials").iterdir())
    for folder in folders:
        print(f"## {folder}")
        names = score_names(folder, args.verbose)
        for kind in KINDS:
            print(f"{kind}  {f1(names[kind, 'right'], names[kind, 'found'], names[kind, 'gold'])}")
        quotes = score_quotes(folder, args.verbose)
        if quotes:
            listed = ", ".join(f"{verdict} {n}" for verdict, n in sorted(quotes.items()))
            print(f"quotes  {listed} (of {sum(quotes.values())})")


if __name__ == "__main__":
    main()
