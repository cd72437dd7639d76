"""Typo-tolerant search over articles, actor names and quotes, in memory, with rapidfuzz.

Query words are corrected against the index vocabulary (rapidfuzz over prebuilt word lists,
bucketed by length); articles are gathered from an inverted index of packed integer
postings and scored by field-weighted idf, then the best ones are reranked by how well the
whole query fits their title. Indexes grow as articles arrive; a replaced article's old
entries are skipped. No question scans the store.
"""

import math
import re
import unicodedata
from array import array
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz, process, utils

from bot.analysis.credits import without_dateline
from bot.analysis.lexicon import word_list
from bot.analysis.names import UNDECOMPOSED
from bot.analysis.sentences import split_paragraphs
from bot.packing import pack_postings, pack_strings, unpack_postings, unpack_strings

# Fields of an article, by weight; a word counts once per article, in its best field.
FIELD_WEIGHTS = np.array([1.0, 1.5, 2.5, 3.0])  # text, summary, actors, title
MIN_COVERAGE = 0.6  # share of the query (by idf) an article must match to be an answer
RERANK = 50
CORRECTIONS = 3


# Function words a query drops. Search keeps its own list: the analysis' common words
# include "analysts" and "officials", which a search for them must keep.
SEARCH_STOP_WORDS = word_list("search_stop_words", Path(__file__).resolve().parent / "words")


@dataclass(frozen=True)
class Document:
    id: int
    title: str
    actors: tuple[str, ...]
    summary: str
    text: str
    day: int = 0  # the article's date, as an ordinal


@dataclass(frozen=True)
class Hit:
    id: int
    score: float
    terms: tuple[str, ...]  # the index words the query matched, for finding the passage


def without_accents() -> dict[int, str]:
    """Latin letters with accents -> without: "é" -> "e", "ł" -> "l" ("Kılınç" is found as
    "kilinc", "Wałęsa" as "walesa")."""
    table = {ord(letter): bare for letter, bare in UNDECOMPOSED.items()}
    # (Latin-1 to Latin Extended-B, and Latin Extended Additional: Vietnamese "ệ", "ả")
    for code in [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]:
        bare = "".join(c for c in unicodedata.normalize("NFKD", chr(code)) if c.isascii())
        if bare and bare != chr(code):
            table[code] = bare
    return table


# "Méridien" is found as "Meridien". Only the accented letters are replaced: decomposing
# or translating every article's whole text costs ten times the rest of the indexing.
BARE_LETTER = without_accents()
ACCENTED = re.compile("[" + "".join(chr(code) for code in BARE_LETTER) + "]")


def fold_accents(text: str) -> str:
    """ "Air Méridien" -> "Air Meridien", letter for letter (offsets stay)."""
    return ACCENTED.sub(lambda m: BARE_LETTER[ord(m.group())][0], text)


def plain(text: str) -> str:
    """Text as search compares it: lower case, no punctuation, no accents."""
    return utils.default_process(ACCENTED.sub(lambda m: BARE_LETTER[ord(m.group())], text))


def words(text: str) -> list[str]:
    return plain(text).split()


def query_words(text: str) -> list[str]:
    return [word for word in words(text) if word not in SEARCH_STOP_WORDS]


def fuzzy_cutoff(word: str) -> float | None:
    """Similarity a correction needs; very short words must match exactly."""
    if len(word) <= 2:
        return None
    return 85.0 if len(word) <= 4 else 80.0


def add_posting(postings: dict[str, array], word: str, value: int) -> None:
    """Append `value` to the word's postings (an array made only for a new word: this runs
    for every word of every name and quote indexed)."""
    found = postings.get(word)
    if found is None:
        found = postings[word] = array("i")
    found.append(value)


PLURAL_SIMILARITY = 0.95


# Words whose "s" makes no plural of another ("news" is no "new", "goods" no "good")
NOT_PLURALS = frozenset({"news", "goods", "arms", "means", "series", "species", "lives"})


def number_forms(word: str) -> list[str]:
    """The word's singular or plural by its "s" ("diamonds" -> "diamond"); short words, "-ss",
    "-us", "-is" and "-ics" words ("business", "status", "crisis", "economics") have none."""
    if len(word) <= 3 or word.endswith(("ss", "us", "is", "ics")) or word in NOT_PLURALS:
        return []
    return [word[:-1]] if word.endswith("s") else [word + "s"]


class Vocabulary:
    """Known words, bucketed by length: a correction only compares words of similar length."""

    def __init__(self) -> None:
        self.known: set[str] = set()
        self.by_length: dict[int, list[str]] = defaultdict(list)
        self.by_opening: dict[str, list[str]] = defaultdict(list)  # by their first letters

    def add(self, word: str) -> None:
        if word not in self.known:
            self.known.add(word)
            self.by_length[len(word)].append(word)
            if len(word) >= MIN_STEM:
                self.by_opening[word[:MIN_STEM]].append(word)

    def in_order(self) -> list[str]:
        """Every known word, in an order from which `restored` rebuilds this vocabulary."""
        return [word for bucket in self.by_length.values() for word in bucket]

    @classmethod
    def restored(cls, known: Iterable[str]) -> "Vocabulary":
        vocabulary = cls()
        for word in known:
            vocabulary.add(word)
        return vocabulary

    def corrections(self, word: str) -> list[tuple[str, float]]:
        """Known words the word may stand for, with their similarity (0-1)."""
        # "subsidy" finds "subsidies" and "subsidized" too
        kin = [(other, PLURAL_SIMILARITY) for other in self.same_stem(word)]
        if word in self.known:
            # "diamonds" finds "diamond" too, and the other way round
            others = [w for w in number_forms(word) if w in self.known]
            # (its kin leave its plural out: same_stem does)
            return [(word, 1.0)] + [(other, PLURAL_SIMILARITY) for other in others] + kin
        cutoff = fuzzy_cutoff(word)
        if cutoff is None:
            return kin
        found = list(kin)
        for length in range(len(word) - 2, len(word) + 3):
            for choice, score, _ in process.extract(
                word,
                self.by_length.get(length, []),
                scorer=fuzz.ratio,
                score_cutoff=cutoff,
                limit=CORRECTIONS,
            ):
                found.append((choice, score / 100))
        return sorted(found, key=lambda pair: -pair[1])[:CORRECTIONS]

    def same_stem(self, word: str) -> list[str]:
        """Known words of the word's stem, other than it and its plural: "subsidies",
        "subsidized" of "subsidy" (a stem of five letters or more: "united" is no "unit")."""
        root = stem(word)
        if len(root) < MIN_STEM:
            return []
        plurals = set(number_forms(word))
        return [
            known
            for known in self.by_opening.get(root[:MIN_STEM], [])
            if known != word and known not in plurals and stem(known) == root
        ]


MIN_STEM = 5
# Endings a word's stem is found without, longest first; "y" and "e" last, as in "subsidy",
# "subsidize"
SUFFIXES = (
    "izations",
    "isations",
    "ization",
    "isation",
    "izing",
    "ising",
    "ized",
    "ised",
    "izes",
    "ises",
    "ize",
    "ise",
    "ies",
    "ied",
    "ing",
    "ed",
    "es",
    "s",
    "y",
    "e",
)


def stem(word: str) -> str:
    """The word without one inflectional or "-ize" ending: "subsidized" and "subsidy" ->
    "subsid"."""
    return next((word[: -len(end)] for end in SUFFIXES if word.endswith(end)), word)


class ArticleIndex:
    def __init__(self) -> None:
        self.vocabulary = Vocabulary()
        self.postings: dict[str, array] = {}  # word -> (document number << 2 | field)
        self.article_of: list[int] = []  # document number -> article id
        self.title_of: list[str] = []
        self.day_of = array("i")  # document number -> the article's date, as an ordinal
        self.number_of: dict[int, int] = {}  # article id -> its live document number
        self.replaced: set[int] = set()  # document numbers of articles since updated

    def __len__(self) -> int:
        return len(self.number_of)

    def add(self, document: Document) -> None:
        if document.id in self.number_of:
            self.replaced.add(self.number_of[document.id])
        number = len(self.article_of)
        self.article_of.append(document.id)
        self.title_of.append(document.title)
        self.day_of.append(document.day)
        self.number_of[document.id] = number
        best_field: dict[str, int] = {}
        fields = (document.text, document.summary, " ".join(document.actors), document.title)
        for field, value in enumerate(fields):  # later fields weigh more and overwrite
            for word in words(value):
                best_field[word] = field
        for word, field in best_field.items():
            postings = self.postings.get(word)
            if postings is None:
                postings = self.postings[word] = array("i")
                self.vocabulary.add(word)
            postings.append(number << 2 | field)

    def dump(self) -> dict[str, np.ndarray]:
        titles, title_lengths = pack_strings(self.title_of)
        return {
            **pack_postings(self.postings, "postings"),
            "article_of": np.array(self.article_of, dtype=np.int64),
            "titles": titles,
            "title_lengths": title_lengths,
            "day_of": np.frombuffer(self.day_of, dtype=np.int32).copy(),
        }

    @classmethod
    def restored(cls, parts: Mapping[str, np.ndarray]) -> "ArticleIndex":
        """The index `dump` saved (the vocabulary in the postings' order, as it was built)."""
        index = cls()
        index.postings = unpack_postings(parts, "postings")
        index.vocabulary = Vocabulary.restored(index.postings)
        index.article_of = parts["article_of"].tolist()
        index.title_of = unpack_strings(parts["titles"], parts["title_lengths"])
        index.day_of = array("i", parts["day_of"].astype(np.int32).tobytes())
        for number, article_id in enumerate(index.article_of):
            if article_id in index.number_of:
                index.replaced.add(index.number_of[article_id])
            index.number_of[article_id] = number
        return index

    def idf(self, word: str) -> float:
        return math.log(1 + max(len(self), 1) / len(self.postings[word]))

    @property
    def max_idf(self) -> float:
        return math.log(1 + max(len(self), 1))

    def codes(self, word: str) -> np.ndarray:
        # A copy: a view would pin the array's buffer while ingest appends to it.
        return np.frombuffer(self.postings[word].tobytes(), dtype=np.int32)

    def score(self, query: str) -> tuple[np.ndarray, np.ndarray, list[list[str]]]:
        """Per document: its score, the share of the query (by idf) it covers, and per query
        word the index words it may stand for."""
        size = len(self.article_of)
        scores = np.zeros(size)
        covered = np.zeros(size)
        total_weight = 0.0
        corrections_of = []
        for term in query_words(query):
            corrections = self.vocabulary.corrections(term)
            corrections_of.append([c for c, _ in corrections])
            # An unknown word weighs like the rarest word: a query about it is not answered
            # by articles that only match its other words.
            term_idf = max((self.idf(c) for c, _ in corrections), default=self.max_idf)
            total_weight += term_idf
            best = np.zeros(size)
            for correction, similarity in corrections:
                codes = self.codes(correction)
                values = similarity * self.idf(correction) * FIELD_WEIGHTS[codes & 3]
                np.maximum.at(best, codes >> 2, values)
            scores += best
            covered += np.where(best > 0, term_idf, 0.0)
        if self.replaced:
            scores[list(self.replaced)] = 0.0
        return scores, covered / max(total_weight, 1e-9), corrections_of

    def search(
        self,
        query: str,
        limit: int = 5,
        since: date | None = None,
        until: date | None = None,
        newest_first: bool = False,
    ) -> list[Hit]:
        """The best articles for the query's words, within the dates when given (newest
        first if asked); with no words, the newest articles (of those dates)."""
        if not len(self) or not (query_words(query) or since or until or newest_first):
            return []
        days = self.days()
        live = self.in_range(days, since, until)
        if not query_words(query):
            numbers = np.nonzero(live)[0]
            newest = numbers[np.argsort(-days[numbers], kind="stable")[:limit]]
            return [Hit(self.article_of[n], 0.0, ()) for n in newest]
        scores, coverage, corrections_of = self.score(query)
        eligible = np.nonzero((coverage >= MIN_COVERAGE) & (scores > 0) & live)[0]
        top = eligible[np.argsort(-scores[eligible], kind="stable")[:RERANK]]

        def fit(number: int) -> float:
            title_fit = fuzz.WRatio(query, self.title_of[number], processor=plain)
            return scores[number] * (1 + title_fit / 200)

        if newest_first:
            top = eligible[np.argsort(-days[eligible], kind="stable")]
            reranked = [int(n) for n in top[:limit]]
        else:
            reranked = sorted((int(n) for n in top), key=lambda n: -fit(n))[:limit]
        return [
            Hit(self.article_of[n], float(scores[n]), self.matched_terms(n, corrections_of))
            for n in reranked
        ]

    def days(self) -> np.ndarray:
        return np.frombuffer(self.day_of.tobytes(), dtype=np.int32)

    def in_range(self, days: np.ndarray, since: date | None, until: date | None) -> np.ndarray:
        """Per document (`days`: their dates): whether it is live (not since replaced) and
        within the dates."""
        live = np.ones(len(days), dtype=bool)
        if self.replaced:
            live[list(self.replaced)] = False
        if since:
            live &= days >= since.toordinal()
        if until:
            live &= days <= until.toordinal()
        return live

    def matched_terms(self, number: int, corrections_of: list[list[str]]) -> tuple[str, ...]:
        """The index words of the query that this document contains."""
        found = {
            correction
            for corrections in corrections_of
            for correction in corrections
            if np.any((self.codes(correction) >> 2) == number)
        }
        return tuple(sorted(found))

    def suggestions(self, query: str, limit: int = 3) -> list[str]:
        """For a query that found nothing: the titles of the articles that matched it best,
        although not well enough to be an answer."""
        if not query_words(query) or not len(self):
            return []
        scores, _, _ = self.score(query)
        best = np.argsort(-scores, kind="stable")[:limit]
        return [self.title_of[n] for n in best if scores[n] > 0]


@dataclass(frozen=True)
class NameMatch:
    actor_id: int
    name: str
    score: float


class NameIndex:
    """Actor names and aliases, matched fuzzily ("Haruto Nishimra", "wi sung lac")."""

    def __init__(self) -> None:
        self.choices: list[str] = []
        self.owners: list[tuple[int, str]] = []
        self.vocabulary = Vocabulary()
        self.postings: dict[str, array] = {}  # name word -> choices

    def add(self, actor_id: int, name: str, alias: str) -> None:
        number = len(self.choices)
        self.choices.append(alias)
        self.owners.append((actor_id, name))
        for word in set(words(alias)):
            self.vocabulary.add(word)
            add_posting(self.postings, word, number)

    def dump(self) -> dict[str, np.ndarray]:
        choices, choice_lengths = pack_strings(self.choices)
        names, name_lengths = pack_strings(name for _, name in self.owners)
        return {
            **pack_postings(self.postings, "postings"),
            "choices": choices,
            "choice_lengths": choice_lengths,
            "owner_ids": np.array([actor_id for actor_id, _ in self.owners], dtype=np.int64),
            "owner_names": names,
            "owner_name_lengths": name_lengths,
        }

    @classmethod
    def restored(cls, parts: Mapping[str, np.ndarray]) -> "NameIndex":
        index = cls()
        index.postings = unpack_postings(parts, "postings")
        index.vocabulary = Vocabulary.restored(index.postings)
        index.choices = unpack_strings(parts["choices"], parts["choice_lengths"])
        names = unpack_strings(parts["owner_names"], parts["owner_name_lengths"])
        index.owners = list(zip(parts["owner_ids"].tolist(), names, strict=True))
        return index

    def candidates(self, query: str) -> dict[int, str]:
        numbers: set[int] = set()
        for word in words(query):
            for correction, _ in self.vocabulary.corrections(word):
                numbers.update(self.postings.get(correction, ()))
        return {number: self.choices[number] for number in numbers}

    def called(self, query: str) -> set[int]:
        """The actors with a name or an alias written exactly as `query` ("Mr Adeyemi")."""
        wanted = plain(query)
        return {
            self.owners[number][0]
            for number, alias in self.candidates(query).items()
            if plain(alias) == wanted
        }

    def match(self, query: str, limit: int = 5, cutoff: float = 80.0) -> list[NameMatch]:
        found = process.extract(
            query,
            self.candidates(query),
            scorer=fuzz.WRatio,
            processor=plain,
            score_cutoff=cutoff,
            limit=None,  # the candidates are few: rank them all
        )
        best: dict[int, NameMatch] = {}
        wanted = plain(query)
        for _, score, number in found:
            actor_id, name = self.owners[number]
            # An exact full-name match beats a partial one with the same WRatio score.
            score += 1 if plain(name) == wanted else 0
            if actor_id not in best or score > best[actor_id].score:
                best[actor_id] = NameMatch(actor_id, name, score)
        return sorted(best.values(), key=lambda m: -m.score)[:limit]


# A quote's article title tells its topic too ("We will do our utmost" in "Tariff talks
# stall"), but less than its own words.
TITLE_WORD_WEIGHT = 0.5


class QuoteIndex:
    """Words of quotes, their speakers (with their roles) and their articles' titles -> quote
    ids, for /quotes on a topic."""

    def __init__(self) -> None:
        self.vocabulary = Vocabulary()
        self.postings: dict[str, array] = {}  # the quote's own words
        self.title_postings: dict[str, array] = {}
        self.count = 0

    def add(self, quote_id: int, speaker: str, text: str, title: str = "") -> None:
        self.count += 1
        own = set(words(f"{speaker} {text}"))
        for word in own:
            self.vocabulary.add(word)
            add_posting(self.postings, word, quote_id)
        for word in set(words(title)) - own:
            self.vocabulary.add(word)
            add_posting(self.title_postings, word, quote_id)

    def dump(self) -> dict[str, np.ndarray]:
        vocabulary, lengths = pack_strings(self.vocabulary.in_order())
        return {
            **pack_postings(self.postings, "postings"),
            **pack_postings(self.title_postings, "title_postings"),
            "vocabulary": vocabulary,
            "vocabulary_lengths": lengths,
            "count": np.array([self.count], dtype=np.int64),
        }

    @classmethod
    def restored(cls, parts: Mapping[str, np.ndarray]) -> "QuoteIndex":
        index = cls()
        index.postings = unpack_postings(parts, "postings")
        index.title_postings = unpack_postings(parts, "title_postings")
        known = unpack_strings(parts["vocabulary"], parts["vocabulary_lengths"])
        index.vocabulary = Vocabulary.restored(known)
        index.count = int(parts["count"][0])
        return index

    def candidates(self, query: str, limit: int) -> list[int]:
        """Quote ids sharing words with the query, rarest words weighing most."""
        scores: dict[int, float] = defaultdict(float)
        for word in query_words(query):
            for correction, similarity in self.vocabulary.corrections(word):
                own = self.postings.get(correction, ())
                titled = self.title_postings.get(correction, ())
                idf = math.log(1 + max(self.count, 1) / (len(own) + len(titled)))
                for quote_id in own:
                    scores[quote_id] += similarity * idf
                for quote_id in titled:
                    scores[quote_id] += similarity * idf * TITLE_WORD_WEIGHT
        return sorted(scores, key=lambda quote_id: -scores[quote_id])[:limit]


def best_passage(paragraphs: list[str], terms: tuple[str, ...], shown: str = "") -> str:
    """The sentence of an article that holds most of the matched query words, other than
    those already `shown` (the summary), without a wire dateline."""
    wanted = set(terms)
    best, best_overlap = "", 0
    for sentence in split_paragraphs(paragraphs):
        text = without_dateline(sentence.text)
        overlap = len(wanted & set(words(text)))
        if overlap > best_overlap and text not in shown:
            best, best_overlap = text, overlap
    return best
