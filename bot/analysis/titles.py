"""Titles that take a complement before a name: "Minister of Agriculture, Food and Rural
Affairs Song Mi-ryung", "Minister for Foreign Affairs Penny Wong", "European Commissioner
for Trade Maros Sefcovic". The complement's capitalised words run into the name, so the
split between the title and the name is decided here, from the end: a surname, particles,
a given name, and a middle name or initial only after a given name."""

import functools
import itertools
import re

from bot.analysis.document import Token
from bot.analysis.lexicon import (
    DEMONYMS,
    FIELD_NOUNS,
    FUNCTION_WORDS,
    ORG_HEADS,
    PLACE_PREFIXES,
    ROLE_NOUNS,
    SURNAME_ENDINGS,
    TITLE_WORDS,
    is_legal_form,
)
from bot.analysis.names import (
    is_given_name,
    is_vietnamese_middle_name,
    western_given_name_before_chinese_name,
)
from bot.analysis.places import is_place, is_region
from bot.analysis.shapes import (
    ARABIC_ARTICLES,
    HONORIFIC_FIRST_WORDS,
    HONORIFIC_SECOND_WORDS,
    HONORIFICS,
    INITIAL,
    INITIALS,
    JOINED_INITIAL_NAME,
    PERSON_PARTICLES,
    ROMANISED_GIVEN_NAME,
    abstract_noun,
    letters_in_order,
)

# Offices that name their field with "of" or "for": "Secretary of State", "Minister for
# Trade", "Director of National Intelligence", "President of the European Commission".
OFFICE_HEADS = frozenset(
    """
    minister secretary director commissioner governor chairman chairwoman chair
    chairperson president head chief ambassador envoy commander chancellor administrator
    undersecretary under-secretary representative rapporteur justice attorney leader
    speaker member prosecutor solicitor ombudsman registrar auditor comptroller inspector
    superintendent commandant mayor prefect wali councillor councilor mec mp mla mna mpa
    """.split()
)
# What joins an office to its field: "Minister of", "for", "on", "in charge of", "in the"
# ("Permanent Secretary in the Ministry of Labour ...")
COMPLEMENT_JOINERS = (("in", "charge", "of"), ("in", "the"), ("of",), ("for",), ("on",))
INSIDE_TITLE = frozenset({"of", "for", "on", "the", "and", "&", ",", "in", "charge", "to", "ng"})
# Offices held "to" another's: "Special Assistant to the Prime Minister", "Adviser to the
# President"
AIDES = frozenset({"assistant", "adviser", "advisor", "aide", "counsellor", "counselor"})
ENVOYS = frozenset({"ambassador", "envoy", "representative", "emissary", "delegate"})
PARTICLES = PERSON_PARTICLES | {"ó", "ní", "el"}  # "Ciarán Ó Dálaigh", casefolded ("Van Rijn")
MAX_WORDS_BEFORE_OFFICE = 3  # "European", "Japan's Deputy" before "Minister of ..."
MAX_TITLE_TOKENS = 24  # how far back from a name its title may begin
FIELD_WORDS = TITLE_WORDS | ORG_HEADS | DEMONYMS | FIELD_NOUNS


def is_office_head(token: Token) -> bool:
    return is_office_word(token.text)


@functools.lru_cache(maxsize=65536)  # asked of every word of every sentence
def is_office_word(text: str) -> bool:
    """ "Minister", "Vice-President", "Under-Secretary-General" (an office by any part),
    "Statistician-General" (a trade made an office by "-General")."""
    word = text.casefold().rstrip(".")
    if word in OFFICE_HEADS:
        return True
    parts = word.split("-")
    if len(parts) < 2:
        return False
    return any(p in OFFICE_HEADS for p in parts) or (
        parts[-1] == "general" and parts[0] in ROLE_NOUNS
    )


# A shadow office by its field: "Opposition Spokesman on Finance Kevin Whyte" (an office only
# with its field)
SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson"})


def heads_a_field(text: str) -> bool:
    """An office's word that may name its field after it: "Minister" (of ...), "Spokesman"
    (on ...)."""
    return is_office_word(text) or text.casefold() in SPOKESPEOPLE


def joiner_length(tokens: list[Token], index: int) -> int:
    """How many words join an office to its field at `index` (0: none)."""
    words = [token.text for token in tokens[index : index + 5]]
    length = next((len(j) for j in COMPLEMENT_JOINERS if tuple(words[: len(j)]) == j), 0)
    if words[:2] == ["in", "the"] and not body_after_in_the(words[2:]):
        return 0  # "the Prime Minister in the Cabinet Room": where, not a body's office
    return length


def body_after_in_the(words: list[str]) -> bool:
    """ "Ministry of ...", "Office of the President", "Presidency", "State Department": a
    body whose office it is, after "in the" (not "Cabinet Room", "Treasury Building")."""
    if not words or not words[0][:1].isupper():
        return False
    first = words[0].casefold()
    following = words[1] if len(words) > 1 else ""
    if first in ORG_HEADS or first == "presidency":
        return not following[:1].isupper()  # "Ministry of", "Presidency,"
    return following.casefold() in ORG_HEADS  # "State Department"


def title_like(token: Token, lower_vocabulary: set[str]) -> bool:
    """A word of a title's field, not of a person's name: "Affairs", "State", "Trade"."""
    word = token.text.casefold().rstrip(".")
    if not token.text[:1].isupper() or field_word(token):
        return True
    if word in lower_vocabulary:
        return True
    # "Victoria Ashdown": a place that is also a given name may open the name
    return (is_place(token.text) or is_region(token.text)) and not is_given_name(token.text)


def field_word(token: Token) -> bool:
    """A word no given name can be here: a title's, an organisation's or a people's word."""
    return token.text.casefold().rstrip(".") in FIELD_WORDS


def field_of_an_office(tokens: list[Token], offices: dict[int, int], run_start: int) -> bool:
    """Whether the run at `run_start` is the field after an office and its joiner ("Foreign
    Affairs" of "Minister of Foreign Affairs", and of "Minister of State for Foreign
    Affairs")."""
    starts = set(offices.values())
    if run_start in starts:
        return True
    if run_start == 0 or tokens[run_start - 1].text not in COMPLEMENT_WORDS:
        return False  # "Superintendent of Police Musa Lawal": the name after the field
    index = run_start
    while index not in starts and index > 0:
        before = tokens[index - 1]
        if not (field_word(before) or before.text in COMPLEMENT_WORDS) or before.possessive:
            return False  # not across a name: "Secretary of State George Shultz and ..."
        index -= 1
    return index in starts


COMPLEMENT_WORDS = frozenset({"of", "for", "on"})
# What joins the fields a portfolio lists: "Minister of Finance, Planning and the Public
# Service"
FIELD_LIST_JOINERS = COMPLEMENT_WORDS | {"and", "the", ",", "&"}
# A title's end after its last field: "..., said", "... who negotiated"
TITLE_CLOSED = re.compile(r"^\s*(?:[,.;:]|who\b)")


def last_of_a_ministers_fields(
    tokens: list[Token], offices: dict[int, int], run_start: int, after: str
) -> bool:
    """Whether the run at `run_start` is the last field a minister's portfolio lists after
    "and the", the title closed after it: "Public Service" of "Andre Whitfield, the Minister
    of Finance, Planning and the Public Service, said", the title set off after a name (not the
    "World Health Organization" of "sent to the Minister of Health and the World Health
    Organization.")."""
    if run_start < 2 or [t.text for t in tokens[run_start - 2 : run_start]] != ["and", "the"]:
        return False
    if not TITLE_CLOSED.match(after):
        return False
    ministers = {
        start: office
        for office, start in offices.items()
        if tokens[office].text.casefold().split("-")[-1] == "minister"
    }
    index = run_start
    while index not in ministers and index > 0:
        before = tokens[index - 1]
        if not (field_word(before) or before.text in FIELD_LIST_JOINERS) or before.possessive:
            return False
        index -= 1
    return index in ministers and set_off_after_a_name(tokens, ministers[index])


def set_off_after_a_name(tokens: list[Token], office: int) -> bool:
    """Whether the office at `office` is set off after a name: "Andre Whitfield, the Minister
    of ...", "X, a former Minister of ..." (not "sent to the Minister of Health and the World
    Health Organization.")."""
    index = office - 1
    while index >= 0 and tokens[index].text.casefold() in {"the", "a", "an", "former"}:
        index -= 1
    return index > 0 and tokens[index].text == "," and tokens[index - 1].capitalised


def a_ministers_field(tokens: list[Token], offices: dict[int, int], run_start: int) -> bool:
    """Whether the run at `run_start` is a minister's field ("Energy and Mineral Resources"),
    which names no organisation, whatever its last word."""
    return any(
        start == run_start and tokens[office].text.casefold().split("-")[-1] == "minister"
        for office, start in offices.items()
    )


def set_off(tokens: list[Token], run_end: int, offices: dict[int, int]) -> bool:
    """A comma and a capitalised word after the run: a title set off before a name (not
    the next titled person of a list: "... Murat Aydın, Deputy Minister of Energy ...")."""
    following = tokens[run_end : run_end + 2]
    if len(following) < 2 or following[0].text != "," or not following[1].capitalised:
        return False
    after_comma = run_end + 1
    next_office = next((i for i in offices if after_comma <= i), None)
    if next_office is None or next_office - after_comma >= MAX_WORDS_BEFORE_OFFICE:
        return True
    if not all(token.capitalised for token in tokens[after_comma:next_office]):
        return True
    # the next office's title ends with its holder's name (not ", Second Vice-Chairperson of
    # the TUC.", a role after the name)
    end = offices[next_office]
    while end < len(tokens) and (tokens[end].capitalised or tokens[end].text == "of"):
        end += 1
    last_two = tokens[end - 2 : end]
    return not (
        end - offices[next_office] >= 3
        and all(
            token.capitalised
            and not field_word(token)
            and not is_place(token.text)
            and not token.text.isupper()
            for token in last_two
        )
    )


ARABIC_ARTICLE = re.compile(r"(?:Al|El|Ar|As|Ad|An|At|Ash|Ath)-[A-Z]")
# Given names written short before another given name: "Ma." (María) of "Ma. Teresa de la Cruz"
SHORT_GIVEN_NAMES = frozenset({"Ma"})
# "son of", "daughter of", the Iban "child of"
PATRONYMICS = frozenset(
    {"bin", "binti", "binte", "bint", "ibn", "anak", "a/l", "a/p", "s/o", "d/o"}
)


NICKNAME_MARKS = frozenset({'"', "“", "”", "‘", "’"})


def before_a_quoted_nickname(tail: list[Token], surname: int) -> int:
    """Where a nickname in quotes right before tail[surname] opens, so that the given name
    before it is read as the name's ('... Efficiency Teresita "Tess" Magbanua-Reyes'); else
    `surname`."""
    for words in (1, 2):
        opener = surname - words - 2
        if (
            opener >= 1
            and tail[surname - 1].text in NICKNAME_MARKS
            and (tail[opener].text in NICKNAME_MARKS)
        ):
            return opener
    return surname


def name_start(tail: list[Token], lower_vocabulary: set[str]) -> int:
    """Where the person's name begins in `tail` (the words after "of"/"for")."""
    if len(tail) > 1 and JOINED_INITIAL_NAME.fullmatch(tail[-1].text):
        return len(tail) - 1  # "... of the PRF S.Oyunchimeg": the name is one word
    named_last = tail[-4:]  # "... and for Transport Jasmine Tan Li Ying": the name's four words
    if (
        len(tail) > len(named_last)
        and not field_word(named_last[0])
        and western_given_name_before_chinese_name([token.text for token in named_last])
    ):
        return len(tail) - len(named_last)
    for index in range(len(tail) - 2, 0, -1):
        if tail[index].text.casefold().rstrip(".") in HONORIFICS:
            # "... of the Central Bank of Sri Lanka Dr K. M. Anoja Perera"; "... Affairs Datuk
            # Seri Hafiz Ismail": the honorific's second word too
            second = tail[index + 1].text.casefold() in HONORIFIC_SECOND_WORDS
            return index + 2 if second and index + 2 < len(tail) else index + 1
    for index in range(len(tail) - 1, 0, -1):
        if ROMANISED_GIVEN_NAME.fullmatch(tail[index].text):
            # "Song Mi-ryung": the family name comes first; "Raymond Yip Chun-ho": after an
            # English given name, unless that word closes the field
            before = tail[index - 2] if index >= 3 else None
            english = before and given_name_in_a_field(before, lower_vocabulary)
            return index - 2 if english else index - 1
    inside = particle_inside_the_name(tail, lower_vocabulary)
    if inside is not None:
        return with_a_short_given_name(tail, inside)
    # "... of the Management Board of SGNC Nurlan Abenov": an acronym ends the body's name
    acronyms = [i for i, t in enumerate(tail[:-2]) if ACRONYM_WORD.fullmatch(t.text)]
    acronym = acronyms[-1] if acronyms else -1
    # (a name of two or three words, no place's or unit's: not "of the APC Lagos Chapter
    # Cornelius Ojelabi", "of the EU Delegation Samuela Isopi")
    after = tail[acronym + 1 :]
    if acronym >= 0 and len(after) <= 3 and all(person_word(t) for t in after):
        return acronym + 1
    index = len(tail) - 1  # the surname
    while index > 0 and tail[index - 1].text.casefold() in PARTICLES:
        index -= 1  # "von der Leyen"
    if index == 0:
        return index
    initials = index
    while (
        initials >= 2
        and tail[initials - 1].text == "."
        and INITIAL.fullmatch(tail[initials - 2].text)
    ):
        initials -= 2  # "... Resources PLC Ch. Otgonbayar", "Dr K. M. Perera": initials
    if initials < index:
        # "Secretary of State John F. Kerry": a given name before the initials is the name's
        given = tail[initials - 1] if initials > 1 else None
        named = given and is_given_name(given.text) and not title_like(given, lower_vocabulary)
        return initials - 1 if named else initials
    index = before_a_quoted_nickname(tail, index)  # 'Teresita "Tess" Magbanua-Reyes'
    given = tail[index - 1]
    # "Coordinator Hope Adeyemi-Walters": a given name, though the article writes "hope" too
    plain = title_like(given, lower_vocabulary)
    if plain and index >= 2 and given_name_in_a_field(tail[index - 2], lower_vocabulary):
        # "José Luis Rodríguez Zapatero": a place's word ("Rodríguez") between given names and
        # the surname is the first surname
        plain = (
            not given.text[:1].isupper()
            or field_word(given)
            or given.text.casefold() in lower_vocabulary
        )
    # "... Infrastructure Ararat Voskanyan": before a surname of a shape its own, a word no
    # field has is the given name, though also a place's
    shaped = (
        index >= 2  # (not "President of Bulgaria Radev": the country the office is of)
        and not is_region(given.text)
        and len(surname := tail[index].text) > 4
        and surname.endswith(SURNAME_ENDINGS)
        and given.text.istitle()
        and not field_word(given)
        and given.text.casefold() not in lower_vocabulary
    )
    if plain and not shaped and not (is_given_name(given.text) and not field_word(given)):
        return index
    index -= 1  # the given name
    if (
        index >= 2
        and PATRONYMIC_SHAPE.search(tail[index].text)
        and tail[index - 1].capitalised
        and not title_like(tail[index - 1], lower_vocabulary)
    ):
        index -= 1  # "Askar Tolegenuly Zhumabayev", "Sergei Viktorovich Lavrov": a patronymic
    while (
        index >= 2
        and tail[index - 1].text.casefold() in PATRONYMICS
        and tail[index - 2].capitalised
    ):
        index -= 2  # "Rosnah binti Abdul Rahman": her own name, then her father's
    index = start_after_the_field(tail, index, lower_vocabulary)
    return after_a_place(tail, with_a_short_given_name(tail, index))


def with_a_short_given_name(tail: list[Token], index: int) -> int:
    """The name's start moved back to a given name written short before it: "Ma." of "...
    of Energy Ma. Teresa de la Cruz"."""
    if index > 2 and tail[index - 1].text == "." and tail[index - 2].text in SHORT_GIVEN_NAMES:
        return index - 2
    return index


def start_after_the_field(tail: list[Token], index: int, lower_vocabulary: set[str]) -> int:
    """Where a name whose surname starts at `index` starts, the words before it read: its
    given names, or the end of the office's field ("Minister of Mines and Energy X")."""
    if index < 2:
        return index  # no field is left before the name
    middle = tail[index]
    before = tail[index - 1]
    if (
        # a field is left: "President of Kenya William Ruto" ("Kenya" a given name too)
        is_given_name(before.text)
        and not is_place(before.text)  # "Governor of the Central Bank of Kenya Kamau Thugge"
        and not title_like(before, lower_vocabulary)
        and (len(middle.text) == 1 or is_given_name(middle.text))
    ):
        return index - 1  # "John Foster Dulles", "George W. Bush"
    if (
        index > 2
        and given_name_in_a_field(before, lower_vocabulary)
        and given_name_in_a_field(tail[index - 2], lower_vocabulary)
        # "of the Central Bank of Kenya Hassan Abdi Farah": a place after "of" ends the field
        and not (is_place(tail[index - 2].text) and tail[index - 3].text in {"of", "for"})
    ):
        return index - 2  # "Sport Andrea Carolina Mera Zambrano": two given names, two surnames
    if given_name_in_a_field(before, lower_vocabulary) and is_place(tail[index - 2].text):
        return index - 1  # "of Bank Indonesia Ratna Wulandari Siregar": a place ends the name
    if (
        (field_word(tail[index - 2]) or abstract_noun(tail[index - 2].text))
        and not title_like(before, lower_vocabulary)
        and not abstract_noun(before.text)
        # "Governor of Bank Al-Maghrib Driss El Alaoui": an Arabic article opens a body's word
        and not ARABIC_ARTICLE.match(before.text)
        # "... of Mongolian Trade Unions Tumurbaatar Sainbayar": a body's word, plural too
        and before.text.casefold().removesuffix("s") not in ORG_HEADS
    ):
        return index - 1  # "Mines and Energy Camila Restrepo Duarte": the field has ended
    if (
        given_name_in_a_field(before, lower_vocabulary)
        and not is_place(before.text)
        and tail[index - 2].text.casefold() not in PARTICLES
    ):
        return index - 1  # "Banco de la República Julián Echeverri Gómez": two surnames
    return index


ACRONYM_WORD = re.compile(r"[A-Z]{2,6}")
# A patronymic between a given name and the surname: Kazakh "-uly", "-kyzy", Russian "-ovich"
PATRONYMIC_SHAPE = re.compile(r"[a-z](?:uly|ұлы|kyzy|qyzy|ovich|evich|ovna|evna|yevna)$")
MAX_SURNAMES_AFTER_PARTICLE = 2  # "dos Santos Figueiredo"
MAX_GIVEN_NAMES = 3  # "Maria Aparecida", "José Ribamar"


# Words of a body's unit, which no name holds: "Lagos Chapter", "EU Delegation"
UNIT_WORDS = frozenset(
    "chapter zone region branch operation operations delegation division unit office".split()
)


def person_word(token: Token) -> bool:
    word = token.text.casefold()
    return (
        token.capitalised
        and not field_word(token)
        and not is_place(token.text)
        and word not in UNIT_WORDS
        and word not in PLACE_PREFIXES
    )


def particle_inside_the_name(tail: list[Token], lower_vocabulary: set[str]) -> int | None:
    """Where the name begins when a particle stands between its given names and its surnames:
    "José Ribamar" of "... Labor and Employment José Ribamar dos Santos Figueiredo" (the
    particle with one or two surnames after it, given names before it back to the field's
    last word); None when there is no such particle ("Banco de la República Julián ...": a
    field's particle, more words after it)."""
    last = len(tail) - 1
    particle = next(
        (
            first
            for at in range(max(1, last - MAX_SURNAMES_AFTER_PARTICLE), last)
            if (tail[at].text in PERSON_PARTICLES or tail[at].text in MAGHREBI_PARTICLES)
            and all(t.capitalised for t in tail[at + 1 :])
            and tail[(first := particles_from(tail, at)) - 1].capitalised
        ),
        None,
    )
    if particle is None:
        return None
    start = particle
    while start > 1 and particle - start < MAX_GIVEN_NAMES and tail[start - 1].capitalised:
        word = tail[start - 1]
        # the field's last word, or the end of a place's name ("Governor of Santa Catarina
        # Carlos Moisés da Silva"): the name opens after it, whatever lists know its words
        if title_like(word, lower_vocabulary) or is_place(f"{tail[start - 2].text} {word.text}"):
            return start if start < particle else None
        start -= 1
    # ("Abdelilah Ben Chekroun": before "Ben" or "Ould", a given name the lists may not know;
    # or one word, no field's, right after the field's one word: "Finance Anwaar ul Haq
    # Kakar")
    after_the_field = (
        start == 1
        and particle == 2
        and title_like(tail[0], lower_vocabulary)
        and not field_word(tail[1])
    )
    given = (
        is_given_name(tail[start].text)
        or tail[particle].text in MAGHREBI_PARTICLES
        or after_the_field
    )
    return start if start < particle and given else None


def particles_from(tail: list[Token], at: int) -> int:
    """Where the particles ending at `at` start: "de" of "de la Cruz"."""
    while at > 1 and tail[at - 1].text in PERSON_PARTICLES:
        at -= 1
    return at


# Particles written with a capital that stand inside a name, never a body's: "Ben", "Ould"
MAGHREBI_PARTICLES = frozenset({"Ben", "Bin", "Ibn", "Ould", "Ait"})


def after_a_place(tail: list[Token], index: int) -> int:
    """The name's start moved back to right after a place the field ends with ("of the
    Central Bank of Egypt Sherif Mahmoud Abdel-Rahman": "Sherif" is the name's)."""
    for at in range(1, len(tail) - 1):
        if tail[at - 1].text in {"of", "for", "ng"} and is_place(tail[at].text):
            if at >= index:
                return at + 1  # "of Kenya Kamau Wanjiru": not "Kenya", a given name too
            rest = tail[at + 1 : index]
            if all(t.capitalised and not field_word(t) and not is_place(t.text) for t in rest):
                return at + 1
            return index
    return index


# Names of lineage that open a South Asian name: "Syed Zulfiqar Ali Rizvi"
LINEAGE_NAMES = frozenset({"syed", "syeda", "sayyid", "sayed"})


def family_name_or_lineage(tail: list[Token], start: int) -> int:
    """The name's start moved back to a Vietnamese family name before its middle name ("Vu"
    of "... of the SBV Vu Duc Thinh") or to a lineage name a few words before it ("Syed" of
    "... and Development Syed Zulfiqar Ali Rizvi")."""
    family = tail[start - 1] if start > 1 else None
    if family and is_vietnamese_middle_name(tail[start].text) and not field_word(family):
        start -= 1
    before = range(max(1, start - 3), start)
    return next((p for p in before if tail[p].text.casefold() in LINEAGE_NAMES), start)


def given_name_in_a_field(token: Token, lower_vocabulary: set[str]) -> bool:
    """A word after an office's field that opens its holder's name, not the field's last."""
    return is_given_name(token.text) and not title_like(token, lower_vocabulary)


# "Dr.", "Datuk Seri", "Sheikh": not offices ("DCCI President Sheikh X" is the president)
COURTESY_WORDS = HONORIFICS | HONORIFIC_SECOND_WORDS | {"sheikh", "sheikha"}
EXCELLENCY = frozenset({"HE", "H.E"})


def office_of(title: list[Token] | None) -> list[Token]:
    """The title's office without the honorifics that end it: "WHO Regional Director for
    Africa" of "WHO Regional Director for Africa Dr.", "NLC President" of "NLC President
    Comrade"; nothing of "Dr." alone."""
    office = list(title or [])
    second = False  # whether the word just taken was a Malay honorific's second ("Sri")
    while office:
        end = 2 if office[-1].text == "." and len(office) > 1 else 1  # "Dr" "."
        word = office[-end].text.casefold().rstrip(".")
        # ("Tan Sri", "Datuk Seri": the first word too, though "Tan" is also a surname; "HE",
        # His or Her Excellency, in capitals only: "he" is a pronoun)
        excellency = office[-end].text.rstrip(".") in EXCELLENCY
        courtesy = word in COURTESY_WORDS or excellency
        if not courtesy and not (second and word in HONORIFIC_FIRST_WORDS):
            break
        second = word in HONORIFIC_SECOND_WORDS
        del office[-end:]
    while office and office[-1].text == ",":
        office.pop()  # "The Governor of Qatar Central Bank, HE Sheikh": the comma before them
    return office


# Words between an office and the field it names: "Minister Responsible for Seniors".
OFFICE_LINKS = frozenset({"responsible"})


OFFICE_CONTINUATIONS = TITLE_WORDS | OFFICE_LINKS


def offices_with_a_field(
    tokens: list[Token], lower_case: bool = False, heads: list[int] | None = None
) -> dict[int, int]:
    """Where a sentence's offices stand that name a field after them ("Minister for ...",
    "Secretary General of ..."), each with where its field starts; most sentences have
    none, and then no run is looked at. An office before a name is written with a capital;
    `lower_case` finds those that are not, whose field is ("state executive councillor for
    Public Works, ..."): the caller keeps them only where a name ends the field. `heads`:
    where the sentence's offices' words stand, when known (else every token is asked)."""
    found = {}
    for index in range(len(tokens)) if heads is None else heads:
        token = tokens[index]
        if token.capitalised == lower_case or not heads_a_field(token.text):
            continue
        joiner = index + 1
        while joiner < len(tokens) and (
            tokens[joiner].text.casefold().rstrip(".") in OFFICE_CONTINUATIONS
        ):
            joiner += 1  # "Secretary General of OPEC", "Minister Responsible for Housing"
        if joiner < len(tokens) and tokens[joiner].text == "(":
            # "Additional Secretary (Import and Internal Trade) of the commerce ministry"
            close = next(
                (i for i in range(joiner, min(joiner + 8, len(tokens))) if tokens[i].text == ")"),
                None,
            )
            joiner = close + 1 if close is not None else joiner
        length = joiner_length(tokens, joiner)
        if not length and joiner < len(tokens) and tokens[joiner].text == "to":
            # "Ambassador to Sri Lanka Wang Lixin", "Special Envoy to Syria Geir Pedersen";
            # any office to a body: "Secretary to the Treasury Dr Elias Munthali"
            to_the = joiner + 1 < len(tokens) and tokens[joiner + 1].text == "the"
            length = int(tokens[index].text.casefold() in ENVOYS or to_the)
        if length:
            field_start = joiner + length
            if field_start < len(tokens) and tokens[field_start].text == "the":
                field_start += 1
            if lower_case and not (field_start < len(tokens) and tokens[field_start].capitalised):
                continue  # "the director of the company": no title before a name
            found[index] = field_start
    return found


def offices_before_names(
    tokens: list[Token], runs: list[list[Token]], lower_vocabulary: set[str]
) -> dict[int, int]:
    """The sentence's offices with a field (offices_with_a_field), with those written in
    lower case whose capitalised field a name ends: "Kelantan state executive councillor for
    Public Works, Infrastructure and Disaster Management Datuk Mohd Azmi Che Hassan" (not "a
    director of Goldman Sachs", whose field is an organisation)."""
    # (each word asked once for both cases; most sentences hold no office's word)
    heads = [index for index, token in enumerate(tokens) if heads_a_field(token.text)]
    if not heads:
        return {}
    offices = offices_with_a_field(tokens, heads=heads)
    lower = offices_with_a_field(tokens, lower_case=True, heads=heads)
    if not lower:
        return offices
    index_of = {id(token): index for index, token in enumerate(tokens)}
    for head, field_start in lower.items():
        for run in runs:
            start, end = index_of[id(run[0])], index_of[id(run[-1])] + 1
            found = start >= field_start and complement_title(
                tokens, {head: field_start}, start, end, lower_vocabulary
            )
            if found and holder_named(tokens[field_start : found[1]], tokens[found[1] : end]):
                offices[head] = field_start
    return offices


def holder_named(field: list[Token], name: list[Token]) -> bool:
    """Whether a lower-case office's field, then `name`, read as a portfolio and its holder:
    a name of two words or more, none a title's, a body's or a field's, nor a legal form,
    after an honorific, or opening with a given name after fields listed ("... for Public
    Works, Infrastructure and Disaster Management Datuk Mohd Azmi Che Hassan"); not the end
    of a body's name ("director of New York Communities", "director of the UCLA Anderson
    Forecast"), nor another's title ("finance chairman for New Jersey Gov. Chris Christie")."""
    words = [token for token in name if token.text != "."]
    honorific = bool(field) and field[-1].text.casefold().rstrip(".") in COURTESY_WORDS
    if honorific:
        field = field[:-1]
    listed = any(token.text in {",", "and", "&"} for token in field)
    return (
        len(words) >= 2
        and (honorific or (listed and is_given_name(words[0].text)))
        and not any(field_word(token) or is_legal_form(token.text) for token in words)
        and not any(token.text.casefold().rstrip(".") in TITLE_WORDS for token in field)
    )


def given_name_before_it(tail: list[Token]) -> bool:
    """A given name (no place) among the last words before a place's name that ends the run:
    the place is a surname ("Minister of Communications Renato Albuquerque Lima")."""
    return any(
        is_given_name(t.text) and not is_place(t.text) and not field_word(t) for t in tail[-4:-1]
    )


def named_between(between: list[Token]) -> bool:
    """Whether a person's name (a given name or initials, then a capitalised word) stands
    among the words between an office's field and a later run: the field ended there."""
    return any(
        (is_given_name(word.text) or INITIALS.fullmatch(word.text))
        and not field_word(word)
        and following.capitalised
        and not (field_word(following) or following.possessive)  # "Hue People's Committee"
        for word, following in itertools.pairwise(between)
    )


MAX_LOWERCASE_FIELD = 4  # "of the commerce ministry", "of the state-run power company"


def lowercase_field_before(
    tokens: list[Token], offices: dict[int, int], run_start: int
) -> tuple[int, int] | None:
    """(title start, name start) when the run opens right after an office whose field is
    written in lower case and ends with a body's word: "Additional Secretary of the commerce
    ministry Nasrin Chowdhury" (the whole run is the name)."""
    for head, field_start in offices.items():
        field = tokens[field_start:run_start]
        if not 0 < len(field) <= MAX_LOWERCASE_FIELD:
            continue
        words = [token.text for token in field]
        if all(LOWER_FIELD_WORD.fullmatch(word) for word in words) and words[-1] in ORG_HEADS:
            title_start = head
            while (
                title_start > 0
                and head - title_start < MAX_WORDS_BEFORE_OFFICE
                and tokens[title_start - 1].capitalised
                and not tokens[title_start - 1].possessive
            ):
                title_start -= 1
            return title_start, run_start
    return None


LOWER_FIELD_WORD = re.compile(r"[a-z][a-z-]*")


def complement_title(
    tokens: list[Token],
    offices: dict[int, int],
    run_start: int,
    run_end: int,
    lower_vocabulary: set[str],
) -> tuple[int, int] | None:
    """(title start, name start) as indices in `tokens` when the run tokens[run_start:run_end]
    ends a title with a field and a name; `offices` from offices_with_a_field; None
    otherwise."""
    lower_field = lowercase_field_before(tokens, offices, run_start)
    if lower_field is not None:
        return lower_field
    window = run_start
    opening = place_after_its_body(tokens, run_start, run_end)
    acronym_at = run_start - 1 if opening > run_start else run_start  # before "in"
    acronym_closes = bracketed_acronym_before(tokens, acronym_at)
    if acronym_closes:
        window = acronym_at - 3  # "... Trade Unions Confederation (GTUC) Irakli Tsiklauri"
    while (
        window > 0
        and run_start - window < MAX_TITLE_TOKENS
        and (
            tokens[window - 1].text in INSIDE_TITLE
            or tokens[window - 1].capitalised
            # "Chief executive of Ferrosur Metropolitano Gustavo Ferrari"
            or tokens[window - 1].text in OFFICE_CONTINUATIONS
            or describes_the_body(tokens, window - 1)
        )
    ):
        window -= 1
    head = next((i for i in offices if window <= i < run_end - 2), None)
    if head is None or offices[head] >= run_end:
        return None
    nearest = max(i for i in offices if i < run_end - 2)  # the office closest before the run
    # the office before it ("... Minister of Energy of Azerbaijan" of a list of three
    # titled people: its holder stands before the nearest office, whatever came first)
    previous = max((i for i in offices if head <= i < nearest), default=head)
    if nearest > head and holder_before_and(tokens, offices[previous], nearest, lower_vocabulary):
        # "Minister of Finance Kerem Yildirim and Oman's Minister of Commerce Salim ...": the
        # first title is the name's between; the run's own opens at the nearest office
        head = nearest
        window = max(window, nearest - MAX_WORDS_BEFORE_OFFICE)
    field_start = offices[head]
    if acronym_closes and field_start < acronym_at - 3:
        # the field ends with its acronym: the run is the name, after any honorific ("...
        # (DCPRB) Dr Esther Chepkoech") and the place the body's office is in ("(UNPLP) in
        # Mongolia Ms. X")
        start = opening
        while start < run_end - 1 and tokens[start].text.casefold().rstrip(".") in COURTESY_WORDS:
            start += 1
        return title_opening(tokens, head, window), start
    if run_start > field_start and any(map(is_office_head, tokens[run_start:run_end])):
        return None  # "Minister of X, A B, and Foreign Minister C D": C D's own title
    # (but "Minister of Environment, Water and Agriculture Dr. X": the run lists the last
    # fields, then the name)
    listing = any(token.text == "and" for token in tokens[run_start : run_end - 1])
    if run_start > field_start and tokens[run_start - 1].text == "," and not listing:
        return None  # "Minister of Energy and Mineral Resources, Bambang Sutrisno Wirjawan,"
    if named_between(tokens[offices[nearest] : run_start]):
        return None  # "Minister of Finance Ravi Gowda of the Janata Vikas Dal": his party
    tail = tokens[max(field_start, run_start) : run_end]
    placed = bool(tail) and is_place(tail[-1].text) and not given_name_before_it(tail)
    # ("... Oil Marketing Companies (Taomac) Mr X": the body its acronym spells, no name)
    last = tokens[run_end - 1].text.casefold()
    singular = last[:-3] + "y" if last.endswith("ies") else last.removesuffix("s")
    spelled = (
        (last in ORG_HEADS or singular in ORG_HEADS)  # "... Oil Marketing Companies (Taomac)"
        and run_end + 3 <= len(tokens)
        and bracketed_acronym_before(tokens, run_end + 3)
    )
    # (nor a title set off after its holder: "X, Managing Director of Gulf Horizon, said")
    a_body_only = (
        spelled
        or spelled_by_acronym_after(tokens, run_start, run_end)
        or set_off_after_its_holder(tokens, title_opening(tokens, head, window), run_end, tail)
    )
    if (
        not tail
        or set_off(tokens, run_end, offices)
        or field_word(tail[-1])
        or placed
        or a_body_only
    ):
        # "the Chairperson of the African Union Commission, Abdelkader Ben Salah": the name
        # comes after the comma, and "Court of Justice of the European Union" names no one
        return None
    start = family_name_or_lineage(tail, name_start(tail, lower_vocabulary))
    if start == 0 or any(t.text in INSIDE_TITLE for t in tail[start:]):
        return None  # no field left before the name
    if any(abstract_noun(t.text) for t in tail[start:]):
        return None  # "Director of Health Emergency Preparedness": all of it the field
    return title_opening(tokens, head, window), max(field_start, run_start) + start


def describes_the_body(tokens: list[Token], index: int) -> bool:
    """A word in lower case between "the" and a body's capitalised name: "Chairman of the
    parliamentary Finance and Budget Committee Nadim Abi Nasr", "of the ruling ..."."""
    word = tokens[index].text
    return (
        0 < index < len(tokens) - 1
        and tokens[index - 1].text == "the"
        and tokens[index + 1].capitalised
        and LOWER_FIELD_WORD.fullmatch(word) is not None
        and word not in FUNCTION_WORDS
    )


def set_off_after_its_holder(
    tokens: list[Token], title_start: int, run_end: int, tail: list[Token]
) -> bool:
    """ "Mr. Sunil Varghese, Managing Director of Gulf Horizon, said": a title set off after
    the name it belongs to, whose words after "of" name a body and no one (no given name
    among them: not "..., Secretary of Defense Pete Hegseth, and ...")."""
    return (
        title_start >= 2
        and tokens[title_start - 1].text == ","
        and tokens[title_start - 2].capitalised
        and run_end + 1 < len(tokens)
        and tokens[run_end].text in {",", ";"}
        # (not a list going on: "Wang Yi, Chairman of Huawei Liang Hua, and Commerce ...")
        and not (tokens[run_end + 1].capitalised or tokens[run_end + 1].text in {"and", "&"})
        # (the Arabic article of "Al Wakra Gate" is no given name here)
        and not any(is_given_name(t.text) and t.text not in ARABIC_ARTICLES for t in tail)
        # (nor a portfolio before a name: "Anwar Ibrahim, Minister of Economy Rafizi Ramli,")
        and not any(map(field_word, tail))
    )


def place_after_its_body(tokens: list[Token], run_start: int, run_end: int) -> int:
    """Where the run opens after a place and its honorific, when a body's acronym in
    brackets and "in" stand before it: "... Programme (UNPLP) in Mongolia Ms. Élodie
    Marchand-Dufour"; `run_start` otherwise."""
    if run_start < 4 or tokens[run_start - 1].text != "in":
        return run_start
    if not bracketed_acronym_before(tokens, run_start - 1):
        return run_start
    for end in range(run_start + 1, min(run_end - 1, run_start + 3)):
        courtesy = tokens[end].text.casefold().rstrip(".") in COURTESY_WORDS
        if courtesy and is_place(" ".join(token.text for token in tokens[run_start:end])):
            return end
    return run_start


def spelled_by_acronym_after(tokens: list[Token], run_start: int, run_end: int) -> bool:
    """ "... of the World Food Programme (WFP) in Mongolia Ms. X": the run is the body that
    the acronym in brackets after it spells, and no one's name."""
    if run_end + 3 > len(tokens) or not bracketed_acronym_before(tokens, run_end + 3):
        return False
    acronym, words = tokens[run_end + 1].text, tokens[run_start:run_end]
    letters = "".join(token.text for token in words).casefold()
    return (
        len(acronym) >= 3 and acronym[0] == words[0].text[0] and letters_in_order(acronym, letters)
    )


def holder_before_and(
    tokens: list[Token], field_start: int, office: int, lower_vocabulary: set[str]
) -> bool:
    """Whether an office's field and its holder's name stand before the "and" or comma that
    opens the title of the office at `office` ("Minister of Finance Kerem Yildirim and Oman's
    Minister ...", "... Resources Murat Aydın, Deputy Minister of ..."), not a field going on
    ("Minister of Finance and Deputy Prime Minister")."""
    joined = next(
        (
            i
            for i in range(office - 1, max(field_start, office - 2 - MAX_WORDS_BEFORE_OFFICE), -1)
            if tokens[i].text in {"and", ","}
        ),
        None,
    )
    tail = tokens[field_start:joined] if joined is not None else []
    # ("... Minister of Energy of Azerbaijan Tural Nasiroglu and ...": a country after "of";
    # "Minister of State for Fisheries Maria Smith and ...": a junior office's field)
    if len(tail) < 3 or not all(t.capitalised or t.text in {"and", ",", "of", "for"} for t in tail):
        return False
    start = name_start(tail, lower_vocabulary)
    shortest = 1 if JOINED_INITIAL_NAME.fullmatch(tail[-1].text) else 2  # "... J.Enkhbayar and"
    return 0 < start <= len(tail) - shortest and not any(field_word(t) for t in tail[start:])


def title_opening(tokens: list[Token], head: int, window: int) -> int:
    """Where the title whose office stands at `head` begins: up to three capitalised words
    before the office ("European", "Japan's Deputy" of "... Minister of ..."), within
    `window`."""
    title_start = head
    if not tokens[head].capitalised:
        # "Kelantan state executive councillor": a lower-case office's own title words first
        while (
            title_start > window
            and head - title_start < MAX_WORDS_BEFORE_OFFICE
            and not tokens[title_start - 1].capitalised
            and tokens[title_start - 1].text in TITLE_WORDS
        ):
            title_start -= 1
    title_start = capitalised_title_words_before(tokens, head, title_start, window)
    # "Special Assistant to the Prime Minister on Revenue": an aide's office to another's
    aide = title_start - 3
    if (
        aide >= window
        and [t.text for t in tokens[aide + 1 : title_start]] == ["to", "the"]
        and tokens[aide].capitalised
        and (tokens[aide].text.casefold() in AIDES or is_office_word(tokens[aide].text))
    ):
        title_start = capitalised_title_words_before(tokens, aide, aide, window)
    return title_start


def capitalised_title_words_before(
    tokens: list[Token], head: int, title_start: int, window: int
) -> int:
    """Where the capitalised words that open a title before `title_start` begin ("European",
    "Japan's Deputy" of "... Minister of ..."): up to three before the office at `head`."""
    while (
        title_start > window
        and head - title_start < MAX_WORDS_BEFORE_OFFICE
        and tokens[title_start - 1].capitalised
        and not tokens[title_start - 1].possessive  # "Spain's" is read with the title later
        # ("But LRC Director of Human Resources Mr Given Mwansa said": "But" opens the sentence)
        and tokens[title_start - 1].text.casefold() not in FUNCTION_WORDS
    ):
        title_start -= 1
    return title_start


def bracketed_acronym_before(tokens: list[Token], index: int) -> bool:
    """An acronym or a short name in brackets right before tokens[index]: "(GTUC)",
    "(Taomac)"."""
    inside = tokens[index - 2].text if index >= 3 else ""
    return (
        index >= 3
        and tokens[index - 1].text == ")"
        and tokens[index - 3].text == "("
        and tokens[index - 2].capitalised
        # not a field ("Minister of State for Petroleum Resources (Oil)") nor a party and
        # state ("Rep. Paul Ryan (R-WI)")
        and inside.casefold() not in FIELD_WORDS
        and "-" not in inside
    )
