"""Matching a title asked for against titles as articles state them."""

import pytest

from bot.role_answers import held_elsewhere_by
from bot.role_search import match_role, read_role_question


@pytest.mark.parametrize(
    "asked, stated",
    [
        ("prime minister of Japan", "Japanese Prime Minister"),
        ("Japan's prime minister", "prime minister of Japan"),
        ("foreign minister of Japan", "Japanese Minister for Foreign Affairs"),
        ("fed chair", "Chair of the Federal Reserve"),
        ("chair of the Federal Reserve", "Fed Chairwoman"),
        ("head of the LDP", "president of the Liberal Democratic Party"),
        ("LDP leader", "leader of the Liberal Democratic Party"),
        ("chair of the union", "union chairman"),
        ("senator from Vermont", "Vermont Sen."),
        ("president of South Korea", "South Korean President"),
        ("president of Korea", "South Korean President"),
        ("CEO of Samsung", "chief executive officer of Samsung"),
        ("Samsung chief executive", "Samsung CEO"),
        # whoever heads a body, by any leading title
        ("head of the CGT", "general secretary of the CGT union"),
        ("head of the World Food Programme", "executive director of the World Food Programme"),
        (
            "secretary-general of the Pacific Islands Forum",
            "Pacific Islands Forum Secretary General",
        ),
        # India's and Brazil's foreign ministers by their own titles
        ("foreign minister of India", "India's Minister of External Affairs"),
        ("foreign minister of Brazil", "Brazilian Minister of External Relations"),
        # a company named without the form it takes
        (
            "Vistula Energy's chief financial officer",
            "chief financial officer of Vistula Energy Group",
        ),
        ("CEO of Daewon", "chief executive of Daewon Holdings Ltd"),
        # a title that ends with its field is its office's: the minister of finance
        ("minister of finance", "Finance Minister"),
        ("finance minister", "Minister of Finance"),
        ("minister of state for finance", "Minister of State for Finance and Revenue"),
        ("head of the Ports Council", "director general of the Ports Council"),
        # two titles held together, and a company named without its kind and form
        ("CEO of Kitakaze", "president and chief executive officer of Kitakaze Electronics Corp"),
        ("Kitakaze's chairman", "Chairman of Kitakaze Electronics Corp"),
        ("economy minister of Germany", "German Minister for Economic Affairs"),
        # a portfolio of two fields, not two titles
        ("Minister of Economy and Finance", "Minister of Economy and Finance"),
        # a body by the acronym the role gives it in brackets, not spelled by its words
        ("head of the UMT", "secretary-general of the Moroccan Labour Union (UMT)"),
        (
            "chair of TEEMA",
            "chairman of the Taiwan Electrical and Electronic Manufacturers' Association (TEEMA)",
        ),
    ],
)
def test_one_title_written_two_ways_matches(asked, stated):
    question = read_role_question(asked)
    assert question is not None
    match = match_role(question, stated)
    assert match is not None and not match.unstated, (asked, stated, match)


@pytest.mark.parametrize(
    "asked, stated",
    [
        ("prime minister of Japan", "deputy prime minister of Japan"),
        ("prime minister of Japan", "prime minister of Australia"),
        ("president", "vice president"),
        ("president", "national security adviser to President Lee"),
        ("foreign minister", "finance minister"),
        ("chair of the Federal Reserve", "chair of the Japan-Korea Cooperation Committee"),
        ("head of the LDP", "Liberal Democratic Party lawmaker"),
        ("foreign minister of Japan", "finance minister"),
        ("CEO of Samsung", "chief financial officer of Samsung"),
        ("agriculture minister of Korea", "Japanese agriculture minister"),
        # a body whose name holds the one asked for is another body
        ("chair of Ashford Rovers", "chair of the Ashford Rovers Supporters' Trust"),
        ("CEO of Halvorsen Motors", "head of the Halvorsen Motors bus division"),
        ("director of the agency", "deputy director of the agency"),
        ("CEO of Halvorsen Motors", "head of the Halvorsen Motors Group bus division"),
        ("Kitakaze chairman", "chairman of Kitakaze Foundation"),
        # another body that shares a word with the one asked for
        ("head of the Indian Ports and Logistics Council", "chairman of Konkan Maritime Logistics"),
        # a minister of state is a junior minister, not the minister of the field
        ("finance minister of Pakistan", "Minister of State for Finance and Revenue"),
        ("foreign minister", "State Minister for Foreign Affairs"),
    ],
)
def test_another_title_does_not_match(asked, stated):
    question = read_role_question(asked)
    assert question is not None
    assert match_role(question, stated) is None, (asked, stated)


def test_former_is_a_time_not_a_title():
    question = read_role_question("prime minister of Japan")
    match = match_role(question, "former Japanese Prime Minister")
    assert match is not None and match.past
    assert read_role_question("former prime minister of Japan").past


def test_a_title_that_leaves_its_owner_to_the_article_says_what_it_leaves():
    question = read_role_question("foreign minister of Sorvania")
    match = match_role(question, "Minister for Foreign Affairs")
    assert match is not None and match.unstated == ("sorvania",)
    # a long title whose words are no place: "Minister of Agriculture, Food and Rural Affairs"
    question = read_role_question("agriculture minister of Korea")
    match = match_role(question, "Minister of Agriculture, Food and Rural Affairs")
    assert match is not None and match.unstated == ("korea",)
    # what the body is, said small, is of the article's body: "the company's chair"
    for stated in ("company's chair", "board's chairwoman", "the airline's chairwoman"):
        match = match_role(read_role_question("chair of Veridian"), stated)
        assert match is not None and match.unstated == ("veridian",), stated
    # a bare title says too little to be anyone's: only the person's other statements can
    match = match_role(read_role_question("head of the LDP"), "President")
    assert match is not None and match.bare


def test_what_a_title_is_of_tells_holders_apart():
    question = read_role_question("prime minister")
    assert match_role(question, "Japanese Prime Minister").belongs_to == {"japan"}
    assert match_role(question, "prime minister of Australia").belongs_to == {"australia"}
    # "financial" is of the title "chief financial officer", not whose it is
    question = read_role_question("chief financial officer")
    assert question.body == ()
    stated = match_role(question, "chief financial officer of Vistula Energy Group")
    assert stated.belongs_to == {"vistula", "energy", "group"}
    assert read_role_question("chief financial officer of Vistula").body == ("vistula",)


@pytest.mark.parametrize("text", ["takaichi", "Sanae Takaichi", "the", "semiconductor exports"])
def test_names_and_topics_are_not_titles(text):
    assert read_role_question(text) is None


def test_a_ministers_field_names_no_other_body():
    # "Services" of a minister's field is no body the minister belongs to instead
    question = read_role_question("health minister of Pakistan")
    title = "Federal Minister for National Health Services, Regulations and Coordination"
    assert not held_elsewhere_by(question, ("pakistan",), title)
    # but a chairman of a named committee is that committee's, not the body asked for
    question = read_role_question("chairman of the Ports Council")
    assert held_elsewhere_by(question, ("ports", "council"), "chairman of the Audit Committee")


def test_former_holds_for_both_titles_held_together():
    question = read_role_question("chief executive of Kitakaze")
    match = match_role(question, "former president and chief executive officer of Kitakaze Corp")
    assert match is not None and match.past
