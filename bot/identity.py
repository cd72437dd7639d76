"""Who is who across articles: the application's rules for when an actor an article names is
one the store knows under another name, and which one wins when two turn out to be the same.

The analysis sees one article at a time; it cannot know that "Aso said" means the Taro Aso of
an earlier article, nor that "Harlow Becker said" is the firm an earlier article called
"Harlow Becker and Co Inc". These rules decide; db.queries only reads and moves rows.
"""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlmodel import Session

from db import queries
from db.queries import ActorData, AliasOwner


@dataclass
class FullNames:
    """Surnames that people named in full also go by, gathered over a batch of articles so
    that earlier lone-surname actors are merged into them with one query a batch."""

    surnames: dict[str, int] = field(default_factory=dict)  # "Aso" -> id of "Taro Aso"
    actor_ids: set[int] = field(default_factory=set)  # actors of the batch: never merged

    def absorb(self, session: Session) -> None:
        absorb_earlier_surnames(session, self.surnames, self.actor_ids)


def is_full_name(key: str) -> bool:
    """A name of several words ("taro aso"), not a lone surname or given name."""
    return " " in key


def may_be_known_surname(actor: ActorData) -> bool:
    """A lone word ("Aso said") may be the surname of a person an earlier article named in
    full, whatever kind the analysis gave it (a lone speaking word can pass for an
    organisation); acronyms ("IMF") are never surnames."""
    return not is_full_name(actor.key) and not actor.name.isupper()


def may_be_known_firm(actor: ActorData) -> bool:
    """A person of several words with no stated role ("Merrill Lynch said") may be a firm
    named after people that an earlier article named in full ("Merrill Lynch and Co Inc");
    a person given a role ("its chairman Ivo Marsh") is a person."""
    return actor.kind == "PER" and is_full_name(actor.key) and not actor.roles


def sole_owners(owners: dict[str, set[int]]) -> dict[str, int]:
    """Names that only one actor goes by: a name several go by ("Kim") means none of them."""
    return {alias: next(iter(ids)) for alias, ids in owners.items() if len(ids) == 1}


def owners_by_kind(rows: Iterable[AliasOwner]) -> tuple[dict[str, int], dict[str, int]]:
    """From the actors going by some names: the names only one person known by a full name
    goes by, and the names only one organisation goes by. A person stored under a lone word
    owns no surname: it is the one that may be merged away."""
    people: dict[str, set[int]] = defaultdict(set)
    firms: dict[str, set[int]] = defaultdict(set)
    for row in rows:
        if row.kind == "PER" and is_full_name(row.key):
            people[row.alias].add(row.actor_id)
        elif row.kind == "ORG":
            firms[row.alias].add(row.actor_id)
    return sole_owners(people), sole_owners(firms)


def known_owners(
    session: Session, lone_names: list[str], person_names: list[str]
) -> tuple[dict[str, int], dict[str, int]]:
    """In one query: lone names that are an alias of exactly one person known by a full
    name ("Aso"), and names that are an alias of exactly one organisation ("Merrill Lynch"
    of "Merrill Lynch and Co Inc")."""
    rows = queries.actors_by_alias(session, {"PER": lone_names, "ORG": person_names})
    return owners_by_kind(rows)


def known_actors(
    actors: list[ActorData], people: dict[str, int], firms: dict[str, int]
) -> dict[str, int]:
    """Name -> id of the stored actor each possibly-known name of the article means."""
    known = {a.name: people[a.name] for a in actors if may_be_known_surname(a) and a.name in people}
    known |= {a.name: firms[a.name] for a in actors if may_be_known_firm(a) and a.name in firms}
    return known


def surnames_of_full_names(actors: list[ActorData], ids: dict[str, int]) -> dict[str, int]:
    """Lone-word aliases ("Aso") of the people the article names in full, with their ids:
    an earlier actor stored under such a word may be one of them."""
    return {
        alias: ids[a.key]
        for a in actors
        if a.kind == "PER" and is_full_name(a.key)
        for alias in a.aliases
        if not is_full_name(alias)
    }


def identify_actors(
    session: Session, actors: list[ActorData], full_names: FullNames | None = None
) -> dict[str, int]:
    """Key -> id of the article's actors, creating the new ones; aliases added to all.

    A person named by surname alone ("Reagan") is the person of that full name seen in
    earlier articles when exactly one such person is known; a phrase taken for a person is
    the firm an earlier article made it the short name of. Pass `full_names` to merge
    earlier lone-surname actors into the people named in full here later, for a whole batch;
    without it they are merged now.
    """
    batch = full_names if full_names is not None else FullNames()
    ids = resolve_actor_ids(session, actors, batch) if actors else {}
    if full_names is None:
        batch.absorb(session)
    return ids


def resolve_actor_ids(
    session: Session, actors: list[ActorData], batch: FullNames
) -> dict[str, int]:
    """identify_actors for a non-empty article: one query for the known names, one upsert
    for the rest (a second only where a known actor is also named in full), one for the
    aliases; the people named in full are noted in `batch`."""
    lone = [a.name for a in actors if may_be_known_surname(a)]
    untitled = [a.name for a in actors if may_be_known_firm(a)]
    known = known_actors(actors, *known_owners(session, lone, untitled))
    guessed = [a for a in actors if a.name in known]
    ids = queries.upsert_actors(session, [a for a in actors if a not in guessed])
    for a in guessed:
        if known[a.name] not in ids.values():
            ids[a.key] = known[a.name]
        elif a.key not in ids:  # the known actor is named in full here too: keep them apart
            ids.update(queries.upsert_actors(session, [a]))
    queries.add_aliases(
        session, [(ids[a.key], alias) for a in actors for alias in sorted(a.aliases)]
    )
    batch.surnames.update(surnames_of_full_names(actors, ids))
    batch.actor_ids.update(ids.values())
    return ids


def surnames_to_merge(
    lone: list[tuple[int, str]], owners: dict[str, int], surnames: dict[str, int]
) -> list[tuple[int, int]]:
    """(lone actor id, person id) for each earlier actor stored under a lone surname that is
    the person named in full in this batch: the surname's only owner is that person."""
    return [
        (lone_id, surnames[alias])
        for lone_id, alias in lone
        if owners.get(alias) == surnames[alias]
    ]


def absorb_earlier_surnames(session: Session, surnames: dict[str, int], here: set[int]) -> None:
    """An actor stored earlier under a lone surname ("Aso") becomes the person this article
    names in full ("Taro Aso", then "Aso"), when no other known person has that surname.
    The batch's own actors (`here`) are never merged: an article that names "Taro Aso" and,
    apart from him, an "Aso" keeps them apart (resolve_actor_ids)."""
    if not surnames:
        return
    lone = queries.one_word_actors_by_alias(session, surnames, here)
    if not lone:
        return
    owners, _ = known_owners(session, [alias for _, alias in lone], [])
    for old_id, new_id in surnames_to_merge(lone, owners, surnames):
        merge_actor(session, old_id, new_id)


def merge_actor(session: Session, old_id: int, new_id: int) -> None:
    """Actor `old_id` is `new_id`: move everything said of it to `new_id` and forget it. The
    new actor wins: its name becomes the speaker's of the moved quotes, and its mention
    count stands in an article that named both."""
    new = queries.get_actor(session, new_id)
    queries.delete_mentions_in_shared_articles(session, old_id, new_id)
    queries.move_mentions(session, old_id, new_id)
    queries.move_roles(session, old_id, new_id)
    queries.move_quotes(session, old_id, new_id, new.name)
    queries.move_aliases(session, old_id, new_id)
    queries.delete_actor(session, old_id)
