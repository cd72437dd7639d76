"""What a fetched address holds. A news page is an article: its main text (no navigation,
newsletter boxes, "most read" lists, ads or footers), title, date, byline and canonical
address, read by trafilatura. A feed (RSS or Atom, read by feedparser) is its items' pages."""

import re
from datetime import UTC, date, datetime
from urllib.parse import urljoin, urlsplit, urlunsplit
from xml.sax import SAXParseException

import feedparser
import trafilatura

from bot.articles import ArticleError, ParsedArticle
from bot.fetch import Fetched, FetchError

HTML_TYPES = {"text/html", "application/xhtml+xml"}
FEED_TYPES = {
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
}
# Less than this is a teaser, a paywall stub or an index page, not an article.
MIN_ARTICLE_CHARS = 300
# An article is mostly prose: paragraphs of at least PROSE_WORDS words, at least
# MIN_PROSE_PARAGRAPHS of them and PROSE_SHARE of all (an index page is a list of teasers).
PROSE_WORDS = 15
MIN_PROSE_PARAGRAPHS = 2
PROSE_SHARE = 0.4
# A short page opening with these words is a consent, sign-in or paywall page.
GATE_WORDS = re.compile(
    r"\b(?:cookies?|consent|subscribe to (?:continue|read)|sign in to|log in to"
    r"|subscribers only)\b",
    re.IGNORECASE,
)
GATE_MAX_CHARS = 1500
PAGE_TYPES_REFUSED = {"liveblogposting": "a live blog, not an article"}


def looks_like_feed(page: Fetched) -> bool:
    start = page.content[:512].lstrip().lower()
    return page.content_type in FEED_TYPES or start.startswith((b"<?xml", b"<rss", b"<feed"))


def looks_like_html(page: Fetched) -> bool:
    start = page.content[:512].lstrip().lower()
    return page.content_type in HTML_TYPES or start.startswith((b"<!doctype html", b"<html"))


def parse_page(page: Fetched, today: date | None = None) -> ParsedArticle:
    """The article of a fetched page; raises ArticleError with the reason when the page has
    none. A page that states no date is dated the day it was fetched."""
    if not looks_like_html(page):
        raise ArticleError(f"not a web page ({page.content_type or 'unknown type'})")
    found = trafilatura.bare_extraction(
        page.content,
        url=page.url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
        # the date the page states, never a guess from its footer's "© 2026"
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    text = (found.text or "") if found else ""
    paragraphs = tuple(" ".join(line.split()) for line in text.splitlines() if line.strip())
    check_is_an_article(paragraphs, (found.pagetype or "").casefold() if found else "")
    title = " ".join((found.title or "").split())
    if not title:
        raise ArticleError("the page has no title")
    if paragraphs[0] == title:
        paragraphs = paragraphs[1:]  # the headline, kept as the title
    return ParsedArticle(
        page_date(found.date) or today or datetime.now(UTC).date(),
        title,
        None,
        paragraphs,
        url=canonical_url(found.url, page.url),
        byline=" ".join((found.author or "").split()),
    )


def check_is_an_article(paragraphs: tuple[str, ...], page_type: str) -> None:
    """Raise ArticleError for a page that holds no article: too little text, a list of
    teasers (an index page), a consent or paywall gate, a live blog."""
    if page_type in PAGE_TYPES_REFUSED:
        raise ArticleError(PAGE_TYPES_REFUSED[page_type])
    size = sum(len(p) for p in paragraphs)
    if size < MIN_ARTICLE_CHARS:
        raise ArticleError("no article text on the page")
    if size < GATE_MAX_CHARS and GATE_WORDS.search(" ".join(paragraphs[:2])):
        raise ArticleError("a consent, sign-in or paywall page, not the article")
    prose = sum(len(p.split()) >= PROSE_WORDS for p in paragraphs)
    if prose < MIN_PROSE_PARAGRAPHS or prose < PROSE_SHARE * len(paragraphs):
        raise ArticleError("no article text on the page (a list of links, an index page?)")


def page_date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def canonical_url(stated: str | None, fetched: str) -> str:
    """The page's own canonical address when it is on the same site as where it was found
    (a page must not claim another site's article), without its fragment."""
    address = fetched
    if stated and same_site(stated, fetched):
        address = stated
    parts = urlsplit(address)
    return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", parts.query, ""))


def same_site(one: str, other: str) -> bool:
    def host(url: str) -> str:
        return (urlsplit(url).hostname or "").removeprefix("www.")

    try:
        urlsplit(one).port  # noqa: B018 (raises for a port that is no number)
    except ValueError:
        return False
    return urlsplit(one).scheme in {"http", "https"} and host(one) == host(other) != ""


def feed_links(page: Fetched) -> tuple[str, list[str]]:
    """The feed's title and its items' addresses, in the feed's order, each once."""
    parsed = feedparser.parse(page.content)
    problem = getattr(parsed, "bozo_exception", None)
    # A feed cut short or malformed is refused whole (its items may be cut too); an
    # encoding the feed misdeclares is only a warning and the feed is read.
    if isinstance(problem, SAXParseException) or not (parsed.entries or parsed.version):
        raise FetchError(f"not a readable feed ({problem or 'no items'})")
    links = [urljoin(page.url, entry.link) for entry in parsed.entries if entry.get("link")]
    return " ".join(parsed.feed.get("title", "").split()), list(dict.fromkeys(links))
