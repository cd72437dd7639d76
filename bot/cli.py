"""The `newsbot` command line: ingest, ask, shell, serve, resolve, explain, digest, feeds."""

import json
import logging
import os
import sys
from datetime import datetime
from pathlib import Path

import click
from pydantic import ValidationError
from slack_sdk.errors import SlackClientError
from sqlalchemy.exc import SQLAlchemyError

from bot.analysis.explain import explain as explain_article
from bot.answers import answer_command
from bot.articles import ArticleError, parse_article
from bot.commands import parse_command
from bot.digest import digest_for_day, publish_digest
from bot.feeds import FeedPoll, follow_feed, poll_feeds
from bot.fetch import FetchError, is_web_address
from bot.follows import deliver_notices
from bot.identity import resolve as resolve_names
from bot.identity import unresolve
from bot.index_file import open_library
from bot.ingest import IngestReport, article_files, ingest_files
from bot.library import Library
from bot.render import to_message, to_text
from bot.server import serve as run_server
from bot.settings import Settings, get_settings
from bot.shell import run_shell
from bot.slack_app import SlackSetupError, web_client
from bot.source_answers import feed_status
from bot.store_status import EMPTY_STORE, article_count, describe_store, unavailable_message
from db import feed_queries, queries
from db.engine import session_scope

PROGRESS_MIN_FILES = 20
# An ingest of this many articles or more saves the search indexes with them, so the next
# start reads them; `serve` adds a smaller ingest in well under a second.
INDEX_AFTER = 1000
# Files from which an ingest analyses in several processes (each takes a second to start).
PARALLEL_FROM = 200


def load_settings() -> Settings:
    """The settings, or a clear message naming the bad one (no traceback)."""
    try:
        return get_settings()
    except ValidationError as err:
        problems = "; ".join(f"{e['loc'][0].upper()}: {e['msg']}" for e in err.errors())
        raise click.ClickException(f"bad setting: {problems}") from None
    except OSError as err:  # the default store's folder could not be made
        raise click.ClickException(
            f"cannot create newsbot's data directory ({err}); set DATABASE_URL"
        ) from None


def store_unavailable(err: SQLAlchemyError) -> None:
    """One line on stderr and exit status 2, the same for every command."""
    click.echo(unavailable_message(err), err=True)
    sys.exit(2)


def notify_follows(settings: Settings, report: IngestReport) -> None:
    """With a bot token, the channels following what was just stored hear of it now (a
    running `serve` would within seconds too; the store's claims keep it to one notice)."""
    if not settings.slack_bot_token or not (report.new or report.updated):
        return
    try:
        noticed = deliver_notices(settings.database_url, web_client(settings), settle=False)
    except (SQLAlchemyError, SlackClientError) as err:
        click.echo(f"follow notices not posted now: {err}", err=True)
        return
    if noticed:
        click.echo(f"follow notices posted for {noticed} articles")


def require_articles(database_url: str) -> None:
    """Stop with a pointer to `newsbot ingest` rather than answer "Nothing found" from an
    empty store; exit 2 when the store cannot be reached."""
    try:
        count = article_count(database_url)
    except SQLAlchemyError as err:
        store_unavailable(err)
    if not count:
        click.echo(f"{EMPTY_STORE} (store: {describe_store(database_url)})", err=True)
        sys.exit(1)


def ingest_workers(settings: Settings, files: int) -> int:
    """Processes to analyse `files` files: one per core (or INGEST_WORKERS), for an ingest
    large enough to repay starting them."""
    if files < PARALLEL_FROM:
        return 1
    return settings.ingest_workers or os.cpu_count() or 1


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """newsbot: answers about the news your team collects, in Slack and in the terminal."""


@main.command()
@click.argument("sources", nargs=-1)
def ingest(sources: tuple[str, ...]) -> None:
    """Store article files and news pages (default: SEEDS_DIR). Folders are read
    recursively; an http(s) address is fetched and its article stored."""
    settings = load_settings()
    files, missing = article_files(sources or (settings.seeds_dir,))
    show_bar = sys.stderr.isatty() and len(files) >= PROGRESS_MIN_FILES
    try:
        with click.progressbar(
            length=len(files), label="Ingesting", file=sys.stderr, hidden=not show_bar
        ) as bar:
            report = ingest_files(
                files,
                settings.database_url,
                lambda: bar.update(1),
                settings.fetch_policy,
                workers=ingest_workers(settings, len(files)),
            )
    except SQLAlchemyError as err:
        # Articles stored before the fault stay stored: batches commit as they go.
        store_unavailable(err)
    report.rejected[:0] = missing
    for path, reason in report.rejected:
        click.echo(f"rejected {path}: {reason}", err=True)
    click.echo(f"store: {describe_store(settings.database_url)}")
    if report.new + report.updated >= INDEX_AFTER:
        open_library(settings.database_url, settings.index_dir)  # the next start reads them
    notify_follows(settings, report)
    click.echo(str(report))
    if report.rejected:
        sys.exit(1)


@main.command()
@click.argument("text", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="Print the Slack message payload.")
def ask(text: tuple[str, ...], as_json: bool) -> None:
    """Answer TEXT as the bot would in Slack, e.g. newsbot ask "/who aso"."""
    settings = load_settings()
    command = parse_command(" ".join(text))
    library = Library()  # help and usage need no articles
    if command.asks_something:
        require_articles(settings.database_url)
        library, _ = open_library(settings.database_url, settings.index_dir)
    result = answer_command(command, library, settings.database_url, settings.digest_tz, settings)
    if as_json:
        click.echo(json.dumps(to_message(result), ensure_ascii=False, indent=2))
    else:
        click.echo(to_text(result))


@main.command()
def shell() -> None:
    """An interactive console over the same answers (loads the seeds into an empty store)."""
    settings = load_settings()
    try:
        run_shell(settings)
    except SQLAlchemyError as err:
        store_unavailable(err)


@main.command()
def serve() -> None:
    """Serve Slack: Socket Mode when SLACK_APP_TOKEN is set, else HTTP on PORT."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    # APScheduler logs every run of every job (two lines each 5 s); its warnings are kept
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
    try:
        run_server(load_settings())
    except SlackSetupError as err:
        raise click.ClickException(str(err)) from None
    except SQLAlchemyError as err:
        store_unavailable(err)


@main.command()
@click.option("--undo", is_flag=True, help="Remove every link: each name its own actor again.")
def resolve(undo: bool) -> None:
    """Work out again, over the whole store, which names are one person ("Jim Comey",
    "James B. Comey"; "Obama" in an article that names no one in full). Ingest does this
    as articles arrive; this rebuilds every link from the stored articles."""
    settings = load_settings()
    try:
        with session_scope(settings.database_url) as session:
            if undo:
                unresolve(session)
            else:
                resolve_names(session)
            linked = queries.linked_actor_count(session)
    except SQLAlchemyError as err:
        store_unavailable(err)
    click.echo(f"store: {describe_store(settings.database_url)}")
    click.echo(f"{linked} names linked to another name's person")


@main.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def explain(file: Path) -> None:
    """Show why the analysis finds what it finds in an article FILE: each candidate name with
    the rules that typed it, each actor's roles, each quote's speaker and how it was found."""
    try:
        article = parse_article(file.read_bytes())
    except ArticleError as err:
        raise click.ClickException(f"{file}: {err}") from None
    click.echo(explain_article(article.title, article.paragraphs))


@main.command()
@click.option("--date", "day", type=click.DateTime(formats=["%Y-%m-%d"]), help="Default: today.")
@click.option("--channel", help="Default: DIGEST_CHANNEL.")
@click.option("--dry-run", is_flag=True, help="Print the digest; post nothing.")
@click.option("--force", is_flag=True, help="Post even if this day's digest was posted already.")
def digest(day: datetime | None, channel: str | None, dry_run: bool, force: bool) -> None:
    """Show or post the digest of the articles dated DATE."""
    settings = load_settings()
    the_day = day.date() if day else datetime.now(settings.zone).date()
    if dry_run:
        try:
            with session_scope(settings.database_url) as session:
                click.echo(to_text(digest_for_day(session, the_day)))
        except SQLAlchemyError as err:
            store_unavailable(err)
        return
    channel = channel or settings.digest_channel
    if not channel or not settings.slack_bot_token:
        raise click.UsageError(
            "posting needs SLACK_BOT_TOKEN and a channel (DIGEST_CHANNEL or "
            "--channel); use --dry-run to print the digest"
        )
    try:
        result = publish_digest(settings, web_client(settings), channel, the_day, force=force)
    except SQLAlchemyError as err:
        store_unavailable(err)
    if result.status == "failed":
        raise click.ClickException(f"the digest for {the_day} was not posted: {result.error}")
    detail = f" (ts {result.ts})" if result.ts else ""
    click.echo(f"digest for {the_day} in {channel}: {result.status}{detail}")


@main.group()
def feeds() -> None:
    """Follow news feeds (RSS or Atom): `serve` polls them every FEED_POLL_MINUTES."""


@feeds.command("add")
@click.argument("url")
def feeds_add(url: str) -> None:
    """Follow the feed at URL and store its items now."""
    settings = load_settings()
    if not is_web_address(url):
        raise click.UsageError(f"{url!r} is not an http(s) address")
    try:
        poll = follow_feed(
            settings.database_url, url, settings.fetch_policy, settings.feed_poll_every
        )
    except FetchError as err:
        raise click.ClickException(f"{url}: {err}") from None
    except SQLAlchemyError as err:
        store_unavailable(err)
    report_polls([poll])


@feeds.command("list")
def feeds_list() -> None:
    """The feeds followed, with each one's last poll, last error and stored items."""
    settings = load_settings()
    try:
        with session_scope(settings.database_url) as session:
            states = feed_queries.feed_states(session)
    except SQLAlchemyError as err:
        store_unavailable(err)
    if not states:
        click.echo("No feeds followed. Add one: newsbot feeds add URL")
    for state in states:
        click.echo(f"{state.url} ({state.title or 'untitled'}): {feed_status(state)}")


@feeds.command("remove")
@click.argument("url")
def feeds_remove(url: str) -> None:
    """Stop following the feed at URL (its stored articles stay)."""
    settings = load_settings()
    try:
        with session_scope(settings.database_url) as session:
            removed = feed_queries.remove_feed(session, url)
    except SQLAlchemyError as err:
        store_unavailable(err)
    if not removed:
        raise click.ClickException(f"{url} is not a followed feed (see: newsbot feeds list)")
    click.echo(f"removed {url}")


@feeds.command("poll")
def feeds_poll() -> None:
    """Poll every followed feed now and store the new items."""
    settings = load_settings()
    try:
        polls = poll_feeds(
            settings.database_url,
            settings.fetch_policy,
            settings.feed_poll_every,
            due_only=False,
        )
    except SQLAlchemyError as err:
        store_unavailable(err)
    report_polls(polls)


def report_polls(polls: list[FeedPoll]) -> None:
    """Each failing feed and rejected item on stderr, then the counts of all; exit status 1
    when anything failed."""
    total = IngestReport()
    failed = False
    for poll in polls:
        if poll.error:
            click.echo(f"feed {poll.url}: {poll.error}", err=True)
            failed = True
        for source, reason in poll.report.rejected:
            click.echo(f"rejected {source}: {reason}", err=True)
        total.new += poll.report.new
        total.updated += poll.report.updated
        total.unchanged += poll.report.unchanged
        total.rejected += poll.report.rejected
    click.echo(str(total))
    if failed or total.rejected:
        sys.exit(1)
