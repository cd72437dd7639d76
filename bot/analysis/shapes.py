"""Word and phrase shapes the passes share: what an organisation's name, a person's name,
an acronym, a name suffix, a people ("Swiss") or a full name look like, read from the words
alone."""

import re

from bot.analysis.document import Token
from bot.analysis.lexicon import (
    BODY_FIELDS,
    COMPASS_WORDS,
    CORPORATE_SUFFIXES,
    DEMONYM_ENDINGS,
    DEMONYMS,
    INDUSTRY_HEADS,
    INITIAL_LETTER,
    NATIONAL_ADJECTIVES,
    ORG_HEADS,
    ORG_OPENERS,
    TITLE_FIELDS,
    TITLE_WORDS,
    TRADE_MEMBERS,
    is_legal_form,
)
from bot.analysis.names import (
    clear_gender_of,
    is_chinese_family_name,
    is_compound_given_name,
    is_given_name,
    is_surname,
    is_vietnamese_family_name,
)
from bot.analysis.places import is_place, is_region

# Capital letters, accented ones too: "TİSK" and "DİSK" are Turkish acronyms, "ÖSYM" another
# (but none ends on an accented vowel: "LIBERTÉ" is a word in capitals)
CAPITALS = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
ACRONYM = re.compile(f"[{CAPITALS}][{CAPITALS}&]{{0,5}}[A-Z&ÇĞŞŠŽČŘŃŁ]")
# The hyphenated given name of a romanised Korean name: "Sung-lac", "Jong-un", "Hye-jin".
ROMANISED_GIVEN_NAME = re.compile(r"[A-Z][a-z]+-[a-z]+")
# "(KIEP)", "(ZCCM-IH)"
ACRONYM_IN_BRACKETS = re.compile(r"^\s*\(([A-Z][A-Za-z&]{1,7}(?:-[A-Z]{1,4})?)\)")
INITIAL = re.compile(INITIAL_LETTER)
BANK_NAME = re.compile(r"[A-Z][a-z]{2,}bank")  # "Bundesbank", "Rabobank", "Citibank"
INITIALS = re.compile(r"(?:[A-Z]\.)+")  # "G.K." of "G.K. Butterfield"
# A name with its initial joined on, as Mongolian news writes names: "S.Oyunchimeg",
# "Kh.Bolormaa" (the father's initial, then the given name)
JOINED_INITIAL_NAME = re.compile(INITIAL_LETTER + r"\.[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?")
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# The Arabic article written as a word of its own: "Al Wakra Gate", "El Fasher" (no given name)
ARABIC_ARTICLES = frozenset({"Al", "El"})
# A Central Asian "son of" or "daughter of" after the father's name, in lower case: "Nurlanbek
# Sadyr uulu", "Aizada Bekmurat kyzy"
LOWER_CASE_PATRONYMICS = frozenset({"uulu", "kyzy", "qizi", "oglu", "ogly", "gyzy", "uly"})
# "ng" is Filipino's "of": "Bangko Sentral ng Pilipinas"
# ("es" is the Arabic article of "Dar es Salaam": "University of Dar es Salaam")
NAME_JOINERS = frozenset({"of", "for", "on", "ng", "cha", "es"})  # Filipino "ng", Swahili "cha"
PERSON_PARTICLES = frozenset(
    {"de", "la", "du", "des", "dos", "das", "van", "von", "der", "den", "ter", "al", "bin", "ibn"}
    | {"bint", "binti", "binte", "da", "del", "della", "di", "le", "ap"}  # Welsh "ap"
    | {"los", "las", "dela", "delos"}  # "María de los Santos", Filipino "Ramon dela Peña"
    | {"anak"}  # the Iban "child of": "Francis Jalong anak Unggang"
    | {"ul", "ud", "ur"}  # Urdu "of the": "Ehsan ul Haq Malik", "Habib ur Rehman"
    # Malaysian and Singaporean Indian "son of" and "daughter of": "Ganesan a/l Muthusamy"
    | {"a/l", "a/p", "s/o", "d/o"}
)
# Particles written with a capital inside Arabic and Maghrebi names: the word after one is
# the name's, though it is also an everyday word ("Hicham Ben Said", "Abdullah Al Mamun")
CAPITALISED_PARTICLES = frozenset({"Ben", "Bin", "Ibn", "El", "Al", "Abu", "Ould", "Ait"})


# Legal forms inside a name: not "co", which also joins "Co-op", "Co."; and no dotted form,
# which ends names only ("K.K." inside "William K.K. Wong" is his initials)
INNER_LEGAL_FORMS = frozenset(form for form in CORPORATE_SUFFIXES - {"co"} if "." not in form)


def personal_word(word: str) -> bool:
    """A name's word in lower or title case that lists know as a person's ("Pao" of "Ellen
    Pao"); a legal form in capitals ("PAO", "SA") never is."""
    return not word.isupper() and (is_surname(word) or is_given_name(word))


# Taiwan's five branches of government, each a "Yuan" ("the Legislative Yuan"); "Yuan" alone
# is a currency or a Chinese name ("Li Yuan")
BRANCHES_OF_GOVERNMENT = frozenset(
    {"executive", "legislative", "judicial", "control", "examination"}
)


def is_org(tokens: list[Token], after: str) -> bool:
    # (set tests, not loops over the words: every candidate is asked this, often twice)
    words = [token.text.casefold() for token in tokens]
    inner = words[1:-1]
    if words[-1] in ORG_HEADS or "&" in inner or words[-2:] == ["court", "martial"]:
        return True
    if words[-1] == "yuan" and len(words) == 2 and words[0] in BRANCHES_OF_GOVERNMENT:
        return True
    if len(words) > 1 and words[-1] == "international":
        return True  # "Amnesty International" (alone, "International" names nothing)
    if len(words) > 1:
        last = tokens[-1].text
        if is_legal_form(last) and not personal_word(last.rstrip(".")):
            return True  # "Gulf Horizon Energy PJSC", "PT Sinar Nikel Tbk", "Siemens AG"
        if words[0] in ORG_OPENERS:
            return True  # "Grupo Cordillera Minerales", "PT Halmahera Nikel Persada"
    if not INNER_LEGAL_FORMS.isdisjoint(inner):
        return True  # "Swiss Bank Corp International"
    # "Ministry of ...", "Massachusetts Institute of Technology", "Foundation for the ..."
    # (a joiner that ends the phrase joins nothing: the words before the last are asked)
    if not NAME_JOINERS.isdisjoint(words) and joined_head(words[:-1]) in ORG_HEADS:
        return not counsel_for_a_person(tokens)
    # "Dairy Farmers of Ireland": a trade's members of a place (as candidates join them)
    if "of" in inner and words.index("of") >= 2 and words[words.index("of") - 1] in TRADE_MEMBERS:
        return True
    acronym = ACRONYM_IN_BRACKETS.match(after)
    if not acronym or words[-1] in OFFICE_HEADS_SPELLED:
        return False  # ("Resident Electoral Commissioner (REC)": an office, its acronym)
    # (a party after a person's name, "Senator Godswill Akpabio (APC)", "Peter Obi (LP)": a
    # name opening with a title or a given name is a body's only if the letters fit it)
    # ("Mariel Special Development Zone (ZEDM)": longer than a person's name)
    given = is_given_name(tokens[0].text) and len(words) <= MAX_PERSON_WORDS
    # (an office's word, not a field's: "National Syndicate of Public Employees (SINAEP)")
    personal = words[0].rstrip(".") in TITLE_WORDS - TITLE_FIELDS or given
    return not personal or letters_in_order(acronym.group(1), "".join(words))


MAX_PERSON_WORDS = 3
# The last words of offices an article may spell by an acronym, as bodies are
OFFICE_HEADS_SPELLED = frozenset(
    "commissioner secretary officer director minister governor chairman chairperson "
    "registrar".split()
)


def counsel_for_a_person(tokens: list[Token]) -> bool:
    """ "Attorneys for Clinton": a trade's plural, then "for" and a person's name, are people
    (not "Lawyers for Human Rights", a body)."""
    return (
        len(tokens) >= 3
        and tokens[0].text.casefold() in INDUSTRY_HEADS
        and tokens[1].text == "for"
        and all(personal_word(token.text) for token in tokens[2:])
    )


def letters_in_order(acronym: str, name: str) -> bool:
    """Whether the letters of a bracketed acronym stand in the name in their order: "(KIEP)"
    in "koreainstituteforinternationaleconomicpolicy"; not "(APC)" in
    "senatorgodswillakpabio"."""
    letters = iter(name)
    return all(letter in letters for letter in acronym.casefold() if letter.isalpha())


def joined_head(words: list[str]) -> str | None:
    """The head word before a name's first "of", "for" or "on" ("ministry" of "Ministry of
    Finance", "federation" of "Departmental Federation of ..."), if one stands before it."""
    joiner = next((i for i, word in enumerate(words) if word in NAME_JOINERS), 0)
    return head_before(words, joiner) if joiner else None


def head_before(words: list[str], joiner: int) -> str:
    """The head word before "of": "ministry" of "Ministry of ...", "directorate" of
    "Directorate General of National Security" (a head with "General" after it)."""
    head = words[joiner - 1]
    if head.endswith("-general"):
        return head.removesuffix("-general")  # "Directorate-General of Civil Aviation"
    return words[joiner - 2] if head == "general" and joiner > 1 else head


def is_suffix(word: str) -> bool:
    """ "Jr", "III": part of a full name, never a name alone."""
    return word.casefold().rstrip(".") in NAME_SUFFIXES


# Endings of abstract nouns, which no person's name has ("Preparedness", "Urban Development")
ABSTRACT_ENDINGS = (
    "ness",
    "tion",
    "tions",
    "sion",
    "ment",
    "ments",
    "ity",
    "ance",
    "ence",
    "ism",
    "ency",
)
# Small words no name holds: "for Lands" cut from "Cabinet Secretary for Lands, ..."
NOT_IN_NAMES = frozenset({"for", "of", "and", "the", "in", "on", "at", "to"})


def abstract_noun(word: str) -> bool:
    named = is_surname(word) or is_given_name(word)  # "Patience", "Florence"
    return word.casefold().endswith(ABSTRACT_ENDINGS) and not named


def is_person_name(tokens: list[Token]) -> bool:
    # (not the quote marks of a nickname: 'Ramon "Monching" Villaflor')
    words = [t.text for t in tokens if t.text not in PERSON_PARTICLES and t.text[0].isalnum()]
    # (counted without a quoted nickname and a suffix: 'Enrique "Ricky" Dela Rosa Jr.')
    quoted = {t.text for t in nickname_tokens(tokens)}
    # (nor a father's or a grandfather's name after "bin": "Khalid bin Hamad bin Jassim Al
    # Thani")
    # (the last word counts: "bin Laden")
    fathers = {
        after.text
        for before, after in zip(tokens[:-2], tokens[1:-1], strict=True)
        if before.text.casefold() in FILIATION_WORDS
    }
    counted = [w for w in words if w not in quoted and w not in fathers and not is_suffix(w)]
    if not 1 <= len(counted) <= 4:
        return False
    if not NOT_IN_NAMES.isdisjoint(words):
        return False
    if len(words) == 1 and words[0].casefold().rstrip(".") in TITLE_WORDS:
        return False  # a bare title: "the Governor said"
    last = words[-1].casefold().rstrip(".")
    if last in TITLE_WORDS and not (is_surname(last) or last in TITLED_SURNAMES):
        return False  # "the State Department Spokesperson", but "John Major", "Asma Sheikh"
    for position, word in enumerate(words):
        surname = position == len(words) - 1  # alone, a surname used again: "Ruiz-Callejo"
        if HYPHENATED.search(word) and not hyphenated_name(word, surname):
            return False
        if word.isupper() and len(word) > 1 and not (INITIALS.fullmatch(word) or is_suffix(word)):
            return False
    return True


FILIATION_WORDS = frozenset({"bin", "bint", "binti", "ibn"})
QUOTE_MARKS = frozenset("\"“”‘’'")


def nickname_tokens(tokens: list[Token]) -> list[Token]:
    """The words between quote marks inside a name ("Ricky" of 'Enrique "Ricky" Dela Rosa')."""
    marks = [i for i, t in enumerate(tokens) if t.text in QUOTE_MARKS]
    if len(marks) < 2:
        return []
    return tokens[marks[0] + 1 : marks[-1]]


HYPHENATED = re.compile(r"[-‐‑]\w")
# Titles that are also South Asian and Arab family names, ending a name: "Asma Sheikh"
TITLED_SURNAMES = frozenset({"sheikh", "shaikh", "sultan", "malik", "mirza", "mzee"})


# Arabic articles and kinship words that open a hyphenated part of a name
ARABIC_NAME_OPENERS = frozenset({"el", "al", "abdel", "abdul", "abd", "abu", "ibn", "bin", "ben"})


def hyphenated_name(word: str, surname: bool) -> bool:
    """ "Korea-Japan" and "Franco-German" are adjectives; "Sung-lac" and "Jean-Marc" are
    given names, "Diaz-Perez" a surname."""
    parts = re.split(r"[-‐‑]", word)
    if not all(part[:1].isupper() for part in parts) or all(map(is_given_name, parts)):
        return True
    if parts[0].casefold() in ARABIC_NAME_OPENERS:
        return True  # "Rania El-Sayed Mansour", "Abdel-Rahman": anywhere in a name
    places = all(map(is_place, parts)) or any(is_region(p) or is_demonym(p) for p in parts)
    return surname and not places


# Endings of the abstract nouns and adjectives a body's field is made of ("Development",
# "Cooperation", "Social", "Economic"), which names of people and places seldom have.
FIELD_WORD_ENDING = re.compile(
    r"(?:ment|tion|sion|ity|ance|ence|ics|ism|ness|al|ic|ure|logy|urgy|acy|ncy)$"
)


def portfolio_word(token: Token) -> bool:
    """A word of a minister's portfolio: a field ("Energy") or an abstract word ("Natural")."""
    return token.text.casefold() in BODY_FIELDS or FIELD_WORD_ENDING.search(token.text) is not None


# Courtesy titles that are given names too ("Ato Forson" is a Ghanaian's), read as titles only
# before a full name: Amharic "Mr" in "Ato Dawit Alemayehu"
COURTESY_BEFORE_FULL_NAMES = frozenset({"Ato"})
# Academic titles written before a name as a courtesy: "Prof. Deniz Ertürk"
ACADEMIC_HONORIFICS = frozenset({"prof", "professor", "dr", "doctor"})
# Titles of courtesy, not roles: "Mrs Reagan" holds no office called "Mrs".
HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "mx", "miss", "madam", "sir", "dame", "lady", "lord", "dr", "comrade"}
    | {"mme", "mlle"}  # French "Madame", "Mademoiselle": "Mme Vasseur"
    | {"datuk", "dato", "datin", "tun", "haji", "hajah"}  # Malaysian and Muslim honorifics
    | {"encik", "cik"}  # Malay "Mr" and "Miss" ("Puan" is a given name too: Puan Maharani)
    | {"alhaji", "alhaja", "hajia", "hajiya", "mallam"}  # West African Muslim honorifics
    | {"engr", "eng", "engineer", "barr", "barrister"}  # professions as honorifics: "Engr. X"
    | {"cde"}  # Zimbabwean "Comrade": "Cde Nomalanga Ndlovu"
    | {"ir"}  # a Malaysian or Indonesian engineer: "Datuk Ir. Kamal Osman"
    | {"shri", "shrimati", "smt", "khun"}  # Indian and Thai: "Shri Rajiv Menon", "Khun Wiroj"
    | {"doña"}  # Spanish, a lady: "Doña Cecilia" ("Don" is a given name too)
    | {"mzee", "mwalimu"}  # East African, an elder, a teacher: "Mzee Yohana Mwalusamba"
    | {"nanan", "oknha"}  # an Akan chief ("Nanan Kouamé Anoh III"), a Cambodian tycoon
    | {"daw", "u"}  # Burmese: "Daw Moe Moe Aye", "U Aung Naing Soe" ("U.S." is one token)
    | {"dasho", "lyonpo", "lyonchhen"}  # Bhutanese: "Dasho X", a minister "Lyonpo X"
    | {"kgosi", "kgosikgolo"}  # a Setswana chief: "Kgosi Tumelo Ramorwa"
    | {"afioga", "susuga"}  # Samoan, of chiefs and orators: "Afioga Tofilau Leavasa"
    | {"advocate", "adv"}  # South Asian and South African lawyers: "Adv Thandiwe Nkosi"
    | {"sardar", "mian"}  # Pakistani (and Sikh): "Sardar Imtiaz Ali Khosa", "Mian Aftab Qureshi"
    | {"hon", "honourable", "honorable"}  # of lawmakers and ministers in Ghana, Nigeria,
    # Kenya, Malawi: "Hon. Patrick Boakye", "Honourable Bright Phiri"
    | {"h.e"}  # "His (or Her) Excellency", of ministers and envoys: "H.E. Sok Vannak"
    | {"hh", "h.h", "sayyid", "sayyida"}  # "His Highness", Omani royals: "HH Sayyid X"
    | {"ing"}  # an engineer, in Ghana and much of Europe: "Ing. Kwadwo Ampofo Darko"
    | {"pak", "bu", "bapak", "ibu"}  # Indonesian, "Mr" and "Mrs": "Pak Bambang", "Bu Rina"
    | {"atty"}  # a Philippine lawyer: "Atty. Cristina Villareal"
    | {"bwana", "mama"}  # Swahili "Mr" and "Mrs": "Bwana Selemani Mfinanga", "Mama Zawadi"
    | {"woizero", "weizero"}  # Amharic "Mrs": "Woizero Almaz Tesfaye" (not "Ato": a Fante name)
    | {"mntfwanenkhosi", "inkhosikati"}  # Swazi, of a prince and a chief's wife or queen
    | {"licenciado", "licenciada", "lic"}  # Spanish, of a graduate: "Licenciado Arosemena"
    | {"togbe"}  # an Ewe chief: "Togbe Kwasi Adzonu V" (Fijian "Ratu" is kept in the name)
)
# The second word of a Malaysian honorific ("Datuk Seri", "Tan Sri", "Dato' Sri")
HONORIFIC_SECOND_WORDS = frozenset({"seri", "sri", "wira", "paduka"})
HONORIFIC_FIRST_WORDS = frozenset({"datuk", "dato", "tan", "tun", "puan"})


def national_body(tokens: list[Token]) -> bool:
    """ "Philippine Coast Guard" ("Philippine" is a French given name too), not "German
    Ortega": a country's adjective before two words or more ("Coast Guard", "Red Cross"), or
    before one that is no known surname."""
    if len(tokens) < 2 or tokens[0].text.casefold() not in NATIONAL_ADJECTIVES:
        return False
    last = tokens[-1].text
    if is_demonym(last.removesuffix("s")) or "." in last:
        return False  # "Cuban Americans", "Syrian U.N. (envoy)": a people, an office
    # "Georgian Dream", "Philippine Atmospheric ..."; "German Gref" (a Russian banker) is read
    # so too, as the lists know no "Gref"
    return len(tokens) > 2 or not is_surname(last)


SAINTS_OF_PLACES = frozenset({"San", "São", "Sao", "Santo"})
# What is named for a monarch, though its word is a surname too ("Park", "Garden")
ROYAL_VENUES = frozenset({"Park", "Gardens", "Garden", "Stadium", "Field"})


def royal(title: Token) -> bool:
    """ "King", "Queen", "Prince": a monarch's or a royal's title."""
    return title.text.casefold() in {"king", "queen", "prince", "princess", "sultan", "emir"}


def looks_like_full_name(tokens: list[Token]) -> bool:
    """A known given name, a romanised one ("Sung-lac") or a middle initial ("Vann R.
    Newkirk") makes a capitalised phrase a person's full name."""
    first = tokens[0].text
    # ("West Yorkshire": a compass word before a word no surname is a region)
    compass = first.casefold() in COMPASS_WORDS and not is_surname(tokens[-1].text)
    # ("Al Jazeera", "Al Arabiya": the Arabic article before a word no surname, not "Al Gore")
    article = first in {"Al", "El"} and len(tokens) == 2 and not is_surname(tokens[1].text)
    # ("Jan-Hendrik Coetzee": a compound given name before a surname)
    compound = len(tokens) > 1 and is_compound_given_name(first)
    given = (is_given_name(first) or compound) and not is_region(first)
    # ("San Fernando del Valle de Catamarca", "São Paulo": a saint's name, a place's)
    saint = first in SAINTS_OF_PLACES and len(tokens) > 1
    given = given and not compass and not article and not saint
    return (
        (given and not national_body(tokens))
        # (the cheap tests first: these are asked of most capitalised phrases)
        or any("-" in token.text and ROMANISED_GIVEN_NAME.fullmatch(token.text) for token in tokens)
        or (len(tokens) > 2 and any(INITIAL.fullmatch(token.text) for token in tokens[1:-1]))
    )


def is_demonym(word: str) -> bool:
    # An unlisted people by its ending ("Mancunian") only past five letters: "Mian" is an
    # honorific, "Qian", "Jian", "Sean" and "Brian" given names
    # ("-ish" only past six: "English", "Kurdish"; "Satish", "Manish" are given names)
    return (
        word.casefold() in DEMONYMS
        or (len(word) > 5 and word.endswith(DEMONYM_ENDINGS))
        or (len(word) > 6 and word.endswith("ish"))
    )


def family_name_written_first(words: list[str]) -> bool:
    """ "Kim Jong-un", "Wang Yi", "Tan Wei Jie", "Nguyen Van An": a name whose first word is
    the family name, which tells nothing of its bearer's sex."""
    return (
        len(words) > 1
        and (
            any(ROMANISED_GIVEN_NAME.fullmatch(word) for word in words[1:])
            or (len(words) == 2 and is_chinese_family_name(words[0]))
            # "Tan Wei Jie", "Lim Ah Kow", "Chong Wei Ming": a family name and a given name of two
            # syllables
            or (
                len(words) == 3
                and is_chinese_family_name(words[0])
                and max(map(len, words[1:])) <= 4
            )
            or is_vietnamese_family_name(words[0])
        )
    )


def given_name_after_family_name(words: list[str]) -> bool:
    """ "Tanaka Hiroshi", "Sato Yumiko": a family name that is no given name, then a given
    name that is no family name, as some Asian news writes Japanese names."""
    first, second = (words[0], words[1]) if len(words) == 2 else ("", "")
    return (
        second.isalpha()
        and is_surname(first)
        and not is_given_name(first)
        and is_given_name(second)
        and not is_surname(second)
    )


def clear_sex_of(name: str) -> str | None:
    """ "M" or "F" when the given name of `name` tells it clearly ("Li" of "Li Wenhao" is his
    family name and tells nothing; "Hiroshi" of "Tanaka Hiroshi" tells it)."""
    words = name.split()
    if given_name_after_family_name(words):
        return clear_gender_of(words[1])
    return None if family_name_written_first(words) else clear_gender_of(words[0])
