"""Typo-tolerant search over articles and actor names with rapidfuzz.

Query words are corrected against the index vocabulary (rapidfuzz over a prebuilt list),
articles are gathered from an inverted index and scored by field-weighted idf, then the top
ones are reranked by how well the whole query fits their title.
"""

import math
from collections import defaultdict
from dataclasses import dataclass

from rapidfuzz import fuzz, process, utils

from bot.analysis.lexicon import COMMON_WORDS
from bot.analysis.sentences import split_paragraphs

FIELD_WEIGHTS = {"title": 3.0, "actors": 2.5, "summary": 1.5, "text": 1.0}
MIN_COVERAGE = 0.6  # share of the query (by idf) an article must match to be an answer
RERANK = 50


@dataclass(frozen=True)
class Document:
    id: int
    title: str
    actors: tuple[str, ...]
    summary: str
    text: str


@dataclass(frozen=True)
class Hit:
    id: int
    score: float
    terms: tuple[str, ...]  # the index words the query matched, for finding the passage


def words(text: str) -> list[str]:
    return utils.default_process(text).split()


def query_words(text: str) -> list[str]:
    return [word for word in words(text) if word not in COMMON_WORDS]


def fuzzy_cutoff(word: str) -> float | None:
    """Similarity a correction needs; very short words must match exactly."""
    if len(word) <= 2:
        return None
    return 85.0 if len(word) <= 4 else 80.0


class ArticleIndex:
    def __init__(self, documents: list[Document]) -> None:
        self.titles = {doc.id: doc.title for doc in documents}
        self.postings: dict[str, dict[int, float]] = defaultdict(dict)
        for doc in documents:
            fields = {
                "title": doc.title,
                "actors": " ".join(doc.actors),
                "summary": doc.summary,
                "text": doc.text,
            }
            for field_name, value in fields.items():
                weight = FIELD_WEIGHTS[field_name]
                for word in set(words(value)):
                    postings = self.postings[word]
                    postings[doc.id] = max(postings.get(doc.id, 0.0), weight)
        self.vocabulary = list(self.postings)
        total = max(len(documents), 1)
        self.idf = {w: math.log(1 + total / len(p)) for w, p in self.postings.items()}

    def corrections(self, word: str) -> list[tuple[str, float]]:
        """Index words the query word may stand for, with their similarity (0-1)."""
        if word in self.postings:
            return [(word, 1.0)]
        cutoff = fuzzy_cutoff(word)
        if cutoff is None:
            return []
        found = process.extract(
            word, self.vocabulary, scorer=fuzz.ratio, score_cutoff=cutoff, limit=3
        )
        return [(choice, score / 100) for choice, score, _ in found]

    def search(self, query: str, limit: int = 5) -> list[Hit]:
        terms = query_words(query)
        if not terms:
            return []
        scores: dict[int, float] = defaultdict(float)
        covered: dict[int, float] = defaultdict(float)
        matched: dict[int, set[str]] = defaultdict(set)
        total_weight = 0.0
        for term in terms:
            corrections = self.corrections(term)
            # An unknown word weighs like the rarest word: a query about it is not answered
            # by articles that only match its other words.
            term_idf = max((self.idf[c] for c, _ in corrections), default=self.max_idf)
            total_weight += term_idf
            best: dict[int, float] = {}
            for correction, similarity in corrections:
                idf = self.idf[correction]
                for doc_id, field_weight in self.postings[correction].items():
                    value = similarity * idf * field_weight
                    if value > best.get(doc_id, 0.0):
                        best[doc_id] = value
                        matched[doc_id].add(correction)
            for doc_id, value in best.items():
                scores[doc_id] += value
                covered[doc_id] += term_idf
        eligible = [d for d in scores if covered[d] / total_weight >= MIN_COVERAGE]
        eligible.sort(key=lambda d: -scores[d])
        reranked = sorted(
            eligible[:RERANK],
            key=lambda d: (
                -(
                    scores[d]
                    * (
                        1
                        + fuzz.WRatio(query, self.titles[d], processor=utils.default_process) / 200
                    )
                )
            ),
        )
        return [Hit(d, scores[d], tuple(sorted(matched[d]))) for d in reranked[:limit]]

    @property
    def max_idf(self) -> float:
        return max(self.idf.values(), default=1.0)

    def suggestions(self, query: str, limit: int = 3) -> list[str]:
        """Titles closest to a query that found nothing, for 'did you mean'."""
        found = process.extract(
            query,
            self.titles,
            scorer=fuzz.WRatio,
            processor=utils.default_process,
            score_cutoff=60,
            limit=limit,
        )
        return [title for title, _, _ in found]


@dataclass(frozen=True)
class NameMatch:
    actor_id: int
    name: str
    score: float


class NameIndex:
    """Actor names and aliases, matched fuzzily ("Haruto Nishimra", "wi sung lac")."""

    def __init__(self, rows: list[tuple[int, str, str]]) -> None:
        self.choices = [alias for _, _, alias in rows]
        self.owners = [(actor_id, name) for actor_id, name, _ in rows]

    def match(self, query: str, limit: int = 5, cutoff: float = 80.0) -> list[NameMatch]:
        found = process.extract(
            query,
            self.choices,
            scorer=fuzz.WRatio,
            processor=utils.default_process,
            score_cutoff=cutoff,
            limit=limit * 4,
        )
        best: dict[int, NameMatch] = {}
        for _, score, index in found:
            actor_id, name = self.owners[index]
            # An exact full-name match beats a partial one with the same WRatio score.
            exact = utils.default_process(name) == utils.default_process(query)
            score = score + (1 if exact else 0)
            if actor_id not in best or score > best[actor_id].score:
                best[actor_id] = NameMatch(actor_id, name, score)
        return sorted(best.values(), key=lambda m: -m.score)[:limit]


def best_passage(paragraphs: list[str], terms: tuple[str, ...]) -> str:
    """The sentence of an article that holds most of the matched query words."""
    wanted = set(terms)
    best, best_overlap = "", 0
    for sentence in split_paragraphs(paragraphs):
        overlap = len(wanted & set(words(sentence.text)))
        if overlap > best_overlap:
            best, best_overlap = sentence.text, overlap
    return best
