"""@newsbot mentions: answered in the thread (a top-level mention starts one under it)."""

import re

from slack_bolt import App
from slack_sdk import WebClient

from bot.render import to_message
from bot.services import Services

MENTION = re.compile(r"<@[A-Z0-9]+(?:\|[^>]*)?>")


def register(app: App, services: Services) -> None:
    def answer_mention(event: dict, client: WebClient) -> None:
        channel = event["channel"]
        thread_ts = event.get("thread_ts") or event["ts"]
        text = MENTION.sub(" ", event.get("text", ""))
        answer = services.answer_in_thread(text, channel, thread_ts)
        client.chat_postMessage(channel=channel, thread_ts=thread_ts, **to_message(answer))

    app.event("app_mention")(ack=lambda ack: ack(), lazy=[answer_mention])
