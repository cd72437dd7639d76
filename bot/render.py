"""Rendering an Answer: plain text for the terminal, Block Kit (with a text fallback) for Slack."""

from typing import Any

from bot.answer import Answer, Cited, Section, cite, outlet

MAX_BLOCKS = 50
MAX_SECTION_CHARS = 3000
MAX_HEADER_CHARS = 150
MAX_FALLBACK_CHARS = 3000


def to_text(answer: Answer) -> str:
    lines = [answer.title, "=" * min(len(answer.title), 72)]
    for section in answer.sections:
        lines.append("")
        if section.heading:
            lines.append(section.heading)
        if section.body:
            lines.append(section.body)
        if section.passage:
            lines.append(f"  “{section.passage}”")
        if section.excerpt:
            lines.append(f"  > {section.excerpt}")
        if section.context:
            lines.append(f"  ({section.context})")
        if section.cited:
            lines.append(f"  ({cited_text(section.cited)})")
    if answer.note:
        lines += ["", answer.note]
    return "\n".join(lines)


def cited_text(cited: Cited) -> str:
    parts = [cited.date.isoformat(), cited.label]
    if cited.url:
        parts.append(cited.url)
    if cited.also_in:
        parts.append("also in: " + ", ".join(cited.also_in))
    return " · ".join(parts)


def cited_mrkdwn(cited: Cited) -> str:
    """The citation with the article's page linked: a link the bot builds, its label
    escaped, its address escaped and without the characters that would end the link."""
    label = escape(cited.label).replace("|", "¦")
    if cited.url:
        address = escape(cited.url.replace("|", "%7C").replace(" ", "%20"))
        label = f"<{address}|{label}>"
    parts = [escape(cited.date.isoformat()), label]
    if cited.also_in:
        parts.append("also in: " + escape(", ".join(cited.also_in)))
    return " · ".join(parts)


def escape(text: str) -> str:
    """Slack's control characters: article text must never become a mention or a link."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def escaped_within(text: str, limit: int) -> str:
    """`text` escaped and cut so that the escaped form, entities whole, fits in `limit`."""
    escaped = escape(text)
    if len(escaped) <= limit:
        return escaped
    kept, size = [], 1  # room for the "…"
    for char in text:
        size += len(escape(char))
        if size > limit:
            break
        kept.append(char)
    return escape("".join(kept).rstrip()) + "…"


def section_mrkdwn(section: Section) -> str:
    parts = []
    if section.heading:
        parts.append(f"*{escape(section.heading)}*")
    if section.body:
        parts.append(escape(section.body))
    if section.passage:
        parts.append("> " + escape(f"“{section.passage}”").replace("\n", "\n> "))
    if section.excerpt:
        parts.append("> " + escape(section.excerpt).replace("\n", "\n> "))
    # Cutting escaped text could split an entity like "&amp;"; cut at a space instead.
    text = "\n".join(parts)
    if len(text) > MAX_SECTION_CHARS:
        text = text[: MAX_SECTION_CHARS - 30].rsplit(" ", 1)[0] + " … _(cut: answer too long)_"
    return text


def to_blocks(answer: Answer, reserved: int = 0) -> list[dict[str, Any]]:
    """Block Kit for an answer, leaving `reserved` blocks free for the caller."""
    blocks: list[dict[str, Any]] = [
        {
            "type": "header",
            # Escaped like every other field: Slack decodes the entities in plain text.
            "text": {
                "type": "plain_text",
                "text": escaped_within(answer.title, MAX_HEADER_CHARS),
            },
        }
    ]
    last = MAX_BLOCKS - 1 - reserved  # one stays free for the closing note or "more" pointer
    for index, section in enumerate(answer.sections):
        if len(blocks) + 1 + bool(section.context) + bool(section.cited) > last:
            left = len(answer.sections) - index
            blocks.append(context_block(f"{left} more not shown: ask a narrower question."))
            return blocks
        blocks.append({"type": "section", "text": mrkdwn_text(section_mrkdwn(section))})
        if section.context:
            blocks.append(context_block(escape(section.context)))
        if section.cited:
            blocks.append(context_block(cited_mrkdwn(section.cited)))
    if answer.note:
        blocks.append(context_block(escaped_within(answer.note, MAX_SECTION_CHARS)))
    return blocks


def context_block(mrkdwn: str) -> dict[str, Any]:
    return {"type": "context", "elements": [mrkdwn_text(mrkdwn)]}


def mrkdwn_text(text: str) -> dict[str, Any]:
    """A mrkdwn text object that Slack shows as written: `verbatim` stops it from turning bare
    URLs, channel names and names in article text into links and mentions by itself (the
    links and mentions the bot writes with <...> still work)."""
    return {"type": "mrkdwn", "text": text, "verbatim": True}


SHARE_ACTION = "share_answer"
MAX_BUTTON_VALUE = 2000


def to_message(answer: Answer, share: str = "", shared_by: str = "") -> dict[str, Any]:
    """A Slack message payload: Block Kit plus the plain-text fallback.

    `share`: the question, for a button that posts the answer to the channel.
    `shared_by`: the user id of whoever shared it.
    """
    shareable = bool(share) and len(share) <= MAX_BUTTON_VALUE
    blocks = to_blocks(answer, reserved=bool(shared_by) + shareable)
    if shared_by:
        blocks.insert(1, context_block(f"Shared by <@{escape(shared_by)}>"))
    if shareable:
        button = {
            "type": "button",
            "action_id": SHARE_ACTION,
            "text": {"type": "plain_text", "text": "Share in channel"},
            "value": share,
        }
        blocks.append({"type": "actions", "elements": [button]})
    # Slack parses the fallback text for mentions and links too: escaped like the blocks.
    return {"text": escaped_within(to_text(answer), MAX_FALLBACK_CHARS), "blocks": blocks}


def unfurl_blocks(article, actors: list[str]) -> list[dict[str, Any]]:
    """The preview of a shared news link: its title and summary, where and when it was
    published (linked), and the people and organisations it names."""
    text = f"*{escape(article.title)}*\n{escape(article.summary)}"
    if len(text) > MAX_SECTION_CHARS:
        text = text[: MAX_SECTION_CHARS - 1].rsplit(" ", 1)[0] + "…"
    blocks = [
        {"type": "section", "text": mrkdwn_text(text)},
        context_block(cited_mrkdwn(cite(article, outlet(article.source)))),
    ]
    if actors:
        blocks.append(context_block("In this article: " + escape("; ".join(actors))))
    return blocks
