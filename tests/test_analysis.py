"""The analysis on the seed article and on hand-written articles covering each case."""

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from bot.analysis import analyze
from bot.analysis.sentences import split_sentences
from bot.articles import parse_article
from tests.conftest import FIXTURES, SEED_FILE


def analysed(path):
    article = parse_article(path.read_bytes())
    return analyze(article.title, article.paragraphs)


@pytest.fixture(scope="module")
def seed():
    return analysed(SEED_FILE)


@pytest.fixture(scope="module")
def chip_talks():
    return analysed(FIXTURES / "articles" / "chip_talks.txt")


def actors_by_name(analysis):
    return {actor.name: actor for actor in analysis.actors}


def test_sentences_survive_news_abbreviations():
    text = (
        "Wi met Rep. Yoon on 23 Oct. 2025 in the U.S. capital. They met again on Nov. 11 in Jeju."
    )
    sentences = [text[a:b] for a, b in split_sentences(text)]
    assert sentences == [
        "Wi met Rep. Yoon on 23 Oct. 2025 in the U.S. capital.",
        "They met again on Nov. 11 in Jeju.",
    ]


def test_seed_people_have_full_names_and_surname_mentions(seed):
    actors = actors_by_name(seed)
    assert actors["Wi Sung-lac"].kind == "PER"
    assert {"Wi", "Wi Sung-lac"} <= actors["Wi Sung-lac"].aliases
    assert actors["Wi Sung-lac"].mentions >= 6
    assert "Aso" in actors["Taro Aso"].aliases
    assert "Takaichi" in actors["Sanae Takaichi"].aliases
    assert "Lee Jae Myung" in actors and "Lee" not in actors


def test_seed_roles_as_the_article_states_them(seed):
    actors = actors_by_name(seed)
    assert actors["Wi Sung-lac"].roles == ["national security adviser to President Lee Jae Myung"]
    assert "former Japanese Prime Minister" in actors["Taro Aso"].roles
    assert "Japanese Prime Minister" in actors["Sanae Takaichi"].roles
    # "who served as": a role held before, not now
    assert "former NSS director under former Prime Minister Shigeru Ishiba" in (
        actors["Masataka Okano"].roles
    )


def test_acronyms_are_aliases_of_their_organisation(seed):
    actors = actors_by_name(seed)
    assert actors["National Security Secretariat"].kind == "ORG"
    assert "NSS" in actors["National Security Secretariat"].aliases
    assert "LDP" in actors["Liberal Democratic Party"].aliases
    assert "NSS" not in actors and "LDP" not in actors


JUNK = {
    "According",
    "Published",
    "However",
    "While",
    "During",
    "Wednesday",
    "Tuesday",
    "Oct",
    "Nov",
    "President",
    "Prime Minister",
    "Korea-Japan",
    "Japanese",
    "Japan",
    "Korea",
    "Analysts",
    "Rep",
    "Secretariat",
}


def test_no_junk_actors(seed, chip_talks):
    names = {actor.name for actor in seed.actors + chip_talks.actors}
    assert not names & JUNK


def test_quote_with_speaker_after(chip_talks):
    quote = next(q for q in chip_talks.quotes if q.text.startswith("We cannot afford"))
    assert quote.speaker == "Kim Min-jae"
    assert not quote.partial


def test_quote_with_speaker_before_is_the_person_not_their_organisation(chip_talks):
    quote = next(q for q in chip_talks.quotes if q.text.startswith("Both sides"))
    assert quote.speaker == "Haruto Nishimura"


def test_quote_split_by_its_attribution_is_one_quote(chip_talks):
    texts = [q.text for q in chip_talks.quotes]
    joined = "The talks were frank, and we will meet again in Seoul before the end of the year."
    assert joined in texts
    assert not any(t.startswith("and we will meet") for t in texts)


def test_pronoun_speaker_and_partial_quote(chip_talks):
    quote = next(q for q in chip_talks.quotes if "export licences" in q.text)
    assert quote.speaker == "Yoon Hye-jin"
    assert quote.partial


def test_quote_spanning_paragraphs(chip_talks):
    quote = next(q for q in chip_talks.quotes if q.text.startswith("Our members"))
    assert "We expect the first projects to start next spring" in quote.text
    assert quote.speaker == "Kim Min-jae"


def test_scare_quotes_are_not_quotes(seed, chip_talks):
    texts = " ".join(q.text for q in seed.quotes + chip_talks.quotes)
    for term in ("kingmaker", "businesslike", "shuttle diplomacy"):
        assert term not in texts


def test_seed_quotes_go_to_takaichi_and_the_fragment_is_partial(seed):
    assert [(q.speaker, q.text, q.partial) for q in seed.quotes] == [
        ("Sanae Takaichi", "Korea is an important neighboring country to Japan", False),
        ("Sanae Takaichi", "future-oriented and stable", True),
    ]


def test_titles_of_shows_are_not_quotes_but_short_capitalised_sayings_are():
    analysis = analyze("t", ["Pence said on CBS's “Face the Nation” that the talks would go on."])
    assert analysis.quotes == []
    assert speakers(
        "In an interview on CBS's “Face the Nation,” House Speaker Paul Ryan said the talks "
        "would go on. He spoke again on “State of the Union.”",
        "“The Donald. Big Daddy.” Melanie Reyes said to the nominee.",
    ) == [("Melanie Reyes", "The Donald. Big Daddy.")]


def test_nested_and_mistyped_quote_marks():
    analysis = analyze(
        "t",
        [
            "“I would rather live in what he calls “hell” than stay,” Ana Ruiz said.",
            "”We will never give up on this city,” Mayor Tom Hale said.",
        ],
    )
    assert [(q.speaker, q.text) for q in analysis.quotes] == [
        ("Ana Ruiz", "I would rather live in what he calls “hell” than stay"),
        ("Tom Hale", "We will never give up on this city"),
    ]


def test_summary_is_short_and_from_the_article(seed):
    paragraphs = parse_article(SEED_FILE.read_bytes()).paragraphs
    assert 1 <= len(split_sentences(seed.summary)) <= 3
    assert len(seed.summary.split()) <= 80
    assert seed.summary.startswith("Wi Sung-lac, the national security adviser")
    assert all(sentence in " ".join(paragraphs) for sentence in seed.summary.split(". "))


def test_she_said_goes_to_the_last_woman_named():
    analysis = analyze(
        "t",
        [
            "Mary Collins met John Harper, the trade minister, on Monday.",
            "“We will sign the agreement before the end of the month,” she said.",
        ],
    )
    assert [(q.speaker, q.partial) for q in analysis.quotes] == [("Mary Collins", False)]


def test_romanised_names_with_the_family_name_last():
    analysis = analyze("t", ["Sung-lac Wi met Min-jae Kim in Seoul on Friday, officials said."])
    names = {actor.name: actor.kind for actor in analysis.actors}
    assert names == {"Sung-lac Wi": "PER", "Min-jae Kim": "PER"}


@pytest.fixture(scope="module")
def storm_office():
    return analysed(FIXTURES / "analysis" / "storm_office.txt")


def test_places_are_not_actors(storm_office):
    names = {actor.name for actor in storm_office.actors}
    assert not names & {"Virginia", "Hong Kong", "Canada", "Richmond"}


def test_an_organisation_named_before_its_spokeswoman(storm_office):
    actors = actors_by_name(storm_office)
    assert actors["Environment Canada"].kind == "ORG"
    assert actors["Julie Hahn"].kind == "PER"
    assert actors["Church of the Open Door"].kind == "ORG"


def test_a_lone_surname_typed_once_is_typed_everywhere(storm_office):
    petrov = actors_by_name(storm_office)["Petrov"]
    assert petrov.kind == "PER"
    assert petrov.mentions == 2  # the first, with no speech verb, as well as "Petrov said"


def test_things_with_an_article_or_an_everyday_first_word_are_not_people(storm_office):
    people = {actor.name for actor in storm_office.actors if actor.kind == "PER"}
    assert not people & {"Church", "Polaroids", "Warhol Polaroids", "Creative Commons"}


def speakers(*paragraphs):
    return [(q.speaker, q.text) for q in analyze("", list(paragraphs)).quotes]


def speakers_by_opening(*paragraphs):
    """Each quote's speaker, by the quote's first 20 characters."""
    return {text[:20]: speaker for speaker, text in speakers(*paragraphs)}


def test_speaker_after_ms_and_with_initials_party_and_suffix():
    assert speakers(
        "Dana Moore, a senior adviser to the campaign, spoke first.",
        '"It is a little bit of magic when they are on stage," Ms. Moore said.',
        "“This is a disgusting day for us all,” said Rep. G.K. Butterfield (D-N.C.), head of "
        "the caucus.",
        '"Absolutely hate this framing of the vote," Vann R. Newkirk II, a writer for a '
        "magazine, said on Twitter.",
    ) == [
        ("Dana Moore", "It is a little bit of magic when they are on stage"),
        ("G.K. Butterfield", "This is a disgusting day for us all"),
        ("Vann R. Newkirk II", "Absolutely hate this framing of the vote"),
    ]


def test_the_subject_of_the_speech_verb_speaks_not_a_name_after_it():
    found = speakers(
        "Maria Lopez says Tom Baker’s late-night tweets about the mayor were “unhinged, even "
        "for him.”"
    )
    assert found == [("Maria Lopez", "unhinged, even for him.")]


def test_speaker_is_the_subject_of_told_and_a_known_surname_after_said():
    assert speakers(
        "Police Commissioner James O’Neill spoke at the scene.",
        "“The exact cause of the explosion has not been determined,” said O'Neill, on his first "
        "day.",
        "\"Look, it's a phony system,\" Trump told Bill O'Reilly of Fox News this week.",
    ) == [
        ("James O’Neill", "The exact cause of the explosion has not been determined"),
        ("Trump", "Look, it's a phony system"),
    ]


def test_titled_surnames_that_are_titles_and_hyphenated_given_names():
    assert speakers(
        '"It is all about creating some enthusiasm," Mr. King added.',
        "Jean-Marc Ayrault, the foreign minister of France, a member of the Security Council, "
        'said the test "cannot be left without consequences."',
    ) == [
        ("King", "It is all about creating some enthusiasm"),
        ("Jean-Marc Ayrault", "cannot be left without consequences."),
    ]


def test_a_long_sentence_after_a_quote_is_not_its_attribution():
    found = speakers(
        'Mayor Jennifer Roberts said Friday that the video should come out but said "the '
        'question is the timing." Gov. Pat McCrory said it would be "improper" for him to speak '
        "on whether the video should be released."
    )
    assert found[0] == ("Jennifer Roberts", "the question is the timing.")


def actors_of(*paragraphs):
    return {actor.name: actor for actor in analyze("", list(paragraphs)).actors}


def test_short_names_and_initials_of_organisations_are_aliases():
    actors = actors_of(
        "Keystone Drilling Corp and the U.S. Environmental Protection Agency signed a pact.",
        "Keystone said the EPA would inspect the wells next year.",
    )
    assert {"Keystone"} <= actors["Keystone Drilling Corp"].aliases
    assert "EPA" in actors["U.S. Environmental Protection Agency"].aliases
    assert "Keystone" not in actors and "EPA" not in actors


def test_demonyms_abbreviations_and_places_with_a_place_noun_are_not_actors():
    actors = actors_of(
        "The Swiss said the plan was sound, and TV crews filmed DNA samples in Harrison County.",
        "NOTE: the note was filed late.",
    )
    assert not set(actors) & {"Swiss", "TV", "DNA", "Harrison County", "NOTE"}


def test_given_names_of_other_countries_make_a_full_name():
    actors = actors_of("Giorgio Chiellini and Wasim Akram met Sr. Jr on Monday.", "III said so.")
    assert actors["Giorgio Chiellini"].kind == "PER"
    assert not set(actors) & {"Jr", "III"}


def test_an_appositive_with_an_organisation_noun_makes_an_organisation():
    actors = actors_of(
        "Brightwater, a Texas-based maker of drills, said on Monday it would cut 300 jobs.",
        "Dana Brightwater, a spokeswoman for the group, declined to comment.",
    )
    assert actors["Brightwater"].kind == "ORG"
    assert actors["Dana Brightwater"].kind == "PER"


def test_subject_set_off_by_an_appositive_or_a_party_speaks_and_not_a_possessor():
    assert speakers(
        "With 50 days to go, Dana Reyes, a senior adviser to the campaign, called Mr. Obama's "
        'remarks on Saturday "a true wake-up call for all of us" to his supporters.',
        'The Harbor Post reports that Mayor Tom Ellis’s team wanted to "keep the details of the '
        'deal under wraps."',
    ) == [
        ("Dana Reyes", "a true wake-up call for all of us"),
        ("Harbor Post", "keep the details of the deal under wraps."),
    ]


def test_organisation_names_with_of_and_for_after_their_head_word():
    actors = actors_of(
        "Researchers at the Massachusetts Institute of Technology and the Andy Warhol "
        "Foundation for the Visual Arts joined the International Brotherhood of Magicians."
    )
    for name in (
        "Massachusetts Institute of Technology",
        "Andy Warhol Foundation for the Visual Arts",
        "International Brotherhood of Magicians",
    ):
        assert actors[name].kind == "ORG"


def test_roles_are_offices_not_courtesy_titles_lists_or_attributions():
    actors = actors_of(
        "President Reagan, Vice President George Bush and others met.",
        "Reagan, Chief Cabinet Secretary Masaharu Gotoda told reporters, was firm.",
        "Mrs Dana Reyes left. Dr. Jane Kim, the head of surgery, spoke.",
    )
    assert actors["Reagan"].roles == ["President"]
    assert actors["Dana Reyes"].roles == []
    assert actors["Jane Kim"].roles == ["head of surgery"]


def test_business_wire_names():
    actors = actors_of(
        "The Securities and Exchange Commission fined Merrill Lynch and Co Inc on Friday.",
        "Merrill Lynch said it would appeal, and Goldman, Sachs and Co Inc declined to comment.",
        "Moody's Investors Service cut the rating of the World Bank-led fund in West Germany.",
        "She said the General Agreement on Tariffs and Trade would not apply.",
        "Treasury Under-secretary Yavuz Canevi said talks would go on.",
    )
    assert actors["Securities and Exchange Commission"].kind == "ORG"
    assert "Merrill Lynch" in actors["Merrill Lynch and Co Inc"].aliases
    assert actors["Moody's Investors Service"].kind == "ORG"
    assert actors["World Bank"].kind == "ORG"
    assert actors["Yavuz Canevi"].roles == ["Treasury Under-secretary"]
    junk = {"Co Inc", "Merrill Lynch", "She", "Agreement", "West Germany", "Moody", "Sachs"}
    assert not set(actors) & junk


def test_he_said_is_not_a_person_named_inside_the_quote():
    assert speakers(
        "Henry Crespo, president of the county caucus, was worried.",
        "“No one is writing songs for Hillary. Obama had Will Smith on stage,” he said.",
    ) == [("Henry Crespo", "No one is writing songs for Hillary. Obama had Will Smith on stage")]


def test_the_mayor_said_is_the_person_the_article_calls_mayor():
    assert speakers(
        "Mayor Bill Lopez spoke at a press conference with police chief Dan Ortiz.",
        "Commissioner James Hall said the street would stay closed.",
        '"We do not see a link to terrorism," the mayor said.',
    ) == [("Bill Lopez", "We do not see a link to terrorism")]


def test_a_quote_after_the_sentence_that_names_its_speaker():
    assert speakers(
        "The talks may stall while Secretary John Kerry negotiates, Adam Schiff said. "
        '"The other factor is timing, and timing is everything in this town."'
    ) == [("Adam Schiff", "The other factor is timing, and timing is everything in this town.")]


def test_a_quote_running_over_paragraphs_starts_where_it_opens():
    found = analyze(
        "",
        [
            "“It is a dog whistle to all Americans,” Rep. Gwen Moore said. “If the president is "
            "not legitimate, then you are not either.",
            "“We will not accept it,” she added.",
        ],
    ).quotes
    assert [(q.speaker, q.paragraph, q.last_paragraph) for q in found] == [
        ("Gwen Moore", 0, 0),
        ("Gwen Moore", 0, 1),
    ]
    assert found[1].start > 0  # the offset of its opening mark, not the paragraph's start


def test_events_contractions_and_middle_initials():
    actors = actors_of(
        "I'm Isabel Ruiz, and I met George W. Bush before the Winter Paralympics.",
        "The Paralympics drew crowds.",
    )
    assert actors["George W. Bush"].kind == "PER"
    assert "Isabel Ruiz" in actors
    assert not set(actors) & {"I'm Isabel Ruiz", "Winter Paralympics", "Paralympics", "George W"}


def test_seed_has_no_organisation_made_of_a_persons_surname(seed):
    actors = actors_by_name(seed)
    assert "Ishiba" not in actors  # "the more centrist Ishiba, has previously taken a firm stance"
    assert actors["Shigeru Ishiba"].mentions >= 3


NEWSY_TEXT = st.lists(
    st.sampled_from(
        [
            "Mr.",
            "Rep.",
            "Jr",
            "III",
            "G.K.",
            "W.",
            "and",
            "of",
            "the",
            "Co",
            "Inc",
            "said",
            "“",
            "”",
            '"',
            "'s",
            "’s",
            ",",
            ".",
            "(D-N.C.)",
            "-led",
            "Kim",
            "Min-jae",
            "UK",
            "Moody's",
            "Service",
            "Takaichi",
            "she",
            "the mayor",
            "Schiff",
            ":",
            "—",
            "\n",
        ]
    )
    | st.text(max_size=12),
    max_size=60,
).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(st.lists(NEWSY_TEXT, min_size=1, max_size=4))
@example(["Jr Schiff and Mr. Jr"])  # a courtesy title before a suffix alone
def test_analysis_never_fails_and_quotes_point_into_the_text(paragraphs):
    analysis = analyze("", paragraphs)
    names = {actor.name for actor in analysis.actors}
    for quote in analysis.quotes:
        assert quote.speaker is None or quote.speaker in names
        assert 0 <= quote.start <= len(paragraphs[quote.paragraph])
        assert quote.paragraph <= quote.last_paragraph < len(paragraphs)


def test_more_business_names_and_an_armenian_surname():
    actors = actors_of(
        "Moody's Investors Service Inc cut its rating, Moody said, and Royal Dutch agreed.",
        "Shares of Smith, Jones and Sons Inc rose after Tigran Petrosian, the chairman of the "
        "fund, bought a stake.",
    )
    assert "Moody" in actors["Moody's Investors Service Inc"].aliases
    assert actors["Tigran Petrosian"].kind == "PER"
    assert not set(actors) & {"Moody", "Royal Dutch", "Sons Inc"}


def test_a_speaking_name_ending_in_s_is_an_organisation_unless_it_names_a_group():
    actors = actors_of(
        "The biologist told Wikinews about the ants, and Democrats said the study was sound.",
        "Palestinians said little, and the figures were confirmed, Reuters reported.",
    )
    assert actors["Wikinews"].kind == "ORG"
    assert actors["Reuters"].kind == "ORG"
    assert not set(actors) & {"Democrats", "Palestinians"}


def test_an_organisation_named_again_by_its_kind_and_institutions_named_by_kind():
    actors = actors_of(
        "The Harbour Cooperation Committee met the United Nations envoy on Monday.",
        "Later the Committee said the plan would go to Congress.",
    )
    assert "Committee" in actors["Harbour Cooperation Committee"].aliases
    assert actors["United Nations"].kind == "ORG"
    assert actors["Congress"].kind == "ORG"
    assert "Committee" not in actors


def test_bare_titles_and_plural_groups_are_not_actors():
    actors = actors_of(
        "Dealers said prices fell as dealers sold, and the Prime Minister said nothing.",
        "Mr. King, the bank's chairman, disagreed.",
    )
    assert not set(actors) & {"Dealers", "Minister"}
    assert actors["King"].kind == "PER"


def test_roles_open_the_sentence_stop_at_verbs_and_leave_out_circumstances():
    actors = actors_of(
        "Chief executive Priya Raman told analysts the plan would work.",
        "Harbour City FC have sacked head coach Marco Bellini after the season.",
        "Raman, who became CEO in 2023 after two decades at a rival, kept the budget.",
        "Mao Ning, a foreign ministry spokeswoman, described the talks as constructive.",
        "“Fintech is our strongest business,” founder and chief executive Hiroshi Mikitani said.",
    )
    assert actors["Hiroshi Mikitani"].roles == ["founder and chief executive"]
    trader = actors_of(
        "“We were surprised,” said Park Min-soo, a trader at Mirae Asset Securities."
    )
    assert trader["Park Min-soo"].roles == ["trader at Mirae Asset Securities"]
    assert actors["Priya Raman"].roles == ["chief executive", "CEO"]
    assert actors["Marco Bellini"].roles == ["head coach"]
    assert actors["Mao Ning"].roles == ["foreign ministry spokeswoman"]


def test_name_particles_and_family_names_written_first():
    actors = actors_of(
        "European Commission President Ursula von der Leyen welcomed it.",
        "Syrian President Bashar al-Assad spoke. Assad said little.",
        "Wang Yi, China's top diplomat, also met him. Wang urged calm.",
    )
    assert "Ursula von der Leyen" in actors and "Ursula" not in actors
    assert actors["Bashar al-Assad"].mentions == 2
    assert actors["Wang Yi"].mentions == 2 and "Wang" not in actors


def test_a_clause_after_a_surname_and_a_city_after_in_do_not_make_organisations():
    actors = actors_of(
        "Kaja Kallas, the EU's foreign policy chief, said states should move quickly.",
        "According to Kallas, the fund could be operational by next year.",
        "Officials in Berlin said the plan would go to parliament.",
    )
    assert actors["Kaja Kallas"].mentions == 2 and "Kallas" not in actors
    assert "Berlin" not in actors


def test_workplaces_and_organisations_inside_titles():
    actors = actors_of(
        "Analysts at Morgan Stanley said the move was overdue, and Dan Oakes, an analyst at "
        "Bernstein, agreed.",
        "Apple CEO Tim Cook and Bank of Japan Governor Kazuo Ueda spoke, as did European "
        "Commission President Ursula von der Leyen and Emeritus Professor John Burrows.",
        "The Communications Workers of America and Harbour City FC objected.",
    )
    for name in ("Morgan Stanley", "Bernstein", "Apple", "Bank of Japan", "European Commission"):
        assert actors[name].kind == "ORG", name
    for name in ("Communications Workers of America", "Harbour City FC"):
        assert actors[name].kind == "ORG", name
    assert actors["Tim Cook"].roles == ["Apple CEO"]
    assert actors["Kazuo Ueda"].roles == ["Bank of Japan Governor"]
    assert "Emeritus" not in actors and actors["John Burrows"].kind == "PER"


def test_labels_are_not_quotes_and_a_colon_gives_the_clause_subject():
    assert speakers(
        "Ministers agreed to resume visits, a practice known as “shuttle diplomacy.”",
        "Kim Young-hee said the talks went well. “Both sides need wins at home,” she said. Her "
        "colleague, Lee Min-ho, was more cautious: “The hard questions have only been postponed.”",
    ) == [
        ("Kim Young-hee", "Both sides need wins at home"),
        ("Lee Min-ho", "The hard questions have only been postponed."),
    ]


def test_a_quote_paragraph_without_attribution_takes_the_speaker_of_the_one_before():
    assert speakers(
        "“It was in the kitchen in ten minutes,” said Joe Kaminski, a resident.",
        "“I have lived here forty years and never seen anything like it.”",
        "His neighbour, Sarah Lin, said the town needed better defences.",
        "“We were told the sea wall would be fixed two years ago. Nothing happened.",
        "“Now look at this street.”",
    ) == [
        ("Joe Kaminski", "It was in the kitchen in ten minutes"),
        ("Joe Kaminski", "I have lived here forty years and never seen anything like it."),
        (
            "Sarah Lin",
            "We were told the sea wall would be fixed two years ago. Nothing happened. "
            "Now look at this street.",
        ),
    ]


def test_ampersand_names_and_describing_words_before_a_name():
    actors = actors_of(
        "Maria Gonzalez, a spokeswoman for Bay Power & Light, spoke first.",
        "Meteorologist Dana Whitfield said the storm was unusual.",
        "South Korea's Cho Hyun met his Japanese counterpart Takeshi Iwaya.",
    )
    assert actors["Bay Power & Light"].kind == "ORG"
    assert actors["Dana Whitfield"].roles == ["Meteorologist"]
    assert actors["Takeshi Iwaya"].roles == ["Japanese counterpart"]


def test_bylines_and_credits_are_not_actors_nor_summary_and_datelines_are_cut():
    paragraphs = [
        "By Rachel Kim and Tom O'Brien",
        "WASHINGTON (Reuters) - A Senate committee on Wednesday advanced a bill that would "
        "tighten limits on exports of advanced chips, setting up a floor vote next month.",
        "Sen. Elizabeth Warren voted against the bill, which she called too weak.",
        "Photo: Reuters/Kevin Lamarque",
        "Image: Warren with committee chairman Tim Scott in Washington.",
        "Reporting by Rachel Kim; Editing by Mark Potter",
        "Copyright 2026 The Example Times. All rights reserved.",
    ]
    analysis = analyze("Senate panel advances chip bill", paragraphs)
    names = {actor.name for actor in analysis.actors}
    assert {"Elizabeth Warren", "Tim Scott"} <= names  # a caption names people in the news
    assert not names & {
        "Rachel Kim",
        "Tom O'Brien",
        "Kevin Lamarque",
        "Mark Potter",
        "Example Times",
    }
    assert analysis.summary.startswith("A Senate committee on Wednesday advanced a bill")
    assert "Rachel Kim" not in analysis.summary


def test_a_fragment_belongs_to_its_sentence_subject_and_things_are_credited_to_nobody():
    assert speakers(
        "Dana Reyes spoke first. Tom Ellis described the storm as a “terrible situation,” but "
        "stopped short of calling Reyes’s plan a failure.",
        "Parents sent a letter to Mayor Tom Ellis. “We see schools that offer our children a "
        "better future,” the letter reads.",
        "“The city will never go back to normal as we understood it,” said the Rev. Peter "
        "Wherry, of Mayfield Memorial Church.",
    ) == [
        ("Tom Ellis", "terrible situation"),
        (None, "We see schools that offer our children a better future"),
        ("Peter Wherry", "The city will never go back to normal as we understood it"),
    ]


def test_judging_verbs_cue_their_subject_and_titles_opening_a_sentence_keep_their_field():
    paragraphs = [
        "Rep. Yoon Sang-hyun of the People Power Party criticized the package as “too little, "
        "too late.” Speaking at the National Assembly, Yoon said smaller firms were ignored.",
        "Industry Minister Kim Jung-kwan said the ministry would announce details.",
        "Samsung Electronics Chairman Lee Jae-yong joined the tour.",
    ]
    analysis = analyze("", paragraphs)
    assert [(q.speaker, q.text) for q in analysis.quotes] == [
        ("Yoon Sang-hyun", "too little, too late.")
    ]
    actors = actors_by_name(analysis)
    assert actors["Kim Jung-kwan"].roles == ["Industry Minister"]
    assert actors["Samsung Electronics"].kind == "ORG"


def test_an_organisation_named_by_its_kind_speaks_but_not_from_a_complement():
    assert speakers(
        "The Ministry of Foreign Affairs summoned the Japanese ambassador on Tuesday.",
        "“The government will respond firmly to any claim,” the ministry said in a statement.",
        "“It was the least bad outcome,” Mr. Dan Morgan of the Sierra Club said.",
        "Tom Ellis spoke. “If he thinks that makes him smart,” the ad’s narrator says.",
    ) == [
        ("Ministry of Foreign Affairs", "The government will respond firmly to any claim"),
        ("Dan Morgan", "It was the least bad outcome"),
        (None, "If he thinks that makes him smart"),
    ]


def test_institutions_banks_and_agencies_named_after_their_country():
    actors = actors_of(
        "Statistics Canada said inflation rose. The Bundesbank kept rates steady, and the "
        "Federal Reserve and the European Community waited. American Express closed higher."
    )
    for name in (
        "Statistics Canada",
        "Bundesbank",
        "Federal Reserve",
        "European Community",
        "American Express",
    ):
        assert actors[name].kind == "ORG", name


def test_the_first_word_of_a_quote_opens_a_sentence():
    actors = actors_of(
        "Councilman Tim Ortega said residents had not been consulted. “Nobody asked them,” he "
        "said. “Everybody knows it.”"
    )
    assert set(actors) == {"Tim Ortega"}


def test_a_quote_after_a_sentence_about_someone_is_theirs():
    assert speakers(
        "Sen. Bernie Sanders (Vt.), who lost the primaries, named young voters' exhaustion with "
        "bigotry as a reason to back her. “The younger people are sick and tired of "
        "discrimination.”",
        "Mayor Tom Ellis toured the flooded district on Monday.",
        "“We will rebuild every house on this street.”",
    ) == [
        ("Bernie Sanders", "The younger people are sick and tired of discrimination."),
        ("Tom Ellis", "We will rebuild every house on this street."),
    ]


def test_she_is_not_the_person_named_in_anothers_role_nor_a_family_name_read_as_female():
    paragraphs = [
        "Kim Yo-jong, the powerful sister of leader Kim Jong-un, issued a statement on Sunday.",
        "“The so-called deterrence they talk about is a cover for aggression,” she said.",
        "The Joint Chiefs of Staff (JCS) said the missile flew 800 kilometers.",
        "Japan's Defense Minister Shinjiro Koizumi spoke later. Analyst Yang Moo-jin agreed.",
    ]
    analysis = analyze("", paragraphs)
    assert [q.speaker for q in analysis.quotes] == ["Kim Yo-jong"]
    actors = actors_by_name(analysis)
    assert actors["Joint Chiefs of Staff"].aliases == {"Joint Chiefs of Staff", "JCS"}
    assert actors["Shinjiro Koizumi"].roles == ["Japan's Defense Minister"]
    assert actors["Yang Moo-jin"].roles == ["Analyst"]


def test_firms_after_a_role_and_offices_inside_an_organisations_name_are_no_people():
    actors = actors_of(
        "The bond was priced at par, lead manager Swiss Bank Corp International said.",
        "Growth was spurred by earnings at major U.S. Corporations, he added.",
        "Acme said it won a contract from the Office of the Secretary of Defense.",
        "Bryson Inc said it has retained D.F. King and Co Inc to handle the deal.",
    )
    assert all(actor.kind == "ORG" for actor in actors.values()), actors
    assert {"Swiss Bank Corp International", "D.F. King and Co Inc"} <= set(actors)
    assert "Office of the Secretary of Defense" in actors


def test_a_seat_makes_an_organisation_but_not_of_a_known_person():
    actors = actors_of(
        "Kroger, based in Cincinnati, had said the deal would help it compete.",
        "Jane Smith covers markets. Smith, based in London, said prices rose.",
    )
    assert actors["Kroger"].kind == "ORG"
    assert actors["Jane Smith"].mentions == 2 and "Smith" not in actors


def test_clubs_are_named_by_their_staff_even_after_a_city_but_not_by_nationality():
    actors = actors_of(
        "“Sonny was unbelievable today,” Tottenham manager Ange Postecoglou told the BBC.",
        "Chelsea coach Enzo Maresca said his side had been too passive.",
        "English striker Harry Kane and Swedish midfielder Dejan Kulusevski watched.",
    )
    assert actors["Tottenham"].kind == "ORG" and actors["Chelsea"].kind == "ORG"
    assert actors["Ange Postecoglou"].roles == ["Tottenham manager"]
    assert actors["Enzo Maresca"].roles == ["Chelsea coach"]
    assert not {"English", "Swedish"} & set(actors)


def test_an_acronym_before_a_role_stays_and_a_partner_may_be_a_party():
    actors = actors_of(
        "The Constitutional Democratic Party of Japan (CDPJ) voted against the bill.",
        "CDPJ leader Yoshihiko Noda called the budget reckless.",
        "The LDP and its partner Nippon Ishin no Kai voted for the bill.",
    )
    assert actors["Yoshihiko Noda"].roles == ["CDPJ leader"]
    assert not any(a.kind == "PER" and "Nippon" in a.name for a in actors.values())


def test_a_name_ending_in_a_title_or_a_titled_country_is_no_person():
    actors = actors_of(
        "Jeff Rathke, the State Department Spokesperson, said talks would go on.",
        "Fans dressed as Captain America and John Major waved.",
    )
    assert "Department Spokesperson" not in actors and "America" not in actors
    assert actors["John Major"].kind == "PER"


def test_the_unions_officer_is_of_the_union_named_in_the_paragraph_before():
    # "The X Union (XU) said ..." then "Y, the union's secretary-general, said" in the next
    # paragraph: of that union, though another is named later
    result = analyze(
        "Nurses to strike",
        [
            "The Kenya Union of Nurses and Midwives (KUNM) said the cap broke a return-to-work"
            " deal.",
            "Amina Wekesa, the union's secretary-general, said members would strike on"
            " December 16.",
            "A smaller union, the Kenya Union of Clinical Officers (KUCO), said it would not join.",
        ],
    )
    roles = {actor.name: actor.roles for actor in result.actors}
    assert roles["Amina Wekesa"] == ["secretary-general of Kenya Union of Nurses and Midwives"]


def test_the_group_that_spoke_in_the_quotes_paragraph_says_it():
    # "In a statement, Ibec said ... “...,” the business group said": Ibec, not the body that
    # opened a sentence of the paragraph before
    said = speakers_by_opening(
        "The Phenix Center for Economic and Informatics Studies backed the unions in a"
        " report released on Sunday.",
        "In a statement, Ibec said the size of the public pay bill would shape wage"
        ' expectations. "Every additional euro committed to recurrent spending is a euro'
        ' less for housing," the business group said.',
    )
    assert said["Every additional eur"] == "Ibec"


def test_a_namesake_not_yet_introduced_is_not_the_one_a_surname_names():
    # "Mr Adeyemi" right after Sunday Adeyemi's introduction is his, though the economist
    # Ikenna Adeyemi is also called "Mr Adeyemi" later ("Sunday" a Nigerian man's name)
    said = speakers_by_opening(
        "At a press conference in Abuja on Monday, NLC President, Comrade Sunday Adeyemi,"
        " gave the federal government 14 days to reverse new tariffs.",
        "Mr Adeyemi was blunt: “Workers cannot eat a stable exchange rate.”",
        "Lagos-based economist Ikenna Adeyemi, managing director of the research firm"
        " Cowrie Advisory Partners, said the bank had little room to cut. “Cutting now would"
        " have undone two years of work,” Mr Adeyemi said.",
    )
    assert said["Workers cannot eat a"] == "Sunday Adeyemi"
    assert said["Cutting now would ha"] == "Ikenna Adeyemi"


def test_a_surname_after_one_namesake_written_with_a_nickname_and_a_suffix_is_theirs():
    # "Dela Cruz" after the governor 'Ramon "Monching" V. dela Cruz Jr.' and before the
    # senator is named is the governor; "Senator dela Cruz" after the senator is the senator
    said = speakers_by_opening(
        "“Inflation is within target,” BSP Governor Ramon “Monching” V. dela Cruz Jr. told"
        " reporters on Thursday.",
        "Dela Cruz, dubbed the “peso's guardian” by traders, signaled that the easing cycle"
        " was nearly over. “We are closer to the end than to the beginning,” he said.",
        "At the Senate, Sen. Rafael “Paeng” T. dela Cruz, chair of the committee on labor,"
        " said his panel would approve the wage bill. “Workers have waited since the"
        " pandemic,” Senator dela Cruz said.",
    )
    assert said["We are closer to the"] == "Ramon V. dela Cruz Jr."
    assert said["Workers have waited "] == "Rafael T. dela Cruz"


def test_a_kind_of_body_opening_a_sentence_before_its_people_is_no_one_body():
    # "Union leaders are expected ...": any union's leaders, not the congress named before;
    # "The Union said" is the congress
    result = analyze(
        "Unions give ultimatum",
        [
            "The Trade Union Congress of Nigeria (TUC) gave the government two weeks. Union"
            " leaders are expected to meet the minister next week. The Union said it would"
            " strike."
        ],
    )
    mentions = {actor.name: actor.mentions for actor in result.actors}
    assert mentions == {"Trade Union Congress of Nigeria": 3}
