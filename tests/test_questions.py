"""The questions people ask, on articles written for these tests (tests/fixtures/questions,
whose README is the answer key): titles and who holds them, descriptions, who said
something, quotes on a topic, news by date."""

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest

from bot.answers import answer_text
from bot.ingest import ingest_paths
from bot.library import Library
from bot.render import to_text
from tests.conftest import FIXTURES

QUESTIONS = sorted((FIXTURES / "questions").glob("*.txt"))


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('questions') / 'store.db'}"
    ingest_paths(QUESTIONS, url)
    return url


@pytest.fixture
def ask(store):
    library = Library()
    return lambda text: to_text(answer_text(text, library, store))


def first_line(reply: str) -> str:
    return reply.splitlines()[0]


def stored(database_url: str, tmp_path, *articles: str) -> Library:
    """A store holding the article texts given (seed format), and a library over it."""
    folder = tmp_path / "articles"
    folder.mkdir(parents=True)
    for number, text in enumerate(articles):
        (folder / f"{number}.txt").write_text(text, encoding="utf-8")
    ingest_paths([folder], database_url)
    return Library()


def asking(database_url: str, tmp_path, *articles: str) -> Callable[[str], str]:
    """Ask questions, each replied to as text, of one store of the article texts given."""
    library = stored(database_url, tmp_path, *articles)
    return lambda question: to_text(answer_text(question, library, database_url))


def reply_to(question: str, database_url: str, tmp_path, *articles: str) -> str:
    """The reply, as text, to one question over a store of the article texts given."""
    return to_text(answer_text(question, stored(database_url, tmp_path, *articles), database_url))


# --- who holds a title ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "question, holder",
    [
        ("who is the prime minister of Japan?", "Sanae Takaichi"),
        ("who is Japan's prime minister?", "Sanae Takaichi"),
        ("/who japanese prime minister", "Sanae Takaichi"),
        ("who is the prime minister of Australia?", "Anthony Albanese"),  # "prime minister of"
        ("who is Canada's prime minister", "Mark Carney"),  # "Canada's Prime Minister"
        ("who is the British prime minister?", "Keir Starmer"),
        ("who is the prime minister of Britain?", "Keir Starmer"),  # "British Prime Minister"
    ],
)
def test_a_title_of_a_country_is_its_holder_however_either_is_written(ask, question, holder):
    reply = ask(question)
    assert first_line(reply).endswith(f": {holder}"), reply
    for other in {"Sanae Takaichi", "Anthony Albanese", "Mark Carney", "Keir Starmer"} - {holder}:
        assert other not in reply


def test_a_title_held_in_several_countries_lists_each_holder_with_whose_it_is(ask):
    reply = ask("who is the prime minister?")
    assert first_line(reply) == "“prime minister”: 4 holders in the articles"
    for holder, stated in [
        ("Keir Starmer", "British Prime Minister"),
        ("Sanae Takaichi", "Japanese Prime Minister"),
        ("Anthony Albanese", "prime minister of Australia"),
        ("Mark Carney", "Canada's Prime Minister"),
    ]:
        assert f"{holder}\n{stated}, stated" in reply, reply
    # each stated once: the newest first (the most stated would come first)
    assert reply.index("Keir Starmer") < reply.index("Sanae Takaichi") < reply.index("Carney")


def test_a_role_change_gives_the_newest_holder_and_the_earlier_one_as_history(ask):
    for question in (
        "who is the chair of the Northern Rail Workers' Union?",
        "who chairs the northern rail workers union",  # "chairwoman", "chairman"
        "who heads the Northern Rail Workers' Union?",
    ):
        reply = ask(question)
        assert first_line(reply).endswith(": Maria Delgado"), reply
        assert "new chairwoman of the Northern Rail Workers' Union, stated on 2025-11-12" in reply
        assert "Before\n• Peter Hollis, Union chairman, until 2025-09-05" in reply


def test_a_bare_former_title_of_a_known_holder_makes_them_former(ask):
    # "former chairman Peter Hollis" (2025-11-12) says nothing of the union itself; Hollis
    # is the union's chairman by an earlier article, so it is that title he held
    reply = ask("who was the former chairman of the Northern Rail Workers' Union?")
    assert first_line(reply).endswith(": Peter Hollis"), reply
    assert "until 2025-09-05, former by 2025-11-12" in reply


def test_a_former_holder_never_answers_who_holds_it_now(ask):
    reply = ask("who is the foreign minister of Sorvania?")
    assert first_line(reply) == "Foreign minister of Sorvania: Elena Varga"
    # "Minister for Foreign Affairs" and "foreign minister" are one title
    assert "stated from 2025-09-26 to 2025-11-05" in reply
    assert "Before\n• Tomas Rennik, former Foreign Minister" in reply
    reply = ask("who is Sorvania's former foreign minister?")
    assert first_line(reply) == "Sorvania's former foreign minister: Tomas Rennik"
    assert "Elena Varga" not in reply


def test_titles_of_one_body_written_either_way_match(ask):
    for question in (
        "who is the governor of the Bank of Canada?",
        "/who Bank of Canada governor",
        "who leads the bank of canada",
    ):
        reply = ask(question)
        assert first_line(reply).endswith(": Claire Dufresne"), reply
        assert "Paul Lemieux" not in reply  # a senior deputy governor is not the governor


def test_an_organisations_title_is_not_a_similar_organisations(ask):
    reply = ask("who is the chairman of the Korea Semiconductor Industry Association?")
    assert first_line(reply).endswith(": Lee Dong-hoon"), reply
    assert "Choi Eun-seo" not in reply  # vice chairman of the Display Industry Association
    reply = ask("who is the spokeswoman of the Korea Display Industry Association?")
    assert first_line(reply).endswith(": Park Ji-young"), reply


def test_a_name_is_still_a_profile_and_a_title_nobody_holds_says_so(ask):
    assert first_line(ask("/who Elena Varga")) == "Elena Varga (person)"
    # a title written before the name is not part of it
    for question in ("/who Japanese Prime Minister Sanae Takaichi", "who is PM Takaichi?"):
        assert first_line(ask(question)) == "Sanae Takaichi (person)", question
    assert first_line(ask("/who Bank of Canada Governor Claire Dufresne")) == (
        "Claire Dufresne (person)"
    )
    reply = ask("who is the finance minister of Peru?")
    assert first_line(reply) == "Nothing found for “finance minister of Peru”"
    assert "Closest:" in reply and "Albanese" not in first_line(reply)


@pytest.mark.parametrize("question", ["who is the?", "/who the", "who is ?"])
def test_a_question_that_is_only_a_role_word_gets_one_clear_line(ask, question):
    reply = ask(question)
    assert "`/who NAME`" in reply or "Tell me what to look for" in reply, reply


# --- descriptions and who said it ----------------------------------------------------------


def test_a_description_finds_the_person_it_labels(ask):
    reply = ask("who is the architect?")  # "Sorvania's 'architect' Andrei Kovalen"
    assert first_line(reply) == "“architect”: Andrei Kovalen", reply
    reply = ask("who is the party's chief strategist?")  # "Kovalen, widely seen as ..."
    assert first_line(reply).endswith(": Andrei Kovalen"), reply
    # whose it is: the owner is not the one described
    reply = ask("who is Sorvania's architect?")
    assert first_line(reply) == "“Sorvania's architect”: Andrei Kovalen", reply


def test_who_said_words_names_the_speaker_with_the_article(ask):
    reply = ask("who said small countries do not have the luxury of walking away?")
    assert first_line(reply).endswith(": Elena Varga"), reply
    assert "2025-09-26 · Sorvania launches bid for a U.N. Security Council seat" in reply
    reply = ask("who said “I am handing over to someone who knows every signal box”")
    assert first_line(reply).endswith(": Peter Hollis"), reply
    assert first_line(ask("who said zebra marathon qwxzv?")).startswith("Nothing found")


# --- /quotes on a topic or an organisation -------------------------------------------------


def test_a_topic_that_shares_a_word_with_an_organisation_is_still_a_topic(ask):
    reply = ask("/quotes semiconductor")
    assert first_line(reply) == "Quotes about “semiconductor”", reply
    assert "Lee Dong-hoon" in reply and "No direct quotes" not in reply


def test_an_organisations_quotes_are_those_of_its_people(ask):
    reply = ask("/quotes Korea Display Industry Association")
    assert first_line(reply) == "Quotes from Korea Display Industry Association", reply
    assert "Park Ji-young" in reply and "Choi Eun-seo" in reply
    assert "Lee Dong-hoon" not in reply  # the Semiconductor Industry Association's chairman


def test_a_topic_matches_the_speakers_role(ask):
    reply = ask("/quotes chief economist")  # Kenta Morioka, chief economist at ...
    assert "Kenta Morioka" in reply, reply


# --- /news: words search keeps, dates, order -----------------------------------------------


def test_news_searches_words_a_general_stop_list_would_drop(ask):
    for word, title in [
        ("analysts", "Carney unveils support"),
        ("economists", "Bank of Canada cuts rate"),
    ]:
        reply = ask(f"/news {word}")
        assert title in reply, reply


def test_news_within_dates_and_newest_first(ask):
    reply = ask("/news economists since 2025-10-29")
    assert "Bank of Canada cuts rate" in reply and "rice prices" not in reply
    reply = ask("/news economists before October 29, 2025")
    assert "rice prices" in reply and "Bank of Canada cuts rate" not in reply
    reply = ask("/news rail union in November 2025")
    assert "names Maria Delgado chairwoman" in reply and "pay talks stall" not in reply
    reply = ask("latest news about the rail union")
    assert reply.index("Maria Delgado chairwoman") < reply.index("pay talks stall")
    reply = ask("/news latest")  # the newest articles of all
    assert "(1-5)" in first_line(reply) and "architect" in reply.split("\n\n")[1], reply


def test_news_dates_that_hold_nothing_or_do_not_exist_get_one_clear_line(ask):
    assert first_line(ask("/news since 2025-02-30")) == "“2025-02-30” is not a date."
    reply = ask("/news rail union on 2025-10-01")
    assert first_line(reply) == "Nothing on 2025-10-01 for “rail union”"
    reply = ask("/news on 2024-01-01")
    assert first_line(reply) == "No articles on 2024-01-01"
    assert "The latest articles are from 2025-11-18." in reply


def test_news_today_and_this_week(database_url, tmp_path):
    today = datetime.now(UTC).date()  # the bot's default zone
    library = stored(
        database_url,
        tmp_path,
        f"date {today.isoformat()} Harbour ferry strike ends\n"
        "Ferry crews returned to work on Monday after a two-day strike.\n",
        f"date {(today - timedelta(days=30)).isoformat()} Harbour ferry strike looms\n"
        "Ferry crews voted to strike over pay.\n",
    )
    reply = to_text(answer_text("/news ferry today", library, database_url))
    assert "strike ends" in reply and "strike looms" not in reply
    reply = to_text(answer_text("news this week", library, database_url))
    assert "strike ends" in reply and "strike looms" not in reply


def test_words_several_people_quoted_are_first_of_whoever_said_them_most(database_url, tmp_path):
    library = stored(
        database_url,
        tmp_path,
        *(
            f"date {day} Council row over procurement\n"
            f"“{words},” said {speaker}, a city councillor, on Monday.\n"
            for day, speaker, words in [
                ("2025-03-01", "Dana Whitfield", "Crooked contracts must end"),
                ("2025-03-08", "Dana Whitfield", "Crooked contracts must end, and they will"),
                ("2025-03-15", "Owen Marsh", "Crooked contracts must end"),
            ]
        ),
    )
    reply = to_text(answer_text("who said crooked contracts must end?", library, database_url))
    assert first_line(reply) == "Who said “crooked contracts must end”: Dana Whitfield", reply
    assert "Owen Marsh" in reply  # he said it too, and is listed


def test_a_person_with_no_quotes_gets_the_quotes_that_name_them(database_url, tmp_path):
    library = stored(
        database_url,
        tmp_path,
        "date 2025-04-02 Port chief resigns over contract\n"
        "Harbour authority chief executive Miriam Ostrander resigned on Tuesday.\n"
        "“Ostrander did the honourable thing after the contract scandal,” said Councillor "
        "Tomas Brevik.\n",
    )
    reply = to_text(answer_text("/quotes Miriam Ostrander", library, database_url))
    assert first_line(reply).startswith("No direct quotes from Miriam Ostrander yet"), reply
    assert "Ostrander did the honourable thing" in reply and "Tomas Brevik" in reply


def test_names_and_words_are_found_without_their_accents(database_url, tmp_path):
    library = stored(
        database_url,
        tmp_path,
        "date 2025-06-11 Air Méridien names new chief executive\n"
        "Air Méridien chief executive Jean-Luc Fabre said the airline would cut routes.\n",
    )
    assert "Air Méridien names new chief executive" in to_text(
        answer_text("/news air meridien", library, database_url)
    )
    reply = to_text(
        answer_text("who is the chief executive of Air Meridien?", library, database_url)
    )
    assert first_line(reply).endswith(": Jean-Luc Fabre"), reply


def test_letters_without_a_decomposition_are_found_as_plain_latin(database_url, tmp_path):
    library = stored(
        database_url,
        tmp_path,
        "date 2026-11-12 Turkish kingmaker backs the budget\n"
        "Homeland Unity Party leader Orhan Kılınç said his deputies would back the budget.\n"
        "Former trade union head Lech Wałęsa welcomed the vote.\n",
    )
    assert first_line(to_text(answer_text("/who kilinc", library, database_url))).startswith(
        "Orhan Kılınç"
    )
    assert first_line(to_text(answer_text("/who walesa", library, database_url))).startswith(
        "Lech Wałęsa"
    )


def test_what_a_titles_holder_said(ask):
    reply = ask("what did the prime minister of Australia say about minerals?")
    assert first_line(reply) == "Quotes from Anthony Albanese about “minerals”", reply
    assert "Australia has the minerals the world needs" in reply


# --- found by a blind trial of questions (session 14) --------------------------------------

GHANA_BANK = (
    "date 2026-10-05 Ghana's central bank holds rate as cedi steadies\n"
    "ACCRA, Oct 5 - The Bank of Ghana kept its policy rate at 27% on Monday.\n\n"
    "Bank of Ghana Governor Kwame Asante-Boadu told reporters the central bank's stance would"
    " stay tight. “We will not declare victory over inflation too early,” Asante-Boadu said.\n"
)
VOLTA_CEMENT = (
    "date 2026-10-20 Volta Cement names new chief executive\n"
    "ACCRA, Oct 20 - Volta Cement Ltd said Yaw Boateng had stepped down as chief executive and"
    " named Abena Osei, its finance director, as his successor.\n\n"
    "In her first remarks as chief executive, Osei said the company would expand its kilns."
    " “We have the orders to justify it,” Osei said. Volta Cement shares rose 3%.\n"
)
PARTY_BROKER = (
    "date 2026-10-21 Opposition talks stall in Accra\n"
    "ACCRA, Oct 21 - Talks between opposition parties stalled on Wednesday.\n\n"
    "Kofi Mensah-Larbi, the former senator widely regarded as the alliance's power broker,"
    " said the talks would resume. Ama Owusu, dubbed the “Iron Matron” of Ghanaian"
    " politics for her fights with party bosses, said she would not attend.\n"
)


def test_a_body_opening_a_sentence_keeps_its_whole_name_in_its_governors_title(
    database_url, tmp_path
):
    # "Bank" opens the sentence and the article writes "bank" in lower case too
    library = stored(database_url, tmp_path, GHANA_BANK)
    reply = to_text(answer_text("/quotes Bank of Ghana", library, database_url))
    assert first_line(reply) == "Quotes from Bank of Ghana", reply
    assert "We will not declare victory" in reply
    reply = to_text(answer_text("who is the governor of the Bank of Ghana?", library, database_url))
    assert first_line(reply).endswith(": Kwame Asante-Boadu"), reply


def test_a_title_held_as_stated_before_the_name_answers_who_holds_it(database_url, tmp_path):
    reply = reply_to(
        "who is the chief executive of Volta Cement?", database_url, tmp_path, VOLTA_CEMENT
    )
    assert first_line(reply).endswith(": Abena Osei"), reply


ARCHITECTS = (
    "date 2026-11-20 Lenders back the reform plan\n\n"
    "ACCRA — Yaw Darko-Mensah, the former finance minister, who is widely seen as the architect"
    " of Ghana's 2023 debt restructuring, welcomed the plan. Esi Quaye, the former deputy"
    " prime minister who is widely regarded as the architect of the free trade strategy,"
    " said exporters would gain. The coalition relies on the Rural Alliance, whose leader,"
    " Hemi Rangihau, is widely seen as the coalition's kingmaker.\n"
)


@pytest.mark.parametrize(
    "question, answer",
    [
        # "who is widely seen as" after a role set off by commas; a year inside the owner
        ("who is the architect of Ghana's debt restructuring?", ": Yaw Darko-Mensah"),
        # "who is widely regarded as" after a role
        ("who is the architect of the free trade strategy?", ": Esi Quaye"),
        # "is widely seen as" after a name set off by commas
        ("who is the coalition's kingmaker?", ": Hemi Rangihau"),
    ],
)
def test_a_description_after_who_is_names_the_person(question, answer, database_url, tmp_path):
    reply = reply_to(question, database_url, tmp_path, ARCHITECTS)
    assert first_line(reply).endswith(answer), reply


def test_a_description_after_a_role_or_a_nickname_names_the_person(database_url, tmp_path):
    library = stored(database_url, tmp_path, PARTY_BROKER)
    reply = to_text(answer_text("who is the alliance's power broker?", library, database_url))
    assert first_line(reply).endswith(": Kofi Mensah-Larbi"), reply
    reply = to_text(answer_text("who is the Iron Matron?", library, database_url))
    assert first_line(reply).endswith(": Ama Owusu"), reply
    assert "Iron Matron (person)" not in reply  # the nickname is no person of its own


# --- found by a blind trial of questions (session 15) --------------------------------------

MALAWI_BUDGET = (
    "date 2026-11-10 Malawi passes budget after long night\n"
    "BLANTYRE, Nov 10 - Malawi's parliament passed the 2027 budget on Tuesday.\n\n"
    "President Idris Malawan signed it hours later. “Malawi will pay its debts,” Malawan"
    " said. The Malawi Chamber of Commerce welcomed the vote; its president, Lena Osk, said"
    " exporters needed certainty.\n"
)
ZAMBIA_PORTS = (
    "date 2026-11-12 Zambia opens new container port\n"
    "NDOLA, Nov 12 - Zambia opened its largest container port on Thursday.\n\n"
    "President Rui Costeira cut the ribbon. “Zambia is open for business,” Costeira said.\n"
)


def test_a_title_alone_before_a_name_answers_for_the_country_its_article_is_about(
    database_url, tmp_path
):
    library = stored(database_url, tmp_path, MALAWI_BUDGET, ZAMBIA_PORTS)
    reply = to_text(answer_text("who is the president of Malawi?", library, database_url))
    assert first_line(reply).endswith(": Idris Malawan"), reply
    assert "Rui Costeira" not in reply and "Lena Osk" not in reply
    reply = to_text(answer_text("who is the president of Zambia?", library, database_url))
    assert first_line(reply).endswith(": Rui Costeira"), reply
    reply = to_text(answer_text("what did the president of Zambia say?", library, database_url))
    assert "Zambia is open for business" in reply, reply


# --- who held a title before someone ----------------------------------------------------------

SUCCESSIONS = (
    "date 2026-03-02 Ostrava Rail names new chief executive\n"
    "Ostrava Rail said on Monday that Lenka Dvorakova, its chief operating officer, would "
    "become chief executive in April, succeeding Pavel Hruby, who is retiring after nine "
    "years. Dvorakova said the company would order 40 new trains.\n",
    "date 2026-05-11 Banco Meridional governor sworn in\n"
    "Rafael Quintero took over as governor of Banco Meridional in May from Ines Salcedo, "
    "who left to join the IMF. Quintero said rates would stay high.\n",
    "date 2026-06-20 Harbour authority gets new chairman\n"
    "Tomas Lindqvist was succeeded by Erik Sandberg as chairman of the Gota Harbour "
    "Authority on Friday. Sandberg, a former shipping executive, said the port would expand.\n",
    "date 2026-06-25 Board changes at Vogel Maschinenbau\n"
    "Chairman Henrik Vogel was replaced by Sofia Brandt at Vogel Maschinenbau on Monday. "
    "Brandt, the former finance director, said the chairman's office would move.\n",
    "date 2026-06-26 Ferreira wins over the board\n"
    "Chief executive Paulo Ferreira succeeded in persuading the board to hire Marta Gil "
    "as finance director of Lusa Cimentos.\n",
    "date 2026-07-01 Telecom regulator head\n"
    "Miriam Osei, the head of the Telecom Regulatory Board, met ministers on Tuesday. "
    "Regulator Chairman Kwame Boateng, who succeeded Ama Mensah in 2024, was not there.\n",
)


def asked_of_successions(database_url: str, tmp_path, question: str) -> str:
    """The reply to `question` over a store of the SUCCESSIONS articles."""
    return reply_to(question, database_url, tmp_path, *SUCCESSIONS)


@pytest.mark.parametrize(
    "question, expected",
    [
        ("who was the chief executive of Ostrava Rail before Dvorakova?", "Pavel Hruby"),
        ("who was the governor of Banco Meridional before Quintero?", "Ines Salcedo"),
        ("who was the chairman of the Gota Harbour Authority before Sandberg?", "Tomas Lindqvist"),
    ],
)
def test_who_held_a_title_before_someone_is_whom_the_articles_say_they_followed(
    database_url, tmp_path, question, expected
):
    reply = asked_of_successions(database_url, tmp_path, question)
    assert first_line(reply).endswith(expected), reply
    assert "followed" in reply  # with the sentence that says so


@pytest.mark.parametrize(
    "question, wrong",
    [
        # "X was replaced by Y": X came first, Y did not precede X
        ("who was the chairman of Vogel Maschinenbau before Vogel?", "Sofia Brandt"),
        # "succeeded in persuading": no one followed
        ("who was the chief executive of Lusa Cimentos before Ferreira?", "Marta Gil"),
    ],
)
def test_whom_someone_followed_is_read_only_from_words_that_say_so(
    database_url, tmp_path, question, wrong
):
    reply = asked_of_successions(database_url, tmp_path, question)
    assert not first_line(reply).endswith(wrong), reply


def test_before_a_date_or_an_event_is_no_succession(database_url, tmp_path):
    reply = asked_of_successions(database_url, tmp_path, "who was the chairman before the strike?")
    assert "followed" not in reply, reply


def test_whom_someone_followed_is_never_read_from_another_persons_sentence(database_url, tmp_path):
    # Boateng succeeded Mensah; Osei, named in the paragraph, succeeded no one
    reply = asked_of_successions(
        database_url, tmp_path, "who was the head of the board before Osei?"
    )
    assert "Mensah" not in reply, reply


def test_a_title_alone_is_of_the_place_its_article_is_about_not_any_it_mentions(
    database_url, tmp_path
):
    library = stored(
        database_url,
        tmp_path,
        "date 2026-04-02 Carolina budget passes\n"
        "RALEIGH — North Carolina lawmakers passed the state budget on Tuesday.\n"
        "Governor Dale Whitcombe said he would sign it. Unlike Ohio, the state will not raise "
        "its fuel tax.\n",
        "date 2026-04-03 Ohio fuel tax vote\n"
        "COLUMBUS — Ohio Gov. Marla Eckhart said on Wednesday that the fuel tax would rise.\n",
        "date 2026-04-04 Talks in Moscow\n"
        "MOSCOW — Russia and the United States resumed arms talks on Thursday.\n"
        "US President Joe Brandt said the talks were useful. President Brandt will travel "
        "to Moscow in May.\n",
    )
    ask = lambda question: first_line(to_text(answer_text(question, library, database_url)))  # noqa: E731
    assert ask("who is the governor of Ohio?").endswith("Marla Eckhart")
    assert "Brandt" not in ask("who is the president of Russia?")


# --- found by a blind trial of questions (session 18) --------------------------------------

TWO_FEDERATIONS = (
    "date 2026-11-20 Industry groups split on Cairo tax plan\n"
    "CAIRO, Nov 20 - Egypt's industry groups split over the tax plan on Friday.\n\n"
    "The Nile Federation of Industries, chaired by Amr Selim, called for faster refunds."
    " A separate body with a similar name, the Nile Federation of Investors Associations,"
    " is led by Mohamed Zaki, who said land for factories was scarce. The Cairo Exporters"
    " Council, whose chairman is Hany Wahba, backed the plan.\n"
)


@pytest.mark.parametrize(
    "question, holder",
    [
        ("who chairs the Nile Federation of Industries?", "Amr Selim"),
        ("who leads the Nile Federation of Investors Associations?", "Mohamed Zaki"),
        ("who heads the Cairo Exporters Council?", "Hany Wahba"),
    ],
)
def test_a_head_named_after_the_body_by_chaired_led_or_whose_answers_who_heads_it(
    database_url, tmp_path, question, holder
):
    reply = reply_to(question, database_url, tmp_path, TWO_FEDERATIONS)
    assert first_line(reply).endswith(f": {holder}"), reply


TURKISH_RATES = (
    "date 2026-11-21 Turkey holds rates\n"
    "ANKARA, Nov 21 - The Central Bank of the Republic of Türkiye held its policy rate on"
    " Thursday. “Disinflation is on track,” Governor Levent Korkmaz said after the meeting.\n"
)


def test_a_governor_after_the_central_bank_is_named_is_its_country_s(database_url, tmp_path):
    reply = reply_to(
        "who is Turkey's central bank governor?", database_url, tmp_path, TURKISH_RATES
    )
    assert first_line(reply).endswith(": Levent Korkmaz"), reply


BANKERS = (
    "date 2026-11-22 Lesotho holds rates\n"
    "MASERU, Nov 22 - Governor of the Central Bank of Lesotho Thabo Mokoena held rates on"
    " Friday. The Lesotho Bankers Association welcomed the pause. Palesa Nthako, the"
    " association's chief executive, said lenders were ready to cut.\n"
)


def test_a_body_named_like_a_central_bank_is_not_the_bank(database_url, tmp_path):
    # "bank" of the governor's "Central Bank" is no clipped "bankers"
    reply = reply_to("who heads the Lesotho Bankers Association?", database_url, tmp_path, BANKERS)
    assert first_line(reply).endswith(": Palesa Nthako"), reply
    assert "Thabo Mokoena" not in reply


# --- found by a blind trial of questions (session 20) --------------------------------------

SORVANIA_ENERGY = (
    "date 2026-11-02 Sorvania bets on smelters\n"
    "Sorvania's Minister of Energy and Mineral Resources Teguh Arifin opened a nickel smelter"
    " on Monday. “Every smelter keeps jobs at home,” Arifin said.\n"
)
SORVANIA_RESIGNATION = (
    "date 2026-11-28 Sorvania's energy minister resigns\n"
    "Sorvania's Minister of Energy and Mineral Resources Teguh Arifin resigned on Friday.\n\n"
    "President Wira Hadi named Siti Rahmadani, until now the deputy minister, as the new"
    " Minister of Energy and Mineral Resources. “Minister Arifin did his best,” she said.\n"
)


def test_a_resignation_and_the_new_holder_named_the_same_day_change_who_holds_it(
    database_url, tmp_path
):
    library = stored(database_url, tmp_path, SORVANIA_ENERGY, SORVANIA_RESIGNATION)
    reply = to_text(
        answer_text("who is the Minister of Energy and Mineral Resources?", library, database_url)
    )
    assert first_line(reply).endswith(": Siti Rahmadani"), reply
    assert "Teguh Arifin" in reply.split("Before")[1], reply
    reply = to_text(
        answer_text(
            "who is the former Minister of Energy and Mineral Resources?", library, database_url
        )
    )
    assert first_line(reply).endswith(": Teguh Arifin"), reply


LITHIUM_RULING = (
    "date 2026-11-05 Court annuls lithium contract\n"
    "SANTIAGO - The Supreme Court annulled a contract between the state-owned Empresa"
    " Nacional del Litio (ENALI) and Andes Litio SA.\n\n"
    "ENALI's chairman, Gonzalo Pizarro, said the state company would begin a new consultation.\n"
)


def test_a_title_asked_by_its_organisations_acronym_finds_the_role_naming_it_in_full(
    database_url, tmp_path
):
    reply = reply_to("who chairs ENALI?", database_url, tmp_path, LITHIUM_RULING)
    assert first_line(reply).endswith(": Gonzalo Pizarro"), reply


LITHIUM_LABELS = (
    "date 2026-11-09 Atacama communities welcome ruling\n"
    "Andes Litio's chief executive, Sebastián Muñoz, said the company would appeal.\n\n"
    "Patricia Muñoz, president of the Lithium Workers' Confederation, said the court had"
    ' listened. Muñoz, widely known as the "lithium lady" for her campaigns, said the union'
    " wanted a seat at the table.\n\n"
    "Hartono Wibisono, the chief executive of PT Sulawesi Nikel Raya (SNR) and the man local"
    ' media call the "nickel king", announced plans to build two more smelters.\n'
)


def test_a_label_given_by_a_shared_surname_or_after_a_role_names_the_person_meant(
    database_url, tmp_path
):
    library = stored(database_url, tmp_path, LITHIUM_LABELS)
    reply = to_text(answer_text("who is the lithium lady?", library, database_url))
    assert first_line(reply).endswith(": Patricia Muñoz"), reply
    reply = to_text(answer_text("who is the nickel king?", library, database_url))
    assert first_line(reply).endswith(": Hartono Wibisono"), reply


SORVANIA_SWEARING_IN = (
    "date 2026-11-29 New energy minister sworn in\n"
    "Siti Rahmadani was sworn in as Minister of Energy on Saturday. She replaces Teguh"
    " Arifin, who had held the post since 2024.\n"
)


def test_a_successor_named_by_a_pronoun_right_after_their_name_followed_the_one_named(
    database_url, tmp_path
):
    reply = reply_to(
        "who was the minister of energy before Rahmadani?",
        database_url,
        tmp_path,
        SORVANIA_SWEARING_IN,
    )
    assert first_line(reply).endswith(": Teguh Arifin"), reply


PARLIAMENT_AND_UNIONS = (
    "date 2026-11-20 Budget committee backs wage plan\n"
    "Sibel Kaya, who chairs the Grand National Assembly's Planning and Budget Committee, said"
    " the plan would pass.\n\n"
    "Kemal Aydin, the general secretary of the Confederation of Textile Workers' Unions"
    " (Tekstil-Sen), said wages had fallen behind.\n\n"
    "Jorge Quispe Mamani, the governor of the Central Reserve Bank of Peru, kept rates on hold.\n"
    "\n"
    "The talks drew in Rafiqul Karim, the Khulna mill owner whom local media call the"
    ' "hemp king".\n'
)


@pytest.mark.parametrize(
    "question, holder",
    [
        # the committee of a parliament named by its possessive is still the committee asked
        ("who chairs the Planning and Budget Committee?", "Sibel Kaya"),
        # a union's hyphenated short name, whose "Sen" is no senator
        ("who heads Tekstil-Sen?", "Kemal Aydin"),
        # "central bank" asked, a central bank with its own name stated
        ("who is the governor of the central bank of Peru?", "Jorge Quispe Mamani"),
        # a label after a longer description ("the ... mill owner whom local media call")
        ("who is the hemp king?", "Rafiqul Karim"),
    ],
)
def test_a_title_or_label_stated_in_its_own_words_answers_the_question_in_others(
    database_url, tmp_path, question, holder
):
    reply = reply_to(question, database_url, tmp_path, PARLIAMENT_AND_UNIONS)
    assert first_line(reply).endswith(f": {holder}"), reply


def test_a_predecessor_named_before_his_successor_by_he_will_be_succeeded_by(
    database_url, tmp_path
):
    library = stored(
        database_url,
        tmp_path,
        "date 2026-11-17 Rubber board chief replaced\n"
        "The minister said Ismail Faizal Harun would step down at the end of the month. He will"
        " be succeeded by Datuk Rosmah Idris, currently the board's deputy chairman.\n",
    )
    reply = to_text(
        answer_text("who was the rubber board chairman before Rosmah Idris?", library, database_url)
    )
    assert first_line(reply).endswith(": Ismail Faizal Harun"), reply


def test_a_topic_named_like_a_silent_organisation_still_gives_the_topics_quotes(
    database_url, tmp_path
):
    library = stored(
        database_url,
        tmp_path,
        "date 2026-11-18 Wage talks stall\n"
        'The Minimum Wage Board met on Monday. "The minimum wage must cover rent," said union'
        " leader Hasan Mirza.\n",
    )
    reply = to_text(answer_text("/quotes minimum wage", library, database_url))
    assert "The minimum wage must cover rent" in reply, reply


CENTRAL_BANKS_AND_MINISTRIES = (
    "date 2026-11-20 Rates and licences\n"
    "Governor of the Banco de la República Julián Ospina Restrepo said Colombia's peso would"
    " fall.\n\n"
    "Governor of the Bank of Ghana Yaw Mensah Boateng cut the policy rate.\n\n"
    "Ghana's Minister of Lands and Natural Resources Efua Quaye suspended 43 licences.\n\n"
    "The coal miner Carbones del Cesar S.A. (Carbocesar) said its chief executive, Andrés"
    " Montoya Ruiz, would appeal.\n\n"
    "Ama Adjei, chairwoman of the Western North Cocoa Farmers' Cooperative, spoke. Kofi"
    " Owusu, chief executive of the Ghana Cocoa Board, did not.\n"
)


@pytest.mark.parametrize(
    "question, holder",
    [
        # a central bank by its own name, asked by the country's
        ("who is the governor of Colombia's central bank?", "Julián Ospina Restrepo"),
        # a field of a minister's portfolio is no other body
        ("who is Ghana's lands minister?", "Efua Quaye"),
        # a company asked by the short name in brackets after its name
        ("who heads Carbocesar?", "Andrés Montoya Ruiz"),
        # a cooperative named with the words of the board asked is another body
        ("who leads the Ghana Cocoa Board?", "Kofi Owusu"),
    ],
)
def test_a_body_asked_by_another_of_its_names_gives_its_holder(
    database_url, tmp_path, question, holder
):
    reply = reply_to(question, database_url, tmp_path, CENTRAL_BANKS_AND_MINISTRIES)
    assert first_line(reply).endswith(f": {holder}"), reply


def test_a_kind_of_body_asked_lists_each_countrys_holder(database_url, tmp_path):
    reply = reply_to(
        "who is the central bank governor?", database_url, tmp_path, CENTRAL_BANKS_AND_MINISTRIES
    )
    assert "2 holders" in first_line(reply), reply
    assert "until" not in reply  # neither governor followed the other


# Three countries' energy ministers, a central bank by another name, a post passed on
PORTFOLIOS_AND_SUCCESSORS = (
    "date 2026-11-10 Brazil suspends dam licence\n\n"
    "BRASILIA. Brazil's government suspended a tailings dam licence on Monday. Minister of Mines "
    "and Energy Carlos Henrique Moraes said the audit would take a month.\n\n"
    "Secretary of Labor and Social Welfare Teresa Villalobos Garza said miners would be paid.",
    "date 2026-11-17 Kazakhstan replaces deputy energy minister\n\n"
    "ASTANA. Kazakhstan's Minister of Energy Yerlan Sadykov said Deputy Minister of Energy Marat "
    "Bekov had been relieved of his duties. Bekov will be replaced by Saule Zhumabekova, until "
    "now managing director at the national oil company.\n\n"
    "Governor of the National Bank of Kazakhstan Timur Abenov said fuel prices drove inflation.",
    "date 2026-11-24 Nepal hydropower exports reach record\n\n"
    "KATHMANDU. Nepal's Minister for Energy, Water Resources and Irrigation Sushila Bhattarai "
    "said exports to India had doubled.",
    "date 2026-11-28 Sri Lanka's new Treasury secretary orders spending freeze\n\n"
    "COLOMBO. Kumudini Perera, who became Secretary to the Treasury on November 15, ordered "
    "ministries to stop new commitments.\n\n"
    "Perera's former post, Director General of Fiscal Policy, is now held by Tharindu "
    "Jayasuriya, who was previously her deputy.",
)


@pytest.mark.parametrize(
    "question, holder",
    [
        ("who is Kazakhstan's deputy energy minister?", "Saule Zhumabekova"),  # "replaced by"
        ("who is the Director General of Fiscal Policy?", "Tharindu Jayasuriya"),  # "now held by"
        ("who is Brazil's mining minister?", "Carlos Henrique Moraes"),  # "Mines"
        ("who is the labour minister?", "Teresa Villalobos Garza"),  # "Labor"
        ("who is Kazakhstan's central bank governor?", "Timur Abenov"),  # a governor's bank
    ],
)
def test_a_successor_and_a_title_asked_in_other_words_give_the_holder(
    database_url, tmp_path, question, holder
):
    reply = reply_to(question, database_url, tmp_path, *PORTFOLIOS_AND_SUCCESSORS)
    assert first_line(reply).endswith(f": {holder}"), reply


def test_a_portfolio_held_in_several_countries_lists_each_holder_not_a_succession(
    database_url, tmp_path
):
    reply = reply_to(
        "who is the energy minister?", database_url, tmp_path, *PORTFOLIOS_AND_SUCCESSORS
    )
    assert "3 holders" in first_line(reply), reply
    assert "until" not in reply  # none of the three followed another


def test_a_post_now_held_by_another_names_whom_they_followed(database_url, tmp_path):
    reply = reply_to(
        "who was the Director General of Fiscal Policy before Jayasuriya?",
        database_url,
        tmp_path,
        *PORTFOLIOS_AND_SUCCESSORS,
    )
    assert first_line(reply).endswith(": Kumudini Perera"), reply


# An office taken over, a title of two offices, a label given by "whom ... called"
TAKEN_OVER = (
    "date 2026-11-09 Japan's trade minister resigns over fundraising\n\n"
    "TOKYO. Minister of Economy, Trade and Industry Kenji Morimoto resigned on Sunday over "
    "undeclared fundraising income.",
    "date 2026-11-28 New trade minister unveils chip subsidies\n\n"
    "TOKYO. New Minister of Economy, Trade and Industry Yuko Hasegawa took over on November 10, "
    "succeeding Kenji Morimoto, who resigned the previous day. Morimoto now chairs the ruling "
    "party's research commission on the tax system.\n\n"
    "Commissioner General of the Uganda Revenue Authority John Musinguzi said collections rose.",
    "date 2026-11-20 Georgia's budget passes first reading\n\n"
    "TBILISI. First Deputy Prime Minister and Minister of Finance Nino Kapanadze presented the "
    "draft. Kapanadze, whom opposition deputies have long called the 'iron lady' of the treasury, "
    "said debt would fall.\n\n"
    "Minister of Industry and Mineral Resources Enkhbold Munkhbat said royalties would rise.",
)


@pytest.mark.parametrize(
    "question, answer",
    [
        ("who succeeded Morimoto?", "Yuko Hasegawa"),
        ("who is Morimoto's successor?", "Yuko Hasegawa"),
        ("who chairs the ruling party's research commission on the tax system?", "Kenji Morimoto"),
        ("who heads the Uganda Revenue Authority?", "John Musinguzi"),  # a commissioner general
        ("who is Georgia's first deputy prime minister?", "Nino Kapanadze"),
        ("who is the iron lady of the treasury?", "Nino Kapanadze"),
        ("who is the mining minister?", "Enkhbold Munkhbat"),  # "Mineral Resources"
    ],
)
def test_a_successor_a_title_of_two_offices_and_a_label_called_so_are_found(
    database_url, tmp_path, question, answer
):
    reply = reply_to(question, database_url, tmp_path, *TAKEN_OVER)
    assert first_line(reply).endswith(answer) or f": {answer}" in first_line(reply), reply


# Titles asked in other words than the articles state them
OTHER_WORDS = (
    "date 2026-11-13 Ecuador court halts oil block\n\n"
    "QUITO. Minister of Energy and Mines Diego Cevallos said the government would study the "
    "ruling. Petroecuador general manager Andres Villacis said the company would comply.",
    "date 2026-11-20 Cambodia extends loan relief\n\n"
    "PHNOM PENH. National Bank of Cambodia Governor Sok Vanna said the central bank would "
    "extend the scheme.\n\n"
    "Kim Hye-jin, chief executive of Hanbit Semiconductor, said the support came late.\n\n"
    "Union Minister of Communications Suresh Pillai said India would study the plan.",
)


@pytest.mark.parametrize(
    "question, holder",
    [
        ("who is the energy minister of Ecuador?", "Diego Cevallos"),  # "Ecuador" is no "-or" title
        ("who heads Petroecuador?", "Andres Villacis"),  # a general manager heads it
        (
            "who is Cambodia's central bank governor?",
            "Sok Vanna",
        ),  # "... Bank of Cambodia Governor"
        ("who is Hanbit Semiconductor's CEO?", "Kim Hye-jin"),  # "Semiconductor" is no title
        ("who is India's telecoms minister?", "Suresh Pillai"),  # "Minister of Communications"
    ],
)
def test_a_title_asked_in_other_words_than_stated_finds_its_holder(
    database_url, tmp_path, question, holder
):
    reply = reply_to(question, database_url, tmp_path, *OTHER_WORDS)
    assert first_line(reply).endswith(f": {holder}"), reply


def test_a_body_whose_name_holds_another_word_inside_is_another_body(database_url, tmp_path):
    article = (
        "date 2026-11-30 Cambodian rice exporters seek credit relief\n\n"
        "PHNOM PENH. CRF president Chan Dara said thirty mills had closed. The Cambodia Rice "
        "Federation (CRF) groups millers and farmers.\n\n"
        "The Cambodia Rice Exporters Federation also asked for relief. Its president, Keo Sothea, "
        "said smaller exporters had been hit hardest."
    )
    reply = reply_to("who heads the Cambodia Rice Federation?", database_url, tmp_path, article)
    assert first_line(reply).endswith(": Chan Dara"), reply
    assert "Keo Sothea" not in reply  # the exporters' federation's, not a former head


def test_a_ministers_field_and_a_development_banks_governor_are_not_taken_for_others(
    database_url, tmp_path
):
    articles = (
        "date 2026-11-10 Australia's ministers meet unions\n\n"
        "CANBERRA. Industrial Relations Minister Tony Burke met union leaders.",
        "date 2026-11-12 Australia backs chip plant\n\n"
        "CANBERRA. Industry Minister Ed Husic announced a grant.",
        "date 2026-11-14 Nigeria seeks funding\n\n"
        "ABUJA. The delegation was led by Wale Edun, who is the Governor of the Islamic "
        "Development Bank for Nigeria.",
    )
    industry = reply_to(
        "who is the industry minister of Australia?", database_url, tmp_path / "industry", *articles
    )
    assert first_line(industry).endswith(": Ed Husic"), industry
    assert "Tony Burke" not in industry  # industrial relations is another portfolio
    bank = reply_to(
        "who is the central bank governor of Nigeria?", database_url, tmp_path / "bank", *articles
    )
    assert "Wale Edun" not in first_line(bank), bank  # a development bank's seat


def test_a_title_stated_with_the_bodys_acronym_answers_the_body_asked_by_name(
    database_url, tmp_path
):
    article = (
        "date 2026-11-18 Bolivia holds rates\n\n"
        "LA PAZ. The Central Bank of Bolivia (BCB) kept its rate unchanged. BCB Governor Rosario "
        "Vaca Mendoza said inflation was easing."
    )
    reply = reply_to(
        "who is the governor of the Central Bank of Bolivia?", database_url, tmp_path, article
    )
    assert first_line(reply).endswith(": Rosario Vaca Mendoza"), reply


def test_an_executive_secretary_heads_a_body_and_a_label_known_across_a_region_is_found(
    database_url, tmp_path
):
    articles = (
        "date 2026-11-12 Bolivia fuel protest\n\n"
        "LA PAZ. Efrain Choque Mamani, executive secretary of the Bolivian Workers' Center "
        "(COB), called a strike.",
        "date 2026-11-20 Azerbaijan port opens\n\n"
        'BAKU. Tofiq Bagirov, known across the region as the "grain king" of the Caspian, was '
        "among the guests.",
    )
    heads = reply_to("who heads the COB?", database_url, tmp_path / "heads", *articles)
    assert "Efrain Choque Mamani" in first_line(heads), heads
    label = reply_to("who is the grain king?", database_url, tmp_path / "label", *articles)
    assert "Tofiq Bagirov" in first_line(label), label


FSC_CHAIR = (
    "date 2026-11-23 Fiji cane growers threaten strike\n\n"
    "SUVA. Peni Naulu, the chairman of the Fiji Sugar Corporation (FSC), resigned last week. "
    "The government named Kalesi Waqa, a former partner at an accounting firm in Suva, to "
    "succeed Naulu as chairwoman of the FSC board.\n\n"
    "Grace Tuilagi hopes to succeed Waqa as chair one day.\n"
)


@pytest.mark.parametrize(
    "question, answer",
    [
        ("who replaced Peni Naulu?", "Successor of Peni Naulu: Kalesi Waqa"),
        ("who was the FSC chairman before Waqa?", ": Peni Naulu"),
        ("who chairs the FSC?", ": Kalesi Waqa"),
    ],
)
def test_one_named_to_succeed_another_follows_them_in_their_office(
    question, answer, database_url, tmp_path
):
    reply = reply_to(question, database_url, tmp_path, FSC_CHAIR)
    assert first_line(reply).endswith(answer), reply


def test_one_who_hopes_to_succeed_another_has_not_followed_them(database_url, tmp_path):
    reply = reply_to("who succeeded Waqa?", database_url, tmp_path, FSC_CHAIR)
    assert "Grace Tuilagi" not in first_line(reply), reply


def test_an_office_after_its_bodys_bracketed_acronym_is_that_bodys(database_url, tmp_path):
    article = (
        "date 2026-11-12 Lao power exports fall\n\n"
        "Electricite du Laos (EDL), the state power utility, said it would cut exports.\n\n"
        "Somphone Keomany, managing director of EDL, said output had fallen.\n\n"
        "Bank of the Lao PDR (BOL) Governor Vanxay Sengdara warned that lower export earnings "
        "could weaken the kip."
    )
    reply = reply_to(
        "who is the governor of the Bank of the Lao PDR?", database_url, tmp_path, article
    )
    assert first_line(reply).endswith(": Vanxay Sengdara"), reply


MALAWI_AND_KYRGYZSTAN = (
    "date 2026-11-06 Malawi finance minister resigns\n\n"
    "LILONGWE — Malawi's Minister of Finance and Economic Affairs, Peter Chirwa, resigned on "
    "Thursday, State House said.\n",
    "date 2026-11-24 Malawi devalues the kwacha\n\n"
    "LILONGWE — Finance Minister Lindiwe Phiri, who succeeded Peter Chirwa after his "
    "resignation, said the move was overdue.\n",
    "date 2026-11-12 Kyrgyz gold reserves hit a record\n\n"
    "BISHKEK — Nurlan Asanov, chairman of the state holding Kyrgyzaltyn, said copper would "
    "follow gold. Zoran Vuković, leader of the Dalmatian Alliance (DS), widely seen as the "
    "kingmaker of the governing coalition, was in Bishkek.\n\n"
    "Chairman of the National Bank of the Kyrgyz Republic (NBKR) Daniyar Sultanov said the "
    'bank had bought gold. "Gold is our insurance policy," Sultanov said. He became chairman '
    "in January, succeeding Tolkun Abdrakhmanova, who left to join the Eurasian Development "
    "Bank.\n",
)


@pytest.mark.parametrize(
    "question, answer",
    [
        # no holder stated now, but an article says who followed the last one
        ("who is the Minister of Finance and Economic Affairs of Malawi?", ": Lindiwe Phiri"),
        # a kind of body written small before the body's name
        ("who chairs Kyrgyzaltyn?", ": Nurlan Asanov"),
        # "He became chairman ..., succeeding X" after the sentence that names him
        (
            "who was the chairman of the National Bank of the Kyrgyz Republic before Sultanov?",
            ": Tolkun Abdrakhmanova",
        ),
        ("who succeeded Tolkun Abdrakhmanova?", ": Daniyar Sultanov"),
        # a label after a role set off by commas
        ("who is the kingmaker?", ": Zoran Vuković"),
    ],
)
def test_offices_followed_and_labels_after_a_role(question, answer, database_url, tmp_path):
    reply = reply_to(question, database_url, tmp_path, *MALAWI_AND_KYRGYZSTAN)
    assert first_line(reply).endswith(answer), reply


GULF_AND_PARAGUAY = (
    "date 2026-11-27 Oman signs hydrogen deals\n\n"
    "MUSCAT — Hydrogen Oman (Hydrom) said the green hydrogen blocks covered 1,500 square "
    "kilometres. "
    '"The blocks are allocated," Hydrogen Oman said in a statement.\n\n'
    "Labour Minister Mahmoud al-Balushi said firms must hire Omanis. Fatma al-Balushi, an "
    'economist at Sultan Qaboos University, was doubtful. "Hydrogen plants need very few '
    'workers once they are built," she said.\n\n'
    "The Economists Association of Oman (EAO) said the plan was sound.\n",
    "date 2026-11-20 Oman widens hiring quotas\n\n"
    "MUSCAT — Labour Minister Mahmoud al-Balushi said the quotas would widen next year.\n",
    "date 2026-11-18 Croatia rescues a shipyard\n\n"
    "ZAGREB — Finance Minister Petra Babić said the state would lend the yard money.\n",
    "date 2026-11-24 Malawi devalues the kwacha\n\n"
    "LILONGWE — Finance Minister Lindiwe Phiri said the move was overdue.\n",
    "date 2026-11-04 Paraguay holds rates\n\n"
    "ASUNCIÓN — Rodrigo Benítez Acosta, governor of the Central Bank of Paraguay (BCP), held "
    "the rate. Teresa Cáceres, secretary general of the Central Unitaria de "
    "Trabajadores-Auténtica (CUT-A), said workers cared about prices.\n",
)


def test_a_surname_with_its_particle_lists_each_person_so_named(database_url, tmp_path):
    # an article naming many "al-" people, the particle alone matching all of them (an
    # invented article of questions trial 20, bench/question_trials/13)
    article = (FIXTURES / "oman_hydrogen.txt").read_text(encoding="utf-8")
    reply = reply_to("/who al-Balushi", database_url, tmp_path, article)
    assert "Mahmoud al-Balushi" in reply and "Fatma al-Balushi" in reply, reply


def test_a_word_of_an_organisations_name_is_a_topic_for_quotes(database_url, tmp_path):
    reply = reply_to("/quotes hydrogen", database_url, tmp_path, *GULF_AND_PARAGUAY)
    assert "Hydrogen plants need very few workers" in reply, reply


def test_each_country_keeps_its_finance_minister_in_a_list_of_ministers(database_url, tmp_path):
    reply = reply_to("/who minister", database_url, tmp_path, *GULF_AND_PARAGUAY)
    assert "Petra Babić" in reply and "Lindiwe Phiri" in reply, reply


def test_the_head_of_a_bank_is_no_one_heading_another_body_that_shares_a_word(
    database_url, tmp_path
):
    reply = reply_to(
        "who heads the Central Bank of Paraguay?", database_url, tmp_path, *GULF_AND_PARAGUAY
    )
    assert first_line(reply).endswith(": Rodrigo Benítez Acosta"), reply
    assert "Teresa Cáceres" not in reply, reply


BOTSWANA_AND_QATAR = (
    "date 2026-11-21 Qatar expands LNG output\n\n"
    "DOHA — Minister of State for Energy Affairs and President and Chief Executive Officer of "
    "QatarEnergy Khalid Al-Mannai said the expansion was on schedule.\n\n"
    'Geronimo Huaman, secretary general of the CGTP, dubbed "the Lion of La Oroya" by '
    "supporters, called for higher wages. Jozef Mraz, chairman of the metalworkers' union OZ "
    "KOVO, widely seen as the most powerful union leader in the country, agreed.\n",
    "date 2026-11-26 Botswana central bank cuts rate\n\n"
    "GABORONE — Deputy Governor Kabelo Tlhabano will retire at the end of December and will be "
    'succeeded by Naledi Mosweu. "Diamonds are not coming back soon," Tlhabano said. '
    '"The diamond market is weak," said Naledi Mosweu.\n',
)


@pytest.mark.parametrize(
    "question, answer",
    [
        ("who runs QatarEnergy?", ": Khalid Al-Mannai"),  # one of two titles joined by "and"
        ("who is the Lion of La Oroya?", ": Geronimo Huaman"),  # "dubbed “the ...”" after a role
        # the small words a search leaves out, between the label's words
        ("who is the most powerful union leader in the country?", ": Jozef Mraz"),
        ("who will succeed Kabelo Tlhabano?", ": Naledi Mosweu"),  # a change to come
    ],
)
def test_titles_joined_labels_after_roles_and_changes_to_come(
    question, answer, database_url, tmp_path
):
    reply = reply_to(question, database_url, tmp_path, *BOTSWANA_AND_QATAR)
    assert first_line(reply).endswith(answer), reply


def test_a_quote_topic_finds_the_singular_and_the_plural(database_url, tmp_path):
    reply = reply_to("/quotes diamonds", database_url, tmp_path, *BOTSWANA_AND_QATAR)
    assert "The diamond market is weak" in reply and "Diamonds are not" in reply, reply


NAMIBIA = (
    "date 2026-11-06 Bank of Namibia holds rates\n\n"
    "WINDHOEK - The Bank of Namibia (BoN) kept its repo rate unchanged on Wednesday.\n\n"
    "The Presidency confirmed that Deputy Governor Selma Nghipondoka will replace Governor "
    "Petrus Amutenya.\n\n"
    "Analysts said the Bank of Namibia usually follows the South African Reserve Bank (SARB).\n\n"
    "The SARB is due to decide later this month, and most expect the SARB to hold.\n",
    "date 2026-11-24 New central bank chief signals patience\n\n"
    "WINDHOEK - Selma Nghipondoka, who took over from Petrus Amutenya as head of the Bank of "
    "Namibia last Friday, said the bank was in no hurry.\n\n"
    "Nghipondoka said she would publish a strategy next year. Her former post of deputy "
    "governor is now held by Martin Shivute, previously the head of banking supervision.\n",
)


@pytest.mark.parametrize(
    "question, answer",
    [
        # a bare "Deputy Governor" is of the central bank the story is about
        ("/who Selma Nghipondoka", "Bank of Namibia"),
        ("who replaced Nghipondoka as deputy governor?", ": Martin Shivute"),
        ("who succeeded Petrus Amutenya?", ": Selma Nghipondoka"),
    ],
)
def test_a_central_banks_offices_changing_hands(question, answer, database_url, tmp_path):
    reply = reply_to(question, database_url, tmp_path, *NAMIBIA)
    assert answer in reply, reply
    assert "of the South African Reserve Bank" not in reply, reply


def test_his_predecessor_named_after_the_subject_is_whom_the_subject_followed(
    database_url, tmp_path
):
    article = (
        "date 2026-11-12 Pakistan's finance minister presents budget\n\n"
        "ISLAMABAD - Finance Minister Zafar Iqbal Qureshi presented the budget.\n\n"
        'Qureshi, dubbed "the Accountant" by the Karachi press, took office in March after his '
        "predecessor, Saleem Durrani, resigned over a dispute about gas tariffs.\n"
    )
    reply = reply_to("who succeeded Durrani?", database_url, tmp_path, article)
    assert first_line(reply).endswith(": Zafar Iqbal Qureshi"), reply


def test_a_label_opening_a_sentence_about_he_is_the_subject_of_the_sentence_before(
    database_url, tmp_path
):
    article = (
        "date 2026-11-16 Hungary's central bank holds rates\n\n"
        "BUDAPEST - Governor Daniel Kertesz kept rates unchanged. Kertesz, who succeeded "
        "Lajos Barany as governor in March, has kept rates unchanged at every meeting. Dubbed "
        '"the fireman" by Budapest traders for his emergency rate rises, he is seen as '
        "independent.\n"
    )
    reply = reply_to("who is the fireman?", database_url, tmp_path, article)
    assert first_line(reply).endswith(": Daniel Kertesz"), reply


CENTRAL_BANKS_BY_ACRONYM = (
    "date 2026-11-10 Lesotho's central bank holds rates\n\n"
    "MASERU — The Central Bank of Lesotho (CBL) kept its policy rate at 7 percent. Thabo "
    "Mokoena, governor of the CBL, said inflation was easing.\n",
    "date 2026-11-12 Zambia's central bank cuts rates\n\n"
    "LUSAKA — Mwila Banda, governor of the Bank of Zambia, said the kwacha had steadied.\n",
    "date 2026-11-14 Czech central bank cuts rates\n\n"
    "PRAGUE — The Czech National Bank (CNB) cut its main rate. CNB Governor Tomas Vlcek said "
    "the cut did not start a series.\n",
)


def test_every_central_banks_governor_is_listed_however_the_bank_is_named(database_url, tmp_path):
    # "governor of the CBL": the bank the acronym spells in its article
    reply = reply_to(
        "who is the central bank governor?", database_url, tmp_path, *CENTRAL_BANKS_BY_ACRONYM
    )
    assert "Thabo Mokoena" in reply and "Mwila Banda" in reply, reply
    assert "Central Bank of Lesotho" in reply, reply
    # "CNB Governor": a people's "National Bank", its governor's title before the name
    assert "Tomas Vlcek" in reply, reply


COCOA_PRICE = (
    "date 2026-11-03 Ghana raises cocoa price for farmers\n\n"
    "ACCRA — Finance Minister Kwabena Otu announced the budget. “It is done,” Otu said.\n\n"
    "Efua Mensah, a cocoa farmer in Ashanti, welcomed it. “It is a fair price, and after two "
    "bad seasons we will plant again on the land we had left,” Mensah said.\n",
)


def test_a_topic_finds_the_quotes_of_those_whose_role_names_it_first(database_url, tmp_path):
    # a cocoa farmer speaks of "cocoa" more than any quote under a cocoa headline does
    reply = reply_to("/quotes cocoa", database_url, tmp_path, *COCOA_PRICE)
    lines = [line.strip() for line in reply.splitlines() if line.strip()]
    assert lines[2] == "Efua Mensah", reply


PETROCHEMICALS = (
    "date 2026-11-22 Gulf chemicals group names a new chief\n\n"
    "RIYADH — Omar Al-Dossari, who took over from Saleh Al-Mutairi as chief executive of "
    "Gulf Polymers Company last week, unveiled a plan. Fahd Al-Anazi, the finance director, "
    "said the plan was funded.\n",
)


FINANCE_MINISTERS_BEFORE = (
    "date 2026-11-18 Budget caps fund withdrawals\n\n"
    "PORT OF SPAIN — Finance Minister Camille Dookeran presented the budget. “We will not raid "
    "the savings of our children,” Dookeran said. She has held the post since 2020, when she "
    "succeeded Rupert Alleyne, who was finance minister from 2015 to 2020.\n",
    "date 2026-11-09 Turkey names a new central bank governor\n\n"
    "ANKARA — Selim Kaya, who served as governor from 2023 to 2026, will become an adviser. "
    "He had himself succeeded Orhan Ergin, who led the bank from 2021 to 2023.\n",
    "date 2026-11-04 Central bank warns on pay\n\n"
    "DUBLIN — Governor Thandi Mbeki said wages were rising. “We watch it closely,” said "
    "Mbeki, who became governor in 2023. Her predecessor, Patrick Kelleher, had warned of the "
    "same risk.\n",
)


@pytest.mark.parametrize(
    "question, answer, articles",
    [
        (
            "who did Omar Al-Dossari replace?",
            "Predecessor of Omar Al-Dossari: Saleh Al-Mutairi",
            PETROCHEMICALS,
        ),
        (
            "who was Al-Dossari's predecessor?",
            "Predecessor of Omar Al-Dossari: Saleh Al-Mutairi",
            PETROCHEMICALS,
        ),
        # no one is said to have followed him: a line saying so, not his profile
        (
            "who succeeded Fahd Al-Anazi?",
            "No article says who followed Fahd Al-Anazi",
            PETROCHEMICALS,
        ),
        # "..., when she succeeded X" after a sentence naming her
        (
            "who did Dookeran succeed?",
            "Predecessor of Camille Dookeran: Rupert Alleyne",
            FINANCE_MINISTERS_BEFORE,
        ),
        (
            "who replaced Rupert Alleyne?",
            "Successor of Rupert Alleyne: Camille Dookeran",
            FINANCE_MINISTERS_BEFORE,
        ),
        # "He had himself succeeded X"
        (
            "who was Kaya's predecessor?",
            "Predecessor of Selim Kaya: Orhan Ergin",
            FINANCE_MINISTERS_BEFORE,
        ),
        # "... said Mbeki, who became governor in 2023. Her predecessor, X, ..."
        (
            "who was Mbeki's predecessor?",
            "Predecessor of Thandi Mbeki: Patrick Kelleher",
            FINANCE_MINISTERS_BEFORE,
        ),
        (
            "who is Kelleher's successor?",
            "Successor of Patrick Kelleher: Thandi Mbeki",
            FINANCE_MINISTERS_BEFORE,
        ),
    ],
)
def test_whom_someone_followed(question, answer, articles, database_url, tmp_path):
    reply = reply_to(question, database_url, tmp_path, *articles)
    assert first_line(reply) == answer, reply


FINANCE_MINISTERS_ABROAD = (
    "date 2026-11-06 Rand slips as budget gap widens\n"
    "PRETORIA - South Africa's budget gap widened in October. Minister of Finance and Economic"
    " Planning Thabo Radebe said South Africa would not borrow more. South African bond yields"
    " rose.\n",
    "date 2026-11-11 Portugal's budget clears first vote\n"
    "LISBON - Portugal's parliament approved the 2027 budget. Minister of State and Finance"
    " Helena Cardoso said the deal kept Portugal's surplus. Minister of State for Tourism Rui"
    " Lobo said visitors were back.\n",
    "date 2026-11-27 Miner pledges Cameroon bauxite mine will go ahead\n"
    "YAOUNDE - A South African miner will go ahead with its bauxite mine in Cameroon, which"
    " Cameroon's government backs. Minister of Finance Alice Ngo Biyong said Cameroon would"
    " guarantee the power purchases. Cameroon expects 2,000 jobs.\n",
)


KENYA_AND_UGANDA = (
    "date 2026-11-27 Kenya seeks to swap Chinese loans into yuan\n"
    "NAIROBI - Finance Minister John Mbadi said on Thursday that Kenya would ask China to swap"
    " its railway loans into yuan. China is the largest lender; Chinese banks financed the"
    " line, and China has agreed such swaps before. Chinese officials did not comment.\n",
    "date 2026-11-25 Uganda and Kenya agree on pipeline route\n"
    "KAMPALA - Uganda and Kenya agreed on Tuesday on the route of a fuel pipeline. Finance"
    " Minister Matia Kasaija said Uganda would pay its share.\n",
)


SAIGON_AND_KWANZA = (
    "date 2026-11-22 Saigon Electronics reassures investors\n"
    "HANOI - Saigon Electronics Corporation sought on Saturday to reassure investors after"
    " prosecutors charged its former chairman. Shares of Saigon Electronics Corporation fell.\n\n"
    'Pham Duc Long, once dubbed "the Chip King" by state media, was charged on Friday with'
    " fraud. He stepped down in August and was replaced as chairman by Le Quang Huy, a former"
    " deputy minister.\n\n"
    "Halyna Moroz, who chairs the budget committee, was more pointed. Moroz, a veteran of four"
    " parliaments, is widely seen as the ruling faction's budget hawk.\n",
    "date 2026-11-12 Kwanza Energia posts record profit\n"
    "LUANDA - Kwanza Energia posted a record profit, Chairman of the Board of Directors of"
    " Kwanza Energia Fernando Capita said on Thursday.\n",
)


@pytest.mark.parametrize(
    "question, answer",
    [
        # "He ... was replaced as chairman by X": who followed whom, and in what office
        ("who replaced Pham Duc Long?", "Successor of Pham Duc Long: Le Quang Huy"),
        ("who is the chairman of Saigon Electronics Corporation?", ": Le Quang Huy"),
        ("who is the former chairman of Saigon Electronics?", ": Pham Duc Long"),
        # 'once dubbed "the Chip King"': a label, no person of its own
        ("who is the Chip King?", ": Pham Duc Long"),
        # ", a veteran of four parliaments, is widely seen as the ruling faction's"
        ("who is the ruling faction's budget hawk?", ": Halyna Moroz"),
        # the chairman of a company's board of directors heads the company
        ("who heads Kwanza Energia?", ": Fernando Capita"),
    ],
)
def test_a_replacement_told_in_the_passive_labels_and_a_companys_board(
    question, answer, database_url, tmp_path
):
    reply = reply_to(question, database_url, tmp_path, *SAIGON_AND_KWANZA)
    assert first_line(reply).endswith(answer), reply


NOT_LABELS_NOR_SUCCESSIONS = (
    "date 2026-12-01 Musk and Britain\n"
    'Elon Musk once called the British prime minister a "tyrant" and on Tuesday said he would'
    " fund a new party in Britain.\n\n"
    "Boniface Mwangi, a prominent rights activist, was described by the interior minister as a"
    " threat to national security on Tuesday.\n\n"
    "Foreign Minister Dmytro Kuleba was replaced as part of a sweeping reshuffle by President"
    " Volodymyr Zelensky, who later named Andrii Sybiha to the post.\n\n"
    '"We have turned the corner," said Manuel Domingos, Chairman of the Board of Directors of'
    " Kwanza Energia.\n",
)


@pytest.mark.parametrize(
    "question, answer",
    [
        # the object of "once called the ... a tyrant" and the agent of "was described by the
        # interior minister" are not what the subject is called
        ("who is the prime minister?", "Nothing found"),
        ("who is the interior minister?", "Nothing found"),
        # "replaced as part of a reshuffle by the president": no office, no successor
        ("who replaced Dmytro Kuleba?", "No article says who followed Dmytro Kuleba"),
        # the question may name the board as the role does
        (
            "who is the chairman of the Board of Directors of Kwanza Energia?",
            ": Manuel Domingos",
        ),
    ],
)
def test_an_object_an_agent_or_a_reshuffle_is_no_label_and_no_successor(
    question, answer, database_url, tmp_path
):
    reply = reply_to(question, database_url, tmp_path, *NOT_LABELS_NOR_SUCCESSIONS)
    line = first_line(reply)
    assert line.startswith(answer) or line.endswith(answer), reply


SAWMILL = (
    "date 2026-11-03 Sawmill warns on energy costs\n"
    "Daugava Timber Group, the country's biggest sawmill operator, cut its forecast. Its"
    " chief financial officer, Laura Sproge, told analysts energy costs had doubled.\n"
)
COSTA_RICA_PENSIONS = (
    "date 2026-11-21 Costa Rica's top court strikes down pension overhaul\n"
    "SAN JOSÉ - Costa Rica's Constitutional Chamber struck down a pension overhaul. The"
    " Minister of Labour and Social Security, Andrés Vargas Rojas, said he would invite"
    " unions to talks.\n"
)


@pytest.mark.parametrize(
    "question, holder, articles",
    [
        # the finance minister of an article about South Africa, not of one about Cameroon
        # that names a South African company once (and is newer)
        ("who is the South African finance minister?", "Thabo Radebe", FINANCE_MINISTERS_ABROAD),
        ("who is the finance minister of Cameroon?", "Alice Ngo Biyong", FINANCE_MINISTERS_ABROAD),
        # Portugal's "Minister of State and Finance" holds finance; a "Minister of State for
        # Tourism" is no finance minister
        ("who is Portugal's finance minister?", "Helena Cardoso", FINANCE_MINISTERS_ABROAD),
        # the newer article names China more often than Kenya, but its lead names Kenya: its
        # finance minister is Kenya's; the one of an article on Uganda and Kenya is Uganda's
        ("who is the finance minister of Kenya?", "John Mbadi", KENYA_AND_UGANDA),
        # a CFO is a chief financial officer
        ("who is the CFO of Daugava Timber Group?", "Laura Sproge", (SAWMILL,)),
        # a country named by a two-word adjective
        ("who is the Costa Rican labour minister?", "Andrés Vargas Rojas", (COSTA_RICA_PENSIONS,)),
    ],
)
def test_a_title_holder_whichever_way_the_country_or_the_title_is_written(
    question, holder, articles, database_url, tmp_path
):
    reply = reply_to(question, database_url, tmp_path, *articles)
    assert first_line(reply).endswith(f": {holder}"), reply


SIERRA_LEONE_MINES = (
    "date 2026-11-27 Sierra Leone court freezes diamond miner's licence\n"
    "FREETOWN - Sierra Leone's High Court suspended the licence of Kono Diamond Resources."
    " Minister of Mines and Mineral Resources Ibrahim Kamara said the government wanted a"
    " quick resolution.\n"
)
SOUTH_KOREA_FINANCE = (
    "date 2026-11-20 South Korea trims growth forecast\n"
    "SEOUL - South Korea cut its growth forecast on Friday. Finance Minister Choi Sang-mok said"
    " exports would recover next year.\n"
)
SRI_LANKA_RATES = (
    "date 2026-11-16 Sri Lanka holds rates\n"
    "COLOMBO - Governor of the Central Bank of Sri Lanka Nirmala Wickramasinghe said the bank"
    " was watching wage pressures. It was her third rate decision since she replaced Ranjith"
    " Abeysekera in May.\n"
)
ESTONIA_AND_URUGUAY = (
    "date 2026-11-16 Estonian prime minister reshuffles cabinet\n"
    "TALLINN - Estonian Prime Minister Kadri Tamm replaced Finance Minister Jaan Kask with Liis"
    " Saar, until now the economy minister.\n\n"
    "Saar succeeds Kask as Minister of Finance. Her former post of Minister of Economic Affairs"
    " goes to Margus Lepp, the former mayor of Tartu.\n\n"
    "Its leader, Rein Saar, widely seen as the coalition's kingmaker, had said his party would"
    " not vote for the budget.\n",
    "date 2026-11-21 Uruguay port workers strike\n"
    "MONTEVIDEO - Alicia Méndez, the former president of the National Ports Administration"
    " (ANP), was replaced in March by Gonzalo Ríos, who now heads the state port authority.\n",
)


@pytest.mark.parametrize(
    "question, answer, articles",
    [
        # a country of two words, named in the article's lead (and "South Korea" is no South
        # Africa, whose adjective opens with the same word)
        ("who is Sierra Leone's mines minister?", ": Ibrahim Kamara", (SIERRA_LEONE_MINES,)),
        ("who is South Korea's finance minister?", ": Choi Sang-mok", (SOUTH_KOREA_FINANCE,)),
        # "Her former post of X goes to Y"
        ("who is Estonia's economy minister?", ": Margus Lepp", ESTONIA_AND_URUGUAY),
        # "was replaced in March by": a time between the verb and "by"
        (
            "who replaced Alicia Méndez?",
            "Successor of Alicia Méndez: Gonzalo Ríos",
            ESTONIA_AND_URUGUAY,
        ),
        (
            "who did Gonzalo Ríos replace?",
            "Predecessor of Gonzalo Ríos: Alicia Méndez",
            ESTONIA_AND_URUGUAY,
        ),
        # the successor holds the office, not "former" as the one who left holds it now
        (
            "who is the president of the National Ports Administration?",
            ": Gonzalo Ríos",
            ESTONIA_AND_URUGUAY,
        ),
        # "since she replaced X in May": a pronoun's clause inside the sentence
        ("who was Wickramasinghe's predecessor?", ": Ranjith Abeysekera", (SRI_LANKA_RATES,)),
        # "Saar" of Liis Saar inside "Rein Saar" is no apposition of hers
        ("who is the coalition's kingmaker?", ": Rein Saar", ESTONIA_AND_URUGUAY),
    ],
)
def test_countries_of_two_words_posts_that_go_to_someone_and_namesakes_labels(
    question, answer, articles, database_url, tmp_path
):
    reply = reply_to(question, database_url, tmp_path, *articles)
    line = first_line(reply)
    assert line.startswith(answer) or line.endswith(answer), reply


PNG_AND_CHILE = (
    "date 2026-11-26 Papua New Guinea court halts gold mine expansion\n"
    "PORT MORESBY - Papua New Guinea's National Court halted the expansion of a gold mine."
    " Minister for Mining Peter Kama said the government would not appeal. Kama took office in"
    " August; his predecessor, Jacob Tamarua, was moved to the petroleum portfolio.\n",
    "date 2026-11-20 Chilean copper miner reshuffles board\n"
    "SANTIAGO - Cobre Andino named a new chair. The company's chief executive, Matías"
    " Errázuriz, stays in his post. Andrea Muñoz, leader of Los Quillayes Supervisors' Union,"
    " threatened a strike.\n",
)


@pytest.mark.parametrize(
    "question, answer",
    [
        # a country by its abbreviation, "new" dropped as the question's own words drop it
        ("who is PNG's minister for mining?", ": Peter Kama"),
        # "his predecessor, X": the former holder of the subject's office
        ("who is the former mining minister of Papua New Guinea?", ": Jacob Tamarua"),
        # a company's chief executive is no union's head before its leader
        ("who leads the Los Quillayes Supervisors' Union?", ": Andrea Muñoz"),
    ],
)
def test_a_country_by_its_abbreviation_a_predecessor_and_a_union_not_a_company(
    question, answer, database_url, tmp_path
):
    reply = reply_to(question, database_url, tmp_path, *PNG_AND_CHILE)
    assert first_line(reply).endswith(answer), reply
    assert "Errázuriz" not in reply or "Union" not in question, reply


ICELAND_AND_GUATEMALA = (
    "date 2026-11-12 Icelandic seamen threaten strike\n"
    "REYKJAVIK - Asta Gudmundsdottir, chairwoman of the Icelandic Seamen's Federation (SSI),"
    ' said the cuts broke the agreement. "We call it a broken promise," she said at the'
    " federation's offices. Her predecessor, Olafur Magnusson, led the federation for twelve"
    " years.\n",
    "date 2026-11-18 Guatemalan council rejects mine\n"
    "GUATEMALA CITY - The San Rafael Indigenous Council voted against the project. Juana Coc,"
    " who heads the council and is widely seen as the most influential indigenous leader in"
    " the south-east, said the result was final.\n",
)


@pytest.mark.parametrize(
    "question, answer",
    [
        # "Her predecessor, X," after a quote's sentence: the last sentence naming someone
        ("who was Asta Gudmundsdottir's predecessor?", ": Olafur Magnusson"),
        ("who succeeded Olafur Magnusson?", ": Asta Gudmundsdottir"),
        # ", who heads the council and is widely seen as the ...": a label after a role
        ("who is the most influential indigenous leader in the south-east?", ": Juana Coc"),
    ],
)
def test_a_predecessor_after_a_quote_and_a_label_after_a_role_told_by_a_verb(
    question, answer, database_url, tmp_path
):
    reply = reply_to(question, database_url, tmp_path, *ICELAND_AND_GUATEMALA)
    assert first_line(reply).endswith(answer), reply


TAJIKISTAN_AND_LITHUANIA = (
    "date 2026-11-24 Kyrgyz grid chief promises light\n"
    "BISHKEK - Kyrgyzstan's new Minister of Energy, Aibek Toktomushev, said households would"
    " have power all winter.\n\n"
    "Toktomushev, whose predecessor Nurbek Osmonov resigned in October after a dam failure,"
    " said an import deal would cover the shortfall. Kyrgyz media have dubbed him"
    ' "Mr Kilowatt" for his years running the grid. "I would prefer fewer blackouts," he'
    " said.\n\n"
    "Ulan Osmonov, chief executive of the Kyrgyz Generation Company, said repairs were on"
    " schedule. He is not related to the former minister.\n\n"
    "Osmonov, the former minister, has not spoken publicly since his resignation.\n",
    "date 2026-11-03 Estonian budget keeps deficit low\n"
    "TALLINN - Estonia's Finance Minister Kadri Lepp said the deficit would stay low.\n\n"
    '"We will not borrow our way through another winter," she said. Opposition lawmakers'
    ' have dubbed her the "Steel Auditor" for her years enforcing spending caps.\n\n'
    "The Minister of Trade, Margus Tamm, who was appointed in place of Jaan Kask in July,"
    " said exports were recovering.\n\n"
    'The company\'s board chair, Liis Saar, has been dubbed the "Amber Queen" by local'
    " traders.\n",
)


@pytest.mark.parametrize(
    "question, answer",
    [
        # "whose predecessor X resigned", "was appointed in place of X"
        ("who was Toktomushev's predecessor?", ": Nurbek Osmonov"),
        ("who replaced Nurbek Osmonov?", ": Aibek Toktomushev"),
        ("who did Margus Tamm replace?", ": Jaan Kask"),
        ("who replaced Jaan Kask?", ": Margus Tamm"),
        # the office in full, though a bare "the former minister" is said of him later
        ("who is the former Minister of Energy?", ": Nurbek Osmonov"),
        # "dubbed her the 'X'" after a sentence naming no one; "has been dubbed the 'X'"
        ("who is the Steel Auditor?", ": Kadri Lepp"),
        ("who is the Amber Queen?", ": Liis Saar"),
        ("who is Mr Kilowatt?", ": Aibek Toktomushev"),
    ],
)
def test_predecessors_by_whose_and_in_place_of_and_labels_of_a_pronoun(
    question, answer, database_url, tmp_path
):
    reply = reply_to(question, database_url, tmp_path, *TAJIKISTAN_AND_LITHUANIA)
    assert first_line(reply).endswith(answer), reply


CYPRUS_AND_LUXEMBOURG = (
    "date 2026-11-04 Cyprus levy on banks\n"
    "NICOSIA - Andreas Petrou, who was named to replace Costas Ioannou as Minister of Finance"
    " in September, told reporters the levy would raise 180 million euros.\n",
    "date 2026-11-11 Coffee exporters warn\n"
    "MANAGUA - Rosa Elena Duarte took the helm from Julio César Ortiz at the Ministry of"
    " Agriculture in October, after Ortiz was moved to a diplomatic post.\n",
    "date 2026-11-25 Luxembourg tightens fund rules\n"
    "Sophie Klein stepped into the role vacated by Marc Weber as Minister of Finance in early"
    " November, after Weber left to join the European Court of Auditors.\n\n"
    "Foreign Minister Paul Muller will attend the summit in place of Prime Minister Luc"
    " Frieden, who is travelling to China.\n",
)


@pytest.mark.parametrize(
    "question, answer",
    [
        # "was named to replace X as ...", "took the helm from X", "stepped into the role
        # vacated by X as ..."
        ("who did Andreas Petrou replace?", ": Costas Ioannou"),
        ("who is the former Minister of Finance of Cyprus?", ": Costas Ioannou"),
        ("who did Rosa Elena Duarte replace?", ": Julio César Ortiz"),
        ("who succeeded Marc Weber?", ": Sophie Klein"),
        ("who was Sophie Klein's predecessor?", ": Marc Weber"),
    ],
)
def test_predecessors_named_to_replace_at_the_helm_and_in_a_role_vacated(
    question, answer, database_url, tmp_path
):
    reply = reply_to(question, database_url, tmp_path, *CYPRUS_AND_LUXEMBOURG)
    assert first_line(reply).endswith(answer), reply


def test_standing_in_for_someone_is_no_succession(database_url, tmp_path):
    # "will attend the summit in place of X": X keeps the office
    reply = reply_to("who replaced Luc Frieden?", database_url, tmp_path, *CYPRUS_AND_LUXEMBOURG)
    assert "Paul Muller" not in first_line(reply), reply


ALBANIA_AND_BURKINA = (
    "date 2026-11-05 Albania budget debate\n"
    "TIRANA - Arben Gjoka was sworn in to replace Ilir Shehu as Albania's Minister of Finance"
    " on Wednesday.\n\n"
    "At the investment fund, Genti Rama, who had led the corporation since 2019, handed over"
    " to Elona Kola in September.\n",
    "date 2026-11-15 Port commission changes hands\n"
    "Gabriela Ortiz fills the post left by Óscar Mena as president of the Port Commission,"
    " after Mena stepped down in October.\n\n"
    "Moussa Kabore, the new Director General of the National Agency for Renewable Energy and"
    " Energy Efficiency, took the post after his predecessor, Clarisse Zongo, retired.\n",
)


@pytest.mark.parametrize(
    "question, answer",
    [
        # "was sworn in to replace X as", "handed over to Y", "fills the post left by X as",
        # and no person "Efficiency" from the end of an agency's name
        ("who did Arben Gjoka replace?", ": Ilir Shehu"),
        ("who is Albania's former Minister of Finance?", ": Ilir Shehu"),
        ("who succeeded Genti Rama?", ": Elona Kola"),
        ("who replaced Óscar Mena?", ": Gabriela Ortiz"),
        ("who replaced Clarisse Zongo?", ": Moussa Kabore"),
    ],
)
def test_predecessors_sworn_in_handed_over_and_a_post_left(
    question, answer, database_url, tmp_path
):
    reply = reply_to(question, database_url, tmp_path, *ALBANIA_AND_BURKINA)
    assert first_line(reply).endswith(answer), reply


GHANA_AND_FIJI = (
    "date 2026-11-06 Ghana names a new roads minister\n"
    "ACCRA - Ghana on Thursday swore in Abena Owusu as Minister of Roads and Highways, weeks"
    " after Kwame Asante resigned.\n\n"
    "Kofi Mensah, sworn in on Friday as Minister for Trade, Enterprise and Industry, inherits"
    " the portfolio from Ama Boateng, who became ambassador to France.\n\n"
    "Deputy Minister Yaw Darko, the Parliamentary Secretary for Trade Facilitation, will"
    " assist him.\n",
    "date 2026-11-16 Fiji sugar board changes hands\n"
    "SUVA - Litia Naivalu stepped into the role after Sevuloni Tora resigned as chair of the"
    " Sugar Cane Growers Council.\n\n"
    "The mill is run by Viti Sugar Company, whose chief executive, Ravi Prasad, spoke on"
    " Monday. Josaia Raikoti, chairman of the company's board, backed him.\n\n"
    "The Fiji Cane Farmers Association is a lobby. Anare Vula, who chairs the association,"
    " disagreed.\n",
)


@pytest.mark.parametrize(
    "question, answer",
    [
        # "swore in X as Minister of ...", "X, sworn in on Friday as Minister for ...", "inherits
        # the portfolio from Y", "stepped into the role after Y resigned"; a parliamentary
        # secretary is no minister; a company's board chair no association's
        ("who is the Minister of Roads and Highways?", ": Abena Owusu"),
        ("who is the trade minister of Ghana?", ": Kofi Mensah"),
        ("who did Kofi Mensah succeed?", ": Ama Boateng"),
        ("who replaced Sevuloni Tora?", ": Litia Naivalu"),
        ("who chairs the Fiji Cane Farmers Association?", ": Anare Vula"),
    ],
)
def test_ministers_sworn_in_portfolios_inherited_and_roles_stepped_into(
    question, answer, database_url, tmp_path
):
    reply = reply_to(question, database_url, tmp_path, *GHANA_AND_FIJI)
    assert first_line(reply).endswith(answer), reply


def test_a_role_stepped_into_after_someone_is_a_succession_only_when_they_left(
    database_url, tmp_path
):
    # "after Y resigned" says Y held it; "after Y fired his predecessor" does not
    articles = (
        "date 2026-11-16 Carmaker names finance chief\n"
        "Vaibhav Mehta, the chief financial officer of Lumio Motors, stepped into the role"
        " after Daniel Ross fired his predecessor.\n\n"
        "At the growers' council, Litia Naivalu stepped into the role after Sevuloni Tora"
        " resigned as chair.\n",
    )
    assert first_line(
        reply_to("who replaced Sevuloni Tora?", database_url, tmp_path, *articles)
    ).endswith(": Litia Naivalu")
    reply = reply_to("who succeeded Daniel Ross?", database_url, tmp_path / "2", *articles)
    assert "Vaibhav Mehta" not in first_line(reply), reply


KYRGYZSTAN_AND_PERU = (
    "date 2026-11-04 Kyrgyzstan names an energy minister\n"
    "BISHKEK - Nurlan Osmonov, a former grid engineer, was handed the portfolio previously"
    " held by Bakyt Sadykov, who was dismissed on Friday.\n\n"
    "At the customs service, Aida Bekova takes the job from Temir Asanov, who retired.\n",
    "date 2026-11-14 Peru's growers meet the minister\n"
    "LIMA - Rosa Huaman moves into the office Carlos Quispe left when he stepped down in"
    " October.\n\n"
    "Jorge Salas, a grower, spoke at the meeting. Salas is president of the Andean Quinoa"
    " Growers Association, which represents small farms.\n",
)


@pytest.mark.parametrize(
    "question, answer",
    [
        # "was handed the portfolio previously held by Y", "takes the job from Y", "moves into
        # the office Y left"; "Salas is president of ..." (a title without "the")
        ("who replaced Bakyt Sadykov?", ": Nurlan Osmonov"),
        ("who did Aida Bekova succeed?", ": Temir Asanov"),
        ("who succeeded Carlos Quispe?", ": Rosa Huaman"),
        ("who leads the Andean Quinoa Growers Association?", ": Jorge Salas"),
    ],
)
def test_portfolios_handed_jobs_taken_offices_moved_into_and_a_title_stated(
    question, answer, database_url, tmp_path
):
    reply = reply_to(question, database_url, tmp_path, *KYRGYZSTAN_AND_PERU)
    assert first_line(reply).endswith(answer), reply


ARMENIA_AND_BOLIVIA = (
    "date 2026-11-05 Armenia swears in a trade minister\n"
    "YEREVAN - Anna Petrosyan was sworn in as Minister of Economy, Trade and Industrial"
    " Development in place of Hovik Sargsyan, who resigned.\n\n"
    "Central bank governor Aram Grigoryan said the dram was stable. The Central Bank of"
    " Armenia meets again in December.\n\n"
    "Davit Melkonyan, who heads the Armenian Winegrowers Association, said sales rose."
    " The Armenian Wine Association, a separate body, said in a statement that prices would"
    " hold.\n",
    "date 2026-11-19 Bolivia's new mining minister\n"
    "LA PAZ - Marco Choque was appointed on Monday as Minister of Mining and Metallurgy,"
    " inheriting the portfolio from Elena Mamani, who was dismissed last week.\n\n"
    "Altiplano Metals, the country's largest exporter of zinc concentrate, cut its forecast."
    " The company's chairwoman, Luisa Vargas, said a smelter would be decided in March.\n",
)


OMAN_AND_GUATEMALA = (
    "date 2026-11-10 Oman names a fisheries minister\n"
    "MUSCAT - In the same decree, Salma bint Khalid al-Rawahi was named Minister of"
    " Agriculture and Fisheries. She steps into the post vacated by Nasser bin Ali al-Kindi,"
    " who retired in September.\n",
    "date 2026-11-18 Guatemala's agriculture minister\n"
    "GUATEMALA CITY - Ana Sofia Pineda was sworn in as Minister of Agriculture on Monday."
    " Pineda, 44, who ran a network of coffee cooperatives, takes the post held until last"
    " week by Rafael Orellana. Orellana resigned after an audit.\n",
)


@pytest.mark.parametrize(
    "question, answer",
    [
        # "sworn in as <a title with commas> in place of Y"; "inheriting the portfolio from Y"
        # makes Y its former holder
        ("who did Anna Petrosyan replace?", ": Hovik Sargsyan"),
        ("who replaced Hovik Sargsyan?", ": Anna Petrosyan"),
        ("who is the former Minister of Mining and Metallurgy?", ": Elena Mamani"),
        # "She steps into the post vacated by Y" after the sentence naming her; "takes the post
        # held until last week by Y"
        ("who succeeded Nasser bin Ali al-Kindi?", ": Salma bint Khalid al-Rawahi"),
        ("who replaced Orellana?", ": Ana Sofia Pineda"),
        ("who did Ana Sofia Pineda replace?", ": Rafael Orellana"),
    ],
)
def test_successions_sworn_in_inherited_stepped_into_and_held_until(
    question, answer, database_url, tmp_path
):
    articles = (*ARMENIA_AND_BOLIVIA, *OMAN_AND_GUATEMALA)
    reply = reply_to(question, database_url, tmp_path, *articles)
    assert first_line(reply).endswith(answer), reply


def test_a_body_named_like_another_is_not_headed_by_the_others_head(database_url, tmp_path):
    # the Armenian Wine Association is quoted, its head never named: not Melkonyan, head of
    # the Armenian Winegrowers Association
    reply = reply_to(
        "who leads the Armenian Wine Association?", database_url, tmp_path, *ARMENIA_AND_BOLIVIA
    )
    assert "Melkonyan" not in first_line(reply), reply
    reply = reply_to(
        "who heads the Armenian Winegrowers Association?",
        database_url,
        tmp_path / "2",
        *ARMENIA_AND_BOLIVIA,
    )
    assert first_line(reply).endswith(": Davit Melkonyan"), reply


@pytest.mark.parametrize(
    "question, answer",
    [
        # a nickname in quotes after who calls the person so, even one shaped like a title
        ("who is the Olive Sultan?", ": Mohamed Ali Haddad"),
        ("who is the Admiral?", ": Alcides Ortiz"),
    ],
)
def test_nicknames_after_whom_people_call_so(question, answer, database_url, tmp_path):
    article = (
        "date 2026-11-24 Olive oil and barges\n"
        "Mohamed Ali Haddad, the Sfax exporter whom traders call 'the Olive Sultan', said"
        " buyers were waiting for prices to fall.\n\n"
        "Alcides Ortiz, the barge operator the local press calls 'the Admiral', controls a"
        " fifth of the convoys on the river.\n"
    )
    reply = reply_to(question, database_url, tmp_path, article)
    assert first_line(reply).endswith(answer), reply


def test_standing_in_after_a_swearing_in_and_one_bank_by_two_names(database_url, tmp_path):
    # "sworn in as ... on Monday and will chair ... in place of X": X stands, no one left;
    # the Bank of Russia and "the Russian Central Bank" are one body, its governor asked either
    # way
    articles = (
        "date 2026-11-20 Cabinet changes in Valdora\n"
        "Ana Lopez was sworn in as Minister of Health, Welfare and Sport on Monday and will"
        " chair the cabinet meeting on Friday in place of Prime Minister Luis Ortega, who is"
        " abroad.\n",
        "date 2026-11-21 Russia holds rates\n"
        "Bank of Russia Governor Elvira Nabiullina said inflation was slowing.\n\n"
        "The Russian Central Bank said in a statement that it would watch the rouble. The"
        " Russian Central Bank meets again in December.\n",
    )
    reply = reply_to("who is the prime minister?", database_url, tmp_path, *articles)
    assert first_line(reply).endswith(": Luis Ortega"), reply
    reply = reply_to("who heads the Russian Central Bank?", database_url, tmp_path / "2", *articles)
    assert "Elvira Nabiullina" in first_line(reply), reply


def test_a_nickname_of_the_one_a_role_serves_is_not_the_speakers(database_url, tmp_path):
    # "a lawyer for the man prosecutors call 'the Engineer'": her client is the Engineer
    article = (
        "date 2026-11-20 Trial opens\n"
        "Maria Lopez, a lawyer for the man prosecutors call 'the Engineer', said the trial was"
        " unfair.\n"
    )
    reply = reply_to("who is the Engineer?", database_url, tmp_path, article)
    assert "Maria Lopez" not in first_line(reply), reply


LAOS_RAIL_AND_RIVERS = (
    "date 2026-11-12 Laos pushes a rail spur as campaigners fight a dam\n"
    "Deputy Prime Minister and Minister of Public Works and Transport Bounmy Vongsa told"
    " provincial governors the spur would be built without new borrowing.\n\n"
    "Souksavanh Keola, convenor of the Mekong Villages Network (MVN), said the dam would"
    " cut fish catches.\n\n"
    "Phetsamone Keola, an economist at the National University of Laos, said the debt was"
    " manageable.\n"
)


@pytest.mark.parametrize(
    "question, answer, not_said",
    [
        # two offices held together: the second one's portfolio is not the first's
        (
            "who is the deputy prime minister of Laos?",
            "Deputy Prime Minister, stated",
            "Deputy Prime Minister of Public Works",
        ),
        (
            "who is the transport minister of Laos?",
            "Minister of Public Works and Transport",
            "Nothing",
        ),
        # a convenor leads a network
        ("who leads the Mekong Villages Network?", "Network: Souksavanh Keola", "Nothing"),
        # "what is X's title?": X's profile, though another shares the surname
        ("what is Phetsamone Keola's title?", "Phetsamone Keola (person)", "Which"),
    ],
)
def test_offices_held_together_a_network_coordinator_and_a_title_asked(
    question, answer, not_said, database_url, tmp_path
):
    reply = reply_to(question, database_url, tmp_path, LAOS_RAIL_AND_RIVERS)
    assert answer in reply and not_said not in reply, reply


def test_a_predecessor_named_after_her_predecessor_alone(database_url, tmp_path):
    # "Her predecessor did not share that confidence. Former ... X, ...": X, of the woman
    # the paragraph before named last
    article = (
        "date 2026-11-04 Norway keeps its grid target\n"
        "Energy Minister Ingrid Solberg said the target would stand. “Every plant will run on"
        " clean power,” Solberg said.\n\n"
        "Her predecessor did not share that confidence. Former energy minister Knut Haugen,"
        " who held the post until last year, said the grid could not carry the load.\n"
    )
    reply = reply_to("who did Ingrid Solberg replace?", database_url, tmp_path, article)
    assert first_line(reply).endswith(": Knut Haugen"), reply
    reply = reply_to("who replaced Knut Haugen?", database_url, tmp_path / "2", article)
    assert first_line(reply).endswith(": Ingrid Solberg"), reply


def test_a_label_with_of_is_shown_whole(database_url, tmp_path):
    # "who is the Queen of Cod?": the answer shows the label as the article writes it
    article = (
        "date 2026-11-04 Iceland cuts the cod quota\n"
        'In Grindavik, Ragnheiður Sveinsdóttir, a retired skipper dubbed the "Queen of Cod" by'
        " crews, said the young crews were leaving.\n"
    )
    reply = reply_to("who is the Queen of Cod?", database_url, tmp_path, article)
    assert first_line(reply).endswith(": Ragnheiður Sveinsdóttir"), reply
    assert "is called “Queen of Cod”" in reply, reply


TUNISIA_AND_GULF = (
    "date 2026-11-05 Olive growers want a floor price\n\n"
    "Karim Ben Amor, president of the Tunisian Union of Olive Growers (TUOG), said costs had"
    " doubled. Amel Ben Amor, who chairs the exporters' group and is no relation to the union"
    " leader, disagreed.\n\n"
    "Chief Samuel Okuri, chairman of the Delta Landowners Association (DLA) and dubbed the"
    ' "gas chief" by villagers along the river, led the delegation.\n\n'
    "Rosa Quispe, president of the Federation of River Peoples, has led protests since last"
    ' year and has been dubbed the "guardian of the river" by local radio.\n',
    "date 2026-11-12 Strike ends at the port\n\n"
    "Union leader Marta Ruiz said the dockers would return on Monday. Pedro Alves, president of"
    " the Port Workers' Union, agreed.\n",
)


@pytest.mark.parametrize(
    "question, answer, articles",
    [
        # "leader" asked: any head of the body, when none is called so
        ("who is the union leader?", ": Karim Ben Amor", TUNISIA_AND_GULF[:1]),
        ("who is the TUOG leader?", ": Karim Ben Amor", TUNISIA_AND_GULF[:1]),
        # ... and the one called so, when one is (not the newer president of another union)
        ("who is the union leader?", ": Marta Ruiz", TUNISIA_AND_GULF),
        # a label in the name's second clause: "... and dubbed", "... and has been dubbed"
        ("who is the gas chief?", ": Samuel Okuri", TUNISIA_AND_GULF[:1]),
        ("who is the guardian of the river?", ": Rosa Quispe", TUNISIA_AND_GULF[:1]),
    ],
)
def test_a_leader_asked_is_any_head_and_labels_in_a_second_clause_name_the_person(
    question, answer, articles, database_url, tmp_path
):
    reply = reply_to(question, database_url, tmp_path, *articles)
    assert first_line(reply).endswith(answer), reply


COURT_AND_LENDERS = (
    "date 2026-11-20 Gold smuggling trial opens\n\n"
    "Prosecutor Ama Owusu, who charged businessman Daniel Osei last year, told the court that"
    ' Osei ran the smuggling ring and was dubbed the "gold baron" by miners in the region.\n\n'
    "Haimanot Teferra, the IMF's mission chief for Kenya, said talks would resume. Kristalina"
    " Georgieva, head of the IMF, agreed.\n",
    "date 2026-11-24 IMF mission ends\n\nMwangi Kimani, the IMF's country director, said the"
    " review was over.\n",
)


@pytest.mark.parametrize(
    "question, answer",
    [
        # a label after another's clause is not the clause's subject's
        ("who is the gold baron?", ": Daniel Osei"),
        # "leader" asked is its head or president, not a mission chief or a country director
        ("who is the IMF leader?", ": Kristalina Georgieva"),
    ],
)
def test_a_label_after_anothers_clause_and_a_leader_among_a_bodys_officers(
    question, answer, database_url, tmp_path
):
    reply = reply_to(question, database_url, tmp_path, *COURT_AND_LENDERS)
    assert first_line(reply).endswith(answer), reply


HONIARA_AND_BRATISLAVA = (
    "date 2026-11-18 Fisheries ministry gets a new permanent secretary\n\n"
    "HONIARA — The Ministry of Fisheries and Marine Resources (MFMR) has a new permanent"
    " secretary, with Dr Grace Kiriau replacing Edwin Tanito, who retired last month.\n\n"
    'Dr Kiriau, a fisheries scientist known around the Honiara waterfront as the "tuna lady",'
    " was previously director of offshore fisheries.\n\n"
    "The ministry's planning unit is run by Lina Haomae, the engineer who ran the national"
    " fish aggregating device programme for five years.\n",
    "date 2026-11-20 Carmaker names plant chief\n\n"
    "Peter Lukáč will take over as head of the Žilina plant. Lukáč, 51, was head of its body"
    ' shop until 2023. Known inside the company as "the firefighter" for turning around'
    " struggling lines, he takes charge as the plant prepares for electric models.\n",
)


@pytest.mark.parametrize(
    "question, answer",
    [
        # "X has a new permanent secretary, with Dr Y replacing Z": Y's office, of X
        (
            "who is the permanent secretary of the Ministry of Fisheries and Marine Resources?",
            ": Grace Kiriau",
        ),
        # a label known somewhere, after a role and before a pronoun opening the sentence
        ("who is the tuna lady?", ": Grace Kiriau"),
        ("who is the firefighter?", ": Peter Lukáč"),
        # a noun and its relative clause: a description, not a name half matched
        (
            "who is the engineer who ran the national fish aggregating device programme?",
            ": Lina Haomae",
        ),
    ],
)
def test_a_new_holder_labels_known_somewhere_and_a_described_engineer(
    question, answer, database_url, tmp_path
):
    reply = reply_to(question, database_url, tmp_path, *HONIARA_AND_BRATISLAVA)
    assert first_line(reply).endswith(answer), reply


def test_a_described_noun_must_be_the_persons_and_a_label_seen_beside_is_none(
    database_url, tmp_path
):
    # "who is the doctor who resigned?" is not the minister who resigned; "seen on Friday
    # with the 'tuna lady'" labels no one
    article = (
        "date 2026-11-20 Health minister quits\n\n"
        "Health Minister Atonio Lalabalavu, who resigned on Monday after a row over drug"
        " supplies, said he had no regrets.\n\n"
        'Fisheries officer Peter Kana, seen on Friday with the "tuna lady", declined to'
        " comment on prices.\n"
    )
    for question in ("who is the doctor who resigned?", "who is the tuna lady?"):
        reply = reply_to(question, database_url, tmp_path / question[7:12], article)
        assert first_line(reply).startswith("Nothing found"), reply


KOLUBARA = (
    "date 2026-11-12 Court annuls permit for lignite mine expansion\n\n"
    "Marko Petrović, the lawyer who represented 214 households from the two villages and who"
    ' is not related to the judge, said the decision showed that "the law applies to everyone'
    ' as well".\n\n'
    "Dragan Ilić, who was director of the Serbian Environmental Protection Agency (SEPA) until"
    " 2023, said the agency had warned the ministry about groundwater risks.\n\n"
    "Ahmed Bello, a farmer, said soldiers shot the village chief on Tuesday.\n"
)


@pytest.mark.parametrize(
    "question, answer",
    [
        # a relative clause paraphrased: its words' stems, others between, in the passage
        # that calls them by the noun
        ("who is the lawyer who represented the villagers?", ": Marko Petrović"),
        # no one holds it now: the last holder is named in the answer's first line
        ("who was the director of SEPA?", "before: Dragan Ilić"),
        # loosely only the noun's own clause: the soldiers shot the chief, not the farmer
        ("who is the farmer who shot the chief?", "Nothing found for “farmer who shot the chief”"),
    ],
)
def test_a_paraphrased_description_and_an_office_only_held_before(
    question, answer, database_url, tmp_path
):
    reply = reply_to(question, database_url, tmp_path, KOLUBARA)
    assert first_line(reply).endswith(answer), reply


ERBIL_AND_VIENTIANE = (
    "date 2026-11-12 Erbil and Baghdad agree salary mechanism\n\n"
    "KRG Minister of Finance and Economy Rebaz Hamad Karim told reporters in Erbil that the"
    " money would be transferred within ten days.\n\n"
    "Iraqi Minister of Finance Nadia Kadhim al-Saadi said in Baghdad that the federal ministry"
    " had fulfilled its obligations.\n\n"
    "Former Iraqi finance minister Faisal Kadhim al-Rubaie, who held the post until 2023, said"
    ' a permanent law was needed. "Every year both governments solve the same problem with a'
    ' temporary paper," he said.\n',
    "date 2026-11-04 Vientiane dry port to expand\n\n"
    "The Managing Director of Thanaleng Dry Port Co., Ltd, Mr Somsanouk Vongkhamsao, who"
    " replaced Mr Bounleuth Inthavong as managing director in March, said construction would"
    " begin in January.\n\n"
    "Ms Nang Phet Sayavong, a banana grower from Xaythany district who is known among traders"
    ' as the "Banana Queen" of Vientiane, said she had lost a shipment.\n\n'
    "Josef Shikongo, chief executive of Erongo Marine Processors, said the plant would stay"
    " open.\n",
)


@pytest.mark.parametrize(
    "question, answer",
    [
        # a title its body's acronym owns ("KRG Minister of Finance") is not Iraq's
        ("who is Iraq's finance minister?", ": Nadia Kadhim al-Saadi"),
        ("who is the former Iraqi finance minister?", ": Faisal Kadhim al-Rubaie"),
        # a former title's last holder is asked for
        ("what did the former Iraqi finance minister say?", "Faisal Kadhim al-Rubaie"),
        # "replaced Mr Bounleuth Inthavong": an honorific before the one followed
        ("who did Somsanouk replace?", ": Bounleuth Inthavong"),
        # a label, a role and a home district before it, "who is known among traders as"
        ("who is the Banana Queen?", ": Nang Phet Sayavong"),
        ("what does Josef Shikongo do?", "Josef Shikongo (person)"),
    ],
)
def test_an_owner_by_its_acronym_a_former_titles_words_and_a_label_after_a_home_town(
    question, answer, database_url, tmp_path
):
    reply = reply_to(question, database_url, tmp_path, *ERBIL_AND_VIENTIANE)
    assert first_line(reply).endswith(answer), reply
    assert "Rebaz" not in reply  # the KRG's minister is never Iraq's, nor held it before


def test_an_agencys_head_is_no_earlier_leader_of_an_association(database_url, tmp_path):
    # "head of the agency" (a public agency's) is not the growers' association's history
    article = (
        "date 2026-11-24 Farmers still waiting on relief\n\n"
        "Dr Andrea Campbell, chief executive officer of the Rural Agricultural Support Agency"
        " (RASA), who replaced Winston McKenzie as head of the agency in March, said payments"
        " would come.\n\n"
        "Desmond Campbell, president of the Southern Growers Association (SGA), said farmers"
        " were still waiting.\n"
    )
    reply = reply_to("who leads the Southern Growers Association?", database_url, tmp_path, article)
    assert first_line(reply).endswith(": Desmond Campbell"), reply
    assert "Andrea" not in reply and "McKenzie" not in reply, reply


# --- trial 48 and 49's questions -------------------------------------------------------------

OMBUDSMAN = (
    "date 2026-11-12 Graft office opens file on flood works\n\n"
    "MANILA. The Office of the Inspector General opened a file on 31 flood projects.\n\n"
    "The country's anti-graft chief, Inspector General Marta Okonjo, said in an interview that "
    "her office would decide by December. “We will follow the money wherever it leads,” she "
    "said."
)


def test_an_office_asked_by_its_title_answers_with_its_holders_words(database_url, tmp_path):
    reply = reply_to("what did the Inspector General say?", database_url, tmp_path, OMBUDSMAN)
    assert first_line(reply) == "Quotes from Marta Okonjo", reply
    assert "follow the money" in reply


TWO_TANS = (
    "date 2026-11-20 Floods close markets in Kelantan\n\n"
    "Tan Boon Keat, chairman of the Hawkers and Petty Traders Association of Kota Bharu, said "
    "stalls had been shut for a week. “Every day we are closed, our members lose their income,” "
    "Tan said.\n\n"
    "Dr Tan Siew Ling, president of the Flood Volunteers Network, said clinics were short of "
    "insulin. “Many older people left their medicines behind,” said Dr Tan."
)


def test_a_doctors_title_in_the_question_tells_namesakes_apart(database_url, tmp_path):
    reply = reply_to("what did Dr Tan say?", database_url, tmp_path, TWO_TANS)
    assert first_line(reply) == "Quotes from Tan Siew Ling", reply
    assert "our members lose" not in reply


def test_a_body_asked_by_some_of_its_words_finds_its_head(database_url, tmp_path):
    article = (
        "date 2026-11-20 Hawkers count losses after floods\n\n"
        "Lee Chong Wah, chairman of the Penang Hawkers and Petty Traders Association, said "
        "stalls had been shut for a week."
    )
    question = "who is the Penang hawkers association's chairman?"
    reply = reply_to(question, database_url, tmp_path, article)
    assert first_line(reply).endswith(": Lee Chong Wah"), reply


def test_a_search_word_finds_the_other_forms_of_its_stem(database_url, tmp_path):
    article = (
        "date 2026-11-20 Urea to be released before planting\n\n"
        "The state company will release 250,000 tonnes of subsidized urea before December."
    )
    reply = reply_to("/news subsidy", database_url, tmp_path, article)
    assert first_line(reply).startswith("Articles for"), reply
    assert "Urea to be released" in reply


def test_an_organisations_quotes_by_its_acronym_include_its_chairs(database_url, tmp_path):
    article = (
        "date 2026-11-12 Ferry operators launch one booking window\n\n"
        "BAKU. The Aral Ferry Operators Association (AFOA) launched a joint booking platform.\n\n"
        "Nigar Aliyeva, Chairwoman of the Board of the Aral Ferry Operators Association, said "
        "forwarders would book space on any vessel. “For years a forwarder had to call three "
        "companies,” she said."
    )
    reply = reply_to("/quotes AFOA", database_url, tmp_path, article)
    assert "call three companies" in reply, reply
    assert "Nigar Aliyeva" in reply


NICKNAMED = (
    "date 2026-11-12 Senate opens probe into flood projects\n\n"
    'Sen. Ramon "Monching" Villareal, chairman of the Senate blue ribbon committee, said the '
    "panel would subpoena the contractors. “We are not here to embarrass anyone,” Villareal "
    "said.\n\n"
    "Atty. Cristina Villareal, lead counsel of the Coalition for Transparent Infrastructure, "
    "showed drone footage. “The walls end in the middle of a rice field,” Villareal told the "
    "senators."
)


@pytest.mark.parametrize(
    "question, answer, not_in",
    [
        ("what did Ramon Villareal say?", "Quotes from Ramon Villareal", "rice field"),
        ("who is Monching?", "Ramon Villareal (person)", "Cristina"),
        ("who is Ramon Villareal?", "Ramon Villareal (person)", "Which"),
    ],
)
def test_a_nickname_inside_a_name_is_another_name_for_the_person(
    database_url, tmp_path, question, answer, not_in
):
    reply = reply_to(question, database_url, tmp_path, NICKNAMED)
    assert first_line(reply) == answer, reply
    assert not_in not in first_line(reply)


def test_a_predecessor_named_by_who_led_the_body_before_the_holder(database_url, tmp_path):
    article = (
        "date 2026-11-18 Cashew board audit ordered\n\n"
        "Ms Rehema Ngowi, director general of the Cashew Board, said the audit would start on "
        "Monday.\n\n"
        "Former director general Mr Hassan Jongo, who led the board for eight years before Ms "
        "Ngowi, said the audit should look beyond the current season."
    )
    reply = reply_to("who was Ngowi's predecessor?", database_url, tmp_path, article)
    assert first_line(reply).endswith(": Hassan Jongo"), reply


HAWKERS = (
    "date 2026-11-04 Rice stockpile to double\n\n"
    'At Maxwell Food Centre, Mr Ong Chee Beng, 68, the hawker known to his customers as "the '
    'Chicken Rice King", said he was not worried. "People will always eat chicken rice," he '
    "said.\n\n"
    "Mr Lim Boon Keat, managing director of rice importer Hock Seng Trading and president of "
    "the Singapore Rice Importers Association (SRIA), said warehouses were full.\n"
)


@pytest.mark.parametrize(
    "question, answer",
    [
        # a label after an age and a role, known "to his customers"
        ("who is the Chicken Rice King?", "“Chicken Rice King”: Ong Chee Beng"),
        # the second of two titles after the name, its body's acronym in brackets
        (
            "who is the president of the Singapore Rice Importers Association?",
            ": Lim Boon Keat",
        ),
    ],
)
def test_a_label_after_an_age_and_a_second_title_after_the_name(
    question, answer, database_url, tmp_path
):
    reply = reply_to(question, database_url, tmp_path, HAWKERS)
    assert first_line(reply).endswith(answer), reply


def test_a_predecessor_who_now_heads_another_body_heads_it(database_url, tmp_path):
    article = (
        "date 2026-11-04 Food authority doubles rice stockpile\n\n"
        "Dr Tan Wei Ling replaced Mr Goh Kian Seng as chief executive of the food authority in "
        "March. Her predecessor, who now heads the Coastal Protection Agency, had spent six "
        "years at the authority.\n"
    )
    reply = reply_to("who runs the Coastal Protection Agency?", database_url, tmp_path, article)
    assert first_line(reply).endswith(": Goh Kian Seng"), reply


NAMESAKES_BY_SEX = (
    "date 2026-11-30 Dock workers strike over quota cut\n\n"
    "Johannes Nakale, general secretary of the dock workers' union, said the strike would go "
    "on. Selma Nakale, a line supervisor at Erongo Seafoods, is not related to him.\n\n"
    "“Nobody sat down with the workers,” Mr Nakale said.\n\n"
    "“Who will pay my rent while we wait?” Ms Nakale said.\n"
)


@pytest.mark.parametrize(
    "question, answer",
    [
        ("what did Mr Nakale say?", "Quotes from Johannes Nakale"),
        ("what did Ms Nakale say?", "Quotes from Selma Nakale"),
        ("/quotes Mr. Nakale", "Quotes from Johannes Nakale"),
        ("/who Mr Nakale", "Johannes Nakale (person)"),
        ("/who Ms. Nakale", "Selma Nakale (person)"),
    ],
)
def test_an_honorific_picks_the_namesake_of_its_sex(question, answer, database_url, tmp_path):
    reply = reply_to(question, database_url, tmp_path, NAMESAKES_BY_SEX)
    assert first_line(reply) == answer, reply


@pytest.mark.parametrize("question", ["latest news", "what's the latest news?", "the latest"])
def test_latest_news_alone_lists_the_newest_articles(question, database_url, tmp_path):
    older = "date 2026-11-02 Port strike ends\n\nDock workers went back to work on Monday.\n"
    newer = "date 2026-11-20 Rice prices rise\n\nRice prices rose for a third week.\n"
    reply = reply_to(question, database_url, tmp_path, older, newer)
    assert first_line(reply).startswith("Articles for “latest”"), reply
    assert reply.index("Rice prices rise") < reply.index("Port strike ends"), reply


MONGOLIAN_NAMES = (
    "date 2026-11-26 Parliament to review fodder fund\n\n"
    "Executive Director of the NRF D.Batbayar, who replaced Ts.Nyamdorj as head of the fund in "
    "March, said the first barns would be built next year.\n\n"
    "The former Minister of Finance, B.Oyun, who now chairs the Standing Committee on Budget, "
    "Finance and Audit of the State Great Khural, said the committee would review the plan.\n"
)


@pytest.mark.parametrize(
    "question, answer",
    [
        ("who did Batbayar replace?", "Ts.Nyamdorj"),
        ("who succeeded Nyamdorj?", "D.Batbayar"),
        ("who chairs the Standing Committee on Budget, Finance and Audit?", "B.Oyun"),
    ],
)
def test_names_with_a_joined_initial_hold_offices(question, answer, database_url, tmp_path):
    reply = reply_to(question, database_url, tmp_path, MONGOLIAN_NAMES)
    assert first_line(reply).endswith(f": {answer}"), reply


def test_a_predecessor_named_after_an_honorific_in_the_next_sentence(database_url, tmp_path):
    article = (
        "date 2026-11-30 Sea defence works resume\n\n"
        "Eng. Ama Mensah took over at the Hydrological Authority in March. Her predecessor, "
        "Eng. Kofi Tetteh, now heads Ghana Water Limited (GWL).\n"
    )
    reply = reply_to("who was Ama Mensah's predecessor?", database_url, tmp_path, article)
    assert first_line(reply).endswith(": Kofi Tetteh"), reply


SERVES_NOW = (
    "date 2026-11-18 Port levy goes to regulator\n\n"
    "Ibrahim Sani replaced Atty. Ngozi Eze as managing director of the port authority in "
    "March; Eze now serves as executive secretary of the Shippers' Council (SC), the regulator "
    "of the ports.\n\n"
    "Tunde Bakare replaced Chief Kola Ade as head of the chamber in May; Ade is now chief "
    "executive officer of Lagos Freight Inc.\n"
)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("who was the managing director before Ibrahim Sani?", "Ngozi Eze"),
        ("who succeeded Ngozi Eze?", "Ibrahim Sani"),
        ("who is the executive secretary of the Shippers' Council?", "Ngozi Eze"),
        ("who is the chief executive officer of Lagos Freight?", "Kola Ade"),
    ],
)
def test_a_predecessor_after_an_honorific_and_the_post_they_hold_now(
    question, answer, database_url, tmp_path
):
    reply = reply_to(question, database_url, tmp_path, SERVES_NOW)
    assert first_line(reply).endswith(f": {answer}"), reply


NICKNAMED_SIBLINGS = (
    "date 2026-11-09 Dry taps in St Lucy\n\n"
    "Hon. Grace Holder, the MP for St Lucy, said she had written to the minister.\n\n"
    'Her brother, Winston "Winnie" Holder, a pig farmer in Crab Hill and president of the '
    "St Lucy Farmers' Cooperative, said he had lost 40 pigs.\n\n"
    '"We cannot wait another month," Winston Holder said.\n'
)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("/who Winnie Holder", "Winston Holder (person)"),
        ("who is the pig farmer in Crab Hill?", "Winston Holder"),
    ],
)
def test_a_nickname_and_a_description_pick_one_of_two_namesakes(
    question, answer, database_url, tmp_path
):
    reply = reply_to(question, database_url, tmp_path, NICKNAMED_SIBLINGS)
    assert first_line(reply).endswith(answer), reply


MINISTRY_HEADS = (
    "date 2026-11-20 Budget talks\n\n"
    "Finance Minister Alisi Taumoepeau presented the budget on Friday. Permanent Secretary of "
    "the Ministry of Finance Viliami Fifita said the figures were final.\n\n"
    "Energy Secretary Ramon Dizon said the Department of Energy would publish the tariffs.\n"
)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("who heads the Ministry of Finance?", "Alisi Taumoepeau"),
        ("who heads the Department of Energy?", "Ramon Dizon"),
    ],
)
def test_a_ministry_is_headed_by_the_minister_or_secretary_of_its_field(
    question, answer, database_url, tmp_path
):
    reply = reply_to(question, database_url, tmp_path, MINISTRY_HEADS)
    assert first_line(reply).endswith(f": {answer}"), reply


PROVINCE_NAMESAKES = (
    "date 2026-11-10 Royalty cap row\n\n"
    'Salta Gov. Ricardo "El Flaco" Quiroga rejected the cap on Monday. Quiroga said the '
    "province would not sign.\n\n"
    "Hon. Alice Wanjiku Ruto, the MP for Kuresoi, said farmers were worried. Kericho Governor "
    "Stephen Ruto said the factories were old.\n\n"
    "Daniel Mutua, who led the ministry's reforms in 2024, is now the Cabinet Secretary for "
    "Lands, Housing and Urban Development.\n"
)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("/who Flaco Quiroga", "Ricardo Quiroga (person)"),
        ("/who Governor Ruto", "Stephen Ruto (person)"),
        (
            "who is the Cabinet Secretary for Lands, Housing and Urban Development?",
            ": Daniel Mutua",
        ),
    ],
)
def test_a_nickname_a_title_or_a_listed_field_picks_the_person(
    question, answer, database_url, tmp_path
):
    reply = reply_to(question, database_url, tmp_path, PROVINCE_NAMESAKES)
    assert first_line(reply).endswith(answer), reply


GULF_NAMESAKES = (
    "date 2026-11-20 Ammonia hub draws investors\n\n"
    "Sheikh Faisal bin Nasser Al-Dosari, chairman of the Dammam Chamber, said local firms were"
    " ready to invest.\n\n"
    "Dr. Huda Al-Dosari, director of the energy transition program at the Gulf Energy Studies"
    " Center (GESC), said demand forecasts had become more cautious. \u201cEurope is not"
    " waiting,\u201d Dr. Al-Dosari said.\n"
)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("/who Dr. Al-Dosari", "Huda Al-Dosari (person)"),
        ("/who Sheikh Al-Dosari", "Faisal bin Nasser Al-Dosari (person)"),
    ],
)
def test_a_title_given_with_the_full_name_picks_the_namesake(
    question, answer, database_url, tmp_path
):
    reply = reply_to(question, database_url, tmp_path, GULF_NAMESAKES)
    assert first_line(reply) == answer, reply


def test_the_head_of_a_part_of_a_body_does_not_head_the_body(database_url, tmp_path):
    reply = reply_to("who heads GESC?", database_url, tmp_path, GULF_NAMESAKES)
    assert "Huda" not in first_line(reply), reply


COOPERATIVE_LEADER = (
    "date 2026-11-28 Cotton growers wait for their money\n\n"
    "Mr Athumani Mfaume, chairman of the Igunga and Nzega Cooperative Union (Inzecu) and a"
    " veteran cooperative leader often described as the voice of western cotton growers, said"
    " the buyers were to blame. Ms Rehema Kitwana, a trader, disagreed.\n"
)


def test_a_description_after_a_second_appositive_names_its_person(database_url, tmp_path):
    reply = reply_to(
        "who is the voice of western cotton growers?", database_url, tmp_path, COOPERATIVE_LEADER
    )
    assert first_line(reply).endswith(": Athumani Mfaume"), reply


ENERGY_EARLIER = (
    "date 2026-10-02 Mwale presents energy plan\n\n"
    "LUSAKA — Minister of Energy Joseph Mwale said on Thursday that the grid would add 400"
    " megawatts of solar power by 2028. “We cannot keep rationing power to homes,” Mwale said.\n"
)
ENERGY_RESHUFFLE = (
    "date 2026-11-20 President moves Mwale to foreign affairs in reshuffle\n\n"
    "LUSAKA — President Hakainde Chanda on Friday named Agnes Tembo as Minister of Energy,"
    " moving Joseph Mwale to foreign affairs.\n\n"
    "Mwale replaces Peter Banda, who was dropped after two years as Minister of Foreign"
    " Affairs. Tembo said she would finish the solar programme.\n"
)


def test_no_sentence_saying_whom_someone_followed_names_the_one_stated_in_the_title_before(
    database_url, tmp_path
):
    # no sentence says whom Tembo followed as energy minister, but the articles state Mwale
    # in it before her
    reply = reply_to(
        "who was the Minister of Energy before Tembo?",
        database_url,
        tmp_path,
        ENERGY_EARLIER,
        ENERGY_RESHUFFLE,
    )
    assert first_line(reply).endswith("stated in it before: Joseph Mwale"), reply


PORT_NAMESAKES = (
    "date 2026-11-10 New port chief sets out plans\n\n"
    "SINGAPORE — Ms Lim Shu Ting replaced Mr Daniel Koh as chief executive of the port"
    " authority on Nov 2. Ms Lim, 51, said she would speed up the automation of the terminals.\n\n"
    "Associate Professor Lim Jun Hao, a maritime economist at the National University of"
    " Singapore, said the targets were ambitious. “Automation takes a decade, not a year,”"
    " Prof Lim said. He added that unions must be consulted.\n"
)


def test_a_courtesy_title_tells_namesakes_written_family_name_first_apart(database_url, tmp_path):
    reply = reply_to("/who Ms Lim", database_url, tmp_path, PORT_NAMESAKES)
    assert first_line(reply) == "Lim Shu Ting (person)", reply


MINES_UNNAMED = (
    "date 2026-11-14 Copper royalty talks stall\n\n"
    "LUSAKA — The Zambia Chamber of Mines said talks on the new copper royalty had stalled.\n\n"
    "A Ministry of Mines official, who asked not to be named, said the Treasury wanted a"
    " decision before the budget. “We cannot wait past December for the miners,” the official"
    " said.\n"
)


def test_an_unnamed_speaker_is_shown_as_the_article_describes_them_and_under_their_body(
    database_url, tmp_path
):
    ask = asking(database_url, tmp_path, MINES_UNNAMED)
    said = ask("who said we cannot wait past December?")
    assert first_line(said).endswith(": A Ministry of Mines official (unnamed)"), said
    quotes = ask("/quotes Ministry of Mines")
    assert "A Ministry of Mines official (unnamed)" in quotes, quotes
    assert "cannot wait past December" in quotes


FREIGHT_NAMESAKES = (
    "date 2026-11-18 Freight agents demand seat at port talks\n\n"
    "LAGOS — The Director-General of the Nigerian Shippers' Council, Dr Kemi Bello, said the"
    " council would review terminal charges. “Shippers are being punished,” Dr Bello said.\n\n"
    "Her namesake, Mr Tunde Bello, president of the freight agents' association, said agents"
    " had been left out. “You cannot fix the ports without us,” Mr Bello said.\n"
)


def test_the_courtesy_title_an_article_gives_a_full_name_tells_namesakes_apart(
    database_url, tmp_path
):
    # the article calls him "Mr Tunde Bello", whatever his given name is taken to tell
    ask = asking(database_url, tmp_path, FREIGHT_NAMESAKES)
    assert first_line(ask("/who Mr Bello")) == "Tunde Bello (person)"
    assert first_line(ask("/who Dr Bello")) == "Kemi Bello (person)"
    assert "without us" in ask("what did Mr Bello say?")


GRID_NAMESAKES = (
    "date 2026-11-21 Regulator names new chairman\n\n"
    "KUALA LUMPUR — Datuk Hashim Ali replaced Tan Sri Rahim Osman as chairman of the Energy"
    " Commission on Monday. “We followed every rule,” Rahim said.\n\n"
    "Among the objectors was Ms Zuraini Osman, president of the consumers' federation, who is"
    " not related to Rahim. “Households are paying for waste,” she said.\n"
)


def test_honorifics_before_a_name_tell_namesakes_apart(database_url, tmp_path):
    # "Tan Sri" (a title of two words) before the one replaced, not the one replacing him; "Mr"
    # of a man beside "Ms Zuraini Osman", whose given names no list knows
    ask = asking(database_url, tmp_path, GRID_NAMESAKES)
    assert first_line(ask("/who Tan Sri Rahim")) == "Rahim Osman (person)"
    assert first_line(ask("/who Tan Sri Rahim Osman")) == "Rahim Osman (person)"
    assert first_line(ask("/who Mr Osman")) == "Rahim Osman (person)"
    assert first_line(ask("/who Ms Osman")) == "Zuraini Osman (person)"


def test_a_title_with_its_body_or_field_before_a_surname_picks_the_namesake(database_url, tmp_path):
    # "Commission chairman Osman": the Osman the articles give that title (the body's name
    # among the title's words); "federation president Osman": the other
    ask = asking(database_url, tmp_path, GRID_NAMESAKES)
    assert first_line(ask("/who Energy Commission chairman Osman")) == "Rahim Osman (person)"
    assert first_line(ask("/who federation president Osman")) == "Zuraini Osman (person)"


SENATE_NAMESAKES = (
    "date 2026-12-01 Senate passes the 2027 budget\nsource "
    "https://example.com/senate-budget\n\n"
    "Senate Committee on Finance chairperson Sen. Lorenzo T. Abad, who sponsored the "
    "measure, said the chamber moved funds to schools.\n\n"
    '"We cut what we could not defend," said Abad.\n\n'
    "Rep. Jose Maria Abad of Iloilo's 2nd District, chairman of the House Committee on "
    "Appropriations, said the House panel would meet its Senate counterparts on "
    "Wednesday.\n\n"
    "Secretary of the Department of Budget and Management Carmela R. Navarro said the "
    "agencies were ready.\n\n"
    "Senate President Pro Tempore Sen. Gloria V. Manalo, who presided over the final vote, "
    "said the chamber would ratify the report.\n\n"
    "Amman Chamber of Commerce President Samir Haddad, who is not related to the Abads, "
    "said traders were struggling.\n"
)

CENTRAL_BANK_HADDAD = (
    "date 2026-11-20 Central bank holds rates\nsource https://example.com/cbj-rates\n\n"
    "Rania Haddad, the Governor of the Central Bank of Jordan, said inflation was "
    "contained.\n\n"
    "Haddad said the peg would stay.\n"
)


def test_an_abbreviated_title_or_one_a_namesake_is_never_called_by_picks_them(
    database_url, tmp_path
):
    # "Rep." and "Sen." as the articles wrote them; "President Haddad" of Samir Haddad, whom
    # no article calls "Haddad" alone, beside Rania Haddad, whom one does
    ask = asking(database_url, tmp_path, SENATE_NAMESAKES, CENTRAL_BANK_HADDAD)
    assert first_line(ask("/who Rep. Abad")) == "Jose Maria Abad (person)"
    assert first_line(ask("/who Sen. Abad")) == "Lorenzo T. Abad (person)"
    assert first_line(ask("/who President Haddad")) == "Samir Haddad (person)"
    assert first_line(ask("/who Governor Haddad")) == "Rania Haddad (person)"


def test_a_field_title_names_the_department_of_that_field(database_url, tmp_path):
    # "budget secretary" is the Secretary of the Department of Budget and Management, of the
    # country the article names; "finance secretary" is not
    ask = asking(database_url, tmp_path, SENATE_NAMESAKES)
    assert "Carmela R. Navarro" in first_line(ask("who is the budget secretary?"))
    assert "Carmela R. Navarro" not in first_line(ask("who is the finance secretary?"))
    reply = ask("who chairs the House Committee on Appropriations?")
    assert "Jose Maria Abad" in first_line(reply)


def test_what_someone_did_by_their_who_clause_answers_a_description(database_url, tmp_path):
    reply = reply_to(
        "who is the senator who presided over the final vote?",
        database_url,
        tmp_path,
        SENATE_NAMESAKES,
    )
    assert "Gloria V. Manalo" in first_line(reply)
    assert "described so" in reply  # what she did, not a name she is called by


KATHMANDU_AND_NAIROBI = (
    "date 2026-11-09 Nepal plans power exports\n\n"
    "Deputy Prime Minister and Minister for Finance Ramesh Kumar Bhandari announced the plan"
    " in Kathmandu on Sunday.\n\n"
    "Former finance minister Yubaraj Koirala said the plan was late.\n"
)
NAIROBI_TREASURY = (
    "date 2026-11-23 Treasury names new revenue chief\n\n"
    "Ms Grace Wambui Kamau, currently the Commissioner for Customs at the authority, will"
    " replace Peter Otieno Ouma, whose term ends on December 31. The appointment was"
    " announced by National Treasury and Economic Planning Cabinet Secretary Joseph"
    " Kiprotich Sang.\n\n"
    "Kuresoi South MP Nancy Chebet Rotich, the chairperson of the Finance and National"
    " Planning Committee, said hearings would follow.\n"
)


def test_a_minister_of_two_offices_and_the_head_of_a_ministry_named_by_its_fields(
    database_url, tmp_path
):
    # the second office of "Deputy Prime Minister and Minister for Finance" answers "finance
    # minister"; the National Treasury's head is its Cabinet Secretary, not the chair of a
    # committee whose name holds its fields
    ask = asking(database_url, tmp_path, KATHMANDU_AND_NAIROBI, NAIROBI_TREASURY)
    assert "Ramesh Kumar Bhandari" in first_line(ask("who is Nepal's finance minister?"))
    assert "Joseph Kiprotich Sang" in first_line(ask("who heads the National Treasury?"))


def test_an_announced_successor_is_to_follow(database_url, tmp_path):
    reply = reply_to("who will replace Ouma?", database_url, tmp_path, NAIROBI_TREASURY)
    assert "Grace Wambui Kamau" in first_line(reply)
    assert "is to follow" in reply


PORTS_HANDOVER = (
    "date 2026-11-20 Ports authority names new chief\n\n"
    "ACCRA — Kofi Asante will take over from Ama Boateng as chief executive of the Ghana Ports"
    " Authority (GPA) on January 1, the Minister of Transport, Joyce Mensah, said on"
    " Thursday.\n\n"
    "Ms Boateng, who has led the authority since 2019, is retiring. “The ports are in better"
    " shape than I found them,” the outgoing chief executive said.\n"
)
PORTS_LATER = (
    "date 2026-12-02 Ports chief promises faster clearance\n\n"
    "Kofi Asante, the chief executive of the Ghana Ports Authority (GPA), said on Tuesday that"
    " clearing times at Tema would fall by a third.\n"
)


HARARE_UNION = (
    "date 2026-11-27 Civil servants demand US dollar salaries\n\n"
    "HARARE — Blessing Maposa, secretary-general of the Civil Service Employees Union of"
    " Zimbabwe (CSEUZ), said members could not wait. CSEUZ president Edmore Dube said the"
    " union would meet the employer on Friday.\n"
)


def test_a_body_led_by_two_officers_names_both_and_neither_as_former(database_url, tmp_path):
    # its secretary-general and its president lead it now: no one "before" the other
    reply = reply_to(
        "who heads the Civil Service Employees Union of Zimbabwe?",
        database_url,
        tmp_path,
        HARARE_UNION,
    )
    assert "Edmore Dube" in reply and "Blessing Maposa" in reply, reply
    assert "Before" not in reply, reply


ISLAMABAD_FINANCE = (
    "date 2026-12-02 SBP cuts policy rate\n\n"
    "ISLAMABAD — Federal Minister for Finance and Revenue Senator Kamran Ali Bhatti said lower"
    " rates would ease Pakistan's debt bill. Finance Secretary Naveed Akhtar Cheema told the"
    " Senate Standing Committee on Finance that the minimum wage was under review.\n"
)


def test_the_minister_comes_before_a_secretary_of_the_same_field(database_url, tmp_path):
    # a "Finance Secretary" may be a minister elsewhere; beside a minister, the minister
    reply = reply_to(
        "who is the finance minister of Pakistan?", database_url, tmp_path, ISLAMABAD_FINANCE
    )
    assert first_line(reply).endswith(": Kamran Ali Bhatti"), reply


KAMPALA_TREASURY = (
    "date 2026-11-24 Treasury says no money for teachers' pay rise\n\n"
    "KAMPALA — Minister of Finance, Planning and Economic Development Jackson Mwesigwa Tumwine"
    " said Uganda's budget could not absorb the rise. Julius Okot Ayella, the Permanent Secretary"
    " and Secretary to the Treasury, said arrears would be paid first.\n"
)


def test_the_secretary_to_the_treasury_is_no_finance_minister(database_url, tmp_path):
    # a secretary "to" the Treasury serves the ministry: no minister before the minister
    reply = reply_to("who is Uganda's finance minister?", database_url, tmp_path, KAMPALA_TREASURY)
    assert first_line(reply).endswith(": Jackson Mwesigwa Tumwine"), reply
    assert "Okot" not in reply, reply


TREASURY_PS_HANDOVER = (
    "date 2026-11-24 Treasury confirms new principal secretary\n\n"
    "The Treasury also confirmed that Principal Secretary Dr Esther Wairimu will leave the"
    " ministry at the end of the year. Mr Collins Kipng'etich, currently Director-General of"
    " the Public Debt Management Office, will replace her as Principal Secretary for the"
    " National Treasury on January 1.\n"
)


def test_one_replaced_by_a_pronoun_holds_the_title_until_the_other_takes_over(
    database_url, tmp_path
):
    # "X will leave ... Y will replace her as <title>": her bare title is that office
    reply = reply_to(
        "who is the Principal Secretary for the National Treasury?",
        database_url,
        tmp_path,
        TREASURY_PS_HANDOVER,
    )
    assert first_line(reply).endswith(": Esther Wairimu, until Collins Kipng'etich takes over"), (
        reply
    )


def test_the_one_leaving_holds_the_title_until_the_one_named_takes_over(database_url, tmp_path):
    # "X will take over from Y": Y is in post, X is next
    reply = reply_to(
        "who is the chief executive of the GPA?", database_url, tmp_path, PORTS_HANDOVER
    )
    assert first_line(reply).endswith(": Ama Boateng, until Kofi Asante takes over"), reply
    assert "Next\nKofi Asante, incoming chief executive" in reply, reply


def test_a_later_article_stating_the_new_holder_in_post_makes_them_the_holder(
    database_url, tmp_path
):
    reply = reply_to(
        "who is the chief executive of the GPA?",
        database_url,
        tmp_path,
        PORTS_HANDOVER,
        PORTS_LATER,
    )
    assert first_line(reply).endswith(": Kofi Asante"), reply
    assert "Ama Boateng" in reply.split("Before", 1)[1], reply


def test_a_later_article_telling_the_handover_in_other_words_ends_it(database_url, tmp_path):
    # "who took over from Y as head of the GPA last week": no longer Y's, though the later
    # article names the office otherwise
    later = (
        "date 2026-12-09 Ports chief vows faster clearance\n\n"
        "Kofi Asante, who took over from Ama Boateng as head of the Ghana Ports Authority"
        " (GPA) last week, said clearing times at Tema would fall by a third.\n"
    )
    reply = reply_to(
        "who is the chief executive of the GPA?", database_url, tmp_path, PORTS_HANDOVER, later
    )
    assert first_line(reply).endswith(": Kofi Asante"), reply


def test_a_later_article_calling_the_one_replaced_former_ends_the_handover(database_url, tmp_path):
    # "X will be replaced by Y on November 16", then "The former chief executive, X," after
    # that day: the change was made
    announced = (
        "date 2026-11-06 Energy firm names new chief\n\n"
        "The state energy company Orvana Berhad said its president and chief executive, Farid"
        " Osman, will be replaced by Meera Pillai, currently the company's chief financial"
        " officer, on November 16.\n"
    )
    later = (
        "date 2026-11-18 Orvana reviews projects\n\n"
        "At Orvana Berhad, the new president and chief executive, Meera Pillai, announced a"
        " review of overseas projects. The former chief executive, Farid Osman, had defended"
        " them.\n"
    )
    reply = reply_to(
        "who is the chief executive of Orvana?", database_url, tmp_path, announced, later
    )
    assert first_line(reply).endswith(": Meera Pillai"), reply


def test_a_body_asked_by_its_short_name_is_asked_by_its_full_name(database_url, tmp_path):
    article = (
        "date 2026-12-03 Coalition partner balks at levy\n\n"
        "The Unity Reform Party said on Monday that it would not back the levy. Unity Reform"
        " leader Kwabena Asare said the party would vote against the bill.\n"
    )
    reply = reply_to("who leads Unity Reform?", database_url, tmp_path, article)
    assert first_line(reply).endswith(": Kwabena Asare"), reply


TRADE_MINISTRY = (
    "date 2026-12-02 New trade minister sworn in\n\n"
    "Mary Kamau was sworn in as Minister of Trade on Tuesday, succeeding Daniel Otieno, who"
    " becomes ambassador to Ghana. She had been Principal Secretary for Trade since 2022.\n\n"
    "Peter Mwangi, currently director of trade remedies at the ministry, will replace her as"
    " Principal Secretary from January 1.\n"
)


@pytest.mark.parametrize(
    "question, answer",
    [
        ("who will Mwangi replace?", ": Mary Kamau"),
        ("who will replace Mary Kamau as Principal Secretary?", ": Peter Mwangi"),
        ("who did Mary Kamau succeed?", ": Daniel Otieno"),
    ],
)
def test_one_followed_told_by_a_pronoun(question, answer, database_url, tmp_path):
    # "X, currently ..., will replace her as Principal Secretary": her, named before
    reply = reply_to(question, database_url, tmp_path, TRADE_MINISTRY)
    assert first_line(reply).endswith(answer), reply
    assert "is to follow" in reply or "succeed" in question, reply


ENERGY_BOARD = (
    "date 2026-12-04 Regulator defends tariff rise\n\n"
    "Outgoing NEB chairperson Grace Mensah defended the tariff rise before the National Energy"
    " Board (NEB) hearing on Wednesday.\n\n"
    "Mensah, who succeeded Peter Boateng as NEB chairperson in 2023, leaves at the end of the"
    " month. NEB Commissioner Kojo Annan will replace her as chairperson in January.\n"
)


@pytest.mark.parametrize(
    "question, answer",
    [
        # announced, told by a pronoun: the outgoing one is in post until then
        ("who is the NEB chairperson?", ": Grace Mensah, until Kojo Annan takes over"),
    ],
)
def test_an_announced_successor_told_by_a_pronoun_is_next(question, answer, database_url, tmp_path):
    reply = reply_to(question, database_url, tmp_path, ENERGY_BOARD)
    assert first_line(reply).endswith(answer), reply


CENTRAL_BANK_BOARD = (
    "date 2026-12-04 Central bank cuts rate in split vote\n\n"
    "The Bank of Namibia (BoN) cut its benchmark rate to 6.25 percent on Thursday, its last"
    " decision of the year, in a split vote.\n\n"
    "Governor Lucia Ferrer Garza and three deputy governors voted for the cut, while Deputy"
    " Governor Andres Ferrer Luna, who is not related to the governor, voted against it."
    " President Elena Marquez welcomed the cut.\n\n"
    "Business leaders welcomed it. Alejandro Munoz Tapia, president of the Business"
    " Coordinating Council (CCE), said lower rates would help small firms. The Namibian"
    " Business Council (NBC) was more cautious. Its president, Valeria Sandoval Kuri, said"
    " investors needed certainty.\n"
)


RESERVE_BANK_MEETING = (
    "date 2026-11-29 Central bank holds rate at 24 percent\n\n"
    "The Reserve Bank of Malawi (RBM) kept its policy rate at 24 percent on Thursday.\n\n"
    "Inflation eased to 28 percent in October, the statistics office said.\n\n"
    "Outgoing governor Dr Wilson Banda, who retires in December, told reporters the easing"
    " was fragile.\n"
)


@pytest.mark.parametrize(
    "question, answer",
    [
        # a governor's title alone, in an article whose lead names the bank: its governor
        # (and not the country's president, whose title alone names no bank)
        ("who heads the Bank of Namibia?", ": Lucia Ferrer Garza"),
        # one stated only as leaving, no one named to follow: still in post
        ("who is the governor of the Reserve Bank of Malawi?", ": Wilson Banda"),
        # another body's name beside the body's word asked is another body
        ("who leads the Namibian Business Council?", ": Valeria Sandoval Kuri"),
    ],
)
def test_a_governor_named_by_title_alone_governs_the_bank_the_article_leads_with(
    question, answer, database_url, tmp_path
):
    reply = reply_to(question, database_url, tmp_path, CENTRAL_BANK_BOARD, RESERVE_BANK_MEETING)
    assert first_line(reply).endswith(answer) and "No one" not in first_line(reply), reply
    assert "Marquez" not in reply and "Munoz Tapia" not in reply, reply


def test_the_rank_asked_before_a_surname_picks_the_namesake_holding_that_rank(
    database_url, tmp_path
):
    # both Ferrers' titles hold "governor"; only one is the governor, the other the deputy
    ask = asking(database_url, tmp_path, CENTRAL_BANK_BOARD)
    assert first_line(ask("/who Governor Ferrer")) == "Lucia Ferrer Garza (person)"
    assert first_line(ask("/who Deputy Governor Ferrer")) == "Andres Ferrer Luna (person)"


def test_a_body_named_with_and_is_one_owner_not_two_titles(database_url, tmp_path):
    article = (
        "date 2026-12-02 Regulator tightens disclosure\n\n"
        "Sok Pheakdey, who replaced Ngin Sothea as Director-General of the Securities and"
        " Exchange Regulator of Cambodia (SERC) in October, said rules would tighten.\n\n"
        '"Investors need to see the numbers," Sok Pheakdey said.\n'
    )
    reply = reply_to("who heads the SERC?", database_url, tmp_path, article)
    assert first_line(reply).endswith(": Sok Pheakdey"), reply
    assert "Director-General of the Securities and Exchange Regulator" in reply, reply


MANUFACTURERS_AND_STATE_BANK = (
    "date 2026-12-02 Lenders and manufacturers react to rate cut\n\n"
    "HÀ NỘI — The State Bank of Việt Nam (SBV) will target credit growth of 15 per cent next"
    " year, Governor Phạm Thị Thu Hà said on Monday.\n\n"
    '"The cut is welcome," said Kenya Association of Manufacturers (KAM) chairperson Rose'
    " Akinyi Otieno.\n\n"
    "The Kenya Private Sector Alliance (KEPSA) announced a change at the top. Dr Daniel"
    " Kiplagat, currently KAM's director of policy and research, will take over from Grace"
    " Muthoni Wahome as KEPSA chief executive on January 1.\n\n"
    '"Credit must flow to production," said Trần Quốc Bảo, chief economist of BIDV.\n'
)


@pytest.mark.parametrize(
    "question, answer",
    [
        # "Việt Nam" is "Vietnam"; "State" opens the bank's name, no title's word
        ("who is the governor of the State Bank of Vietnam?", ": Phạm Thị Thu Hà"),
    ],
)
def test_a_bank_named_in_the_lead_with_accents_and_state_is_asked_for_plainly(
    question, answer, database_url, tmp_path
):
    reply = reply_to(question, database_url, tmp_path, MANUFACTURERS_AND_STATE_BANK)
    assert first_line(reply).endswith(answer), reply


def test_a_vietnamese_name_is_found_without_its_accents(database_url, tmp_path):
    ask = asking(database_url, tmp_path, MANUFACTURERS_AND_STATE_BANK)
    assert first_line(ask("/who Bao")) == "Trần Quốc Bảo (person)"


BANK_HANDOVER = (
    "date 2026-11-27 Central bank holds rate as governor prepares to hand over\n\n"
    "The Bank of Tanzania (BoT) kept its rate at 5.75 percent on Thursday. Governor"
    ' Emmanuel Mwakalinga, dubbed the "shilling\'s guardian" by currency dealers, said the'
    " bank was in no hurry.\n\n"
    "Prof Neema Kilonzo, currently Deputy Governor responsible for Economic and Financial"
    " Policies, will take over from Dr Mwakalinga as Governor of the Bank of Tanzania on"
    " January 1. Dr Faraji Mollel, currently director of economic research at the central"
    " bank, will replace her as Deputy Governor, the statement said.\n"
)
OTHER_GOVERNOR = (
    "date 2026-12-01 Bank Indonesia holds rate\n\n"
    "Bank Indonesia Governor Ratna Kusumawardhani said the rupiah was stable.\n"
)


def test_a_title_held_in_several_places_shows_the_outgoing_holder_until_the_handover(
    database_url, tmp_path
):
    reply = reply_to("who is the governor?", database_url, tmp_path, BANK_HANDOVER, OTHER_GOVERNOR)
    assert "Emmanuel Mwakalinga\noutgoing" in reply, reply
    assert "until Neema Kilonzo takes over" in reply, reply
    assert "Neema Kilonzo\n" not in reply, reply


def test_one_named_to_follow_is_next_not_an_earlier_holder(database_url, tmp_path):
    reply = reply_to(
        "who is the deputy governor of the Bank of Tanzania?", database_url, tmp_path, BANK_HANDOVER
    )
    assert first_line(reply).endswith(": Neema Kilonzo"), reply
    assert "Next\nFaraji Mollel" in reply and "Before" not in reply, reply


def test_a_label_with_a_possessive_is_a_label(database_url, tmp_path):
    reply = reply_to("who is the shilling's guardian?", database_url, tmp_path, BANK_HANDOVER)
    assert first_line(reply).endswith(": Emmanuel Mwakalinga"), reply


TREASURY_NAMESAKES = (
    "date 2026-11-26 Treasury warns of revenue gap\n\n"
    "Cabinet Secretary for the National Treasury Esther Wambui Njoroge told senators that"
    " revenue would fall short.\n\n"
    "Ms Njoroge said the Treasury would not borrow its way out.\n\n"
    "James Njoroge, head of research at Mali Capital, said lenders would move slowly.\n"
)


def test_a_courtesy_title_picks_the_namesake_of_that_sex_among_those_sharing_the_surname(
    database_url, tmp_path
):
    # the articles call only her "Njoroge" alone; he shares the surname and is a man
    ask = asking(database_url, tmp_path, TREASURY_NAMESAKES)
    assert first_line(ask("/who Ms Njoroge")) == "Esther Wambui Njoroge (person)"
    assert first_line(ask("/who Mr Njoroge")) == "James Njoroge (person)"


SEOUL_FINANCE = (
    "date 2026-12-03 Won slides as central bank holds\n\n"
    "SEOUL - The Bank of Korea held its rate as the won slid against the dollar.\n\n"
    "Deputy Prime Minister and Minister of Economy and Finance Oh Dae-sung said the"
    " government respected the bank's independence.\n\n"
    "The finance minister is due to meet his Japanese counterpart, Finance Minister Kenta"
    " Morikawa, in Tokyo next week.\n"
)


@pytest.mark.parametrize(
    "question, holder",
    [
        ("who is Japan's finance minister?", "Kenta Morikawa"),
        ("who is Korea's finance minister?", "Oh Dae-sung"),
        ("who is South Korea's finance minister?", "Oh Dae-sung"),
    ],
)
def test_a_countrys_counterpart_holds_the_title_for_that_country(
    question, holder, database_url, tmp_path
):
    # the article is about Korea: its minister is Korea's, the counterpart Japan's, and
    # "South Korea" is the Korea the article names
    reply = reply_to(question, database_url, tmp_path, SEOUL_FINANCE)
    assert first_line(reply).endswith(f": {holder}")
    assert "Before" not in reply


def test_a_handover_announced_leaves_the_holder_in_post_until_it(database_url, tmp_path):
    article = (
        "date 2026-12-01 Treasury changes\n\n"
        "Permanent Secretary in the Ministry of Finance Mpho Dintwe will be replaced by"
        " Kelebogile Moatlhodi, currently deputy permanent secretary, from January 1.\n"
    )
    ask = asking(database_url, tmp_path, article)
    assert first_line(ask("who is the permanent secretary in the Ministry of Finance?")) == (
        "Permanent secretary in the Ministry of Finance: Mpho Dintwe, until Kelebogile"
        " Moatlhodi takes over"
    )
    assert "is to follow" in ask("who will replace Mpho Dintwe?")


def test_what_a_title_said_is_its_holders_quotes_not_the_body_its_title_names(
    database_url, tmp_path
):
    article = (
        "date 2026-11-26 Central bank holds rate as currency weakens\n\n"
        "The Reserve Bank of Ostravia held its key rate at 5.25 per cent. “Price stability"
        " comes first,” the bank said in a statement.\n\n"
        "Governor Meena Rao said the bank would not defend any level of the currency. “We will"
        " not be rushed by the currency market,” Ms Rao said.\n\n"
        "Former governor Harish Dutt disagreed. “Defending a level of the currency is an"
        " expensive hobby,” Mr Dutt said.\n"
    )
    ask = asking(database_url, tmp_path, article, SEOUL_FINANCE)
    reply = ask("what did the governor of the Reserve Bank of Ostravia say about the currency?")
    assert first_line(reply) == "Quotes from Meena Rao about “the currency”", reply
    assert "expensive hobby" not in reply
    # a title held in several places: its holders, for the user to pick one
    several = ask("what did the finance minister say?")
    assert "Oh Dae-sung" in several and "Kenta Morikawa" in several, several
    assert "what did <name> say?" in several


ANKARA_UNIONS = (
    "date 2026-12-01 Minimum wage talks open\n\n"
    "Türk-İş Chairman Nurettin Çakır said workers had paid the price of the fight against"
    " inflation.\n\n"
    "Arzu Çakır, the chairwoman of the Confederation of Progressive Trade Unions of Türkiye"
    " (DİSK), who is not related to the Türk-İş leader, went further.\n\n"
    "Former BoT governor Oğuz Demirtaş, who led the bank during the 2021 crisis, said the"
    " cut was premature. The Bank of Türkiye (BoT) cut its rate.\n"
)


@pytest.mark.parametrize(
    "question, answer",
    [
        ("who is Türk-İş Chairman Çakır?", "Nurettin Çakır (person)"),
        ("who is DİSK chairwoman Çakır?", "Arzu Çakır (person)"),
        (
            "who heads DİSK?",
            "Head of Confederation of Progressive Trade Unions of Türkiye: Arzu Çakır",
        ),
        (
            "who heads DISK?",
            "Head of Confederation of Progressive Trade Unions of Türkiye: Arzu Çakır",
        ),
        (
            "who is the former governor of the Bank of Türkiye?",
            "Former governor of BoT: Oğuz Demirtaş",
        ),
    ],
)
def test_a_body_asked_by_a_name_with_dotted_capitals_or_by_its_acronym(
    question, answer, database_url, tmp_path
):
    # "İ" is read as "I"; a body asked by the acronym the article gives it, or by the name
    # whose acronym a former holder's title holds
    assert first_line(reply_to(question, database_url, tmp_path, ANKARA_UNIONS)) == answer


DOHA_AND_MANILA = (
    "date 2026-11-25 Labour ministry unveils wage protection overhaul\n\n"
    "DOHA: Minister of Labour HE Dr Hamad bin Rashid Al Kuwari said Qatar's new system"
    " would be ready in March.\n\n"
    "Mariam Al Kuwari, chief economist at Qatar Development Bank and no relation to the"
    " minister, said the two announcements should be read together.\n\n"
    "Sen. Rafael T. dela Cruz, who chairs the committee on labor, said workers had waited."
    " BSP Governor Ramon V. dela Cruz Jr. said inflation was within target.\n"
)


@pytest.mark.parametrize(
    "question, answer",
    [
        ("who is Ms Al Kuwari?", "Mariam Al Kuwari (person)"),
        ("who is Sen. dela Cruz?", "Rafael T. dela Cruz (person)"),
        ("who is Qatar's labour minister?", "Qatar's labour minister: Hamad bin Rashid Al Kuwari"),
    ],
)
def test_a_courtesy_or_office_title_picks_the_namesake_and_excellency_is_no_office(
    question, answer, database_url, tmp_path
):
    # "Ms" fits the one whose given name says so; "Sen." the senator, though the other's
    # name ends in "Jr."; "HE" (His Excellency) is no part of the minister's title
    assert first_line(reply_to(question, database_url, tmp_path, DOHA_AND_MANILA)) == answer


NAIROBI_AND_RABAT = (
    "date 2026-11-26 Taxman and ports agency under new heads\n\n"
    "The Kenya Revenue Authority (KRA), which missed its first-quarter target, is now led by"
    " acting Commissioner-General Beatrice Achieng Ouma. She stepped in after"
    " Commissioner-General Julius Kiprop Langat retired in October.\n\n"
    "CBK Governor Lilian Chebet Rono said inflation was within the target band.\n\n"
    "Nawal Idrissi, acting Director General of the ANP since the departure of Karim Bennis in"
    " September, said the agency was mediating between the two sides.\n"
)


@pytest.mark.parametrize(
    "question, answer",
    [
        ("who replaced Langat at KRA?", "Successor of Julius Kiprop Langat: Beatrice Achieng Ouma"),
        ("who replaced Karim Bennis?", "Successor of Karim Bennis: Nawal Idrissi"),
        ("who is Governor Rono?", "Lilian Chebet Rono (person)"),
    ],
)
def test_one_who_stepped_in_or_holds_a_post_since_anothers_departure_followed_them(
    question, answer, database_url, tmp_path
):
    # "She stepped in after X retired", "Y, acting Director General since the departure of
    # X": X's successor; a title and the surname of the only one holding it is that person
    assert first_line(reply_to(question, database_url, tmp_path, NAIROBI_AND_RABAT)) == answer


@pytest.mark.parametrize(
    "question, answer",
    [
        (
            "who is the central bank chief in Kenya?",
            "Central bank chief in Kenya: Lilian Chebet Rono",
        ),
        ("who is the KRA chief?", "KRA chief: Beatrice Achieng Ouma"),
    ],
)
def test_a_bodys_chief_is_whoever_heads_it(question, answer, database_url, tmp_path):
    # "the central bank chief", as news calls its governor ("chief of staff" stays a title)
    assert first_line(reply_to(question, database_url, tmp_path, NAIROBI_AND_RABAT)) == answer


SEOUL_AND_ULAANBAATAR = (
    "date 2026-12-02 Won slides as metal workers plan strike\n\n"
    "South Korea's government moved to defend the won on Tuesday. Minister of Economy and"
    " Finance Yoon Sang-ho, who doubles as deputy prime minister for"
    " economic affairs, said authorities would act.\n\n"
    "Jung Mi-ra, acting chairperson of the Minimum Wage Commission since former chair Seo"
    " Dong-il resigned in October, said the panel would start early.\n\n"
    "At state-owned Erdenes Mongol LLC, acting Chief Executive Officer G.Temuulen said the"
    " company supported the amendment. G.Temuulen took over after the former CEO, O.Batsaikhan,"
    " was dismissed by the Cabinet in September following an audit.\n"
)


@pytest.mark.parametrize(
    "question, answer",
    [
        ("who replaced Seo Dong-il?", "Successor of Seo Dong-il: Jung Mi-ra"),
        (
            "who was the chief executive of Erdenes Mongol before Temuulen?",
            "Chief executive of Erdenes Mongol before G.Temuulen: O.Batsaikhan",
        ),
        (
            "who is the chief executive of Erdenes Mongol?",
            "Chief executive of Erdenes Mongol: G.Temuulen",
        ),
        (
            "who is South Korea's deputy prime minister?",
            "South Korea's deputy prime minister: Yoon Sang-ho",
        ),
    ],
)
def test_an_acting_holder_since_another_left_and_a_title_held_besides(
    question, answer, database_url, tmp_path
):
    # "acting chairperson ... since former chair X resigned", "took over after the former CEO,
    # X, was dismissed": X's successor; "At <body>, <title> X": the body's; "who doubles as"
    assert first_line(reply_to(question, database_url, tmp_path, SEOUL_AND_ULAANBAATAR)) == answer


BUDAPEST = (
    "date 2026-11-16 Hungary's central bank holds rates as forint slides\n\n"
    "Daniel Kertesz, Governor of the Magyar Nemzeti Bank, said the bank would not ease policy."
    " Kertesz succeeded Lajos Barany as governor in March.\n"
)


def test_a_bank_its_governor_heads_is_a_central_bank_in_any_language(database_url, tmp_path):
    # "Magyar Nemzeti Bank" names no place in English, but a governor heads it
    reply = reply_to("who is Hungary's central bank governor?", database_url, tmp_path, BUDAPEST)
    assert first_line(reply) == "Hungary's central bank governor: Daniel Kertesz", reply


LIMA_AND_KIGALI = (
    "date 2026-12-03 Mining guild and regulator under interim heads\n\n"
    "Carmen Ledesma Quispe, who has been interim president of the SNMPE since Víctor Raúl"
    " Gamarra Torres stepped down in October, said the guild had not been consulted.\n\n"
    "Alice Kamanzi, the acting Director General of RURA, said the cut reflected lower prices."
    " Kamanzi has led the regulator in an acting capacity since Eng. Emmanuel Ndayisaba, the"
    " former Director General, was appointed Permanent Secretary in October.\n"
)


@pytest.mark.parametrize(
    "question, answer",
    [
        (
            "who took over from Gamarra Torres?",
            "Successor of Víctor Raúl Gamarra Torres: Carmen Ledesma Quispe",
        ),
        (
            "who was the director general of RURA before Kamanzi?",
            "Director general of RURA before Alice Kamanzi: Emmanuel Ndayisaba",
        ),
    ],
)
def test_one_holding_a_post_since_another_left_it_followed_them(
    question, answer, database_url, tmp_path
):
    # "who has been interim president of X since Y stepped down", "has led the regulator in
    # an acting capacity since Y, the former Director General, was appointed ..."
    assert first_line(reply_to(question, database_url, tmp_path, LIMA_AND_KIGALI)) == answer


AQABA_AND_HANOI = (
    "date 2026-11-20 Port and export agency change hands\n\n"
    "Aqaba Development Corporation's revenue fell for a second year. Omar Rawashdeh has run"
    " the corporation in an acting capacity since the former chief commissioner, Basel"
    " Majali, resigned in June.\n\n"
    "Trade promotion director Dang Thi Mai, who was appointed in April to replace Vu Quoc"
    " Hung, said exports to Europe had doubled.\n"
)


@pytest.mark.parametrize(
    "question, answer",
    [
        ("who succeeded Basel Majali?", "Successor of Basel Majali: Omar Rawashdeh"),
        ("who replaced Vu Quoc Hung?", "Successor of Vu Quoc Hung: Dang Thi Mai"),
    ],
)
def test_one_named_after_the_office_they_left_or_appointed_at_a_date_was_followed(
    question, answer, database_url, tmp_path
):
    # "since the former chief commissioner, X, resigned", "who was appointed in April to
    # replace X"
    assert first_line(reply_to(question, database_url, tmp_path, AQABA_AND_HANOI)) == answer


ALMATY_AND_TAIPEI = (
    "date 2026-11-21 Lenders and legislators weigh new rules\n\n"
    "Aigerim Nurlanova, acting head of the Microfinance Association, said the rules came too"
    " fast. Ms Nurlanova has run the association on an interim basis since the resignation of"
    " its former president, Serik Abenov, in May.\n\n"
    "FSC Chairperson Wang Li-ting said the draft was ready. Wang took over as chair in June."
    " Kuomintang (KMT) Legislator Wang Chun-hao, who is no relation to the FSC head, said the"
    " capital rule was too strict.\n"
)


@pytest.mark.parametrize(
    "question, answer",
    [
        ("who did Nurlanova replace?", "Predecessor of Aigerim Nurlanova: Serik Abenov"),
        ("/who Legislator Wang", "Wang Chun-hao (person)"),
    ],
)
def test_one_holding_a_post_since_anothers_resignation_and_a_titled_family_name_first(
    question, answer, database_url, tmp_path
):
    # "has run the association ... since the resignation of its former president, X"; a
    # title and a family name written first ("Wang Chun-hao") that only one holds
    assert first_line(reply_to(question, database_url, tmp_path, ALMATY_AND_TAIPEI)) == answer


MANILA_AND_ABUJA = (
    "date 2026-12-02 Agencies change hands as unions press on pay\n\n"
    "The officer-in-charge of the Bureau of Fisheries (BFAR), Ramon Dizon, told senators the"
    " bureau had tightened permits. Dizon took over from former BFAR director Elena Cruz, who"
    " was reassigned in September.\n\n"
    "At the Social Security System, Carlo Reyes replaced Nestor Lim, who had served as acting"
    " president since March.\n\n"
    "Comrade Yusuf Bello, Secretary-General of the Trade Union Congress, and Dr. Musa Bello,"
    " a former regulator who is not related to him, both spoke. Dr. Huang Mei-ling, who heads"
    " the consumers' council, and Huang Chih-wen, a banker, were not related.\n"
)


@pytest.mark.parametrize(
    "question, answer",
    [
        ("who did Dizon replace?", "Predecessor of Ramon Dizon: Elena Cruz"),
        ("who was Reyes's predecessor at the Social Security System?", "Nestor Lim"),
        ("/who Comrade Bello", "Yusuf Bello (person)"),
        ("/who Dr Huang", "Huang Mei-ling (person)"),
    ],
)
def test_a_predecessor_after_the_office_words_and_a_namesake_by_the_title_on_the_full_name(
    question, answer, database_url, tmp_path
):
    # "took over from former BFAR director X", "X's predecessor at Y"; "Comrade Bello" and
    # "Dr Huang" of "Comrade Yusuf Bello" and "Dr. Huang Mei-ling", a family name written first
    reply = first_line(reply_to(question, database_url, tmp_path, MANILA_AND_ABUJA))
    assert reply == answer or reply.endswith(f": {answer}")


MUSCAT = (
    "date 2026-11-26 Ministry names new undersecretary\n\n"
    "HE Salim bin Nasser al Harthy, who was appointed Undersecretary for Trade in October,"
    " succeeding HE Khalfan bin Said al Busaidi, said the ministry would launch a platform.\n\n"
    "Eng. Muna bint Ali al Balushi, acting Director General of Standards at the ministry, said"
    " new rules would follow. She has held the post since the former director general, Dr"
    " Yahya bin Hamed al Jabri, retired in August.\n"
)


@pytest.mark.parametrize(
    "question, answer",
    [
        ("who did al Harthy succeed?", "Khalfan bin Said al Busaidi"),
        (
            "who was the director general of Standards before al Balushi?",
            "Yahya bin Hamed al Jabri",
        ),
    ],
)
def test_a_predecessor_after_his_excellency_and_one_a_pronoun_has_held_the_post_since(
    question, answer, database_url, tmp_path
):
    # "succeeding HE X" (His Excellency without its periods); "She has held the post since
    # the former director general, X, retired"
    assert first_line(reply_to(question, database_url, tmp_path, MUSCAT)).endswith(f": {answer}")


ABUJA_LABOUR = (
    "date 2026-11-19 Labour issues ultimatum\n\n"
    "In a communique signed by the NLC General Secretary, Mr Yakubu Ciroma, and the union's"
    " president, the congress said talks had stalled.\n\n"
    "The President of the Nigeria Labour Congress (NLC), Comrade Joe Ajaero Okon, issued the"
    " warning in Abuja.\n"
)


def test_a_body_s_head_comes_before_its_general_secretary(database_url, tmp_path):
    # both stated as held the same day: "who heads the NLC?" is its president
    reply = first_line(reply_to("who heads the NLC?", database_url, tmp_path, ABUJA_LABOUR))
    assert reply == "Head of the NLC: Joe Ajaero Okon"
