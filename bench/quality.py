"""Answer quality on real annotated news, beside baselines computed on the same items.

    python bench/quality.py ../shared/data [--split dev|test] [--only summaries,actors,quotes,speed]

Summaries: ROUGE (rouge-score, stemming) on CNN/DM, XSum and GUM against LEAD-k.
Actors: typed exact-span F1 for PER and ORG on CoNLL++ test (documents fed sentence by
sentence), beside maximal capitalised runs (untyped).
Quotes: PolNeAR direct quotations (gold contents with quote marks): content precision and
recall, beside plain quote-mark spans of four words or more; speaker accuracy in one row per
kind of gold source (a name; a pronoun and a description, both judged by a text proxy), each
saying how it is judged, and the old overall figure for comparison.
Speed: analysis throughput on news_corpus, one core.
"""

import argparse
import json
import re
import statistics
import time
from collections import Counter
from functools import cache
from pathlib import Path

from rouge_score import rouge_scorer

from bot.analysis import analyze
from bot.analysis.actors import find_actors
from bot.analysis.credits import is_credit
from bot.analysis.document import name_key
from bot.analysis.lexicon import ORG_HEADS, PLACE_PREFIXES, TITLE_WORDS
from bot.analysis.names import is_given_name, is_surname, read_rows, world_given_names
from bot.analysis.places import is_region
from bot.analysis.quotes import WORD, find_quotes, fits
from bot.analysis.rules import FIRED
from bot.analysis.sentences import Sentence, split_paragraphs

ROUGE_TYPES = ["rouge1", "rouge2", "rougeLsum"]


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


# --- summaries ---------------------------------------------------------------------------


def rouge(pairs: list[tuple[str, str]]) -> dict[str, float]:
    scorer = rouge_scorer.RougeScorer(ROUGE_TYPES, use_stemmer=True)
    totals: dict[str, list[float]] = {name: [] for name in ROUGE_TYPES}
    for prediction, reference in pairs:
        scores = scorer.score(reference, prediction)
        for name in ROUGE_TYPES:
            totals[name].append(scores[name].fmeasure * 100)
    return {name: statistics.mean(values) for name, values in totals.items()}


def as_lines(sentences: list[str]) -> str:
    return "\n".join(sentences)  # rougeLsum splits summaries on newlines


def our_summary_lines(title: str, paragraphs: list[str]) -> str:
    summary = analyze(title, paragraphs).summary
    return as_lines([s.text for s in split_paragraphs([summary])])


def evaluate_summaries(data: Path) -> list[tuple]:
    rows = []
    frank = read_jsonl(data / "news_summaries" / "frank_cnndm_xsum.jsonl")
    for dataset, lead in (("cnndm", 3), ("xsum", 1)):
        items = [item for item in frank if item["source_dataset"] == dataset]
        references = [as_lines(re.split(r"(?<= \.) ", item["reference_summary"])) for item in items]
        leads = [as_lines(item["article_sentences"][:lead]) for item in items]
        ours = [our_summary_lines("", [" ".join(item["article_sentences"])]) for item in items]
        words = statistics.mean(len(p.split()) for p in ours)
        rows.append(
            (
                f"{dataset} ({len(items)})",
                f"LEAD-{lead}",
                rouge(list(zip(leads, references, strict=True))),
                None,
            )
        )
        rows.append(
            (
                f"{dataset} ({len(items)})",
                "newsbot",
                rouge(list(zip(ours, references, strict=True))),
                words,
            )
        )
    gum = read_jsonl(data / "news_summaries" / "gum_wikinews_summaries.jsonl")
    references = [item["reference_summaries"][0] for item in gum]
    bodies = [item["article"].split("\n")[2:] for item in gum]  # after the title and date lines
    leads = [as_lines([s.text for s in split_paragraphs(b)][:3]) for b in bodies]
    ours = [our_summary_lines(item["title"], b) for item, b in zip(gum, bodies, strict=True)]
    rows.append(
        (f"gum ({len(gum)})", "LEAD-3", rouge(list(zip(leads, references, strict=True))), None)
    )
    rows.append(
        (
            f"gum ({len(gum)})",
            "newsbot",
            rouge(list(zip(ours, references, strict=True))),
            statistics.mean(len(p.split()) for p in ours),
        )
    )
    return rows


# --- actors ------------------------------------------------------------------------------


def conll_documents(path: Path) -> list[list[list[tuple[str, str]]]]:
    """Documents of sentences of (token, tag)."""
    documents: list[list[list[tuple[str, str]]]] = []
    sentence: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("-DOCSTART-"):
            documents.append([])
            continue
        if not line.strip():
            if sentence:
                documents[-1].append(sentence)
            sentence = []
            continue
        parts = line.split()
        sentence.append((parts[0], parts[-1]))
    if sentence:
        documents[-1].append(sentence)
    return documents


def gold_spans(sentence: list[tuple[str, str]]) -> set[tuple[int, int, str]]:
    spans, start, kind = set(), None, None
    for index, (_, tag) in enumerate([*sentence, ("", "O")]):
        if start is not None and not (tag.startswith("I-") and tag[2:] == kind):
            spans.add((start, index, kind))
            start = None
        if tag.startswith("B-") or (tag.startswith("I-") and start is None):
            start, kind = index, tag[2:]
    return spans


def prf(found: set, gold: set) -> tuple[float, float, float]:
    hit = len(found & gold)
    p = hit / len(found) if found else 0.0
    r = hit / len(gold) if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def evaluate_actors(data: Path) -> list[tuple]:
    found: dict[str, set] = {"PER": set(), "ORG": set()}
    gold: dict[str, set] = {"PER": set(), "ORG": set(), "ALL": set()}
    capital_runs: set = set()
    for doc_index, document in enumerate(conll_documents(data / "ner_news" / "conllpp_test.txt")):
        sentences, token_starts = [], []
        for number, tokens in enumerate(document):
            text, starts = "", []
            for token, _ in tokens:
                starts.append(len(text) + (1 if text else 0))
                text = f"{text} {token}" if text else token
            sentences.append(Sentence(number, 0, 0, len(text), text))
            token_starts.append(starts)
            for start, end, kind in gold_spans(tokens):
                key = (doc_index, number, start, end)
                gold["ALL"].add(key)
                if kind in gold:
                    gold[kind].add(key)
            run = None
            for index, (token, _) in enumerate([*tokens, ("x", "O")]):
                capital = token[:1].isupper()
                if capital and run is None:
                    run = index
                elif not capital and run is not None:
                    capital_runs.add((doc_index, number, run, index))
                    run = None
        _, mentions = find_actors(sentences)
        for mention in mentions:
            starts = token_starts[mention.paragraph]
            first = starts.index(mention.start) if mention.start in starts else None
            last = next((i for i, s in enumerate(starts) if s >= mention.end), len(starts))
            if first is not None:
                found[mention.kind].add((doc_index, mention.paragraph, first, last))
    rows = []
    for kind in ("PER", "ORG"):
        rows.append((kind, "newsbot", prf(found[kind], gold[kind])))
    rows.append(("untyped", "capitalised runs", prf(capital_runs, gold["ALL"])))
    rows.append(("untyped", "newsbot PER+ORG", prf(found["PER"] | found["ORG"], gold["ALL"])))
    return rows


GUM_TYPES = {"person": "PER", "organization": "ORG"}


def without_leading_titles(text: str) -> str:
    """'US President Barack Obama' -> 'Barack Obama': GUM's minimal spans keep titles."""
    words = text.split(" ")
    while len(words) > 1 and words[0].casefold().rstrip(".") in TITLE_WORDS | {"the", "us", "u.s"}:
        words = words[1:]
    return " ".join(words)


def evaluate_gum_actors(data: Path) -> list[tuple]:
    """GUM Wikinews named person and organisation mentions (their minimal spans, leading
    titles and articles dropped), typed exact spans."""
    found: dict[str, set] = {"PER": set(), "ORG": set()}
    gold: dict[str, set] = {"PER": set(), "ORG": set()}
    credited: set = set()  # gold mentions inside bylines and photo credits
    for document in read_jsonl(data / "ner_news" / "gum_wikinews_entities.jsonl"):
        doc = document["doc_id"]
        paragraphs, offsets = paragraphs_with_offsets(document["text"])
        credits = [
            (offset, offset + len(paragraph))
            for paragraph, offset in zip(paragraphs, offsets, strict=True)
            if is_credit(paragraph)
        ]
        for mention in document["mentions"]:
            kind = GUM_TYPES.get(mention["type"])
            if not (kind and mention["is_named"]):
                continue
            span = mention["min_span"]
            text = span["text"]
            stripped = without_leading_titles(text)
            start = span["start"] + len(text) - len(stripped)
            gold[kind].add((doc, start, span["end"]))
            if any(begin <= start < end for begin, end in credits):
                credited.add((doc, start, span["end"]))
        _, mentions = find_actors(split_paragraphs(paragraphs))
        for m in mentions:
            found[m.kind].add((doc, offsets[m.paragraph] + m.start, offsets[m.paragraph] + m.end))
    # GUM counts the names in photo credits ("Image: Nick Moreau."); the bot does not take
    # the article's makers for people in the news, so the second row leaves them out.
    return [
        (kind, system, prf(found[kind], gold[kind] - left_out))
        for system, left_out in (("newsbot", set()), ("  credits unscored", credited))
        for kind in ("PER", "ORG")
    ]


# --- quotes ------------------------------------------------------------------------------


QUOTE_SPAN = re.compile(r"“([^“”]+)”|\"([^\"]+)\"")  # the baseline: text between marks


def paragraphs_with_offsets(text: str) -> tuple[list[str], list[int]]:
    paragraphs, offsets = [], []
    for match in re.finditer(r"[^\n]+", text):
        if match.group().strip():
            paragraphs.append(match.group())
            offsets.append(match.start())
    return paragraphs, offsets


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def old_speaker_matches(
    speaker: str | None,
    attribution: dict,
    mentions: list,
    offsets: list[int],
    quoted: list[tuple[int, int]],
) -> bool:
    """The old judgement, kept for comparability ("all sources (old method)"): right when our
    speaker shares a word with the gold source, or else when our speaker is the last person
    *our own analysis* named before the source (outside the gold quotations) whom the source
    fits -- the rule the analysis resolves "he said" by, so it partly judges itself."""
    if not speaker or not attribution.get("source"):
        return False
    source = attribution["source"]["text"]
    ours = set(re.findall(r"\w+", name_key(speaker)))
    if ours & (set(re.findall(r"\w+", name_key(source))) - {"the", "of", "a"}):
        return True
    source_start = attribution["source"]["spans"][0][0]
    before = [
        m
        for m in mentions
        if (at := offsets[m.paragraph] + m.start) < source_start
        and not any(start <= at < end for start, end in quoted)
        and m.kind == "PER"
        and fits(source.strip(), m.actor)
    ]
    return bool(before) and before[-1].actor == speaker


# Named gold sources ---------------------------------------------------------------------

# Gold sources that are a pronoun ("which", "who": relative; "this": demonstrative).
PRONOUNS = frozenset(
    "he she they it i we you him her them his its their who which that this these".split()
)
# Lower-case words inside a name ("Bill de Blasio", "Association of Flight Attendants").
NAME_JOINERS = frozenset("of the and for & de van von der den da di del du la le al bin".split())
POSSESSIVE_END = re.compile(r"['’]s$|(?<=s)['’]$")
PREPOSITIONS = frozenset("at in from with by on to about against".split())


def trailing_name(words: list[str]) -> list[str]:
    """The capitalised words a phrase ends in (lower-case name joiners inside), its possessive
    ending dropped; a possessive before them is no part ("CNN's Jake Tapper" -> Jake Tapper),
    and after a preposition they are none ("His former business partner at Lenox")."""
    run: list[str] = []
    for word in reversed(words):
        if run and POSSESSIVE_END.search(word):
            break
        if word in PREPOSITIONS:
            return []
        if not (word[:1].isupper() or word in NAME_JOINERS):
            break
        run.insert(0, word if run else POSSESSIVE_END.sub("", word))
    while run and run[0].casefold() in NAME_JOINERS:
        run = run[1:]
    return run


def without_title(run: list[str]) -> list[str]:
    """Everything up to the last title word before the last word dropped: "White House Press
    Secretary Josh Earnest" -> Josh Earnest, "Secretary of State John Kerry" -> John Kerry,
    "Mr. King" -> King."""
    titles = [i for i, word in enumerate(run[:-1]) if word.casefold().rstrip(".") in TITLE_WORDS]
    return run[titles[-1] + 1 :] if titles else run


def without_place(run: list[str]) -> list[str]:
    """A trailing "of ..." dropped unless the word before it heads an organisation: "Elijah
    Cummings of Maryland" -> Elijah Cummings, "Federal Bureau of Prisons" kept."""
    if "of" in run[1:]:
        at = run.index("of", 1)
        return run if run[at - 1].casefold() in ORG_HEADS else run[:at]
    return run


def name_head(source: str) -> str | None:
    """The proper name a gold source is, or None when it is a description ("the mayor",
    "Obama's former campaign strategist") or a pronoun. Bracketed asides are dropped and the
    source cut at commas; the first part that ends in capitalised words gives them, as
    `trailing_name`, `without_title` and `without_place` leave them: "Another critic,
    Laurence H. Tribe," -> Laurence H. Tribe, "retired Air Force general Lloyd Newton" ->
    Lloyd Newton, "The New York Times" -> New York Times."""
    for part in re.sub(r"\([^()]*\)", " ", source).split(","):
        run = without_place(without_title(trailing_name(part.split())))
        if run and not (len(run) == 1 and run[0].casefold() in PRONOUNS):
            return " ".join(run)
    return None


def source_kind(attribution: dict) -> str:
    """ "pronoun" (the source is one pronoun), "name" (it has a `name_head`), "nominal" (any
    other: "the mayor", "a Homeland Security memo") or "none" (PolNeAR gives no source)."""
    source = attribution.get("source")
    if not source:
        return "none"
    if source["text"].strip().casefold() in PRONOUNS:
        return "pronoun"
    return "name" if name_head(source["text"]) else "nominal"


def name_words(name: str) -> list[str]:
    """A name's words, normalised: case folded, possessive ending and apostrophes dropped, other
    punctuation read as spaces ("G.K. O'Neill's" -> ["g", "k", "oneill"])."""
    name = re.sub(r"['’]", "", POSSESSIVE_END.sub("", name.strip()))
    return re.sub(r"[^\w]+|_", " ", name).casefold().split()


def people_with_surname(text: str, surname: str) -> set[str]:
    """Distinct full names in `text` ending in `surname`: the capitalised word right before it
    (initials skipped) that is no title and that the text never writes in lower case; "Bill
    Clinton" and "Hillary Clinton" are two, "President Clinton" and "When Clinton" none."""
    lower_case = set(re.findall(r"\b[a-z]+\b", text))
    found = set()
    pattern = r"\b([A-Z][\w’'-]+)\s+(?:[A-Z]\.\s*)*" + re.escape(surname) + r"\b"
    for match in re.finditer(pattern, text):
        given = match.group(1)
        if given.casefold() not in TITLE_WORDS and given.casefold() not in lower_case:
            found.add(f"{given} {surname}")
    return found


def is_named_source(speaker: str | None, head: str, text: str) -> bool:
    """Named gold source: right when our speaker's name equals the gold name (both as
    `name_words` gives them, the gold name as `name_head` cuts it), when the gold name is one
    word and is our speaker's last word ("Trump" for "Donald Trump"), or when our speaker is
    the gold full name's surname alone and the article names one person by that surname
    (`people_with_surname`)."""
    ours, gold = name_words(speaker or ""), name_words(head)
    if not ours or not gold:
        return False
    if ours == gold or (len(gold) == 1 and ours[-1] == gold[0]):
        return True
    return ours == gold[-1:] and len(people_with_surname(text, head.split()[-1])) == 1


# Pronoun and nominal gold sources, by proxy ----------------------------------------------

NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
INITIALS = re.compile(r"(?:[A-Z]\.)+")
# A capitalised run of words within a line ("Rep. Bill de Blasio"); a word ends in a full stop
# only as initials or a short title ("G.K.", "Sen."), so that a run stops at a sentence's end.
CAPITALISED_WORD = (
    r"(?:(?:[A-Z]\.)+|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Rev|Jr|Sr)\.|[A-Z][\w’'-]*)"
)
CAPITALISED_RUN = re.compile(
    rf"\b{CAPITALISED_WORD}(?: (?:{CAPITALISED_WORD}|de|van|von|bin|al|da|del))+"
)
COURTESY_TITLES = {"mr": "M", "mrs": "F", "ms": "F", "miss": "F"}


@cache
def census_given_names() -> dict[str, dict[str, float]]:
    """ "F" and "M" -> given name -> percent of US women / men bearing it (1990 census)."""
    return {"F": dict(read_rows("dist.female.first")), "M": dict(read_rows("dist.male.first"))}


def surname_of(name: str) -> str:
    words = [w for w in name.split() if w.casefold().rstrip(".") not in NAME_SUFFIXES]
    return (words or name.split())[-1]


def may_be_person(name: str) -> bool:
    """Two words or more, none an organisation's head word ("White House", "Bay Times"), the
    first no place's ("North Korea") -- the bot's word lists, used here on names only."""
    words = name.casefold().split()
    return (
        len(words) > 1
        and words[0] not in PLACE_PREFIXES
        and not any(word in ORG_HEADS for word in words)
    )


def is_first_name(word: str, lower_case: set[str]) -> bool:
    """A given name that one in 10,000 US women or men bore (1990 census: "Bill", "Hillary"),
    or a rarer one of the census or Faker lists that the text never writes in lower case
    ("In", "Ha"); not a country or state ("Florida")."""
    key, census = word.casefold(), census_given_names()
    common = max(census["F"].get(key, 0.0), census["M"].get(key, 0.0)) >= 0.01
    return (common or (is_given_name(word) and key not in lower_case)) and not is_region(word)


def text_people(text: str) -> list[str]:
    """Full names in the text: the end of a capitalised run, titles dropped, that is a first
    name (`is_first_name`) and a surname, with at most a first name or initials between
    ("During a CNN town hall, Tina Houchins had" -> Tina Houchins; "Kent County Republican"
    is none)."""
    lower_case = set(re.findall(r"\b[a-z]+\b", text))
    people = []
    for match in CAPITALISED_RUN.finditer(text):
        run = without_title(trailing_name(match.group().split()))
        for name in (run[-3:], run[-2:]):
            if (
                len(name) > 1
                and is_first_name(name[0], lower_case)
                and all(INITIALS.fullmatch(w) or is_first_name(w, lower_case) for w in name[1:-1])
                and may_be_person(" ".join(name))
            ):
                people.append(" ".join(name))
                break
    return people


def article_people(article: dict) -> list[str]:
    """Whom the proxy may take a pronoun or nominal source for: the names of the gold sources
    of every attribution in the article (`name_head`) and the full names in its text
    (`text_people`); not the names our analysis finds."""
    heads = [name_head(a["source"]["text"]) for a in article["attributions"] if a["source"]]
    return list(dict.fromkeys([h for h in heads if h] + text_people(article["text"])))


def person_mentions(text: str, people: list[str]) -> list[tuple[int, str]]:
    """(offset, name) wherever the text names one of `people`, in text order: the full name;
    or a person's surname alone (outside a full name), taken for the person of that surname
    named in full most recently before it; or a one-word name."""
    full = sorted(
        (m.start(), m.end(), person)
        for person in people
        if len(person.split()) > 1
        for m in re.finditer(r"\b" + re.escape(person) + r"\b", text)
    )
    found = [(start, person) for start, _, person in full]
    for surname in {surname_of(p) for p in people if may_be_person(p) or len(p.split()) == 1}:
        for m in re.finditer(r"\b" + re.escape(surname) + r"\b", text):
            if any(start <= m.start() < end for start, end, _ in full):
                continue
            earlier = [
                p
                for s, _, p in full
                if s < m.start() and surname_of(p) == surname and may_be_person(p)
            ]
            person = earlier[-1] if earlier else (surname if surname in people else None)
            if person:
                found.append((m.start(), person))
    return sorted(found)


def may_be_called(pronoun: str, name: str, text: str) -> bool:
    """Whether "he" or "she" may stand for `name`. A longer name must be `may_be_person`, and
    its first given name not borne ten times as often by the other sex (1990 census, else
    Faker's lists): "she" may be Terry Strada, not Donald Trump. A one-word name must be a
    known given name or surname or have a title before it in the text ("Mr. Obama"). Either
    way a courtesy title of the other sex only ("Mrs. Clinton" for "he") rules it out."""
    wanted, other = ("M", "F") if pronoun == "he" else ("F", "M")
    pattern = r"\b(Mr|Mrs|Ms|Miss)\.? " + re.escape(surname_of(name)) + r"\b"
    courtesy = {COURTESY_TITLES[m.group(1).casefold()] for m in re.finditer(pattern, text)}
    if courtesy and wanted not in courtesy:
        return False
    if len(name.split()) == 1:
        titled = re.finditer(r"\b(\w+)\.? " + re.escape(name) + r"\b", text)
        return (
            is_given_name(name)
            or is_surname(name)
            or any(m.group(1).casefold() in TITLE_WORDS for m in titled)
        )
    if not may_be_person(name):
        return False
    given, shares = name.split()[0].casefold(), census_given_names()
    if courtesy or not (shares["F"].get(given) or shares["M"].get(given)):
        return bool(courtesy) or world_given_names().get(given) in {None, wanted}
    return shares[wanted].get(given, 0.0) >= 0.1 * shares[other].get(given, 0.0)


def text_antecedent(
    source: str,
    start: int,
    text: str,
    mentions: list[tuple[int, str]],
    quoted: list[tuple[int, int]],
) -> str | None:
    """Who a pronoun or nominal source stands for, by proxy: the last name `person_mentions`
    finds before it, outside the gold quotations (a person named in a quote is not who "he
    said" is); for "he" and "she" the last that `may_be_called` so."""
    pronoun = source.strip().casefold()
    before = [
        person
        for at, person in mentions
        if at < start
        and not any(begin <= at < end for begin, end in quoted)
        and (pronoun not in {"he", "she"} or may_be_called(pronoun, person, text))
    ]
    return before[-1] if before else None


def speaker_right(
    speaker: str | None,
    attribution: dict,
    text: str,
    mentions: list[tuple[int, str]],
    quoted: list[tuple[int, int]],
) -> bool:
    """Named source: `is_named_source`. Pronoun or nominal source, by proxy: our speaker is
    the name `text_antecedent` gives, as `is_named_source` compares names. No source: wrong."""
    kind, source = source_kind(attribution), attribution.get("source")
    if kind == "name":
        return is_named_source(speaker, name_head(source["text"]) or "", text)
    if kind in ("pronoun", "nominal"):
        antecedent = text_antecedent(source["text"], source["spans"][0][0], text, mentions, quoted)
        return antecedent is not None and is_named_source(speaker, antecedent, text)
    return False


SPEAKER_ROWS = {
    "name": (
        "speaker, named source",
        "judged: our speaker's name is the gold name (case, punctuation, possessive 's,\n"
        "bracketed and comma-set asides, everything up to the last title word and a\n"
        'trailing "of <place>" dropped), or the gold name is one word and is our\n'
        "speaker's last word, or our speaker is the gold surname alone and the article\n"
        "names one person by that surname",
    ),
    "pronoun": (
        "speaker, pronoun source",
        "judged by proxy: the last person named before the pronoun in the text, outside\n"
        'gold quotations, whom "he"/"she" fits (given name by the census, courtesy\n'
        "titles); the people are the article's gold source names and the full names in\n"
        "its text that a census or Faker given name leads, not the names our analysis\n"
        "finds. Shares our resolver's blind spot: where the speaker is not the last\n"
        "person named, both can be wrong alike and count right",
    ),
    "nominal": (
        "speaker, nominal source",
        "judged by proxy: the last person named before the description in the text,\n"
        'outside gold quotations, as for pronouns; the role it names ("the mayor") is\n'
        'not checked, and many are not people ("the letter")',
    ),
}


def evaluate_quotes(data: Path, split: str) -> tuple[list[tuple], Counter]:
    """Content precision and recall (newsbot and baseline), and for each of our quotes that
    overlaps a gold quote, its speaker judged against that gold quote's source by the kind
    of source (`source_kind`, `speaker_right`) and by the old method
    (`old_speaker_matches`)."""
    articles = read_jsonl(data / "polnear_quotes" / f"polnear_{split}.jsonl")
    stats = Counter()
    for article in articles:
        text = article["text"]
        direct = [a for a in article["attributions"] if a["content_has_quote_marks"]]
        gold = [(a, [tuple(s) for s in a["content"]["spans"]]) for a in direct]
        paragraphs, offsets = paragraphs_with_offsets(text)
        sentences = split_paragraphs(paragraphs)
        actors, mentions = find_actors(sentences)
        roles = {actor.name: actor.roles for actor in actors}
        ours = [
            ((offsets[q.paragraph] + q.start, offsets[q.last_paragraph] + q.end), q)
            for q in find_quotes(paragraphs, sentences, mentions, roles)
        ]
        baseline = [
            (m.start(), m.end())
            for m in QUOTE_SPAN.finditer(text)
            if len(WORD.findall(m.group())) >= 4
        ]
        for name, spans in (("newsbot", [s for s, _ in ours]), ("baseline", baseline)):
            for span in spans:
                stats[f"{name} found"] += 1
                length = max(span[1] - span[0], 1)
                if any(overlap(span, g) >= 0.5 * length for _, pieces in gold for g in pieces):
                    stats[f"{name} right"] += 1
            for _, pieces in gold:
                stats[f"{name} gold"] += 1
                if any(overlap(span, g) > 0 for span in spans for g in pieces):
                    stats[f"{name} recalled"] += 1
        quoted = [piece for _, pieces in gold for piece in pieces]
        named = person_mentions(text, article_people(article))
        for span, quote in ours:
            best = max(
                gold, key=lambda g: sum(overlap(span, piece) for piece in g[1]), default=None
            )
            if best is None or not any(overlap(span, piece) for piece in best[1]):
                continue
            kind = source_kind(best[0])
            old = old_speaker_matches(quote.speaker, best[0], mentions, offsets, quoted)
            stats.update({f"{kind} judged": 1, "all judged": 1})
            stats.update({f"{kind} old right": old, "all old right": old})
            stats[f"{kind} right"] += speaker_right(quote.speaker, best[0], text, named, quoted)
    rows = []
    for name in ("baseline", "newsbot"):
        p = stats[f"{name} right"] / max(stats[f"{name} found"], 1)
        r = stats[f"{name} recalled"] / max(stats[f"{name} gold"], 1)
        rows.append((name, p, r))
    return rows, stats


def print_speaker_rows(stats: Counter) -> None:
    """One row per kind of gold source with how it is judged, the quotes with no gold source,
    and the old overall figure; each row also says what the old method made of its quotes."""
    for kind, (label, how) in SPEAKER_ROWS.items():
        judged, right, old = (stats[f"{kind} {key}"] for key in ("judged", "right", "old right"))
        print(
            f"{label:34} {right / max(judged, 1):.3f}  ({right} right of {judged} judged;"
            f" old method: {old} right)\n    " + how.replace("\n", "\n    ")
        )
    print(
        f"{'speaker, no gold source':34}   -    ({stats['none judged']} quotes, not judged;"
        " the old method counts them wrong)"
    )
    judged, old = stats["all judged"], stats["all old right"]
    print(
        f"{'speaker, all sources (old method)':34} {old / max(judged, 1):.3f}  ({old} right of"
        f" {judged} judged)\n    judged: our speaker shares a word with the gold source, else"
        " is the last person\n    our own analysis named before it (so it partly judges"
        " itself)"
    )


# --- speed -------------------------------------------------------------------------------


def evaluate_speed(data: Path, count: int = 2000) -> tuple[float, int]:
    articles = read_jsonl(data / "news_corpus" / "reuters21578.jsonl")[: count // 2]
    articles += read_jsonl(data / "news_corpus" / "polnear_articles.jsonl")[: count // 2]
    prepared = [(a["title"], [p for p in a["text"].split("\n") if p.strip()]) for a in articles]
    started = time.process_time()
    for title, paragraphs in prepared:
        analyze(title, paragraphs)
    return len(prepared) / (time.process_time() - started), len(prepared)


def print_rules_fired(corpus: str) -> None:
    """How often each named rule decided on `corpus` (bot.analysis.rules tables and the
    quote attribution strategies), most frequent first within each table."""
    print(f"\n## Rules that decided, {corpus} (table: rule: times)")
    for table in sorted({table for table, _ in FIRED}):
        fired = sorted(((n, rule) for (t, rule), n in FIRED.items() if t == table), reverse=True)
        print(f"{table}: " + "; ".join(f"{rule}: {n}" for n, rule in fired))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("data", type=Path, help="the shared data folder")
    parser.add_argument("--split", default="dev", choices=["dev", "test"], help="PolNeAR split")
    parser.add_argument(
        "--only",
        default="summaries,actors,quotes,speed",
        help="comma-separated parts to run: summaries, actors, quotes, speed (default: all)",
    )
    args = parser.parse_args()
    parts = set(args.only.split(","))
    if "summaries" in parts:
        print("## Summaries (ROUGE F1 x100: R1 / R2 / RLsum)")
        for dataset, system, scores, words in evaluate_summaries(args.data):
            length = f"  ({words:.0f} words)" if words else ""
            r1, r2, rl = (scores[name] for name in ROUGE_TYPES)
            print(f"{dataset:12} {system:10} {r1:5.2f} / {r2:5.2f} / {rl:5.2f}{length}")
    if "actors" in parts:
        print("\n## Actors, CoNLL++ test (exact spans: P / R / F1)")
        for kind, system, (p, r, f) in evaluate_actors(args.data):
            print(f"{kind:8} {system:18} {p:.3f} / {r:.3f} / {f:.3f}")
        print("\n## Actors, GUM Wikinews (named mentions, minimal spans: P / R / F1)")
        FIRED.clear()
        for kind, system, (p, r, f) in evaluate_gum_actors(args.data):
            print(f"{kind:8} {system:18} {p:.3f} / {r:.3f} / {f:.3f}")
        print_rules_fired("GUM Wikinews")
    if "quotes" in parts:
        FIRED.clear()
        rows, stats = evaluate_quotes(args.data, args.split)
        print(f"\n## Quotes, PolNeAR {args.split} (direct quotations: content P / R)")
        for system, p, r in rows:
            print(f"{system:10} {p:.3f} / {r:.3f}")
        print("\n## Speakers of found quotes, by the gold quote's source")
        print_speaker_rows(stats)
        print_rules_fired(f"PolNeAR {args.split}")
    if "speed" in parts:
        rate, count = evaluate_speed(args.data)
        print(f"\n## Speed\nanalysis: {rate:.0f} articles/s on one core ({count} articles)")


if __name__ == "__main__":
    main()
