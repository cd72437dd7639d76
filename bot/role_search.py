"""Finding who holds a title: "prime minister of Japan", "Japan's foreign minister", "Fed
chair", "head of the union" matched against the roles articles state ("Japanese Prime
Minister", "Minister for Foreign Affairs", "Chair of the Federal Reserve", "chairwoman of
the union").

A question and a stated role match when they have the same title, written any usual way
(the same head word or one of its variants, "chairwoman" for "chair"), no word of rank the
question lacks ("deputy prime minister" is not the prime minister), and what the question
says the title belongs to is said by the role too: the same words, a country's adjective
("Japanese" for Japan), an acronym ("LDP") or a clipped form ("Fed"). What else the role
says ("Japanese" when the question did not ask which country) tells holders apart."""

import itertools
import re
from array import array
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from bot.analysis.actors import is_central_bank
from bot.analysis.lexicon import (
    BODY_FIELDS,
    CORPORATE_SUFFIXES,
    COUNTRY_ADJECTIVES,
    INDUSTRY_HEADS,
    ORG_HEADS,
    ORGANISATION_NOUNS,
    PAST_MARKERS,
    RANK_WORDS,
    ROLE_NOUNS,
    TITLE_ABBREVIATIONS,
    TITLE_MODIFIERS,
    TITLE_WORDS,
    listed,
)
from bot.analysis.places import is_place, without_accents
from bot.analysis.role_forms import capitalised_compound, clean_role, head_index, is_title_head
from bot.packing import pack_postings, unpack_postings
from bot.search import add_posting

WORDS = Path(__file__).resolve().parent / "words"


# (not the first word of a two-word adjective that opens the country's name too: "south" of
# "South African" would make "South Korea's minister" South Africa's)
COUNTRY_OF = {
    adjective: country
    for country, adjectives in COUNTRY_ADJECTIVES
    for adjective in adjectives
    if adjective != country.split()[0] or len(adjectives) == 1
}
COUNTRIES = frozenset(COUNTRY_OF.values())
# A country's other names, written as the adjectives list names it ("Korea" of "South Korea")
COUNTRY_OF_NAME = {
    " ".join(name.split("-")): country
    for country, names in listed("country_names", WORDS)
    for name in names
}
OTHER_COUNTRY_NAME = re.compile(
    r"\b(?:" + "|".join(r"\s+".join(map(re.escape, n.split())) for n in COUNTRY_OF_NAME) + r")\b",
    re.I,
)


def the_listed_country(found: re.Match[str]) -> str:
    return COUNTRY_OF_NAME[" ".join(found.group().casefold().split())]


# Titles of several words written as one ("chief executive" is "CEO"), longest first.
PHRASE_VARIANTS = [
    (re.compile(r"\b" + r"[\s-]+".join(variant.split("-")) + r"\b", re.I), title)
    for title, variants in listed("title_variants", WORDS)
    for variant in sorted(variants, key=len, reverse=True)
    if "-" in variant
]
VARIANT_OF = {
    variant: title for title, variants in listed("title_variants", WORDS) for variant in variants
}
LEADING_TITLES = frozenset(key for key, _ in listed("leading_titles", WORDS))
# Of whom "leader" is asked: its president or head (not the ANC's national chairperson, the
# IMF's mission chief for Kenya, the World Bank's country director)
LEADERS = frozenset({"president", "head", "leader"})
# What a body is, said of the one the article is about: "the company's chair"
# (with the bodies of members the analysis keeps apart: "the association's chair")
BODY_KINDS = ORGANISATION_NOUNS | {"board", "association", "federation", "confederation"}
# Nouns that end a body's name: the analysis' organisation heads, and parts of a body; not
# an industry that is also a minister's field ("... for Economic Affairs and Energy")
PARTS_OF_A_BODY = frozenset(key for key, _ in listed("body_nouns", WORDS))
OTHER_BODY_NOUNS = (ORG_HEADS - (INDUSTRY_HEADS & BODY_FIELDS)) | PARTS_OF_A_BODY
# Words that say only what form a company takes: "Vistula Energy Group" is "Vistula Energy"
COMPANY_FORMS = CORPORATE_SUFFIXES | {"group", "holdings"}
# Words that join a title to what it belongs to, and "affairs" ("Minister for Foreign
# Affairs" is the foreign minister).
JOINING_WORDS = frozenset(
    {"of", "for", "the", "at", "from", "to", "in", "on", "and", "a", "an", "affairs"}
)
# Words after which a title says whose it is, so a "former" there is not the title's own.
JOINS = frozenset({"of", "for", "to", "at", "under", "with", "in", "from", "by"})
# Words of rank that make a title another, lower one: the "deputy" of "deputy prime
# minister" (a "managing director" or "executive director" is the director).
LOWER_RANKS = frozenset(
    {"assistant", "associate", "deputy", "junior", "lieutenant", "second", "under", "vice"}
)
# Words of titles themselves, not of whose they are: "foreign", "state", "deputy".
TITLE_VOCABULARY = TITLE_WORDS | ROLE_NOUNS | TITLE_MODIFIERS | RANK_WORDS


def title_words(text: str) -> tuple[list[str], bool]:
    """The words of a title, normalised for matching, and whether it is stated as held
    before: "former Japanese Prime Minister" -> ["japan", "prime", "minister"], True."""
    found: list[str] = []
    past = False
    joined = False  # past a word joining the title to whose it is: "... for former Senator X"
    text = OTHER_COUNTRY_NAME.sub(the_listed_country, text)
    for raw in re.findall(r"[\w.'’-]+", as_one_word(text)):
        word = re.sub(r"['’]s$", "", raw.casefold()).strip(".'’")
        joined = joined or word in JOINS
        # "U.S.", "Türkiye" (listed without its accent)
        country = COUNTRY_OF.get(word) or COUNTRY_OF.get(without_accents(word.replace(".", "")))
        if country:
            # (its words as a question writes them: "new" of "papua new guinea" dropped)
            found += [w for w in country.split() if w not in JOINING_WORDS | TITLE_MODIFIERS]
            continue
        named = capitalised_compound(raw)
        for part in word.split("-"):  # "co-chair", "then-senator", "Japan-Korea"
            part = part.strip(".")
            part = VARIANT_OF.get(part, part if named else TITLE_ABBREVIATIONS.get(part, part))
            if part in PAST_MARKERS:
                past = past or not joined  # "president of the former Soviet Union" is not
            elif part and part not in JOINING_WORDS | TITLE_MODIFIERS:
                found.append(COUNTRY_OF.get(part, part))
    return found, past


COURTESY_TITLES = frozenset({"mr", "mrs", "ms", "mx", "dr", "sir", "dame", "lord", "lady"})


def is_title_word(word: str) -> bool:
    """A word of a title written before a name: "Sen.", "senator", "Vice", "Mrs."."""
    plain = word.casefold().strip(".,")
    return (
        plain in TITLE_ABBREVIATIONS
        or plain in COURTESY_TITLES
        or plain in TITLE_VOCABULARY
        or is_a_title_head(plain)
    )


def as_one_word(text: str) -> str:
    """ "chief executive of Samsung" -> "ceo of Samsung"."""
    for phrase, title in PHRASE_VARIANTS:
        text = phrase.sub(title, text)
    return text


def head_word(text: str) -> str:
    """The word a title ends with, normalised: "minister" of "Minister for Foreign Affairs"."""
    written = as_one_word(text).split()
    if not written:
        return ""
    at = head_index(written)
    # "minister of finance", "minister of state for finance": a field ends the title, the
    # office stands before its first "of"/"for"
    joined = [i for i, word in enumerate(written[1:], 1) if word.casefold() in {"of", "for"}]
    if at == len(written) - 1 and joined and written[at].casefold() in BODY_FIELDS:
        at = joined[0] - 1
    words, _ = title_words(written[at])
    return words[-1] if words else ""


@dataclass(frozen=True)
class RoleQuestion:
    words: tuple[str, ...]  # normalised, in order
    head: str  # the title asked for; "head" asks for anyone heading the body
    past: bool = False  # "the former foreign minister": who held it before
    # whether a role of a body whose name holds the one asked for is refused; not when
    # asking where else a person holds the title
    own_body_only: bool = True

    @property
    def body(self) -> tuple[str, ...]:
        """Whose title it is, as asked: ("japan",) of "prime minister of Japan"; nothing of
        "secretary of state", all of whose words are title words."""
        at = self.words.index(self.head) if self.head in self.words else len(self.words)
        # "financial" of "chief financial officer": between "chief" and the head, the title's
        inside = {at - 1} if at >= 2 and self.words[at - 2] == "chief" else set()
        return tuple(
            w
            for i, w in enumerate(self.words)
            if w != self.head and w not in TITLE_VOCABULARY and i not in inside
        )

    @property
    def owner(self) -> tuple[str, ...]:
        """What the title belongs to, as asked: ("japan",) of "prime minister of Japan"."""
        return tuple(w for w in self.words if w != self.head)


def read_role_question(
    text: str, stated: Callable[[str], bool] = lambda word: False
) -> RoleQuestion | None:
    """The title a question asks about, or None when it names no title: a word titles end
    with ("minister", "chairwoman", "meteorologist"), or one some stated role holds
    (`stated`: "mate" of "running mate")."""
    text = BOARD_OF_MEMBERS.sub("Board", text)  # as the stated roles are read
    head = head_word(text)
    if not head or not (is_a_title_head(head) or stated(head)):
        return None
    words, past = title_words(text)
    if head == "chief" and not CHIEF_OF.search(text):
        # "the central bank chief", "the IMF chief": whoever heads it, as news calls them
        head = "head"
        words = ["head" if word == "chief" else word for word in words]
    return RoleQuestion(tuple(words), head, past)


# "chief of staff", "chief of police": a title of its own, not a body's head
CHIEF_OF = re.compile(
    r"\bchief\s+of\s+(?:the\s+)?(?:staff|police|army|defen[cs]e|naval|air|general|mission"
    r"|protocol|cabinet|party)\b",
    re.IGNORECASE,
)


def is_a_title_head(word: str) -> bool:
    """A word titles end with, by the word lists or by its shape ("meteorologist")."""
    return is_a_listed_title(word) or is_title_head(word)


def is_a_listed_title(word: str) -> bool:
    """A title word of the word lists, not only shaped like one ("Okafor" ends as
    "director" does)."""
    return word in TITLE_VOCABULARY or word in LEADING_TITLES or word in VARIANT_OF.values()


@dataclass(frozen=True)
class RoleMatch:
    title: str  # the role as stated, cleaned
    past: bool
    belongs_to: frozenset[str]  # what the role says beyond the question: tells holders apart
    # what the question says the title belongs to that the role leaves to its article:
    # "Minister for Foreign Affairs" in an article about Japan
    unstated: tuple[str, ...] = ()
    bare: bool = False  # the title alone ("former CEO"), its owner unsaid


# An organisation's acronym the role gives in brackets: "... Labour Union (UMT)"
ACRONYM_WORD = re.compile(r"[A-Z]{2,6}")  # "KRG" of "KRG Minister of Finance"
ACRONYM_IN_ROLE = re.compile(r"\(([A-Z][A-Za-z&-]{1,14})\)")  # "(UMT)", "(Tekstil-Sen)"
# An office with its own field: "Minister of State (for Energy Affairs)"
FIELD_JOINER = re.compile(r" (?:of|for) ")
STATE_AND = re.compile(r"\bState\s+and\b", re.IGNORECASE)
BOARD_OF_MEMBERS = re.compile(r"\bBoard\s+of\s+(?:Directors|Trustees|Governors)\b", re.I)
# Two titles held together: "president and chief executive officer (of Kitakaze)"
# Offices whose "of" names a portfolio of their own
# (not "Chief Executive and Company Secretary of Hambro Holdings": both of the company)
PORTFOLIO_OFFICES = frozenset({"minister", "commissioner"})
TWO_TITLES = re.compile(r"^(?P<first>[^,]+?) and (?P<second>[^,]+?)(?P<owner> (?:of|at) .+)?$")


# A body's name going on at the end of a title's first part: "... of the Securities"
BODY_NAME_AT_END = re.compile(r"\bof\s+the\s+(?:[A-Z][\w-]*\s+)*[A-Z][\w-]*$")


# A head of a department, its field after "of" in lower case ("director of policy and
# research", "head of research"), not of the body named with it
HEAD_OF_A_FIELD = re.compile(r"\b(?:director|head|chief|manager)\s+(?:of|for)\s+(?!the\b)[a-z]")


def inside_a_name(first: str, second: str) -> bool:
    """Whether the "and" between two parts of a title joins two capitalised words of one
    body's name, neither an office's ("of the Securities and Exchange Regulator"), not two
    titles ("Minister of State for Media Affairs and Government Spokesperson")."""
    before, after = first.split()[-1], second.split()[0]
    if not BODY_NAME_AT_END.search(first):
        return False  # "... for International Affairs and Japan's top currency diplomat"
    return all(
        word[:1].isupper() and not office_word(word) and not is_title_word(word)
        for word in (before, after)
    )


@lru_cache(maxsize=65536)
def match_role(question: RoleQuestion, stated: str) -> RoleMatch | None:
    shown = clean_role(stated)
    if not shown:
        return None
    # (read "Board of Directors" as the board: "Chairman of the Board of Directors of Kwanza
    # Energia" heads Kwanza Energia)
    text = BOARD_OF_MEMBERS.sub("Board", shown)
    both = TWO_TITLES.match(text)
    if both and inside_a_name(both.group("first"), both.group("second")):
        both = None  # "Director-General of the Securities and Exchange Regulator of Cambodia"
    # "Minister of State for Energy Affairs and President and Chief Executive Officer of
    # QatarEnergy": an office with its own field, then another of the owner
    fielded = bool(both) and FIELD_JOINER.search(both.group("first")) is not None
    first_office = both and (fielded and office_word(head_word(both.group("first"))))
    # (the second office by its head, its field after it: "Deputy Prime Minister and
    # Minister for Finance")
    if (
        both
        and office_word(head_word(both.group("second")))
        and (first_office or office_word(both.group("first").split()[-1]))
    ):
        # "president and chief executive officer of Kitakaze": each title, of the owner
        owner = both.group("owner") or ""
        first, second = (both.group(part) + owner for part in ("first", "second"))
        # ("Deputy Prime Minister and Minister of Public Works and Transport": the second
        # office's portfolio, not the first's)
        if first_office or both.group("second").split()[-1].casefold() in PORTFOLIO_OFFICES:
            first = both.group("first")
        marker = first.split()[0]
        if marker.casefold() in PAST_MARKERS:
            second = f"{marker} {second}"  # "former president and chief executive": both former
        return match_role(question, first) or match_role(question, second)
    if question.head == "head" and HEAD_OF_A_FIELD.search(text):
        return None  # "KAM's director of policy and research" heads a department, not KAM
    words, past = title_words(text)
    head = head_word(text)
    ministry = heads_its_ministry(question, head, words)
    if not (
        same_title(question.head, head)
        or minister_by_another_name(question, head, words, text)
        or ministry
    ):
        return None
    bank_names: frozenset[str] = frozenset()  # which central bank: tells holders apart
    if {"central", "bank"} <= set(question.words) and central_bank_named(text):
        words = as_a_central_bank(text)  # "Central Reserve Bank of Peru", "State Bank of ..."
        bank_names = frozenset(title_words(office_and_body(text)[1])[0]) - set(words)
    before_head = words[: words.index(head)] if head in words else words
    if any(w in LOWER_RANKS and w not in question.words for w in before_head):
        return None  # "deputy prime minister", "vice president"; not "executive director"
    junior = "state" in words and not STATE_AND.search(text)
    if head == "minister" and junior and "state" not in question.words:
        # "Minister of State for Finance", "State Minister": a junior minister; not Portugal's
        # "Minister of State and Finance", a senior one who holds finance
        return None
    extra = [w for w in words if w not in question.words and w != head]
    if question.head == "head" and another_body_heading(question, words, head, extra, text):
        return None  # "chairperson of the Finance and National Planning Committee"
    # ("who heads the Department of Energy?": its Energy Secretary, whose title names no
    # department)
    unmatched = [w for w in question.owner if w not in words and not (ministry and w in MINISTRIES)]
    # (a title's word that opens the body's name asked is the name's: "State Bank of Vietnam")
    owner = question.owner
    naming = {
        w
        for w, after in itertools.pairwise(owner)
        if after in OTHER_BODY_NOUNS and w not in RANK_WORDS  # not "deputy" of "deputy ... bank"
    }
    titled = [w for w in unmatched if w in TITLE_VOCABULARY and w not in naming]
    if titled and not same_body(unmatched, extra):
        return None  # "foreign minister" asked, "finance minister" stated
    said = same_body(unmatched, extra) if unmatched else set()
    if said is None and leaves_its_owner_unsaid(question, words, extra, unmatched, text):
        return RoleMatch(shown, past, frozenset(extra) | bank_names, tuple(unmatched))
    if said is None and len(words) < 2 and not extra:
        # "former CEO": whose, only the person's other statements can tell
        return RoleMatch(shown, past, frozenset(), tuple(unmatched), bare=True)
    if said is None:
        return None
    extra = [w for w in extra if w not in said]
    if (
        question.own_body_only
        and question.body
        and names_another_body(words, extra, question, text)
    ):
        return None  # "chair of the Ashford Rovers Supporters' Trust" for Ashford Rovers
    return RoleMatch(shown, past, frozenset(extra))


def another_body_heading(
    question: RoleQuestion, words: list[str], head: str, extra: list[str], text: str
) -> bool:
    """Whether a title the head of a body is asked for heads another body named after a
    kind the question does not name: the National Treasury's head asked, a parliamentary
    committee's chairperson stated (its own board aside, and a word of the title itself:
    "Cabinet Secretary")."""
    if not question.owner:
        return False  # any body's head asked: each is one
    asked_kinds = {w for w in question.owner if w in OTHER_BODY_NOUNS}
    acronyms = {acronym.casefold() for acronym in ACRONYM_IN_ROLE.findall(text)}
    spelled = set(question.owner) & acronyms or "-".join(question.owner) in acronyms
    if not set(question.owner) <= set(words) or spelled:
        return False  # the body asked for by another name ("the BCCR"): left to the rest
    at = words.index(head) if head in words else len(words)
    in_the_title = words[at - 1 : at] if at else []
    # (nor the asked body's own name going on: "Kestrel Mining Corp")
    goes_on = {
        later for word, later in zip(words[:-1], words[1:], strict=True) if word in question.owner
    }
    return not asked_kinds and any(
        w in OTHER_BODY_NOUNS - COMPANY_FORMS
        and w != "board"
        and w not in in_the_title
        and w not in goes_on
        and named_with_capital(w, text)
        for w in extra
    )


def central_bank_named(role: str) -> bool:
    """Whether the body a role is of ("Governor of the Central Reserve Bank of Peru") is a
    country's central bank: one the lists know, or a bank a governor heads ("Governor of the
    National Bank of Ethiopia", "Governor of Nepal Rastra Bank"; a company's bank has a
    chief executive)."""
    office, body = office_and_body(role)
    # (a country's bank, not a finance minister's seat at one: "Governor of the Islamic
    # Development Bank for Nigeria", "... of the Asian Development Bank")
    # (whatever language names it: "Governor of the Magyar Nemzeti Bank")
    governed = (
        "governor" in office.casefold().split()
        and BANK_WORD.search(body) is not None
        and " for " not in body
        and "development" not in body.casefold()
    )
    return bool(body) and (is_central_bank(body) or governed)


def office_and_body(role: str) -> tuple[str, str]:
    """ "Governor of the Bank of Zambia", "National Bank of Cambodia Governor" and "Czech
    National Bank Governor" -> (the office, the body it is of); ("", "") when the role names
    no body."""
    words = role.split()
    if len(words) > 2 and office_word(words[-1]) and (" of " in role or BANK_WORD.search(role)):
        for at in range(len(words) - 1, 0, -1):  # "... Governor", "... Deputy Governor"
            if words[at - 1].casefold() not in TITLE_VOCABULARY:
                if words[at - 1].casefold() in JOINING_WORDS:
                    break  # "Minister of Finance": a field after the office
                return " ".join(words[at:]), " ".join(words[:at])
    office, joined, body = role.partition(" of ")
    return (office, body) if joined else ("", "")


BANK_WORD = re.compile(r"\bBank\b")


def as_a_central_bank(role: str) -> list[str]:
    """A central bank's title words as "central bank" asks them: "Governor of the Central
    Reserve Bank of Peru" -> governor central bank peru, "Governor of the Banco de la
    República" -> governor central bank."""
    office, body = office_and_body(role)
    places = [word for word in title_words(body)[0] if names_a_place([word])]
    return title_words(office)[0] + ["central", "bank"] + places


def office_word(word: str) -> bool:
    """A word a title ends with that is no field: "president" and "chief executive officer",
    not the "Finance" of "Minister of Economy and Finance"."""
    return is_title_head(word) and word.casefold() not in BODY_FIELDS


PORTFOLIO_HEADS = frozenset({"minister", "secretary", "commissioner"})


def names_another_body(
    words: list[str], extra: list[str], question: RoleQuestion, text: str
) -> bool:
    """Whether the role's owner is a body of its own whose name holds the one asked for:
    "Ashford Rovers Supporters' Trust", "its bus division", "Bank of Canada" for Canada,
    "American Federation of Teachers" for America; not "the CGT union", where the noun,
    written small after the name asked for, only says what the CGT is."""
    # "Kitakaze Electronics Corp" for Kitakaze: what follows the name asked for only says
    # what kind of company it is
    body = question.body
    acronyms = {acronym.casefold() for acronym in ACRONYM_IN_ROLE.findall(text)}
    if (len(body) == 1 and body[0] in acronyms) or "-".join(question.owner) in acronyms:
        # "UMT" of "... of the Moroccan Labour Union (UMT)": the body it spells ("Metal-Sen");
        # but "director of the energy transition program at ... (KAPSARC)" heads a part of it
        return a_part_named(extra, text)
    asked_at = [at for at, word in enumerate(words) if word in body]
    # (before where the name asked opens: "energy" of "energy transition program" is no part
    # of the Gulf Energy Studies Center's name)
    opens = [at for at in asked_at if words[at] == body[0]]
    if opens and a_part_named([w for w in words[: opens[-1]] if w in extra], text):
        return True  # "director of the energy transition program at the ... Center"
    # "Cambodia Rice Exporters Federation" for the Cambodia Rice Federation: a name asked
    # whole, with another word inside it
    named = len(body) > 1 and body[-1] in OTHER_BODY_NOUNS and len(asked_at) == len(body)
    inside = words[asked_at[0] + 1 : asked_at[-1]] if named else []
    if any(word not in question.words and not is_place(word) for word in inside):
        return True
    tail = words[asked_at[-1] + 1 :] if asked_at else []
    if body[-1] in OTHER_BODY_NOUNS and asked_at:
        # "Planning and Budget Committee" asked, "the Grand National Assembly's Planning and
        # Budget Committee" stated: the body that holds the one asked for is no other body
        extra = [word for word in extra if word in tail]
    same_company = (
        bool(tail)
        and tail[-1] in COMPANY_FORMS
        and all(w in ORG_HEADS | COMPANY_FORMS for w in tail)
    )
    # "Minister of Lands and Natural Resources" for Ghana's lands minister: a field of the
    # portfolio, no body
    portfolio = BODY_FIELDS if question.head in PORTFOLIO_HEADS else frozenset()
    # ("chairman of the state holding Kyrgyzaltyn": the noun, written small right before the
    # name asked for, only says what Kyrgyzaltyn is)
    first_asked = asked_at[0] if asked_at else -1
    return not same_company and any(
        word in OTHER_BODY_NOUNS - COMPANY_FORMS - portfolio
        and word in extra
        and not (at and words[at - 1] in question.words and not named_with_capital(word, text))
        and not (at + 1 == first_asked and not named_with_capital(word, text))
        # ("Chairman of the Board of Directors of Kwanza Energia": the body's own board)
        and not (word == "board" and 0 <= at < first_asked)
        # ("Secretary of the Department of Budget and Management" for the budget secretary:
        # the office's own department, named by its field)
        and not (at == 1 and words[0] == question.head and word in PUBLIC_KINDS)
        for at, word in enumerate(words)
    )


def a_part_named(extra: list[str], text: str) -> bool:
    """Whether the words of a role beyond those asked name a part of a body, written small:
    "program" of "director of the energy transition program at ..."."""
    written = set(text.split())
    return any(word in PARTS_OF_A_BODY and word in written for word in extra)


def named_with_capital(word: str, text: str) -> bool:
    return bool(re.search(rf"\b{re.escape(word.capitalize())}\b", text))


def leaves_its_owner_unsaid(
    question: RoleQuestion, words: list[str], extra: list[str], unmatched: list[str], text: str
) -> bool:
    """Whether a stated title may be the one asked for, its owner left to its article: a
    qualified title saying nothing more ("Minister for Foreign Affairs", "union chairman"),
    or one whose more words are no place while the owner asked for is a country ("Minister
    of Agriculture, Food and Rural Affairs" of Korea), or a title alone written with its
    capital before the name ("President Bagus Santoso") when a place is asked for: the
    president of Indonesia in an article about Indonesia. Not a bare "president" of
    whatever the article was about, nor a "Republican National Committee Chairman" for the
    Democratic one, nor a "Republican Gov." for the governor of Ohio."""
    if len(words) < 2:
        # (a body's head asked for: "President X" is no head of the Reserve Bank of Zimbabwe,
        # though "Governor X" may be its governor)
        body_asked = question.head == "head" and any(w in OTHER_BODY_NOUNS for w in unmatched)
        return text[:1].isupper() and not extra and names_a_place(unmatched) and not body_asked
    if any(w in OTHER_BODY_NOUNS for w in unmatched) and names_another_bodys_name(text, question):
        return False  # "chairman of Konkan Maritime Logistics" for another council's
    body_asked = any(w in OTHER_BODY_NOUNS for w in unmatched)
    if body_asked and any(named_with_capital(w, text) and not is_place(w) for w in extra):
        return False  # "... of the Central Unitaria de Trabajadores" for the Central Bank's
    if another_kind_of_body(extra, unmatched, text):
        return False  # "the company's chief executive" for the head of a union asked
    if names_a_place(unmatched) and any(
        ACRONYM_WORD.fullmatch(w) and not is_place(w) for w in text.split()
    ):
        return False  # "KRG Minister of Finance" for Iraq's: a body's acronym is its owner
    if not extra or all(w in BODY_KINDS and not named_with_capital(w, text) for w in extra):
        return True  # "the company's chair", "the airline's chairwoman": of the article's
    qualified = any(w in words for w in question.words if w != question.head)
    # (not another body's name beside the body's word asked: the "Business Coordinating
    # Council" for the Mexican Business Council)
    renamed = any(w in NAMED_BODY_KINDS for w in question.owner) and any(
        named_with_capital(w, text) and not is_place(w) for w in extra
    )
    return qualified and names_a_place(unmatched) and not names_a_place(extra) and not renamed


COMPANY_KINDS = frozenset(
    "company firm corporation group bank lender airline carrier miner operator insurer".split()
)
# Public bodies, never of members: "agency", "authority"
PUBLIC_KINDS = frozenset("agency authority ministry department commission regulator".split())
# Bodies of members, never a company ("union", "association"), whatever their name's words
MEMBERS_KINDS = frozenset(
    "union association federation confederation party council chamber syndicate".split()
)


NAMED_BODY_KINDS = COMPANY_KINDS | PUBLIC_KINDS | MEMBERS_KINDS


def another_kind_of_body(extra: list[str], unmatched: list[str], text: str) -> bool:
    """Whether a title's own kind of body ("the company's") is not the kind asked for (a
    union): one is a body of members, the other not."""
    # (a board is any body's: "chairman of the company's board" is the company's)
    stated = {w for w in extra if w in BODY_KINDS and not named_with_capital(w, text)} - {"board"}
    asked = {w for w in unmatched if w in BODY_KINDS}
    if not stated or not asked or stated & asked:
        return False
    # (a company's office for a union asked, or a union's for a company; a public agency's
    # for an association of members ("head of the agency" is not the growers' association's
    # leader), or the reverse; an "organisation" or any other kind says nothing)
    company_stated = stated <= COMPANY_KINDS and not asked & COMPANY_KINDS
    public_stated = stated <= PUBLIC_KINDS and not asked & PUBLIC_KINDS
    return bool(
        ((company_stated or public_stated) and asked & MEMBERS_KINDS)
        or (stated & MEMBERS_KINDS and (asked <= COMPANY_KINDS or asked <= PUBLIC_KINDS))
    )


CAPITALISED_RUN = re.compile(r"(?:[A-Z][\w&'’.-]*\s+)*[A-Z][\w&'’.-]*")


def names_another_bodys_name(text: str, question: RoleQuestion) -> bool:
    """Whether the title names a body by a capitalised name the question does not hold:
    "Konkan Maritime Logistics" (not "Union" of "Union chairman" for the union asked)."""
    for run in CAPITALISED_RUN.findall(text):
        words, _ = title_words(run)
        if words == ["board"]:
            continue  # "Chairman of the Board of Kwanza Energia": its own board
        if any(w in OTHER_BODY_NOUNS for w in words) and any(
            w not in question.words and w not in TITLE_VOCABULARY for w in words
        ):
            return True
    return False


def names_a_place(words: Iterable[str]) -> bool:
    """A country, a US state or a city among normalised title words ("australia", "texas";
    "united states" as two words); a field's word is none ("Enterprise" of "Minister for
    Energy, Enterprise and Sustainable Development", though towns are called so)."""
    found = set(words) - BODY_FIELDS
    return any(is_place(w) for w in found) or any(
        set(country.split()) <= found for country in COUNTRIES
    )


def same_title(asked: str, stated: str) -> bool:
    """The same title, "head" standing for any leading one ("who heads the union?" is its
    chairwoman; "the head of the union" answers who chairs it), and so does "leader" asked
    ("who is the union leader?" is its president)."""
    if asked == stated:
        return True
    if asked == "leader":
        return stated in LEADERS
    return "head" in {asked, stated} and {asked, stated} <= LEADING_TITLES


# Secretaries who are a ministry's staff or a body's officers, no ministers
# ("Parliamentary Secretary for Energy Transition": a junior post beside the minister)
NOT_A_MINISTERS_WORDS = frozenset(
    "permanent principal parliamentary ministry department committee council assembly party "
    "union commission board".split()
)


MINISTRIES = frozenset({"ministry", "department"})


def heads_its_ministry(question: RoleQuestion, head: str, words: list[str]) -> bool:
    """ "who heads the Ministry of Finance?" or "the Department of Energy": the minister or
    secretary of that field ("Finance Minister", "Energy Secretary"), no junior one."""
    fields = [w for w in question.owner if w not in MINISTRIES]
    # (or a ministry named by its fields alone: "the National Treasury")
    named_by_fields = all(w in BODY_FIELDS for w in question.owner)
    return (
        question.head == "head"
        and head in PORTFOLIO_HEADS
        and (bool(MINISTRIES & set(question.owner)) or named_by_fields)
        and bool(fields)
        and all(w in words for w in fields)
        and not NOT_A_MINISTERS_WORDS & set(words)
    )


def minister_by_another_name(
    question: RoleQuestion, head: str, words: list[str], text: str
) -> bool:
    """A minister asked for, a secretary of a field stated: "Cabinet Secretary for the National
    Treasury" (Kenya), "Secretary of Finance" (the Philippines), "Secretary of State for
    Health" (Britain) are ministers; not "Permanent Secretary of the Ministry of Finance",
    nor "Secretary to the Treasury" (Uganda's, a civil servant serving the ministry: read
    from `text`)."""
    return (
        question.head == "minister"
        and head == "secretary"
        # a field ("state" alone is the US Secretary of State's, no minister of state)
        and any(word in BODY_FIELDS and word != "state" for word in words)
        and not NOT_A_MINISTERS_WORDS & set(words)
        and SECRETARY_TO.search(text) is None
    )


SECRETARY_TO = re.compile(r"\bsecretary\s+to\b", re.IGNORECASE)


def same_body(asked: list[str], stated: list[str]) -> set[str] | None:
    """The stated words that say what the asked words say ("ldp" for "liberal democratic
    party", "fed" for "federal reserve", and the other way round), or None."""
    if not stated:
        return None
    if initials(asked) in stated:
        return {initials(asked)}
    for start in range(len(stated)):
        for end in range(start + 1, len(stated) + 1):
            if "".join(asked) == initials(stated[start:end]) and end - start > 1:
                return set(stated[start:end])
    # "fed" clipped from "federal"; not "bank" of "bankers" (a body's own noun)
    clipped = [
        w
        for w in stated
        if len(w) >= 3 and asked[0].startswith(w) and w != asked[0] and w not in OTHER_BODY_NOUNS
    ]
    if clipped and len(asked) <= 3:
        return {clipped[0]}
    if len(asked) == 1 and len(asked[0]) >= 3 and any(w.startswith(asked[0]) for w in stated):
        return set(stated)  # "fed" of "federal reserve": the stated words all say the body
    return None


def initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w)


class RoleIndex:
    """Stated roles by their words as written (casefolded), for role questions: role ids
    under each word (the texts stay in the store). Cheap to build at start: a question's
    title is looked up under every way of writing it."""

    def __init__(self) -> None:
        self.postings: dict[str, array] = {}

    def add(self, role_id: int, text: str) -> None:
        for word in set(INDEX_WORD.findall(text.casefold())):
            add_posting(self.postings, word, role_id)

    def dump(self) -> dict[str, np.ndarray]:
        return pack_postings(self.postings, "postings")

    @classmethod
    def restored(cls, parts: Mapping[str, np.ndarray]) -> "RoleIndex":
        index = cls()
        index.postings = unpack_postings(parts, "postings")
        return index

    def states(self, word: str) -> bool:
        """Whether any stated role holds the word ("mate" of "running mate")."""
        return word in self.postings

    def candidates(self, question: RoleQuestion) -> list[int]:
        """Ids of the roles that hold the question's title word, written any way (any
        leading title for "head")."""
        heads = (
            LEADING_TITLES
            if question.head == "head"
            else LEADERS
            if question.head == "leader"
            else {question.head}
        )
        if question.head == "minister":
            heads = heads | {"secretary"}  # "Cabinet Secretary for the National Treasury"
        if question.head == "head" and MINISTRIES & set(question.owner):
            heads = heads | PORTFOLIO_HEADS  # "who heads the Ministry of Finance?"
        keys = {spelling for head in heads for spelling in SPELLINGS.get(head, {head})}
        return sorted({role_id for key in keys for role_id in self.postings.get(key, ())})


# Words as the index keeps them: "sen", "co", "chair", "chairwoman", "affairs".
INDEX_WORD = re.compile(r"[^\W\d_]+")


def spellings() -> dict[str, set[str]]:
    """Each normalised title word -> the index words a role may write it with: "chair" ->
    chair, chairman, chairwoman, chairperson; "senator" -> senator, sen; "ceo" -> ceo,
    executive (of "chief executive")."""
    found: dict[str, set[str]] = defaultdict(set)
    for variant, title in VARIANT_OF.items():
        found[title] |= {title, variant.split("-")[-1]}
    for abbreviation, title in TITLE_ABBREVIATIONS.items():
        found[title] |= {title, abbreviation}
    return dict(found)


SPELLINGS = spellings()
