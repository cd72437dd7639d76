"""A profile's titles: each title once however it was written, current ones first."""

from datetime import date

from bot.titles import grouped_titles, titles_to_show
from db.queries import StatedRole


def stated(text: str, first: str, last: str, times: int = 1) -> StatedRole:
    return StatedRole(text, date.fromisoformat(first), date.fromisoformat(last), times)


def labels(rows: list[StatedRole]) -> list[str]:
    return [t.label for t in grouped_titles(rows)]


def test_one_title_written_many_ways_is_shown_once_with_all_its_dates():
    titles = grouped_titles(
        [
            stated("Sen.", "2016-01-05", "2016-03-01", 9),
            stated("Senator", "2016-02-01", "2016-04-01", 4),
            stated("senator", "2015-12-01", "2016-01-01"),
        ]
    )
    assert [(t.title, t.first, t.last, t.times) for t in titles] == [
        ("Senator", date(2015, 12, 1), date(2016, 4, 1), 14)
    ]


def test_a_qualifier_in_any_order_and_a_fuller_form_stated_often_are_one_title():
    assert labels(
        [
            stated("Texas Sen.", "2016-01-01", "2016-02-01", 3),
            stated("senator from Texas", "2016-03-01", "2016-03-01"),
        ]
    ) == ["Texas Senator"]
    assert labels(
        [
            stated("Secretary", "2016-01-01", "2016-02-01", 4),
            stated("Secretary of State", "2016-01-01", "2016-03-01", 3),
        ]
    ) == ["Secretary of State"]


def test_a_word_of_rank_makes_another_title():
    shown = labels(
        [
            stated("Vice President", "2010-01-01", "2016-01-01", 5),
            stated("President", "2021-01-01", "2021-06-01", 5),
        ]
    )
    assert sorted(shown) == ["President", "Vice President"]


def test_former_titles_come_after_the_current_ones():
    shown = labels(
        [
            stated("former Governor", "2016-01-01", "2016-05-01", 6),
            stated("Gov.", "2014-01-01", "2016-02-01", 2),
            stated("Senator", "2016-03-01", "2016-05-01", 2),
        ]
    )
    assert shown == ["Senator", "former Governor"]


def test_stored_roles_that_are_no_titles_are_not_shown():
    shown = labels(
        [
            stated("seen as a loose cannon", "2016-01-01", "2016-01-01"),
            stated("Wherever", "2016-01-01", "2016-01-01"),
            stated("billionaire businessman", "2016-01-01", "2016-01-01"),
        ]
    )
    assert shown == ["billionaire businessman"]


def test_one_off_titles_show_only_beside_few_established_ones():
    many = grouped_titles(
        [
            stated("Senator", "2016-01-01", "2016-05-01", 9),
            stated("presidential candidate", "2016-01-01", "2016-05-01", 4),
            stated("billionaire", "2016-01-01", "2016-05-01", 2),
            stated("federal judge", "2016-05-02", "2016-05-02"),
        ]
    )
    assert [t.title for t in titles_to_show(many, 8)] == [
        "Senator",
        "presidential candidate",
        "billionaire",
    ]
    few = grouped_titles(
        [
            stated("Governor", "2016-01-01", "2016-05-01", 3),
            stated("lawyer", "2016-02-01", "2016-02-01"),
        ]
    )
    assert [t.title for t in titles_to_show(few, 8)] == ["Governor", "lawyer"]


def test_words_inside_a_title_are_kept():
    assert labels([stated("former senator from New York", "2016-01-01", "2016-02-01")]) == [
        "former senator from New York"
    ]
    assert labels([stated("New Jersey Gov.", "2016-01-01", "2016-02-01")]) == [
        "New Jersey Governor"
    ]


def test_a_title_last_stated_as_held_before_is_former():
    shown = labels(
        [
            stated("Oregon Gov.", "2024-01-01", "2024-03-06", 3),
            stated("Former Oregon Gov.", "2024-06-03", "2024-06-03"),
        ]
    )
    assert shown == ["former Oregon Governor"]


def test_a_title_last_stated_as_being_left_is_outgoing_until_stated_former():
    # "the outgoing chief executive" is still in post: not "former" yet
    leaving = [
        stated("chief executive", "2026-01-05", "2026-10-01", 4),
        stated("outgoing chief executive", "2026-11-10", "2026-11-10"),
    ]
    assert labels(leaving) == ["outgoing chief executive"]
    assert labels([*leaving, stated("former chief executive", "2027-02-01", "2027-02-01")]) == [
        "former chief executive"
    ]


def test_a_title_last_stated_as_held_for_now_is_acting_until_stated_without():
    # "acting Chief Executive Officer" is how the articles hold it now, not a plain CEO
    acting = [
        stated("acting Chief Executive Officer of Erdenes Mongol", "2026-11-24", "2026-11-24")
    ]
    assert labels(acting) == ["acting Chief Executive Officer of Erdenes Mongol"]
    confirmed = stated("Chief Executive Officer of Erdenes Mongol", "2027-01-10", "2027-01-10")
    assert labels([*acting, confirmed]) == ["Chief Executive Officer of Erdenes Mongol"]
