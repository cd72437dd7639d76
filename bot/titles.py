"""A person's titles as a profile shows them: each title once however the articles wrote it
("Sen.", "Senator", "senator"; "Secretary" and "Secretary of State"), with the first and
last date it was stated. The titles held now come first: those stated lately (within
RECENT of the newest), most often stated first, then the older ones; last, those mostly
stated as held before ("former Secretary of State").

Ways of writing one title: the same normal form (bot.analysis.role_forms), or one form
inside another without a word of rank between them ("Senator" in "Vermont Senator", but
"President" is not "Vice President")."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from bot.analysis.lexicon import LEAVING_MARKERS, PAST_MARKERS, RANK_WORDS
from bot.analysis.role_forms import RoleForm, clean_role, role_form
from db.queries import StatedRole

RECENT = timedelta(days=90)
# A fuller way of writing a title is shown when stated at least this share as often as the
# commonest ("Secretary of State" over "Secretary"; not a one-off "presumptive ...").
FULLER_SHOWN = 0.25

Key = frozenset[str]


@dataclass
class Title:
    title: str
    first: date
    last: date
    times: int
    past: bool
    # its latest statements say it is being left, its holder still in post ("outgoing")
    leaving: bool = False
    # its latest statements say it is held for the time being ("acting", "interim")
    acting: str = ""

    @property
    def label(self) -> str:
        """The title as shown, "former" where it was held before, "outgoing" where it is being
        left: "Malawi's former Minister of Finance", not "former Malawi's ..."; "acting"
        where it is held so."""
        words = self.title.split()
        if not self.past:
            if not self.acting:
                return self.title
            at = 1 if words[0].endswith(("'s", "’s")) else 0
            return " ".join([*words[:at], self.acting, *words[at:]])
        marker = "outgoing" if self.leaving else "former"
        marked = [w.casefold() in PAST_MARKERS for w in words]
        if any(marked):
            at = marked.index(True)
            return " ".join([*words[:at], marker, *words[at + 1 :]])
        at = 1 if words[0].endswith(("'s", "’s")) else 0  # after a possessive opening
        return " ".join([*words[:at], marker, *words[at:]])


def grouped_titles(stated: list[StatedRole]) -> list[Title]:
    """Each title once, ordered as the profile shows them. Role texts stored by an older
    analysis are cleaned as a new one would, so a store need not be rebuilt."""
    by_key: dict[Key, list[tuple[RoleForm, StatedRole]]] = {}
    heads: dict[Key, str] = {}
    for row in stated:
        text = clean_role(row.text)
        form = role_form(text) if text else None
        if form and form.key:
            by_key.setdefault(form.key, []).append((form, row))
            heads[form.key] = form.head
    titles = [title_of(group, by_key) for group in same_titles(heads)]
    if not titles:
        return []
    lately = max(t.last for t in titles) - RECENT
    return sorted(titles, key=lambda t: (t.past, t.last < lately, -t.times, -t.last.toordinal()))


def one_inside_the_other(a: Key, b: Key) -> bool:
    smaller, larger = (a, b) if len(a) < len(b) else (b, a)
    return smaller < larger and not (larger - smaller) & RANK_WORDS


def same_titles(heads: dict[Key, str]) -> list[list[Key]]:
    """The keys grouped: each group the ways of writing one title (one head word)."""
    keys = list(heads)
    group_of = {key: index for index, key in enumerate(keys)}
    for a in keys:
        for b in keys:
            same_head = heads[a] == heads[b]
            if same_head and group_of[a] != group_of[b] and one_inside_the_other(a, b):
                old, new = group_of[b], group_of[a]
                group_of = {k: new if g == old else g for k, g in group_of.items()}
    groups: dict[int, list[Key]] = {}
    for key, group in group_of.items():
        groups.setdefault(group, []).append(key)
    return list(groups.values())


def title_of(keys: list[Key], by_key: dict[Key, list]) -> Title:
    """One title from the ways it was stated: written as the commonest way, or as a fuller
    one stated often enough; past when its latest statements say it was held before, or
    most of them do ("Secretary of State Hillary Clinton" in a story of her years in
    office does not make the title current again)."""
    rows = [item for key in keys for item in by_key[key]]
    times = {key: sum(row.times for _, row in by_key[key]) for key in keys}
    commonest = max(keys, key=lambda key: (times[key], sorted(key)))
    fuller = [k for k in keys if k > commonest and times[k] >= FULLER_SHOWN * times[commonest]]
    shown = max(fuller, key=lambda key: (times[key], sorted(key))) if fuller else commonest
    written: dict[str, int] = {}
    for form, row in by_key[shown]:
        written[form.title] = written.get(form.title, 0) + row.times
    total = sum(times.values())
    last = max(row.last for _, row in rows)
    latest = [(form, row) for form, row in rows if row.last == last]
    latest_past = all(form.past for form, _ in latest)
    return Title(
        title=max(written, key=lambda text: (written[text], text[:1].isupper(), text)),
        first=min(row.first for _, row in rows),
        last=last,
        times=total,
        past=latest_past or 2 * sum(row.times for form, row in rows if form.past) > total,
        leaving=all(LEAVING_MARKERS & set(row.text.casefold().split()) for _, row in latest),
        acting=held_for_now(row.text for _, row in latest),
    )


ACTING_MARKERS = ("acting", "interim")


def held_for_now(texts: Iterable[str]) -> str:
    """ "acting" (or "interim") when every one of the latest statements says the title is
    held so; else ""."""
    words = [set(text.casefold().split()) for text in texts]
    return next((m for m in ACTING_MARKERS if words and all(m in w for w in words)), "")


ESTABLISHED = 3  # titles stated more than once that make one-off titles unneeded


def titles_to_show(titles: list[Title], limit: int) -> list[Title]:
    """The titles a profile shows: a title stated in one article only ("federal judge",
    "oldest candidate") is as often a misreading as a title, so it shows only when the
    person has few titles stated more often."""
    repeated = [t for t in titles if t.times > 1]
    return (repeated if len(repeated) >= ESTABLISHED else titles)[:limit]
