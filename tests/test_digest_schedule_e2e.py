"""The scheduled digest for real: `newsbot serve` with DIGEST_TIME a minute ahead posts once,
and a channel subscribed at the same moment in another zone's local time gets its own."""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.ingest import ingest_paths
from db import follow_queries
from db.engine import session_scope
from tests.slack_helpers import free_port, start_serve, stop, wait_until_healthy
from tests.slack_standin import SlackStandIn


def test_serve_posts_the_digest_at_digest_time_once(tmp_path):
    now = datetime.now(UTC)
    # The next minute, unless it is only seconds away (serve must be up before it comes).
    at = now + timedelta(minutes=1 if now.second < 40 else 2)
    article = tmp_path / "today.txt"
    article.write_text(
        f"date {at.date().isoformat()} Harbour authority approves new ferry terminal\n"
        "The Harbour Authority approved a new ferry terminal on Monday, its chairman said.\n"
    )
    database_url = f"sqlite:///{tmp_path / 'store.db'}"
    ingest_paths([article], database_url)
    seoul = at.astimezone(ZoneInfo("Asia/Seoul"))  # 17:31 in Seoul when 08:31 in London
    with session_scope(database_url) as session:
        follow_queries.subscribe(
            session, "C-SEOUL", seoul.strftime("%H:%M"), "Asia/Seoul", "U1", datetime.now(UTC)
        )
    slack = SlackStandIn().start()
    port = free_port()
    process = start_serve(
        {
            "DATABASE_URL": database_url,
            "SLACK_BOT_TOKEN": "xoxb-test",
            "SLACK_SIGNING_SECRET": "secret",
            "SLACK_APP_TOKEN": "",
            "SLACK_API_URL": slack.api_url,
            "PORT": str(port),
            "DIGEST_CHANNEL": "C-MORNING",
            "DIGEST_TIME": at.strftime("%H:%M"),
            "DIGEST_TZ": "UTC",
        },
        tmp_path,
    )
    try:
        wait_until_healthy(port, process)
        assert slack.sent("chat.postMessage") == []  # not before its time
        posts = slack.wait_for(lambda calls: len(calls) >= 2, timeout=150)
        assert datetime.now(UTC) >= at.replace(second=0, microsecond=0)
        assert sorted(post.payload["channel"] for post in posts) == ["C-MORNING", "C-SEOUL"]
        for post in posts:
            assert "Harbour authority approves new ferry terminal" in post.payload["text"]
    finally:
        output = stop(process)
        slack.stop()
    assert len(slack.sent("chat.postMessage")) == 2, output
