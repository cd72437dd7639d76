"""Follow-ups in a conversation ("more", "and his quotes?") resolved against its last subject."""

import re

from bot.commands import Command, parse_command

PRONOUN = r"(?:he|she|they|it|him|her|them)"
POSSESSIVE = r"(?:his|her|their|its)"
FOLLOW_UPS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^(?:and )?(?:more|next|show more|more please|next page)$", re.I), "more"),
    (
        re.compile(
            rf"^(?:and )?(?:(?:{POSSESSIVE} )?quotes|what did {PRONOUN} say"
            r"(?: (?:about|on) (?P<query>.+))?)$",
            re.I,
        ),
        "quotes",
    ),
    (
        re.compile(
            rf"^(?:and )?(?:who (?:is|was|are|were) {PRONOUN}|(?:{POSSESSIVE} )?profile)$", re.I
        ),
        "who",
    ),
    (
        re.compile(rf"^(?:and )?(?:news|articles|stories)(?: (?:about|on) {PRONOUN})?$", re.I),
        "news",
    ),
]


def subject_of(command: Command) -> str:
    return command.speaker or command.query


def follow_up(text: str, previous: Command | None) -> Command:
    """The command meant by `text`, given the conversation's previous command."""
    cleaned = " ".join(text.strip().strip("?!.").split())
    if previous is None or previous.problem:
        return parse_command(cleaned)
    for pattern, kind in FOLLOW_UPS:
        match = pattern.match(cleaned)
        if not match:
            continue
        if kind == "more":
            return Command(previous.kind, previous.query, previous.speaker, page=previous.page + 1)
        subject = subject_of(previous)
        if kind == "quotes":
            return Command("quotes", match.group("query") or "", speaker=subject)
        return Command(kind, subject)  # type: ignore[arg-type]
    return parse_command(cleaned)
