"""The one factory of the Bolt app, used by `newsbot serve` and by the tests, and the checks
`serve` makes of its Slack settings before it starts."""

import logging

from slack_bolt import App
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler

from bot.library import Library
from bot.services import Services
from bot.settings import Settings
from handlers import commands, home, links, mentions, retries

RATE_LIMIT_RETRIES = 3
TOKEN_CHECK_TIMEOUT_SECONDS = 10

# slack_sdk logs a failed request with its whole traceback; the token check reports the
# failure in one line of its own, so its client logs nowhere.
_quiet = logging.getLogger("newsbot.token_check")
_quiet.addHandler(logging.NullHandler())
_quiet.propagate = False


class SlackSetupError(Exception):
    """A Slack setting that keeps `serve` from starting, said in one line."""


def web_client(settings: Settings) -> WebClient:
    """The Web API client: SLACK_API_URL honoured, 429 answers retried after Retry-After."""
    return WebClient(
        token=settings.slack_bot_token or None,
        base_url=api_base_url(settings),
        retry_handlers=[RateLimitErrorRetryHandler(max_retry_count=RATE_LIMIT_RETRIES)],
    )


def api_base_url(settings: Settings) -> str:
    return settings.slack_api_url.rstrip("/") + "/"


def check_slack_settings(settings: Settings) -> None:
    """The settings `serve` needs, checked before anything else is touched."""
    if not settings.slack_bot_token:
        raise SlackSetupError("SLACK_BOT_TOKEN is not set (the bot token, xoxb-…)")
    if not settings.slack_signing_secret and not settings.slack_app_token:
        raise SlackSetupError(
            "SLACK_SIGNING_SECRET is not set (needed in HTTP mode; or set SLACK_APP_TOKEN "
            "for Socket Mode)"
        )


def verify_token(settings: Settings) -> None:
    """Ask Slack once whether it accepts the bot token (auth.test)."""
    client = WebClient(
        token=settings.slack_bot_token,
        base_url=api_base_url(settings),
        timeout=TOKEN_CHECK_TIMEOUT_SECONDS,
        logger=_quiet,
    )
    unreachable = f"cannot reach Slack at SLACK_API_URL={settings.slack_api_url}"
    try:
        client.auth_test()
    except SlackApiError as err:
        data = err.response.data
        error = data.get("error") if isinstance(data, dict) else None
        if error and err.response.status_code < 500:
            raise SlackSetupError(f"Slack rejected SLACK_BOT_TOKEN: {error}") from None
        # a server error, or a page that is no Web API answer (a proxy, a wrong URL)
        raise SlackSetupError(
            f"{unreachable}: HTTP {err.response.status_code}, not an answer of Slack's Web API"
        ) from None
    except (OSError, ValueError, SlackClientError) as err:
        # refused, unresolvable, timed out (urllib's OSError kinds), or a malformed URL
        cause = getattr(err, "reason", None) or err
        raise SlackSetupError(f"{unreachable}: {cause}") from None


def create_app(settings: Settings, library: Library | None = None) -> App:
    """The Bolt app with every listener; the token is taken as checked by `verify_token`."""
    check_slack_settings(settings)
    logging.getLogger("slack_bolt.App").addFilter(_not_the_token_warning)
    app = App(
        client=web_client(settings),
        signing_secret=settings.slack_signing_secret,
        token_verification_enabled=False,  # verify_token asked Slack already
    )
    services = Services(settings, library or Library())
    retries.register(app, services)
    commands.register(app, services)
    mentions.register(app, services)
    links.register(app, services)
    home.register(app, services)
    return app


def _not_the_token_warning(record: logging.LogRecord) -> bool:
    """Bolt reads SLACK_BOT_TOKEN from the environment as well as from the client we give it
    (which carries the same token, from our settings) and warns that one 'will be unused'."""
    return "will be unused" not in record.getMessage()
