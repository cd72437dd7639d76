"""The answers: one function per question kind, shared by the CLI, the shell and Slack.

An Answer holds plain data (no markup); bot.render turns it into terminal text or Block Kit.
"""

import functools
import re
from collections import Counter
from dataclasses import replace
from datetime import date, datetime
from zoneinfo import ZoneInfo

from rapidfuzz import fuzz
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session

from bot import stories
from bot.analysis.actors import SEX_OF_HONORIFIC
from bot.analysis.lexicon import LOWER_RANKS, TITLE_MODIFIERS, written_out
from bot.analysis.shapes import (
    HONORIFIC_FIRST_WORDS,
    HONORIFIC_SECOND_WORDS,
    HONORIFICS,
    PERSON_PARTICLES,
    clear_sex_of,
    is_suffix,
)
from bot.analysis.titles import COURTESY_WORDS
from bot.answer import Answer, Section, cite, outlet, source_line, store_unavailable_answer
from bot.commands import FOLLOW_KINDS, SOURCE_KINDS, Command, parse_command
from bot.dates import NotADate, read_when
from bot.digest import build_digest, digest_title
from bot.identity import dominant
from bot.library import Library
from bot.role_answers import description_answer, role_answer
from bot.role_search import JOINING_WORDS, is_title_word, read_role_question
from bot.search import NameMatch, best_passage, plain, query_words
from bot.settings import Settings, get_settings
from bot.source_answers import sources_answer
from bot.subscriptions import is_subscription_request
from bot.succession import predecessor_answer, successor_answer, successor_in_office
from bot.titles import grouped_titles, titles_to_show
from db import queries
from db.engine import session_scope
from db.models import Actor, Quote
from db.queries import ArticleRef

NEWS_LIMIT = 5
QUOTES_LIMIT = 5
# Quotes of one speaker read per quote shown, in a first round (reprints are shown once).
QUOTES_READ_FACTOR = 4
CO_ACTORS_SHOWN = 6
CO_ACTORS_CONSIDERED = 50  # for organisations named in roles
UNNAMED_ARTICLES_READ = 50  # an organisation's newest articles read for its unnamed people's quotes
ROLES_SHOWN = 8
SOURCES_SHOWN = 5
QUOTE_CANDIDATES = 200  # quotes sharing words with a topic, ranked further by fit
AMBIGUITY_MARGIN = 2.0
OTHERS_SHOWN = 5
NAMESAKES_CONSIDERED = 50
EXACT_NAME = 100  # a name match this good is the whole name or an alias, not a part
WHICH_ONE_SHOWN = 8  # other people of a surname named under its most prominent one

USAGE = {
    "news": "`/news QUERY`: articles about a topic, a person or an organisation "
    "(typos are fine; dates too: since, before, on, last week, in November), "
    "e.g. `/news aso kingmaker`",
    "who": "`/who NAME` or `/who TITLE`: profile of a person or organisation, or who holds "
    "a title, e.g. `/who takaichi`, `/who prime minister of Japan`",
    "quotes": "`/quotes TOPIC` or `/quotes NAME`: direct quotes, best first, "
    "e.g. `/quotes korea japan relations`",
    "said": "`who said WORDS?`: who said it, e.g. `who said future-oriented and stable?`",
    "digest": "`/digest [YYYY-MM-DD]`: the digest of a day's articles (default: today); "
    "`/digest subscribe [HH:MM] [Area/City]`: this channel gets it every day at that time; "
    "`/digest unsubscribe`, `/digest settings`",
    "add": "`/newsbot add URL`: store a news page and see its summary, or follow a news "
    "feed (RSS or Atom); a news link shared in a channel I am in is stored too",
    "remove": "`/newsbot remove URL`: stop following a feed (`/newsbot feeds` lists them)",
    "follow": "`/newsbot follow NAME` or `/newsbot follow TOPIC`: this channel hears of each "
    "new article naming or quoting the person (by any of their names) or about the topic; "
    "`/newsbot unfollow NAME`, `/newsbot following`",
    "unfollow": "`/newsbot unfollow NAME`: stop following someone or a topic here",
}
PROBLEMS = {
    "empty": "Tell me what to look for.",
    "too long": "That is too long to be a question; try a few words.",
    "no words": "That has no words to look for.",
    "not a link": "That needs one web address (http:// or https://).",
}


def answer_text(text: str, library: Library, database_url: str, tz: str = "UTC") -> Answer:
    """Answer whatever a user typed; a store fault becomes an answer, not an exception."""
    return answer_command(parse_command(text), library, database_url, tz)


def answer_command(
    command: Command,
    library: Library,
    database_url: str,
    tz: str = "UTC",
    sources: Settings | None = None,
) -> Answer:
    """The answer to a command; `sources` says how pages and feeds are fetched (default: the
    settings)."""
    # Help and usage need no store, so they are given while the store is down too.
    if command.kind == "help":
        return help_answer()
    if command.problem:
        return usage_answer(command.kind, PROBLEMS[command.problem])
    if command.kind in FOLLOW_KINDS or (  # Services answers them in their channel
        command.kind == "digest" and is_subscription_request(command.query)
    ):
        return Answer(
            "Follows belong to a Slack channel",
            note="Use `/newsbot follow NAME` in the channel that should hear of new articles.",
        )
    if command.kind in SOURCE_KINDS:
        settings = sources or get_settings()
        return sources_answer(
            command, database_url, settings.fetch_policy, settings.feed_poll_every
        )
    try:
        with session_scope(database_url) as session:
            library.refresh(session)
            return answer(command, session, library, tz)
    except SQLAlchemyError:
        return store_unavailable_answer()


def answer(command: Command, session: Session, library: Library, tz: str = "UTC") -> Answer:
    """The answer of a question that reads the store (help and usage are given before)."""
    if command.kind == "news":
        return news_answer(command.query, session, library, command.page, tz)
    if command.kind == "who":
        return who_answer(command.query, session, library)
    if command.kind == "quotes":
        return quotes_answer(command.query, command.speaker, session, library, command.page)
    if command.kind == "said":
        return said_answer(command.query, session, library, command.page)
    return digest_answer(command.query, session, tz)


def help_answer() -> Answer:
    sections = [Section(body=line) for line in USAGE.values()]
    sections.append(
        Section(
            body="Or just ask: `who is Wi Sung-lac?`, `who is the prime minister of Japan?`, "
            "`who chairs the Japan-Korea Cooperation Committee?`, `who is the kingmaker?`, "
            "`who said future-oriented and stable?`, "
            "`what did Takaichi say about Korea?`, `latest news about the LDP`, "
            "`news about Aso since 2025-10-01`."
        )
    )
    return Answer("What I can do", sections)


def usage_answer(kind: str, problem: str) -> Answer:
    return Answer(problem, [Section(body=USAGE[kind])], note="`/newsbot help` lists everything.")


def nothing_found(query: str, suggestions: list[str]) -> Answer:
    note = ("Closest: " + "; ".join(suggestions)) if suggestions else ""
    return Answer(f"Nothing found for “{query}”", note=note)


# --- /news -------------------------------------------------------------------------------


def news_answer(
    query: str, session: Session, library: Library, page: int = 0, tz: str = "UTC"
) -> Answer:
    try:
        newest = queries.latest_article_date(session)
        when = read_when(query, today(tz), newest)
    except NotADate as problem:
        return usage_answer("news", str(problem))
    if not query_words(when.words) and not (when.limited or when.newest_first):
        return usage_answer("news", "Tell me what to look for, or which days.")
    hits = library.articles.search(
        when.words,
        limit=NEWS_LIMIT * (page + 1) + 1,
        since=when.since,
        until=when.until,
        newest_first=when.newest_first,
    )
    if not hits:
        if when.limited and library.articles.search(when.words, limit=1):
            return Answer(
                f"Nothing {when.describe()} for “{when.words}”",
                note="Articles outside those dates match: ask without them.",
            )
        if not query_words(when.words):
            hint = f"The latest articles are from {newest.isoformat()}." if newest else ""
            return Answer(f"No articles {when.describe()}", note=hint)
        return nothing_found(query, library.articles.suggestions(when.words))
    hits, more = page_of(stories.one_per_story(session, hits), page, NEWS_LIMIT)
    if not hits:
        return Answer(f"No more articles for “{query}”")
    articles = queries.articles_by_ids(session, [hit.id for hit in hits])
    retold = stories.other_outlets(session, list(articles.values()))
    sections = []
    for hit in hits:
        article = articles[hit.id]
        passage = best_passage(article.paragraphs, hit.terms, shown=article.summary)
        cited = cite(article, outlet(article.source), retold[article.id])
        sections.append(Section(article.title, article.summary, excerpt=passage, cited=cited))
    first = page * NEWS_LIMIT + 1
    shown = f"{first}-{first + len(hits) - 1}" if page or len(hits) > 1 else "1"
    return Answer(f"Articles for “{query}” ({shown})", sections, note=more_note(more))


def page_of(rows: list, page: int, size: int) -> tuple[list, bool]:
    """The rows of one page (rows holds at least one more than the pages so far, if any)."""
    start = page * size
    return rows[start : start + size], len(rows) > start + size


def more_note(more: bool) -> str:
    return "There is more: reply “more” (in Slack, mention me in the thread)." if more else ""


# --- /who --------------------------------------------------------------------------------


def people_matching(matches: list[NameMatch], session: Session) -> list[NameMatch]:
    """The people (and organisations) the matching names are, each once, under the name they
    go by, best match first: "Jim Comey" and "James B. Comey" are one James Comey."""
    if not matches:
        return matches
    people = queries.people_of(session, [m.actor_id for m in matches])
    best: dict[int, NameMatch] = {}
    for match in matches:
        person = people.get(match.actor_id)
        if person is not None and person.id not in best:
            best[person.id] = NameMatch(person.id, person.name, match.score)
    return list(best.values())


# A noun, then a relative clause: "the engineer who ran ...", "the firm that built ..."
RELATIVE_DESCRIPTION = re.compile(
    r"^\s*(?:(?:the|a|an)\s+)?(?:[\w'’-]+\s+)?(?P<noun>[\w'’-]+)\s+(?:who|that|which)\s+\w",
    re.I,
)


def excerpts_of(answer: Answer) -> str:
    """The passages and bodies an answer shows, as one text."""
    return " ".join(f"{s.body} {s.excerpt} {s.passage}" for s in answer.sections)


# The period of a title written short before a name: "/who Dr. Al-Otaibi" asks for the one
# the articles call "Dr Al-Otaibi"
SHORT_TITLE_PERIOD = re.compile(r"^([A-Za-z]{2,5})\.(?=\s+\S)")


def who_answer(query: str, session: Session, library: Library) -> Answer:
    query = SHORT_TITLE_PERIOD.sub(r"\1", query.strip())
    wanted_words = query_words(query)
    if not wanted_words:
        return usage_answer("who", f"“{query}” names no one: ask for a name or a title.")
    # a surname alone may be any of many people: all of them are weighed ("al-Balushi" and
    # "van der Merwe" are surnames alone, with their particles)
    surname_alone = all(word in PERSON_PARTICLES for word in wanted_words[:-1])
    limit = NAMESAKES_CONSIDERED if surname_alone else 5
    sex, bare = honorific_and_name(query)
    titled = query.split()[0].casefold().rstrip(".") in HONORIFICS | {"prof", "professor"}
    if titled and len(query.split()) > 1 and (called := one_called_so(query, library)):
        return profile(called, session)  # "/who Mr Adeyemi": the one the articles call so
    named = without_honorifics(query)
    if named != query and named and (person := one_named_exactly(named, session, library)):
        return profile(person, session)  # "/who Datin Suraya Othman", "/who Tan Sri Azman"
    if sex and (fitting := one_fitting_the_honorific(sex, bare, session, library)):
        return profile(fitting, session)  # "/who Mr Amukwaya" beside Selma Amukwaya
    found = library.names.match(query, limit=limit)
    closest_roles: list[str] = []
    asked_a_title = False
    exact_name = exactly_named(query, found)
    if not exact_name and (succession := predecessor_answer(query, session, library)):
        return succession  # "who was the governor before Farah?"
    if not exact_name and (succession := successor_answer(query, session, library)):
        return succession  # "who succeeded Morimoto?"
    relative = None if exact_name else RELATIVE_DESCRIPTION.search(query)
    if relative:
        # "the engineer who ran the national desalination project": a description (or its
        # clause, "ran the ..."), not a name a fuzzy match may half fit ("University of the
        # South Pacific")
        clause = query[relative.end() - 1 :]
        described = (
            description_answer(query, session, library)
            or description_answer(clause, session, library)
            # (loosely only in apposition to the name: "Ana Ruiz, the lawyer who ...", not
            # the nearest name before "the farmer who shot the chief")
            or description_answer(query, session, library, strict=True, loose=True)
        )
        # (the clause alone only where the passage calls them by the noun too: not "the
        # doctor who resigned" for a minister who resigned)
        noun = relative.group("noun").casefold()
        # (or by its abbreviation: "Sen. Gloria V. Manalo, who presided over ..." for "the
        # senator who presided over ...")
        shown = query_words(excerpts_of(described)) if described else []
        if described and (noun in {*shown, *written_out(shown)} or not noun.isalpha()):
            return described
    holder = None if exact_name else titled_namesake(query, session, library)
    if holder is not None:
        return profile(holder, session)  # "/who Governor Kiprotich" beside MP Alice Kiprotich
    named = None if exact_name else named_after_a_title(query, session, library)
    if named:  # "/who FBI Director James Comey" is James Comey
        return who_answer(named, session, library)
    if not exact_name:
        # "/who prime minister of japan": a title, unless it is exactly someone's name
        finding = role_answer(query, session, library)
        if finding.vacated_by and (followed := successor_in_office(query, finding, session)):
            return followed  # no holder stated now, but an article says who followed the last
        if finding.answer:
            return finding.answer
        closest_roles = finding.closest
        asked_a_title = finding.asked_a_title
        if finding.asked_a_title:
            # "finance minister of Peru" is not the "Bank of Canada" because both say "of"
            found = [m for m in found if names_well(query, m)]
    matches = people_matching(found, session)
    nicknamed = nicknamed_one(query, matches[:WHICH_ONE_SHOWN], session) if matches else None
    if nicknamed is not None and not surname_alone:
        return profile(nicknamed, session)  # '/who Tano Bellizzi' of Ricardo "El Tano" Bellizzi
    if not (matches and (surname_alone or names_well(query, matches[0]))):
        # "who is the running mate of Trump?" is about someone the articles describe so,
        # not Trump; a name half right is still tried after that
        described = description_answer(query, session, library, strict=asked_a_title)
        if described:
            return described
    if not matches:
        suggestions = [m.name for m in library.names.match(query, limit=3, cutoff=60)]
        return nothing_found(query, suggestions + closest_roles)
    close = [m for m in matches if m.score >= matches[0].score - AMBIGUITY_MARGIN]
    # "/who lee" when the store knows Lee Jae Myung and Lee Jun-seok: a family or given name
    # alone may be any of them, whichever of them an article happened to call "Lee".
    if surname_alone:
        sharing = [m for m in matches if wanted_words[-1] in query_words(m.name)]
        close += [m for m in sharing if m not in close]
        return namesakes_answer(query, close, session)
    # "/who reagan" is the actor named exactly so, not Nancy Reagan or the Reagan White House.
    wanted = plain(query)
    exact = [m for m in close if plain(m.name) == wanted]
    if len(exact) == 1:
        return profile(exact[0].actor_id, session)
    nicknamed = nicknamed_one(query, close, session)
    if nicknamed is not None:
        return profile(nicknamed, session)  # "/who Migz Tolentino" beside Carla Tolentino
    return which_one(query, close, session)


def nicknamed_one(query: str, close: list[NameMatch], session: Session) -> int | None:
    """The one of several namesakes whom the query names by a nickname the articles give
    only them ("Migz" of Sen. Miguel "Migz" Tolentino), else None."""
    aliases = queries.aliases_of(session, [m.actor_id for m in close])
    asked = set(query_words(query))
    fitting = {
        m.actor_id
        for m in close
        if (extra := asked - set(query_words(m.name)))
        and extra <= {word for alias in aliases.get(m.actor_id, []) for word in query_words(alias)}
    }
    return fitting.pop() if len(fitting) == 1 else None


def named_after_a_title(query: str, session: Session, library: Library) -> str | None:
    """The name a title leads into ("Sen. Okafor", "Japanese Prime Minister Sanae
    Takaichi", "FBI Director James Comey"): the longest end of the query that names someone
    well, after words that hold a title."""
    words = query.split()
    for start in range(1, len(words)):
        before, rest = words[:start], " ".join(words[start:])
        if not any(is_title_word(word) for word in before) or not query_words(words[start]):
            continue  # no title before, or a title going on ("… of the Fed")
        last = before[-1].casefold().strip(".,")
        if not is_title_word(last) or last in JOINING_WORDS | TITLE_MODIFIERS:
            continue  # "governor of New Jersey", "mayor of New York": whose title, no name
        matches = people_matching(library.names.match(rest, limit=5), session)
        if (
            matches
            and names_well(rest, matches[0])
            and is_person(session, matches[0].actor_id)
            and read_role_question(rest) is None
        ):
            return rest
    return None


NAME_WORDS = 4  # at most, of a name after a title: "Governor Stephen Kiprotich"


TITLE_WORDS_ASKED = 5  # words of a title asked before a name: "Minister for Energy"


def titled_namesake(query: str, session: Session, library: Library) -> int | None:
    """ "/who Governor Kiprotich", "/who Gov. Ruto": title words, then a name several people
    share, one of whom the articles give that title."""
    words = query.split()
    for start in range(1, len(words)):
        # (the title's field or body may stand among its words: "Nepra Chairman Siddiqui",
        # "Minister for Energy Mkwawa")
        if start > TITLE_WORDS_ASKED or not any(
            is_title_word(w.strip(".,")) for w in words[:start]
        ):
            continue
        name = words[start:]
        if len(name) > NAME_WORDS or JOINING_WORDS & {word.casefold() for word in name}:
            continue  # not "chairman of the Board of Directors of Kwanza Energia"
        holder = holding_the_title(query, " ".join(name), session, library)
        if holder is not None:
            return holder
    return None


def holding_the_title(query: str, name: str, session: Session, library: Library) -> int | None:
    """The one of several namesakes (`name` the query's end) whose stated roles hold the
    title words the query opens with, else None."""
    asked = [word.casefold().strip(".,") for word in query[: -len(name)].split()]
    title = written_out(word for word in asked if is_title_word(word))
    # the other words of the title asked, each in the role stated: "nepra", "energy" (read
    # as the roles are: "turk" of "Türk-İş")
    others = {w for w in query_words(query[: -len(name)]) if not is_title_word(w)} - JOINING_WORDS
    close = namesakes(name, session, library)
    if len(close) == 1 and not others:
        # one person of that name the title fits ("Governor Rono"), not an organisation
        # whose misread role the title is ("chief executive of Petrasia")
        kinds = queries.actors_by_ids(session, [close[0].actor_id])
        close = [m for m in close if kinds[m.actor_id].kind == "PER"]
    if not close:
        return None
    roles = queries.latest_roles_of(session, [m.actor_id for m in close])
    holding, exactly = [], []
    for m in close:
        # (a title abbreviated as the article wrote it: "Rep." is a representative's)
        stated_roles = [written_out(query_words(role)) for role in roles.get(m.actor_id, [])]
        stated = {word for role in stated_roles for word in role}
        if title & stated and others <= stated:
            holding.append(m.actor_id)
        # (of namesakes who both hold it, the one whose role is the title asked, its rank
        # too: "Governor Ferrer" is the governor, not the deputy governor)
        if any(title <= set(role) and set(role) & LOWER_RANKS <= title for role in stated_roles):
            exactly.append(m.actor_id)
    if len(holding) > 1 and len(exactly) == 1:
        return exactly[0]
    return holding[0] if len(holding) == 1 else None


def exactly_named(query: str, found: list[NameMatch]) -> bool:
    """Whether the query is someone's name as written, not a title an actor's alias
    happens to be ("president" of a "President-elect Obama")."""
    question = read_role_question(query)
    if question is not None and not question.body and not question.past:
        return False  # only title words: an actor named "President" is a title misread
    wanted = plain(query)
    return any(m.score >= EXACT_NAME and plain(m.name) == wanted for m in found) or bool(
        found and found[0].score >= EXACT_NAME and question is None
    )


def namesakes_answer(query: str, close: list[NameMatch], session: Session) -> Answer:
    """A surname alone ("/who trump"): the person the archive names clearly most often, with
    the others listed; when none is, which one is meant. A lone-surname actor that stayed
    apart is the ambiguity itself, not one of the choices."""
    counts = queries.article_counts(session, [m.actor_id for m in close])
    actors = queries.actors_by_ids(session, [m.actor_id for m in close])
    by_prominence = sorted(close, key=lambda m: -counts.get(m.actor_id, 0))
    top = dominant(Counter(counts))
    if top is not None:
        others = [
            m.name
            for m in by_prominence
            if m.actor_id != top and " " in m.name and actors[m.actor_id].kind == "PER"
        ]
        return profile(top, session, also=others)
    named_in_full = [m for m in by_prominence if " " in m.name]
    return which_one(query, named_in_full or by_prominence, session)


def which_one(query: str, close: list[NameMatch], session: Session, command: str = "who") -> Answer:
    if len(close) == 1:
        return profile(close[0].actor_id, session)
    # each with the role the newest article states, to tell them apart
    close = close[:WHICH_ONE_SHOWN]
    roles = queries.latest_roles_of(session, [m.actor_id for m in close])
    lines = [
        f"• {m.name}, {roles[m.actor_id][0]}" if roles.get(m.actor_id) else f"• {m.name}"
        for m in close
    ]
    return Answer(
        f"Which “{query}” do you mean?",
        [Section(body="\n".join(lines))],
        note=f"Ask again with the full name, e.g. `/{command} {close[0].name}`.",
    )


def profile(actor_id: int, session: Session, also: list[str] | None = None) -> Answer:
    actor = queries.get_actor(session, actor_id)
    count, first, last = queries.actor_coverage(session, actor_id)
    titles = grouped_titles(queries.actor_roles(session, actor_id))
    sections = []
    if titles:
        shown = titles_to_show(titles, ROLES_SHOWN)
        lines = [f"• {t.label} ({dates(t.first, t.last)})" for t in shown]
        sections.append(Section("Titles and roles", "\n".join(lines)))
    companions = queries.co_actors(session, actor_id, CO_ACTORS_CONSIDERED)
    organisations = affiliations(session, companions, [t.title for t in titles])
    if organisations:
        sections.append(Section("Organisations", ", ".join(organisations)))
    if actor.kind == "ORG" and (staff := people_of(session, actor, companions)):
        sections.append(Section("People", "\n".join(staff)))
    plural = "s" if count != 1 else ""
    sections.append(
        Section(
            "Coverage",
            f"{count} article{plural}, first seen {first.isoformat()}, "
            f"last seen {last.isoformat()}",
        )
    )
    if companions:
        top = companions[:CO_ACTORS_SHOWN]
        sections.append(Section("Appears with", ", ".join(other.name for other, _ in top)))
    for quote, article in queries.quotes_of(session, actor_id, limit=3):
        sections.append(Section(passage=quote.text, cited=cite(article)))
    sources = queries.actor_sources(session, actor_id, SOURCES_SHOWN)
    sections.append(Section("Sources", "\n".join(f"• {source_line(a)}" for a in sources)))
    kind = "person" if actor.kind == "PER" else "organisation"
    note = ("Also: " + ", ".join(also[:OTHERS_SHOWN])) if also else ""
    return Answer(f"{actor.name} ({kind})", sections, note=note)


def affiliations(
    session: Session, companions: list[tuple[Actor, int]], roles: list[str]
) -> list[str]:
    """The organisations the actor's roles name, by any of their names ("EU's foreign
    policy chief" names the European Union); "Liberal Democratic Party lawmaker" names that
    party, not the "Democratic Party" inside its name."""
    organisations = [other for other, _ in companions if other.kind == "ORG"]
    if not organisations or not roles:
        return []
    names = queries.aliases_of(session, [other.id for other in organisations])
    stated = " | ".join(roles)
    named = named_in(stated, {other.id: names.get(other.id, []) for other in organisations})
    return [other.name for other in organisations if other.id in named]


def name_spans(text: str, names: list[str]) -> list[tuple[int, int]]:
    """Where `text` holds one of `names` as whole words ("EU" in "EU's foreign policy
    chief", not in "EUR")."""
    return [
        match.span()
        for name in names
        if name in text  # most names are not there: no pattern needed
        for match in whole_words(name).finditer(text)
    ]


@functools.lru_cache(maxsize=4096)
def whole_words(name: str) -> re.Pattern:
    return re.compile(rf"\b{re.escape(name)}\b")


def named_in(text: str, names_by_id: dict[int, list[str]]) -> set[int]:
    """The ids whose names `text` holds, a name inside a longer one's span not counting."""
    spans = [
        (start, end, key)
        for key, names in names_by_id.items()
        for start, end in name_spans(text, names)
    ]

    def inside_longer(start: int, end: int, key: int) -> bool:
        return any(
            other != key and s <= start and end <= e and e - s > end - start
            for s, e, other in spans
        )

    return {key for start, end, key in spans if not inside_longer(start, end, key)}


PEOPLE_SHOWN = 6


def people_of(
    session: Session, organisation: Actor, companions: list[tuple[Actor, int]]
) -> list[str]:
    """ "Lim Soo-kyung, spokeswoman for the Foreign Ministry": its people with their role."""
    return [
        f"• {person.name}, {role}" for person, role in members_of(session, organisation, companions)
    ]


def members_of(
    session: Session, organisation: Actor, companions: list[tuple[Actor, int]]
) -> list[tuple[Actor, str]]:
    """The people whose stated roles name the organisation by any of its names, with that
    role, most often seen with it first; a role naming a longer organisation that holds
    this one's name does not count."""
    people = [other for other, _ in companions if other.kind == "PER"]
    if not people:
        return []
    others = [other.id for other, _ in companions if other.kind == "ORG"]
    names = queries.aliases_of(session, [organisation.id, *others])
    roles = queries.latest_roles_of(session, [person.id for person in people])
    found = []
    for person in people:
        held = [
            role for role in roles.get(person.id, []) if organisation.id in named_in(role, names)
        ]
        if held:
            found.append((person, held[0]))
    return found[:PEOPLE_SHOWN]


def dates(since: date, until: date) -> str:
    return since.isoformat() if since == until else f"{since.isoformat()} to {until.isoformat()}"


# --- /quotes -----------------------------------------------------------------------------


def best_quotes(
    rows: list[tuple[Quote, ArticleRef]],
    topic: str = "",
    limit: int | None = QUOTES_LIMIT,
    roles: dict[int, str] | None = None,
) -> list[tuple[Quote, ArticleRef]]:
    """Whole utterances before fragments, then by fit to the topic (over the quote, its
    speaker and, when given by quote id, the speaker's roles in its article), then newest
    first."""

    def rank(row: tuple[Quote, ArticleRef]) -> tuple[float, bool, date, int]:
        quote, article = row
        role = (roles or {}).get(quote.id or 0, "")
        return (
            -topic_fit(topic, quote, article, role),
            quote.partial,
            -article.date.toordinal(),
            -len(quote.text),
        )

    return once_each(sorted(rows, key=rank), lambda row: row[0])[:limit]


def once_each(rows: list, quote_of) -> list:
    """Each utterance once, at its best place: wire copy reprinted by several outlets
    repeats its quotes word for word."""
    seen: set[tuple] = set()
    kept = []
    for row in rows:
        quote = quote_of(row)
        key = (said_by(quote), plain(quote.text))
        if key not in seen:
            seen.add(key)
            kept.append(row)
    return kept


def topic_fit(topic: str, quote: Quote, article: ArticleRef, role: str = "") -> float:
    if not topic:
        return 0.0
    return fuzz.token_set_ratio(
        topic, f"{quote.speaker} {role} {quote.text}", processor=plain
    ) + 0.2 * fuzz.token_set_ratio(topic, article.title, processor=plain)


def quotes_answer(
    query: str, speaker: str, session: Session, library: Library, page: int = 0
) -> Answer:
    if speaker.casefold().startswith("the ") and read_role_question(speaker):
        # "what did the governor of the Reserve Bank of India say?": the title's holder, not
        # the quotes of the body the title names
        finding = role_answer(speaker[len("the ") :], session, library)
        if finding.holder and plain(finding.holder) != plain(speaker):
            return quotes_answer(query, finding.holder, session, library, page)
        if finding.answer and not finding.holder:
            # held in several places: whose quotes, the user says ("what did X say?")
            return replace(finding.answer, note="Ask for one, e.g. `what did <name> say?`")
    sex, subject = honorific_and_name(speaker or query)
    matches = people_matching(library.names.match(subject, limit=5, cutoff=88), session)
    called = one_called_so(speaker or query, library) if sex else None
    # ("what did Mr Adeyemi say?": the one the articles call so, else by the given name)
    matches = [m for m in matches if m.actor_id == called] or fitting_the_honorific(sex, matches)
    # "/quotes Lee Min-ho" is Lee Min-ho's, not those of a "Lee" that may be someone else
    matches = [m for m in matches if m.score >= matches[0].score - AMBIGUITY_MARGIN]
    named = [m for m in matches if speaker or names_well(subject, m)]
    # "/quotes hydrogen" is a topic, though "Hydrogen Oman" holds the word: an organisation
    # is asked for by its name or a short form the articles use, not by a word of it
    named = [m for m in named if speaker or m.score >= EXACT_NAME or is_person(session, m.actor_id)]
    also: list[str] = []  # namesakes left out: "/quotes okafor" beside several Okafors
    if not speaker and len(query_words(subject)) == 1 and len(named) > 1:
        chosen = namesake_quoted(query, named, session)
        if isinstance(chosen, Answer):
            return chosen
        named, also = chosen
    rows: list[tuple[Quote, ArticleRef]] = []
    if named:
        # The best-matching name that has quotes: "/quotes baker" is the Baker who spoke,
        # not Baker International Corp.
        for match in named:
            rows = speaker_quotes(session, match.actor_id, query if speaker else "", page)
            if rows:
                break
        else:
            match = named[0]  # no one has quotes: say so of the best-matching name
            # "what did the Ombudsman say?": the office's holder, not the silent "Office of
            # the Ombudsman"
            holder = speaker and role_answer(speaker, session, library).holder
            if holder and plain(holder) != plain(speaker):
                return quotes_answer(query, holder, session, library, page)
        title = f"Quotes from {match.name}" + (f" about “{query}”" if speaker and query else "")
    elif speaker:
        # "what did the prime minister of Japan say?" asks the title's holder
        holder = role_answer(speaker, session, library).holder
        if holder and holder != speaker:
            return quotes_answer(query, holder, session, library, page)
        return nothing_found(speaker, [m.name for m in library.names.match(speaker, cutoff=60)])
    if not rows and not speaker:
        # a topic; or a name with no quotes of its own, whose name quotes speak of
        ids = library.quotes.candidates(query, limit=QUOTE_CANDIDATES)
        rows = best_quotes(
            queries.quotes_by_ids(session, ids),
            topic=query,
            limit=None,
            roles=queries.speakers_roles(session, ids),
        )
        title = f"Quotes about “{query}”"
        if named and is_person(session, match.actor_id):
            # quotes that name them, not those of a namesake ("Lee said")
            rows = [row for row in rows if mentions(row[0].text, match.name)]
            title = f"No direct quotes from {match.name} yet; quotes that mention them"
        elif named:
            # quotes in which, or under whose headline, the organisation is named by any of
            # its names ("Veridane" of Veridane Therapeutics)
            names = {
                plain(n)
                for n in queries.aliases_of(session, [match.actor_id]).get(match.actor_id, [])
            } | {plain(match.name)}
            about = [row for row in rows if said_of(names, f"{row[0].text} {row[1].title}")]
            if about or not rows:
                rows, title = about, f"No direct quotes from {match.name} yet; quotes about them"
            # else "/quotes minimum wage" beside a silent Minimum Wage Board: the topic's quotes
    if not rows:
        if named:
            return Answer(
                f"No direct quotes from {match.name} yet",
                note=f"`/who {match.name}` shows what the articles say about them.",
            )
        return nothing_found(query, [m.name for m in library.names.match(query, cutoff=60)])
    rows, more = page_of(rows, page, QUOTES_LIMIT)
    if not rows:
        return Answer("No more quotes")
    sections = [
        Section(quote.speaker or "Unattributed", passage=quote.text, cited=cite(article))
        for quote, article in rows
    ]
    note = more_note(more)
    if also:
        note = f"Also called “{query}”: {', '.join(also)} (`/quotes FULL NAME`). {note}".strip()
    return Answer(title, sections, note=note)


def honorific_and_name(subject: str) -> tuple[str | None, str]:
    """The sex an honorific opening `subject` tells ("Mr", "Ms."), and the name after it;
    (None, subject) without one."""
    words = subject.split()
    sex = SEX_OF_HONORIFIC.get(words[0].casefold().rstrip(".")) if len(words) > 1 else None
    return sex, " ".join(words[1:]) if sex else subject


def fitting_the_honorific(sex: str | None, matches: list[NameMatch]) -> list[NameMatch]:
    """ "what did Mr Amukwaya say?" beside Johannes and Selma Amukwaya: not the one whose
    given name tells the other sex than the honorific asked with."""
    if sex is None:
        return matches
    return [m for m in matches if clear_sex_of(m.name) in {None, sex}] or matches


def sharing_the_surname(name: str, matches: list[NameMatch]) -> list[NameMatch]:
    """Of the people `name` matches, those whose names end with it, a surname alone
    ("Haddad": Rania Haddad, whom the articles also call "Haddad", and Samir Haddad, whom
    they never call so)."""
    words = plain(name).split()
    if len(words) > 1 and not set(words[:-1]) <= PERSON_PARTICLES:
        return []  # (a surname with its particles is one: "dela Cruz")
    # (a suffix after it is not the surname: "Ramon V. dela Cruz Jr.")
    return [
        m
        for m in matches
        if [w for w in plain(m.name).split() if not is_suffix(w)][-len(words) :] == words
        or family_name_first(m.name, words)
    ]


def family_name_first(name: str, surname: list[str]) -> bool:
    """Whether `name` opens with the family name `surname`, as East Asian names are written:
    "Lin Chih-wei", "Kim Tae-ho" (a hyphenated given name after it)."""
    written = name.split()
    return (
        len(surname) == 1
        and len(written) == 2
        and plain(written[0]) == surname[0]
        and "-" in written[1]
    )


def namesakes(name: str, session: Session, library: Library) -> list[NameMatch]:
    """The people `name` matches about as well as the best of them, and those sharing it as
    their surname, though the articles call only one of them by it alone ("Njoroge": Esther
    Wambui Njoroge and James Njoroge)."""
    matches = people_matching(library.names.match(name, limit=NAMESAKES_CONSIDERED), session)
    close = about_as_well(matches)
    known = {m.actor_id for m in close}
    return close + [m for m in sharing_the_surname(name, matches) if m.actor_id not in known]


def about_as_well(matches: list[NameMatch]) -> list[NameMatch]:
    """The matches about as good as the best of them."""
    return [m for m in matches if m.score >= matches[0].score - AMBIGUITY_MARGIN]


def without_honorifics(query: str) -> str:
    """The name after the honorifics opening `query`: "Azman" of "Tan Sri Azman"."""
    words = query.split()
    while len(words) > 1:
        first, second = (word.casefold().rstrip(".") for word in words[:2])
        if first in HONORIFIC_FIRST_WORDS and second in HONORIFIC_SECOND_WORDS:
            words = words[2:]  # "Tan Sri", "Datuk Seri" ("Tan" alone is a family name)
        elif first in COURTESY_WORDS:
            words = words[1:]
        else:
            break
    return " ".join(words)


def one_named_exactly(name: str, session: Session, library: Library) -> int | None:
    """The one person whose name or alias is `name` as written, when no other person's name
    matches it as well ("Al-Dosari" may be either of two Al-Dosaris)."""
    wanted = plain(name)
    sharing = {
        m.actor_id
        for m in library.names.match(name, limit=NAMESAKES_CONSIDERED)
        if plain(m.name) == wanted or plain(m.name).endswith(f" {wanted}")
    }
    if len(sharing) > 1:
        return None
    called = library.names.called(name)
    people = [
        m
        for m in people_matching(
            [NameMatch(actor_id, name, EXACT_NAME) for actor_id in called], session
        )
        if is_person(session, m.actor_id)  # (not "Mr Kono" of Kono Diamond Resources)
    ]
    return people[0].actor_id if len(people) == 1 else None


def one_called_so(query: str, library: Library) -> int | None:
    """The one person an article calls exactly `query` ("Mr Adeyemi" of Tunde Adeyemi beside
    Dr Kemi Adeyemi), whatever their given name is taken to tell."""
    called = library.names.called(query)
    return called.pop() if len(called) == 1 else None


def one_fitting_the_honorific(
    sex: str, name: str, session: Session, library: Library
) -> int | None:
    """The one person `name` matches well that the honorific fits, when the others it
    matches as well are of the other sex by their given names or by the courtesy title the
    articles give them ("/who Mr Siddiqui" beside "Ms Rehana Siddiqui")."""
    close = namesakes(name, session, library)
    aliases = queries.aliases_of(session, [m.actor_id for m in close])
    fitting = [
        m
        for m in fitting_the_honorific(sex, close)
        if not any(
            SEX_OF_HONORIFIC.get(a.split()[0].casefold(), sex) != sex
            for a in aliases.get(m.actor_id, [])
            if " " in a
        )
    ]
    # (of several the honorific may fit, the only one whose given name says it does: "Ms Al
    # Kuwari" is Mariam, beside Dr Hamad bin Rashid Al Kuwari, whose name the lists do not know)
    clearly = [m for m in fitting if clear_sex_of(m.name) == sex]
    fitting = clearly if len(fitting) > 1 and len(clearly) == 1 else fitting
    return fitting[0].actor_id if len(fitting) == 1 and len(close) > 1 else None


def namesake_quoted(
    query: str, named: list[NameMatch], session: Session
) -> tuple[list[NameMatch], list[str]] | Answer:
    """ "/quotes okafor" when the store names several people so: the one the archive names
    clearly most often, with the others' names, or else the question which one is meant
    (as `/who` asks): never one namesake's quotes picked silently."""
    ids = [m.actor_id for m in named]
    actors = queries.actors_by_ids(session, ids)
    people = [m for m in named if " " in m.name and actors[m.actor_id].kind == "PER"]
    if len(people) < 2:
        return named, []
    counts = queries.article_counts(session, [m.actor_id for m in people])
    top = dominant(Counter(counts))
    if top is None:
        return which_one(query, people, session, command="quotes")
    return [m for m in people if m.actor_id == top], [m.name for m in people if m.actor_id != top]


def speaker_quotes(
    session: Session, actor_id: int, topic: str, page: int
) -> list[tuple[Quote, ArticleRef]]:
    """The speaker's quotes, best first, each utterance once. Without a topic only the
    newest are read, more each round until the pages asked are full (and one more shows
    there are more), so a prolific speaker's thousands are not all read; a topic ranks all."""
    if topic:
        return best_quotes(quotes_of_actor(session, actor_id), topic=topic, limit=None)
    wanted = (page + 1) * QUOTES_LIMIT + 1
    read = wanted * QUOTES_READ_FACTOR
    while True:
        rows = quotes_of_actor(session, actor_id, read)
        distinct = best_quotes(rows, limit=None)
        if len(distinct) >= wanted or len(rows) < read:
            return distinct
        read *= 4  # reprints filled the round: read further


def names_well(query: str, match: NameMatch) -> bool:
    """Whether a query is the matched name rather than a topic sharing a word with it:
    the whole name or an alias, or a person's name of which it is part ("obama"); "/quotes
    semiconductor" is a topic, not the Korea Semiconductor Industry Association."""
    if match.score >= EXACT_NAME:
        return True
    asked, name = query_words(query), query_words(match.name)
    covered = [w for w in asked if any(fuzz.ratio(w, n) >= 85 for n in name)]
    return len(covered) == len(asked) and 2 * len(covered) >= len(name)


def is_person(session: Session, actor_id: int) -> bool:
    actor = queries.get_actor(session, actor_id)
    return actor is not None and actor.kind == "PER"


def said_of(names: set[str], text: str) -> bool:
    """Whether the text holds one of the (plain) names as whole words."""
    words = f" {plain(text)} "
    return any(f" {name} " in words for name in names if name)


def mentions(text: str, name: str) -> bool:
    """Whether the text names someone by a word of their name ("Ishiba" of Shigeru Ishiba)."""
    said = set(query_words(text))
    return any(len(word) > 2 and word in said for word in query_words(name))


def quotes_of_actor(
    session: Session, actor_id: int, limit: int | None = None
) -> list[tuple[Quote, ArticleRef]]:
    """A person's quotes; an organisation's own and those of its people (by their roles);
    the `limit` newest whole ones first of each, when given."""
    rows = queries.quotes_of(session, actor_id, limit)
    actor = queries.get_actor(session, actor_id)
    if actor is None or actor.kind != "ORG":
        return rows
    companions = queries.co_actors(session, actor_id, CO_ACTORS_CONSIDERED)
    for person, _ in members_of(session, actor, companions):
        rows += queries.quotes_of(session, person.id, limit)
    return rows + unnamed_members_quotes(session, actor)


def unnamed_members_quotes(session: Session, actor: Actor) -> list[tuple[Quote, ArticleRef]]:
    """The quotes of the organisation's people the articles do not name: "A Bangladesh Bank
    official (unnamed)", in its newest articles."""
    names = [actor.name, *queries.aliases_of(session, [actor.id]).get(actor.id, [])]
    wanted = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names if len(n) > 2) + r")\b")
    sources = queries.actor_sources(session, actor.id, UNNAMED_ARTICLES_READ)
    return [
        (quote, ref)
        for quote, ref in queries.quotes_in(session, [source.id for source in sources])
        if quote.actor_id is None and quote.speaker and wanted.search(quote.speaker)
    ]


def said_answer(words: str, session: Session, library: Library, page: int = 0) -> Answer:
    """ "who said we will not leave exporters alone?": the quotes most like the words, with
    their speakers."""
    words = words.strip("\"“”'‘’ ")
    ids = library.quotes.candidates(words, limit=QUOTE_CANDIDATES)
    scored = [
        (said_fit(words, quote.text), quote, article)
        for quote, article in queries.quotes_by_ids(session, ids)
    ]
    scored.sort(key=lambda row: (-row[0], row[2].date))
    if not scored or scored[0][0] < SAID_FIT:
        # the nearest quotes, by their first words: "“We will not leave…” (Kim Tae-ho)"
        closest = [
            f"“{opening(quote.text)}” ({quote.speaker or 'unattributed'})"
            for _, quote, _ in scored[:2]
        ]
        return nothing_found(words, closest)
    scored = once_each([row for row in scored if row[0] >= SAID_FIT], lambda row: row[1])
    # words several people quoted ("crooked Hillary") are first of whoever said them most
    good_enough = scored[0][0] - SAID_TIE
    times = Counter(said_by(quote) for fit, quote, _ in scored if fit >= good_enough)
    scored.sort(key=lambda row: (-min(row[0], good_enough), -times[said_by(row[1])]))
    best = scored[0][1].speaker or "not stated in the article"
    shown, more = page_of(scored, page, QUOTES_LIMIT)
    if not shown:
        return Answer("No more quotes")
    sections = [
        Section(quote.speaker or "Unattributed", passage=quote.text, cited=cite(article))
        for _, quote, article in shown
    ]
    return Answer(f"Who said “{words}”: {best}", sections, note=more_note(more))


SAID_FIT = 60.0
SAID_TIE = 5.0  # fits this close to the best are as good as it


def said_by(quote: Quote) -> int | str:
    return quote.person_id or quote.speaker


OPENING_WORDS = 6


def opening(text: str) -> str:
    words = text.split()
    return " ".join(words[:OPENING_WORDS]) + ("…" if len(words) > OPENING_WORDS else "")


def said_fit(words: str, text: str) -> float:
    """How well the words recall the quote: a part of it ("leave exporters alone"), or most
    of its words in another order."""
    return max(
        fuzz.partial_ratio(words, text, processor=plain),
        fuzz.token_set_ratio(words, text, processor=plain),
    )


# --- /digest -----------------------------------------------------------------------------


def today(tz: str) -> date:
    return datetime.now(ZoneInfo(tz)).date()


def digest_answer(query: str, session: Session, tz: str = "UTC") -> Answer:
    if query:
        try:
            day = date.fromisoformat(query)
        except ValueError:
            return usage_answer("digest", f"“{query}” is not a date like 2025-10-23.")
    else:
        day = today(tz)
    articles = queries.articles_on(session, day)
    answer = build_digest(session, digest_title(day), articles)
    latest = queries.latest_article_date(session)
    if articles or not latest or latest == day:
        return answer
    hint = f"The latest articles are from {latest.isoformat()}: `/digest {latest.isoformat()}`"
    return Answer(answer.title, answer.sections, note=hint)
