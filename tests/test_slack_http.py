"""The Slack app through its real door: `newsbot serve` over HTTP, signed requests, and a local
stand-in for the Slack Web API and response URLs."""

import json
import re
import time
import urllib.request
from dataclasses import dataclass

import pytest

from bot.ingest import ingest_paths
from bot.render import MAX_BLOCKS, MAX_SECTION_CHARS
from tests.conftest import FIXTURES, SEED_FILE
from tests.slack_helpers import (
    action_body,
    event_body,
    free_port,
    signed_post,
    slash_body,
    start_serve,
    stop,
    wait_until_healthy,
)
from tests.slack_standin import SlackStandIn

ACK_DEADLINE = 3.0  # Slack's: an unacknowledged request is shown to the user as failed
FORM = "application/x-www-form-urlencoded"
JSON = "application/json"


@dataclass
class Bot:
    url: str
    port: int
    slack: SlackStandIn

    def command(self, command: str, text: str, **kwargs):
        body = slash_body(command, text, self.slack.response_url(), **kwargs)
        return signed_post(self.url, body, FORM)

    def mention(self, event_id: str, text: str, ts: str, thread_ts: str | None = None, **kw):
        return signed_post(self.url, event_body(event_id, text, ts, thread_ts), JSON, **kw)


@pytest.fixture(scope="module")
def bot(tmp_path_factory):
    folder = tmp_path_factory.mktemp("serve")
    database_url = f"sqlite:///{folder / 'store.db'}"
    ingest_paths([SEED_FILE, FIXTURES / "articles", FIXTURES / "slack"], database_url)
    slack = SlackStandIn().start()
    port = free_port()
    process = start_serve(
        {
            "DATABASE_URL": database_url,
            "SLACK_BOT_TOKEN": "xoxb-test",
            "SLACK_SIGNING_SECRET": "test-signing-secret",
            "SLACK_API_URL": slack.api_url,
            "SLACK_APP_TOKEN": "",
            "PORT": str(port),
        },
        folder,
    )
    try:
        wait_until_healthy(port, process)
        yield Bot(f"http://127.0.0.1:{port}/slack/events", port, slack)
    finally:
        output = stop(process)
        slack.stop()
    assert "Traceback" not in output, output
    assert "will be unused" not in output, output  # Bolt's warning about a token given twice


@pytest.fixture
def slack(bot):
    bot.slack.clear()
    yield bot.slack
    for call in bot.slack.sent():
        assert_within_block_kit_limits(call.payload)


def assert_within_block_kit_limits(message: dict) -> None:
    if message.get("delete_original"):
        return
    assert message.get("text"), message
    blocks = message["blocks"]
    if isinstance(blocks, str):
        blocks = json.loads(blocks)
    assert len(blocks) <= MAX_BLOCKS
    for block in blocks:
        if block["type"] == "section":
            assert len(block["text"]["text"]) <= MAX_SECTION_CHARS


def blocks_text(call) -> str:
    blocks = call.payload["blocks"]
    blocks = json.loads(blocks) if isinstance(blocks, str) else blocks
    return json.dumps(blocks, ensure_ascii=False)


def one_reply(slack: SlackStandIn):
    [call] = slack.wait_for(lambda calls: len(calls) >= 1)
    return call


def test_url_verification_is_answered(bot, slack):
    body = json.dumps({"type": "url_verification", "challenge": "abc123", "token": "t"}).encode()
    reply = signed_post(bot.url, body, JSON)
    assert reply.status == 200
    assert reply.body.decode() in {"abc123", '{"challenge": "abc123"}'} or (
        reply.json().get("challenge") == "abc123"
    )


def test_forged_signature_is_refused_and_nothing_is_sent(bot, slack):
    body = slash_body("/who", "aso", slack.response_url())
    reply = signed_post(bot.url, body, FORM, secret="not-the-secret")
    assert reply.status == 401
    time.sleep(1.0)
    assert slack.sent() == []


def test_stale_timestamp_is_refused(bot, slack):
    body = slash_body("/who", "aso", slack.response_url())
    reply = signed_post(bot.url, body, FORM, timestamp=int(time.time()) - 6 * 60)
    assert reply.status == 401
    time.sleep(1.0)
    assert slack.sent() == []


@pytest.mark.parametrize(
    ("command", "text", "expected"),
    [
        ("/who", "takaichi", "Sanae Takaichi (person)"),
        ("/who", "prime minister of Japan", "Prime minister of Japan: Sanae Takaichi"),
        ("/news", "kingmaker since 2025-10-01", "kingmaker"),
        ("/news", "Taro Asso", "kingmaker"),
        ("/quotes", "korea japan", "Korea is an important neighboring country to Japan"),
        ("/digest", "2025-10-23", "Digest for 2025-10-23"),
    ],
)
def test_commands_are_acked_in_time_and_answered_to_the_asker(bot, slack, command, text, expected):
    reply = bot.command(command, text)
    assert reply.status == 200
    assert reply.seconds < ACK_DEADLINE
    call = one_reply(slack)
    assert call.method == "response_url"
    assert call.payload["response_type"] == "ephemeral"
    assert expected in call.payload["text"]
    assert '"action_id": "share_answer"' in blocks_text(call)


@pytest.mark.parametrize("command", ["/news", "/who", "/quotes"])
def test_empty_commands_get_usage_help(bot, slack, command):
    assert bot.command(command, "").status == 200
    call = one_reply(slack)
    assert f"`{command} " in call.payload["text"]
    assert "share_answer" not in blocks_text(call)


def test_newsbot_help(bot, slack):
    bot.command("/newsbot", "help")
    text = one_reply(slack).payload["text"]
    assert all(name in text for name in ("/news", "/who", "/quotes", "/digest"))


def test_share_button_posts_the_answer_in_the_channel(bot, slack):
    reply = signed_post(bot.url, action_body("/who takaichi", slack.response_url("share")), FORM)
    assert reply.status == 200
    calls = slack.wait_for(lambda calls: len(calls) >= 2)
    shared = next(c for c in calls if c.payload.get("response_type") == "in_channel")
    assert "Sanae Takaichi (person)" in shared.payload["text"]
    assert "Shared by <@U1>" in blocks_text(shared)
    assert any(c.payload.get("delete_original") for c in calls)


def test_top_level_mention_is_answered_in_a_new_thread(bot, slack):
    reply = bot.mention("Ev-top", "<@UBOT> who is Wi Sung-lac?", ts="1700000100.000100")
    assert reply.status == 200 and reply.seconds < ACK_DEADLINE
    call = one_reply(slack)
    assert call.method == "chat.postMessage"
    assert call.payload["channel"] == "C1"
    assert call.payload["thread_ts"] == "1700000100.000100"
    assert "Wi Sung-lac (person)" in call.payload["text"]


def test_questions_asked_in_a_mention_are_answered_as_in_the_terminal(bot, slack):
    bot.mention("Ev-kingmaker", "<@UBOT> who is the kingmaker?", ts="1700000150.000100")
    assert "“kingmaker”: Taro Aso" in one_reply(slack).payload["text"]
    slack.clear()
    bot.mention("Ev-said", "<@UBOT> who said future-oriented and stable?", ts="1700000160.000100")
    assert (
        "Who said “future-oriented and stable”: Sanae Takaichi" in one_reply(slack).payload["text"]
    )


def test_mention_in_a_thread_is_answered_once_in_that_thread(bot, slack):
    bot.mention(
        "Ev-thread",
        "<@UBOT> news about the LDP",
        ts="1700000200.000300",
        thread_ts="1700000200.000100",
    )
    call = one_reply(slack)
    assert call.payload["thread_ts"] == "1700000200.000100"
    time.sleep(1.0)
    assert len(slack.sent()) == 1


def test_retried_event_is_not_answered_again(bot, slack):
    bot.mention("Ev-retry", "<@UBOT> who is Taro Aso", ts="1700000300.000100")
    one_reply(slack)
    retry = bot.mention(
        "Ev-retry",
        "<@UBOT> who is Taro Aso",
        ts="1700000300.000100",
        extra_headers={"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"},
    )
    assert retry.status == 200
    time.sleep(1.5)
    assert len(slack.sent()) == 1


def test_follow_up_mention_uses_the_thread_subject(bot, slack):
    bot.mention("Ev-f1", "<@UBOT> who is Haruto Nishimura?", ts="1700000400.000100")
    one_reply(slack)
    bot.mention(
        "Ev-f2", "<@UBOT> and his quotes?", ts="1700000400.000200", thread_ts="1700000400.000100"
    )
    calls = slack.wait_for(lambda calls: len(calls) >= 2)
    assert calls[1].payload["thread_ts"] == "1700000400.000100"
    assert calls[1].payload["text"].startswith("Quotes from Haruto Nishimura")


def test_huge_command_text_is_acked_and_answered_sensibly(bot, slack):
    reply = bot.command("/news", "kingmaker " * 2000)
    assert reply.status == 200 and reply.seconds < ACK_DEADLINE
    assert "too long" in one_reply(slack).payload["text"]
    with urllib.request.urlopen(f"http://127.0.0.1:{bot.port}/healthz", timeout=5) as health:
        assert health.status == 200
    slack.clear()
    bot.command("/who", "aso")
    assert "Taro Aso (person)" in one_reply(slack).payload["text"]


# What Slack turns into a ping or a link wherever it parses text: special mentions, user,
# group and channel mentions, and labelled links.
LIVE_MARKUP = re.compile(r"<(?:!channel|!here|!everyone|!subteam\^|@U|#C|https?://[^>|]*\|)")


def test_article_text_cannot_ping_the_channel(bot, slack):
    bot.command("/news", "pranksters newsroom")
    call = one_reply(slack)
    blocks = blocks_text(call)
    assert "<!channel>" not in blocks and "<@U123>" not in blocks
    assert "&lt;!channel&gt;" in blocks and "&lt;@U123&gt;" in blocks


def parsed_strings(payload) -> list[str]:
    """Every string of a payload that Slack renders (a button's value is returned to the bot,
    never shown, so it is left out)."""
    if isinstance(payload, dict):
        return [
            s for key, value in payload.items() if key != "value" for s in parsed_strings(value)
        ]
    if isinstance(payload, list):
        return [s for item in payload for s in parsed_strings(item)]
    return [payload] if isinstance(payload, str) else []


@pytest.mark.parametrize(
    ("ask", "expected"),
    [
        (lambda bot: bot.command("/news", "pranksters newsroom"), "Pranksters target"),
        (lambda bot: bot.command("/who", "Mira Castell"), "managing editor"),
        (lambda bot: bot.command("/quotes", "pranks newsroom"), "disrupt the newsroom"),
        (lambda bot: bot.command("/digest", "2025-11-06"), "Pranksters target"),
        (
            lambda bot: bot.command("/news", "<!here> <@U999> <https://evil.example|x>"),
            "&lt;!here&gt;",  # the asker's words, echoed back escaped
        ),
        (
            lambda bot: bot.mention("Ev-ping", "<@UBOT> who is Mira Castell", ts="1700000600.1"),
            "managing editor",
        ),
    ],
    ids=["news", "who", "quotes", "digest", "echoed query", "mention"],
)
def test_no_payload_carries_a_live_mention_or_link_from_article_text(bot, slack, ask, expected):
    ask(bot)
    [call] = slack.wait_for(lambda calls: len(calls) >= 1)
    shown = parsed_strings(call.payload)
    assert any(expected in text for text in shown), shown
    for text in shown:
        assert not LIVE_MARKUP.search(text), text


def test_rate_limited_post_is_retried_after_retry_after(bot, slack):
    slack.scripted["chat.postMessage"] = [
        (429, {"Retry-After": "1"}, {"ok": False, "error": "ratelimited"})
    ]
    bot.mention("Ev-429", "<@UBOT> who is Taro Aso", ts="1700000500.000100")
    calls = slack.wait_for(lambda calls: len(calls) >= 2)
    time.sleep(0.5)
    assert len(slack.sent()) == 2  # the refused attempt, then one delivered message
    assert calls[1].payload["thread_ts"] == "1700000500.000100"
