"""Slack redelivers an event it thinks was missed (X-Slack-Retry-Num, or a second replica's
copy): only the first delivery of an event id goes on to the listeners."""

from slack_bolt import App, BoltResponse

from bot.services import Services


def register(app: App, services: Services) -> None:
    @app.middleware
    def skip_repeated_events(body: dict, next) -> BoltResponse | None:  # noqa: A002 (Bolt's name)
        event_id = body.get("event_id")
        if event_id and not services.first_delivery(event_id):
            return BoltResponse(status=200, body="")
        return next()
