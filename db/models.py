"""Table models. Rows derived from an article (mentions, roles, quotes) are replaced with it."""

import datetime as dt

from pydantic import NaiveDatetime
from sqlalchemy import BigInteger, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel


class Article(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    source: str = Field(
        index=True, unique=True, description="path of the file it came from, or the page's URL"
    )
    content_hash: str = Field(index=True, unique=True)
    date: dt.date = Field(index=True)
    # The paper's local time as printed; the article does not say which zone.
    published: NaiveDatetime | None = None
    title: str
    body: str = Field(sa_type=Text, description="paragraphs, one per line")
    summary: str = Field(default="", sa_type=Text)
    byline: str = ""
    story_id: int | None = Field(
        default=None, index=True, description="the first article of the same story, if another"
    )
    ingested_at: dt.datetime = Field(index=True, description="last stored or updated")

    @property
    def paragraphs(self) -> list[str]:
        return self.body.split("\n")


class Actor(SQLModel, table=True):
    """A person or organisation as articles name it; the same `key` (normalised full name)
    is the same actor. Actors that are one person ("James B. Comey", "Jim Comey") stay
    apart, linked to the person by `person_id` (bot.identity), so a link can be undone."""

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(index=True, unique=True)
    name: str
    kind: str = Field(description="PER or ORG")
    surname: str = Field(default="", index=True, description="name key; empty for most ORGs")
    person_id: int | None = Field(
        default=None, description="the actor this one is, when every mention of it is"
    )


class ActorAlias(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("actor_id", "alias"),)
    id: int | None = Field(default=None, primary_key=True)
    actor_id: int = Field(foreign_key="actor.id", index=True)
    alias: str = Field(index=True)  # looked up to tie a lone surname to a known full name


class Mention(SQLModel, table=True):
    # A person's articles, newest first, their count and first and last dates are read
    # from the index alone: no look-up of each article for its date.
    __table_args__ = (
        UniqueConstraint("article_id", "actor_id"),
        Index("ix_mention_person_date", "person_id", "date", "article_id"),
    )
    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="article.id", index=True)
    actor_id: int = Field(foreign_key="actor.id", index=True)
    person_id: int = Field(description="the actor this mention is resolved to")
    count: int
    date: dt.date = Field(description="the article's date, kept here for the index")


class Role(SQLModel, table=True):
    """A title or role as an article states it, dated by the article."""

    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="article.id", index=True)
    actor_id: int = Field(foreign_key="actor.id", index=True)
    person_id: int = Field(index=True, description="as the article's Mention of the actor")
    text: str
    date: dt.date


class Quote(SQLModel, table=True):
    # A person's whole quotes (then partial ones), newest first, straight from the index.
    __table_args__ = (Index("ix_quote_person_shown", "person_id", "partial", "date"),)
    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="article.id", index=True)
    actor_id: int | None = Field(default=None, foreign_key="actor.id", index=True)
    person_id: int | None = Field(default=None, description="as its Mention")
    speaker: str = Field(description="the speaker as the article names them")
    text: str = Field(sa_type=Text)
    paragraph: int
    sentence: int
    partial: bool = False
    named: bool = Field(
        default=True, description="the attribution names the speaker, not 'she said'"
    )
    date: dt.date = Field(description="the article's date, kept here for the index")


class SeenEvent(SQLModel, table=True):
    """A Slack event already handled; claimed by insert, so one replica answers it."""

    event_id: str = Field(primary_key=True)
    seen_at: dt.datetime = Field(index=True)


class ThreadSubject(SQLModel, table=True):
    """What a Slack thread was last asked about, for follow-ups such as "more"."""

    __table_args__ = (UniqueConstraint("channel", "thread_ts"),)
    id: int | None = Field(default=None, primary_key=True)
    channel: str
    thread_ts: str
    kind: str
    query: str
    speaker: str = ""
    page: int = 0
    updated_at: dt.datetime


class DigestPost(SQLModel, table=True):
    """One digest per channel and day: claimed before posting, completed with the message ts."""

    __table_args__ = (UniqueConstraint("channel", "day"),)
    id: int | None = Field(default=None, primary_key=True)
    channel: str
    day: dt.date
    status: str = Field(description="claimed, posted or failed")
    claimed_at: dt.datetime
    ts: str = ""
    attempts: int = 0
    error: str = ""


class DigestArticle(SQLModel, table=True):
    """An article a posted digest covered, so the next one in that channel does not repeat it."""

    __table_args__ = (UniqueConstraint("channel", "article_id"),)
    id: int | None = Field(default=None, primary_key=True)
    channel: str = Field(index=True)
    article_id: int = Field(foreign_key="article.id")


class StoryBand(SQLModel, table=True):
    """One band of an article's MinHash signature (bot.stories): articles sharing a band are
    candidates for the same story told by several outlets."""

    __table_args__ = (Index("ix_storyband_band_hash", "band", "hash"),)
    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="article.id", index=True)
    band: int
    hash: int = Field(sa_type=BigInteger)


class Feed(SQLModel, table=True):
    """An RSS or Atom feed polled for new articles; claimed by one replica per round."""

    id: int | None = Field(default=None, primary_key=True)
    url: str = Field(unique=True)
    title: str = ""
    added_at: dt.datetime
    etag: str = ""
    last_modified: str = ""
    last_polled_at: dt.datetime | None = None
    last_error: str = ""
    failures: int = 0
    next_poll_at: dt.datetime = Field(index=True, description="not polled before then")
    claimed_until: dt.datetime | None = None


class FeedItem(SQLModel, table=True):
    """An item of a feed, stored once: its page is not fetched again at the next poll."""

    __table_args__ = (UniqueConstraint("feed_id", "url"),)
    id: int | None = Field(default=None, primary_key=True)
    feed_id: int = Field(foreign_key="feed.id", index=True)
    url: str
    error: str = Field(default="", description="why its page was not stored, if it was not")
    seen_at: dt.datetime


class Follow(SQLModel, table=True):
    """What a channel follows: a person or organisation, by identity (any of their names), or
    a topic (words an article must contain)."""

    __table_args__ = (UniqueConstraint("channel", "key"),)
    id: int | None = Field(default=None, primary_key=True)
    channel: str = Field(index=True)
    key: str = Field(description="'actor:<person id>' or 'topic:<plain words>'")
    label: str = Field(description="as shown: the person's name or the topic's words")
    actor_id: int | None = Field(default=None, description="the person followed, if one")
    created_at: dt.datetime
    created_by: str = ""
    paused: str = Field(default="", description="why notices stopped, e.g. an archived channel")


class FollowNotice(SQLModel, table=True):
    """One notice per follow and article: claimed before posting, so replicas post it once."""

    __table_args__ = (UniqueConstraint("follow_id", "article_id"),)
    id: int | None = Field(default=None, primary_key=True)
    follow_id: int = Field(foreign_key="follow.id", index=True)
    article_id: int = Field(foreign_key="article.id")
    status: str = Field(description="claimed, posted or dropped")
    claimed_at: dt.datetime


class DigestSubscription(SQLModel, table=True):
    """A channel that gets the daily digest at its own time (`/digest subscribe`)."""

    id: int | None = Field(default=None, primary_key=True)
    channel: str = Field(unique=True)
    at: str = Field(description="local time of day, HH:MM")
    zone: str = Field(description="IANA time zone, e.g. Asia/Seoul")
    created_at: dt.datetime
    created_by: str = ""


class StoreIdentity(SQLModel, table=True):
    """One row: a name this store keeps for life, so a file of indexes built from it (a cache
    beside it) is never read for another store, even one at the same path."""

    id: int = Field(default=1, primary_key=True)
    uuid: str
