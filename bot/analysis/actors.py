"""People and organisations named in an article, with their aliases, roles and mentions.

A rule-based recogniser: runs of capitalised tokens are candidates; titles in front of a
name, organisation head words, appositives and speech verbs decide what a run is; surnames
and acronyms used later are tied back to the full name within the article.
"""

import itertools
import re
from collections import Counter

from bot.analysis.credits import is_credit
from bot.analysis.document import (
    POSSESSIVE,
    ActorFound,
    Candidate,
    MentionSpan,
    Token,
    name_key,
    tokenize,
)
from bot.analysis.lexicon import (
    ABBREVIATIONS,
    COMMON_WORDS,
    CORPORATE_SUFFIXES,
    DEMONYM_ENDINGS,
    DEMONYMS,
    DOCUMENT_NOUNS,
    GROUP_NOUNS,
    MEMBER_NOUNS,
    MONTHS,
    ORG_HEADS,
    ORGANISATION_NOUNS,
    PLACE_HEADS,
    PLACE_PREFIXES,
    PLACE_PREPOSITIONS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    SQUAD_NOUNS,
    STAFF_NOUNS,
    SURNAME_ENDINGS,
    TITLE_MODIFIERS,
    TITLE_WORDS,
    WEEKDAYS,
    WORKPLACE_WORDS,
)
from bot.analysis.names import is_chinese_family_name, is_given_name, is_surname
from bot.analysis.places import is_place, is_region
from bot.analysis.rules import Rule, RuleTable, always
from bot.analysis.sentences import Sentence
from bot.analysis.titles import complement_title, field_of_an_office, offices_with_a_field

ACRONYM = re.compile(r"[A-Z][A-Z&]{1,6}")
# The hyphenated given name of a romanised Korean name: "Sung-lac", "Jong-un", "Hye-jin".
ROMANISED_GIVEN_NAME = re.compile(r"[A-Z][a-z]+-[a-z]+")
BANK_NAME = re.compile(r"[A-Z][a-z]{2,}bank")  # "Bundesbank", "Rabobank", "Citibank"
INITIALS = re.compile(r"(?:[A-Z]\.)+")  # "G.K." of "G.K. Butterfield"
JOINING_WORDS = frozenset({"of", "for", "on", "the", "and", "&"})  # inside organisations' names
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
QUOTE_OPENERS = frozenset({'"', "“", "‘"})
NAME_JOINERS = frozenset({"of", "for", "on"})
PERSON_PARTICLES = frozenset(
    {"de", "la", "du", "des", "dos", "das", "van", "von", "der", "den", "ter", "al", "bin", "ibn"}
    | {"bint", "da", "del", "della", "di", "le"}
)
RELATIVE_ROLE = re.compile(
    r"^,\s+who\s+(?:(is|was|serves as|served as|has been|had been|became)\s+|"
    r"(chairs|chaired|heads|headed|leads|led|runs|ran|founded|directs|directed)\s+)([^,;.]+)"
)
# Ends at a comma, a semicolon, the sentence's end or a colon before a quote ("Said Maria
# Lopez, a spokeswoman for the ministry: “…”").
APPOSITIVE = re.compile(r"^,\s+((?:the|a|an)\s+)?([^,;:\"“”]+?)\s*(?:,|\.$|;|:)")
PARTY = re.compile(r"^\s*\([^()]{1,20}\)")
# When and how someone came to a role, not the role: "(became CEO) in 2023 after two decades
# at Intel".
CIRCUMSTANCE = re.compile(
    r"\s+(?:(?:in|since|until|by)\s+(?:\w+\s+)?\d{4}|(?:after|before|when|while|during|"
    r"until|since|following)\s).*$"
)
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
}


def is_common(
    token: Token, first_in_sentence: bool, lower_vocabulary: set[str], in_name: bool = False
) -> bool:
    word = token.text.casefold()
    if ("'" in word or "’" in word) and re.split(r"['’]", word)[0] in COMMON_WORDS:
        return True  # "I'm", "We're"
    if in_name and word in GROUP_NOUNS:
        return False
    if first_in_sentence and word in TITLE_WORDS:
        return False  # "Mayor Bill Lopez spoke", though the article also says "the mayor"
    if word in COMMON_WORDS or word in MONTHS or word in WEEKDAYS:
        return True
    # A capitalised sentence opener that the article also writes in lower case is a common word.
    return first_in_sentence and word in lower_vocabulary


def spelled_by_acronym(tokens: list[Token], index: int, current: list[Token]) -> bool:
    """ "of" inside "Joint Chiefs of Staff (JCS)": the acronym in brackets after the name
    spells the capitalised words on both sides."""
    rest = list(itertools.takewhile(lambda token: token.capitalised, tokens[index + 1 :]))
    after = tokens[index + 1 + len(rest) : index + 4 + len(rest)]
    if not rest or len(after) < 3 or after[0].text != "(" or after[2].text != ")":
        return False
    return "".join(token.text[0] for token in current + rest) == after[1].text


def joins_organisation_name(tokens: list[Token], index: int, current: list[Token]) -> bool:
    """Whether tokens[index] is a lower-case word inside an organisation's name: "Ministry
    of Foreign Affairs", "Church of the Open Door"."""
    if current[-1].text.casefold() in CORPORATE_SUFFIXES:
        return False  # "Co Inc" ends a name: "... Co Inc on Friday"
    if tokens[index].text in NAME_JOINERS and spelled_by_acronym(tokens, index, current):
        return True
    # "Ministry of ..." or "... Institute of Technology", but not "John Church of Texas".
    opens_with_head = current[0].text.casefold() in ORG_HEADS
    head = next(token.text for token in reversed(current) if token.capitalised)
    person = is_given_name(current[0].text) and is_surname(head)  # "John Church"
    if not (opens_with_head or (head.casefold() in ORG_HEADS and not person)):
        return False
    word, following = tokens[index].text, tokens[index + 1 : index + 3]
    if word == "the":
        return current[-1].text in NAME_JOINERS and following[:1] != [] and following[0].capitalised
    if word not in NAME_JOINERS or not following:
        return False
    if following[0].text.casefold() in WEEKDAYS | MONTHS:
        return False  # "the Harbour Board on Friday"
    if following[0].capitalised:
        return True
    return len(following) == 2 and following[0].text == "the" and (following[1].capitalised)


def organisation_name_after(tokens: list[Token], index: int) -> list[Token]:
    """The capitalised words after tokens[index] if they end like an organisation's name
    ("... Exchange Commission", "... Co Inc"), else none."""
    rest = list(itertools.takewhile(lambda token: token.capitalised, tokens[index + 1 :]))
    return rest if rest and rest[-1].text.casefold() in ORG_HEADS else []


# Title words naming a person's office, not a department ("Foreign", "Trade").
OFFICES = TITLE_WORDS - {
    "foreign",
    "defense",
    "defence",
    "finance",
    "interior",
    "trade",
    "health",
    "education",
    "home",
    "state",
    "national",
    "security",
    "economy",
}


def joins_with_and(tokens: list[Token], index: int, current: list[Token]) -> bool:
    """ "and" or "&" inside an organisation's name: "Securities and Exchange Commission",
    "Merrill Lynch and Co Inc", but not "Reagan and Bush"."""
    if tokens[index].text == "&":  # "Bay Power & Light", "Procter & Gamble"
        words = (current[-1], tokens[index + 1]) if index + 1 < len(tokens) else ()
        return bool(words) and all(w.capitalised and len(w.text) > 1 for w in words)
    rest = organisation_name_after(tokens, index)
    if tokens[index].text != "and" or not rest:
        return False
    if any(token.text.casefold() in OFFICES for token in current[:-1]):
        return False  # "Apple CEO Tim Cook and Bank of Japan Governor ..." are two people
    if is_org(current, "") and is_place(current[-1].text):
        return False  # "Communications Workers of America and Harbour City FC" are two
    # "Mary Collins and the Harbour Board" are two; "Merrill Lynch and Co Inc" is one.
    legal_form = all(token.text.casefold() in CORPORATE_SUFFIXES for token in rest)
    return legal_form or not is_given_name(current[0].text)


def possessive_inside_name(tokens: list[Token], index: int, text: str) -> bool:
    """ "Moody's Investors Service", "Standard and Poor's Corp": a possessive inside an
    organisation's name, not "Japan's Electronics Manufacturers Council"."""
    word = tokens[index].text
    if is_place(word) or is_demonym(word):
        return False
    return bool(organisation_name_after(tokens, index))


def particle_inside_name(tokens: list[Token], index: int) -> bool:
    """ "von der" of "Ursula von der Leyen", "de" of "Charles de Gaulle": particles followed
    by the rest of the name."""
    if tokens[index].text not in PERSON_PARTICLES:
        return False
    rest = itertools.dropwhile(lambda token: token.text in PERSON_PARTICLES, tokens[index:])
    following = next(rest, None)
    return bool(following and following.capitalised)


def capitalised_runs(
    tokens: list[Token], lower_vocabulary: set[str], sentence_text: str, offset: int
) -> list[list[Token]]:
    """Runs of capitalised words (and the small words inside organisations' names);
    `sentence_text` starts at paragraph offset `offset`."""
    runs: list[list[Token]] = []
    current: list[Token] = []
    for index, token in enumerate(tokens):
        joinable = (
            bool(current)
            and token.text in JOINING_WORDS
            and (
                joins_organisation_name(tokens, index, current)
                or joins_with_and(tokens, index, current)
            )
        )
        if joinable or (current and particle_inside_name(tokens, index)):
            current.append(token)
            continue
        if (
            token.text == "."
            and current
            and (
                current[-1].text.casefold() in TITLE_WORDS
                or re.fullmatch(r"[A-Z]", current[-1].text)
            )
        ):
            continue  # the period of "Rep. Yoon" or of the initial in "Elijah E. Cummings"
        # "Industry Minister Kim ..." opening a sentence: a word before a title is its part
        # A quote's first word opens a sentence too: '“Nobody asked them,” he said'
        starts = index == 0 or tokens[index - 1].text in QUOTE_OPENERS
        following = tokens[index + 1] if starts and index + 1 < len(tokens) else None
        opening = starts and not (
            following and following.capitalised and following.text.casefold() in OFFICES
        )
        if token.capitalised and (
            not is_common(token, opening, lower_vocabulary, in_name=bool(current))
            or given_name_before_surname(tokens, index)
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
            runs.append(current)
        current = []
    if current:
        runs.append(current)
    return runs


def given_name_before_surname(tokens: list[Token], index: int) -> bool:
    """ "May Mahmoud, the agency's director", "Jan Kowalski said": a month or a common word
    that is a given name, before a surname followed by a comma or a verb in the past or
    third person ("Will Trump win?" stays a question)."""
    if index + 2 >= len(tokens):
        return False
    surname, following = tokens[index + 1], tokens[index + 2]
    word = surname.text.casefold()
    if not surname.capitalised or word in COMMON_WORDS | MONTHS | WEEKDAYS | TITLE_WORDS:
        return False
    # "NLC President Sunday Oyelaran": after a title, a capitalised pair is a name
    after_title = index > 0 and tokens[index - 1].text.casefold().rstrip(".") in TITLE_WORDS
    if after_title:
        return not is_place(surname.text)
    if not is_given_name(tokens[index].text) or is_place(surname.text):
        return False
    ends_a_name = following.text in {",", "("} or re.fullmatch(r"[a-z]+(?:ed|s)", following.text)
    return bool(ends_a_name) and (is_surname(surname.text) or not dated(tokens, index))


def dated(tokens: list[Token], index: int) -> bool:
    """ "in May", "since April": a month named as a date."""
    before = tokens[index - 1].text.casefold() if index else ""
    return before in {"in", "since", "by", "until", "from", "last", "next", "of", "early", "late"}


def split_title(run: list[Token]) -> tuple[list[Token], list[Token]]:
    """("Japanese Prime Minister", "Sanae Takaichi") from the run of both."""
    last_title = -1
    for index, token in enumerate(run[:-1]):
        # "Under-secretary", "Vice-President" are titles by their last part
        if token.text.casefold().rstrip(".").split("-")[-1] in TITLE_WORDS:
            last_title = index
    return run[: last_title + 1], run[last_title + 1 :]


INNER_LEGAL_FORMS = CORPORATE_SUFFIXES - {"co"}  # "co" also joins "Co-op", "Co."


def is_org(tokens: list[Token], after: str) -> bool:
    words = [token.text.casefold() for token in tokens]
    if words[-1] in ORG_HEADS or "&" in words[1:-1]:
        return True
    if any(word.rstrip(".") in INNER_LEGAL_FORMS for word in words[1:-1]):
        return True  # "Swiss Bank Corp International"
    # "Ministry of ...", "Massachusetts Institute of Technology", "Foundation for the ..."
    joiner = next((i for i, word in enumerate(words) if word in NAME_JOINERS), None)
    if joiner and words[joiner - 1] in ORG_HEADS and joiner + 1 < len(words):
        return True
    return bool(re.match(r"^\s*\(([A-Z][A-Za-z&]{1,7})\)", after))


def is_suffix(word: str) -> bool:
    """ "Jr", "III": part of a full name, never a name alone."""
    return word.casefold().rstrip(".") in NAME_SUFFIXES


def is_person_name(tokens: list[Token]) -> bool:
    words = [token.text for token in tokens if token.text not in PERSON_PARTICLES]
    if not 1 <= len(words) <= 4:
        return False
    if len(words) == 1 and words[0].casefold().rstrip(".") in TITLE_WORDS:
        return False  # a bare title: "the Governor said"
    last = words[-1].casefold().rstrip(".")
    if last in TITLE_WORDS and not is_surname(last):
        return False  # "the State Department Spokesperson", but "John Major"
    for position, word in enumerate(words):
        parts = re.split(r"[-‐‑]", word)
        # "Korea-Japan" and "Franco-German" are adjectives; "Sung-lac" and "Jean-Marc" are
        # given names, "Diaz-Perez" a surname.
        capitalised = len(parts) > 1 and all(part[:1].isupper() for part in parts)
        surname = position == len(words) - 1  # alone, a surname used again: "Ruiz-Callejo"
        joined_places = all(is_place(part) for part in parts) or any(
            is_region(part) or is_demonym(part) for part in parts
        )
        given = all(is_given_name(part) for part in parts)
        if capitalised and not given and (joined_places or not surname):
            return False
        if word.isupper() and len(word) > 1 and not (INITIALS.fullmatch(word) or is_suffix(word)):
            return False
    return True


# Titles of courtesy, not roles: "Mrs Reagan" holds no office called "Mrs".
HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "mx", "miss", "madam", "sir", "dame", "lady", "lord", "dr", "comrade"}
)


def title_text(candidate: Candidate) -> str:
    sentence = candidate.sentence
    title = sentence.text[
        candidate.title[0].start - sentence.start : candidate.tokens[0].start - sentence.start
    ].strip()
    modifier = re.search(r"(\b[a-z][\w-]*)\s*$", candidate.before[-60:])
    if modifier and modifier.group(1).split("-")[0] in TITLE_MODIFIERS:
        title = f"{modifier.group(1)} {title}"
    country = re.search(r"\b([A-Z][\w.]*(?: [A-Z][\w.]*)?)['’]s\s*$", candidate.before[-60:])
    if country and is_place(country.group(1)):
        title = f"{country.group(0).strip()} {title}"  # "Japan's Defense Minister"
    return title


# Words a lower-case title ends with ("police chief"), and words it never holds.
LOWERCASE_TITLE_HEADS = ROLE_NOUNS | (TITLE_WORDS - {"state", "national", "home"})
TITLE_STOPS = COMMON_WORDS - GROUP_NOUNS


TITLE_REACH = 60  # characters before a name searched for a lower-case title


def lowercase_title(before: str) -> str | None:
    """A role written in lower case right before a name: "police chief Dan Ortiz",
    "founder and chief executive Hiroshi Mikitani", or opening the sentence: "Chief
    executive Priya Raman"."""
    words = re.findall(r"[\w-]+|\S", before[-TITLE_REACH:])
    if len(before) > TITLE_REACH:
        words = words[1:]  # the first may be a piece of a word
    opening = len(before) <= TITLE_REACH and len(words) <= 5  # the sentence's first words
    words = words[-5:]
    title: list[str] = []
    for position, word in reversed(list(enumerate(words))):
        employer = title and (
            title[-1] in STAFF_NOUNS | SQUAD_NOUNS or ACRONYM.fullmatch(word) is not None
        )
        if word[:1].isupper() and employer and word.casefold() not in COMMON_WORDS:
            title.insert(0, word)  # "Tottenham manager Ange Postecoglou", "CDPJ leader"
            break
        if opening and position == 0 and word[:1].isupper() and not is_demonym(word):
            if word.casefold() not in LOWERCASE_TITLE_HEADS | TITLE_MODIFIERS:
                break
            word = word.casefold()  # "Chief executive ..." opening the sentence
        if title and is_demonym(word):
            title.insert(0, word)  # "his Japanese counterpart Takeshi Iwaya"
            break
        joined = word == "and" and position > 0 and words[position - 1] in ROLE_NOUNS
        if not joined and (
            not re.fullmatch(r"[a-z][\w-]*", word) or word in TITLE_STOPS or is_verb_form(word)
        ):
            break
        title.insert(0, word)
    return " ".join(title) if title and title[-1] in LOWERCASE_TITLE_HEADS else None


TITLE_PARTICIPLES = frozenset(
    {"managing", "presiding", "ranking", "founding", "visiting", "retired", "governing"}
)


def is_verb_form(word: str) -> bool:
    """ "sacked", "naming", "said": the verb before a role ("have sacked head coach X"), not
    part of it; "acting" and "managing" are titles' own words."""
    if word in TITLE_MODIFIERS | ROLE_NOUNS | TITLE_WORDS | TITLE_PARTICIPLES:
        return False
    return word in SPEECH_VERBS or word.endswith(("ed", "ing"))


def stated_role(after: str) -> str | None:
    """A role stated right after a name: an appositive or a 'who ...' clause, also after a
    party in brackets ("Tim Scott (R-S.C.), the committee's chairman")."""
    after = PARTY.sub("", after, count=1)
    relative = RELATIVE_ROLE.match(after)
    if relative and relative.group(3).startswith("not "):
        return None  # "who is not related to the union leader"
    if relative:
        verb = relative.group(2)
        phrase = CIRCUMSTANCE.sub("", relative.group(3)).strip()
        return f"{ROLE_VERB_NOUNS[verb]} {phrase}" if verb else phrase
    appositive = APPOSITIVE.match(after)
    if not appositive:
        return None
    phrase = appositive.group(2).strip()
    words = phrase.split()
    # "co-chair", "vice-president": a role by the last part of the word
    head = [POSSESSIVE.sub("", word.casefold()).split("-")[-1] for word in words[:5]]
    # Without an article the phrase must open like a role ("vice chairman of", "former ...",
    # "Japan's foreign minister"), not like a clause ("met with the prime minister").
    opens_like_role = bool(appositive.group(1)) or (
        head[0] in ROLE_NOUNS or head[0] in TITLE_MODIFIERS or words[0][:1].isupper()
    )
    # "Reagan, Vice President George Bush and ..." lists another person; "..., Chief Cabinet
    # Secretary Masaharu Gotoda told reporters" is an attribution, not a role.
    leading = list(itertools.takewhile(lambda word: word[:1].isupper(), words))
    lists_a_name = not appositive.group(1) and (
        all(word[:1].isupper() or word in NAME_JOINERS for word in words)
        or (
            len(leading) >= 2
            and leading[0].casefold() in TITLE_WORDS
            and leading[-1].casefold().strip(",.") not in TITLE_WORDS | ORG_HEADS
        )
    )
    reports = any(word.casefold() in SPEECH_VERBS for word in words)
    if lists_a_name or reports:
        return None
    if opens_like_role and len(words) <= 16 and set(head) & ROLE_NOUNS:
        return phrase
    return None


HEADQUARTERED = re.compile(r"^\s*,\s*(?:which is\s+)?(?:based|headquartered)\s+in\b")
AUXILIARIES = frozenset(
    "is are was were will would could can may might should must has have had does did".split()
)


def described_as_organisation(after: str) -> bool:
    """'Acme, a Texas-based maker of drills': an appositive whose head is an organisation
    noun, before any role noun ('a spokesman for the company' describes a person)."""
    appositive = APPOSITIVE.match(after)
    if not appositive or not appositive.group(1):
        return False  # an appositive opens with an article; ", has taken a firm stance" not
    words = appositive.group(2).casefold().split()
    for index, word in enumerate(words[:6]):
        if word in ROLE_NOUNS:
            return False
        if word in ORGANISATION_NOUNS:
            # "According to Kallas, the fund could be ...": a clause's subject, no appositive;
            # "the union chairwoman": a role that names its organisation first
            following = words[index + 1 : index + 2]
            return not (following and following[0] in AUXILIARIES | SPEECH_VERBS | ROLE_NOUNS)
    return False


def is_headline(text: str) -> bool:
    """A Title Case or ALL CAPS line ("Clinton Breaks With Obama"): every word capitalised
    says nothing about which words are names."""
    words = re.findall(r"[A-Za-z][\w'’-]*", text)
    if len(words) < 6 or any(w[0].islower() and len(w) >= 4 for w in words):
        return False
    # A list of names has no capitalised function words ("With", "Over", "The").
    shouting = sum(w.isupper() and len(w) > 1 for w in words) > len(words) / 2
    return shouting or any(w[0].isupper() and w.casefold() in COMMON_WORDS for w in words[1:])


def find_candidates(sentences: list[Sentence]) -> list[Candidate]:
    lower_vocabulary = {
        word for sentence in sentences for word in re.findall(r"\b[a-z]+\b", sentence.text)
    }
    candidates = []
    credits = {s.paragraph for s in sentences if s.index == 0 and is_credit(s.text)}
    for sentence in sentences:
        if is_headline(sentence.text) or sentence.paragraph in credits:
            continue
        tokens = tokenize(sentence)
        offices = offices_with_a_field(tokens, sentence.text)
        index_of = {id(token): index for index, token in enumerate(tokens)} if offices else {}
        for run in capitalised_runs(tokens, lower_vocabulary, sentence.text, sentence.start):
            if run[-1].text.casefold() in DOCUMENT_NOUNS:
                continue  # "General Agreement (on Tariffs and Trade)", "Winter Olympics"
            after_run = sentence.text[run[-1].end - sentence.start :]
            complement = offices and complement_title(
                tokens, offices, index_of[id(run[0])], index_of[id(run[-1])] + 1, lower_vocabulary
            )
            if (
                not complement
                and offices
                and field_of_an_office(tokens, offices, index_of[id(run[0])])
            ) and not is_org(run, after_run):
                continue  # "Minister of Foreign Affairs, Adebayo Ogunleye": a field, no one
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
                run = title + tokens[complement[1] : index_of[id(run[-1])] + 1]
                candidates.append(
                    candidate_for(sentence, title, run[len(title) :], run[0], lower_vocabulary)
                )
                continue
            title, name = split_title(run)
            if not title and run[0] is tokens[0] and describes_the_person(run):
                title, name = run[:1], run[1:]  # "Meteorologist Dana Whitfield said"
            # "Bank of Japan Governor Kazuo Ueda" is a person with a title, but "Ministry of
            # Foreign Affairs" one organisation
            office = (
                bool(title)
                and title[-1].text.casefold().rstrip(".") in OFFICES
                and name[0].text not in NAME_JOINERS  # "Office of the Secretary of Defense"
            )
            if is_org(run, after_run) and not (office and not is_org(name, after_run)):
                title, name = [], run
            if not name:
                continue
            candidates.append(candidate_for(sentence, title, name, run[0], lower_vocabulary))
            office = organisation_in_title(title, lower_vocabulary)
            if office:
                candidates.append(
                    Candidate(
                        sentence,
                        office,
                        [],
                        sentence.text[: office[0].start - sentence.start],
                        sentence.text[office[-1].end - sentence.start :],
                        lower_vocabulary,
                        employer=True,
                    )
                )
    return candidates


def candidate_for(
    sentence: Sentence,
    title: list[Token],
    name: list[Token],
    first: Token,
    lower_vocabulary: set[str],
) -> Candidate:
    """A candidate `name` with its `title`; `first` is where the title (or name) begins."""
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
)


def describes_the_person(run: list[Token]) -> bool:
    """ "Meteorologist Dana Whitfield", "Resident Joe Kaminski" opening a sentence: a word
    that is no name before a given name and a surname describes the person."""
    if len(run) != 3:
        return False
    first = run[0].text
    if first.casefold() in ROLE_NOUNS - TITLE_WORDS:  # "Analyst Yang Moo-jin"
        return looks_like_full_name(run[1:])
    named = is_given_name(first) or is_surname(first) or is_chinese_family_name(first)
    names_something = named or is_place(first) or first.casefold() in ORG_HEADS | PLACE_PREFIXES
    regional = run[1].text.casefold() in PLACE_PREFIXES or is_demonym(run[2].text)
    describes = not (names_something or regional)
    return describes and is_given_name(run[1].text) and is_surname(run[2].text)


def organisation_in_title(title: list[Token], lower_vocabulary: set[str]) -> list[Token]:
    """The organisation inside a title: "European Commission" of "European Commission
    President", "Apple" of "Apple CEO"; none in "Japanese Prime Minister" or "Chief Cabinet
    Secretary"."""
    words = list(title)
    while words and words[-1].text.casefold().rstrip(".") in TITLE_WORDS:
        words.pop()
    while words and words[0].text.casefold().rstrip(".") in TITLE_WORDS | TITLE_MODIFIERS:
        words.pop(0)
    if not words or any(token.possessive for token in words[:-1]):
        return []
    if len(words) > 1:
        return words if is_org(words, "") and not is_place(words[0].text) else []
    # One word is a firm only before a firm's office: "Apple CEO", not "Emeritus Professor"
    # or "Shadow Home Secretary".
    following = title[title.index(words[0]) + 1 :]
    if not following or following[0].text.casefold().rstrip(".") not in FIRM_OFFICES:
        return []
    word = words[0].text
    generic = word.casefold() in ORG_HEADS | COMMON_WORDS | lower_vocabulary | PLACE_PREFIXES
    if generic or is_place(word) or is_region(word) or is_demonym(word) or len(word) < 2:
        return []
    return words


# --- typing: what a candidate names -------------------------------------------------------
# Each condition reads one candidate; a rule is tried only when the rules above it did not
# apply, so a condition may take the earlier ones as settled (a rule below "one word" sees
# phrases of two words or more).


def only_legal_forms(candidate: Candidate) -> bool:
    """ "Co Inc" left of a firm's name cut by a comma."""
    return all(token.text.casefold() in CORPORATE_SUFFIXES for token in candidate.tokens)


def organisation_shaped(candidate: Candidate) -> bool:
    """A head word ("Ministry", "Bank"), "&", a legal form inside, "X of Y" after a head
    word, an acronym in brackets after it, or named inside a person's title ("Apple CEO")."""
    return is_org(candidate.tokens, candidate.after) or candidate.employer


def place_phrase(candidate: Candidate) -> bool:
    """ "New York", "Gulf Coast", "West Germany", "Royal Dutch": a place or a people, not an
    actor (a lone word may still be a known person's surname: "Warren")."""
    tokens = candidate.tokens
    if len(tokens) < 2 or candidate.title:
        return False
    last = tokens[-1].text.casefold()
    regional = (
        len(tokens) == 2
        and tokens[0].text.casefold() in PLACE_PREFIXES
        and (is_place(tokens[1].text) or is_demonym(tokens[1].text))
    )
    return is_place(candidate.name) or last in PLACE_HEADS or regional or last in DEMONYMS


def lone_acronym(candidate: Candidate) -> bool:
    return len(candidate.tokens) == 1 and ACRONYM.fullmatch(candidate.name) is not None


def lone_letter(candidate: Candidate) -> bool:
    """An initial or a letter ("Class B")."""
    return len(candidate.tokens) == 1 and len(candidate.tokens[0].text) == 1


def title_before_a_word_no_name(candidate: Candidate) -> bool:
    """ "General Agreement", "Captain America": a title before an everyday word, another
    title word, or a country; but "Mr. King" is a surname that is also a title word."""
    if len(candidate.tokens) != 1 or not candidate.title:
        return False
    word = candidate.tokens[0].text.casefold()
    courtesy = candidate.title[-1].text.casefold() in HONORIFICS
    plain = word in candidate.lower_vocabulary or (word in TITLE_WORDS and not courtesy)
    return plain or is_region(candidate.tokens[0].text)


def one_word(candidate: Candidate) -> bool:
    return len(candidate.tokens) == 1


def titled_one_word(candidate: Candidate) -> bool:
    """ "Mr. King", "President Lee": a surname after a title."""
    return one_word(candidate) and bool(candidate.title)


def not_name_shaped(candidate: Candidate) -> bool:
    return not is_person_name(candidate.tokens)


def place_of_work(candidate: Candidate) -> bool:
    return not candidate.title and workplace(candidate)


def person_evidence(candidate: Candidate) -> bool:
    """A title, a known given name, a role just before ("his counterpart X", "His lawyer,
    X,"), or a given name that is also a country before a known surname."""
    return bool(
        candidate.title
        or looks_like_full_name(candidate.tokens)
        or introduced_by_role(candidate)
        or region_named_person(candidate)
        or role_before_comma(candidate)
        or particle_before_surname(candidate.tokens)
    )


def particle_before_surname(tokens: list[Token]) -> bool:
    """ "Everaldo da Silva Neto", "Jeroen van der Berg": a name particle inside, before a
    known surname."""
    inside = [i for i, token in enumerate(tokens[1:-1], 1) if token.text in PERSON_PARTICLES]
    return bool(inside) and any(is_surname(token.text) for token in tokens[inside[0] + 1 :])


def placed(candidate: Candidate) -> bool:
    """ "North Gyeongsang", "in Berlin": where something is, not who."""
    first = candidate.tokens[0].text.casefold()
    return first in PLACE_PREFIXES or after_place_preposition(candidate)


def organisation_context(candidate: Candidate) -> bool:
    """ "Environment Canada spokeswoman ...", "Acme, a maker of drills", "Kroger, based in
    Cincinnati,": the context shows an organisation."""
    return bool(
        heads_staff(candidate)
        or described_as_organisation(candidate.after)
        or HEADQUARTERED.match(candidate.after)
    )


def agency_of_a_country(candidate: Candidate) -> bool:
    """ "Statistics Canada said": an agency of the country it names, speaking."""
    tokens = candidate.tokens
    regional = any(is_region(token.text) for token in tokens)
    return regional and not is_region(tokens[0].text) and speaks(candidate)


def everyday_phrase(candidate: Candidate) -> bool:
    """Without a given name, a phrase that opens with an everyday word of the article
    ("Creative Commons"), a people ("Swiss"), holds a place ("Environment Canada") or follows
    an article ("the Open Door") is no person's name."""
    first = candidate.tokens[0]
    return (
        first.text.casefold() in candidate.lower_vocabulary
        or is_demonym(first.text)
        or any(is_region(token.text) for token in candidate.tokens)
        or follows_determiner(candidate)
    )


def speaking_name(candidate: Candidate) -> bool:
    """A role stated after it, a speech verb, or a known surname at its end."""
    return bool(
        stated_role(candidate.after) or speaks(candidate) or is_surname(candidate.tokens[-1].text)
    )


TYPING = RuleTable(
    "typing",
    (
        Rule("only legal forms", only_legal_forms, None),
        Rule("organisation-shaped", organisation_shaped, "ORG"),
        Rule("place phrase", place_phrase, None),
        Rule("acronym", lone_acronym, "ORG"),
        Rule("single letter", lone_letter, None),
        Rule("title before a word that names no one", title_before_a_word_no_name, None),
        Rule("title before one word", titled_one_word, "single"),
        Rule("not shaped like a name", not_name_shaped, None),
        Rule("one word", one_word, "single"),
        Rule("place of work", place_of_work, "ORG"),
        Rule("person evidence", person_evidence, "PER"),
        Rule("place", placed, None),
        Rule("organisation in context", organisation_context, "ORG"),
        Rule("agency of a country", agency_of_a_country, "ORG"),
        Rule("everyday phrase", everyday_phrase, None),
        Rule("speaking name", speaking_name, "PER"),
    ),
    Rule("name-like, no evidence yet", always, "maybe"),
)


def classify(candidate: Candidate) -> str | None:
    """PER, ORG, "single" (one word, decided later), "maybe" (a name-like phrase with no
    evidence yet that it names a person) or None (not an actor)."""
    kind, rule = TYPING.decide(candidate)
    candidate.trace.append(f"typed {kind or 'not an actor'} by rule '{rule}'")
    return kind


# Roles that firms and parties hold as well as people: "its partner Nippon Ishin".
SHARED_ROLES = frozenset({"partner", "member", "owner", "investor", "developer", "broker"})


# "His lawyer, Inés Moreno-Salcedo, said": a role set off before the name.
# "His lawyer, Inés Moreno-Salcedo, said", "Its country director for Niger, Sydney
# Osei-Bonsu,", "Poland's Minister of Climate and Environment, Tomasz Zielinski,": a role set
# off by a comma before the name, opening with a determiner or an owner's possessive.
ROLE_BEFORE_COMMA = re.compile(
    r"(?:(?<![\w'’])(?i:his|her|their|its|the|a|an)|\b[A-Z][\w&.-]*['’]s?)\s+"
    r"(?P<role>[^,.;:“”\"()]{2,90}?)(?:\s*\([A-Z][\w&.-]{1,10}\))?,\s*$"
)
ROLE_BEFORE_REACH = 110  # characters before a name searched for a role set off by a comma
ROLE_PHRASE_WORDS = 12
ROLE_PREPOSITIONS = frozenset({"of", "for", "in", "at", "to", "on"})


def role_set_off_before(before: str) -> str | None:
    """The role in "<determiner or X's> <role>, <name>", or None."""
    match = ROLE_BEFORE_COMMA.search(before[-ROLE_BEFORE_REACH:])
    if not match:
        return None
    opening = match.group(0)[: match.start("role") - match.start()].strip()
    words = match.group("role").split()
    # the role's head: its last word before "of", "for", "in" ... ("director for Niger")
    head_at = next((i for i, w in enumerate(words) if w in ROLE_PREPOSITIONS), len(words))
    head = words[head_at - 1].casefold().split("-")[-1] if head_at else ""
    if len(words) > ROLE_PHRASE_WORDS or head not in ROLE_NOUNS | TITLE_WORDS - SHARED_ROLES:
        return None
    if any(is_verb_form(word.casefold()) for word in words[:head_at]):
        return None  # "who told the committee chairman, X"
    owner = opening.casefold() not in {"his", "her", "their", "its", "the", "a", "an"}
    return f"{opening} {' '.join(words)}" if owner else " ".join(words)


def role_before_comma(candidate: Candidate) -> bool:
    return role_set_off_before(candidate.before) is not None


def introduced_by_role(candidate: Candidate) -> bool:
    """ "his Japanese counterpart Takeshi Iwaya": a role noun right before a name-like phrase,
    unless the phrase reads as a firm or a place ("lead manager Swiss Volksbank", "major
    U.S. Corporations")."""
    title = lowercase_title(candidate.before)
    if not title or title.split()[-1] not in ROLE_NOUNS - SHARED_ROLES:
        return False
    first = candidate.tokens[0].text
    if is_place(first.rstrip(".")) or first == "U.S." or is_demonym(first):
        return False
    return not any(
        token.text.casefold() in ORG_HEADS | FIRM_WORDS or BANK_NAME.fullmatch(token.text)
        for token in candidate.tokens
    )


FIRM_WORDS = frozenset({"credit", "banque", "banco", "banca"})  # "Credit Suisse", "Banco ..."


def region_named_person(candidate: Candidate) -> bool:
    """ "Jordan Henderson", "Chad Smith", "Georgia Meloni": a given name that is also a
    country or a state, before a known surname that is no place, institution or everyday word
    of the article ("Georgia Power" is a utility)."""
    tokens = candidate.tokens
    if len(tokens) != 2 or not is_region(tokens[0].text) or not is_given_name(tokens[0].text):
        return False
    last = tokens[1].text
    everyday = last.casefold() in ORG_HEADS | TITLE_WORDS | candidate.lower_vocabulary
    return is_surname(last) and not (everyday or is_region(last) or follows_determiner(candidate))


def looks_like_full_name(tokens: list[Token]) -> bool:
    """A known given name, a romanised one ("Sung-lac") or a middle initial ("Vann R.
    Newkirk") makes a capitalised phrase a person's full name."""
    first = tokens[0].text
    return (
        (is_given_name(first) and not is_region(first))  # not "China Daily", "Georgia Power"
        or any(ROMANISED_GIVEN_NAME.fullmatch(token.text) for token in tokens)
        or any(re.fullmatch(r"[A-Z]", token.text) for token in tokens[1:-1])
    )


def workplace(candidate: Candidate) -> bool:
    """ "an analyst at Bernstein", "analysts at Morgan Stanley", "two decades at Intel": a
    place of work is an organisation, whatever given name it starts with."""
    # "an analyst at Lagos-based Harmattan Advisory": past a place-based modifier too
    before = re.search(
        r"\b([A-Za-z]+)\s+at\s+(?:the\s+)?(?:[A-Z][\w.]*-[a-z]+\s+)?$", candidate.before[-60:]
    )
    if not before or candidate.tokens[-1].possessive:
        return False
    word = before.group(1).casefold()
    singular = word[:-1] if word.endswith("s") else word
    return bool({word, singular} & (ROLE_NOUNS | WORKPLACE_WORDS))


def heads_staff(candidate: Candidate) -> bool:
    """An organisation named before one of its people or parts: "Environment Canada
    spokeswoman Julie Hahn", "Samsung shares", "the Google co-founder"."""
    following = re.match(r"^\s*([a-z][\w-]*)", candidate.after)
    if not following or candidate.tokens[-1].possessive:
        return False  # "Obama's spokesman" is a person's
    if len(candidate.tokens) == 1 and is_demonym(candidate.name):
        return False
    return following.group(1) in STAFF_NOUNS | SQUAD_NOUNS


def is_demonym(word: str) -> bool:
    return word.casefold() in DEMONYMS or word.endswith(DEMONYM_ENDINGS)


def after_place_preposition(candidate: Candidate) -> bool:
    """ "in Berlin", "from Tokyo": where something is, not who."""
    previous = re.search(r"(\w+)\s*$", candidate.before[-30:])
    return bool(previous) and previous.group(1).casefold() in PLACE_PREPOSITIONS


def follows_determiner(candidate: Candidate) -> bool:
    """After "the", "a", "an" or a number: a thing or a group, not a person's name."""
    return bool(re.search(r"\b(?:the|a|an|\d+)\s*$", candidate.before[-30:], re.IGNORECASE))


def speaks(candidate: Candidate) -> bool:
    """ "X said", "said X." or "according to X": but not "said X would" (X is what was said
    about)."""
    following = re.match(r"^\s*(\w+)", candidate.after)
    preceding = re.search(r"\b(\w+)\s*,?\s*$", candidate.before[-30:])
    inverted = (
        preceding is not None
        and preceding.group(1) in SPEECH_VERBS
        and re.match(r"^\s*(?:[,.;:)(]|$)", candidate.after) is not None
    )
    # "according to X", "told X": X is the source or the one told, an actor either way
    according = preceding is not None and preceding.group(1) in {"according", "told", "tells"}
    return bool((following and following.group(1) in SPEECH_VERBS) or inverted or according)


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


def titled(candidate: Candidate) -> bool:
    return bool(candidate.title)


def employer(candidate: Candidate) -> bool:
    return candidate.employer


def club_before_its_staff(candidate: Candidate) -> bool:
    """ "Tottenham manager Ange Postecoglou": the club."""
    following = re.match(r"^\s*([a-z]+)", candidate.after)
    squad = bool(following) and following.group(1) in SQUAD_NOUNS
    return squad and not (is_region(candidate.name) or is_demonym(candidate.name))


def place_word(candidate: Candidate) -> bool:
    """ "Washington said" is a government and "in Berlin" a place; but "Jackson said" is a
    person."""
    word = candidate.name
    if is_region(word):
        return True
    located = after_place_preposition(candidate)
    return is_place(word) and (located or not (known_name(candidate) and speaks(candidate)))


def institution_by_kind(candidate: Candidate) -> bool:
    """ "Congress", "the Senate": an institution named by its kind (not opening a line)."""
    word = candidate.name
    inside = bool(candidate.before.strip())
    return word.casefold() in ORG_HEADS and inside and not is_surname(word)


def bank_name(candidate: Candidate) -> bool:
    return BANK_NAME.fullmatch(candidate.name) is not None


def abbreviation(candidate: Candidate) -> bool:
    """ "TV", "NOTE:" in a table: capitals that are no organisation."""
    word = candidate.name
    if not ACRONYM.fullmatch(word):
        return False
    return word.casefold() in candidate.lower_vocabulary or word.casefold() in ABBREVIATIONS


def organisation_around(candidate: Candidate) -> bool:
    """Its staff after it ("Samsung shares"), an appositive naming an organisation, a seat
    ("Kroger, based in Cincinnati,") or a place of work ("an analyst at Bernstein")."""
    return bool(
        (heads_staff(candidate) and not known_name(candidate))
        or described_as_organisation(candidate.after)
        or HEADQUARTERED.match(candidate.after)
        or workplace(candidate)
    )


def silent(candidate: Candidate) -> bool:
    """Nothing says what a lone word names unless it speaks."""
    return not speaks(candidate)


def speaking_known_name(candidate: Candidate) -> bool:
    """Companies and churches speak too: only a known name makes a speaker a person."""
    return known_name(candidate)


def speaking_group(candidate: Candidate) -> bool:
    """ "Swiss", "Democrats": people, but no one actor."""
    return is_demonym(candidate.name) or names_a_group(candidate)


LONE_WORD_TYPING = RuleTable(
    "lone word",
    (
        Rule("name suffix", name_suffix, None),
        Rule("after a title", titled, "PER"),
        Rule("named inside a title", employer, "ORG"),
        Rule("club before its staff", club_before_its_staff, "ORG"),
        Rule("place", place_word, None),
        Rule("institution named by its kind", institution_by_kind, "ORG"),
        Rule("bank name", bank_name, "ORG"),
        Rule("abbreviation", abbreviation, None),
        Rule("acronym", lone_acronym, "ORG"),
        Rule("organisation around it", organisation_around, "ORG"),
        Rule("does not speak", silent, None),
        Rule("speaking known name", speaking_known_name, "PER"),
        Rule("speaking group", speaking_group, None),
    ),
    Rule("speaking unknown word", always, "ORG"),
)


def single_kind(candidate: Candidate) -> str | None:
    """The kind of a one-word name that no full name in the article explains."""
    kind, rule = LONE_WORD_TYPING.decide(candidate)
    candidate.trace.append(f"lone word typed {kind or 'not an actor'} by rule '{rule}'")
    return kind


def names_a_group(candidate: Candidate) -> bool:
    """ "Democrats", "Palestinians", "Analysts": the plural of a group's member, not an
    organisation that happens to end in s ("Reuters", "Wikinews")."""
    word = candidate.name
    if not word.endswith("s") or word.endswith("ss"):
        return False
    member = word[:-1].casefold()
    written_plain = {member, word.casefold()} & candidate.lower_vocabulary  # "dealers"
    return is_demonym(word[:-1]) or member in MEMBER_NOUNS or bool(written_plain)


def find_actors(
    sentences: list[Sentence], candidates: list[Candidate] | None = None
) -> tuple[list[ActorFound], list[MentionSpan]]:
    """The article's actors and where each is named; `candidates` (from find_candidates) may
    be passed to read, afterwards, what each pass decided about them (their `trace`)."""
    if candidates is None:
        candidates = find_candidates(sentences)
    actors: dict[str, ActorFound] = {}
    part_owner: dict[str, str] = {}  # a name part ("aso", "ldp") -> key of its actor
    people_named: dict[str, list[str]] = {}  # a surname ("kim") -> every person it can name
    resolved: list[tuple[Candidate, str]] = []
    pending: list[Candidate] = []

    def add(candidate: Candidate, kind: str) -> str:
        key = name_key(candidate.name)
        actor = actors.setdefault(key, ActorFound(candidate.name, kind))
        actor.aliases.add(candidate.name)
        if kind == "PER":
            for part in alias_parts(candidate.tokens):
                part_owner.setdefault(part, key)
                if key not in (owners := people_named.setdefault(part, [])):
                    owners.append(key)
        elif kind == "ORG":
            # "Toyota" of "Toyota Motor Corp"; "the Committee", "the Bank" of the full name
            for short_name in (company_short_name(candidate.tokens), head_word(candidate.tokens)):
                if short_name:
                    part_owner.setdefault(name_key(short_name), key)
        acronym = re.match(r"^\s*\(([A-Z][A-Za-z&]{1,7})\)", candidate.after)
        if acronym:
            actor.aliases.add(acronym.group(1))
            part_owner[name_key(acronym.group(1))] = key
        return key

    classified = [(candidate, classify(candidate)) for candidate in candidates]
    # A phrase the article writes after "the" anywhere ("the Pacific Standard bar") names a
    # thing, unless it carries a given name or a title.
    things = {name_key(c.name) for c in candidates if follows_determiner(c) and len(c.tokens) > 1}
    # "Merrill Lynch" is the firm when the article also names "Merrill Lynch and Co Inc".
    stems = [(firm_stem(c.tokens), c) for c, kind in classified if kind == "ORG"]
    firms = {name_key(stem): c for stem, c in stems if " " in stem}
    maybes: list[Candidate] = []
    for candidate, kind in classified:
        weak = not (candidate.title or looks_like_full_name(candidate.tokens))
        if kind in {"PER", "maybe"} and weak and name_key(candidate.name) in things:
            candidate.trace.append("written after 'the' elsewhere in the article: a thing")
            continue
        firm = firms.get(name_key(candidate.name))
        if kind in {"PER", "maybe"} and firm and not candidate.title:
            key = add(firm, "ORG")
            actors[key].aliases.add(candidate.name)
            resolved.append((candidate, key))
            continue
        if kind == "maybe":
            maybes.append(candidate)
        elif kind == "single" or (kind == "ORG" and len(candidate.tokens) == 1):
            pending.append(candidate)  # an acronym's definition may come later
        elif kind == "PER" and (owner := part_owner.get(name_key(candidate.name))):
            actors[owner].aliases.add(candidate.name)  # "Van Rijn" after "Thijs van Rijn"
            resolved.append((candidate, owner))
        elif kind:
            resolved.append((candidate, add(candidate, kind)))

    # A name-like phrase names whatever the article shows it to name elsewhere, and a
    # person when its last word also stands alone ("Keiichi Ichikawa ... Ichikawa").
    alone = {name_key(c.name) for c in pending if not follows_determiner(c)}
    for candidate in maybes:
        key = name_key(candidate.name)
        if key in actors:
            resolved.append((candidate, key))
        elif any(part in alone for part in alias_parts(candidate.tokens)):
            # "Everaldo da Silva Neto ... Everaldo said": a part of it named alone later
            resolved.append((candidate, add(candidate, "PER")))

    # A lone word takes its kind from its most telling use, for every use.
    single_kinds: dict[str, str] = {}
    for candidate in pending:
        word = name_key(candidate.name)
        if word not in single_kinds and (kind := single_kind(candidate)):
            single_kinds[word] = kind
    for key, actor in list(actors.items()):
        if actor.kind != "ORG":
            continue
        # "EPA" of "Environmental Protection Agency", "BOJ" of "Bank of Japan"
        for acronym in {initials(actor.name), initials(actor.name, small_words=True)}:
            if len(acronym) >= 2:
                part_owner.setdefault(name_key(acronym), key)
    for candidate in pending:
        word = name_key(candidate.name)
        owners = people_named.get(word, [])
        if len(owners) > 1:
            # "Kim, the union chairwoman," after Kim Seon-hwa, who leads the union: the one
            # whose role it repeats; "Kim said": the one named last, if that is clear
            key = same_role(owners, candidate, resolved) or last_named(owners, candidate, resolved)
            if key is None:
                candidate.trace.append(f"undecided: it can name {', '.join(owners)}")
                continue
        else:
            key = part_owner.get(word)
        if key and described_as_organisation(candidate.after):
            key = None  # "Brightwater, a maker of drills": not Dana Brightwater
        if key:
            actors[key].aliases.add(candidate.name)
        elif word in actors:
            key = word
        elif word in single_kinds:
            key = add(candidate, single_kinds[word])
        else:
            continue
        resolved.append((candidate, key))

    counts: Counter[str] = Counter()
    mentions = []
    for candidate, key in sorted(resolved, key=lambda item: candidate_position(item[0])):
        actor = actors[key]
        candidate.trace.append(f"names {actor.name} ({actor.kind})")
        counts[key] += 1
        roles = [stated_role(candidate.after)]
        if candidate.title and candidate.title[-1].text.casefold() not in HONORIFICS:
            roles.insert(0, title_text(candidate))
        elif actor.kind == "PER":
            roles.insert(
                0, lowercase_title(candidate.before) or role_set_off_before(candidate.before)
            )
        for role in roles:
            if role and role not in actor.roles:
                actor.roles.append(role)
        mentions.append(
            MentionSpan(
                candidate.sentence.paragraph,
                candidate.tokens[0].start,
                candidate.tokens[-1].end,
                actor.name,
                actor.kind,
            )
        )
    for key, actor in actors.items():
        actor.mentions = counts[key]
    found = [actor for actor in actors.values() if actor.mentions]
    return sorted(found, key=lambda actor: -actor.mentions), mentions


ROLE_FILLER = frozenset(
    {"the", "a", "an", "of", "for", "in", "at", "to", "and", "its", "his", "her"}
)


def role_words(text: str | None) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", (text or "").casefold()) if w not in ROLE_FILLER}


def same_role(
    keys: list[str], candidate: Candidate, resolved: list[tuple[Candidate, str]]
) -> str | None:
    """Of the people `keys` that one surname can name, the only one whose stated roles share
    a word with the role stated right after `candidate` ("Kim, the union chairwoman")."""
    described = role_words(stated_role(candidate.after))
    if not described:
        return None
    stated: dict[str, set[str]] = {key: set() for key in keys}
    for named, key in resolved:
        if key in stated:
            title = title_text(named) if named.title else ""
            for role in (title, stated_role(named.after), role_set_off_before(named.before)):
                stated[key] |= role_words(role)
    sharing = [key for key, words in stated.items() if words & described]
    return sharing[0] if len(sharing) == 1 else None


def last_named(
    keys: list[str], candidate: Candidate, resolved: list[tuple[Candidate, str]]
) -> str | None:
    """Of the people `keys` that one surname can name, the one named last before `candidate`;
    None when none is, or when the last two are named in one sentence (undecidable)."""
    here = candidate_position(candidate)
    named = sorted(
        (
            (candidate_position(c), c.sentence, key)
            for c, key in resolved
            if key in keys and candidate_position(c) < here
        ),
        key=lambda item: item[0],
    )
    if not named:
        return None
    *_, (_, sentence, key) = named
    rivals = [other for _, s, other in named if s is sentence and other != key]
    return None if rivals else key


def initials(name: str, small_words: bool = False) -> str:
    """ "EPA" of "U.S. Environmental Protection Agency": the capitals of its words, a leading
    place and the small words left out; with `small_words`, "of" and "for" count as
    letters too ("BOJ" of "Bank of Japan")."""
    words = [w for w in name.split() if w[:1].isupper() or (small_words and w in {"of", "for"})]
    if len(words) > 2 and is_place(words[0].rstrip(".")) or words[:1] == ["U.S."]:
        words = words[1:]
    return "".join(word[0] for word in words).upper()


def firm_stem(tokens: list[Token]) -> str:
    """ "Merrill Lynch" of "Merrill Lynch and Co Inc": the name without its legal form."""
    words = [token.text for token in tokens]
    while words and (words[-1].casefold() in CORPORATE_SUFFIXES or words[-1] in {"and", "&"}):
        words.pop()
    return " ".join(words)


def head_word(tokens: list[Token]) -> str | None:
    """ "Committee" of "Japan-Korea Cooperation Committee", "Bank" of "Bank of England"."""
    if len(tokens) < 2:
        return None
    return next((t.text for t in tokens if t.text.casefold() in ORG_HEADS), None)


def company_short_name(tokens: list[Token]) -> str | None:
    """ "Toyota" of "Toyota Motor Corp": the first word of an organisation named by a
    distinctive word and its kind, as later sentences name it."""
    if len(tokens) < 2 or tokens[-1].text.casefold() not in ORG_HEADS:
        return None
    first = POSSESSIVE.sub("", tokens[0].text)  # "Moody" of "Moody's Investors Service"
    generic = first.casefold() in ORG_HEADS | TITLE_WORDS | PLACE_PREFIXES | COMMON_WORDS
    if generic or is_place(first) or is_demonym(first) or first.isupper():
        return None
    return first


def alias_parts(tokens: list[Token]) -> list[str]:
    """The words that name a person alone later: the surname, and the given name or the
    family name written first ("Wi" of "Wi Sung-lac")."""
    words = [t.text for t in tokens if t.text not in PERSON_PARTICLES and not is_suffix(t.text)]
    if not words:
        return []
    named_alone = [words[-1]]
    if len(words) == 3 and not is_given_name(words[1]):
        named_alone.append(words[1])  # "Aranguren" of "Rocío Aranguren Vidal"
    # "Wi" of "Wi Sung-lac", "Everaldo" of "Everaldo da Silva Neto"; but "Paris" of "Paris
    # Whitfield" alone is the city ("A Paris court")
    family_first = any(ROMANISED_GIVEN_NAME.fullmatch(w) for w in words[1:]) or (
        len(words) == 2 and is_chinese_family_name(words[0])
    )
    given_first = (is_given_name(words[0]) or len(words) >= 3) and not (
        is_place(words[0]) or is_region(words[0])
    )
    if len(words) > 1 and (family_first or given_first):
        named_alone.append(words[0])
    # "Van Rijn" of "Thijs van Rijn": the surname with its particles, as a sentence opens it
    particles = list(itertools.takewhile(lambda t: t.text in PERSON_PARTICLES, tokens[1:]))
    if particles and len(tokens) == len(particles) + 2:
        named_alone.append(" ".join(t.text for t in tokens[1:]))
    # "O’Neill" is keyed "o neill": the whole word, and its pieces ("Sung-lac", "lac").
    keys = [name_key(word) for word in named_alone]
    pieces = [piece for key in keys for piece in key.split() if piece not in PERSON_PARTICLES]
    return keys + [piece for piece in pieces if len(piece) > 1]


def candidate_position(candidate: Candidate) -> tuple[int, int]:
    return candidate.sentence.paragraph, candidate.tokens[0].start
