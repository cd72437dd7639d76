"""Follows: a channel follows a person or organisation (by identity, so any of their names,
a surname included, counts) or a topic (words a new article must contain), and hears of each
new article about it once: one message per article, with the followed person's quote if
there is one; ten or more at once become one grouped message.

Notices are claimed in the store before posting (one per follow and article), so several
replicas, restarts and a re-ingest of an unchanged article never post one twice."""

import logging
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from sqlmodel import Session

from bot.answer import Answer, Section, cite, outlet
from bot.answers import names_well, people_matching
from bot.commands import Command
from bot.library import Library
from bot.render import to_message
from bot.search import query_words
from db import follow_queries, queries
from db.engine import session_scope
from db.models import Article, Follow

# Articles stored this recently are matched against the follows: long enough for a bot that
# was down a while, short enough that an old article re-stored as updated stays quiet.
NOTICE_WINDOW = timedelta(hours=6)
GROUP_AT = 10  # this many notices for a channel at once become one message
# A channel's notices wait while its news is still being stored (a burst commits in pieces
# when an article is refused, or across two looks), at most MAX_HOLD from the first.
SETTLE = timedelta(seconds=3)
MAX_HOLD = timedelta(seconds=30)
# Slack errors that mean the channel cannot take messages: its follows are paused.
CHANNEL_GONE = {
    "not_in_channel": "paused: I am not in this channel; invite me with /invite @newsbot",
    "channel_not_found": "paused: the channel no longer exists",
    "is_archived": "paused: the channel is archived",
}

log = logging.getLogger("newsbot.follows")


def utc(moment: datetime) -> datetime:
    """SQLite gives back naive UTC times, PostgreSQL aware ones."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


@dataclass(frozen=True)
class Target:
    key: str
    label: str
    actor_id: int | None = None


def follow_target(text: str, session: Session, library: Library) -> Target:
    """A person or organisation when the words name one well; otherwise a topic."""
    words = query_words(text)
    matches = people_matching(library.names.match(text, limit=5), session)
    if len(words) == 1:
        # a surname alone is whom the archive names so most often, as /who opens it
        named = [m for m in matches if words[0] in query_words(m.name)]
        counts = queries.article_counts(session, [m.actor_id for m in named])
        matches = sorted(named, key=lambda m: -counts.get(m.actor_id, 0)) or matches
    if matches and names_well(text, matches[0]):
        best = matches[0]
        return Target(f"actor:{best.actor_id}", best.name, best.actor_id)
    return Target("topic:" + " ".join(words), " ".join(text.split()))


def follow_answer(
    command: Command, channel: str, user: str, database_url: str, library: Library
) -> Answer:
    """`follow X`, `unfollow X` and `following`, in `channel`."""
    if not channel:
        return Answer(
            "Follows belong to a Slack channel",
            note="Use `/newsbot follow NAME` in the channel that should hear of new articles.",
        )
    with session_scope(database_url) as session:
        library.refresh(session)
        if command.kind == "following":
            return following_answer(follow_queries.channel_follows(session, channel))
        target = follow_target(command.query, session, library)
        if not target.key.removeprefix("topic:"):
            return Answer(f"“{command.query}” names nothing to follow", note="Try a name or words.")
        if command.kind == "unfollow":
            return unfollow_answer(session, channel, command.query, target)
        paused = [f for f in follow_queries.channel_follows(session, channel) if f.paused]
        _, new = follow_queries.add_follow(
            session,
            channel,
            target.key,
            target.label,
            target.actor_id,
            user,
            datetime.now(UTC),
        )
    what = "articles naming or quoting" if target.actor_id else "articles about"
    sections = [Section(body=f"I will post here when new {what} {target.label} arrive.")]
    if paused:
        names = ", ".join(f.label for f in paused)
        sections.append(Section(body=f"Resumed what was paused in this channel: {names}."))
    return Answer(
        f"{'Following' if new else 'Still following'} {target.label} in this channel",
        sections,
        note="`/newsbot following` lists this channel's follows; if I am not in the channel, "
        "invite me with `/invite @newsbot`.",
    )


def unfollow_answer(session: Session, channel: str, text: str, target: Target) -> Answer:
    wanted = " ".join(text.split()).casefold()
    follows = follow_queries.channel_follows(session, channel)
    found = [f for f in follows if f.key == target.key or f.label.casefold() == wanted]
    if not found:
        return following_answer(follows, title=f"This channel does not follow “{text}”")
    follow_queries.remove_follow(session, found[0].id)
    return Answer(f"Stopped following {found[0].label} in this channel")


def following_answer(follows: list[Follow], title: str = "") -> Answer:
    if not follows:
        return Answer(
            title or "This channel follows nothing yet",
            note="Follow a person or a topic: `/newsbot follow takaichi`, "
            "`/newsbot follow chip exports`.",
        )
    lines = [f"• {f.label}" + (f" ({f.paused})" if f.paused else "") for f in follows]
    return Answer(
        title or f"This channel follows ({len(follows)})",
        [Section(body="\n".join(lines))],
        note="`/newsbot unfollow NAME` stops one.",
    )


# --- notices -----------------------------------------------------------------------------


def matches(follow: Follow, people: set[int], words: set[str]) -> bool:
    """Whether an article naming `people` (by identity) and holding `words` is news for
    the follow."""
    if follow.actor_id is not None:
        return follow.actor_id in people
    wanted = follow.key.removeprefix("topic:").split()
    return bool(wanted) and all(word in words for word in wanted)


def pending_notices(session: Session, now: datetime) -> dict[str, list[tuple[Article, list]]]:
    """channel -> [(article, its matching follows)] not noticed yet, oldest article first."""
    follows = follow_queries.active_follows(session)
    if not follows:
        return {}
    articles = follow_queries.articles_stored_since(session, now - NOTICE_WINDOW)
    ids = [article.id for article in articles]
    if not ids:
        return {}
    people = follow_queries.people_in(session, ids)
    done = follow_queries.noticed(session, [f.id for f in follows], ids)
    pending: dict[str, list[tuple[Article, list]]] = defaultdict(list)
    for article in articles:
        words = set(query_words(f"{article.title} {article.body}"))
        by_channel: dict[str, list[Follow]] = defaultdict(list)
        for follow in follows:
            fresh = utc(article.ingested_at) >= utc(follow.created_at)  # news since the follow
            new = (follow.id, article.id) not in done
            if fresh and new and matches(follow, people[article.id], words):
                by_channel[follow.channel].append(follow)
        for channel, matched in by_channel.items():
            pending[channel].append((article, matched))
    return pending


def notice(session: Session, article: Article, follows: list[Follow]) -> Answer:
    sections = [Section(body=article.summary, cited=cite(article, outlet(article.source)))]
    for follow in follows:
        if follow.actor_id is not None:
            quotes = follow_queries.quotes_by(session, article.id, follow.actor_id)
            if quotes:
                sections.append(Section(quotes[0].speaker, passage=quotes[0].text))
    labels = ", ".join(f.label for f in follows)
    return Answer(article.title, sections, note=f"Following: {labels}")


def grouped_notice(items: list[tuple[Article, list]]) -> Answer:
    lines = [
        f"• {a.title} ({a.date.isoformat()} · {outlet(a.source)}): "
        + ", ".join(f.label for f in follows)
        for a, follows in items
    ]
    return Answer(
        f"{len(items)} new articles on what this channel follows",
        [Section(body="\n".join(lines))],
        note="`/news TITLE WORDS` shows any of them.",
    )


def deliver_notices(
    database_url: str, client: WebClient, now: datetime | None = None, settle: bool = True
) -> int:
    """Post what is new for every channel's follows; the number of articles noticed. With
    `settle`, a channel whose news is still being stored waits for the next look (an
    ingest that has just finished posts at once: nothing more is coming from it)."""
    now = now or datetime.now(UTC)
    with session_scope(database_url) as session:
        pending = pending_notices(session, now)
    posted = 0
    for channel, items in pending.items():
        if settle and still_arriving(items, now):
            continue  # a burst being stored: noticed together at the next look
        claimed = claim(database_url, items, now)
        if claimed:
            posted += post_notices(database_url, client, channel, claimed)
    return posted


def still_arriving(items: list[tuple[Article, list]], now: datetime) -> bool:
    """Whether a channel's news is still coming in (the newest stored moments ago, the oldest
    not long held), so that a burst stored in several pieces becomes one grouped message."""
    stored = [utc(article.ingested_at) for article, _ in items]
    return now - max(stored) < SETTLE and now - min(stored) < MAX_HOLD


def claim(database_url: str, items: list[tuple[Article, list]], now: datetime) -> list:
    """The items this process claimed (an article with any follow claimed elsewhere is
    left to that process for that follow); none when another process claimed the first,
    so that two replicas looking at once do not split a burst into single notices (each
    claim commits on its own on SQLite)."""
    claimed = []
    with session_scope(database_url) as session:
        for article, follows in items:
            mine = [
                f for f in follows if follow_queries.claim_notice(session, f.id, article.id, now)
            ]
            if not mine and not claimed:
                # the first is another process's: it is taking this channel's notices now,
                # and they stay one grouped message only if it takes them all
                return []
            if mine:
                claimed.append((article, mine))
    return claimed


def post_notices(database_url: str, client: WebClient, channel: str, items: list) -> int:
    """Post the channel's claimed notices, each marked posted as soon as Slack has it; the
    number of articles posted."""
    with session_scope(database_url) as session:
        if len(items) >= GROUP_AT:
            messages = [(grouped_notice(items), items)]
        else:
            messages = [(notice(session, a, follows), [(a, follows)]) for a, follows in items]
    posted = 0
    for index, (message, covered) in enumerate(messages):
        pairs = [(f.id, article.id) for article, follows in covered for f in follows]
        try:
            client.chat_postMessage(channel=channel, **to_message(message))
        except SlackApiError as err:
            error = err.response.get("error", "")
            log.warning("follow notice for %s not posted: %s", channel, error or err)
            left = [(f.id, a.id) for _, part in messages[index:] for a, fs in part for f in fs]
            with session_scope(database_url) as session:
                if error in CHANNEL_GONE:
                    follow_queries.pause_follows(session, channel, CHANNEL_GONE[error])
                    follow_queries.set_notice_status(session, left, "dropped")
                else:
                    follow_queries.set_notice_status(session, left, None)  # tried again later
            return posted
        with session_scope(database_url) as session:
            follow_queries.set_notice_status(session, pairs, "posted")
        posted += len(covered)
    return posted
