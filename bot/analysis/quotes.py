"""Direct quotations and who said them.

Quote marks delimit candidates; short quoted terms ("kingmaker", so-called "shuttle
diplomacy") are scare quotes, not quotes. The speaker is found through a speech verb next to
the quote (after it first: '..., Park told reporters'; then before it: 'Kang said, "..."'),
taking the named actor or pronoun nearest that verb; pronouns resolve to the last person named.
"""

import dataclasses
import functools
import itertools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from bot.analysis.document import ActorFound, MentionSpan
from bot.analysis.lexicon import (
    BODY_FIELDS,
    BODY_OF_ITS_MEMBERS,
    CORPORATE_SUFFIXES,
    FUNCTION_WORDS,
    INDUSTRY_HEADS,
    JUDGING_VERBS,
    LEAVING_MARKERS,
    LOWER_RANKS,
    ORG_HEADS,
    PAST_MARKERS,
    ROLE_NOUNS,
    ROMANCE_ORG_KINDS,
    SPEECH_VERBS,
    SPOKEN_TO,
    TITLE_ABBREVIATIONS,
    TITLE_WORDS,
    listed,
    written_out,
)
from bot.analysis.names import (
    gender_of,
    vietnamese_gender,
)
from bot.analysis.patterns import search_end
from bot.analysis.rules import FIRED
from bot.analysis.sentences import Sentence
from bot.analysis.shapes import (
    ACADEMIC_HONORIFICS,
    HONORIFIC_FIRST_WORDS,
    HONORIFIC_SECOND_WORDS,
    HONORIFICS,
    PERSON_PARTICLES,
    family_name_written_first,
)

QUOTE_MARKS = '“”"'
QUOTE_MARK = re.compile(f"[{QUOTE_MARKS}]")
WORD = re.compile(r"[\w’'-]+")
MIN_QUOTE_WORDS = 4  # shorter quotes need a reporting verb in their sentence
MAX_TITLE_WORDS = 8
TITLE_SMALL_WORDS = frozenset("a an and at by for in of on or the to with".split())
# Words that introduce a label, not somebody's words: so-called "shuttle diplomacy", a
# practice known as "..."
SO_CALLED = re.compile(
    # "often called the 'coal baron'", "the man local media call the 'nickel king'"; not
    # "what he called 'a reckless policy'", his words
    r"(?:so-called|(?:often|widely|commonly|popularly|sometimes)\s+called|"
    r"(?:media|people|locals|residents|critics|fans|supporters)\s+call|"
    # "the man Cairo newspapers call the", "whom colleagues describe as the chamber's"
    r"\b(?:whom|man|woman)\s+(?:[\w'’-]+\s+){0,3}(?:calls?|describes?\s+as)"
    r"(?:\s+(?:the\s+)?[\w-]+['’]s)?|"
    # ("known across the basin as ...")
    r"(?:known(?:\s+[\w'’-]+){0,4}?|referred to)\s+as|dubbed|nicknamed|termed|labell?ed|branded|"
    # ("dubbed the Senate's “budget hawk”": whose label it is)
    r"the (?:term|word|phrase|label|slogan|nickname))\s*(?:(?:a|an|the)\s+)?"
    r"(?:[A-Z][\w-]*['’]s\s+)?$",
    re.I,
)
# Verbs that report words, without those that label ("called the talks “businesslike”").
REPORTING_VERBS = SPEECH_VERBS - {"call", "called", "calls", "calling"}
PRONOUN = re.compile(r"\b(he|she)\b", re.IGNORECASE)
OBJECT_PRONOUN = re.compile(r"\s+(him|her)\b", re.IGNORECASE)
# "the former trade minister": up to three words before the role noun, none a speech verb
# ("The draft said member states ..." names no member); "state" of "the state minister" is
# the office's word
_ROLE_NOUN = r"(?:" + "|".join(sorted(ROLE_NOUNS)) + r")\b"
NOMINAL_SPEAKER = re.compile(
    r"\bthe (?:(?!(?:"
    + "|".join(sorted(SPEECH_VERBS - {"state"}))
    + r")\b)[\w-]+ ){0,3}?"
    + _ROLE_NOUN
    + r"(?: "
    + _ROLE_NOUN
    + r")*"  # "the outgoing executive director": its last noun too
    + r"(?:-(?:designate|elect)\b)?",  # "the minister-designate": one to hold it
    re.IGNORECASE,
)
# "the ministry said", "the company said": an organisation named again by its kind.
# ("the regulator" is the body whose name says it regulates: "... Regulatory Commission")
# A company by its trade: "the utility said", "the lender said" (read as "the company")
COMPANY_TRADES = frozenset(
    {"utility", "lender", "insurer", "carrier", "miner", "retailer", "refiner", "carmaker"}
    | {"automaker", "brewer", "developer", "operator"}
)
INSTITUTION_NOUNS = (
    ORG_HEADS
    | {"company", "firm", "regulator", "think-tank", "think tank"}
    | COMPANY_TRADES
    | frozenset(BODY_OF_ITS_MEMBERS)
) - {
    "times",
    "post",
    "news",
    "press",
    "house",
    "paper",
    "capital",
    "partners",
    "co",
    "inc",
    "corp",
    "ltd",
    "llc",
    "plc",
    "sons",
    "brothers",
    "nations",
    "force",
    "forces",
    "platform",  # "the platform should reiterate ...": a party's programme as often as a body
}
NOMINAL_ORGANISATION = re.compile(
    r"\bthe (?:[\w-]+ ){0,2}?(" + "|".join(sorted(INSTITUTION_NOUNS)) + r")\b", re.IGNORECASE
)
THE_NOUN = re.compile(r"\b[Tt]he ([a-z]{3,})\b")
# "her ministry said": a body a person heads or belongs to, which may go unnamed
PERSONS_BODY = re.compile(r"\b(?:his|her|their) (ministry|department|office|party|agency)\b")
# People who speak for someone else: "a spokeswoman for Transport Secretary Naomi Okafor
# said" quotes the spokeswoman, not Naomi Okafor.
PROXY_NOUNS = frozenset(
    "spokesman spokeswoman spokesperson aide adviser advisor lawyer attorney representative "
    "official source staffer".split()
)
_PROXY = r"(?:" + "|".join(sorted(PROXY_NOUNS)) + r")s?"
# Pieces of text one of which a proxy's noun holds: in an ASCII text, lowered, where a
# case-blind pattern of the nouns can match (a faster test than that pattern's search)
PROXY_NOUN_PARTS = tuple(
    "spokes aide advis lawyer attorney representative official source staffer".split()
)
assert all(any(part in noun for part in PROXY_NOUN_PARTS) for noun in PROXY_NOUNS)
_SPEECH = r"(?:" + "|".join(sorted(SPEECH_VERBS)) + r")"
# what a proxy speaks for, up to the name: capitalised words ("Transport Secretary", "China's")
_FOR_WHOM = r"\s+(?:for|to|of|with|from)\s+(?:(?:[A-Z][\w.'’-]*|of|the|and)\s+){0,6}?"
SPEAKS_FOR = re.compile(r"\b" + _PROXY + _FOR_WHOM + r"$", re.IGNORECASE)


# '..., a spokeswoman for the ministry said', '"...," said an aide to the minister': an unnamed
# proxy is the speech verb's subject (a proxy named in apposition, ", Liu Yanping," is not
# unnamed: the comma stops the match)
def proxy_speaking(opening: str) -> re.Pattern:
    """A proxy as a speech verb's subject, opening with one of the words `opening`."""
    proxy = rf"(?:{opening})\s+(?:[\w-]+\s+){{0,2}}?{_PROXY}"
    return re.compile(
        r"\b"
        + proxy
        # whom it speaks for: "for the finance ministry", "to Prime Minister Luis Ortega"
        + r"(?:\s+(?:for|to|of|with|from|at|in)\s+(?:[\w.'’-]+\s+){0,8}?[\w.'’-]+)?"
        # set off: ", speaking on condition of anonymity,"
        + r"(?:\s*,[^,;:“”\"]{1,120},)?"
        + rf"\s+(?:\w+\s+)?{_SPEECH}\b|^\W*{_SPEECH}\s+{proxy}\b"
        # "according to a senior ministry official"
        + rf"|\baccording\s+to\s+{proxy}\b",
        re.IGNORECASE,
    )


# "an official said": someone unnamed; "the official said": unnamed when no official named
# before is meant (resolve_pronoun)
INDEFINITE_PROXY = proxy_speaking("a|an|one|another")
UNNAMED_PROXY = proxy_speaking("a|an|one|another|the|his|her|its|their")
PROXY_REACH = 2  # paragraphs back where "the official" may be the official named there
ACCORDING_TO = re.compile(r"\baccording to\b", re.IGNORECASE)
# What a body publishes, after its name: "according to INEC figures", "the NBS's latest data"
DATA_AFTER = re.compile(
    r"(?:['’]s?)?\s+(?:(?:latest|own|official|new)\s+)?(?:figures|data|statistics|estimates"
    r"|survey|records|numbers)\b"
)
# whom a speaker tells, or the medium the speaker writes for: "told Reuters", "wrote for The
# Washington Informer", "in an interview with the Daily Graphic"
LISTENER_BEFORE = re.compile(
    r"\b(?:"
    + "|".join(
        (
            *SPOKEN_TO,
            *("tells", "telling", "wrote for", "writing for", "wrote in", "writing in"),
            # "said in a written reply to ANTARA": whom a reply or a statement was sent
            *("reply to", "response to", "statement to", "comments to", "email to"),
        )
    )
    + r")\s+(?:the\s+)?$",
    re.IGNORECASE,
)
LISTENER_REACH = 24  # characters before a name searched for LISTENER_BEFORE
# a preposition's or a participle's object ("As if addressing the magnate, the board ...")
OBJECT_OF = re.compile(r"\b(?:to|of|at|for|with|on|by|about|\w{3,}ing)\s+$", re.IGNORECASE)
DASH_ATTRIBUTION = re.compile(r"^\s*[―—–-]+\s*")
# What may stand between a subject and its verb: an appositive or a party in brackets
# ("Minyon Moore, a senior adviser to the campaign, said"; "Rep. Gwen Moore (D-Wis.) said").
SET_OFF = re.compile(r",(?:[^,;:.“”\"]|\.\d){1,80},\s*|\s*\([^()]{1,20}\),?\s*")  # "2.1%"
DESCRIPTION = re.compile(r",\s+(?:a|an|the)\s")  # an appositive that describes, not names
NEXT_WORD = re.compile(r"\s+([a-z]+(?:-[a-z]+)*)")  # "co-chair" whole
# A body's people, named by a noun after the body's ("the union leader", "the bank's chief")
ITS_PEOPLE = (
    PROXY_NOUNS
    | frozenset({"leader", "leaders", "chief", "boss", "head", "members", "member", "officials"})
    | frozenset({"president", "chairman", "chairwoman", "chair", "secretary", "director"})
)
ITS_PERSON_NOUNS = ROLE_NOUNS | ITS_PEOPLE
QUOTED_SPAN = re.compile(r"“[^“”]*”|\"[^\"]*\"")
SUBJECT_GAP = 12  # characters between a subject and its verb ("Clinton also says")
POSSESSIVE_GAP = re.compile(r"['’]s?\b")  # "Obama's remarks": a possessor, not a subject
ATTRIBUTION_WINDOW = 160  # characters after a quote searched for "..., she said"
# A sentence after a quote that closes its own sentence is its attribution only when short
# ('"...?" Vitter asked.'); a longer one is news of its own.
MAX_ATTRIBUTION_WORDS = 8


@dataclass(frozen=True)
class QuoteFound:
    text: str
    speaker: str | None  # the actor's canonical name
    paragraph: int
    sentence: int
    partial: bool  # a fragment woven into reported speech, not a whole utterance
    start: int = 0  # offset of the opening mark in paragraph `paragraph`
    end: int = 0  # offset after the closing mark in paragraph `last_paragraph`
    last_paragraph: int = 0
    strategy: str = ""  # how the speaker was found (or why there is none), for `explain`
    named: bool = False  # the attribution names the speaker ("Obama said"), not "she said"
    # an unnamed speaker as the article introduces them: "A Bangladesh Bank official"
    described: str = ""


@dataclass(frozen=True)
class QuoteSpan:
    paragraph: int  # paragraph where the quote closes (its attribution is there)
    first_paragraph: int
    start: int  # offsets in the first paragraph / the closing paragraph
    end: int
    text: str
    # Offsets of an attribution inside a split quote ('“...,” Nishimura said, “...”').
    inner_attribution: tuple[int, int] | None = None


def is_opening_mark(paragraph: str, index: int) -> bool:
    mark = paragraph[index]
    before = paragraph[index - 1] if index else " "
    after = paragraph[index + 1] if index + 1 < len(paragraph) else " "
    starts_word = before.isspace() or before in "([—–-―"
    if mark == "“":
        return True
    if mark == "”":  # a mistyped opening mark: ” right before a word
        return starts_word and after.isalnum()
    # A straight mark with space on both sides closes a quote that ends in a nested one:
    # "... the term 'African American outreach,' " he said.
    return starts_word and not (after.isspace() or after in ",.;:!?)")


def scan_quotes(paragraph: str) -> tuple[list[tuple[int, int]], int | None]:
    """Closed quote spans (marks included) of a paragraph, nested quotes inside their outer
    quote, and the start of a quote left open at the end (or None)."""
    spans: list[tuple[int, int]] = []
    depth, start = 0, 0
    for found in QUOTE_MARK.finditer(paragraph):
        index = found.start()
        if is_opening_mark(paragraph, index):
            if depth == 0:
                start = index
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                spans.append((start, index + 1))
    return spans, (start if depth else None)


def quote_spans(paragraphs: list[str] | tuple[str, ...]) -> list[QuoteSpan]:
    spans = []
    continued: list[str] = []  # text of a quote running on from earlier paragraphs
    continued_from = continued_start = 0  # paragraph and offset where it opened
    for number, paragraph in enumerate(paragraphs):
        closed, open_start = scan_quotes(paragraph)
        if continued and not (paragraph[:1] in QUOTE_MARKS and (closed or open_start == 0)):
            continued = []  # the open quote was never continued: not a quote we trust
        for start, end in closed:
            text = paragraph[start + 1 : end - 1].strip()
            if continued and start == 0:
                spans.append(
                    QuoteSpan(
                        number, continued_from, continued_start, end, " ".join([*continued, text])
                    )
                )
                continued = []
            else:
                spans.append(QuoteSpan(number, number, start, end, text))
        # News style: a quote running on to the next paragraph is left open at the end of this
        # one, and the next paragraph opens with a quote mark again.
        if open_start is not None:
            if not continued or open_start != 0:
                continued, continued_from, continued_start = [], number, open_start
            continued.append(paragraph[open_start + 1 :].strip())
        else:
            continued = []
    return spans


def is_title(words: list[str], text: str) -> bool:
    """The name of a show, book or campaign ("Face the Nation"), not words somebody said."""
    # American style puts the comma or period inside the marks: “Face the Nation,” he said;
    # but words said have their own sentences or contractions (“The Donald. Big Daddy.”,
    # “It's Our Time.”).
    spoken = re.search(r"[.!?]\s", text) or re.search(r"\w['’]\w|\w['’]\s|[!?]$", text.strip())
    if len(words) > MAX_TITLE_WORDS or spoken:
        return False
    content = [w for w in words if w.casefold() not in TITLE_SMALL_WORDS]
    return bool(content) and all(w[:1].isupper() or w[:1].isdigit() for w in content)


def is_scare_quote(span: QuoteSpan, paragraph: str, sentence_text: str) -> bool:
    """A quoted term rather than somebody's words: one word ("kingmaker"), a so-called
    phrase, or a short phrase in a sentence where nobody is reported as saying anything."""
    words: list[str] = WORD.findall(span.text)
    if is_title(words, span.text):
        return True
    if len(words) >= MIN_QUOTE_WORDS:
        return bool(search_end(SO_CALLED, paragraph[: span.start]))
    if len(words) <= 1 or search_end(SO_CALLED, paragraph[: span.start]):
        return True
    outside = sentence_text.replace(span.text, " ")
    return not {w.casefold() for w in WORD.findall(outside)} & REPORTING_VERBS


def is_partial(text: str, before: str) -> bool:
    starts_lower = text[:1].islower()
    ends_open = not re.search(r"[.?!,—–-]$", text)
    introduced = re.search(r"[,:]\s*$", before) is not None or not before.strip()
    return starts_lower or (ends_open and not introduced)


PRONOUN_GENDER = {"he": "M", "she": "F"}


def known_sex(name: str) -> str | None:
    """ "M" or "F" when the name's given name says it, else None."""
    words = name.split()
    if vietnamese := vietnamese_gender(words):
        return vietnamese
    return None if family_name_written_first(words) else gender_of(words[0])


@functools.lru_cache(maxsize=4096)  # the same few names are tried for every pronoun
def fits(pronoun: str, name: str, stated: str = "") -> bool:
    """Whether a person may be "he" or "she": one the article calls the other (`stated`),
    or whose given name is known as the other's, does not. A name written family name first
    ("Kim Jong-un", "Wang Yi") has no first given name to tell by ("Kim" is a woman's given
    name in English)."""
    wanted = PRONOUN_GENDER.get(pronoun.casefold())
    # "Tran Van Duc" is "he", "Nguyen Thi Hoa" "she"
    return not wanted or (stated or known_sex(name)) in {None, wanted}


APPOSITION_REACH = 60  # characters around a role noun where the name it describes stands


@dataclass(frozen=True)
class Introduction:
    """Someone brought in by a role noun and never named: "A senior executive at one of the
    company's customers, who asked not to be named, said ..." """

    paragraph: int
    offset: int
    noun: str
    sentence_end: int  # where the introducing sentence ends in its paragraph
    body: bool = False  # a body, not a person: "the energy ministry" where none is named so
    described: str = ""  # as the article introduces them: "A Bangladesh Bank official"


# Whom an unnamed speaker works for, after the role noun: "for the ministry", "at Nomura"
OF_WHOM = re.compile(
    r"\s+(?:for|at|of|from|with|in)\s+(?:(?:the|a|an)\s+)?(?:[\w'’.&-]+\s+){0,4}?[\w'’.&-]+"
    r"(?=\s*[,(]|\s+(?:who|said|says|told|added|declined|did|was|is)\b)"
)


def as_introduced(sentence: str, match: re.Match[str]) -> str:
    """The unnamed speaker's description: the role noun's phrase with whom they work for."""
    of_whom = OF_WHOM.match(sentence, match.end())
    described = sentence[match.start() : of_whom.end() if of_whom else match.end()]
    return " ".join(described.split())


# "a senior executive", "an emergency doctor", "one banker": up to three words before the
# role noun (not "One thing the minister ...")
INDEFINITE_ROLE = re.compile(
    r"\b(?:(?:a|an|another)\s+(?:[\w-]+\s+){0,3}?|one\s+(?:(?!the\b|a\b|an\b|of\b)[\w-]+\s+){0,2}?)("
    + "|".join(sorted(ROLE_NOUNS | PROXY_NOUNS))
    + r")\b",
    re.IGNORECASE,
)


# (but "who asked to be identified only as Rajesh" names him, by one name)
NAMED_AS_NOT_AFTER = r"(?!\s+(?:only\s+)?(?:by\s+(?:his|her)\s+first\s+name,?\s+)?as\s+[A-Z])"
# Someone the article will not name: "according to the head of the school, who asked not to be
# named"; the role noun before it, if any, is the one "the head said" may repeat.
ANONYMOUS = re.compile(
    r"(?:\b(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?P<noun>[\w-]+)(?:\s+(?:of|at|for|in)\s+"
    r"(?:[\w'’-]+\s+){0,4}?[\w'’-]+)?\s*,\s*)?(?:who\s+(?:asked|declined|did\s+not\s+want)"
    r"\s+(?:not\s+)?to\s+be\s+(?:named|identified)"
    + NAMED_AS_NOT_AFTER
    + r"|speaking\s+on\s+condition\s+of\s+anonymity)",
    re.IGNORECASE,
)

ASKED_NOT_TO_BE_NAMED = re.compile(
    r"\bwho\s+(?:asked|declined|did\s+not\s+want)\s+(?:not\s+)?to\s+be\s+(?:named|identified)"
    + NAMED_AS_NOT_AFTER,
    re.IGNORECASE,
)
ANONYMITY_EXPLAINED = re.compile(
    r"(?:named|identified|anonymity)\s+(?:because|as|since)\s+$", re.IGNORECASE
)
# what ANONYMOUS must contain, searched for first: the long pattern is slow to fail
ANONYMITY = re.compile(r"to\s+be\s+(?:named|identified)|condition\s+of\s+anonymity", re.IGNORECASE)


def unnamed_introductions(
    sentences: list[Sentence], mentions: list[MentionSpan]
) -> list[Introduction]:
    """Role nouns introducing someone no name stands beside ("Kim Hye-won, an analyst at the
    institute, said" and "An analyst at Nomura, Kenji Sato, said" describe whom they name; "A
    senior party leader, who asked not to be named ..., said Chaudhry had lost support"
    introduces someone unnamed)."""
    named: dict[int, list[int]] = {}  # paragraph -> where people are named in it
    for mention in mentions:
        if mention.kind == "PER":
            named.setdefault(mention.paragraph, []).append(mention.start)
    found = []
    for sentence in sentences:
        # an apposition stands in the sentence ("One analyst said ..." after another's)
        people = [
            o for o in named.get(sentence.paragraph, ()) if sentence.start <= o < sentence.end
        ]
        # only as the sentence's subject: "A Codelco executive, who ...", not "... struggled to
        # find a lawyer" nor a quote's words
        m = INDEFINITE_ROLE.match(sentence.text)
        if m:
            start, end = sentence.start + m.start(), sentence.start + m.end()
            if not any(start - APPOSITION_REACH <= o <= end + APPOSITION_REACH for o in people):
                noun = m.group(1).casefold()
                described = as_introduced(sentence.text, m)
                found.append(
                    Introduction(sentence.paragraph, start, noun, sentence.end, False, described)
                )
        elif ANONYMITY.search(sentence.text) and (m := ANONYMOUS.search(sentence.text)):
            # "..., according to the head of the school, who asked not to be named": someone
            # no name stands before
            start, end = sentence.start + m.start(), sentence.start + m.end()
            if not any(start - APPOSITION_REACH <= o <= end for o in people):
                noun = (m.group("noun") or "").casefold()
                found.append(Introduction(sentence.paragraph, start, noun, sentence.end))
    return found


# "the energy ministry", "the foreign ministry": a ministry by its portfolio, in lower case
PORTFOLIO_NOUNS = frozenset({"ministry", "department"})
# (as a speech verb's subject only: not "would consult the trade ministry", "officials from
# the health ministry were present")
PORTFOLIO_BODY = re.compile(
    r"\bthe ((?:[a-z]+ ){1,2})(ministry|department)\s+(?:(?:has|had|also)\s+)?"
    r"(?:said|says|added|announced|stated|warned)\b"
)
# The words of one portfolio: "foreign" is "external", "farm" "agriculture"
PORTFOLIO_WORDS = {
    word: {key, *values} for key, values in listed("portfolio_synonyms") for word in (key, *values)
}
# ... and what "the X ministry said" must be to name one: "the energy ministry", not "the
# embattled ministry" nor "the nodal ministry"
PORTFOLIOS = BODY_FIELDS | frozenset(PORTFOLIO_WORDS)


def portfolio(words: list[str]) -> set[str]:
    """The portfolio words before a ministry's noun: "energy" of "the energy ministry"."""
    return {word for word in words if word in PORTFOLIOS}


def holds_portfolio(organisation: str, fields: set[str]) -> bool:
    """Whether a body's name says the portfolio: "Ministry of Energy and Mineral Resources"
    for "energy", "Ministry of Labor" for "labour" (by the first four letters), "Ministry of
    External Affairs" for "foreign"."""
    stems = {word[:4] for field in fields for word in PORTFOLIO_WORDS.get(field, {field})}
    return any(word[:4].casefold() in stems for word in organisation.split())


def unnamed_bodies(sentences: list[Sentence], mentions: list[MentionSpan]) -> list[Introduction]:
    """Ministries named only by their portfolio ("In a statement, the energy ministry said
    ...") where the article names none with it: '“...,” the ministry said' after it is that
    ministry's, not the Ministry of Finance named before."""
    organisations = {m.actor for m in mentions if m.kind == "ORG"}
    found = []
    for sentence in sentences:
        for m in PORTFOLIO_BODY.finditer(sentence.text):
            fields = portfolio(m.group(1).split())
            named = any(
                m.group(2) in kind_words(o) and holds_portfolio(o, fields) for o in organisations
            )
            if fields and not named:
                start = sentence.start + m.start()
                found.append(
                    Introduction(sentence.paragraph, start, m.group(2), sentence.end, True)
                )
    return found


def body_introduced(
    unnamed: Sequence[Introduction],
    mentions: list[MentionSpan],
    paragraph: int,
    offset: int,
    noun: str,
) -> bool:
    """Whether "the ministry" at `offset` is a ministry brought in unnamed in this paragraph or
    the one before, none of its kind named since."""
    for i in unnamed:
        if (
            i.body
            and i.noun == noun
            and paragraph - 1 <= i.paragraph
            and (i.paragraph, i.offset) < (paragraph, offset)
        ):
            since = [
                m
                for m in mentions
                if m.kind == "ORG"
                and (i.paragraph, i.offset) < (m.paragraph, m.start) < (paragraph, offset)
                and noun in kind_words(m.actor)
            ]
            if not since:
                return True
    return False


LEADING_NOUNS = frozenset({"leader", "chief", "head"})


def led_by_title(roles: list[str]) -> bool:
    """Whether a role's office ends in a leading noun ("Senior Chief", "head", "Senior Chief of
    Solwezi"; not "chief executive")."""
    offices = (role.split(" of ")[0].split() for role in roles)
    return any(office[-1].casefold() in LEADING_NOUNS for office in offices if office)


def resolve_pronoun(
    mentions: list[MentionSpan],
    paragraph: int,
    offset: int,
    pronoun: str = "",
    roles: dict[str, list[str]] | None = None,
    unnamed: Sequence[Introduction] = (),
) -> str | None:
    """A pronoun or nominal speaker is the last fitting person named before it; "the former
    secretary of state" is the last one the article gave that role, if any, unless someone
    unnamed was introduced by that noun since ("A senior executive at ..., who asked not to be
    named, ... the executive said": the `unnamed` introductions)."""
    earlier = people_before(mentions, paragraph, offset, pronoun)
    # ("the minister-designate": the minister's noun, and one to hold it)
    words = set(WORD.findall(DESIGNATE.sub(r" \1", pronoun.casefold()))) - {"the"}
    nouns = words & ROLE_NOUNS
    for short, (spelled, head) in SPELLED_TITLES.items():
        if short in words:  # "the outgoing MD": a managing director
            words = words - {short} | spelled
            nouns = nouns - {short} | {head}
    if nouns and roles:
        held = {m.actor: role_words(roles.get(m.actor, [])) for m in earlier}
        holders = [m for m in earlier if nouns & held[m.actor]]
        if not holders and introduced_in_the_paragraph(earlier, unnamed, paragraph, offset):
            # "A senior executive at a private bank, speaking on condition of anonymity, said
            # ... “...,” the banker said": no one named is a banker; the one brought in
            # unnamed just before is
            return None
        # "the Prime Minister said": the one whose role has every word, not the last minister
        # (any word of the past for another: "the former minister" of an "outgoing Minister")
        holders = [m for m in holders if as_past(words) <= as_past(held[m.actor])] or holders
        if words & NEW_MARKERS:
            # "the new CEO said": not one the article says has left an office
            left = {m.actor for m in earlier if leaving(roles.get(m.actor, []))}
            earlier = [m for m in earlier if m.actor not in left] or earlier
            holders = [m for m in holders if m.actor not in left]
        else:
            # "the governor said": the governor, not a deputy governor named since (but "the
            # minister-designate" may be the deputy minister now)
            holders = [
                m for m in holders if holds_in_rank(roles.get(m.actor, []), nouns, words)
            ] or holders
        if not words & TIME_MARKERS:
            # "the deputy governor said": the one who holds it, not the one who left it
            past = {m.actor: set(past_roles(roles.get(m.actor, []))) for m in holders}
            holding = [
                m
                for m in holders
                if nouns & role_words([r for r in roles.get(m.actor, []) if r not in past[m.actor]])
            ]
            holders = holding or holders
        if words & PAST_MARKERS:
            # "the former minister said": one who held it ("outgoing Minister of ...") first
            # (not a former deputy governor for "the former governor said", nor a deputy
            # governor now)
            holders = [m for m in holders if holds_in_rank(roles.get(m.actor, []), nouns, words)]
            held_before = {m.actor: role_words(past_roles(roles.get(m.actor, []))) for m in holders}
            past_holders = [m for m in holders if nouns & held_before[m.actor]]
            opener = paragraph_opener(earlier, paragraph)
            if not past_holders and opener and opener not in {m.actor for m in holders}:
                # "Alonso, now a professor ..., said ... “...,” the former governor told": the
                # one this paragraph is about, not the governor in office
                return opener
            holders = past_holders or holders
            # "the outgoing CEO said": the one leaving it now, not one who left it before
            leaving_now = [m for m in holders if words & LEAVING_MARKERS & held[m.actor]]
            holders = leaving_now or holders
        wanted = words - NEW_MARKERS - PAST_MARKERS
        if not any(wanted <= held[m.actor] for m in holders):
            # "Eng. Ndung'u said ... “...,” the new managing director added": with no one
            # called so, the person who opened a sentence of this paragraph before it
            opener = paragraph_opener(earlier, paragraph)
            # (not one brought in unnamed by the noun: "One trader ..., who asked not to be
            # named, said ... the trader said")
            unnamed_so = any(
                i.noun in nouns and (i.paragraph, i.offset) < (paragraph, offset) for i in unnamed
            )
            if opener and not nouns & PROXY_NOUNS and not unnamed_so:
                return opener
        if not holders and "official" in nouns:
            # "the PHCC official said": one who holds a post the body before the noun names
            body = words - nouns - NEW_MARKERS - PAST_MARKERS
            holders = [m for m in earlier if body and body <= held[m.actor]]
        if nouns & PROXY_NOUNS:
            # "the official said" is the official named in the last paragraphs, or an
            # unnamed one ("An Egyptian official said ... the official said")
            holders = [m for m in holders if paragraph - m.paragraph <= PROXY_REACH]
            if not holders:
                return None
        if not holders:
            # "the President had accepted the resignation “with regret”": with no one called
            # so, not someone whose stated roles are others ("Minister of Finance ... Chirwa")
            # (a courtesy title alone, "Sheikh", states no role), unless they share a word
            # with it ("the union leader" of the president of a "... Trade Unions")
            asked = singulars(words - NEW_MARKERS - PAST_MARKERS)
            # ("the unionist said" of the secretary general of a mineworkers' union)
            asked |= {word.removesuffix("ist") for word in asked if word.endswith("ionist")}
            # ("the traditional leader asked" of "Senior Chief Kaziyelo": a title headed by
            # "Chief" leads too)
            leading = asked & LEADING_NOUNS
            related = [
                m
                for m in earlier
                if (
                    asked & singulars(held[m.actor])
                    or (leading and led_by_title(roles.get(m.actor, [])))
                )
                and not (held[m.actor] & LOWER_RANKS) - words
            ]
            earlier = related or [m for m in earlier if not states_a_role(roles.get(m.actor, []))]
        earlier = holders or earlier
        since = earlier[-1] if earlier else None
        if any(
            (since is None or (since.paragraph, since.start) < (i.paragraph, i.offset))
            and (i.paragraph, i.offset) < (paragraph, offset)
            and i.noun in nouns
            for i in unnamed
        ):
            return None
    # "Kim Yo-jong, the sister of leader Kim Jong-un, said ...": a person named inside the
    # role of someone named just before is not who "she" is.
    if not earlier or (not nouns and introduced_since(earlier, unnamed, paragraph, offset)):
        return None
    if not nouns:
        subject = (
            subject_before_a_backstory(earlier, paragraph)
            or subject_of_the_last_sentence(earlier, paragraph)
            or subject_with_a_who_clause(earlier, pronoun)
        )
        # "..., when he took over from Joseph Kaluwa. ... he added:": not Kaluwa, whom "he"
        # took over from, but the one that "he" is
        while len(earlier) > 1 and earlier[-1].other_than == pronoun.casefold():
            earlier = earlier[:-1]
        subject = (
            subject
            or subject_governing(earlier)
            or subject_beside_the_last(earlier)
            or reporter_of_the_last(earlier)
        )
        if subject:
            return subject
    salient = (m for m in reversed(earlier) if not named_in_role_of(m, earlier, roles or {}))
    return next(salient, earlier[-1]).actor


def holds_in_rank(roles: list[str], nouns: set[str], words: set[str]) -> bool:
    """Whether one of the roles has the noun asked and no lower rank the words do not ask
    for: "former deputy governor" is no "former governor"."""
    return any(
        nouns & (held := role_words([role])) and not lower_ranks(role, held) - words
        for role in roles
    )


# A junior minister's office, as Westminster-style governments name it: "Minister of State for
# Manpower" is not "the minister" of the ministry
MINISTER_OF_STATE = re.compile(r"\bminister\s+of\s+state\b", re.IGNORECASE)


def lower_ranks(role: str, held: set[str]) -> set[str]:
    """The words of `role` (its words `held`) that make it a rank below its noun's."""
    lower = held & LOWER_RANKS
    # (not one who is also a full minister: "Minister of Finance and Minister of State for
    # Economic Affairs")
    junior = MINISTER_OF_STATE.search(role) and role.casefold().split().count("minister") == 1
    return lower | {"state"} if junior else lower


def as_past(words: set[str]) -> set[str]:
    """The words with every word of the past as "former" ("outgoing", "ex")."""
    return {"former" if word in PAST_MARKERS else word for word in words}


def singulars(words: set[str]) -> set[str]:
    """The words without a plural's "s" ("unions", "representatives"), the function words
    left out."""
    return {word.removesuffix("s") for word in words if word not in FUNCTION_WORDS}


def states_a_role(roles: list[str]) -> bool:
    """Whether the roles say what the person does ("Minister of Finance", "analyst"), not
    only how they are addressed ("Sheikh")."""
    return any(" " in role.strip() or role_word(role) in STATING_WORDS for role in roles)


def role_word(role: str) -> str:
    return TITLE_ABBREVIATIONS.get(word := role.strip().casefold().rstrip("."), word)


# One word that says what someone does ("Sen.", "analyst"); not a courtesy ("Sheikh", "Dr")
STATING_WORDS = (ROLE_NOUNS | TITLE_WORDS) - HONORIFICS - {"sheikh", "sheikha"}


NEW_MARKERS = frozenset({"new", "incoming", "newly", "designate", "elect"})
DESIGNATE = re.compile(r"-(designate|elect)\b")
TIME_MARKERS = NEW_MARKERS | PAST_MARKERS
# Titles written by their initials, and the words a role states them by
SPELLED_TITLES = {
    "md": ({"managing", "director"}, "director"),
    "ceo": ({"chief", "executive"}, "executive"),
    "cfo": ({"chief", "financial", "officer"}, "officer"),
    "coo": ({"chief", "operating", "officer"}, "officer"),
}


def paragraph_opener(earlier: list[MentionSpan], paragraph: int) -> str | None:
    """The last person of `earlier` who opens a sentence of `paragraph`."""
    return next((m.actor for m in reversed(earlier) if m.paragraph == paragraph and m.leads), None)


def leaving(roles: list[str]) -> bool:
    """Whether the article says the person leaves an office ("outgoing chief executive"; not
    "former chief operating officer", which the new one may have been)."""
    return any({"outgoing", "departing"} & set(WORD.findall(role.casefold())) for role in roles)


def past_roles(roles: list[str]) -> list[str]:
    """The roles stated as held before: "former minister", "Peru's outgoing Minister of ..."."""
    return [role for role in roles if PAST_MARKERS & set(WORD.findall(role.casefold()))]


def people_before(
    mentions: list[MentionSpan], paragraph: int, offset: int, pronoun: str
) -> list[MentionSpan]:
    """The people named before `offset` whom `pronoun` ("he", "the minister") may stand for."""
    before = [
        m for m in mentions if m.kind == "PER" and (m.paragraph, m.start) < (paragraph, offset)
    ]
    fitting = [m for m in before if fits(pronoun, m.actor, m.sex)]
    last = before[-1] if before else None
    if last and last not in fitting and last.says and paragraph - last.paragraph <= 1:
        # "Virtanen said no such plans ... “...,” she said" where the article has a Pekka
        # and a Sari Virtanen: the bare surname that said it is the one "she" may be
        namesake = namesake_who_fits(last, before, pronoun)
        if namesake:
            fitting.append(dataclasses.replace(last, actor=namesake, sex=""))
    return fitting


def namesake_who_fits(mention: MentionSpan, people: list[MentionSpan], pronoun: str) -> str | None:
    """The one other person whose name has the bare surname `mention` is written as, when
    `pronoun` fits them (and not the person the surname was read as)."""
    # (by its length: "Larrañaga" of "Mercedes Larrañaga Olivera" is a surname before the last)
    written = {w for w in mention.actor.split()[1:] if len(w) == mention.end - mention.start}
    if len(written) != 1:
        return None
    namesakes = [
        m
        for m in people
        if m.actor != mention.actor
        and written <= set(m.actor.split()[1:])
        and fits(pronoun, m.actor, m.sex)
    ]
    others = {m.actor for m in namesakes}
    # (one the article has had speak, or named as often: not a brother or a grandmother named
    # in passing, "Kenji Fujimori, the candidate's brother, was barred ...")
    spoke = any(m.says for m in namesakes)
    named = sum(m.actor == mention.actor for m in people)
    return others.pop() if len(others) == 1 and (spoke or len(namesakes) >= named) else None


def introduced_in_the_paragraph(
    earlier: list[MentionSpan], unnamed: Sequence[Introduction], paragraph: int, offset: int
) -> bool:
    """Someone unnamed was brought in in this paragraph, before `offset` and after the last
    person named."""
    last = (earlier[-1].paragraph, earlier[-1].start) if earlier else (-1, -1)
    return any(
        i.paragraph == paragraph and last < (i.paragraph, i.offset) and i.offset < offset
        for i in unnamed
        if not i.body
    )


def introduced_since(
    earlier: list[MentionSpan], unnamed: Sequence[Introduction], paragraph: int, offset: int
) -> bool:
    """Someone unnamed opened a sentence after the last person named and just before the
    pronoun's: "A senior PML-N leader, speaking on condition of anonymity, said ... “...,” he
    said" is the leader's, not the spokeswoman's named a paragraph before. (In the pronoun's
    own sentence the role may be anyone's: "A developer who wants to can “...”, he says".)"""
    last = (earlier[-1].paragraph, earlier[-1].start) if earlier else (-1, -1)
    return any(
        last < (i.paragraph, i.offset)
        and (i.paragraph, i.sentence_end) <= (paragraph, offset)
        and paragraph - i.paragraph <= 1
        for i in unnamed
        if not i.body
    )


APPOSED = 30  # characters between two names when the second describes the first's own


def opening_the_sentence_of(last: MentionSpan, earlier: list[MentionSpan]) -> MentionSpan:
    """The first of `earlier` named in the sentence of `last` (one of them): its subject,
    when it leads the sentence."""
    return next(m for m in earlier if (m.paragraph, m.sentence) == (last.paragraph, last.sentence))


def subject_of_the_last_sentence(earlier: list[MentionSpan], paragraph: int) -> str | None:
    """ "Pirates coach Karim El Idrissi was left to rue a missed chance for Ngcobo ...", then
    "“...,” he said" in the next paragraph: the person the last sentence naming someone opens
    with, rather than the last one it names."""
    last = earlier[-1]
    if last.paragraph == paragraph:
        return None  # "he" in the same paragraph may stand in the same sentence
    opener = opening_the_sentence_of(last, earlier)
    if opener.actor == last.actor or not opener.leads or last.acts:
        return None  # "... joined by Dr Chong Mei Ling, who cautioned ...": she is the focus
    if last.start - opener.end < APPOSED:
        return None  # "Villareal's son, Representative Mark Anthony Villareal, ...": the son
    return opener.actor


def subject_with_a_who_clause(earlier: list[MentionSpan], pronoun: str) -> str | None:
    """ "Acting Minister of Finance X, who has run the ministry since his predecessor, Y, was
    dismissed, insisted ... He said: “...”": a pronoun opening its sentence is the last
    sentence's subject, not one named inside the subject's "who" clause."""
    if not pronoun[:1].isupper():
        return None
    last = earlier[-1]
    opener = opening_the_sentence_of(last, earlier)
    if opener.actor == last.actor or not (opener.leads and opener.acts):
        return None
    return opener.actor


def subject_before_a_backstory(earlier: list[MentionSpan], paragraph: int) -> str | None:
    """ "Papadopoulos, who replaced Thanos Lekkas ..., has made debt reduction the centrepiece
    of his first budget. Lekkas had overseen two earlier rounds ..." then "“...,” he said" in
    the next paragraph: the last sentence's past perfect tells what came before, and "he" is
    the subject of the paragraph's sentence before it."""
    last = earlier[-1]
    if last.paragraph == paragraph or not (last.backstory and last.leads):
        return None
    # (only of one the paragraph named before as a relative clause's object, "who replaced
    # Thanos Lekkas": not "Harry Kane had been left out ...", the news itself)
    replaced = any(
        m.actor == last.actor and m.governed and m.paragraph == last.paragraph for m in earlier[:-1]
    )
    if not replaced:
        return None
    before = [
        m
        for m in earlier
        if (m.paragraph, m.sentence) < (last.paragraph, last.sentence)
        and m.paragraph == last.paragraph
        and m.leads
        and m.actor != last.actor
    ]
    return before[-1].actor if before else None


def subject_governing(earlier: list[MentionSpan]) -> str | None:
    """ "Wong will report directly to Tan Boon Huat, who has chaired the board since 2019.
    “...,” she said": the subject of the sentence that names the last person as a
    preposition's object."""
    last = earlier[-1]
    if not last.governed:
        return None
    opener = opening_the_sentence_of(last, earlier)
    return opener.actor if opener.leads and opener.actor != last.actor else None


def reporter_of_the_last(earlier: list[MentionSpan]) -> str | None:
    """ "Senator Jackson Mutua said his committee would summon both Mr Mwangi and Dr Otieno.
    “...,” he said": the one whose words named the last person, not someone named in them."""
    last = earlier[-1]
    if last.says:
        return None
    speaking = [
        m
        for m in earlier[:-1]
        if (m.paragraph, m.sentence) == (last.paragraph, last.sentence) and m.says
    ]
    return speaking[-1].actor if speaking and speaking[-1].actor != last.actor else None


def subject_beside_the_last(earlier: list[MentionSpan]) -> str | None:
    """ "Héctor Ferreyra ... announced the stoppage, flanked by fellow co-leader Jorge Lamas
    Quintana ... “...,” he said": the subject the last person named stood beside."""
    last = earlier[-1]
    if not last.beside or last.acts:
        return None  # "joined by Scott Bessent, who defended the tariffs": he acts
    opener = opening_the_sentence_of(last, earlier)
    return opener.actor if opener.leads and opener.actor != last.actor else None


def roles_for_credits(actors: list[ActorFound]) -> dict[str, list[str]]:
    """Each actor's roles by name, with "Dr" when the article calls them so: "Dr. Jaime
    Santos, president of ... “...,” the doctor said"."""
    return {
        actor.name: actor.roles + (["Dr"] if any(map(called_doctor, actor.aliases)) else [])
        for actor in actors
    }


def called_doctor(alias: str) -> bool:
    return alias.split(None, 1)[0].rstrip(".") == "Dr"


def role_words(roles: list[str]) -> set[str]:
    """The words of a person's roles, abbreviations written out: "Sen." is "senator", so
    "the senator said" finds Sen. Ted Cruz."""
    words = written_out(WORD.findall(" ".join(roles).casefold()))
    # "Texas Rep. Mike McCaul ... the Republican lawmaker told Fox News", the chairman of a
    # "House of Representatives Committee"
    seats = words | {word.removesuffix("s") for word in words}
    if seats & LEGISLATORS:
        words |= LAWMAKER_WORDS
    if seats & MEMBERS_OF_PARLIAMENT:
        words |= {"mp"}  # "Hon. X, the Kisumu Woman Representative ... the MP said"
    if "committee" in words and words & LEGISLATURES:
        # "Deputy X, head of the Lower House Energy Committee ... the MP said": its members
        # are lawmakers
        words |= LAWMAKER_WORDS | {"mp"}
    # "Justice S. Meenakshi Ramanathan ... the judge observed"
    if words & BENCH_TITLES:
        words |= {"judge"}
    if words & {"ambassador", "envoy", "consul", "chargé"}:
        words |= {"diplomat"}  # "Vietnamese Ambassador Le Quang Minh ... the diplomat told"
    # the one who leads a body is its "boss", "chief" or "leader": "ZPC managing director
    # Engineer Rutendo Makoni ... the ZPC boss said", the secretary-general of a congress of
    # trade unions "the labour leader"
    # ("Trade Secretary Fernando Bautista ... the trade chief said": a field's secretary
    # heads its department)
    field_secretary = any(
        previous in BODY_FIELDS and word == "secretary"
        for role in roles
        for previous, word in itertools.pairwise(WORD.findall(role.casefold()))
    )
    return words | HEAD_WORDS if field_secretary or leads_a_body(words) else words


def leads_a_body(words: set[str]) -> bool:
    """Whether a role's words name a body's leading office."""
    return bool(
        words & LEADING_OFFICES
        or {"managing", "director"} <= words
        or {"chief", "executive"} <= words
        or "secretary-general" in words
        or {"secretary", "general"} <= words
    )


# The seats whose holder an article may call "the lawmaker" or "the legislator"
LEGISLATORS = frozenset(
    "representative senator congressman congresswoman congressperson mp legislator lawmaker "
    "assemblyman assemblywoman parliamentarian".split()
)
LAWMAKER_WORDS = frozenset({"lawmaker", "legislator"})
# ... and "the MP": a seat in a parliament's lower house
MEMBERS_OF_PARLIAMENT = frozenset({"representative", "parliamentarian"})
LEGISLATURES = frozenset({"house", "parliament", "parliamentary", "senate", "assembly", "congress"})
BENCH_TITLES = frozenset({"justice", "magistrate"})
LEADING_OFFICES = frozenset(
    {"president", "chairman", "chairwoman", "chair", "chairperson", "governor", "ceo", "head"}
)
HEAD_WORDS = frozenset({"boss", "chief", "leader", "head"})


ROLE_REACH = 150  # characters after a name where its appositive role can name another


def named_in_role_of(
    mention: MentionSpan, earlier: list[MentionSpan], roles: dict[str, list[str]]
) -> bool:
    return any(
        other.paragraph == mention.paragraph
        and 0 < mention.start - other.end < ROLE_REACH
        and other.actor != mention.actor
        and any(mention.actor in role for role in roles.get(other.actor, []))
        for other in earlier
    )


# A company's name ends in a legal form or a group's word ("Kioxia Holdings", "Adani Group")
COMPANY_NAME_WORDS = CORPORATE_SUFFIXES | frozenset({"holdings", "holding", "group"})
# A legal form written before a name: "PT Sulawesi Nikel Mandiri" (not "the PT", Brazil's
# Workers' Party)
LEGAL_FORMS_FIRST = frozenset({"PT"})


# What any organisation may be called, whatever its name: "the group said"
GENERIC_BODY_NOUNS = frozenset({"group", "body", "organisation", "organization"})
OTHER_KINDS = ORG_HEADS - INDUSTRY_HEADS
# British and American spellings of a body's kind
SPELLINGS = {
    "centre": "center",
    "center": "centre",
    "organisation": "organization",
    "organization": "organisation",
    "programme": "program",
    "program": "programme",
}
# The names a think-tank goes by: "the think-tank said" of the Policy Research Institute
THINK_TANK_HEADS = frozenset({"institute", "centre", "center", "foundation", "forum"})
REGULATOR_KINDS = frozenset({"commission", "authority", "board", "agency", "office", "bureau"})


def resolve_organisation(
    mentions: list[MentionSpan],
    paragraph: int,
    offset: int,
    noun: str,
    fields: set[str] | None = None,
) -> str | None:
    """ "The ministry said" is an organisation named before it with that head word ("Ministry
    of Foreign Affairs"), "the company" one with a legal form: the one named last when that
    is in the same paragraph ("A Kleinwort Benson spokesman declined ... but the company
    said"); else the one named most so far, then one a sentence has opened with (the story's
    own bank, not the central bank it cites "by"), then the first named."""
    noun = noun.casefold()
    noun = BODY_OF_ITS_MEMBERS.get(noun, noun)  # "the bench": the court it sits for
    noun = "company" if noun in COMPANY_TRADES else noun
    wanted = COMPANY_NAME_WORDS if noun in {"company", "firm"} else {noun}
    wanted = THINK_TANK_HEADS if noun in {"think-tank", "think tank"} else wanted
    # ("the centre said" of the "Phenix Center": either spelling)
    wanted = wanted | {SPELLINGS[word] for word in wanted if word in SPELLINGS}
    # "the regulator" of the Public Utilities Regulatory Commission, of the Commission for
    # Regulation of Utilities: a name word the noun opens
    stem = "regulat" if noun == "regulator" else noun[:-1] if len(noun) >= 7 else None
    kind_named = [
        m
        for m in mentions
        if m.kind == "ORG"
        # read without periods: "S.A." is "sa"
        and (
            wanted & (words := kind_words(m.actor))
            or (stem and any(word.startswith(stem) for word in words))
            or (noun == "union" and named_by_its_members(words))
            or (noun in {"company", "firm"} and legal_form_first(m.actor))
        )
    ]
    if fields:  # "the energy ministry": only one whose name says so
        kind_named = [m for m in kind_named if holds_portfolio(m.actor, fields)]
        if not kind_named:
            return None
    earlier = [m for m in kind_named if (m.paragraph, m.start) < (paragraph, offset)]
    if not earlier and noun == "company":
        # "workers at Bushveld Ridge Platinum ... Bushveld Ridge spokesperson ... the company
        # said": where no name says it is a company's, one whose name says no other kind,
        # named twice or more (not "told The Daily Beast" once)
        unkinded = [
            m
            for m in mentions
            if m.kind == "ORG"
            and (m.paragraph, m.start) < (paragraph, offset)
            and len(name_words := m.actor.casefold().split()) > 1
            and not set(name_words) & OTHER_KINDS
        ]
        named = Counter(m.actor for m in unkinded)
        # (and the first organisation the story names, its own: not Amnesty International,
        # named twice in a story that opens "Eskom said ... the company said")
        first = next((m.actor for m in mentions if m.kind == "ORG"), None)
        earlier = [m for m in unkinded if named[m.actor] > 1 and m.actor == first]
    if not earlier and (noun not in ORG_HEADS or noun in GENERIC_BODY_NOUNS):
        # "ENARGAS defended the measure. '...,' the regulator said": the organisation that
        # opened a sentence of the paragraph before a noun no name ends with ("regulator");
        # else ("'...,' the regulator said in the order" before the article names the Nigerian
        # Electricity Regulatory Commission) the one it names so later
        opening = [
            m
            for m in mentions
            if m.kind == "ORG"
            # (or of the paragraph before, when the quote opens its own: "The Securities
            # Commission Malaysia (SC) said in a statement ... '...,' the regulator said")
            and paragraph - 1 <= m.paragraph <= paragraph
            and (m.paragraph, m.start) < (paragraph, offset)
            # (or one that spoke in the quote's paragraph: "In a statement, Ibec said ...
            # “...,” the business group said")
            and (m.start - m.sentence <= len("The ") or (m.paragraph == paragraph and m.says))
            # any organisation is "the group"; "the regulator" is one whose name says no
            # other kind ("ENARGAS", not "The Minerals Council" nor "The Treasury"), or a
            # kind regulators are ("Securities Commission Malaysia")
            and (
                noun in GENERIC_BODY_NOUNS
                or not (heads := {w.casefold() for w in m.actor.split()} & OTHER_KINDS)
                or (noun == "regulator" and bool(heads & REGULATOR_KINDS))
            )
        ]
        later = kind_named if noun != "firm" else []  # ("the firm": any company's word)
        return opening[-1].actor if opening else later[0].actor if later else None
    if not earlier:
        return None
    if earlier[-1].paragraph == paragraph:
        # (the one that spoke in the paragraph, before one named in its words: "the DBM said
        # the DOH could tap ... “...,” the department said")
        speaking = [m for m in earlier if m.paragraph == paragraph and m.says]
        return (speaking or earlier)[-1].actor
    # "According to the Ministry of Tourism, ..." then "The ministry welcomed ...": opening
    # its paragraph, the one of its kind the paragraph before names alone
    just_before = {m.actor for m in earlier if m.paragraph == paragraph - 1}
    if offset <= len("The ") and len(just_before) == 1 and earlier[-1].paragraph == paragraph - 1:
        return just_before.pop()
    # "Aceros del Bajío S.A. de C.V. ... said it would cut 1,200 jobs" then "“...,” the company
    # said": the only one of its kind the article has had speak (not a rival that also
    # spoke: then the one named most)
    speakers = {m.actor for m in earlier if m.says}
    if len(speakers) == 1:
        return speakers.pop()
    named = Counter(m.actor for m in earlier)
    # opening its sentence, "The" aside
    subjects = {m.actor for m in earlier if m.leads or m.start - m.sentence <= len("The ")}
    salience = {actor: (count, actor in subjects) for actor, count in named.items()}
    most = max(salience.values())
    # of equals, the first named: the story's own ("Kioxia Holdings will spend ... loans by
    # Sumitomo Mitsui Banking Corp. ... the company said")
    return next(m.actor for m in earlier if salience[m.actor] == most)


def legal_form_first(name: str) -> bool:
    first, _, rest = name.partition(" ")
    return first in LEGAL_FORMS_FIRST and bool(rest)


def kind_words(name: str) -> set[str]:
    """The words of an organisation's name, read without periods ("S.A." is "sa"), its
    French, Spanish, Portuguese or Italian head as the English kind ("Grupo" is "group")."""
    words = {word.casefold().replace(".", "") for word in name.split()}
    return {ROMANCE_ORG_KINDS.get(word, word) for word in words}


def named_by_its_members(words: set[str]) -> bool:
    """A union called by the workers it unites: "the union said" of the Federation of Energy
    Sector Workers, the National Union of Mineworkers; not a body whose name says another
    kind (a Workers' Party, the Employees Provident Fund, a Department of Migrant Workers)."""
    return not (words & NO_UNIONS) and any(
        word.rstrip("'").endswith(("workers", "employees")) for word in words
    )


# Kinds of bodies no union is, whatever members their names name
NO_UNIONS = frozenset(
    "party fund department ministry bank agency authority board commission office bureau "
    "corporation corp company inc ltd plc group holdings institute university foundation "
    "trust administration directorate secretariat court tribunal".split()
)


# "said the president of the management board of LNG Hrvatska, Vesna Horvat": the role's
# holder named right after it and its body
# (a body's long name may come between: "the Chairwoman of the Trade Union of Industrial
# Zones and Export Processing Zones of Bắc Ninh Province, Phan Thị Mai"), with the city it is
# of set off ("the president of the Japanese Chamber of Commerce, Bangkok, Kenji Morimoto") or
# its short name ("... at the Japan Business Federation, or Keidanren, Shinji Okuda")
APPOSITION_AFTER_A_ROLE = re.compile(
    r"(?:\s+(?:of|at|for|in)\s+[^,;:.“”\"]{1,120}(?:,\s+(?:or\s+)?[A-Z][\w'’-]+)?)?,\s*"
)


def named_in_apposition(text: str, base: int, end: int, people: list[MentionSpan]) -> bool:
    """Whether the role noun ending at `end` is followed by its holder's name, set off."""
    return any(
        m.start - base > end and APPOSITION_AFTER_A_ROLE.fullmatch(text, end, m.start - base)
        for m in people
    )


RELATIVE_WHO = re.compile(r",\s+who\s")
# Title words alone between a body and a person: "Bangladesh Bank Governor", "CBN Deputy Governor"
TITLE_BETWEEN = re.compile(r"\s+(?:[A-Z][\w.-]*\s+){1,3}")


def titled_from_the_body(text: str, base: int, mentions: list[MentionSpan]) -> str | None:
    """The person whose title names the first mention's body right before the name
    ("Bangladesh Bank Governor Farhana Haque Chowdhury"), or None."""
    body, person = mentions[0], next((m for m in mentions[1:] if m.kind == "PER"), None)
    if person is None:
        return None
    between = text[body.end - base : person.start - base]
    words = between.split()
    title = TITLE_BETWEEN.fullmatch(between) and words[-1].casefold().rstrip(".") in TITLE_WORDS
    # ("according to the Secretary-General of the Trades Union Congress (TUC), X,": the title
    # and its body set off before the name)
    office = OFFICE_BEFORE_ITS_BODY.search(text[: body.start - base])
    set_off = bool(SET_OFF_AFTER_ITS_BODY.fullmatch(between)) and bool(
        office and {part.casefold() for part in office.group(1).split("-")} & TITLE_OR_ROLE
    )
    return person.actor if title or set_off else None


SET_OFF_AFTER_ITS_BODY = re.compile(r"\s*(?:\([^()]{1,12}\))?\s*,\s*")
OFFICE_BEFORE_ITS_BODY = re.compile(r"\b([\w-]+)\s+of\s+(?:the\s+)?$")
TITLE_OR_ROLE = TITLE_WORDS | ROLE_NOUNS


def closest(candidates: list[tuple[int, str | None]], anchor: int) -> str | None:
    return min(candidates, key=lambda c: abs(c[0] - anchor))[1] if candidates else None


def unnamed_proxy_speaks(text: str, base: int, verb: int, inside: list[MentionSpan]) -> bool:
    """Whether the speech verb at `verb` has an unnamed spokesperson or official for its
    subject; one named in apposition ("A spokeswoman for the ministry, Liu Yanping, told")
    is named."""
    lowered = text.lower()
    if text.isascii() and not any(part in lowered for part in PROXY_NOUN_PARTS):
        return False  # no proxy's noun at all (the common case, decided without the search)
    proxy = INDEFINITE_PROXY.search(text)
    if proxy is None or not base + proxy.start() <= verb < base + proxy.end():
        return False
    return not any(
        m.kind == "PER" and proxy.start() <= m.start - base < proxy.end() for m in inside
    )


# "An OPEC+ delegate, who asked not to be named because ..., said:": a subject the article
# will not name, whatever organisation its description names ("An official at the
# Competition Authority of Kenya (CAK), who spoke on condition of anonymity, said")
ANONYMOUS_SUBJECT = re.compile(
    r"^\W*(?:an?|one|another)\s[^,;“”\"]{0,120},\s*(?:who\s+(?:asked|declined|did\s+not\s+want)"
    r"\s+(?:not\s+)?to\s+be\s+(?:named|identified)|(?:who\s+)?(?:spoke|speaking)\s+on\s+"
    r"(?:the\s+)?condition\s+of\s+anonymity)[^,;“”\"]{0,120},\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
AGENT_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$")
# (nor the body of someone unnamed who speaks: "A senior official at CMS ... said")
UNNAMED_MEMBER_OF = re.compile(
    r"\b(?:a|an|one|another)\s+(?:[\w-]+\s+){0,3}?(?:"
    + "|".join(sorted(ROLE_NOUNS | PROXY_NOUNS))
    + r")\s+(?:at|of|for|from|with|in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
INSIDE_A_RELATIVE_CLAUSE = re.compile(
    r",\s+(?:who|whom|whose|which)\b[^,]*$"
    # (without a comma, only when no speech verb ended the clause: "Lawmakers who attended
    # the briefing said the minister ...")
    r"|\b(?:who|whom|whose|which)\b(?![^,]*\b(?:said|says|told|tells|added)\b)[^,]*$"
)
# A relative clause set off by commas, closed right before a speech verb
SET_OFF_CLAUSE = re.compile(
    r",\s+(?:who|whom|whose|which)\b[^;“”\"]*?,(?=\s+(?:\w+\s+)?" + _SPEECH + r"\b)",
    re.IGNORECASE,
)
# ... or one that ends the text: '“...,” said X, chairman of EGAS, who succeeded Y in March.'
# (a sentence ended: not '..., who Beck on Wednesday called “...”', where the clause speaks)
CLAUSE_TO_THE_END = re.compile(r",\s+(?:who|whom|whose)\b[^,;“”\"]*[.!?]\s*$")
# ... or before another verb: "X, who succeeded Y in March, celebrated the decision in a
# post: “...”"
CLAUSE_BEFORE_A_VERB = re.compile(
    r",\s+(?:who|whom|whose)\b[^;“”\"]*?,(?=\s+(?!and\b|or\b|but\b)[a-z])"
)
SET_OFF_CLAUSES = (SET_OFF_CLAUSE, CLAUSE_BEFORE_A_VERB, CLAUSE_TO_THE_END)
# (also after an opening phrase: "In an announcement on the JSE, Bokamoso said ...", not
# "Jane Doe, chief economist, Capital Economics said")
CLAUSE_OPENS = re.compile(
    r"(?:[.;]|,?\s+(?:and|but|while|whereas)|^(?:In|On|At|After|Before|During|Following"
    r"|Speaking|Asked|Responding|Earlier|Later|Separately|Meanwhile)\b[^,]*,)\s+(?:the\s+)?$"
)


# "shot back", "hit back", "fired back": a reply, with "back"
ANSWERING_VERBS = frozenset({"shot", "shoots", "hit", "hits", "fired", "fires", "snapped"})


def answered_back(verb: re.Match[str], text: str) -> bool:
    return verb.group().casefold() in ANSWERING_VERBS and text.startswith(" back", verb.end())


# a person's noun after a body's name (and its acronym in brackets): "the MCP parliamentarian"
ITS_PERSON_AFTER = re.compile(r"(?:\s+\([A-Z][\w&-]*\)|\))?\s+([a-z]+(?:-[a-z]+)*)\b")


def its_person_after(text: str, end: int) -> bool:
    """A role noun right after the organisation named up to `end`: one of its people."""
    noun = ITS_PERSON_AFTER.match(text, end)
    return noun is not None and noun.group(1).split("-")[-1] in ITS_PERSON_NOUNS


# "continue" speaks only where the words go on: '..., he continued.', not "could not
# continue selling grain"
CONTINUE_FORMS = frozenset({"continue", "continues", "continued", "continuing"})
MODALS = frozenset("will would could can cannot may might should must not to".split())
WORDS_GO_ON = re.compile(r"\s*(?:[,.;:\"“”'‘’—-]|$)")


def goes_on_doing(verb: re.Match, text: str) -> bool:
    """A "continue" with an action after it ("could not continue selling grain", "will
    continue to be"): no speech verb (but "Trump continued to question ...": his clause's)."""
    if verb.group().casefold() not in CONTINUE_FORMS or WORDS_GO_ON.match(text, verb.end()):
        return False
    following = NEXT_WORD.match(text, verb.end())
    before = text[: verb.start()].split()
    return (following is not None and following.group(1).endswith("ing")) or (
        bool(before) and before[-1].casefold() in MODALS
    )


def speaker_in(
    text: str,
    base: int,
    paragraph: int,
    mentions: list[MentionSpan],
    side: str,
    roles: dict[str, list[str]] | None = None,
    unnamed: Sequence[Introduction] = (),
) -> str | None:
    """The speaker named around a speech cue in `text` (which starts at offset `base`).

    side "after": the text after a quote ('..., Park told reporters' or '..., said Park');
    side "before": the text before it ('Kang said, "..."'), where the subject before the verb
    wins and a name after the verb ('said Rep. Kim: "..."') is the fallback.
    """
    inside = [
        m
        for m in mentions
        if m.paragraph == paragraph
        and base <= m.start < base + len(text)
        and not search_end(SPEAKS_FOR, text[: m.start - base])  # "a spokeswoman for X said"
    ]
    # '..., the source told Ahram Online': whom a speaker tells does not speak
    inside = [
        m
        for m in inside
        if not search_end(
            LISTENER_BEFORE, text[max(0, m.start - base - LISTENER_REACH) : m.start - base]
        )
    ]
    # (nor one inside a clause set off before the verb: "The Platform Economy Association of
    # India (PEAI), which counts ... Vayu Mobility among its members, said")
    clauses = (
        [c.span() for pattern in SET_OFF_CLAUSES for c in pattern.finditer(text)]
        if "," in text
        else []
    )
    # (nor one named in the question that opens it: "Asked whether Sewusa would lower its
    # demand, he did not hesitate. “...”" is his)
    opening = OPENING_CLAUSE.match(text) if side == "before" else None
    clauses += [opening.span()] if opening else []
    inside = [m for m in inside if not any(a <= m.start - base < b for a, b in clauses)]
    # "said the Malawi Congress Party (MCP) parliamentarian", "the ADMARC boss said": one of
    # its people speaks, not the body
    inside = [m for m in inside if not (m.kind == "ORG" and its_person_after(text, m.end - base))]
    # (an organisation after "by" is an agent, no subject: "in a memo seen by PREMIUM TIMES")
    people = [m for m in inside if m.kind == "PER"] or [
        m
        for m in inside
        if not search_end(AGENT_BEFORE, text[: m.start - base])
        and not UNNAMED_MEMBER_OF.search(text[: m.start - base])
    ]
    names = [(m.start, m.actor) for m in people]
    # "she said", "the mayor said": the last person named before them.
    # "the economist" of "no relation to the economist, said" or "an aide to the minister"
    # is a preposition's object, no subject
    # (nor one inside a "who" clause: "Rajesh Kumar Pillai, who represented the former CEO,
    # told reporters", "said one of two witnesses who ... feared retribution from the
    # congressman")
    nominals = [
        n
        for n in NOMINAL_SPEAKER.finditer(text)
        if not OBJECT_OF.search(text, 0, n.start())
        and not INSIDE_A_RELATIVE_CLAUSE.search(text, 0, n.start())
        and text[n.end() : n.end() + 2] not in {"'s", "’s"}  # "the governor's sister-in-law"
        and not named_in_apposition(text, base, n.end(), people)
    ]
    # (not the "he" of "who asked not to be named because he is not authorised to speak": the
    # unnamed one's)
    pronoun_matches = [
        *(p for p in PRONOUN.finditer(text) if not ANONYMITY_EXPLAINED.search(text, 0, p.start())),
        *nominals,
    ]
    pronouns = [
        (
            base + p.start(),
            resolve_pronoun(mentions, paragraph, base + p.start(), p.group(), roles, unnamed),
        )
        for p in pronoun_matches
    ]
    # (not the "asked" of "who asked not to be named": a wish, not the words quoted)
    unnamed_asks = [a.span() for a in ASKED_NOT_TO_BE_NAMED.finditer(text)]
    verbs = [
        m
        for m in WORD.finditer(text)
        if (m.group().casefold() in SPEECH_VERBS or answered_back(m, text))
        and not any(start <= m.start() < end for start, end in unnamed_asks)
        and not goes_on_doing(m, text)
    ]
    # (a noun after an owner is no verb beside one that is: "X said the Reserve Bank's warning
    # was aimed at ..."; but "Trump's claim that “...”" alone is his)
    owned = [m for m in verbs if text[: m.start()].rstrip().endswith(("'s", "’s"))]
    verbs = [m for m in verbs if m not in owned] or verbs
    # "the platform said" of "the Turkish Exporters' Platform": an organisation's last word
    own_heads = {m.actor.rsplit(None, 1)[-1].casefold() for m in mentions if m.kind == "ORG"}
    named_kinds = [
        n
        for n in THE_NOUN.finditer(text)
        if n.group(1) in own_heads and n.group(1) not in INSTITUTION_NOUNS
    ]
    # (a body judging something is its subject too: "The ministry welcomed the decision of the
    # SSCA, saying: “...”" is the ministry's)
    subject_verbs = verbs or (judging_verbs(text) if side == "before" else [])
    for nominal in [
        *NOMINAL_ORGANISATION.finditer(text),
        *named_kinds,
        *PERSONS_BODY.finditer(text),
    ]:
        # only as the verb's subject: "the ministry said", "said the ministry", not "Mr.
        # Morgan of the Sierra Club said"
        # (not after "saying": "..., saying the corporation could not continue": what is said)
        subject = any(
            0 <= verb.start() - nominal.end() <= SUBJECT_GAP
            or (0 <= nominal.start() - verb.end() <= 1 and not verb.group().endswith("ing"))
            for verb in subject_verbs
        )
        # (nor the object of a "who" clause: "Minister X, who chairs the commission, said")
        subject = subject and not INSIDE_A_RELATIVE_CLAUSE.search(text, 0, nominal.start())
        # (not a nominal a name follows before its verb: "After the forum, the MoIT said")
        subject = subject and not any(
            nominal.end() <= m.start - base < verb.start()
            for m in inside
            for verb in subject_verbs
            if 0 <= verb.start() - nominal.end() <= SUBJECT_GAP
        )
        # (or the sentence's subject, whom "..., saying:" goes back to: "The ministry welcomed
        # the decision of the SSCA, saying: “...”")
        subject = subject or (
            side == "before"
            and not text[: nominal.start()].strip()
            and any(said_in_passing(verb, text) for verb in subject_verbs)
        )
        preceding = text[: nominal.start()].rstrip().rsplit(" ", 1)[-1].casefold()
        # (not "said the council's executive secretary, Ms X": whose officer speaks)
        owner = text[nominal.end() : nominal.end() + 2] in {"'s", "’s"}
        # (nor "who is not related to the union leader, said": one of its people)
        owner = owner or bool(
            (next_word := NEXT_WORD.match(text, nominal.end()))
            and next_word.group(1).split("-")[-1] in ITS_PEOPLE  # "the union co-chair said"
        )
        if not subject or owner or preceding in {"of", "at", "for", "on", "with"}:
            continue
        at = base + nominal.start()
        noun = nominal.group(1).casefold()
        fields = portfolio(nominal.group().split()[1:-1]) if noun in PORTFOLIO_NOUNS else set()
        if fields or body_introduced(unnamed, mentions, paragraph, at, noun):
            # "the energy ministry said": the one named with that portfolio, else unnamed;
            # "the ministry said" after it: that unnamed one
            organisation = resolve_organisation(mentions, paragraph, at, noun, fields)
            pronoun_matches.append(nominal)
            pronouns.append((at, organisation if fields else None))
            continue
        # ("the Petroleum Authority of Uganda (PAU), the upstream regulator, said": the one it
        # stands beside, not another regulator named later)
        organisation = in_apposition(mentions, paragraph, base, text[: nominal.start()])
        organisation = organisation or resolve_organisation(mentions, paragraph, at, noun)
        if not organisation and PERSONS_BODY.fullmatch(nominal.group()):
            # ("Namata has not spoken ..., but her ministry said it wanted “...”": the
            # ministry, unnamed; not a person named in the sentence)
            pronoun_matches.append(nominal)
            pronouns.append((at, None))
            continue
        if organisation:
            pronoun_matches.append(nominal)
            pronouns.append((at, organisation))
    dash = DASH_ATTRIBUTION.match(text) if side == "after" else None
    if dash:
        return closest([n for n in names if n[0] >= base + dash.end()], base + dash.end())
    according = list(ACCORDING_TO.finditer(text))
    if according:  # "according to Yahoo News": a person or an organisation
        cue = base + according[-1].end()
        after_cue = [m for m in inside if m.start >= cue]
        # (not one named in a "who" clause after an unknown name: "according to Ramesh KC,
        # who replaced Kumar Prasad Dahal")
        after_cue = [
            m for m in after_cue if not RELATIVE_WHO.search(text, cue - base, m.start - base)
        ]
        source = closest([(m.start, m.actor) for m in after_cue], cue)
        if after_cue and after_cue[0].kind == "ORG":
            # "according to Bangladesh Bank Governor X": the body is in X's title
            source = titled_from_the_body(text, base, after_cue) or source
            if DATA_AFTER.match(text, after_cue[0].end - base):
                source = None  # "according to INEC figures": numbers it gave, not words
        if object_pronoun := OBJECT_PRONOUN.match(text, according[-1].end()):
            # "According to her, ...": the one "she" is
            subject_form = "she" if object_pronoun.group(1).casefold() == "her" else "he"
            source = resolve_pronoun(mentions, paragraph, cue, subject_form, roles, unnamed)
        # '..., Hùng told a cabinet meeting, according to a government statement': the
        # source names no one, the verb's subject spoke (not the one told: 'Iran's top
        # diplomat told Sergei Lavrov, according to state media')
        verb_subjects = [
            m for m in people if any(0 <= base + v.start() - m.end <= 2 for v in verbs)
        ]
        # '"...," Yusupov said, according to the national news agency UzA': he spoke, the
        # agency reported it
        reported = source in {m.actor for m in inside if m.kind == "ORG"}
        # ('"...," the minister said, according to the Jordan News Agency': the one "the
        # minister" is spoke, the agency reported it)
        told_by = [
            speaker
            for match, (_, speaker) in zip(pronoun_matches, pronouns, strict=True)
            if speaker and any(0 <= verb.start() - match.end() <= 2 for verb in verbs)
        ]
        if reported and told_by and not verb_subjects:
            return told_by[0]
        if (source and not (reported and verb_subjects)) or not verb_subjects:
            return source
    if not verbs and side == "before":  # 'Yoon criticized the package as “too little”'
        verbs = subject_verbs  # (the judging verbs, read above)
    if not verbs and side == "before" and text.rstrip().endswith(":"):
        # 'Her colleague, Lee Min-ho, was more cautious: "..."': the clause's subject (not
        # "One hotel manager, who asked not to be named because ... with BTMI, put it bluntly:")
        unnamed_subject = ANONYMOUS_SUBJECT.match(text[: text.rfind(",") + 1] + " ")
        return None if unnamed_subject else min(names + pronouns, default=(0, None))[1]
    if not verbs:
        return None
    verb = base + (verbs[-1] if side == "before" else verbs[0]).start()
    if unnamed_proxy_speaks(text, base, verb, inside) or ANONYMOUS_SUBJECT.match(
        text[: verb - base]
    ):
        return None  # "An official, speaking on condition of anonymity, said": nobody named
    candidates = names + pronouns
    # A speaker right before the verb is its subject: '..." Trump told Bill O'Reilly'.
    subject_ends = [(base + p.end(), c) for p, c in zip(pronoun_matches, pronouns, strict=True)]
    subject_ends += [(m.end, (m.start, m.actor)) for m in people]
    # "The New York Post reports that ...", but not "Reached by POLITICO, Bennett denied ..."
    if (
        inside
        and inside[0].kind == "ORG"
        and not search_end(AGENT_BEFORE, text[: inside[0].start - base])
    ):
        subject_ends.append((inside[0].end, (inside[0].start, inside[0].actor)))
    # '..., and LGTI said in a statement that Gonzales “is committed ...”': an organisation
    # that opens a later clause right before its verb is a subject too (not "Fred Kagan, a
    # scholar at the American Enterprise Institute, said")
    subject_ends += [
        (m.end, (m.start, m.actor))
        for m in inside[1:]
        if m.kind == "ORG"
        and CLAUSE_OPENS.search(text[: m.start - base])
        and any(base + verb.start() - m.end == 1 for verb in verbs)
    ]
    # (verb, subject end, subject), the subject nearest its verb last: "A spokeswoman for the
    # Ministry of Commerce, Liu Yanping, told" is Liu Yanping's; but not one named inside
    # another's description: "Whitecliff, a fund that owns 2.1% of Hanseong Corp, said"
    found = [
        (v, end, c)
        for v in verbs
        for end, c in subject_ends
        if (
            0 <= base + v.start() - end <= SUBJECT_GAP
            and not POSSESSIVE_GAP.match(text[end - base : v.start()])  # "Obama's remarks"
        )
        or SET_OFF.fullmatch(text[end - base : v.start()])
    ]

    def described(subject: tuple) -> bool:
        verb_found, _, (start, _) = subject
        return any(
            other_verb is verb_found
            and end < start
            and DESCRIPTION.match(text[end - base : verb_found.start()])
            for other_verb, end, _ in found
        )

    with_subject = sorted(found, key=lambda f: (f[0].start(), not described(f), f[1]))
    if side == "before":
        return subject_before_the_quote(text, base, inside, verbs, with_subject, candidates)
    first_verb = [found for found in with_subject if found[0].start() == verbs[0].start()]
    if first_verb:
        return first_verb[-1][2][1]
    return closest(candidates, verb)


UNATTRIBUTED_STRATEGIES = frozenset(
    {
        "credited to a thing",
        "a name several people share",
        "an unnamed spokesperson",
        "someone unnamed, introduced before",
    }
)
NOMINAL_SUBJECT_REACH = 40  # characters after a quote where "the executive said" stands


def names_someone_unnamed(
    text: str,
    base: int,
    paragraph: int,
    mentions: list[MentionSpan],
    roles: dict[str, list[str]] | None,
    unnamed: Sequence[Introduction],
) -> bool:
    """Whether '“...,” the executive said' (or "he said") names someone the article brought in
    unnamed ("A Codelco executive, who asked not to be named, said ...")."""
    for nominal in NOMINAL_SPEAKER.finditer(text[:NOMINAL_SUBJECT_REACH]):
        nouns = set(WORD.findall(nominal.group().casefold())) & ROLE_NOUNS
        at = (paragraph, base + nominal.start())
        introduced = any(i.noun in nouns and (i.paragraph, i.offset) < at for i in unnamed)
        resolved = resolve_pronoun(mentions, *at, nominal.group(), roles, unnamed)
        if introduced and resolved is None:
            return True
    for pronoun in PRONOUN.finditer(text[:NOMINAL_SUBJECT_REACH]):
        at = (paragraph, base + pronoun.start())
        if introduced_since(people_before(mentions, *at, pronoun.group()), unnamed, *at):
            return True  # 'A reporter for Agence France-Presse called it ... “...,” he said'
    return False


# (after an honorific too: "Ms. Sato said", "said Mr Park.")
COURTESY_BEFORE = r"(?:([A-Z][a-z]+)\.?\s+(?=[A-Z]))?"
SHARED_NAME_THEN_VERB = re.compile(r"^[\s,—–-]*" + COURTESY_BEFORE + r"([A-Z][\w'’-]+)\s+(\w+)")
VERB_THEN_SHARED_NAME = re.compile(
    r"^[\s,—–-]*(\w+)\s+" + COURTESY_BEFORE + r"([A-Z][\w'’-]+)\s*(?:[.,;:]|$)"
)


def names_a_shared_surname(after: str, shared: set[str]) -> bool:
    """The attribution after a quote names its speaker by a name several people of the article
    share ("Park said" after Park Ji-hoon and Park Se-ra) and the analysis could not tell
    which: the quote is nobody's rather than the nearest person's."""
    match = SHARED_NAME_THEN_VERB.match(after)
    if match:
        courtesy, name, verb = match.groups()
    elif match := VERB_THEN_SHARED_NAME.match(after):
        verb, courtesy, name = match.groups()
    else:
        return False
    if courtesy and courtesy.casefold() not in HONORIFICS:
        return False  # "Kim Jong said": a name, not an honorific, before the last word
    return verb.casefold() in SPEECH_VERBS and name.casefold() in shared


def shared_names(mentions: list[MentionSpan]) -> set[str]:
    """The one-word names ("park", "nowak", "rojas") that are a word of two or more people's
    names in the article (a Spanish first surname stands inside: "Andrés Rojas Valdivia")."""
    owners: dict[str, set[str]] = {}
    for person in {m.actor for m in mentions if m.kind == "PER"}:
        words = person.split()
        if len(words) > 1:
            for word in {w for w in words if w.casefold() not in PERSON_PARTICLES}:
                owners.setdefault(word.casefold(), set()).add(person)
    return {word for word, people in owners.items() if len(people) > 1}


# What documents do: "the statement read", "The draft said"; "read" counts only here, where
# the subject is a thing, never as a speech cue of its own.
THING_VERBS = SPEECH_VERBS | {"read"}
THING_SUBJECT = re.compile(r"^[\s,.?!—–-]*(?i:the|a|an|one|another|this|that)\s+[a-z][a-z’' -]*$")
NAME_REACH = 40  # characters after a speech verb where its subject may be named
THING_AFTER_VERB = re.compile(r"^\s*(?:the|a|an|one|another)\s+[A-Za-z][\w-]*(?:\s+[a-z][\w-]*)*")


# '“...,” the statement said' after 'X said in a statement' / 'X in a statement said'
STATEMENT_SAID = re.compile(
    r"^[\s,.?!—–-]*the\s+statement\s+(?:said|says|read|reads|added|adds)\b", re.IGNORECASE
)
# ("A statement issued by the Directorate of Presidential Communications": the issuer next)
IN_A_STATEMENT = re.compile(
    r"\b(?:in|issued)\s+a\s+statement\b|\bstatement\s+(?:issued|released|posted)\s+by\s+",
    re.IGNORECASE,
)
BY_THE = re.compile(r"(?:the\s+)?")  # "issued by (the) X": the issuer right after
SAID_BEFORE_CUE = re.compile(r"\s+(?:said|says|announced|added)\s+")
# " issued last night, " before the issuer, or " issued later in the day, the "
PHRASE_THEN_NAME = re.compile(r"^[^,]*,\s*(?:the\s+)?$")
# " signed by its president, Ms Temwa Chisale, the " before the body that issued it
PHRASE_AND_SIGNER_THEN_BODY = re.compile(r"^[^,]*,[^,]*,\s*(?:the\s+)?$")


def statement_issuer(
    sentences: list[Sentence], span: QuoteSpan, mentions: list[MentionSpan]
) -> str | None:
    """Who issued the statement a quote is read from: the first actor named in the last
    sentence before the quote, in its paragraph or the one before, that says "in a
    statement" ("The Dhaka Chamber of Commerce and Industry (DCCI) said in a statement that
    ...", "In a statement issued last night, Meghna Crest Apparels Ltd blamed ..."): before
    those words, or right after the phrase they open; None when no such sentence names one
    ("In a statement, the business mogul announced ... to Manafort")."""
    issued = [
        (s, cue)
        for s in sentences
        if span.first_paragraph - 1 <= s.paragraph <= span.first_paragraph
        and (s.paragraph, s.start) < (span.first_paragraph, span.start)
        and (cue := IN_A_STATEMENT.search(s.text))
    ]
    if not issued:
        return None
    sentence, cue = issued[-1]
    named = [
        m
        for m in mentions
        if m.paragraph == sentence.paragraph and sentence.start <= m.start < sentence.end
    ]
    before_cue = [m for m in named if m.start - sentence.start < cue.start()]
    # the subject of "said in a statement" right before it ("..., the RBZ said in a
    # statement"), else the sentence's first name
    said_just_before = [
        m
        for m in before_cue
        if SAID_BEFORE_CUE.fullmatch(sentence.text[m.end - sentence.start : cue.start()])
    ]
    before = iter(said_just_before[-1:] or before_cue)
    # (looked for only when no one is named before the cue)
    issued_by = cue.group().rstrip().casefold().endswith(" by")  # "statement issued by X"
    after = (
        m
        for m in named
        if PHRASE_THEN_NAME.match(gap := sentence.text[cue.end() : m.start - sentence.start])
        or (issued_by and BY_THE.fullmatch(gap))
        or (m.kind == "ORG" and PHRASE_AND_SIGNER_THEN_BODY.match(gap))
    )
    issuer = next(before, None) or next(after, None)
    if issuer:
        return issuer.actor
    # "In a statement issued on Wednesday evening, the authority said ...": the organisation
    # named so before
    nominal = STATEMENT_SUBJECT.match(sentence.text, cue.end())
    return (
        resolve_organisation(mentions, sentence.paragraph, sentence.start, nominal.group(1))
        if nominal
        else None
    )


# After "In a statement ...,": the organisation named by its kind ("the authority said")
STATEMENT_SUBJECT = re.compile(r"(?:[^,]*,)?\s*the\s+([a-z]+)\s+(?:said|says|added)\b")


def speaks_as_a_thing(text: str, base: int, paragraph: int, mentions: list[MentionSpan]) -> bool:
    """'“...,” the letter reads', '“...,” said one source on the panel', 'The draft said
    member states “...”': the speech verb next to a quote (in `text`, the attribution after
    or before it) has an unnamed subject, neither a person named nor a role ("the mayor")."""
    verb = next((m for m in WORD.finditer(text) if m.group().casefold() in THING_VERBS), None)
    if verb is None:
        return False
    near = text[: verb.end() + NAME_REACH]
    if PRONOUN.search(near) or NOMINAL_SPEAKER.search(near):
        return False
    subject = text[: verb.start()]
    if subject.strip(" ,.?!—–-"):
        unnamed = THING_SUBJECT.match(subject)  # '“...,” the letter reads'
    else:
        unnamed = THING_AFTER_VERB.match(text[verb.end() :])  # '“...,” said one source'
    reach = base + verb.end() + NAME_REACH  # "said the Rev. Peter Wherry" names him
    named = any(m.paragraph == paragraph and base <= m.start < reach for m in mentions)
    return bool(unnamed) and not named


NAME_THEN_SAID = re.compile(
    r"(?:[A-Z][\w.'’-]*\s+){1,6}(?:said|says|asked|asks|told|added|wondered|demanded)\b"
)


def attribution_end(sentences: list[Sentence], paragraph: str, number: int, offset: int) -> int:
    """Where the attribution after a quote ending at `offset` can end: the end of the quote's
    sentence, or of the next one when the quote closes its sentence ('"...?" Vitter asked.')."""
    following = [s for s in sentences if s.paragraph == number and s.end > offset - 1]
    if not following:
        return len(paragraph)
    end = following[0].end
    # ('"...?" Vitter asked.', or after a question or a cry, a name opening a longer one with
    # its speech verb: '"...?" KMWU President Kim Ji-hoon said at a rally in front of ...';
    # not after a statement closed by its period, which the next sentence does not credit:
    # '"... no place in a campaign." Ohio Gov. John Kasich said he would have fired ...')
    asked = paragraph[max(0, offset - 2) : offset].strip("”\"’' ")[-1:] in {"?", "!"}
    short = len(following) > 1 and (
        len(following[1].text.split()) <= MAX_ATTRIBUTION_WORDS
        or (asked and NAME_THEN_SAID.match(following[1].text) is not None)
    )
    if not paragraph[offset:end].strip(" ,.;:!?") and short:
        end = following[1].end
    return min(end, offset + ATTRIBUTION_WINDOW)


def sentence_of(sentences: list[Sentence], paragraph: int, offset: int) -> Sentence | None:
    for sentence in sentences:
        if sentence.paragraph == paragraph and sentence.start <= offset < sentence.end:
            return sentence
    return None


SPLIT_ATTRIBUTION = re.compile(r"^,?\s*([^.!?“”\"]{1,60}),\s*$")


def join_split_quotes(
    spans: list[QuoteSpan], paragraphs: list[str] | tuple[str, ...]
) -> list[QuoteSpan]:
    """One quote from '“The talks were frank,” Nishimura said, “and we will meet again.”'"""
    joined: list[QuoteSpan] = []
    for span in spans:
        previous = joined[-1] if joined else None
        if previous and previous.paragraph == span.first_paragraph == span.paragraph:
            gap = paragraphs[span.paragraph][previous.end : span.start]
            attribution = SPLIT_ATTRIBUTION.match(gap)
            if attribution and set(WORD.findall(gap.casefold())) & SPEECH_VERBS:
                text = f"{previous.text.rstrip(',')}, {span.text}"
                joined[-1] = QuoteSpan(
                    span.paragraph,
                    previous.first_paragraph,
                    previous.start,
                    span.end,
                    text,
                    (previous.end, span.start),
                )
                continue
        joined.append(span)
    return joined


def quoted(mention: MentionSpan, span: QuoteSpan) -> bool:
    where = (mention.paragraph, mention.start)
    if span.inner_attribution and mention.paragraph == span.paragraph:
        start, end = span.inner_attribution
        if start <= mention.start < end:
            return False  # the attribution of a split quote: '“...,” Kim said, “...”'
    return (span.first_paragraph, span.start) <= where < (span.paragraph, span.end)


SUBJECT_OPENING = 30  # characters from a sentence's start where its subject's name begins


OPENING_CONJUNCTIONS = frozenset({"but", "and", "yet", "so"})
OPENING_PREPOSITIONS = frozenset({"on", "in", "at", "for", "during", "earlier", "later", "asked"})


def subject_before_the_quote(
    text: str,
    base: int,
    inside: list[MentionSpan],
    verbs: list[re.Match[str]],
    with_subject: list[tuple[re.Match[str], int, tuple[int, str | None]]],
    candidates: list[tuple[int, str | None]],
) -> str | None:
    """The speaker of a quote after `text`: the sentence's subject where it says it
    "..., saying:", else the subject right before the last verb ("Clinton says Trump's
    late-night tweets were ...": a verb right after its subject beats a later word that may
    be a noun, "tweets", "remarks"), else the name closest before that verb."""
    opening = opening_subject(candidates, text, base, inside)
    # (another speech word before it with a subject of its own: "X said ..., adding")
    alone = all(verb is verbs[-1] or subject == opening for verb, _, subject in with_subject)
    if opening and alone and said_in_passing(verbs[-1], text):
        # "Maria Lopez welcomed the decision of Ahmed Khan, saying: “...”": the sentence's
        # subject, not the name nearest "saying"
        return opening[1]
    if with_subject:
        return with_subject[-1][2][1]
    verb = base + verbs[-1].start()
    subjects = [c for c in candidates if c[0] < verb]
    return closest(subjects, verb) or closest(candidates, verb)


def opening_subject(
    candidates: list[tuple[int, str | None]], text: str, base: int, inside: list[MentionSpan]
) -> tuple[int, str | None] | None:
    """The name or nominal that opens `text` (a sentence from offset `base`) as its subject:
    after nothing but capitalised words, a title or a number ("Former Pennsylvania governor
    Ed Rendell", "76-year-old Morton Blackwell"); the name a title after the first one
    belongs to ("Hillary Clinton campaign spokesman Glen Caplin"); None when the sentence
    opens otherwise ("One operative inside Trump Tower ...", "The Sanders campaign ..."; but
    "The Ministry of Energy ...": an organisation named; `inside`: the names in `text`); an
    owner's officer named after it ("Trump's Virginia state director, Mike Rubino, ...");
    else the owner ("Ryan's campaign ..., telling reporters")."""
    bodies = {m.start for m in inside if m.kind == "ORG"}
    owners = {m.start for m in inside if text[m.end - base : m.end - base + 2] in {"'s", "’s"}}
    # (after an opening phrase: "On Saturday, Francis ...", "Like Corker, Menendez ...")
    words = text.split(None, 1)
    opener = words[0].casefold() if words else ""
    if opener in OPENING_CONJUNCTIONS:
        start = len(text) - len(words[1]) if len(words) > 1 else 0  # "But Sen. Pat Toomey ..."
    elif opener in FUNCTION_WORDS | OPENING_PREPOSITIONS or (
        opener.endswith(",") and not any(candidate[0] == base for candidate in candidates)
    ):
        start = text.find(",") + 1  # (or after a sentence adverb: "Separately, ...")
    else:
        start = 0
    ordered = sorted(
        (candidate for candidate in candidates if candidate[0] - base >= start),
        key=lambda candidate: candidate[0],
    )
    people = {m.start for m in inside if m.kind == "PER"}
    # "The chairman of the Standing Committee on Power, Chaudhry Nadeem Akhtar, accused ...":
    # the person a title phrase opening the sentence sets off
    set_off = next(
        (
            candidate
            for candidate in ordered
            if candidate[0] in people
            and titled_apposition(
                text[start : candidate[0] - base].lstrip(), text[candidate[0] - base :]
            )
        ),
        None,
    )
    if set_off:
        return set_off
    if not ordered or ordered[0][0] - base - start >= SUBJECT_OPENING:
        return None
    before = text[start : ordered[0][0] - base].split()
    if not all(
        word[:1].isupper()
        and (word != "The" or ordered[0][0] in bodies)
        or any(ch.isdigit() for ch in word)
        or word.casefold() in ROLE_NOUNS | TITLE_WORDS
        for word in before
    ):
        return None
    if len(ordered) > 1 and title_between(text[ordered[0][0] - base : ordered[1][0] - base]):
        return ordered[1]
    if ordered[0][0] in owners:
        officer = len(ordered) > 1 and OFFICER_SET_OFF.fullmatch(
            text[ordered[0][0] - base : ordered[1][0] - base]
        )
        if officer:
            return ordered[1]
    return ordered[0]


# An owner, then the title of its officer, named after a comma: "Trump's Virginia state
# director, "
OFFICER_SET_OFF = re.compile(r"[^,.;]+['’]s\s+[^,.;]{1,50},\s+")


# "The chairman of the National Assembly Standing Committee on Power, ": a title and what it
# is of, set off by a comma before the name it belongs to
TITLE_PHRASE = re.compile(
    r"[Tt]he\s+((?:[\w’'-]+\s+){0,3}?[\w’'-]+)(?:\s+(?:of|for|at)\s[^,;.“”\"]{1,80})?,\s+"
    r"(?:[A-Z][\w’'-]*\.?\s+){0,2}"  # the name's own title: "The Labour Minister, Shri X,"
)


def titled_apposition(opening: str, rest: str) -> bool:
    """Whether `opening` is a title phrase setting off the name `rest` opens with, itself set
    off by a comma after it."""
    phrase = TITLE_PHRASE.fullmatch(opening)
    if not phrase or phrase.group(1).split()[-1].casefold() not in ROLE_NOUNS | TITLE_WORDS:
        return False
    return re.match(r"[^,;.“”\"]{2,60},", rest) is not None


def title_between(gap: str) -> bool:
    """Whether `gap` is a name, then a title it is part of: "Hillary Clinton campaign
    spokesman ", "Sinaran chief executive "."""
    words = gap.split()
    if "," in gap or not words or not gap[-1:].isspace():
        return False
    lower = [word for word in words if not word[:1].isupper()]
    named = words[: len(words) - len(lower)]
    return (
        bool(named)
        and 0 < len(lower) <= 4
        and words[len(named) :] == lower
        and lower[-1].casefold() in ROLE_NOUNS | TITLE_WORDS
    )


def said_in_passing(verb: re.Match[str], text: str) -> bool:
    """ "..., saying", "..., adding": a participle set off by a comma, whose subject is the
    sentence's."""
    return verb.group().endswith("ing") and text[: verb.start()].rstrip().endswith(",")


def judging_verbs(text: str) -> list[re.Match[str]]:
    """The verbs of `text` that voice a judgement ("criticized", "welcomed")."""
    return [m for m in WORD.finditer(text) if m.group().casefold() in JUDGING_VERBS]


def sentence_subject(sentence: Sentence, mentions: list[MentionSpan]) -> str | None:
    """The person a sentence opens with ("Sen. Bernie Sanders ... identified young voters'
    exhaustion ..."), who the quote after it then goes on to voice; after a title of any
    length ("Principal Secretary for the State Department for Devolution Teresia Kamau said
    ..."), as the analysis saw the name lead its sentence."""
    in_sentence = [
        m for m in mentions if m.paragraph == sentence.paragraph and sentence.start <= m.start
    ]
    led = next((m for m in in_sentence if m.sentence == sentence.start and m.leads), None)
    if led:
        return led.actor if led.kind == "PER" else None
    opening = [m for m in in_sentence if m.start < sentence.start + SUBJECT_OPENING]
    return opening[0].actor if opening and opening[0].kind == "PER" else None


SAID_VERB = re.compile(r"\b(?:said|says|told|added|argued|warned|noted)\b")


def subject_who_said_before(
    previous: Sentence, sentences: list[Sentence], mentions: list[MentionSpan]
) -> str | None:
    """The person who opens the sentence before `previous` and said something there, when
    `previous` names no one: context set between their words and the quote."""
    if previous.index == 0 or any(
        m.kind == "PER" and m.paragraph == previous.paragraph and m.sentence == previous.start
        for m in mentions
    ):
        return None
    earlier = next(
        s for s in sentences if s.paragraph == previous.paragraph and s.index == previous.index - 1
    )
    subject = sentence_subject(earlier, mentions)
    return subject if subject and SAID_VERB.search(earlier.text) else None


def previous_paragraph_speaker(
    number: int,
    quotes: list[QuoteFound],
    sentences: list[Sentence],
    mentions: list[MentionSpan],
    roles: dict[str, list[str]] | None,
    unnamed: Sequence[Introduction] = (),
) -> str | None:
    """Who speaks in a paragraph that is a quote with no attribution: the speaker of the
    paragraph before when it ends in a quote, or the subject who 'said' something in its
    last sentence ('His neighbour, Sarah Lin, said the town needed better defences.')."""
    if quotes and quotes[-1].last_paragraph == number - 1:
        return quotes[-1].speaker
    last = [s for s in sentences if s.paragraph == number - 1][-1:]
    if not last:
        return None
    return speaker_in(
        last[0].text, last[0].start, number - 1, mentions, "before", roles, unnamed
    ) or sentence_subject(last[0], mentions)


def find_quotes(
    paragraphs: list[str] | tuple[str, ...],
    sentences: list[Sentence],
    mentions: list[MentionSpan],
    roles: dict[str, list[str]] | None = None,
) -> list[QuoteFound]:
    """The article's quotes and their speakers; `roles` (actor name -> roles the article
    states) resolves nominal speakers such as "the trade minister said"."""
    quotes: list[QuoteFound] = []
    spans = join_split_quotes(quote_spans(paragraphs), paragraphs)
    # People named inside quotes are not who "he said" refers to, nor who said them.
    mentions = [m for m in mentions if not any(quoted(m, span) for span in spans)]
    shared = shared_names(mentions)
    unnamed = (
        [*unnamed_introductions(sentences, mentions), *unnamed_bodies(sentences, mentions)]
        if spans
        else []
    )
    for index, span in enumerate(spans):
        paragraph = paragraphs[span.paragraph]  # where the quote closes
        opening = paragraphs[span.first_paragraph]  # where it opens
        sentence = sentence_of(sentences, span.first_paragraph, span.start)
        if is_scare_quote(span, opening, sentence.text if sentence else opening):
            continue
        sentence_start = sentence.start if sentence else 0
        before = opening[sentence_start : span.start]
        next_quote = next(
            (s.start for s in spans[index + 1 :] if s.first_paragraph == span.paragraph),
            len(paragraph),
        )
        after_end = min(next_quote, attribution_end(sentences, paragraph, span.paragraph, span.end))
        after = paragraph[span.end : after_end]
        speaker: str | None = None
        strategy = "no speaker found"
        said_before = ""  # the text that named the speaker before, for names_the_speaker
        if span.inner_attribution:
            start, end = span.inner_attribution
            inner = paragraph[start:end]
            speaker = speaker_in(inner, start, span.paragraph, mentions, "after", roles, unnamed)
            strategy = "attribution inside a split quote"
        sides = [
            (after, span.end, span.paragraph, "after"),
            (before, sentence_start, span.first_paragraph, "before"),
        ]
        fragment = is_partial(span.text, before) and before.strip()
        if fragment:
            # 'Trump described the incident as a “terrible situation,” but stopped short of
            # calling Shelby's actions ...': a fragment belongs to its sentence's subject.
            sides.reverse()
        for text, base, number, side in sides:
            if speaker is None and fragment and side == "after" and UNNAMED_PROXY.search(before):
                break  # 'A spokesman for ... said there was “no shortage”, though he ...'
            if speaker is None:
                speaker = speaker_in(text, base, number, mentions, side, roles, unnamed)
                strategy = f"attribution {side} the quote"
        named_before = any(
            m.kind == "PER"
            and m.paragraph == span.first_paragraph
            and sentence_start <= m.start < span.start
            for m in mentions
        )
        # (or "he said" that found no one: "Asked about ..., the minister was blunt. “...,” he
        # said" after a paragraph about an unnamed executive)
        pronoun_said_after = (
            (strategy == "attribution after the quote" or speaker is None)
            and not before.strip()
            and PRONOUN_SAID.match(after) is not None
        )
        if (
            (strategy == "attribution before the quote" and PRONOUN_OPENS.match(before))
            # ("Asked whether ..., the Tánaiste said the door was not closed. “...,” he said")
            or pronoun_said_after
        ) and not named_before:  # "She later met Minister X, who said: “...”": X's
            # "The minister said the first payments ... He added: “...”": the one the
            # sentence before calls so, when it names no one
            called = nominal_subject_before(sentence, sentences, mentions, roles, unnamed)
            if called and pronoun_said_after:
                called = person_the_pronoun_fits(called, PRONOUN_SAID.match(after)[1], mentions)
            if called:
                speaker, strategy = called, "a pronoun for the sentence before's subject"
        described = described_subject(
            paragraph[: span.start], after, span, mentions, roles, unnamed
        )
        if described and strategy == "attribution after the quote":
            speaker = described  # 'The FRA vice chairman, ..., said ... “...,” he said'
        governing = subject_of_the_paragraph_before(
            after, span, sentences, mentions, roles, unnamed
        )
        if governing and strategy == "attribution after the quote":
            speaker = governing  # 'The minister said ... under former minister X. “...,” he added'
        continued = continuing_speaker(before, after, quotes, mentions, span, sentences)
        if continued and speaker != continued:
            # 'Trump tweeted, quoting Comey. He added, “…”': who adds is who spoke before
            speaker, strategy = continued, "he added: the previous quote's speaker"
        # '“...,” the letter reads': nobody to credit, and not the person named before either;
        # '“...,” Park said' where the article names two Parks: not a guess between them
        if speaker is None and (
            speaks_as_a_thing(after, span.end, span.paragraph, mentions)
            or speaks_as_a_thing(before, sentence_start, span.first_paragraph, mentions)
        ):
            # 'X said in a statement that ... “...,” the statement said': X's
            issuer = STATEMENT_SAID.match(after) and statement_issuer(sentences, span, mentions)
            if issuer:
                quotes.append(found(span, issuer, sentence, before, "the issuer of a statement"))
                continue
            # '“...,” the letter reads', 'The draft said member states “recognise ...”'
            quotes.append(found(span, None, sentence, before, "credited to a thing"))
            continue
        if speaker is None and (
            UNNAMED_PROXY.search(after[:ATTRIBUTION_WINDOW]) or UNNAMED_PROXY.search(before)
        ):
            # '“...,” the spokeswoman said', 'A spokeswoman for the minister said “...”'
            quotes.append(
                found(
                    span,
                    None,
                    sentence,
                    before,
                    "an unnamed spokesperson",
                    described=introduced_before(unnamed, span),
                )
            )
            continue
        # 'A Codelco executive, who asked not to be named, said ... “...,” the executive said':
        # not the speaker of the paragraph before; 'An executive at a developer, who declined
        # to be named, called it “...”': the sentence's own unnamed subject, not the body
        # quoted the sentence before
        unnamed_speaks = speaker is None and (
            names_someone_unnamed(
                after[:ATTRIBUTION_WINDOW], span.end, span.paragraph, mentions, roles, unnamed
            )
            or (
                sentence is not None
                and any(
                    i.paragraph == span.first_paragraph and sentence.start <= i.offset < span.start
                    for i in unnamed
                )
            )
        )
        if unnamed_speaks:
            quotes.append(
                found(
                    span,
                    None,
                    sentence,
                    before,
                    "someone unnamed, introduced before",
                    described=introduced_before(unnamed, span),
                )
            )
            continue
        if speaker is None and names_a_shared_surname(after, shared):
            quotes.append(found(span, None, sentence, before, "a name several people share"))
            continue
        if speaker is None and span.start == 0 and span.first_paragraph > 0:
            # 'Caddell continued:' then the quote as a paragraph of its own
            lead_in = paragraphs[span.first_paragraph - 1]
            if lead_in.rstrip().endswith(":"):
                tail = max(0, len(lead_in) - ATTRIBUTION_WINDOW)
                speaker = speaker_in(
                    lead_in[tail:],
                    tail,
                    span.first_paragraph - 1,
                    mentions,
                    "before",
                    roles,
                    unnamed,
                )
                strategy = "lead-in paragraph ending with a colon"
        if speaker is None and sentence and not before.strip() and sentence.index > 0:
            # '... while Kerry negotiates, Schiff said. "The other factor is ..."'
            previous = next(
                s
                for s in sentences
                if s.paragraph == span.first_paragraph and s.index == sentence.index - 1
            )
            # (read without its own quotes: '"The governor has pre-announced the move," said
            # Takeshi Nakamura' is Nakamura's, not the governor's)
            speaker = speaker_in(
                QUOTED_SPAN.sub(lambda quoted: " " * len(quoted.group()), previous.text),
                previous.start,
                span.first_paragraph,
                mentions,
                "before",
                roles,
                unnamed,
            ) or sentence_subject(previous, mentions)
            # ('Dr X said the pattern was worrying. Turnout has rarely exceeded 30 per cent,
            # according to INEC figures. “When turnout is this low, ...”': a sentence of
            # context between)
            speaker = speaker or subject_who_said_before(previous, sentences, mentions)
            strategy = "the sentence before the quote"
            said_before = previous.text
        if speaker is None and quotes and quotes[-1].paragraph == span.first_paragraph:
            speaker = quotes[-1].speaker  # a second quote in the speaker's paragraph
            strategy = "the speaker of the paragraph's earlier quote"
            # named as that quote's speaker was: its attribution stands for both
            said_before = speaker if quotes[-1].named and speaker else ""
        if speaker is None and (span.start == 0 or not before.strip()):
            # '“...” That was the warning from Rashedul Islam, ...', 'That was how Prof. X'
            # (a quote opening its sentence, wherever: '... the ruling camp. “...” X, who
            # heads the caucus, made the remarks in an interview')
            speaker = credited_after(span, paragraph, mentions)
            strategy = "credited in the sentence after"
            said_before = paragraph[span.end :] if speaker else ""
        if speaker is None and not after.strip() and names_no_one_before(span, mentions):
            # '“This deal buys time ...”' then 'That warning came from Sydney Cheung, ...'
            # (after a sentence that names no one: 'Exporters voiced frustration. “...”')
            speaker = credited_next(span.paragraph, paragraphs, mentions)
            strategy = "credited in the next paragraph"
            said_before = paragraphs[span.paragraph + 1] if speaker else ""
        if speaker is None and span.start == 0 and span.first_paragraph > 0:
            speaker = previous_paragraph_speaker(
                span.first_paragraph, quotes, sentences, mentions, roles, unnamed
            )
            strategy = "the speaker of the paragraph before"
        attribution = f"{before} {after} {inner_text(span, paragraph)} {said_before}"
        quotes.append(found(span, speaker, sentence, before, strategy, attribution))
    return quotes


# What a quote is called when the words after it credit it: "The comment came from X"
SAID_NOUNS = (
    r"(?:view|words?|verdict|assessment|warning|message|opinion|argument|position|reaction"
    r"|response|comments?|remarks?|criticism|plea|appeal|concerns?|question|complaint"
    r"|assurance|promise|pledge|reminder|rebuke|reply|answer)"
)
# "That was the view of", "That warning came from", "Those were the words of", "So said"
CREDIT_OPENING = re.compile(
    # ("The blunt assessment came from X": the noun may have its adjectives)
    r"^(?:(?:(?:That|This|Those|These)(?:\s+\w+)?|The\s+(?:[a-z]+\s+){0,2}?" + SAID_NOUNS + r")"
    r"\s+(?:was|were|is|came|comes)"
    r"(?:\s+the\s+" + SAID_NOUNS + r")?"
    # ("The concern was raised by X", "That was the question posed by Senator X": whoever
    # voices it; not "rejected by X")
    r"\s+(?:of|from|(?:raised|posed|voiced|put|expressed|echoed)\s+by(?:\s+[A-Z][\w.]*)?)"
    # ("of the Vice Chairman and General Secretary of the Vietnam Textile and Apparel
    # Association, Dr X": a title, its body, then the name set off)
    r"(?:\s+the\s+[A-Z][^.;“”\"]{1,120}?,"
    # ("came from Popular Democratic Movement (PDM) finance spokesperson X", "the view of
    # Disy MP X", "the warning from National Action Party (PAN) Senator X": a body and its
    # title before the name)
    # (the body's name with its small words: "Zimbabwe Congress of Trade Unions (ZCTU)
    # secretary-general Mr X")
    r"|\s+[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*|\s+(?:of|for|and|on)(?=\s+[A-Z]))*"
    r"(?:\s+\([A-Z]{2,10}\))?(?:\s+[A-Z][\w'’&.-]*)*(?:\s+[a-z][\w-]*){0,3})?"
    # ("So said Samburu Governor Peter Lemaiyan", "That was how Democratic Progressive Party
    # (DPP) Legislator X put it": a title may stand between)
    r"|(?:(?:That|This)\s+(?:was|is)\s+how|So\s+said)(?:\s+[^.;:“”\"]{1,60}?)?)\s+$"
)  # not "That claim was rejected by X": whoever rejects it did not say it
# "“...” Pol Gen Thawatchai repeated the line several times": the one who says it again;
# "... Senator X, of the Liberal Party (PL), made the comment on Thursday": the one who said it
# (after an aside set off: "Dr X, assistant professor of economics at ..., made the
# observation")
CREDITED_BY_ITS_SUBJECT = re.compile(
    r"(?:,[^,;.“”\"]{1,120},)?\s+(?:(?:repeated|reiterated)\s+(?:the|that|this|those|it|his|her)\b"
    r"|made\s+(?:the|those|these)\s+(?:remarks?|comments?|observation|statement)\b)"
)
# A sentence's end inside the words before a name
SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def names_no_one_before(span: QuoteSpan, mentions: list[MentionSpan]) -> bool:
    """Whether the quote's paragraph names no person before it."""
    return not any(
        m.paragraph == span.paragraph and m.kind == "PER" and m.start < span.start for m in mentions
    )


def credited_next(
    paragraph: int, paragraphs: Sequence[str], mentions: list[MentionSpan]
) -> str | None:
    """The person a paragraph that stands alone as a quote is credited to by the next
    paragraph's opening words ("That was the view of Martín Rossi Castaño, a labour
    economist ...")."""
    following = paragraph + 1
    if following >= len(paragraphs):
        return None
    # (the first person: a body may stand in the title before the name, "That was the
    # position of the President of the Nigerian Medical Association (NMA), Dr. X")
    first = next((m for m in mentions if m.paragraph == following and m.kind == "PER"), None)
    return credited_person(first, paragraphs[following][: first.start] if first else "")


def credited_after(span: QuoteSpan, paragraph: str, mentions: list[MentionSpan]) -> str | None:
    """The person the sentence after a quote opening its paragraph credits it to: "“...”
    That was the warning from Rashedul Islam, general secretary of ..."."""
    first = next(
        (
            m
            for m in mentions
            if m.paragraph == span.paragraph and m.start >= span.end and m.kind == "PER"
        ),
        None,
    )
    if first and first.leads and CREDITED_BY_ITS_SUBJECT.match(paragraph, first.end):
        return first.actor
    # (the credit may follow a sentence of context: "“...” Unemployment ... stands at 40%.
    # The comment came from X")
    opening = untitled(paragraph[span.end : first.start].lstrip()) if first else ""
    return credited_person(first, SENTENCE_BREAK.split(opening)[-1])


def credited_person(first: MentionSpan | None, opening: str) -> str | None:
    """The person named `first` when the words before the name (`opening`) credit a quote to
    them ("That was the view of Dr "); else None."""
    if first is None or first.kind != "PER" or not CREDIT_OPENING.match(untitled(opening)):
        return None
    return first.actor


def untitled(opening: str) -> str:
    """The words before a name without the courtesy titles that end them ("... of Mrs ")."""
    words = opening.split()
    while words and words[-1].casefold().rstrip(".") in HONORIFICS | ACADEMIC_HONORIFICS:
        words.pop()
    # ("... president Tan Sri ": a Malaysian honorific of two words)
    last_two = [word.casefold().rstrip("'’") for word in words[-2:]]
    if len(last_two) == 2 and last_two[0] in HONORIFIC_FIRST_WORDS:
        words = words[:-2] if last_two[1] in HONORIFIC_SECOND_WORDS else words
    return " ".join(words) + " " if words else ""


PRONOUN_OPENS = re.compile(r"^\s*(?:He|She)\s")
NOMINAL_SUBJECT_SAID = re.compile(
    NOMINAL_SPEAKER.pattern
    + r"\s+(?:"
    + "|".join(sorted(SPEECH_VERBS))
    # ("Asked about ..., the minister was blunt. “...,” he said": how the words were said)
    + r"|was\s+(?:more\s+|less\s+)?(?:blunt|cautious|direct|candid|emphatic|defiant|firm|frank))\b",
    re.IGNORECASE,
)


# A clause that opens a sentence before its subject: "Asked whether the IMF had demanded the
# new taxes, "
OPENING_CLAUSE = re.compile(
    r"(?:Asked|Speaking|Responding|Answering|Pressed)\b[^;:“”\"]{1,150}?,\s+"
)


def nominal_said(text: str) -> re.Match[str] | None:
    """The nominal subject and speech verb a sentence opens with ("The minister said"), after
    a clause of its own too ("Asked whether ..., the minister said")."""
    clause = OPENING_CLAUSE.match(text)
    if clause is None:
        return NOMINAL_SUBJECT_SAID.match(text)
    # (the clause may hold commas of its own: "Asked about so-called phantom Saudization, in
    # which companies register ..., the minister was blunt")
    ends = [clause.end()] + [c.end() for c in CLAUSE_COMMA.finditer(text, clause.end(), 250)]
    return next(filter(None, (NOMINAL_SUBJECT_SAID.match(text, end) for end in ends)), None)


CLAUSE_COMMA = re.compile(r",\s+")


def nominal_subject_before(
    sentence: Sentence | None,
    sentences: list[Sentence],
    mentions: list[MentionSpan],
    roles: dict[str, list[str]] | None,
    unnamed: Sequence[Introduction],
) -> str | None:
    """Whom the nominal opening the paragraph's sentence before `sentence` names ("The
    minister said ..."), when that sentence names no person; else None."""
    if sentence is None or sentence.index == 0:
        return None
    previous = next(
        (
            s
            for s in sentences
            if s.paragraph == sentence.paragraph and s.index == sentence.index - 1
        ),
        None,
    )
    said = previous and nominal_said(previous.text)
    if not previous or not said:
        return None
    if any(
        m.kind == "PER"
        and m.paragraph == previous.paragraph
        and previous.start <= m.start < sentence.start
        for m in mentions
    ):
        return None
    nominal = said.group().rsplit(None, 1)[0]
    return resolve_pronoun(mentions, previous.paragraph, previous.start, nominal, roles, unnamed)


NAMING_STRATEGIES = frozenset(
    {
        "attribution after the quote",
        "attribution before the quote",
        "attribution inside a split quote",
        "the sentence before the quote",  # 'Obama said X. “…”'
        "credited in the next paragraph",  # '“…”' then 'That was the view of X'
        "credited in the sentence after",  # '“…” That was the warning from X'
        "the speaker of the paragraph's earlier quote",  # when that one was named
    }
)


def inner_text(span: QuoteSpan, paragraph: str) -> str:
    return paragraph[slice(*span.inner_attribution)] if span.inner_attribution else ""


def names_the_speaker(speaker: str | None, strategy: str, attribution: str) -> bool:
    """Whether the words around the quote name its speaker ("Obama said", "President Obama
    told"), rather than a pronoun or a description standing for them."""
    if speaker is None or strategy not in NAMING_STRATEGIES:
        return False
    return not set(speaker.split()).isdisjoint(WORD.findall(attribution))


CONTINUATION_BEFORE = re.compile(r"^\s*(he|she)\s+(?:added|continued|went on)\b", re.I)
CONTINUATION_AFTER = re.compile(r"^[\s,—–-]*(he|she)\s+(?:added|continued|went on)\b", re.I)
# paragraphs back where the quote that "he added" goes on from may be (a paragraph between
# whose sentences no other person opens: "Venkatesan replaced Arvind Mathur, who ...")
CONTINUATION_REACH = 2


# A paragraph that opens with its subject described: "The FRA vice chairman, ...", "The
# regulator's vice chairman", "Separately, the minister ..."
# (after a word or a short clause that sets the scene: "Asked about the digital riyal, the
# governor said ...")
DESCRIBED_OPENING = re.compile(
    r"^\s*(?:[A-Z][\w'’-]*(?: [\w'’-]+){0,6},\s+)?(?P<nominal>the (?:[\w'’-]+ ){0,3}?"
    + _ROLE_NOUN
    + r"(?: "
    + _ROLE_NOUN
    + r")*)",
    re.IGNORECASE,
)
PRONOUN_SAID = re.compile(r"^\W*(he|she)\s+(?:said|says|added|told|continued)\b", re.I)


def person_the_pronoun_fits(
    person: str | None, pronoun: str, mentions: list[MentionSpan]
) -> str | None:
    """`person`, when "he" or "she" may stand for them (by the sex the article states of
    them, else their given name); else None."""
    sex = next((m.sex for m in mentions if m.actor == person and m.sex), "")
    return person if person and fits(pronoun, person, sex) else None


def described_subject(
    opening: str,
    after: str,
    span: QuoteSpan,
    mentions: list[MentionSpan],
    roles: dict[str, list[str]] | None,
    unnamed: Sequence[Introduction],
) -> str | None:
    """Who "he said" after a quote is when the paragraph opens with a description of its
    subject and names no one before the quote ("The FRA vice chairman, who is not related to
    the MP, said ... “...,” he said"): the person that description names."""
    pronoun = PRONOUN_SAID.match(after)
    if not pronoun or span.first_paragraph != span.paragraph:
        return None
    named_here = any(
        m.paragraph == span.paragraph and m.start < span.start and m.kind == "PER" for m in mentions
    )
    nominal = DESCRIBED_OPENING.match(opening)
    if named_here or not nominal:
        return None
    person = resolve_pronoun(mentions, span.paragraph, 0, nominal["nominal"], roles, unnamed)
    return person_the_pronoun_fits(person, pronoun.group(1), mentions)


def subject_of_the_paragraph_before(
    after: str,
    span: QuoteSpan,
    sentences: list[Sentence],
    mentions: list[MentionSpan],
    roles: dict[str, list[str]] | None,
    unnamed: Sequence[Introduction],
) -> str | None:
    """Who "he added" after a quote opening its paragraph is when the paragraph before ends
    with a sentence its nominal opens ("The minister said ... a project first proposed under
    former petroleum minister Hassan Karimian ..."): the one the nominal names, not a person
    named in it only as a preposition's object, nor one named in a paragraph before it ("The
    MUN leader said ..." after "... Gottlieb Haufiku will replace her")."""
    pronoun = PRONOUN_SAID.match(after)
    if not pronoun or span.start != 0 or span.first_paragraph != span.paragraph:
        return None
    last = [s for s in sentences if s.paragraph == span.paragraph - 1][-1:]
    said = last and nominal_said(last[0].text)
    if not said:
        return None
    sentence = last[0]
    named = [
        m
        for m in mentions
        if m.kind == "PER"
        and m.paragraph == sentence.paragraph
        and sentence.start <= m.start < sentence.end
    ]
    if not all(m.governed for m in named):
        return None  # (a person it names in a clause of their own may be "he")
    nominal = said.group().rsplit(None, 1)[0]
    person = resolve_pronoun(mentions, sentence.paragraph, sentence.start, nominal, roles, unnamed)
    if not named and not called_so(person, nominal, roles):
        return None  # ("The Ohio governor said" of no governor of Ohio the article names)
    return person_the_pronoun_fits(person, pronoun.group(1), mentions)


def called_so(person: str | None, nominal: str, roles: dict[str, list[str]] | None) -> bool:
    """Whether the roles stated of `person` hold what the nominal says of them besides its
    noun ("MUN" of "The MUN leader", for the secretary general of the Mineworkers Union of
    Namibia (MUN)), and its noun too unless it says only that they lead."""
    if person is None:
        return False
    held = role_words((roles or {}).get(person, []))
    words = set(WORD.findall(nominal.casefold())) - {"the"}
    nouns = words & ROLE_NOUNS
    return words - nouns <= held and bool(nouns & held or nouns <= LEADING_NOUNS)


def continuing_speaker(
    before: str,
    after: str,
    quotes: list[QuoteFound],
    mentions: list[MentionSpan],
    span: QuoteSpan,
    sentences: list[Sentence],
) -> str | None:
    """The speaker of the quote just before (in this paragraph or the two before), when
    this one goes on with "he added" or "she continued", that speaker is a person, and no
    other person opens a sentence between the two quotes ("Kate Byrne ... said she would
    not fast-track any project. She added: “…”" is Byrne's; "..., quoting a ruling by
    judge Martin Osei" names no new subject). The given name's usual gender is not asked:
    "Terry Strada ... She continued" is one woman."""
    cue = CONTINUATION_BEFORE.match(before) or CONTINUATION_AFTER.match(after)
    if not cue or not quotes or quotes[-1].speaker is None:
        return None
    previous = quotes[-1]
    if previous.paragraph < span.first_paragraph - CONTINUATION_REACH:
        return None
    subjects_between = {
        sentence_subject(sentence, mentions)
        for sentence in sentences
        if (previous.last_paragraph, previous.end) <= (sentence.paragraph, sentence.start)
        and (sentence.paragraph, sentence.start) < (span.first_paragraph, span.start)
    } - {None, previous.speaker}
    people = {m.actor for m in mentions if m.kind == "PER"}
    # (an organisation opening a sentence between is no "he": "The corporation has bought ...")
    other_people = subjects_between & people
    return previous.speaker if previous.speaker in people and not other_people else None


APPOSITION_GAP = 8  # characters between an organisation's name and the comma after it: " (PAU)"


def in_apposition(mentions: list[MentionSpan], paragraph: int, base: int, before: str) -> str:
    """The organisation named right before the comma that `before` ends with, "" if none."""
    if not before.rstrip().endswith(","):
        return ""
    comma = base + len(before.rstrip()) - 1
    named = [
        m
        for m in mentions
        if m.kind == "ORG" and m.paragraph == paragraph and 0 <= comma - m.end <= APPOSITION_GAP
    ]
    return named[-1].actor if named else ""


def introduced_before(unnamed: Sequence[Introduction], span: QuoteSpan) -> str:
    """How the article introduced the unnamed speaker of a quote: the last description of
    someone unnamed up to the quote, in its paragraph or the two before."""
    earlier = [
        i.described
        for i in unnamed
        if i.described
        and span.first_paragraph - PROXY_REACH <= i.paragraph <= span.paragraph
        and (i.paragraph, i.offset) < (span.paragraph, span.end)
    ]
    return earlier[-1] if earlier else ""


def found(
    span: QuoteSpan,
    speaker: str | None,
    sentence: Sentence | None,
    before: str,
    strategy: str,
    attribution: str = "",
    described: str = "",
) -> QuoteFound:
    if speaker is None and strategy not in UNATTRIBUTED_STRATEGIES:
        strategy = "no speaker found"
    FIRED[("attribution", strategy)] += 1
    return QuoteFound(
        span.text.rstrip(","),
        speaker,
        span.first_paragraph,
        sentence.index if sentence else 0,
        is_partial(span.text, before),
        span.start,
        span.end,
        span.paragraph,
        strategy,
        names_the_speaker(speaker, strategy, attribution),
        described,
    )
