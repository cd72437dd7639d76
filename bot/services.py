"""What the Slack listeners need, in one place: settings, the search library, and the answers."""

from dataclasses import dataclass, field
from datetime import timedelta

from sqlalchemy.exc import SQLAlchemyError

from bot.answer import Answer, store_unavailable_answer
from bot.answers import answer_command
from bot.commands import FOLLOW_KINDS, Command, parse_command
from bot.conversation import follow_up
from bot.fetch import is_web_address
from bot.follows import follow_answer
from bot.home import home_view, unavailable_home_view
from bot.library import Library
from bot.settings import Settings
from bot.source_answers import StoredPage, store_page
from bot.subscriptions import is_subscription_request, subscription_answer
from db import queries
from db.engine import session_scope

EVENT_MEMORY = timedelta(hours=2)  # Slack retries for about an hour at most


@dataclass
class Services:
    settings: Settings
    library: Library = field(default_factory=Library)

    def answer(self, command: Command, channel: str = "", user: str = "") -> Answer:
        """The answer to a command asked in `channel` by `user` (follows need them)."""
        if command.kind == "digest" and is_subscription_request(command.query):
            try:
                return subscription_answer(command.query, channel, user, self.settings)
            except SQLAlchemyError:
                return store_unavailable_answer()
        if command.kind in FOLLOW_KINDS and not command.problem:
            try:
                return follow_answer(
                    command, channel, user, self.settings.database_url, self.library
                )
            except SQLAlchemyError:
                return store_unavailable_answer()
        return answer_command(
            command,
            self.library,
            self.settings.database_url,
            self.settings.digest_tz,
            self.settings,
        )

    def home_view(self) -> dict:
        """The App Home tab (a short note when the store is down)."""
        try:
            with session_scope(self.settings.database_url) as session:
                return home_view(session)
        except SQLAlchemyError:
            return unavailable_home_view()

    def store_shared_link(self, url: str) -> StoredPage:
        """A link shared in a channel: its page stored, if it is a news page."""
        if not is_web_address(url):
            return StoredPage(None, "not a web address")
        try:
            return store_page(url, self.settings.database_url, self.settings.fetch_policy)
        except SQLAlchemyError:
            return StoredPage(None, "the article store is unavailable")

    def answer_text(self, text: str) -> Answer:
        return self.answer(parse_command(text))

    def first_delivery(self, event_id: str) -> bool:
        """Claims an event id in the store; False when any replica has already claimed it."""
        try:
            with session_scope(self.settings.database_url) as session:
                return queries.claim_event(session, event_id, EVENT_MEMORY)
        except SQLAlchemyError:
            return True  # better a rare double answer than no answer while the store is down

    def answer_in_thread(self, text: str, channel: str, thread_ts: str) -> Answer:
        """Answer a mention, resolving follow-ups against what the thread asked before."""
        if not text.strip():
            return self.answer(Command("help"))
        try:
            with session_scope(self.settings.database_url) as session:
                previous = queries.thread_subject(session, channel, thread_ts)
                earlier = (
                    Command(previous.kind, previous.query, previous.speaker, page=previous.page)
                    if previous
                    else None
                )
        except SQLAlchemyError:
            earlier = None
        command = follow_up(text, earlier)
        answer = self.answer(command, channel)
        if command.asks_something:
            try:
                with session_scope(self.settings.database_url) as session:
                    queries.remember_thread_subject(
                        session,
                        channel,
                        thread_ts,
                        command.kind,
                        command.query,
                        command.speaker,
                        command.page,
                    )
            except SQLAlchemyError:
                pass  # the answer stands; only a later "more" loses its context
        return answer
