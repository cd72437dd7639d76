"""Follows through Slack's real door: `/newsbot follow` in a channel, then the real `serve`
posts one notice per new matching article (through the Slack stand-in): once across two
replicas, none for unrelated or unchanged articles, none after unfollow, a burst grouped, and
a follow paused when its channel is archived."""

import json
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.cli import main
from bot.commands import parse_command
from bot.follows import still_arriving
from bot.ingest import ingest_paths
from bot.library import Library
from bot.render import to_text
from bot.services import Services
from bot.settings import get_settings
from db.models import Article
from tests.conftest import SEED_FILE
from tests.slack_helpers import (
    free_port,
    serve_env,
    signed_post,
    slash_body,
    start_serve,
    stop,
    wait_until_healthy,
)
from tests.slack_standin import SlackStandIn

FORM = "application/x-www-form-urlencoded"
NOTICE_WAIT = 30.0  # serve looks every 5 s; the issue allows a minute


def article(folder: Path, name: str, title: str, *paragraphs: str) -> Path:
    path = folder / f"{name}.txt"
    path.write_text(f"date 2026-11-30 {title}\n" + "\n".join(paragraphs) + "\n", encoding="utf-8")
    return path


ASO_VISIT = (
    "Aso meets US envoy in Tokyo",
    "Former Prime Minister Taro Aso met the US ambassador in Tokyo on Monday to discuss "
    "tariffs and the alliance, officials said.",
    "“The alliance is the anchor of our security,” Aso told reporters after the meeting.",
)
RAIL_STRIKE = (
    "Rail union calls off weekend strike",
    "The national rail union called off a weekend strike on Friday after the operator improved "
    "its pay offer, union leader Maria Okafor said.",
)
CHIP_EXPORTS = (
    "Chip exports hit a record in November",
    "Korea's chip exports rose 28 percent from a year earlier to a record in November, the "
    "trade ministry said, as demand for memory used in data centres kept growing.",
)


@pytest.fixture
def replicas(tmp_path):
    """Two `serve` processes on one store, and the Slack stand-in they both post to."""
    database_url = f"sqlite:///{tmp_path / 'store.db'}"
    ingest_paths([SEED_FILE], database_url)
    slack = SlackStandIn().start()
    ports = [free_port(), free_port()]
    processes = [
        start_serve(serve_env(database_url, slack.api_url, port), tmp_path) for port in ports
    ]
    try:
        for port, process in zip(ports, processes, strict=True):
            wait_until_healthy(port, process)
        yield database_url, [f"http://127.0.0.1:{p}/slack/events" for p in ports], slack
    finally:
        outputs = [stop(process) for process in processes]
        slack.stop()
    for output in outputs:
        assert "Traceback" not in output, output


def newsbot(url: str, slack: SlackStandIn, channel: str, text: str) -> str:
    """The answer to `/newsbot TEXT` typed in `channel`."""
    before = len(slack.sent("response_url"))
    body = slash_body("/newsbot", text, slack.response_url(), channel=channel)
    assert signed_post(url, body, FORM).status == 200
    deadline = time.monotonic() + 20
    while len(slack.sent("response_url")) == before and time.monotonic() < deadline:
        time.sleep(0.05)
    return slack.sent("response_url")[before].payload["text"]


def notices(slack: SlackStandIn, channel: str) -> list[dict]:
    return [c.payload for c in slack.sent("chat.postMessage") if c.payload["channel"] == channel]


def wait_for_notices(slack: SlackStandIn, channel: str, count: int) -> list[dict]:
    deadline = time.monotonic() + NOTICE_WAIT
    while len(notices(slack, channel)) < count and time.monotonic() < deadline:
        time.sleep(0.2)
    time.sleep(6.0)  # one more round of both replicas: nothing more may come
    return notices(slack, channel)


def after_a_round(slack: SlackStandIn, channel: str) -> list[dict]:
    """The channel's notices once both replicas have looked again (every 5 s)."""
    time.sleep(12.0)
    return notices(slack, channel)


def test_a_followed_person_is_noticed_once_and_unfollow_stops_it(replicas, tmp_path):
    database_url, (first, second), slack = replicas

    answer = newsbot(first, slack, "C-POLICY", "follow Taro Aso")
    listed = newsbot(second, slack, "C-POLICY", "following")
    ingest_paths([article(tmp_path, "aso", *ASO_VISIT)], database_url)
    ingest_paths([article(tmp_path, "rail", *RAIL_STRIKE)], database_url)  # not about Aso
    [notice] = wait_for_notices(slack, "C-POLICY", 1)

    assert answer.startswith("Following Taro Aso in this channel")
    assert "• Taro Aso" in listed
    assert "Aso meets US envoy in Tokyo" in notice["text"]
    assert "The alliance is the anchor of our security" in notice["text"]  # his quote
    assert "2026-11-30" in json.dumps(notice["blocks"])

    ingest_paths([article(tmp_path, "aso", *ASO_VISIT)], database_url)  # unchanged
    assert len(after_a_round(slack, "C-POLICY")) == 1

    assert "Stopped following Taro Aso" in newsbot(first, slack, "C-POLICY", "unfollow taro aso")
    later = (ASO_VISIT[0] + " again", *ASO_VISIT[1:], "Aso returns on Friday.")
    ingest_paths([article(tmp_path, "aso2", *later)], database_url)
    assert len(after_a_round(slack, "C-POLICY")) == 1


def test_a_topic_follow_and_a_burst_grouped(replicas, tmp_path):
    database_url, (first, _), slack = replicas

    answer = newsbot(first, slack, "C-TRADE", "follow chip exports")
    ingest_paths([article(tmp_path, "chips", *CHIP_EXPORTS)], database_url)
    [single] = wait_for_notices(slack, "C-TRADE", 1)
    burst = [
        article(
            tmp_path,
            f"chips{n}",
            f"Chip exports report {n}",
            f"Report {n}: chip exports to market {n} grew again, the ministry said on Monday.",
        )
        for n in range(12)
    ]
    ingest_paths(burst, database_url)
    after = wait_for_notices(slack, "C-TRADE", 2)

    assert answer.startswith("Following chip exports in this channel")
    assert "Chip exports hit a record in November" in single["text"]
    assert len(after) == 2
    assert "12 new articles on what this channel follows" in after[1]["text"]


@pytest.mark.parametrize(
    ("error", "shown"),
    [
        ("is_archived", "paused: the channel is archived"),
        ("not_in_channel", "paused: I am not in this channel; invite me with /invite @newsbot"),
    ],
)
def test_a_channel_that_cannot_take_notices_pauses_its_follows(replicas, tmp_path, error, shown):
    database_url, (first, _), slack = replicas
    newsbot(first, slack, "C-OLD", "follow rail union")
    slack.scripted["chat.postMessage"] = [(200, {}, {"ok": False, "error": error})]

    ingest_paths([article(tmp_path, "rail", *RAIL_STRIKE)], database_url)
    deadline = time.monotonic() + NOTICE_WAIT
    listed = ""
    while "paused" not in listed and time.monotonic() < deadline:
        time.sleep(0.5)
        listed = newsbot(first, slack, "C-OLD", "following")

    assert f"rail union ({shown})" in listed
    resumed = newsbot(first, slack, "C-OLD", "follow chip exports")
    assert "Resumed what was paused in this channel: rail union" in resumed
    assert "paused" not in newsbot(first, slack, "C-OLD", "following")


def test_the_process_that_stores_an_article_notices_it_when_no_serve_runs(
    tmp_path, runner, monkeypatch
):
    slack = SlackStandIn().start()
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-test")
    monkeypatch.setenv("SLACK_API_URL", slack.api_url)
    get_settings.cache_clear()
    try:
        runner.invoke(main, ["ingest", str(SEED_FILE)])
        services = Services(get_settings(), Library())
        services.answer(parse_command("/newsbot follow Taro Aso"), "C-DESK", "U1")
        result = runner.invoke(main, ["ingest", str(article(tmp_path, "aso", *ASO_VISIT))])
        again = runner.invoke(main, ["ingest", str(article(tmp_path, "rail", *RAIL_STRIKE))])
    finally:
        slack.stop()

    assert "follow notices posted for 1 articles" in result.stdout
    assert "follow notices" not in again.stdout
    assert [c.payload["channel"] for c in slack.sent("chat.postMessage")] == ["C-DESK"]


@pytest.mark.parametrize("text", ["/newsbot follow", "/newsbot follow ???", "/newsbot unfollow"])
def test_an_empty_follow_gets_usage_help(text):
    answer = Services(get_settings(), Library()).answer(parse_command(text), "C-X", "U1")
    assert "`/newsbot follow NAME`" in to_text(answer) or "`/newsbot unfollow NAME`" in to_text(
        answer
    )
    assert not answer.title.startswith("Nothing found")


def test_a_channels_news_still_being_stored_waits_for_the_next_look():
    now = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)

    def stored(seconds_ago: int) -> tuple[Article, list]:
        return Article(ingested_at=now - timedelta(seconds=seconds_ago)), []

    assert still_arriving([stored(20), stored(1)], now)  # the newest moments ago
    assert not still_arriving([stored(8), stored(5)], now)  # quiet: post them together
    assert not still_arriving([stored(40), stored(1)], now)  # held long enough already
