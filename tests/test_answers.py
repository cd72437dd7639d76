import json
import re

import pytest

from bot.answers import answer_text
from bot.cli import main
from bot.ingest import ingest_paths
from bot.library import Library
from bot.render import to_text

SEED_TITLE = "Korea's top security adviser meets with Japanese 'kingmaker' Taro Aso"


@pytest.fixture
def ask(corpus, database_url):
    ingest_paths([corpus], database_url)
    library = Library()
    return lambda text: to_text(answer_text(text, library, database_url))


def test_news_tolerates_typos(ask):
    assert SEED_TITLE in ask("/news Taro Asso")
    assert SEED_TITLE in ask("/news aso kingmkaer")


def test_news_honestly_finds_nothing(ask):
    for query in ("qwxzv plorth", "zebra marathon"):
        reply = ask(f"/news {query}")
        assert reply.startswith(f"Nothing found for “{query}”")
        assert SEED_TITLE not in reply


def test_news_ranks_the_article_about_the_query_first(ask):
    reply = ask("/news semiconductor supply chain")
    assert reply.index("chip makers agree") < reply.find(SEED_TITLE) or SEED_TITLE not in reply


def test_who_gives_a_profile_with_roles_and_sources(ask):
    reply = ask("/who takaichi")
    assert reply.startswith("Sanae Takaichi (person)")
    assert "Japanese Prime Minister (2025-10-23)" in reply
    assert "1 article, first seen 2025-10-23, last seen 2025-10-23" in reply
    assert "“Korea is an important neighboring country to Japan”" in reply
    assert SEED_TITLE in reply


@pytest.mark.parametrize("name", ["wi sung lac", "Wi Sung-lac", "who is Wi Sung-lac?"])
def test_who_matches_names_loosely(ask, name):
    reply = ask(name if name.startswith("who") else f"/who {name}")
    assert reply.startswith("Wi Sung-lac (person)")
    assert "national security adviser to President Lee Jae Myung" in reply


def test_who_tolerates_a_misspelt_name(ask):
    assert ask("/who Haruto Nishimra").startswith("Haruto Nishimura (person)")


def test_who_asks_which_one_when_a_name_is_ambiguous(ask):
    reply = ask("/who Kim")
    assert reply.startswith("Which “Kim” do you mean?")
    # each with the role that tells them apart
    assert "• Kim Min-jae, vice chairman of the Korea Semiconductor Industry Association" in reply
    assert "• Kim Jong-un, leader of North Korea" in reply


def test_who_lists_organisations_named_in_roles_by_any_of_their_names(ask):
    assert "Organisations\nJapan-Korea Cooperation Committee" in ask("/who Taro Aso")
    reply = ask("/who Kim Min-jae")
    assert "vice chairman of the Korea Semiconductor Industry Association" in reply
    assert "Organisations\nKorea Semiconductor Industry Association" in reply
    reply = ask("/who Aiko Mori")
    assert "senior economist at the EMC" in reply
    assert "Organisations\nElectronics Manufacturers Council" in reply


def test_who_on_an_organisation_lists_the_people_whose_roles_name_it(ask):
    reply = ask("/who Electronics Manufacturers Council")
    assert reply.startswith("Electronics Manufacturers Council (organisation)")
    assert "• Aiko Mori, senior economist at the EMC" in reply
    assert "• Haruto Nishimura, head of Japan’s Electronics Manufacturers Council" in reply


def test_quotes_of_a_named_person_are_theirs_only(ask):
    reply = ask("/quotes Nishimura")
    assert reply.startswith("Quotes from Haruto Nishimura")
    assert "The talks were frank, and we will meet again in Seoul" in reply
    assert "We cannot afford another year" not in reply


def test_quotes_on_a_topic_rank_anyone(ask):
    reply = ask("/quotes korea japan")
    assert "Sanae Takaichi" in reply
    assert "Korea is an important neighboring country to Japan" in reply


def test_question_about_what_someone_said(ask):
    reply = ask("what did Kim Min-jae say about research?")
    assert reply.startswith("Quotes from Kim Min-jae about “research”")
    first_quote = reply.split("“")[2]
    assert first_quote.startswith("Our members are ready to invest in joint research")


def test_scare_quotes_are_never_served(ask):
    assert "businesslike" not in ask("/quotes Yoon Hye-jin")
    served = ask("/quotes kingmaker").split("\n", 1)[1]  # below the title
    assert "“kingmaker”" not in served


def test_quotes_on_a_topic_named_only_in_the_article_title(ask):
    reply = ask("/quotes chip makers")
    assert reply.startswith("Quotes about “chip makers”")
    assert "We cannot afford another year of shortages" in reply


def test_digest_of_a_day(ask):
    reply = ask("/digest 2025-10-23")
    assert reply.startswith("Digest for 2025-10-23")
    assert SEED_TITLE in reply
    assert "chip makers" not in reply


def test_digest_of_an_empty_day_points_to_the_latest(ask):
    reply = ask("/digest 2024-01-01")
    assert reply.startswith("Digest for 2024-01-01")
    assert "No new articles." in reply
    assert "/digest 2025-11-04" in reply


def test_bad_digest_date_gets_usage(ask):
    assert "is not a date like 2025-10-23" in ask("/digest yesterday-ish")


@pytest.mark.parametrize("text", ["/news", "/who", "/quotes", "/news " + "x" * 5000])
def test_empty_or_absurd_input_gets_usage_help(ask, text):
    reply = ask(text)
    command = text.split()[0]
    assert f"`{command} " in reply
    assert "Nothing found" not in reply


def test_help_lists_every_command(ask):
    reply = ask("help")
    for command in ("/news", "/who", "/quotes", "/digest"):
        assert command in reply


def test_unreachable_store_gives_a_clear_answer(tmp_path):
    url = f"sqlite:///{tmp_path / 'missing' / 'store.db'}"
    reply = to_text(answer_text("/who aso", Library(), url))
    assert reply.startswith("The article store is unavailable")


def test_ask_command_prints_text_and_json(corpus, runner, database_url):
    runner.invoke(main, ["ingest", str(corpus)])
    text = runner.invoke(main, ["ask", "/news Taro Asso"])
    assert text.exit_code == 0
    assert SEED_TITLE in text.stdout
    payload = json.loads(runner.invoke(main, ["ask", "--json", "/news", "Taro", "Asso"]).stdout)
    assert payload["blocks"][0]["type"] == "header"
    assert SEED_TITLE in payload["text"]


def test_shell_loads_the_seeds_into_an_empty_store_and_answers(runner):
    result = runner.invoke(main, ["shell"], input="/who takaichi\nand her quotes?\nquit\n")
    assert result.exit_code == 0
    assert "The store was empty; loaded" in result.stdout
    assert "Sanae Takaichi (person)" in result.stdout
    assert "Japanese Prime Minister" in result.stdout
    assert "Quotes from Sanae Takaichi" in result.stdout


def test_the_index_picks_up_new_and_edited_articles(corpus, database_url, monkeypatch, tmp_path):
    import bot.library

    monkeypatch.setattr(bot.library, "REFRESH_EVERY", 0.0)
    ingest_paths([corpus], database_url)
    library = Library()
    ask = lambda text: to_text(answer_text(text, library, database_url))  # noqa: E731
    assert ask("/news ferry terminal").startswith("Nothing found")
    story = tmp_path / "ferry.txt"
    story.write_text(
        "date 2025-11-07 Harbour board approves ferry terminal\n"
        "The Harbour Board approved a new ferry terminal, its chairman Ivo Marsh said.\n"
    )
    ingest_paths([story], database_url)
    assert "Harbour board approves ferry terminal" in ask("/news ferry terminal")
    assert ask("/who Ivo Marsh").startswith("Ivo Marsh (person)")
    story.write_text(
        "date 2025-11-07 Harbour board delays ferry decision\n"
        "The Harbour Board delayed its decision on the cable car, its chairman Ivo Marsh said.\n"
    )
    ingest_paths([story], database_url)
    reply = ask("/news harbour board")
    assert "Harbour board delays ferry decision" in reply
    assert "approves ferry terminal" not in reply


def test_who_asks_which_one_for_a_family_name_several_people_share(database_url, tmp_path):
    story = tmp_path / "chips.txt"
    story.write_text(
        "date 2026-10-12 Lee vows chip support\n"
        "President Lee Jae Myung pledged support for chipmakers on Monday.\n"
        "“Chips are the backbone of our economy,” Lee said.\n"
        "Lee Jun-seok, leader of the Reform Party, said subsidies alone would not work.\n"
    )
    ingest_paths([story], database_url)
    library = Library()
    reply = to_text(answer_text("/who lee", library, database_url))
    assert reply.startswith("Which “lee” do you mean?")
    assert "Lee Jae Myung" in reply and "Lee Jun-seok" in reply
    reply = to_text(answer_text("/who lee jun seok", library, database_url))
    assert reply.startswith("Lee Jun-seok (person)")


def test_quotes_of_a_family_name_several_people_share_are_never_picked_silently(
    database_url, tmp_path
):
    (tmp_path / "strike.txt").write_text(
        "date 2026-10-12 Rail strike talks collapse\n"
        "Transport Secretary Naomi Okafor urged both sides to return to talks.\n"
        "“Passengers deserve better than this,” said Naomi Okafor.\n"
        "Sarah Okafor, co-chair of the union's negotiating committee, disagreed.\n"
        "“Our members are tired of being told there is no money,” said Sarah Okafor.\n"
    )
    ingest_paths([tmp_path], database_url)
    library = Library()
    reply = to_text(answer_text("/quotes okafor", library, database_url))
    assert reply.startswith("Which “okafor” do you mean?"), reply
    assert "/quotes Naomi Okafor" in reply or "/quotes Sarah Okafor" in reply
    # named in more articles, one Okafor is the one meant; the other is named beside it
    for day in range(13, 17):
        (tmp_path / f"no{day}.txt").write_text(
            f"date 2026-10-{day} Okafor visits a depot\n"
            "Transport Secretary Naomi Okafor visited a rail depot in Leeds.\n"
        )
    ingest_paths([tmp_path], database_url)
    reply = to_text(answer_text("/quotes okafor", Library(), database_url))
    assert reply.startswith("Quotes from Naomi Okafor"), reply
    assert "Passengers deserve" in reply and "tired of being told" not in reply
    assert "Also called “okafor”: Sarah Okafor" in reply


def test_news_passage_is_not_the_summary_again_nor_its_dateline(database_url, tmp_path):
    story = tmp_path / "budget.txt"
    story.write_text(
        "date 2026-11-23 Coalition passes defense budget\n"
        "TOKYO — The ruling coalition on Monday pushed a record defense budget through the "
        "upper house of parliament, despite protests from the opposition parties.\n"
        "The prime minister said the spending would protect the country for decades.\n"
        "The package includes new destroyers, long-range missiles and pay rises for troops.\n"
        "Most of the money will be spent over five years, according to the finance ministry.\n"
        "Opposition leader Yoshihiko Noda called the defense budget reckless and said "
        "nobody had explained where the money would come from.\n"
    )
    ingest_paths([story], database_url)
    library = Library()
    reply = to_text(answer_text("/news defense budget", library, database_url))
    assert "TOKYO" not in reply
    assert reply.count("record defense budget") == 1  # the lead, in the summary only
    reply = to_text(answer_text("/news destroyers", library, database_url))
    # an excerpt of the article, not dressed as a quote
    assert "> The package includes new destroyers, long-range missiles" in reply


def test_a_lone_surname_in_a_later_article_is_the_known_person(corpus, database_url, tmp_path):
    story = tmp_path / "later.txt"
    story.write_text(
        "date 2025-11-20 Jeju meeting ends with joint statement\n"
        "The committee meeting in Jeju ended with a joint statement on Thursday.\n"
        "“We agreed to meet every year from now on,” Aso told reporters.\n"
    )
    ingest_paths([corpus, story], database_url)
    library = Library()
    reply = to_text(answer_text("/who Taro Aso", library, database_url))
    assert "2 articles, first seen 2025-10-23, last seen 2025-11-20" in reply
    quotes = to_text(answer_text("/quotes Taro Aso", library, database_url))
    assert "We agreed to meet every year from now on" in quotes


def test_an_earlier_lone_surname_joins_the_person_named_in_full_later(
    database_url, tmp_path, monkeypatch
):
    import bot.library

    monkeypatch.setattr(bot.library, "REFRESH_EVERY", 0.0)
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text(
        "date 2025-11-01 Port strike enters second week\n"
        "Dockers kept the port closed on Saturday.\n"
        "“We will stay out until the contract is signed,” Okonkwo told reporters.\n"
    )
    second.write_text(
        "date 2025-11-08 Port strike ends\n"
        "Union leader Chidi Okonkwo signed the new contract on Saturday.\n"
        "“It is a fair deal for every docker,” Okonkwo said.\n"
    )
    ingest_paths([first], database_url)
    library = Library()  # built before the full name is known, as a running replica's is
    ask = lambda text: to_text(answer_text(text, library, database_url))  # noqa: E731
    assert ask("/who Okonkwo").startswith("Okonkwo (")
    ingest_paths([second], database_url)
    reply = ask("/who okonkwo")
    assert reply.startswith("Chidi Okonkwo (person)")
    assert "2 articles, first seen 2025-11-01, last seen 2025-11-08" in reply
    quotes = ask("/quotes Chidi Okonkwo")
    assert "We will stay out until the contract is signed" in quotes
    assert "It is a fair deal for every docker" in quotes


def test_a_firm_named_after_people_is_the_firm_known_from_an_earlier_article(
    database_url, tmp_path
):
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text(
        "date 2025-11-01 Regulator fines broker\n"
        "The regulator fined Harlow Becker and Co Inc on Friday.\n"
        "Harlow Becker said it would appeal.\n"
    )
    second.write_text(
        "date 2025-11-08 Broker wins appeal\n"
        "Harlow Becker won its appeal against the fine on Saturday, Harlow Becker said.\n"
    )
    ingest_paths([first, second], database_url)
    reply = to_text(answer_text("/who Harlow Becker", Library(), database_url))
    assert reply.startswith("Harlow Becker and Co Inc (organisation)")
    assert "2 articles" in reply


def test_a_role_names_the_longest_organisation_it_holds(database_url, tmp_path):
    (tmp_path / "parties.txt").write_text(
        "date 2026-02-03 Coalition talks stall in Tokyo\n"
        "Hiroshi Tanaka, a senior lawmaker of the Liberal Democratic Party, met Yuki Sato, "
        "secretary general of the Democratic Party, on Monday.\n"
        "“We agreed on nothing yet,” Tanaka said.\n",
        encoding="utf-8",
    )
    ingest_paths([tmp_path / "parties.txt"], database_url)
    library = Library()
    tanaka = to_text(answer_text("/who Hiroshi Tanaka", library, database_url))
    assert "Organisations\nLiberal Democratic Party\n" in tanaka + "\n"
    party = to_text(answer_text("/who Democratic Party", library, database_url))
    people = party.split("People\n")[1].split("\n\n")[0]
    assert people == "• Yuki Sato, secretary general of the Democratic Party"


def test_every_example_the_help_gives_is_answered_on_the_seed(ask):
    examples = re.findall(r"`([^`]+)`", ask("help"))
    questions = [e for e in examples if not e.startswith("/") or " " in e]
    assert len(questions) >= 8
    for question in questions:
        if question.startswith("/digest") or re.search(r"\b[A-Z]{4,}\b", question):
            continue  # a form, not an example: "/who NAME", "/news QUERY"
        reply = ask(question)
        assert not reply.startswith(("Nothing found", "Which", "No ")), (question, reply)
