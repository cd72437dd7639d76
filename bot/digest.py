"""The daily digest: what it says, and posting it exactly once per channel and day.

Once-only is guaranteed by the store, not the process: a (channel, day) row is claimed before
posting and completed with the message ts after. A failed post leaves the claim "failed" and
is retried; a claim whose process vanished mid-post is retaken after CLAIM_TIMEOUT.
"""

import logging
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from sqlmodel import Session

from bot.analysis.sentences import split_sentences
from bot.answer import Answer, Section, cite, outlet
from bot.render import to_message
from bot.settings import Settings
from bot.stories import one_per_story, other_outlets
from db import queries
from db.engine import session_scope
from db.models import Article

SUMMARY_SENTENCES = 2
ACTORS_OF_THE_DAY = 5
NEW_ACTORS_SHOWN = 8
CLAIM_TIMEOUT = timedelta(minutes=5)

log = logging.getLogger("newsbot.digest")


def first_sentences(text: str, count: int) -> str:
    spans = split_sentences(text)[:count]
    return text[spans[0][0] : spans[-1][1]] if spans else text


def build_digest(session: Session, title: str, articles: list[Article]) -> Answer:
    if not articles:
        return Answer(title, [Section(body="No new articles.")])
    ids = [article.id for article in articles]
    retold = other_outlets(session, articles)
    shown = one_per_story(session, articles)
    sections = [
        Section(
            a.title,
            first_sentences(a.summary, SUMMARY_SENTENCES),
            cited=cite(a, outlet(a.source), retold[a.id]),
        )
        for a in shown
    ]
    roles = {role.person_id: role.text for role in queries.roles_in(session, ids)}
    everyone = queries.day_actors(session, ids)
    top = everyone[:ACTORS_OF_THE_DAY]
    if top:
        lines = [
            f"• {actor.name}" + (f", {roles[actor.id]}" if actor.id in roles else "")
            for actor, _ in top
        ]
        sections.append(Section("In the news", "\n".join(lines)))
    quote = quote_of_the_day(queries.quotes_in(session, ids), dict((a.id, n) for a, n in top))
    if quote:
        sections.append(
            Section("Quote of the day", quote[0].speaker, quote[0].text, cited=cite(quote[1]))
        )
    news = whats_new(session, articles, everyone, roles)
    if news:
        sections.append(Section("New since the last digest", "\n".join(news)))
    return Answer(title, sections)


def quote_of_the_day(rows: list, prominence: dict[int, int]):
    """A whole, attributed quote of a good length, from the day's most present speaker."""
    candidates = [(q, a) for q, a in rows if q.person_id and not q.partial]
    if not candidates:
        return None

    def weight(row) -> float:
        quote, _ = row
        words = len(quote.text.split())
        return prominence.get(quote.person_id, 0) + min(words, 30) / 10 - (words > 60) * 5

    return max(candidates, key=weight)


def whats_new(
    session: Session, articles: list[Article], everyone: list, roles: dict[int, str]
) -> list[str]:
    """Of the day's actors (`everyone`), those seen for the first time, and people whose
    stated title changed."""
    first_day = min(article.date for article in articles)
    seen = queries.first_seen(session, [actor.id for actor, _ in everyone])
    lines = [
        f"• First seen: {actor.name}"
        for actor, _ in everyone
        if seen.get(actor.id, first_day) >= first_day
    ][:NEW_ACTORS_SHOWN]
    for actor, _ in everyone:
        if actor.kind != "PER" or actor.id not in roles:
            continue
        earlier = queries.roles_before(session, actor.id, first_day)
        if earlier and earlier[0].text != roles[actor.id]:
            lines.append(f"• {actor.name}: now “{roles[actor.id]}” (was “{earlier[0].text}”)")
    return lines


def digest_title(day: date) -> str:
    return f"Digest for {day.isoformat()}"


def digest_for_day(session: Session, day: date) -> Answer:
    return build_digest(session, digest_title(day), queries.articles_on(session, day))


@dataclass(frozen=True)
class PublishResult:
    status: Literal["posted", "already posted", "in progress elsewhere", "failed", "skipped"]
    ts: str = ""
    error: str = ""


def publish_digest(
    settings: Settings,
    client: WebClient,
    channel: str,
    day: date,
    *,
    scheduled: bool = False,
    force: bool = False,
) -> PublishResult:
    """Post the digest of `day` to `channel` unless it was posted there already.

    scheduled: the morning briefing, covering what no earlier digest in the channel covered,
    dated from the previous digest's day (or the day before) up to `day`.
    Otherwise: the articles dated `day`.
    """
    url = settings.database_url
    with session_scope(url) as session:
        claim, post = queries.claim_digest(session, channel, day, CLAIM_TIMEOUT, force=force)
    if claim == "posted":
        return PublishResult("already posted", ts=post.ts)
    if claim == "busy":
        return PublishResult("in progress elsewhere")
    with session_scope(url) as session:
        if scheduled:
            since = queries.last_posted_digest_day(session, channel, day) or day - timedelta(1)
            articles = queries.uncovered_articles(session, channel, since, day)
        else:
            articles = queries.articles_on(session, day)
        answer = build_digest(session, digest_title(day), articles)
    article_ids = [article.id for article in articles]
    if not articles and settings.digest_skip_quiet_days:
        with session_scope(url) as session:
            queries.finish_digest(session, post.id, "", [])
        return PublishResult("skipped")
    try:
        response = client.chat_postMessage(channel=channel, **to_message(answer))
    except (SlackApiError, OSError) as err:
        error = err.response.get("error", str(err)) if isinstance(err, SlackApiError) else str(err)
        log.warning("digest for %s in %s failed: %s", day, channel, error)
        with session_scope(url) as session:
            queries.fail_digest(session, post.id, error)
        return PublishResult("failed", error=error)
    with session_scope(url) as session:
        queries.finish_digest(session, post.id, response["ts"], article_ids)
    return PublishResult("posted", ts=response["ts"])
