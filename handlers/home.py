"""The App Home tab, published when a user opens it (app_home_opened, views.publish)."""

import logging

from slack_bolt import App
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.services import Services

log = logging.getLogger("newsbot.home")


def register(app: App, services: Services) -> None:
    def publish_home(event: dict, client: WebClient) -> None:
        if event.get("tab", "home") != "home":
            return  # the Messages tab
        view = services.home_view()
        try:
            client.views_publish(user_id=event["user"], view=view)
        except SlackApiError as err:
            log.warning(
                "home tab of %s not published: %s", event["user"], err.response.get("error")
            )

    app.event("app_home_opened")(ack=lambda ack: ack(), lazy=[publish_home])
