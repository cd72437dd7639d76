"""Given names and surnames of the 1990 US Census (public domain, shipped by the `names`
package): evidence that a capitalised phrase is a person, and the gender of a given name for
resolving "she said"."""

from functools import cache
from importlib import resources

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


def is_given_name(word: str) -> bool:
    return word.casefold() in given_names()


def is_surname(word: str) -> bool:
    return word.casefold() in surnames()


def gender_of(given_name: str) -> str | None:
    return given_names().get(given_name.casefold())
