"""Roles pass: the role stated around a name: a title before it ("Japan's Defense
Minister"), a lower-case title ("police chief Dan Ortiz"), a role set off by a comma before
it ("His lawyer, X,"), an appositive or a "who heads ..." clause after it; and an appositive
that describes an organisation instead ("Acme, a maker of drills")."""

import functools
import itertools
import re
from collections.abc import Callable

from bot.analysis.document import POSSESSIVE, Candidate, Token, ends_with
from bot.analysis.lexicon import (
    ARTICLES,
    BODY_FIELDS,
    COMMON_WORDS,
    FIELD_NOUNS,
    FUNCTION_WORDS,
    GROUP_NOUNS,
    INDUSTRY_HEADS,
    MONTHS,
    OFFICE_HOLDING_HEADS,
    ORG_HEADS,
    ORGANISATION_NOUNS,
    PAST_MARKERS,
    PLACE_HEADS,
    PLACE_PREFIXES,
    RANK_WORDS,
    RELATION_NOUNS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    SQUAD_NOUNS,
    STAFF_NOUNS,
    TITLE_ABBREVIATIONS,
    TITLE_FIELDS,
    TITLE_MODIFIERS,
    TITLE_WORDS,
    WEEKDAYS,
    is_legal_form,
    is_plural_title,
)
from bot.analysis.names import is_given_name, is_surname
from bot.analysis.places import is_place, is_region
from bot.analysis.shapes import (
    ACADEMIC_HONORIFICS,
    ACRONYM,
    ARABIC_ARTICLES,
    COURTESY_BEFORE_FULL_NAMES,
    HONORIFICS,
    NAME_JOINERS,
    abstract_noun,
    is_demonym,
)

# A comma inside a body's list of fields goes on with the role: "president of the National
# Society of Mining, Petroleum and Energy"
CAPITALISED_WORDS = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
# ("Minister of Finance, Planning and the Public Service," the last field closing the title;
# not "who leads the Ministry of Trade, Grace Otieno and the Kenya Revenue Authority chief")
FIELDS_GO_ON = (
    rf"\s+{CAPITALISED_WORDS}(?:,\s+{CAPITALISED_WORDS})*,?\s+and\s+"
    rf"(?:[A-Z]|the\s+{CAPITALISED_WORDS}\s*(?:[,.;:(]|$))"
)
RELATIVE_ROLE = re.compile(
    r"^,\s+who\s+(?:previously\s+|formerly\s+|also\s+|now\s+|currently\s+)?"
    r"(?:(is|was|serves as|served as|doubles as|has been|had been|became)\s+|"
    r"(chairs|chaired|heads|headed|leads|led|runs|ran|founded|directs|directed)\s+)"
    # (ends at a dash set off by spaces, not one inside "Asia–Pacific")
    rf"((?:[^,;.—–]|(?<=\S)[—–](?=\S)|,(?={FIELDS_GO_ON}))+)"
)
# Ends at a comma, a semicolon, the sentence's end or a colon before a quote ("Said Maria
# Lopez, a spokeswoman for the ministry: “…”").
APPOSITIVE = re.compile(
    rf"^,\s+((?:the|a|an)\s+)?((?:[^,;:\"“”]|,(?={FIELDS_GO_ON}))+?)"
    rf"\s*(?:,(?!{FIELDS_GO_ON})|\.$|;|:)"
)
# "X, the chief executive of SNR and the man local media call the 'nickel king',": the first
# (or "..., chairman of the GLA and dubbed the 'gas chief' by villagers,", "..., chairman of
# the union and a veteran leader often described as the voice of farmers,")
FIRST_OF_TWO_APPOSITIVES = re.compile(
    r"^,\s+((?:the|a|an)\s+)?([^,;:\"“”]+?)\s+and\s+(?:the|a|an|dubbed|nicknamed|called)\s+"
    r"(?:[^,;:]*[\"“”]|[^,;:\"“”]*?\b(?:described|regarded|known|seen|hailed)\s+as\s)"
)
# "X, the Khulna mill owner whom local media call the 'hemp king'": the role before the label
ROLE_THEN_A_LABEL = re.compile(
    r"^,\s+((?:the|a|an)\s+)?([^,;:\"“”]+?)\s+(?:whom|that)\s+[^,;:\"“”]{0,40}?"
    r"\b(?:call|calls|called|dub|dubs|dubbed)\s+(?:(?:the|a|an)\s+)?[\"“‘']"
)
# "the Sfax exporter whom traders call 'the Olive Sultan'", "the barge operator the local press
# calls 'the Admiral'", "the businessman known across Kakheti as the 'Saperavi Baron'": a
# role with no preposition in it but a home town ("a retired schoolteacher from Vreoci known
# as ...") (not "a lawyer for the man police called 'El Chapo'", "the
# head of the project known as 'Nightingale'": the label is another's or a thing's)
PREPOSITION_AHEAD = r"(?:of|for|at|in|on|to|by|with|from)\s"  # a regex piece
HOME_TOWN = (  # a regex piece: "from Vreoci", "from Xaythany district"
    r"(?:\s+from\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
    r"(?:\s+(?:district|province|village|region|county|town|city))?)?"
)
ROLE_THEN_A_NICKNAME = re.compile(
    r"^,\s+((?:the|a|an)\s+)?((?:(?!" + PREPOSITION_AHEAD + r")[^,;:\"“”\s]+\s+)*?"
    r"(?!"
    + PREPOSITION_AHEAD
    + r")[^,;:\"“”\s]+"
    + HOME_TOWN
    + r")\s+(?:(?:whom\s+)?(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:call|calls|called|dub|dubs|dubbed)|(?:who\s+(?:is|was)\s+)?known(?:\s+[\w-]+){0,3}?\s+as)\s+"
    r"(?:(?:the|a|an)\s+)?[\"“‘']"
)
# "Tom Berg is the chief executive of Nordvik", "Maria Lindqvist became the association's
# president": a role the sentence states of the name (not "was": often a past one).
# ("Ortega is president of the Pacific Banana Growers Association": a title without "the",
# of a body)
# After a comma, the rest of a list of fields: " Trade and Industry"
FIELDS_LISTED = r"\s+[A-Z][\w-]*(?:,\s+[A-Z][\w-]*)*\s+and\s+[A-Z]"
PREDICATE_ROLE = re.compile(
    # (", is the chairman of the Makonde Plateau Cooperative Union (MPCU).": a comma before it
    # and the body's acronym after it too)
    # ("Tukur now serves as executive secretary of the ...", "Bourne is now chief executive
    # officer of Barbados Port Inc.": an office of a body, without "the")
    r"^,?\s+(?:is|has been|became|remains|(?:now\s+)?serves\s+as)\s+(?:now\s+|currently\s+)?"
    r"(?:(?P<opening>the|a|an|[A-Z][\w&.-]*['’]s?)\s+"
    r"|(?=(?:[a-z][\w-]*\s+){1,3}of\s+(?:the\s+)?[A-Z]))"
    # ("is now the Cabinet Secretary for Investments, Trade and Industry.": fields listed;
    # "is now Pakistan's Permanent Representative to the World Trade Organization (WTO) in
    # Geneva.": a body's acronym inside)
    r"(?P<role>(?:[^,;:\"“”()]|\([A-Z][\w&.-]*\)(?=\s+[a-z])|,(?=" + FIELDS_LISTED + r"))+?)"
    r"(?:\s+\([A-Z][\w&.-]*\))?\s*(?:,(?!" + FIELDS_LISTED + r")|[;:]|\.(?:\s|$)|$)"
)
# Where a predicate's role ends and another clause or name begins: "a former mayor of Leeds
# and Jane Doe is ...", "the chair of the board, which ..."
CLAUSE_OPENER = r"(?:but|who|which|that|when|while|because|after|since|until)\b"
CLAUSE_INSIDE = re.compile(r"\s" + CLAUSE_OPENER)
CLAUSE_GOES_ON = re.compile(r"\s+(?:and\s+(?=[A-Z])|" + CLAUSE_OPENER + r").*$")
# (after fields listed with a comma, "and" goes on with the list: "... Trade and Industry")
CLAUSE_GOES_ON_AFTER_A_LIST = re.compile(r"\s+" + CLAUSE_OPENER + r".*$")
# "X now chairs the party's tax commission and has said ...": an office the sentence says
# the name holds (the present tense only: "led the talks" is no office)
HEADS_NOW = re.compile(
    # ("leads" and "runs" only with "now": "Messi leads the team in goals")
    # (", now heads ...": set off after a name in apposition: "Her predecessor, X, now heads")
    r"^(?:,?\s+(?:now|currently)\s+(?P<verb>chairs|heads|leads|runs|directs)|\s+(?P<verb2>chairs|heads|directs)"
    # "Ferjani was appointed to lead the Agricultural Investment Promotion Agency (APIA)"
    r"|\s+(?:was|has\s+been|had\s+been)\s+appointed\s+to\s+(?P<verb3>head|lead|chair|run))\s+"
    # (fields listed with commas inside the body's name: "the Standing Committee on
    # Environment, Food and Agriculture")
    r"(?P<body>(?:the|a|an|[A-Z][\w&.-]*(?:['’]s?)?)\s+"
    r"(?:[^,;:\"“”()]|,(?=" + FIELDS_LISTED + r"))+?)"
    r"(?:\s+\([A-Z][\w&.-]*\))?"
    # "now heads the Namibian Ports Authority (Namport) as its chief executive officer"
    r"(?:\s+as\s+(?:its|the)\s+(?P<office>[a-z][a-z -]{2,40}?))?"
    r"(?:\s+and\s+(?=[a-z])|\s*[,;:]|\.(?:\s|$)|$)"
)
OWNER_OPENING = re.compile(r"^[\w-]+['’]s\s")
HELD_BEFORE = re.compile(
    r"^,\s+(?:previously|formerly|until recently|until now)\s+(?:(?:the|a|an)\s+)?"
)
# (", currently chief operating officer for grid," and ", currently Director General ..." too)
HELD_NOW = re.compile(r"^,\s+(?:currently|now|presently)\s+(?=\w)")
RELATIVE_CLAUSE = re.compile(r"\s+(?:who|which)\s.*$")
# A "who" clause telling a past, then the office held now: ", who held the portfolio until
# 2023 and is now the Member for Kikori,"
NOW_HELD_AFTER_A_CLAUSE = re.compile(
    # (or "Njoroge, who had championed the reforms in 2024, is now the Cabinet Secretary")
    r"^,\s+who\s+[^,;.“”\"]{1,80}?(?:\s+and|,)\s+(?:is|serves\s+as)\s+(?:now|currently)\s+"
    r"(?=(?:the|a|an)\s)"
)
# ", who led the CGT for four years and now heads ...": a past told, then a body headed now
NOW_HEADS_AFTER_A_CLAUSE = re.compile(
    r"^,\s+who\s+[^,;.“”\"]{1,80}?\s+and\s+(?=(?:now|currently)\s+(?:chairs|heads|leads|runs"
    r"|directs)\s)"
)
NOT_THE_ROLE = re.compile(r"\s+and\s+(?:no|not)\b.*$")
AGE_SET_OFF = re.compile(r"^,\s*\d{1,3},")
PARTY = re.compile(r"^\s*\([^()]{1,20}\)")
# Where someone is from or sits for, before the role set off after it: "Rep. X of Iloilo's 2nd
# District, chairman of ...", "X of Mombasa, the county's governor"
HOME_BEFORE_A_ROLE = re.compile(
    r"^\s+of\s+(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*"
    r"(?:['’]s\s+(?:\d+(?:st|nd|rd|th)|[A-Z][\w-]*)\s+(?:[A-Z][\w-]*\s+)?District)?(?=,\s)"
)
# When and how someone came to a role, not the role: "(became CEO) in 2023 after two decades
# at Intel".
CIRCUMSTANCE = re.compile(
    r"\s+(?:(?:in|since|until|by|from)\s+(?:\w+\s+)?\d{4}|(?:after|before|when|while|during|"
    r"until|since|following)\s|for\s+(?:\d+|\w+)\s+(?:years?|months?|decades?|terms?)\b"
    # "who became Secretary to the Treasury on November 15", "... last month"
    r"|(?:on|in)\s+(?:(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?|[A-Z][a-z]+day\b"
    r"|\d{1,2}\s+[A-Z][a-z]+)(?:\s|$)|(?:last|this)\s+(?:week|month|year)\b).*$"
)
AND_A_DEED = re.compile(r"\s+and\s+[a-z]+ed\b.*$")  # "... and led the team", "... and restructured"
LEADING_ARTICLE = re.compile(r"^(?:a|an|the)\s+")
ROLE_VERB_NOUNS = {
    "chairs": "chair of",
    "chaired": "former chair of",
    "heads": "head of",
    "headed": "former head of",
    "leads": "leader of",
    "led": "former leader of",
    "runs": "head of",
    "ran": "former head of",
    "founded": "founder of",
    "directs": "director of",
    "directed": "former director of",
    # appointed to ...
    "head": "head of",
    "lead": "head of",
    "chair": "chair of",
    "run": "head of",
}


# An ordinal before a title, after the place it may be of: "Bulacan 1st District Rep."
ORDINAL_BEFORE = re.compile(r"(?:^|(?<=\s))((?:[A-Z][\w.-]*\s+){0,3}?\d{1,3}(?:st|nd|rd|th))\s+$")


LEGISLATORS_BEFORE_A_NAME = frozenset({"senator", "sen", "rep", "mp", "hon"})


def title_text(candidate: Candidate, last: Token | None = None) -> str:
    """The title before the candidate's name, up to its `last` word when given."""
    sentence = candidate.sentence
    end = last.end if last else candidate.tokens[0].start
    title = sentence.text[candidate.title[0].start - sentence.start : end - sentence.start].strip()
    # (an honorific after the office is no part of it: "... Minister Professor X", "Minister
    # of Finance Ato Dawit Alemayehu", Amharic "Mr")
    *office, honorific = title.split() or [""]
    courtesy = honorific.casefold().rstrip(".")
    # (nor a legislator's title after an office with its field: "Federal Minister for Finance
    # and Revenue Senator Kamran Ali Bhatti")
    seat = courtesy in LEGISLATORS_BEFORE_A_NAME and any(w in {"of", "for"} for w in office)
    courteous = courtesy in HONORIFICS | ACADEMIC_HONORIFICS
    courteous = courteous or honorific in COURTESY_BEFORE_FULL_NAMES
    if office and (courteous or seat):
        title = " ".join(office)
    if is_plural_title(title.casefold()):
        title = title[:-1]  # "Justice" of "Justices Bishnu Prasad Gyawali and ..."
    modifier = re.search(r"(\b[a-z][\w-]*)\s*$", candidate.before[-60:])
    if modifier and modifier.group(1).split("-")[0] in TIME_WORDS:
        title = f"{modifier.group(1)} {title}"
    country = re.search(r"\b([A-Z][\w.]*(?: [A-Z][\w.]*)?)['’]s\s*$", candidate.before[-60:])
    if country and is_place(country.group(1)):
        title = f"{country.group(0).strip()} {title}"  # "Japan's Defense Minister"
    ordinal = ORDINAL_BEFORE.search(candidate.before[-60:])
    if ordinal and title[:1].isupper():
        # "Bulacan 1st District Rep.", "Air Force 1st Lt.", "45th President" (not the "In"
        # that opens the sentence)
        words = list(itertools.dropwhile(is_common_word, ordinal.group(1).split()))
        # (not a date's: "On June 4th Senator X"; nor a rank's: "finished 4th Coach X")
        if len(words) > 1 and not any(w.casefold() in MONTHS for w in words):
            title = f"{' '.join(words)} {title}"
    fields = FIELDS_LISTED_BEFORE.search(candidate.before[-80:])
    if fields and title[:1].isupper():
        # "Finance, Economic Development and Investment Promotion Minister X": the portfolio's
        # first fields, listed before the run the title was read from
        # (the fields only, not a word opening the sentence: "Meanwhile, Finance, ...")
        items = fields.group(1).split(", ")[:-1]
        while items and not all(w.casefold() in BODY_FIELDS for w in items[0].split()):
            items = items[1:]
        if items:
            title = f"{', '.join(items)}, {title}"
    joined = FIELD_JOINED_BEFORE.search(candidate.before[-60:])
    if joined and title[:1].isupper() and not fields:
        # "National Treasury and Economic Planning Cabinet Secretary X": a ministry named by
        # its fields, "and" before the run the title was read from
        # (fields on both sides: not "Congress and President Obama")
        words = joined.group(1).split()
        fielded = {word.casefold() for word in words} & BODY_FIELDS
        opens_with_a_field = title.split()[0].casefold() not in TITLE_WORDS
        if (
            fielded
            and opens_with_a_field
            and all(word.casefold() in BODY_FIELDS | ORG_HEADS for word in words)
        ):
            title = f"{joined.group(0).strip()} {title}"
    first = FIRST_OF_TWO_TITLES.search(candidate.before[-60:])
    if first and all(word.casefold() in TITLE_OR_RANK for word in first.group(1).split()):
        title = f"{first.group(0).strip()} {title}"  # "First Deputy Prime Minister and ..."
    body = spelled_body_before(candidate.before[-120:])
    if body and title[:1].isupper() and " of " not in title:
        # "Zambia Congress of Trade Unions (ZCTU) President X": the body's president
        title = f"{title} of the {body}"
    bank = CENTRAL_BANK_BEFORE.search(candidate.before[-40:])
    if bank and title[:1].isupper() and "bank" not in title.casefold():
        title = f"{bank.group(1)} {title}"  # "Central bank Governor Chen Shih-hung"
    where = OF_A_PLACE_AFTER.match(candidate.after)
    if (
        where
        and title[-1] != "."
        and all(word.casefold() in TITLE_OR_RANK | {"crown"} for word in title.split())
    ):
        # "Governor Paul Gachanja of Kirinyaga", "President Emmanuel Macron of France": what
        # the office is of, after the name: an office's words only (not "U.S. District Judge
        # X of Washington", where the court sits, nor "Investor X of North Kingstown"; nor an
        # abbreviation: "Sen. Elizabeth Warren of Massachusetts" is hers)
        title = f"{title} of {where.group(1)}"
    return title


# A central bank unnamed, in lower case, before its officer's capitalised title
CENTRAL_BANK_BEFORE = re.compile(r"(?:^|\s)([Cc]entral bank)\s+$")
# " of Kirinyaga,", " of New South Wales": a place's capitalised words after a name, then a
# mark or a verb (not "of the ...", a body's or a party's)
OF_A_PLACE_AFTER = re.compile(
    r"^\s+of\s+((?!the\b)[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})(?=\s*(?:[,;.)]|$|\s+[a-z]))"
)


# Words that may open a sentence before a body's name: "However Malawi Congress of ..."
OPENING_WORDS = FUNCTION_WORDS | WEEKDAYS | {"meanwhile", "today", "both", "also", "on", "at"}


def spelled_body_before(before: str) -> str | None:
    """The name of the body whose acronym in brackets ends `before` ("Zambia Congress of
    Trade Unions" of "... Trade Unions (ZCTU) "), without words opening the sentence
    ("However", "On Friday") or a dateline ("NAIROBI (KNA)"); None when no body's head word
    is in it."""
    found = BODY_SPELLED_BEFORE.search(before)
    if not found:
        return None
    words = found.group(1).split()
    while words and (words[0].casefold() in OPENING_WORDS or words[0].isupper()):
        words = words[1:]
    if not any(word.casefold() in ORG_HEADS for word in words):
        return None
    # (an acronym written as a word, "(Cotu)", opens with the name's first letter)
    acronym = found.group("acronym")
    if not acronym.isupper() and not (words and words[0][0] == acronym[0]):
        return None
    return " ".join(words)


# A body's name and its acronym in brackets right before a title: "Zambia Congress of Trade
# Unions (ZCTU) (President)"
BODY_SPELLED_BEFORE = re.compile(
    r"(?:^|(?<=\s))(?:[Tt]he\s+)?((?:[A-Z][\w'’.&-]*)(?:\s+(?:of|for|and|the|[A-Z][\w'’.&-]*))*)"
    r"\s+\((?P<acronym>[A-Z][A-Za-z&]*[A-Z]|[A-Z][a-z]{2,5})\)\s*$"
)


TITLE_OR_RANK = TITLE_WORDS | RANK_WORDS  # "First Deputy Prime Minister"
# Fields listed before a portfolio's title: "Finance, (Economic Development and ... Minister)"
# (not another office's fields: "Minister of Finance and Central Bank Governor X")
FIELD_JOINED_BEFORE = re.compile(
    r"(?:^|(?<=\s))(?<!of\s)(?<!for\s)((?:[A-Z][a-z]+\s+){1,3})and\s+$"
)
FIELDS_LISTED_BEFORE = re.compile(r"(?:^|(?<=\s))((?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,\s+)+)$")
# A title of capitalised title words and "and" right before another: "First Deputy Prime
# Minister and (Minister of Finance Nino Kapanadze)"
# (an office, not a field of one: "Minister of Finance and (Central Bank Governor X)")
FIRST_OF_TWO_TITLES = re.compile(
    r"(?:^|(?<=,\s))((?:[A-Z][\w-]*\s+){0,4}"
    r"(?:"
    + "|".join(sorted(re.escape(w.capitalize()) for w in TITLE_WORDS - TITLE_FIELDS))
    + r")\s+)and\s+$"
)


# Words a lower-case title ends with ("police chief"), and words it never holds.
LOWERCASE_TITLE_HEADS = ROLE_NOUNS | (TITLE_WORDS - {"state", "national", "home"})
TITLE_STOPS = COMMON_WORDS - GROUP_NOUNS


TITLE_PIECE = re.compile(r"[\w-]+|\S")
LOWER_WORD = re.compile(r"[a-z][\w-]*")
SUFFIX_PERIOD = re.compile(r"^\.(?=,)")
TITLE_REACH = 60  # characters before a name searched for a lower-case title


def employer_word(word: str) -> bool:
    """A capitalised word of an employer's name before a lower-case title ("Energy" of
    "Energy Ministry spokesman"); not a person's given name ("Hillary Clinton campaign
    chairman"), a place ("North Carolina RNC member") or "Former"."""
    if not word[:1].isupper() or word.casefold() in NO_EMPLOYER_WORDS:
        return False
    return not (is_given_name(word) or is_place(word) or is_region(word))


STAFF_OR_SQUAD_NOUNS = STAFF_NOUNS | SQUAD_NOUNS
LOWERCASE_TITLE_OPENERS = LOWERCASE_TITLE_HEADS | TITLE_MODIFIERS


def lowercase_title(before: str) -> str | None:
    """A role written in lower case right before a name: "police chief Dan Ortiz",
    "founder and chief executive Hiroshi Mikitani", or opening the sentence: "Chief
    executive Priya Raman"."""
    every_word: list[str] = TITLE_PIECE.findall(before[-TITLE_REACH:])
    if len(before) > TITLE_REACH:
        every_word = every_word[1:]  # the first may be a piece of a word
    opening = len(before) <= TITLE_REACH and len(every_word) <= 5  # the sentence's first words
    words = every_word[-5:]
    title: list[str] = []
    for position, word in reversed(list(enumerate(words))):
        at = len(every_word) - len(words) + position  # where the word is in every_word
        if word == "s" and at >= 1 and every_word[at - 1] in {"'", "’"}:
            # "Skyport's chief executive", "the company's chief executive": whose it is
            owner = every_word[at - 2] if at >= 2 else ""
            if title and owner.isalpha():
                title.insert(0, f"{owner}'s")
            break
        employer = title and (
            title[-1] in STAFF_OR_SQUAD_NOUNS
            or ACRONYM.fullmatch(word) is not None
            or (word.isupper() and word.isalpha() and len(word) > 1)  # "CONFENIAE president"
        )
        if word[:1].isupper() and employer and word.casefold() not in COMMON_WORDS:
            # "Tottenham manager Ange Postecoglou", "CDPJ leader", "Energy Ministry spokesman"
            start = body_joined_before(words, position, employer_word)
            title[:0] = [*time_marker(words, start), *words[start : position + 1]]
            break
        if title and title[-1] in PLACE_OFFICES and place_word(word):
            # "Former Belo Horizonte mayor", "Texas senator": the place the office is of; but
            # "former Bank of Japan governor": the body the place ends
            start = body_joined_before(words, position, place_word)
            if any(joiner in BODY_JOINERS for joiner in words[start:position]):
                title[:0] = [*time_marker(words, start), *words[start : position + 1]]
                break
            start = position
            while start > 0 and position - start < 2 and place_word(words[start - 1]):
                start -= 1
            prefix = words[start - 1] if start > 0 else ""
            if prefix[:1].isupper() and prefix.casefold() in PLACE_PREFIXES:
                start -= 1  # "New" of "former New Jersey governor"
            title[:0] = [*time_marker(words, start), *words[start : position + 1]]
            break
        if title and title[-1] in LOWERCASE_TITLE_HEADS and owner_before_a_title(word):
            # "Tesla chief executive", "White House press secretary", "Opposition leader":
            # taken only when the whole name is there ("Bank of America analyst" and "New
            # York Times reporter" are not read as "America analyst" and "Times reporter")
            # ("Kericho Highlands managing director": a place's word too)
            start = body_joined_before(words, position, name_word)
            skipped = len(every_word) - len(words)
            # (not "Washington Post", which reads as a person's name and would lose the title)
            person_like = any(is_given_name(word) for word in words[start:position])
            if whole_name_from(every_word, skipped + start, opening) and not person_like:
                title[:0] = [*time_marker(words, start), *words[start : position + 1]]
            break
        if opening and position == 0 and word[:1].isupper() and not is_demonym(word):
            if word.casefold() not in LOWERCASE_TITLE_OPENERS:
                break
            word = word.casefold()  # "Chief executive ..." opening the sentence
        if title and is_demonym(word):
            title.insert(0, word)  # "his Japanese counterpart Takeshi Iwaya"
            title[:0] = time_marker(words, position)
            break
        joined = word == "and" and position > 0 and words[position - 1] in ROLE_NOUNS
        if not joined and (
            not LOWER_WORD.fullmatch(word) or word in TITLE_STOPS or is_verb_form(word)
        ):
            break
        title.insert(0, word)
    # "Greens co-leader Miriam Albers": a title by the last part of its last word
    head = title[-1].split("-")[-1] if title else ""
    with_its_field = lowercase_title_with_its_field(before)
    if with_its_field:
        return with_its_field  # not "finance" of "the minister of finance Ali Musa"
    return " ".join(title) if head in LOWERCASE_TITLE_HEADS else None


# "Former vice-minister of energy and mines Sengphet Douangchak": a lower-case office, "of"
# or "for", and its field's one or two lower-case words
LOWERCASE_OFFICE_OF_A_FIELD = re.compile(
    r"(?:^|(?<=\s))((?:(?:[Ff]ormer|then|outgoing|acting)\s+)?"
    r"(?:(?:deputy|vice|assistant|associate|junior|senior|principal|permanent|under)\s+){0,2}"
    r"([a-z][\w-]*)\s+(?:of|for)\s+([a-z]+)(?:\s+and\s+([a-z]+))?)\s+$"
)


def lowercase_title_with_its_field(before: str) -> str | None:
    last = before.rsplit(None, 4)  # the last words: "of" or "for" must be among them
    if not (last[-2:-1] == ["of"] or last[-2:-1] == ["for"] or of_a_field_and(last)):
        return None  # (most texts, decided without the search)
    found = LOWERCASE_OFFICE_OF_A_FIELD.search(before[-TITLE_REACH:])
    if found is None or found.group(2).split("-")[-1] not in OFFICE_WORDS_WITH_A_FIELD:
        return None
    field = {found.group(3), found.group(4)} - {None}
    if field & (FUNCTION_WORDS | TIME_WORDS) or any(word.endswith("ing") for word in field):
        return None  # "director of the", "secretary of state, former", "for housing"
    words = found.group(1).split()
    ahead = before[: len(before) - len(before[-TITLE_REACH:]) + found.start()].split()
    opened = words[0].casefold() in TIME_WORDS  # "former ..." opens the title
    joined = ahead and (
        ahead[-1] in FUNCTION_WORDS | SPEECH_VERBS or ahead[-1] in WORDS_BEFORE_A_TITLE
    )
    if not opened and ahead and ahead[-1].islower() and not joined:
        return None  # "shadow minister for ...", "cabinet secretary for ...": more of it
    if words[0].casefold() in TIME_WORDS:
        words[0] = words[0].casefold()  # "Former vice-minister ...": held no longer
    return " ".join(words)


def of_a_field_and(last: list[str]) -> bool:
    """Whether the last words of a text end "of <field> and <field>" (or "for ...")."""
    return len(last) >= 4 and last[-2] == "and" and last[-4] in {"of", "for"}


# Small words a lower-case title may follow ("the accounts of former secretary of state X")
WORDS_BEFORE_A_TITLE = frozenset({"and", "or", "of", "by", "to", "with", "for", "from", "at", "as"})
# The offices whose field follows their "of" written in lower case
OFFICE_WORDS_WITH_A_FIELD = frozenset(
    {"minister", "secretary", "director", "head", "chief", "commissioner", "governor"}
)


def owner_before_a_title(word: str) -> bool:
    """A capitalised word that may end the name of whom a lower-case title belongs to: not a
    people ("Japanese", read as such), not a title's own first word ("Chief executive")."""
    folded = word.casefold()
    return (
        employer_word(word)
        and folded not in COMMON_WORDS
        and folded not in LOWERCASE_TITLE_OPENERS
        and not is_demonym(word)
    )


def name_word(word: str) -> bool:
    """A word of an employer's name, a place's among them ("Kericho" of "Kericho Highlands")."""
    return employer_word(word) or (word[:1].isupper() and is_place(word) and word.isalpha())


BODY_JOINERS = frozenset({"on", "of", "for"})


def body_joined_before(words: list[str], position: int, of_a_name: Callable[[str], bool]) -> int:
    """Where the name ending at words[position] starts: up to three more words of a name
    before it, or a body's whole name with its joiner ("Senate Committee on Energy" of
    "Senate Committee on Energy chairman")."""
    start = position
    while start > 0 and position - start < 3 and of_a_name(words[start - 1]):
        start -= 1
    joined = start > 1 and words[start - 1] in BODY_JOINERS
    if joined and words[start - 2].casefold() in ORG_HEADS and words[start - 2][:1].isupper():
        start -= 2
        while start > 0 and of_a_name(words[start - 1]):
            start -= 1
    return start


NAME_GOES_ON_AFTER = frozenset({"of", "for", "and", "&", "on", "de", "del", "van", "von"})


def whole_name_from(words: list[str], start: int, opening: bool) -> bool:
    """Whether words[start:] open a name: not the sentence's first word (a capital there says
    nothing), not after another capitalised word or a joiner ("Bank of America")."""
    if start == 0:
        return False  # the sentence's opening, or a name that may run on further back
    previous = words[start - 1]
    if previous.casefold() in NAME_GOES_ON_AFTER:
        return False
    first_of_the_sentence = opening and start == 1
    return not previous[:1].isupper() or (
        # "The", "Former" open the sentence ("New" may open the name: "New York Times")
        first_of_the_sentence and previous.casefold() in NO_EMPLOYER_WORDS - {"new"}
    )


# Offices held for a place, written after its name: "Texas senator", "Lagos governor"
PLACE_OFFICES = frozenset(
    "mayor governor senator premier councillor councilor sheriff lawmaker legislator "
    "congressman congresswoman assemblyman assemblywoman mp".split()
)


NO_PLACE_WORDS = COMMON_WORDS | TITLE_MODIFIERS


def place_word(word: str) -> bool:
    """A capitalised word that may be part of a place's name (not "Former", not "The")."""
    folded = word.casefold()
    return word[:1].isupper() and folded not in NO_PLACE_WORDS and word.isalpha()


# Words before a title that say when it is held: "former", "outgoing", "acting", "new"
TIME_WORDS = TITLE_MODIFIERS | PAST_MARKERS
NO_EMPLOYER_WORDS = COMMON_WORDS | TIME_WORDS


BODY_PHRASE_ENDS = frozenset({"of", "for", "on", "in", "at", "with", "to", "and", "since"})


def names_a_body(phrase: str) -> bool:
    """Whether a phrase's words before any preposition end like a body's: "the ruling party's
    research commission (on the tax system)"; not "the field (in the Granite State)"."""
    words = LEADING_ARTICLE.sub("", phrase).split()
    head = list(itertools.takewhile(lambda word: word not in BODY_PHRASE_ENDS, words))
    return bool(head) and POSSESSIVE.sub("", head[-1].casefold()) in ORG_HEADS


# What one "leads" that is no body
# What someone leads that is no body: a race, or a task ("the Azerbaijani side in the talks")
LED_NOT_BODIES = frozenset(
    "polls race field pack way charge count vote side delegation talks negotiations mission bid"
    " probe sit-in protest protests march rally strike walkout demonstration".split()
)


def heads_a_body(phrase: str) -> bool:
    """Whether what someone "leads", "chairs" or "founded" is a body: a name (not one after
    "with") or an organisation's word before any preposition ("the parliamentary Committee
    on ...", "the central bank"), not "the negotiations with Mau Ridge"."""
    words = LEADING_ARTICLE.sub("", phrase).split()
    head = list(itertools.takewhile(lambda word: word not in BODY_PHRASE_ENDS, words))
    # a name anywhere but after "with" ("the young farmers' section of the National ...")
    if words and words[0] in LED_NOT_BODIES:  # (not "the Vote Leave campaign")
        return False  # "who leads the polls in Croydon", "who led the race"
    if head and head[-1] in LED_NOT_BODIES:
        return False  # "who led the Azerbaijani side in the talks in Sofia": a task
    named = itertools.takewhile(lambda word: word not in {"with", "against", "over"}, words)
    return any(word[:1].isupper() for word in named) or any(
        POSSESSIVE.sub("", word.casefold()) in ORG_HEADS | BUSINESS_WORDS for word in head
    )


# What someone runs that is a business, though no organisation's name ends so
BUSINESS_WORDS = frozenset({"start-up", "startup", "business", "charity"})


def time_marker(words: list[str], position: int) -> list[str]:
    """ "former" before the title's capitalised first word ("Former Namibian prime minister",
    "the former Tottenham manager"), kept: the title is no longer held."""
    modifier = words[position - 1].casefold() if position > 0 else ""
    return [modifier] if modifier in TIME_WORDS else []


TITLE_PARTICIPLES = frozenset(
    {"managing", "presiding", "ranking", "founding", "visiting", "retired", "governing"}
    | {"operating", "marketing"}  # "chief operating officer", "marketing director"
)


TITLE_OWN_WORDS = TITLE_MODIFIERS | ROLE_NOUNS | TITLE_WORDS | TITLE_PARTICIPLES
# Verbs in the present whose object is a person: "might replace chairman X"
PERSON_TAKING_VERBS = frozenset(
    {"replace", "replaces", "succeed", "succeeds", "appoint", "appoints", "sack", "sacks"}
    | {"hire", "hires"}
)


def is_verb_form(word: str) -> bool:
    """ "sacked", "naming", "said", "replace": the verb before a role ("have sacked head coach
    X"), not part of it; "acting" and "managing" are titles' own words."""
    if word in TITLE_OWN_WORDS or word in FIELD_NOUNS:
        return False  # (nor a field's noun: "housing spokeswoman")
    return word in SPEECH_VERBS or word in PERSON_TAKING_VERBS or word.endswith(("ed", "ing"))


SAID_FORMS = frozenset({"said", "says", "told", "tells", "wrote", "writes"})


def reports_speech(word: str) -> bool:
    """ "said", "added", "warning": a speech verb as a verb; "state" and "notes" in "the
    Congress state president" or "his notes" are nouns."""
    return word in SPEECH_VERBS and (word in SAID_FORMS or word.endswith(("ed", "ing")))


TITLE_OR_BODY_WORDS = TITLE_WORDS | ORG_HEADS
TITLE_BODY_AND_FIELD_WORDS = TITLE_OR_BODY_WORDS | BODY_FIELDS
ORG_HEADS_AND_BODY_FIELDS = ORG_HEADS | BODY_FIELDS
OFFICE_WORDS = TITLE_WORDS - TITLE_FIELDS
ACRONYM_IN_BRACKETS_AT_END = re.compile(r"\s*\([^()]*\)\s*$")


def former_role(role: str | None) -> str | None:
    """ "X, previously chief operating officer at Meridian,": the role as a former one
    ("firm's former head of operations")."""
    if not role or PAST_MARKERS & set(role.split()):
        return role
    owner, _, rest = role.partition(" ") if OWNER_OPENING.match(role) else ("", "", role)
    # ("Tajikistan's new Minister of Energy": the one who left held no "new" office)
    return f"{owner} former {NEWLY.sub('', rest)}".strip()


NEWLY = re.compile(r"^(?:new|newly[\s-]appointed|incoming)\s+")  # not "New Jersey"


def relative_role(relative: re.Match[str]) -> str | None:
    """The role of a 'who ...' clause: "who chairs the committee" is its chair; "who served as
    minister" a former minister; "who is not related to ..." and "who led the negotiations"
    none."""
    if relative.group(3).startswith(("not ", "no relation", "unrelated")):
        return None  # "who is not related to the union leader", "who is no relation to ..."
    verb = relative.group(2)
    # ("who previously served as deputy finance minister and led the team ...": the role only)
    phrase = CIRCUMSTANCE.sub("", AND_A_DEED.sub("", relative.group(3))).strip()
    if relative.group(1) == "served as":
        # "who served as Minister for ... from 2011 to 2012", "as a US senator for 36 years"
        return f"former {LEADING_ARTICLE.sub('', phrase)}"
    if verb and not heads_a_body(phrase):
        return None  # "who led the negotiations with ...": no office
    first = phrase.split()[0].casefold() if phrase else ""
    if not verb and first.endswith("ing") and is_verb_form(first):
        return None  # "who is running second to Mr. Trump", "who is challenging Sen. McCain"
    return f"{ROLE_VERB_NOUNS[verb]} {phrase}" if verb else phrase


def predicate_role(predicate: re.Match[str]) -> str | None:
    """The owned office a sentence states of the name: "is the chief executive of Nordvik"."""
    role = CIRCUMSTANCE.sub("", predicate.group("role"))
    role = (CLAUSE_GOES_ON_AFTER_A_LIST if "," in role else CLAUSE_GOES_ON).sub("", role)
    words = role.split()
    last = words[-1].casefold().rstrip(".") if words else ""
    if not words or last in TITLE_ABBREVIATIONS or last in HONORIFICS:
        return None  # "an adviser to Ohio Gov." ends at the abbreviation's period (or "Mrs.")
    opening = predicate.group("opening")
    # (without an article, an office's own noun before its "of": not "is now home of the Lions")
    head = words[words.index("of") - 1].casefold() if "of" in words[1:] else ""
    if not opening and head not in LOWERCASE_TITLE_HEADS:
        return None
    phrase = role_phrase(opening or "the", words)
    return phrase if phrase and owned_office(phrase) else None


ACRONYM_AFTER_A_POSSESSIVE = re.compile(r"(\w['’]s?)\s+\([A-Z][\w&.-]{1,9}\)(?=\s)")


def role_before_its_preposition(words: list[str]) -> bool:
    """ "human resources director at ...": up to four words before the first preposition,
    the last a role noun, none a verb or a common word ("met the prime minister of ...")."""
    lead = list(itertools.takewhile(lambda word: word not in ROLE_PREPOSITIONS, words))
    return (
        2 < len(lead) <= 4
        and len(lead) < len(words)
        and lead[-1] in ROLE_NOUNS
        and not any(is_verb_form(word) or word in COMMON_WORDS for word in lead[:-1])
    )


PLACE_AT_END = re.compile(r"\s+(?:in|of)\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s*$")


def held_now_after_a_clause(after: str) -> str | None:
    """The office a "who" clause tells of the past before the one held now: ", who held the
    portfolio until 2023 and is now the Member for Kikori," (not "... and is now a vocal
    critic of the government": no office, the former one stands), ", who led the central
    bank for three years and now chairs the board of ..."."""
    now_held = NOW_HELD_AFTER_A_CLAUSE.match(after)
    if now_held:
        # (read as "is now the ...", whose fields may be listed with commas)
        rest = after[now_held.end() :]
        predicate = PREDICATE_ROLE.match(" is " + rest)
        held = (predicate and predicate_role(predicate)) or stated_role(", " + rest)
        if held:
            return held
    heads_now = NOW_HEADS_AFTER_A_CLAUSE.match(after)
    heading = heads_now and HEADS_NOW.match(" " + after[heads_now.end() :])
    return body_headed(heading) if heading else None


@functools.lru_cache(maxsize=4096)  # asked of the same text after a name by many rules
def stated_role(after: str) -> str | None:
    """A role stated right after a name: an appositive or a 'who ...' clause, also after a
    party in brackets ("Tim Scott (R-S.C.), the committee's chairman")."""
    after = PARTY.sub("", after, count=1)
    after = HOME_BEFORE_A_ROLE.sub("", after, count=1)
    after = AGE_SET_OFF.sub(",", after, count=1)  # "Kenji Morimoto, 61, who served as ..."
    after = SUFFIX_PERIOD.sub("", after)  # the period of "Jr.": "Robert Hale Jr., a lawyer"
    # "the Popular Democratic Movement's (PDM) spokesperson": the owner's acronym is no word
    # of the role
    after = ACRONYM_AFTER_A_POSSESSIVE.sub(r"\1", after)
    # "X, currently the board's deputy chairman," (not ", now heads the ...": a verb's)
    held_now = None if HEADS_NOW.match(after) else HELD_NOW.match(after)
    if held_now:
        # (", currently Director General of Fiscal Policy,": a title, not names listed)
        rest = after[held_now.end() :]
        after = ", " + ("the " if rest[:1].isupper() else "") + rest
    held_before = HELD_BEFORE.match(after)
    if held_before:
        # (", until now Deputy Minister of Finance,": a title, not names listed)
        rest = after[held_before.end() :]
        return former_role(stated_role(", " + ("the " if rest[:1].isupper() else "") + rest))
    held = held_now_after_a_clause(after)
    if held:
        return held
    relative = RELATIVE_ROLE.match(after)
    if relative:
        role = relative_role(relative)
        # "who was finance minister from 2015 to 2020", "who was Minister for Sugar Industry
        # until 2024": a former one
        held_until = relative.group(1) in PAST_HOLDING and HELD_UNTIL.search(relative.group(3))
        past = held_until or an_office_in_years(role, relative.group(3))
        return former_role(role) if past else role
    predicate = PREDICATE_ROLE.match(after)
    if predicate:
        return predicate_role(predicate)
    heading = HEADS_NOW.match(after)
    if heading:
        return body_headed(heading)
    appositive = (
        ROLE_THEN_A_NICKNAME.match(after)
        or FIRST_OF_TWO_APPOSITIVES.match(after)
        or APPOSITIVE.match(after)
        or ROLE_THEN_A_LABEL.match(after)
    )
    if not appositive:
        return None
    # "general counsel of Minera Cerro Alto and no relation to the cooperative's lawyer"
    phrase = NOT_THE_ROLE.sub("", appositive.group(2)).strip()
    head, _, listed = phrase.partition(",")
    # a list of fields ends with the body's head or a field ("National Society of Mining,
    # Petroleum and Energy (SNMPE)"); not one of titled people ("State Treasurer, Secretary
    # of State Connie Lawson, ...") or of names ("director-general of the WTO, Kristalina
    # Georgieva and Ajay Banga")
    listed = ACRONYM_IN_BRACKETS_AT_END.sub("", listed)
    # ("... Travel Goods Association in Cambodia": the body's place after its head)
    placed = PLACE_AT_END.search(listed)
    last = (listed[: placed.start()] if placed and is_place(placed.group(1)) else listed).split()[
        -1:
    ]
    ending = last[0].casefold().rstrip(".") if last else ""
    ends_a_body = ending in ORG_HEADS or ending.removesuffix("s") in ORG_HEADS_AND_BODY_FIELDS
    # (an office's word, not a field's: "Ministry of Economy, Trade and Industry")
    titled = any(word.casefold().rstrip(".") in OFFICE_WORDS for word in listed.split())
    if listed and (titled or not (ends_a_body or fields_only(listed))):
        phrase = head
    # "an economist at the institute who is not related to ...": the role ends at "who"
    phrase = RELATIVE_CLAUSE.sub("", phrase)
    words = phrase.split()
    if not words or words[0].casefold() == "whose":
        return None  # "John Smith,  , said"; "the Bank, whose governor, ...": another's
    # "co-chair", "vice-president": a role by the last part of the word
    word_heads = [POSSESSIVE.sub("", word.casefold()).split("-")[-1] for word in words[:5]]
    # Without an article the phrase must open like a role ("vice chairman of", "former ...",
    # "Japan's foreign minister"), not like a clause ("met with the prime minister").
    opens_like_role = bool(appositive.group(1)) or (
        word_heads[0] in ROLE_NOUNS
        or word_heads[0] in TITLE_MODIFIERS
        or words[0][:1].isupper()
        # "legal representative of ...", "senior researcher at ..."
        or (len(word_heads) > 1 and word_heads[1] in ROLE_NOUNS and not is_verb_form(word_heads[0]))
        or role_before_its_preposition(word_heads)
    )
    # "Reagan, Vice President George Bush and ..." lists another person; "..., Chief Cabinet
    # Secretary Masaharu Gotoda told reporters" is an attribution, not a role.
    leading = list(itertools.takewhile(lambda word: word[:1].isupper(), words))
    # ("Hungary's Minister of Finance" ends with its field, no name)
    ends_named = words[-1].casefold().strip(",.") not in TITLE_BODY_AND_FIELD_WORDS and not (
        body_named_last(words)
    )
    # (", Deputy Chief of Staff Jake Sullivan and ...": a capitalised title, then a given
    # name after a capitalised word and before another; not "president of the Brady Campaign")
    titled_name = (
        words[0][:1].isupper() and words[0].casefold() in TITLE_WORDS and holds_a_name(words)
    )
    lists_a_name = not appositive.group(1) and (
        (
            all(word[:1].isupper() or word in NAME_JOINERS for word in words)
            and ends_named
            # (a list goes on after it: "Wang Yi, Chairman of Huawei Liang Hua, and ...")
            and not (
                nameless_body_after_of(words) and not LIST_GOES_ON.match(after, appositive.end())
            )
        )
        or titled_name
        or (
            len(leading) >= 2
            and leading[0].casefold() in TITLE_WORDS
            and leading[-1].casefold().strip(",.") not in TITLE_OR_BODY_WORDS
        )
    )
    reports = any(reports_speech(word.casefold()) for word in words)
    if lists_a_name or reports:
        return None
    # (a bracketed acronym is no word of it: "... president of the Singapore Rice Importers
    # Association (SRIA)")
    spoken = [word for word in words if not BRACKETED_ACRONYM.fullmatch(word)]
    if (
        opens_like_role
        and len(spoken) <= 16
        and (
            set(word_heads) & ROLE_NOUNS
            or any(map(compounds_a_role, word_heads))
            or a_trade(appositive, words)
            or any(
                word.casefold() in ORG_HEADS and role_after_the_whole_name(words, at + 1)
                for at, word in enumerate(words[:5])
            )
        )
    ):
        return held_in_years_past(phrase)
    return None


BODY_WORDS = ORG_HEADS | INDUSTRY_HEADS | OFFICE_HOLDING_HEADS
BRACKETED_ACRONYM = re.compile(r"\([A-Z][\w&-]{1,10}\)")


def body_named_last(words: list[str]) -> bool:
    """Whether capitalised words end with a body's name, not a person's: its acronym or legal
    form ("Director General of ECERA", "General Director of Alat Logistics Hub CJSC"), or
    words after "of" or "for" with no given name among them ("... of Alat Logistics Hub")."""
    joined = [i for i, word in enumerate(words) if word in {"of", "for"}]
    # (an office before it: not "Doctor Who Society of Canada", a body listed)
    if not joined or words[joined[0] - 1].casefold() not in TITLE_WORDS:
        return False
    last = words[-1].strip(",.")
    if (last.isupper() and last.isalpha() and len(last) > 1) or is_legal_form(last):
        return True
    # ("... of Alat Logistics Hub"; not "Minister of Economy Rafizi Ramli", a name no list
    # knows after the field)
    body = [word.casefold() for word in words[joined[-1] + 1 :]]
    return any(word in BODY_WORDS for word in body) and not any(
        is_given_name(word) for word in words[joined[-1] + 1 :]
    )


LISTED_ITEM = re.compile(r",|\b(?:and|or)\b")  # between the items of a list


def fields_only(listed: str) -> bool:
    """ "Industry and Investment Promotion" after "Minister of Commerce,": the rest of an
    office's fields, each closing on a field the lists know or on an abstract noun (not
    "Kristalina Georgieva and Ajay Banga", names)."""
    endings = [item.split()[-1:] for item in LISTED_ITEM.split(listed)]
    return all(
        ending
        and ending[0][:1].isupper()
        and (ending[0].casefold().removesuffix("s") in BODY_FIELDS or abstract_noun(ending[0]))
        for ending in endings
    )


# The endings of the names of sciences' and trades' practitioners: "ecologist", "physicist",
# "technician", "historian" (not every "-ist": "socialist", "idealist", "motorist")
TRADE_ENDINGS = ("logist", "icist", "ician", "iatrist", "nomist", "grapher", "torian", "rarian")


def a_trade(appositive: re.Match[str], words: list[str]) -> bool:
    """ "an ecologist", "a veteran agronomist at the institute": with its article, a trade
    the lists do not name, by its ending; or one named by what its worker handles: "a rubber
    tapper", "a fruit seller" (not "a longtime supporter", "a first-time voter")."""
    # (the trade before where its worker is from: "a rubber tapper from Kuala Krai")
    head_at, head = role_head(list(itertools.takewhile(lambda word: word != "from", words)))
    if not (appositive.group(1) and head.isalpha() and head.islower() and len(head) > 5):
        return False
    if head.endswith(TRADE_ENDINGS):
        return True
    if head.endswith("man") and head not in PASSING_PARTS:
        return True  # "a boatman from Rowmari", "a ferryman" (not "a gentleman")
    handled = words[head_at - 2] if head_at >= 2 else ""
    return (
        head.endswith("er")
        and head not in PASSING_PARTS | RELATION_NOUNS
        and handled.isalpha()
        and handled.islower()
        and not handled.endswith(ADJECTIVE_ENDINGS)
        and handled not in FUNCTION_WORDS | TIME_WORDS
    )


# What a person is for a moment or by choice, not for a living: "a longtime supporter"
PASSING_PARTS = frozenset(
    """
    voter supporter customer consumer buyer viewer reader listener follower believer survivor
    sufferer passenger prisoner stranger foreigner newcomer beginner lover shopper commuter
    homeowner smoker drinker user member owner partner winner loser teenager youngster
    seeker holder insider changer breaker spender observer watcher goer taker giver bearer
    backer hunter dweller sympathiser sympathizer admirer maker gentleman countryman kinsman
    madman layman clansman tribesman nobleman freshman woman frenchman englishman irishman
    scotsman welshman dutchman
    """.split()
)
ADJECTIVE_ENDINGS = ("al", "ic", "ive", "ous", "ful", "ent", "ant", "ish", "less", "ed", "ing")


# Role nouns that close the names of tools too: "screwdriver", "autopilot", "multiplayer"
TOOLS_NAMED_LIKE_ROLES = frozenset({"driver", "player", "pilot", "reader"})


def compounds_a_role(word: str) -> bool:
    """ "schoolteacher", "steelworker", "archpriest": one word closing on a role noun of six
    letters or more the lists know, after a stem of its own (not "administer": too short a
    stem; nor "mischief", "stagecoach": too short a role)."""
    return word.isalpha() and any(
        word[cut:] in ROLE_NOUNS - TOOLS_NAMED_LIKE_ROLES and len(word) - cut >= 6
        for cut in range(3, len(word) - 5)
    )


# An appointment undone in its sentence: "... in 2015 but resigned two years later"
UNDONE = re.compile(r"\bbut\s+(?:resigned|quit|left|stepped|was\s+(?:fired|dismissed|removed))\b")


def body_headed(heading: re.Match[str]) -> str | None:
    """ "Morimoto now chairs the ruling party's research commission on the tax system": the
    office of the body a verb says the name heads."""
    if heading.group("verb3"):
        return appointed_to_lead(heading)
    body = heading.group("body")
    # (a name of capitalised words joined by "and" is one body: "the Sustainable and Renewable
    # Energy Development Authority")
    last = body.split()[-1]
    named = NAMED_BODY.fullmatch(body) and (last.casefold() in ORG_HEADS or is_legal_form(last))
    # ("the board of the Zimbabwe Investment and Development Agency": a body's name in it)
    name_inside = last.casefold() in ORG_HEADS and not CLAUSE_INSIDE.search(body)
    if not (named or name_inside):
        body = CLAUSE_GOES_ON.sub("", body)
    verb = heading.group("verb") or heading.group("verb2")
    office = heading.group("office")
    a_body = named or names_a_body(body)
    if office and office.split()[-1] in TITLE_WORDS | ROLE_NOUNS and a_body:
        return f"{office} of {body}"  # "... as its chief executive officer"
    if a_body:
        return f"{ROLE_VERB_NOUNS[verb]} {body}"
    # "now heads the state-owned fertilizer holding company PT Pupuk Nusantara Raya": the
    # body by its name, after a description that ends with its kind
    described = DESCRIBED_BODY.match(body)
    if described and described.group("kind") in ORG_HEADS:
        return f"{ROLE_VERB_NOUNS[verb]} {described.group('name')}"
    return None


NAMED_BODY = re.compile(r"(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+(?:of|for|and|on|the|[A-Z][\w&.'’-]*))*")
DESCRIBED_BODY = re.compile(
    r"^(?:the|a|an)\s+(?:[a-z][\w-]*\s+){0,5}?(?P<kind>[a-z]+)\s+"
    r"(?P<name>[A-Z][\w&.-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w&.-]*)*)$"
)


def appointed_to_lead(heading: re.Match[str]) -> str | None:
    """ "Ferjani was appointed to lead the Agricultural Investment Promotion Agency (APIA)":
    the head of a body named, when or how long left out (not "to lead the memorial service",
    "to lead the agency"; "... in 2015 but resigned": a former head)."""
    written = heading.group("body")
    body = CIRCUMSTANCE.sub("", CLAUSE_GOES_ON.sub("", written)).strip()
    named = body.split()[1:2] and body.split()[1][:1].isupper() and names_a_body(body)
    if not named:
        return None
    role = f"{ROLE_VERB_NOUNS[heading.group('verb3')]} {body}"
    return former_role(role) if UNDONE.search(written) else role


# The years a role was held, both past: "governor from 2016 to 2022"
HELD_FROM_TO = re.compile(
    r"\s+(?:from|between)\s+(?:19|20)\d\d\s+(?:to|and|until)\s+(?:19|20)\d\d\b.*$"
)


def held_in_years_past(role: str | None) -> str | None:
    """ "Karel Benes, governor from 2016 to 2022": a former governor (the years cut; and the
    verb of "Leonid Kuchma, was president of Ukraine from 1994 to 2005,")."""
    if not role or not an_office_in_years(role, role):
        return role
    return former_role(PAST_VERB.sub("", HELD_FROM_TO.sub("", role)))


def an_office_in_years(role: str | None, text: str) -> bool:
    """Whether `text` gives the years an office was held: an office's title ("governor",
    "finance minister"; not "a researcher studying droughts from 1990 to 2020", nor "who was
    elected president from 2026 to 2030")."""
    words = PAST_VERB.sub("", HELD_FROM_TO.sub("", role or "")).split()
    if not words or is_verb_form(words[0]) or not HELD_FROM_TO.search(text):
        return False
    return words[role_head(words)[0] - 1].casefold().split("-")[-1] in TITLE_WORDS


PAST_VERB = re.compile(r"^(?:was|had\s+been)\s+")
PAST_HOLDING = frozenset({"was", "had been", "served as"})
HELD_UNTIL = re.compile(r"\s+until\s+(?:19|20)\d\d\b")


APPOINTING = (
    r"(?:named|appointed|elected|chose|chosen|picked|nominated|hired|promoted|installed|tapped"
    r"|posted"  # "has been posted as Federal Secretary for Commerce"
    r"|confirmed"  # "Latvia's parliament on Monday confirmed Ilze Kalnina as Governor of ..."
    r"|appointing|appoints|nominating"  # "a decision appointing X, ..., as deputy governor"
    r"|swore\s+in|sworn\s+in|swears\s+in"  # "Jordan swore in Rania Haddad as Minister of ..."
    r"|appointment\s+of)"  # "announced the appointment of Eng. X as its chief executive"
)
# "The board named Lena Vasquez as its chief executive": the verb right before the name
# (or with the person's present title between: "named its finance director, Thandiwe
# Mokoena, as chief executive", "named former mining minister Joaquín Irarrázaval as ...")
APPOINTED_BY = re.compile(
    r"\b" + APPOINTING + r"\s+(?:[A-Z][\w.]*\s+)?"
    r"(?:(?:its|their|his|her|the)\s+)?(?:(?!(?:by|to|in|at|on|for|with|from|after|as)\s)"
    r"[a-z][\w-]*\s+){0,4}(?:[a-z][\w-]*,\s+)?$"
)
# "... as its chief executive on Monday", or after the name: "Ana Ruiz was named chair"
# ("named Park Ji-hoon, 41, as vice chairman": an age or an aside may come between)
ASIDE_THEN_AS = r"^(?:,[^,;:.\"“”]{1,100},)?,?\s+as\s+"
AS_ROLE = re.compile(ASIDE_THEN_AS + r"(?:(?:its|the|their|his|her|our|a|an)\s+)?([^,;:.\"“”]+)")
NAMED_TO_ROLE = re.compile(
    r"^(?:,[^,;:.\"“”]{1,100},)?,?\s+(?:(?:was|has been|had been|is|will be)\s+(?:\w+ly\s+)?"
    + APPOINTING
    # ("was appointed last week as chairman of the board of ...")
    + r"\s+(?:(?:last|this|on|in)\s+\w+\s+)?(?:as\s+)?"
    # "X, a transport engineer ..., took over as head of the CNRT on October 28", "X, who
    # took charge as Deputy Governor in September"
    + r"|(?:took|takes|has\s+taken|had\s+taken|will\s+take)\s+over\s+as\s+"
    + r"|who\s+(?:took|has\s+taken|had\s+taken)\s+(?:charge|office)\s+as\s+"
    # "Miriam Zammit, sworn in on Tuesday as Minister for Energy, ...": a participle aside
    + r"|(?<=,\s)"
    + APPOINTING
    + r"\s+(?:(?:last|this|on|in)\s+\w+\s+)?as\s+)"
    + r"(?:(?:its|the|their|his|her|our|a|an)\s+)?([^,;:.\"“”]+)"
)
# where an appointed role's phrase ends: when, where or how it was given
# ("and" ends it unless another title follows: "president and chief executive officer";
# "for" unless a field follows: "Cabinet Secretary for the National Treasury")
ROLE_PHRASE_END = re.compile(
    r"\s+(?:on|in|from|after|before|with|effective|last|this|next|at|by|to|succeeding|"
    r"replacing|following|until|since|for(?!\s+(?:the\s+)?[A-Z])"
    r"|and(?!\s+(?:chief|ceo|chair\w*|president|managing"
    r"|executive|director|founder|head|general)\b))\b.*$"
)


# A field named with "and" after "of" or "for": "Minister of Energy and Mineral Resources"
# (not "chief executive and Ana Ruiz as ...": a given name opens a person's name)
CAPITALISED_WORDS = r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*"
PORTFOLIO_WITH_AND = re.compile(
    r"[^,;:.]*?\b(?:of|for)\s+(?:the\s+)?"
    + CAPITALISED_WORDS
    + r"(?:,\s+"
    + CAPITALISED_WORDS
    + r")*\s+and\s+(?P<next>[A-Z][\w-]*)(?:\s+[A-Z][\w-]*)*"
)


CONFIRMED_BEFORE = re.compile(r"\bconfirmed\s+(?:[A-Z][\w.'’-]*\s+)*$")


# "Mr Akhtar, the former CEO, has since joined the National Transmission and Despatch Company
# (NTDC) as an adviser": a role with the body joined
JOINED_AS = re.compile(
    r"^(?:,[^,;:.\"“”]{1,100},)?\s+(?:has\s+|had\s+)?(?:since\s+|recently\s+|now\s+)?joined\s+"
    r"(?P<body>(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+(?:(?:of|and|for)\s+)?[A-Z][\w&'’.-]*)*"
    r"(?:\s+\([A-Z][\w&-]{1,10}\))?)\s+as\s+(?:(?:a|an|its|their|the)\s+)?"
    r"(?P<role>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)(?=\s*[,.;]|\s+(?:in|on|last|this)\b)"
)


def joined_role(after: str) -> str | None:
    """ "has since joined the NTDC as an adviser": "adviser at the NTDC"."""
    joined = JOINED_AS.match(after)
    if joined is None:
        return None
    role = joined.group("role")
    if role.split()[-1] not in ROLE_NOUNS and role.split()[-1] not in TITLE_WORDS:
        return None
    return f"{role} at {joined.group('body')}"


def appointed_role(before: str, after: str) -> str | None:
    """A role given by appointment: "named Lena Vasquez as its chief executive", "Ana Ruiz
    was appointed chair", "has since joined the NTDC as an adviser"."""
    if (joined := joined_role(after)) is not None:
        return joined
    # (the "as" after the name is tested first: most names have none)
    as_role = AS_ROLE.match(after)
    appointed = as_role if as_role and ends_with(APPOINTED_BY, before) else None
    found = appointed or NAMED_TO_ROLE.match(after)
    if not found:
        return None
    # (read past the group's comma: "Minister for Energy, Enterprise and Sustainable ...";
    # not past another title or a name: "Cabinet Secretary for Health, Prime Cabinet
    # Secretary Musalia Mudavadi and ...")
    portfolio = PORTFOLIO_WITH_AND.match(after, found.start(1))
    past_comma = portfolio.group(0)[len(found.group(1)) :].split() if portfolio else []
    if any(w.casefold() in TITLE_WORDS or is_given_name(w) for w in past_comma):
        portfolio = PORTFOLIO_WITH_AND.match(found.group(1))
    if portfolio and not is_given_name(portfolio.group("next")):
        phrase = portfolio.group(0)  # "Minister of Energy and Mineral Resources"
    else:
        phrase = ROLE_PHRASE_END.sub("", found.group(1)).strip()
    words = phrase.split()
    head = [POSSESSIVE.sub("", word.casefold()).split("-")[-1] for word in words]
    # the title before its "of ..." is short: "president and general manager of the Engine
    # Products Group"
    title_part = list(itertools.takewhile(lambda word: word not in ROLE_PREPOSITIONS, words))
    long = len(title_part) > 6 or len(words) > 14
    if not words or long or not any(w in ROLE_NOUNS or w in TITLE_WORDS for w in head[:3]):
        return None
    if head[0] in {"best", "worst", "most"}:
        return None  # "named the best player of the season": an award
    if (
        appointed
        and CONFIRMED_BEFORE.search(before)
        and not any(w in TITLE_WORDS for w in head[:3])
    ):
        return None  # "confirmed Ilze Kalnina as Governor"; not "confirmed X as the driver"
    if len(words) == 1 and head[0].rstrip(".") in HONORIFICS:
        return None  # "was hired in 1997 as Mr. Sperling's deputy": cut at the honorific
    return phrase


# "In her first statement as chief executive, Vargas said": a bare title held, set off
# before the name (not "support Clinton as the nominee, Devine said", "as a billionaire,
# Trump can", "such as ...")
AS_ROLE_BEFORE = re.compile(
    r"(?<!such )\b[Aa]s\s+(?:(?:his|her|its|their)\s+)?((?:[a-z][\w-]*\s+){0,3}([a-z][\w-]*)"
    # (and the body it is of: "As head of PT Pupuk Nusantara Raya, Agus ...")
    r"(?:\s+(?:of|for|at)\s+(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+(?:(?:of|and|for)\s+)?[A-Z][\w&.'’-]*)*)?)"
    r"\s*,\s*$"
)
NO_BARE_TITLE = ARTICLES | {"well", "such", "usual", "ever", "always"}
CONDITIONAL_AFTER = re.compile(r"^\s+(?:would|could|might)\b")  # "as president, Trump would"


# "The Ministry of Fisheries (MFMR) has a new permanent secretary, with Dr Grace Kiriau
# replacing ...": the office the body has someone new in
NEW_HOLDER_BEFORE = re.compile(
    r"\b(?:has|gets|got)\s+(?:a|its)\s+new\s+((?:[a-z][\w-]*\s+){0,3}?([a-z][\w-]*))\s*,"
    r"\s+(?:with\s+)?(?:[A-Z][a-z]{0,3}\.?\s+)?$"
)


# ... and the one named taking it: "replacing Y", "taking over from Y" (not "retiring after 30
# years", "stepping down")
TAKING_IT_AFTER = re.compile(r"^\s+(?:replacing|succeeding|taking\s+over\s+from|who\s+replaces)\b")


def new_holder_role(before: str, after: str) -> str | None:
    """The office of "... has a new permanent secretary, with Dr X replacing Y"."""
    if not TAKING_IT_AFTER.match(after):
        return None
    found = NEW_HOLDER_BEFORE.search(before[-TITLE_REACH:])
    if found is None or found.group(2).split("-")[-1] not in LOWERCASE_TITLE_HEADS:
        return None
    return found.group(1)


# "since taking over as governor in October from Dr X, Dr Y told ...": the office the
# sentence's subject took, in the clause before the name
TAKEN_OVER_REACH = 160
TAKEN_OVER_BEFORE = re.compile(
    r"\b(?:[Ss]ince|[Aa]fter|[Oo]n)\s+(?:taking\s+(?:over|charge|office)|being\s+"
    r"(?:appointed|named|sworn\s+in))\s+as\s+((?:[a-z][\w-]*\s+){0,3}([a-z][\w-]*))"
    r"(?:\s+(?:in|on|last|this|from)\b[^,;:.“”\"]{0,80})?,\s*(?:[A-Z][\w.]*\s+)?$"
)


def role_as_before(before: str, after: str) -> str | None:
    taken = TAKEN_OVER_BEFORE.search(before[-TAKEN_OVER_REACH:])
    if taken and taken.group(2).split("-")[-1] in LOWERCASE_TITLE_HEADS:
        return taken.group(1)
    found = AS_ROLE_BEFORE.search(before[-TITLE_REACH:])
    if not found or found.group(2).split("-")[-1] not in LOWERCASE_TITLE_HEADS:
        return None
    if found.group(1).split()[0] in NO_BARE_TITLE or CONDITIONAL_AFTER.match(after):
        return None
    return found.group(1)


HEADQUARTERED = re.compile(r"^\s*,\s*(?:which is\s+)?(?:based|headquartered)\s+in\b")
AUXILIARIES = frozenset(
    "is are was were will would could can may might should must has have had does did".split()
)


CLAUSE_OR_ROLE_WORDS = AUXILIARIES | SPEECH_VERBS | ROLE_NOUNS


def described_as_organisation(after: str, traders: bool = False) -> bool:
    """'Acme, a Texas-based maker of drills': an appositive whose head is an organisation
    noun, before any role noun ('a spokesman for the company' describes a person)."""
    appositive = APPOSITIVE.match(after)
    if not appositive:
        return False
    words = appositive.group(2).casefold().split()
    # an appositive opens with an article or a place's possessive ("Poland's largest power
    # producer"); ", has taken a firm stance" does not
    if not (appositive.group(1) or place_possessive(words[0])):
        return False
    # "a senior dealer at Equatorial Commercial Bank": whoever works at an organisation
    # ("the nickel tycoon whose company ...": the head stands before a relative pronoun)
    ahead = list(itertools.takewhile(lambda w: w not in {"at", "whose", "who", "which"}, words[:6]))
    # ("the newly-annointed choice of many party insiders": what follows "of" is not the
    # head, unless only a number word stands before it, "one of the largest banks", or a
    # body is named after it, "a programme of the International Labour Organization")
    of = ahead.index("of") if "of" in ahead else None
    written = appositive.group(2).split()
    named = of is not None and any(w[:1].isupper() for w in written[of + 1 : of + 3])
    if of is not None and not named and not set(ahead[:of]) <= {"one", "some", "each", "part"}:
        ahead = ahead[:of]
    for index, word in enumerate(ahead):
        # "Cafe Copan Exportadora, the largest private exporter,": a trader by its size is a
        # firm, when the name is no person's (`traders`; not "Nguyen Van Thanh, the biggest
        # coffee exporter", nor "a Bamako importer of building materials")
        sized = (
            traders
            and word in TRADERS
            and any(w.endswith("est") or w in SIZE_WORDS for w in words[:index])
        )
        if word in ROLE_NOUNS and not sized:
            return False
        if word in ORGANISATION_NOUNS and "former" in words[:index]:
            return False  # "Haddad, a former furniture maker who ...": a person's past trade
        if word in ORGANISATION_NOUNS or sized:
            # "According to Kallas, the fund could be ...": a clause's subject, no appositive;
            # "the union chairwoman": a role that names its organisation first
            following = words[index + 1 : index + 2]
            if following and following[0] in CLAUSE_OR_ROLE_WORDS:
                return False
            # "a former bank workers' union leader": the head is a person's role
            head = itertools.takewhile(lambda w: w not in PHRASE_BREAKS, words[index + 1 : 6])
            if any(POSSESSIVE.sub("", w) in ROLE_NOUNS for w in head):
                return False
            return not role_after_the_whole_name(written, index + 1)
    return False


BODY_NAME_JOINERS = frozenset({"of", "for", "and", "the", "&"})


def role_after_the_whole_name(written: list[str], position: int) -> bool:
    """ "the Supreme Council of Kenya Muslims (Supkem) chairman": after a body's word, the
    rest of its name, then a person's role."""
    end = end_of_the_body_name(written, position)
    return end is not None and end < len(written) and written[end].casefold() in ROLE_NOUNS


def end_of_the_body_name(written: list[str], position: int) -> int | None:
    """Where the rest of a body's name that goes on at `position` with "of" or "for" ends,
    past its bracketed acronym ("of Kenya Muslims (Supkem)"); None when it does not go on."""
    if position >= len(written) or written[position] not in {"of", "for"}:
        return None
    while position < len(written) and (
        written[position][:1].isupper() or written[position] in BODY_NAME_JOINERS
    ):
        position += 1
    if position < len(written) and BRACKETED_ACRONYM.fullmatch(written[position]):
        position += 1
    return position


def place_possessive(word: str) -> bool:
    """ "poland's", "kenya’s": a country's or region's possessive."""
    place = POSSESSIVE.sub("", word)
    return place != word and (is_place(place) or is_region(place))


TRADERS = frozenset({"exporter", "importer", "trader", "buyer", "processor"})
SIZE_WORDS = frozenset({"top", "leading", "dominant", "second-largest", "third-largest"})
# Words after which a noun phrase's head is passed: "a bank whose chairman ..."
PHRASE_BREAKS = frozenset({"of", "for", "in", "at", "whose", "who", "that", "which", "with"})


# Roles that firms and parties hold as well as people: "its partner Nippon Ishin".
SHARED_ROLES = frozenset({"partner", "member", "owner", "investor", "developer", "broker"})


# "His lawyer, Inés Moreno-Salcedo, said": a role set off before the name.
# "His lawyer, Inés Moreno-Salcedo, said", "Its country director for Niger, Sydney
# Osei-Bonsu,", "Poland's Minister of Climate and Environment, Tomasz Zielinski,": a role set
# off by a comma before the name, opening with a determiner or an owner's possessive.
ROLE_OPENING = re.compile(
    r"(?:(?<![\w'’])(?i:his|her|their|its|whose|the|a|an)"
    r"|\b(?:[A-Z][\w&.-]*\s+){0,2}[A-Z][\w&.-]*['’]s?"  # "Kencana Nikel's"
    r"|\b[A-Z][A-Z&]{1,9}(?:-[A-Z]{1,3})?(?=\s+[A-Z]))\s+"  # "NLC President, X,"
)
# The role's text: no sentence break, a bracketed acronym, or a comma inside a list of fields
# ("Minister of Agriculture, Food and Rural Affairs, X,": a field, then more or "and ...")
ROLE_UP_TO_THE_NAME = re.compile(
    # (a remit in brackets too: "Minister of State for Finance (General Duties), X,")
    r"(?P<role>(?:[^,.;:“”\"()]|\([A-Z][\w&-]{1,10}\)|\([A-Z][a-z]+(?:\s[A-Z][a-z]+){1,2}\)"
    r"|,\s+(?=[A-Z][^,]*(?:,\s+[A-Z][^,]*)*?\s+and\s+[A-Z]))"
    r"{2,130}?)(?:\s*\([A-Z][\w&.-]{1,10}\))?,\s*$"
)
QUOTE_OPENING = re.compile(r"^\s*[“\"][^“”\"]+[”\"]\s*,?\s*")
# An office that opens the sentence, set off before the name: "National President of the
# PTDDWU, Comrade Yusuf Danjuma Bello, described ..."
OFFICE_SET_OFF = (
    # ("Budget and Management Undersecretary for Fiscal Planning and Infrastructure
    # Programs, Atty. X,", "Minister of Finance, Planning and Economic Development, Dr. X,":
    # fields before the office joined by "and", a list of fields after it)
    r"(?P<role>(?:[A-Z][\w-]*\s+(?:(?:and|&)\s+)?){0,3}?(?P<office>[A-Z][\w-]*)\s+(?:of|for)\s+"
    # (or a second portfolio after ", and": "... for Sustainability and the Environment, and
    # Trade and Industry, Ms X,")
    r"(?:[^,.;:“”\"()]|,\s+(?=[A-Z][^,]*(?:,\s+[A-Z][^,]*)*?\s+and\s+[A-Z])"
    r"|,\s+(?=and\s+[A-Z][^,]*,)){2,100}?)"
    r"(?:\s+\([A-Z][\w&-]{1,12}\))?,\s*"  # (then its acronym: "... of Ethiopia (NBE), X,")
    r"(?:[A-Z][\w.'’]*\s+){0,2}$"
)
OFFICE_OPENING_THE_SENTENCE = re.compile("^" + OFFICE_SET_OFF)
# The same after a preposition: "announced by Minister of State for Trade, Ms X, during"
OFFICE_AFTER_A_PREPOSITION = re.compile(r"\b(?:by|from|with|to)\s+" + OFFICE_SET_OFF)
# After the name: a comma, a bracket or the sentence's end ("..., X, 44, told", "..., X.").
LIST_GOES_ON = re.compile(r"^\s*,\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+and\s+[A-Z]")
NAME_SET_OFF = re.compile(r"^\s*(?:[,(;]|\.\s*$)")
ON_BEHALF_OF = re.compile(r"\b(?i:behalf\s+of)\s+$")
OFFICE_OF_BEFORE = re.compile(r"\b([A-Z][\w-]*)\s+(?:of|for|to)\s+$")  # "Attorney-General of"
ROLE_BEFORE_REACH = 150  # characters before a name searched for a role set off by a comma
ROLE_PHRASE_WORDS = 12
TITLE_PHRASE_WORDS = 20
TITLE_JOINERS = frozenset({"of", "for", "the", "and", "at", "in", "on"})
ROLE_PREPOSITIONS = frozenset({"of", "for", "in", "at", "to", "on"})
DETERMINERS = frozenset({"his", "her", "their", "its", "whose", "the", "a", "an"})
# Words that open a verb's object: "who told the committee chairman, X" is a clause, but "a
# striking haul truck driver, X" a role.
OBJECT_OPENERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "to", "that"})


# Words after a given name that say it is a place's or a body's ("Delgado Province")
NOT_A_SURNAME = ORG_HEADS | PLACE_HEADS | BODY_FIELDS


def holds_a_name(words: list[str]) -> bool:
    """A given name and a capitalised word after another capitalised word, ending the phrase
    or an item of a list: "Deputy Chief of Staff Jake Sullivan and ..."; not a body's name
    ("Santa Clara University", "Lake Victoria Basin Commission")."""
    return any(
        word[:1].isupper()
        and is_given_name(word)
        and previous[:1].isupper()
        and following[:1].isupper()
        and after in {"", "and", ","}
        and following.casefold().strip(",.") not in NOT_A_SURNAME
        # (not a title of two words: "General Secretary")
        and not {word.casefold(), following.casefold().strip(",.")} <= TITLE_WORDS
        for previous, word, following, after in zip(
            words, words[1:], words[2:], [*words[3:], ""], strict=False
        )
    )


def role_set_off_before(before: str, after: str) -> str | None:
    """The role in "<determiner or X's> <role>, <name>," (the name set off on both sides):
    "Its country director for Niger, Sydney Osei-Bonsu,"; "After talks with the prime
    minister, Kim left" gives none. Of the phrases that end at the name, the shortest that
    is a role: "its lawyer" in "A spokesman for the firm and its lawyer, Ana Ruiz,"."""
    if not before.rstrip().endswith(","):
        return None  # the common case, decided without a search
    if not NAME_SET_OFF.match(after):
        return role_opening_the_sentence(before)
    if LIST_GOES_ON.match(after):
        return None  # "Secretary for Lands, Public Works, Housing and ...": a list, no name
    window = before[-ROLE_BEFORE_REACH:]
    # (or after the quote that opens it: "“...,” Chairman of the Board of Directors of the X,
    # Mehmet Ali Karaoğlu, said")
    opening_office = OFFICE_OPENING_THE_SENTENCE.match(
        QUOTE_OPENING.sub("", before, count=1)
    ) or ends_with(OFFICE_AFTER_A_PREPOSITION, window)
    if opening_office and opening_office.group("office").casefold() in TITLE_WORDS:
        # "Chairman of the Board of Trustees of the IPDOF, Alhaji Musa Bello, said"
        role = role_phrase("the", opening_office.group("role").split())
        if role and not names_someone(role):
            return role
    for opening in reversed(list(ROLE_OPENING.finditer(window))):
        if ON_BEHALF_OF.search(window, 0, opening.start()):
            break  # "On behalf of the President ..., Kashim Shettima, the Vice President,"
        office = OFFICE_OF_BEFORE.search(window, 0, opening.start())
        if office and office.group(1).casefold().split("-")[-1] in TITLE_WORDS:
            continue  # "the Federation and Minister of Justice" of "the Attorney-General of
            # the Federation and Minister of Justice, X,": the title goes on before it
        rest = ROLE_UP_TO_THE_NAME.match(window, opening.end())
        # "After Kencana Nikel's", "Mr. Trump's", "President Obama's": the owner without the
        # sentence's opening word or a title
        *leading, last = opening.group().split()
        owner = " ".join([*itertools.dropwhile(is_common_word, leading), last])
        role = rest and role_phrase(owner, rest.group("role").split())
        if role:
            # ("Secretary of State Marco Rubio, Secretary of Defense Pete Hegseth": another
            # titled person of a list, no role)
            return None if names_someone(role) else role
    # ("Rangthangling gup, Chandra Kumar Ghalley, said": set off on both sides too)
    return role_opening_the_sentence(before)


# "Debswana managing director, Pula Sebina told journalists": a body's name and a role in
# lower case open the sentence, the name after the comma not set off at its end
ROLE_OPENING_THE_SENTENCE = re.compile(
    r"(?P<owner>(?:[A-Z][\w&'’-]*\s+){1,3})(?P<role>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*),\s*"
)


# "Kweneng East Member of Parliament, Onalenna Sebego of the BDP said": a constituency's member
MEMBER_OPENING_THE_SENTENCE = re.compile(
    r"(?P<role>(?:[A-Z][\w'’-]*\s+){1,3}(?:Member\s+of\s+Parliament|MP)),\s*"
)


def role_opening_the_sentence(before: str) -> str | None:
    if member := MEMBER_OPENING_THE_SENTENCE.fullmatch(before):
        return member.group("role")
    found = ROLE_OPENING_THE_SENTENCE.fullmatch(before)
    if found is None:
        return None
    owner, role = found.group("owner").split(), found.group("role").split()
    # (not "Once he was president,", "Her chief of staff,", "In a changing economy,")
    if any(word.casefold() in COMMON_WORDS for word in owner):
        return None
    if role[-1] not in ROLE_NOUNS | TITLE_WORDS or set(role) & (FUNCTION_WORDS | AUXILIARIES):
        return None
    if owner[0].casefold() in TIME_WORDS:
        owner[0] = owner[0].casefold()  # "Former Debswana managing director, X"
    return " ".join([*owner, *role])


LIST_GOES_ON = re.compile(r"\s*(?:and\b|&|[A-Z])")


def nameless_body_after_of(words: list[str]) -> bool:
    """ "Managing Director of Gulf Horizon": an office and the body it is of, whose words are
    no person's names (not "Secretary of State Marco Rubio")."""
    if "of" not in words:
        return False
    body = [word.strip(",.") for word in words[words.index("of") + 1 :]]
    # (no portfolio's field either: "Minister of Economy Rafizi Ramli")
    return bool(body) and not any(
        ((is_given_name(word) or is_surname(word)) and word not in ARABIC_ARTICLES)
        or word.casefold() in BODY_FIELDS
        for word in body
    )


def names_someone(role: str) -> bool:
    """A role phrase that holds another's name ("Secretary of State Marco Rubio", "Minister
    of Agriculture Mutahi Kagwe"): a given name in it, or two capitalised words at its end
    that are no title's, body's or place's."""
    words = role.split()
    last_two = [word.strip(",.") for word in words[-2:]]
    named_at_end = (
        len(words) > 2
        and all(word[:1].isupper() for word in last_two)
        and (is_given_name(last_two[0]) or is_surname(last_two[1]))
        and last_two[1].casefold() not in NOT_A_SURNAME
        and not any(
            word.casefold() in TITLE_BODY_AND_FIELD_WORDS or is_place(word) for word in last_two
        )
        and not is_place(" ".join(last_two))  # "... in the Eastern Cape"
    )
    return named_at_end or holds_a_name(words)


NO_PART_OF_AN_OWNER = COMMON_WORDS | HONORIFICS | TITLE_WORDS


def is_common_word(word: str) -> bool:
    """A sentence's opening word or a title ("Mr.", "President"), no part of an owner's name
    (a role names its owner, not the owner's title)."""
    return word.casefold().rstrip(".") in NO_PART_OF_AN_OWNER


def role_head(words: list[str]) -> tuple[int, str]:
    """Where a role's words reach their first "of", "for", "in" ..., and the head word before
    it, by the last part of a hyphenated word ("director" of "director for Niger")."""
    head_at = next((i for i, w in enumerate(words) if w in ROLE_PREPOSITIONS), len(words))
    if head_at > 1 and words[head_at - 1].casefold() == "responsible":
        head_at -= 1  # "Deputy Governor responsible for Economic and Financial Policies"
    return head_at, words[head_at - 1].casefold().split("-")[-1] if head_at else ""


def owned_office(phrase: str) -> bool:
    """ "the association's president", "chief executive of Nordvik Energy": an office whose
    holder names it, not a description ("the best candidate", "a proven businessman")."""
    words = phrase.split()
    head_at, head = role_head(words)
    possessive = any(POSSESSIVE.search(word) for word in words[: head_at - 1])
    of_a_name = words[head_at + 1 : head_at + 2] and (
        words[head_at + 1][:1].isupper() or words[head_at + 1] == "the"
    )
    return head in TITLE_WORDS and bool(possessive or of_a_name)


UNSHARED_TITLE_HEADS = (ROLE_NOUNS | TITLE_WORDS) - SHARED_ROLES


def role_phrase(opening: str, words: list[str]) -> str | None:
    """The role `words` name after `opening` ("the", "Korail's"), or None when they are no
    role or read as a clause."""
    # the role's head: its last word before "of", "for", "in" ... ("director for Niger")
    head_at, head = role_head(words)
    # "Ranking Member on the ... Committee", "Member of Parliament": a member's seat, written
    # as a title (not "a member of the public")
    seat = head == "member" and words[head_at - 1][:1].isupper()
    # (a title's capitalised words may run longer: "Deputy Director General of the Department
    # of Transport at the Ministry of Public Works and Transport")
    # ("Governor of the Bank of Tanzania and chairperson of the Monetary Policy Committee":
    # two titles, the second in lower case)
    titled = all(
        word[:1].isupper() or word in TITLE_JOINERS or word in UNSHARED_TITLE_HEADS
        for word in words
    )
    longest = TITLE_PHRASE_WORDS if titled else ROLE_PHRASE_WORDS
    if len(words) > longest or (head not in UNSHARED_TITLE_HEADS and not seat):
        return None
    verbs = [i for i, word in enumerate(words[:head_at]) if is_verb_form(word.casefold())]
    if any(i + 1 < len(words) and words[i + 1].casefold() in OBJECT_OPENERS for i in verbs):
        return None  # "who told the committee chairman, X"
    if {word.casefold() for word in words[:head_at]} & AUXILIARIES:
        return None  # "The plan was announced by Minister for Trade, X,": a clause
    owner = opening.casefold() not in DETERMINERS
    return f"{opening} {' '.join(words)}" if owner else " ".join(words)
