"""`newsbot shell`: the bot in a terminal, through the same answer code as Slack."""

import click

from bot.answers import answer_command
from bot.commands import Command
from bot.conversation import follow_up
from bot.index_file import open_library
from bot.ingest import ingest_paths
from bot.render import to_text
from bot.settings import Settings
from bot.store_status import article_count

PROMPT = "newsbot> "


def ensure_seeded(settings: Settings) -> None:
    if not article_count(settings.database_url):
        report = ingest_paths([settings.seeds_dir], settings.database_url)
        click.echo(f"The store was empty; loaded {settings.seeds_dir}: {report}")


def run_shell(settings: Settings) -> None:
    ensure_seeded(settings)
    library, _ = open_library(settings.database_url, settings.index_dir)
    previous: Command | None = None  # the conversation's subject, for "more" and "his quotes"
    click.echo("Ask me anything, e.g. /news aso kingmaker, /who takaichi, help. Ctrl-D to quit.")
    while True:
        try:
            line = input(PROMPT)
        except (EOFError, KeyboardInterrupt):
            click.echo()
            return
        if line.strip() in {"quit", "exit"}:
            return
        if not line.strip():
            continue
        command = follow_up(line, previous)
        answer = answer_command(command, library, settings.database_url, settings.digest_tz)
        click.echo(to_text(answer))
        if command.asks_something:
            previous = command
