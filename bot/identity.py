"""Who is who across articles: when actors stored under different names are one person.

The analysis sees one article at a time: within it, "Comey" is the "James B. Comey" it
names. Across articles these rules decide, over all the actors of one surname (a family):
- full names that may be one person ("James B. Comey Jr", "James Comey", "Jim Comey") are
  one, unless two of them are named apart in one article and differ in a suffix
  (bot.person_names says what may be one);
- a lone surname ("Obama said") in an article is the person of that surname the archive
  names most around the article's date, when that one is named at least DOMINANCE times as
  often as the next, other than one the article names in full (the analysis would have
  linked it to that one); otherwise it stays apart;
- the person is the variant named in most articles, and shows under that name.

Nothing is merged away: every actor keeps its rows, and links (person ids on the actor and
on its mentions, roles and quotes) say whom they are about. `resolve` recomputes the links
of some families, or of all, from what the store holds, so the outcome does not depend on
the order articles arrive in, and `newsbot resolve` rebuilds them all.

A phrase taken for a person that an earlier article made the short name of a firm ("Merrill
Lynch" of "Merrill Lynch and Co Inc") is that firm (identify_actors).
"""

import bisect
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlmodel import Session

from bot.person_names import (
    PersonName,
    closeness,
    is_short_form,
    may_be_same_person,
    parse_name,
    specificity,
)
from db import queries
from db.queries import ActorData, Appearance, NamedActor

DOMINANCE = 3  # how many times more often the person a lone surname means is named
AROUND = timedelta(days=90)  # "around the article's date"


# --- at ingest: an article's actors --------------------------------------------------------


def is_full_name(key: str) -> bool:
    """A name of several words ("taro aso"), not a lone surname or given name."""
    return " " in key


def may_be_known_firm(actor: ActorData) -> bool:
    """A person of several words with no stated role ("Merrill Lynch said") may be a firm
    named after people that an earlier article named in full ("Merrill Lynch and Co Inc");
    a person given a role ("its chairman Ivo Marsh") is a person."""
    return actor.kind == "PER" and is_full_name(actor.key) and not actor.roles


def sole_owners(rows: Iterable[queries.AliasOwner]) -> dict[str, int]:
    """Names only one organisation goes by: a name several go by means none of them."""
    owners: dict[str, set[int]] = defaultdict(set)
    for row in rows:
        owners[row.alias].add(row.actor_id)
    return {alias: next(iter(ids)) for alias, ids in owners.items() if len(ids) == 1}


def identify_actors(
    session: Session, actors: list[ActorData]
) -> tuple[dict[str, int], dict[int, int]]:
    """Key -> id of the article's actors, creating the new ones, and actor id -> the person
    each is known to be; aliases added to all. A phrase taken for a person that is the
    short name of one stored firm is that firm."""
    if not actors:
        return {}, {}
    untitled = [a.name for a in actors if may_be_known_firm(a)]
    firms = sole_owners(queries.actors_by_alias(session, {"ORG": untitled}))
    stored = queries.upsert_actors(session, [a for a in actors if a.name not in firms])
    ids = {key: actor.id for key, actor in stored.items()}
    persons = {actor.id: actor.person_id for actor in stored.values()}
    known_firms = {firms[a.name] for a in actors if a.name in firms and a.key not in ids}
    if known_firms:
        persons |= queries.persons_of(session, known_firms)
    for a in actors:
        if a.name in firms:
            ids.setdefault(a.key, firms[a.name])
    queries.add_aliases(
        session, [(ids[a.key], alias) for a in actors for alias in sorted(a.aliases)]
    )
    return ids, persons


# --- across the archive: families of one surname -------------------------------------------


@dataclass
class Member:
    """An actor of a family, with the articles naming it (id -> date)."""

    actor_id: int
    name: PersonName
    articles: dict[int, date] = field(default_factory=dict)
    text: str = ""  # the name as written


def named_apart(members: list[Member]) -> set[frozenset[int]]:
    """Pairs of actors that one article names as two."""
    by_article: dict[int, list[int]] = defaultdict(list)
    for member in members:
        for article_id in member.articles:
            by_article[article_id].append(member.actor_id)
    return {frozenset((a, b)) for ids in by_article.values() for a in ids for b in ids if a < b}


def contradicted(a: Member, b: Member, apart: set[frozenset[int]]) -> bool:
    """Named as two in one article while one has a suffix the other lacks: "Donald Trump"
    and "Donald Trump Jr" in one story are father and son."""
    return a.name.suffix != b.name.suffix and frozenset((a.actor_id, b.actor_id)) in apart


def cluster_full_names(members: list[Member]) -> tuple[dict[int, int], set[int]]:
    """Actor id -> the person (actor id) each full name is, and the names that fit several
    people equally ("George Bush" beside George W. and George H.W. Bush), which stay their
    own and mean no one else.

    The most telling names (middle initials, suffixes) found the people; a less telling one
    joins the one person it may be, or of several the one it agrees with most exactly."""
    apart = named_apart(members)
    order = sorted(members, key=lambda m: (-specificity(m.name), -len(m.articles), m.text))
    people: list[list[Member]] = []
    ambiguous: set[int] = set()
    for member in order:
        fitting = [
            person
            for person in people
            if all(
                may_be_same_person(member.name, other.name)
                and not contradicted(member, other, apart)
                for other in person
            )
        ]
        if len(fitting) > 1:
            agreement = [closeness(member.name, person[0].name) for person in fitting]
            best = max(agreement)
            fitting = [p for p, a in zip(fitting, agreement, strict=True) if a == best]
        if len(fitting) == 1:
            fitting[0].append(member)
            continue
        people.append([member])
        if fitting:
            ambiguous.add(member.actor_id)
    person_of = {}
    for person in people:
        # the name most articles use; of equals, the plainest with the given name in full
        # ("James Comey", not "Jim Comey"), so that the outcome does not depend on which
        # name arrived first
        givens = {m.name.given for m in person}
        main = max(
            person,
            key=lambda m: (
                len(m.articles),
                not any(is_short_form(m.name.given, other) for other in givens),
                -specificity(m.name),
                -len(m.text),
                m.text,
            ),
        )
        person_of.update({m.actor_id: main.actor_id for m in person})
    return person_of, ambiguous


def dominant(counts: Counter) -> int | None:
    """The key counted DOMINANCE times as often as any other, if one is."""
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] == 0:
        return None
    if len(ranked) == 1 or ranked[0][1] >= DOMINANCE * ranked[1][1]:
        return ranked[0][0]
    return None


def named_around(days: list[date], day: date) -> int:
    """How many of the sorted `days` are within AROUND of `day` (two bisections: a family
    named in thousands of articles is counted for each lone surname in thousands more)."""
    return bisect.bisect_right(days, day + AROUND) - bisect.bisect_left(days, day - AROUND)


def lone_surname_person(
    day: date, named_here: set[int], dates_by_person: dict[int, list[date]], alone: int = 1
) -> int | None:
    """Whom a lone surname in an article of `day` means: the person of that surname named
    most often in articles around that day (or, when none is, in the whole archive), if
    clearly so. The article's own analysis had its say first: had the surname been the one
    person of it the article names in full, it would have been linked there, so that one
    is not a candidate ("Mrs. Clinton" beside Bill Clinton); beside several named in full,
    which it could not tell apart, it is one of them. A person named in full in fewer than
    half as many articles as the surname alone (`alone`) is not the one it means: "Reagan"
    in five articles is not the Nancy Reagan of two. Each person's dates are sorted."""
    if len(named_here) == 1:
        candidates = {p: d for p, d in dates_by_person.items() if p not in named_here}
    else:
        candidates = {p: d for p, d in dates_by_person.items() if not named_here or p in named_here}
    around = Counter({p: named_around(days, day) for p, days in candidates.items()})
    if sum(around.values()) == 0:
        around = Counter({p: len(days) for p, days in candidates.items()})
    person = dominant(around)
    if person is None or 2 * len(candidates[person]) < alone:
        return None
    return person


def resolve_family(members: list[Member]) -> dict[int, dict[int, int]]:
    """Actor id -> article id -> the person each of the family's actors is in each article."""
    full = [m for m in members if m.name.is_full]
    person_of, ambiguous = cluster_full_names(full)
    articles_of: dict[int, dict[int, date]] = defaultdict(dict)  # person -> article -> day
    people_in: dict[int, set[int]] = defaultdict(set)
    for member in full:
        person = person_of[member.actor_id]
        people_in.update({a: people_in[a] | {person} for a in member.articles})
        if member.actor_id not in ambiguous:
            articles_of[person].update(member.articles)
    dates_by_person = {person: sorted(days.values()) for person, days in articles_of.items()}
    links = {m.actor_id: dict.fromkeys(m.articles, person_of[m.actor_id]) for m in full}
    suffixes: dict[int, set[str]] = defaultdict(set)  # person -> the suffixes its names have
    for member in full:
        suffixes[person_of[member.actor_id]].add(member.name.suffix)
    for lone in (m for m in members if not m.name.is_full):
        # "Castellano Jr." alone is one of the Castellanos with that suffix
        dates = {
            person: days
            for person, days in dates_by_person.items()
            if not lone.name.suffix or lone.name.suffix in suffixes[person]
        }
        links[lone.actor_id] = {
            article_id: lone_surname_person(day, people_in[article_id], dates, len(lone.articles))
            or lone.actor_id
            for article_id, day in lone.articles.items()
        }
    return links


def families(actors: list[NamedActor], seen: list[Appearance]) -> list[list[Member]]:
    """The actors grouped by surname, each with the articles naming it."""
    members = {a.id: Member(a.id, parse_name(a.name), text=a.name) for a in actors}
    for row in seen:
        members[row.actor_id].articles[row.article_id] = row.date
    grouped: dict[str, list[Member]] = defaultdict(list)
    for actor in actors:
        grouped[actor.surname].append(members[actor.id])
    return list(grouped.values())


def resolve(session: Session, surnames: Collection[str] | None = None) -> int:
    """Recompute the links of the families of these surnames (of all, when None) from what
    the store holds; only links that change are written. Returns how many actors' links
    changed."""
    queries.lock_identity(session)
    actors = queries.actors_by_surname(session, surnames)
    crowded = Counter(a.surname for a in actors)
    actors = [a for a in actors if crowded[a.surname] > 1 or a.person_id is not None]
    if not actors:
        return 0
    seen = queries.appearances(session, [a.id for a in actors])
    current: dict[int, dict[int, int]] = defaultdict(dict)
    for row in seen:
        current[row.actor_id][row.article_id] = row.person_id
    linked_as_whole = {a.id: a.person_id for a in actors}
    lone = {a.id for a in actors if not parse_name(a.name).is_full}
    changed = 0
    for family in families(actors, seen):
        for actor_id, links in resolve_family(family).items():
            changed += write_links(session, actor_id, links, current[actor_id], actor_id in lone)
            whole = set(links.values())
            person = whole.pop() if len(whole) == 1 else None
            person = None if person == actor_id else person
            if linked_as_whole[actor_id] != person:
                queries.link_actor(session, actor_id, person)
    return changed


def write_links(
    session: Session,
    actor_id: int,
    links: dict[int, int],
    current: dict[int, int],
    lone: bool = False,
) -> int:
    """Write the links of one actor's articles that differ from the stored ones. A lone
    surname is linked by the archive, not by its article: of its quotes only those whose
    attribution names the speaker follow the link ("Obama said", not "she says" that the
    analysis could only pin on the last name it saw)."""
    changes: dict[int, list[int]] = defaultdict(list)
    for article_id, person in links.items():
        if current.get(article_id) != person:
            changes[person].append(article_id)
    if not changes:
        return 0
    if len(changes) == 1 and len(set(links.values())) == 1:
        queries.link_rows(session, actor_id, next(iter(changes)), quotes_named_only=lone)
    else:
        for person, article_ids in changes.items():
            queries.link_rows(session, actor_id, person, article_ids, quotes_named_only=lone)
    return 1


def unresolve(session: Session) -> None:
    """Undo every link: each actor is its own person again."""
    queries.lock_identity(session)
    queries.unlink_all(session)
