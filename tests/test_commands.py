import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.commands import FOLLOW_KINDS, SOURCE_KINDS, Command, parse_command


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("/news aso kingmaker", Command("news", "aso kingmaker")),
        ("/NEWS  Taro   Asso ", Command("news", "Taro Asso")),
        ("/who takaichi", Command("who", "takaichi")),
        ("who is Wi Sung-lac?", Command("who", "Wi Sung-lac")),
        # what someone does is their profile; what they intend to do, the news
        ("what does Josef Shikongo do?", Command("who", "Josef Shikongo")),
        (
            "what does the government intend to do?",
            Command("news", "what does the government intend to do"),
        ),
        ("Who was Shigeru Ishiba", Command("who", "Shigeru Ishiba")),
        ("tell me about the LDP", Command("who", "the LDP")),
        ("/quotes korea japan relations", Command("quotes", "korea japan relations")),
        ("/quotes Aso", Command("quotes", "Aso")),
        (
            "what did Takaichi say about Korea?",
            Command("quotes", "Korea", speaker="Takaichi"),
        ),
        ("What did Aso say?", Command("quotes", "", speaker="Aso")),
        ("news about the LDP", Command("news", "the LDP")),
        ("any news on chip exports", Command("news", "chip exports")),
        ("/digest 2025-10-23", Command("digest", "2025-10-23")),
        ("/digest", Command("digest")),
        ("digest", Command("digest")),
        ("help", Command("help")),
        ("/newsbot help", Command("help")),
        ("/newsbot", Command("help")),
        ("/newsbot who aso", Command("who", "aso")),
        ("/who who replaced Pham Duc Long?", Command("who", "replaced Pham Duc Long")),
        ("/who who is the finance minister", Command("who", "finance minister")),
        ("/who who said inflation", Command("said", "inflation")),
        ("/who Whoopi Goldberg", Command("who", "Whoopi Goldberg")),
        ("/who WHO spokesperson", Command("who", "WHO spokesperson")),
        ("Taro Aso kingmaker", Command("news", "Taro Aso kingmaker")),
        ("/newsbot add <https://ex.com/a?b=1>", Command("add", "https://ex.com/a?b=1")),
        ("/newsbot add <https://ex.com/a|ex.com/a>", Command("add", "https://ex.com/a")),
        ("add https://ex.com/feed.xml", Command("add", "https://ex.com/feed.xml")),
        ("/newsbot remove <https://ex.com/rss>", Command("remove", "https://ex.com/rss")),
        ("/newsbot feeds", Command("feeds")),
    ],
)
def test_text_is_routed_to_the_right_answer(text, expected):
    assert parse_command(text) == expected


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("/news", "empty"),
        ("/who   ", "empty"),
        ("/quotes ???", "empty"),
        ("/news " + "word " * 200, "too long"),
        ("/who ---", "no words"),
        ("/newsbot add", "not a link"),
        ("/newsbot add the rotterdam story", "not a link"),
        ("/newsbot add ftp://ex.com/a", "not a link"),
        ("/newsbot remove <https://a.com> <https://b.com>", "not a link"),
    ],
)
def test_unusable_input_is_flagged_for_usage_help(text, problem):
    assert parse_command(text).problem == problem


@given(st.text(max_size=500))
def test_any_text_gives_a_command(text):
    command = parse_command(text)
    questions = {"news", "who", "quotes", "digest", "help"}
    assert command.kind in questions | FOLLOW_KINDS | SOURCE_KINDS
    listings = {"help", "digest", "following", "feeds"}  # need nothing more than their word
    assert command.problem or command.kind in listings or command.query or command.speaker


@pytest.mark.parametrize("text", ["UNFOLLOW", "following", "feeds", "/newsbot feeds"])
def test_follow_and_source_words_alone_are_commands_or_usage(text):
    command = parse_command(text)
    assert command.kind in FOLLOW_KINDS | SOURCE_KINDS
    assert command.problem or command.kind in {"following", "feeds"}
