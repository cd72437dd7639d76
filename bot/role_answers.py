"""Answers to "who is the X?": the person the newest article states in a title (with the
earlier holders as history), and the person the articles describe with a word or label
("who is the kingmaker?": "Japanese 'kingmaker' Taro Aso")."""

import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from rapidfuzz import fuzz
from sqlmodel import Session

from bot.analysis.credits import without_dateline
from bot.analysis.lexicon import BODY_FIELDS, LEAVING_MARKERS, ORG_HEADS
from bot.analysis.names import clear_gender_of
from bot.analysis.places import is_region
from bot.analysis.roles import PREPOSITION_AHEAD
from bot.analysis.sentences import split_paragraphs
from bot.answer import Answer, Section, cite
from bot.library import Library
from bot.role_search import (
    BODY_KINDS,
    COUNTRIES,
    MINISTRIES,
    RoleMatch,
    RoleQuestion,
    head_word,
    is_a_listed_title,
    is_title_word,
    match_role,
    names_a_place,
    office_and_body,
    read_role_question,
    title_words,
)
from bot.search import fold_accents, plain, query_words
from db import queries
from db.queries import ArticleRef, HeldRole, NamedIn

HOLDERS_SHOWN = 8
HISTORY_SHOWN = 6
SUGGESTIONS = 3


@dataclass
class Holder:
    """One person's statements in one title."""

    person_id: int
    name: str
    title: str = ""  # the newest statement of it as held now
    since: date | None = None
    until: date | None = None
    source: ArticleRef | None = None
    former_on: date | None = None  # the newest statement of it as held before
    times: int = 0  # statements as held
    times_former: int = 0  # statements as held before

    @property
    def current(self) -> bool:
        """Stated as holding it, not stated then or later as having held it, and not mostly called
        its former holder (an article on Clinton's years as Secretary of State among many
        on the former Secretary of State)."""
        if self.until is None or self.times_former > self.times:
            return False
        # former on the day it is stated as held: "the outgoing chief executive" beside "who
        # has been chief executive since 2018" is leaving it
        return self.former_on is None or self.former_on < self.until

    @property
    def latest(self) -> date:
        return max(d for d in (self.until, self.former_on) if d is not None)


@dataclass(frozen=True)
class RoleFinding:
    answer: Answer | None
    closest: list[str]  # for nothing found: the stated roles nearest the question
    asked_a_title: bool = True
    # the one current holder (or for a former title, the last one), when there is one: "what
    # did X say" asks them
    holder: str = ""
    # the last one stated in the title when no one holds it now: an article may say who
    # followed them ("had appointed Lindiwe Phiri ... to replace him")
    vacated_by: Holder | None = None
    # the one stated in the title last before the current holder was first stated in it
    stated_before: str = ""


def role_answer(
    query: str, session: Session, library: Library, acronyms_spelled: bool = False
) -> RoleFinding:
    """Who holds the title `query` names, by the newest article stating it; each holder
    with what the title belongs to when the question does not say ("prime minister");
    `acronyms_spelled`: the query is already the one asked with its acronyms spelled out."""
    question = read_role_question(query, library.roles.states)
    if question is None:
        return RoleFinding(None, [], asked_a_title=False)
    # a word only shaped like a title ("Okafor") or only stated in roles may be a name
    # too: names stay in play
    known_title = is_a_listed_title(question.head)
    held = queries.held_roles(session, library.roles.candidates(question))
    if {"central", "bank"} <= set(question.words):
        # "governor of the SBV": which bank, only its name in the article says
        held = with_acronyms_spelled_out(held, session)
    matched = [
        (row, m)
        for row in held
        if (m := match_role(question, row.text))
        and not another_body_named(query, row.text, library)
    ]
    if question.head == "leader":
        # "who is the union leader?": those the articles call so, else any body's head
        called_so = [(row, m) for row, m in matched if head_word(m.title) == "leader"]
        matched = called_so or matched
    stated = [(row, m) for row, m in matched if not m.unstated]
    if not stated and not acronyms_spelled and names_an_acronym(query):
        # "who heads DİSK?": the body its acronym names ("chairwoman of the Confederation of
        # ... (DİSK)") before titles that leave their owner to the article ("former leader of
        # the bank")
        spelled = acronyms_spelled_out(query, session, library)
        if spelled != query:
            finding = role_answer(spelled, session, library, acronyms_spelled=True)
            if finding.holder:
                return finding
    if not owned_by_a_person(question, session, library):
        # every article of a campaign names its candidate: "Trump's campaign chairman" is
        # only who is stated so, never a "campaign chairman" beside Trump's name
        stated += owner_left_unsaid(question, matched, held, session, library)
    if not stated:
        stated = loosely_named(question, held)
    if not stated:
        spelled = "" if acronyms_spelled else acronyms_spelled_out(query, session, library)
        if not acronyms_spelled and spelled == query:
            # "governor of the Central Bank of Bolivia" stated as "BCB Governor": asked once
            # more by the body's acronym
            spelled = by_another_name(query, session, library)
        if spelled and spelled != query:
            # "who chairs ENALI?", asked once more (a name holding its own acronym, "ADNOC
            # Gas" of "ADNOC", is spelled out once, not again and again)
            return role_answer(spelled, session, library, acronyms_spelled=True)
        return RoleFinding(None, closest_roles(query, held), known_title)
    stated += left_in_few_words(question, stated, held)
    # "senator from Vermont": one title, however the articles qualify it; "prime minister":
    # one per country, organisation or whatever else the roles say it is of
    groups: dict[frozenset[str] | int, list[tuple[HeldRole, RoleMatch]]] = defaultdict(list)
    # "central bank governor": a kind of body, every country's its own
    body = set(question.body)
    if {"central", "bank"} <= body:
        body -= {"central", "bank"}
    # "energy minister": a portfolio, every country's its own, each told by the place its
    # title names ("of the Republic of Kazakhstan") or its article's lead names
    portfolio = bool(body) and body <= BODY_FIELDS
    # "who is the minister?": a title stated with its field only ("Finance Minister") is one
    # country's as its portfolio is, not one succession of every country's finance ministers
    fields_only = not body and any(m.belongs_to and m.belongs_to <= BODY_FIELDS for _, m in stated)
    leads = (
        queries.article_texts(session, {row.article.id for row, _ in stated})
        if portfolio or fields_only
        else {}
    )
    for row, match in stated:
        # a title that says nothing of whose it is ("Finance Minister" in an article about
        # Ghana, another in one about Brazil): each person's own, not one succession
        owner = match.belongs_to or row.person_id
        field_only = fields_only and bool(match.belongs_to) and match.belongs_to <= BODY_FIELDS
        if portfolio or field_only:
            place = frozenset(w for w in match.belongs_to if names_a_place([w])) or regions_in(
                lead(leads.get(row.article.id, ""))
            )
            owner = place if portfolio else match.belongs_to | place
        groups[owner if portfolio else frozenset() if body else owner].append((row, match))
    if not body:
        handovers_as_one(groups)
    # (of holders stated on the same day, one whose title is the one asked first: "Federal
    # Minister for Finance" before a "Finance Secretary" for "who is the finance minister?")
    holders = [
        sorted(
            holders_of(rows),
            key=lambda h: (
                not h.current,
                -h.latest.toordinal(),
                not asked_exactly(h, question),
                question.head == "head" and second_officer(h.title),
            ),
        )
        for rows in groups.values()
    ]
    asked = " ".join(query.split())
    if not body:
        # whose title it is unknown, one holder does not follow another: only those called
        # former are
        holders = [group[:1] + [h for h in group[1:] if h.times_former] for group in holders]
    if question.past:
        former = [h for group in holders for h in (group[1:] if group[0].current else group)]
        if not body:
            former = [h for h in former if h.times_former]
        spelled = "" if former or acronyms_spelled else by_another_name(query, session, library)
        if spelled and spelled != query:
            # "former governor of the Bank of Thailand" stated as "Former BoT governor"
            return role_answer(spelled, session, library, acronyms_spelled=True)
        # ("what did the former fisheries minister say?" asks the last of them)
        latest = max(former, key=lambda h: h.latest).name if former else ""
        return RoleFinding(former_holders(asked, former), [], holder=latest)
    if len(holders) == 1:
        first = holders[0][0]
        outgoing = handing_over(holders[0], session)
        holder = (outgoing or first).name if first.current else ""
        vacated = None if first.current else first
        earlier = [h for h in holders[0][1:] if first.since and h.latest <= first.since]
        before = max(earlier, key=lambda h: h.latest).name if first.current and earlier else ""
        return RoleFinding(
            one_title(asked, holders[0], outgoing),
            [],
            holder=holder,
            vacated_by=vacated,
            stated_before=before,
        )
    return RoleFinding(several_titles(asked, holders, session), [])


def another_body_named(query: str, role: str, library: Library) -> bool:
    """Whether `role` is an office of another organisation than the one the question names,
    both by alike names the store knows exactly: "head of the Georgian Winemakers Association" for
    "who leads the Georgian Wine Association?" (a name's other names are the same one:
    "head of the UGTT" for the Tunisian General Labour Union; and one name holding the other
    is the same one: "the National Bank" of the National Bank of Kazakhstan)."""
    asked, stated = office_and_body(query)[1], office_and_body(role)[1]
    if not asked or not stated:
        return False
    asked_words, stated_words = set(query_words(asked)), set(query_words(stated))
    if asked_words <= stated_words or stated_words <= asked_words:
        return False  # "the National Bank" of the National Bank of Kazakhstan, short
    if fuzz.ratio(plain(asked), plain(stated)) < SIMILAR_NAMES:
        return False  # "Bank of Russia" and "Russian Central Bank": one body by two names
    asked_ids, stated_ids = named_exactly(asked, library), named_exactly(stated, library)
    return bool(asked_ids and stated_ids) and not asked_ids & stated_ids


def named_exactly(text: str, library: Library) -> set[int]:
    """The actors the store knows by exactly the name `text` ("the" before it aside)."""
    name = plain(THE_OPENING.sub("", text))
    return {
        match.actor_id for match in library.names.match(name, limit=3) if plain(match.name) == name
    }


THE_OPENING = re.compile(r"^the\s+", re.IGNORECASE)
SIMILAR_NAMES = 75  # how alike two bodies' names must be to be mistaken for each other


def owned_by_a_person(question: RoleQuestion, session: Session, library: Library) -> bool:
    """Whether whose title is asked is a person ("Trump's campaign manager")."""
    owner = " ".join(question.body)
    if not owner:
        return False
    found = library.names.match(owner, limit=1)
    people = queries.people_of(session, [m.actor_id for m in found])
    return any(person.kind == "PER" for person in people.values())


def owner_left_unsaid(
    question: RoleQuestion,
    matched: list[tuple[HeldRole, RoleMatch]],
    held: list[HeldRole],
    session: Session,
    library: Library,
) -> list[tuple[HeldRole, RoleMatch]]:
    """The statements of the title that leave whose it is to their article, taken as the
    one asked for: "Minister for Foreign Affairs" in an article that names Sorvania, unless
    the person is stated elsewhere as another place's ("prime minister of Australia");
    then any statement of it by a person so taken ("former CEO"), and the others of the
    articles those are in (the new minister beside the "former Minister of Agriculture").
    A person stated as a country's counterpart ("his Japanese counterpart, Finance Minister
    X") holds it for that country, whatever the article is about."""
    implied = [(row, m) for row, m in matched if m.unstated]
    rows_of: dict[int, list[HeldRole]] = defaultdict(list)
    for row in held:
        rows_of[row.person_id].append(row)
    people_implied = {row.person_id for row, _ in implied}
    counterparts = counterparts_of(session, library, people_implied) if implied else {}
    # each statement by a counterpart: whether its country is the one asked
    counterpart_asked = {
        number: bool(countries_in(m.unstated) & counterparts[row.person_id])
        for number, (row, m) in enumerate(implied)
        if row.person_id in counterparts
    }
    qualified = {
        number
        for number, (row, m) in enumerate(implied)
        if not m.bare
        and number not in counterpart_asked
        and not held_elsewhere(question, m.unstated, rows_of[row.person_id])
    }
    # a title alone ("President Bagus Santoso") is of the place its article is about: one
    # its headline or first paragraph names, not any it mentions ("Governor Pat McCrory" in
    # an article that names Ohio once)
    alone = {n for n in qualified if len(title_words(implied[n][0].text)[0]) < 2}
    texts = queries.article_texts(session, {implied[n][0].article.id for n in qualified})
    # the words of each article read, or only of its lead for a title alone
    words_of: dict[tuple[int, bool], set[str]] = {}
    for n in qualified:
        key = (implied[n][0].article.id, n in alone)
        if key not in words_of:
            text = texts[key[0]]
            words_of[key] = words_read(lead(text) if key[1] else text)
    taken = {
        n
        for n in qualified
        if set(implied[n][1].unstated) <= words_of[(implied[n][0].article.id, n in alone)]
    }
    # (of those, the ones whose article's lead is about no other place, when there are any:
    # not the "Minister of Finance" of an article on Cameroon that names a South African
    # company)
    leads = {implied[n][0].article.id for n in taken}
    lead_words = {article: title_words(lead(texts[article]))[0] for article in leads}
    # (all of them when none is, unless a counterpart is the country's: "his Japanese
    # counterpart, Finance Minister X" beside the minister of the country the article is on)
    stated_so = any(counterpart_asked.values())
    taken = {
        n for n in taken if leads_with(implied[n][1].unstated, lead_words[implied[n][0].article.id])
    } or (set() if stated_so else taken)
    # "Governor Lucía Ferrer Garza", a governor's title alone, in an article whose lead
    # names the bank asked for: its governor (a bank is what a governor heads in the news)
    governing = [
        n
        for n, (row, m) in enumerate(implied)
        if m.bare and "bank" in question.owner and head_word(row.text) == "governor"
    ]
    if missing := {implied[n][0].article.id for n in governing} - set(texts):
        texts = {**texts, **queries.article_texts(session, missing)}
    taken |= {
        n
        for n in governing
        if set(question.body) <= words_read(lead(texts[implied[n][0].article.id]))
    }
    people = {row.person_id for row, m in matched if not m.unstated}
    people |= {implied[n][0].person_id for n in taken}
    taken |= {n for n, (row, _) in enumerate(implied) if row.person_id in people}
    about_the_body = {implied[n][0].article.id for n in taken}
    about_the_body |= {row.article.id for row, m in matched if not m.unstated}
    taken |= {n for n in qualified - alone if implied[n][0].article.id in about_the_body}
    taken |= {n for n, asked in counterpart_asked.items() if asked}
    return [implied[n] for n in sorted(taken)]


COUNTERPART = RoleQuestion(("counterpart",), "counterpart")


def counterparts_of(session: Session, library: Library, people: set[int]) -> dict[int, set[str]]:
    """The countries of those of `people` stated as a country's counterpart ("his Japanese
    counterpart"), by person."""
    found: dict[int, set[str]] = defaultdict(set)
    for row in queries.held_roles(session, library.roles.candidates(COUNTERPART)):
        if row.person_id not in people:
            continue
        words, _ = title_words(row.text)
        if words and words[-1] == "counterpart":
            found[row.person_id] |= countries_in(words)
    return {person: countries for person, countries in found.items() if countries}


def countries_in(words: Iterable[str]) -> set[str]:
    """The countries named among normalised title words ("south africa" as its two)."""
    present = set(words)
    return {country for country in COUNTRIES if set(country.split()) <= present}


def leads_with(unstated: tuple[str, ...], words: list[str]) -> bool:
    """Whether an article's lead (its words) names no other country more often than the one
    a title leaves unsaid ("YAOUNDE - A South African miner ... in Cameroon, which Cameroon's
    government backs" is Cameroon's; "Uganda and Kenya agreed ..." as much Kenya's as
    Uganda's; a lead that names no country leaves the title to the rest of the article)."""
    asked = countries_in(unstated)
    if not asked:
        return True
    named = countries_named(words)
    return max(named[c] for c in asked) >= max(named.values(), default=0)


def countries_named(words: list[str]) -> Counter[str]:
    """How often each country is named in a text's title words ("south africa" as two)."""
    named: Counter[str] = Counter()
    for start, word in enumerate(words):
        for country, parts in COUNTRIES_BY_FIRST_WORD.get(word, ()):
            if words[start : start + len(parts)] == parts:
                named[country] += 1
    return named


# each country with its words, under its first word: "south" -> [("south africa", [...]), ...]
COUNTRIES_BY_FIRST_WORD = {
    first: [(country, country.split()) for country in COUNTRIES if country.split()[0] == first]
    for first in {country.split()[0] for country in COUNTRIES}
}


def names_an_acronym(query: str) -> bool:
    """Whether the query holds a word in capitals ("DİSK", "NOTU") or an acronym with a
    small "o" ("BoT")."""
    words = re.findall(r"[^\W\d_][\w&-]+", query)
    return any(word.isupper() or ACRONYM.fullmatch(word) for word in words)


# An acronym or a short name asked for ("ENALI", "Carbocesar", "Metal-Sen")
ACRONYM_ASKED = re.compile(r"\b[A-Z][\w&-]{1,19}\b")
EXACT = 100.0


def acronyms_spelled_out(query: str, session: Session, library: Library) -> str:
    """The query with each organisation's acronym or short name written as its name ("chair
    of Empresa Nacional del Litio" of "chair of ENALI", "Carbones del Cesar S.A." of
    "Carbocesar"), for roles that name it so."""

    def spelled(found: re.Match[str]) -> str:
        acronym = found.group()
        # an alias matched whole: the score of an exact match
        matches = [m for m in library.names.match(acronym, limit=3) if m.score >= EXACT]
        named = queries.people_of(session, [m.actor_id for m in matches]).values()
        # a short name, not a word of the name ("Board" of "Ghana Cocoa Board")
        organisations = {
            actor.name
            for actor in named
            if actor.kind == "ORG" and acronym.casefold() not in actor.name.casefold().split()
        }
        return organisations.pop() if len(organisations) == 1 else acronym

    return ACRONYM_ASKED.sub(spelled, query)


# (with a small "o" of "of" inside: "BoT", "BoU")
ACRONYM = re.compile(r"\b[A-Z](?:o?[A-Z]){1,7}\b")


def with_acronyms_spelled_out(held: list[HeldRole], session: Session) -> list[HeldRole]:
    """The roles with each organisation's acronym written as the name its article gives it
    ("governor of the State Bank of Vietnam" of "governor of the SBV")."""
    articles = {row.article.id for row in held if ACRONYM.search(row.text)}
    if not articles:
        return held
    names = queries.names_in_articles(session, list(articles))
    spelled = {
        (article, named.alias): named.name
        for article, named_there in names.items()
        for named in named_there
        if named.kind == "ORG" and named.alias != named.name and ACRONYM.fullmatch(named.alias)
    }

    def spell(row: HeldRole) -> HeldRole:
        text = ACRONYM.sub(
            lambda found: spelled.get((row.article.id, found.group()), found.group()), row.text
        )
        return row._replace(text=text)

    return [spell(row) if row.article.id in articles else row for row in held]


# The body a title is asked of: "governor of (the Central Bank of Bolivia)"
BODY_ASKED = re.compile(r"^(?P<office>.+?\bof\s+)(?:the\s+)?(?P<body>[A-Z].+)$")


def by_another_name(query: str, session: Session, library: Library) -> str:
    """The query with the organisation it names written as its acronym ("governor of BCB" of
    "governor of the Central Bank of Bolivia") or else its full name, or "" when it names
    none that has another."""
    asked = BODY_ASKED.match(query)
    if asked is None:
        return ""
    body = asked.group("body")
    matches = [m for m in library.names.match(body, limit=3) if m.score >= EXACT]
    named = queries.people_of(session, [m.actor_id for m in matches]).values()
    organisations = [actor for actor in named if actor.kind == "ORG"]
    if len(organisations) != 1:
        return ""
    aliases = queries.aliases_of(session, [organisations[0].id]).get(organisations[0].id, [])
    acronyms = [alias for alias in aliases if ACRONYM.fullmatch(alias)]
    if acronyms:
        return f"{asked.group('office')}{acronyms[0]}"
    # (or by its full name, asked by a short one: "Ruam Thai Pattana" of "... Party")
    name = organisations[0].name
    return f"{asked.group('office')}{name}" if plain(name) != plain(body) else ""


def left_in_few_words(
    question: RoleQuestion, stated: list[tuple[HeldRole, RoleMatch]], held: list[HeldRole]
) -> list[tuple[HeldRole, RoleMatch]]:
    """A holder's leaving stated with the office word alone, taken as leaving the title
    asked ("Minister Bae laid the groundwork" in the article on his resignation, read as
    "outgoing Minister"), so a later article is not needed to call them former."""
    holders = {row.person_id for row, _ in stated}
    found = []
    for row in held:
        words, past = title_words(row.text)
        if past and row.person_id in holders and words == [question.head]:
            found.append((row, RoleMatch(row.text, True, frozenset(), bare=True)))
    return found


def regions_in(text: str) -> frozenset[str]:
    """The countries (and states, continents) a text names: "Brazil", "Kazakhstan"."""
    return frozenset(word.casefold() for word in CAPITALISED.findall(text) if is_region(word))


CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")


def lead(text: str) -> str:
    """An article's headline and first paragraph (article_texts' "title\nbody")."""
    return "\n".join(text.split("\n", 2)[:2])


def words_read(text: str) -> set[str]:
    """The title words of a text, as written and without accents, with each pair of them
    also as one word ("Việt Nam" is "vietnam")."""
    words = title_words(fold_accents(text))[0]
    joined = {first + second for first, second in itertools.pairwise(words)}
    return set(title_words(text)[0]) | set(words) | joined


def loosely_named(question: RoleQuestion, held: list[HeldRole]) -> list[tuple[HeldRole, RoleMatch]]:
    """When no role names the body as asked, the roles of the one body whose name holds every
    word asked, in order, and ends with the kind asked: "the Kota Bharu hawkers
    association's chairman" of the Kota Bharu Hawkers and Petty Traders Association."""
    body = question.body
    if len(body) < 2:
        return []
    loose = RoleQuestion(question.words, question.head, question.past, own_body_only=False)
    found = []
    for row in held:
        words = title_words(row.text)[0]
        if (
            words
            and (words[-1] == body[-1] or before_its_owner(body, row.text))
            and in_order(body, words)
            and (m := match_role(loose, row.text))
        ):
            found.append((row, m))
    bodies = {plain(office_and_body(row.text)[1]) for row, _ in found}
    return found if len(bodies) == 1 else []  # (two bodies it may be: neither)


def before_its_owner(body: tuple[str, ...], role: str) -> bool:
    """Whether the body asked ends where the stated one goes on with whose it is: "the
    Standing Committee on Environment, Food and Agriculture" of "... Agriculture of the State
    Great Khural"."""
    return re.search(rf"\b{re.escape(body[-1])}\s+of\s", role, re.IGNORECASE) is not None


def in_order(asked: tuple[str, ...], words: list[str]) -> bool:
    """Whether the asked words all stand among `words`, in the same order."""
    remaining = iter(words)
    return all(word in remaining for word in asked)


@lru_cache(maxsize=4096)
def held_elsewhere_by(question: RoleQuestion, unstated: tuple[str, ...], text: str) -> bool:
    unsaid = RoleQuestion(
        tuple(w for w in question.words if w not in unstated), question.head, own_body_only=False
    )
    other = match_role(unsaid, text)
    # "Senate Minority Leader" is another body's; "the company's chair" may be this one's;
    # a minister's field names no body ("Minister for National Health Services")
    named = other.belongs_to - BODY_KINDS if other else frozenset()
    # (nor a department's: "Secretary of the Department of Budget and Management")
    fielded = question.head in FIELD_OFFICES or bool(other and other.belongs_to & MINISTRIES)
    bodies = named & ORG_HEADS if not fielded else frozenset()
    return bool(other and (names_a_place(named) or bodies))


# Offices named by a field, not a body: "Minister for National Health Services"
FIELD_OFFICES = frozenset({"minister"})


def held_elsewhere(question: RoleQuestion, unstated: tuple[str, ...], rows: list[HeldRole]) -> bool:
    """Whether the person of a title that leaves its owner unsaid is stated elsewhere in it
    as another place's or body's: "Prime Minister" in an article naming Japan, of a "prime
    minister of Australia"; "minority leader" in an article naming the House, of a "Senate
    Minority Leader"."""
    return any(held_elsewhere_by(question, unstated, row.text) for row in rows)


def holders_of(rows: list[tuple[HeldRole, RoleMatch]]) -> list[Holder]:
    """The people stated in one title, the current holder first, then by recency."""
    by_person: dict[int, Holder] = {}
    for row, match in sorted(rows, key=lambda pair: pair[0].article.date):
        holder = by_person.setdefault(row.person_id, Holder(row.person_id, row.person))
        day = row.article.date
        if match.past:
            holder.former_on = day
            holder.times_former += 1
            holder.source = holder.source or row.article
            holder.title = holder.title or match.title
        else:
            holder.since = holder.since or day
            holder.times += 1
            holder.until = day
            if not match.bare or not holder.title:
                # shown as the newest statement that says whose: "Vermont Sen.", not "Sen."
                holder.source, holder.title = row.article, match.title
    return sorted(by_person.values(), key=lambda h: (not h.current, -h.latest.toordinal()))


# Words of a title to be taken up: "incoming", "CEO-designate", "President-elect"
TO_COME = frozenset({"incoming", "designate", "elect"})


# A body's second officer, after its head when both are stated: "NLC General Secretary"
# beside "President of the Nigeria Labour Congress" for "who heads the NLC?"
SECOND_OFFICER = re.compile(r"\b(?:general\s+secretary|secretary[\s-]general)\b", re.I)


def second_officer(title: str) -> bool:
    return SECOND_OFFICER.search(title) is not None


def marked_by(title: str, markers: frozenset[str]) -> bool:
    return any(word in markers for word in re.split(r"[\s-]+", title.casefold()))


def asked_exactly(holder: Holder, question: RoleQuestion) -> bool:
    """Whether the holder's title is the one asked by its head word ("minister" of "Federal
    Minister for Finance", not of "Finance Secretary"); any leading title for "who heads" or
    "who leads"."""
    return question.head in {"head", "leader"} or head_word(holder.title) == question.head


def handovers_as_one(groups: dict[frozenset[str] | int, list[tuple[HeldRole, RoleMatch]]]) -> None:
    """Joins, in `groups` kept apart by person, the one an article states as leaving a title
    to the group of the one it states as taking it over ("Principal Secretary Dr X will leave
    ... Y will replace her as Principal Secretary for the National Treasury"): one office
    handed over, not two people's titles."""
    incoming = {
        (row.article.id, unmarked(match.title)): key
        for key, rows in groups.items()
        for row, match in rows
        if isinstance(key, int) and marked_by(match.title, TO_COME)
    }
    for key, rows in list(groups.items()):
        taker = next(
            (
                incoming[(row.article.id, unmarked(match.title))]
                for row, match in rows
                if marked_by(match.title, LEAVING_MARKERS)
                and (row.article.id, unmarked(match.title)) in incoming
            ),
            None,
        )
        if isinstance(key, int) and taker is not None and taker != key:
            groups[taker].extend(groups.pop(key))


def unmarked(title: str) -> str:
    """A title without the words that say when it is held ("incoming", "outgoing")."""
    words = re.split(r"[\s-]+", title.casefold())
    return " ".join(w for w in words if w not in TO_COME and w not in LEAVING_MARKERS)


def handing_over(holders: list[Holder], session: Session) -> Holder | None:
    """The holder still in post while the first of `holders` is only to take over: "Rosnah
    will take over from Datuk Lim", stated as the "outgoing" chief executive since, and
    neither stated in a later article (which may tell the handover done: "who took over
    from Petrus Amutenya as head of the Bank of Namibia last Friday")."""
    first = holders[0]
    if not (first.current and first.since and first.until and marked_by(first.title, TO_COME)):
        return None
    leaving = [
        h
        for h in holders[1:]
        if h.former_on and h.former_on >= first.since and marked_by(h.title, LEAVING_MARKERS)
    ]
    outgoing = max(leaving, key=lambda h: h.latest, default=None)
    if outgoing is None:
        return None
    stated_later = any(
        role.last > first.until
        for person in (first.person_id, outgoing.person_id)
        for role in queries.actor_roles(session, person)
    )
    return None if stated_later else outgoing


def one_title(asked: str, holders: list[Holder], outgoing: Holder | None = None) -> Answer:
    """The title's holder (or `outgoing`, in post until the first of `holders` takes over),
    with those before."""
    first, *others = holders
    if outgoing:
        return handed_over(asked, outgoing, first, [h for h in others if h is not outgoing])
    leaving = still_in_post(first, holders)  # "outgoing governor X", no one named to follow
    if not first.current and not leaving:
        # ("who was the director of SEPA?" asks for them; of several, the articles' dates
        # need not say who held it last)
        before = f"; before: {first.name}" if len(holders) == 1 else ""
        return Answer(
            f"No one is stated as “{asked}” now{before}",
            [Section("Held before", history(holders))],
            note="Only former holders are in the articles.",
        )
    body = leaving_line(first) if leaving else stated_line(first)
    # ("Faraji Mollel will replace Kilonzo as Deputy Governor": one to come is next, not
    # an earlier holder)
    coming = [h for h in others if h.current and marked_by(h.title, TO_COME)]
    # ("who heads the union?": its president and its secretary-general lead it now, neither
    # before the other)
    alongside = [
        h
        for h in others
        if h.current and h not in coming and head_word(h.title) != head_word(first.title)
    ]
    return with_history(
        f"{asked[:1].upper()}{asked[1:]}: {first.name}",
        [
            Section(first.name, body, cited=cite(first.source)),
            *(Section(h.name, stated_line(h), cited=cite(h.source)) for h in alongside),
            *map(next_section, coming),
        ],
        [h for h in others if h not in coming and h not in alongside],
        first.name,
    )


def stated_line(holder: Holder) -> str:
    """A holder's title and when the articles stated it."""
    return f"{holder.title}, stated {span(holder.since, holder.until)}"


def leaving_line(holder: Holder) -> str:
    """The title of one stated as leaving, and when."""
    return f"{holder.title}, stated {span(holder.former_on, None)}"


def next_section(holder: Holder) -> Section:
    """The one named to follow in a title."""
    return Section("Next", f"{holder.name}, {stated_line(holder)}", cited=cite(holder.source))


def still_in_post(first: Holder, holders: list[Holder]) -> bool:
    """Whether the newest holder, stated only as leaving ("outgoing"), is the one in post:
    no one is stated in the title since."""
    return (
        not first.current
        and first.former_on is not None
        and marked_by(first.title, LEAVING_MARKERS)
        and all(h.latest <= first.former_on for h in holders)
    )


def with_history(
    headline: str, sections: list[Section], others: list[Holder], shown: str
) -> Answer:
    """An answer naming a title's holder (`shown`, whose profile it points to), the earlier
    holders as history."""
    if others:
        sections = [*sections, Section("Before", history(others))]
    return Answer(headline, sections, note=f"`/who {shown}` shows the profile.")


def handed_over(asked: str, outgoing: Holder, incoming: Holder, others: list[Holder]) -> Answer:
    """The one leaving, in post until the one named to follow takes over."""
    sections = [
        Section(outgoing.name, leaving_line(outgoing), cited=cite(outgoing.source)),
        next_section(incoming),
    ]
    return with_history(
        f"{asked[:1].upper()}{asked[1:]}: {outgoing.name}, until {incoming.name} takes over",
        sections,
        others,
        outgoing.name,
    )


def former_holders(asked: str, former: list[Holder]) -> Answer:
    """ "who is the former foreign minister?": those who held it, the latest first."""
    if not former:
        return Answer(f"No one is stated as “{asked}” in the articles")
    latest = max(former, key=lambda h: h.latest)
    return Answer(
        f"{asked[:1].upper()}{asked[1:]}: {latest.name}",
        [Section("Held before", history(former), cited=cite(latest.source))],
        note=f"`/who {latest.name}` shows the profile.",
    )


def several_titles(asked: str, groups: list[list[Holder]], session: Session) -> Answer:
    """One title held in several places: each place's holder (the outgoing one while the
    one named to follow has not taken over), the most stated first."""
    current: list[Holder] = []
    listed: set[int] = set()
    following: dict[int, Holder] = {}  # the outgoing holder's person -> the incoming one
    reordered = []
    for holders in groups:
        if holders[0].current and (outgoing := handing_over(holders, session)):
            following[outgoing.person_id] = holders[0]
            holders = [outgoing, *(h for h in holders if h is not outgoing)]
        reordered.append(holders)
    groups = reordered
    # each person once, under the place they were stated in last
    for holder in sorted(
        (
            holders[0]
            for holders in groups
            if holders[0].current or holders[0].person_id in following
        ),
        key=lambda h: (-h.times, -h.latest.toordinal()),  # the most stated first
    ):
        if holder.person_id not in listed:
            current.append(holder)
            listed.add(holder.person_id)
    listed |= {h.person_id for h in following.values()}
    sections = [
        Section(h.name, holding(h, following.get(h.person_id)), cited=cite(h.source))
        for h in current[:HOLDERS_SHOWN]
    ]
    former = [h for holders in groups for h in holders if h.person_id not in listed]
    former = list({h.person_id: h for h in sorted(former, key=lambda h: h.latest)}.values())
    if former:
        sections.append(Section("Held before", history(former)))
    if not current:
        return Answer(f"No one is stated as “{asked}” now", sections)
    return Answer(
        f"“{asked}”: {len(current)} holder{'s' if len(current) != 1 else ''} in the articles",
        sections,
        note="Ask for one, e.g. `who is the " + asked + " of …?`",
    )


def holding(holder: Holder, incoming: Holder | None) -> str:
    """A holder's title and when it was stated; for one leaving, until whom."""
    if incoming is None:
        return stated_line(holder)
    return f"{leaving_line(holder)}, until {incoming.name} takes over"


def history(holders: list[Holder]) -> str:
    lines = []
    for holder in sorted(holders, key=lambda h: -h.latest.toordinal())[:HISTORY_SHOWN]:
        if holder.until:  # a later holder followed, or a later article says "former"
            later = holder.former_on and holder.former_on > holder.until
            former = f", former by {holder.former_on.isoformat()}" if later else ""
            lines.append(
                f"• {holder.name}, {holder.title}, until {holder.until.isoformat()}{former}"
            )
        else:
            lines.append(f"• {holder.name}, {holder.title} (said {holder.latest.isoformat()})")
    return "\n".join(lines)


def span(since: date | None, until: date | None) -> str:
    if since is None or until is None or since == until:
        return f"on {(until or since).isoformat()}"  # type: ignore[union-attr]
    return f"from {since.isoformat()} to {until.isoformat()}"


def closest_roles(query: str, held: list[HeldRole]) -> list[str]:
    """The stated roles most like the question: "Japanese Prime Minister (Sanae Takaichi)"."""
    seen: dict[str, float] = {}
    for row in held:
        label = f"{row.text} ({row.person})"
        seen[label] = fuzz.token_set_ratio(query, row.text, processor=plain)
    return sorted(seen, key=lambda label: -seen[label])[:SUGGESTIONS]


# --- descriptions --------------------------------------------------------------------------

DESCRIBED_ARTICLES = 20
# How strongly the place of a name says the description is of that name.
LABEL_BEFORE_NAME = 3.0  # "Japanese 'kingmaker' Taro Aso"
APPOSITIVE = 3.0  # "Taro Aso, the kingmaker," / "Aso is the kingmaker"
NEAREST_BEFORE = 1.0  # "Aso is widely regarded as the key power broker, or kingmaker"
# ", the", " is the", ", widely seen as the party's", ", is widely seen as the coalition's"; not
# "'s" ("Khan's wife" is not Khan)
# ", the former prime minister (who is) widely regarded as the coalition's", ", widely known in
# Warsaw as the government's", ", dubbed the “": a role may come first when a verb of
# calling follows it
# Where or by whom one is known so: "in Warsaw", "around the Honiara waterfront", "inside the
# company", "on the Copperbelt", "to his customers" (a regex piece; not "on Friday with the
# 'tuna lady'": when, and beside whom)
KNOWN_WHERE = (
    r"(?:\s+(?:(?:in|inside|by|across|around|among|throughout|to)\s+(?:the\s+)?[\w'’-]+"
    # ("known across Bomet and Kericho simply as")
    r"(?:\s+[\w'’-]+)?(?:\s+and\s+[\w'’-]+)?|(?:on|at)\s+the\s+(?-i:[A-Z])[\w'’-]*"
    r"(?:\s+[\w'’-]+)?))?(?:\s+(?:simply|affectionately|popularly|fondly))?"
)
APPOSITIVE_GAP = re.compile(
    # (an age first: "Ong Chee Beng, 68, the hawker known to his customers as")
    r"^(?!['’]s\b)\W*(?:\d{1,3},\s+)?(?:(?:is|was|as|has been|became|remains)\s+"
    # (", a banana grower from Xaythany district who is known among traders as the")
    r"|(?:(?:the|a|an)\s+(?:[\w'’-]+\s+){0,6}?)?(?:(?:who\s+)?(?:is|was|has\s+been)\s+)?"
    r"(?:(?:widely|long|often)\s+)?"
    r"(?:seen|regarded|known|described|viewed|dubbed|nicknamed|called|branded)"
    + KNOWN_WHERE
    + r"(?:\s+as)?\s+)?"
    r"[“\"‘']?(?:(?:the|a|an)\s+)?(?:[\w'’-]+\s+){0,2}[“\"‘']?$"
    # ", the chief executive of SNR and the man local media call the “": one set off before
    r"|^,[^;.]{0,100}?\band\s+(?:the|a)\s+(?:man|woman|one|person)\s+(?:whom\s+)?"
    r"(?:[\w'’-]+\s+){0,3}(?:calls?|called|dubs?|dubbed|know\s+as)\s+(?:the\s+|a\s+)?[“\"‘']?$"
    # ", the Sfax exporter whom traders call 'the", ", the barge operator the local press
    # calls 'the": a role, then who calls the person so (a role with no preposition: not ", a
    # lawyer for the man prosecutors call 'the", her client)
    r"|^,\s+(?:the|a|an)\s+(?:(?!" + PREPOSITION_AHEAD + r")[\w'’-]+\s+){0,4}?"
    r"(?:(?:whom|that)\s+)?(?:(?:the|a|an)\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?(?:calls?|called|dubs?|dubbed)\s+"
    r"[“\"‘']?(?:(?:the|a|an)\s+)?(?:[\w'’-]+\s+){0,2}[“\"‘']?$"
    # ", chairman of the ... Cooperative Union (Tanecu) and a veteran cooperative leader often
    # described as the": a role, then a second one that a verb of calling ends
    r"|^,[^;.]{0,160}?\band\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,4}?(?:(?:widely|long|often)\s+)?"
    r"(?:seen|regarded|known|described|viewed|dubbed|nicknamed|called|branded)"
    + KNOWN_WHERE
    + r"(?:\s+as)?\s+[“\"‘']?(?:(?:the|a|an)\s+)?(?:[\w'’-]+\s+){0,2}[“\"‘']?$"
    # ", leader of the Dalmatian Alliance (DS), (who is) widely seen as the", ", secretary
    # general of the CGTP, dubbed “the": a role set off first
    r"|^,[^;.]{0,120}?,\s+(?:who\s+(?:is|was|has\s+been)\s+)?(?:(?:widely|long|often)\s+)?"
    r"(?:seen|regarded|known|described|viewed"
    r"|dubbed|nicknamed|called|branded)" + KNOWN_WHERE + r""
    r"(?:\s+as)?\s+[“\"‘']?(?:(?:the|a|an)\s+)?(?:[\w'’-]+\s+){0,2}[“\"‘']?$"
    # ", a veteran of four parliaments, is widely seen as the ruling faction's": "is", an
    # adverb and "as" (not ", was described by the interior minister as": its agent)
    r"|^,[^;.]{0,120}?,\s+(?:is|was)\s+(?:widely|long|often)\s+(?:seen|regarded|viewed|known)"
    r"\s+as\s+(?:(?:the|a|an)\s+)?(?:[\w'’-]+\s+){0,2}$"
    # ", who heads the council and is widely seen as the": a role told by a verb, then "and"
    r"|^,\s+who\s+[^,;.]{1,80}?\s+and\s+(?:is|was|has\s+been)\s+(?:(?:widely|long|often)\s+)?"
    r"(?:seen|regarded|viewed|known|described)\s+as\s+(?:(?:the|a|an)\s+)?"
    r"(?:[\w'’-]+\s+){0,2}$"
    # ', once dubbed "the', ", who succeeded Y in 2020, has been dubbed “the": a label set
    # off by a comma (not "X once called the British prime minister a tyrant")
    r"|^,(?:[^;.]{0,120}?,)?\s+(?:once|(?:is|was|has\s+been)(?:\s+widely)?)\s+"
    r"(?:dubbed|nicknamed|known\s+as|branded)\s+(?:(?:the|a|an)\s+)?[“\"‘']?(?:(?:the|a|an)\s+)?$"
    # ", chairman of the GLA and dubbed the “", ", president of FEPSZ, has led protests since
    # last year and has been dubbed the “": a label in a second clause of the name's own
    # (not "and called the plan 'a disaster'": called so only when passive; nor after a
    # clause of another's: "Prosecutor X, who charged Y, told the court that Y ... and was
    # dubbed the “")
    r"|^,(?:(?!\b(?:who|whose|whom|that|said|says|told)\b)[^;.]){0,200}?\s+and\s+"
    r"(?:(?:(?:is|was|has\s+been|had\s+been)\s+)?"
    r"(?:(?:widely|long|often)\s+)?(?:dubbed|nicknamed)"
    r"|(?:is|was|has\s+been|had\s+been)\s+(?:(?:widely|long|often)\s+)?"
    r"(?:called|branded|known\s+as))\s+(?:(?:the|a|an)\s+)?[“\"‘']?(?:(?:the|a|an)\s+)?$"
    # ", the Narayanganj mill owner whom local media call the “": a longer description first;
    # ", whom opposition deputies have long called the “": no description
    r"|^,\s*(?:(?:the|a|an)\s+(?:[\w'’-]+\s+){1,4})?(?:whom|that)\s+(?:[\w'’-]+\s+){0,4}"
    r"(?:call|calls|called|dub|dubs|dubbed|know\s+as)\s+(?:the\s+|a\s+)?[“\"‘']?$"
    # ", who presided over the final vote": what the name's own clause says it did
    r"|^,\s+who\s+$",
    re.I,
)
POSSESSIVE = re.compile(r"^['’]s\b")  # "Khan's wife": Khan is whose wife, not the wife


def description_answer(
    query: str, session: Session, library: Library, strict: bool = False, loose: bool = False
) -> Answer | None:
    """The person the articles call what the query says; `strict` (for a title, which
    roles answer better) only by a label before the name or an apposition, never by the
    nearest name alone; `loose`, by the stems of its words with others between ("the lawyer
    who represented the villagers" for "the lawyer who represented 214 households from the
    two villages")."""
    label, owner = description_and_owner(query)
    found = described_answer(query, label, owner, session, library, strict, loose)
    if found is None and owner:
        # "the shilling's guardian": a label written with its possessive, when no one is
        # that of a "shilling"
        found = described_answer(query, query, [], session, library, strict, loose)
    return found


def described_answer(
    query: str,
    label: str,
    owner: list[str],
    session: Session,
    library: Library,
    strict: bool,
    loose: bool,
) -> Answer | None:
    """The person the articles call `label` (of `owner`, whose own names are no holder)."""
    wanted = query_words(label)
    if not any(len(word) > 2 and word.isalpha() for word in wanted):
        return None  # "'s", "2016": no words to describe anyone
    pattern = loosely_described_as(wanted) if loose else described_as(wanted, owner)
    phrase = re.compile(pattern, re.I)
    hits = library.articles.search(" ".join(wanted + owner), limit=DESCRIBED_ARTICLES)
    if not hits:
        return None
    articles = queries.articles_by_ids(session, [hit.id for hit in hits])
    names = queries.names_in_articles(session, list(articles))
    votes: dict[int, float] = defaultdict(float)
    evidence: dict[int, tuple[str, ArticleRef]] = {}
    person_names: dict[int, str] = {}
    kinds: dict[int, str] = {}
    for article in articles.values():
        ref = ArticleRef(article.id, article.date, article.title, article.source)
        # the owner of "Trump's running mate" (or of "the IMF's managing director", by any
        # of its names) is not its holder
        owners = {
            named.person_id
            for named in names.get(article.id, [])
            if set(owner) & set(query_words(f"{named.name} {named.alias}"))
        }
        candidates = [n for n in names.get(article.id, []) if n.person_id not in owners]
        read = ""  # the article so far, accents folded: who a shared surname names
        earlier: list[str] = []  # the sentences before, folded
        for sentence in [article.title, *(s.text for s in split_paragraphs(article.paragraphs))]:
            folded = fold_accents(sentence)
            for found in phrase.finditer(folded):
                span = found.span("label") if found.group("label") else found.span("label_first")
                named_here = named_last(candidates, read + " " + folded[: span[0]])
                found_of = described(folded, span, named_here) or described_before_a_pronoun(
                    folded, span[0], earlier, named_here
                )
                for person_id, weight in found_of:
                    if (strict or owner) and weight <= NEAREST_BEFORE:
                        continue  # "Trump's wife" is named beside the words, not before
                    votes[person_id] += weight
                    if weight > NEAREST_BEFORE or person_id not in evidence:
                        evidence[person_id] = (without_dateline(sentence), ref)
            read += " " + folded
            earlier.append(folded)
        for named in names.get(article.id, []):
            person_names[named.person_id] = named.name
            kinds[named.person_id] = named.kind
    if not votes:
        return None
    # "who is the X?" asks for a person, never an organisation ("KLM is called new chief
    # executive")
    ranked = sorted(
        (p for p in votes if kinds[p] == "PER"),
        key=lambda p: (-votes[p], -evidence[p][1].date.toordinal()),
    )
    if not ranked:
        return None
    best = ranked[0]
    sentence, ref = evidence[best]
    label, asked = " ".join(label.split()), " ".join(query.split())
    others = [person_names[p] for p in ranked[1:4]]
    note = f"`/who {person_names[best]}` shows the profile."
    if others:
        note += " Also described so: " + ", ".join(others) + "."
    where = "the headline" if sentence == ref.title else "an article"
    # ("is called “Queen of Capelin”": the whole label the sentence writes, not its "Queen")
    called = asked if fold_accents(asked).casefold() in fold_accents(sentence).casefold() else label
    # (what a "who" clause says one did is no name they are called by: "X, who presided
    # over the final vote")
    clause = f"who {called}".casefold() in fold_accents(sentence).casefold()
    body = (
        f"{person_names[best]} is described so in {where}"
        if loose or clause
        else f"{person_names[best]} is called “{called}” in {where}"
    )
    excerpt = "" if sentence == ref.title else sentence
    return Answer(
        f"“{asked}”: {person_names[best]}",
        [Section(body=body, excerpt=excerpt, cited=cite(ref))],
        note=note,
    )


OWNED = re.compile(
    r"^(?P<what>.+?) of (?:the )?(?P<owner>.+)$|^(?P<owner2>.+?)['’]s (?P<what2>.+)$", re.I
)


def described_as(label: list[str], owner: list[str]) -> str:
    """A pattern of the words (group "label"), with their owner when asked: "Trump's
    running mate", "Sorvania's 'architect'", "Trump running mate", "running mate of
    Trump"."""
    # (the small words search leaves out may stand between: "leader in the country")
    between = r"\W+(?:(?:in|the|of|a|an|and|to|for|on|at|by|over|with|from|into|about)\W+)*"
    words = r"\b" + between.join(re.escape(w) for w in label) + r"\b"
    if not owner:
        return f"(?P<label>{words})"
    # (a possessive or a year may stand inside: "Ghana's 2023 debt restructuring")
    whose = r"\b" + r"\W+(?:(?:s|\d{4})\W+)?".join(re.escape(w) for w in owner) + r"\b"
    return (
        rf"{whose}(?:['’]s)?\W+(?P<label>{words})"
        # ("architect of the government's new fiscal rule" for "architect of the fiscal rule")
        rf"|(?P<label_first>{words})[”\"’']? (?:of|to|for) (?:the )?(?:[\w'’-]+ ){{0,2}}?{whose}"
    )


def loosely_described_as(label: list[str]) -> str:
    """A pattern of the words' stems in order (group "label"), the noun's own relative clause
    holding the others, a few other words allowed between them: "lawyer who represent...
    ... villag..." (not "a farmer, said soldiers shot the chief": another's deed)."""
    between = r"\W+(?:[\w'’-]+\W+){0,6}?"
    noun, *clause = [re.escape(w[:5] if len(w) > 5 else w) + r"[\w'’-]*" for w in label]
    relative = r"\W+(?:who|that)\W+(?:[\w'’-]+\W+){0,2}?"
    return r"(?P<label>\b" + noun + relative + between.join(clause) + ")"


def description_and_owner(query: str) -> tuple[str, list[str]]:
    """ "running mate of Trump" and "Trump's running mate" -> ("running mate", ["trump"])."""
    match = OWNED.match(query)
    if not match:
        return query, []
    what = match.group("what") or match.group("what2")
    return what, query_words(match.group("owner") or match.group("owner2"))


LABEL_TITLE_WORDS = 2


def named_last(names: list[NamedIn], read: str) -> list[NamedIn]:
    """The names, a surname two people share kept only for the one named in full last in
    `read` ("Patricia Muñoz ... Muñoz, widely known as the 'lithium lady'", beside Sebastián
    Muñoz), and for no one when neither is named before."""
    sharing: dict[str, set[int]] = defaultdict(set)
    for named in names:
        sharing[named.alias].add(named.person_id)
    full_names = {named.person_id: fold_accents(named.name) for named in names}
    kept = []
    for named in names:
        people = sharing[named.alias]
        if len(people) > 1:
            at = {person: last_written(full_names[person], read) for person in people}
            last = max(people, key=lambda person: at[person])
            if at[last] < 0 or last != named.person_id:
                continue
        kept.append(named)
    return kept


# a nickname in quotes that may stand between a given name and a surname
NICKNAME_BETWEEN = r"\s+(?:[\"“‘'][^\"“”‘’']{1,30}[\"”’']\s+)?"


def written(name: str) -> str:
    """A pattern of the name as an article may write it: a nickname in quotes may stand
    after its first word ('Desmond "Dessie" Maynard')."""
    first, *rest = name.split()
    if not rest:
        return re.escape(first)
    return re.escape(first) + NICKNAME_BETWEEN + r"\s+".join(map(re.escape, rest))


def last_written(full_name: str, text: str) -> int:
    """Where `text` last writes the full name; -1 when it does not."""
    found = text.rfind(full_name)
    if found >= 0 or " " not in full_name:
        return found
    starts = [m.start() for m in re.finditer(written(full_name), text)]
    return starts[-1] if starts else -1


def label_gap(gap: str) -> bool:
    """Whether a label and the name after it are apart only by quotation marks and a
    title: "'kingmaker' Taro Aso", "running mate Gov. Mike Pence", "'maverick' senator
    Greco"; not "kingmaker behind Takaichi"."""
    words = gap.strip(" ,'‘’\"“”").split()  # "Trump's wife, Melania"
    return len(words) <= LABEL_TITLE_WORDS and all(is_title_word(word) for word in words)


def described(
    sentence: str, span: tuple[int, int], names: list[NamedIn]
) -> list[tuple[int, float]]:
    """Who the description found in the sentence is of, with how surely: a name right after
    a label, a name it is in apposition to, or else the nearest name before it ("Trump,
    who he blasted as a bully and demagogue")."""
    weights: dict[int, float] = {}
    start, end = span
    nearest: tuple[int, int] | None = None  # (end, person) of the last name before it
    for name, (person_id, _, _, kind) in names_at(sentence, names):
        if name.start() >= end and label_gap(sentence[end : name.start()]):
            weights[person_id] = max(weights.get(person_id, 0), LABEL_BEFORE_NAME)
        elif name.end() <= start:
            if POSSESSIVE.match(sentence[name.end() : start]):
                continue
            if APPOSITIVE_GAP.match(sentence[name.end() : start]):
                weights[person_id] = max(weights.get(person_id, 0), APPOSITIVE)
            # the nearest person: "who is the X?" asks for one ("X, the chief executive of
            # PT Sulawesi Nikel Raya (SNR) and the man local media call the 'nickel king'")
            if kind == "PER" and (nearest is None or name.end() > nearest[0]):
                nearest = (name.end(), person_id)
    if not weights and nearest is not None:
        weights[nearest[1]] = NEAREST_BEFORE
    return list(weights.items())


# 'Dubbed "the fireman" by Budapest traders ..., he is seen as ...': a label opening a
# sentence whose subject is a pronoun
LABEL_OPENING = re.compile(
    r"^(?:Dubbed|Nicknamed|Known" + KNOWN_WHERE + r"\s+as|Called|Branded)\b[^.;]*?,\s+(?:he|she)\s"
)


# 'Opposition lawmakers have dubbed her the "Iron Accountant"': a label of a pronoun
LABEL_OF_A_PRONOUN = re.compile(
    r"\b(?:dubbed|nicknamed|called|branded|dub|dubs|call|calls)\s+(?P<pronoun>him|her)\s+"
    r"(?:(?:the|a|an)\s+)?[“\"‘']?(?:(?:the|a|an)\s+)?$",
    re.I,
)


def described_before_a_pronoun(
    sentence: str, start: int, earlier: list[str], names: list[NamedIn]
) -> list[tuple[int, float]]:
    """The person a label is of when a pronoun stands for them: the sentence opens with the
    label and its subject is "he" or "she", or the label follows "dubbed her"; the first
    person of the last sentence before that names one."""
    opening = LABEL_OPENING.match(sentence)
    of_a_pronoun = LABEL_OF_A_PRONOUN.search(sentence[max(0, start - 40) : start])
    if not (opening or of_a_pronoun):
        return []
    if of_a_pronoun and any(True for _ in names_at(sentence[:start], names)):
        return []  # "Ruto's supporters have dubbed him the ...": someone else, named before
    # "her" is no man the lists know ("Tom Hartley attacked governor Helen Marsh. Traders
    # have dubbed her the 'Iron Hawk'")
    sex = (
        {"him": "M", "her": "F"}.get(of_a_pronoun.group("pronoun").casefold(), "")
        if of_a_pronoun
        else ""
    )
    # (a label opening a sentence: the sentence right before only)
    for previous in reversed(earlier[-1:] if opening else earlier[-3:]):
        found = sorted(names_at(previous, names), key=lambda pair: pair[0].start())
        people = [
            named
            for _, named in found
            if named.kind == "PER"
            and (not sex or clear_gender_of(named.name.split()[0]) in {None, sex})
        ]
        if people:
            return [(people[0].person_id, APPOSITIVE)]
        if opening:
            break
    return []


def names_at(sentence: str, names: list[NamedIn]) -> Iterator[tuple[re.Match[str], NamedIn]]:
    """Where each of the names stands in `sentence` (accents folded), by any name it may use;
    not a name inside a longer one there ("Saar" of Liis Saar inside "Rein Saar")."""
    found = [
        (match, named)
        for named in names
        for match in re.finditer(rf"\b{written(fold_accents(named.alias))}\b", sentence)
    ]
    for match, named in found:
        start, end = match.span()
        if not any(
            other.start() <= start and end <= other.end() and other.span() != match.span()
            for other, _ in found
        ):
            yield match, named
