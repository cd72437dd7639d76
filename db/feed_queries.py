"""The store's side of feeds: the followed feeds, their items, and the claims that let one
replica poll a feed per round."""

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, func, update
from sqlmodel import Session, col, select

from db.models import Feed, FeedItem


@dataclass(frozen=True)
class FeedState:
    id: int
    url: str
    title: str
    etag: str
    last_modified: str
    failures: int
    last_polled_at: datetime | None
    last_error: str
    items: int  # items whose page was stored


def add_feed(session: Session, url: str, now: datetime, next_poll_at: datetime) -> tuple[int, bool]:
    """The feed's id, and whether it was new (then first polled at `next_poll_at`)."""
    known = session.exec(select(Feed).where(Feed.url == url)).first()
    if known:
        return known.id, False
    feed = Feed(url=url, added_at=now, next_poll_at=next_poll_at)
    session.add(feed)
    session.flush()
    return feed.id, True


def remove_feed(session: Session, url: str) -> bool:
    feed_id = session.exec(select(Feed.id).where(Feed.url == url)).first()
    if feed_id is None:
        return False
    session.execute(delete(FeedItem).where(FeedItem.feed_id == feed_id))
    session.execute(delete(Feed).where(Feed.id == feed_id))
    return True


def feed_states(session: Session, ids: list[int] | None = None) -> list[FeedState]:
    stored = (
        select(FeedItem.feed_id, func.count())
        .where(FeedItem.error == "")
        .group_by(FeedItem.feed_id)
        .subquery()
    )
    query = (
        select(Feed, stored.c[1]).outerjoin(stored, stored.c.feed_id == Feed.id).order_by(Feed.id)
    )
    if ids is not None:
        query = query.where(col(Feed.id).in_(ids))
    return [
        FeedState(
            f.id,
            f.url,
            f.title,
            f.etag,
            f.last_modified,
            f.failures,
            f.last_polled_at,
            f.last_error,
            count or 0,
        )
        for f, count in session.exec(query)
    ]


def claim_feed(
    session: Session, feed_id: int, now: datetime, lease: timedelta, due_only: bool
) -> bool:
    """Take the feed for one poll: no other replica holds it and (with `due_only`) its time
    has come. The claim is one conditional update, so two replicas cannot both win."""
    condition = (Feed.id == feed_id) & (
        col(Feed.claimed_until).is_(None) | (col(Feed.claimed_until) < now)
    )
    if due_only:
        condition &= Feed.next_poll_at <= now
    result = session.execute(update(Feed).where(condition).values(claimed_until=now + lease))
    return result.rowcount == 1


def due_feed_ids(session: Session, now: datetime) -> list[int]:
    return list(session.exec(select(Feed.id).where(Feed.next_poll_at <= now).order_by(Feed.id)))


def all_feed_ids(session: Session) -> list[int]:
    return list(session.exec(select(Feed.id).order_by(Feed.id)))


def seen_item_urls(session: Session, feed_id: int, retried_errors: tuple[str, ...]) -> set[str]:
    """The items already handled: stored, or rejected for a reason that will not pass."""
    items = session.exec(select(FeedItem).where(FeedItem.feed_id == feed_id))
    return {item.url for item in items if not item.error.startswith(retried_errors)}


def record_items(session: Session, feed_id: int, outcomes: dict[str, str], now: datetime) -> None:
    """Each item's outcome: "" when its page was stored, else why not."""
    known = {
        item.url: item
        for item in session.exec(
            select(FeedItem).where(
                FeedItem.feed_id == feed_id, col(FeedItem.url).in_(list(outcomes))
            )
        )
    }
    for url, error in outcomes.items():
        item = known.get(url) or FeedItem(feed_id=feed_id, url=url, seen_at=now)
        item.error, item.seen_at = error, now
        session.add(item)


def finish_poll(
    session: Session,
    feed_id: int,
    now: datetime,
    next_poll_at: datetime,
    error: str,
    title: str = "",
    etag: str | None = None,
    last_modified: str | None = None,
) -> None:
    feed = session.get(Feed, feed_id)
    if feed is None:  # removed while it was polled
        return
    feed.last_polled_at, feed.next_poll_at, feed.claimed_until = now, next_poll_at, None
    feed.last_error = error
    feed.failures = feed.failures + 1 if error else 0
    feed.title = title or feed.title
    if etag is not None:
        feed.etag = etag
    if last_modified is not None:
        feed.last_modified = last_modified
    session.add(feed)
