"""The `newsbot` command line: ingest, ask, shell."""

import json
import logging
import sys
from pathlib import Path

import click
from sqlalchemy.exc import SQLAlchemyError

from bot.answers import answer_text
from bot.ingest import article_files, ingest_files
from bot.library import Library
from bot.render import to_message, to_text
from bot.server import serve as run_server
from bot.settings import get_settings
from bot.shell import run_shell

PROGRESS_MIN_FILES = 20


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """newsbot: answers about the news your team collects, in Slack and in the terminal."""


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
def ingest(paths: tuple[Path, ...]) -> None:
    """Store article files (default: SEEDS_DIR). Folders are read recursively."""
    settings = get_settings()
    files, missing = article_files(paths or (settings.seeds_dir,))
    show_bar = sys.stderr.isatty() and len(files) >= PROGRESS_MIN_FILES
    try:
        with click.progressbar(
            files, label="Ingesting", file=sys.stderr, hidden=not show_bar
        ) as bar:
            report = ingest_files(bar, settings.database_url)
    except SQLAlchemyError as err:
        # Articles stored before the fault stay stored: each one is its own transaction.
        click.echo(
            f"error: the article store is unavailable: {err.__class__.__name__}: "
            f"{getattr(err, 'orig', err)}",
            err=True,
        )
        sys.exit(2)
    report.rejected[:0] = missing
    for path, reason in report.rejected:
        click.echo(f"rejected {path}: {reason}", err=True)
    click.echo(str(report))
    if report.rejected:
        sys.exit(1)


@main.command()
@click.argument("text", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="Print the Slack message payload.")
def ask(text: tuple[str, ...], as_json: bool) -> None:
    """Answer TEXT as the bot would in Slack, e.g. newsbot ask "/who aso"."""
    settings = get_settings()
    result = answer_text(" ".join(text), Library(), settings.database_url, settings.digest_tz)
    if as_json:
        click.echo(json.dumps(to_message(result), ensure_ascii=False, indent=2))
    else:
        click.echo(to_text(result))


@main.command()
def shell() -> None:
    """An interactive console over the same answers (loads the seeds into an empty store)."""
    run_shell(get_settings())


@main.command()
def serve() -> None:
    """Serve Slack: Socket Mode when SLACK_APP_TOKEN is set, else HTTP on PORT."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    try:
        run_server(get_settings())
    except ValueError as err:
        raise click.ClickException(str(err)) from None
