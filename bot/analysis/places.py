"""Names of countries, capitals, US states, continents and large cities (GeoNames, CC BY 4.0;
see scripts/make_places.py): a capitalised name that is a place is not an actor unless the
text says otherwise ("President Jackson", "Lincoln said")."""

from functools import cache
from importlib import resources


@cache
def place_names() -> frozenset[str]:
    text = resources.files("bot.analysis").joinpath("places.txt").read_text(encoding="utf-8")
    return frozenset(line.casefold() for line in text.splitlines() if line)


def is_place(name: str) -> bool:
    return name.casefold() in place_names()
