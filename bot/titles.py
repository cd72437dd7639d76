"""A person's titles as a profile shows them: each title once however the articles wrote it
("Sen.", "Senator", "senator"), with the first and last date it was stated. The titles held
now come first: those stated lately (within RECENT of the newest), most often stated first,
then the older ones; last, those mostly stated as held before ("former Secretary of
State")."""

from dataclasses import dataclass
from datetime import date, timedelta

from bot.analysis.role_forms import role_form
from db.queries import StatedRole

RECENT = timedelta(days=90)


@dataclass
class Title:
    title: str
    first: date
    last: date
    times: int
    past: bool

    @property
    def label(self) -> str:
        return f"former {self.title}" if self.past else self.title


def grouped_titles(stated: list[StatedRole]) -> list[Title]:
    groups: dict[frozenset[str], list] = {}
    for row in stated:
        form = role_form(row.text)
        if form.key:
            groups.setdefault(form.key, []).append((form, row))
    titles = [title_of(rows) for rows in groups.values()]
    if not titles:
        return []
    lately = max(t.last for t in titles) - RECENT
    return sorted(titles, key=lambda t: (t.past, t.last < lately, -t.times, -t.last.toordinal()))


def title_of(rows: list) -> Title:
    """One title from the ways it was stated: written as most often, past when stated as
    held before more often than not."""
    written: dict[str, int] = {}
    for form, row in rows:
        written[form.title] = written.get(form.title, 0) + row.times
    return Title(
        title=max(written, key=lambda text: (written[text], text[:1].isupper())),
        first=min(row.first for _, row in rows),
        last=max(row.last for _, row in rows),
        times=sum(row.times for _, row in rows),
        past=2 * sum(row.times for form, row in rows if form.past) > sum(r.times for _, r in rows),
    )
