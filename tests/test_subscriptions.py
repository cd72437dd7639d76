"""Per-channel digests (`/digest subscribe|unsubscribe|settings`), each channel at its own
time and zone, once a day; and the App Home tab, published by the real `serve` through the
Slack stand-in."""

import json
import time
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.commands import parse_command
from bot.ingest import ingest_paths
from bot.library import Library
from bot.render import to_text
from bot.scheduler import DigestSubscriptions
from bot.services import Services
from bot.settings import Settings, get_settings
from bot.slack_app import web_client
from tests.conftest import SEED_FILE
from tests.slack_helpers import (
    event_callback,
    free_port,
    serve_env,
    signed_post,
    start_serve,
    stop,
    wait_until_healthy,
)
from tests.slack_standin import SlackStandIn

SEOUL = ZoneInfo("Asia/Seoul")
NEW_YORK = ZoneInfo("America/New_York")


@pytest.fixture
def slack():
    stand_in = SlackStandIn().start()
    yield stand_in
    stand_in.stop()


@pytest.fixture
def settings(corpus, database_url, slack, monkeypatch) -> Settings:
    ingest_paths([corpus], database_url)
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-test")
    monkeypatch.setenv("SLACK_API_URL", slack.api_url)
    monkeypatch.setenv("DIGEST_TIME", "08:00")
    monkeypatch.setenv("DIGEST_TZ", "UTC")
    get_settings.cache_clear()
    return get_settings()


def ask(settings: Settings, channel: str, text: str) -> str:
    return to_text(Services(settings, Library()).answer(parse_command(text), channel, "U1"))


def posted_to(slack: SlackStandIn) -> list[str]:
    return [call.payload["channel"] for call in slack.sent("chat.postMessage")]


def tick_at(settings: Settings, local: datetime) -> list:
    clock = lambda: local.astimezone(UTC)  # noqa: E731
    return DigestSubscriptions(settings, web_client(settings), clock).tick()


def test_two_channels_get_the_digest_at_their_own_time_in_their_own_zone(settings, slack):
    seoul = ask(settings, "C-SEOUL", "/digest subscribe 07:30 Asia/Seoul")
    new_york = ask(settings, "C-NY", "/digest subscribe America/New_York 07:30")

    tick_at(settings, datetime(2025, 11, 4, 7, 29, tzinfo=SEOUL))
    before = posted_to(slack)
    tick_at(settings, datetime(2025, 11, 4, 7, 30, 5, tzinfo=SEOUL))
    tick_at(settings, datetime(2025, 11, 4, 7, 31, 5, tzinfo=SEOUL))  # the next minute: once
    at_seoul_time = posted_to(slack)
    tick_at(settings, datetime(2025, 11, 4, 7, 30, 5, tzinfo=NEW_YORK))  # Seoul: 21:30

    assert seoul.startswith("Subscribed: this channel gets the digest at 07:30 Asia/Seoul")
    assert "Next on " in seoul
    assert new_york.startswith("Subscribed: this channel gets the digest at 07:30 America/New_York")
    assert before == []
    assert at_seoul_time == ["C-SEOUL"]
    assert posted_to(slack) == ["C-SEOUL", "C-NY"]


def test_subscription_settings_and_unsubscribe(settings, slack, monkeypatch):
    monkeypatch.setenv("DIGEST_CHANNEL", "C-DEFAULT")
    get_settings.cache_clear()
    settings = get_settings()

    default = ask(settings, "C-DEFAULT", "/digest settings")
    bad_zone = ask(settings, "C-X", "/digest subscribe 07:30 Mars/Olympus")
    bad_time = ask(settings, "C-X", "/digest subscribe 25:00")
    ask(settings, "C-X", "/digest subscribe 06:45")
    shown = ask(settings, "C-X", "/digest settings")
    gone = ask(settings, "C-X", "/digest unsubscribe")
    none = ask(settings, "C-X", "/digest settings")

    assert default.startswith("This channel gets the digest at 08:00 UTC (the bot's default")
    assert "is neither a time (HH:MM) nor a time zone" in bad_zone
    assert "25:00 is not a time of day" in bad_time
    assert shown.startswith("This channel gets the digest at 06:45 UTC")
    assert gone.startswith("Unsubscribed")
    assert none.startswith("This channel gets no digest")


def test_serve_publishes_the_app_home_tab(tmp_path):
    database_url = f"sqlite:///{tmp_path / 'store.db'}"
    ingest_paths([SEED_FILE], database_url)
    slack = SlackStandIn().start()
    port = free_port()
    process = start_serve(serve_env(database_url, slack.api_url, port), tmp_path)
    try:
        wait_until_healthy(port, process)
        event = {"type": "app_home_opened", "user": "U7", "channel": "D1", "tab": "home"}
        url = f"http://127.0.0.1:{port}/slack/events"
        reply = signed_post(url, event_callback("Ev-home-1", event), "application/json")
        assert reply.status == 200
        deadline = time.monotonic() + 20
        while not slack.sent("views.publish") and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        output = stop(process)
        slack.stop()
    [call] = slack.sent("views.publish")
    view = call.payload["view"]
    view = json.loads(view) if isinstance(view, str) else view
    shown = json.dumps(view, ensure_ascii=False)
    assert call.payload["user_id"] == "U7" and view["type"] == "home"
    assert "Korea's top security adviser meets with Japanese 'kingmaker' Taro Aso" in shown
    assert "In the news this week" in shown and "Taro Aso" in shown
    assert "/newsbot follow" in shown
    assert "Traceback" not in output, output
