"""An answer as plain data (no markup): bot.render turns it into terminal text or Block Kit."""

import functools
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

from bot.fetch import is_web_address


@dataclass(frozen=True)
class Cited:
    """The article a part of an answer comes from, shown under it: its date and a label (its
    title, or the outlet), linked to the article's page when it came from the web."""

    date: date
    label: str
    url: str = ""
    also_in: tuple[str, ...] = ()  # the other outlets that ran the same story


@dataclass(frozen=True)
class Section:
    heading: str = ""
    body: str = ""
    passage: str = ""  # a direct quote: shown inside quotation marks
    excerpt: str = ""  # a passage of an article: shown as an excerpt, never as a quote
    context: str = ""  # a small line under the body
    cited: Cited | None = None  # where it comes from, under the context


@dataclass(frozen=True)
class Answer:
    title: str
    sections: list[Section] = field(default_factory=list)
    note: str = ""  # closing line: how to get more, what was not found


def source_line(article) -> str:
    """'2025-10-23 · <title>' for anything with a date and a title."""
    return f"{article.date.isoformat()} · {article.title}"


def page_url(article) -> str:
    """The address of an article stored from the web; empty for an article file."""
    source = getattr(article, "source", "")
    return source if is_web_address(source) else ""


@functools.lru_cache(maxsize=8192)  # an answer names the outlets of dozens of articles
def outlet(source: str) -> str:
    """A web article's site ("harbourledger.com"), or an article file's name."""
    if is_web_address(source):
        return (urlsplit(source).hostname or source).removeprefix("www.")
    return Path(source).name


def cite(article, label: str = "", also_in: tuple[str, ...] = ()) -> Cited:
    """The article (anything with a date and a title; a source links it) cited by its title,
    or by `label`."""
    return Cited(article.date, label or article.title, page_url(article), also_in)


def store_unavailable_answer() -> Answer:
    return Answer(
        "The article store is unavailable",
        [Section(body="I cannot reach the article store right now. Please try again shortly.")],
    )
