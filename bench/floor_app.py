"""The latency floor: a minimal Bolt app on newsbot's server stack (Bolt's WSGI adapter under
waitress, lazy listeners, response_url) that answers every command with a constant."""

import os

import waitress
from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler
from slack_sdk import WebClient

app = App(
    client=WebClient(token=os.environ["SLACK_BOT_TOKEN"], base_url=os.environ["SLACK_API_URL"]),
    signing_secret=os.environ["SLACK_SIGNING_SECRET"],
)


def acknowledge(ack) -> None:
    ack()


def constant(respond) -> None:
    respond(response_type="ephemeral", text="constant", blocks=[])


for name in ("/news", "/who", "/quotes"):
    app.command(name)(ack=acknowledge, lazy=[constant])

if __name__ == "__main__":
    handler = SlackRequestHandler(app)

    def application(environ, start_response):
        if environ.get("PATH_INFO") == "/healthz":
            start_response("200 OK", [("Content-Type", "text/plain")])
            return [b"ok"]
        return handler(environ, start_response)

    waitress.serve(application, host="127.0.0.1", port=int(os.environ["PORT"]), threads=16)
