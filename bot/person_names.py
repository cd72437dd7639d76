"""The parts of a person's full name and when two full names may be one person: "James B.
Comey Jr", "James Comey" and "Jim Comey" may; "George W. Bush" and "George H.W. Bush" may
not, nor "Donald Trump Jr" and "Donald Trump".

Given-name short forms come from the `nicknames` package (a hand-curated English list).
"""

import re
from dataclasses import dataclass
from functools import cache

from nicknames import NickNamer

from bot.analysis.document import name_key
from bot.analysis.shapes import ROMANISED_GIVEN_NAME, is_suffix

INITIAL = re.compile(r"^(?:[A-Z]\.?)+$")  # "B.", "H.W.", "J"


@dataclass(frozen=True)
class PersonName:
    given: str  # name key of the first word: "james"
    middles: frozenset[str]  # first letters of the middle names and initials: {"b"}
    surname: str  # name key of the last word: "comey"
    suffix: str  # "jr", "sr", "iii" or ""

    @property
    def is_full(self) -> bool:
        return bool(self.given)


def parse_name(name: str) -> PersonName:
    """ "James B. Comey Jr" -> given "james", middles {"b"}, surname "comey", suffix "jr";
    a one-word name has only a surname."""
    words = name.split()
    suffix = ""
    while len(words) > 1 and is_suffix(words[-1]):
        suffix = name_key(words.pop())
    if len(words) == 1:
        return PersonName("", frozenset(), name_key(words[0]), suffix)
    if family_name_first(words):  # "Yoon Seo-jin": "Minister Yoon" is Yoon Seo-jin
        return PersonName(name_key(words[1]), frozenset(), name_key(words[0]), suffix)
    middles = frozenset(
        letter.casefold() for word in words[1:-1] for letter in middle_letters(word)
    )
    return PersonName(name_key(words[0]), middles, name_key(words[-1]), suffix)


def family_name_first(words: list[str]) -> bool:
    """A two-word name written family name first, told by its romanised Korean given name
    ("Kim Jong-un", "Yoon Seo-jin"). Unhyphenated ones ("Wang Yi", "Lee Jae Myung") cannot
    be told from an English name by their words alone and keep the last word."""
    return len(words) == 2 and bool(ROMANISED_GIVEN_NAME.fullmatch(words[1]))


def middle_letters(word: str) -> str:
    """ "H.W." -> "HW" (initials), "Rodham" -> "R" (a middle name counts by its initial)."""
    if INITIAL.fullmatch(word):
        return word.replace(".", "")
    return word[:1]


@cache
def nick_namer() -> NickNamer:
    return NickNamer()


def same_given_name(a: str, b: str) -> bool:
    """ "jim" and "james", "bernie" and "bernard", an initial and a name it begins."""
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    namer = nick_namer()
    return b in namer.nicknames_of(a) or a in namer.nicknames_of(b)


def is_short_form(given: str, of: str) -> bool:
    """ "jim" of "james"."""
    return given != of and given in nick_namer().nicknames_of(of)


def may_be_same_person(a: PersonName, b: PersonName) -> bool:
    """Two full names of one surname may be one person when nothing in them contradicts it:
    the given names agree (short forms count), the middle initials agree where both have
    them, and the generational suffixes agree. A suffix only one of them has contradicts
    unless that name also gives middle initials, as formal full names do ("James B. Comey
    Jr" is James Comey; "Donald Trump Jr" is not Donald Trump)."""
    if a.surname != b.surname or not (a.is_full and b.is_full):
        return False
    if not same_given_name(a.given, b.given):
        return False
    if a.middles and b.middles and a.middles != b.middles:
        return False
    if a.suffix and b.suffix:
        return a.suffix == b.suffix
    suffixed = a if a.suffix else b if b.suffix else None
    return suffixed is None or bool(suffixed.middles)


def closeness(a: PersonName, b: PersonName) -> tuple[bool, bool, bool]:
    """How exactly two compatible names agree (suffix, given name, middles): a name that
    fits several people goes to the one it agrees with most exactly, if only one."""
    return (a.suffix == b.suffix, a.given == b.given, a.middles == b.middles)


def specificity(name: PersonName) -> int:
    """How much a name tells apart: middle initials and a suffix each count."""
    return len(name.middles) + (1 if name.suffix else 0)


def surname_key(name: str, kind: str) -> str:
    """The key that groups the actors that may be one person: a person's surname ("comey"
    of "James B. Comey Jr"), or a one-word name of any kind ("Aso said" taken for an
    organisation may be Taro Aso); acronyms and other organisations have none."""
    words = name.split()
    if kind == "PER" or (len(words) == 1 and not name.isupper()):
        return parse_name(name).surname
    return ""
