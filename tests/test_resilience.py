"""Faults lose nothing: two replicas on one PostgreSQL, an ingest killed midway, and the
database going away while the bot serves."""

import os
import signal
import subprocess
import sys
import time
import urllib.request
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import create_engine, text

from bot.ingest import ingest_paths
from tests.conftest import FIXTURES, SEED_FILE
from tests.postgres import Cluster, server_binaries
from tests.slack_helpers import (
    event_body,
    free_port,
    signed_post,
    slash_body,
    start_serve,
    stop,
    wait_until_healthy,
)
from tests.slack_standin import SlackStandIn

FORM = "application/x-www-form-urlencoded"


def serve_env(database_url: str, slack: SlackStandIn, port: int, **extra: str) -> dict:
    return {
        "DATABASE_URL": database_url,
        "SLACK_BOT_TOKEN": "xoxb-test",
        "SLACK_SIGNING_SECRET": "test-signing-secret",
        "SLACK_API_URL": slack.api_url,
        "SLACK_APP_TOKEN": "",
        "PORT": str(port),
        "DIGEST_CHANNEL": "",
        **extra,
    }


def ask(port: int, slack: SlackStandIn, command: str, query: str, name: str) -> str:
    url = f"http://127.0.0.1:{port}/slack/events"
    reply = signed_post(url, slash_body(command, query, slack.response_url(name)), FORM)
    assert reply.status == 200
    path = f"/respond/{name}"
    calls = slack.wait_for(lambda calls: any(c.path == path for c in calls), timeout=15)
    [call] = [c for c in calls if c.path == path]
    return call.payload["text"]


@pytest.fixture
def replicas(postgres, tmp_path):
    database_url = postgres.new_database()
    ingest_paths([SEED_FILE], database_url)
    slack = SlackStandIn().start()
    digest_at = (datetime.now(UTC) - timedelta(minutes=1)).strftime("%H:%M")
    ports = [free_port(), free_port()]
    processes = [
        start_serve(
            serve_env(
                database_url,
                slack,
                port,
                DIGEST_CHANNEL="C-DIGEST",
                DIGEST_TIME=digest_at,
                DIGEST_TZ="UTC",
            ),
            tmp_path,
        )
        for port in ports
    ]
    try:
        for port, process in zip(ports, processes, strict=True):
            wait_until_healthy(port, process)
        yield database_url, slack, ports
    finally:
        for process in processes:
            stop(process)
        slack.stop()


def test_two_replicas_answer_everything_exactly_once(replicas, tmp_path):
    database_url, slack, ports = replicas
    # The digest due a minute ago: both replicas catch up at start, one posts.
    slack.wait_for(lambda calls: any(c.method == "chat.postMessage" for c in calls))
    time.sleep(2)
    digests = [c for c in slack.sent("chat.postMessage") if c.payload["channel"] == "C-DIGEST"]
    assert len(digests) == 1
    slack.clear()

    for number in range(6):
        port = ports[number % 2]
        assert "Taro Aso" in ask(port, slack, "/who", "aso", f"who{number}")
    assert len(slack.sent("response_url")) == 6
    slack.clear()

    # The same event delivered to both replicas (and retried) is answered once.
    body = event_body("Ev-both", "<@UBOT> who is Wi Sung-lac?", ts="1700000900.000100")
    for port in ports + ports:
        reply = signed_post(f"http://127.0.0.1:{port}/slack/events", body, "application/json")
        assert reply.status == 200
    slack.wait_for(lambda calls: len(calls) >= 1)
    time.sleep(2)
    assert len(slack.sent()) == 1
    slack.clear()

    # An article ingested (here through the command line) is found by both within 10 s.
    story = tmp_path / "ferry.txt"
    story.write_text(
        "date 2025-11-07 Harbour board approves ferry terminal\n"
        "The Harbour Board approved a new ferry terminal, its chairman Ivo Marsh said.\n"
    )
    subprocess.run(
        [sys.executable, "-m", "bot", "ingest", str(story)],
        check=True,
        env={**os.environ, "DATABASE_URL": database_url},
        capture_output=True,
    )
    deadline = time.monotonic() + 10
    for index, port in enumerate(ports):
        while True:
            answer = ask(port, slack, "/news", "ferry terminal", f"ferry{index}-{time.monotonic()}")
            if "Harbour board approves ferry terminal" in answer:
                break
            assert time.monotonic() < deadline, answer
            time.sleep(0.5)


def synthetic_corpus(folder, count: int) -> None:
    folder.mkdir()
    for number in range(count):
        (folder / f"{number:04d}.txt").write_text(
            f"date 2025-10-{1 + number % 28:02d} Port authority report number {number}\n"
            f"The Port Authority published report {number} on cargo volumes, its director "
            f"Maria Lindqvist said on Monday.\n"
            f"“Volumes in week {number} were higher than expected,” Lindqvist told reporters.\n"
            + "Shipping lines expect demand to stay firm through the winter season. " * 40
            + "\n"
        )


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_ingest_killed_midway_loses_nothing_and_duplicates_nothing(backend, tmp_path, request):
    if backend == "sqlite":
        database_url = f"sqlite:///{tmp_path / 'store.db'}"
    else:
        database_url = request.getfixturevalue("postgres").new_database()
    corpus = tmp_path / "corpus"
    synthetic_corpus(corpus, 400)
    env = {**os.environ, "DATABASE_URL": database_url}
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "ingest", str(corpus)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    engine = create_engine(database_url)

    def stored() -> int:
        try:
            with engine.connect() as connection:
                return connection.execute(text("SELECT count(*) FROM article")).scalar_one()
        except Exception:  # noqa: BLE001 (the schema may not exist yet)
            return 0

    deadline = time.monotonic() + 60
    while stored() < 40 and time.monotonic() < deadline:
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait()
    before = stored()
    assert 0 < before < 400, "the kill should land midway"
    with engine.connect() as connection:
        half_stored = connection.execute(
            text(
                "SELECT count(*) FROM article a WHERE NOT EXISTS "
                "(SELECT 1 FROM mention m WHERE m.article_id = a.id)"
            )
        ).scalar_one()
    assert half_stored == 0  # every stored article has its analysis with it

    rerun = subprocess.run(
        [sys.executable, "-m", "bot", "ingest", str(corpus)],
        env=env,
        capture_output=True,
        text=True,
    )
    assert rerun.returncode == 0, rerun.stderr
    counts = rerun.stdout.splitlines()[-1]
    assert counts == f"{400 - before} new, 0 updated, {before} unchanged, 0 rejected"
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM article")).scalar_one() == 400
        assert (
            connection.execute(
                text("SELECT count(DISTINCT content_hash) FROM article")
            ).scalar_one()
            == 400
        )
    engine.dispose()


@pytest.mark.skipif(server_binaries() is None, reason="PostgreSQL server binaries not installed")
def test_database_going_away_gives_a_clear_answer_and_the_bot_recovers(tmp_path):
    cluster = Cluster(free_port()).start()
    slack = SlackStandIn().start()
    port = free_port()
    process = None
    try:
        database_url = cluster.new_database()
        ingest_paths([SEED_FILE, FIXTURES / "articles"], database_url)
        process = start_serve(serve_env(database_url, slack, port), tmp_path)
        wait_until_healthy(port, process)
        assert "Taro Aso (person)" in ask(port, slack, "/who", "aso", "before")

        cluster.halt()
        answer = ask(port, slack, "/who", "aso", "during")
        assert "The article store is unavailable" in answer
        assert process.poll() is None
        with pytest.raises(OSError):  # the health check tells the load balancer
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=5)
        mention = event_body("Ev-down", "<@UBOT> who is Taro Aso?", ts="1700000950.000100")
        assert (
            signed_post(f"http://127.0.0.1:{port}/slack/events", mention, "application/json").status
            == 200
        )
        slack.wait_for(lambda calls: any(c.method == "chat.postMessage" for c in calls))
        [reply] = slack.sent("chat.postMessage")
        assert "The article store is unavailable" in reply.payload["text"]

        cluster.resume()
        assert "Taro Aso (person)" in ask(port, slack, "/who", "aso", "after")
    finally:
        if process:
            stop(process)
        slack.stop()
        cluster.stop()
