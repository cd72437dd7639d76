"""All reads and writes of the store."""

import functools
import uuid
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Literal, NamedTuple

from sqlalchemy import bindparam, delete, false, func, insert, or_, text, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import aliased
from sqlmodel import Session, SQLModel, col, select

from db.models import (
    Actor,
    ActorAlias,
    Article,
    DigestArticle,
    DigestPost,
    Mention,
    Quote,
    Role,
    SeenEvent,
    StoreIdentity,
    StoryBand,
    ThreadSubject,
)

Outcome = Literal["new", "updated", "unchanged"]


@dataclass(frozen=True)
class ActorData:
    key: str
    name: str
    kind: str
    aliases: Iterable[str]
    roles: Iterable[str]
    mentions: int
    surname: str = ""  # bot.person_names.surname_key


@dataclass(frozen=True)
class QuoteData:
    text: str
    speaker_key: str | None
    speaker: str
    paragraph: int
    sentence: int
    partial: bool
    named: bool = True
    # whether the quote follows its speaker's archive link (bot.identity): a full name's
    # quotes always do, a lone surname's only when the attribution names the speaker
    follows_person: bool = True


@dataclass(frozen=True)
class ArticleData:
    source: str
    content_hash: str
    date: date
    published: datetime | None
    title: str
    paragraphs: tuple[str, ...]
    summary: str
    actors: list[ActorData]
    quotes: list[QuoteData]
    byline: str = ""
    story_bands: list[tuple[int, int]] = field(default_factory=list)  # bot.stories
    story_signature: bytes = b""  # bot.stories: the signature the bands were cut from


# Where a quote or an actor appears: the article's id, date, title and source (not its body).
ARTICLE_REF = (Article.id, Article.date, Article.title, Article.source)


class ArticleRef(NamedTuple):
    id: int
    date: date
    title: str
    source: str


def with_refs(rows) -> list[tuple[Quote, ArticleRef]]:
    return [(quote, ArticleRef(*ref)) for quote, *ref in rows]


def surnames_named_in(session: Session, article_id: int) -> set[str]:
    """The surname keys of the actors an article names (its families)."""
    query = (
        select(Actor.surname)
        .join(Mention, Mention.actor_id == Actor.id)
        .where(Mention.article_id == article_id, Actor.surname != "")
    )
    return set(session.exec(query).all())


def upsert_article(
    session: Session, data: ArticleData, named_before: set[str] | None = None
) -> tuple[Outcome, int]:
    """Store the article row (the caller commits) and say whether it is new, an update of the
    article from the same source (its derived rows cleared), or unchanged (the same content
    is stored already); with the article's id. The surnames an updated article named
    before are added to `named_before`."""
    # Core statements, not the ORM's unit of work: an ingest runs these for every article
    table = Article.__table__
    connection = session.connection()
    known = connection.execute(
        select(table.c.id, table.c.content_hash).where(
            (table.c.content_hash == data.content_hash) | (table.c.source == data.source)
        )
    ).all()
    same = [row for row in known if row.content_hash == data.content_hash]
    if same:
        return "unchanged", same[0].id
    values = {
        "ingested_at": datetime.now(UTC),
        "content_hash": data.content_hash,
        "date": data.date,
        "published": data.published,
        "title": data.title,
        "body": "\n".join(data.paragraphs),
        "summary": data.summary,
        "byline": data.byline,
    }
    if not known:
        inserted = connection.execute(
            insert(table).returning(table.c.id), values | {"source": data.source}
        )
        return "new", inserted.scalar_one()
    article_id = known[0].id
    if named_before is not None:
        named_before.update(surnames_named_in(session, article_id))
    clear_derived_rows(session, article_id)
    connection.execute(update(table).where(table.c.id == article_id).values(values))
    session.expire_all()  # an Article read before in this session is stale now
    return "updated", article_id


def insert_derived_rows(
    session: Session,
    article_id: int,
    data: ArticleData,
    actor_ids: dict[str, int],
    persons: dict[int, int],
) -> None:
    """The article's mentions, roles and quotes, its actors stored under `actor_ids` (actor
    key -> id) and linked to the persons `persons` gives (actor id -> person id); a quote
    whose speaker is not among them has no actor."""

    def linked(key: str, follows: bool = True) -> dict:
        # a quote "she said" of a lone surname stays with the surname (bot.identity)
        actor_id = actor_ids[key]
        person = persons[actor_id] if follows else actor_id
        return {"article_id": article_id, "actor_id": actor_id, "person_id": person}

    mentions = [linked(a.key) | {"count": a.mentions, "date": data.date} for a in data.actors]
    insert_rows(session, Mention, mentions)
    roles = [
        linked(a.key) | {"text": role, "date": data.date} for a in data.actors for role in a.roles
    ]
    insert_rows(session, Role, roles)
    quotes = [
        {
            **(
                linked(quote.speaker_key, quote.follows_person)
                if quote.speaker_key in actor_ids
                else no_speaker(article_id)
            ),
            "speaker": quote.speaker,
            "text": quote.text,
            "paragraph": quote.paragraph,
            "sentence": quote.sentence,
            "partial": quote.partial,
            "named": quote.named,
            "date": data.date,
        }
        for quote in data.quotes
    ]
    insert_rows(session, Quote, quotes)


def no_speaker(article_id: int) -> dict:
    return {"article_id": article_id, "actor_id": None, "person_id": None}


def insert_rows(session: Session, table: type[SQLModel], rows: list[dict]) -> None:
    # Core, not the ORM's bulk path: these rows are never read back as objects here.
    if rows:
        session.connection().execute(insert(table.__table__), rows)


def upsert_ignoring_duplicates(session: Session, table: type[SQLModel], rows: list[dict]) -> None:
    """Insert rows, skipping those whose unique key exists (another ingest may add them too)."""
    if not rows:
        return
    dialect = session.get_bind().dialect.name
    insert_for = postgresql_insert if dialect == "postgresql" else sqlite_insert
    session.connection().execute(insert_for(table.__table__).on_conflict_do_nothing(), rows)


# --- actors and their aliases --------------------------------------------------------------
# Whether two actors are the same one is the application's call: these read, write and move
# rows as told.


class StoredActor(NamedTuple):
    id: int
    person_id: int  # the person the actor is as a whole (its own id when not linked)


def upsert_actors(session: Session, actors: list[ActorData]) -> dict[str, StoredActor]:
    """Key -> id and person of these actors, creating the new ones, in one statement: the
    no-op update on conflict makes the existing rows return theirs too."""
    rows = list(
        {
            a.key: {"key": a.key, "name": a.name, "kind": a.kind, "surname": a.surname}
            for a in actors
        }.values()
    )
    if not rows:
        return {}
    statement = actor_upsert(session.get_bind().dialect.name)
    rows = session.connection().execute(statement, rows).all()
    return {key: StoredActor(id_, person_id or id_) for key, id_, person_id in rows}


@functools.cache
def actor_upsert(dialect: str):
    """The statement of `upsert_actors`, built once and run with many rows (compiling it
    anew for each article's number of actors cost more than running it)."""
    insert_for = postgresql_insert if dialect == "postgresql" else sqlite_insert
    statement = insert_for(Actor.__table__)
    return statement.on_conflict_do_update(
        index_elements=["key"], set_={"key": statement.excluded.key}
    ).returning(Actor.__table__.c.key, Actor.__table__.c.id, Actor.__table__.c.person_id)


def add_aliases(session: Session, aliases: list[tuple[int, str]]) -> None:
    """Store (actor id, alias) pairs; those already stored are skipped."""
    rows = [{"actor_id": actor_id, "alias": alias} for actor_id, alias in aliases]
    upsert_ignoring_duplicates(session, ActorAlias, rows)


class AliasOwner(NamedTuple):
    alias: str
    actor_id: int
    kind: str
    key: str


def actors_by_alias(session: Session, aliases_by_kind: dict[str, list[str]]) -> list[AliasOwner]:
    """In one query: the actors of each kind ("PER", "ORG") that go by one of the aliases
    given for that kind, one row per (alias, actor)."""
    wanted = [
        col(ActorAlias.alias).in_(aliases) & (Actor.kind == kind)
        for kind, aliases in aliases_by_kind.items()
        if aliases
    ]
    if not wanted:
        return []
    rows = session.exec(
        select(ActorAlias.alias, Actor.id, Actor.kind, Actor.key)
        .join(Actor, ActorAlias.actor_id == Actor.id)
        .where(or_(*wanted))
    )
    return [AliasOwner(*row) for row in rows]


# --- identity links ------------------------------------------------------------------------
# Which actors are one person is bot.identity's call; these read and write the links.


def persons_of(session: Session, actor_ids: Collection[int]) -> dict[int, int]:
    """Actor id -> the person it is linked to as a whole (itself when it is not linked)."""
    rows = session.exec(select(Actor.id, Actor.person_id).where(col(Actor.id).in_(actor_ids)))
    return {actor_id: person_id or actor_id for actor_id, person_id in rows}


def people_of(session: Session, actor_ids: Collection[int]) -> dict[int, Actor]:
    """Actor id -> the actor row of the person it is linked to as a whole (its own row when
    it is not linked), in one query."""
    person = aliased(Actor)
    query = (
        select(Actor.id, person)
        .join(person, person.id == func.coalesce(Actor.person_id, Actor.id))
        .where(col(Actor.id).in_(actor_ids))
    )
    return dict(session.exec(query).all())


class NamedActor(NamedTuple):
    id: int
    name: str
    surname: str
    person_id: int | None


def actors_by_surname(session: Session, surnames: Collection[str] | None) -> list[NamedActor]:
    """The actors that have one of these surnames (all that have one, when None)."""
    query = select(Actor.id, Actor.name, Actor.surname, Actor.person_id).order_by(Actor.id)
    if surnames is None:
        query = query.where(Actor.surname != "")
    else:
        query = query.where(col(Actor.surname).in_(surnames))
    return [NamedActor(*row) for row in session.exec(query)]


ID_CHUNK = 10_000


class Appearance(NamedTuple):
    actor_id: int
    article_id: int
    date: date
    person_id: int


def appearances(session: Session, actor_ids: Collection[int]) -> list[Appearance]:
    """Each article each of these actors is named in, with its date and current link."""
    ids = sorted(actor_ids)
    found: list[Appearance] = []
    for start in range(0, len(ids), ID_CHUNK):  # bounded parameter lists on any driver
        query = (
            select(Mention.actor_id, Mention.article_id, Article.date, Mention.person_id)
            .join(Article)
            .where(col(Mention.actor_id).in_(ids[start : start + ID_CHUNK]))
        )
        found.extend(Appearance(*row) for row in session.exec(query))
    return found


def link_rows(
    session: Session,
    actor_id: int,
    person_id: int,
    article_ids: Collection[int] | None = None,
    quotes_named_only: bool = False,
) -> None:
    """Link the actor's mentions, roles and quotes (in `article_ids`, or all) to `person_id`;
    with `quotes_named_only`, of its quotes only those whose attribution names the speaker
    (the others are linked to the actor itself)."""
    for table in (Mention, Role, Quote):
        statement = update(table).where(table.actor_id == actor_id)
        if article_ids is not None:
            statement = statement.where(col(table.article_id).in_(article_ids))
        if table is Quote and quotes_named_only:
            session.exec(statement.where(~col(Quote.named)).values(person_id=actor_id))
            statement = statement.where(col(Quote.named))
        session.exec(statement.values(person_id=person_id))


def link_actor(session: Session, actor_id: int, person_id: int | None) -> None:
    """Link the actor as a whole to `person_id` (None: it is its own person)."""
    session.exec(update(Actor).where(Actor.id == actor_id).values(person_id=person_id))


def linked_actor_count(session: Session) -> int:
    """Actors whose every mention is another actor's person."""
    query = select(func.count()).select_from(Actor).where(col(Actor.person_id).is_not(None))
    return session.exec(query).one()


IDENTITY_LOCK = 7_265_002  # any constant: one resolution at a time across replicas


def lock_identity(session: Session) -> None:
    """Hold the identity lock until the transaction ends, so replicas ingesting at once
    resolve one after the other, each seeing what the other committed. On SQLite that is
    the store's write lock, taken by a write that changes nothing: its transaction would
    otherwise start at its first write, after resolve had read what it links."""
    if session.get_bind().dialect.name == "postgresql":
        session.exec(text("SELECT pg_advisory_xact_lock(:key)").bindparams(key=IDENTITY_LOCK))
    else:
        session.exec(update(StoreIdentity).where(false()).values(uuid=StoreIdentity.uuid))


def unlink_all(session: Session) -> None:
    """Every actor its own person again: what the store holds before any resolution."""
    session.exec(update(Actor).values(person_id=None))
    for table in (Mention, Role, Quote):
        session.exec(update(table).values(person_id=table.actor_id))


def clear_derived_rows(session: Session, article_id: int) -> None:
    for table in (Mention, Role, Quote, StoryBand):
        session.exec(delete(table).where(table.article_id == article_id))


# --- stories: one story from several outlets (bot.stories decides) -----------------------


def articles_sharing_bands(
    session: Session, bands: list[tuple[int, int]], article_id: int
) -> list[Article]:
    """The first articles of stories (one per story: a wire story reprinted fifty times is
    compared once) other than `article_id` that share a signature band with it, oldest
    first."""
    if not bands:
        return []
    if [band for band, _ in bands] != list(range(len(bands))):
        raise ValueError("bands are numbered from 0, in order")
    hashes = {f"hash{band}": value for band, value in bands}
    return list(session.exec(story_founders(len(bands)), params={**hashes, "article": article_id}))


@functools.cache
def story_founders(bands: int):
    """The statement of `articles_sharing_bands` for a signature of `bands` bands (built
    once: building it cost more than running it)."""
    shared = or_(
        *(
            (StoryBand.band == band) & (StoryBand.hash == bindparam(f"hash{band}"))
            for band in range(bands)
        )
    )
    ids = select(StoryBand.article_id).where(shared, StoryBand.article_id != bindparam("article"))
    return (
        select(Article)
        .where(col(Article.id).in_(ids), col(Article.story_id).is_(None))
        .order_by(Article.id)
    )


def set_story(
    session: Session, article_id: int, story_id: int | None, bands: list[tuple[int, int]]
) -> None:
    """The article joins the story of `story_id` (None: a story of its own), and its bands
    are kept for the articles that come after it."""
    table = Article.__table__  # Core: the ORM's update costs more than the write
    session.connection().execute(
        update(table).where(table.c.id == article_id).values(story_id=story_id)
    )
    if bands:
        session.connection().execute(
            insert(StoryBand.__table__),
            [{"article_id": article_id, "band": band, "hash": value} for band, value in bands],
        )


def leave_story(session: Session, article_id: int) -> None:
    """An article about to be retold otherwise (updated) hands the story it started to the
    next of its members, which the others then follow."""
    members = list(
        session.exec(select(Article.id).where(Article.story_id == article_id).order_by(Article.id))
    )
    if members:
        session.exec(update(Article).where(Article.id == members[0]).values(story_id=None))
        session.exec(
            update(Article).where(col(Article.id).in_(members[1:])).values(story_id=members[0])
        )


def story_of(article: "Article | StoryMember") -> int:
    return article.story_id or article.id


def stories_of(session: Session, ids: list[int]) -> dict[int, int]:
    """Article id -> the id of its story's first article."""
    rows = session.exec(select(Article.id, Article.story_id).where(col(Article.id).in_(ids)))
    return {id_: story or id_ for id_, story in rows}


class StoryMember(NamedTuple):
    id: int
    story_id: int | None
    source: str


def story_members(session: Session, stories: Collection[int]) -> dict[int, list[StoryMember]]:
    """Each story's articles (id, story, source: no text), oldest first."""
    if not stories:
        return {}
    query = (
        select(Article.id, Article.story_id, Article.source)
        .where(col(Article.id).in_(stories) | col(Article.story_id).in_(stories))
        .order_by(Article.id)
    )
    members: dict[int, list[StoryMember]] = defaultdict(list)
    for row in session.exec(query):
        member = StoryMember(*row)
        members[story_of(member)].append(member)
    return members


def count_articles(session: Session) -> int:
    return session.exec(select(func.count()).select_from(Article)).one()


def store_identity(session: Session) -> str:
    """This store's lifelong name, made on first asking (by whichever process asks first)."""
    found = session.exec(select(StoreIdentity.uuid)).first()
    if found is None:
        upsert_ignoring_duplicates(session, StoreIdentity, [{"id": 1, "uuid": uuid.uuid4().hex}])
        session.commit()
        found = session.exec(select(StoreIdentity.uuid)).one()
    return found


def highest_article(session: Session) -> int:
    """The greatest article id (0 when there is none)."""
    return session.exec(select(func.coalesce(func.max(Article.id), 0))).one()


def latest_ingest(session: Session) -> datetime | None:
    return session.exec(select(func.max(Article.ingested_at))).one()


def articles_stored_since(
    session: Session, since: datetime | None, batch: int = 2000
) -> Iterator[tuple[Article, tuple[str, ...]]]:
    """Articles stored (or updated) at or after `since` (all when None), with their actors'
    names, read in batches so a large store is not held in memory twice."""
    query = select(Article).order_by(Article.id)
    if since is not None:
        query = query.where(Article.ingested_at >= since)
    after = 0
    while True:
        articles = list(session.exec(query.where(Article.id > after).limit(batch)))
        if not articles:
            return
        ids = [article.id for article in articles]
        names: dict[int, list[str]] = defaultdict(list)
        rows = session.exec(
            select(Mention.article_id, Actor.name)
            .join(Actor)
            .where(col(Mention.article_id).in_(ids))
        )
        for article_id, name in rows:
            names[article_id].append(name)
        for article in articles:
            yield article, tuple(names[article.id])
        after = ids[-1]


def aliases_after(session: Session, alias_id: int) -> list[tuple[int, int, str, str]]:
    """(alias id, actor id, actor name, alias) of aliases stored after `alias_id`."""
    query = (
        select(ActorAlias.id, Actor.id, Actor.name, ActorAlias.alias)
        .join(Actor, ActorAlias.actor_id == Actor.id)
        .where(ActorAlias.id > alias_id)
        .order_by(ActorAlias.id)
    )
    return list(session.exec(query))


def quotes_after(session: Session, quote_id: int) -> list[tuple[int, str, str, str, str]]:
    """(quote id, speaker, text, article title, the speaker's roles there) of quotes stored
    after `quote_id`."""
    return indexed_quotes(session, Quote.id > quote_id)


def quotes_of_articles(
    session: Session, article_ids: list[int], up_to: int
) -> list[tuple[int, str, str, str, str]]:
    """As `quotes_after`, for the quotes of these articles with ids up to `up_to`."""
    found = []
    for some in chunks(article_ids, 500):
        found += indexed_quotes(session, col(Quote.article_id).in_(some) & (Quote.id <= up_to))
    return found


def indexed_quotes(session: Session, condition) -> list[tuple[int, str, str, str, str]]:
    query = (
        select(Quote.id, Quote.speaker, Quote.text, Article.title, Role.text)
        .join(Article, Quote.article_id == Article.id)
        .outerjoin(Role, (Role.article_id == Quote.article_id) & (Role.actor_id == Quote.actor_id))
        .where(condition)
        .order_by(Quote.id)
    )
    found: dict[int, tuple[int, str, str, str, str]] = {}
    for qid, speaker, said, title, role in session.exec(query):
        roles = f"{found[qid][4]} {role}" if qid in found else role or ""
        found[qid] = (qid, speaker, said, title, roles.strip())
    return list(found.values())


def speakers_roles(session: Session, quote_ids: list[int]) -> dict[int, str]:
    """Per quote id: its speaker's roles in its article, as one text."""
    found = {}
    for some in chunks(quote_ids, 500):
        found |= {qid: roles for qid, *_, roles in indexed_quotes(session, col(Quote.id).in_(some))}
    return found


def chunks(ids: list[int], size: int) -> Iterator[list[int]]:
    """`ids` in lists of at most `size`: a statement's parameters are bounded."""
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def roles_after(session: Session, role_id: int) -> list[tuple[int, str]]:
    """(role id, text) of roles stored after `role_id`."""
    return indexed_roles(session, Role.id > role_id)


def roles_of_articles(
    session: Session, article_ids: list[int], up_to: int
) -> list[tuple[int, str]]:
    """As `roles_after`, for the roles of these articles with ids up to `up_to`."""
    found: list[tuple[int, str]] = []
    for some in chunks(article_ids, 500):
        found += indexed_roles(session, col(Role.article_id).in_(some) & (Role.id <= up_to))
    return found


def indexed_roles(session: Session, condition) -> list[tuple[int, str]]:
    return list(session.exec(select(Role.id, Role.text).where(condition).order_by(Role.id)))


class HeldRole(NamedTuple):
    text: str
    person_id: int
    person: str  # the person's name
    article: ArticleRef


def held_roles(session: Session, role_ids: list[int]) -> list[HeldRole]:
    """The roles (still stored) with the person they are of and the article stating them."""
    person = aliased(Actor)
    found: list[HeldRole] = []
    for chunk in chunks(role_ids, 1000):
        query = (
            select(Role.text, Role.person_id, person.name, *ARTICLE_REF)
            .join(Article, Role.article_id == Article.id)
            .join(person, person.id == Role.person_id)
            .where(col(Role.id).in_(chunk))
        )
        found += [
            HeldRole(text, pid, name, ArticleRef(*ref))
            for text, pid, name, *ref in session.exec(query)
        ]
    return found


class NamedIn(NamedTuple):
    person_id: int
    name: str  # the person's
    alias: str  # a name the article may use
    kind: str


def names_in_articles(session: Session, article_ids: list[int]) -> dict[int, list[NamedIn]]:
    """Per article: its actors, each by every name it may use there."""
    person = aliased(Actor)
    query = (
        select(Mention.article_id, Mention.person_id, person.name, ActorAlias.alias, person.kind)
        .join(ActorAlias, ActorAlias.actor_id == Mention.actor_id)
        .join(person, person.id == Mention.person_id)
        .where(col(Mention.article_id).in_(article_ids))
    )
    found: dict[int, list[NamedIn]] = defaultdict(list)
    for article_id, *named in session.exec(query):
        found[article_id].append(NamedIn(*named))
    return found


def article_texts(session: Session, article_ids: Collection[int]) -> dict[int, str]:
    """Title and body of each article, for what a role leaves unsaid."""
    query = select(Article.id, Article.title, Article.body).where(col(Article.id).in_(article_ids))
    return {article_id: f"{title}\n{body}" for article_id, title, body in session.exec(query)}


def quotes_by_ids(session: Session, ids: list[int]) -> list[tuple[Quote, ArticleRef]]:
    query = select(Quote, *ARTICLE_REF).join(Article).where(col(Quote.id).in_(ids))
    return with_refs(session.exec(query))


def articles_by_ids(session: Session, ids: list[int]) -> dict[int, Article]:
    rows = session.exec(select(Article).where(col(Article.id).in_(ids)))
    return {article.id: article for article in rows}


def articles_on(session: Session, day: date) -> list[Article]:
    query = select(Article).where(Article.date == day).order_by(col(Article.published), Article.id)
    return list(session.exec(query))


def latest_article_date(session: Session) -> date | None:
    return session.exec(select(func.max(Article.date))).one()


def get_actor(session: Session, actor_id: int) -> Actor | None:
    return session.get(Actor, actor_id)


def actors_by_ids(session: Session, ids: Collection[int]) -> dict[int, Actor]:
    return {actor.id: actor for actor in session.exec(select(Actor).where(col(Actor.id).in_(ids)))}


def article_counts(session: Session, person_ids: Collection[int]) -> dict[int, int]:
    """Person id -> how many articles name them."""
    query = (
        select(Mention.person_id, func.count(func.distinct(Mention.article_id)))
        .where(col(Mention.person_id).in_(person_ids))
        .group_by(Mention.person_id)
    )
    return dict(session.exec(query).all())


# A profile's statements are built once: building one costs about as much as running it.
PERSON = bindparam("person")
LIMIT = bindparam("limit")
COVERAGE = select(
    func.count(func.distinct(Mention.article_id)), func.min(Mention.date), func.max(Mention.date)
).where(Mention.person_id == PERSON)
NEWEST_MENTIONS = (
    select(Mention.article_id)
    .where(Mention.person_id == PERSON)
    .order_by(col(Mention.date).desc(), col(Mention.article_id).desc())
)
NEWEST_ARTICLES = (
    select(*ARTICLE_REF)
    # twice as many mentions: an article may name the person by two names
    .where(col(Article.id).in_(NEWEST_MENTIONS.limit(2 * LIMIT)))
    .order_by(col(Article.date).desc(), col(Article.id).desc())
    .limit(LIMIT)
)


def actor_coverage(session: Session, actor_id: int) -> tuple[int, date, date]:
    """How many articles name the person (by any of their names), and the first and last of
    their dates."""
    return tuple(session.exec(COVERAGE, params={"person": actor_id}).one())


def actor_sources(session: Session, actor_id: int, limit: int) -> list[ArticleRef]:
    """The newest articles naming the person (id, date, title, source)."""
    rows = session.exec(NEWEST_ARTICLES, params={"person": actor_id, "limit": limit})
    return [ArticleRef(*row) for row in rows]


class StatedRole(NamedTuple):
    text: str
    first: date
    last: date
    times: int


def actor_roles(session: Session, actor_id: int) -> list[StatedRole]:
    """Each distinct role text stated for the person, with the first and last date it was
    stated and how often."""
    return [StatedRole(*row) for row in session.exec(ROLES, params={"person": actor_id})]


ROLES = (
    select(Role.text, func.min(Role.date), func.max(Role.date), func.count())
    .where(Role.person_id == PERSON)
    .group_by(Role.text)
)


COMPANION_ARTICLES = 200  # the newest articles of an actor that companions are counted in


def co_actors(session: Session, actor_id: int, limit: int) -> list[tuple[Actor, int]]:
    """Actors named in the same articles (the actor's newest ones), with how many articles
    they share: bounded work for an actor named in thousands of articles."""
    return list(session.exec(COMPANIONS, params={"person": actor_id, "limit": limit}))


SHARED = func.count(func.distinct(Mention.article_id)).label("shared")
COMPANIONS = (
    select(Actor, SHARED)
    .join(Mention, Mention.person_id == Actor.id)
    .where(
        col(Mention.article_id).in_(NEWEST_MENTIONS.limit(COMPANION_ARTICLES)),
        Actor.id != PERSON,
    )
    .group_by(Actor.id)
    .order_by(SHARED.desc(), func.sum(Mention.count).desc())
    .limit(LIMIT)
)


def latest_roles_of(session: Session, actor_ids: list[int]) -> dict[int, list[str]]:
    """Each actor's distinct stated roles, newest first."""
    last = func.max(Role.date).label("last")
    query = (
        select(Role.person_id, Role.text, last)
        .where(col(Role.person_id).in_(actor_ids))
        .group_by(Role.person_id, Role.text)
        .order_by(last.desc())
    )
    roles: dict[int, list[str]] = {}
    for actor_id, role, _ in session.exec(query):
        roles.setdefault(actor_id, []).append(role)
    return roles


def aliases_of(session: Session, actor_ids: list[int]) -> dict[int, list[str]]:
    """Every name each of the actors goes by ("EU" and "European Union")."""
    query = select(ActorAlias.actor_id, ActorAlias.alias).where(
        col(ActorAlias.actor_id).in_(actor_ids)
    )
    names: dict[int, list[str]] = {}
    for actor_id, alias in session.exec(query):
        names.setdefault(actor_id, []).append(alias)
    return names


def quotes_of(
    session: Session, actor_id: int, limit: int | None = None
) -> list[tuple[Quote, ArticleRef]]:
    """(Quote, article id, date, title) of the actor's quotes: whole ones, then newest first
    (the `limit` first, read from the index, when given)."""
    if limit is None:
        return with_refs(session.exec(QUOTES_OF, params={"person": actor_id}))
    rows: list[tuple[Quote, ArticleRef]] = []
    for partial in (False, True):
        wanted = {"person": actor_id, "partial": partial, "limit": limit - len(rows)}
        rows += with_refs(session.exec(QUOTES_OF_KIND, params=wanted))
        if len(rows) >= limit:
            break
    return rows


NEWEST_FIRST = (col(Quote.date).desc(), Quote.id)  # a day's quotes in the article's order
QUOTES_OF = (
    select(Quote, *ARTICLE_REF)
    .join(Article)
    .where(Quote.person_id == PERSON)
    .order_by(col(Quote.partial), *NEWEST_FIRST)
)
QUOTES_OF_KIND = (
    select(Quote, *ARTICLE_REF)
    .join(Article)
    .where(Quote.person_id == PERSON, Quote.partial == bindparam("partial"))
    .order_by(*NEWEST_FIRST)
    .limit(LIMIT)
)


def claim_event(session: Session, event_id: str, ttl: timedelta) -> bool:
    """True for the first claim of an event id (across processes); False for a repeat."""
    now = datetime.now(UTC)
    session.exec(delete(SeenEvent).where(SeenEvent.seen_at < now - ttl))
    session.add(SeenEvent(event_id=event_id, seen_at=now))
    try:
        session.flush()
    except IntegrityError:
        session.rollback()
        return False
    return True


def thread_subject(session: Session, channel: str, thread_ts: str) -> ThreadSubject | None:
    query = select(ThreadSubject).where(
        ThreadSubject.channel == channel, ThreadSubject.thread_ts == thread_ts
    )
    return session.exec(query).first()


def remember_thread_subject(
    session: Session, channel: str, thread_ts: str, kind: str, query: str, speaker: str, page: int
) -> None:
    subject = thread_subject(session, channel, thread_ts) or ThreadSubject(
        channel=channel, thread_ts=thread_ts
    )
    subject.kind, subject.query, subject.speaker, subject.page = kind, query, speaker, page
    subject.updated_at = datetime.now(UTC)
    session.add(subject)


# --- digests -----------------------------------------------------------------------------

ClaimResult = Literal["claimed", "posted", "busy"]


def claim_digest(
    session: Session, channel: str, day: date, stale_after: timedelta, force: bool = False
) -> tuple[ClaimResult, DigestPost | None]:
    """Claim the (channel, day) digest for posting; the unique key makes one claimer win.

    A failed claim, or one whose claimer vanished (older than `stale_after`), may be retaken;
    a posted one only with `force`.
    """
    now = datetime.now(UTC)
    existing = digest_post(session, channel, day)
    if existing is None:
        post = DigestPost(channel=channel, day=day, status="claimed", claimed_at=now, attempts=1)
        session.add(post)
        try:
            session.flush()
        except IntegrityError:
            session.rollback()
            return "busy", None
        return "claimed", post
    if existing.status == "posted" and not force:
        return "posted", existing
    claimed_at = existing.claimed_at.replace(tzinfo=existing.claimed_at.tzinfo or UTC)
    if existing.status == "claimed" and now - claimed_at < stale_after:
        return "busy", existing
    # Compare-and-set: only one of several racing retakers sees its update applied.
    taken = session.exec(
        update(DigestPost)
        .where(
            DigestPost.id == existing.id,
            DigestPost.status == existing.status,
            DigestPost.attempts == existing.attempts,
        )
        .values(status="claimed", claimed_at=now, attempts=existing.attempts + 1, error="")
    )
    if taken.rowcount != 1:
        return "busy", existing
    session.refresh(existing)
    return "claimed", existing


def finish_digest(session: Session, post_id: int, ts: str, article_ids: list[int]) -> None:
    post = session.get(DigestPost, post_id)
    post.status, post.ts = "posted", ts
    session.add(post)
    covered = set(
        session.exec(select(DigestArticle.article_id).where(DigestArticle.channel == post.channel))
    )
    for article_id in set(article_ids) - covered:
        session.add(DigestArticle(channel=post.channel, article_id=article_id))


def fail_digest(session: Session, post_id: int, error: str) -> None:
    post = session.get(DigestPost, post_id)
    post.status, post.error = "failed", error[:500]
    session.add(post)


def digest_post(session: Session, channel: str, day: date) -> DigestPost | None:
    query = select(DigestPost).where(DigestPost.channel == channel, DigestPost.day == day)
    return session.exec(query).first()


def last_posted_digest_day(session: Session, channel: str, before: date) -> date | None:
    query = select(func.max(DigestPost.day)).where(
        DigestPost.channel == channel, DigestPost.status == "posted", DigestPost.day < before
    )
    return session.exec(query).one()


def uncovered_articles(session: Session, channel: str, since: date, until: date) -> list[Article]:
    """Articles dated since..until that no digest in the channel has covered yet."""
    covered = select(DigestArticle.article_id).where(DigestArticle.channel == channel)
    query = (
        select(Article)
        .where(Article.date >= since, Article.date <= until, col(Article.id).not_in(covered))
        .order_by(col(Article.date), col(Article.published), Article.id)
    )
    return list(session.exec(query))


def day_actors(session: Session, article_ids: list[int]) -> list[tuple[Actor, int]]:
    """The people and organisations of these articles, most mentioned first."""
    total = func.sum(Mention.count).label("total")
    query = (
        select(Actor, total)
        .join(Mention, Mention.person_id == Actor.id)
        .where(col(Mention.article_id).in_(article_ids))
        .group_by(Actor.id)
        .order_by(total.desc(), Actor.name)
    )
    return list(session.exec(query))


def roles_in(session: Session, article_ids: list[int]) -> list[Role]:
    query = select(Role).where(col(Role.article_id).in_(article_ids)).order_by(Role.id)
    return list(session.exec(query))


def roles_before(session: Session, actor_id: int, day: date) -> list[Role]:
    query = (
        select(Role)
        .where(Role.person_id == actor_id, Role.date < day)
        .order_by(col(Role.date).desc(), col(Role.id).desc())
    )
    return list(session.exec(query))


def first_seen(session: Session, actor_ids: list[int]) -> dict[int, date]:
    query = (
        select(Mention.person_id, func.min(Article.date))
        .join(Article)
        .where(col(Mention.person_id).in_(actor_ids))
        .group_by(Mention.person_id)
    )
    return dict(session.exec(query).all())


def quotes_in(session: Session, article_ids: list[int]) -> list[tuple[Quote, ArticleRef]]:
    query = select(Quote, *ARTICLE_REF).join(Article).where(col(Quote.article_id).in_(article_ids))
    return with_refs(session.exec(query))
