"""What a pattern needs of a text (bot.analysis.patterns) only spares searches that would
fail: ends_with finds what a plain search of the text's end finds."""

import re

import pytest

from bot.analysis.document import NEAR_REACH, ends_with
from bot.analysis.patterns import search_end, text_needs

PATTERNS = [
    r"(?:\bthe|[\w-]+(?<!\ba))\s+group\s+$",
    r"\b(?:said|says)\s+$",
    r"\b(?:took\s+over|in\s+place\s+of|vacated\s+by)\s+(?:[A-Z][\w.'’-]*\s+)*$",
    r"\bwhose\s+(?:[a-z][\w-]*\s+){0,2}([a-z][\w-]*)\s+(?:is|was)\s+$",
    r"\b(?i:the|a)\s+(?:chairman|chief)\s+of\s+$",
    r"[”\"]\s*,?\s*(?:(?:said|says|added)\s+)?$",
    r"\bnews agency\s+$",
    r"(?:^|\s)(?:a|an)\s*$",
    r"\b(?:so-called|known\s+as|the\s+word)\s*(?:(?:a|an|the)\s+)?$",
]
BLIND_PATTERNS = [r"\b(?:so-called|known\s+as|the\s+word)\s*(?:(?:a|an|the)\s+)?$", r"\bkey\s+$"]
TEXTS = [
    "",
    "the group ",
    "a group ",
    "the Portuguese group  ",
    "the group\n",
    "groups ",
    "said ",
    "he says  ",
    "who took over from Ann Lee ",
    "who took over from ",
    "in place of the late ",
    "whose chief executive is ",
    "The chairman of ",
    "the chief of ",
    "“We will,” said ",
    "“We will” ",
    "the state news agency ",
    "news agency",
    "an ",
    "x" * 200 + " said ",
    "the So-Called ",
    "widely known as the ",
    "Known As ",
    "the word ",
    "the Key ",
    "KEY  ",
]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_ends_with_finds_what_a_search_finds(pattern):
    compiled = re.compile(pattern)
    for text in TEXTS:
        searched = compiled.search(text, max(0, len(text) - NEAR_REACH))
        found = ends_with(compiled, text)
        assert (found and found.span()) == (searched and searched.span()), text


def test_needs_read_from_the_pattern():
    needs = text_needs(re.compile(r"(?:\bthe|[\w-]+)\s+group\s+$"))
    assert needs.endings == ("group",)
    assert text_needs(re.compile(r"\b(?:said|says)\s+$")).endings == ("id", "ys")
    # a case-blind pattern's needs are in lower case, for ASCII texts; one ending with no
    # literal tells no ending
    blind = text_needs(re.compile(r"\bGroup\s+$", re.IGNORECASE))
    assert blind.blind and blind.endings == ("group",)
    assert text_needs(re.compile(r"\bword\s*(?:(?:a|the)\s+)?$")).endings == ("a", "the", "word")
    assert text_needs(re.compile(r"\bby\s+[A-Z]\w*\s+$")).endings == ()
    assert text_needs(re.compile(r"\b(?:replaced|succeeded)\s+[A-Z]\w*\s+$")).pieces == (
        "replaced",
        "succeeded",
    )


@pytest.mark.parametrize("pattern", BLIND_PATTERNS)
def test_a_case_blind_pattern_finds_what_a_search_finds(pattern):
    compiled = re.compile(pattern, re.IGNORECASE)
    for text in TEXTS:
        searched = compiled.search(text)
        found = search_end(compiled, text)
        assert (found and found.span()) == (searched and searched.span()), text
