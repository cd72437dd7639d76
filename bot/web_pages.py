"""What a fetched address holds. A news page is an article: its main text (no navigation,
newsletter boxes, "most read" lists, ads or footers), title, date, byline and canonical
address, read by trafilatura. A feed (RSS or Atom, read by feedparser) is its items' pages."""

from datetime import UTC, date, datetime
from urllib.parse import urljoin, urlsplit, urlunsplit

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
    )
    text = (found.text or "") if found else ""
    paragraphs = tuple(" ".join(line.split()) for line in text.splitlines() if line.strip())
    if sum(len(p) for p in paragraphs) < MIN_ARTICLE_CHARS:
        raise ArticleError("no article text on the page")
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
    if not parsed.entries and (parsed.bozo or not parsed.version):
        reason = getattr(parsed, "bozo_exception", None) or "no items"
        raise FetchError(f"not a readable feed ({reason})")
    links = [urljoin(page.url, entry.link) for entry in parsed.entries if entry.get("link")]
    return " ".join(parsed.feed.get("title", "").split()), list(dict.fromkeys(links))
