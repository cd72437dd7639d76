"""Bylines, credits and datelines: the article's makers and where it was filed, not its
news."""

import re

# Bylines and credits name the article's makers, not people in the news: "By Rachel Kim",
# "Reporting by ...; Editing by ...", "Photo: Reuters/Kevin Lamarque", "Copyright 2026 ...".
CREDIT_LINE = re.compile(
    r"^\(?\s*(?:(?:(?:additional )?reporting|editing|writing|compiled|edited|written|"
    r"photos?|photographs?|images?|video|graphics?) by\b|by [A-Z]|"
    r"(?:photos?|photographs?|images?|pictured|credit|source|file photo)\s*:|copyright\b|©)",
    re.IGNORECASE,
)
CREDIT_WORDS = re.compile(
    r"\b(?:additional|reporting|editing|writing|compiled|edited|written|photos?|"
    r"photographs?|images?|video|graphics?|pictured|credit|source|file|photo|by|copyright)\b",
    re.IGNORECASE,
)
CREDIT_SMALL_WORDS = frozenset({"and", "in", "of", "the", "for", "staff", "writer", "writers"})
# "WASHINGTON (Reuters) - ", "SEOUL — ": where a wire story was filed.
DATELINE = re.compile(r"^[A-Z][A-Z.,' ]{2,40}(?:\([^()]{1,30}\))?\s*(?:--|[-—–])\s+")
# ... and with its date: "LA PAZ, Dec 3 - ", "ISTANBUL, Oct 27 (Reuters) - ", "LOKOJA — ",
# "LAUTOKA: "
FILED_FROM = re.compile(
    r"(?P<city>[A-Z][A-Z.' ]{2,40})"
    r"(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}))?"
    r"(?:\s*\([^()]{1,30}\))?\s*(?P<mark>--|[-—–:])\s+"
)


def is_credit(text: str) -> bool:
    """A byline or credit: its cue words, then names only ("Reporting by Rachel Kim; Editing
    by Mark Potter"), unlike a caption ("Image: Braverman with France's interior minister")."""
    if not CREDIT_LINE.match(text):
        return False
    rest = CREDIT_WORDS.sub(" ", text)
    return not any(word not in CREDIT_SMALL_WORDS for word in re.findall(r"\b[a-z]+\b", rest))


def without_dateline(sentence: str) -> str:
    return DATELINE.sub("", sentence, count=1)
