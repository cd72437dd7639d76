"""The digest: content, once per channel and day, the schedule, retries; posted through the
Slack Web API stand-in."""

import threading
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.cli import main
from bot.ingest import ingest_paths
from bot.scheduler import DigestSchedule
from bot.settings import Settings, get_settings
from bot.slack_app import web_client
from tests.slack_standin import SlackStandIn

SEOUL = ZoneInfo("Asia/Seoul")
SEED_TITLE = "Korea's top security adviser meets with Japanese 'kingmaker' Taro Aso"
CHIP_TITLE = "Seoul and Tokyo chip makers agree on supply talks"
KIM_TITLE = "North Korea's Kim Jong-un inspects missile base"


@pytest.fixture
def slack():
    stand_in = SlackStandIn().start()
    yield stand_in
    stand_in.stop()


@pytest.fixture
def settings(corpus, database_url, slack, monkeypatch) -> Settings:
    ingest_paths([corpus], database_url)
    for name, value in {
        "SLACK_BOT_TOKEN": "xoxb-test",
        "SLACK_API_URL": slack.api_url,
        "DIGEST_CHANNEL": "C-DIGEST",
        "DIGEST_TIME": "08:00",
        "DIGEST_TZ": "Asia/Seoul",
    }.items():
        monkeypatch.setenv(name, value)
    get_settings.cache_clear()
    return get_settings()


def schedule_at(settings: Settings, local: datetime) -> DigestSchedule:
    return DigestSchedule(settings, web_client(settings), clock=lambda: local.astimezone(UTC))


def posts(slack: SlackStandIn) -> list:
    return slack.sent("chat.postMessage")


def test_dry_run_prints_and_posts_nothing(settings, slack, runner):
    result = runner.invoke(main, ["digest", "--date", "2025-11-03", "--dry-run"])
    assert result.exit_code == 0
    assert result.stdout.startswith("Digest for 2025-11-03")
    assert CHIP_TITLE in result.stdout
    assert slack.calls == []


def test_a_day_digest_holds_that_days_articles_and_no_others(settings, slack, runner):
    result = runner.invoke(main, ["digest", "--date", "2025-11-03"])
    assert result.exit_code == 0, result.output
    assert "digest for 2025-11-03 in C-DIGEST: posted (ts " in result.stdout
    [post] = posts(slack)
    assert post.payload["channel"] == "C-DIGEST"
    assert CHIP_TITLE in post.payload["text"]
    assert SEED_TITLE not in post.payload["text"] and KIM_TITLE not in post.payload["text"]
    assert "Quote of the day" in post.payload["text"]
    assert (
        "Kim Min-jae, vice chairman of the Korea Semiconductor Industry Association"
        in (post.payload["text"])
    )


def test_second_run_for_the_same_day_posts_nothing_unless_forced(settings, slack, runner):
    runner.invoke(main, ["digest", "--date", "2025-11-03"])
    again = runner.invoke(main, ["digest", "--date", "2025-11-03"])
    assert again.exit_code == 0
    assert "already posted" in again.stdout
    assert len(posts(slack)) == 1
    forced = runner.invoke(main, ["digest", "--date", "2025-11-03", "--force"])
    assert "posted (ts" in forced.stdout
    assert len(posts(slack)) == 2


def test_other_channel_gets_its_own_digest(settings, slack, runner):
    runner.invoke(main, ["digest", "--date", "2025-11-03"])
    runner.invoke(main, ["digest", "--date", "2025-11-03", "--channel", "C-OTHER"])
    assert [p.payload["channel"] for p in posts(slack)] == ["C-DIGEST", "C-OTHER"]


def test_posting_without_a_token_is_a_clear_error(settings, runner, monkeypatch):
    monkeypatch.setenv("SLACK_BOT_TOKEN", "")
    get_settings.cache_clear()
    result = runner.invoke(main, ["digest", "--date", "2025-11-03"])
    assert result.exit_code == 2
    assert "posting needs SLACK_BOT_TOKEN" in result.output


def test_quiet_day_says_so(settings, slack, runner):
    runner.invoke(main, ["digest", "--date", "2025-12-25"])
    [post] = posts(slack)
    assert "No new articles." in post.payload["text"]


def test_scheduled_digest_covers_what_no_earlier_digest_covered(settings, slack, corpus):
    first = schedule_at(settings, datetime(2025, 11, 4, 8, 0, 5, tzinfo=SEOUL)).tick()
    assert first.status == "posted"
    text = posts(slack)[0].payload["text"]
    assert CHIP_TITLE in text and KIM_TITLE in text  # the day before and the day itself
    assert SEED_TITLE not in text
    (corpus / "late.txt").write_text(
        "date 2025-11-04 Late story on chip exports\n"
        "Exports of memory chips rose in the first days of November, officials said.\n"
    )
    ingest_paths([corpus], settings.database_url)
    schedule_at(settings, datetime(2025, 11, 5, 8, 0, 5, tzinfo=SEOUL)).tick()
    second = posts(slack)[1].payload["text"]
    assert "Late story on chip exports" in second
    assert CHIP_TITLE not in second and KIM_TITLE not in second


def test_two_schedulers_racing_post_exactly_once(settings, slack):
    moment = datetime(2025, 11, 4, 8, 0, 1, tzinfo=SEOUL)
    replicas = [schedule_at(settings, moment) for _ in range(4)]
    start = threading.Barrier(len(replicas))
    results = []

    def run(replica: DigestSchedule) -> None:
        start.wait()
        results.append(replica.tick())

    threads = [threading.Thread(target=run, args=(r,)) for r in replicas]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(posts(slack)) == 1
    assert sorted(r.status for r in results).count("posted") == 1


def test_restart_after_the_post_does_not_post_again(settings, slack):
    schedule_at(settings, datetime(2025, 11, 4, 8, 0, 1, tzinfo=SEOUL)).tick()
    restarted = schedule_at(settings, datetime(2025, 11, 4, 8, 3, 0, tzinfo=SEOUL))
    assert restarted.tick().status == "already posted"
    assert len(posts(slack)) == 1


def test_failed_post_is_retried_and_then_succeeds_once(settings, slack):
    slack.scripted["chat.postMessage"] = [(200, {}, {"ok": False, "error": "internal_error"})]
    schedule = schedule_at(settings, datetime(2025, 11, 4, 8, 0, 1, tzinfo=SEOUL))
    assert schedule.tick().status == "failed"
    assert schedule.tick().status == "posted"
    assert schedule.tick().status == "already posted"
    assert len(posts(slack)) == 2  # the refused attempt and the one delivered digest


def test_digest_missed_while_down_is_posted_within_the_grace_period(settings, slack):
    late = schedule_at(settings, datetime(2025, 11, 4, 10, 30, tzinfo=SEOUL))
    assert late.tick().status == "posted"
    too_late = schedule_at(settings, datetime(2025, 11, 5, 11, 1, tzinfo=SEOUL))
    assert too_late.tick() is None  # 3 hours after 08:00: the grace period is over
    assert len(posts(slack)) == 1


@pytest.mark.parametrize(
    ("local", "due"),
    [
        (datetime(2025, 11, 4, 7, 59, tzinfo=SEOUL), None),
        (datetime(2025, 11, 4, 8, 0, tzinfo=SEOUL), date(2025, 11, 4)),
        (datetime(2025, 11, 4, 10, 59, tzinfo=SEOUL), date(2025, 11, 4)),
        (datetime(2025, 11, 4, 11, 1, tzinfo=SEOUL), None),
    ],
)
def test_due_day(settings, local, due):
    assert schedule_at(settings, local).due_day(local.astimezone(UTC)) == due


def test_due_day_across_a_daylight_saving_change(settings, monkeypatch):
    monkeypatch.setenv("DIGEST_TZ", "America/New_York")
    get_settings.cache_clear()
    new_york = get_settings()
    schedule = schedule_at(new_york, datetime(2026, 3, 8, 12, 0, tzinfo=UTC))
    # Clocks jump from 02:00 to 03:00 on 8 March 2026: 08:00 local is then 12:00 UTC, not 13:00.
    assert schedule.due_day(datetime(2026, 3, 8, 12, 0, tzinfo=UTC)) == date(2026, 3, 8)
    assert schedule.due_day(datetime(2026, 3, 8, 11, 59, tzinfo=UTC)) is None


def test_unknown_time_zone_is_a_clear_error_at_start_up(runner, monkeypatch):
    monkeypatch.setenv("DIGEST_TZ", "Mars/Olympus")
    get_settings.cache_clear()
    result = runner.invoke(main, ["serve"])
    assert result.exit_code == 1
    assert "DIGEST_TZ 'Mars/Olympus' is not a known IANA time zone" in result.output


def test_the_next_digest_is_at_digest_time_in_the_digest_zone(settings):
    subscription = schedule_at(settings, datetime.now(SEOUL)).subscription
    next_run = subscription.next_run(datetime.now(UTC)).astimezone(SEOUL)
    assert (next_run.hour, next_run.minute) == (8, 0)
    assert timedelta(0) < next_run - datetime.now(SEOUL) <= timedelta(days=1)


def test_quiet_day_can_be_skipped(settings, slack, monkeypatch):
    monkeypatch.setenv("DIGEST_SKIP_QUIET_DAYS", "true")
    get_settings.cache_clear()
    quiet = schedule_at(get_settings(), datetime(2025, 12, 25, 8, 0, 1, tzinfo=SEOUL))
    assert quiet.tick().status == "skipped"
    assert quiet.tick().status == "already posted"
    assert posts(slack) == []
