import re

from bot.answer import Answer, Section
from bot.render import MAX_BLOCKS, MAX_SECTION_CHARS, to_message, to_text


def test_article_text_cannot_mention_or_link():
    answer = Answer("News", [Section("Alert <!channel>", "ping <@U123> & <https://x|y>")])
    message = to_message(answer)
    section = message["blocks"][1]["text"]["text"]
    assert "<!channel>" not in section and "<@U123>" not in section
    assert "&lt;!channel&gt;" in section and "&lt;@U123&gt;" in section
    assert "&amp;" in section


def test_long_answers_are_cut_within_block_kit_limits():
    answer = Answer(
        "Many", [Section(f"Item {i}", "word " * 1000, context="2025-10-23") for i in range(60)]
    )
    message = to_message(answer)
    assert len(message["blocks"]) <= MAX_BLOCKS
    sections = [b for b in message["blocks"] if b["type"] == "section"]
    assert all(len(b["text"]["text"]) <= MAX_SECTION_CHARS for b in sections)
    assert "cut: answer too long" in sections[0]["text"]["text"]
    assert "more not shown" in message["blocks"][-1]["elements"][0]["text"]
    assert message["text"]


def test_text_rendering_shows_quotes_and_sources():
    answer = Answer("Quotes", [Section("Kim", passage="We agree.", context="2025-11-03 · Talks")])
    assert to_text(answer) == "Quotes\n======\n\nKim\n  “We agree.”\n  (2025-11-03 · Talks)"


def test_fallback_text_and_header_are_escaped_and_keep_their_limits():
    title = "Q&A <!here> " + "&" * 200
    answer = Answer(title, [Section("Alert <!channel>", "ping <@U123>")])
    message = to_message(answer)
    header = message["blocks"][0]["text"]["text"]
    assert "<!here>" not in header and len(header) <= 150
    assert re.fullmatch(r"(?:[^&]|&(?:amp|lt|gt);)*", header)  # no entity cut in two
    assert "<!channel>" not in message["text"] and "<@U123>" not in message["text"]
    assert "&lt;!channel&gt;" in message["text"]


def test_slack_turns_no_bare_url_or_channel_name_of_an_article_into_a_link():
    answer = Answer("News", [Section("See https://evil.example", "in #general", context="x")])
    message = to_message(answer, shared_by="U1")
    texts = [
        text
        for block in message["blocks"]
        for text in [block.get("text"), *block.get("elements", [])]
        if isinstance(text, dict) and text.get("type") == "mrkdwn"
    ]
    assert len(texts) >= 3  # the section, its context line, the "Shared by" line
    assert all(text["verbatim"] is True for text in texts)
