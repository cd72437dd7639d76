"""The rules of who is who across articles, without a store (the store-backed cases are in
test_answers.py: a lone surname, an earlier lone surname, a firm named after people)."""

import pytest

from bot.identity import (
    known_actors,
    may_be_known_firm,
    may_be_known_surname,
    owners_by_kind,
    surnames_of_full_names,
    surnames_to_merge,
)
from db.queries import ActorData, AliasOwner


def actor(name: str, kind: str = "PER", aliases=(), roles=()) -> ActorData:
    return ActorData(name.lower(), name, kind, sorted(aliases), list(roles), 1)


@pytest.mark.parametrize(
    ("candidate", "surname", "firm"),
    [
        (actor("Aso"), True, False),
        (actor("Aso", "ORG"), True, False),  # "Aso said" taken for an organisation
        (actor("IMF", "ORG"), False, False),  # an acronym is no surname
        (actor("Merrill Lynch"), False, True),
        (actor("Ivo Marsh", roles=["chairman"]), False, False),  # a role makes a person
        (actor("Harbour Board", "ORG"), False, False),
    ],
)
def test_which_names_may_be_an_actor_known_under_another_name(candidate, surname, firm):
    assert may_be_known_surname(candidate) is surname
    assert may_be_known_firm(candidate) is firm


def test_a_name_owned_by_one_full_named_person_or_one_firm_is_theirs():
    people, firms = owners_by_kind(
        [
            AliasOwner("Aso", 1, "PER", "taro aso"),
            AliasOwner("Aso", 2, "PER", "aso"),  # the lone "Aso" itself owns nothing
            AliasOwner("Kim", 3, "PER", "kim jong-un"),
            AliasOwner("Kim", 4, "PER", "kim min-jae"),  # shared: nobody's
            AliasOwner("Merrill Lynch", 5, "ORG", "merrill lynch and co inc"),
        ]
    )
    assert people == {"Aso": 1}
    assert firms == {"Merrill Lynch": 5}


def test_known_names_only_for_the_names_that_may_be_known():
    actors = [actor("Aso"), actor("Merrill Lynch"), actor("Ivo Marsh", roles=["chairman"])]
    people = {"Aso": 1}
    firms = {"Merrill Lynch": 5, "Ivo Marsh": 6}
    assert known_actors(actors, people, firms) == {"Aso": 1, "Merrill Lynch": 5}


def test_the_surnames_of_people_named_in_full_are_noted():
    actors = [
        actor("Taro Aso", aliases=["Aso", "Taro Aso"]),
        actor("Harlow Becker", "ORG", aliases=["Becker"]),
        actor("Okonkwo"),
    ]
    ids = {"taro aso": 1, "harlow becker": 2, "okonkwo": 3}
    assert surnames_of_full_names(actors, ids) == {"Aso": 1}


def test_an_earlier_lone_surname_merges_only_into_its_sole_owner():
    surnames = {"Aso": 1, "Kim": 3}
    lone = [(10, "Aso"), (11, "Kim")]
    owners = {"Aso": 1}  # "Kim" has several owners
    assert surnames_to_merge(lone, owners, surnames) == [(10, 1)]
    assert surnames_to_merge(lone, {"Aso": 7}, surnames) == []  # another person owns it
