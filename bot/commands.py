"""Understanding what a user typed: slash commands and plain questions become a Command."""

import re
from dataclasses import dataclass
from typing import Literal

Kind = Literal[
    "news",
    "who",
    "quotes",
    "said",
    "digest",
    "help",
    "add",
    "remove",
    "feeds",
    "follow",
    "unfollow",
    "following",
]
SOURCE_KINDS = {"add", "remove", "feeds"}  # change what the store reads, need no question
# "/digest subscribe 07:30 Asia/Seoul", "/digest settings": about the channel, not a day
DIGEST_SUBSCRIPTION = re.compile(r"^(subscribe|unsubscribe|settings)\b\s*(.*)$", re.IGNORECASE)
FOLLOW_KINDS = {"follow", "unfollow", "following"}  # belong to the channel they are asked in
MAX_QUERY_CHARS = 300

# (not "/who WHO spokesperson": the World Health Organization's)
WHOLE_QUESTION = re.compile(r"^(?:[Ww]ho|[Ww]hat)\s")
SLASH = re.compile(r"^/(news|who|quotes|digest|newsbot|help)\b\s*(.*)$", re.IGNORECASE | re.DOTALL)
QUESTIONS: list[tuple[re.Pattern[str], Kind]] = [
    (re.compile(r"^(?:help|usage|\?|commands)$", re.I), "help"),
    (re.compile(r"^(?:add|store|save)(?: (?P<query>.+))?$", re.I), "add"),
    (re.compile(r"^(?:remove|unfollow feed) (?:feed )?(?P<query>.+)$", re.I), "remove"),
    (re.compile(r"^unfollow (?P<query><?https?://\S+)$", re.I), "remove"),  # a feed's link
    (re.compile(r"^(?:feeds|list feeds|sources)$", re.I), "feeds"),
    (re.compile(r"^following$", re.I), "following"),
    (re.compile(r"^unfollow(?: (?P<query>.+))?$", re.I), "unfollow"),
    (re.compile(r"^follow(?: (?P<query>.+))?$", re.I), "follow"),
    (re.compile(r"^digest\b\s*(?P<query>.*)$", re.I), "digest"),
    (
        re.compile(
            r"^what (?:did|does|has|have) (?P<speaker>.+?) (?:say|said|says|tell|told)"
            r"(?: (?:about|on|of|regarding) (?P<query>.+))?$",
            re.I,
        ),
        "quotes",
    ),
    (
        re.compile(r"^(?:quotes?|what was said)(?: (?:by|from|of|about|on))? (?P<query>.+)$", re.I),
        "quotes",
    ),
    (re.compile(r"^who (?:said|says|has said)(?: (?P<query>.+))?$", re.I), "said"),
    # "who heads the LDP?", not "who runs for president?" nor "who leads in the polls?"
    (
        re.compile(
            r"^who (?P<leads>heads|leads|runs|chairs) (?!(?:for|in|on|at|to|with|against)\b)"
            r"(?P<query>.+)$",
            re.I,
        ),
        "who",
    ),
    # "what is Aygun Karimova's title?", "what does Josef Shikongo do?": the profile, which
    # lists the titles
    (
        re.compile(
            r"^what (?:is|are|was|were) (?P<query>.+?)['’]s? (?:title|job|role|position|post)s?$"
            # (not "what does the government intend to do?", a question for the news)
            r"|^what does (?P<query2>.+?)(?<!\bto) do$",
            re.I,
        ),
        "who",
    ),
    (re.compile(r"^(?:who|what) (?:is|are|was|were) (?:the )?(?P<query>.+)$", re.I), "who"),
    (re.compile(r"^(?:who|profile|tell me about|about) (?P<query>.+)$", re.I), "who"),
    (
        re.compile(
            r"^(?:(?:any |the |(?P<order>latest |recent |newest ))*"
            r"(?:news|articles?|stories|story|coverage)"
            r"(?: (?:about|on|of|for|regarding))?|search|find) (?P<query>.+)$",
            re.I,
        ),
        "news",
    ),
    # "latest news", "what's the latest?": the newest articles, no topic (not the word "news")
    (
        re.compile(
            r"^(?:what(?:'s|’s| is) )?(?:the |any )?(?P<query>latest|newest|recent)"
            r"(?: (?:news|articles?|stories|headlines|coverage))?$",
            re.I,
        ),
        "news",
    ),
]


# "who chairs X?" asks for its chair; "who heads / leads / runs X?" for whoever heads it
LEADING_TITLE = {"chairs": "chair", "heads": "head", "leads": "head", "runs": "head"}


@dataclass(frozen=True)
class Command:
    kind: Kind
    query: str = ""
    speaker: str = ""  # for quotes: whose quotes, when the question names a person
    problem: str = ""  # why the input cannot be answered (empty, too long, ...)
    page: int = 0  # 0 for the first answer, 1 after "more", ...

    @property
    def asks_something(self) -> bool:
        """A real question (not help or usage): worth sharing, and a subject to follow up on."""
        subscription = self.kind == "digest" and DIGEST_SUBSCRIPTION.match(self.query)
        kinds = {"help", *SOURCE_KINDS, *FOLLOW_KINDS}
        return not self.problem and self.kind not in kinds and not subscription


def clean(text: str) -> str:
    return " ".join(text.strip().strip("?!.").split())


def parse_command(text: str) -> Command:
    """A Command for anything typed in Slack or the terminal; never raises."""
    text = clean(text)
    slash = SLASH.match(text)
    if slash:
        name, query = slash.group(1).casefold(), clean(slash.group(2))
        if name in {"newsbot", "help"}:
            return parse_command(query) if query and query.casefold() != "help" else Command("help")
        # "/who who replaced Pham Duc Long?": a whole question typed after /who is that question
        if name == "who" and WHOLE_QUESTION.match(query):
            question = parse_command(query)
            if question.kind in {"who", "said", "quotes"}:
                return question
        return checked(Command(name, query))  # type: ignore[arg-type]
    for pattern, kind in QUESTIONS:
        match = pattern.match(text)
        if match:
            groups = match.groupdict()
            speaker = clean(groups.get("speaker") or "")
            # "latest news on tariffs" asks for the newest first: the word stays in the query
            query = clean(
                (groups.get("order") or "") + (groups.get("query") or groups.get("query2") or "")
            )
            if groups.get("leads"):  # "who chairs the Fed?" asks for the chair of the Fed
                if not re.search(r"\w", re.sub(r"(?i)\bthe\b", "", query)):
                    return Command("who", problem="empty")  # "who heads the?"
                query = f"{LEADING_TITLE[groups['leads'].casefold()]} of {query}"
            return checked(Command(kind, query, speaker))
    return checked(Command("news", text))


# Slack sends a link as <https://...> or <https://...|label>
SLACK_LINK = re.compile(r"^<([^<>|]+)(?:\|[^<>]*)?>$")


def checked(command: Command) -> Command:
    if command.kind in {"help", "digest", "feeds", "following"}:
        return command
    if command.kind in {"add", "remove"}:
        return link_command(command)
    subject = command.query or command.speaker
    if not subject:
        return Command(command.kind, problem="empty")
    if len(subject) > MAX_QUERY_CHARS:
        return Command(command.kind, problem="too long")
    if not re.search(r"\w", subject):
        return Command(command.kind, problem="no words")
    return command


def link_command(command: Command) -> Command:
    """`add URL` or `remove URL`: the address unwrapped from Slack's link markup."""
    words = command.query.split()
    link = SLACK_LINK.match(words[0]) if len(words) == 1 else None
    address = link.group(1) if link else command.query
    if len(words) != 1 or not re.match(r"https?://\S+$", address, re.I):
        return Command(command.kind, problem="not a link")
    return Command(command.kind, address)
