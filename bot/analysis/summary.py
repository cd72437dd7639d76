"""Extractive summaries: the sentences that best combine lead position, centrality and the
article's title and main actors."""

import itertools
import math
import re
from collections import Counter
from operator import mul

from bot.analysis.credits import is_credit, without_dateline
from bot.analysis.document import ActorFound
from bot.analysis.lexicon import COMMON_WORDS
from bot.analysis.sentences import Sentence

MAX_SENTENCES = 3
MAX_WORDS = 80
# News is written lead first; position dominates, and centrality, title and main actors
# decide between sentences of similar rank. Weights tuned on GUM, checked on CNN/DM.
LEAD_DECAY = 0.6
CENTRALITY_WEIGHT = 0.25
TITLE_WEIGHT = 0.05
ACTOR_WEIGHT = 0.05
# Bylines, datelines, captions and fragments: short, or sharing nothing with the article.
MIN_WORDS = 6
MIN_CENTRALITY = 0.05
JUNK_PENALTY = 2.0
CONTENT_WORD = re.compile(r"[A-Za-z][\w-]{2,}")  # three characters or more


def content_words(text: str) -> list[str]:
    # filterfalse tests each word against the list without a Python-level step per word
    words: list[str] = CONTENT_WORD.findall(text.casefold())
    return list(itertools.filterfalse(COMMON_WORDS.__contains__, words))


def score_sentences(title: str, sentences: list[Sentence], actors: list[ActorFound]) -> list[float]:
    words = [content_words(sentence.text) for sentence in sentences]
    bags = [Counter(sentence_words) for sentence_words in words]
    document = Counter(itertools.chain.from_iterable(words))
    document_norm2 = sum(count * count for count in document.values())
    title_words = set(content_words(title))
    main_actors = {word for actor in actors[:3] for word in content_words(actor.name)}
    scores = []
    for position, bag in enumerate(bags):
        # Centrality: cosine between the sentence and the rest of the article, without
        # building the rest (document minus sentence) as a Counter for every sentence.
        # (map, not generators: these run for every word of every sentence)
        counts = bag.values()
        overlap = sum(map(mul, counts, map(document.__getitem__, bag)))
        bag_norm2 = sum(map(mul, counts, counts))
        dot = overlap - bag_norm2
        rest_norm2 = document_norm2 - 2 * overlap + bag_norm2
        centrality = dot / math.sqrt(bag_norm2 * rest_norm2) if bag_norm2 and rest_norm2 else 0.0
        title_fit = len(title_words & bag.keys()) / len(title_words) if title_words else 0.0
        actor_fit = len(main_actors & bag.keys()) / len(main_actors) if main_actors else 0.0
        text = sentences[position].text
        junk = len(text.split()) < MIN_WORDS or centrality < MIN_CENTRALITY or is_credit(text)
        scores.append(
            LEAD_DECAY**position
            + CENTRALITY_WEIGHT * centrality
            + TITLE_WEIGHT * title_fit
            + ACTOR_WEIGHT * actor_fit
            - (JUNK_PENALTY if junk else 0.0)
        )
    return scores


def summarize(title: str, sentences: list[Sentence], actors: list[ActorFound]) -> str:
    """At most MAX_SENTENCES sentences and about MAX_WORDS words, in article order."""
    if not sentences:
        return ""
    scores = score_sentences(title, sentences, actors)
    ranked = sorted(range(len(sentences)), key=lambda i: -scores[i])
    chosen: list[int] = []
    words = 0
    for index in ranked:
        length = len(sentences[index].text.split())
        if chosen and words + length > MAX_WORDS:
            break  # a shorter, lower-ranked sentence would not make a better summary
        chosen.append(index)
        words += length
        if len(chosen) == MAX_SENTENCES:
            break
    return " ".join(without_dateline(sentences[i].text) for i in sorted(chosen))
