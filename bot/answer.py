"""An answer as plain data (no markup): bot.render turns it into terminal text or Block Kit."""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Section:
    heading: str = ""
    body: str = ""
    passage: str = ""  # a direct quote: shown inside quotation marks
    excerpt: str = ""  # a passage of an article: shown as an excerpt, never as a quote
    context: str = ""  # a small line under the body: date and source


@dataclass(frozen=True)
class Answer:
    title: str
    sections: list[Section] = field(default_factory=list)
    note: str = ""  # closing line: how to get more, what was not found


def source_line(article) -> str:
    """'2025-10-23 · <title>' for anything with a date and a title."""
    return f"{article.date.isoformat()} · {article.title}"
