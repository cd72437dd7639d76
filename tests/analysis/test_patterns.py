"""What a pattern needs of a text (bot.analysis.patterns) only spares searches that would
fail: ends_with finds what a plain search of the text's end finds."""

import re

import pytest

from bot.analysis.document import NEAR_REACH, ends_with
from bot.analysis.patterns import text_needs

PATTERNS = [
    r"(?:\bthe|[\w-]+(?<!\ba))\s+group\s+$",
    r"\b(?:said|says)\s+$",
    r"\b(?:took\s+over|in\s+place\s+of|vacated\s+by)\s+(?:[A-Z][\w.'’-]*\s+)*$",
    r"\bwhose\s+(?:[a-z][\w-]*\s+){0,2}([a-z][\w-]*)\s+(?:is|was)\s+$",
    r"\b(?i:the|a)\s+(?:chairman|chief)\s+of\s+$",
    r"[”\"]\s*,?\s*(?:(?:said|says|added)\s+)?$",
    r"\bnews agency\s+$",
    r"(?:^|\s)(?:a|an)\s*$",
]
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
    # a case-blind pattern, or one ending with no literal, tells nothing
    assert text_needs(re.compile(r"\bgroup\s+$", re.IGNORECASE)).endings == ()
    assert text_needs(re.compile(r"\bby\s+[A-Z]\w*\s+$")).endings == ()
    assert text_needs(re.compile(r"\b(?:replaced|succeeded)\s+[A-Z]\w*\s+$")).pieces == (
        "replaced",
        "succeeded",
    )
