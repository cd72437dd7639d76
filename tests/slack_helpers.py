"""Playing Slack: signed requests to the bot's real HTTP endpoint, and a running `newsbot serve`."""

import hashlib
import hmac
import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode

SIGNING_SECRET = "test-signing-secret"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def sign(body: bytes, timestamp: int, secret: str = SIGNING_SECRET) -> str:
    base = f"v0:{timestamp}:".encode() + body
    return "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()


@dataclass
class Reply:
    status: int
    body: bytes
    seconds: float

    def json(self) -> dict:
        return json.loads(self.body)


def post(url: str, body: bytes, headers: dict) -> Reply:
    request = urllib.request.Request(url, data=body, headers=headers, method="POST")
    started = time.monotonic()
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return Reply(response.status, response.read(), time.monotonic() - started)
    except urllib.error.HTTPError as err:
        return Reply(err.code, err.read(), time.monotonic() - started)


def signed_post(
    url: str,
    body: bytes,
    content_type: str,
    *,
    timestamp: int | None = None,
    secret: str = SIGNING_SECRET,
    extra_headers: dict | None = None,
) -> Reply:
    timestamp = int(time.time()) if timestamp is None else timestamp
    headers = {
        "Content-Type": content_type,
        "X-Slack-Request-Timestamp": str(timestamp),
        "X-Slack-Signature": sign(body, timestamp, secret),
        **(extra_headers or {}),
    }
    return post(url, body, headers)


def slash_body(
    command: str, text: str, response_url: str, user: str = "U1", channel: str = "C1"
) -> bytes:
    return urlencode(
        {
            "token": "legacy",
            "team_id": "T1",
            "team_domain": "team",
            "channel_id": channel,
            "channel_name": "news",
            "user_id": user,
            "user_name": "ana",
            "command": command,
            "text": text,
            "api_app_id": "A1",
            "response_url": response_url,
            "trigger_id": "1.2.3",
        }
    ).encode()


def event_body(event_id: str, text: str, ts: str, thread_ts: str | None = None) -> bytes:
    event = {
        "type": "app_mention",
        "user": "U1",
        "text": text,
        "ts": ts,
        "channel": "C1",
        "event_ts": ts,
    }
    if thread_ts:
        event["thread_ts"] = thread_ts
    return json.dumps(
        {
            "token": "legacy",
            "team_id": "T1",
            "api_app_id": "A1",
            "event": event,
            "type": "event_callback",
            "event_id": event_id,
            "event_time": int(time.time()),
            "authorizations": [{"team_id": "T1", "user_id": "UBOT", "is_bot": True}],
        }
    ).encode()


def action_body(value: str, response_url: str) -> bytes:
    payload = {
        "type": "block_actions",
        "team": {"id": "T1"},
        "user": {"id": "U1"},
        "api_app_id": "A1",
        "token": "legacy",
        "trigger_id": "1.2.3",
        "channel": {"id": "C1"},
        "response_url": response_url,
        "container": {"type": "message", "message_ts": "1.1", "is_ephemeral": True},
        "actions": [
            {
                "type": "button",
                "action_id": "share_answer",
                "block_id": "b",
                "value": value,
                "action_ts": "1.2",
            }
        ],
    }
    return urlencode({"payload": json.dumps(payload)}).encode()


def start_serve(env_overrides: dict, cwd: Path) -> subprocess.Popen:
    env = {**os.environ, **env_overrides}
    return subprocess.Popen(
        [sys.executable, "-m", "bot", "serve"],
        env=env,
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )


def wait_until_healthy(port: int, process: subprocess.Popen, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"serve exited: {process.stdout.read().decode()}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("serve did not become healthy")


def stop(process: subprocess.Popen) -> str:
    process.terminate()
    try:
        output, _ = process.communicate(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        output, _ = process.communicate()
    return (output or b"").decode(errors="replace")


def serve_env(database_url: str, api_url: str, port: int, **extra: str) -> dict:
    """The environment of a `newsbot serve` in HTTP mode against the Slack stand-in."""
    return {
        "DATABASE_URL": database_url,
        "SLACK_BOT_TOKEN": "xoxb-test",
        "SLACK_SIGNING_SECRET": SIGNING_SECRET,
        "SLACK_API_URL": api_url,
        "SLACK_APP_TOKEN": "",
        "PORT": str(port),
        **extra,
    }


def event_callback(event_id: str, event: dict) -> bytes:
    """An Events API delivery of `event`."""
    return json.dumps(
        {
            "token": "legacy",
            "team_id": "T1",
            "api_app_id": "A1",
            "type": "event_callback",
            "event_id": event_id,
            "event_time": int(time.time()),
            "authorizations": [{"team_id": "T1", "user_id": "UBOT", "is_bot": True}],
            "event": event,
        }
    ).encode()
