"""Date phrases in a search: the range they mean, what is left to search, bad dates."""

from datetime import date

import pytest

from bot.dates import NotADate, read_when

TODAY = date(2025, 11, 12)  # a Wednesday


@pytest.mark.parametrize(
    "query, words, since, until",
    [
        ("tariffs since 2025-10-01", "tariffs", date(2025, 10, 1), None),
        ("tariffs after Oct 1", "tariffs", date(2025, 10, 2), None),
        ("rice before 23 October 2025", "rice", None, date(2025, 10, 22)),
        ("rice on October 23, 2025", "rice", date(2025, 10, 23), date(2025, 10, 23)),
        ("today", "", TODAY, TODAY),
        ("union yesterday", "union", date(2025, 11, 11), date(2025, 11, 11)),
        ("this week", "", date(2025, 11, 10), TODAY),
        ("strike last week", "strike", date(2025, 11, 3), date(2025, 11, 9)),
        ("chips in November", "chips", date(2025, 11, 1), date(2025, 11, 30)),
        # a month later in the year than today is last year's
        ("chips in December", "chips", date(2024, 12, 1), date(2024, 12, 31)),
        ("chips in Feb 2024", "chips", date(2024, 2, 1), date(2024, 2, 29)),
        ("budget in 2024", "budget", date(2024, 1, 1), date(2024, 12, 31)),
        ("since Nov 3 until Nov 5", "", date(2025, 11, 3), date(2025, 11, 5)),
        ("budget since October 2025", "budget", date(2025, 10, 1), None),
        ("budget since October", "budget", date(2025, 10, 1), None),
        ("budget after October 2025", "budget", date(2025, 11, 1), None),
        ("budget before 2025", "budget", None, date(2024, 12, 31)),
        # a date alone is that day; "from ... to ..." a range
        ("kingmaker 2025-10-23", "kingmaker", date(2025, 10, 23), date(2025, 10, 23)),
        ("from 2025-10-01 to 2025-10-31", "", date(2025, 10, 1), date(2025, 10, 31)),
        ("since last week", "", date(2025, 11, 3), None),
    ],
)
def test_a_date_phrase_is_a_range_and_the_rest_is_searched(query, words, since, until):
    when = read_when(query, TODAY)
    assert (when.words, when.since, when.until) == (words, since, until)


def test_a_date_without_a_year_is_the_latest_one_of_the_archive():
    # the archive's newest article is from March 2024: "in November" is November 2023
    when = read_when("chips in November", TODAY, newest=date(2024, 3, 1))
    assert (when.since, when.until) == (date(2023, 11, 1), date(2023, 11, 30))
    # relative days stay relative to today
    assert read_when("today", TODAY, newest=date(2024, 3, 1)).since == TODAY


def test_latest_orders_newest_first_and_is_not_searched():
    when = read_when("latest rice prices", TODAY)
    assert when.newest_first and when.words == "rice prices" and not when.limited


@pytest.mark.parametrize(
    "query", ["may day protests in seoul", "Trump on Mar-a-Lago", "crackdown on march protesters"]
)
def test_words_that_only_look_like_dates_stay_words(query):
    when = read_when(query, TODAY)
    assert when.words == query and not when.limited


@pytest.mark.parametrize(
    "query",
    [
        "since 2025-02-30",
        "on 31 April 2025",
        "before 2025-13-01",
        "before 0001",  # out of reach: never an overflow
        "after 9999-12-31",
        "since 0000",
        "before 1 January 0001",
    ],
)
def test_a_date_that_does_not_exist_is_named(query):
    with pytest.raises(NotADate, match="is not a date"):
        read_when(query, TODAY)
