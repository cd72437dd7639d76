"""A local stand-in for the Slack Web API and for response_url, recording every call."""

import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from itertools import count
from urllib.parse import parse_qsl

BOT_USER = "UBOT"


@dataclass
class Call:
    method: str  # "chat.postMessage", ... or "response_url"
    path: str
    payload: dict
    headers: dict
    at: float = 0.0  # time.monotonic() of arrival


@dataclass
class SlackStandIn:
    """Serves auth.test, chat.postMessage, apps.connections.open and response URLs."""

    socket_url: str = ""
    calls: list[Call] = field(default_factory=list)
    # method -> queue of (status, headers, body) answered before the normal answer
    scripted: dict[str, list[tuple[int, dict, dict]]] = field(default_factory=dict)
    _ts: count = field(default_factory=lambda: count(1))
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def start(self) -> "SlackStandIn":
        stand_in = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 (http.server's name)
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode()
                if self.headers.get("Content-Type", "").startswith("application/json"):
                    payload = json.loads(raw or "{}")
                else:
                    payload = dict(parse_qsl(raw))
                status, headers, body = stand_in.handle(self.path, payload, dict(self.headers))
                data = json.dumps(body).encode()
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/"

    def response_url(self, name: str = "r") -> str:
        return f"http://127.0.0.1:{self.port}/respond/{name}"

    def handle(self, path: str, payload: dict, headers: dict) -> tuple[int, dict, dict]:
        method = "response_url" if path.startswith("/respond/") else path.rsplit("/", 1)[-1]
        with self._lock:
            self.calls.append(Call(method, path, payload, headers, time.monotonic()))
            queue = self.scripted.get(method)
            if queue:
                return queue.pop(0)
        if method == "auth.test":
            return (
                200,
                {},
                {
                    "ok": True,
                    "team_id": "T1",
                    "user_id": BOT_USER,
                    "bot_id": "BBOT",
                    "url": "https://example.slack.com/",
                    "team": "Team",
                    "user": "newsbot",
                },
            )
        if method == "chat.postMessage":
            ts = f"1700000000.{next(self._ts):06d}"
            return 200, {}, {"ok": True, "channel": payload.get("channel"), "ts": ts}
        if method in {"chat.unfurl", "views.publish"}:
            return 200, {}, {"ok": True}
        if method == "apps.connections.open":
            return 200, {}, {"ok": True, "url": self.socket_url}
        if method == "response_url":
            return 200, {}, {"ok": True}
        return 200, {}, {"ok": False, "error": "unknown_method"}

    def sent(self, method: str | None = None) -> list[Call]:
        """Messages sent by the bot (chat.postMessage and response_url), or calls of `method`."""
        with self._lock:
            wanted = {method} if method else {"chat.postMessage", "response_url"}
            return [call for call in self.calls if call.method in wanted]

    def wait_for(
        self, predicate: Callable[[list[Call]], bool], timeout: float = 10.0
    ) -> list[Call]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if predicate(self.sent()):
                return self.sent()
            time.sleep(0.05)
        raise AssertionError(f"stand-in did not see the expected calls; saw {self.sent()}")

    def clear(self) -> None:
        with self._lock:
            self.calls.clear()
