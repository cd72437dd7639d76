"""Ingest article files into the store: parse, analyse, save, one transaction per article."""

import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from bot import stories
from bot.analysis import analyze
from bot.analysis.document import name_key
from bot.articles import ArticleError, ParsedArticle, parse_article
from bot.fetch import FetchError, FetchPolicy, fetch, is_web_address
from bot.identity import identify_actors, resolve
from bot.person_names import parse_name, surname_key
from bot.web_pages import feed_links, looks_like_feed, parse_page
from db import queries
from db.engine import session_scope
from db.models import Article
from db.queries import ActorData, ArticleData, Outcome, QuoteData

Source = Path | str  # an article file, or a web page's address


@dataclass
class IngestReport:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: list[tuple[Source, str]] = field(default_factory=list)

    def __str__(self) -> str:
        return (
            f"{self.new} new, {self.updated} updated, {self.unchanged} unchanged, "
            f"{len(self.rejected)} rejected"
        )


def article_files(sources: Iterable[Source]) -> tuple[list[Source], list[tuple[Source, str]]]:
    """The files and web addresses to ingest (folders are walked, hidden files skipped) and
    the paths that do not exist."""
    files: list[Source] = []
    missing: list[tuple[Source, str]] = []
    for source in sources:
        if isinstance(source, str) and is_web_address(source):
            files.append(source)
            continue
        if isinstance(source, str) and "://" in source:  # meant as an address, not a path
            missing.append((source, "not a valid web address (want http:// or https://)"))
            continue
        path = Path(source)
        if path.is_dir():
            files.extend(
                sorted(
                    found
                    for found in path.rglob("*")
                    if found.is_file()
                    and not any(part.startswith(".") for part in found.parts[len(path.parts) :])
                )
            )
        elif path.is_file():
            files.append(path)
        else:
            missing.append((path, "no such file or folder"))
    return files, missing


def unnamed_speaker(described: str) -> str:
    """An unnamed speaker as shown: "A Bangladesh Bank official (unnamed)"; "" when the
    article does not describe them."""
    return f"{described[:1].upper()}{described[1:]} (unnamed)" if described else ""


def article_data(source: str, article: ParsedArticle) -> ArticleData:
    analysis = analyze(article.title, article.paragraphs)
    actors = [
        ActorData(
            name_key(a.name),
            a.name,
            a.kind,
            sorted(a.aliases),
            a.roles,
            a.mentions,
            surname_key(a.name, a.kind),
        )
        for a in analysis.actors
    ]
    quotes = [
        QuoteData(
            q.text,
            name_key(q.speaker) if q.speaker else None,
            q.speaker or unnamed_speaker(q.described),
            q.paragraph,
            q.sentence,
            q.partial,
            q.named,
            q.named or parse_name(q.speaker or "-").is_full,
        )
        for q in analysis.quotes
    ]
    return ArticleData(
        source,
        article.content_hash,
        article.date,
        article.published,
        article.title,
        article.paragraphs,
        analysis.summary,
        actors,
        quotes,
        article.byline,
        stories.bands(found) if (found := stories.signature(article.paragraphs)) else [],
        stories.signature_bytes(found),
    )


def save_article(session: Session, data: ArticleData, families: set[str] | None = None) -> Outcome:
    """Insert or update one article with everything derived from it, its actors linked to
    the people they are known to be (the caller commits, and resolves their families).
    The surnames an updated article named before are added to `families`: a name it no
    longer names changes that family too."""
    outcome, article_id = queries.upsert_article(session, data, families)
    if outcome != "unchanged":
        actor_ids, persons = identify_actors(session, data.actors)
        queries.insert_derived_rows(session, article_id, data, actor_ids, persons)
        if outcome == "updated":
            queries.leave_story(session, article_id)
        queries.set_story(
            session, article_id, story_told_before(session, data, article_id), data.story_bands
        )
    return outcome


def story_told_before(session: Session, data: ArticleData, article_id: int) -> int | None:
    """The story a stored article already tells with nearly the same text (wire copy
    reprinted by another outlet), if any."""
    candidates = queries.articles_sharing_bands(session, data.story_bands, article_id)
    if not candidates or not data.story_signature:
        return None
    for candidate in candidates:
        other = founder_signature(candidate)
        if other and stories.same_story(data.story_signature, other):
            return queries.story_of(candidate)
    return None


# Signatures of stories' first articles, by (id, content hash): a wire story reprinted fifty
# times is compared with its first article fifty times; an update is signed anew.
FOUNDER_SIGNATURES: dict[tuple[int, str], bytes] = {}
FOUNDERS_KEPT = 4096


def founder_signature(article: Article) -> bytes:
    key = (article.id, article.content_hash)
    if key not in FOUNDER_SIGNATURES:
        if len(FOUNDER_SIGNATURES) >= FOUNDERS_KEPT:
            FOUNDER_SIGNATURES.clear()
        FOUNDER_SIGNATURES[key] = stories.signature_bytes(stories.signature(article.paragraphs))
    return FOUNDER_SIGNATURES[key]


def store_articles(
    session: Session, articles: list[ArticleData], families: set[str]
) -> list[Outcome]:
    """Save the articles; the surnames of the people they name (and named before, when
    updated) are added to `families`, whose links the caller resolves.

    The identity lock is taken first: a replica that took it only to resolve, while holding
    the actor rows its own inserts locked, could wait for one holding the lock and waiting
    for those rows."""
    queries.lock_identity(session)
    families |= surnames_of(articles)
    return [save_article(session, data, families) for data in articles]


def resolve_families(database_url: str, families: set[str]) -> None:
    """Work out again who is who in these families, in a transaction of its own."""
    if families:
        with session_scope(database_url) as session:
            resolve(session, families)


def surnames_of(articles: Iterable[ArticleData]) -> set[str]:
    return {a.surname for data in articles for a in data.actors if a.surname}


# Articles committed together: one commit (one disk flush) per batch, not per article. An
# article still goes in whole or not at all, and a crash loses at most the batch in flight,
# which the next run stores.
BATCH = 50

# Stored articles after which the families they name are resolved (and at the end of an
# ingest), not after each batch: resolving a family reads every appearance of it, which in
# an archive (Trump in tens of thousands of articles) costs more than storing the batch.
# Until then a new article's names of known people are linked already (identify_actors);
# only its lone surnames and new name variants wait. A crash in between leaves them for
# the next ingest naming the family, or for `newsbot resolve`.
RESOLVE_EVERY = 1000


def read_article(path: Path) -> ArticleData | str:
    """The parsed and analysed article, or the reason the file is rejected."""
    try:
        return article_data(str(path.resolve()), parse_article(path.read_bytes()))
    except ArticleError as err:
        return str(err)
    except OSError as err:
        return f"cannot read: {err.strerror or err}"


@dataclass(frozen=True)
class FeedFound:
    links: list[str]  # its items' pages


def read_page(url: str, policy: FetchPolicy) -> ArticleData | FeedFound | str:
    """The article of a web page, the items of a feed, or the reason the address is
    rejected."""
    try:
        page = fetch(url, policy)
        if looks_like_feed(page):
            return FeedFound(feed_links(page)[1])
        article = parse_page(page)
    except (FetchError, ArticleError) as err:
        return str(err)
    return article_data(article.url, article)


def read_source(source: Source, policy: FetchPolicy) -> ArticleData | FeedFound | str:
    if is_web_source(source):
        return read_page(source, policy)
    return read_article(Path(source))


def ingest_files(
    sources: list[Source],
    database_url: str,
    on_file: Callable[[], None] | None = None,
    policy: FetchPolicy | None = None,
    expand_feeds: bool = True,
    workers: int = 1,
) -> IngestReport:
    """Store article files and web pages (`policy` says how pages are fetched); a feed's
    address stores its items' pages (a feed among a feed's items is rejected). With several
    `workers`, files are read and analysed in that many processes while this one stores;
    either way they are stored in the order given."""
    report = IngestReport()
    sources = list(sources)
    files = [source for source in sources if not is_web_source(source)]
    analysed = read_in_parallel(files, workers) if workers > 1 and files else None
    # (source, may expand a feed, read by the workers): a feed's items never are
    queue = deque(
        (source, expand_feeds, analysed is not None and not is_web_source(source))
        for source in sources
    )
    try:
        store_queue(queue, analysed, policy or FetchPolicy(), database_url, report, on_file)
    finally:
        if analysed is not None:
            analysed.close()  # the worker processes end now, not when collected
    return report


def store_queue(
    queue: deque[tuple[Source, bool, bool]],
    analysed: Iterator[ArticleData | str] | None,
    policy: FetchPolicy,
    database_url: str,
    report: IngestReport,
    on_file: Callable[[], None] | None,
) -> None:
    """Read each source (a file from `analysed` when given) and store it, in batches."""
    batch: list[tuple[Source, ArticleData]] = []
    families: set[str] = set()  # named by articles stored since the last resolution
    unresolved = 0  # articles stored since the last resolution
    while queue:
        source, may_expand, pooled = queue.popleft()
        if pooled and analysed is not None:
            result: ArticleData | FeedFound | str = next(analysed)
        else:
            result = read_source(source, policy)
        if isinstance(result, FeedFound) and may_expand:
            queue.extendleft((link, False, False) for link in reversed(result.links))
        elif isinstance(result, FeedFound):
            report.rejected.append((source, "a feed, where a news page was expected"))
        elif isinstance(result, str):
            report.rejected.append((source, result))
        else:
            batch.append((source, result))
        if len(batch) == BATCH:
            families |= store_batch(batch, database_url, report)
            unresolved, batch = unresolved + len(batch), []
        if unresolved >= RESOLVE_EVERY:
            resolve_families(database_url, families)
            families, unresolved = set(), 0
        if on_file:
            on_file()
    families |= store_batch(batch, database_url, report)
    resolve_families(database_url, families)


def is_web_source(source: Source) -> bool:
    return isinstance(source, str) and is_web_address(source)


# Files a worker process reads at a time, and chunks in flight per worker: enough to keep
# the workers busy while this process stores, few enough that memory stays flat.
CHUNK = 20
CHUNKS_AHEAD = 4


def read_articles(paths: list[Path]) -> list[ArticleData | str]:
    return [read_article(path) for path in paths]


def end_with_parent(parent: int) -> None:
    """In a worker: exit once the ingest that started it is gone (an ingest killed with
    SIGKILL cannot stop its workers, which would wait for work for ever)."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def read_in_parallel(paths: list[Source], workers: int) -> Iterator[ArticleData | str]:
    """Each file read and analysed (or the reason it is rejected), in order, by `workers`
    processes."""
    chunks = [[Path(p) for p in paths[at : at + CHUNK]] for at in range(0, len(paths), CHUNK)]
    # "spawn": a fresh interpreter, not a fork of one that may hold threads and connections
    pool = ProcessPoolExecutor(
        workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=end_with_parent,
        initargs=(os.getpid(),),
    )
    try:
        pending: deque[Future] = deque()
        for chunk in chunks:
            pending.append(pool.submit(read_articles, chunk))
            if len(pending) > workers * CHUNKS_AHEAD:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        pool.shutdown(cancel_futures=True)


def store_batch(
    batch: list[tuple[Source, ArticleData]], database_url: str, report: IngestReport
) -> set[str]:
    """One transaction for the batch; should the store refuse an article, the batch is
    stored again article by article, so only that one is left out. Returns the families
    to resolve (resolve_families)."""
    families: set[str] = set()
    if not batch:
        return families
    try:
        with session_scope(database_url) as session:
            outcomes = store_articles(session, [data for _, data in batch], families)
    except IntegrityError:
        return store_one_by_one(batch, database_url, report)
    for outcome in outcomes:
        setattr(report, outcome, getattr(report, outcome) + 1)
    return families


def store_one_by_one(
    batch: list[tuple[Source, ArticleData]], database_url: str, report: IngestReport
) -> set[str]:
    with session_scope(database_url) as session:
        queries.lock_identity(session)  # as store_articles does
        families = surnames_of(data for _, data in batch)
        for path, data in batch:
            try:
                with session.begin_nested():
                    outcome = save_article(session, data, families)
            except IntegrityError as err:
                report.rejected.append((path, f"not stored: {err.orig}"))
                continue
            setattr(report, outcome, getattr(report, outcome) + 1)
    return families


def ingest_paths(
    paths: Iterable[Source], database_url: str, policy: FetchPolicy | None = None
) -> IngestReport:
    files, missing = article_files(paths)
    report = ingest_files(files, database_url, policy=policy)
    report.rejected[:0] = missing
    return report
