"""Given names and surnames of the 1990 US Census (public domain, shipped by the `names`
package) and given names of some 80 countries (Faker's person providers, MIT): evidence that
a capitalised phrase is a person, and the gender of a given name for resolving "she said"."""

import importlib
import pkgutil
import unicodedata
from functools import cache, lru_cache
from importlib import resources

import faker.providers.person

from bot.analysis.lexicon import COMMON_WORDS, FUNCTION_WORDS, word_list

# Surnames beyond this rank include too many ordinary words ("Stone", "Rich", "Street").
SURNAME_RANKS = 20000


def read_rows(filename: str, limit: int | None = None) -> list[tuple[str, float]]:
    """(name, frequency in percent) rows of a census file, most frequent first."""
    text = resources.files("names").joinpath(filename).read_text(encoding="utf-8")
    rows = [line.split() for line in text.splitlines() if line.strip()]
    return [(row[0].casefold(), float(row[1])) for row in rows[:limit]]


@cache
def given_names() -> dict[str, str]:
    """Given name -> "M" or "F", whichever use of the name is more frequent."""
    female = dict(read_rows("dist.female.first"))
    male = dict(read_rows("dist.male.first"))
    return {
        name: "M" if male.get(name, 0.0) >= female.get(name, 0.0) else "F"
        for name in female.keys() | male.keys()
    }


@cache
def surnames() -> frozenset[str]:
    return frozenset(name for name, _ in read_rows("dist.all.last", SURNAME_RANKS))


def ukrainian_spellings(name: str) -> tuple[str, ...]:
    """ "Serhii" as the official romanisation writes it and "Serhiy" as most news does."""
    return (name, name[:-2] + "iy") if name.endswith("ii") else (name,)


@cache
def world_given_names() -> dict[str, str | None]:
    """Given names in Latin script from Faker's locales ("Wasim", "Taro", "Giorgio") ->
    "M", "F", or None where the lists give the name to both or to neither."""
    genders: dict[str, set[str]] = {}
    for module in pkgutil.iter_modules(faker.providers.person.__path__):
        locale = importlib.import_module(f"faker.providers.person.{module.name}")
        provider = locale.Provider
        # Russian and Ukrainian names are written in Cyrillic there; their locales carry the
        # transliteration news in English uses ("Петро" -> "Petro", "Дмитрий" -> "Dmitriy")
        romanise = getattr(locale, "translit", None)
        for attribute, gender in (
            ("first_names", ""),
            ("first_names_male", "M"),
            ("first_names_female", "F"),
            # Japanese and Chinese names in Latin script, without a gender: "Li" is a
            # woman's given name there and the family name of many men.
            ("first_romanized_names", ""),
        ):
            names = getattr(provider, attribute, None)
            if isinstance(names, dict | tuple | list):
                for name in names:
                    key = name_form(romanise(name) if romanise else name)
                    if key.isascii():  # Latin script, accents folded: "Rocío", "Inés"
                        for spelling in ukrainian_spellings(key):
                            genders.setdefault(spelling, set()).add(gender)
    return {
        name: next(iter(found - {""})) if len(found - {""}) == 1 else None
        for name, found in genders.items()
    }


@cache
def chinese_family_names() -> frozenset[str]:
    """Chinese family names in Latin script (Faker's zh_CN and zh_TW lists, and the southern
    romanisations: "Wong", "Tan"): "Wang Yi" is Wang later, the family name written first."""
    from faker.providers.person import zh_CN, zh_TW

    lists = (zh_CN.Provider.last_romanized_names, zh_TW.Provider.last_romanized_names)
    pinyin = frozenset(name.casefold() for names in lists for name in names)
    return pinyin | word_list("southern_chinese_family_names")


def is_chinese_family_name(word: str) -> bool:
    return word.casefold() in chinese_family_names()


CHINESE_SYLLABLE = 6  # letters of a romanised syllable at most ("Zhuang")


def chinese_syllable(word: str) -> bool:
    """A romanised syllable of a Chinese given name: a short word of letters ("Hao", "Ying")."""
    return word.isalpha() and len(word) <= CHINESE_SYLLABLE


def western_given_name_before_chinese_name(words: list[str]) -> bool:
    """ "Rachel Koh Mei Lin", as Singapore and Malaysia write names: a Western given name,
    then a Chinese family name and a given name of two short syllables."""
    return (
        len(words) == 4
        and is_given_name(words[0])
        and not is_chinese_family_name(words[0])
        and is_chinese_family_name(words[1])
        and all(chinese_syllable(word) for word in words[2:])
    )


@cache
def vietnamese_family_names() -> frozenset[str]:
    """Vietnamese family names, accents folded (Faker's vi_VN list): "Tran Van Duc" is
    written family name first, so "Tran" says nothing of who is "he"."""
    from faker.providers.person import vi_VN

    return frozenset(name_form(name) for name in vi_VN.Provider.last_names)


# A Vietnamese middle name that says a man's or a woman's name: "Van", "Thi"
VIETNAMESE_MIDDLE_GENDER = {"van": "M", "thi": "F"}


def vietnamese_gender(words: list[str]) -> str | None:
    """ "M" or "F" for "Tran Van Duc", "Nguyen Thi Thu Hang"; None for other names."""
    if len(words) not in (3, 4) or name_form(words[0]) not in vietnamese_family_names():
        return None
    return VIETNAMESE_MIDDLE_GENDER.get(name_form(words[1]))


@cache
def vietnamese_middle_names() -> frozenset[str]:
    """Vietnamese middle names, accents folded (Faker's vi_VN list), but not the ones that are
    everyday English words ("The") or Chinese family names ("Tan" of "Tan Jianping"): "Van"
    of "Do Van Khoa", "Duc" of "Vu Duc Thinh"."""
    from faker.providers.person import vi_VN

    forms = {name_form(name) for names in vi_VN.Provider.middle_names for name in names.split()}
    chinese = chinese_family_names()
    return frozenset(f for f in forms if f not in COMMON_WORDS and f not in chinese and len(f) > 2)


def is_vietnamese_middle_name(word: str) -> bool:
    return word[:1].isupper() and name_form(word) in vietnamese_middle_names()


@cache
def vietnamese_given_names() -> frozenset[str]:
    """Vietnamese given names, accents folded (Faker's vi_VN lists), but not everyday English
    words: "Minh" and "Khoa" of "Do Minh Khoa"."""
    from faker.providers.person import vi_VN

    provider = vi_VN.Provider
    names = (*provider.first_names_male, *provider.first_names_female)
    forms = {name_form(part) for name in names for part in name.split()}
    return frozenset(f for f in forms if f not in COMMON_WORDS and len(f) > 2)


def is_vietnamese_given_name(word: str) -> bool:
    return word[:1].isupper() and name_form(word) in vietnamese_given_names()


def is_vietnamese_family_name(word: str) -> bool:
    """ "Nguyen", "Trần": a name that opens a Vietnamese name, family name first."""
    return name_form(word) in vietnamese_family_names()


# Letters Unicode gives no decomposition, read as the Latin letter they are written for
# ("Michał", "Kılınç", "Đặng", "Søren"); search folds by them too
UNDECOMPOSED = {"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ħ": "h"}
UNDECOMPOSED_LETTERS = str.maketrans({**UNDECOMPOSED, "Æ": "Ae", "æ": "ae"})


@lru_cache(maxsize=65536)
def name_form(word: str) -> str:
    """A name's lookup key: case and accents folded ("Álvaro" -> "alvaro")."""
    if word.isascii():  # most words: no accents to fold (NFKD leaves ASCII as it is)
        return word.casefold()
    decomposed = unicodedata.normalize("NFKD", word.translate(UNDECOMPOSED_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


# Muhammad written short before a name, as South and Southeast Asian news writes it: "Md
# Rafiqul Alam Sarker", "Mohd Azmi" (exactly so: "MD" is a managing director)
ABBREVIATED_GIVEN_NAMES = frozenset({"Md", "Mohd", "Muhd"})


@lru_cache(maxsize=65536)  # asked of most capitalised words, many times an article
def is_given_name(word: str) -> bool:
    key = name_form(word)
    # (not a function word a world list happens to hold: "As" of "As Reuters reported")
    if word.casefold() in FUNCTION_WORDS:
        return False
    return key in given_names() or key in world_given_names() or word in ABBREVIATED_GIVEN_NAMES


def is_compound_given_name(word: str) -> bool:
    """ "Jan-Hendrik", "Karl-Heinz": two given names joined (not "Al-Hassan", a particle
    first); asked only before a surname, as a firm may join two ("Ashton-Tate")."""
    parts = word.split("-")
    return len(parts) == 2 and all(
        len(part) > 2 and part[:1].isupper() and is_given_name(part) for part in parts
    )


def is_surname(word: str) -> bool:
    return word.casefold() in surnames()


CLEAR_GENDER_RATIO = 20  # "Bill", "Hillary"; not "Lindsey" (9:1), "Dana" or "Terry"


@cache
def census_frequencies() -> tuple[dict[str, float], dict[str, float]]:
    return dict(read_rows("dist.female.first")), dict(read_rows("dist.male.first"))


# ("Jan Peeters ... he said": a Dutch man, though the US census knows Jan as a woman)
GIVEN_NAMES_BOTH_SEXES = word_list("given_names_both_sexes")


def clear_gender_of(given_name: str) -> str | None:
    """ "M" or "F" when nearly everyone with the given name is a man or a woman (the census,
    else the world lists); None for names both bear ("Lindsey", "Dana") or unknown ones."""
    key = name_form(given_name)
    if key in GIVEN_NAMES_BOTH_SEXES:
        return None
    female, male = (table.get(key, 0.0) for table in census_frequencies())
    if not (female or male):
        return world_given_names().get(key)
    if female >= CLEAR_GENDER_RATIO * male:
        return "F"
    if male >= CLEAR_GENDER_RATIO * female:
        return "M"
    return None


def gender_of(given_name: str) -> str | None:
    key = name_form(given_name)
    if key in GIVEN_NAMES_BOTH_SEXES:
        return None
    return given_names().get(key) or world_given_names().get(key)
