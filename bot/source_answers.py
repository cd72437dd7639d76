"""Adding sources from Slack or the terminal: `/newsbot add URL` stores a page (answering with
its summary) or follows a feed; `/newsbot feeds` lists the feeds; `/newsbot remove URL` stops
following one. Shared links are stored and unfurled through `store_page`."""

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy.exc import SQLAlchemyError

from bot.answer import Answer, Section, cite, store_unavailable_answer
from bot.commands import Command
from bot.feeds import follow_feed
from bot.fetch import FetchError, FetchPolicy
from bot.ingest import FeedFound, IngestReport, read_page, resolve_families, store_batch
from db import feed_queries
from db.engine import session_scope
from db.queries import ArticleData

ACTORS_SHOWN = 5


@dataclass(frozen=True)
class StoredPage:
    article: ArticleData | None  # None when the page was not stored
    outcome: str  # "new", "updated", "unchanged", or why it was not stored
    feed: bool = False  # the address is a feed


def store_page(url: str, database_url: str, policy: FetchPolicy) -> StoredPage:
    """Fetch and store the article at `url`; a feed is reported, not followed."""
    result = read_page(url, policy)
    if isinstance(result, FeedFound):
        return StoredPage(None, "a feed", feed=True)
    if isinstance(result, str):
        return StoredPage(None, result)
    report = IngestReport()
    resolve_families(database_url, store_batch([(url, result)], database_url, report))
    if report.rejected:
        return StoredPage(None, report.rejected[0][1])
    outcome = next(name for name in ("new", "updated", "unchanged") if getattr(report, name))
    return StoredPage(result, outcome)


def main_actors(article: ArticleData) -> list[str]:
    """The most mentioned people and organisations, each with the role the article gives."""
    ranked = sorted(article.actors, key=lambda actor: -actor.mentions)[:ACTORS_SHOWN]
    return [f"{actor.name}, {actor.roles[0]}" if actor.roles else actor.name for actor in ranked]


def sources_answer(
    command: Command, database_url: str, policy: FetchPolicy, poll_every: timedelta
) -> Answer:
    try:
        if command.kind == "add":
            return add_answer(command.query, database_url, policy, poll_every)
        if command.kind == "remove":
            return remove_answer(command.query, database_url)
        return feeds_answer(database_url)
    except SQLAlchemyError:
        return store_unavailable_answer()


def add_answer(url: str, database_url: str, policy: FetchPolicy, poll_every: timedelta) -> Answer:
    stored = store_page(url, database_url, policy)
    if stored.feed:
        return follow_answer(url, database_url, policy, poll_every)
    if stored.article is None:
        return Answer(f"Could not store {url}", [Section(body=f"Reason: {stored.outcome}.")])
    article = stored.article
    heading = {"new": "Stored", "updated": "Updated", "unchanged": "Already stored"}
    sections = [Section(article.title, article.summary, cited=cite(article))]
    actors = main_actors(article)
    if actors:
        sections.append(Section("In this article", "\n".join(f"• {a}" for a in actors)))
    return Answer(f"{heading[stored.outcome]}: {article.title}", sections)


def follow_answer(
    url: str, database_url: str, policy: FetchPolicy, poll_every: timedelta
) -> Answer:
    try:
        poll = follow_feed(database_url, url, policy, poll_every)
    except FetchError as err:
        return Answer(f"Could not follow {url}", [Section(body=f"Reason: {err}.")])
    body = f"Stored from its items: {poll.report}."
    if poll.report.rejected:
        body += "\n" + "\n".join(f"• {source}: {reason}" for source, reason in poll.report.rejected)
    minutes = f"{poll_every.total_seconds() / 60:g}"
    return Answer(
        f"Following the feed {url}",
        [Section(body=body)],
        note=f"I check it every {minutes} minutes. `/newsbot feeds` lists the feeds.",
    )


def feeds_answer(database_url: str) -> Answer:
    with session_scope(database_url) as session:
        states = feed_queries.feed_states(session)
    if not states:
        return Answer("Feeds followed: none yet", note="Follow one: `/newsbot add FEED_URL`.")
    sections = [
        Section(state.title or "Untitled feed", f"{state.url}\n{feed_status(state)}")
        for state in states
    ]
    return Answer(f"Feeds followed ({len(states)})", sections)


def feed_status(state: feed_queries.FeedState) -> str:
    """How a feed is doing: stored items, last check, last error."""
    polled = (
        state.last_polled_at.strftime("%Y-%m-%d %H:%M UTC") if state.last_polled_at else "never"
    )
    status = f"{state.items} articles stored · last checked {polled}"
    return status + (f" · last error: {state.last_error}" if state.last_error else "")


def remove_answer(url: str, database_url: str) -> Answer:
    with session_scope(database_url) as session:
        removed = feed_queries.remove_feed(session, url)
    if not removed:
        return Answer(
            f"{url} is not a followed feed",
            note="`/newsbot feeds` lists the feeds. Stored articles stay in the store.",
        )
    return Answer(f"Stopped following {url}", note="Its articles stay in the store.")
