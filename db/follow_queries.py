"""The store's side of what channels ask for: what each channel follows, the notices claimed
and posted for them (one per follow and article, across replicas and restarts), the
channels subscribed to the digest, and what the App Home shows."""

from datetime import date, datetime

from sqlalchemy import delete, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from db.models import Article, DigestSubscription, Follow, FollowNotice, Mention, Quote


def add_follow(
    session: Session,
    channel: str,
    key: str,
    label: str,
    actor_id: int | None,
    user: str,
    now: datetime,
) -> tuple[Follow, bool]:
    """The channel's follow of `key`, and whether it is new. Following anything in a channel
    whose follows were paused (the bot was not in it) resumes them all."""
    session.exec(update(Follow).where(Follow.channel == channel).values(paused=""))
    known = session.exec(select(Follow).where(Follow.channel == channel, Follow.key == key)).first()
    if known:
        return known, False
    follow = Follow(
        channel=channel, key=key, label=label, actor_id=actor_id, created_at=now, created_by=user
    )
    session.add(follow)
    session.flush()
    return follow, True


def channel_follows(session: Session, channel: str) -> list[Follow]:
    return list(session.exec(select(Follow).where(Follow.channel == channel).order_by(Follow.id)))


def remove_follow(session: Session, follow_id: int) -> None:
    session.exec(delete(FollowNotice).where(FollowNotice.follow_id == follow_id))
    session.exec(delete(Follow).where(Follow.id == follow_id))


def active_follows(session: Session) -> list[Follow]:
    return list(session.exec(select(Follow).where(Follow.paused == "").order_by(Follow.id)))


def pause_follows(session: Session, channel: str, reason: str) -> None:
    session.exec(update(Follow).where(Follow.channel == channel).values(paused=reason))


def articles_stored_since(session: Session, since: datetime) -> list[Article]:
    query = select(Article).where(Article.ingested_at >= since).order_by(Article.id)
    return list(session.exec(query))


def people_in(session: Session, article_ids: list[int]) -> dict[int, set[int]]:
    """Article id -> the people (and organisations) it names or quotes, by identity."""
    found: dict[int, set[int]] = {article_id: set() for article_id in article_ids}
    named = select(Mention.article_id, Mention.person_id).where(
        col(Mention.article_id).in_(article_ids)
    )
    quoted = select(Quote.article_id, Quote.person_id).where(
        col(Quote.article_id).in_(article_ids), col(Quote.person_id).is_not(None)
    )
    for article_id, person_id in [*session.exec(named), *session.exec(quoted)]:
        found[article_id].add(person_id)
    return found


def noticed(session: Session, follow_ids: list[int], article_ids: list[int]) -> set[tuple]:
    """The (follow, article) pairs claimed already."""
    query = select(FollowNotice.follow_id, FollowNotice.article_id).where(
        col(FollowNotice.follow_id).in_(follow_ids), col(FollowNotice.article_id).in_(article_ids)
    )
    return set(session.exec(query))


def claim_notice(session: Session, follow_id: int, article_id: int, now: datetime) -> bool:
    """True for the one process that claims this notice; the unique key decides."""
    try:
        with session.begin_nested():
            session.add(
                FollowNotice(
                    follow_id=follow_id, article_id=article_id, status="claimed", claimed_at=now
                )
            )
    except IntegrityError:
        return False
    return True


def set_notice_status(session: Session, pairs: list[tuple[int, int]], status: str | None) -> None:
    """Mark the notices posted or dropped; None releases them, to be tried again."""
    for follow_id, article_id in pairs:
        match = (FollowNotice.follow_id == follow_id) & (FollowNotice.article_id == article_id)
        if status is None:
            session.exec(delete(FollowNotice).where(match))
        else:
            session.exec(update(FollowNotice).where(match).values(status=status))


def quotes_by(session: Session, article_id: int, person_id: int) -> list[Quote]:
    query = (
        select(Quote)
        .where(Quote.article_id == article_id, Quote.person_id == person_id)
        .order_by(col(Quote.partial), Quote.id)
    )
    return list(session.exec(query))


def digest_subscriptions(session: Session) -> list[DigestSubscription]:
    return list(session.exec(select(DigestSubscription).order_by(DigestSubscription.id)))


def subscribe(session: Session, channel: str, at: str, zone: str, user: str, now: datetime) -> None:
    row = session.exec(
        select(DigestSubscription).where(DigestSubscription.channel == channel)
    ).first() or DigestSubscription(channel=channel, created_at=now, created_by=user)
    row.at, row.zone = at, zone
    session.add(row)


def unsubscribe(session: Session, channel: str) -> bool:
    result = session.exec(delete(DigestSubscription).where(DigestSubscription.channel == channel))
    return result.rowcount > 0


def latest_articles(session: Session, limit: int) -> list[Article]:
    query = select(Article).order_by(col(Article.date).desc(), col(Article.id).desc()).limit(limit)
    return list(session.exec(query))


def article_ids_between(session: Session, since: date, until: date) -> list[int]:
    query = select(Article.id).where(Article.date > since, Article.date <= until)
    return list(session.exec(query))
