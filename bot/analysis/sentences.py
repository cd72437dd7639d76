"""Sentence splitting with syntok, plus the one repair news text needs on top of it."""

import re
from dataclasses import dataclass

from syntok import segmenter

# syntok splits after a title abbreviation followed by a name ("Rep. Yoon"); a sentence never
# ends on one of these, so such a split is undone.
TITLE_ABBREVIATIONS = re.compile(
    r"\b(?:Rep|Reps|Sen|Sens|Gov|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Cmdr|Dr|Mr|Mrs|Ms|Prof|Rev|"
    r"Hon|Pres|Sec|Amb|Supt|Insp|Det|Fr|St|Mt|Ft|No|Nos|Jr|Sr|vs|Co|Corp|Inc|Ltd)\.$"
)


@dataclass(frozen=True)
class Sentence:
    paragraph: int
    index: int  # position of the sentence within its paragraph
    start: int  # character offsets within the paragraph
    end: int
    text: str


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character spans (start, end) of the sentences of one paragraph."""
    spans: list[tuple[int, int]] = []
    for paragraph in segmenter.analyze(text):
        for sentence in paragraph:
            tokens = [token for token in sentence if token.value]
            if not tokens:
                continue
            start, end = tokens[0].offset, tokens[-1].offset + len(tokens[-1].value)
            if spans and TITLE_ABBREVIATIONS.search(text[spans[-1][0] : spans[-1][1]]):
                spans[-1] = (spans[-1][0], end)
            else:
                spans.append((start, end))
    return spans


def split_paragraphs(paragraphs: list[str] | tuple[str, ...]) -> list[Sentence]:
    sentences = []
    for number, paragraph in enumerate(paragraphs):
        for index, (start, end) in enumerate(split_sentences(paragraph)):
            sentences.append(Sentence(number, index, start, end, paragraph[start:end]))
    return sentences
