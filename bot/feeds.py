"""Feeds (RSS and Atom, read by feedparser): followed feeds are polled with conditional GET,
their new items' pages stored; a failing feed is polled less and less often; each feed is
polled once per round across replicas (claimed in the store, like the digest)."""

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from bot.fetch import FetchError, FetchPolicy, fetch
from bot.ingest import IngestReport, ingest_files
from bot.web_pages import feed_links, looks_like_feed
from db import feed_queries
from db.engine import session_scope

# Reasons an item's page may pass at the next poll; any other rejection is final.
PASSING_ERRORS = (
    "timed out",
    "cannot connect",
    "unknown host",
    "HTTP 5",
    "HTTP 429",
    "not stored",
)
MAX_BACKOFF = timedelta(hours=24)
# How long a replica may hold a feed it is polling before another may take it over.
POLL_LEASE = timedelta(minutes=10)


log = logging.getLogger("newsbot.feeds")


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class FeedPoll:
    url: str
    report: IngestReport = field(default_factory=IngestReport)
    error: str = ""
    not_modified: bool = False


def backoff(poll_every: timedelta, failures: int) -> timedelta:
    return min(poll_every * 2 ** min(failures, 10), MAX_BACKOFF)


def follow_feed(
    database_url: str, url: str, policy: FetchPolicy, poll_every: timedelta
) -> FeedPoll:
    """Follow the feed at `url` and store its items now; raises FetchError when `url` cannot
    be read or is no feed."""
    page = fetch(url, policy)
    if not looks_like_feed(page):
        raise FetchError(f"not a feed ({page.content_type or 'unknown type'})")
    title, links = feed_links(page)
    now = utc_now()
    with session_scope(database_url) as session:
        # the items are stored here and now: the schedule's first poll comes a round later
        feed_id, _ = feed_queries.add_feed(session, url, now, now + poll_every)
    poll = FeedPoll(url, store_items(database_url, feed_id, links, policy))
    with session_scope(database_url) as session:
        feed_queries.finish_poll(
            session, feed_id, now, now + poll_every, "", title, page.etag, page.last_modified
        )
    return poll


def store_items(
    database_url: str, feed_id: int, links: list[str], policy: FetchPolicy
) -> IngestReport:
    """Store the pages of the items not handled before, and remember each item's outcome."""
    with session_scope(database_url) as session:
        seen = feed_queries.seen_item_urls(session, feed_id, PASSING_ERRORS)
    new = [link for link in links if link not in seen]
    report = ingest_files(new, database_url, policy=policy, expand_feeds=False)
    outcomes = dict.fromkeys(new, "")
    outcomes.update((str(source), reason) for source, reason in report.rejected)
    with session_scope(database_url) as session:
        feed_queries.record_items(session, feed_id, outcomes, utc_now())
    return report


def poll_feed(
    database_url: str, state: feed_queries.FeedState, policy: FetchPolicy, poll_every: timedelta
) -> FeedPoll:
    now = utc_now()
    poll = FeedPoll(state.url)
    title, etag, last_modified = "", None, None
    try:
        page = fetch(state.url, policy, state.etag, state.last_modified)
        poll.not_modified = page.status == 304
        if not poll.not_modified:
            title, links = feed_links(page)
            poll.report = store_items(database_url, state.id, links, policy)
        etag, last_modified = page.etag or state.etag, page.last_modified or state.last_modified
    except FetchError as err:
        poll.error = str(err)
    except Exception as err:  # an odd feed must not stop the round or keep its claim
        log.exception("feed %s", state.url)
        poll.error = f"cannot read the feed ({err.__class__.__name__})"
    wait = backoff(poll_every, state.failures + 1) if poll.error else poll_every
    with session_scope(database_url) as session:
        feed_queries.finish_poll(
            session, state.id, now, now + wait, poll.error, title, etag, last_modified
        )
    return poll


def poll_feeds(
    database_url: str,
    policy: FetchPolicy,
    poll_every: timedelta,
    due_only: bool = True,
    clock: Callable[[], datetime] = utc_now,
) -> list[FeedPoll]:
    """Poll the feeds whose time has come (or all, without `due_only`) that no other replica
    is polling; the ones this process claimed are polled one after the other."""
    now = clock()
    with session_scope(database_url) as session:
        if due_only:
            ids = feed_queries.due_feed_ids(session, now)
        else:
            ids = feed_queries.all_feed_ids(session)
    polls = []
    for feed_id in ids:
        with session_scope(database_url) as session:
            # the lease runs from its claim: the polls before it may have taken a while
            claimed = feed_queries.claim_feed(session, feed_id, clock(), POLL_LEASE, due_only)
            states = feed_queries.feed_states(session, [feed_id]) if claimed else []
        if states:
            polls.append(poll_feed(database_url, states[0], policy, poll_every))
    return polls
