"""`newsbot serve`: Socket Mode when SLACK_APP_TOKEN is set, else HTTP on PORT.

HTTP mode serves Bolt's WSGI adapter with waitress, a production WSGI server, at
/slack/events, and a health check at /healthz.
"""

import json
import logging
import time
from collections.abc import Callable, Iterable

import waitress
from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler
from slack_bolt.adapter.wsgi import SlackRequestHandler
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from bot.analysis import load_word_lists
from bot.index_file import SAVE_EVERY, keep_saved, open_library
from bot.person_names import nick_namer
from bot.scheduler import (
    FEED_CHECK_EVERY,
    FOLLOW_CHECK_EVERY,
    RETRY_EVERY,
    DigestSubscriptions,
    Periodic,
    notify_follows_now,
    poll_feeds_now,
)
from bot.settings import Settings
from bot.slack_app import check_slack_settings, create_app, verify_token
from bot.store_status import EMPTY_STORE
from db.engine import session_scope

EVENTS_PATH = "/slack/events"
SERVER_THREADS = 16

log = logging.getLogger("newsbot")


def store_is_up(database_url: str) -> bool:
    try:
        with session_scope(database_url) as session:
            session.exec(text("SELECT 1"))
        return True
    except SQLAlchemyError:
        return False


def wsgi_app(app: App, database_url: str) -> Callable:
    slack = SlackRequestHandler(app, path=EVENTS_PATH)

    def application(environ: dict, start_response: Callable) -> Iterable[bytes]:
        if environ.get("PATH_INFO") == "/healthz":
            up = store_is_up(database_url)
            body = json.dumps({"status": "ok" if up else "store unavailable"}).encode()
            status = "200 OK" if up else "503 Service Unavailable"
            start_response(status, [("Content-Type", "application/json")])
            return [body]
        return slack(environ, start_response)

    return application


def serve(settings: Settings) -> None:
    """Raises SlackSetupError for a missing or refused token before the store is touched."""
    check_slack_settings(settings)
    verify_token(settings)
    started = time.monotonic()
    # The indexes are ready before questions are taken: read from their file, or built.
    library, index_file = open_library(settings.database_url, settings.index_dir)
    load_word_lists()
    nick_namer()
    log.info(
        "newsbot: %d articles indexed in %.1f s", len(library.articles), time.monotonic() - started
    )
    if not len(library.articles):
        log.warning("newsbot: %s; answers stay empty until then", EMPTY_STORE)
    app = create_app(settings, library)
    if settings.digest_channel:
        log.info(
            "newsbot: digest at %s %s to %s, and to the channels subscribed",
            settings.digest_time,
            settings.digest_tz,
            settings.digest_channel,
        )
    Periodic(
        "saving the indexes",
        SAVE_EVERY,
        lambda: keep_saved(library, index_file, settings.database_url),
    ).start()
    digests = DigestSubscriptions(settings, app.client)
    Periodic("digests", RETRY_EVERY, digests.tick).start()
    every_feed = min(FEED_CHECK_EVERY, settings.feed_poll_every)
    Periodic("feed polling", every_feed, lambda: poll_feeds_now(settings)).start()
    Periodic(
        "follow notices", FOLLOW_CHECK_EVERY, lambda: notify_follows_now(settings, app.client)
    ).start()
    if settings.slack_app_token:
        log.info("newsbot: Socket Mode")
        SocketModeHandler(app, settings.slack_app_token).start()
        return
    log.info("newsbot: HTTP on port %s, endpoint %s", settings.port, EVENTS_PATH)
    waitress.serve(
        wsgi_app(app, settings.database_url),
        host="0.0.0.0",
        port=settings.port,
        threads=SERVER_THREADS,
        ident="newsbot",
    )
