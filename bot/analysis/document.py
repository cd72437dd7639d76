"""The document model the analysis passes share: tokens, candidates, and what is found."""

import re
from dataclasses import dataclass, field

from bot.analysis.sentences import Sentence

TOKEN = re.compile(r"(?:[A-Z]\.){2,}|\w+(?:[-'’.]\w+)*(?:['’]s?)?|[^\w\s]")
COMPOUND_ENDING = re.compile(
    r"-(?:led|based|owned|backed|run|controlled|sponsored|style|born|made|funded|dominated"
    r"|linked|affiliated|related|era|type|like|bound|registered|listed)$"
)
POSSESSIVE = re.compile(r"['’]s?$")
ARABIC_ARTICLE = re.compile(r"(?:al|el|ad|as|ash|at|an|ar|az)-[A-Z]")


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


@dataclass(slots=True)
class Token:
    text: str
    start: int
    end: int
    possessive: bool = False
    outer_end: int = 0  # after the possessive ending, if any
    modifier: bool = False  # "Lagos" of "Lagos-based": describes what follows, ends a name
    capitalised: bool = field(init=False)

    def __post_init__(self) -> None:
        # "al-Assad" is a capitalised name that opens with its article
        self.capitalised = self.text[:1].isupper() or (
            "-" in self.text[2:4] and bool(ARABIC_ARTICLE.match(self.text))
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
    trace: list[str] = field(default_factory=list)  # what each pass decided, for `explain`
    name: str = field(init=False)  # as written, initials' periods included ("George W. Bush")

    def __post_init__(self) -> None:
        start = self.sentence.start
        written = self.sentence.text[self.tokens[0].start - start : self.tokens[-1].end - start]
        self.name = " ".join(written.split())


def name_key(name: str) -> str:
    """Normalised form of a name: the same key is the same actor."""
    return " ".join(re.sub(r"[-‐‑'’.]", " ", name).casefold().split())


def tokenize(sentence: Sentence) -> list[Token]:
    tokens = []
    for match in TOKEN.finditer(sentence.text):
        text = match.group()
        possessive = False
        if ("'" in text or "’" in text) and len(text) > 2 and text[0].isalpha():
            possessive = bool(POSSESSIVE.search(text))
            text = POSSESSIVE.sub("", text)
        start = sentence.start + match.start()
        # "World Bank-led", "Tokyo-based": the name without its compound ending.
        compound = "-" in text and text[0].isupper() and COMPOUND_ENDING.search(text)
        if compound:
            text = text[: compound.start()]
        outer_end = start + len(match.group())
        tokens.append(Token(text, start, start + len(text), possessive, outer_end, bool(compound)))
    return tokens
