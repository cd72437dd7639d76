"""A person's titles as a profile shows them: each title once however the articles wrote it
("Sen.", "Senator", "senator"), with the first and last date it was stated; the titles held
now first, then those stated only as held before ("former Secretary of State")."""

from dataclasses import dataclass
from datetime import date

from bot.analysis.role_forms import role_form
from db.queries import StatedRole


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
    return sorted(titles, key=lambda t: (t.past, -t.last.toordinal(), -t.times))


def title_of(rows: list) -> Title:
    """One title from the ways it was stated: written as most often, past when its latest
    statements all say so."""
    last = max(row.last for _, row in rows)
    written: dict[str, int] = {}
    for form, row in rows:
        written[form.title] = written.get(form.title, 0) + row.times
    return Title(
        title=max(written, key=lambda text: (written[text], text[:1].isupper())),
        first=min(row.first for _, row in rows),
        last=last,
        times=sum(row.times for _, row in rows),
        past=all(form.past for form, row in rows if row.last == last),
    )
