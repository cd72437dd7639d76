"""Sources through Slack's real door (`newsbot serve`, signed requests, the Slack stand-in):
/newsbot add URL for a page and a feed, /newsbot feeds, /newsbot remove URL, and a shared
news link stored and unfurled; pages come from a local news site over real HTTP."""

import json
import time

import pytest

from tests.news_site import NewsSite, Page
from tests.slack_helpers import (
    event_callback,
    free_port,
    serve_env,
    signed_post,
    slash_body,
    start_serve,
    stop,
    wait_until_healthy,
)
from tests.slack_standin import SlackStandIn

FORM = "application/x-www-form-urlencoded"
KOTKA_PAGE = """<!DOCTYPE html><html><head><title>Icebreakers reopen the port of Kotka</title>
<meta property="article:published_time" content="2026-11-30T08:00:00Z"></head><body>
<nav><a href="/">Home</a></nav><article><h1>Icebreakers reopen the port of Kotka</h1>
<p>KOTKA — Two state icebreakers cleared the approach to Finland's largest export port on
Monday, ending a four-day halt that had kept timber and paper cargoes at the quays.</p>
<p>"The channel is open again and we expect normal traffic by Wednesday," harbour master
Anna Virtanen told reporters, adding that ships would sail in convoy for the rest of the week.
</p></article><footer>The Harbour Ledger</footer></body></html>"""
RSS = "application/rss+xml"


@pytest.fixture(scope="module")
def site():
    site = NewsSite().start()
    site.serve_fixture("/port_strike.html", "port_strike.html")
    site.serve_fixture("/wind_auction.html", "wind_auction.html")
    site.serve_fixture("/rates_hold.html", "rates_hold.html")
    site.serve_fixture("/rss", "ledger_feed.xml", content_type=RSS)
    yield site
    site.stop()


@pytest.fixture(scope="module")
def served(tmp_path_factory, site):
    folder = tmp_path_factory.mktemp("serve")
    slack = SlackStandIn().start()
    port = free_port()
    env = serve_env(
        f"sqlite:///{folder / 'store.db'}",
        slack.api_url,
        port,
        FETCH_ALLOW_PRIVATE="true",  # the news site is on 127.0.0.1
        FEED_POLL_MINUTES="0.05",  # every 3 s, so that a test sees serve poll
    )
    process = start_serve(env, folder)
    try:
        wait_until_healthy(port, process)
        yield f"http://127.0.0.1:{port}/slack/events", slack
    finally:
        output = stop(process)
        slack.stop()
    assert "Traceback" not in output, output


def command(served, text: str) -> dict:
    url, slack = served
    slack.clear()
    reply = signed_post(url, slash_body("/newsbot", text, slack.response_url()), FORM)
    assert reply.status == 200
    [call] = slack.wait_for(lambda calls: len(calls) >= 1, timeout=20)
    return call.payload


def blocks_text(payload: dict) -> str:
    return json.dumps(payload["blocks"], ensure_ascii=False)


def link_shared(served, event_id: str, urls: list[str]) -> None:
    url, slack = served
    event = {
        "type": "link_shared",
        "channel": "C1",
        "user": "U1",
        "message_ts": "1700000500.000100",
        "unfurl_id": "U-1",
        "source": "conversations_history",
        "links": [{"domain": "127.0.0.1", "url": u} for u in urls],
    }
    reply = signed_post(url, event_callback(event_id, event), "application/json")
    assert reply.status == 200


def test_add_a_page_answers_with_its_summary_and_link(served, site):
    page = site.url("/rates_hold.html")

    payload = command(served, f"add <{page}>")  # Slack sends links in angle brackets

    assert "Stored: Norway's central bank holds rates, signals cut in March" in payload["text"]
    assert "Ida Wolden Bache" in blocks_text(payload)
    assert f"<{page}|" in blocks_text(payload)  # the article's page, linked


def test_add_a_feed_follows_it_and_feeds_lists_it(served, site):
    feed = site.url("/rss")

    added = command(served, f"add {feed}")
    listed = command(served, "feeds")
    removed = command(served, f"remove {feed}")
    again = command(served, "feeds")

    assert f"Following the feed {feed}" in added["text"]
    assert "2 new" in added["text"] or "1 new" in added["text"]
    assert "The Harbour Ledger: Business" in listed["text"] and "articles stored" in listed["text"]
    assert f"Stopped following {feed}" in removed["text"]
    assert "Feeds followed: none yet" in again["text"]


def test_a_bad_link_is_answered_with_its_reason(served, site):
    payload = command(served, f"add {site.url('/no-such-story')}")
    assert "Could not store" in payload["text"] and "HTTP 404" in payload["text"]


def test_add_without_a_link_gets_usage(served):
    payload = command(served, "add the rotterdam story")
    assert "/newsbot add URL" in payload["text"]


def test_a_shared_news_link_is_stored_and_unfurled_once(served, site):
    _, slack = served
    page = site.url("/wind_auction.html")
    slack.clear()

    link_shared(served, "Ev-link-1", [page])
    link_shared(served, "Ev-link-1", [page])  # Slack's retry of the same event

    deadline = time.monotonic() + 20
    while not slack.sent("chat.unfurl") and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(1.0)
    [call] = slack.sent("chat.unfurl")
    unfurls = call.payload["unfurls"]
    unfurls = json.loads(unfurls) if isinstance(unfurls, str) else unfurls
    preview = json.dumps(unfurls[page], ensure_ascii=False)
    assert "Denmark's offshore wind auction draws no bids" in preview
    assert "2026-11-29" in preview and "Lars Aagaard" in preview
    assert call.payload["channel"] == "C1" and call.payload["ts"] == "1700000500.000100"
    news = command(served, "news wind auction")
    assert "Denmark's offshore wind auction draws no bids" in news["text"]


def test_serve_polls_a_followed_feed_by_itself(served, site):
    atom = "application/atom+xml"
    feed = site.serve_fixture("/energy.xml", "ledger_atom.xml", content_type=atom)
    command(served, f"add {feed}")
    site.pages["/kotka.html"] = Page(KOTKA_PAGE.encode())
    new_entry = (
        b"<entry><title>Kotka</title><link href='kotka.html'/><id>urn:kotka</id>"
        b"<updated>2026-11-30T09:00:00Z</updated></entry><entry>"
    )
    site.pages["/energy.xml"] = Page(
        site.pages["/energy.xml"].body.replace(b"<entry>", new_entry, 1), content_type=atom
    )

    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if (
            "Icebreakers reopen the port of Kotka"
            in command(served, "news kotka icebreakers")["text"]
        ):
            break
        time.sleep(1.0)
    else:
        raise AssertionError("serve did not store the feed's new item")
