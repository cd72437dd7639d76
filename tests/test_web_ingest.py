"""`newsbot ingest URL`: news pages fetched over real HTTP from a local site, stored with their
main text and metadata; every bad address named with its reason while the good ones load;
internal addresses refused."""

import gzip
import ipaddress
from datetime import date

import pytest
from sqlmodel import select

from bot.articles import ArticleError, parse_article
from bot.cli import main
from bot.fetch import (
    Fetched,
    FetchError,
    FetchPolicy,
    allow_any_address,
    fetch,
    public_address,
)
from bot.ingest import article_files, ingest_files
from bot.web_pages import parse_page
from db.engine import session_scope
from db.models import Article
from tests.conftest import SEED_FILE
from tests.news_site import WEB_FIXTURES, NewsSite, Page


@pytest.fixture
def site():
    site = NewsSite().start()
    yield site
    site.stop()


@pytest.fixture
def allow_private(monkeypatch):
    """The local site is on 127.0.0.1, which the bot refuses unless told otherwise."""
    monkeypatch.setenv("FETCH_ALLOW_PRIVATE", "true")


def stored(database_url: str) -> list[Article]:
    with session_scope(database_url) as session:
        return list(session.exec(select(Article).order_by(Article.id)))


def test_a_news_page_is_stored_with_its_main_text_and_metadata(
    site, allow_private, runner, database_url
):
    url = site.serve_fixture("/business/rotterdam?utm_source=feed", "port_strike.html")

    result = runner.invoke(main, ["ingest", url])

    assert result.exit_code == 0, result.output
    assert result.stdout.strip().endswith("1 new, 0 updated, 0 unchanged, 0 rejected")
    [article] = stored(database_url)
    assert article.title == "Dockworkers end three-day strike at Rotterdam after wage deal"
    assert article.source == site.url("/business/2026/11/28/rotterdam-strike-ends")  # canonical
    assert article.date.isoformat() == "2026-11-28"
    assert article.byline == "Marieke de Vries"
    assert article.paragraphs[0].startswith("ROTTERDAM — Dockworkers at Europe's largest port")
    for junk in ("Most read", "Sign up for the Morning Ledger", "Advertisement", "All rights"):
        assert junk not in article.body
    assert "Niels Bakker" in article.summary or "strike" in article.summary


def test_the_same_page_again_is_unchanged_and_a_changed_page_updated(
    site, allow_private, runner, database_url
):
    url = site.serve_fixture("/rotterdam", "port_strike.html")
    runner.invoke(main, ["ingest", url])
    again = runner.invoke(main, ["ingest", url])
    site.serve_fixture("/rotterdam", "port_strike_updated.html")
    changed = runner.invoke(main, ["ingest", url])

    assert again.stdout.strip().endswith("0 new, 0 updated, 1 unchanged, 0 rejected")
    assert changed.stdout.strip().endswith("0 new, 1 updated, 0 unchanged, 0 rejected")
    [article] = stored(database_url)
    assert "the first at the port since 2002" in article.body


def test_bad_addresses_are_named_with_their_reason_while_the_good_ones_load(
    site, allow_private, runner, database_url, monkeypatch
):
    monkeypatch.setenv("FETCH_TIMEOUT_SECONDS", "0.5")
    monkeypatch.setenv("FETCH_MAX_BYTES", "20000")
    good = site.serve_fixture("/good", "port_strike.html")
    site.pages["/pdf"] = Page(b"%PDF-1.7 ...", content_type="application/pdf")
    site.pages["/huge"] = Page(b"<html><body>" + b"<p>word </p>" * 5000 + b"</body></html>")
    site.pages["/slow"] = Page(b"<html></html>", delay=2.0)
    site.pages["/drip"] = Page(b"<html><body>" + b"x" * 200 + b"</body></html>", drip=0.05)
    site.serve_fixture("/consent", "cookie_wall.html")
    # 20 MB of spaces in 20 kB: counted after decompression, and stopped at the limit
    site.pages["/bomb"] = Page(
        gzip.compress(b" " * 20_000_000), headers={"Content-Encoding": "gzip"}
    )
    site.redirect("/loop-a", site.url("/loop-b"))
    site.redirect("/loop-b", site.url("/loop-a"))
    bad = {
        site.url("/missing"): "HTTP 404",
        site.url("/pdf"): "not a web page (application/pdf)",
        site.url("/huge"): "larger than the 20,000 byte limit",
        site.url("/slow"): "timed out after 0.5 s",
        site.url("/drip"): "timed out after 0.5 s",  # each byte in time, the page not
        site.url("/consent"): "no article text on the page",
        site.url("/loop-a"): "redirect loop",
        "http://unknown-host.invalid/story": "unknown host",
        site.url("/bomb"): "larger than the 20,000 byte limit",
        "http://127.0.0.1:99999/story": "not a valid web address (want http",
    }

    result = runner.invoke(main, ["ingest", good, *bad, str(SEED_FILE)])

    assert result.exit_code == 1
    for url, reason in bad.items():
        assert f"rejected {url}: {reason}" in result.stderr
    assert result.stdout.strip().endswith("2 new, 0 updated, 0 unchanged, 10 rejected")
    assert len(stored(database_url)) == 2


@pytest.mark.parametrize(
    "address",
    [
        "http://127.0.0.1:{port}/good",
        "http://localhost:{port}/good",
        "http://[::1]:{port}/good",
        "http://169.254.169.254/latest/meta-data/",
        "http://10.0.0.8/admin",
        "http://192.168.1.1/",
        "http://[::ffff:127.0.0.1]:{port}/good",
    ],
)
def test_internal_addresses_are_refused_by_default(site, runner, database_url, address):
    site.serve_fixture("/good", "port_strike.html")
    url = address.format(port=site.port)

    result = runner.invoke(main, ["ingest", url])

    assert result.exit_code == 1
    assert f"rejected {url}: refused:" in result.stderr
    assert site.hits("/good") == 0  # not even asked
    assert stored(database_url) == []


@pytest.mark.parametrize(
    "address",
    [
        "::127.0.0.1",  # IPv4-compatible
        "::ffff:0:7f00:1",  # IPv4-translated
        "64:ff9b::a9fe:a9fe",  # NAT64 of 169.254.169.254
        "2002:7f00:1::",  # 6to4 of 127.0.0.1
        "100.64.0.1",  # shared address space
        "0.0.0.0",
    ],
)
def test_internal_addresses_hidden_in_other_forms_are_not_public(address):
    assert not public_address(ipaddress.ip_address(address))


def test_public_addresses_are_public():
    for address in ("93.184.215.14", "2606:4700:4700::1111", "::ffff:8.8.8.8"):
        assert public_address(ipaddress.ip_address(address))


def test_a_compressed_page_is_read(site):
    text = (WEB_FIXTURES / "port_strike.html").read_bytes()
    site.pages["/gz"] = Page(gzip.compress(text), headers={"Content-Encoding": "gzip"})

    page = fetch(site.url("/gz"), FetchPolicy(address_allowed=allow_any_address))

    assert page.content == text


def test_a_redirect_into_an_internal_address_is_refused(site):
    """A site the policy allows (here: this one test address) redirecting to one it does not."""
    only_the_site = FetchPolicy(address_allowed=lambda ip: ip == ipaddress.ip_address("127.0.0.1"))
    site.serve_fixture("/good", "port_strike.html")
    inside = site.redirect("/jump", f"http://127.0.0.2:{site.port}/good")

    with pytest.raises(FetchError, match=r"refused: 127\.0\.0\.2 is a private"):
        fetch(inside, only_the_site)
    assert site.hits("/good") == 0


def test_a_conditional_request_answers_not_modified(site):
    site.serve_fixture("/feed.xml", "port_strike.html", headers={"ETag": '"v1"'})
    policy = FetchPolicy(address_allowed=lambda ip: True)

    first = fetch(site.url("/feed.xml"), policy)
    second = fetch(site.url("/feed.xml"), policy, etag=first.etag)

    assert (first.status, first.etag) == (200, '"v1"')
    assert (second.status, second.content) == (304, b"")


def test_a_proxy_from_the_environment_is_not_used(site, monkeypatch):
    """A proxy would connect in the bot's stead, out of reach of the address checks."""
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")  # nothing listens there
    monkeypatch.setenv("ALL_PROXY", "http://127.0.0.1:9")
    site.serve_fixture("/good", "port_strike.html")

    page = fetch(site.url("/good"), FetchPolicy(address_allowed=lambda ip: True))

    assert page.status == 200 and site.hits("/good") == 1


def html_page(body: str, head: str = "") -> Fetched:
    html = f"<!DOCTYPE html><html><head><title>Page</title>{head}</head><body>{body}"
    html += "<footer>© 2025 The Harbour Ledger. All rights reserved.</footer></body></html>"
    return Fetched("http://news.example/page", 200, html.encode(), "text/html")


PROSE = (
    "The port authority said on Monday that the new terminal would open in March after "
    "two years of delays caused by a shortage of cranes and a dispute over dredging."
)

MORE_PROSE = (
    "Shipping lines welcomed the news, although one executive said the delay had already cost "
    "the region two of its largest customers, who moved their cargo to Gdansk last year."
)


def test_a_page_without_a_date_is_dated_the_day_it_was_fetched_not_by_its_footer():
    page = html_page(f"<article><h1>Terminal opens</h1><p>{PROSE}</p><p>{MORE_PROSE}</p></article>")
    assert parse_page(page, today=date(2026, 11, 30)).date == date(2026, 11, 30)


@pytest.mark.parametrize(
    ("body", "head", "reason"),
    [
        (  # a section front: a list of teasers
            "<main><h1>Business</h1>"
            + "".join(
                f"<h2><a href='/s{n}'>Story {n} headline</a></h2><p>2 hours ago</p>"
                for n in range(8)
            )
            + f"<p>{PROSE}</p></main>",
            "",
            "no article text on the page",
        ),
        (
            "<div><h1>Before you continue</h1><p>We use cookies and data to deliver and maintain "
            "our services, track outages and protect against spam, fraud and abuse.</p><p>If you "
            "choose to accept all, we will also use cookies and data to develop new services and "
            "measure the effectiveness of ads.</p><p>Non-personalised content and ads are "
            "influenced by things like the content you are currently viewing and your location, "
            "and personalised ads by your past activity on our sites and apps.</p></div>",
            "",
            "a consent, sign-in or paywall page",
        ),
        (
            f"<article><h1>Budget day live</h1><p>{PROSE}</p><p>{MORE_PROSE}</p></article>",
            '<meta property="og:type" content="liveblogposting">',
            "a live blog",
        ),
    ],
)
def test_pages_that_hold_no_article_are_refused(body, head, reason):
    with pytest.raises(ArticleError, match=reason):
        parse_page(html_page(body, head))


def test_a_feed_item_that_is_no_web_address_leaves_the_files_their_own_analysis(
    site, tmp_path, corpus
):
    """Files are analysed by worker processes in order; a feed's odd item is read here."""
    site.serve_fixture("/business/rotterdam", "port_strike.html")
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Ledger</title>'
        "<item><title>Odd</title><link>ftp://127.0.0.1/odd.html</link></item>"
        "<item><title>Strike</title><link>/business/rotterdam</link></item>"
        "</channel></rss>"
    )
    site.pages["/rss"] = Page(feed.encode(), content_type="application/rss+xml")
    files, _ = article_files([corpus])
    url = f"sqlite:///{tmp_path / 'mixed.db'}"
    policy = FetchPolicy(address_allowed=allow_any_address)
    report = ingest_files([site.url("/rss"), *files], url, policy=policy, workers=2)
    assert [source for source, _ in report.rejected] == ["ftp://127.0.0.1/odd.html"]
    assert report.new == len(files) + 1
    titles = {article.source: article.title for article in stored(url)}
    for path in files:
        assert titles[str(path.resolve())] == parse_article(path.read_bytes()).title
