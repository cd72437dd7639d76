"""Per-channel digests: `/digest subscribe [HH:MM] [Area/City]`, `/digest unsubscribe` and
`/digest settings`. Each subscribed channel gets the digest once a day at its own time (the
schedule and its once-only guarantee are bot.scheduler's and bot.digest's); DIGEST_CHANNEL,
DIGEST_TIME and DIGEST_TZ remain a default subscription."""

import re
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlmodel import Session

from bot.answer import Answer, Section
from bot.commands import DIGEST_SUBSCRIPTION
from bot.settings import Settings
from db import follow_queries
from db.engine import session_scope

TIME = re.compile(r"^(\d{1,2}):(\d{2})$")
USAGE = (
    "`/digest subscribe [HH:MM] [Area/City]`, e.g. `/digest subscribe 07:30 Asia/Seoul`; "
    "`/digest unsubscribe`; `/digest settings`"
)


@dataclass(frozen=True)
class Subscription:
    channel: str
    at: time
    zone: str
    default: bool = False  # the one DIGEST_CHANNEL sets

    def describe(self) -> str:
        return f"{self.at.strftime('%H:%M')} {self.zone}"

    def next_run_text(self, now: datetime) -> str:
        return f"{self.next_run(now).strftime('%Y-%m-%d %H:%M')} {self.zone}"

    def next_run(self, now: datetime) -> datetime:
        local = now.astimezone(ZoneInfo(self.zone))
        run = datetime.combine(local.date(), self.at, tzinfo=ZoneInfo(self.zone))
        return run if run > local else run + timedelta(days=1)


def is_subscription_request(query: str) -> bool:
    return bool(DIGEST_SUBSCRIPTION.match(query.strip()))


def read_time_and_zone(words: str, settings: Settings) -> tuple[time, str]:
    """HH:MM and an IANA zone in any order, each optional; raises ValueError with the reason."""
    at, zone = settings.digest_time, settings.digest_tz
    for word in words.split():
        if TIME.match(word):
            hour, minute = map(int, TIME.match(word).groups())
            if hour > 23 or minute > 59:
                raise ValueError(f"{word} is not a time of day (HH:MM, 24-hour)")
            at = f"{hour:02d}:{minute:02d}"
        else:
            try:
                ZoneInfo(word)
            except (ZoneInfoNotFoundError, ValueError):
                raise ValueError(
                    f"“{word}” is neither a time (HH:MM) nor a time zone (Area/City, e.g. "
                    "Asia/Seoul)"
                ) from None
            zone = word
    hour, minute = map(int, at.split(":"))
    return time(hour, minute), zone


def subscriptions(session: Session, settings: Settings) -> list[Subscription]:
    """Every channel's digest: the stored subscriptions and the default one."""
    stored = [
        Subscription(row.channel, time.fromisoformat(row.at), row.zone)
        for row in follow_queries.digest_subscriptions(session)
    ]
    channels = {sub.channel for sub in stored}
    if settings.digest_channel and settings.digest_channel not in channels:
        hour, minute = map(int, settings.digest_time.split(":"))
        default = Subscription(
            settings.digest_channel, time(hour, minute), settings.digest_tz, default=True
        )
        stored.append(default)
    return stored


def subscription_answer(query: str, channel: str, user: str, settings: Settings) -> Answer:
    if not channel:
        return Answer(
            "Digest subscriptions belong to a Slack channel",
            note="Use `/digest subscribe` in the channel that should get the digest.",
        )
    word, rest = DIGEST_SUBSCRIPTION.match(query.strip()).groups()
    word = word.casefold()
    now = datetime.now(UTC)
    with session_scope(settings.database_url) as session:
        if word == "subscribe":
            try:
                at, zone = read_time_and_zone(rest, settings)
            except ValueError as problem:
                return Answer(str(problem), [Section(body=USAGE)])
            follow_queries.subscribe(session, channel, at.strftime("%H:%M"), zone, user, now)
            sub = Subscription(channel, at, zone)
            return Answer(
                f"Subscribed: this channel gets the digest at {sub.describe()}",
                [Section(body=f"Next on {sub.next_run_text(now)}.")],
                note="`/digest unsubscribe` stops it; `/digest settings` shows it.",
            )
        if word == "unsubscribe":
            removed = follow_queries.unsubscribe(session, channel)
            if removed:
                return Answer("Unsubscribed: this channel no longer gets the digest")
            if channel == settings.digest_channel:
                return Answer(
                    "This channel gets the digest by the bot's settings (DIGEST_CHANNEL)",
                    note="Ask whoever runs the bot to change DIGEST_CHANNEL.",
                )
            return Answer("This channel is not subscribed to the digest", note=USAGE)
        mine = [s for s in subscriptions(session, settings) if s.channel == channel]
    if not mine:
        return Answer("This channel gets no digest", note=USAGE)
    sub = mine[0]
    how = " (the bot's default, DIGEST_CHANNEL)" if sub.default else ""
    return Answer(
        f"This channel gets the digest at {sub.describe()}{how}",
        [Section(body=f"Next on {sub.next_run_text(now)}.")],
    )
