"""The document model the analysis passes share: tokens, candidates, and what is found."""

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from bot.analysis.patterns import search_end
from bot.analysis.sentences import Sentence

# Initials ("U.S."), the "son of" of "Ganesan a/l Muthusamy", a word with its inner marks
# and ending ("Lagos-based", "Japan's"), or a mark. (Possessive quantifiers, "++" and "*+": no
# part of a token is ever given back, so the engine keeps no backtracking points.)
TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}+|(?:a/[lp]|[sd]/o)(?!\w)|\w++(?:[-'’.]\w++)*+(?:['’]s?)?+|[^\w\s]"
)
# An amount in a currency's letters ("QR3.5m", "P2.4", "QR14m"): written with a capital, no name
AMOUNT = re.compile(r"[A-Z]{1,3}\d[\d,]*(?:\.\d+(?:m|bn|mn|k|tn|b)?|m|bn|mn|k|tn|b)")
COMPOUND_ENDING = re.compile(
    r"-(?:led|based|owned|backed|run|controlled|sponsored|style|born|made|funded|dominated"
    r"|linked|affiliated|related|era|type|like|bound|registered|listed|headquartered)$"
)
POSSESSIVE = re.compile(r"['’]s?$")
ARABIC_ARTICLE = re.compile(r"(?:al|el|ad|as|ash|at|an|ar|az)-[A-Z]")
ELIDED_PARTICLE = re.compile(r"[dl]['’][A-Z]")


# What stands right before a name is searched for in the sentence's last characters before
# it: a pattern anchored at the end ("...\s+$") would otherwise be tried at every character
# of the sentence, for each rule that asks. Longer than any such pattern's match.
NEAR_REACH = 160


def ends_with(pattern: re.Pattern[str], before: str) -> re.Match[str] | None:
    """The match of end-anchored `pattern` that ends `before`, searched for among its last
    characters (`\\b` and look-behinds still see the characters before those)."""
    return search_end(pattern, before, max(0, len(before) - NEAR_REACH))


class SentenceTexts(dict[tuple[int, int], str]):
    """Each sentence's text by (paragraph, index within it), with what is read of the whole
    article's text for many decisions kept beside it (so it is read once, and with the
    article only)."""

    def __init__(self, sentences: list[Sentence]) -> None:
        super().__init__(((s.paragraph, s.index), s.text) for s in sentences)
        # capitalised words that many paragraphs name (actors.words_the_article_keeps_naming)
        self.kept_names: set[str] | None = None


@dataclass
class ActorFound:
    name: str
    kind: str  # "PER" or "ORG"
    aliases: set[str] = field(default_factory=set)
    roles: list[str] = field(default_factory=list)
    mentions: int = 0


@dataclass(frozen=True)
class MentionSpan:
    """Where an actor is named: paragraph and character offsets within it."""

    paragraph: int
    start: int
    end: int
    actor: str
    kind: str
    sentence: int = 0  # where its sentence starts in the paragraph
    leads: bool = False  # opens its sentence, after its title only: the sentence's subject
    acts: bool = False  # a "who" clause follows: ", who cautioned ..."
    beside: bool = False  # beside the sentence's subject: "flanked by X", "joined by X"
    sex: str = ""  # "M" or "F" as the article says it ("He is ...", "Ms"), else ""
    # the pronoun that is another's in the name's own clause: "he" of "when he took over from
    # Joseph Kaluwa" (so Kaluwa is not the "he" the next sentences go on about), else ""
    other_than: str = ""
    governed: bool = False  # a preposition's object: "report directly to Tan Boon Huat"
    backstory: bool = False  # the subject of a past perfect: "Lekkas had overseen ..."
    says: bool = False  # a speech verb's subject: "Aceros, a steelmaker ..., said it would"


@dataclass(slots=True)
class Token:
    text: str
    start: int
    end: int
    possessive: bool = False
    outer_end: int = 0  # after the possessive ending, if any
    modifier: bool = False  # "Lagos" of "Lagos-based": describes what follows, ends a name
    capitalised: bool = False


def is_capitalised(text: str) -> bool:
    # "al-Assad" is a capitalised name that opens with its article
    return (
        text[:1].isupper()
        or ("-" in text[2:4] and bool(ARABIC_ARTICLE.match(text)))
        # "Côte d'Ivoire", "Giscard d'Estaing": a French particle elided before the name
        or bool(ELIDED_PARTICLE.match(text))
    )


@dataclass
class Candidate:
    sentence: Sentence
    tokens: list[Token]
    title: list[Token]
    before: str  # text of the sentence before the candidate
    after: str  # text of the sentence after the candidate
    lower_vocabulary: set[str]  # the words the article writes in lower case
    employer: bool = False  # named inside a title: "Apple" of "Apple CEO Tim Cook"
    # a name of a list of organisations: "Energia" of "Electric Ireland, ... and Energia"
    listed_with_organisations: bool = False
    trace: list[str] = field(default_factory=list)  # what each pass decided, for `explain`
    # facts of its text that several rules ask, kept as first read (see read_once)
    known: dict[str, object] = field(default_factory=dict, repr=False, compare=False)
    name: str = field(init=False)  # as written, initials' periods included ("George W. Bush")

    def __post_init__(self) -> None:
        # 'Ramon "Monching" Villareal' is Ramon Villareal, "Monching" his nickname
        self.name = " ".join(INNER_NICKNAME.sub(" ", self.written()).split())

    def written(self) -> str:
        """The name as the sentence writes it, from its first token to its last."""
        start = self.sentence.start
        return self.sentence.text[self.tokens[0].start - start : self.tokens[-1].end - start]

    @property
    def nickname(self) -> str | None:
        """The nickname in quotes inside the name as written, if any."""
        inner = INNER_NICKNAME.search(self.written())
        return inner.group(1) if inner else None


Fact = TypeVar("Fact")


def read_once(fact: Callable[[Candidate], Fact]) -> Callable[[Candidate], Fact]:
    """`fact`, read once per candidate and then kept with it: for facts of the candidate's
    text alone (its tokens, title, sentence, before and after), which no pass changes."""
    name = fact.__qualname__

    @functools.wraps(fact)
    def kept(candidate: Candidate) -> Fact:
        known = candidate.known
        if name not in known:
            known[name] = fact(candidate)
        return known[name]  # type: ignore[return-value]

    return kept


# A nickname in quotes between a given name and a surname: 'Joseph “Erap” Estrada'
INNER_NICKNAME = re.compile(r"(?<=\w)\s+[\"“‘']([^\"“”‘’']+)[\"”’']\s+(?=\w)")


NAME_PUNCTUATION = re.compile(r"[-‐‑'’.]")


@functools.lru_cache(maxsize=65536)  # an article asks for the key of each name many times
def name_key(name: str) -> str:
    """Normalised form of a name: the same key is the same actor."""
    return " ".join(NAME_PUNCTUATION.sub(" ", name).casefold().split())


# A token with the whitespace before it: every character that is no whitespace starts a
# token (a word or a mark), so findall's pairs give each token's offset without a match object.
SPACED_TOKEN = re.compile(r"(\s*+)(" + TOKEN.pattern + ")")


def tokenize(sentence: Sentence) -> list[Token]:
    tokens = []
    end = sentence.start
    for space, written in SPACED_TOKEN.findall(sentence.text):
        start = end + len(space)
        end = start + len(written)
        if "'" in written or "’" in written or "-" in written:
            tokens.append(ending_token(written, start))
        else:
            # most words: no possessive ending, no compound ending (the fast path)
            # (an amount holds a digit: a word of letters alone is none)
            capitalised = written[0].isupper() and (
                written.isalpha() or not AMOUNT.fullmatch(written)
            )
            tokens.append(Token(written, start, end, False, end, False, capitalised))
    return tokens


def ending_token(written: str, start: int) -> Token:
    """A word that may end in a possessive ("Japan's") or a compound ending ("Tokyo-based")."""
    text = written
    possessive = False
    if len(text) > 2 and text[0].isalpha():
        possessive = bool(POSSESSIVE.search(text))
        text = POSSESSIVE.sub("", text)
    # "World Bank-led", "Tokyo-based": the name without its compound ending.
    compound = "-" in text and text[0].isupper() and COMPOUND_ENDING.search(text)
    if compound:
        text = text[: compound.start()]
    return Token(
        text,
        start,
        start + len(text),
        possessive,
        start + len(written),
        bool(compound),
        is_capitalised(text),
    )
