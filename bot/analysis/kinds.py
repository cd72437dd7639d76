"""Typing pass: what a candidate names (PER, ORG, one word decided later, a name-like
phrase with no evidence yet, or nothing), by two tables of named rules: TYPING for every
candidate and LONE_WORD_TYPING for a lone word that no full name in the article explains."""

import itertools
import re

from bot.analysis.credits import FILED_FROM
from bot.analysis.document import Candidate, Token, ends_with, read_once
from bot.analysis.lexicon import (
    ABBREVIATIONS,
    BODY_ADJECTIVES,
    BODY_FIELDS,
    BODY_HEADS,
    CLUB_WORDS,
    COMMON_WORDS,
    COMPASS_WORDS,
    DEMONYMS,
    FUNCTION_WORDS,
    GROUP_MEMBER_NOUNS,
    INDUSTRY_HEADS,
    LOWER_RANKS,
    MEMBER_NOUNS,
    MONTHS,
    ORG_HEADS,
    PLACE_HEADS,
    PLACE_PREFIXES,
    PLACE_PREPOSITIONS,
    RANK_WORDS,
    RELATION_NOUNS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    SPOKEN_TO,
    SQUAD_NOUNS,
    SURNAME_ENDINGS,
    TITLE_WORDS,
    WEEKDAYS,
    WORKPLACE_WORDS,
    is_legal_form,
    word_list,
)
from bot.analysis.names import (
    is_given_name,
    is_surname,
    is_vietnamese_given_name,
    is_vietnamese_middle_name,
)
from bot.analysis.places import is_place, is_region
from bot.analysis.roles import (
    HEADQUARTERED,
    LISTED_ITEM,
    SHARED_ROLES,
    STAFF_OR_SQUAD_NOUNS,
    described_as_organisation,
    lowercase_title,
    owner_before_a_title,
    role_head,
    role_set_off_before,
    stated_role,
)
from bot.analysis.rules import Rule, RuleTable, always
from bot.analysis.shapes import (
    ACRONYM,
    ACRONYM_IN_BRACKETS,
    ARABIC_ARTICLES,
    BANK_NAME,
    FIELD_WORD_ENDING,
    HONORIFICS,
    INITIAL,
    JOINED_INITIAL_NAME,
    LOWER_CASE_PATRONYMICS,
    PERSON_PARTICLES,
    ROYAL_VENUES,
    SAINTS_OF_PLACES,
    abstract_noun,
    is_demonym,
    is_org,
    is_person_name,
    is_suffix,
    letters_in_order,
    looks_like_full_name,
    national_body,
    portfolio_word,
    royal,
)
from bot.analysis.tenure import LEFT_AFTER, POST_LEFT_BY, STEPPED_IN_AFTER
from bot.analysis.titles import PATRONYMICS, is_office_word

QUOTE_MARKS = frozenset("\"“‘'")

# --- typing: what a candidate names -------------------------------------------------------
# Each condition reads one candidate; a rule is tried only when the rules above it did not
# apply, so a condition may take the earlier ones as settled (a rule below "one word" sees
# phrases of two words or more).


def only_legal_forms(candidate: Candidate) -> bool:
    """ "Co Inc" left of a firm's name cut by a comma (not "(TBK)" after "Tea Board of
    Kenya": letters in capitals in brackets after a name are its acronym)."""
    word = candidate.tokens[0].text
    bracketed = candidate.before.rstrip().endswith("(") and candidate.after.lstrip()[:1] == ")"
    if len(candidate.tokens) == 1 and bracketed and word.isupper() and len(word) >= 3:
        return False
    return all(is_legal_form(token.text) for token in candidate.tokens)


def coined_firm(candidate: Candidate) -> bool:
    """A person's name with a legal form, in quotation marks: "Bill Clinton Inc." is a label
    for a person's dealings, not a firm; a legal form alone makes no organisation."""
    if candidate.before.rstrip()[-1:] not in QUOTE_MARKS:
        return False
    words = [token.text for token in candidate.tokens]
    stem = list(itertools.takewhile(lambda w: not is_legal_form(w), words))
    return 2 <= len(stem) < len(words) and is_given_name(stem[0])


# Seats of government named for what they house ("State House", "Labour House",
# "Government House"), and the words that place something at one; not a legislature's
# chamber ("the Kentucky House") nor the "White House", an actor in the news
BUILDING_HEADS = frozenset({"house", "palace"})
BUILDING_OPENERS = frozenset({"government", "state", "labour", "labor", "parliament", "city"})
PLACED_AT = re.compile(
    r"\b(?:at|to|outside|inside|in|near|into|towards|from)\s+(?:the\s+)?$", re.IGNORECASE
)


def a_building_as_a_place(candidate: Candidate) -> bool:
    """ "marched to Labour House", "talks at Government House", "outside State House": a
    seat of government where something happens is a place (not where one works: "an
    official at State House said")."""
    return (
        len(candidate.tokens) == 2
        and candidate.tokens[0].text.casefold() in BUILDING_OPENERS
        and candidate.tokens[-1].text.casefold() in BUILDING_HEADS
        and ends_with(PLACED_AT, candidate.before) is not None
        and not workplace(candidate)
    )


def organisation_shaped(candidate: Candidate) -> bool:
    """A head word ("Ministry", "Bank"), "&", a legal form inside, "X of Y" after a head
    word, an acronym in brackets after it, or named inside a person's title ("Apple CEO");
    not a name after an office with only its party in brackets ("Minister of Economy and
    Industry Jaanus Mõttus (Reform)")."""
    if candidate.employer:
        return True
    if not is_org(candidate.tokens, candidate.after):
        return False
    return not (candidate.title and not is_org(candidate.tokens, ""))


def surname_with_a_role(candidate: Candidate) -> bool:
    """ "said Delroy Chambers, general secretary of the JCTU": two words ending in a surname
    that is also a body's head word ("Chambers", "Banks"), with a person's role set off
    after them."""
    tokens = candidate.tokens
    if len(tokens) != 2 or not candidate.after.lstrip().startswith(","):
        return False  # most candidates: no role set off after them
    first = tokens[0].text
    placed = is_place(first) or is_place(candidate.name) or is_region(candidate.name)
    return (
        is_surname(tokens[1].text)
        and not (placed or is_demonym(first) or first.casefold() in ORG_HEADS)
        and role_set_off_beside(candidate)
    )


def double_surname_with_a_role(candidate: Candidate) -> bool:
    """ "Consuelo Ruiz-Tagle Edwards, an economist at the University of Chile": a given name
    the lists know, then surnames one of which is hyphenated, with a person's role set off
    after them (alone, a hyphenated word inside a name is more often "Anti-Trump")."""
    tokens = candidate.tokens
    if not 2 <= len(tokens) <= 3 or not candidate.after.lstrip().startswith(","):
        return False
    words = [token.text for token in tokens]
    return (
        is_given_name(words[0])
        and any("-" in word for word in words[1:])
        and all(word[:1].isupper() for word in words)
        and not any(
            is_place(part) or is_region(part) or is_demonym(part) or part.casefold() in ORG_HEADS
            for word in words
            for part in word.split("-")
        )
        and role_set_off_beside(candidate)
    )


# "Phiri's former post of deputy governor ... is now held by", "He was succeeded by"
OFFICE_NOW_HELD_BY = re.compile(
    r"\b(?:(?:post|position|job|seat|office|role|portfolio)\b[^.;]{0,100}?\b(?:is|was)\s+now"
    r"\s+held|(?:was|has\s+been|will\s+be|is\s+to\s+be)\s+succeeded)\s+by\s+$"
)


# "X was appointed to head EDC", "X was sworn in"; "replacing X", "succeeding X"
APPOINTED_AFTER = re.compile(
    r"^,?\s+(?:was|has\s+been|had\s+been|will\s+be|is\s+to\s+be)\s+"
    r"(?:sworn\s+in|appointed\s+to\s+(?:head|lead|chair|run)\b)"
)
FOLLOWED_BEFORE = re.compile(
    r"\b(?:replac(?:e|ing|ed|es)|succeed(?:ing|ed|s)?|t(?:ook|akes?)\s+over\s+from|in\s+place\s+of"
    r"|vacated\s+by)\s+$"
)
WORD_BEFORE_NAME = re.compile(r"\b[A-Za-z]+\b")
# the one an office holder followed, in a "who" clause after them (not "the authority
# replaced Veolia Environnement as the port operator")
WHO_TOOK_OVER_FROM = re.compile(
    r",\s+who\s+(?:had\s+)?(?:replaced|succeeded|took\s+over\s+from)\s+$"
)
# the office someone followed another in, named after them: "replaced X as chairman of ..."
# ("who succeeded Tjekero Kavari as minister in March": the office alone, then when)
AS_AN_OFFICE = re.compile(
    r"^\s+as\s+(?:the\s+)?((?:[\w-]+\s+){0,3}?[\w-]+)"
    r"(?:\s+(?:of|at|for|in|on|last|this|earlier)\b|\s*[,.;]|\s*$)"
)
AT_THE_HEAD = re.compile(r"^\s+(?:at\s+the\s+(?:head|helm)|as\s+head)\s+of\b")


# A ship's prefix: "MV Tui Lautoka", "HMS Victory", "USS Gerald R. Ford"
VESSEL_PREFIXES = frozenset(
    {"MV", "MT", "SS", "RMS", "HMS", "USS", "HMAS", "INS", "FV"}
)  # not "MS": "MS. CLINTON"


def names_a_vessel(candidate: Candidate) -> bool:
    first = candidate.title[0].text if candidate.title else candidate.tokens[0].text
    return first in VESSEL_PREFIXES


def in_an_office_change(candidate: Candidate) -> bool:
    """ "Keo Rithisak was appointed to head EDC in August, replacing Touch Samnang": the one
    appointed, and the one whose office they take, are people (not "replacing Thames Water",
    "Cathay Pacific", "Leicester City": an everyday word, a place or a region in the name)."""
    tokens = candidate.tokens
    if candidate.title or len(tokens) < 2:
        return False
    last = tokens[-1].text.casefold()
    # ("who replaced Brent Liverpool in the post": a given name before a place's is a name)
    given_first = is_given_name(tokens[0].text) and not is_region(tokens[0].text)
    named = not (
        last in COMMON_WORDS
        or last in candidate.lower_vocabulary
        or (any(is_place(t.text) or is_region(t.text) for t in tokens) and not given_first)
    )
    # (one followed in an office: the sentence says so, "appointed ..., replacing X", "who
    # replaced X as chairman of"; not "signed with Veolia, replacing Thames Water as the
    # supplier")
    office = AS_AN_OFFICE.match(candidate.after)
    followed = ends_with(FOLLOWED_BEFORE, candidate.before) is not None and (
        OFFICE_CHANGE_CUE.search(candidate.before) is not None
        # "who replaced Hissein Brahim Taha at the head of the agency"
        or AT_THE_HEAD.match(candidate.after) is not None
        or (office is not None and any(is_office_word(w) for w in office.group(1).split()))
        # "Governor of the National Bank of Ethiopia (NBE), Yonas Gebremedhin, who took over
        # from Fikru Asfaw", "The managing director of NDRC, ..., who replaced Olumide
        # Fashakin": the one taking over holds an office
        or (
            ends_with(WHO_TOOK_OVER_FROM, candidate.before) is not None
            # (any title: "QFZA CEO Ali Rashid Al Marri, who succeeded Hamad Jassim Al Kuwari")
            and any(
                is_office_word(word) or word.casefold() in TITLE_WORDS
                for word in WORD_BEFORE_NAME.findall(candidate.before)
            )
        )
    )
    # "since she replaced Ranjith Abeysekera in May": a person followed by one called "she"
    followed = followed or ends_with(PRONOUN_FOLLOWED, candidate.before) is not None
    # "who took over as president of the BGMEA from Nasrin Akter Mitu": an office between
    over_as = ends_with(TOOK_OVER_AS_FROM, candidate.before)
    followed = followed or bool(
        over_as and any(is_office_word(word) for word in over_as.group("office").split())
    )
    # "Sokol Berisha, who had led the corporation since 2019, handed over to Anila Prifti"
    followed = followed or (
        len(candidate.tokens) > 1 and ends_with(HANDED_OVER_BEFORE, candidate.before) is not None
    )
    # "X stepped into the role after Y resigned", "X ... inherits the portfolio from Y": both
    # people, the one who left named in full ("Plaid Cymru inherited the seat from Labour",
    # "... stepped into the role after Elon Musk fired his predecessor": no succession)
    stepped_in = ends_with(STEPPED_IN_BEFORE, candidate.before) and LEFT_AFTER.match(
        candidate.after
    )
    followed = followed or bool(ends_with(POST_TAKEN_FROM, candidate.before) or stepped_in)
    took_the_post = POST_TAKEN_AFTER.match(candidate.after) is not None
    return named and (
        APPOINTED_AFTER.match(candidate.after) is not None
        or followed
        or took_the_post
        or appointed_as_a_head(candidate, office)
    )


# Offices only a person holds: "appointed X as Chairman of the Board" (not "appointed Lazard
# as adviser", "named Deloitte as auditor")
HEADS_ONLY_PEOPLE_ARE = frozenset(
    "chairman chairwoman chairperson chair president governor director minister secretary ceo "
    "chief head commissioner".split()
)
APPOINTED_BEFORE = re.compile(r"\b(?:appointed|named|elected|promoted|nominated)\s+$")


def appointed_as_a_head(candidate: Candidate, office: re.Match[str] | None) -> bool:
    """ "... on Wednesday appointed Tserendorj Enkhbold as Chairman of the Board of
    Directors": one appointed to a head's office, written as a title, is a person (not
    "appointed Standard Chartered as chair of the creditors' committee": a firm may chair)."""
    words = office.group(1).split() if office else []
    return (
        any(word[:1].isupper() and word.casefold() in HEADS_ONLY_PEOPLE_ARE for word in words)
        and ends_with(APPOINTED_BEFORE, candidate.before) is not None
    )


POST_TAKEN_FROM = re.compile(r"\b" + POST_LEFT_BY + r"\s+$")
STEPPED_IN_BEFORE = re.compile(r"\b" + STEPPED_IN_AFTER + r"\s+$")
# (the one who took it, right after the name or after its aside, from one named in full)
FULL_NAME_NEXT = r"\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)+"
POST_TAKEN_AFTER = re.compile(
    r"^(?:,[^,;.\"“”]{1,100},)?\s+(?:"
    + POST_LEFT_BY
    + FULL_NAME_NEXT
    + "|"
    + STEPPED_IN_AFTER
    + FULL_NAME_NEXT
    + r"\s+(?:resigned|retired|quit|died|stepped\s+down|(?:had\s+)?(?:left|vacated)"
    + r"|was\s+(?:fired|dismissed|sacked|removed))\b"
    # "X will replace Abdulrahman Al Sada as Undersecretary": announced, an office named
    + r"|(?:will|is\s+(?:set\s+)?to)\s+(?:replace|succeed)"
    + FULL_NAME_NEXT
    + r"\s+as\s+(?:the\s+)?[A-Za-z])"
)


PRONOUN_FOLLOWED = re.compile(
    r"\b(?:he|she)\s+(?:had\s+|has\s+)?(?:replaced|succeeded|took\s+over\s+from)\s+$"
    # "who took over the mines portfolio from X": an office taken from a person
    r"|\b(?:who|he|she)\s+(?:took|takes)\s+over\s+(?:the|his|her)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:portfolio|ministry|post|job|office|presidency|chairmanship|leadership)\s+from\s+$"
)
TOOK_OVER_AS_FROM = re.compile(
    r"\b(?:who|he|she)\s+(?:had\s+)?(?:took|takes|taken)\s+over\s+as\s+"
    r"(?P<office>[^;.]{1,100}?)\s+from\s+$"
)
HANDED_OVER_BEFORE = re.compile(
    r"\b(?:led|headed|chaired|ran)\b[^.;]{0,60}\bhanded\s+over\s+to\s+$"
)
OFFICE_CHANGE_CUE = re.compile(
    r"\b(?:appointed|named|elected|sworn\s+in|became|promoted|nominated|took\s+office)\b"
)


def holds_anothers_office(candidate: Candidate) -> bool:
    """ "... former post of deputy governor at the central bank is now held by Chikondi
    Mhango": the one who follows someone in an office."""
    return ends_with(OFFICE_NOW_HELD_BY, candidate.before) is not None


_MEDIUM = r"(?:newspaper|daily|weekly|paper|magazine|journal)"
MEDIUM_BEFORE = re.compile(rf"\b{_MEDIUM}\s+$", re.I)
MEDIUM_AFTER = re.compile(rf"^\s+{_MEDIUM}\b", re.I)
STREET_OPENERS = frozenset({"avenida", "calle", "rua", "rue", "jalan", "jln", "boulevard"})
# Streets' last words that are surnames too ("Shenton Way", "Memory Lane", "Anna Salai"): a
# street only where the words before place it ("on", "along", "off" or a place's preposition)
STREET_ENDINGS = frozenset({"way", "lane", "drive", "crescent", "terrace", "salai", "marg"})
STREET_PREPOSITIONS = PLACE_PREPOSITIONS | {"on", "along", "off"}


# What stands before and after a day's name: "on Victory Day", "Victory Day celebrations"
DAY_BEFORE = re.compile(
    r"\b(?:on|before|after|during|since|until|ahead of|marking|mark|marks|celebrate|"
    r"celebrated|celebrating|observe|observed|this year's|last year's)\s+$",
    re.IGNORECASE,
)
DAY_AFTER = re.compile(
    r"^\s+(?:celebrations?|parades?|holidays?|weekend|ceremon(?:y|ies)|festivities|rall(?:y|ies)|"
    r"marches|events?|commemorations?|messages?|speech(?:es)?|falls|fell|"
    r"(?:is|was)\s+(?:marked|celebrated|observed))\b"
)


COMPASS_POINTS = frozenset({"north", "south", "east", "west", "northern", "southern"})


def place_phrase(candidate: Candidate) -> bool:
    """ "New York", "Gulf Coast", "West Germany", "Royal Dutch": a place or a people, not an
    actor (a lone word may still be a known person's surname: "Warren")."""
    tokens = candidate.tokens
    if len(tokens) < 2:
        return False
    # "North West", "South East": a region named by compass points alone (after a title too:
    # "MP for Mzimba South West")
    if all(token.text.casefold() in COMPASS_POINTS for token in tokens):
        return True
    if candidate.title:
        return False
    last = tokens[-1].text.casefold()
    regional = (
        len(tokens) == 2
        and tokens[0].text.casefold() in PLACE_PREFIXES
        and (is_place(tokens[1].text) or is_demonym(tokens[1].text))
    )
    # "North Al Batinah", "South Al Sharqiyah": an Arabic region by its compass point
    regional = regional or (
        len(tokens) == 3
        and tokens[0].text.casefold() in COMPASS_POINTS
        and tokens[1].text in ARABIC_ARTICLES
    )
    # "Ras Al Khair", "Ras Al Khaimah": a cape's name, "Ras" and an Arabic article (not "Ras
    # Baraka")
    regional = regional or (
        len(tokens) > 2 and tokens[0].text == "Ras" and tokens[1].text in ARABIC_ARTICLES
    )
    # "Avenida de Mayo", "Jalan Tun Razak": a street by its first word
    street = tokens[0].text.casefold() in STREET_OPENERS
    # "on Shenton Way", "along Anna Salai": a street by its last word and where it stands
    street = street or (
        last in STREET_ENDINGS and after_place_preposition(candidate, STREET_PREPOSITIONS)
    )
    # "King Salman Park", "Queen Elizabeth Park": a place named for a monarch
    street = street or (len(tokens) > 2 and royal(tokens[0]) and tokens[-1].text in ROYAL_VENUES)
    # "in San Fernando del Valle de Catamarca", "to São José dos Campos": a saint's town
    street = street or (tokens[0].text in SAINTS_OF_PLACES and after_place_preposition(candidate))
    # "Republic Day", "Fiji Day": a holiday (not "Doris Day")
    holiday = (
        last == "day"
        # ("May Day": a month's name, though a given name too; "on Victory Day", "Victory Day
        # parades": a given name too, but a day's by the words around it)
        and (
            not is_given_name(tokens[0].text)
            or tokens[0].text.casefold() in MONTHS
            or ends_with(DAY_BEFORE, candidate.before) is not None
            or DAY_AFTER.match(candidate.after) is not None
        )
        # (not "the newspaper Business Day", "the Business Day newspaper")
        and not (MEDIUM_BEFORE.search(candidate.before) or MEDIUM_AFTER.match(candidate.after))
    )
    return (
        is_place(candidate.name)
        or last in PLACE_HEADS
        or street
        or holiday
        or regional
        or last in DEMONYMS
        or PLACE_NOUN_AFTER.match(candidate.after) is not None
        or listed_with_a_place(candidate)
    )


# "in Gioia Tauro and Piraeus": another place listed after it
PLACE_LISTED_AFTER = re.compile(r"^\s+(?:and|or)\s+([A-Z][\w'’-]+)\b")


def listed_with_a_place(candidate: Candidate) -> bool:
    """A name after a place's preposition, listed before a known place: "rival hubs in Gioia
    Tauro and Piraeus"."""
    after = PLACE_LISTED_AFTER.match(candidate.after)
    return bool(after and is_place(after.group(1)) and after_place_preposition(candidate))


def work_named(candidate: Candidate) -> bool:
    """ "through the Cruz del Sur pipeline": a work named, though its words are a name's; or
    a weather's ("the El Nino weather pattern")."""
    after = candidate.after
    named = INFRASTRUCTURE_AFTER.match(after) or PHENOMENON_AFTER.match(after)
    return named is not None and follows_determiner(candidate)


# (not "the Donald Trump effect", "the Joe Biden climate plan": a person's)
PHENOMENON_AFTER = re.compile(r"\s+(?:weather|phenomenon|phenomena)\b")


INFRASTRUCTURE_AFTER = re.compile(
    r"\s+(?:pipelines?|dams?|mines?|oilfields?|gasfields?|refinery|refineries|plants?|bridges?"
    r"|highways?|expressways?|motorways?|ports?|terminals?|corridors?|reservoirs?|canals?"
    r"|tunnels?|railways?|power\s+stations?|projects?)\b"
)


# "Matabeleland South provinces", "Kandal province": a place named before what it is
PLACE_NOUN_AFTER = re.compile(
    r"\s+(?:provinces?|districts?|regions?|count(?:y|ies)|prefectures?|municipalit(?:y|ies)"
    r"|villages?|townships?|constituenc(?:y|ies))\b"
)


# A party's or firm's acronym with its branch's letters: "PML-N", "ZANU-PF", "CPN-UML", "AFL-CIO"
HYPHENATED_ACRONYM = re.compile(r"([A-Z][A-Z&]{1,6})-([A-Z]{1,4})")


def lone_acronym(candidate: Candidate) -> bool:
    if len(candidate.tokens) != 1:
        return False
    hyphenated = HYPHENATED_ACRONYM.fullmatch(candidate.name)
    if hyphenated:
        return not any(map(is_place, hyphenated.groups()))  # not "UK-EU" (talks)
    return ACRONYM.fullmatch(candidate.name) is not None


# "nickel pig iron (NPI)", "liquefied natural gas (LNG)": the words an acronym spells
LOWER_WORDS_IN_BRACKET = re.compile(r"((?:\b[a-z][a-z-]*\s+){2,8})\(\s*$")
SMALL_WORDS_OF_A_TERM = frozenset({"of", "and", "per", "the", "for", "in", "on"})


def spells_a_term(candidate: Candidate) -> bool:
    """An acronym the article spells out in lower case ("nickel pig iron (NPI)") names a
    thing, not an organisation, at every use."""
    if len(candidate.tokens) != 1 or not candidate.before.endswith("("):
        return False
    spelled = LOWER_WORDS_IN_BRACKET.search(candidate.before[-80:])
    if not spelled:
        return False
    # (the words of a compound each give a letter, the small ones sometimes too:
    # "cost-of-living adjustment (COLA)")
    words = re.split(r"[\s-]+", spelled.group(1).strip())
    content = [word for word in words if word not in SMALL_WORDS_OF_A_TERM]
    acronym = candidate.name.casefold()
    return any(
        "".join(word[0] for word in spelling[-len(acronym) :]) == acronym
        for spelling in (content, words)
    )


LONG_ACRONYM = re.compile(r"[A-Z]{8,10}")


def long_acronym(candidate: Candidate) -> bool:
    """ "SENARECOM", "FEDECOMIN": longer than an acronym usually is, so a word in capitals
    that is one only when the article spells it out in brackets (decided with the article's
    other lone words); else a word set in capitals ("WASHINGTON", "CORRECTION")."""
    return len(candidate.tokens) == 1 and LONG_ACRONYM.fullmatch(candidate.name) is not None


def lone_letter(candidate: Candidate) -> bool:
    """An initial or a letter ("Class B")."""
    return len(candidate.tokens) == 1 and len(candidate.tokens[0].text) == 1


# Words that end a body's or a place's name ("the State Government", "the ... Health
# District"): no one's surname after a title, unless a surname too ("Senator Church").
BODY_OR_PLACE_HEADS = ORG_HEADS | PLACE_HEADS | frozenset({"government"})


OFFICE_ADDRESSES = frozenset(
    {"hon", "honourable", "honorable"}
)  # honorifics that also address an office


MEMBER_OF_A_LEGISLATURE = re.compile(
    r"^\s+of\s+(?:the\s+)?(?:[A-Z]\w+\s+)?(?:Parliament|Assembly)\b"
)


def constituency_member(candidate: Candidate) -> bool:
    """ "Boteti West Member of Parliament, Sethunya Ramorwa": a constituency and "Member", the
    title before its holder's name."""
    return (
        len(candidate.tokens) > 1
        and candidate.tokens[-1].text == "Member"
        and MEMBER_OF_A_LEGISLATURE.match(candidate.after) is not None
    )


def title_before_a_word_no_name(candidate: Candidate) -> bool:
    """ "General Agreement", "Captain America", "State Government": a title before an
    everyday word, another title word, a body's or a place's last word, a country, or after
    the title's own preposition; but "Mr. King" is a surname that is also a title word."""
    if len(candidate.tokens) != 1 or not candidate.title:
        return False
    written = candidate.tokens[0].text
    word = written.casefold()
    # "Mr. King" is a surname; "Hon. Speaker" addresses an office
    honorific = candidate.title[-1].text.casefold().rstrip(".")
    courtesy = honorific in HONORIFICS and honorific not in OFFICE_ADDRESSES
    plain = word in candidate.lower_vocabulary or (word in TITLE_WORDS and not courtesy)
    body = word in BODY_OR_PLACE_HEADS and not is_surname(written)
    # "the Executive Yuan": a rank word alone after "the" opens a body's name, not a title
    rank_alone = len(candidate.title) == 1 and honorific in RANK_WORDS
    after_the = candidate.before.rstrip()[-4:].casefold() in {" the", "the"}
    of_a_body = rank_alone and after_the
    # "Member of Parliament for Kengkhar-Weringla": a title ending in its preposition names
    # its constituency or field next, no one
    constituency = candidate.title[-1].text in {"for", "of"}
    # "The Commissioner Multan, Dr Saima Akhtar, met ...": the office's place, its holder
    # named after it
    placed = after_the and holder_set_off_after(candidate.after)
    # "Al Mandhari, Under-Secretary for Fisheries Wealth at the ministry,": a role set off
    # after a name, whose field goes on in a word no name list knows
    field_goes_on = (
        candidate.before.rstrip().endswith(",")
        and any(t.text in {"for", "of"} for t in candidate.title)
        and not (is_surname(written) or is_given_name(written))
    )
    return (
        plain or body or of_a_body or constituency or placed or field_goes_on or is_region(written)
    )


HOLDER_SET_OFF_AFTER = re.compile(
    r"^\s*,\s+(?:(?P<honorific>[A-Z][a-z]{1,3})\.?\s+)?(?P<first>[A-Z][\w'’-]+)"
    r"(?:\s+[A-Z][\w'’-]+)+\s*,"
)


def holder_set_off_after(after: str) -> bool:
    """ ", Dr Saima Akhtar," after a name: a person set off, after an honorific at most (not
    a list's next titled person: "the Governor Makinde, Deputy Governor Bayo Lawal,")."""
    found = HOLDER_SET_OFF_AFTER.match(after)
    if found is None or found.group("first").casefold() in TITLE_WORDS:
        return False
    # (a short first word may be a name's: "Syed Musa Raza")
    word = (found.group("honorific") or "").casefold()
    return word in HONORIFICS or word not in TITLE_WORDS


def one_word(candidate: Candidate) -> bool:
    return len(candidate.tokens) == 1


def hyphenated_title(candidate: Candidate) -> bool:
    """ "the Under-Secretary said", "Secretary-General": an office's words joined, no name."""
    parts = candidate.name.casefold().split("-")
    return len(parts) > 1 and all(p in TITLE_WORDS or p in LOWER_RANKS for p in parts)


def titled_one_word(candidate: Candidate) -> bool:
    """ "Mr. King", "President Lee": a surname after a title."""
    return one_word(candidate) and bool(candidate.title)


# "Cabinet Secretary for Lands, Public Works, Housing and ...": the fields an office lists
FIELD_LISTED = re.compile(
    r"\b[A-Z][a-z]+\s+(?:for|of)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s*,"
    r"(?:\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s*,)*\s*$"
)


LIST_CONTINUES = re.compile(r"^\s*(?:,\s*|and\s+)[A-Z]")


# "Minister of Information and ...": the last field an office lists, after its "and"
LAST_FIELD = re.compile(
    r"\b[A-Z][a-z]+\s+(?:for|of)\s+(?:the\s+)?[A-Z][\w'’-]*(?:,?\s+[A-Z][\w'’-]*)*,?\s+and\s+$"
)


# ("Assistant Undersecretary for Petroleum, (Gas and Mineral Resources)": a field listed
# after the first one too)
OFFICE_FOR = re.compile(
    r"\b([A-Z][\w-]*)(?:\s+of\s+State)?\s+(?:for|of)\s+(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?,\s+)*$"
)


def all_fields(tokens: list[Token]) -> bool:
    """ "Petroleum and Natural Gas": a portfolio's words only."""
    return all(token.text == "and" or portfolio_word(token) for token in tokens)


def portfolio_of_an_office(candidate: Candidate) -> bool:
    """ "who served as Minister of State for Petroleum and Natural Gas": fields after an
    office and "for" or "of" are its portfolio, no body."""
    if not candidate.before.endswith(("for ", "of ", ", ")) or not all_fields(candidate.tokens):
        return False
    office = OFFICE_FOR.search(candidate.before[-60:])
    return office is not None and is_office_word(office.group(1))


def field_of_an_office_listed(candidate: Candidate) -> bool:
    """A field in the list after an office, with more of the list after it, or its last
    field ("Minister of Information and National Orientation, Mohammed Idris"); the name
    after the whole list ("…, Housing and Urban Development, Grace Rotich, said") is a name."""
    before = candidate.before.rstrip()
    # "..., Deputy Chief of Staff Jake Sullivan and ...": a name with its own office, or a
    # person's courtesy title ("Minister of Labour, Honourable Patricia Mhango, MP for ...")
    titled = any(
        is_office_word(token.text) or token.text.casefold().rstrip(".") in HONORIFICS
        for token in candidate.title
    )
    # (the patterns are searched only where the text before can end as they do)
    listed = before.endswith(",") and FIELD_LISTED.search(candidate.before)
    if listed and LIST_CONTINUES.match(candidate.after) is not None:
        return is_office_word(listed.group().split()[0]) and not titled
    last = LAST_FIELD.search(candidate.before) if before.endswith(" and") else None
    # "Minister of Finance and Ngozi Okonjo-Iweala", "... and Central Bank Governor X"
    # (not "Green Growth", a field whose first word is also a given name)
    last_field = candidate.tokens[-1].text.casefold() in BODY_FIELDS
    named = (is_given_name(candidate.tokens[0].text) and not last_field) or titled
    return last is not None and not named and is_office_word(last.group().split()[0])


# Words after a name that leave it a name ("told Thai PBS on Tuesday", "... that ...")
LINKING_WORDS = frozenset(
    {"on", "that", "said", "says", "reported", "and", "or", "of", "for", "to"}
)
SMALL_LINKING_WORDS = FUNCTION_WORDS | PLACE_PREPOSITIONS | LINKING_WORDS
ABBREVIATIONS_AND_TITLES = ABBREVIATIONS | TITLE_WORDS


def national_acronym(candidate: Candidate) -> bool:
    """ "Thai PBS", "Malaysian MCA": a people's word, then an acronym (not an everyday
    abbreviation or a title's: "British PM", "Kenyan MPs", "Japanese GDP")."""
    tokens = candidate.tokens
    if len(tokens) != 2 or not is_demonym(tokens[0].text):
        return False
    acronym = tokens[1].text
    plain = acronym.casefold()
    # a name, not a modifier: "told Thai PBS on Tuesday", not "Japanese CPI rose", "Indian
    # FDI inflows"
    following = NEXT_WORD.match(candidate.after)
    word = following.group(1) if following else ""
    if word.islower() and word not in SMALL_LINKING_WORDS:
        return False
    return (
        len(acronym) >= 2
        and acronym.isalpha()  # not "U.S. M-1"
        and acronym.isupper()
        and plain not in ABBREVIATIONS_AND_TITLES
    )


def described_as_an_organisation(candidate: Candidate) -> bool:
    """ "IG Metall, Germany's largest industrial union, said": a name opening with an
    acronym or a place, an organisation by what the appositive after it calls it (not a person's:
    "Rokeya Akter, a 27-year-old sewing operator at a knitwear factory")."""
    first = candidate.tokens[0].text
    # "Rijeka Gateway, a joint venture of ...": or opening with a place's name
    place_led = len(candidate.tokens) > 1 and is_place(first) and not is_given_name(first)
    # "Trakia Grid Storage, a Plovdiv-based developer,": a name ending in an everyday word,
    # then a business based somewhere
    business = BUSINESS_BASED_AFTER.match(candidate.after)
    based = (
        len(candidate.tokens) > 1
        and business is not None
        and not is_given_name(first)  # ("Peter Young, a Sydney-based tour operator": his)
        # (whatever the name's words, when only a company is what it is called: "Tokiwa
        # Seimitsu, a Saitama Prefecture-based maker of precision parts")
        and (
            candidate.tokens[-1].text.casefold() in candidate.lower_vocabulary
            or business.group("kind") in COMPANIES_ONLY
        )
    )
    return based or (
        candidate.after[:1] == ","
        and (ACRONYM.fullmatch(first) is not None or place_led)
        and described_as_organisation(candidate.after)
    )


BUSINESS_BASED_AFTER = re.compile(
    r"^,\s+an?\s+(?:[A-Z][\w.'’]*\s+){0,2}[A-Z][\w.'’-]*-based\s+(?:[a-z-]+\s+){0,2}?"
    r"(?P<kind>developer|maker|producer|operator|lender|miner|firm|company|group|manufacturer"
    r"|supplier|trader|exporter|importer|retailer|utility|insurer|bank|startup|start-up)\b"
)
# What only a business is called (not "developer", "trader" or "producer": people's trades too)
COMPANIES_ONLY = frozenset({"maker", "manufacturer", "firm", "company", "lender", "insurer"})


def introduced_business_words(candidate: Candidate) -> bool:
    """ "the terminal operator LNG Hrvatska", "state power utility HŽ Infrastruktura": a name of
    two or more words after a business's noun, whatever its words' shape (a lone word is
    typed by the lone words' rules)."""
    words = [token.text for token in candidate.tokens]
    # (not "regulator Indecopi and Mexico's ...": a list running into a place)
    listed = "and" in words or is_place(words[-1]) or is_region(words[-1])
    return len(words) > 1 and not listed and introduced_as_a_business(candidate)


WHO_SET_OFF_AFTER = re.compile(r"^,\s+who\b")
# Trades that are people's as often as businesses'
TRADE_BEFORE = re.compile(
    r"\b(?:exporter|importer|trader|designer|developer|miner|producer|supplier|distributor)\s+$"
)


AND_A_NAME_AFTER = re.compile(r"^\s+(?:and|&)\s+[A-Z]")
NOT_BODIES_BY_THEIR_LAST_WORD = frozenset({"way", "mall", "day", "cemetery", "park", "holiday"})


def bodys_adjective_inside(candidate: Candidate) -> bool:
    """ "Trump National Doral", "National Review", "National Guard": no one's name has the
    word of a nation's or a federation's bodies (not a piece of a longer name, "Endowment for
    International Peace", "(International Monetary) Fund", nor a title, "Republican National
    Committeeman", nor a work, "National Climate Assessment")."""
    tokens = candidate.tokens
    if len(tokens) < 2 or tokens[-1].text.casefold() in BODY_ADJECTIVES:
        return False
    last = tokens[-1].text.casefold()
    if last in ROLE_NOUNS or last in TITLE_WORDS or last.endswith("man") or abstract_noun(last):
        return False
    if last in PLACE_HEADS or last in NOT_BODIES_BY_THEIR_LAST_WORD:
        return False  # "Federal Way", "National Mall", "China's National Day"
    # (nor "National Transport" of "the National Transport and Logistics Strategy")
    piece = candidate.before.endswith(("for ", "of ", "(")) or AND_A_NAME_AFTER.match(
        candidate.after
    )
    return not piece and any(t.text.casefold() in BODY_ADJECTIVES for t in tokens)


def not_name_shaped(candidate: Candidate) -> bool:
    return not is_person_name(candidate.tokens) and not titled_two_part_given_name(candidate)


TITLE_WORDS_AND_HEAD = TITLE_WORDS | {"head"}


def titled_two_part_given_name(candidate: Candidate) -> bool:
    """ "Head of the ... Authority of Mongolia (MRPAM) Bat-Erdene Ganbold": a given name of two
    capitalised parts no list knows, then a surname, after an office or before a person's
    role (alone, such a pair is as often "Anti-Trump Republicans" or "High-Stakes Battle")."""
    tokens = candidate.tokens
    if len(tokens) != 2 or "-" not in tokens[0].text:
        return False
    titled = any(t.text.casefold().rstrip(".") in TITLE_WORDS_AND_HEAD for t in candidate.title)
    # ("Bat-Erdene Tumur, a member of the State Great Khural, said": a person's role after it)
    if not titled and not personal_role_after(candidate):
        return False
    parts = tokens[0].text.split("-")
    return len(parts) == 2 and all(
        part[:1].isupper() and not (is_place(part) or is_region(part) or is_demonym(part))
        for part in parts
    )


def place_of_work(candidate: Candidate) -> bool:
    return not candidate.title and workplace(candidate)


# "a member of the State Great Khural", "members of the Riigikogu": the body one belongs to
MEMBER_OF_THE = re.compile(r"\bmembers?\s+of\s+the\s+$")


def body_with_members(candidate: Candidate) -> bool:
    """A phrase after "member of the" names a body, whatever the article writes in lower case
    (not after "member of" alone: "a member of Congress Nancy Pelosi" is hers; nor a name
    before the body's own word: "a member of the Kamala Harris campaign")."""
    if candidate.title or NEXT_LOWER_WORD.match(candidate.after):
        return False
    return ends_with(MEMBER_OF_THE, candidate.before) is not None and not looks_like_full_name(
        candidate.tokens
    )


def ends_in_an_everyday_word(candidate: Candidate) -> bool:
    """ "the 1994 Tequila Crisis": a phrase without a title whose last word the article also
    writes in lower case ("crisis") and which is no known surname names no person."""
    last = candidate.tokens[-1].text
    return (
        not candidate.title
        and len(candidate.tokens) > 1
        and last.casefold() in candidate.lower_vocabulary
        and not is_surname(last)
        and last not in LOWER_CASE_PATRONYMICS  # "Nurlanbek Sadyr uulu"
    )


_RESULT_VERBS = (
    r"(?:beat|beats|defeated|defeats|edged|edges|thrashed|thrashes|routed|routs|drew with"
    r"|draws with|lost to|loses to|fell to|falls to)"
)
_SCORED_VERBS = r"(?:drew|draws|lost|loses|won|wins)"
# "2-1", not sets "6-4, 6-3" nor a poll's "54-43 lead"
_SCORE = r"\(?\d{1,2}-\d{1,2}\)?(?![\d-]|,?\s+\d{1,2}-\d|\s+(?:lead|margin|majority|percent|%))"
# the opponent's words hold no score ("beat Alcaraz 6-4 6-3": sets, a player)
RESULT_AFTER = re.compile(
    rf"^\s+(?:{_RESULT_VERBS}\s+(?:(?!\d)[\w'’.-]+\s+){{1,6}}?{_SCORE}|{_SCORED_VERBS}\s+{_SCORE})"
)
RESULT_BEFORE = re.compile(rf"\b{_RESULT_VERBS}\s+$")
# the score before the other side: "drew 1-1 with Golden Arrows", "won 2-0 away at Polokwane City"
SCORE_BEFORE = re.compile(
    rf"\b{_SCORED_VERBS}\s+{_SCORE}\s+(?:away\s+)?(?:with|to|at|against|over)\s+$"
)
SCORE_REACH = 120  # characters after a name where "beat Estudiantes de La Plata 2-1" ends
SCORE_AFTER = re.compile(rf"^\s+{_SCORE}")


def side_in_a_score(candidate: Candidate) -> bool:
    """ "Vélez Sarsfield beat Estudiantes de La Plata 2-1": the sides of a match, clubs (not
    a player known by a given name: "Rafael Nadal beat Casper Ruud 6-4, 6-3")."""
    if "-" not in candidate.after[:SCORE_REACH] and "-" not in candidate.before[-30:]:
        return False  # no score near (the common case, decided without a search)
    winner = RESULT_AFTER.match(candidate.after) is not None
    loser = ends_with(RESULT_BEFORE, candidate.before) and SCORE_AFTER.match(candidate.after)
    loser = loser or ends_with(SCORE_BEFORE, candidate.before)
    return bool(winner or loser) and not (
        looks_like_full_name(candidate.tokens) and not plural_nickname(candidate.tokens[-1].text)
    )


def plural_nickname(word: str) -> bool:
    """ "Pirates" of "Orlando Pirates", "Rangers", "Arrows": a club's plural nickname, which
    a surname seldom is ("Williams", "Adams" are)."""
    return word.endswith("s") and not word.endswith("ss") and not is_surname(word)


def club_or_acronym_led(candidate: Candidate) -> bool:
    """ "Ashcombe United", "CD Montesol": a sports club by a word of its kind at either end;
    "NHS England", "BBVA Research": a phrase led by an acronym of three letters or more
    (two-letter capitals may be a person's initials: "AJ Styles")."""
    tokens = candidate.tokens
    if len(tokens) < 2 or candidate.title or is_place(candidate.name):
        return False
    first, last = tokens[0].text, tokens[-1].text
    if last.casefold() in CLUB_WORDS or (first.isupper() and first.casefold() in CLUB_WORDS):
        return True
    # not an acronym before an everyday word of the article ("a NASA T-shirt"), unless the
    # phrase speaks ("NSW Health said in a statement")
    everyday = last.casefold() in candidate.lower_vocabulary or "-" in last
    led = len(first) >= 3 and lone_acronym_word(first)
    # ("SMRT Trains president Ong Kah Seng said": its officer named after it)
    named = not everyday or speaks(candidate) or officer_named_after(candidate)
    return (led and named) or ended_by_an_acronym(candidate)


# "... president Ong Kah Seng": a title in lower case, then a name
OFFICER_AFTER = re.compile(r"\s+(?:[a-z-]+\s+){0,2}([a-z-]+)\s+[A-Z]")


# Offices a body's own officers hold, written small between its name and theirs
OFFICER_HEADS = frozenset(
    "executive president chairman chairwoman chairperson chair secretary director "
    "spokesman spokeswoman spokesperson founder economist strategist analyst treasurer".split()
)
# A lower-case title of up to three words, then a capitalised name
OFFICER_TITLE_AFTER = re.compile(r"\s+((?:[a-z][\w-]*\s+){1,3})(?=[A-Z][a-z])")


def officer_titled_after(candidate: Candidate) -> bool:
    """Whether an officer's lower-case title and a capitalised name follow the candidate:
    " chief executive Jensen Huang", " secretary-general Kuo Shu-fen"."""
    found = OFFICER_TITLE_AFTER.match(candidate.after)
    if found is None:
        return False
    stretch = found.group(1).strip()
    last_parts = set(stretch.split()[-1].split("-"))  # "secretary-general"
    return lowercase_title(stretch + " ") == stretch and (
        role_head(stretch.split())[1] in OFFICER_HEADS or bool(last_parts & OFFICER_HEADS)
    )


def body_before_its_officer(candidate: Candidate) -> bool:
    """ "Taiwan Labour Front secretary-general Kuo Shu-fen": a phrase of capitalised words
    before an officer's lower-case title and name is the body they serve; not a place ("Hong
    Kong chief executive John Lee") nor a person's name ("Donald Trump campaign chairman")."""
    first = candidate.tokens[0].text
    return (
        len(candidate.tokens) > 1
        and not candidate.tokens[-1].possessive  # ("Planned Parenthood's president X")
        and officer_titled_after(candidate)
        and not (is_place(candidate.name) or is_region(candidate.name) or is_given_name(first))
    )


# A party's members in a legislature, after its name: "Fine Gael backbenchers", "Labour MPs",
# "Fianna Fáil and Fine Gael TDs" (one of two parties listed)
PARTY_MEMBERS_AFTER = re.compile(
    r"^(?:\s+and(?:\s+[A-Z][\w'’-]*){1,3})?\s+(?:backbenchers|lawmakers|legislators|MPs|TDs"
    r"|MEPs|MLAs|councillors|senators|deputies)\b"
)


def party_before_its_members(candidate: Candidate) -> bool:
    """ "Fianna Fáil and Fine Gael backbenchers held the line": names of two words or more
    before a legislature's members are their parties' (not a person's, nor a place's: "New
    Mexico senators"; one word is often a people's: "Catalan and Basque lawmakers")."""
    first = candidate.tokens[0].text
    return (
        PARTY_MEMBERS_AFTER.match(candidate.after) is not None
        and not candidate.tokens[-1].possessive
        and not (is_place(candidate.name) or is_region(candidate.name) or is_demonym(first))
        and not looks_like_full_name(candidate.tokens)
    )


# A list of capitalised names joined by "and", "or", "to" or commas, read from its end:
# "Bắc Ninh and Hải Phòng to Huế and "
PHRASE = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*"
LISTED_BEFORE = re.compile(r"((?:" + PHRASE + r"\s*(?:,|\band\b|\bor\b|\bto\b)\s*)+)$")
LISTED_AFTER = re.compile(r"^\s+(?:and|or|to)\s+((?:" + PHRASE + r"(?:\s*(?:,|and|or|to)\s+)?)+)")
LIST_JOINERS = re.compile(r"\s*(?:,|\band\b|\bor\b|\bto\b)\s*")


def listed_with_places(candidate: Candidate) -> bool:
    """ "from Bắc Ninh and Hải Phòng to Huế and Đồng Nai": a name joined by "and", "or" or
    "to" to a list after a place's preposition that holds known places (not by a comma alone:
    "In Kenya, Ruto said") is a place too."""
    before = candidate.before[-120:]
    joined_before = re.search(r"(?:\band|\bor|\bto)\s+$", before) is not None
    listed = LISTED_BEFORE.search(before) if joined_before else None
    # (a list after a place's preposition: "from ..., in ...", not "Kenya and William Ruto")
    opening = before[: listed.start()].split()[-1:] if listed else []
    if not (opening and opening[0].casefold() in PLACE_PREPOSITIONS):
        return False
    # ("to" joins places only from "from": not "lost in Florida to Donald Trump")
    ranged = opening[0].casefold() == "from"
    if not ranged and re.search(r"\bto\b", listed.group(1) + candidate.after[:40]):
        return False
    following = LISTED_AFTER.match(candidate.after)
    phrases = [
        phrase
        for found in (listed, following)
        if found
        for phrase in LIST_JOINERS.split(found.group(1))
        if phrase
    ]
    if any(phrase.split()[0].casefold().rstrip(".") in HONORIFICS for phrase in phrases):
        return False  # "in Hangzhou, China, Mr. Obama and Xi": people among them
    # (two known places at least: "Alton Sterling in Louisiana and Philando Castile", "to IMF
    # Managing Director Michel Camdessus" are people)
    return sum(is_place(phrase) or is_region(phrase) for phrase in phrases) >= 2


# "Ms Happiness Lyimo (Special Seats – CCM) said": a name's word, then an opening bracket
AFTER_A_NAME_IN_BRACKETS = re.compile(r"[A-Z][\w'’.-]*\s*\(\s*$")


def bracketed_after_a_name(candidate: Candidate) -> bool:
    """ "Ms Happiness Lyimo (Special Seats – CCM) said": what brackets after a name hold
    besides it (a seat, a party) is not the one who speaks (but "George (W. Bush)" is an
    editor's part of the name)."""
    return AFTER_A_NAME_IN_BRACKETS.search(candidate.before[-40:]) is not None and not (
        candidate.after.lstrip().startswith(")")
    )


def officer_named_after(candidate: Candidate) -> bool:
    officer = OFFICER_AFTER.match(candidate.after)
    return officer is not None and officer.group(1) in HEAD_NOUNS


ROMAN_NUMERAL = re.compile(r"[IVXL]+")


def ended_by_an_acronym(candidate: Candidate) -> bool:
    """ "Emirates NBD": a name's word, then an acronym of three letters or more, where someone
    works or speaking; not a heading in capitals ("TOP STORIES"), an everyday word ("Super
    PAC", "Visit RAINN"), a month ("January LME") or a numeral ("Galaxy III")."""
    tokens = candidate.tokens
    if len(tokens) != 2:
        return False
    first, last = tokens[0].text, tokens[1].text
    named = not (
        first.isupper()
        or first.casefold() in candidate.lower_vocabulary
        or first.casefold() in COMMON_WORDS
        or first.casefold() in MONTHS
    )
    acronym = len(last) >= 3 and lone_acronym_word(last) and not ROMAN_NUMERAL.fullmatch(last)
    # (where someone works, or what speaks: "research at Emirates NBD", "Emirates NBD said")
    at = candidate.before.endswith((" at ", " with "))
    return named and acronym and (at or workplace(candidate) or speaks(candidate))


def lone_acronym_word(word: str) -> bool:
    return ACRONYM.fullmatch(word) is not None and word.casefold() not in ABBREVIATIONS


WHICH_AFTER = re.compile(r"^\s*,\s+which\b")
# "in Sukoharjo, ": a town, then (the candidate) its region
TOWN_BEFORE_ITS_REGION = re.compile(
    r"\b(?:in|at|from|near)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?,\s*$"
)
AFTER_A_PREPOSITION = re.compile(r"\b(?:at|in|of|from|for|on|to|by|with|near)\s+(?:the\s+)?$")


def described_with_which(candidate: Candidate) -> bool:
    """ "Kayalar Demir Celik, which exports half its output,": "which" says a thing, never a
    person, and a name that is no place is then an organisation's."""
    if not WHICH_AFTER.match(candidate.after) or candidate.title:
        return False
    if lowercase_title(candidate.before):
        return False  # "targets set under former minister X, which were scaled back": his
    if ends_with(AFTER_A_PREPOSITION, candidate.before):
        return False  # "the University of North Carolina at Chapel Hill, which": the university
    if ends_with(TOWN_BEFORE_ITS_REGION, candidate.before):
        return False  # "a weaving company in Sukoharjo, Central Java, which": the firm
    # "the emails of John Podesta, which ...": "which" may say the noun before a person;
    # and "Chapel Hill, which" and "Space Shuttle Atlantis, which" are no organisations
    words = [token.text.casefold() for token in candidate.tokens]
    # (a body's kind is often written alone: "the union" beside "Trade Union Pro, which")
    everyday = any(
        (w in candidate.lower_vocabulary and w not in ORG_HEADS) or w in PLACE_HEADS for w in words
    )
    # (but the sentence's subject is the thing: "Marsa Maroc, which operates the terminals")
    opens = not candidate.before.strip()
    person = not opens and (looks_like_full_name(candidate.tokens) or known_name(candidate))
    return not (everyday or person or is_place(candidate.name))


# (or who left an office: "succeeding Andriy Tkachuk, who stepped down after six years")
WHO_AFTER = re.compile(
    r"^\s*,\s+who\s+(?:is|was|has|had|moves|moved|will|would|served|serves|stepped|resigned"
    # ("S. Lakshmi Priya, who took over from K. Ramesh"; a verb of one person: a team is
    # plural, "Chelsea, who lead the league")
    r"|retired|took\s+over|heads|chairs|leads)\b"
    # ("Serhiy Tkachuk, whom colleagues call 'Bumblebee'": "whom" is said of a person only)
    r"|^\s*,\s+whom\s+(?:[a-z]+\s+){1,3}(?:call|calls|called|dub|dubs|dubbed|know|knew)\b"
)


def described_with_who(candidate: Candidate) -> bool:
    """ "He replaces Meenakshi Iyer, who moves to ...": "who" says a person, unless the name
    is a team's plural ("the Chiba Jets, who improved to 12-4") or a place."""
    if not WHO_AFTER.match(candidate.after) or len(candidate.tokens) < 2:
        return False
    last = candidate.tokens[-1].text
    plural = last.endswith("s") and not is_surname(last)
    everyday = any(t.text.casefold() in candidate.lower_vocabulary for t in candidate.tokens)
    # (not "the PSR assemblyman for Tanjung Tualang, who has tabled ...": a seat, the "who"
    # its member's)
    office = OFFICE_FOR_BEFORE.search(candidate.before[-40:])
    seat = office is not None and office.group(1).casefold() in ROLE_NOUNS | TITLE_WORDS
    return not (plural or everyday or seat or is_place(candidate.name) or is_region(last))


# An office, then "for": what follows is its seat or field ("assemblyman for", "MP for")
OFFICE_FOR_BEFORE = re.compile(r"\b([A-Za-z-]+)\s+for\s+$")


# Words after which a name is a noun's object or a common noun: "for Yahoo", "The Democrat"
OBJECT_OPENERS = frozenset("the a an for at of with from by to in on near".split())
ANY_WHO_AFTER = re.compile(r"^\s*,\s+who\s+[a-z]")


def one_word_with_who(candidate: Candidate) -> bool:
    """ "Wirawan, who coordinates the Central Sulawesi chapter ...": a one-word name (many
    Indonesians have one) described with "who", no plural, acronym, place or everyday word."""
    word = candidate.name
    if not ANY_WHO_AFTER.match(candidate.after) or len(candidate.tokens) != 1 or word.isupper():
        return False
    plural = word.endswith("s") and not is_surname(word)
    everyday = word.casefold() in candidate.lower_vocabulary or word.casefold() in COMMON_WORDS
    # (nor "An FRA official in Lundazi, who asked not to be named": a place's; nor "a
    # columnist for Yahoo, who said": a word after a small word, the "who" another's; nor
    # "The registered Democrat, who": a party's member)
    place = is_place(word) or is_region(word) or is_demonym(word) or word.casefold() in MEMBER_NOUNS
    preceding = WORD_BEFORE.search(candidate.before[-30:])
    after_a_small_word = preceding is not None and preceding.group(1).casefold() in OBJECT_OPENERS
    return not (plural or everyday or place or after_a_small_word)


# "a joint venture of APM Terminals and Croatia's Enna Logic", "a joint venture between X and
# Y": the partners of a venture, each a business (the name may follow a place's possessive)
VENTURE_PARTNER = re.compile(
    r"\bjoint[- ]venture\s+(?:of|between|with|by)\s+(?:[^,;.]{1,60}?\s+and\s+)?"
    r"(?:[A-Z][\w-]*['’]s?\s+)?$"
)


def partner_in_a_venture(candidate: Candidate) -> bool:
    # (not "a joint venture between Oprah Winfrey and Discovery": a person's name)
    tokens = candidate.tokens
    if candidate.title or is_given_name(tokens[0].text) or is_surname(tokens[-1].text):
        return False
    return ends_with(VENTURE_PARTNER, candidate.before) is not None


# "Michał Lewandowski of Dom Maklerski Vistula said": a given name and a surname, then "of"
PERSON_THEN_OF = re.compile(r"\b([A-Z][\w'’-]+)\s+[A-Z][\w'’-]+\s+of\s+$")


def affiliation_after_a_person(candidate: Candidate) -> bool:
    """A name right after a person's name and "of" is where they work: "Michał Lewandowski
    of Dom Maklerski Vistula"; not a place ("John Church of Texas")."""
    found = ends_with(PERSON_THEN_OF, candidate.before)
    return (
        found is not None
        and is_given_name(found.group(1))
        and not candidate.title
        and not is_place(candidate.name)
        # not a person's name ("the Trump of Donald J. Trump")
        and not (looks_like_full_name(candidate.tokens) and is_surname(candidate.tokens[-1].text))
    )


def person_evidence(candidate: Candidate) -> bool:
    """A title, a known given name, a role just before ("his counterpart X", "His lawyer,
    X,"), a given name that is also a country before a known surname, a name particle
    before a known surname ("Everaldo da Silva Neto"), or an age after the name."""
    if abstract_noun(candidate.tokens[-1].text):
        return False  # "Urban Development" of a minister's portfolio
    return bool(
        candidate.title
        or (
            looks_like_full_name(candidate.tokens)
            and not given_name_then_a_city(candidate)
            and not place_head_inside(candidate)
            and not placed_by_its_first_word(candidate)
        )
        or introduced_by_role(candidate)
        or region_named_person(candidate)
        or role_before_comma(candidate)
        or particle_before_surname(candidate.tokens)
        or surname_by_its_ending(candidate.tokens)
        or vietnamese_shaped(candidate)
        or AGE_AFTER.match(candidate.after) is not None
        or RELATION_BEFORE.search(candidate.before) is not None
    )


def place_head_inside(candidate: Candidate) -> bool:
    """ "at Marina Bay Sands", "in Madison Square Garden": a place's head word inside a name
    after a place's preposition, a venue's name (not "Galo Plaza Lasso, who governed")."""
    inside = any(token.text.casefold() in PLACE_HEADS for token in candidate.tokens[1:-1])
    return inside and after_place_preposition(candidate)


def placed_by_its_first_word(candidate: Candidate) -> bool:
    """ "at Ras Laffan", "near Wadi Rum": after a place's preposition, a place's first word
    that is also a given name, then a word no list knows as a surname (not "in Santa Cruz")."""
    tokens = candidate.tokens
    return (
        len(tokens) == 2
        and tokens[0].text.casefold() in PLACE_PREFIXES
        and not is_surname(tokens[1].text)
        and after_place_preposition(candidate)
    )


def given_name_then_a_city(candidate: Candidate) -> bool:
    """ "Luka Rijeka", "Luka Koper": a given name, then a place that is no one's surname or
    given name, is a port's or a club's name by shape (not "George Washington", "Denzel
    Washington", "Sofia Kovac": a surname or a given name)."""
    tokens = candidate.tokens
    if len(tokens) != 2 or not is_given_name(tokens[0].text):
        return False
    last = tokens[1].text
    return (is_place(last) or is_region(last)) and not (is_surname(last) or is_given_name(last))


def vietnamese_shaped(candidate: Candidate) -> bool:
    """ "Do Minh Khoa, chief executive of ...": a surname, then two or three Vietnamese middle
    or given names (the surname may be an everyday word the article also writes), with a role
    stated after it (not "around Ho Chi Minh", a city)."""
    tokens = candidate.tokens
    return (
        3 <= len(tokens) <= 4
        and stated_role(candidate.after) is not None
        and is_surname(tokens[0].text)
        and all(
            is_vietnamese_given_name(t.text) or is_vietnamese_middle_name(t.text)
            for t in tokens[1:]
        )
    )


# "her predecessor, Levent Çakır,", "his wife Ayesha": a person's relation to another
RELATION_BEFORE = re.compile(
    r"\b(?i:his|her|their|whose)\s+(?:[a-z-]+\s+)?(?:"
    + "|".join(sorted(RELATION_NOUNS))
    + r")\s*,?\s*$"
)


# "R. Selvi, a 29-year-old assembly line operator", "Ana Ruiz, 41, said": an age after a name
AGE_AFTER = re.compile(r"^\s*,\s*(?:(?:a|an)\s+\d{1,3}-year-old\b|\d{1,3}\s*,)")


# "Maersk, a 120-year-old company": an age that a business has too
AGED_BUSINESS = re.compile(
    r"^\s*,\s*(?:a|an)\s+\d{1,3}-year-old\s+(?:[\w-]+\s+)?(?:company|firm|business|brand|bank|group|chain|institution|newspaper|club)\b"
)


def aged(candidate: Candidate) -> bool:
    """ "Syahrul, a 29-year-old furnace operator", "Ana Ruiz, 41, said": an age after a name
    (not the thousands of "Sh2,958")."""
    after = candidate.after
    if not after.startswith(", ") or not candidate.name[-1].isalpha():
        return False
    return AGE_AFTER.match(after) is not None and not AGED_BUSINESS.match(after)


def surname_by_its_ending(tokens: list[Token]) -> bool:
    """ "Bauyrzhan Kurmanov", "Yerbol Kairatovich Tasbolatov": two or three words whose last
    ends as Slavic, Turkic, Caucasian or Balkan surnames do, and is no place."""
    last = tokens[-1].text
    return (
        2 <= len(tokens) <= 3
        and all(token.text.istitle() and token.text.isalpha() for token in tokens)
        and len(last) > 4
        and last.endswith(SURNAME_ENDINGS)
        and not is_place(last)
    )


def particle_before_surname(tokens: list[Token]) -> bool:
    """ "Everaldo da Silva Neto", "Jeroen van der Berg": a name particle inside, before a
    known surname."""
    inside = [i for i, token in enumerate(tokens[1:-1], 1) if token.text in PERSON_PARTICLES]
    return bool(inside) and any(is_surname(token.text) for token in tokens[inside[0] + 1 :])


ARTICLE_SET_OFF = re.compile(r"^,\s+(?:the|a|an)\s")
# A land or water feature named by what follows its "of": "Cape of Good Hope", "Gulf of Aden"
FEATURE_OF = re.compile(
    r"\b(?:Cape|Gulf|Bay|Straits?|Isles?|Sea|Horn|Lake|Mount)\s+of\s+(?:the\s+)?$"
)


def placed(candidate: Candidate) -> bool:
    """ "North Gyeongsang", "in Berlin": where something is, not who."""
    first = candidate.tokens[0].text.casefold()
    in_place = (
        first in PLACE_PREFIXES
        or after_place_preposition(candidate)
        or ends_with(FEATURE_OF, candidate.before) is not None
    )
    # "drew in Rafiqul Karim, the Khulna mill owner whom ...": a person's role set off after
    # (not "in Legazpi City, 58-year-old vendor Rosario Bañez sat ...")
    # ("Support came from Taslima Khatun Rumi, general secretary of the ...": an office)
    role = stated_role(candidate.after) if candidate.after[:1] == "," else None
    personal = bool(role and role_head(role.split())[1] in PERSONAL_ROLES_AND_TITLES)
    described = role and (ARTICLE_SET_OFF.match(candidate.after) or personal)
    # "since taking over the post from Ranjith Abeywardena": whom an office was taken from
    taken_from = TAKEN_OVER_FROM.search(candidate.before[-150:]) is not None
    # ("The warning came from Abou Chakra at the close of the sit-in": whose words)
    credited = ends_with(WORDS_CAME_FROM, candidate.before) is not None
    return in_place and not described and not taken_from and not credited


WORDS_CAME_FROM = re.compile(
    r"\b(?:warning|comment|comments|remarks?|criticism|call|plea|appeal|message|words|view)"
    r"\s+(?:came|comes)\s+from\s+$"
)
# (the office between may be long: "took over as president of the Bangladesh Garment
# Manufacturers and Exporters Association (BGMEA) from ...")
TAKEN_OVER_FROM = re.compile(r"\b(?:took|take|takes|taking|taken)\s+over\b[^.;,]{0,120}\bfrom\s+$")


# What a business is called in news ("state copper company Codelco", "the Oslo-based lender")
COMMERCIAL_NOUNS = (
    *"company firm bank lender insurer carrier airline automaker carmaker conglomerate".split(),
    *"producer maker manufacturer miner retailer operator developer distributor supplier".split(),
    *"utility startup start-up subsidiary chain broadcaster publisher exporter importer".split(),
    *"chipmaker drugmaker steelmaker designer".split(),
    # the press: "local radio station Radio Sucre", "state television RTI", "daily Kompas"
    *"station television newspaper daily weekly tabloid magazine website".split(),
    *"broadcaster agency radio consultancy brokerage union regulator".split(),
)
# The press, whose names are often people's words ("newspaper Dawn", "broadcaster Al Iraqiya")
MEDIA_NOUNS = "television newspaper tabloid magazine website broadcaster"
MEDIUM_BEFORE = re.compile(
    rf"\b(?:{MEDIA_NOUNS.replace(' ', '|')}|daily|weekly|station|news agency)\s+$"
)
# "told Al Arabiya television", "the Dawn newspaper": the medium's noun after its name (not
# "daily", which follows a price: "a 20 Ecu daily rebate")
MEDIUM_AFTER = re.compile(rf"^\s+(?:{MEDIA_NOUNS.replace(' ', '|')}|TV|news agency)\b")
COMMERCIAL_NOUN = "(?:" + "|".join(COMMERCIAL_NOUNS) + ")"
# "state-controlled Orlen", "state-run Xinhua", "family-owned Grupo ..."
OWNED_ENDINGS = ("-owned", "-controlled", "-run")
OWNED = r"[\w]+-(?:owned|controlled|run)"
BUSINESS_NOUN_BEFORE = re.compile(rf"\b(?:{COMMERCIAL_NOUN}|{OWNED})\s+$")
BUSINESS_SET_OFF_BEFORE = re.compile(rf"\bthe\s+(?:[\w'’-]+\s+){{0,3}}?{COMMERCIAL_NOUN},\s+$")
# "Argentine club Independiente", "Brazilian side Flamengo", "NBA franchise ..."
CLUB_NOUNS = ("club", "team", "outfit", "franchise", "side")
CLUB_NOUN_BEFORE = re.compile(r"\b([\w-]+)\s+(" + "|".join(CLUB_NOUNS) + r")\s+$")
# how a text that introduces a business or a club ends (tested before the slower patterns)
KIND_ENDINGS = COMMERCIAL_NOUNS + OWNED_ENDINGS + CLUB_NOUNS


PARTY_BEFORE = re.compile(r"\bthe\s+(?:[\w-]+\s+){0,3}party\s+$", re.IGNORECASE)


def introduced_by_its_kind(before: str) -> bool:
    """A business or a club named right after what it is; "side" only after a people's
    word ("Brazilian side", not "the other side")."""
    if before.endswith(", ") and ends_with(BUSINESS_SET_OFF_BEFORE, before):
        return True  # "the national transmission operator, NetLink Nederland"
    if before.endswith("party ") and ends_with(PARTY_BEFORE, before):
        return True  # "the Catalan separatist party Junts", "the ruling party Fidesz"
    if not before.rstrip().endswith(KIND_ENDINGS):
        return False
    club = ends_with(CLUB_NOUN_BEFORE, before)
    if club:
        return club.group(2) != "side" or is_demonym(club.group(1))
    return ends_with(BUSINESS_NOUN_BEFORE, before) is not None


# "the Portuguese group X", "the advocacy group X", "the group X"; not "a group Obama won by
# 2 points" (a group of voters)
GROUP_BEFORE = re.compile(r"(?:\bthe|[\w-]+(?<!\ba)(?<!\ban)(?<!\bone)(?<!\bthis))\s+group\s+$")
# "the group Americans for Prosperity", "legal group Judicial Watch": the name goes on past
# what was read as a name, so that is not the group's name
NAME_GOES_ON = re.compile(r"^\s+(?:[A-Z]|(?:for|of|on|in|and)\s+(?:(?:an?|the)\s+)?[A-Z])")


# "a working group Kgalema Motlanthe chairs", "the group Thabo Mbeki once led": a person
# who leads it, in a clause without "that"
LEADS_AFTER = re.compile(
    r"^\s+(?:(?:once|now|still|also|had|has)\s+)?"
    r"(?:chairs|chaired|leads|led|heads|headed|founded|runs|ran|formed|created|co-founded)"
    # (its object the group itself: not "the Dutch group Prosus led the funding round")
    r"(?!\s+(?:the|a|an|its|their|his|her|this|that|these|those|[A-Z\d]))"
)


def introduced_as_a_group(candidate: Candidate) -> bool:
    return (
        ends_with(GROUP_BEFORE, candidate.before) is not None
        and not NAME_GOES_ON.match(candidate.after)
        and not LEADS_AFTER.match(candidate.after)
    )


@read_once  # asked by the typing rules and the rules of lone words
def introduced_as_a_business(candidate: Candidate) -> bool:
    """ "chip designer Nuvion Semiconductor", "state copper company Codelco", "wind farm
    operator Ventos do Nordeste", "Argentine club Independiente": a business's or a club's
    noun right before a name that opens with no given name (not "property developer Donald
    Trump", "fashion designer Giorgio Armani"); any name after or before a medium's noun
    ("newspaper Dawn", "Al Arabiya television")."""
    if candidate.title:
        return False
    medium_after = not candidate.tokens[-1].possessive and MEDIUM_AFTER.match(candidate.after)
    if ends_with(MEDIUM_BEFORE, candidate.before) or medium_after:
        # "sports daily Olé", "told Al Arabiya television"; not "Iranian television" nor
        # "Spanish-language newspapers": a people's and a language's press
        words = [token.text for token in candidate.tokens]
        return not any(
            is_demonym(word.split("-")[0]) or word.endswith("-language") for word in words
        )
    if not (introduced_by_its_kind(candidate.before) or introduced_as_a_group(candidate)):
        return False
    if WHO_SET_OFF_AFTER.match(candidate.after) and ends_with(TRADE_BEFORE, candidate.before):
        # a trader by trade: "coffee exporter Kedir Abdella, who chairs ..." (not "the
        # consultancy Analytica Sur, who ...", whose "who" is the person named before)
        return False
    first = candidate.tokens[0].text
    return not (is_given_name(first) or (len(candidate.tokens) == 1 and known_name(candidate)))


# "told the Kyiv Independent", "spoke to the Daily Graphic": a newspaper or a broadcaster
TOLD_THE = re.compile(rf"\b(?i:{'|'.join(SPOKEN_TO)})\s+the\s+$")  # "Speaking to the ..." too
# "told The Daily Star", "(Photo / The Kyiv Independent)": a name written with its "The"
CAPITAL_THE = re.compile(r"[a-z,/(]\s*The\s+$")


def told_the_medium(candidate: Candidate) -> bool:
    """A name told something after "the", or written with a capital "The" inside a sentence,
    is a newspaper's or a broadcaster's ("The Daily Star"); a person has no article."""
    before = candidate.before[-30:]
    # "told Daily Sabah", "wrote in Daily Nation": a newspaper by its first word
    # (not "Daily Covid cases rose", a sentence's first word)
    daily = (
        candidate.tokens[0].text in PAPER_OPENERS
        and len(candidate.tokens) > 1
        and bool(candidate.before.strip())
    )
    # "told Al Jazeera", "told Le Matin": an Arabic, French, Spanish, Italian or German
    # article is its "The" (not "Al Gore", "Le Pen", a known surname after it; nor "El
    # Ouazzani's", a surname with its article)
    tokens = candidate.tokens
    arabic = (
        len(tokens) == 2
        and tokens[0].text in FOREIGN_ARTICLES
        and not is_surname(tokens[1].text)
        # (a European paper by a word papers are named with: "Le Monde", not "Le Pen")
        and (tokens[0].text in {"Al", "El"} or tokens[1].text.casefold() in FOREIGN_PAPER_WORDS)
        and TOLD_BEFORE.search(before) is not None
    )
    # "told Addis Standard": a newspaper by its last word (not "told Emily Post")
    paper = (
        len(tokens) > 1
        and tokens[-1].text.casefold() in NEWSPAPER_WORDS
        and not is_given_name(tokens[0].text)
        and TOLD_BEFORE.search(before) is not None
    )
    return not candidate.title and bool(
        TOLD_THE.search(before) or CAPITAL_THE.search(before) or daily or arabic or paper
    )


NEWSPAPER_WORDS = frozenset(
    """
    standard times post herald tribune journal observer mirror monitor chronicle gazette
    guardian telegraph express inquirer independent reporter courier dispatch
    """.split()
)


PAPER_OPENERS = frozenset({"Daily", "Weekly"})
FOREIGN_ARTICLES = frozenset({"Al", "El", "Le", "La", "Les", "Il", "Los", "Las", "Der", "Die"})
FOREIGN_PAPER_WORDS = frozenset(
    """
    monde figaro matin temps soir parisien point croix tribune presse echos mundo país pais
    nación nacion prensa razón razon vanguardia tiempo universal stampa repubblica nazione welt
    zeit spiegel
    """.split()
)
# Verbs of telling a medium something ("told", "speaking to", "in an interview with")
TELLING = r"told|tells|(?:speaking|spoke|talking|talked)\s+to|interview\s+with"
TOLD_BEFORE = re.compile(rf"\b(?i:{TELLING})\s+$")
# "Speaking to The Peninsula", "told The Standard" (not "flew to The Hague")
TOLD_CAPITAL_THE = re.compile(
    rf"\b(?i:{TELLING}|according\s+to|(?:wrote|writing)\s+in|(?:reported|quoted)\s+by)\s+The\s+$"
)


def told_the_medium_by_one_word(candidate: Candidate) -> bool:
    # (not "told The Hague", its government by its city)
    # (nor "told The Post and Courier": the name goes on past the word)
    # ("told the Althing during question time": a body by its article, no person; not "told
    # the Biblical story", a word describing a noun after it)
    following = NEXT_WORD.match(candidate.after)
    word = following.group(1) if following else ""
    a_noun_after = word.islower() and word not in SMALL_LINKING_WORDS
    # (nor "talking to the Palestinians", a people)
    # ("told the Taoiseach": an office's holder)
    people = (
        is_demonym(candidate.name.removesuffix("s")) or candidate.name.casefold() in TITLE_WORDS
    )
    told = ends_with(TOLD_CAPITAL_THE, candidate.before) is not None or (
        TOLD_THE.search(candidate.before) is not None and not (a_noun_after or people)
    )
    whole = not NAME_GOES_ON.match(candidate.after)
    return told and whole and not is_place(f"The {candidate.name}")


# "told Dawn that ...", "when contacted by Kuensel": whom a source told, or who contacted it
TOLD_OR_CONTACTED_BY = re.compile(rf"\b(?i:{TELLING}|contacted\s+by)\s+$")


def told_by_one_word(candidate: Candidate) -> bool:
    """A lone word someone told something, or was contacted by, that no full name explains
    and that is a given name or no known surname: a newspaper or broadcaster ("told Dawn",
    "contacted by Xinhua"); news names the people it quotes in full (not "told Comey", a
    surname alone)."""
    told = ends_with(TOLD_OR_CONTACTED_BY, candidate.before) is not None
    word = candidate.name
    singular = word.removesuffix("s")
    # (not "told MPs", "told Iowans": members or a people, no medium)
    members = singular.casefold() in TITLE_WORDS or is_demonym(singular) or word.endswith("ans")
    return told and not members and (is_given_name(word) or not is_surname(word))


def organisation_context(candidate: Candidate) -> bool:
    """ "Environment Canada spokeswoman ...", "Acme, a maker of drills", "Kroger, based in
    Cincinnati,": the context shows an organisation."""
    return heads_staff(candidate) or described_or_seated(candidate)


def described_or_seated(candidate: Candidate) -> bool:
    """ "Acme, a maker of drills", "Kroger, based in Cincinnati,": said to be an organisation
    right after the name."""
    after = candidate.after
    tokens = candidate.tokens
    # (a trader by its size only when the name is no person's: see described_as_organisation)
    personal = looks_like_full_name(tokens) or any(is_surname(t.text) for t in tokens)
    traders = not personal and not vietnamese_shaped(candidate)
    return described_as_organisation(after, traders) or HEADQUARTERED.match(after) is not None


def agency_of_a_country(candidate: Candidate) -> bool:
    """ "Statistics Canada said", "the Philippine Coast Guard said": an agency of the country
    it names, speaking."""
    tokens = candidate.tokens
    regional = any(is_region(token.text) for token in tokens) and not is_region(tokens[0].text)
    return (regional or national_body(tokens)) and speaks(candidate)


def everyday_phrase(candidate: Candidate) -> bool:
    """Without a given name, a phrase that opens with an everyday word of the article
    ("Creative Commons"), a people ("Swiss"), holds a place ("Environment Canada") or follows
    an article ("the Open Door") is no person's name."""
    if any(token.text in PATRONYMICS for token in candidate.tokens[1:-1]):
        return False  # "Jordan anak Jimbun": a given name, then "child of" and the father's
    first = candidate.tokens[0]
    particle = first.text.casefold() in PERSON_PARTICLES  # "De Blasio", "Al Ketbi"
    initial = INITIAL.fullmatch(first.text) is not None  # "S." of "S. Prabhakaran", not "s"
    return (
        (first.text.casefold() in candidate.lower_vocabulary and not (particle or initial))
        or opens_with_a_people(candidate)
        or any(is_region(token.text) for token in candidate.tokens)
        or follows_determiner(candidate)
    )


def opens_with_a_people(candidate: Candidate) -> bool:
    """ "Swiss Re", "Mancunian Way", "Libertarian Socialist"; a word shaped like a people's
    by "-ese" only before an everyday word or a given name, not before a surname ("Marthese
    Farrugia")."""
    first, *rest = (token.text.casefold() for token in candidate.tokens)
    if first in DEMONYMS:
        return True
    # ("Libertarian Gary Johnson", "English Wikipedia": a people's word before a name or a
    # thing; only an "-ese" word may be a woman's given name: "Marthese", "Therese")
    everyday = rest and all(word in candidate.lower_vocabulary for word in rest)
    before_a_name = rest and is_given_name(candidate.tokens[1].text)
    given_name_shaped = first.endswith("ese") and rest and not (everyday or before_a_name)
    return is_demonym(first) and not given_name_shaped


# "..., Cerro Prieto and La Boca reservoirs", "... Bashmakh and Parwezkhan crossings": the
# rest of a list of names, then a kind of place in the plural (after a word that says which:
# "the Sahab and Al Hassan industrial estates")
PLACES_LISTED_AFTER = re.compile(
    r"^(?:,\s+(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*)*,?"
    r"(?:\s+(?:and|or)\s+(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*)?\s+(?:[a-z]+\s+)?([a-z]+?)e?s\b"
)


LIST_GAP_BEFORE = re.compile(r"(?:,|\band|\bor)\s+$")


def listed_place(candidate: Candidate) -> bool:
    """ "the El Cuchillo, Cerro Prieto and La Boca reservoirs": a name in a list its place's
    kind closes (not "the Trump and Clinton campaigns", people's)."""
    listed = PLACES_LISTED_AFTER.match(candidate.after)
    if not listed or not (listed.group(1) in PLACE_HEADS or f"{listed.group(1)}e" in PLACE_HEADS):
        return False
    # (one of several: not "Tennessee Valley Authority dams", one body's)
    others_after = LISTED_ITEM.search(listed.group()) is not None
    return others_after or LIST_GAP_BEFORE.search(candidate.before) is not None


def dateline_credit(candidate: Candidate) -> bool:
    """ "WARSAW, March 27 (Meridian Wire) - ...": the agency in a dateline's brackets, an
    organisation as "(Reuters)" is."""
    # (not "LONDON (John Smith) -", a byline)
    byline = is_given_name(candidate.tokens[0].text)
    bracketed = candidate.before.endswith("(") and candidate.after.startswith(")")
    filed = FILED_FROM.match(candidate.before + candidate.name + candidate.after)
    return bracketed and filed is not None and filed.end() > len(candidate.before) and not byline


# The signs a currency's country letters stand before: "NZ$", "GH¢", "GH₵"
CURRENCY_SIGNS = frozenset("$¢€£¥₦₵₹₱₩₫₺")


def currency_prefix(candidate: Candidate) -> bool:
    """ "NZ$1.9 billion", "HK$300 million", "GH¢600 million": a currency's country letters,
    no one; "USD 1.8 billion", "MNT 900 billion", "EUR 2,500": a currency's code."""
    if candidate.after[:1] in CURRENCY_SIGNS:
        return True
    # "Dh108,000", "Rs500": a currency's letters and the amount written as one word
    joined = AMOUNT_JOINED.fullmatch(candidate.name)
    if joined and {joined.group(1), f"{joined.group(1)}s"} & CURRENCY_CODES:
        return True
    # (a code the ISO list holds: "cost BMW 100 million euros" is the carmaker's)
    return candidate.name in CURRENCY_CODES and bool(AMOUNT_AFTER.match(candidate.after))


CURRENCY_CODES = word_list("currency_codes")
AMOUNT_JOINED = re.compile(r"([A-Z][A-Za-z]{0,3})\d[\d,.]*")
# an amount as money is written: with its magnitude or its thousands ("NASA 2025" is no sum)
AMOUNT_AFTER = re.compile(
    r"\s\d[\d,]*(?:\.\d+)?\s*(?:million|billion|trillion|bn|mn|m|tn|k)\b|\s\d{1,3}(?:,\d{3})+\b"
)


# A currency named before its unit: "48 billion CFA francs", "the Zimbabwe Gold (ZiG) currency"
# (not "pound", "won" or "real": verbs and words that follow names)
CURRENCY_AFTER = re.compile(
    r"\s+(?:\([^()]{1,12}\)\s+)?(?:currency|francs?|dollars?|pesos?|rupees?|shillings?|naira"
    r"|cedis?|kwacha|dirhams?|riyals?|yuan|euros?|rupiah|ringgit|baht|lira|dinars?|birr)\b"
)


# 'dubbed the “Iron Lady”', 'known as the "Butcher of Lyon"': a nickname, not its bearer
NICKNAME_BEFORE = re.compile(
    # (the article inside the quotes too: 'dubbed "the Chip King"')
    # ('dubbed him "Mr Megawatt"': the one so called named before)
    # ('known across Kakheti as', 'whom traders call': words between, the present too)
    r"\b(?:dubbed|nicknamed|call|calls|called|known(?:\s+[\w-]+){0,4}?\s+as|branded|so-called)"
    r"\s+(?:(?:him|her|them)\s+)?"
    r"(?:(?:the|a|an)\s+)?[“\"‘']"
    r"(?:(?:the|a|an)\s+)?$",
    re.IGNORECASE,
)


def quoted_nickname(candidate: Candidate) -> bool:
    # (the cheap test first: most names are not quoted; the closing mark of "'Iron Lady'"
    # reads as a plural's possessive, "Lady'", so it is looked for right after the name)
    sentence, last = candidate.sentence, candidate.tokens[-1]
    closed = sentence.text[last.end - sentence.start : last.end - sentence.start + 1]
    # (not a possessive's mark: 'dubbed him "Donald Trump's puppet"' names Trump)
    ending = sentence.text[last.end - sentence.start : last.outer_end - sentence.start]
    quoted = bool(closed) and closed in "”\"’'" and not ending.endswith(("s", "S"))
    return quoted and ends_with(NICKNAME_BEFORE, candidate.before) is not None


def quoted_nickname_of_words(candidate: Candidate) -> bool:
    """A quoted nickname none of whose words is a body's (an industry's may be: "Karma Cement")
    or a legal form (not the so-called "Rapid Support Forces", nor "Blue Ocean Holdings Inc")."""
    if not quoted_nickname(candidate):
        return False  # (the cheap test first: most names are not quoted)
    return not any(
        t.text.casefold() in BODY_HEADS or is_legal_form(t.text) for t in candidate.tokens
    )


# '"Pak Lumbung" (Mr. Granary)': a quoted word's translation in brackets after it
GLOSS_BEFORE = re.compile(r"[\"”’']\s*\(\s*$")


def translated_nickname(candidate: Candidate) -> bool:
    """The English of a nickname in quotes, in brackets after it: '"Pak Lumbung" (Mr.
    Granary)', no one else's name."""
    start = candidate.sentence.start
    opening = (candidate.title or candidate.tokens)[0].start - start
    before = candidate.sentence.text[:opening]
    if candidate.after.lstrip()[:1] != ")" or GLOSS_BEFORE.search(before) is None:
        return False
    # (not '"War and Peace" (Leo Tolstoy)', '"Baba" (Mr. Raila Odinga)': a name in full;
    # '"Mama Pamba" (Mother Cotton)' is words)
    first = candidate.tokens[0].text
    words = not candidate.title and not is_given_name(first) and len(candidate.tokens) <= 3
    return len(candidate.tokens) == 1 or words


def currency_name(candidate: Candidate) -> bool:
    return CURRENCY_AFTER.match(candidate.after) is not None


# "the Egyptian Federation of Industries, chaired by Amr Selim,", "the Cairo Exporters
# Council, whose chairman is Hany Wahba,": a body's chair or head (not "headed by": "a group
# of lenders headed by Standard Chartered")
CHAIRED_BY = re.compile(r"\bchaired\s+by\s+$")
WHOSE_HEAD_IS = re.compile(r"\bwhose\s+(?:[a-z][\w-]*\s+){0,2}([a-z][\w-]*)\s+(?:is|was)\s+$")
HEAD_NOUNS = ROLE_NOUNS | TITLE_WORDS


# "the Cambodian Confederation of Labour Unions (CCLU), led by Ouk Vibol": a body's name,
# set off, then the one who leads it (not "a group of lenders headed by ...")
BODY_LED_BY = re.compile(r"(?:\([A-Z][\w&-]*\)|[A-Z][\w'’-]*),\s+(?:led|headed)\s+by\s+$")


def chairs_or_heads(candidate: Candidate) -> bool:
    before = candidate.before
    if before.endswith("by "):
        return ends_with(CHAIRED_BY, before) is not None or (
            len(candidate.tokens) > 1 and ends_with(BODY_LED_BY, before) is not None
        )
    whose = ends_with(WHOSE_HEAD_IS, before) if before.endswith(("is ", "was ")) else None
    return whose is not None and whose.group(1) in HEAD_NOUNS


# "Narong Thepsuwan has spent his first weeks ...": "his" or "her" after its verb
# (not "donated to her": "her" after a preposition is its object)
HIS_OR_HER_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+)?(?!(?:to|for|with|at|from|on|by|about|against|of)\s)[a-z]+\s+"
    r"(?:his|her)\s+[a-z]"
)


def speaking_name(candidate: Candidate) -> bool:
    """A role stated after it, a speech verb, "his" or "her" after its verb, or a known
    surname at its end."""
    if abstract_noun(candidate.tokens[-1].text) and not named_with_an_abstract_ending(candidate):
        return False
    return bool(
        stated_role(candidate.after)
        or speaks(candidate)
        or closes_on_a_surname(candidate)
        or HIS_OR_HER_AFTER.match(candidate.after)
    )


def closes_on_a_surname(candidate: Candidate) -> bool:
    """A known surname at its end, not right after a trade's or a body's word ("Ganja
    Textile Park", "Shirvan Agro Park" are parks; "Breitbart News Daily" a programme)."""
    words = [token.text.casefold() for token in candidate.tokens]
    before = {words[-2], f"{words[-2]}s"} if len(words) > 1 else set()
    # (a body's word, unless a given name too: "Fox News Channel", "House Speaker", "Navy
    # SEALs" name no one; "Post Malone" named without a role or a word is lost so)
    body = before & ORG_HEADS and not is_given_name(candidate.tokens[-2].text)
    trade = bool(before & INDUSTRY_HEADS or body)
    # (nor a compass point, a surname as often as a district's last word: "Bogoso North")
    compass = words[-1] in COMPASS_WORDS
    return is_surname(candidate.tokens[-1].text) and not trade and not compass


def named_with_an_abstract_ending(candidate: Candidate) -> bool:
    """ "Fikri Nasution": a surname shaped like an abstract noun, which the article never
    writes in lower case, after a word that is no everyday, title or organisation word
    ("Urban Development" names no one)."""
    first, last = candidate.tokens[0].text.casefold(), candidate.tokens[-1].text.casefold()
    if len(candidate.tokens) > 3 or last in candidate.lower_vocabulary:
        return False
    everyday = first in candidate.lower_vocabulary or first in COMMON_WORDS
    return not (everyday or first in ORG_HEADS or first in TITLE_WORDS or abstract_noun(first))


# What only a company has: "Serra Dourada's chief executive", "... 's board", "shares in X"
COMPANY_OFFICERS = re.compile(
    r"^(?:['’]s?)?\s+(?:chief\s+(?:executive|financial|operating)|CEO|CFO|COO|board\b|shareholders"
    r"|subsidiar|headquarters|share\s+price)"
)
SHARES_IN = re.compile(r"\b(?:[Ss]hares|stake|stakes)\s+in\s+$")


def field_after_an_office(candidate: Candidate) -> bool:
    """ "Commissioner Domestic Taxes" (a Ugandan office and its field, no "of" between): after
    an office, a phrase opening with a field's word that no name list knows names no one."""
    if not any(is_office_word(t.text) for t in candidate.title):
        return False
    first, last = candidate.tokens[0].text, candidate.tokens[-1].text
    fielded = first.casefold() in BODY_FIELDS or FIELD_WORD_ENDING.search(first) is not None
    # the field ends as fields do: "Taxes", "Relations", "Affairs" (not "Pramual Sabhavasu")
    ends_as_a_field = last.casefold() in BODY_FIELDS or (last.endswith("s") and len(last) > 3)
    named = is_given_name(first) or is_surname(first) or is_surname(last)
    return fielded and ends_as_a_field and not named


def company_possessions(candidate: Candidate) -> bool:
    """A name whose chief executive, board or shares the article speaks of: a company's."""
    first, last = candidate.tokens[0].text, candidate.tokens[-1].text
    if is_given_name(first) and is_surname(last):
        return False  # "Sam Altman's board", "Warren Buffett's chief executive successor"
    officers = candidate.tokens[-1].possessive and COMPANY_OFFICERS.match(candidate.after)
    return bool(officers) or ends_with(SHARES_IN, candidate.before) is not None


# What a country's executive is called alone, capitalised by house style: no one body's name
GENERIC_EXECUTIVE = frozenset({"government", "cabinet"})


def generic_executive(candidate: Candidate) -> bool:
    """ "the Cabinet approved", "Government remains committed": the executive, unnamed."""
    return len(candidate.tokens) == 1 and candidate.name.casefold() in GENERIC_EXECUTIVE


def party_named_before_its_kind(candidate: Candidate) -> bool:
    """ "the European Solidarity party", "the ruling Green Alliance faction": a name of
    several words before a party's word, where the sentence speaks of politics (not a
    person's full name: "the Bernie Sanders party")."""
    if len(candidate.tokens) < 2 or looks_like_full_name(candidate.tokens):
        return False
    kind = KIND_AFTER.match(candidate.after)
    # (not a place's body: "the El Alto federation")
    return kind is not None and bool(kind.group("party")) and named_before_its_kind(candidate)


TYPING: RuleTable[Candidate] = RuleTable(
    "typing",
    (
        Rule("only legal forms", only_legal_forms, None),
        Rule("a ship's name", names_a_vessel, None),
        Rule("the executive by its common name", generic_executive, None),
        Rule("a news agency a dateline credits", dateline_credit, "ORG"),
        Rule("one of places listed before their kind", listed_place, None),
        Rule("a currency's prefix", currency_prefix, None),
        Rule("a person's name with a legal form, quoted", coined_firm, None),
        Rule("an office's portfolio", portfolio_of_an_office, None),
        Rule("a constituency's member, a title", constituency_member, None),
        Rule("a surname with a person's role", surname_with_a_role, "PER"),
        Rule("a double surname with a person's role", double_surname_with_a_role, "PER"),
        # ('known as "Karma Cement"': a person's nickname, though shaped like a firm's)
        Rule("a nickname in quotes, no body's word in it", quoted_nickname_of_words, None),
        Rule("a building as a place", a_building_as_a_place, None),
        Rule("organisation-shaped", organisation_shaped, "ORG"),
        Rule("a currency's name", currency_name, None),  # not "Bank of Japan dollar buying"
        Rule("a nickname in quotes", quoted_nickname, None),
        Rule("a nickname's translation in brackets", translated_nickname, None),
        Rule("place phrase", place_phrase, None),
        Rule("acronym", lone_acronym, "ORG"),
        Rule("single letter", lone_letter, None),
        Rule("title before a word that names no one", title_before_a_word_no_name, None),
        Rule("a field an office lists", field_of_an_office_listed, None),
        Rule("title before one word", titled_one_word, "single"),
        Rule("club or acronym-led name", club_or_acronym_led, "ORG"),
        Rule("a side in a match's score", side_in_a_score, "ORG"),
        Rule("a long acronym", long_acronym, "single"),
        Rule("a people's broadcaster or party by its acronym", national_acronym, "ORG"),
        Rule("described as an organisation", described_as_an_organisation, "ORG"),
        Rule("a business's name of words after its kind", introduced_business_words, "ORG"),
        Rule("not shaped like a name", not_name_shaped, None),
        Rule("one word", one_word, "single"),
        Rule("introduced as a business", introduced_as_a_business, "ORG"),
        Rule("place of work", place_of_work, "ORG"),
        Rule("a body with members", body_with_members, "ORG"),
        Rule("a medium told or written with 'The'", told_the_medium, "ORG"),
        # ("Mokgalo Platinum chief executive Johan Pretorius", though "platinum" is written)
        Rule("a body before its officer", body_before_its_officer, "ORG"),
        Rule("ends in an everyday word", ends_in_an_everyday_word, None),
        Rule("a thing, by its 'which'", described_with_which, "ORG"),
        Rule("where a person named before works", affiliation_after_a_person, "ORG"),
        Rule("a partner in a joint venture", partner_in_a_venture, "ORG"),
        Rule("an office's field after it", field_after_an_office, None),
        Rule("a work named before its kind", work_named, None),
        Rule("a body's adjective inside", bodys_adjective_inside, "ORG"),
        Rule("a party's name before its kind", party_named_before_its_kind, "ORG"),
        Rule("listed with places", listed_with_places, None),
        Rule("person evidence", person_evidence, "PER"),
        Rule("a company's officers or shares", company_possessions, "ORG"),
        Rule("chairs or heads something", chairs_or_heads, "PER"),
        Rule("a person, by its 'who'", described_with_who, "PER"),
        Rule("holds another's office now", holds_anothers_office, "PER"),
        Rule("appointed, or followed in an office", in_an_office_change, "PER"),
        Rule("place", placed, None),
        Rule("organisation in context", organisation_context, "ORG"),
        Rule("agency of a country", agency_of_a_country, "ORG"),
        Rule("a party before its legislators", party_before_its_members, "ORG"),
        Rule("everyday phrase", everyday_phrase, None),
        Rule("in brackets after a name", bracketed_after_a_name, None),
        Rule("speaking name", speaking_name, "PER"),
    ),
    Rule("name-like, no evidence yet", always, "maybe"),
)


def classify(candidate: Candidate) -> str | None:
    """PER, ORG, "single" (one word, decided later), "maybe" (a name-like phrase with no
    evidence yet that it names a person) or None (not an actor)."""
    return decide_traced(TYPING, candidate, "typed")


def decide_traced(table: RuleTable[Candidate], candidate: Candidate, step: str) -> str | None:
    """The kind `table` gives `candidate`, with the rule that decided noted in its trace."""
    return decision_traced(table, candidate, step)[0]


def decision_traced(
    table: RuleTable[Candidate], candidate: Candidate, step: str
) -> tuple[str | None, str]:
    """(kind, the rule that decided) of `candidate` by `table`, noted in its trace."""
    kind, rule = table.decide(candidate)
    candidate.trace.append(f"{step} {kind or 'not an actor'} by rule '{rule}'")
    return kind, rule


def role_before_comma(candidate: Candidate) -> bool:
    return role_set_off_before(candidate.before, candidate.after) is not None


UNSHARED_ROLE_NOUNS = ROLE_NOUNS - SHARED_ROLES  # held by people only


def introduced_by_role(candidate: Candidate) -> bool:
    """ "his Japanese counterpart Takeshi Iwaya": a role noun right before a name-like phrase,
    unless the phrase reads as a firm or a place ("lead manager Swiss Volksbank", "major
    U.S. Corporations")."""
    title = lowercase_title(candidate.before)
    # "off-spinner Murali Venkatraman": a hyphenated role by its last part
    if not title or title.split()[-1].split("-")[-1] not in UNSHARED_ROLE_NOUNS:
        return False
    first = candidate.tokens[0].text
    # "winger Jordan Castellane": a given name that is also a place opens a name
    given_place = is_given_name(first) and len(candidate.tokens) > 1
    if (is_place(first.rstrip(".")) and not given_place) or first == "U.S.":
        return False
    if opens_with_a_people(candidate):
        return False
    return not any(
        token.text.casefold() in FIRM_NAME_WORDS or BANK_NAME.fullmatch(token.text)
        for token in candidate.tokens
    )


FIRM_WORDS = frozenset({"credit", "banque", "banco", "banca"})  # "Credit Suisse", "Banco ..."
FIRM_NAME_WORDS = ORG_HEADS | FIRM_WORDS


def region_named_person(candidate: Candidate) -> bool:
    """ "Jordan Henderson", "Chad Smith", "Georgia Meloni": a given name that is also a
    country or a state, before a known surname (or a name a person's role follows) that is no
    place, institution or everyday word of the article ("Georgia Power" is a utility)."""
    tokens = candidate.tokens
    if len(tokens) != 2 or not is_region(tokens[0].text) or not is_given_name(tokens[0].text):
        return False
    last = tokens[1].text
    word = last.casefold()
    everyday = word in ORG_HEADS or word in TITLE_WORDS or word in candidate.lower_vocabulary
    # "Israel Mbabazi, the district health officer for Kasese": a person's role follows
    named = is_surname(last) or bool(stated_role(candidate.after))
    return named and not (everyday or is_region(last) or follows_determiner(candidate))


ROLE_OF_A_FIELD_AT = re.compile(r"\b([A-Za-z]+)\s+of\s+(?:[a-z]+\s+){1,3}at\s+$")
ROLE_FOR_A_REGION_AT = re.compile(
    r"\b([A-Za-z]+)\s+for\s+(?:[A-Z][a-z]+\s+){1,3}(?:[a-z]+\s+)?at\s+$"
)
AT_WORKPLACE = re.compile(r"\b([A-Za-z]+)\s+at\s+(?:the\s+)?(?:[A-Z][\w.]*-[a-z]+\s+)?$")


# "chief executive of Faisalabad-based Chenab Valley Spinning Mills": an office of a body
OFFICE_OF = re.compile(r"\b([A-Za-z-]+)\s+of\s+(?:the\s+)?(?:[A-Z][\w.]*-[a-z]+\s+)?$")
# the offices a body has, and no person: "chief executive of X", not "a colleague of X"
BODY_OFFICES = frozenset(
    "executive director chairman chairperson chairwoman chair ceo president secretary governor "
    "founder co-founder owner manager spokesman spokesperson spokeswoman treasurer registrar "
    "principal dean editor".split()
)


def workplace(candidate: Candidate) -> bool:
    """ "an analyst at Bernstein", "analysts at Morgan Stanley", "two decades at Intel", "chief
    executive of Chenab Valley Spinning Mills": a place of work is an organisation, whatever
    given name it starts with."""
    # "an analyst at Lagos-based Harmattan Advisory": past a place-based modifier too
    near = candidate.before[-60:]
    # (a lone word after "director of" is often a name's first word: "Judicial Watch")
    office = len(candidate.tokens) > 1 and "of" in near and OFFICE_OF.search(near)
    if office and office.group(1).casefold() in BODY_OFFICES:
        return not (is_place(candidate.name) or candidate.tokens[-1].possessive)
    # ("the head of health at Unison": an office with its field before "at")
    if "at" not in near or candidate.tokens[-1].possessive:
        return False
    before = ROLE_OF_A_FIELD_AT.search(near) or AT_WORKPLACE.search(near)
    # ("senior director for Middle East sovereigns at Fitch Ratings": a region in the field)
    return worker_word(before) or worker_word(ROLE_FOR_A_REGION_AT.search(near))


def worker_word(found: re.Match[str] | None) -> bool:
    """Whether the word a workplace pattern found is a role's or a workplace's."""
    word = found.group(1).casefold() if found else ""
    singular = word[:-1] if word.endswith("s") else word
    return any(w in ROLE_NOUNS or w in WORKPLACE_WORDS for w in (word, singular))


# What a candidate reads next to: the words right after or before it.
NEXT_WORD = re.compile(r"^\s*(\w+)")
NEXT_LOWER_WORD = re.compile(r"^\s*([a-z][\w-]*)")
NEXT_LOWER_LETTERS = re.compile(r"^\s*([a-z]+)")
LAST_WORD = re.compile(r"(\w+)\s*$")
WORD_BEFORE = re.compile(r"\b(\w+)\s*,?\s*$")
DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|\d+)\s*$", re.IGNORECASE)
DETERMINER_ENDINGS = frozenset("eEaAnN")  # the last letters of "the", "a", "an"
CLAUSE_END = re.compile(r"^\s*(?:[,.;:)(]|$)")
# (the clause ends after the body's name: not "said Blue Origin at Cape Canaveral would ...")
AFFILIATION_AFTER = re.compile(
    r"^\s+(?:of|from|at)\s+(?:the\s+)?(?:[A-Z][\w'’.&-]*\s+(?:of\s+|for\s+)?)*[A-Z][\w'’.&-]*"
    r"\s*(?:[,.;]|$)"
)


def heads_staff(candidate: Candidate) -> bool:
    """An organisation named before one of its people or parts: "Environment Canada
    spokeswoman Julie Hahn", "Samsung shares", "the Google co-founder"."""
    following = NEXT_LOWER_WORD.match(candidate.after)
    if not following or candidate.tokens[-1].possessive:
        return False  # "Obama's spokesman" is a person's
    if len(candidate.tokens) == 1 and is_demonym(candidate.name):
        return False
    return following.group(1) in STAFF_OR_SQUAD_NOUNS


def owned_like_a_company(candidate: Candidate) -> bool:
    """ "Meridian's shares", "Meridian chief executive Tan Soo Lin", "Managing Director and
    Chief Executive Officer of Vardhan", "Hyderabad-based Vardhan": a word used as an
    organisation's name, whatever its shape."""
    following = NEXT_LOWER_WORD.match(candidate.after)
    staff = following is not None and following.group(1) in STAFF_OR_SQUAD_NOUNS
    held = ends_with(COMPANY_OFFICE_OF, candidate.before) or ends_with(BASED_IN, candidate.before)
    return staff or candidate.tokens[-1].possessive or held is not None


COMPANY_OFFICE_OF = re.compile(
    r"\b(?i:chief\s+executive(?:\s+officer)?|managing\s+director|chairman|chairwoman"
    r"|chief\s+financial\s+officer|ceo|cfo)\s+(?:of|at)\s+$"
)
BASED_IN = re.compile(r"\b[A-Z][\w.]*-based\s+$")


def after_place_preposition(
    candidate: Candidate, prepositions: frozenset[str] = PLACE_PREPOSITIONS
) -> bool:
    """ "in Berlin", "from Tokyo": where something is, not who."""
    previous = LAST_WORD.search(candidate.before[-30:])
    return previous is not None and previous.group(1).casefold() in prepositions


# "Iloilo's 2nd District", "the 4th Infantry": a numbered unit, no person
ORDINAL_BEFORE = re.compile(r"\b\d+(?:st|nd|rd|th)\s+$")


def after_an_ordinal(candidate: Candidate) -> bool:
    return (
        candidate.before[-1:] == " " and ORDINAL_BEFORE.search(candidate.before[-12:]) is not None
    )


def follows_determiner(candidate: Candidate) -> bool:
    """After "the", "a", "an" or a number: a thing or a group, not a person's name."""
    last = candidate.before.rstrip()[-1:]  # (tested first: the search is slow to fail)
    if last not in DETERMINER_ENDINGS and not last.isdecimal():
        return False
    return bool(DETERMINER_BEFORE.search(candidate.before[-30:]))


def speaks(candidate: Candidate) -> bool:
    """ "X said", "said X." or "according to X": but not "said X would" (X is what was said
    about)."""
    following = NEXT_WORD.match(candidate.after)
    preceding = WORD_BEFORE.search(candidate.before[-30:])
    # ("said Meenakshi Ganguly of Human Rights Watch": a full name, where the speaker works
    # after; not "a group called Color of Change")
    # (a person's name: not "said Model Y from January would cost more")
    affiliated = (
        len(candidate.tokens) > 1
        and preceding is not None
        and preceding.group(1) in {"said", "says", "added", "adds"}
        and AFFILIATION_AFTER.match(candidate.after) is not None
    )
    inverted = affiliated or (
        preceding is not None
        and preceding.group(1) in SPEECH_VERBS
        and CLAUSE_END.match(candidate.after) is not None
    )
    # "according to X", "told X": X is the source or the one told, an actor either way
    according = ACCORDING_TO_BEFORE.search(candidate.before[-30:]) is not None or (
        preceding is not None and preceding.group(1) in {"told", "tells"}
    )
    # "Shazia Parveen, a mother of four who works as a domestic helper, said" (a full name:
    # not the "N.C." of "Sen. Thom Tillis, R-N.C., a member of ..., said")
    described = SET_OFF_THEN_VERB.match(candidate.after) if len(candidate.tokens) > 1 else None
    set_off = described is not None and described.group(1) in SPEECH_VERBS
    # "One of the platforms under scrutiny, FauriCash, said": set off between commas itself
    # (not a state or a county after its town: "of North Kingstown, R.I., said", "a retiree
    # in Goose Creek, Berkeley, said": a noun in lower case before the comma)
    # ("Its main rival in Kenya, Safaricom, said": a country before the comma too)
    before_comma = LOWER_CASE_THEN_COMMA.search(candidate.before[-30:])
    country = before_comma and before_comma.group("place")
    # ("The Tui Ba, Ratu Meli Tabua, said": a chief's title and its place before the comma)
    titled = TITLE_THEN_COMMA.search(candidate.before[-40:])
    titled_so = titled is not None and titled.group(1).casefold() in TITLE_WORDS
    apposed = (
        APPOSED_THEN_VERB.match(candidate.after)
        if before_comma
        and (not country or is_region(country) or titled_so)
        and "." not in candidate.name
        else None
    )
    set_off = set_off or (apposed is not None and apposed.group(1) in SPEECH_VERBS)
    # ("the Balkan state", "Kaduna state": a noun after the name, not "X state that"; nor
    # "Domestic demand is recovering", a noun its own verb follows)
    verb = following and following.group(1) in SPEECH_VERBS and following.group(1) != "state"
    verb = verb and not NOUN_THEN_ITS_VERB.match(candidate.after)
    return bool(verb or inverted or according or set_off)


NOUN_THEN_ITS_VERB = re.compile(
    r"^\s*\w+\s+(?:is|was|are|were|has|have|had|will|would|remains|remained)\b"
)


ACCORDING_TO_BEFORE = re.compile(r"\baccording to\s*$", re.IGNORECASE)
APPOSED_THEN_VERB = re.compile(r"^,\s+(\w+)")
LOWER_CASE_THEN_COMMA = re.compile(r"(?:\b[a-z][\w'’-]*|\)|(?P<place>\b[A-Z][\w'’-]*))\s*,\s$")
TITLE_THEN_COMMA = re.compile(r"\bThe\s+([A-Z][\w'’-]*)(?:\s+[A-Z][\w'’-]*){0,3},\s$")
SET_OFF_THEN_VERB = re.compile(r"^\s*,\s+(?:a|an|the|who|whose)\s[^,;:\"“”()]{1,100},\s+(\w+)")


# --- typing a lone word that no full name in the article explains ---------------------------


def known_name(candidate: Candidate) -> bool:
    """A surname or given name, not after an article: people take none ("the Church" and
    "the Mets" are organisations)."""
    word = candidate.name
    named = is_surname(word) or is_given_name(word) or word.endswith(SURNAME_ENDINGS)
    return named and not follows_determiner(candidate)


def name_suffix(candidate: Candidate) -> bool:
    """ "Jr." or "III" left alone by a line break."""
    return is_suffix(candidate.name)


def sentence_adverb(candidate: Candidate) -> bool:
    """ "Separately, the Bank of England ...": an adverb opening the sentence, set off by a
    comma, not a name the lists know ("Kimberly, ...")."""
    word = candidate.name
    adverb = word.endswith("ly") and len(word) > 5 and word.isalpha()
    opens = not candidate.before.strip() and candidate.after.startswith(",")
    return adverb and opens and not (is_given_name(word) or is_surname(word))


def initial_joined_on(candidate: Candidate) -> bool:
    """ "S.Oyunchimeg", "Kh.Bolormaa": a person, though no list knows the given name (not "a
    B.Tech", "her M.Phil": a thing after a determiner; not "S.Korea", "W.Bengal": a place's;
    nor "J.League": a body's)."""
    if JOINED_INITIAL_NAME.fullmatch(candidate.name) is None:
        return False
    if OWNING_DETERMINER_BEFORE.search(candidate.before):
        return False
    word = candidate.name.split(".", 1)[1]
    placed = is_place(word) or is_region(word) or is_demonym(word)
    return not placed and word.casefold() not in ORG_HEADS | TITLE_WORDS | COMMON_WORDS


OWNING_DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|his|her|its|their|my|our|your)\s+$", re.I)


def titled(candidate: Candidate) -> bool:
    # (not "Manager" of "its General Manager for Public Relations": a role's own noun; nor
    # "Efficiency" of "... Agency for Renewable Energy and Energy Efficiency": its field)
    name = candidate.name
    if not candidate.title or name.casefold() in ROLE_NOUNS or abstract_noun(name):
        return False
    if names_a_vessel(candidate):
        return False  # "MV Tui Lautoka": a ship
    # (nor "Punjab" of "Director General of the Environment Protection Agency (EPA) Punjab":
    # the body's place)
    closing = candidate.title[-1].text
    if is_place(name) and (closing == ")" or closing.casefold() in ORG_HEADS):
        return False
    if name.casefold() in COMPASS_WORDS and closing.casefold() not in TITLE_WORDS:
        return False  # "Central" of "Member of Parliament for Gaborone Central": the seat's
    # (nor "Duties" of "Minister of State for Finance (General Duties)": a remit in brackets)
    return not (candidate.after.lstrip()[:1] == ")" and BRACKET_OPENED.search(candidate.before))


# A bracket opened right before a title: "(General ", "("
BRACKET_OPENED = re.compile(r"\(\s*(?:[A-Z][\w.]*\s+){0,2}$")


def employer(candidate: Candidate) -> bool:
    return candidate.employer


# A country's own words for itself: "Auditor-General of the Federation" (Nigeria),
# "President of the Republic"
POLITY_WORDS = frozenset({"federation", "republic", "commonwealth", "kingdom"})


def the_country_in_a_title(candidate: Candidate) -> bool:
    """ "Statistician-General of the Federation": the country whose office it is, not a
    body."""
    return candidate.name.casefold() in POLITY_WORDS and candidate.before.endswith("of the ")


def club_before_its_staff(candidate: Candidate) -> bool:
    """ "Tottenham manager Ange Postecoglou": the club."""
    following = NEXT_LOWER_LETTERS.match(candidate.after)
    squad = following is not None and following.group(1) in SQUAD_NOUNS
    return squad and not (is_region(candidate.name) or is_demonym(candidate.name))


def where_based(candidate: Candidate) -> bool:
    """ "the Stellenbosch-based Bureau for Economic Research": where a body is based is a
    place, whatever lists know it."""
    last = candidate.tokens[-1]
    if not last.modifier:
        return False
    start = candidate.sentence.start
    return candidate.sentence.text[last.end - start : last.outer_end - start].endswith("based")


def before_its_officer(candidate: Candidate) -> bool:
    """ "Nvidia chief executive Jensen Huang", "Fórsa general secretary Kevin Callinan": a
    lone word before an officer's lower-case title and name is the body they serve; not a
    person's name ("Trump campaign chairman Paul Manafort"), a people's ("Republican leader")
    or an everyday word ("Acting president")."""
    if not officer_titled_after(candidate):
        return False
    word = candidate.name
    folded = word.casefold()
    if not candidate.before.strip(" “\"'("):
        return False  # opening a sentence, "Veteran chief executive X" may be a word
    return (
        owner_before_a_title(word)
        and folded not in ORG_HEADS  # "the Group chief executive"
        and folded not in candidate.lower_vocabulary
        and folded not in TITLE_WORDS
        and not (known_name(candidate) or names_a_group(candidate))
    )


# "the ruling Morena party", "the opposition Akel party": where a party stands, its name, its
# word
PARTY_STANDING_BEFORE = re.compile(r"\b(?:ruling|governing|opposition)\s+$")
PARTY_WORD_AFTER = re.compile(r"^\s+party\b")


def standing_party(candidate: Candidate) -> bool:
    """ "the ruling Morena party": a party's name, though a place has it too."""
    return (
        ends_with(PARTY_STANDING_BEFORE, candidate.before) is not None
        and PARTY_WORD_AFTER.match(candidate.after) is not None
    )


def place_word(candidate: Candidate) -> bool:
    """ "Washington said" is a government and "in Berlin" a place; but "Jackson said" is a
    person."""
    word = candidate.name
    if is_region(word):
        return True
    located = after_place_preposition(candidate)
    return is_place(word) and (located or not (known_name(candidate) and speaks(candidate)))


def peoples_word(candidate: Candidate) -> bool:
    """ "Ecuadorian top-flight club ...": a people's word names no organisation alone."""
    return is_demonym(candidate.name)


# "Media" alone names no one, nor "Division", a part of a body named before it
# (nor "Online", a medium's last word and an everyday one: "Black Friday Online sales")
INSTITUTION_KINDS = ORG_HEADS - INDUSTRY_HEADS - {"division", "online"}


# An opening quotation mark just before a word, at a line's start or after a space or colon:
# 'the TUC said: "Workers have not ...' (a straight mark after a letter closes a quote)
QUOTE_OPENS_BEFORE = re.compile(r"(?:^|[\s:(])[\"“‘']\s*$")


def institution_by_kind(candidate: Candidate) -> bool:
    """ "Congress", "the Senate": an institution named by its kind (not opening a line)."""
    word = candidate.name
    inside = bool(candidate.before.strip())
    kind = word.casefold() in INSTITUTION_KINDS
    # not "Workers at the mine ..." after a dateline: a plural the article writes small, or
    # one opening a quote ('“Workers cannot be expected ...”'; "Congress" may)
    opens_a_quote = QUOTE_OPENS_BEFORE.search(candidate.before) is not None
    plural = word.endswith("s") and not word.endswith("ss")
    plural = plural and (opens_a_quote or word.casefold() in candidate.lower_vocabulary)
    return kind and inside and not plural and not is_surname(word)


# "the Solidarity trade union", "the Sintracarbon union said": a body's kind after its name
# (not "party", "movement" or "group": "the Republican party", "the Islamist movement" name
# it by an adjective)
KIND_AFTER = re.compile(
    r"^\s+(?:trade\s+|labou?r\s+|workers['’]?\s+)?(?:union|federation|confederation"
    r"|company|firm|airline|broadcaster|newspaper|(?P<party>party|faction|bloc))\b"
)
# (not after a place's preposition: "in the Mamanuca group" of islands; one lower-case word
# between: "the small Reforma party")
THE_BEFORE = re.compile(
    r"(?<!\bin )(?<!\bon )(?<!\bat )(?<!\bnear )\b[Tt]he\s+(?:[a-z][\w-]*\s+)?$"
)
# The endings of a party's adjective: "the Republican party", "the Democratic party"
ADJECTIVE_ENDINGS = ("an", "ic", "al", "ive", "ist", "ian", "ese", "ish")


def named_before_its_kind(candidate: Candidate) -> bool:
    """(not an adjective: "the Clinton-tied group", "the Republican party"; nor a person's
    name: "the Trump movement")"""
    kind = KIND_AFTER.match(candidate.after)
    if kind is None or "-" in candidate.name or is_surname(candidate.name):
        return False  # (most names: no kind after them, decided before the slower searches)
    if kind.group("party"):
        adjective = candidate.name.casefold().endswith(ADJECTIVE_ENDINGS) or is_demonym(
            candidate.name
        )
        # a political party where the sentence speaks of politics (not "the annual Cannes
        # party")
        if adjective or POLITICS.search(candidate.sentence.text) is None:
            return False
    return THE_BEFORE.search(candidate.before[-40:]) is not None


POLITICS = re.compile(
    r"\b(?:deputy|deputies|lawmakers?|MPs?|parliament\w*|elections?|vote[sd]?|senators?"
    r"|candidates?|coalition|opposition|ruling|seats?|leader|members?|legislat\w+)\b",
    re.IGNORECASE,
)


def spelled_by_acronym_after(candidate: Candidate) -> bool:
    """ "Tengizchevroil (TCO)", "KazMunayGas (KMG)": one word, then an acronym in brackets
    opening with its letter and whose letters it holds in order (not a party after a
    surname: "Akpabio (APC)")."""
    found = ACRONYM_IN_BRACKETS.match(candidate.after)
    name = candidate.name.casefold()
    return (
        found is not None
        and found.group(1)[0].casefold() == name[:1]
        and letters_in_order(found.group(1), name)
    )


def listed_with_organisations(candidate: Candidate) -> bool:
    """ "Energia" of "suppliers including Electric Ireland, Bord Gáis Energy, SSE Airtricity
    and Energia" (see actors.listed_with_organisations)."""
    return candidate.listed_with_organisations


def bank_name(candidate: Candidate) -> bool:
    return BANK_NAME.fullmatch(candidate.name) is not None


def abbreviation(candidate: Candidate) -> bool:
    """ "TV", "NOTE:" in a table: capitals that are no organisation."""
    word = candidate.name
    if not ACRONYM.fullmatch(word):
        return False
    return word.casefold() in candidate.lower_vocabulary or word.casefold() in ABBREVIATIONS


def titled_abbreviation(candidate: Candidate) -> bool:
    """ "Consumer Advocate TV" (a show): a title before an abbreviation names no one."""
    return bool(candidate.title) and abbreviation(candidate)


def organisation_around(candidate: Candidate) -> bool:
    """Its staff after it ("Samsung shares"), an appositive naming an organisation, a seat
    ("Kroger, based in Cincinnati,") or a place of work ("an analyst at Bernstein")."""
    return bool(
        (heads_staff(candidate) and not known_name(candidate))
        or described_or_seated(candidate)
        or workplace(candidate)
    )


CAPITALISED_BEFORE = re.compile(r"\S\s+([A-Z][a-z]+)\s+$")


def surname_ending_a_longer_name(candidate: Candidate) -> bool:
    """ "the Kwelitsa First Nation said": a known surname after an everyday word written
    with a capital, inside a sentence, ends a longer name (not after a weekday or a month),
    so it is no person; a word no name list knows is left to the rules after."""
    before = ends_with(CAPITALISED_BEFORE, candidate.before)
    if before is None or not known_name(candidate):
        return False
    word = before.group(1).casefold()
    return word in COMMON_WORDS and word not in WEEKDAYS and word not in MONTHS


def silent(candidate: Candidate) -> bool:
    """Nothing says what a lone word names unless it speaks."""
    return not speaks(candidate)


PERSONAL_MODIFIERS = frozenset({"managing", "senior", "junior", "founding"})
# Roles firms hold as often as people: "Vanguard, the world's second-largest asset manager",
# "Lazard, the financial adviser to the board", "online car dealer Carvana"
FIRMS_ROLES = frozenset({"manager", "adviser", "advisor", "dealer", "vendor", "counsel", "fellow"})


PERSONAL_ROLE_NOUNS = UNSHARED_ROLE_NOUNS - FIRMS_ROLES
PERSONAL_ROLES_AND_TITLES = PERSONAL_ROLE_NOUNS | TITLE_WORDS


def role_set_off_beside(candidate: Candidate) -> bool:
    """ "the company's president director, Suryadi, said", "Suryadi, president director of
    Sinar Nikel, said", "Brazilian forward Thiaguinho headed": a one-word name (many
    Indonesians and Brazilian players have one) beside a person's role."""
    after_comma = candidate.after.lstrip().startswith(",")
    before_comma = candidate.before.rstrip().endswith(",")
    last = LAST_WORD.search(candidate.before[-30:])
    occupation_before = last is not None and last.group(1).casefold() in ROLE_NOUNS
    if not (after_comma or before_comma or occupation_before):
        return False  # no role beside it (the common case, decided without a search)
    word = candidate.name
    if is_demonym(word) or names_a_group(candidate) or "." in word + candidate.after[:1]:
        return False  # "Democrats, who ...", "Jupiter, Fla., the campaign manager, ...", "S.C."
    if word.casefold() in COMMON_WORDS or word.casefold() in candidate.lower_vocabulary:
        return False  # "Furthermore, the first-time candidate is ..."
    if candidate.before.strip() in {"In", "At", "Near"}:
        return False  # "In Aroma, the locality's commissioner, Hassan Babiker, said": where
    return (
        personal_role_after(candidate)
        or role_before_comma(candidate)
        or introduced_by_occupation(candidate)
    )


def personal_role_after(candidate: Candidate) -> bool:
    """A role only a person holds set off after the name: ", president director of Sinar
    Nikel,", ", a member of the State Great Khural,"."""
    role = stated_role(candidate.after) or ""
    words = role.split()
    head_at, head = role_head(words)
    # "managing partner at Nusantara Ventures": a role firms share, held as a person's
    personal_modifier = head_at > 1 and words[head_at - 2].casefold() in PERSONAL_MODIFIERS
    # "Nvidia, the market leader in AI chips": a firm's standing, not a party leader's
    firm_like = head in FIRMS_ROLES or (head_at > 1 and words[head_at - 2].casefold() == "market")
    return (
        head in PERSONAL_ROLE_NOUNS or head in TITLE_WORDS or personal_modifier
    ) and not firm_like


def introduced_by_occupation(candidate: Candidate) -> bool:
    """ "Brazilian forward Thiaguinho": a person's occupation right before a lone word; not a
    bond's "lead manager Kidder" (a bank), nor "his fellow Texan"."""
    before = lowercase_title(candidate.before)
    last = before.split()[-1] if before else ""
    return last not in FIRMS_ROLES and introduced_by_role(candidate)


def speaking_known_name(candidate: Candidate) -> bool:
    """Companies and churches speak too: only a known name makes a speaker a person."""
    return known_name(candidate)


def speaking_group(candidate: Candidate) -> bool:
    """ "Swiss", "Democrats": people, but no one actor."""
    return is_demonym(candidate.name) or names_a_group(candidate)


# "who asked to be identified only as Rajesh", "gave only her first name, Amina": one name
# of a person the article will not name in full
IDENTIFIED_AS_BEFORE = re.compile(
    r"\b(?:identified\s+(?:only\s+)?(?:by\s+(?:his|her)\s+first\s+name,?\s+)?as"
    r"|gave\s+(?:only\s+)?(?:his|her)\s+(?:first\s+)?name(?:\s+as|,))\s+$"
)


def identified_by_one_name(candidate: Candidate) -> bool:
    """ "identified only as Rajesh,": the one name given, set off after (not "identified as
    Moroccan citizens", a people's word)."""
    return (
        ends_with(IDENTIFIED_AS_BEFORE, candidate.before) is not None
        and CLAUSE_END.match(candidate.after) is not None
        and not is_demonym(candidate.name)
    )


LONE_WORD_TYPING: RuleTable[Candidate] = RuleTable(
    "lone word",
    (
        Rule("name suffix", name_suffix, None),
        Rule("one name a person is identified by", identified_by_one_name, "PER"),
        Rule("an office's words joined", hyphenated_title, None),
        Rule("sentence adverb", sentence_adverb, None),
        Rule("an abbreviation after a title", titled_abbreviation, None),
        Rule("after a title", titled, "PER"),
        Rule("an initial joined on", initial_joined_on, "PER"),
        Rule("the country in a title", the_country_in_a_title, None),
        Rule("named inside a title", employer, "ORG"),
        Rule("club before its staff", club_before_its_staff, "ORG"),
        Rule("a party between its standing and its word", standing_party, "ORG"),
        Rule("place", place_word, None),
        Rule("listed with places", listed_with_places, None),
        Rule("where a body is based", where_based, None),
        Rule("before its officer", before_its_officer, "ORG"),
        Rule("listed with organisations", listed_with_organisations, "ORG"),
        Rule("institution named by its kind", institution_by_kind, "ORG"),
        Rule("bank name", bank_name, "ORG"),
        Rule("introduced as a business", introduced_as_a_business, "ORG"),
        Rule("abbreviation", abbreviation, None),
        Rule("acronym", lone_acronym, "ORG"),
        Rule("a people's word", peoples_word, None),
        Rule("a body's name before its kind", named_before_its_kind, "ORG"),
        Rule("after an ordinal", after_an_ordinal, None),
        Rule("an age after it", aged, "PER"),
        Rule("organisation around it", organisation_around, "ORG"),
        Rule("a person's role set off beside it", role_set_off_beside, "PER"),
        Rule("a medium told, with 'The'", told_the_medium_by_one_word, "ORG"),
        Rule("a medium told, by one word", told_by_one_word, "ORG"),
        Rule("its acronym in brackets after it", spelled_by_acronym_after, "ORG"),
        Rule("a person, by its 'who'", one_word_with_who, "PER"),
        Rule("does not speak", silent, None),
        Rule("a surname ending a longer name", surname_ending_a_longer_name, None),
        Rule("speaking known name", speaking_known_name, "PER"),
        Rule("speaking group", speaking_group, None),
    ),
    Rule("speaking unknown word", always, "ORG"),
)


def single_decision(candidate: Candidate) -> tuple[str | None, bool]:
    """The kind of a one-word name that no full name in the article explains, and whether it
    is only the default's (a word that speaks and no list knows: an organisation, unless the
    article names a person by it)."""
    kind, rule = decision_traced(LONE_WORD_TYPING, candidate, "lone word typed")
    return kind, rule == LONE_WORD_TYPING.default.name


def names_a_group(candidate: Candidate) -> bool:
    """ "Democrats", "Palestinians", "Analysts": the plural of a group's member, not an
    organisation that happens to end in s ("Reuters", "Wikinews")."""
    word = candidate.name
    if not word.endswith("s") or word.endswith("ss"):
        return False
    member = word[:-1].casefold()
    written_plain = {member, word.casefold()} & candidate.lower_vocabulary  # "dealers"
    # "Lawyers warned ...": the plural of a role
    return is_demonym(word[:-1]) or member in GROUP_MEMBER_NOUNS or bool(written_plain)
