"""The digest schedule, feed polling and follow notices inside `newsbot serve`, on
APScheduler.

Every minute each channel's digest (DIGEST_CHANNEL's, and each `/digest subscribe`) is due
when its local time has come that day, in its own time zone (zoneinfo does the
daylight-saving arithmetic), until DIGEST_GRACE_MINUTES later: a failed post is retried and a
digest missed while the bot was down is caught up. The store lets one process post each
(channel, day) once (see bot.digest). Feeds and follow notices run on their own intervals.
"""

import logging
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.interval import IntervalTrigger
from slack_sdk import WebClient
from sqlalchemy.exc import SQLAlchemyError

from bot.digest import PublishResult, publish_digest
from bot.feeds import poll_feeds
from bot.follows import deliver_notices
from bot.settings import Settings
from bot.subscriptions import Subscription, subscriptions
from db.engine import session_scope

RETRY_EVERY = timedelta(minutes=1)

log = logging.getLogger("newsbot.scheduler")


def utc_now() -> datetime:
    return datetime.now(UTC)


class DigestSchedule:
    """One channel's daily digest: the default one (DIGEST_CHANNEL at DIGEST_TIME in
    DIGEST_TZ) or a channel's subscription."""

    def __init__(
        self,
        settings: Settings,
        client: WebClient,
        clock: Callable[[], datetime] = utc_now,
        subscription: Subscription | None = None,
    ) -> None:
        self.settings = settings
        self.client = client
        self.clock = clock
        self.grace = timedelta(minutes=settings.digest_grace_minutes)
        hour, minute = map(int, settings.digest_time.split(":"))
        self.subscription = subscription or Subscription(
            settings.digest_channel, time(hour, minute), settings.digest_tz, default=True
        )
        self.at = self.subscription.at
        self.zone = ZoneInfo(self.subscription.zone)

    def due_day(self, now: datetime) -> date | None:
        """The day whose digest is due at `now`: its time has come and the grace has not passed."""
        local = now.astimezone(self.zone)
        for day in (local.date(), local.date() - timedelta(days=1)):
            scheduled = datetime.combine(day, self.at, tzinfo=self.zone)
            if scheduled <= now:
                return day if now - scheduled <= self.grace else None
        return None

    def tick(self) -> PublishResult | None:
        day = self.due_day(self.clock())
        if day is None:
            return None
        channel = self.subscription.channel
        try:
            result = publish_digest(self.settings, self.client, channel, day, scheduled=True)
        except SQLAlchemyError as err:
            log.warning("digest for %s not posted, store unavailable: %s", day, err)
            return None
        if result.status in {"posted", "failed"}:
            log.info(
                "digest for %s in %s: %s %s", day, channel, result.status, result.error or result.ts
            )
        return result


class DigestSubscriptions:
    """Every channel's digest, looked at every minute: at its time, or later within
    DIGEST_GRACE_MINUTES (a digest missed while the bot was down, or a failed post); the
    store lets one process post each (channel, day) once (bot.digest)."""

    def __init__(
        self, settings: Settings, client: WebClient, clock: Callable[[], datetime] = utc_now
    ) -> None:
        self.settings, self.client, self.clock = settings, client, clock

    def tick(self) -> list[PublishResult]:
        with session_scope(self.settings.database_url) as session:
            every = subscriptions(session, self.settings)
        results = []
        for subscription in every:
            schedule = DigestSchedule(self.settings, self.client, self.clock, subscription)
            result = schedule.tick()
            if result:
                results.append(result)
        return results


# How often `serve` looks for feeds whose time has come (each feed's own interval is
# FEED_POLL_MINUTES, longer after failures), and for new articles its channels follow.
FEED_CHECK_EVERY = timedelta(minutes=1)
FOLLOW_CHECK_EVERY = timedelta(seconds=5)  # a follow's notice comes within seconds


def poll_feeds_now(settings: Settings) -> None:
    """Poll the feeds whose time has come (replicas share them through the store's claims)."""
    polls = poll_feeds(settings.database_url, settings.fetch_policy, settings.feed_poll_every)
    for poll in polls:
        if poll.error:
            log.warning("feed %s: %s", poll.url, poll.error)
        elif not poll.not_modified:
            log.info("feed %s: %s", poll.url, poll.report)


def notify_follows_now(settings: Settings, client: WebClient) -> None:
    posted = deliver_notices(settings.database_url, client)
    if posted:
        log.info("follows: %d articles noticed", posted)


class Periodic:
    """A job `serve` runs in the background every `every` (from start-up on), one run at a
    time; a store fault skips a run, it does not stop the job."""

    def __init__(self, name: str, every: timedelta, job: Callable[[], None]) -> None:
        self.name, self.every, self.job = name, every, job
        self.scheduler: BackgroundScheduler | None = None

    def run(self) -> None:
        try:
            self.job()
        except SQLAlchemyError as err:
            log.warning("%s skipped, store unavailable: %s", self.name, err)

    def start(self) -> None:
        self.scheduler = BackgroundScheduler(timezone=UTC)
        self.scheduler.add_job(
            self.run,
            IntervalTrigger(seconds=self.every.total_seconds(), timezone=UTC),
            next_run_time=datetime.now(UTC),
            max_instances=1,
            coalesce=True,
        )
        self.scheduler.start()

    def stop(self) -> None:
        if self.scheduler:
            self.scheduler.shutdown(wait=False)
