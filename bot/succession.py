"""Answers to "who was the X before Y?": the person the articles say Y followed ("Farah
succeeded Lucas Mbugua Karanja", "took over in July 2025 from Felipe Dizon", "Kamau replaces
Alfred Mutiso Nzioka", "Prado's predecessor, former central bank president Eduardo Siqueira
Lins", "Nagano was succeeded by Shimizu")."""

import re
from collections.abc import Iterator
from dataclasses import dataclass

from sqlmodel import Session

from bot.analysis.credits import without_dateline
from bot.analysis.document import ends_with
from bot.analysis.lexicon import BODY_FIELDS, LEAVING_MARKERS, ORG_HEADS, TITLE_WORDS
from bot.analysis.sentences import split_paragraphs
from bot.analysis.shapes import HONORIFICS, clear_sex_of
from bot.analysis.tenure import (
    APPOINTED_BEFORE,
    AS_OFFICE,
    HELD_SINCE_ONE_LEFT,
    HELD_SINCE_THE_DEPARTURE,
    IN_PLACE_OF,
    LEFT_AFTER,
    NOW_HELD_BY,
    POST_LEFT_BY,
    STEPPED_IN_AFTER,
    STEPPED_IN_AFTER_ONE,
    TO_SUCCEED,
    WHEN,
)
from bot.answer import Answer, Section, cite
from bot.library import Library
from bot.role_answers import RoleFinding, marked_by, names_at, role_answer
from bot.search import fold_accents, query_words
from db import queries
from db.queries import ArticleRef, NamedIn

# "CEO of Baltyk Energia before Zielińska" (the question's "who was the" already read)
BEFORE = re.compile(r"^(?P<role>.+?)\s+before\s+(?P<person>[^?]+?)\s*\??$", re.I)
# "replaced Mr Bounleuth Inthavong": the honorific before the predecessor's name (a regex
# piece; "Hon. Dr", "Atty." and the analysis' other honorifics, written with a capital)
HONORIFIC = (
    r"(?:(?:"
    + "|".join(
        sorted(
            {
                re.escape(form)
                for h in HONORIFICS | {"prof", "sheikh"}
                for form in (h.capitalize(), h.upper())
            }
            | {"HE"},  # "His Excellency" without its periods: "succeeding HE Saif ..."
            key=len,
            reverse=True,
        )
    )
    + r")\.?\s+){0,3}"
)
# A change announced, not yet made: "will replace", "is set to succeed"
ANNOUNCED_VERBS = r"(?:will|is\s+(?:set\s+)?to)\s+(?:succeed|replace)"
# Between the successor's name and the predecessor's, ending right before the latter:
# "succeeded", "succeeding", "replaces" (not "was replaced by", not "succeeded in
# persuading"), or "took over ... from" and a few words ("from his father,").
FOLLOWED = re.compile(
    r"(?:\b(?:succeed(?:ed|s|ing)|replac(?:ed|es|ing))(?!\s+(?:by|in)\b)"
    # announced: "Ms Njoroge ... will replace Peter Omondi", "is to succeed"
    r"|\b" + ANNOUNCED_VERBS + r"(?!\s+(?:by|in)\b)"
    # ("took over from former BPI director X": the office's words between)
    r"|\b(?:took|takes|taking|take)\s+(?:over|the\s+helm|the\s+reins)\b[^.;,]*?\bfrom"
    r"(?:\s+[\w'’]+,?){0,3}"
    # "who was appointed in place of", "stepped into the role vacated by"
    r"|\b" + IN_PLACE_OF + r"|\b" + POST_LEFT_BY + r")\W*" + HONORIFIC + r"$",
    re.I,
)
# Paragraphs that may say whom someone followed, found before they are read closely
CUE = re.compile(
    r"succeed|replac|\bover\b|predecessor|held by|\bfollowing\b|in place of|\bhelm\b"
    r"|\breins\b|vacated|left by|inherit|\binto\s+the\b|\b(?:takes|took)\s+the\b"
    r"|\b(?:led|headed|chaired|ran)\b[^.]*\bbefore\b|\bstep(?:ped|s)\s+in\b|\bsince\b",
    re.I,
)
PREDECESSOR = re.compile(r"^['’]s?\s+predecessor\b", re.I)
# A clause before the sentence's subject, ending with the one followed: "Since taking over as
# governor in October from Dr X, Dr Y told ...", "After replacing X, Y said"
FOLLOWED_IN_A_CLAUSE_BEFORE = re.compile(
    r"\b(?:since|after|upon|on)\s+(?:taking\s+(?:over|the\s+helm|the\s+reins|charge|office)"
    r"\b[^.;,]{0,80}?\bfrom|replacing|succeeding)\W*" + HONORIFIC + r"$",
    re.I,
)
SUBJECT_SET_OFF = re.compile(r",\s+(?:[A-Z][\w'’-]*\.?\s+){0,3}")  # ", Dr ", ", Governor "
STEPPED_IN = re.compile(r"\b" + STEPPED_IN_AFTER + r"\W*$", re.I)
# "G.Temuulen took over after the former CEO, O.Batsaikhan, was dismissed": the one who left
TOOK_OVER_AFTER = re.compile(
    r"\b(?:took|takes|taking)\s+over\s+(?:after|when|following)\s+(?:the\s+)?[^,;.]{0,40}?,?\s*$",
    re.I,
)
SET_OFF_COMMA = re.compile(r"^,(?=\s)")
# "X has led the regulator in an acting capacity since Y, the former Director General, was
# appointed ...": the one who led it before, gone to another post or gone (named after the
# office too: "since the former director general, Y, resigned")
# (a regex piece: "since Eng. ", "since the former director general, Dr ")
SINCE_THE_FORMER = r"\s+since\s+(?:the\s+(?:former\s+)?[\w\s-]{1,40}?,\s+)?\W*" + HONORIFIC
HAS_LED_SINCE = re.compile(
    r"\b(?:has|had)\s+(?:led|headed|run|chaired|held)\s+[^.;]{0,80}?" + SINCE_THE_FORMER + "$",
    re.I,
)
# "Ms X has led the association on an interim basis since the resignation of its former
# chairman, Y": the one whose leaving the noun tells
HAS_LED_SINCE_THE_DEPARTURE = re.compile(
    r"\b(?:has|had)\s+(?:led|headed|run|chaired)\s+[^.;]{0,80}?\s+since\s+the\s+"
    r"(?:departure|retirement|resignation|death|exit|removal|dismissal)\s+of\s+"
    r"(?:(?:the|its|his|her)\s+(?:former\s+)?[\w\s-]{1,40}?,\s+)?\W*" + HONORIFIC + "$",
    re.I,
)
MOVED_ON_AFTER = re.compile(
    r"^(?:,[^,;.]{1,80},)?\s+(?:was\s+(?:appointed|named|moved|promoted|elected|dismissed"
    r"|sacked|removed)|resigned|retired|stepped\s+down|left|died)\b"
)
# "Qureshi ... took office in March after his predecessor, Saleem Durrani, resigned": the
# predecessor of the one named before
# ("Nazarov, whose predecessor Davlat Saidov resigned")
HIS_PREDECESSOR = re.compile(r"\b(?:his|her|whose)\s+predecessor,?\s+" + HONORIFIC + "$", re.I)
# Between the predecessor's name and the successor's: "Nagano, ..., was succeeded by", "Perera's
# former post, Director General of Fiscal Policy, is now held by"
FOLLOWED_BY = re.compile(
    r"\b(?:(?:succeeded|replaced)" + AS_OFFICE + WHEN + r"\s+by|now\s+held\s+by"
    # ", who had led the corporation since 2019, handed over to"
    r"|hand(?:ed|s)\s+over\s+to"
    # ", who led the board for eight years before Ms Ngowi"
    r"|who\s+(?:led|headed|chaired|ran)\s+(?:the|its)\s+[\w\s-]{1,60}?\s+before)"
    r"\s+(?:[\w'’.-]+\s+){0,3}$",
    re.I,
)
PEOPLE_TRIED = 3  # namesakes of the person asked about ("before Wieczorek")
ARTICLES_READ = 50  # the person's newest articles read for how they came to the post


@dataclass(frozen=True)
class Succession:
    predecessor: str
    sentence: str
    source: ArticleRef
    role_words: int  # words of the title asked that the sentence's paragraph holds


# "did Al-Harbi replace", "did Mapfumo take over from as governor", "Huong's predecessor"
# (the question's "who" already read; not "does X follow", which asks another thing)
PREDECESSOR_OF = re.compile(
    r"^(?:did|will)\s+(?P<person>[^?]+?)\s+(?:replace|succeed|take\s+over\s+from)"
    r"(?:\s+as\s+(?P<role>[^?]+?))?\s*\??$"
    # ("Al-Harbi's predecessor at GOSI": where, as a role's words)
    r"|^(?:the\s+)?(?P<owner>[^?]+?)['’]s?\s+predecessor(?:\s+(?:at|as)\s+(?P<at>[^?]+?))?\s*\??$",
    re.I,
)


def predecessor_answer(query: str, session: Session, library: Library) -> Answer | None:
    """The answer to "ROLE before PERSON" or "did PERSON replace", or None when the query
    does not ask that or no article says whom the person followed."""
    query = " ".join(query.split())
    asked = BEFORE.match(query)
    if asked is not None:
        role, person = asked.group("role"), asked.group("person")
    elif (whom := PREDECESSOR_OF.match(query)) is not None:
        role = whom.group("role") or whom.group("at") or ""
        person = whom.group("person") or whom.group("owner")
    else:
        return None
    found = library.names.match(person, limit=PEOPLE_TRIED)
    people = queries.people_of(session, [match.actor_id for match in found])
    successors = {p.id: p.name for p in people.values() if p.kind == "PER"}
    if not successors:
        return None  # "before 2020", "before the summit": no one to have followed
    wanted = set(query_words(role))
    best: Succession | None = None
    successor = ""
    for person_id, name in successors.items():
        for succession in successions(person_id, wanted, session):
            if best is None or (succession.role_words, succession.source.date) > (
                best.role_words,
                best.source.date,
            ):
                best, successor = succession, name
    if best is None:
        if not role and len(successors) == 1:
            name = next(iter(successors.values()))
            return Answer(
                f"No article says whom {name} followed", note=f"`/who {name}` shows the profile."
            )
        if not role:
            return None
        return holders_instead(role, person, session, library)
    asked_for = f"{role[:1].upper()}{role[1:]} before" if role else "Predecessor of"
    return Answer(
        f"{asked_for} {successor}: {best.predecessor}",
        [
            Section(
                body=f"{successor} {verb_of(best.sentence)} {best.predecessor}",
                excerpt=best.sentence,
                cited=cite(best.source),
            )
        ],
        note=f"`/who {best.predecessor}` shows the profile.",
    )


# "succeeded Morimoto", "replaced Bekov", "took over from Prieto", "will succeed Tlhabano"
# (the question's "who" already read), "Morimoto's successor"
SUCCESSOR = re.compile(
    r"^(?:(?:succeeded|replaced|followed|took\s+over\s+from|succeeds|replaces"
    r"|(?:will|is\s+to)\s+(?:succeed|replace|take\s+over\s+from))\s+(?P<person>[^?]+?)"
    r"(?:\s+as\s+[^?]+)?"  # "replaced Morimoto as chairman"
    r"|(?:the\s+)?(?P<owner>[^?]+?)['’]s?\s+(?:successor|replacement))\s*\??$",
    re.I,
)


# ("will take over from" too)
ANNOUNCED_CHANGE = re.compile(
    r"\b(?:will|is\s+(?:set\s+)?to)\s+(?:succeed|replace|take\s+over|be\s+(?:replaced|succeeded))\b",
    re.I,
)


def successor_answer(query: str, session: Session, library: Library) -> Answer | None:
    """The answer to "who succeeded X?" / "X's successor", or None when the query does not
    ask that or no article says who followed X."""
    asked = SUCCESSOR.match(" ".join(query.split()))
    if asked is None:
        return None
    person = asked.group("person") or asked.group("owner")
    found = library.names.match(person, limit=PEOPLE_TRIED)
    people = queries.people_of(session, [match.actor_id for match in found])
    predecessors = [p for p in people.values() if p.kind == "PER"]
    for predecessor in predecessors:
        followed = followers(predecessor.id, predecessor.name, session)
        if followed:
            successor, sentence, source = max(followed, key=lambda f: f[2].date)
            # ("will replace": a change announced, not yet made)
            verb = verb_of(sentence)
            return Answer(
                f"Successor of {predecessor.name}: {successor}",
                [
                    Section(
                        body=f"{successor} {verb} {predecessor.name}",
                        excerpt=sentence,
                        cited=cite(source),
                    )
                ],
                note=f"`/who {successor}` shows the profile.",
            )
    if len(predecessors) == 1:  # (of namesakes, none said: left to the answers after)
        name = predecessors[0].name
        return Answer(
            f"No article says who followed {name}", note=f"`/who {name}` shows the profile."
        )
    return None


def verb_of(sentence: str) -> str:
    """ "is to follow" where the sentence announces the change ("will replace"), else
    "followed"."""
    return "is to follow" if ANNOUNCED_CHANGE.search(sentence) else "followed"


def successor_in_office(query: str, finding: RoleFinding, session: Session) -> Answer | None:
    """ "who is the Minister of Finance of Malawi?" when the articles state only Chirwa in it,
    as outgoing, and one says Lindiwe Phiri followed him: she, with the sentence saying so and
    him as history; None when no article says who followed the last holder."""
    left = finding.vacated_by
    if left is None or finding.answer is None:
        return None
    # (a sentence on another office says nothing of this one: "who succeeded Chirwa as chair
    # of the party's youth league")
    asked_words = set(query_words(query)) & (TITLE_WORDS | BODY_FIELDS | ORG_HEADS)
    followed = [
        f
        for f in followers(left.person_id, left.name, session)
        if asked_words & set(query_words(f[1]))
    ]
    if not followed:
        return None
    successor, sentence, source = max(followed, key=lambda f: f[2].date)
    asked = " ".join(query.split())
    verb = verb_of(sentence)
    # (a later article calling them its former holder says the change was made: "The former
    # chief executive, X," after "X will be replaced by Y on November 16")
    if verb != "followed" and left.former_on is not None and left.former_on > source.date:
        verb = "followed"
    if verb != "followed" and marked_by(left.title, LEAVING_MARKERS):
        # "X will replace her as chairperson in January": the outgoing one is in post till then
        return Answer(
            f"{asked[:1].upper()}{asked[1:]}: {left.name}, until {successor} takes over",
            [
                Section(left.name, left.title, cited=cite(left.source)),
                Section(
                    "Next", f"{successor} {verb} {left.name}", excerpt=sentence, cited=cite(source)
                ),
            ],
            note=f"`/who {left.name}` shows the profile.",
        )
    return Answer(
        f"{asked[:1].upper()}{asked[1:]}: {successor}",
        [
            Section(successor, f"{verb} {left.name}", excerpt=sentence, cited=cite(source)),
            *finding.answer.sections,
        ],
        note=f"`/who {successor}` shows the profile.",
    )


def followers(person_id: int, name: str, session: Session) -> list[tuple[str, str, ArticleRef]]:
    """(successor, sentence, article) for each sentence of the person's articles that says
    someone followed them."""
    found = []
    for told in change_sentences(person_id, session):
        others = {n.person_id: n.name for n in told.people if n.person_id != person_id}
        for other, other_name in others.items():
            before = (
                followed_in(told.folded, other, told.people)
                or followed_after_pronoun(told.folded, told.earlier, other, told.people)
                or predecessor_named_next(told, other)
                or followed_by_pronoun(told, other)
            )
            if before == name:
                found.append((other_name, told.text, told.source))
    return found


def holders_instead(role: str, person: str, session: Session, library: Library) -> Answer | None:
    """No article says whom the person followed: the title's holders as the articles state
    them, the earlier ones as history."""
    finding = role_answer(role, session, library)
    held = finding.answer
    if held is None:
        return None
    # ("before Hussein": the one the articles state in the title before he was)
    asked = person.casefold().split()
    before = (
        finding.stated_before
        if asked and finding.holder.casefold().split()[-1:] == asked[-1:]
        else ""
    )
    stated = f"; stated in it before: {before}" if before else ""
    return Answer(
        f"No article says whom {person} followed as {role}{stated}",
        held.sections,
        note=f"The holders of “{role}” as the articles state them.",
    )


def successions(person_id: int, role_words: set[str], session: Session) -> list[Succession]:
    """Every sentence of the person's articles saying whom they followed (in the title whose
    words are `role_words`, when any)."""
    found: list[Succession] = []
    for told in change_sentences(person_id, session, role_words or None):
        predecessor = (
            followed_in(told.folded, person_id, told.people)
            or followed_after_pronoun(told.folded, told.earlier, person_id, told.people)
            or predecessor_named_next(told, person_id)
            or followed_by_pronoun(told, person_id)
        )
        if predecessor:
            found.append(Succession(predecessor, told.text, told.source, told.role_words))
    return found


@dataclass(frozen=True)
class ChangeSentence:
    text: str  # without its dateline
    folded: str  # accents folded, as names are found in it
    earlier: tuple[str, ...]  # the paragraph's sentences before, folded
    paragraph_before: str  # the paragraph before, as written
    people: list[NamedIn]  # the article's people
    source: ArticleRef
    role_words: int  # words of the title asked that its paragraph holds


def change_sentences(
    person_id: int, session: Session, role_words: set[str] | None = None
) -> Iterator[ChangeSentence]:
    """The sentences of the person's articles that may tell of someone following someone
    (of the articles saying something of the title asked, when `role_words` are given)."""
    sources = queries.actor_sources(session, person_id, ARTICLES_READ)
    articles = queries.articles_by_ids(session, [ref.id for ref in sources])
    names = queries.names_in_articles(session, list(articles))
    for ref in sources:
        article = articles.get(ref.id)
        if article is None:
            continue
        held_in = [len((role_words or set()) & set(query_words(p))) for p in article.paragraphs]
        asked = role_words is None or any(held_in) or role_words & set(query_words(article.title))
        if not asked:
            continue  # an article that says nothing of the title asked
        people = [n for n in names.get(ref.id, []) if n.kind == "PER"]
        for index, (paragraph, held) in enumerate(zip(article.paragraphs, held_in, strict=True)):
            if not CUE.search(paragraph):
                continue  # says nothing of anyone following anyone
            paragraph_before = article.paragraphs[index - 1] if index else ""
            earlier: tuple[str, ...] = ()
            for sentence in split_paragraphs([paragraph]):
                folded = fold_accents(sentence.text)
                text = without_dateline(sentence.text)
                yield ChangeSentence(text, folded, earlier, paragraph_before, people, ref, held)
                earlier = (*earlier, folded)


# "She replaces Prasetyo, who had held the post since 2024": the subject named just before
# ("He had himself succeeded Orhan Ergin"; "She has held the post since 2020, when she
# succeeded Rupert Alleyne")
PRONOUN_FOLLOWED = re.compile(
    r"^(?:She|He)\s+(?:(?:had|has)\s+(?:himself\s+|herself\s+)?"
    r"|(?:has\s+)?(?:held|led|headed|run|chaired)\b[^.;]{0,80}?,\s+when\s+(?:she|he)\s+)?"
    r"(?:succeed(?:ed|s)|replac(?:ed|es)|took\s+over\s+from|takes\s+over\s+from"
    # "She steps into the post vacated by X", "He takes the post held until May by X"
    r"|(?:(?:steps|stepped|moves|moved)\s+into|takes|took|inherits|inherited)\s+(?:the|his|her)\s+"
    + POST_LEFT_BY
    + r")\s+"
)


# "He will be succeeded by Datuk Norhayati Ismail": the one who leaves, named just before
# "He became chairman in January, succeeding Tolkun Abdrakhmanova", "He took the helm of the
# company in February, following Davor Lončar"
PRONOUN_TOOK_OFFICE = re.compile(
    r"^(?:She|He)\s+(?:became|took\s+(?:over|the\s+helm|charge|office)|was\s+(?:named|appointed"
    r"|elected))\b[^.;]{0,100}?,"
    r"\s+(?:succeeding|replacing|following)\s+"
)

# "She has held the post since the former director general, X, retired": the one before her
PRONOUN_HELD_SINCE = re.compile(
    r"^(?:She|He)\s+(?:has|had)\s+(?:held|led|headed|run|chaired)\b[^.;]{0,80}?" + SINCE_THE_FORMER
)

# ("He stepped down in August and was replaced as chairman by Le Quang Huy")
PRONOUN_FOLLOWED_BY = re.compile(
    r"^(?:(?:She|He)\s+(?:[^,;.]{0,60}?\s+and\s+)?"
    r"(?:will\s+be|was|is\s+to\s+be|has\s+been|is\s+being|is)\s+"
    r"(?:succeeded|replaced)" + AS_OFFICE + WHEN + r"\s+by"
    # "Her former post of deputy governor is now held by Martin Shivute", "... goes to X"
    r"|(?:Her|His)\s+(?:former\s+)?(?:post|job|position|seat|office|role)\b[^.;]{0,80}?"
    r"\b" + NOW_HELD_BY + r")\s+"
)


# "It was her third rate decision since she replaced Ranjith Abeysekera in May": a clause
# inside the sentence
PRONOUN_CLAUSE_FOLLOWED = re.compile(
    r"\b(?:since|when|after|before)\s+(?:she|he)\s+(?:had\s+)?"
    r"(?:succeeded|replaced|took\s+over\s+from)\s+"
)


# "... said Brennan, who became governor in 2023. Her predecessor, Patrick Kelleher, ..."
PREDECESSOR_OPENS = re.compile(r"^(?:Her|His)\s+predecessor,?\s+" + HONORIFIC)  # "..., Eng. X"

TITLE_BEFORE_NAME = re.compile(r"(?:[A-Z][\w'’.-]*\s+){0,3}")  # "Datuk Seri", "Dr", none
# "She stepped in after Commissioner-General X retired": the one who left, named after
PRONOUN_STEPPED_IN = re.compile(STEPPED_IN_AFTER_ONE)


def followed_after_pronoun(
    sentence: str, earlier: tuple[str, ...], person_id: int, people: list[NamedIn]
) -> str | None:
    """Whom the person followed, by a sentence that names them by a pronoun right after a
    sentence of the paragraph that opens with them ("Rahmawati was sworn in ... She replaces
    Prasetyo"), or names their predecessor so after the sentence that last named him
    ("... said Ahmad Zaki would step down. He will be succeeded by Norhayati Ismail");
    `earlier`: the paragraph's sentences before it, folded."""
    previous = earlier[-1] if earlier else ""
    if followed_by := PRONOUN_FOLLOWED_BY.match(sentence):
        after = [span for span in named_spans(sentence, people) if span[0] >= followed_by.end()]
        titled = after and TITLE_BEFORE_NAME.fullmatch(sentence[followed_by.end() : after[0][0]])
        if not titled or after[0][2] != person_id:
            return None  # the person asked must be named right after ("by Datuk Norhayati")
        others = [span for span in named_spans(previous, people) if span[2] != person_id]
        return others[-1][3] if others else None
    said = (
        PRONOUN_FOLLOWED.match(sentence)
        or PRONOUN_TOOK_OFFICE.match(sentence)
        or PREDECESSOR_OPENS.match(sentence)
        or PRONOUN_CLAUSE_FOLLOWED.search(sentence)
        or PRONOUN_STEPPED_IN.match(sentence)
        or PRONOUN_HELD_SINCE.match(sentence)
    )
    if not said:
        return None  # most sentences: the names of the one before are not looked for
    if any(span[0] < said.start() for span in named_spans(sentence, people)):
        return None  # "she" of a clause may be someone the sentence names first
    # (the sentence before, or the last of the paragraph's to name anyone: '"...," she said.
    # Her predecessor, Y, ...')
    named_before = named_spans(previous, people) or last_sentence_named(earlier, people)
    if not named_before or named_before[0][2] != person_id:
        return None
    after = [span for span in named_spans(sentence, people) if span[0] >= said.end()]
    if not after or after[0][2] == person_id:
        return None
    if said.re is PRONOUN_STEPPED_IN:
        # ("She stepped in after Commissioner-General X retired": a title before the name)
        titled = TITLE_BEFORE_NAME.fullmatch(sentence[said.end() : after[0][0]])
        return after[0][3] if titled and LEFT_AFTER.match(sentence[after[0][1] :]) else None
    if said.re is PRONOUN_HELD_SINCE:
        # ("She has held the post since the former director general, X, retired")
        return after[0][3] if moved_on(sentence[after[0][1] :]) else None
    return after[0][3] if after[0][0] == said.end() else None


# "Her predecessor did not share that confidence." (no name in it)
PREDECESSOR_ALONE = re.compile(r"^(?:Her|His)\s+predecessor\s+(?![A-Z,(])")
NAME_OPENS_REACH = 40  # characters before the name that opens a sentence: its title


def predecessor_named_next(told: ChangeSentence, person_id: int) -> str | None:
    """ "Energy Minister Þórdís Ólafsdóttir said ..." then "Her predecessor did not share that
    confidence. Former energy minister Haraldur Björnsson, who held the post until ...": the
    one who opens the sentence after "her predecessor" alone, of the person named last
    before it (in this paragraph or the one before)."""
    previous = told.earlier[-1] if told.earlier else ""
    if not PREDECESSOR_ALONE.match(previous) or named_spans(previous, told.people):
        return None
    opening = named_spans(told.folded, told.people)
    if not opening or opening[0][0] > NAME_OPENS_REACH or opening[0][2] == person_id:
        return None
    # (the paragraph before split only here, where a sentence needs it)
    before = tuple(fold_accents(s.text) for s in split_paragraphs([told.paragraph_before]))
    named_before = last_sentence_named((*before, *told.earlier[:-1]), told.people)
    return opening[0][3] if named_before and named_before[-1][2] == person_id else None


# "Eric Niyonsaba, currently Director General of ..., will replace her as Permanent
# Secretary": the one followed, told by a pronoun after the successor's name
PRONOUN_OBJECT_FOLLOWED = re.compile(
    r"^(?:,[^;.“”]{0,120}?,)?\s+(?:" + ANNOUNCED_VERBS + r"|succeed(?:ed|s)|replac(?:ed|es)"
    r"|(?:will\s+)?takes?\s+over\s+from|took\s+over\s+from)\s+(?:him|(her))\b",
    re.I,
)


def followed_by_pronoun(told: ChangeSentence, person_id: int) -> str | None:
    """Whom the person followed, by "X ... will replace her", "X succeeded him": the last
    other person named before the sentence (in its paragraph, else the one before) whom the
    pronoun may be."""
    spans = named_spans(told.folded, told.people)
    for index, (_, end, who, _) in enumerate(spans):
        later = spans[index + 1][0] if index + 1 < len(spans) else len(told.folded)
        pronoun = PRONOUN_OBJECT_FOLLOWED.match(told.folded[end:later])
        if who == person_id and pronoun:
            before = tuple(fold_accents(s.text) for s in split_paragraphs([told.paragraph_before]))
            named = [
                span[3]
                for sentence in (*before, *told.earlier)
                for span in named_spans(sentence, told.people)
                if span[2] != person_id
            ]
            # (one whose given name says the pronoun's sex before one whose says nothing)
            sex = "F" if pronoun.group(1) else "M"
            sexes = {name: clear_sex_of(name) for name in named}
            fitting = [n for n in named if sexes[n] == sex] or [n for n in named if not sexes[n]]
            return fitting[-1] if fitting else None
    return None


def last_sentence_named(
    earlier: tuple[str, ...], people: list[NamedIn]
) -> list[tuple[int, int, int, str]]:
    """The names of the last of the paragraph's earlier sentences that names anyone."""
    for sentence in reversed(earlier):
        if found := named_spans(sentence, people):
            return found
    return []


def followed_in(sentence: str, person_id: int, people: list[NamedIn]) -> str | None:
    """Whom the person followed, by this sentence; None when it does not say."""
    spans = named_spans(sentence, people)
    for index, (start, end, who, _) in enumerate(spans):
        if who != person_id:
            continue
        before = spans[index - 1] if index else None
        after = spans[index + 1] if index + 1 < len(spans) else None
        if before and before[2] != person_id and FOLLOWED_BY.search(sentence[before[1] : start]):
            return before[3]
        if (
            before
            and before[2] != person_id
            and FOLLOWED_IN_A_CLAUSE_BEFORE.search(sentence[: before[0]])
            and SUBJECT_SET_OFF.fullmatch(sentence[before[1] : start])
        ):
            return before[3]  # "since taking over as governor in October from Dr X, Dr Y"
        if after is None or after[2] == person_id:
            continue
        gap = sentence[end : after[0]]
        if (
            PREDECESSOR.match(gap)
            or HIS_PREDECESSOR.search(gap[-40:])
            or FOLLOWED.search(gap[-80:])
            or named_to_follow(sentence, start, gap)
            or (STEPPED_IN.search(gap[-80:]) and LEFT_AFTER.match(sentence[after[1] :]))
            # ("X took over after the former CEO, Y, was dismissed")
            or (
                TOOK_OVER_AFTER.search(gap[-80:])
                and LEFT_AFTER.match(SET_OFF_COMMA.sub("", sentence[after[1] :], count=1))
            )
            # ("Kamanzi has led the regulator in an acting capacity since Eng. Y, the former
            # Director General, was appointed Permanent Secretary")
            or (HAS_LED_SINCE.search(gap[-120:]) and moved_on(sentence[after[1] :]))
            or HAS_LED_SINCE_THE_DEPARTURE.search(gap[-160:])
            # ("Nawal Idrissi, acting Director General of the ANP since the departure of
            # Karim Bennis")
            or HELD_SINCE_THE_DEPARTURE.match(gap)
            or (HELD_SINCE_ONE_LEFT.match(gap) and LEFT_AFTER.match(sentence[after[1] :]))
        ):
            return after[3]
    return None


def moved_on(after: str) -> bool:
    """Whether the words after a name say its holder left: ", the former Director General,
    was appointed ...", ", resigned in July"."""
    return bool(MOVED_ON_AFTER.match(after) or MOVED_ON_AFTER.match(SET_OFF_COMMA.sub("", after)))


def named_to_follow(sentence: str, start: int, gap: str) -> bool:
    """Whether the name at `start` is appointed to follow the one named after `gap`: "The
    government named Kalesi Waqa, ..., to succeed Naulu", "Waqa was appointed to replace
    Naulu"; not "Waqa hopes to succeed Naulu"."""
    named = TO_SUCCEED.match(gap)
    return bool(named) and bool(
        named.group("appointed") or ends_with(APPOINTED_BEFORE, sentence[:start])
    )


def named_spans(sentence: str, people: list[NamedIn]) -> list[tuple[int, int, int, str]]:
    """(start, end, person, name) of each person named in the sentence, in order; a
    shorter name inside a longer one ("Hoshino" in "Masaru Hoshino") is the longer's."""
    spans = [
        (found.start(), found.end(), named.person_id, named.name)
        for found, named in names_at(sentence, people)
    ]
    spans.sort(key=lambda span: (span[0], -span[1]))
    kept: list[tuple[int, int, int, str]] = []
    for span in spans:
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept
