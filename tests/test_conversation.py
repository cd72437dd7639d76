import pytest

from bot.commands import Command
from bot.conversation import follow_up

WHO_ASO = Command("who", "Taro Aso")
NEWS = Command("news", "korea japan")


@pytest.mark.parametrize(
    ("text", "previous", "expected"),
    [
        ("more", NEWS, Command("news", "korea japan", page=1)),
        ("more", Command("news", "korea japan", page=1), Command("news", "korea japan", page=2)),
        ("and his quotes?", WHO_ASO, Command("quotes", "", speaker="Taro Aso")),
        ("quotes", WHO_ASO, Command("quotes", "", speaker="Taro Aso")),
        ("what did he say about Korea?", WHO_ASO, Command("quotes", "Korea", speaker="Taro Aso")),
        ("news about him", WHO_ASO, Command("news", "Taro Aso")),
        (
            "who is she?",
            Command("quotes", "Korea", speaker="Takaichi"),
            Command("who", "Takaichi"),
        ),
        ("who is Wi Sung-lac?", WHO_ASO, Command("who", "Wi Sung-lac")),
        ("more", None, Command("news", "more")),
    ],
)
def test_follow_ups_use_the_previous_subject(text, previous, expected):
    assert follow_up(text, previous) == expected
