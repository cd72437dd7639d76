"""Direct quotations and who said them.

Quote marks delimit candidates; short quoted terms ("kingmaker", so-called "shuttle
diplomacy") are scare quotes, not quotes. The speaker is found through a speech verb next to
the quote (after it first: '..., Park told reporters'; then before it: 'Kang said, "..."'),
taking the named actor or pronoun nearest that verb; pronouns resolve to the last person named.
"""

import re
from dataclasses import dataclass

from bot.analysis.actors import MentionSpan
from bot.analysis.lexicon import SPEECH_VERBS
from bot.analysis.sentences import Sentence

QUOTE_SPAN = re.compile(r"“([^“”]+)”|\"([^\"]+)\"")
WORD = re.compile(r"[\w’'-]+")
MIN_QUOTE_WORDS = 4
PRONOUN = re.compile(r"\b(he|she)\b", re.IGNORECASE)
ATTRIBUTION_WINDOW = 80  # characters after a quote searched for "..., she said"


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


@dataclass(frozen=True)
class QuoteSpan:
    paragraph: int  # paragraph where the quote closes (its attribution is there)
    first_paragraph: int
    start: int  # offsets in the first paragraph / the closing paragraph
    end: int
    text: str
    # Offsets of an attribution inside a split quote ('“...,” Nishimura said, “...”').
    inner_attribution: tuple[int, int] | None = None


def quote_spans(paragraphs: list[str] | tuple[str, ...]) -> list[QuoteSpan]:
    spans = []
    continued: list[str] = []
    continued_from = 0
    for number, paragraph in enumerate(paragraphs):
        if continued and not paragraph.startswith(("“", '"')):
            continued = []  # the open quote was never continued: not a quote we trust
        for match in QUOTE_SPAN.finditer(paragraph):
            text = (match.group(1) or match.group(2)).strip()
            if continued and match.start() == 0:
                text = " ".join([*continued, text])
                spans.append(QuoteSpan(number, continued_from, 0, match.end(), text))
                continued = []
            else:
                spans.append(QuoteSpan(number, number, match.start(), match.end(), text))
        # News style: a quote running on to the next paragraph is left open at the end of this one.
        tail = paragraph[spans[-1].end :] if spans and spans[-1].paragraph == number else paragraph
        opening = max(tail.rfind("“"), -1)
        if opening >= 0 and "”" not in tail[opening:]:
            if not continued:
                continued_from = number
            continued.append(tail[opening + 1 :].strip())
        elif continued and not QUOTE_SPAN.search(paragraph):
            continued = []
    return spans


def is_scare_quote(span: QuoteSpan, paragraph: str) -> bool:
    words = WORD.findall(span.text)
    if len(words) < MIN_QUOTE_WORDS:
        return True
    return bool(re.search(r"so-called\s*$", paragraph[: span.start]))


def is_partial(text: str, before: str) -> bool:
    starts_lower = text[:1].islower()
    ends_open = not re.search(r"[.?!,—–-]$", text)
    introduced = re.search(r"[,:]\s*$", before) is not None or not before.strip()
    return starts_lower or (ends_open and not introduced)


def nearest_speaker(
    mentions: list[MentionSpan], paragraph: int, lo: int, hi: int, anchor: int
) -> MentionSpan | None:
    inside = [m for m in mentions if m.paragraph == paragraph and lo <= m.start and m.end <= hi]
    # A person beats an organisation named in their appositive ("X, head of the EMC, said").
    people = [m for m in inside if m.kind == "PER"] or inside
    return min(people, key=lambda m: abs(m.start - anchor), default=None)


def last_person_before(mentions: list[MentionSpan], paragraph: int, offset: int) -> str | None:
    earlier = [
        m for m in mentions if m.kind == "PER" and (m.paragraph, m.start) < (paragraph, offset)
    ]
    return earlier[-1].actor if earlier else None


def speaker_in(
    text: str, base: int, paragraph: int, mentions: list[MentionSpan], last: bool
) -> str | None:
    """The speaker around a speech verb in `text` (which starts at offset `base`)."""
    verbs = [m for m in WORD.finditer(text) if m.group().casefold() in SPEECH_VERBS]
    if not verbs:
        return None
    verb = verbs[-1] if last else verbs[0]
    anchor = base + verb.start()
    mention = nearest_speaker(mentions, paragraph, base, base + len(text), anchor)
    pronoun = None
    for match in PRONOUN.finditer(text):
        if pronoun is None or abs(match.start() - verb.start()) < abs(
            pronoun.start() - verb.start()
        ):
            pronoun = match
    if pronoun and (
        not mention or abs(base + pronoun.start() - anchor) < abs(mention.start - anchor)
    ):
        return last_person_before(mentions, paragraph, base + pronoun.start())
    return mention.actor if mention else None


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


def find_quotes(
    paragraphs: list[str] | tuple[str, ...], sentences: list[Sentence], mentions: list[MentionSpan]
) -> list[QuoteFound]:
    quotes = []
    spans = join_split_quotes(quote_spans(paragraphs), paragraphs)
    for index, span in enumerate(spans):
        paragraph = paragraphs[span.paragraph]
        if is_scare_quote(span, paragraph):
            continue
        sentence = sentence_of(sentences, span.paragraph, span.start)
        sentence_start = (
            sentence.start if sentence and span.first_paragraph == span.paragraph else 0
        )
        before = paragraph[sentence_start : span.start]
        next_quote = next(
            (s.start for s in spans[index + 1 :] if s.first_paragraph == span.paragraph),
            len(paragraph),
        )
        after_end = min(next_quote, span.end + ATTRIBUTION_WINDOW)
        after = paragraph[span.end : after_end]
        after = re.split(r"(?<=[.!?])\s+(?=[A-Z“\"])", after)[0]
        speaker = None
        if span.inner_attribution:
            start, end = span.inner_attribution
            speaker = speaker_in(paragraph[start:end], start, span.paragraph, mentions, last=False)
        if speaker is None:
            speaker = speaker_in(after, span.end, span.paragraph, mentions, last=False)
        if speaker is None:
            speaker = speaker_in(before, sentence_start, span.paragraph, mentions, last=True)
        if speaker is None and quotes and quotes[-1].paragraph == span.first_paragraph:
            speaker = quotes[-1].speaker  # a second quote in the speaker's paragraph
        quotes.append(
            QuoteFound(
                span.text.rstrip(","),
                speaker,
                span.first_paragraph,
                sentence.index if sentence else 0,
                is_partial(span.text, before),
                span.start,
                span.end,
                span.paragraph,
            )
        )
    return quotes
