"""Feeds: `newsbot ingest FEED_URL`, `newsbot feeds add|list|remove|poll`, conditional GET,
back-off of a failing feed, one poll per feed per round across replicas, and `serve`'s
polling, against a local news site over real HTTP."""

import threading
from datetime import timedelta

import pytest
from sqlmodel import select

from bot.cli import main
from bot.feeds import poll_feeds, utc_now
from bot.fetch import FetchPolicy
from bot.scheduler import poll_feeds_now
from bot.settings import get_settings
from db.engine import session_scope
from db.models import Article, Feed
from tests.news_site import NewsSite, Page

RSS = "application/rss+xml"


@pytest.fixture
def site(monkeypatch):
    monkeypatch.setenv("FETCH_ALLOW_PRIVATE", "true")  # the site is on 127.0.0.1
    site = NewsSite().start()
    site.serve_fixture("/port_strike.html", "port_strike.html")
    site.serve_fixture("/wind_auction.html", "wind_auction.html")
    yield site
    site.stop()


def titles(database_url: str) -> list[str]:
    with session_scope(database_url) as session:
        return sorted(session.exec(select(Article.title)))


def feed_row(database_url: str) -> Feed:
    with session_scope(database_url) as session:
        return session.exec(select(Feed)).one()


def test_ingesting_a_feed_stores_its_items_pages(site, runner, database_url):
    feed = site.serve_fixture("/rss", "ledger_feed.xml", content_type=RSS)

    result = runner.invoke(main, ["ingest", feed])

    assert result.exit_code == 0, result.output
    assert result.stdout.strip().endswith("2 new, 0 updated, 0 unchanged, 0 rejected")
    assert titles(database_url) == [
        "Denmark's offshore wind auction draws no bids",
        "Dockworkers end three-day strike at Rotterdam after wage deal",
    ]


def test_a_followed_feed_is_listed_polled_conditionally_and_removed(site, runner, database_url):
    feed = site.serve_fixture("/rss", "ledger_feed.xml", content_type=RSS, headers={"ETag": '"a"'})

    added = runner.invoke(main, ["feeds", "add", feed])
    listed = runner.invoke(main, ["feeds", "list"])
    unchanged = runner.invoke(main, ["feeds", "poll"])

    assert added.exit_code == 0, added.output
    assert added.stdout.strip() == "2 new, 0 updated, 0 unchanged, 0 rejected"
    assert f"{feed} (The Harbour Ledger: Business): 2 articles stored · last checked 20" in (
        listed.stdout
    )
    assert unchanged.stdout.strip() == "0 new, 0 updated, 0 unchanged, 0 rejected"
    rss_requests = [headers for path, headers in site.requests if path == "/rss"]
    assert rss_requests[-1].get("If-None-Match") == '"a"'  # and the site answered 304

    # A new item: only its page is fetched, the known items' are not fetched again.
    site.serve_fixture("/rates_hold.html", "rates_hold.html")
    rss = site.pages["/rss"].body.replace(
        b"<item>", b"<item><title>Rates</title><link>rates_hold.html</link></item><item>", 1
    )
    site.pages["/rss"] = Page(rss, content_type=RSS, headers={"ETag": '"b"'})
    polled = runner.invoke(main, ["feeds", "poll"])
    removed = runner.invoke(main, ["feeds", "remove", feed])
    after = runner.invoke(main, ["feeds", "list"])

    assert polled.stdout.strip() == "1 new, 0 updated, 0 unchanged, 0 rejected"
    assert site.hits("/port_strike.html") == 1
    assert removed.stdout.strip() == f"removed {feed}"
    assert "No feeds followed" in after.stdout
    assert len(titles(database_url)) == 3  # the articles stay


def test_an_atom_feed_is_followed(site, runner, database_url):
    feed = site.serve_fixture("/atom", "ledger_atom.xml", content_type="application/atom+xml")
    result = runner.invoke(main, ["feeds", "add", feed])
    assert result.stdout.strip() == "1 new, 0 updated, 0 unchanged, 0 rejected"


def test_bad_feeds_and_items_are_named_with_their_reason(site, runner, database_url):
    page = site.url("/port_strike.html")
    feed = site.serve_fixture("/rss", "ledger_feed.xml", content_type=RSS)
    site.pages["/wind_auction.html"] = Page(b"gone", status=410)

    not_a_feed = runner.invoke(main, ["feeds", "add", page])
    missing = runner.invoke(main, ["feeds", "add", site.url("/nothing.xml")])
    item_fails = runner.invoke(main, ["feeds", "add", feed])

    assert not_a_feed.exit_code == 1
    assert f"{page}: not a feed (text/html)" in not_a_feed.stderr
    assert "HTTP 404" in missing.stderr
    assert item_fails.exit_code == 1
    assert f"rejected {site.url('/wind_auction.html')}: HTTP 410" in item_fails.stderr
    assert item_fails.stdout.strip() == "1 new, 0 updated, 0 unchanged, 1 rejected"


def test_a_broken_feed_is_named_with_its_reason(site, runner, database_url):
    site.pages["/broken.xml"] = Page(
        b"<?xml version='1.0'?><rss><channel><title>x", content_type=RSS
    )

    result = runner.invoke(main, ["feeds", "add", site.url("/broken.xml")])

    assert result.exit_code == 1
    assert f"{site.url('/broken.xml')}: not a readable feed" in result.stderr


def test_a_failing_feed_is_polled_less_often_and_its_error_listed(site, runner, database_url):
    feed = site.serve_fixture("/rss", "ledger_feed.xml", content_type=RSS)
    runner.invoke(main, ["feeds", "add", feed])
    site.pages["/rss"] = Page(b"<rss><channel><item>broken", status=503)

    first = runner.invoke(main, ["feeds", "poll"])
    after_one = feed_row(database_url)
    runner.invoke(main, ["feeds", "poll"])
    after_two = feed_row(database_url)
    listed = runner.invoke(main, ["feeds", "list"])

    assert first.exit_code == 1
    assert f"feed {feed}: HTTP 503" in first.stderr
    assert "last error: HTTP 503" in listed.stdout
    wait_one = after_one.next_poll_at - after_one.last_polled_at
    wait_two = after_two.next_poll_at - after_two.last_polled_at
    assert (after_one.failures, after_two.failures) == (1, 2)
    assert wait_one == timedelta(minutes=30) and wait_two == timedelta(minutes=60)


def test_two_replicas_polling_at_once_poll_each_feed_once(site, runner, database_url):
    site.serve_fixture("/rss", "ledger_feed.xml", content_type=RSS, delay=0.3)
    runner.invoke(main, ["feeds", "add", site.url("/rss")])
    requests_before = site.hits("/rss")
    later = utc_now() + timedelta(hours=1)  # the feed is due again
    policy = FetchPolicy(address_allowed=lambda ip: True)
    results: list[list] = []

    def replica() -> None:
        results.append(poll_feeds(database_url, policy, timedelta(minutes=15), clock=lambda: later))

    replicas = [threading.Thread(target=replica) for _ in range(2)]
    for thread in replicas:
        thread.start()
    for thread in replicas:
        thread.join()

    assert site.hits("/rss") - requests_before == 1
    assert sorted(len(polls) for polls in results) == [0, 1]


def test_the_schedule_of_serve_polls_followed_feeds(site, database_url):
    feed = site.serve_fixture("/rss", "ledger_feed.xml", content_type=RSS)
    with session_scope(database_url) as session:
        session.add(Feed(url=feed, added_at=utc_now(), next_poll_at=utc_now()))
    get_settings.cache_clear()

    poll_feeds_now(get_settings())

    assert len(titles(database_url)) == 2
