"""Parsing of article files in the seed format.

date 2025-10-23 <title>
Published: 23 Oct. 2025, 07:00        (optional)
<one paragraph per line>
"""

import hashlib
import re
from dataclasses import dataclass
from datetime import date, datetime

HEADER = re.compile(r"^date\s+(\S+)\s*(.*)$", re.IGNORECASE)
PUBLISHED = re.compile(r"^published\s*:\s*(.+)$", re.IGNORECASE)
PUBLISHED_FORMATS = (
    "%d %b. %Y, %H:%M",
    "%d %b %Y, %H:%M",
    "%d %B %Y, %H:%M",
    "%d %b. %Y",
    "%d %b %Y",
    "%d %B %Y",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%dT%H:%M",
    "%Y-%m-%d",
)


class ArticleError(ValueError):
    """The file is not a usable article; the message says why."""


@dataclass(frozen=True)
class ParsedArticle:
    date: date
    title: str
    published: datetime | None
    paragraphs: tuple[str, ...]
    url: str = ""  # a web page's canonical address; empty for an article file
    byline: str = ""

    @property
    def content_hash(self) -> str:
        """Identity of the article's content, blind to encoding details (BOM, CRLF, blank
        lines). A web page's address is part of it: the same wire copy on two sites is two
        articles of one story (bot.stories), while two files of one text are one article."""
        address = [self.url] if self.url else []  # files keep the hashes they always had
        canonical = "\n".join([*address, self.date.isoformat(), self.title, *self.paragraphs])
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def parse_published(value: str) -> datetime | None:
    # "Sept." is a common newsroom abbreviation that strptime does not know.
    cleaned = re.sub(r"\bSept\b", "Sep", " ".join(value.split()))
    for fmt in PUBLISHED_FORMATS:
        try:
            return datetime.strptime(cleaned, fmt)
        except ValueError:
            continue
    return None


def decode(raw: bytes) -> str:
    if not raw.strip():
        raise ArticleError("empty file")
    if b"\x00" in raw:
        raise ArticleError("binary file (contains NUL bytes)")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise ArticleError(f"not UTF-8 text (invalid byte at offset {err.start})") from None
    if not text.strip():
        raise ArticleError("empty file")
    return text


def parse_article(raw: bytes) -> ParsedArticle:
    """Parse the bytes of an article file; raises ArticleError with the reason when unusable."""
    text = decode(raw)
    lines = [" ".join(line.split()) for line in text.splitlines()]
    lines = [line for line in lines if line]
    header = HEADER.match(lines[0])
    if not header:
        raise ArticleError("first line is not a 'date YYYY-MM-DD <title>' header")
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", header.group(1)):
            raise ValueError
        article_date = date.fromisoformat(header.group(1))
    except ValueError:
        raise ArticleError(
            f"invalid date {header.group(1)!r} in the header (want YYYY-MM-DD)"
        ) from None
    title = header.group(2).strip()
    if not title:
        raise ArticleError("the header has no title after the date")
    body = lines[1:]
    published = None
    if body and (match := PUBLISHED.match(body[0])):
        published = parse_published(match.group(1))
        body = body[1:]
    if not body:
        raise ArticleError("no body text after the header")
    return ParsedArticle(article_date, title, published, tuple(body))
