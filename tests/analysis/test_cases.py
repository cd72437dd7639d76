"""Case tables of the error classes the analysis must handle (tests/analysis/cases/*.jsonl):
people with their bare name and stated role, organisations with their short forms, quotes with
their speaker (null: nobody, rather than a guess). Classes: A titles with "of"/"for"/commas
before a name, B given names that are places, months or words, C unusual names after a
country's title, D roles after the name, E organisations and their short forms, F speakers
who share a surname, G spokespeople and aides (their words are not the principal's), H roles
given by appointment or with "its", I roles of the organisation an article is about, after
"whose", or stated with "is" (an office with its owner), J offices left (resigned, stepped
down, replaced: "outgoing") and given ("named ... as the new Minister of X and Y"). A class
with "-" holds the negative cases."""

import json
from pathlib import Path

import pytest

from bot.analysis import analyze

CASES = Path(__file__).parent / "cases"


def cases(name: str) -> list[dict]:
    lines = (CASES / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def case_id(case: dict) -> str:
    return f"{case['class']}: {case['text'][:50]}"


def actors_of(text: str) -> dict:
    return {actor.name: actor for actor in analyze("Test", [text]).actors}


@pytest.mark.parametrize("case", cases("people.jsonl"), ids=case_id)
def test_people_have_their_bare_name_and_stated_role(case):
    actors = actors_of(case["text"])
    for name, role in case["people"].items():
        assert name in actors and actors[name].kind == "PER", sorted(actors)
        if role:
            assert role in actors[name].roles
    for role in case.get("absent_roles", []):
        assert not any(role in actor.roles for actor in actors.values())
    people = {name for name, actor in actors.items() if actor.kind == "PER"}
    assert people == set(case["people"])  # nobody else, no piece of a title
    assert not set(case.get("absent", [])) & set(actors)
    for organisation in case.get("organisations", []):
        assert actors[organisation].kind == "ORG"


@pytest.mark.parametrize("case", cases("organisations.jsonl"), ids=case_id)
def test_an_organisation_is_one_actor_with_its_short_forms(case):
    actors = actors_of(case["text"])
    for name, short_forms in case["organisations"].items():
        assert actors[name].kind == "ORG", sorted(actors)
        assert set(short_forms) <= actors[name].aliases
    assert not set(case.get("absent", [])) & set(actors)
    # ("Mosta" of a town is not "Mosta Heights Developments Ltd")
    short_forms = set().union(*(actor.aliases for actor in actors.values()))
    assert not set(case.get("not_short_forms", [])) & short_forms


@pytest.mark.parametrize("case", cases("quotes.jsonl"), ids=case_id)
def test_quotes_go_to_their_speaker_or_to_nobody(case):
    quotes = analyze("Test", case["text"].split("\n")).quotes  # a line a paragraph
    for start, speaker in case["quotes"].items():
        [quote] = [q for q in quotes if q.text.startswith(start)]
        assert quote.speaker == speaker
    for label in case.get("not_quotes", []):  # a quoted label is nobody's words
        assert not [q for q in quotes if q.text.startswith(label)]


def test_an_acronym_in_brackets_is_a_mention_though_spelled_like_a_legal_form():
    # "TBK", "SPA" are also legal forms (Tbk, S.p.A.); in brackets after a name, its acronym
    actors = actors_of(
        "The Timber Board of Kenya (TBK) raised the levy, the Sudan Press Agency (SPA) said."
    )
    assert actors["Timber Board of Kenya"].mentions == 2
    assert actors["Sudan Press Agency"].mentions == 2
