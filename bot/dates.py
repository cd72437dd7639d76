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
    rf"|(?:{MONTH})\.? \d{{1,2}}(?:st|nd|rd|th)?(?:,? \d{{4}})?"
    rf"|(?:{MONTH})\.?(?: \d{{4}})?"  # a whole month: "since October (2025)"
    r"|\d{4}"  # a whole year: "before 2025"
    r"|today|yesterday)"
)
RELATIVE = r"(?:today|yesterday|this week|last week|this month|last month)"
PHRASES = re.compile(
    rf"\b(?:(?P<op>since|after|from|before|until|till|on) (?P<day>{DAY})"
    rf"|(?P<relative>{RELATIVE})"
    rf"|in (?P<month>{MONTH})\.?(?: (?P<month_year>\d{{4}}))?"
    r"|in (?P<year>(?:19|20)\d{2}))\b",
    re.IGNORECASE,
)
LATEST = re.compile(r"\b(?:latest|newest|most recent|recent)\b", re.IGNORECASE)
LOOKS_LIKE_A_DATE = re.compile(r"\b\d{4}-\d{1,2}-\d{1,2}\b")


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
    if match.group("relative"):
        return relative_range(match.group("relative").casefold(), today)
    if match.group("year"):
        year = int(match.group("year"))
        return date(year, 1, 1), date(year, 12, 31)
    if match.group("month"):
        month = MONTHS[match.group("month").casefold()]
        year = int(match.group("month_year") or 0) or latest_year_of(month, 1, newest)
        return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    first, last = read_days(match.group("day"), today, newest)
    op = match.group("op").casefold()
    if op in {"since", "from"}:
        return first, None
    if op == "after":
        return last + timedelta(days=1), None
    if op == "before":
        return None, first - timedelta(days=1)
    if op in {"until", "till"}:
        return None, last
    return first, last


def read_days(text: str, today: date, newest: date) -> tuple[date, date]:
    """The first and last day a date phrase means: one day, a whole month or a year."""
    plain = text.casefold().rstrip(".")
    if re.fullmatch(r"\d{4}", plain):
        return date(int(plain), 1, 1), date(int(plain), 12, 31)
    month = re.fullmatch(rf"({MONTH})\.?(?: (\d{{4}}))?", plain)
    if month:
        number = MONTHS[month.group(1)]
        year = int(month.group(2) or 0) or latest_year_of(number, 1, newest)
        return date(year, number, 1), date(year, number, calendar.monthrange(year, number)[1])
    day = read_day(text, today, newest)
    return day, day


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


def read_day(text: str, today: date, newest: date) -> date:
    plain = text.casefold()
    if plain == "today":
        return today
    if plain == "yesterday":
        return today - timedelta(days=1)
    try:
        if re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", plain):
            year, month, day = (int(part) for part in plain.split("-"))
            return date(year, month, day)
        numbers = [int(n) for n in re.findall(r"\d+", plain)]
        month = MONTHS[re.search(MONTH, plain).group()]  # type: ignore[union-attr]
        day = numbers[0] if numbers[0] <= 31 or len(numbers) == 1 else numbers[1]
        year = next((n for n in numbers if n > 31), 0) or latest_year_of(month, day, newest)
        return date(year, month, day)
    except ValueError:
        raise NotADate(f"“{text}” is not a date.") from None


def latest_year_of(month: int, day: int, newest: date) -> int:
    """A month (and day) without a year: the latest one not after `newest`."""
    return newest.year if (month, day) <= (newest.month, newest.day) else newest.year - 1
