"""What a pattern needs of a text to match it, read once from the pattern's parsed form: the
words it must end with, the words it must hold. A text that lacks them is decided without a
search (a search of an end-anchored pattern tries every position of the text)."""

import re
from dataclasses import dataclass
from re import _constants as sre  # type: ignore[attr-defined]  # the parsed form of a pattern
from re import _parser as sre_parse  # type: ignore[attr-defined]

ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


@dataclass(frozen=True)
class TextNeeds:
    # one of these ends the text, whitespace after it aside (empty: not known)
    endings: tuple[str, ...]
    # one of these stands in any match of the pattern (empty: not known)
    pieces: tuple[str, ...]
    # of a case-blind pattern: the texts are in lower case, and hold for ASCII texts only
    # lowered (a letter outside ASCII may match an ASCII one: "K", the kelvin sign, "k")
    blind: bool = False


# id of a pattern -> (the pattern, kept so its id stays its own; what it needs). By id: a
# pattern's own hash reads its whole compiled code.
NEEDS: dict[int, tuple[re.Pattern[str], TextNeeds]] = {}


def text_needs(pattern: re.Pattern[str]) -> TextNeeds:
    """What `pattern` needs of a text, read on the first call for it."""
    known = NEEDS.get(id(pattern))
    if known is None:
        known = NEEDS[id(pattern)] = (pattern, read_needs(pattern))
    return known[1]


def read_needs(pattern: re.Pattern[str]) -> TextNeeds:
    """Nothing is read of a multi-line pattern; endings only of one that ends with "$"."""
    if pattern.flags & re.MULTILINE:
        return TextNeeds((), ())
    items = list(sre_parse.parse(pattern.pattern, pattern.flags))
    endings = None
    if items and items[-1] == (sre.AT, sre.AT_END):
        endings = literal_endings(items[:-1])
    needs = TextNeeds(tuple(sorted(endings or ())), tuple(sorted(required_pieces(items) or ())))
    if not pattern.flags & re.IGNORECASE:
        return needs
    if not all(text.isascii() for text in needs.endings + needs.pieces):
        return TextNeeds((), ())
    endings_lowered, pieces_lowered = (
        tuple(sorted({text.lower() for text in texts})) for texts in (needs.endings, needs.pieces)
    )
    return TextNeeds(endings_lowered, pieces_lowered, blind=True)


def search_end(pattern: re.Pattern[str], text: str, start: int = 0) -> re.Match[str] | None:
    """`pattern.search(text, start)`, spared where the text lacks what the pattern needs."""
    needs = text_needs(pattern)
    if needs.blind:
        if not text.isascii():
            return pattern.search(text, start)
        if not lacks(needs, text.lower(), start):
            return pattern.search(text, start)
        return None
    return None if lacks(needs, text, start) else pattern.search(text, start)


def lacks(needs: TextNeeds, text: str, start: int) -> bool:
    """Whether `text` from `start` lacks the ending or the piece a pattern needs."""
    if needs.endings and not text.rstrip().endswith(needs.endings):
        return True
    if not needs.pieces:
        return False
    window = text[start:] if start else text
    return not any(map(window.__contains__, needs.pieces))  # (map: no Python step a piece)


def literal_endings(items: list) -> set[str] | None:
    """The literal texts one of which every way of matching the parsed `items` ends with,
    before what may match only whitespace or nothing (`\\bgroup\\s+$`: "group"); None when
    some way ends otherwise."""
    i = len(items)
    while i and only_whitespace(items[i - 1]):
        i -= 1
    if not i:
        return None
    op, arg = items[i - 1]
    if op is sre.LITERAL:
        text = ""
        while i and items[i - 1][0] is sre.LITERAL:
            text = chr(items[i - 1][1]) + text
            i -= 1
        return {text}
    if op is sre.SUBPATTERN and not arg[1] & re.IGNORECASE:
        return literal_endings(list(arg[3]))
    if op is sre.BRANCH:
        return union_of_all([literal_endings(list(branch)) for branch in arg[1]])
    if op in REPEATS:
        # the last repetition's ending; or, when it may be left out, what comes before it
        found = [literal_endings(list(arg[2]))]
        return union_of_all(found if arg[0] else [*found, literal_endings(items[: i - 1])])
    return None


def union_of_all(found: list[set[str] | None]) -> set[str] | None:
    """The texts of all the branches of an alternation, when each branch tells."""
    union: set[str] = set()
    for texts in found:
        if texts is None:
            return None
        union |= texts
    return union


def only_whitespace(item: tuple) -> bool:
    """Whether a parsed pattern item matches only whitespace or nothing ("\\s+", "\\b")."""
    op, arg = item
    if op in ZERO_WIDTH:
        return True
    if op is sre.LITERAL:
        return chr(arg).isspace()
    if op is sre.IN:
        return all(
            (kind is sre.CATEGORY and value is sre.CATEGORY_SPACE)
            or (kind is sre.LITERAL and chr(value).isspace())
            for kind, value in arg
        )
    if op in REPEATS:
        return all(only_whitespace(inner) for inner in arg[2])
    if op is sre.SUBPATTERN:
        return all(only_whitespace(inner) for inner in arg[3])
    return False


def required_pieces(items: list) -> set[str] | None:
    """Literal texts one of which every match of the parsed `items` holds (of those the
    pattern tells, the set whose shortest text is longest); None when none is known.
    Look-arounds tell nothing: what they see is not the match's."""
    best: set[str] | None = None
    run = ""
    for op, arg in [*items, (None, None)]:  # (the end closes the last run of literals)
        if op is sre.LITERAL:
            run += chr(arg)
            continue
        found = {run} if run else None
        run = ""
        if op is sre.SUBPATTERN and not arg[1] & re.IGNORECASE:
            found = better(found, required_pieces(list(arg[3])))
        elif op is sre.ATOMIC_GROUP:
            found = better(found, required_pieces(list(arg)))
        elif op is sre.BRANCH:
            found = better(found, union_of_all([required_pieces(list(b)) for b in arg[1]]))
        elif op in REPEATS and arg[0] >= 1:
            found = better(found, required_pieces(list(arg[2])))
        best = better(best, found)
    return best


def better(one: set[str] | None, other: set[str] | None) -> set[str] | None:
    """Of two sets of pieces, the one whose shortest piece is longer (fewer pieces on a tie)."""
    if not one or not other:
        return one or other
    rank_one = (min(map(len, one)), -len(one))
    return one if rank_one >= (min(map(len, other)), -len(other)) else other
