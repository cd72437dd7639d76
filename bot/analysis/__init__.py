"""Pure analysis of an article: text in, data out (summary, actors, quotes)."""

from dataclasses import dataclass

from bot.analysis.actors import find_actors
from bot.analysis.candidates import find_candidates
from bot.analysis.document import ActorFound, Candidate
from bot.analysis.names import census_frequencies, chinese_family_names, world_given_names
from bot.analysis.places import places
from bot.analysis.quotes import QuoteFound, find_quotes, roles_for_credits
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
    quotes = find_quotes(paragraphs, sentences, mentions, roles_for_credits(actors))
    return Analysis(summarize(title, sentences, actors), actors, quotes, candidates)


def load_word_lists() -> None:
    """Read the large word lists now, which are otherwise read when first needed (the
    first question to need them would wait most of a second)."""
    world_given_names()
    chinese_family_names()
    census_frequencies()
    places()
