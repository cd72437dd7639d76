"""What a stated role is: a title or an occupation, a noun phrase ("Texas Sen.", "senator
from Vermont", "former Secretary of State"), never a clause ("said to have pressed for
...", "tied with Trump at 42 percent"), an opinion ("seen as a loose cannon"), an adjective
("Jewish") or another person's title ("Democratic presidential nominee Hillary Clinton").

`clean_role` keeps the role part of a stated phrase or rejects it; `role_form` gives the
normal form that groups the ways one title is written: abbreviations expanded ("Sen."),
case folded, time markers ("former", "then", "acting") read apart from the title, and the
qualifier kept in any order ("Texas Senator" and "senator from Texas" are one).
"""

import functools
import re
from dataclasses import dataclass

from bot.analysis.lexicon import (
    ARTICLES,
    BODY_FIELDS,
    CALENDAR_WORDS,
    COMMON_WORDS,
    FUNCTION_WORDS,
    ORG_HEADS,
    PAST_MARKERS,
    RANK_WORDS,
    ROLE_NOUNS,
    TITLE_ABBREVIATIONS,
    TITLE_MODIFIERS,
    TITLE_WORDS,
)
from bot.analysis.names import is_given_name, is_surname
from bot.analysis.places import is_place
from bot.analysis.roles import compounds_a_role, end_of_the_body_name
from bot.analysis.roles import is_verb_form as verb_before_a_role
from bot.analysis.shapes import FIELD_WORD_ENDING, is_demonym
from bot.analysis.titles import OFFICE_LINKS

MAX_ROLE_WORDS = 16
# Words after which a role phrase goes on as a clause: cut there ("senator from Vermont
# who is running ...", "former secretary of state bidding to make history").
# (and a label's verb: "businessman known across Kakheti as the 'Saperavi Baron'")
LABEL_VERBS = frozenset({"known", "nicknamed", "dubbed", "called"})
LABEL_ADVERBS = frozenset({"well", "better", "best", "widely", "also", "locally", "popularly"})
CLAUSE_OPENERS = frozenset({"who", "whom", "whose", "which", "that", "whereas", "because"})
# What follows a label's verb ("as", "for", "across", "locally"), beside prepositions and
# articles
LABEL_FOLLOWERS = frozenset(
    {"as", "for", "across", "throughout", "among", "around", "locally", "widely", "internally"}
    | {"of", "from", "at", "in", "to", "on", "with", "by", "the", "a", "an"}
)
PREPOSITIONS = frozenset(
    {"of", "for", "from", "at", "in", "to", "on", "with", "by", "under", "over", "since"}
)
QUALIFIER_WORDS = frozenset({"of", "for", "from", "the", "at"})
# A speaker's own words, not a title: "our fabulous president".
FIRST_AND_SECOND_PERSON = frozenset({"i", "me", "my", "we", "us", "our", "you", "your"})
AGE = re.compile(r"^\d+-year-old$")
# Words a title ends with; "State" alone is left of "Secretary of State" cut short.
HEAD_WORDS = ROLE_NOUNS | TITLE_WORDS - {"state", "national", "home"}


def words_of(text: str) -> list[str]:
    return text.split()


def capitalised_compound(word: str) -> bool:
    """ "Metal-Sen", a union's name of capitalised parts, which holds no abbreviated title
    ("then-Sen." does)."""
    return "-" in word and all(part[:1].isupper() for part in word.split("-"))


def bare(word: str) -> str:
    """ "Sen." -> "senator", "co-chair" -> "chair", "nominee's" -> "nominee"."""
    named = capitalised_compound(word.strip('.,;:"“”()'))
    word = re.sub(r"['’]s$", "", word.casefold()).strip('.,;:"“”()')
    word = TITLE_ABBREVIATIONS.get(word, word)
    last = word.split("-")[-1]
    return word if named and last in TITLE_ABBREVIATIONS else last


# Endings of nouns for what people do ("meteorologist", "banker", "politician"); others
# ("-ent", "-ary", "-ee") end as many things ("percent", "primary", "committee").
OCCUPATION_ENDINGS = ("ist", "er", "or", "man", "woman", "person", "ian")
# Words run together from a caption or a byline: "PRESSOhio", "BushASSOCIATED" (longer than
# an acronym written with a small letter: "MoEC", "DfID")
RUN_TOGETHER = re.compile(r"[A-Z]{2,}[a-z]|[a-z][A-Z]{2,}")
RUN_TOGETHER_LENGTH = 7


def is_verb_form(word: str) -> bool:
    plain = word.casefold()
    return (
        plain not in PAST_MARKERS
        and plain.endswith(("ing", "ed"))
        and len(plain) > 4
        and verb_before_a_role(plain)
    )


def is_title_head(word: str) -> bool:
    """A word a title or an occupation ends with: "Sen.", "co-chair", "meteorologist"."""
    head = bare(word)
    if head in HEAD_WORDS or compounds_a_role(head):
        return True  # ("archpriest", "steelworker": a role noun after a stem)
    return (
        head.isalpha()
        and len(head) > 5
        and head.endswith(OCCUPATION_ENDINGS)
        and head not in COMMON_WORDS
        and not (word[:1].isupper() and is_demonym(word))  # "Canadian", not "politician"
        # "Ecuador", "Petroecuador": a place, or a name that ends with one, not an "-or"
        and not (word[:1].isupper() and any(is_place(word[at:]) for at in range(len(word) - 4)))
    )


def names_a_person(words: list[str]) -> bool:
    """A given name followed by a capitalised word: "... nominee Hillary Clinton"."""
    return any(
        a[:1].isupper()
        and b[:1].isupper()
        and is_given_name(a.strip(".,"))
        and is_surname(b.strip(".,"))
        and not {bare(a), bare(b)} & HEAD_WORDS
        for a, b in zip(words, words[1:], strict=False)
    )


PREPOSITIONS_AND_ARTICLES = PREPOSITIONS | ARTICLES


FIELD_JOINERS = frozenset({"and", "&", "of", "the"})


def ends_a_title(before: list[str], later: list[str]) -> bool:
    """Whether "and" after `before` joins something other than more of the title (`later`:
    the words after "and")."""
    following = later[0]
    plain = following.casefold()
    if plain in ARTICLES:
        # "Minister of Finance and the Public Service": a field, capitalised, after "of"
        # (not "secretary of state and the Democratic nominee": the words after it all
        # capitalised, the title's last field)
        # ("... for Sustainability and the Environment, and Trade and Industry": more fields)
        named_field = (
            plain == "the"
            and len(later) > 1
            and later[1][:1].isupper()
            and all(w[:1].isupper() or w.casefold() in FIELD_JOINERS for w in later[2:])
        )
        return not (named_field and {"of", "for"} & {word.casefold() for word in before})
    titled = any(is_title_head(word) for word in before)
    more_title = is_title_head(following) or plain in TITLE_WORDS or plain in TITLE_MODIFIERS
    # ("founder and managing director of ...": a second title, its head the next word)
    # (not "former mayor of Nice and currently president of ...": another, held now)
    # (not "and his deputy Jane Wanjiru", "and was governor", "and now foreign minister")
    # (a rank opens the second title: "founder and managing director")
    second = len(later) > 1 and later[1].casefold() in TITLE_WORDS and plain in RANK_WORDS
    more_title = more_title or second
    # "minister of mines and energy": another field of the portfolio named after "of"
    field = bool({"of", "for"} & {word.casefold() for word in before}) and (
        plain in BODY_FIELDS or FIELD_WORD_ENDING.search(plain) is not None
    )
    # "copper and gold trader": a word an occupation's by its ending only ("copper"), then
    # the goods' shared head
    shared_head = (
        not any(bare(word) in HEAD_WORDS for word in before)
        and len(later) > 1
        and bare(later[1]) in HEAD_WORDS
    )
    return titled and not more_title and not field and not shared_head and following[:1].islower()


def opens_a_clause(words: list[str], index: int) -> bool:
    """A relative word, or a verb form after the title that goes on with a preposition or
    ends the phrase ("bidding to make history"; not "negotiating committee")."""
    word = words[index]
    following = words[index + 1 : index + 2]
    if word.casefold() in LABEL_VERBS:
        # "known as", "known for his work", "dubbed 'the ...'"; not "a well known lawyer"
        after = following[0].casefold() if following else ""
        return not after or after in LABEL_FOLLOWERS or not after[:1].isalpha()
    if word.casefold() in CLAUSE_OPENERS:
        return True
    return (
        is_verb_form(word)
        and not word[:1].isupper()  # "Ministry of Labour and Vocational Training": a name's
        and any(bare(w) in HEAD_WORDS for w in words[:index])
        and (not following or following[0].casefold() in PREPOSITIONS_AND_ARTICLES)
    )


# A field in brackets after an office: "Joint Secretary (Economic Relations)".
BRACKETED_FIELD = re.compile(r"(.+?) (\([A-Z][\w ,&-]*\))")


APPOINTED = frozenset({"appointed", "named", "elected", "promoted", "nominated", "reappointed"})
# Words that open a phrase saying when ("on Nov 9", "in March", "last week")
WHEN_WORDS = frozenset({"on", "in", "from", "since", "until", "last", "this", "next", "earlier"})
TIME_SPANS = frozenset({"week", "month", "year", "weekend", "quarter"})
# A holder's leaving, which dates what follows it: "since the departure of X"
DEPARTURES = frozenset(
    {"departure", "retirement", "resignation", "death", "exit", "removal", "dismissal"}
)


def names_a_time(word: str) -> bool:
    """A date's or a time's word: "Nov", "9", "2019", "Monday", "week"."""
    plain = word.casefold().rstrip(".,")
    return plain in CALENDAR_WORDS or plain in TIME_SPANS or plain[:1].isdigit()


@functools.lru_cache(maxsize=65536)  # a profile shows stored roles cleaned again, often the same
def clean_role(text: str) -> str | None:
    """The title or occupation `text` states, cut before a clause that follows it, or None."""
    bracketed = BRACKETED_FIELD.fullmatch(text)
    if bracketed:
        office = clean_role(bracketed.group(1))
        return office and f"{office} {bracketed.group(2)}"
    words = [w for w in words_of(text) if not AGE.match(w.casefold())]
    # ("who is now chairman of ...": "now" says when, the title follows; "who was appointed
    # chief executive of ...": how it was given)
    while words and (
        words[0].casefold() in ARTICLES
        or words[0] in {"now", "currently", "as"}
        or (words[0] in APPOINTED and len(words) > 1)
    ):
        words = words[1:]
    if words and words[0].casefold() in LABEL_VERBS:
        return None  # "nicknamed “Pak Lumbung”": a label, no role
    for index, word in enumerate(words):
        later = words[index + 1 :]
        if index and opens_a_clause(words, index):
            # (and the adverb of "well known for", "widely known as")
            kept = words[:index]
            while word in LABEL_VERBS and len(kept) > 1 and kept[-1].casefold() in LABEL_ADVERBS:
                kept = kept[:-1]
            words = kept
            break
        if word == "and" and later and ends_a_title(words[:index], later):
            # "Florida governor and a Republican presidential candidate", "union leader and
            # no relation to the minister"; not "founder and chief executive"
            words = words[:index]
            break
        if word.casefold() in PREPOSITIONS and later and later[0].casefold() in PREPOSITIONS:
            return None  # "leader of in the polls"
        # ("acting Director General of the ANP since the departure of Karim Bennis": when)
        # ("... since former chair Seo Dong-il resigned": since another left it)
        departure = (later[1:2] and later[0] == "the" and later[1].casefold() in DEPARTURES) or (
            later[:1] and later[0].casefold() in {"former", "outgoing"}
        )
        # ("Health CS in a Cabinet reshuffle": on what occasion, cut; a title names its
        # place or body, not "a" one)
        occasion = word == "in" and later[:1] in (["a"], ["an"])
        if index and (
            occasion
            or (word.casefold() in WHEN_WORDS and later and (names_a_time(later[0]) or departure))
        ):
            # "chief executive of the LTA on Nov 9", "... since last June": when, cut
            words = words[:index]
            while len(words) > 1 and words[-1].casefold() in WHEN_WORDS:
                words = words[:-1]
            break
    if not words or len(words) > MAX_ROLE_WORDS or words[0].casefold() in FUNCTION_WORDS:
        return None  # "Unlike President", "once a pitchman"
    if any(len(word) >= RUN_TOGETHER_LENGTH and RUN_TOGETHER.search(word) for word in words):
        return None
    if is_verb_form(words[0]) and len(words) > 1 and words[1] in PREPOSITIONS_AND_ARTICLES:
        return None  # "plotting to be president", "campaigning in New York"
    head_at = head_index(words) + 1
    if not is_title_head(words[head_at - 1]) or names_a_person(words[:head_at]):
        return None  # "Hillary Clinton or another candidate"
    plain = [word.casefold() for word in words]
    spoken = {p for p, w in zip(plain, words, strict=True) if w != "US"}  # "US President"
    if FIRST_AND_SECOND_PERSON & spoken or FUNCTION_WORDS - {"and"} & set(plain[:head_at]):
        return None  # "natural politician like my husband", "supporters behind senator"
    abbreviated_title_last = words[-1].endswith(".") and bare(words[-1]) in TITLE_WORDS
    if len(words) > 2 and words[-2] == "and" and abbreviated_title_last:
        return None  # "Former Secretary of State Hillary Clinton and Sen." lists people
    return " ".join(words)


@dataclass(frozen=True)
class RoleForm:
    key: frozenset[str]  # the title's words, bare, without time markers or joining words
    title: str  # as written, abbreviations expanded, time markers dropped
    past: bool  # stated as held before ("former", "then-")
    head: str  # the word the title ends with, bare: "senator" of "Senator from Texas"


def role_form(text: str) -> RoleForm:
    words: list[str] = []
    past = False
    written = words_of(text)
    for index, word in enumerate(written):
        plain = word.casefold().rstrip(".")
        marker, _, rest = plain.partition("-")
        # "former", "then-senator", "acting" before the title; not the "New" of "New York"
        if (marker in PAST_MARKERS or marker in TITLE_MODIFIERS) and (not words or rest):
            if marker not in PAST_MARKERS and names_a_place(written[index : index + 2]):
                words.append(word)
                continue
            past = past or marker in PAST_MARKERS
            if not rest:
                continue
            word, plain = word.split("-", 1)[1], rest
        if not words and plain in ARTICLES:
            continue  # "then a student at ..."
        expanded = TITLE_ABBREVIATIONS.get(plain)
        words.append(expanded.capitalize() if expanded and word[:1].isupper() else expanded or word)
    key = frozenset(bare(w) for w in words if w.casefold() not in QUALIFIER_WORDS)
    return RoleForm(
        key, " ".join(words) or text, past, bare(words[head_index(words)]) if words else ""
    )


def names_a_place(words: list[str]) -> bool:
    """ "New Jersey", "New South Wales": a capitalised modifier opening a place's name."""
    return (
        len(words) == 2
        and words[0][:1].isupper()
        and words[1][:1].isupper()
        and not is_title_head(words[1])
    )


SMALL_WORDS = PREPOSITIONS | FUNCTION_WORDS


def joins_fields(words: list[str], index: int) -> bool:
    """An "and" between capitalised words before any preposition: fields of an office."""
    return (
        words[index] in {"and", "&"}
        and words[index - 1][:1].isupper()
        and index + 1 < len(words)
        and words[index + 1][:1].isupper()
        and not any(word in PREPOSITIONS for word in words[:index])
    )


def head_index(words: list[str]) -> int:
    """Where the head of a title is: its last word ("Bank of Japan Governor"), else the word
    before its first preposition ("adviser to President Lee")."""
    last = words[-1]
    # "chief executive of Hanbit Semiconductor": a capitalised word after "of" that only
    # ends like an occupation is the body's name, not the title's head
    named_body = (
        bare(last) not in HEAD_WORDS
        and last[:1].isupper()
        and any(w.casefold() in {"of", "for", "at"} for w in words[:-1])
    )
    if is_title_head(last) and not named_body:
        return len(words) - 1
    if len(words) > 1 and is_title_head(words[-2]) and is_place(words[-1]):
        return len(words) - 2  # "Advocate General Sindh": the office, then its province
    # (not the "and" of fields before the office: "Budget and Management Undersecretary for
    # Fiscal Planning")
    at = next(
        (i for i, w in enumerate(words) if i and w in SMALL_WORDS and not joins_fields(words, i)),
        len(words),
    )
    if at > 1 and words[at - 1].casefold() in OFFICE_LINKS:
        at -= 1  # "Minister Responsible for Seniors" is a minister
    return body_named_before_the_head(words, at) or at - 1


def body_named_before_the_head(words: list[str], at: int) -> int | None:
    """Where the head is after a body's whole name ("Supreme Council of Kenya Muslims
    chairman in Mombasa"), when the word before the first preposition (`at`) is a body's."""
    if not (at > 1 and words[at - 1][:1].isupper() and words[at - 1].casefold() in ORG_HEADS):
        return None
    end = end_of_the_body_name(words, at)
    return end if end is not None and end < len(words) and is_title_head(words[end]) else None
