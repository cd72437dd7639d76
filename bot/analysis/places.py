"""Names of countries, US states, continents, capitals and large cities (GeoNames, CC BY 4.0;
see scripts/make_places.py): a capitalised name that is a place is not an actor unless the
text says otherwise ("President Jackson", "Lincoln said")."""

import re
import unicodedata
from functools import cache, lru_cache
from importlib import resources


@cache
def places() -> dict[str, str]:
    """Casefolded place name -> "region" (a country, US state or continent) or "city"."""
    text = resources.files("bot.analysis").joinpath("places.txt").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line)
    return {name.casefold(): kind for kind, name in rows}


def without_accents(name: str) -> str:
    """ "Cordoba" of "Córdoba", "Sao Paulo" of "São Paulo"."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def place_key(name: str) -> str:
    key = name.casefold()
    if key.isascii():
        return key
    return without_accents(key.replace("đ", "d").replace("’", "'"))


@cache
def places_run_together() -> dict[str, str]:
    """The places by their names without spaces: "hanoi" for Vietnamese "Hà Nội"."""
    return {name.replace(" ", ""): kind for name, kind in places().items()}


@lru_cache(maxsize=65536)  # asked of most capitalised words, many times an article
def place_kind(name: str) -> str | None:
    key = place_key(name)
    kind = places().get(key)
    if kind is None and " " in key and VIETNAMESE_LETTER.search(name):
        kind = places_run_together().get(key.replace(" ", ""))  # "Hà Nội", "Đà Nẵng"
    return kind


# Letters only Vietnamese writes, whose places are written in syllables ("Hà Nội")
VIETNAMESE_LETTER = re.compile("[\u1ea0-\u1ef9ơưđăƠƯĐĂ]")


def is_place(name: str) -> bool:
    return place_kind(name) is not None


def is_region(name: str) -> bool:
    """A country, US state or continent: never a person, however it is used."""
    return place_kind(name) == "region"
