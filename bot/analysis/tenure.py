"""Offices left in the article: a person who resigns, steps down or is replaced holds the
titles stated for them there as outgoing ("Minister of Energy Teguh Prasetyo resigned on
Friday"; "Oh Se-jin was named minister, replacing Bae Jung-ho, who resigned"), so the one
named to the office that day is its holder, not them."""

import re
from collections.abc import Iterator
from typing import NamedTuple

from bot.analysis.document import Candidate, ends_with
from bot.analysis.lexicon import PAST_MARKERS, TITLE_WORDS

# Right after the name (an aside between): "Teguh Prasetyo resigned", "X, 61, stepped down",
# "Bae, who resigned", "X was sacked"; not "threatened to resign", "refused to step down".
LEAVES_AFTER = re.compile(
    r"^(?:,\s+[^,;.]{1,80},)?,?\s+(?:who\s+)?(?:has\s+|had\s+|formally\s+)?"
    r"(?:resign(?:ed|s)|(?<!,\s)retired|quit(?:s)?|st(?:epped|eps)\s+down|is\s+(?:stepping\s+down|resigning)"
    r"|will\s+(?:resign|step\s+down|be\s+(?:replaced|succeeded)\s+by)|tendered\s+(?:his|her|their)\s+resignation"
    # (announced: "would step down at the end of the year", "is to step down")
    r"|(?:would|is\s+(?:set\s+)?to)\s+(?:resign|step\s+down)"
    r"|(?:was|has\s+been|had\s+been|is\s+being)\s+(?:sacked|fired|dismissed|removed|ousted"
    r"|replaced|succeeded\s+by|relieved\s+of))\b"
)
# A leaving told as to come: "will step down", "is to resign", "is stepping down"
TO_COME = re.compile(r"\b(?:will|would|is\s+(?:set\s+)?to|is\s+(?:stepping|resigning))\b")


def left_already(candidate: Candidate) -> bool:
    """Whether the article tells the person named by `candidate` has left ("had resigned",
    "had been relieved of his duties"), not that they will."""
    after = LEAVES_AFTER.match(candidate.after)
    return after is not None and TO_COME.search(after.group()) is None


# Right before the name, the change told as news: "replacing Bae Jung-ho", "She replaces
# Prasetyo", "the resignation of Engr. X" (with the office after "as"), with the
# predecessor's title between ("replacing Finance Minister X"); not the
# past told in passing ("Welch, who replaced Sanders in the House") nor what may come ("who
# succeeds Obama", "if a Democrat succeeds Obama").
# "took over in March 2024 from": what may stand between "over" and "from"
# "stepped into the role vacated by", "fills the post left by": whom the post was left by
POST_LEFT_BY = (
    # ("was handed the portfolio previously held by Otabek Saidov")
    # ("takes the post held until last week by Edgar Monzon")
    r"(?:(?:post|role|job|position|seat|portfolio|office)\s+"
    r"(?:vacated|left|(?:previously|formerly)\s+held|held\s+until(?:\s+[\w-]+){1,3}?)\s+by"
    # "inherits the portfolio from Joseph Borg", "takes the job from Marcelo Andrade": the
    # office had its holder before
    r"|(?:inherit(?:s|ed|ing)?|takes|took|taking|taken)\s+(?:the|his|her)\s+(?:[\w-]+\s+)?"
    r"(?:portfolio|post|job|role|seat|office|position)\s+from)"
)
# "appointed in place of Andry Razafindrabe", "sworn in as Minister of Industry, Commerce and
# Energy Integration in place of Oscar Villalba" (the office between, with its commas)
IN_PLACE_OF = (
    r"(?:appointed|named|elected|installed|sworn\s+in)"
    r"\s+(?:as\s+(?:(?:[A-Z][\w'’-]*|of|for|and|the),?\s+){1,14}|[^,;.]{0,30}?\s+)?in\s+place\s+of"
)
# "stepped into the role after Ruwan Dissanayake resigned": the one who left, when a leaving
# verb follows the name (not "after Elon Musk fired his predecessor", "after Hurricane ...")
# ("moves into the office Declan Brophy left")
STEPPED_IN_AFTER = (
    r"(?:stepped|steps|stepping|moves|moved|moving)\s+into\s+(?:the|his|her)\s+"
    r"(?:post|role|job|position|seat|office)(?:\s+after|\s+that)?"
)
LEFT_AFTER = re.compile(
    r"^\s+(?:resigned|retired|quit|died|stepped\s+down|(?:had\s+)?(?:left|vacated)"
    r"|(?:was|had\s+been)\s+(?:fired|dismissed|sacked|removed|ousted|impeached))\b"
    r"|^['’]s?\s+(?:death|resignation|retirement|departure|dismissal|removal|ouster)\b"
)
# ("took the helm from", "took the reins from": the same)
# ("took over as president of the ... Association (BGMEA) from": the office named between)
OVER_FROM = r"\s+(?:over|the\s+helm|the\s+reins)\s+(?:as\s+[^;.]{1,100}?\s+|[^,;.]{1,40}?\s+)?from"
OVER_AS = re.compile(r"\bover\s+as\s+(.+?)\s+from\s")
# "Kama took office in August; his predecessor, Jacob Tamarua, ..."; "Nazarov, whose
# predecessor Davlat Saidov resigned", "Vaitkute's predecessor Jankauskas"
# ("Tkachuk's predecessor as economy minister, Andriy Lysenko": the office between)
PREDECESSOR = (
    r"(?:\b(?i:his|her|whose)|\b[A-Z][\w'’-]*['’]s?)\s+predecessor"
    r"(?:\s+as\s+[^,;.“”()]{2,60}?,|,)?"
)
PREDECESSOR_AS = re.compile(r"\bpredecessor\s+as\s+(?:the\s+)?([^,;.“”()]{2,60}?),")
NAMES_TO_THE_END = r"\s+(?:[A-Z][\w.'’-]*\s+)*$"
ANNOUNCED = r"(?:will|is\s+(?:set\s+|due\s+)?to)\s+(?:replace|succeed|take\s+over\s+from)"
ANNOUNCED_BEFORE = re.compile(r"\b" + ANNOUNCED + NAMES_TO_THE_END)
LEAVES_BEFORE = re.compile(
    r"\b(?:replac(?:ing|es)|succeed(?:ing|s)|(?<!who )(?:succeeded|replaced)"
    # "who was appointed in place of Andry Razafindrabe", "stepped into the role vacated by"
    # (an appointment in someone's place, not standing in: "will attend the summit in place
    # of President Ruto")
    r"|"
    + IN_PLACE_OF
    + r"|"
    + POST_LEFT_BY
    # "who was named to replace Marios Charalambous as Minister of Finance"
    # (told as done: not "a story that X had been chosen to replace Volcker")
    + r"|(?<!had\sbeen\s)(?:named|appointed|nominated|picked|chosen|tapped|selected|elected"
    r"|sworn\s+in)\s+to\s+(?:replace|succeed)"
    # a change announced: "Tacke will succeed Dixon as chairman", "X is to replace Y as ..."
    r"|(?<!who )"
    + ANNOUNCED
    # "Benítez took over in March 2024 from Mirtha Alonso Riquelme"
    + r"|(?<!who )(?:took|takes|taking)"
    + OVER_FROM
    + r"|(?:resignation|departure|removal|sacking|dismissal)"
    r"\s+(?:on\s+\w+\s+)?of|" + PREDECESSOR + ")" + NAMES_TO_THE_END
)
PREDECESSOR_NAMED = re.compile(PREDECESSOR + NAMES_TO_THE_END)
# "... under his predecessor, X": a clause's end, or a name set off after it (then a comma,
# a bracket or the sentence's end after the name: "His predecessor, Jacob Tamarua, said")
PREDECESSOR_CLAUSE_BEFORE = re.compile(r"\bpredecessor," + NAMES_TO_THE_END)
SET_OFF_AFTER = re.compile(r"^\s*(?:[,.;:)(]|$)")
# The past told in passing, with the office named after the one who left: "Selma
# Nghipondoka, who took over from Petrus Amutenya as head of the Bank of Namibia"
WHO_FOLLOWED = re.compile(
    r"\bwho\s+(?:succeeded|replaced|took" + OVER_FROM + r")\s+"
    r"(?:[A-Z][\w.'’-]*\s+)*$"
)
# A change told in the past tense: "who took over from Steve Ballmer", "Arne Slot succeeded
# Jurgen Klopp"
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# "took over the economy ministry from": an office named between
OFFICE_BETWEEN = re.compile(r"\bover\s+(?:the|his|her|their|a)\s+[^,;.]{1,40}?\s+from\b")
# Only a time or the clause's end after the one who left ("who took over from Y in August,"),
# not a body or an occasion ("who replaced Mr. Sanders in the House", "... on the committee",
# "... in the 60th minute")
TIME_OR_END_AFTER = re.compile(
    r"^\s*(?:[,.;)]|$|(?:in|since)\s+(?:(?:early|late|mid-)\s*)?(?:" + MONTHS + r"|\d{4})\b"
    r"|(?:last|this|earlier\s+this)\s+(?:week|month|year)\b"
    r"|on\s+(?:\d|(?:" + MONTHS + r")\b|[A-Z][a-z]+day\b)|(?:\w+\s+){1,2}ago\b"
    r"|after\s+(?:his|her|their)\s+(?:retirement|death|resignation|departure)\b)"
)
# (or the change dated long before the news: "Huong took office in March 2025, succeeding
# Tran Van Dung")
LEFT_IN_THE_PAST = re.compile(
    r"\b(?:succeeded|replaced|took"
    + OVER_FROM
    # "since taking over in September from X", "since replacing X": done, some time ago
    + r"|since\s+(?:taking"
    + OVER_FROM
    + r"|replacing|succeeding)"
    + "|"
    + PREDECESSOR
    # "was named to replace", "stepped into the role vacated by": told in the past
    + r"|(?:was|were)\s+(?:named|appointed|nominated|picked|chosen|tapped|selected|elected"
    r"|sworn\s+in)"
    r"\s+(?:to\s+(?:replace|succeed)|(?:[^,;.]{0,30}?\s+)?in\s+place\s+of)"
    r"|(?:stepped|moved)\s+into\s+(?:the|his|her)\s+"
    r"(?:post|role|job|position|seat)\s+vacated\s+by"
    + ")"
    + NAMES_TO_THE_END
    # ("who took charge as Deputy Governor ... in September, succeeding X")
    + r"|\b(?:took\s+(?:office|over|charge)(?:\s+as\s+[^,;.]{1,80}?)?|became\s+[^,;.]{1,40}?"
    r"|assumed\s+office"
    r"|was\s+(?:appointed|named|elected|sworn\s+in)(?:\s+[^,;.]{1,40}?)?)"
    r"\s+(?:in\s+(?:(?:" + MONTHS + r")\s+)?\d{4}|in\s+(?:" + MONTHS + r")|last\s+year),?"
    r"\s+(?:succeeding|replacing)\s+(?:[A-Z][\w.'’-]*\s+)*$"
)
# Left long ago, as the name's aside says: "succeeding Tran Van Dung, who retired after ..."
# ("replaces Richard Holloway, who stepped down in September": gone already)
RETIRED_AFTER = re.compile(
    r"^,\s+who\s+(?:had\s+)?(?:retired|died|stepped\s+down|resigned|quit|was\s+(?:sacked|fired))\b"
)


# The one followed told by a pronoun after the successor's name: "Eric Niyonsaba, currently
# Director General of ..., will replace her as Permanent Secretary from January 1"
PRONOUN_OBJECT_REPLACED = re.compile(
    r"^(?:,[^;.“”]{0,120}?,)?\s+(?:(?P<announced>" + ANNOUNCED + r")"
    r"|succeeded|replaced|took\s+over\s+from)\s+(?P<pronoun>him|her)(?=\s+as\s)"
)


def office_taken_from_a_pronoun(candidate: Candidate) -> tuple[str, bool, str] | None:
    """(the office, whether the change is announced, "M" or "F" as the pronoun says) where
    the person named by `candidate` follows someone the sentence calls "him" or "her"."""
    found = PRONOUN_OBJECT_REPLACED.match(candidate.after)
    left_as = found and LEFT_AS.match(candidate.after[found.end() :])
    if not (found and left_as):
        return None
    office = CIRCUMSTANCES.sub("", left_as.group(1)).strip()
    sex = "F" if found.group("pronoun") == "her" else "M"
    return (office, found.group("announced") is not None, sex) if office else None


def announced_replacement(candidate: Candidate) -> bool:
    """Whether the sentence tells of someone who will replace the one `candidate` names ("Ms
    Njoroge, currently the Commissioner for Domestic Taxes, will replace Peter Omondi"): what
    the successor holds now is not the office taken."""
    return ends_with(ANNOUNCED_BEFORE, candidate.before) is not None


def left_in_the_past(candidate: Candidate) -> bool:
    """Whether the sentence tells, in the past tense, of someone taking the office of the one
    `candidate` names."""
    return (
        ends_with(LEFT_IN_THE_PAST, candidate.before) is not None
        or RETIRED_AFTER.match(candidate.after) is not None
    )


NOT_YET = re.compile(
    # (not done only when no appointment is told: "who was named to replace" is done)
    # ("X will replace Y" is a change announced: Y is outgoing)
    r"\b(?i:who|whoever|if|would|could|might)\s+"
    r"(?:(?!named\b|appointed\b|nominated\b|chosen\b|picked\b|elected\b)\w+\s+){0,3}"
    r"(?:replac|succeed)\w*\s+"
    r"(?:[A-Z][\w.'’-]*\s+)*$"
    # "to call for the resignation of President X": asked for, not done
    r"|\b(?:call(?:ed|s|ing)?\s+for|demand(?:ed|s|ing)?|urg(?:ed|es|ing)|s(?:ought|eek\w*))"
    r"\s+(?:the\s+|(?:his|her|their)\s+)?(?:resignation|removal|sacking|dismissal)\s+of\s+"
    r"(?:[A-Z][\w.'’-]*\s+)*$"
)
# Where the office left as ends and the circumstances begin: "... of Fox News in the
# aftermath of a lawsuit"
CIRCUMSTANCES = re.compile(
    # ("replaced as Secretary of State by Antony Blinken": the office ends before "by")
    r"\s+(?:in the (?:aftermath|wake)|after|following|amid|since|due to|because|by(?=\s+[A-Z])"
    r"|during|in an? (?=[a-z])"  # "in a cabinet reshuffle" (not "in the Office of ...")
    r"|from (?:" + MONTHS + r")\b"  # "as Permanent Secretary from January 1"
    r"|(?:last|this|next)\s+(?:week|month|year|[A-Z][a-z]+day)|in\s+\d{4}"
    r"|on (?:[A-Z][a-z]+day|\d|" + MONTHS + r")|in (?:early |late |mid-)?(?:" + MONTHS + r"))\b.*$"
)
# ("inheriting the portfolio from X", "the post previously held by X": POST_LEFT_BY's)
REPLACED = re.compile(
    r"(?i:replac|succeed|t(?:ook|akes|aking|ake)\s+(?:over|the\s+helm|the\s+reins)|predecessor"
    r"|in\s+place\s+of|" + POST_LEFT_BY + ")"
)


def a_replacement(left: re.Match[str]) -> bool:
    """Whether a LEAVES_BEFORE or WHO_FOLLOWED match tells of someone replacing the one named
    ("replacing X", "succeeds X", "who took over from X"), not of a resignation or departure
    alone."""
    return REPLACED.search(left.group()) is not None


# "replacing Clinton would be acrimonious": the change imagined, as a sentence's subject
MODAL_AFTER = re.compile(r"^\s+(?:would|could|might|may|will|should)\b")
# "stepped down as DNC chair": the office left is that one
# (a comma inside a list of fields: "as Minister of Finance, Budget and National Planning")
LEFT_AS = re.compile(
    r"^\s+as\s+(?:(?:the|its|their|his|her)\s+)?"
    r"((?:[^,;.]|,\s+(?=[A-Z][^,;.]*(?:,\s+[A-Z][^,;.]*)*?\s+and\s+[A-Z]))+)"
)
POSSESSIVE_OPENING = re.compile(r"^[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*['’]s?\s+")
# Roles no one leaves by resigning: "founder"
# ("succeeding Prof Joseph Kilonzo": an academic rank, no office he leaves)
KEPT_ROLES = frozenset({"founder", "co-founder", "cofounder", "prof", "professor"})


# A player replaced by another in a match, no office: "... was replaced by Ollie Watkins in the
# 70th minute", "at half-time"
IN_A_MATCH = re.compile(r"\b(?:minute|half-?\s?time|(?:first|second) half)\b")


# An aside ending in another's name, whose "who" clause follows: ", who was sworn in last
# week replacing Adel Hegazy, who resigned"
ANOTHERS_WHO = re.compile(r"^,\s+[^,;.]*?[A-Z][\w'’-]+,\s+who\b")


def office_left(candidate: Candidate) -> str | None:
    """What the article says the person named by `candidate` leaves: the office named after
    "as", "" for whatever office they hold, or None when it says they leave none."""
    after = LEAVES_AFTER.match(candidate.after)
    # (not "Harry Kane was replaced by Ollie Watkins in the 70th minute", nor "X, who was
    # sworn in replacing Y, who resigned": Y resigned)
    if after and (IN_A_MATCH.search(candidate.after) or ANOTHERS_WHO.match(candidate.after)):
        return None
    if after:
        left_as = LEFT_AS.match(candidate.after[after.end() :])
        return CIRCUMSTANCES.sub("", left_as.group(1)) if left_as else ""
    before = ends_with(LEAVES_BEFORE, candidate.before)
    if before is None:
        followed = ends_with(WHO_FOLLOWED, candidate.before)
        if followed is None:
            return None
        # "X, who took over from Y as head of the bank": that office; "who took over from Y
        # in August": X's; not "who replaced Mr. Sanders in the House", "who replaced Kai
        # Havertz in the 60th minute" nor "who took over the economy ministry from Vogel"
        left_as = LEFT_AS.match(candidate.after)
        if left_as:
            return CIRCUMSTANCES.sub("", left_as.group(1))
        over_as = OVER_AS.search(followed.group())
        if over_as:
            return CIRCUMSTANCES.sub("", over_as.group(1))
        named_between = OFFICE_BETWEEN.search(followed.group())
        return "" if not named_between and TIME_OR_END_AFTER.match(candidate.after) else None
    if MODAL_AFTER.match(candidate.after):
        return None
    # ("Asked whether the bank had moved too quickly under his predecessor, Berrada
    # declined": the clause ends at the comma, and the name opens the next)
    clause_ends = ends_with(PREDECESSOR_CLAUSE_BEFORE, candidate.before) and not (
        SET_OFF_AFTER.match(candidate.after)
    )
    if ends_with(NOT_YET, candidate.before) or clause_ends:
        return None
    # "the resignation of X as Executive Director"; "since taking over as governor in October
    # from X": that office
    left_as = (
        LEFT_AS.match(candidate.after)
        or OVER_AS.search(before.group())
        or PREDECESSOR_AS.search(before.group())
    )
    if left_as is None:
        # "the resignation of X" says X left only when it says what office: not "the
        # departure of President Ruto for New York"
        return "" if a_replacement(before) else None
    return CIRCUMSTANCES.sub("", left_as.group(1))


def as_outgoing(role: str, office: str) -> str:
    """ "Indonesia's outgoing Minister of Energy" of "Indonesia's Minister of Energy" when
    the office left is that one (`office`: its words, or "" for any); a role already past,
    no office's, or another office than the one left, as it is."""
    words = [word.rstrip(".") for word in role.casefold().split()]
    # (by any part: "Commissioner-General", "Director-General")
    offices = [
        word
        for word in words
        if (word in TITLE_WORDS or any(part in TITLE_WORDS for part in word.split("-")))
        and word not in KEPT_ROLES
    ]
    if not offices or PAST_MARKERS & set(words) or KEPT_ROLES & set(words):
        return role
    if office and not set(offices) & set(office.casefold().split()):
        return role  # "Rep." of one who "stepped down as DNC chair"
    return with_time_marker(role, "outgoing")


def with_time_marker(role: str, marker: str) -> str:
    """The role with `marker` ("outgoing", "incoming") before its office, after whose it is:
    "Mexico's incoming ambassador to Washington"."""
    opening = POSSESSIVE_OPENING.match(role)
    at = opening.end() if opening else 0
    return f"{role[:at]}{marker} {role[at:]}"


# Between the one who leaves and the one named to follow: "Bekov will be replaced by Saule
# Zhumabekova", "X, who led the board since 2019, was succeeded by Dr Y" (a title between)
# (the office may be named after "as": "was replaced as chairman by X")
# (an office's word ends it: not "was replaced as part of a sweeping reshuffle by")
AS_OFFICE = (
    r"(?:\s+as\s+(?P<office>(?:[a-z][\w-]*\s+){0,3}?(?:chairman|chairwoman|chair|president"
    r"|governor|minister|director|secretary|head|leader|executive|ceo|manager|coach|editor"
    r"|commissioner|treasurer|officer)))?"
)
# when, between the verb and "by": "was replaced in March by", "was succeeded last week by"
WHEN = (
    r"(?:\s+(?:in|on)\s+(?:[A-Z][a-z]+|\d{4})(?:\s+\d{4})?"
    r"|\s+(?:last|this|earlier\s+this|late\s+last)\s+(?:week|month|year|[A-Z][a-z]+))?"
)
# (a change announced: "will be replaced", "is to be succeeded")
TO_BE = r"(?P<announced>will\s+be|is\s+to\s+be)"
REPLACED_BY = re.compile(
    r"^(?:,\s+[^,;.]{1,80},)?\s+(?:" + TO_BE + r"|was|has\s+been|had\s+been|is)\s+"
    r"(?:replaced|succeeded)" + AS_OFFICE + WHEN + r"\s+by\s+(?:[A-Z][\w.'’-]*\s+)*$"
)
# The sentence after the one naming who leaves: "He will be replaced by Kumudini Perera", "He
# stepped down in August and was replaced as chairman by Le Quang Huy"
PRONOUN_REPLACED_BY = re.compile(
    r"^(?:He|She)\s+(?:[^,;.]{0,60}?\s+and\s+)?(?:" + TO_BE + r"|was|has\s+been|is)"
    r"\s+(?:replaced|succeeded)" + AS_OFFICE + WHEN + r"\s+by\s+(?:[A-Z][\w.'’-]*\s+)*$"
)
# A post, the office it is (set off by commas or after "as" or "of"), and who holds it now
# "is now held by", "goes to" ("Her former post of Minister of Economic Affairs goes to X")
NOW_HELD_BY = r"(?:(?:is|was)\s+now\s+held\s+by|goes\s+to|went\s+to|has\s+gone\s+to|will\s+go\s+to)"
POST_HELD_BY = (
    r"(?:former\s+)?(?:post|job|position|seat|office|role)"
    r"(?:,\s+(?P<office>[^,;]+),|\s+(?:as|of)\s+(?P<office_as>[^,;]+?))"
    r"\s+" + NOW_HELD_BY + r"\s+(?:[A-Z][\w.'’-]*\s+)*$"
)
# The sentence after the one naming who leaves: "Her former post of deputy governor is now
# held by Martin Shivute"
PRONOUN_POST_NOW_HELD = re.compile(r"^(?:Her|His)\s+" + POST_HELD_BY)
# "Perera's former post, Director General of Fiscal Policy, is now held by Tharindu ...",
# "Mukamana's former post as director general of the RTDA is now held by Patrick Gasana"
POST_NOW_HELD = re.compile(r"^['’]s?\s+" + POST_HELD_BY)


def post_named(held: re.Match[str]) -> str:
    """The office a POST_HELD_BY match names."""
    return held.group("office") or held.group("office_as")


# The one named to follow, before the one who leaves: "The government named Kalesi Waqa, a
# former partner at an accounting firm, to succeed Naulu as chairwoman", "X was appointed to
# replace Y"; not "X hopes to succeed Y" (what may come)
# Between the one who leaves and the one who follows: ", who had led the corporation since
# 2019, handed over to"
HANDED_OVER_TO = re.compile(
    r"^(?:,\s+[^;]{1,120}?,)?\s+hand(?:ed|s)\s+over\s+(?:the\s+[\w\s]{1,30}?\s+)?to\s+"
    r"(?:[A-Z][\w.'’-]*\s+)*$"
)
TO_SUCCEED = re.compile(
    # (", who was named to replace": in a "who" clause too)
    r"^(?:,\s+[^;]{1,120}?,)?,?\s+(?:who\s+)?(?:(?P<appointed>(?:was|has\s+been|had\s+been"
    r"|is|will\s+be)"
    r"\s+(?:named|appointed|nominated|picked|chosen|tapped|selected|elected|designated"
    r"|sworn\s+in)\s+)(?:in\s+[A-Z][a-z]+\s+|last\s+(?:week|month|year)\s+)?)?"
    # ("who was appointed in March to replace": when, between)
    r"to\s+(?:succeed|replace)\s+(?:[A-Z][\w.'’-]*\s+)*$"
)
APPOINTED_BEFORE = re.compile(
    r"\b(?:named|appointed|appoints|names|nominated|nominates|picked|picks|chose|tapped|taps"
    r"|selected|elected|designated)\s+(?:[A-Z][\w.'’-]*\s+)*$"
)


# Between the one who holds an office now and the one who held it before: ", acting Director
# General of the ANP since the departure of"
HELD_SINCE = (
    r"^,\s+(?:who\s+(?:has\s+been|had\s+been|is|was)\s+)?(?:the\s+)?(?:(?:acting|interim)\s+)?"
    r"(?P<office>[^,;]{2,100}?)\s+since\s+"
)
HELD_SINCE_THE_DEPARTURE = re.compile(
    HELD_SINCE + r"the\s+(?:departure|retirement|resignation|death|exit|removal|dismissal)\s+of\s+"
    r"(?:[A-Z][\w.'’-]*\s+)*$"
)


# The sentence after the one naming who holds an office now: "She stepped in after
# Commissioner-General Julius Kiprop Langat retired" (a leaving verb after the name)
STEPPED_IN_AFTER_ONE = (
    r"^(?:He|She)\s+(?:has\s+|had\s+)?(?:stepped|steps)\s+in\s+(?:after|when|following)\s+"
)
PRONOUN_STEPPED_IN = re.compile(STEPPED_IN_AFTER_ONE + r"(?:[A-Z][\w.'’-]*\s+)*$")

HELD_SINCE_ONE_LEFT = re.compile(
    HELD_SINCE + r"(?:(?:former|outgoing)\s+)?(?:[a-z][\w-]*\s+){0,3}(?:[A-Z][\w.'’-]*\s+)*$"
)


class Succession(NamedTuple):
    leaver: str
    follower: str
    office: str | None  # when the sentence names it
    announced: bool = False  # told as to come: "X will be replaced by Y"


def successions(people: list[tuple[Candidate, str]]) -> Iterator[Succession]:
    """Each sentence's saying someone takes over another's office; `people`: the article's
    mentions of people with their keys, in order."""
    for index, (candidate, key) in enumerate(people):
        sentence = candidate.sentence
        following = people[index + 1] if index + 1 < len(people) else None
        if following is None:
            return
        after, successor = following
        if after.sentence is sentence:
            between = sentence.text[
                candidate.tokens[-1].end - sentence.start : after.tokens[0].start - sentence.start
            ]
            if (replaced := REPLACED_BY.match(between)) and not IN_A_MATCH.search(after.after):
                yield Succession(
                    key, successor, replaced.group("office"), bool(replaced.group("announced"))
                )
            elif HANDED_OVER_TO.match(between):
                # "X, who had led it since 2019, handed over to Y"
                yield Succession(key, successor, None)
            elif held := POST_NOW_HELD.match(between):
                yield Succession(key, successor, post_named(held))
            elif since := HELD_SINCE_THE_DEPARTURE.match(between) or (
                LEFT_AFTER.match(after.after) and HELD_SINCE_ONE_LEFT.match(between)
            ):
                # "Nawal Idrissi, acting Director General of the ANP since the departure of
                # Karim Bennis", "Jung Mi-ra, acting chairperson of the Minimum Wage Commission
                # since former chair Seo Dong-il resigned": the office was his
                yield Succession(successor, key, since.group("office"))
            elif (named := TO_SUCCEED.match(between)) and (
                named.group("appointed") or ends_with(APPOINTED_BEFORE, candidate.before)
            ):
                left_as = LEFT_AS.match(after.after)
                office = left_as and CIRCUMSTANCES.sub("", left_as.group(1))
                yield Succession(successor, key, office or None)
        elif (
            after.sentence.paragraph == sentence.paragraph
            and after.sentence.index == sentence.index + 1
        ):
            opening = after.sentence.text[: after.tokens[0].start - after.sentence.start]
            if replaced := PRONOUN_REPLACED_BY.match(opening):
                # the last person named before "He will be replaced by"
                yield Succession(
                    key, successor, replaced.group("office"), bool(replaced.group("announced"))
                )
            elif held := PRONOUN_POST_NOW_HELD.match(opening):
                yield Succession(key, successor, post_named(held))
            elif PRONOUN_STEPPED_IN.match(opening) and LEFT_AFTER.match(after.after):
                # "... is now led by acting Commissioner-General X. She stepped in after
                # Commissioner-General Y retired in October"
                yield Succession(successor, key, None)
