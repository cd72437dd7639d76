"""The App Home tab: the latest articles, the most-mentioned people and organisations of the
week, and how to follow them; published (views.publish) each time a user opens it."""

from datetime import timedelta
from typing import Any

from sqlmodel import Session

from bot.answer import cite, outlet
from bot.render import cited_mrkdwn, context_block, escape, mrkdwn_text
from db import follow_queries, queries

LATEST_SHOWN = 8
ACTORS_SHOWN = 10
WEEK = timedelta(days=7)


def home_view(session: Session) -> dict[str, Any]:
    """The Home tab's view: a week of news up to the newest article (an archive's last week,
    when nothing newer is stored)."""
    blocks: list[dict[str, Any]] = [header("newsbot")]
    latest = follow_queries.latest_articles(session, LATEST_SHOWN)
    if not latest:
        blocks.append(section("No articles yet. Add one with `/newsbot add URL`."))
    else:
        blocks.append(header("Latest articles"))
        for article in latest:
            blocks.append(section(f"*{escape(article.title)}*"))
            blocks.append(context_block(cited_mrkdwn(cite(article, outlet(article.source)))))
        newest = latest[0].date
        week = follow_queries.article_ids_between(session, newest - WEEK, newest)
        actors = queries.day_actors(session, week)[:ACTORS_SHOWN]
        if actors:
            blocks.append(header("In the news this week"))
            lines = [
                f"• {escape(actor.name)} ({count} mention{'s' if count != 1 else ''})"
                for actor, count in actors
            ]
            blocks.append(section("\n".join(lines)))
    blocks.append(header("Follow the news here"))
    blocks.append(
        section(
            "In a channel, `/newsbot follow NAME` or `/newsbot follow TOPIC`: the channel hears "
            "of each new article naming or quoting them. `/digest subscribe 07:30 Asia/Seoul` "
            "brings the daily digest. `/newsbot help` lists everything."
        )
    )
    return {"type": "home", "blocks": blocks}


def header(text: str) -> dict[str, Any]:
    return {"type": "header", "text": {"type": "plain_text", "text": escape(text)[:150]}}


def section(mrkdwn: str) -> dict[str, Any]:
    return {"type": "section", "text": mrkdwn_text(mrkdwn[:3000])}


def unavailable_home_view() -> dict[str, Any]:
    note = "The article store is unavailable right now. Open this tab again shortly."
    return {"type": "home", "blocks": [header("newsbot"), section(note)]}
