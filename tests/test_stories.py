"""One story from several outlets: wire copy reprinted with small edits is one story, shown
once in /news and the digest with "also in: …"; answers link an article's page."""

from datetime import date

import pytest
from sqlmodel import select

from bot.answers import answer_command
from bot.commands import parse_command
from bot.digest import digest_for_day
from bot.fetch import FetchPolicy, allow_any_address
from bot.ingest import ingest_paths
from bot.library import Library
from bot.render import to_message, to_text
from db.engine import session_scope
from db.models import Article
from tests.conftest import SEED_FILE
from tests.news_site import NewsSite, Page

ANY_ADDRESS = FetchPolicy(address_allowed=allow_any_address)  # the outlets are on 127.0.0.1
WIRE = [
    "SANTIAGO, Nov 27 (Wire) - Workers at Chile's Escondida copper mine, the world's largest, "
    "began a strike on Thursday after talks over bonuses and shift patterns collapsed, the "
    "mine's main union said.",
    "The union, which represents about 2,300 workers, said the company had refused to improve "
    "an offer that members rejected last week by a wide margin.",
    "“We gave the company every chance to reach a fair agreement,” union president Patricio "
    "Tapia told reporters outside the mine's offices in Antofagasta.",
    "Escondida, majority owned by BHP, produced about 1.1 million tonnes of copper last year, "
    "roughly 5 percent of global supply. Copper prices rose 1.8 percent in London on the news.",
    "BHP said in a statement that contingency plans were in place to keep the mine operating "
    "and that it remained open to dialogue with the union.",
    "The last strike at Escondida, in 2017, lasted 44 days and cost the company an estimated "
    "$740 million in lost output.",
]
LOCAL_INTRO = (
    "Our mining correspondent adds: the stoppage comes as Chile debates a new royalty on large "
    "copper producers."
)
OTHER_STORY = [
    "Peru's Las Bambas copper mine resumed shipments on Friday after community protesters lifted "
    "a road blockade that had halted trucks for two weeks, the operator MMG said.",
    "The mine, one of the world's largest copper producers, had warned it could be forced to cut "
    "output if the blockade lasted into December.",
    "“Dialogue has prevailed,” Energy and Mines Minister Jorge Montero said in Lima, adding that "
    "the government would set up a development fund for the affected communities.",
]


def page(title: str, paragraphs: list[str], site_name: str, day: str) -> Page:
    body = "".join(f"<p>{text}</p>" for text in paragraphs)
    html = (
        f"<!DOCTYPE html><html><head><title>{title} | {site_name}</title>"
        f'<meta property="article:published_time" content="{day}T10:00:00Z"></head><body>'
        f"<nav><a href='/'>{site_name}</a> <a href='/markets'>Markets</a></nav>"
        f"<article><h1>{title}</h1>{body}</article>"
        f"<aside><h2>Most read</h2><ul><li>Ten ways to save on energy</li></ul></aside>"
        f"<footer>© 2026 {site_name}</footer></body></html>"
    )
    return Page(html.encode())


@pytest.fixture
def outlets():
    """Two outlets reprinting one wire story (one edits it), and a third story on copper."""
    site = NewsSite().start()
    title = "Workers strike at Chile's Escondida, world's biggest copper mine"
    site.pages["/a/escondida"] = page(title, WIRE, "Andes Daily", "2026-11-27")
    reprint = [LOCAL_INTRO, *WIRE[:4], WIRE[5].replace("an estimated", "about")]
    site.pages["/b/escondida"] = page(
        "Copper jumps as strike hits Escondida mine", reprint, "Metals Weekly", "2026-11-27"
    )
    site.pages["/c/las-bambas"] = page(
        "Las Bambas copper shipments resume", OTHER_STORY, "Andes Daily", "2026-11-27"
    )
    urls = (
        f"http://127.0.0.1:{site.port}/a/escondida",
        f"http://localhost:{site.port}/b/escondida",  # another host: another outlet
        f"http://127.0.0.1:{site.port}/c/las-bambas",
    )
    yield urls
    site.stop()


def ask(text: str, database_url: str):
    with session_scope(database_url):
        return answer_command(parse_command(text), Library(), database_url, "UTC")


def test_a_reprinted_wire_story_is_one_story_with_several_sources(outlets, database_url):
    report = ingest_paths(list(outlets), database_url, ANY_ADDRESS)

    assert str(report) == "3 new, 0 updated, 0 unchanged, 0 rejected"
    with session_scope(database_url) as session:
        stored = {a.source: a for a in session.exec(select(Article))}
    first, reprint, other = (stored[url] for url in outlets)
    assert first.story_id is None and reprint.story_id == first.id
    assert other.story_id is None  # the same topic, told in other words


def test_news_shows_a_story_once_with_the_other_outlets(outlets, database_url):
    ingest_paths(list(outlets), database_url, ANY_ADDRESS)

    answer = ask("/news escondida copper strike", database_url)

    escondida = [s for s in answer.sections if "Escondida" in s.heading]
    assert len(escondida) == 1
    assert escondida[0].cited.also_in in {("localhost",), ("127.0.0.1",)}
    assert "also in: " in to_text(answer)


def test_the_digest_shows_a_story_once(outlets, database_url):
    ingest_paths(list(outlets), database_url, ANY_ADDRESS)

    with session_scope(database_url) as session:
        digest = digest_for_day(session, date(2026, 11, 27))

    articles = [s.heading for s in digest.sections if s.cited and s.heading != "Quote of the day"]
    assert articles == [
        "Workers strike at Chile's Escondida, world's biggest copper mine",
        "Las Bambas copper shipments resume",
    ]


def test_answers_link_a_web_article_and_name_a_file_article(outlets, database_url):
    ingest_paths([outlets[2], SEED_FILE], database_url, ANY_ADDRESS)

    web = to_message(ask("/news las bambas", database_url))
    from_file = to_message(ask("/news kingmaker", database_url))

    assert f"<{outlets[2]}|127.0.0.1>" in contexts(web)[0]
    assert SEED_FILE.name in contexts(from_file)[0] and "<" not in contexts(from_file)[0]


def contexts(message: dict) -> list[str]:
    return [b["elements"][0]["text"] for b in message["blocks"] if b["type"] == "context"]


def test_a_link_label_cannot_break_out_of_its_link():
    from bot.answer import Cited
    from bot.render import cited_mrkdwn

    text = cited_mrkdwn(Cited(date(2026, 1, 2), "A <b>|c & d", "https://x.example/a|b?q=1&r=<2>"))

    assert text == (
        "2026-01-02 · <https://x.example/a%7Cb?q=1&amp;r=&lt;2&gt;|A &lt;b&gt;¦c &amp; d>"
    )


def test_a_reprinted_quote_is_shown_once(outlets, database_url):
    ingest_paths(list(outlets), database_url, ANY_ADDRESS)

    quotes = to_text(ask("/quotes Patricio Tapia", database_url))

    assert quotes.count("We gave the company every chance") == 1
