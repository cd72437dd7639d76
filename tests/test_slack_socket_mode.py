"""Socket Mode: `newsbot serve` with SLACK_APP_TOKEN connects to a local stand-in of Slack's
WebSocket endpoint (found through apps.connections.open), acks envelopes and answers."""

import json
import queue
import threading
import time

import pytest
from websockets.sync.server import serve as websocket_serve

from bot.ingest import ingest_paths
from tests.conftest import SEED_FILE
from tests.slack_helpers import start_serve, stop
from tests.slack_standin import SlackStandIn


class SocketStandIn:
    """Accepts the bot's WebSocket, says hello, sends envelopes and collects the acks."""

    def __init__(self) -> None:
        self.acks: queue.Queue = queue.Queue()
        self.outbox: queue.Queue = queue.Queue()
        self.connected = threading.Event()
        self.server = websocket_serve(self.handle, "127.0.0.1", 0)
        self.port = self.server.socket.getsockname()[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/link"

    def handle(self, connection) -> None:
        connection.send(json.dumps({"type": "hello", "num_connections": 1}))
        self.connected.set()
        while True:
            try:
                envelope = self.outbox.get(timeout=0.1)
                connection.send(json.dumps(envelope))
            except queue.Empty:
                pass
            try:
                message = connection.recv(timeout=0.05)
            except TimeoutError:
                continue
            except Exception:
                return
            self.acks.put(json.loads(message))

    def stop(self) -> None:
        self.server.shutdown()


@pytest.fixture
def socket_bot(tmp_path):
    database_url = f"sqlite:///{tmp_path / 'store.db'}"
    ingest_paths([SEED_FILE], database_url)
    slack = SlackStandIn()
    socket = SocketStandIn()
    slack.socket_url = socket.url
    slack.start()
    process = start_serve(
        {
            "DATABASE_URL": database_url,
            "SLACK_BOT_TOKEN": "xoxb-test",
            "SLACK_APP_TOKEN": "xapp-test",
            "SLACK_SIGNING_SECRET": "",
            "SLACK_API_URL": slack.api_url,
        },
        tmp_path,
    )
    try:
        assert socket.connected.wait(30), "the bot never opened its Socket Mode connection"
        yield slack, socket
    finally:
        stop(process)
        socket.stop()
        slack.stop()


def test_socket_mode_acks_and_answers_a_slash_command(socket_bot):
    slack, socket = socket_bot
    assert slack.sent("apps.connections.open")[0].headers["Authorization"] == "Bearer xapp-test"
    socket.outbox.put(
        {
            "envelope_id": "env-1",
            "type": "slash_commands",
            "accepts_response_payload": True,
            "payload": {
                "command": "/who",
                "text": "takaichi",
                "user_id": "U1",
                "channel_id": "C1",
                "team_id": "T1",
                "api_app_id": "A1",
                "response_url": slack.response_url(),
                "trigger_id": "1.2.3",
                "token": "legacy",
            },
        }
    )
    ack = socket.acks.get(timeout=3)
    assert ack["envelope_id"] == "env-1"
    [reply] = slack.wait_for(lambda calls: len(calls) >= 1)
    assert "Sanae Takaichi (person)" in reply.payload["text"]


def test_socket_mode_answers_a_mention_once_even_when_redelivered(socket_bot):
    slack, socket = socket_bot
    event = {
        "type": "app_mention",
        "user": "U1",
        "text": "<@UBOT> who is Wi Sung-lac?",
        "ts": "1700000600.000100",
        "channel": "C1",
        "event_ts": "1700000600.000100",
    }
    payload = {
        "type": "event_callback",
        "team_id": "T1",
        "api_app_id": "A1",
        "event": event,
        "event_id": "Ev-socket",
        "event_time": int(time.time()),
    }
    for attempt, envelope_id in enumerate(["env-2", "env-3"]):
        socket.outbox.put(
            {
                "envelope_id": envelope_id,
                "type": "events_api",
                "payload": payload,
                "accepts_response_payload": False,
                "retry_attempt": attempt,
            }
        )
        assert socket.acks.get(timeout=3)["envelope_id"] == envelope_id
    [reply] = slack.wait_for(lambda calls: len(calls) >= 1)
    assert reply.payload["thread_ts"] == "1700000600.000100"
    time.sleep(1.0)
    assert len(slack.sent()) == 1
