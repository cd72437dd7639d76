"""Slash commands (/news, /who, /quotes, /digest, /newsbot) and the "Share in channel" button."""

from slack_bolt import Ack, App, Respond

from bot.commands import parse_command
from bot.render import SHARE_ACTION, to_message
from bot.services import Services

SLASH_COMMANDS = ("/news", "/who", "/quotes", "/digest", "/newsbot")


def acknowledge(ack: Ack) -> None:
    ack()  # at once: the answer follows through the response_url


def register(app: App, services: Services) -> None:
    def answer_command(command: dict, respond: Respond) -> None:
        text = f"{command['command']} {command.get('text', '')}"
        parsed = parse_command(text)
        answer = services.answer(parsed, command.get("channel_id", ""), command.get("user_id", ""))
        share = text if parsed.asks_something else ""
        respond(response_type="ephemeral", **to_message(answer, share=share))

    def share_answer(body: dict, action: dict, respond: Respond) -> None:
        answer = services.answer_text(action["value"])
        message = to_message(answer, shared_by=body["user"]["id"])
        respond(response_type="in_channel", replace_original=False, **message)
        respond(delete_original=True)

    for name in SLASH_COMMANDS:
        app.command(name)(ack=acknowledge, lazy=[answer_command])
    app.action(SHARE_ACTION)(ack=acknowledge, lazy=[share_answer])
