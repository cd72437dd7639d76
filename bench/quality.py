"""Answer quality on real annotated news, beside baselines computed on the same items.

    python bench/quality.py ../shared/data [--split dev|test] [--only summaries,actors,quotes,speed]

Summaries: ROUGE (rouge-score, stemming) on CNN/DM, XSum and GUM against LEAD-k.
Actors: typed exact-span F1 for PER and ORG on CoNLL++ test (documents fed sentence by
sentence), beside maximal capitalised runs (untyped).
Quotes: PolNeAR direct quotations (gold contents with quote marks): content precision and
recall and speaker accuracy, beside plain quote-mark spans of four words or more.
Speed: analysis throughput on news_corpus, one core.
"""

import argparse
import json
import re
import statistics
import time
from collections import Counter
from pathlib import Path

from rouge_score import rouge_scorer

from bot.analysis import analyze
from bot.analysis.actors import find_actors, name_key
from bot.analysis.credits import is_credit
from bot.analysis.lexicon import TITLE_WORDS
from bot.analysis.quotes import WORD, find_quotes, fits
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


def speaker_matches(
    speaker: str | None,
    attribution: dict,
    mentions: list,
    offsets: list[int],
    quoted: list[tuple[int, int]],
) -> bool:
    if not speaker or not attribution.get("source"):
        return False
    source = attribution["source"]["text"]
    ours = set(re.findall(r"\w+", name_key(speaker)))
    if ours & (set(re.findall(r"\w+", name_key(source))) - {"the", "of", "a"}):
        return True
    # A pronoun or nominal gold source: its named antecedent is the last person named before
    # it, outside the gold quotations (a person named in a quote is not who "he said" is),
    # who can be referred to so ("she" is not a man known by his given name).
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


def evaluate_quotes(data: Path, split: str) -> list[tuple]:
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
        for span, quote in ours:
            best = max(
                gold, key=lambda g: sum(overlap(span, piece) for piece in g[1]), default=None
            )
            if best is None or not any(overlap(span, piece) for piece in best[1]):
                continue
            stats["speaker judged"] += 1
            quoted = [piece for _, pieces in gold for piece in pieces]
            if speaker_matches(quote.speaker, best[0], mentions, offsets, quoted):
                stats["speaker right"] += 1
    rows = []
    for name in ("baseline", "newsbot"):
        p = stats[f"{name} right"] / max(stats[f"{name} found"], 1)
        r = stats[f"{name} recalled"] / max(stats[f"{name} gold"], 1)
        rows.append((name, p, r))
    speaker = stats["speaker right"] / max(stats["speaker judged"], 1)
    return rows, speaker, stats


# --- speed -------------------------------------------------------------------------------


def evaluate_speed(data: Path, count: int = 2000) -> tuple[float, int]:
    articles = read_jsonl(data / "news_corpus" / "reuters21578.jsonl")[: count // 2]
    articles += read_jsonl(data / "news_corpus" / "polnear_articles.jsonl")[: count // 2]
    prepared = [(a["title"], [p for p in a["text"].split("\n") if p.strip()]) for a in articles]
    started = time.process_time()
    for title, paragraphs in prepared:
        analyze(title, paragraphs)
    return len(prepared) / (time.process_time() - started), len(prepared)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("data", type=Path, help="the shared data folder")
    parser.add_argument("--split", default="dev", choices=["dev", "test"], help="PolNeAR split")
    parser.add_argument("--only", default="summaries,actors,quotes,speed")
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
        for kind, system, (p, r, f) in evaluate_gum_actors(args.data):
            print(f"{kind:8} {system:18} {p:.3f} / {r:.3f} / {f:.3f}")
    if "quotes" in parts:
        rows, speaker, stats = evaluate_quotes(args.data, args.split)
        print(f"\n## Quotes, PolNeAR {args.split} (direct quotations: content P / R)")
        for system, p, r in rows:
            print(f"{system:10} {p:.3f} / {r:.3f}")
        print(f"speaker right for {speaker:.3f} of {stats['speaker judged']} found quotes")
    if "speed" in parts:
        rate, count = evaluate_speed(args.data)
        print(f"\n## Speed\nanalysis: {rate:.0f} articles/s on one core ({count} articles)")


if __name__ == "__main__":
    main()
