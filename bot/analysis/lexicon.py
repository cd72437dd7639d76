"""General English word lists the analysis relies on (no names: names come from the text).

Each list is a text file in words/, one word or phrase a line, with a header that says what
it is for and where it comes from; edit the file, not this module."""

import re
from collections.abc import Iterable
from pathlib import Path

WORDS = Path(__file__).resolve().parent / "words"


def word_list(name: str, folder: Path = WORDS) -> frozenset[str]:
    """The words of words/NAME.txt ("#" lines are its header), in the analysis' folder
    unless another is given."""
    text = (folder / f"{name}.txt").read_text(encoding="utf-8")
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def listed(name: str, folder: Path = WORDS) -> list[tuple[str, list[str]]]:
    """The "key: value value" lines of words/NAME.txt."""
    pairs = (line.partition(":") for line in word_list(name, folder))
    return [(key.strip(), values.split()) for key, _, values in pairs]


def verb_forms(name: str) -> frozenset[str]:
    """The forms of the verbs in words/NAME.txt: a line "lemma" gives the lemma and its
    regular -s, -ed and -ing forms; a line "lemma: form form ..." gives just those forms."""
    forms: set[str] = set()
    for line in word_list(name):
        lemma, _, listed = line.partition(":")
        forms |= set(listed.split()) if listed else regular_forms(lemma.strip())
    return frozenset(forms)


def regular_forms(lemma: str) -> set[str]:
    """ "warn": warn, warns, warned, warning; "deny": denies, denied; "urge": urged, urging."""
    if re.search(r"(s|sh|ch|x|z)$", lemma):
        third = lemma + "es"
    elif re.search(r"[^aeiou]y$", lemma):
        third = lemma[:-1] + "ies"
    else:
        third = lemma + "s"
    if lemma.endswith("e"):
        past, ing = lemma + "d", lemma[:-1] + "ing"
    elif re.search(r"[^aeiou]y$", lemma):
        past, ing = lemma[:-1] + "ied", lemma + "ing"
    else:
        past, ing = lemma + "ed", lemma + "ing"
    return {lemma, third, past, ing}


COMMON_WORDS = word_list("common_words")
GROUP_NOUNS = word_list("group_nouns")
MONTHS = word_list("months")
WEEKDAYS = word_list("weekdays")
CALENDAR_WORDS = MONTHS | WEEKDAYS
TITLE_WORDS = word_list("title_words")
TITLE_MODIFIERS = word_list("title_modifiers")
ROLE_NOUNS = word_list("role_nouns")
# Organisations' head words; industry words end company names but name none alone
INDUSTRY_HEADS = word_list("industry_heads")
ORG_HEADS = word_list("org_heads") | INDUSTRY_HEADS
# the head words that name a body alone (made once: rules ask of each word of a name)
BODY_HEADS = ORG_HEADS - INDUSTRY_HEADS
# "grupo" -> "group", "cámara" -> "chamber"
ROMANCE_ORG_KINDS = {word: kinds[0] for word, kinds in listed("romance_org_heads")}
ROMANCE_ORG_HEADS = frozenset(ROMANCE_ORG_KINDS)
# A nation's or a federation's bodies' words: no person's name has them ("National Review"),
# and no title ends with one ("Las Baulas National Marine Park")
BODY_ADJECTIVES = frozenset({"national", "federal", "regional", "international"})
# A word for a body's members, and the head word of the body: "the bench observed" is the court
BODY_OF_ITS_MEMBERS = {"bench": "court"}
OFFICE_HOLDING_HEADS = word_list("office_holding_heads")
ORG_OPENERS = word_list("org_openers")
FIELD_NOUNS = word_list("field_nouns")
# Title words that name a department's field, not an office ("Foreign", "Trade")
TITLE_FIELDS = frozenset(
    {"foreign", "defense", "defence", "finance", "interior", "trade", "health", "education"}
    | {"home", "state", "national", "security", "economy"}
)
# The words a body's or a minister's field is made of: "Labour and Employment", "Finance"
BODY_FIELDS = FIELD_NOUNS | (TITLE_WORDS & TITLE_FIELDS)
PLACE_PREFIXES = word_list("place_prefixes")
# The compass words among them: "West Yorkshire", "North Kivu" (a region, though "West" is
# also a given name)
COMPASS_WORDS = frozenset(
    "north south east west northern southern eastern western central northeast northwest"
    " southeast southwest".split()
)
PLACE_PREPOSITIONS = word_list("place_prepositions")
SPEECH_VERBS = verb_forms("speech_verbs")
JUDGING_VERBS = verb_forms("judging_verbs")
STAFF_NOUNS = word_list("staff_nouns")
RELATION_NOUNS = word_list("relation_nouns")
PERSON_NOUNS = word_list("person_nouns")
SQUAD_NOUNS = word_list("squad_nouns")
# Nationality, faith and party adjectives ("Japanese", "Korean", "Swiss", "Democratic"): they
# speak and stand before staff nouns as organisations do, but name none.
DEMONYM_ENDINGS = ("ese", "ian", "ean")
# Peoples and faiths, and the adjectives of the countries the bot knows ("Kenyan")
# A country and the adjectives that say it: [("nigeria", ["nigerian"]), ...] (also read by
# the role questions)
COUNTRY_ADJECTIVES = listed("country_adjectives", WORDS.parent.parent / "words")
# A country's adjectives, without the first word of a two-word one that also opens the
# country's name ("Sri" of "Sri Lankan", an honorific too: "Sri Mulyani Indrawati")
NATIONAL_ADJECTIVES = frozenset(
    adjective
    for country, adjectives in COUNTRY_ADJECTIVES
    for adjective in adjectives
    if adjective != country.split()[0] or len(adjectives) == 1  # "saudi" of "saudi arabia"
)
DEMONYMS = word_list("demonyms") | NATIONAL_ADJECTIVES


# A country by its name or adjective, as written with capitals: "Nigeria", "Nigerian",
# "South Korea" -> "Nigeria", "Nigeria", "South Korea"
def as_written(word: str) -> str:
    """A country word as news writes it: "Nigeria", "South Korea", "US", "U.S."."""
    return word.upper() if len(word.replace(".", "")) <= 3 else word.title()


# (not the first word of a two-word adjective that opens the country's name too: "Cape" of
# "Cape Verdean" is Cape Town's as often)
COUNTRY_NAMED = {
    as_written(written): as_written(country)
    for country, adjectives in COUNTRY_ADJECTIVES
    for written in (country, *adjectives)
    if written == country or written != country.split()[0] or len(adjectives) == 1
}
# Endings of Slavic, Greek, Romanian, Georgian, Armenian and Turkish surnames ("Gorbachev",
# "Tymoshenko", "Papadopoulos"), which English words do not end with.
SURNAME_ENDINGS = (
    "ov",
    "ova",
    "ev",
    "eva",
    "sky",
    "ski",
    "skiy",
    "enko",
    "vich",
    "ić",
    "escu",
    "opoulos",
    "shvili",
    "idze",
    "oglu",
    "yan",
    "dóttir",  # Icelandic patronymics: "Einarsdóttir" (not "-sson": "Ericsson")
    "dottir",
)
ABBREVIATIONS = word_list("abbreviations")
PLACE_HEADS = word_list("place_heads")
ORGANISATION_NOUNS = word_list("organisation_nouns")
CORPORATE_SUFFIXES = word_list("corporate_suffixes")
ARTICLES = frozenset({"a", "an", "the"})
# What stands before whom someone speaks to: "told Reuters", "in an interview with the
# Daily Graphic" (that one is a listener, or a medium, never the speaker)
# Ranks below another's, of a title ("Deputy", "Vice"), which no firm is named
LOWER_RANKS = frozenset({"assistant", "associate", "deputy", "vice", "under", "junior"})
SPOKEN_TO = ("told", "spoke to", "speaking to", "talking to", "interview with")


def is_legal_form(word: str, forms: frozenset[str] | set[str] = CORPORATE_SUFFIXES) -> bool:
    """ "Inc", "Ltd.", "S.A.", "A.S.": a company's legal form, read without its periods."""
    return word.casefold().replace(".", "") in forms


DOCUMENT_NOUNS = word_list("document_nouns")
TRADE_MEMBERS = word_list("trade_members")
WORKPLACE_WORDS = word_list("workplace_words")
MEMBER_NOUNS = word_list("member_nouns")
# Whose plural names a group of people: "Workers'", "Lawyers warned", "Democrats"
GROUP_MEMBER_NOUNS = MEMBER_NOUNS | ROLE_NOUNS
CLUB_WORDS = word_list("club_words")
# A name's initial: a capital, or a digraph that stands for one Cyrillic letter, as Mongolian
# names abbreviate the father's name ("Ts." of "Ts. Ganbaatar")
INITIAL_LETTER = r"(?:[A-ZÀ-ÖØ-ÞĆČĐŁŚŞŠŽİĞ]|Ts|Ch|Sh|Kh|Zh|Ya|Yu|Ye)"  # "Hakan Ö. Kılıçoğlu"
TITLE_ABBREVIATIONS = dict(line.split() for line in word_list("title_abbreviations"))


def written_out(words: Iterable[str]) -> set[str]:
    """Title words with abbreviations written out: "sen" is "senator"."""
    return {TITLE_ABBREVIATIONS.get(word, word) for word in words}


PAST_MARKERS = word_list("past_markers")
# Of those, the words of a title being left by a holder still in post ("outgoing")
LEAVING_MARKERS = frozenset({"outgoing", "departing", "retiring"})
FUNCTION_WORDS = word_list("function_words")
RANK_WORDS = word_list("rank_words")


# Offices whose plural stands before a list of their holders ("Justices A and B"; not
# "Kings Cross", "Queens Park Rangers")
LISTED_OFFICES = frozenset(
    "justice judge senator minister governor president representative commissioner "
    "professor general mayor councillor secretary director".split()
)


def is_plural_title(word: str) -> bool:
    """ "justices", "senators": a title word's plural, written before the first of the names
    it titles."""
    return word.endswith("s") and word[:-1] in LISTED_OFFICES
