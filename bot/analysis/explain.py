"""Why the analysis says what it says about one article: each candidate name with its span,
the rules that typed it and the actor it became; each actor's roles; each quote's speaker and
how it was found. `newsbot explain FILE` prints this."""

from bot.analysis import analyze

QUOTE_SHOWN = 70  # characters of a quote shown


def explain(title: str, paragraphs: list[str] | tuple[str, ...]) -> str:
    analysis = analyze(title, paragraphs)  # the very passes ingest runs
    candidates, actors, quotes = analysis.candidates, analysis.actors, analysis.quotes
    lines = [title, "", "Candidates (paragraph:start-end, name, title before it)"]
    for candidate in candidates:
        paragraph, start = candidate.sentence.paragraph, candidate.tokens[0].start
        sentence = candidate.sentence
        title_words = (
            sentence.text[candidate.title[0].start - sentence.start : start - sentence.start]
            if candidate.title
            else ""
        ).strip()
        titled = f"  [title: {title_words}]" if title_words else ""
        lines.append(f"  {paragraph}:{start}-{candidate.tokens[-1].end}  {candidate.name}{titled}")
        lines += [f"      {step}" for step in candidate.trace or ["not typed"]]
    lines += ["", "Actors"]
    for actor in actors:
        aliases = ", ".join(sorted(actor.aliases - {actor.name}))
        lines.append(f"  {actor.name} ({actor.kind}), named {actor.mentions}x")
        if actor.roles:
            lines.append(f"      roles: {'; '.join(actor.roles)}")
        if aliases:
            lines.append(f"      also: {aliases}")
    lines += ["", "Quotes (paragraph, speaker, how it was found)"]
    for quote in quotes:
        text = quote.text if len(quote.text) <= QUOTE_SHOWN else quote.text[:QUOTE_SHOWN] + "…"
        partial = " (fragment)" if quote.partial else ""
        lines.append(f"  {quote.paragraph}: “{text}”{partial}")
        lines.append(f"      -> {quote.speaker or 'nobody'}: {quote.strategy}")
    return "\n".join(lines)
