"""Actor recognition on three real Wikinews articles of GUM (CC BY): a floor that a change
to the recogniser must not break, scored as bench/quality.py scores the whole of GUM."""

import json

import pytest

from bot.analysis.actors import find_actors
from bot.analysis.lexicon import COMMON_WORDS, TITLE_WORDS
from bot.analysis.sentences import split_paragraphs
from tests.conftest import FIXTURES

GUM_KINDS = {"person": "PER", "organization": "ORG"}


def documents() -> list[dict]:
    path = FIXTURES / "gum" / "gum_wikinews_sample.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def without_leading_titles(text: str) -> str:
    words = text.split(" ")
    while len(words) > 1 and words[0].casefold().rstrip(".") in TITLE_WORDS | {"the", "us"}:
        words = words[1:]
    return " ".join(words)


def scored_spans() -> tuple[set, set, list[str]]:
    gold, found, names = set(), set(), []
    for document in documents():
        for mention in document["mentions"]:
            span = mention["min_span"]
            stripped = without_leading_titles(span["text"])
            start = span["start"] + len(span["text"]) - len(stripped)
            gold.add((document["doc_id"], GUM_KINDS[mention["type"]], start, span["end"]))
        paragraphs, offsets, offset = [], [], 0
        for paragraph in document["text"].split("\n"):
            paragraphs.append(paragraph)
            offsets.append(offset)
            offset += len(paragraph) + 1
        actors, mentions = find_actors(split_paragraphs(paragraphs))
        names += [actor.name for actor in actors]
        for m in mentions:
            start = offsets[m.paragraph] + m.start
            found.add((document["doc_id"], m.kind, start, offsets[m.paragraph] + m.end))
    return gold, found, names


@pytest.mark.parametrize("kind, floor", [("PER", 0.55), ("ORG", 0.40)])
def test_people_and_organisations_of_real_articles_are_found(kind, floor):
    gold, found, _ = scored_spans()
    gold = {span for span in gold if span[1] == kind}
    found = {span for span in found if span[1] == kind}
    right = len(gold & found)
    f1 = 2 * right / (len(gold) + len(found))
    assert f1 >= floor, f"{kind} F1 {f1:.3f} < {floor}"


def test_real_articles_give_no_junk_actors():
    _, _, names = scored_spans()
    junk = [name for name in names if name.casefold() in COMMON_WORDS | TITLE_WORDS]
    assert junk == []
