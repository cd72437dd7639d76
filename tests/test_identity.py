"""The rules of who is who across articles, without a store (the store-backed cases, in
both orders of arrival, are in test_archive_identity.py)."""

from datetime import date

import pytest

from bot.identity import Member, cluster_full_names, lone_surname_person, resolve_family
from bot.person_names import may_be_same_person, parse_name, surname_key


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("James B. Comey Jr", "James Comey", True),  # middle initial and suffix: formal
        ("Jim Comey", "James B. Comey", True),  # a short form of the given name
        ("Bernie Sanders", "Bernard Sanders", True),
        ("Bill Clinton", "William Jefferson Clinton", True),
        ("Hillary Rodham Clinton", "Hillary Clinton", True),
        ("Bill Clinton", "Hillary Clinton", False),
        ("George W. Bush", "George H.W. Bush", False),  # the middle initials differ
        ("Donald Trump Jr", "Donald Trump", False),  # a son's suffix, no formal middle
        ("Joseph R. Biden Jr", "Joe Biden", True),
        ("Joe Biden", "Joe Manchin", False),
    ],
)
def test_which_full_names_may_be_one_person(a, b, same):
    assert may_be_same_person(parse_name(a), parse_name(b)) is same
    assert may_be_same_person(parse_name(b), parse_name(a)) is same


def test_names_give_their_surname_key():
    assert surname_key("James B. Comey Jr", "PER") == "comey"
    assert surname_key("Martin O’Malley", "PER") == "o malley"
    assert surname_key("Aso", "ORG") == "aso"  # "Aso said" taken for an organisation
    assert surname_key("IMF", "ORG") == ""
    assert surname_key("Bank of Japan", "ORG") == ""
    # written family name first, told by the romanised given name: "Minister Yoon" is hers
    assert surname_key("Yoon Seo-jin", "PER") == "yoon"
    assert surname_key("Kim Jong-un", "PER") == "kim"
    assert surname_key("Lee Smith", "PER") == "smith"


def member(actor_id: int, name: str, *articles: tuple[int, date]) -> Member:
    return Member(actor_id, parse_name(name), dict(articles), name)


D = date(2016, 5, 1)


def test_full_name_variants_are_one_person_under_the_name_most_used():
    comeys = [
        member(1, "James B. Comey", (1, D)),
        member(2, "James Comey", (2, D), (3, D)),
        member(3, "James B. Comey Jr", (4, D)),
        member(4, "Jim Comey", (5, D)),
    ]
    person_of, ambiguous = cluster_full_names(comeys)
    assert person_of == {1: 2, 2: 2, 3: 2, 4: 2}
    assert ambiguous == set()


def test_a_name_that_fits_two_people_stays_its_own():
    bushes = [
        member(1, "George W. Bush", (1, D)),
        member(2, "George H.W. Bush", (2, D)),
        member(3, "George Bush", (3, D)),
        member(4, "Jeb Bush", (1, D)),
    ]
    person_of, ambiguous = cluster_full_names(bushes)
    assert person_of == {1: 1, 2: 2, 3: 3, 4: 4}
    assert ambiguous == {3}


def test_a_suffix_named_apart_in_one_article_is_another_person():
    # "Robert F. Kennedy Jr" could be the formal name of "Robert F. Kennedy", but one
    # article names both: father and son.
    kennedys = [
        member(1, "Robert F. Kennedy", (1, D), (2, D)),
        member(2, "Robert F. Kennedy Jr", (2, D), (3, D)),
    ]
    person_of, _ = cluster_full_names(kennedys)
    assert person_of[1] != person_of[2]


def test_a_name_agreeing_exactly_with_one_of_two_people_is_that_one():
    trumps = [
        member(1, "Donald J. Trump", (1, D)),
        member(2, "Donald Trump Jr", (2, D)),
        member(3, "Donald Trump", (3, D), (4, D)),
    ]
    person_of, _ = cluster_full_names(trumps)
    assert person_of == {1: 3, 2: 2, 3: 3}


def test_a_lone_surname_is_the_person_clearly_most_named_around_its_date():
    days = {10: [date(2016, 5, d) for d in range(1, 10)], 20: [date(2016, 5, 3)]}
    assert lone_surname_person(date(2016, 5, 5), set(), days) == 10
    # around a date when both are named as often, it stays apart
    days = {10: [date(2010, 1, 1)] * 20 + [date(2016, 5, 1)] * 3, 20: [date(2016, 5, 2)] * 2}
    assert lone_surname_person(date(2016, 5, 5), set(), days) is None
    # far from both: the whole archive decides
    assert lone_surname_person(date(2020, 1, 1), set(), days) == 10
    # beside one of them named in full, the surname alone was not that one (the article
    # would have linked it): the other, when clearly the most named
    assert lone_surname_person(date(2016, 5, 5), {20}, days) == 10
    # beside two named in full, which the article could not tell apart: one of them
    near = [date(2016, 5, 4)]
    crowded = {10: near * 9, 20: near, 30: near * 40}
    assert lone_surname_person(date(2016, 5, 5), {10, 20}, crowded) == 10
    # a surname alone far more often than anyone of it is named in full is someone else
    assert lone_surname_person(date(2020, 1, 1), set(), days, alone=50) is None


def test_a_family_links_every_article_of_its_actors():
    family = [
        member(1, "Barack Obama", *[(a, D) for a in range(1, 11)]),
        member(2, "Michelle Obama", (11, D)),
        member(3, "Obama", (12, D), (13, date(2016, 6, 1))),
    ]
    links = resolve_family(family)
    assert links[3] == {12: 1, 13: 1}
    assert links[2] == {11: 2}


def test_a_lone_surname_with_a_suffix_is_the_one_of_that_suffix():
    family = [
        member(1, "Raymond Castellano", *[(a, D) for a in range(1, 8)]),
        member(2, "Raymond Castellano Jr", (8, D), (9, D)),
        member(3, "Castellano Jr", (10, D)),
        member(4, "Castellano", (11, D)),
    ]
    links = resolve_family(family)
    assert links[3] == {10: 2}
    assert links[4] == {11: 1}


def test_the_outcome_does_not_depend_on_the_order_of_the_family():
    family = [
        member(1, "James B. Comey Jr", (1, D), (2, D), (3, D)),
        member(2, "James Comey", (4, D), (5, D), (6, D), (7, D)),
        member(3, "Comey Jr", (8, D)),
    ]
    assert resolve_family(family) == resolve_family(family[::-1])
    assert resolve_family(family)[3] == {8: 2}  # the person whose names include a "Jr"
