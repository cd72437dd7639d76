"""Candidates pass: runs of capitalised words in each sentence (with the small words inside
organisations' names and the particles inside people's), each split into a title and a
name; headline lines and credit lines are skipped."""

import itertools
import re

from bot.analysis.credits import FILED_FROM, is_credit
from bot.analysis.document import POSSESSIVE, Candidate, Token, tokenize
from bot.analysis.lexicon import (
    ARTICLES,
    BODY_ADJECTIVES,
    BODY_FIELDS,
    BODY_HEADS,
    CALENDAR_WORDS,
    COMMON_WORDS,
    CORPORATE_SUFFIXES,
    DOCUMENT_NOUNS,
    FUNCTION_WORDS,
    GROUP_MEMBER_NOUNS,
    GROUP_NOUNS,
    INDUSTRY_HEADS,
    LOWER_RANKS,
    MONTHS,
    ORG_HEADS,
    ORG_OPENERS,
    PLACE_HEADS,
    PLACE_PREFIXES,
    PLACE_PREPOSITIONS,
    RANK_WORDS,
    ROLE_NOUNS,
    ROMANCE_ORG_HEADS,
    STAFF_NOUNS,
    TITLE_ABBREVIATIONS,
    TITLE_FIELDS,
    TITLE_MODIFIERS,
    TITLE_WORDS,
    TRADE_MEMBERS,
    WEEKDAYS,
    is_legal_form,
    is_plural_title,
)
from bot.analysis.names import (
    chinese_syllable,
    is_chinese_family_name,
    is_given_name,
    is_surname,
    is_vietnamese_family_name,
    is_vietnamese_given_name,
    is_vietnamese_middle_name,
)
from bot.analysis.places import is_place, is_region
from bot.analysis.roles import (
    SAID_FORMS,
    TITLE_PARTICIPLES,
    lowercase_title,
    role_head,
    role_set_off_before,
    stated_role,
)
from bot.analysis.sentences import Sentence
from bot.analysis.shapes import (
    ACRONYM,
    CAPITALISED_PARTICLES,
    COURTESY_BEFORE_FULL_NAMES,
    FIELD_WORD_ENDING,
    HONORIFIC_FIRST_WORDS,
    HONORIFIC_SECOND_WORDS,
    HONORIFICS,
    INITIAL,
    LOWER_CASE_PATRONYMICS,
    NAME_JOINERS,
    PERSON_PARTICLES,
    ROMANISED_GIVEN_NAME,
    ROYAL_VENUES,
    family_name_written_first,
    is_demonym,
    is_org,
    joined_head,
    letters_in_order,
    looks_like_full_name,
    portfolio_word,
    royal,
)
from bot.analysis.titles import (
    PATRONYMICS,
    SHORT_GIVEN_NAMES,
    a_ministers_field,
    complement_title,
    field_of_an_office,
    is_office_word,
    last_of_a_ministers_fields,
    office_of,
    offices_before_names,
)

# "and" in the languages whose companies' legal forms news keeps ("ve" of "... Sinai ve Ticari
# Yatirimlar A.S.", "y" of "... Pemex y Asociados S.A.")
FOREIGN_ANDS = frozenset({"ve", "y", "e", "et", "und", "en", "og", "och", "i"})
# inside organisations' names
JOINING_WORDS = NAME_JOINERS | frozenset({"the", "and", "&"}) | FOREIGN_ANDS
# The small words inside a French, Spanish, Portuguese or Italian body's name
ROMANCE_NAME_WORDS = frozenset(
    "de del della des du la le les los las da do dos das di pour para por sur en et y e à au"
    " aux per dan".split()  # ("dan": Malay and Indonesian "and")
)


def romance_name_goes_on(tokens: list[Token], index: int, current: list[Token]) -> bool:
    """Whether tokens[index] is a small word inside a body's name that opens with a French,
    Spanish, Portuguese or Italian head: the "pour le" of "Société pour le Développement
    Minier", the "et de" of "Caisse de Dépôt et de Gestion"; a capitalised word follows."""
    if tokens[index].text not in ROMANCE_NAME_WORDS:
        return False
    if current[0].text.casefold() not in ROMANCE_ORG_HEADS:
        return False
    following = tokens[index + 1 : index + 3]
    small = list(itertools.takewhile(lambda t: t.text in ROMANCE_NAME_WORDS, following))
    return len(small) < len(following) and following[len(small)].capitalised


QUOTE_OPENERS = frozenset({'"', "“", "‘"})
QUOTE_CLOSERS = frozenset({",", ".", "?", "!", "…"})  # what a quoted sentence ends with


# What a "Watch" after it makes a thing, not a watchdog's name: "Tornado Watch", "Apple Watch"
THING_WATCHES = frozenset(
    "tornado storm hurricane flood fire frost winter weather suicide death night apple smart"
    " rolex swatch gold".split()
)


def watchdog(token: Token, current: list[Token]) -> bool:
    """ "Human Rights Watch", "Judicial Watch": a watchdog's name, after its cause."""
    return (
        token.text == "Watch"
        and bool(current)
        and current[-1].text.casefold() not in THING_WATCHES
        and not current[-1].possessive
    )


def is_common(
    token: Token, first_in_sentence: bool, lower_vocabulary: set[str], in_name: bool = False
) -> bool:
    word = token.text.casefold()
    if ("'" in word or "’" in word) and re.split(r"['’]", word)[0] in COMMON_WORDS:
        return True  # "I'm", "We're"
    if in_name and (word in GROUP_NOUNS or word in ORG_HEADS - {"watch"}):
        return False  # "Moody's Investors Service", "Kenya Police"
    if first_in_sentence and word in TITLE_WORDS:
        return False  # "Mayor Bill Lopez spoke", though the article also says "the mayor"
    if token.text.isupper() and is_region(token.text):
        return False  # "US President Joe Brandt": a country, not "us"
    if word in COMMON_WORDS or word in MONTHS or word in WEEKDAYS:
        return True
    # A capitalised sentence opener that the article also writes in lower case is a common
    # word, and so is one that opens sentences and never names: "Maybe Donald Trump ...",
    # "As Trump ...", "Said Comey", "Injecting Clinton into ...".
    # ("Pass-through charges ..." opening a quote: each part an everyday word of the article)
    # (two parts only: "Commander-in-Chief Forum" is a name)
    parts = word.split("-") if word.count("-") == 1 else ()
    everyday = word in lower_vocabulary or (parts and all(p in lower_vocabulary for p in parts))
    return first_in_sentence and (everyday or opens_sentences(word))


def heads_a_body(tokens: list[Token], index: int) -> bool:
    """An organisation's head word, or one word and the head, before "of" and a capitalised
    word: "Bank of Thailand", "Central Bank of Kenya"; or a word that opens organisations'
    names before a capitalised word: "Club Olimpia"."""
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if following and following.capitalised and tokens[index].text.casefold() in ORG_OPENERS:
        return True
    for head in (index, index + 1):
        if (
            head + 2 < len(tokens)
            and tokens[head].capitalised
            and tokens[head].text.casefold() in ORG_HEADS
            and tokens[head + 1].text == "of"
            and tokens[head + 2].capitalised
        ):
            return True
    return False


def opens_sentences(word: str) -> bool:
    if word in FUNCTION_WORDS or word in SAID_FORMS:
        return True
    verb_like = word.endswith("ing") and len(word) > 5
    return verb_like and not (is_given_name(word) or is_surname(word))


def capitalised_after(tokens: list[Token], index: int) -> list[Token]:
    """The run of capitalised words right after tokens[index]."""
    return list(itertools.takewhile(lambda token: token.capitalised, tokens[index + 1 :]))


def closed_by_legal_form(tokens: list[Token], index: int) -> bool:
    """Whether two capitalised words or more after tokens[index] end with a legal form: the
    rest of a company's name ("... Ticari Yatirimlar A.S.", "... Quantum Minerals Ltd")."""
    rest = capitalised_after(tokens, index)
    return len(rest) >= 2 and is_legal_form(rest[-1].text)


def spelled_by_acronym(tokens: list[Token], index: int, current: list[Token]) -> bool:
    """ "of" inside "Joint Chiefs of Staff (JCS)", "and" inside "Pakistan Institute of
    Legislative Development and Transparency (PILDAT)": the acronym in brackets after the name
    spells the capitalised words on both sides (each small word may give its letter or not:
    "Japan Institute for Labour Policy and Training (JILPT)"), or it is the name's acronym in
    the body's own language (see initialled_in_another_language)."""
    # (the rest may hold small words of its own: "United Steel and Metal Workers of America
    # (USMWA)")
    found = name_then_acronym(tokens, index)
    if found and spells([*current, tokens[index], *found[0]], found[1]):
        return True
    return initialled_in_another_language(tokens, index, current)


def spells_the_rest_alone(tokens: list[Token], index: int) -> bool:
    """Whether the acronym in brackets after the name that follows tokens[index] spells that
    name alone: "United National Transport Union (Untu)" after "Transnet and"."""
    found = name_then_acronym(tokens, index)
    return found is not None and spells(*found)


def name_then_acronym(tokens: list[Token], index: int) -> tuple[list[Token], str] | None:
    """The capitalised and small words after tokens[index] and the acronym in brackets right
    after them; None when no acronym follows or a small word ends them."""
    position = long_name_end(tokens, index)
    rest = tokens[index + 1 : position]
    acronym = bracketed(tokens, position)
    if not rest or not rest[-1].capitalised or acronym is None:
        return None
    return rest, acronym


def spells(words: list[Token], acronym: str) -> bool:
    """Whether the acronym is the words' initials, each small word giving its letter or not."""
    letters = "".join(
        re.escape(t.text[0]) if t.capitalised else f"(?:{re.escape(t.text[0])})?" for t in words
    )
    return re.fullmatch(letters, acronym, re.IGNORECASE) is not None


def opens_a_place_name(tokens: list[Token], index: int) -> bool:
    """An everyday word opening a sentence that opens a place's name inside a longer name:
    "New" of "New Zealand Federation of Service Workers ... said", though the article writes
    "new" elsewhere (not of a dateline's "New York (AFP) -")."""
    words = [token.text for token in tokens[index : index + 4]]
    return any(
        len(words) > size and is_place(" ".join(words[:size])) and words[size][:1].isupper()
        for size in (2, 3)
    )


def opens_a_spelled_name(tokens: list[Token], index: int) -> bool:
    """An everyday word that opens a name its acronym spells: "Police" of "Police and Prisons
    Civil Rights Union (Popcru)"."""
    joiner = index + 1
    if spelled_right_after(tokens, index):
        return True  # "Fisheries Observer Agency (FOA)", opening a sentence
    if joiner >= len(tokens) or tokens[joiner].text not in SPELLED_JOINERS:
        return False
    # (the acronym's first letter is the word's: not "Members" of "Members of Sadtu and
    # Democratic Nursing Organisation of South Africa (Denosa)")
    found = name_then_acronym(tokens, joiner)
    return (
        found is not None
        and found[1][:1].upper() == tokens[index].text[:1].upper()
        and spelled_by_acronym(tokens, joiner, [tokens[index]])
    )


def spelled_right_after(tokens: list[Token], index: int) -> bool:
    """Whether the capitalised words from `index` are followed by the acronym in brackets
    that spells them all: "Fisheries Observer Agency (FOA)"."""
    end = index + 1
    while end < len(tokens) and tokens[end].capitalised:
        end += 1
    return (
        end > index + 1
        and end + 2 < len(tokens)
        and tokens[end].text == "("
        and tokens[end + 2].text == ")"
        and spells_with_inner_letters(tokens[index:end], tokens[end + 1].text)
    )


def spells_with_inner_letters(words: list[Token], acronym: str) -> bool:
    """Whether the acronym spells the words by their initials, or by every initial and
    letters from inside them in order: "Workforce Singapore (WSG)"."""
    if spells(words, acronym):
        return True
    initials = "".join(token.text[0] for token in words)
    name = "".join(token.text for token in words).casefold()
    return (
        acronym[:1] == initials[:1]
        and letters_in_order(initials, acronym.casefold())
        and letters_in_order(acronym, name)
    )


SPELLED_JOINERS = NAME_JOINERS | {"and"}


# Document nouns that alone may be a company's name: "Strategy" (once MicroStrategy)
ONE_WORD_NAMES = frozenset({"strategy", "roadmap", "blueprint"})


def bracketed(tokens: list[Token], position: int) -> str | None:
    """The one word in brackets at `position`: "KIEP" of "(KIEP)"."""
    bracket = tokens[position : position + 3]
    if len(bracket) == 3 and bracket[0].text == "(" and bracket[2].text == ")":
        return bracket[1].text
    return None


# What a name's rest may hold before its acronym: "Control of Mineral Trade (SENARECOM)"
INSIDE_A_LONG_NAME = frozenset({"of", "for", "the", "and", "on"})
FOREIGN_ACRONYM = re.compile(r"[A-Z]{3,10}|[A-Z][a-z]{3,7}")


def foreign_capitals(acronym: str) -> bool:
    """An acronym in capitals of another alphabet's letters: "TÜRİMEX", "ÖGB"."""
    return 3 <= len(acronym) <= 10 and acronym.isalpha() and acronym.isupper()


def long_name_end(tokens: list[Token], index: int) -> int:
    """Where the capitalised words and small words after tokens[index] end."""
    position = index + 1
    while position < len(tokens) and (
        tokens[position].capitalised or tokens[position].text in INSIDE_A_LONG_NAME
    ):
        position += 1
    return position


def initialled_in_another_language(tokens: list[Token], index: int, current: list[Token]) -> bool:
    """ "National Service for the Registration and Control of Mineral Trade (SENARECOM)",
    "Autonomous Port of Dakar (PAD)": the name runs on to an acronym in brackets made in the
    body's own language, whose letters hold nearly all the initials of the English name's
    capitalised words though in another order or with syllables between (three in four,
    its first letter among them), or the capitalised word of such an acronym ("Police and
    Prisons Civil Rights Union (Popcru)"); when the part after the joiner is an organisation
    of its own, the acronym holds the initials before the joiner too ("Ministry of Health and
    Ghana Health Service (GHS)" are two)."""
    found = name_then_acronym(tokens, index)
    if found is None:
        return False
    rest, acronym = found
    if not (FOREIGN_ACRONYM.fullmatch(acronym) or foreign_capitals(acronym)):
        return False
    letters = set(acronym.upper())
    if whole_organisation(capitalised_after(tokens, index)) and not letters >= {
        t.text[0].upper() for t in current if t.capitalised
    }:
        return False
    initials = {t.text[0].upper() for t in [*current, *rest] if t.capitalised}
    spelled = initials & letters
    return len(initials) >= 3 and acronym[0] in initials and 4 * len(spelled) >= 3 * len(initials)


# "Co Inc" ends a name; "National Grid Corporation of the Philippines" goes on
CLOSING_LEGAL_FORMS = CORPORATE_SUFFIXES - {"corporation", "company"}


def opens_with_a_place(tokens: list[Token]) -> bool:
    """ "Addis Ababa University", "Kenya Airways"."""
    words = [token.text for token in tokens[:-1]]
    return any(is_place(" ".join(words[:n])) for n in (1, 2) if n <= len(words))


SUBUNIT_HEADS = frozenset({"division", "bench"})  # parts of a body, named before "of the" body


# (not "the Congress for Progressive Change", "the National Assembly for Wales": names)
LEGISLATURES = frozenset({"parliament"})


def constituency_after(tokens: list[Token], index: int, current: list[Token]) -> bool:
    """Whether tokens[index] is the "for" of "Member of Parliament for Kengkhar-Weringla",
    which names a constituency, not more of the legislature's name."""
    if tokens[index].text != "for" or current[-1].text.casefold() not in LEGISLATURES:
        return False
    start = index - len(current)
    before = [token.text.casefold() for token in tokens[max(0, start - 3) : start]]
    before = [word for word in before if word != "the"]
    return before[-2:] in (["member", "of"], ["members", "of"])


# A person's title after a body's word, opening no body's name ("Board Chairman of ...")
PERSONS_TITLES = frozenset({"chairman", "chairwoman", "chairperson", "president", "secretary"})


def joins_organisation_name(tokens: list[Token], index: int, current: list[Token]) -> bool:
    """Whether tokens[index] is a lower-case word inside an organisation's name: "Ministry
    of Foreign Affairs", "Church of the Open Door"."""
    if is_legal_form(current[-1].text, CLOSING_LEGAL_FORMS):
        # "Co Inc" ends a name: "... Co Inc on Friday"; but "National Grid Corporation of the
        # Philippines" goes on
        return False
    if tokens[index].text in NAME_JOINERS and spelled_by_acronym(tokens, index, current):
        return True
    # "Ministry of ..." or "... Institute of Technology", but not "John Church of Texas";
    # "Departmental Federation of Mining Cooperatives of Potosí": its head before its "of"
    words = [token.text.casefold() for token in current]
    opens_with_head = words[0] in ORG_HEADS or joined_head(words) in ORG_HEADS
    head = next(token.text for token in reversed(current) if token.capitalised)
    # "John Church (of Texas)"; not "Santiago Chamber (of Commerce)": of a field, a body
    after = [token.text for token in tokens[index + 1 : index + 3] if token.text != "the"]
    named = is_given_name(current[0].text) and is_surname(head)
    person = named and (not after or is_place(after[0]) or not after[0][:1].isupper())
    head = head.casefold().removesuffix("-general")  # "Directorate-General for Trade"
    # "Dairy Farmers of Ireland", "Grain Growers of Canada": a trade's members, of a place
    place_after = bool(after) and (is_place(after[0]) or is_region(after[0]))
    members = head in TRADE_MEMBERS and len(current) >= 2 and tokens[index].text == "of"
    if (members and place_after) or not (opens_with_head or (head in ORG_HEADS and not person)):
        return members and place_after
    word, following = tokens[index].text, tokens[index + 1 : index + 3]
    # "Board Chairman of the GMLA": whose officer, not a body's name (but "Office of the
    # Secretary of Defense" is one)
    officer = len(current) > 1 and words[-1] in PERSONS_TITLES and current[-2].capitalised
    if officer or (
        head in SUBUNIT_HEADS and word == "of" and following[:1] and following[0].text == "the"
    ):
        return False  # (or "the Appellate Division of the Supreme Court": a body's part)
    if word == "of" and any(t.text in {"of", "for"} for t in current):
        # "Institute for Peace and Security Studies of Addis Ababa University" are two: a
        # second "of" before a place's own institution
        name_after = organisation_name_after(tokens, index)
        if whole_organisation(name_after) and opens_with_a_place(name_after):
            return False
    if word == "the":
        return current[-1].text in NAME_JOINERS and opens_a_name_part(tokens, index + 1)
    if word not in NAME_JOINERS or not following:
        return False
    if opens_something_else(following):
        return False
    if following[0].capitalised:
        return True
    return following[0].text == "the" and opens_a_name_part(tokens, index + 2)


# "15th" of "Regional Labor Court of the 15th Region", "9th" of "Court of Appeals for the 9th
# Circuit": a number written as an ordinal inside a body's name
ORDINAL = re.compile(r"\d{1,3}(?:st|nd|rd|th)")


def opens_a_name_part(tokens: list[Token], index: int) -> bool:
    """Whether a part of a body's name starts at tokens[index]: a capitalised word, or an
    ordinal before one."""
    if index >= len(tokens):
        return False
    if tokens[index].capitalised:
        return True
    # (after "of" or "for" only, and not a date: "The Bank of England on the 4th August")
    return (
        ORDINAL.fullmatch(tokens[index].text) is not None
        and index >= 2
        and tokens[index - 2].text in {"of", "for"}
        and index + 1 < len(tokens)
        and tokens[index + 1].capitalised
        and tokens[index + 1].text.casefold() not in CALENDAR_WORDS
    )


def opens_something_else(following: list[Token]) -> bool:
    """Whether the words after a joiner are no part of the name before it: a date or an
    amount ("the Harbour Board on Friday", "Mau Ridge Holdings for Sh4.6 billion"), or another
    body ("member of the Mercosur Parliament for the Frente Amplio")."""
    first = following[0].text
    if first.casefold() in CALENDAR_WORDS or any(character.isdigit() for character in first):
        return True
    return first == "the" and following[-1].text.casefold() in ORG_OPENERS


# What joins an organisation's head to its fields, and the last of those to the others
ROMANCE_OFS = frozenset({"de", "del", "des", "du", "da", "do", "di", "della"})
ENGLISH_OFS = frozenset({"of", "for", "on"})
LIST_ANDS = frozenset({"and", "y", "e", "et"})


def a_persons_name(words: list[Token], romance: bool = False) -> bool:
    """ "Ana Ruiz": a given name, then a surname (not "Río Negro", a province); in a Spanish,
    French, Portuguese or Italian body's list any name a given name opens ("Carolina Darias":
    its fields are words, no given names)."""
    return (
        len(words) >= 2
        and is_given_name(words[0].text)
        and (romance or (len(words) == 2 and is_surname(words[1].text)))
        and not is_place(" ".join(w.text for w in words))
    )


def lists_fields(tokens: list[Token], index: int, current: list[Token]) -> bool:
    """Whether the comma at `index` lists the fields of an organisation's name: "Ministry of
    Trade, Industry and Energy", "Department for Environment, Food and Rural Affairs" (a
    head word, "of", "for" or "on", then capitalised fields joined by commas and a last "and"), or
    "the Zakat, Tax and Customs Authority" (fields after "the", the head after the last
    "and")."""
    words = [token.text for token in current]
    # ("Committee on Finance, Planning and Economic Development": "on" too; "Ministerio de
    # Ganadería, Agricultura y Pesca": a Spanish, French, Portuguese or Italian body's "de")
    # (a Romance "de" only after a Romance head: not the "da" of "Vasco da Gama Centre for")
    joiner = next(
        (
            i
            for i, word in enumerate(words)
            if word in ENGLISH_OFS
            or (word in ROMANCE_OFS and i and words[i - 1].casefold() in ROMANCE_ORG_HEADS)
        ),
        None,
    )
    head = words[joiner - 1].casefold() if joiner else ""
    romance = joiner is not None and words[joiner] in ROMANCE_OFS
    headed = head in ORG_HEADS or (head in ROMANCE_ORG_HEADS and romance)
    if not headed and (joiner is not None or len(current) > 3):
        return False
    position = index
    while position < len(tokens) and tokens[position].text == ",":
        position += 1
        start = position
        while position < len(tokens) and tokens[position].capitalised:
            position += 1
        if position == start or a_persons_name(tokens[start:position], romance):
            return False  # (not people listed after it: "the Ministry of Health, Ana Ruiz and")
    # (the last field joined in the name's own language: "Agricultura y Pesca")
    ands = LIST_ANDS - {"and"} if romance else {"and"}
    if position >= len(tokens) or tokens[position].text not in ands:
        return False
    if headed:
        return position + 1 < len(tokens) and tokens[position + 1].capitalised
    # "the Zakat, Tax and Customs Authority": the fields before the head, after "the"
    opening = next(i for i in range(index - 1, -1, -1) if tokens[i] is current[0])
    after_the = opening > 0 and tokens[opening - 1].text.casefold() == "the"
    return after_the and bool(organisation_name_after(tokens, position))


def country_spelled_after(tokens: list[Token], index: int, current: list[Token]) -> bool:
    """Whether the comma at `index` sets off the country a body's name ends with, as its
    acronym in brackets spells: "Independent Power Producers' Association, Nepal (IPPAN)"."""
    if index + 4 >= len(tokens) or not is_place(tokens[index + 1].text):
        return False
    opening, acronym, closing = (t.text for t in tokens[index + 2 : index + 5])
    return (
        opening == "("
        and closing == ")"
        and ACRONYM.fullmatch(acronym) is not None
        and spells([*current, tokens[index + 1]], acronym)
    )


PARTNERS_WORDS = frozenset({"Associates", "Partners", "Sons", "Co"})


def partners_listed(tokens: list[Token], index: int, current: list[Token]) -> bool:
    """Whether the comma at `index` lists the partners a firm is named for: "Hylton, Clarke &
    Associates", "Hartley, Moss & Finch LLP" (surnames, then "&" and the last, closed by
    "Associates" or a legal form)."""
    # (one surname so far, or those before it listed the same way: "Ochieng, Onyango, ...")
    partners = current[::2]
    listed = all(t.text == "," for t in current[1::2]) and len(current) % 2 == 1
    if not listed or not all(t.capitalised for t in partners):
        return False
    position = index
    while (
        position + 1 < len(tokens)
        and tokens[position].text == ","
        and tokens[position + 1].capitalised
    ):
        partners.append(tokens[position + 1])
        position += 2
    # ("&", or "and" before the firm's word: "Dillon, Read and Co")
    if position + 1 >= len(tokens) or tokens[position].text not in {"&", "and"}:
        return False
    last = tokens[position + 1]
    if tokens[position].text == "and" and last.text not in PARTNERS_WORDS:
        return False
    closer = position + 2 if last.text in PARTNERS_WORDS else position + 3
    closing = tokens[position + 2].text if position + 2 < len(tokens) else ""
    after = tokens[closer].text if closer < len(tokens) else ""
    # (surnames, not firms listed: "Deloitte, KPMG, Ernst & Young LLP and PwC")
    return (
        last.capitalised
        and (last.text in PARTNERS_WORDS or is_legal_form(closing))
        and not any(partner.text.isupper() for partner in partners)
        and after not in {"and", "&"}
    )


def organisation_name_after(tokens: list[Token], index: int, titled: bool = False) -> list[Token]:
    """The capitalised words after tokens[index] if they end like an organisation's name
    ("... Exchange Commission", "... Co Inc"), else none; `titled`: before a title of its
    member, which is no part of it ("a People's Party MP for Songkhla")."""
    rest = capitalised_after(tokens, index)
    while titled and len(rest) > 1 and rest[-1].text.casefold().rstrip(".") in TITLE_WORDS:
        rest.pop()
    # ("... Sand and Stone Private Limited": a South Asian legal form ends it too; not
    # "Dangote Cement and Lafarge Africa Limited", two firms)
    private = len(rest) > 1 and [t.text.casefold() for t in rest[-2:]] == ["private", "limited"]
    if not rest or not (rest[-1].text.casefold() in ORG_HEADS or private):
        return []
    # "... and Oil and Gas Development Company", "Harvard University's Energy and Environment
    # Policy Center": an industry that opens a list of fields is no name
    after = index + len(rest) + 1
    listed = after < len(tokens) and tokens[after].text == "and"
    return [] if len(rest) == 1 and listed and rest[0].text.casefold() in INDUSTRY_HEADS else rest


# Title words naming a person's office, not a department ("Foreign", "Trade").
OFFICES = TITLE_WORDS - TITLE_FIELDS
OFFICES_NOT_RANKS = OFFICES - RANK_WORDS  # "First" alone of "First Quantum" is no office


# A noun made from a verb, naming an activity: "Transmission", "Manufacturing", "Development"
ACTIVITY_NOUN = re.compile(r"[A-Z][a-z]+(?:tion|sion|ing|ment)")


# Bodies named by their remit after "on": "Committee on Banking and Currency"
REMIT_BODIES = frozenset({"committee", "subcommittee", "commission", "council", "board"})


def remit_joined(tokens: list[Token], index: int, current: list[Token]) -> bool:
    """ "and" inside a committee's remit: "House of Representatives Committee on Banking and
    Currency", "National Committee on Labour and Social Consensus" (not before a person or a
    title: "the Committee on Finance and Senator X")."""
    words = [token.text.casefold() for token in current]
    remit = any(
        word in REMIT_BODIES and following == "on" for word, following in itertools.pairwise(words)
    )
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return (
        remit
        and following is not None
        and following.capitalised
        and not is_given_name(following.text)
        and following.text.casefold() not in TITLE_WORDS
    )


def joins_with_and(tokens: list[Token], index: int, current: list[Token]) -> bool:
    """ "and" or "&" inside an organisation's name: "Securities and Exchange Commission",
    "Merrill Lynch and Co Inc", but not "Reagan and Bush"; in the firm's own language
    only inside a name its legal form closes ("Galatasaray Sportif Sinai ve Ticari
    Yatirimlar A.S.")."""
    if tokens[index].text in FOREIGN_ANDS:
        return closed_by_legal_form(tokens, index)
    if tokens[index].text == "and" and spells_the_rest_alone(tokens, index):
        return False  # "Transnet and United National Transport Union (Untu)" are two
    # "... Legislative Development and Transparency (PILDAT)", "Association of Lebanese
    # Traders and Importers", "Trade Union and Labor Relations Adjustment Act" (a law's name,
    # dropped whole)
    if tokens[index].text == "and" and (
        spelled_by_acronym(tokens, index, current)
        or members_joined(tokens, index, current)
        or names_a_law(tokens, index)
        or remit_joined(tokens, index, current)
    ):
        return True
    if tokens[index].text == "&":  # "Bay Power & Light", "Procter & Gamble"
        # (a surname's particle may open the second part: "Naidoo & du Toit Attorneys")
        particle = index + 2 < len(tokens) and tokens[index + 1].text in PERSON_PARTICLES
        following = (
            tokens[index + 2 if particle else index + 1] if index + 1 < len(tokens) else None
        )
        words = (current[-1], following) if following else ()
        return bool(words) and all(w.capitalised and len(w.text) > 1 for w in words)
    rest = organisation_name_after(tokens, index)
    if tokens[index].text != "and" or not rest:
        return False
    # "King Abdullah Petroleum Studies and Research Center": a field, not a name, before "and"
    field_before = len(current) > 2 and current[-1].text.casefold() in BODY_FIELDS
    if not field_before and any(token.text.casefold() in OFFICES for token in current[:-1]):
        return False  # "Apple CEO Tim Cook and Bank of Japan Governor ..." are two people
    last_place = is_place(current[-1].text)
    if (last_place and is_org(current, "")) or (
        is_region(current[-1].text) and whole_organisation(rest)
    ):
        # "Communications Workers of America and Harbour City FC", "NHS England and BBVA
        # Research" are two
        return False
    # "the Ministry of Energy and Green Transition and Sankofa Power Distribution Ltd": a
    # public body named by its field, then a company its legal form closes, are two
    public_body = current[0].text.casefold() in ORG_HEADS and any(
        token.text in {"of", "for"} for token in current
    )
    if public_body and is_legal_form(rest[-1].text) and len(rest) > 1:
        return False
    # "Mary Collins and the Harbour Board" are two; "Merrill Lynch and Co Inc" is one.
    legal_form = all(is_legal_form(token.text) for token in rest)
    # "Ministry of Health and Ghana Health Service": a body, then a place's own body; not
    # "Institute of Politics and Public Service", "Union of Dockers and Port Workers"
    body = len(current) > 2 and is_org(current, "") and opens_with_a_place(rest)
    # "Ministry of Energy and Mineral Resources", "Private Oil and Gas Workers' Union": a
    # field ends the first part, which is no name
    # (nor "Lao Freight and Logistics Association", "Yunnan Provincial Logistics and Border
    # Trade Commission": a region's industry, then a body of its members or its regulator;
    # not "Dangote Cement and Nigerian Ports Authority", a firm and a body of another place)
    regional = is_place(current[0].text) or is_demonym(current[0].text)
    industry_then_body = (
        regional
        and current[-1].text.casefold() in INDUSTRY_HEADS
        and rest[-1].text.casefold() in INDUSTRY_BODIES
        and not (is_place(rest[0].text) or is_demonym(rest[0].text))
    )
    named = (
        whole_organisation(current)
        and current[-1].text.casefold() not in BODY_FIELDS
        and not industry_then_body
    )
    if not legal_form and (named or body) and whole_organisation(rest):
        # "Orbis Biosciences and Kaveri Cement", "Acme Inc and Brill Co Inc" are two; but
        # "Sumitomo Trust and Banking Co Ltd" is one, its legal form closing it
        complete = is_legal_form(current[-1].text)
        return not complete and is_legal_form(rest[-1].text)
    # "Kenya Power and Lighting Company PLC": a country opens a firm's name its legal form closes
    national_firm = is_region(current[0].text) and is_legal_form(rest[-1].text)
    # "Titas Gas Transmission and Distribution PLC", "... Exploration and Production Company":
    # two activities joined, both nouns made from verbs ("Titas" a given name elsewhere)
    activities = len(current) > 1 and all(
        ACTIVITY_NOUN.fullmatch(token.text) and not is_surname(token.text)
        for token in (current[-1], rest[0])
    )
    given = is_given_name(current[0].text)
    return legal_form or national_firm or field_before or activities or not given


def names_a_law(tokens: list[Token], index: int) -> bool:
    """Whether the capitalised words after the "and" at `index` close a law's or a treaty's
    name: "Labor Relations Adjustment Act" of "Trade Union and Labor Relations Adjustment
    Act"."""
    rest = capitalised_after(tokens, index)
    return len(rest) >= 2 and rest[-1].text.casefold() in LAW_NOUNS


LAW_NOUNS = frozenset({"act", "law", "bill", "code", "treaty", "convention", "charter", "decree"})


# A plural naming people by their work: "Traders", "Importers", "Dockers", "Pharmacists"
PEOPLE_AT_WORK = re.compile(r"[A-Z][a-z]+(?:ers|ors|ists|ians|men|ants|ents)")


def members_joined(tokens: list[Token], index: int, current: list[Token]) -> bool:
    """ "and" between the two kinds of members a body of its members is named for: "Association
    of Lebanese Traders and Importers", "Union of Dockers and Port Workers" (the name ends
    there; not "the Association of Traders and Ali Hassan")."""
    words = [token.text.casefold() for token in current]
    of = words.index("of") if "of" in words[1:4] else 0
    if not of or words[of - 1] not in MEMBERS_BODIES or len(words) == of + 1:
        return False
    if not PEOPLE_AT_WORK.fullmatch(current[-1].text):
        return False
    rest = capitalised_after(tokens, index)
    ended = index + len(rest) + 1 >= len(tokens) or not tokens[index + len(rest) + 1].capitalised
    return 1 <= len(rest) <= 2 and ended and PEOPLE_AT_WORK.fullmatch(rest[-1].text) is not None


def portfolio_listed(tokens: list[Token], index: int, current: list[Token]) -> bool:
    """ "Turkish Energy and Natural Resources Minister Murat Aksoy": fields before "and" and
    after it, then an office, are one minister's portfolio."""
    if current[-1].text.casefold() not in BODY_FIELDS:
        return False
    rest = list(
        itertools.takewhile(
            lambda token: token.capitalised and token.text.casefold() not in OFFICES,
            tokens[index + 1 : index + 5],
        )
    )
    after = index + 1 + len(rest)
    office = after < len(tokens) and tokens[after].text.casefold() in OFFICES
    return bool(rest) and len(rest) <= 3 and office and all(map(portfolio_word, rest))


# Words that qualify a field in a ministry's name ("Heavy Industry", "Light Industry", "Higher
# Education", "Rural Development")
FIELD_QUALIFIERS = frozenset(
    "heavy light small medium large rural urban higher primary secondary basic public social "
    "foreign internal external national regional local sustainable economic blue green".split()
)


GERUND = re.compile(r"[A-Z][a-z]{2,}ing")
# ("Ministry of Treasury and Finance": the treasury a field only after a body's "of"; elsewhere
# "National Treasury" is a body; "Ministry of Marine and Blue Economy": "Marine" a field only
# there, elsewhere a given name)
FIELDS_OF_A_MINISTRY = BODY_FIELDS | {"treasury", "marine"}


def field_goes_on(
    tokens: list[Token], index: int, current: list[Token], lower_vocabulary: set[str]
) -> bool:
    """ "and" inside the field of a body's name: "Ministry of Labour and Employment (Secretary
    ...)", "Department of Social Welfare and Development", "Academy of International Trade
    and Economic Cooperation"; not "the Ministry of Finance and Bank Indonesia" nor "... and
    Chief Minister Budi Santoso" (the words after "and", up to an office, name a field: no
    name or place, each a field's word or one the article writes in lower case)."""
    words = [token.text.casefold() for token in current]
    # ("Committee on Agriculture and Livestock": "on" too)
    joiners = [i for i, word in enumerate(words) if word in {"of", "for", "on"}]
    if tokens[index].text == "and" and not joiners:
        return portfolio_listed(tokens, index, current)
    if tokens[index].text != "and" or not joiners or words[joiners[0] - 1] not in ORG_HEADS:
        return False
    # the field after the last "of": "Federation of Nepalese Chambers of Commerce and Industry"
    field = [token for token in current[joiners[-1] + 1 :] if token.capitalised]
    # (up to an office that titles a name after it: "... and Justice upheld" ends a field,
    # "... and Justice Ruth Levinson" names a judge)
    following = tokens[index + 1 :]
    rest = [
        token
        for token, _ in itertools.takewhile(
            lambda pair: (
                pair[0].capitalised
                and not (
                    pair[0].text.casefold() in OFFICES
                    and pair[1] is not None
                    and pair[1].capitalised
                )
            ),
            zip(following, [*following[1:], None], strict=True),
        )
    ]
    # (a possessive ends a field only when its words are all fields': "the Ministry of Health
    # and Wellness’ award", checked below; not "... and Bank Indonesia's")
    if not field or not rest or len(rest) > 3:
        return False
    after = index + 1 + len(rest)
    titled = (
        after + 1 < len(tokens)
        and tokens[after].text.casefold() in OFFICES
        and tokens[after + 1].capitalised
    )
    if titled and len(rest) == 1 and rest[0].text.casefold() not in BODY_FIELDS:
        return False  # "Ministry of Finance and Treasury Secretary Scott Bessent": two
    if titled and {token.text for token in rest} & {token.text for token in field}:
        # "Ministry of Health and Health Minister ...": a field is named once (but "Ministry
        # of Education and Higher Education")
        return False
    # "Ministry of Mining and Heavy Industry": a qualifier before a field's word (not "Ministry
    # of Health and Roche Diagnostics", two bodies)
    # ("... of Electricity and Drinking Water": a use before the field's word too)
    qualified = of_a_field(rest[-1], lower_vocabulary) and all(
        t.text.casefold() in FIELD_QUALIFIERS
        or (GERUND.fullmatch(t.text) and rest[-1].text.casefold() not in ORG_HEADS)
        for t in rest[:-1]
    )
    fields = field + (rest[-1:] if qualified else rest)
    return all(of_a_field(token, lower_vocabulary) for token in fields) and not any(
        is_place(token.text) or is_demonym(token.text) for token in field + rest
    )


def of_a_field(token: Token, lower_vocabulary: set[str]) -> bool:
    """A word of a ministry's field: a field's word, one the article writes in lower case, or
    one shaped like a field ("... Development", "... Affairs")."""
    word = token.text.casefold()
    return (
        word in FIELDS_OF_A_MINISTRY
        or (word in lower_vocabulary and word not in ORG_HEADS)
        or bool(FIELD_WORD_ENDING.search(token.text) and not is_given_name(token.text))
    )


def field_of_a_body(current: list[Token], token: Token) -> bool:
    """ "Analysis" of "Centre for Policy and Trade Analysis": a field's word, though also an
    everyday one, goes on a body's name after its "of", "for" or "on"."""
    return token.text.casefold() in BODY_FIELDS and any(
        part.text in {"of", "for", "on"} for part in current
    )


def field_before_a_body(tokens: list[Token], index: int) -> bool:
    """ "Revenue" of "Revenue Department director-general X": a field's word, though also an
    everyday one, opens a body's name before its head word."""
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return (
        tokens[index].text.casefold() in BODY_FIELDS
        and following is not None
        and following.capitalised
        and following.text.casefold() in ORG_HEADS
    )


# The heads of bodies named by their members: "Economists Association", "Doctors Union"
MEMBERS_BODIES = frozenset(
    {"association", "union", "federation", "council", "guild", "society", "chamber", "forum"}
)
# ... and of those an industry has, of its members or its regulators
INDUSTRY_BODIES = MEMBERS_BODIES | {"commission", "board", "authority", "institute", "agency"}


def members_before_their_body(tokens: list[Token], index: int) -> bool:
    """ "Economists" of "The Economists Association of Malawi": a group's word, though also
    an everyday one, opens the name of the body of its members."""
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return (
        following is not None
        and following.capitalised
        and following.text.casefold() in MEMBERS_BODIES
        and tokens[index].text.casefold() in GROUP_NOUNS
    )


def whole_organisation(tokens: list[Token]) -> bool:
    """A name and its kind: "Orbis Biosciences", "Kaveri Cement"; not "Securities" alone."""
    return len(tokens) >= 2 and tokens[-1].text.casefold() in ORG_HEADS


# Small words inside a body's name, after which a title word is its field, not its member's
BODY_NAME_JOINERS = frozenset({"of", "for", "and", "the", "&"})
# What an office holder's possessive names as a body: "the Prime Minister's Office"
OFFICE_BODIES = frozenset({"Office", "Secretariat", "Department", "Chambers", "Bureau"})


def possessive_inside_name(tokens: list[Token], index: int, text: str) -> bool:
    """ "Moody's Investors Service", "Standard and Poor's Corp": a possessive inside an
    organisation's name, not "Japan's Electronics Manufacturers Council", nor a person's
    ("Hillary Clinton's State Department", "Mr. Obama's Council of Economic Advisers")."""
    word = tokens[index].text
    if named_for_a_monarch_or_saint(tokens, index) and organisation_name_after(tokens, index):
        return True  # "King Mongkut's Institute of Technology", "St Mary's Hospital"
    if is_place(word) or is_demonym(word):
        return False
    if index and is_place(f"{tokens[index - 1].text} {POSSESSIVE.sub('', word)}"):
        return False  # "Costa Rica's National Wage Council": a place of two words owns it
    acronym = POSSESSIVE.sub("", word)
    if len(acronym) > 2 and ACRONYM.fullmatch(acronym):
        # "USDA's Foreign Agricultural Service", "NATO's ...": its unit (not "BJ's Wholesale
        # Club", a firm's name)
        return False
    following = tokens[index + 1].text if index + 1 < len(tokens) else ""
    if word.casefold() in OFFICES and following in OFFICE_BODIES:
        return True  # "Prime Minister's Office", "Attorney General's Chambers"
    if owned_by_a_person(tokens, index) and not group_plural(tokens[index]):
        return False  # "Ceylon Workers' Congress": workers own it, not a "Ceylon"
    if group_plural(tokens[index]) and plural_of_a_body(tokens, index + 1):
        return True  # "Confederation of Metal Workers' Unions"
    owner = POSSESSIVE.sub("", word)
    if owner.casefold() in ORG_HEADS and not owner.endswith("s"):
        # "the National Assembly's Public Accounts Committee", "Harvard University's Kennedy
        # School": a body's own unit, two names (not "Workers' Party", "Brothers'")
        return False
    return bool(organisation_name_after(tokens, index, titled=True))


MONARCHS_AND_SAINTS = frozenset({"king", "queen", "prince", "princess", "saint", "st"})


def named_for_a_monarch_or_saint(tokens: list[Token], index: int) -> bool:
    """The possessive at `index` ends a monarch's or a saint's name, right after the title:
    the name of a body named for one ("King Mongkut's", "St John's")."""
    title = tokens[index - 1].text.casefold() if index else ""
    opens = index < 2 or not tokens[index - 2].capitalised
    return title in MONARCHS_AND_SAINTS and opens


def plural_of_a_body(tokens: list[Token], index: int) -> bool:
    """ "Unions", "Associations": a body's head word in the plural, at `index`."""
    word = tokens[index].text if index < len(tokens) else ""
    return word[:1].isupper() and word.endswith("s") and word[:-1].casefold() in ORG_HEADS


def group_plural(token: Token) -> bool:
    """A plural's possessive ("Workers'", "Exporters'"): a group's, not a person's."""
    word = token.text.casefold()
    if token.outer_end - token.end != 1 or not word.endswith("s") or is_surname(token.text):
        return False
    return word[:-1] in GROUP_MEMBER_NOUNS or word.endswith("ers")


def owned_by_a_person(tokens: list[Token], index: int) -> bool:
    """The possessive at `index` ends a person's name: a given name before it in the run, or
    a courtesy title or office."""
    run = [
        t
        for t in itertools.takewhile(
            lambda t: t.capitalised or t.text == ".", reversed(tokens[:index])
        )
        if t.text != "."
    ]
    titled = bool(run) and run[-1].text.casefold().rstrip(".") in TITLE_WORDS
    return titled or (bool(run) and is_given_name(run[-1].text))


def middle_initial(tokens: list[Token], index: int) -> bool:
    """A lone capital with its period between a given name and a capitalised word."""
    after = tokens[index + 1 : index + 3]
    return (
        INITIAL.fullmatch(tokens[index].text) is not None
        and is_given_name(tokens[index - 1].text)
        and len(after) == 2
        and after[0].text == "."
        and after[1].capitalised
    )


# Days of a month spelled out, as some wire tables write them ("Record May eight")
DAY_NUMBERS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty".split()
)


def dated_after_period(tokens: list[Token], index: int) -> bool:
    """ "Jan. 8": a number after the month's period ("Prime Minister Theresa May." ends a
    sentence)."""
    after = tokens[index + 2] if index + 2 < len(tokens) else None
    return after is not None and after.text[:1].isdigit()


def month_inside_name(tokens: list[Token], index: int, current: list[Token]) -> bool:
    """A month's or a day's name that is a given name ("Jun", "May", "Thu") after a name's
    capitalised word, and not before a day's number ("Oct 5")."""
    token, before = tokens[index], current[-1]
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    # "Theresa May", "Wang Jun"; not "Ford April (sales)", "Powell June (remarks)": a word
    # that is a surname too may be a firm's or a person's surname before a date
    word = before.text
    named = is_chinese_family_name(word) or (is_given_name(word) and not is_surname(word))
    return (
        token.capitalised
        and token.text.casefold() in CALENDAR_WORDS  # "Thu" of "Nguyen Thi Thu Ha"
        and is_given_name(token.text)
        and named
        and before.text.casefold() not in NO_SURNAMES
        and not is_place(before.text)  # "the London May price"
        # a date: "Oct 5", "Jan. 8", "Record April One", "Record May eight"
        and not (following and (following.text[:1].isdigit() or following.text in {"-", "/"}))
        and not (following and following.text == "." and dated_after_period(tokens, index))
        and not (following and following.text.casefold() in DAY_NUMBERS)
        # "Record April One", but "Nguyen Thi Thu Ha", "Daniel Koh Jun Hao" (a syllable of a
        # Chinese given name after a family name)
        and not (
            following
            and following.capitalised
            and not is_given_name(following.text)
            and not (is_chinese_family_name(word) and chinese_syllable(following.text))
        )
    )


# Abbreviations that end a name, written with their period ("Co.", "Inc.", "Jr.")
ABBREVIATED_ENDINGS = frozenset(
    {"co", "corp", "inc", "ltd", "bros", "cos", "jr", "sr", "bhd", "pvt"}  # "Pvt. Ltd."
)


def bracket_inside_firm(tokens: list[Token], index: int) -> bool:
    """A bracketed word between a firm's name and its legal form: "(Pvt)" of "Lanka Frontier
    Securities (Pvt) Ltd", "(Cambodia)" of "Golden Lotus Apparel (Cambodia) Co., Ltd."."""
    following = tokens[index : index + 4]
    return (
        len(following) == 4
        and following[0].text == "("
        and following[1].capitalised
        and following[2].text == ")"
        and following[3].capitalised  # not "Sen. Chuck Schumer (D-NY) as part of"
        and is_legal_form(following[3].text)
    )


# Letters after a person's name for a rank or an honour, written in capitals: "SC" (Senior
# Counsel), "SAN" (Senior Advocate of Nigeria), "QC", "KC", "MP", "OBE".
POST_NOMINALS = frozenset(
    {"SC", "SAN", "QC", "KC", "MP", "MLA", "MPP", "OBE", "CBE", "MBE", "KBE"}
    | {"TD", "MEP", "MSP"}  # Irish, European and Scottish members of parliament
)


def ends_a_persons_name(run: list[Token]) -> bool:
    """Whether a run of two words or more could end with a person's surname: no organisation's
    word ends it ("Supreme Court" before "SC" is a body and its acronym)."""
    return len(run) >= 2 and run[-1].text.casefold() not in ORG_HEADS and not is_org(run, "")


def bracket_inside_title(tokens: list[Token], index: int, current: list[Token]) -> int:
    """How many tokens a bracketed field between an office and a name takes (0 when there is
    none): "(Trade)" of "Joint Secretary (Trade) Anil Kumar", "(Economic Relations)" of
    "Additional Secretary (Economic Relations) Meena Rao"; or a mark of retirement, "(retd)"."""
    if tokens[index].text != "(" or current[-1].text.casefold() not in OFFICES:
        return 0
    for words in (1, 2, 3):
        closer = index + words + 1
        if closer + 1 >= len(tokens):
            return 0
        if tokens[closer].text == ")":
            field = tokens[index + 1 : closer]
            name_follows = tokens[closer + 1].capitalised
            fielded = all(t.capitalised and bracketed_field_word(t.text) for t in field)
            # ("Rear Admiral (r) Ernesto Valdivia", "Lt Gen (retd) Tariq Khan": retired)
            retired = all(t.text.casefold() in RETIRED_MARKS for t in field)
            return words + 2 if name_follows and (fielded or retired) else 0
    return 0


RETIRED_MARKS = frozenset({"r", "retd", "ret", "rtd", "retired", "."})


def bracketed_field_word(word: str) -> bool:
    """A word of an office's field: "Trade", "Economic", "Americas"; not the given name an
    editor puts in brackets ("Prime Minister (Junichiro) Koizumi")."""
    plain = word.casefold()
    return (
        plain in BODY_FIELDS
        or FIELD_WORD_ENDING.search(plain) is not None
        or is_region(word)
        or (is_place(word) and not is_given_name(word))
    )


NICKNAME_CLOSERS = frozenset({'"', "”", "’"})


def nickname_inside_name(tokens: list[Token], index: int, current: list[Token]) -> int:
    """How many tokens a nickname in quotes between a given name and a surname takes (0 when
    there is none): 'Ramon "Monching" Villaflor', 'Joseph “Erap” Estrada', 'Héctor “El
    Turco” Ferreyra', 'Nompumelelo "Mpumi" Zungu' (a given name no list knows)."""
    if tokens[index].text == "'":
        return single_quoted_nickname(tokens, index, current)
    if tokens[index].text not in QUOTE_OPENERS:
        return 0
    for words in (1, 2):
        closer = index + words + 1
        if closer + 1 >= len(tokens) or tokens[closer].text not in NICKNAME_CLOSERS:
            continue
        nickname = tokens[index + 1 : closer]
        surname = tokens[closer + 1]
        # ('Emmanuel "Manny" de Guzman': a particle may open the surname)
        particle = surname.text in PERSON_PARTICLES and closer + 2 < len(tokens)
        if particle and tokens[closer + 2].capitalised:
            surname = tokens[closer + 2]
        if not (all(t.capitalised for t in nickname) and surname.capitalised):
            return 0
        calendar = surname.text.casefold() in CALENDAR_WORDS  # 'Cruz "Lyin Ted" Tuesday'
        return words + 2 if given_name_or_unknown(current[-1].text) and not calendar else 0
    return 0


def single_quoted_nickname(tokens: list[Token], index: int, current: list[Token]) -> int:
    """ "Josefa 'Joe' Ravuvu": straight single quotes around a one-word nickname (its closing
    mark read as a plural's possessive, "Joe'") between a known given name and a surname:
    the two tokens it takes, else 0."""
    if index + 2 >= len(tokens) or not given_name_or_unknown(current[-1].text):
        return 0
    nickname, surname = tokens[index + 1], tokens[index + 2]
    closed = nickname.possessive and nickname.outer_end - nickname.end == 1
    return 2 if closed and nickname.capitalised and surname.capitalised else 0


def given_name_or_unknown(given: str) -> bool:
    """A known given name, or a word no list knows as anything else ("Semi", "Nompumelelo")."""
    word = given.casefold()
    unknown = given.isalpha() and not (
        word in COMMON_WORDS or word in TITLE_WORDS or word in ORG_HEADS or is_place(given)
    )
    return is_given_name(given) or unknown


def legal_forms_listed(tokens: list[Token], index: int, current: list[Token]) -> bool:
    """The comma between two legal forms: "Co., Ltd."."""
    return (
        index + 1 < len(tokens)
        and tokens[index].text == ","
        and is_legal_form(current[-1].text)
        and tokens[index + 1].capitalised  # not "Sealy Inc, as well as"
        and is_legal_form(tokens[index + 1].text)
    )


def ends_with_abbreviation(current: list[Token], period: Token) -> bool:
    last = current[-1]
    return last.text.casefold() in ABBREVIATED_ENDINGS and last.end == period.start


def particle_opening_a_name(tokens: list[Token], index: int, lower_vocabulary: set[str]) -> bool:
    """ "Al Ketbi said", "Van Dyke was", "De la Garza said": a name's particles opening a
    sentence, before a capitalised word the article does not write in lower case (though it
    writes "al-Masri")."""
    after = itertools.dropwhile(
        lambda token: token.text.casefold() in PERSON_PARTICLES, tokens[index + 1 :]
    )
    following = next(after, None)
    return (
        tokens[index].text.casefold() in PERSON_PARTICLES
        and following is not None
        and following.capitalised
        and following.text.casefold() not in lower_vocabulary
        and following.text.casefold() not in COMMON_WORDS
    )


def opens_a_quote(tokens: list[Token], index: int) -> bool:
    """Whether tokens[index] opens a quotation: a straight mark after the end of a quoted
    sentence ('..., our faces," People's Party leader X told') closes one."""
    mark, before = tokens[index], tokens[index - 1] if index else None
    closing = (
        mark.text in {'"', "'"}
        and before is not None
        and before.text in QUOTE_CLOSERS
        and before.end == mark.start  # 'faces," People's', not 'an ad, "Playing Trump,"'
    )
    return mark.text in QUOTE_OPENERS and not closing


def particle_inside_name(tokens: list[Token], index: int) -> bool:
    """ "von der" of "Ursula von der Leyen", "de" of "Charles de Gaulle": particles followed
    by the rest of the name."""
    if tokens[index].text not in PERSON_PARTICLES:
        return False
    rest = itertools.dropwhile(lambda token: token.text in PERSON_PARTICLES, tokens[index:])
    following = next(rest, None)
    return bool(following and following.capitalised)


NO_FIRM_OPENERS = FUNCTION_WORDS | ARTICLES  # "The Hallwood Group Inc" is named without "The"


def opens_a_firm(tokens: list[Token], index: int) -> bool:
    """An everyday word written with a capital inside a sentence before a company's name:
    "First" of "First Quantum Minerals Ltd", of "First Abu Dhabi Bank"."""
    opener = tokens[index].text.casefold() not in NO_FIRM_OPENERS
    return opener and (closed_by_legal_form(tokens, index) or closed_by_a_bank(tokens, index))


def closed_by_a_bank(tokens: list[Token], index: int) -> bool:
    """Whether two capitalised words or more after tokens[index] end with "Bank": "First Abu
    Dhabi Bank", "Standard Chartered Bank"."""
    rest = capitalised_after(tokens, index)
    return len(rest) >= 2 and rest[-1].text == "Bank"


# Counts that open a sentence before a name ("Thirty Housing and Development Board estates",
# "Hundreds of ..."); not the small numbers some firms are named with ("Two Sigma")
COUNTS = frozenset(
    "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty "
    "thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands "
    "dozens millions".split()
)


# Ordinals that rank an office: "Second Finance Minister", "First Deputy Prime Minister"
OFFICE_ORDINALS = frozenset({"first", "second", "third"})


def rank_before_a_title(tokens: list[Token], index: int) -> bool:
    """Whether the word at `index` is an ordinal ranking the title after it."""
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return (
        tokens[index].text.casefold() in OFFICE_ORDINALS
        and following is not None
        and following.capitalised
        and following.text.casefold() in TITLE_WORDS | RANK_WORDS
    )


# Members of a legislature, written as a plural acronym after their party's name
LEGISLATORS_PLURAL = frozenset({"MPs", "TDs", "MEPs", "MLAs", "MSPs", "MPPs"})
# A body's people, written capitalised opening a sentence ("Shareholders of ...")
PLURAL_STAFF = frozenset(word.capitalize() for word in STAFF_NOUNS if word.endswith("s"))


def next_is(tokens: list[Token], index: int, word: str) -> bool:
    return index + 1 < len(tokens) and tokens[index + 1].text == word


TITLE_OR_BODY_WORDS = TITLE_WORDS | ORG_HEADS
# A party's standing, capitalised by some house styles before its name
STANDINGS = frozenset({"Opposition", "Ruling"})


def standing_before_a_name(tokens: list[Token], index: int) -> bool:
    """ "Opposition" of "the Opposition Bharatiya Janata Party", a body's name after it (not
    of "Opposition Leader X", a title, nor "the Ruling Party", a name, nor "Leader of the
    Opposition X")."""
    name = list(itertools.takewhile(lambda token: token.capitalised, tokens[index + 1 :]))
    return (
        len(name) > 1
        and name[0].text.casefold() not in TITLE_OR_BODY_WORDS
        and any(token.text.casefold() in ORG_HEADS for token in name)
    )


def capitalised_runs(
    tokens: list[Token],
    lower_vocabulary: set[str],
    sentence_text: str,
    offset: int,
    name_parts: frozenset[str] = frozenset(),
    particle_surnames: frozenset[str] = frozenset(),
) -> list[list[Token]]:
    """Runs of capitalised words (and the small words inside organisations' names);
    `sentence_text` starts at paragraph offset `offset`; `name_parts` are everyday words
    the article writes as names ("An" of "Nguyen Van An")."""
    runs: list[list[Token]] = []
    current: list[Token] = []
    inside_until = -1  # the last token of a bracket inside a firm's name
    for index, token in enumerate(tokens):
        if not current and not token.capitalised and token.text not in PERSON_PARTICLES:
            continue  # most words: no run open and none to open (the fast path)
        if not current and token.text.casefold() in COUNTS:
            continue  # "Thirty Housing and Development Board (HDB) estates": a count
        if not current and token.text in PLURAL_STAFF and next_is(tokens, index, "of"):
            continue  # "Shareholders of Sharjah National Bank": its people, then its name
        if not current and token.text in STANDINGS and standing_before_a_name(tokens, index):
            continue  # "The Opposition Bharatiya Janata Party": where it stands, no name
        if current and index > inside_until:
            # "... Securities (Pvt) Ltd", 'Ramon "Monching" Villaflor', 'Héctor "El Turco"'
            inside = (
                3
                if bracket_inside_firm(tokens, index)
                else nickname_inside_name(tokens, index, current)
                or bracket_inside_title(tokens, index, current)
            )
            inside_until = index + inside - 1 if inside else inside_until
        if index <= inside_until:
            current.append(token)
            continue
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        # ("Adv Nomvula Khumalo-Sithole SC, for the company"; not "North Shropshire MP Helen
        # Morgan", where the letters are a title before a name)
        before_a_name = following is not None and following.capitalised
        if (
            current
            and token.text in POST_NOMINALS
            and not before_a_name
            and ends_a_persons_name(current)
        ):
            runs.append(current)  # "Adv Nomvula Khumalo-Sithole SC": the name, not the rank
            current = []
            continue
        if token.text in LEGISLATORS_PLURAL:
            # "Labour MPs", "Fine Gael TDs": the party's members, no part of its name
            if current:
                runs.append(current)
            current = []
            continue
        if current and legal_forms_listed(tokens, index, current):
            current.append(token)  # the comma of "Samsung Electronics Co., Ltd."
            continue
        if (
            current
            and token.text == "plc"
            and not (len(current) == 1 and is_region(current[0].text))
        ):
            # (not "UK plc", the country's business as a whole)
            current.append(token)  # "Medgrid Power plc": the legal form British style writes small
            continue
        # "Association of Banks in Lebanon (ABL)": "in" only where the acronym spells it
        spelled_in = (
            bool(current) and token.text == "in" and spelled_by_acronym(tokens, index, current)
        )
        # the ordinal of "... of the 15th Region", after the "the" the name took in
        ordinal_inside = (
            bool(current)
            and current[-1].text == "the"
            and ORDINAL.fullmatch(token.text) is not None
            and opens_a_name_part(tokens, index)
        )
        joinable = (
            spelled_in
            or ordinal_inside
            or (bool(current) and romance_name_goes_on(tokens, index, current))
            or (
                bool(current)
                and token.text in JOINING_WORDS
                and (
                    (
                        joins_organisation_name(tokens, index, current)
                        and not constituency_after(tokens, index, current)
                    )
                    or joins_with_and(tokens, index, current)
                    or field_goes_on(tokens, index, current, lower_vocabulary)
                )
            )
        )
        listed = bool(current) and (
            (token.text == "," and lists_fields(tokens, index, current))
            or (token.text == "," and partners_listed(tokens, index, current))
            or (token.text == "," and country_spelled_after(tokens, index, current))
            # its last field
            or (token.text in LIST_ANDS and any(t.text == "," for t in current))
        )
        # "van der Merwe said" after "Pieter van der Merwe": the surname with its particles
        surname_opens = (
            particle_surnames
            and not current
            and token.text in PERSON_PARTICLES
            and opens_particle_surname(tokens, index, particle_surnames)
        )
        # "Nurlanbek Sadyr uulu", "Aizada Bekmurat kyzy": a Central Asian "son of" or
        # "daughter of" after the father's name, written in lower case
        patronymic = bool(current) and token.text in LOWER_CASE_PATRONYMICS
        if (
            joinable
            or listed
            or surname_opens
            or patronymic
            or (current and particle_inside_name(tokens, index))
        ):
            current.append(token)
            continue
        calendar = current and token.capitalised and token.text.casefold() in CALENDAR_WORDS
        if calendar and month_inside_name(tokens, index, current):
            current.append(token)  # the "Jun" of "Wang Jun", the "May" of "Theresa May"
            continue
        if current and middle_initial(tokens, index):
            current.append(token)  # the "A." of "Katherine A. Byrne", not the article "A"
            continue
        if (
            token.text == "."
            and current
            and index + 1 < len(tokens)
            and ends_with_abbreviation(current, token)
        ):
            # the period of "Daeyang Electronics Co. said" or "Eduardo Sarmiento Jr. said" is
            # the name's (one that ends the sentence is the sentence's)
            current[-1].end = current[-1].outer_end = token.end
            following = tokens[index + 1] if index + 1 < len(tokens) else None
            # "Pvt. Ltd.": another legal form goes on after the period
            goes_on = following is not None and is_legal_form(following.text)
            if not (goes_on or legal_forms_listed(tokens, index + 1, current)):
                runs.append(current)
                current = []
            continue
        if (
            token.text == "."
            and current
            and (
                current[-1].text.casefold() in TITLE_WORDS
                or abbreviated_title(current[-1])
                or INITIAL.fullmatch(current[-1].text)
                or abbreviated_given_name(tokens, index)
            )
        ):
            continue  # the period of "Rep. Yoon" or of the initial in "Elijah E. Cummings"
        # "Industry Minister Kim ..." opening a sentence: a word before a title is its part
        # A quote's first word opens a sentence too: '“Nobody asked them,” he said'
        starts = index == 0 or (
            tokens[index - 1].text in QUOTE_OPENERS and opens_a_quote(tokens, index - 1)
        )
        # (an office after it, or after the next word or two: "Public Works Secretary Eduardo
        # Salcedo", "Commerce Ministry Senior Secretary X", though the article also writes
        # "public", "commerce")
        # (not "Separately Education Secretary X": an adverb)
        ahead = tokens[index + 1 : index + 4] if starts and not token.text.endswith("ly") else []
        opening = starts and not any(
            following.capitalised
            and following.text.casefold() in OFFICES
            and all(word.capitalised for word in ahead[:position])
            for position, following in enumerate(ahead)
        )
        if opening and index == 0 and heads_a_body(tokens, index):
            opening = False  # "Bank of Thailand Governor ...", though "the central bank" too
        if current and current[-1].capitalised and initial_a_or_i(tokens, index):
            if any(t.text.casefold().rstrip(".") in TITLE_WORDS for t in current):
                # "Leader of the Opposition A. Manickavasagam": an initial opens the name
                runs.append(current)
                current = [token]
            elif not is_place(current[-1].text):
                current.append(token)  # "Yustinus A. Prawiro": a middle initial
            else:
                runs.append(current)
                current = [token]
            continue
        if token.capitalised and (
            not is_common(token, opening, lower_vocabulary, in_name=bool(current))
            or watchdog(token, current)
            or token.text in name_parts
            or (bool(current) and current[-1].text in CAPITALISED_PARTICLES)  # "Ben Said"
            or (bool(current) and current[-1].text in FILIATION)  # "Khalid bin Said Al Rawahi"
            or (bool(current) and current[-1].text == ",")  # "Dillon, Read and Co": listed
            # "Committee on Banking, Insurance and Other Financial Institutions": a listed
            # last field's first word, though an everyday one
            or (
                bool(current)
                and current[-1].text in LIST_ANDS
                and any(t.text == "," for t in current)
                and before_a_name
            )
            # ("Building and Other Construction Workers' Welfare Board": written capitalised
            # after "and" inside a name, "Other" goes on with it)
            or (
                token.text == "Other"
                and bool(current)
                and current[-1].text in LIST_ANDS
                and index + 1 < len(tokens)
                and tokens[index + 1].capitalised
            )
            or family_name_first(tokens, index)
            or all_of_a_body(tokens, index)
            or field_of_a_body(current, token)
            or (not current and field_before_a_body(tokens, index))
            or members_before_their_body(tokens, index)
            or (not starts and opens_a_firm(tokens, index))
            or given_name_before_surname(tokens, index)
            or particle_opening_a_name(tokens, index, lower_vocabulary)
            or (not current and opens_a_spelled_name(tokens, index))
            or (not current and initial_a_or_i(tokens, index))
            or (opening and opens_a_place_name(tokens, index))
            or (not current and rank_before_a_title(tokens, index))
        ):
            current.append(token)
            if token.possessive and possessive_inside_name(tokens, index, sentence_text):
                token.text, token.end, token.possessive = (
                    sentence_text[token.start - offset : token.outer_end - offset],
                    token.outer_end,
                    False,
                )
            elif token.possessive or token.modifier:  # "Japan's", "Lagos-based"
                runs.append(current)
                current = []
            continue
        if current:
            runs.append(without_a_dangling_joiner(current, token))
        current = []
    if current:
        runs.append(current)
    return [run for run in runs if run]


def without_a_dangling_joiner(run: list[Token], ending: Token) -> list[Token]:
    """The run without the joining words it took on for more of a name that did not come:
    the "Ministry of Finance" of "the Ministry of Finance and the Public Service", where
    "and" was kept and "the" ended the run, or of "... Entrepreneurship and is not ..."
    (a capitalised word that ends it leaves it whole: "Sanders’ College for All Act")."""
    ended_small = not ending.capitalised or ending.text.casefold() in ARTICLES
    if not ended_small and run[-1].text != "the":
        return run
    while run and run[-1].text in JOINING_WORDS:
        run = run[:-1]
    return run


def family_name_first(tokens: list[Token], index: int) -> bool:
    """ "Do" of "Do Van Khoa", "Le" of "Le Thi Hoa": the word before a Vietnamese middle name
    and a capitalised given name is a family name, though it is also an everyday word; so is
    a surname before two Vietnamese given names ("Do Minh Khoa")."""
    following = tokens[index + 1 : index + 3]
    if len(following) < 2 or not following[1].capitalised:
        return False
    return is_vietnamese_middle_name(following[0].text) or (
        is_vietnamese_given_name(following[0].text)
        and is_vietnamese_given_name(following[1].text)
        and is_surname(tokens[index].text)
    )


def initial_a_or_i(tokens: list[Token], index: int) -> bool:
    """ "A." of "replaced A. Rahman", "I." of "I. Kowalska": an initial, with its period and a
    name after it, not the article or the pronoun."""
    window = tokens[index : index + 3]
    return (
        len(window) == 3
        and window[0].text in {"A", "I"}
        and window[1].text == "."
        and window[1].start == window[0].end
        and window[2].capitalised
        and window[2].text.casefold() not in COMMON_WORDS
    )


def all_of_a_body(tokens: list[Token], index: int) -> bool:
    """ "All" opening a body's name inside a sentence: "the All Pakistan Clerks Association",
    "the All Progressives Congress", "the All Pakistan Anjuman-e-Tajiran (APAT)", its acronym
    opening with the A (not "All Saints Day")."""
    if tokens[index].text != "All" or index == 0:
        return False
    for position, token in enumerate(tokens[index + 1 : index + 6], start=index + 1):
        if not token.capitalised:
            acronym = bracketed(tokens, position)
            return position > index + 1 and acronym is not None and acronym.startswith("A")
        if token.text.casefold() in ORG_HEADS:
            return True
    return False


# Words that are no surname after a month or a common word ("In May Congress", "Will Trump").
NO_SURNAMES = COMMON_WORDS | MONTHS | WEEKDAYS | TITLE_WORDS


# A verb in the past or the third person after a name ("said", "told" as well as "-ed", "-s")
VERB_AFTER_A_NAME = re.compile(r"[a-z]+(?:ed|s)|said|told|wrote|spoke|took|led|became")


def given_name_before_surname(tokens: list[Token], index: int) -> bool:
    """ "May Mahmoud, the agency's director", "Jan Kowalski said": a month or a common word
    that is a given name, before a surname followed by a comma or a verb in the past or
    third person ("Will Trump win?" stays a question), or before "bin" and the father's name
    ("Said bin Nasser")."""
    if index + 2 >= len(tokens):
        return False
    surname, following = tokens[index + 1], tokens[index + 2]
    word = surname.text.casefold()
    if surname.text in FILIATION and following.capitalised:
        return is_given_name(tokens[index].text)  # "Said bin Nasser al Maamari"
    # "Jan de Vries, chief executive": a surname after its particles, read as the surname
    particles = len(
        list(itertools.takewhile(lambda t: t.text in PERSON_PARTICLES, tokens[index + 1 :]))
    )
    if particles and index + particles + 2 < len(tokens):
        surname, following = tokens[index + particles + 1], tokens[index + particles + 2]
        word = surname.text.casefold()
    # "NLC President Sunday Oyelaran": after a title, a capitalised pair is a name
    after_title = index > 0 and tokens[index - 1].text.casefold().rstrip(".") in TITLE_WORDS
    # ("Daw May Thu Zaw": after a title, Burmese names of days and months, before a name)
    if after_title and calendar_names(tokens[index : index + 3]):
        return True
    if not surname.capitalised or word in NO_SURNAMES:
        return False
    if after_title:
        return not is_place(surname.text)
    given = tokens[index].text
    if not is_given_name(given) or is_place(surname.text) or given.casefold() in PLACE_PREPOSITIONS:
        return False  # "In Catanduanes, Governor ...": "In" is a Korean given name too
    ends_a_name = following.text in {",", "("} or VERB_AFTER_A_NAME.fullmatch(following.text)
    # "who succeeded June Ong in August": the object of a verb that takes a person
    object_of = index > 0 and tokens[index - 1].text in PERSON_OBJECT_VERBS
    if object_of and is_surname(surname.text) and not following.capitalised:
        return True
    return bool(ends_a_name) and (is_surname(surname.text) or not dated(tokens, index))


def calendar_names(tokens: list[Token]) -> bool:
    """Capitalised words, the first two names of days or months that are given names
    ("May Thu Zaw")."""
    return all(token.capitalised for token in tokens) and all(
        token.text.casefold() in CALENDAR_WORDS and is_given_name(token.text)
        for token in tokens[:2]
    )


# The Arabic "son of", "daughter of" between a given name and the father's, as written
# (not "Ben", an English given name: "May Ben Stokes")
FILIATION = frozenset({"bin", "bint", "ibn", "ben", "Bin", "Bint", "Ibn"})
PERSON_OBJECT_VERBS = frozenset(
    {"succeeded", "replaced", "succeeding", "replacing", "succeeds", "replaces", "told"}
)


def dated(tokens: list[Token], index: int) -> bool:
    """ "in May", "since April": a month named as a date."""
    before = tokens[index - 1].text.casefold() if index else ""
    return before in {"in", "since", "by", "until", "from", "last", "next", "of", "early", "late"}


# Title words that also open the names of bodies and buildings ("State House", "State
# Palace"; but "Secretary of State Hillary Clinton", "State Minister Lee")
BODY_TITLE_WORDS = frozenset({"state"})


# Titles that are given names too: "Sultan Ibrahim" rules, "Sultan Al-Jaber" is named so
GIVEN_NAME_TITLES = frozenset({"sultan"})
ARABIC_FAMILY_NAME = re.compile(r"(?:Al|El)(?:-\w+)?")


def body_or_building(rest: list[Token]) -> bool:
    word = rest[0].text.casefold()
    return len(rest) == 1 and (word in ORG_HEADS or word in PLACE_HEADS)


def body_opening(rest: list[Token]) -> bool:
    """ "Union Pro" of "Trade Union Pro": a name that opens with an organisation's kind, no
    one's given name or surname ("Chief Justice Court Smith" is a person)."""
    word = rest[0].text
    return (
        len(rest) > 1
        and word.casefold() in ORG_HEADS
        and not is_given_name(word)
        and not is_surname(word)
    )


def offices_in(title: list[Token]) -> bool:
    return any(token.text.casefold().rstrip(".") in OFFICES for token in title)


def body_word_after_the(title: list[Token], before: str) -> bool:
    """ "State" of "of the State Great Khural": a word titles and bodies share, alone after
    "the", opens a body's name (no one says "the State Councillor Wang")."""
    return (
        len(title) == 1
        and title[0].text.casefold() in BODY_TITLE_WORDS
        and before.rstrip().rsplit(None, 1)[-1:] == ["the"]
    )


def abbreviated_title(token: Token) -> bool:
    """ "Sec." of "Finance Sec. X": a title's abbreviation written with its capital only,
    which the title list leaves out where the capitals are a body's ("SEC")."""
    return token.text.istitle() and token.text.casefold() in TITLE_ABBREVIATIONS


def abbreviation_in_capitals(token: Token) -> bool:
    return (
        len(token.text) > 2
        and token.text.isupper()
        and token.text.casefold() in TITLE_ABBREVIATIONS
    )


def split_title(run: list[Token]) -> tuple[list[Token], list[Token]]:
    """("Japanese Prime Minister", "Sanae Takaichi") from the run of both."""
    last_title = -1
    for index, token in enumerate(run[:-1]):
        # "Under-secretary", "Vice-President" are titles by their last part
        word = token.text.casefold().rstrip(".").split("-")[-1]
        if index == 0 and word in BODY_TITLE_WORDS and body_or_building(run[1:]):
            continue  # "State Palace", "State House": a body's word, not a person's title
        if word in GIVEN_NAME_TITLES and (
            ARABIC_FAMILY_NAME.fullmatch(run[index + 1].text) or run[index + 1].text in FILIATION
        ):
            # "Sultan Al-Otaibi", "Sheikh Sultan bin Khalid": a given name before a family
            # name or the father's
            continue
        if index and run[index - 1].text.casefold() in FILIATION:
            continue  # "Nawaf bin Sultan bin Mansour": the father's given name
        if is_md(token):
            continue  # "Md Saiful Islam"
        if abbreviation_in_capitals(token):
            continue  # "ING Bank Manila", "SEC": a name's letters, not "Ing." (engineer)
        if word in TITLE_WORDS or abbreviated_title(token) or word == ")":
            last_title = index
        elif occupation_before_given_name(run, index):
            last_title = index  # "surveyor Juan"
        elif index == 0 and is_plural_title(word):
            last_title = index  # "Justices Bishnu Prasad Gyawali and Sabita Karki Rana"
        elif second_honorific_word(run, index) or (
            index + 1 < len(run) - 1 and second_honorific_word(run, index + 1)
        ):
            last_title = index  # "Datuk Seri" of "Minister Datuk Seri Azman Rahim", "Tan Sri"
        elif last_title == index - 1 >= 0 and place_after_an_office(run, index):
            last_title = index  # "Advocate General Sindh Hassan Raza Shah"
        elif word == "member" and place_after_an_office(run, index + 1):
            last_title = index  # "Nepra Member Sindh Rafiq Ahmed Shaikh": a province's member
    title, name = run[: last_title + 1], run[last_title + 1 :]
    if title and name[0].text == "and":
        return [], run  # "Ministry of Justice and Public Order": no name opens with "and"
    if title and len(name) > 1 and name[-1].text.casefold() in PLACE_HEADS:
        return [], run  # "Sheikh Zayed Road", "President Kennedy Avenue": a place's name
    if title and len(name) > 1 and name[-1].text in ROYAL_VENUES and royal(title[-1]):
        return [], run  # "King Salman Park", "Queen Elizabeth Park" ("Park" a surname too)
    if title and body_or_building(name) and not is_surname(name[0].text):
        return [], run  # "the South Western Sydney Local Health District": a body's name
    if title and not offices_in(title) and body_opening(name):
        # "Trade Union Pro": a field word, then a body's name opening with its kind (not
        # "Trade Minister Union Jack")
        return [], run
    if title and title[-1].text.casefold() in BODY_ADJECTIVES:
        return [], run  # "Las Baulas National Marine Park": a name, no one titled
    return title, name


def abbreviated_given_name(tokens: list[Token], index: int) -> bool:
    """Whether the period at `index` closes a given name written short, another name after."""
    return (
        index > 0
        and tokens[index - 1].text in SHORT_GIVEN_NAMES
        and index + 1 < len(tokens)
        and is_given_name(tokens[index + 1].text)
        # (not the surname of "founded by Jack Ma. Daniel Zhang, ...")
        and not (index > 1 and is_given_name(tokens[index - 2].text))
    )


def is_md(token: Token) -> bool:
    """ "Md" of "Md Saiful Islam": Mohammad, as Bangladeshi names write it (not "MD")."""
    return token.text.rstrip(".") == "Md"


# The offices a province's name may follow, and a board's member for one ("Member Sindh")
OFFICES_OF_PROVINCES = OFFICES | {"member"}


def place_after_an_office(run: list[Token], index: int) -> bool:
    """ "Sindh" of "Advocate General Sindh Hassan Raza Shah", "Punjab" of "Chief Minister Punjab
    Maryam Nawaz": a province named after the office, before a name of two words or more (not
    a given name that is also a place's: "Minister Georgia Lewis")."""
    word = run[index].text
    return (
        index + 2 < len(run)
        and run[index - 1].text.casefold().rstrip(".") in OFFICES_OF_PROVINCES
        and is_place(word)
        and not is_given_name(word)
        and not run[index].possessive
    )


def second_honorific_word(run: list[Token], index: int) -> bool:
    """ "Seri" of "Datuk Seri", "Sri" of "Tan Sri"; not "Seri" of "Seri Tanjung Bhd"."""
    before = run[index - 1].text.casefold().rstrip(".’'") if index else ""
    return run[index].text.casefold() in HONORIFIC_SECOND_WORDS and before in HONORIFIC_FIRST_WORDS


def occupation_before_given_name(run: list[Token], index: int) -> bool:
    """ "Analyst Mei-Lin Haworth", "National Statistician Daniel Sorongon": an occupation
    written with a capital before a given name and a surname."""
    # (by its last part: "Co-defendant Le Thi Minh Thu")
    occupation = run[index].text.casefold().split("-")[-1]
    if index + 2 >= len(run) or occupation not in ROLE_NOUNS:
        return False
    given = run[index + 1].text
    if is_given_name(given) or ROMANISED_GIVEN_NAME.fullmatch(given) is not None:
        return True
    # ("Analyst Chen Wei", "Co-defendant Le Thi Minh Thu": the family name written first)
    if family_name_written_first([t.text for t in run[index + 1 :]]):
        return True
    # ("Actress Amandla Stenberg": a given name the lists do not know, then a known surname;
    # not "Farmer Field Schools", "Driver Vehicle Standards")
    rest = run[index + 1 :]
    if len(rest) >= 3 and rest[1].text in PATRONYMICS:
        return True  # "Lawyer Revathi a/p Krishnan": a name with its "daughter of"
    return len(rest) == 2 and is_surname(rest[1].text) and not is_surname(given)


HEADLINE_WORD = re.compile(r"[A-Za-z][\w'’-]*")
# (not the "s" of a possessive, "SGGL's", nor the "t" of "don't": "S." may open a name)
LOWER_CASE_WORD = re.compile(r"(?<!['’])\b[a-z]+\b")


# The words Title Case headlines write in lower case
TITLE_CASE_SMALL_WORDS = frozenset(
    "a an the and but or nor for so yet as at by from in into of off on onto out over per to"
    " up via with vs".split()
)


# A thing's words that are also common family names
SURNAME_THINGS = frozenset({"price", "levy"})


def names_a_person(run: list[Token]) -> bool:
    """A given name and a family name that is also a thing's word: "Troy Price", "Nicole
    Levy" (not "Fair and Remunerative Price")."""
    last = run[-1].text.casefold()
    first = run[0].text
    given = is_given_name(first) or INITIAL.fullmatch(first.rstrip(".")) is not None
    return 2 <= len(run) <= 5 and last in SURNAME_THINGS and given


def filed_from(sentence: Sentence) -> int:
    """Where the city of a dateline that opens a paragraph ends ("LA PAZ" of "LA PAZ, Dec 3
    - ", not its credit "(Reuters)"), as an offset in the paragraph; the sentence's start
    when it opens with none."""
    dateline = FILED_FROM.match(sentence.text) if sentence.index == 0 else None
    if dateline and dateline.group("mark") == ":" and sentence.paragraph:
        dateline = None  # past the first paragraph, a transcript's "TAPPER: ..." names a speaker
    return sentence.start + (dateline.end("city") if dateline else 0)


def is_headline(text: str) -> bool:
    """A Title Case or ALL CAPS line ("Clinton Breaks With Obama"): every word capitalised
    says nothing about which words are names."""
    # Title Case leaves only its small words in lower case: "met" or "won" is a sentence's
    # ("UK Prime Minister Keir Starmer and US President Joe Biden met NATO Secretary ...");
    # most sentences show one in their first words, so the words are read one at a time
    words = []
    for match in HEADLINE_WORD.finditer(text):
        word = match.group()
        if word[0].islower() and word not in TITLE_CASE_SMALL_WORDS:
            return False
        words.append(word)
    if len(words) < 6:
        return False
    # A list of names has no capitalised function words ("With", "Over", "The").
    shouting = sum(w.isupper() and len(w) > 1 for w in words) > len(words) / 2
    return shouting or any(w[0].isupper() and w.casefold() in COMMON_WORDS for w in words[1:])


# A short word ending a capitalised name of two or three words: "An" of "Nguyen Van An"
# (the last two or three capitalised words, the run before the short one not consumed:
# "Said Nguyen Van An.")
SHORT_LAST_NAME_PART = re.compile(
    r"\b(?=[A-Z][a-z]+\s+(?:[A-Z][a-z]+\s+)?([A-Z][a-z]{1,2})\b(?!['’-]|\.\w|\s+[A-Z]))"
)
# Words that never end a name, only a title written in capitals ("Gone With The Wind",
# "Donald Trump Is Right", "Doctor Who"), nor a number ("Air Force One"), nor a month ("Pay
# May 15" in a table)
NEVER_NAME_PARTS = MONTHS | frozenset(
    "the a of and in on for to at by or as be is are was has had he she it we us me my "
    "his her its our who no not so if up all one two six ten".split()
)


PARTICLE_SURNAME = re.compile(
    r"\b[A-Z][\w'’-]+\s+((?:(?:" + "|".join(sorted(PERSON_PARTICLES)) + r")\s+)+[A-Z][\w'’-]+)"
)


def particle_surnames(sentences: list[Sentence]) -> frozenset[str]:
    """Surnames the article writes with lower-case particles after a given name ("van der
    Merwe" of "Pieter van der Merwe"), casefolded."""
    return frozenset(
        match.group(1).casefold()
        for sentence in sentences
        for match in PARTICLE_SURNAME.finditer(sentence.text)
    )


def opens_particle_surname(tokens: list[Token], index: int, surnames: frozenset[str]) -> bool:
    if not surnames or tokens[index].text not in PERSON_PARTICLES:
        return False
    return any(
        " ".join(t.text for t in tokens[index:end]).casefold() in surnames
        for end in range(index + 2, min(index + 5, len(tokens) + 1))
    )


EVERYDAY_SHORT_WORDS = COMMON_WORDS | WEEKDAYS


def short_name_parts(sentences: list[Sentence]) -> frozenset[str]:
    """Everyday short words the article writes as the last part of a person's name ("An"
    of "Nguyen Van An", "Do", "Thu" of "Le Thi Minh Thu", though a weekday's short form):
    names where they open a sentence too ("An said ...")."""
    found = set[str]().union(*(SHORT_LAST_NAME_PART.findall(s.text) for s in sentences))
    return frozenset(
        word
        for word in found
        if word.casefold() in EVERYDAY_SHORT_WORDS and word.casefold() not in NEVER_NAME_PARTS
    )


BRACKETED_CAPITALS = re.compile(r"\(([A-Z]{2,})\)")
SPELLED_AFTER = re.compile(r"^\s*\(([A-Z]{2,}[A-Za-z]*)\)")  # "... Scheme (PLIS)"
# An acronym in brackets, then a lower-case noun saying what the name before it names
KIND_AFTER_ACRONYM = re.compile(r"\s*\(([A-Z]{2,}[A-Za-z]*)\)\s+([a-z]+)\b")
# A "+" written on an acronym, then the noun that says what it names ("GSP+ scheme")
EXTENDED_SCHEME = re.compile(r"\+\s+([a-z]+)\b")
SPELLED_REACH = 16  # characters after a name where its acronym in brackets stands
# Document nouns that may also name the body that runs it: "Electricity Consumers Rights
# Initiative (ECRI)", "World Food Programme (WFP)"
RUN_BY_A_BODY = frozenset({"initiative", "programme", "program", "conference", "fund"})


def everyday_acronyms(sentences: list[Sentence]) -> frozenset[str]:
    """Acronyms the article spells out in brackets that are also everyday words ("the World
    Health Organization (WHO)"): names wherever the article writes them in capitals."""
    found = set[str]().union(*(BRACKETED_CAPITALS.findall(s.text) for s in sentences))
    # (a month's or a day's letters too: "the Foreign Employment Board (FEB)")
    everyday = COMMON_WORDS | MONTHS | WEEKDAYS
    return frozenset(word for word in found if word.casefold() in everyday)


SPELLED_ACRONYM = re.compile(r"\(([A-Z][A-Za-z&]{1,9})\)")


def find_candidates(sentences: list[Sentence]) -> list[Candidate]:
    lower_vocabulary = set[str]().union(*(LOWER_CASE_WORD.findall(s.text) for s in sentences))
    candidates: list[Candidate] = []
    parts = short_name_parts(sentences) | everyday_acronyms(sentences)
    # only an article that writes a particle in lower case can name "van der Merwe" so
    surnames = particle_surnames(sentences) if lower_vocabulary & PERSON_PARTICLES else frozenset()
    credits = {s.paragraph for s in sentences if s.index == 0 and is_credit(s.text)}
    # the acronyms the article spells out: "Luanshya Ridge Copper Limited (LRC)"
    spelled = {found for s in sentences for found in SPELLED_ACRONYM.findall(s.text)}
    documents: set[str] = set()  # the acronyms of laws, schemes and plans the article spells
    for sentence in sentences:
        if is_headline(sentence.text) or sentence.paragraph in credits:
            continue
        tokens = tokenize(sentence)
        runs = capitalised_runs(
            tokens, lower_vocabulary, sentence.text, sentence.start, parts, surnames
        )
        offices = offices_before_names(tokens, runs, lower_vocabulary)
        index_of = {id(token): index for index, token in enumerate(tokens)} if offices else {}
        filed = filed_from(sentence)
        for run in runs:
            if run[-1].end <= filed and all(token.text.isupper() for token in run):
                continue  # the dateline's city: "LOKOJA — ...", "KESTOR, Nov 10 - ..."
            # (but the UN's programmes are bodies: "World Food Programme", "United Nations
            # Development Programme")
            un_body = run[-1].text.casefold() in {"programme", "program"} and run[0].text in {
                "World",
                "United",
                "UN",
                "U.N.",
            }
            # (nor a body named for its work: "Office of Political Strategy", "National
            # Council on Minimum Wage")
            a_body = any(
                token.text.casefold() in ORG_HEADS and following.text in {"of", "for", "on"}
                for token, following in itertools.pairwise(run[:-1])
            )
            kind_after = KIND_AFTER_ACRONYM.match(sentence.text, run[-1].end - sentence.start)
            extended = EXTENDED_SCHEME.match(sentence.text, run[-1].end - sentence.start)
            if len(run) == 1 and extended and extended.group(1) in DOCUMENT_NOUNS:
                # "the GSP+ scheme": a scheme's acronym with the "+" of its extended form
                documents.add(run[0].text)
                continue
            if (
                kind_after
                and kind_after.group(2) in DOCUMENT_NOUNS
                and not any(token.text.casefold() in ORG_HEADS for token in run)
            ):
                # "the Job Loss Guarantee (JKP) program": a programme's name and acronym, told
                # by the noun after them (not "an Association of Tin Producing Countries (ATPC)
                # plan": a body's plan)
                documents.add(kind_after.group(1))
                continue
            if (
                run[-1].text.casefold() in DOCUMENT_NOUNS
                and not (len(run) == 1 and ACRONYM.fullmatch(run[0].text))  # a body's "WAGE"
                and (len(run) > 1 or run[-1].text.casefold() not in ONE_WORD_NAMES)
                and not names_a_person(run)
                and not un_body
                and not a_body
            ):
                # ("Production Linked Incentive Scheme (PLIS)": its acronym names no body; an
                # initiative or a programme may be one that runs it)
                if run[-1].text.casefold() not in RUN_BY_A_BODY:
                    after = sentence.text[run[-1].end - sentence.start :]
                    documents.update(SPELLED_AFTER.findall(after[:SPELLED_REACH]))
                continue  # "General Agreement (on Tariffs and Trade)", "Winter Olympics"
            run = without_its_board(run, tokens)
            if len(run) == 2 and ACRONYM.fullmatch(run[0].text) and run[1].text == "Government":
                run = run[:1]  # "the UPND Government": the party in power, by its acronym
            run = without_a_time_marker(run)
            after_run = sentence.text[run[-1].end - sentence.start :]
            complement = offices and complement_title(
                tokens, offices, index_of[id(run[0])], index_of[id(run[-1])] + 1, lower_vocabulary
            )
            start = index_of.get(id(run[0]), 0)
            # ("Senior Minister in the Office of the President": a body, not a portfolio)
            in_the = start >= 2 and [t.text for t in tokens[start - 2 : start]] == ["in", "the"]
            field = (
                not complement
                and offices
                and not in_the
                and field_of_an_office(tokens, offices, index_of[id(run[0])])
            )
            if offices and last_of_a_ministers_fields(
                tokens, offices, index_of[id(run[0])], after_run
            ):
                continue  # "the Minister of Finance, Planning and the Public Service,"
            # "Minister of Foreign Affairs, Adebayo Ogunleye": a field, no one; but "Secretary
            # General of OPEC, ..." names the organisation
            if field and (
                not (is_org(run, after_run) or ACRONYM.fullmatch(run[0].text))
                or a_ministers_field(tokens, offices, index_of[id(run[0])])
            ):
                continue
            if complement and tokens[complement[1] - 1].text in {"of", "the"}:
                complement = None  # "Chairman of the Board of Directors of the OCCI": its body
            if complement:
                # "Minister for Foreign Affairs Penny Wong": the title's pieces read before
                # ("Minister", "Foreign Affairs") are part of it, not candidates
                title_start = tokens[complement[0]].start
                candidates = [
                    c
                    for c in candidates
                    if c.sentence is not sentence or c.tokens[0].start < title_start
                ]
                title = tokens[complement[0] : complement[1]]
                in_run = {id(token) for token in run}  # not the periods of "K. M. Perera"
                name = tokens[complement[1] : index_of[id(run[-1])] + 1]
                name = [token for token in name if id(token) in in_run]
                candidates.append(candidate_for(sentence, title, name, title[0], lower_vocabulary))
                # "Governor of the Central Bank of Sri Lanka Dr": the office before "Dr"
                office = office_of(title)
                organisation = organisation_of_an_office(office)
                if not organisation and title[0].text in spelled:
                    # "LRC Director of Human Resources Mr Given Mwansa": the body's acronym,
                    # as the article spells it in brackets (not "DR Congo", "NZ", "CEO")
                    organisation = title[:1]
                candidates.extend(employer(sentence, organisation, lower_vocabulary))
                # "... Regulatory Board (DCPRB)": its acronym is named too
                acronym = acronym_closing(office)
                candidates.extend(employer(sentence, acronym, lower_vocabulary))
                continue
            if office_set_off(run, after_run):
                # "NLC President, Comrade Benjamin Okoronkwo,": a title before its holder,
                # set off by a comma; only the organisation it names is a candidate
                organisation = organisation_in_title(run, lower_vocabulary)
                candidates.extend(employer(sentence, organisation, lower_vocabulary))
                continue
            if organisation := body_of_an_office_alone(run):
                # "(named X as) Cabinet Secretary for the National Treasury": a title without
                # its holder; only the body it names is a candidate
                candidates.extend(employer(sentence, organisation, lower_vocabulary))
                continue
            if party_member(run, sentence.text[: run[0].start - sentence.start]):
                # "a Disy MP", "an Akel MP": the party, by its one word, and its member's title
                candidates.extend(employer(sentence, run[:1], lower_vocabulary))
                continue
            # (not "... Court of Cassation and Justice", "Center of Media Justice": a field
            # after its joining word; nor "Office of the Labour Commissioner")
            if (
                len(run) > 1
                and run[-1].text.casefold().rstrip(".") in OFFICES_NOT_RANKS
                and run[-2].text[:1].isupper()
                and not BODY_NAME_JOINERS & {token.text for token in run}
                and (organisation := organisation_in_title(run, lower_vocabulary))
                # the body opens the run: not "Hampshire Union" of "New Hampshire Union
                # Leader", nor "Madame" of "Madame Chair"
                and organisation[0] is run[0]
                and run[0].text.casefold().rstrip(".") not in HONORIFICS
            ):
                # "a People's Party MP for Songkhla", "the Labour Party MP": a body and its
                # member's title, no holder named in the run
                candidates.extend(employer(sentence, organisation, lower_vocabulary))
                continue
            title, name = split_title(run)
            # (an office, not a field: "Minister of Budget and National Planning, X"; but
            # "... and Attorney General X", "... and Vice-President X")
            last_title_word = title[-1].text.casefold().rstrip(".").split("-")[-1] if title else ""
            if offices and (last_title_word in OFFICES_NOT_RANKS or last_title_word == "general"):
                title = (
                    office_held_with(tokens, offices, index_of[id(run[0])], lower_vocabulary)
                    + title
                )
            if (
                not title
                and describes_the_person(run)
                and opens_the_sentence(run[0], tokens)
                and not is_md(run[0])
            ):
                title, name = run[:1], run[1:]  # "Meteorologist Dana Whitfield said"
            before_run = sentence.text[: run[0].start - sentence.start]
            if len(name) == 1 and given_name_not_title(title, before_run, after_run):
                title, name = [], run  # "Justice Owusu-Ansah, lead economist for Ethiopia"
            if body_word_after_the(title, before_run):
                title, name = [], run  # "member of the State Great Khural": a body's name
            # "Bank of Japan Governor Kazuo Ueda" is a person with a title, but "Ministry of
            # Foreign Affairs" one organisation
            titled_office = (
                bool(title)
                and title[-1].text.casefold().rstrip(".") in OFFICES_NOT_RANKS
                and name[0].text not in NAME_JOINERS  # "Office of the Secretary of Defense"
                # "Office of the Attorney General": no name after the title
                and not all(t.text.casefold().rstrip(".") in TITLE_WORDS for t in name)
            )
            # (an office before a person's full name keeps them apart whatever follows: "MP
            # Triin Kask (Isamaa)", her party in brackets)
            held = titled_office and (
                not is_org(name, after_run)
                or (looks_like_full_name(name) and not is_org(name, ""))  # (its brackets only)
            )
            if is_org(run, after_run) and not held:
                title, name = [], run
            if not name:
                continue
            candidates.append(candidate_for(sentence, title, name, run[0], lower_vocabulary))
            organisation = organisation_of_an_office(title) or organisation_in_title(
                title, lower_vocabulary
            )
            candidates.extend(employer(sentence, organisation, lower_vocabulary))
    return [c for c in candidates if not (len(c.tokens) == 1 and c.tokens[0].text in documents)]


# A legislator's title written short, after a party's name
MEMBER_TITLES = frozenset({"MP", "MPs", "MEP", "MEPs", "MLA", "MLAs", "MNA", "MNAs", "MPA"})
ARTICLE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+$")


def party_member(run: list[Token], before: str) -> bool:
    """ "a Disy MP": one capitalised word, then a member's title, after an article (not a
    people's or a place's word: "a Spanish MEP", "a Texas MP")."""
    return (
        len(run) == 2
        and run[1].text in MEMBER_TITLES
        and run[0].text[:1].isupper()
        and not (is_demonym(run[0].text) or is_place(run[0].text))  # "a Spanish MEP"
        and ARTICLE_BEFORE.search(before[-6:]) is not None
    )


def acronym_closing(office: list[Token]) -> list[Token]:
    """The acronym in brackets that ends an office's body, at its end or before "in" and a
    place: "(DCPRB)" of "... Regulatory Board (DCPRB)", "(UNPLP)" of "... Programme (UNPLP)
    in Mongolia"; none otherwise."""
    for closing in (len(office) - 1, len(office) - 3):
        if closing > 2 and office[closing].text == ")" and office[closing - 2].text == "(":
            return office[closing - 1 : closing]
    return []


# Titles that are also given names ("Justice Owusu-Ansah", "Prince Mensah", "Major Tetteh")
TITLES_ALSO_GIVEN = frozenset({"justice", "prince", "major"})
# The words of a role that say a "Justice" is a judge after all ("president of the Supreme
# Court", "a High Court judge")
JUDICIAL_WORDS = frozenset(
    "judge justice magistrate jurist court courts judiciary bench tribunal judicial".split()
)


def given_name_not_title(title: list[Token], before: str, after: str) -> bool:
    """ "Justice Owusu-Ansah, lead economist for Ethiopia at the World Bank", "Justice Kato,
    the authority's commissioner for domestic taxes", "the union's national president,
    Justice Okafor,": a title that is also a given name,
    before a surname whose stated role is another (an economist or a commissioner, not a
    judge) is the given name (not before a full name: "Justice Antonin Scalia, the
    longest-serving member of the court's ...")."""
    word = title[0].text.casefold() if len(title) == 1 else ""
    if word not in TITLES_ALSO_GIVEN:
        return False
    role = stated_role(after) if after.lstrip().startswith(",") else None
    # (or set off before it: "the union's national president, Justice Okafor, told"; or in
    # lower case right before it: "general secretary Justice Mathebula")
    role = role or role_set_off_before(before, after) or lowercase_title(before)
    head = role_head(role.split())[1] if role else ""
    if word == "justice":  # any office but a court's
        judicial = JUDICIAL_WORDS & set(role.casefold().split()) if role else True
        return (head in ROLE_NOUNS or head in TITLE_WORDS) and not judicial
    # a prince or a major who is a minister or a spokesman is still one: an occupation only
    return head in ROLE_NOUNS and head not in TITLE_WORDS


def employer(
    sentence: Sentence, organisation: list[Token], lower_vocabulary: set[str]
) -> list[Candidate]:
    """The organisation a title names ("Apple" of "Apple CEO", "Danang People's Committee"
    of "Chairman of the Danang People's Committee"), as a candidate."""
    if not organisation:
        return []
    before = sentence.text[: organisation[0].start - sentence.start]
    after = sentence.text[organisation[-1].end - sentence.start :]
    return [Candidate(sentence, organisation, [], before, after, lower_vocabulary, employer=True)]


# Offices written before an organisation's "of" as well as ministers': "Head of the Mineral
# Resources and Petroleum Authority of Mongolia"
LEADING_OFFICES = frozenset({"head", "chief", "leader"})


BOARD_KINDS = frozenset({"Management", "Supervisory", "Executive"})  # "Management Board of X"


def without_its_board(run: list[Token], tokens: list[Token]) -> list[Token]:
    """ "the Caspian Ferry Operators Association" of ", Chairwoman of the Board of the Caspian
    Ferry Operators Association,": after an office's "of the", a board is the organisation's,
    which the run names after it."""
    words = [token.text for token in run[:5]]
    skip = 3 if words[:3] == ["Board", "of", "the"] else 5 if words == BOARD_OF_DIRECTORS else 0
    if not skip or len(run) < skip + 2:
        return run  # most runs: no board, and the run's place is not looked for
    start = next(index for index, token in enumerate(tokens) if token is run[0])
    if start < 3:
        return run
    office, joiner, article = (token.text for token in tokens[start - 3 : start])
    return run[skip:] if is_office_word(office) and (joiner, article) == ("of", "the") else run


BOARD_OF_DIRECTORS = ["Board", "of", "Directors", "of", "the"]
# Words that date an office, capitalised where they open a sentence
TIME_MARKER_OPENERS = frozenset({"Former", "Outgoing", "Then"})


def without_a_time_marker(run: list[Token]) -> list[Token]:
    """ "Bank of Japan" of "Former Bank of Japan governor X", "MPOB" of "Former MPOB
    director-general": the marker dates the office after the name (not "Former Treasury
    Cabinet Secretary X", where it is the title's)."""
    if len(run) < 2 or run[0].text not in TIME_MARKER_OPENERS:
        return run
    titled = any(
        token.text.casefold().rstrip(".") in TITLE_WORDS or is_office_word(token.text)
        for token in run[1:]
    )
    return run if titled else run[1:]


def organisation_of_an_office(title: list[Token]) -> list[Token]:
    """The organisation after an office's "of": "Central Bank of Kenya" of "Governor of the
    Central Bank of Kenya"; none in "Minister for Foreign Affairs" (a field)."""
    # ("Permanent Secretary in the Ministry of ...": the body after "in the")
    joiner = next(
        (
            i
            for i, t in enumerate(title[:-1])
            if t.text in {"of", "for"} or (t.text == "in" and title[i + 1].text == "the")
        ),
        None,
    )
    if not joiner:  # no joiner, or the title opens with it
        return []
    office = title[joiner - 1].text
    if not (is_office_word(office) or office.casefold() in LEADING_OFFICES):
        return []
    if (
        office.casefold() == "minister"
        and title[joiner].text == "for"
        and title[joiner + 1].text != "the"
    ):
        return []  # "Minister for Public Service and Administration": a portfolio, no body
    body = title[joiner + 1 :]
    if body and body[0].text == "the":
        body = body[1:]
        if len(body) > 1 and not body[0].capitalised and body[1].capitalised:
            body = body[1:]  # "of the parliamentary Finance and Budget Committee": the body
    seat = next((i for i, t in enumerate(body) if t.text == "for"), None)
    if office.casefold() == "member" and seat:
        body = body[:seat]  # "Member of Parliament for Gaborone Central": the seat is no body's
    # "Chairman of the Board of Directors of CMHK": the company, its board a part of it
    board = next((i for i, t in enumerate(body[:4]) if t.text == "Board"), None)
    if board is not None:
        rest = [t.text for t in body[board + 1 : board + 4]]
        # (not a "Board of Supervisors of Fairfax County" nor a "Board of Governors")
        directors = rest == ["of", "Directors", "of"]
        managing = rest[:1] == ["of"] and board > 0 and body[board - 1].text in BOARD_KINDS
        # "Member of the Board of the Bank of Lithuania": the bank, whose board it is (a name
        # of two words or more: not "Bank" of "... of the Board of the Bank Tomas Garb")
        owned = board == 0 and rest[:2] == ["of", "the"] and len(body) > board + 4
        skip = 3 if directors else 1 if managing else 2 if owned else 0
        if skip and len(body) > board + 1 + skip and all(t.capitalised for t in body[:board]):
            body = body[board + 1 + skip :]
    # "Deputy Governor for Monetary Policy of the Central Bank of Iran": a field, then the body
    of_the = next(
        (i for i in range(len(body) - 2) if body[i].text == "of" and body[i + 1].text == "the"),
        None,
    )
    if title[joiner].text == "for" and of_the is not None:
        body = body[of_the + 2 :]
    spelled = len(body) > 3 and body[-1].text == ")" and body[-3].text == "("
    if spelled:
        body = body[:-3]  # "... Confederation (GTUC)": the acronym is read after it
    # ("Mineral Resources and Petroleum Authority of Mongolia": "and" too, in a body's name,
    # not in a portfolio's: "Minister of Energy Transition and Public Utilities")
    bodily = any(t.text.casefold() in BODY_HEADS for t in body)
    joiners = NAME_JOINERS | {"and"} if bodily else NAME_JOINERS
    named = body and all(t.capitalised or t.text in joiners for t in body)
    # "Minister of Communications": an industry alone is a portfolio, not a body; so is
    # one of a country ("Deputy Minister of Energy of Azerbaijan")
    portfolio = len(body) == 1 and body[0].text.casefold() in INDUSTRY_HEADS
    of = next((i for i, t in enumerate(body) if t.text == "of"), None)
    portfolio = (
        portfolio
        or (
            of is not None
            and office.casefold().split("-")[-1]
            == "minister"  # not "Director of Tullow Oil of Kenya"
            and is_place(body[-1].text)
            and not any(t.text.casefold() in BODY_HEADS for t in body[:of])
        )
    )
    # (a body its acronym spells is one, though its name ends with a place: "Private Sector
    # Foundation Uganda (PSFU)")
    # (or an acronym alone after "the" or a board: "Governor of the SBV", "of the Board of
    # Directors of CMHK"; not a field: "Minister of ICT", "Head of HR")
    boarded = len(body) < len(title) - joiner - 1 - int(title[joiner + 1].text == "the")
    acronym = (
        len(body) == 1
        and ACRONYM.fullmatch(body[0].text) is not None
        and (title[joiner + 1].text == "the" or boarded)
    )
    return body if named and not portfolio and (spelled or acronym or is_org(body, "")) else []


def body_of_an_office_alone(run: list[Token]) -> list[Token]:
    """The body after an office, "of" or "for", when the run is only these, no holder named
    ("Cabinet Secretary for the National Treasury", "Governor of the Central Bank of
    Kenya"); else none."""
    body = organisation_of_an_office(run)  # the office word before "of" checked there
    if not body or body[-1] is not run[-1]:
        return []
    joiner = next(i for i, t in enumerate(run) if t.text in {"of", "for"})
    opening = run[: joiner - 1]
    if any(
        not is_office_word(t.text)
        and t.text.casefold() not in TITLE_OR_MODIFIER_WORDS
        and t.text.casefold() not in CABINET_WORDS
        for t in opening
    ):
        return []
    return body


SET_OFF_NAME_AFTER = re.compile(r"^\s*,\s+[A-Z]")


def office_set_off(run: list[Token], after: str) -> bool:
    """An organisation's acronym and an office, then a comma and a name ("NLC President,
    Comrade ...", "The TUC General Secretary, Engr. ...") or no name at all ("WHO
    Representative in Ethiopia Dr ...")."""
    if len(run) < 2 or not ACRONYM.fullmatch(run[0].text) or not is_office_word(run[-1].text):
        return False
    office_only = all(t.text.casefold().rstrip(".") in TITLE_WORDS for t in run[1:])
    return office_only or SET_OFF_NAME_AFTER.match(after) is not None


def office_held_with(
    tokens: list[Token], offices: dict[int, int], start: int, lower_vocabulary: set[str]
) -> list[Token]:
    """ "Minister of Finance and" of "Minister of Finance and Deputy Prime Minister Kaija
    Lehtonen said": an office with its field that opens the sentence, joined by "and" to
    the title before a name, is the same person's (not "talks between the Minister of
    Finance and Prime Minister X", two people; nor "Secretary of State George Shultz and
    Defense Secretary ...", whose field ends in a name)."""
    if start < 3 or tokens[start - 1].text != "and":
        return []
    field = tokens[offices.get(0, start) : start - 1]  # (an office at the sentence's start)
    if 0 not in offices or not field or not all(field_word(t, lower_vocabulary) for t in field):
        return []
    return tokens[:start]


def field_word(token: Token, lower_vocabulary: set[str]) -> bool:
    """A word of an office's field: "Finance", "Trade", "Industry" (words the article or the
    lists know in lower case), a comma or "and" between them."""
    word = token.text.casefold()
    return token.text in {",", "and"} or (
        token.capitalised and (word in lower_vocabulary or word in BODY_FIELDS)
    )


def candidate_for(
    sentence: Sentence,
    title: list[Token],
    name: list[Token],
    first: Token,
    lower_vocabulary: set[str],
) -> Candidate:
    """A candidate `name` with its `title`; `first` is where the title (or name) begins."""
    if len(name) > 2 and name[0].text in COURTESY_BEFORE_FULL_NAMES:
        name = name[1:]  # (no part of the name, nor of the office before it)
    if len(name) > 2 and title and title[-1].text in ROMANCE_OFS | ENGLISH_OFS:
        # "Governor of the Banque du Liban Nadim Haddad": no title ends with its "of"; the
        # word after it is the body's
        title, name = [*title, name[0]], name[1:]
    end = name[-1].outer_end - sentence.start
    return Candidate(
        sentence,
        name,
        title,
        sentence.text[: first.start - sentence.start],
        sentence.text[end:],
        lower_vocabulary,
    )


FIRM_OFFICES = frozenset(
    "ceo cfo coo cto chairman chairwoman chair chief founder co-founder president "
    "spokesman spokeswoman spokesperson executive director".split()
    # a body's first officer's words: "Rengo General Secretary", "Secretary-General",
    # "Managing Director"
    + ["general", "secretary-general", "managing"]
)


DATELINE_TOKENS = 13  # "NAIROBI , Oct . 8 ( Reuters ) -": where a dateline's credit ends


def opens_the_sentence(token: Token, tokens: list[Token]) -> bool:
    """The first word, or the first after a dateline's credit: "Chennai, Nov 7 (PTI)
    Opener Karthik Iyer struck ..."."""
    if token is tokens[0]:
        return True
    for index in range(1, min(DATELINE_TOKENS, len(tokens))):
        if tokens[index] is token:
            return tokens[index - 1].text in {")", "-", "—", "–"}
    return False


OCCUPATIONS_NOT_TITLES = ROLE_NOUNS - TITLE_WORDS
BODY_OR_PLACE_WORDS = ORG_HEADS | PLACE_PREFIXES


def describes_the_person(run: list[Token]) -> bool:
    """ "Meteorologist Dana Whitfield", "Resident Joe Kaminski" opening a sentence: a word
    that is no name before a given name and a surname describes the person."""
    if len(run) != 3:
        return False
    first = run[0].text
    if first.casefold() in OCCUPATIONS_NOT_TITLES:  # "Analyst Yang Moo-jin"
        return looks_like_full_name(run[1:])
    named = (
        is_given_name(first)
        or is_surname(first)
        or is_chinese_family_name(first)
        or is_vietnamese_family_name(first)  # "Nguyễn Hoàng Long", its accents as written
    )
    names_something = named or is_place(first) or first.casefold() in BODY_OR_PLACE_WORDS
    regional = run[1].text.casefold() in PLACE_PREFIXES or is_demonym(run[2].text)
    describes = not (names_something or regional)
    return describes and is_given_name(run[1].text) and is_surname(run[2].text)


def field_before_head(word: Token, following: Token) -> bool:
    """ "State" of "State Bank", "Justice" of "Justice Department": a field's word naming the
    body whose head follows it, not an office."""
    return word.text.casefold() in BODY_FIELDS and following.text.casefold() in ORG_HEADS


TITLE_OR_MODIFIER_WORDS = TITLE_WORDS | TITLE_MODIFIERS | TITLE_PARTICIPLES  # "Managing"
# words that name no particular firm before an office ("Chief", "State", "New")
GENERIC_FIRM_WORDS = ORG_HEADS | COMMON_WORDS | PLACE_PREFIXES


# A word that opens a title with the office after it: "Cabinet Secretary", "Cabinet Minister"
CABINET_WORDS = frozenset({"cabinet"})


def organisation_in_title(title: list[Token], lower_vocabulary: set[str]) -> list[Token]:
    """The organisation inside a title: "European Commission" of "European Commission
    President", "Apple" of "Apple CEO"; none in "Japanese Prime Minister" or "Chief Cabinet
    Secretary"."""
    words = list(title)
    # ("BNM Governor Datuk Seri": the courtesy titles after the office are no part of it)
    while len(words) > 1 and words[-1].text.casefold().rstrip(".") in (
        HONORIFICS | HONORIFIC_FIRST_WORDS | HONORIFIC_SECOND_WORDS
    ):
        words.pop()
    while words and (
        words[-1].text.casefold().rstrip(".") in TITLE_WORDS
        or is_office_word(words[-1].text)
        or words[-1].text.casefold() in CABINET_WORDS  # "Treasury Cabinet Secretary"
        or words[-1].text.casefold() in TITLE_PARTICIPLES  # "RGDC Managing Director"
    ):
        words.pop()
    while words and words[0].text.casefold().rstrip(".") in TITLE_OR_MODIFIER_WORDS:
        if len(words) > 1 and field_before_head(words[0], words[1]):
            break  # "State Bank of Vietnam Governor", "Justice Department spokesman"
        words.pop(0)
    if not words or not words[0].capitalised or any(token.possessive for token in words[:-1]):
        return []  # not "of the Federal Reserve" of "Chairman of the Federal Reserve"
    following = title[title.index(words[-1]) + 1 :]
    office = following[0].text.casefold().rstrip(".") if following else ""
    bodies = [t for t in words[:-1] if t.text.casefold() in BODY_HEADS]
    if words[-1].text.casefold() in BODY_FIELDS and office not in FIRM_OFFICES and not bodies:
        return []  # "Kazakh Energy Minister": a portfolio; not "Kosmos Energy CEO", "Ministry of"
    if len(words) > 1:
        # (a place opens a body's name only before the body's word: "Bangladesh Bank
        # Governor", not "New York Governor")
        placed = is_place(words[0].text) and words[-1].text.casefold() not in BODY_HEADS
        return words if is_org(words, "") and not placed else []
    # One word is a firm only before a firm's office: "Apple CEO", not "Emeritus Professor"
    # or "Shadow Home Secretary"; an acronym before any office ("TUC Secretary-General").
    word = words[0].text
    if following and ACRONYM.fullmatch(word) and not is_place(word):
        return words
    if not following or following[0].text.casefold().rstrip(".") not in FIRM_OFFICES:
        return []
    if [t.text.casefold() for t in following] == ["chief"]:
        return []  # "Senior Chief Kaomba", "Paramount Chief Gomani V": a chief's rank
    folded = word.casefold()
    # ("Assistant" of "Assistant Chief Executive Officer": a rank, no firm; but "Principal
    # CEO", "Senior CEO" may be a firm's)
    generic = folded in GENERIC_FIRM_WORDS or folded in lower_vocabulary or folded in LOWER_RANKS
    if generic or is_place(word) or is_region(word) or is_demonym(word) or len(word) < 2:
        return []
    return words
