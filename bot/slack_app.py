"""The one factory of the Bolt app, used by `newsbot serve` and by the tests."""

from slack_bolt import App
from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler

from bot.library import Library
from bot.services import Services
from bot.settings import Settings
from handlers import commands, mentions, retries

RATE_LIMIT_RETRIES = 3


def web_client(settings: Settings) -> WebClient:
    """The Web API client: SLACK_API_URL honoured, 429 answers retried after Retry-After."""
    base_url = settings.slack_api_url.rstrip("/") + "/"
    return WebClient(
        token=settings.slack_bot_token or None,
        base_url=base_url,
        retry_handlers=[RateLimitErrorRetryHandler(max_retry_count=RATE_LIMIT_RETRIES)],
    )


def create_app(settings: Settings, library: Library | None = None) -> App:
    if not settings.slack_bot_token:
        raise ValueError("SLACK_BOT_TOKEN must be set to talk to Slack")
    if not settings.slack_signing_secret and not settings.slack_app_token:
        raise ValueError("SLACK_SIGNING_SECRET must be set for HTTP mode (or SLACK_APP_TOKEN)")
    app = App(client=web_client(settings), signing_secret=settings.slack_signing_secret)
    services = Services(settings, library or Library())
    retries.register(app, services)
    commands.register(app, services)
    mentions.register(app, services)
    return app
