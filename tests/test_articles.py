from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.articles import ArticleError, parse_article
from tests.conftest import SEED_FILE

SEED = SEED_FILE.read_bytes()


def test_seed_article_is_parsed():
    article = parse_article(SEED)
    assert article.date == date(2025, 10, 23)
    assert article.title == "Korea's top security adviser meets with Japanese 'kingmaker' Taro Aso"
    assert article.published == datetime(2025, 10, 23, 7, 0)
    assert len(article.paragraphs) == 8
    assert article.paragraphs[0].startswith("Wi Sung-lac, the national security adviser")


def test_bom_crlf_and_blank_lines_give_the_same_article():
    messy = b"\xef\xbb\xbf\r\n\r\n" + SEED.replace(b"\n", b"\r\n\r\n") + b"\r\n\r\n"
    assert parse_article(messy) == parse_article(SEED)
    assert parse_article(messy).content_hash == parse_article(SEED).content_hash


def test_published_line_is_optional():
    article = parse_article(b"date 2025-11-01 Title here\nFirst paragraph.\nSecond one.")
    assert article.published is None
    assert article.paragraphs == ("First paragraph.", "Second one.")


def test_unparseable_published_line_is_not_body_text():
    article = parse_article(b"date 2025-11-01 T\nPublished: sometime last week\nBody.")
    assert article.published is None
    assert article.paragraphs == ("Body.",)


def test_curly_and_straight_quotes_are_kept():
    raw = "date 2025-11-01 A “quoted” 'title'\nHe said \"yes\" and “no”.".encode()
    article = parse_article(raw)
    assert article.title == "A “quoted” 'title'"
    assert article.paragraphs == ('He said "yes" and “no”.',)


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\r\n ", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        (b"Just some text\nwith no header", "'date YYYY-MM-DD <title>' header"),
        (b"date 2025-13-45 Impossible day\nBody.", "invalid date '2025-13-45'"),
        (b"date 20251023 Compact date\nBody.", "invalid date '20251023'"),
        (b"date 2025-10-23\nBody.", "no title"),
        (b"date 2025-10-23 Title only", "no body text"),
        ("date 2025-10-23 Caf\u00e9\nBody".encode("latin-1"), "not UTF-8"),
    ],
)
def test_bad_files_are_rejected_with_a_reason(raw, reason):
    with pytest.raises(ArticleError, match=reason):
        parse_article(raw)


@given(st.binary(max_size=400))
def test_arbitrary_bytes_give_an_article_or_a_reason(raw):
    try:
        article = parse_article(raw)
    except ArticleError as err:
        assert str(err)
    else:
        assert article.title and article.paragraphs


@given(st.text(max_size=300), st.dates(min_value=date(1900, 1, 1)), st.text(max_size=60))
def test_any_text_yields_a_title_and_the_date_it_contains(body, day, title):
    raw = f"date {day.isoformat()} {title}\n{body}"
    try:
        article = parse_article(raw.encode())
    except ArticleError:
        return
    assert article.title.strip()
    assert article.date.isoformat() in raw
    assert all(paragraph.strip() for paragraph in article.paragraphs)
