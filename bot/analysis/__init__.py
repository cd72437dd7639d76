"""Pure analysis of an article: text in, data out (summary, actors, quotes)."""

from dataclasses import dataclass

from bot.analysis.actors import find_actors
from bot.analysis.candidates import find_candidates
from bot.analysis.document import ActorFound, Candidate
from bot.analysis.quotes import QuoteFound, find_quotes
from bot.analysis.sentences import split_paragraphs
from bot.analysis.summary import summarize


@dataclass(frozen=True)
class Analysis:
    summary: str
    actors: list[ActorFound]
    quotes: list[QuoteFound]
    candidates: list[Candidate]  # every name-like phrase, with what each pass decided of it


def analyze(title: str, paragraphs: list[str] | tuple[str, ...]) -> Analysis:
    sentences = split_paragraphs(paragraphs)
    candidates = find_candidates(sentences)
    actors, mentions = find_actors(sentences, candidates)
    quotes = find_quotes(paragraphs, sentences, mentions, {a.name: a.roles for a in actors})
    return Analysis(summarize(title, sentences, actors), actors, quotes, candidates)
