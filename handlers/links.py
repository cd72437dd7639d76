"""News links shared in a channel the bot is in: stored and unfurled (link_shared,
chat.unfurl) with the title, date, summary and main actors."""

import logging

from slack_bolt import App
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.render import unfurl_blocks
from bot.services import Services
from bot.source_answers import main_actors

MAX_LINKS = 5  # per message: Slack sends at most five links in one event too

log = logging.getLogger("newsbot.links")


def register(app: App, services: Services) -> None:
    def unfurl(event: dict, client: WebClient) -> None:
        if event.get("source") == "composer":
            return  # a message still being written: its links may never be sent
        unfurls = {}
        for link in event.get("links", [])[:MAX_LINKS]:
            url = link.get("url", "")
            stored = services.store_shared_link(url)
            if stored.article:
                unfurls[url] = {
                    "blocks": unfurl_blocks(stored.article, main_actors(stored.article))
                }
            else:
                log.info("shared link %s not stored: %s", url, stored.outcome)
        if not unfurls:
            return
        try:
            client.chat_unfurl(channel=event["channel"], ts=event["message_ts"], unfurls=unfurls)
        except SlackApiError as err:
            log.warning("unfurl of %s failed: %s", list(unfurls), err.response.get("error"))

    app.event("link_shared")(ack=lambda ack: ack(), lazy=[unfurl])
