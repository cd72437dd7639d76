"""Dates in a search: "since 2025-10-01", "before Oct 23", "on 23 October 2025", "today",
"yesterday", "this week", "last week", "in November (2025)", "in 2025", and "latest" for
newest first. What is left of the query is searched as words.

Hand-written rather than taken from a date library: the ones on PyPI read one date, and a
search needs the range a phrase means ("in November" is a month, "last week" seven days)."""

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {name.casefold(): number for number, name in enumerate(calendar.month_name) if name}
MONTHS |= {name.casefold(): number for number, name in enumerate(calendar.month_abbr) if name}
MONTHS["sept"] = 9
MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))

# One day, in the ways people type it.
DAY = (
    r"(?:\d{4}-\d{1,2}-\d{1,2}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)? (?:{MONTH})\.?(?:,? \d{{4}})?"
    rf"|(?:{MONTH})\.? \d{{1,2}}(?:st|nd|rd|th)?(?:,? \d{{4}})?)"
)
# A whole month or year: "since October (2025)", "in 2025", "before 2025".
PERIOD = rf"(?:(?:{MONTH})\.?(?: \d{{4}})?|\d{{4}})"
RELATIVE = r"(?:today|yesterday|this week|last week|this month|last month)"
PHRASES = re.compile(
    rf"\b(?:(?P<op>since|after|from|before|until|till|to|on) (?P<day>{DAY}|{RELATIVE})"
    rf"|(?P<period_op>since|after|from|before|until|till|to|in) (?P<period>{PERIOD})"
    rf"|(?P<relative>{RELATIVE})"
    rf"|(?P<bare>\d{{4}}-\d{{1,2}}-\d{{1,2}}))(?![\w-])",  # not the "Mar" of "Mar-a-Lago"
    re.IGNORECASE,
)
LATEST = re.compile(r"\b(?:latest|newest|most recent|recent)\b", re.IGNORECASE)
LOOKS_LIKE_A_DATE = re.compile(r"\b\d{4}-\d{1,2}-\d{1,2}\b")
YEARS = range(1900, 2101)  # of news a store may hold; others are typing mistakes


class NotADate(ValueError):
    """A date that does not exist ("2025-02-30"), said in words for the user."""


@dataclass(frozen=True)
class When:
    words: str  # the query without its date phrases
    since: date | None = None  # inclusive
    until: date | None = None  # inclusive
    newest_first: bool = False

    @property
    def limited(self) -> bool:
        return self.since is not None or self.until is not None

    def describe(self) -> str:
        """ "since 2025-10-01", "from 2025-11-03 to 2025-11-09", "on 2025-10-23"."""
        if self.since and self.until:
            if self.since == self.until:
                return f"on {self.since.isoformat()}"
            return f"from {self.since.isoformat()} to {self.until.isoformat()}"
        if self.since:
            return f"since {self.since.isoformat()}"
        if self.until:
            return f"until {self.until.isoformat()}"
        return ""


def read_when(query: str, today: date, newest: date | None = None) -> When:
    """The date range and order a query asks for; raises NotADate for a date that does not
    exist. A month or day without a year is the latest one not after the newest article
    (`newest`, when older than today): "in November" on an archive of last year's news is
    last November."""
    since: date | None = None
    until: date | None = None
    for match in PHRASES.finditer(query):
        start, end = phrase_range(match, today, min(newest or today, today))
        since = start if since is None or (start and start > since) else since
        until = end if until is None or (end and end < until) else until
    rest = PHRASES.sub(" ", query)
    invalid = LOOKS_LIKE_A_DATE.search(rest)
    if invalid:
        raise NotADate(f"“{invalid.group()}” is not a date.")
    newest_first = bool(LATEST.search(rest))
    rest = LATEST.sub(" ", rest)
    return When(" ".join(rest.split()), since, until, newest_first)


def phrase_range(
    match: re.Match[str], today: date, newest: date
) -> tuple[date | None, date | None]:
    """The days a date phrase means: (first, last), either open."""
    if match.group("relative"):
        return relative_range(match.group("relative").casefold(), today)
    if match.group("bare"):
        return span_of(match.group("bare"), today, newest)
    op = (match.group("op") or match.group("period_op")).casefold()
    first, last = span_of(match.group("day") or match.group("period"), today, newest)
    if op in {"since", "from"}:
        return first, None
    if op == "after":
        return last + timedelta(days=1), None
    if op == "before":
        return None, first - timedelta(days=1)
    if op in {"until", "till", "to"}:
        return None, last
    return first, last  # on, in


def relative_range(phrase: str, today: date) -> tuple[date, date]:
    monday = today - timedelta(days=today.weekday())
    first_of_month = today.replace(day=1)
    if phrase == "today":
        return today, today
    if phrase == "yesterday":
        return today - timedelta(days=1), today - timedelta(days=1)
    if phrase == "this week":
        return monday, today
    if phrase == "last week":
        return monday - timedelta(days=7), monday - timedelta(days=1)
    if phrase == "this month":
        return first_of_month, today
    last_month_end = first_of_month - timedelta(days=1)
    return last_month_end.replace(day=1), last_month_end


def span_of(text: str, today: date, newest: date) -> tuple[date, date]:
    """The first and last day of a day, a month or a year as typed; NotADate when there is
    no such day or the year is out of reach."""
    plain = text.casefold().rstrip(".")
    if plain in {"today", "yesterday"} or " week" in plain or " month" in plain:
        return relative_range(plain, today)
    try:
        numbers = re.findall(r"\d+", plain)
        years = [int(n) for n in numbers if len(n) == 4]
        days = [int(n) for n in numbers if len(n) <= 2]
        if re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", plain):
            day = checked(date(*(int(n) for n in numbers)), text)
            return day, day
        if re.fullmatch(r"\d{4}", plain):
            year = int(plain)
            return checked(date(year, 1, 1), text), date(year, 12, 31)
        month = MONTHS[re.search(MONTH, plain).group()]  # type: ignore[union-attr]
        if not days:  # a whole month
            year = years[0] if years else latest_year_of(month, 1, newest)
            last = calendar.monthrange(year, month)[1] if year in YEARS else 1
            return checked(date(year, month, 1), text), date(year, month, last)
        year = years[0] if years else latest_year_of(month, days[0], newest)
        day = checked(date(year, month, days[0]), text)
        return day, day
    except (ValueError, OverflowError):
        raise NotADate(f"“{text}” is not a date.") from None


def checked(day: date, text: str) -> date:
    if day.year not in YEARS:
        raise NotADate(f"“{text}” is not a date I can search.")
    return day


def latest_year_of(month: int, day: int, newest: date) -> int:
    """A month (and day) without a year: the latest one not after `newest`."""
    return newest.year if (month, day) <= (newest.month, newest.day) else newest.year - 1
