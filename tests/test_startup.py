"""What a user sees when starting newsbot wrongly: one clear line, the right exit status, and
one store wherever the commands are run from."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main
from tests.conftest import SEED_FILE
from tests.slack_helpers import free_port, start_serve, stop, wait_until_healthy
from tests.slack_standin import SlackStandIn


def newsbot(*args: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=cwd,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.fixture
def slack():
    stand_in = SlackStandIn().start()
    yield stand_in
    stand_in.stop()


def serve_env(tmp_path: Path, api_url: str, token: str = "xoxb-test") -> dict[str, str]:
    return {
        "DATABASE_URL": f"sqlite:///{tmp_path / 'store.db'}",
        "SLACK_BOT_TOKEN": token,
        "SLACK_SIGNING_SECRET": "secret",
        "SLACK_APP_TOKEN": "",
        "SLACK_API_URL": api_url,
        "PORT": str(free_port()),
    }


def test_serve_with_a_rejected_token_says_so_in_one_line(tmp_path, slack):
    slack.scripted["auth.test"] = [(200, {}, {"ok": False, "error": "invalid_auth"})]
    result = newsbot("serve", cwd=tmp_path, env=serve_env(tmp_path, slack.api_url))
    assert result.returncode == 1
    assert result.stderr.splitlines() == ["Error: Slack rejected SLACK_BOT_TOKEN: invalid_auth"]
    assert not (tmp_path / "store.db").exists()  # the store is not touched before the check


def test_serve_with_slack_unreachable_names_the_url_and_the_cause(tmp_path):
    api_url = f"http://127.0.0.1:{free_port()}/api/"
    result = newsbot("serve", cwd=tmp_path, env=serve_env(tmp_path, api_url))
    assert result.returncode == 1
    [line] = result.stderr.splitlines()
    assert line.startswith(f"Error: cannot reach Slack at SLACK_API_URL={api_url}: ")
    assert "refused" in line


def test_serve_without_a_token_says_which_setting_is_missing(tmp_path, slack):
    result = newsbot("serve", cwd=tmp_path, env=serve_env(tmp_path, slack.api_url, token=""))
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "Error: SLACK_BOT_TOKEN is not set (the bot token, xoxb-…)"
    ]
    assert slack.calls == [] and not (tmp_path / "store.db").exists()


def test_serve_on_an_empty_store_says_to_ingest_and_checks_the_token_once(tmp_path, slack):
    env = serve_env(tmp_path, slack.api_url)
    process = start_serve(env, tmp_path)
    try:
        wait_until_healthy(int(env["PORT"]), process)
    finally:
        output = stop(process)
    assert "The store is empty: run `newsbot ingest`" in output
    assert "will be unused" not in output and "Traceback" not in output
    assert [call.method for call in slack.calls] == ["auth.test"]


@pytest.mark.skipif(
    sys.platform != "linux", reason="XDG_DATA_HOME moves the data dir on Linux only"
)
def test_ask_from_another_folder_answers_from_the_store_ingest_filled(tmp_path, monkeypatch):
    monkeypatch.delenv("DATABASE_URL")
    env = {"XDG_DATA_HOME": str(tmp_path / "data")}
    (tmp_path / "here").mkdir()
    (tmp_path / "there").mkdir()
    ingested = newsbot("ingest", str(SEED_FILE), cwd=tmp_path / "here", env=env)
    store = tmp_path / "data" / "newsbot" / "newsbot.db"
    assert ingested.returncode == 0, ingested.stderr
    assert f"store: {store}" in ingested.stdout
    answered = newsbot("ask", "/who aso", cwd=tmp_path / "there", env=env)
    assert answered.returncode == 0, answered.stderr
    assert "Taro Aso (person)" in answered.stdout
    assert not list((tmp_path / "here").iterdir()) and not list((tmp_path / "there").iterdir())


def test_ask_on_an_empty_store_points_to_ingest(runner):
    result = runner.invoke(main, ["ask", "/who aso"])
    assert result.exit_code == 1
    assert "The store is empty: run `newsbot ingest`" in result.stderr
    assert runner.invoke(main, ["ask", "help"]).exit_code == 0  # help needs no articles


def test_ask_and_ingest_report_an_unreachable_store_alike(runner, tmp_path, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'no such folder' / 'store.db'}")
    asked = runner.invoke(main, ["ask", "/who aso"])
    ingested = runner.invoke(main, ["ingest", str(SEED_FILE)])
    assert asked.exit_code == 2 and ingested.exit_code == 2
    [line] = asked.stderr.splitlines()
    assert line.startswith("error: the article store is unavailable: OperationalError")
    assert ingested.stderr.splitlines() == [line]


def test_serve_with_slack_failing_does_not_blame_the_token(tmp_path, slack):
    slack.scripted["auth.test"] = [(503, {}, {"ok": False, "error": "service_unavailable"})]
    result = newsbot("serve", cwd=tmp_path, env=serve_env(tmp_path, slack.api_url))
    assert result.returncode == 1
    [line] = result.stderr.splitlines()
    assert line.startswith(f"Error: cannot reach Slack at SLACK_API_URL={slack.api_url}: HTTP 503")


def test_help_and_the_digest_with_the_store_down(runner, tmp_path, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'no such folder' / 'store.db'}")
    assert "What I can do" in runner.invoke(main, ["ask", "help"]).stdout
    digest = runner.invoke(main, ["digest", "--dry-run", "--date", "2025-10-23"])
    assert digest.exit_code == 2
    assert digest.stderr.startswith("error: the article store is unavailable")
