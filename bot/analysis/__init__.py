"""Pure analysis of an article: text in, data out (summary, actors, quotes)."""

from dataclasses import dataclass

from bot.analysis.actors import find_actors
from bot.analysis.document import ActorFound
from bot.analysis.quotes import QuoteFound, find_quotes
from bot.analysis.sentences import split_paragraphs
from bot.analysis.summary import summarize


@dataclass(frozen=True)
class Analysis:
    summary: str
    actors: list[ActorFound]
    quotes: list[QuoteFound]


def analyze(title: str, paragraphs: list[str] | tuple[str, ...]) -> Analysis:
    sentences = split_paragraphs(paragraphs)
    actors, mentions = find_actors(sentences)
    quotes = find_quotes(paragraphs, sentences, mentions, {a.name: a.roles for a in actors})
    return Analysis(summarize(title, sentences, actors), actors, quotes)
