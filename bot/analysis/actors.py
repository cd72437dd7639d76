"""People and organisations named in an article, with their aliases, roles and mentions.

A rule-based recogniser: runs of capitalised tokens are candidates; titles in front of a
name, organisation head words, appositives and speech verbs decide what a run is; surnames
and acronyms used later are tied back to the full name within the article.

This module is the last pass, linking: each candidate, typed by `kinds`, becomes an actor
or a mention of one named before (surnames, acronyms, short forms), with the roles `roles`
reads around it. The passes before it: `candidates` (capitalised runs, a title and a name),
`kinds` (what a candidate names), `roles` (the role stated around a name), over the word
and phrase shapes of `shapes`.
"""

import functools
import itertools
import re
from collections import Counter
from collections.abc import Iterator

from bot.analysis.candidates import QUOTE_OPENERS, find_candidates, opens_sentences
from bot.analysis.document import (
    INNER_NICKNAME,
    POSSESSIVE,
    ActorFound,
    Candidate,
    MentionSpan,
    SentenceTexts,
    Token,
    ends_with,
    name_key,
    read_once,
)
from bot.analysis.kinds import (
    BUSINESS_NOUN_BEFORE,
    COMMERCIAL_NOUN,
    LONG_ACRONYM,
    after_place_preposition,
    classify,
    club_before_its_staff,
    follows_determiner,
    listed_with_places,
    owned_like_a_company,
    person_evidence,
    plural_nickname,
    single_decision,
    speaks,
    spells_a_term,
)
from bot.analysis.lexicon import (
    ARTICLES,
    BODY_FIELDS,
    BODY_OF_ITS_MEMBERS,
    CALENDAR_WORDS,
    CLUB_WORDS,
    COMMON_WORDS,
    COMPASS_WORDS,
    COUNTRY_NAMED,
    DEMONYMS,
    FUNCTION_WORDS,
    INDUSTRY_HEADS,
    LOWER_RANKS,
    OFFICE_HOLDING_HEADS,
    ORG_HEADS,
    ORG_OPENERS,
    ORGANISATION_NOUNS,
    PAST_MARKERS,
    PERSON_NOUNS,
    PLACE_HEADS,
    PLACE_PREFIXES,
    PLACE_PREPOSITIONS,
    RANK_WORDS,
    RELATION_NOUNS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    TITLE_MODIFIERS,
    TITLE_WORDS,
    is_legal_form,
    written_out,
)
from bot.analysis.names import (
    is_chinese_family_name,
    is_given_name,
    is_surname,
    western_given_name_before_chinese_name,
)
from bot.analysis.patterns import search_end
from bot.analysis.places import is_place, is_region
from bot.analysis.role_forms import clean_role, head_index, role_form
from bot.analysis.roles import (
    APPOINTED_BY,
    ASIDE_THEN_AS,
    AUXILIARIES,
    HEADS_NOW,
    LOWERCASE_TITLE_HEADS,
    appointed_role,
    described_as_organisation,
    former_role,
    lowercase_title,
    new_holder_role,
    role_as_before,
    role_set_off_before,
    stated_role,
    title_text,
)
from bot.analysis.sentences import Sentence
from bot.analysis.shapes import (
    ACRONYM_IN_BRACKETS,
    CAPITALISED_PARTICLES,
    FIELD_WORD_ENDING,
    HONORIFICS,
    NAME_SUFFIXES,
    PERSON_PARTICLES,
    ROMANISED_GIVEN_NAME,
    clear_sex_of,
    family_name_written_first,
    given_name_after_family_name,
    is_demonym,
    is_suffix,
    letters_in_order,
    looks_like_full_name,
)
from bot.analysis.tenure import (
    LEAVES_BEFORE,
    PREDECESSOR_NAMED,
    WHO_FOLLOWED,
    a_replacement,
    announced_replacement,
    as_outgoing,
    left_already,
    left_in_the_past,
    office_left,
    office_taken_from_a_pronoun,
    successions,
    with_time_marker,
)
from bot.analysis.titles import PARTICLES, PATRONYMICS, is_office_word, office_of

SHORT_NAME_IN_BRACKETS = re.compile(r"^\s*\(([A-Z][\w&-]{1,19}(?: [A-Z][\w&-]+){0,2})\)")
# "the Human Resources Development Fund, known as Hadaf": the short name the article goes on using
OR_SHORT_NAME_AFTER = re.compile(r"^,\s+or\s+([A-Z][\w&-]{2,11})\b")


def short_name_after_or(candidate: Candidate) -> re.Match[str] | None:
    """ "Antam" of "Aneka Tambang, or Antam": one word after ", or" whose letters the name's
    words hold in order, opening with its first letter."""
    found = OR_SHORT_NAME_AFTER.match(candidate.after)
    if found is None or len(candidate.tokens) < 2:
        return None
    word = found.group(1).casefold()
    name = candidate.name.casefold()
    return found if word[0] == name[0] and letters_in_order(word, name) else None


KNOWN_AS_AFTER = re.compile(
    r"^\s*[,(]?\s*(?:also |better |locally |commonly |popularly )?known "
    # "known by its Spanish acronym CARF"
    r"(?:as|by\s+its\s+(?:[A-Z][a-z]+\s+)?(?:acronym|initials|abbreviation))\s+"
    r"([A-Z][\w&-]{1,19}(?: [A-Z][\w&-]+){0,2})\b"
)

# "Antônio Carlos da Silva Pereira, known on the shop floor as Toninho": the name the article
# may go on using for the person
KNOWN_AS = (
    r"(?:(?:also|better|widely|popularly|commonly|locally|affectionately)\s+)?"
    r"(?:known(?:\s+[a-z][\w-]*){0,4}?\s+as|nicknamed)\s+"
)
NICKNAME_AFTER = re.compile(
    r"^\s*,\s*" + KNOWN_AS + r"[“\"‘']?([A-Z][\w-]+(?: [A-Z][\w-]+)?)"
    # (a name alone: not "known as Trump’s personal fixer"; its translation may follow in
    # brackets: 'known as "Mama Korosho" (Mother Cashew)')
    r"(?=[”\"’']?(?:\s*[,.;:()]|\s+(?:to|among|by|in)\s))"
)
# After a description of the person, in quotes only, and where the description names no one
# or nothing else ("Hassan Al-Faifi, a fisherman from Farasan known to his fellow boatmen as
# "Abu Bahr","; not "Rosa Flores, a victim of a gang leader known as El Chapo", nor "..., an
# auditor at a firm known as "Deloitte"")
NICKNAME_AFTER_A_DESCRIPTION = re.compile(
    r"^\s*,\s*(?:a|an)\s+(?:(?!(?:a|an|the|his|her|its|their|this|that|who|which)\s)"
    r"[^\s,.;“\"]+\s+){1,8}?" + KNOWN_AS + r"[“\"‘']([A-Z][\w-]+(?: [A-Z][\w-]+)?)[”\"’']"
)


def find_actors(
    sentences: list[Sentence], candidates: list[Candidate] | None = None
) -> tuple[list[ActorFound], list[MentionSpan]]:
    """The article's actors and where each is named; `candidates` (from find_candidates) may
    be passed to read, afterwards, what each pass decided about them (their `trace`)."""
    if candidates is None:
        candidates = find_candidates(sentences)
    actors: dict[str, ActorFound] = {}
    key: str | None  # the actor a candidate names, once decided
    part_owner: dict[str, str] = {}  # a name part ("aso", "ldp") -> key of its actor
    people_named: dict[str, list[str]] = {}  # a surname ("kim") -> every person it can name
    # a first name no list knows -> the people it opens ("anucha" of "Anucha Srisuwan"): Thai
    # and Malay news names people so, and it is tried only when no surname is the word
    first_named: dict[str, list[str]] = {}
    resolved: list[tuple[Candidate, str]] = []
    pending: list[Candidate] = []
    written = Counter(name_key(c.name) for c in candidates)  # how often each name stands

    def note_nickname_after(candidate: Candidate, key: str) -> None:
        """ "Ms Njoroge, known across the scheme as "Mama Mchele",": the name the article may
        go on using for the person, and an alias to ask by."""
        after = candidate.after
        nickname = NICKNAME_AFTER.match(after) or NICKNAME_AFTER_A_DESCRIPTION.match(after)
        if nickname and not is_place(nickname.group(1)):
            called = nickname.group(1)
            part_owner.setdefault(name_key(called), key)
            actors[key].aliases.add(called)
            first, _, rest = called.partition(" ")
            if rest and first.casefold().rstrip(".") in HONORIFICS:
                part_owner.setdefault(name_key(rest), key)  # "Mama Mchele" is read "Mchele"

    def add(candidate: Candidate, kind: str) -> str:
        key = name_key(candidate.name)
        actor = actors.setdefault(key, ActorFound(candidate.name, kind))
        actor.aliases.add(candidate.name)
        if kind == "PER":
            note_nickname_after(candidate, key)
            if candidate.nickname:
                part_owner.setdefault(name_key(candidate.nickname), key)
                actor.aliases.add(candidate.nickname)  # "who is Monching?"
            # (the given names of a long name: "che mah" of "Che Mah Yusof")
            opening = (
                name_key(" ".join(t.text for t in candidate.tokens[:2]))
                if len(candidate.tokens) >= 3
                else None
            )
            for part in alias_parts(candidate.tokens):
                if part == opening and written[part] > 1:
                    continue  # "Marco Rubio", named often, is no short "Marco Rubio Miss"
                part_owner.setdefault(part, key)
                if key not in (owners := people_named.setdefault(part, [])):
                    owners.append(key)
            if unknown_first_name(candidate.tokens):
                first = name_key(candidate.tokens[0].text)
                if key not in (opened := first_named.setdefault(first, [])):
                    opened.append(key)
        elif kind == "ORG":
            # "Toyota" of "Toyota Motor Corp"; "the Committee", "the Bank" of the full name
            first_words = firm_first_words(candidate.tokens)
            short_names = (
                company_short_name(candidate.tokens),
                head_word(candidate.tokens),
                club_nickname(candidate.tokens),
                # "Pacifico" of "Supermercados del Pacifico"
                first_words[0] if first_words and " " not in first_words[0] else None,
                # "BP" of "BP plc", its legal form written small (no initial of it)
                candidate.name.removesuffix(" plc") if candidate.name.endswith(" plc") else None,
            )
            for short_name in short_names:
                if short_name:
                    part_owner.setdefault(name_key(short_name), key)
        acronym = ACRONYM_IN_BRACKETS.match(candidate.after)
        if kind == "ORG" and not acronym:
            # "Petroleo Brasileiro S.A. (Petrobras)", "Perak Agro Plantations Bhd (Perak Agro)":
            # a short name longer than an acronym
            acronym = SHORT_NAME_IN_BRACKETS.match(candidate.after) or KNOWN_AS_AFTER.match(
                candidate.after
            )
            # "Aneka Tambang, or Antam": a short name made of the name's letters, after "or"
            acronym = acronym or short_name_after_or(candidate)
            if acronym and is_place(acronym.group(1)):
                acronym = None
        if acronym and kind == "PER" and acronym.group(1) != initials_of_words(candidate.name):
            acronym = None  # "Triin Kask (Isamaa)": her party; "(AMLO)" is López Obrador's
        if acronym:
            actor.aliases.add(acronym.group(1))
            part_owner[name_key(acronym.group(1))] = key
        return key

    classified = listed_with_organisations(
        [(candidate, classify(candidate)) for candidate in candidates]
    )
    # A phrase the article writes after "the" anywhere ("the Pacific Standard bar") names a
    # thing, unless it carries a given name or a title.
    things = {name_key(c.name) for c in candidates if follows_determiner(c) and len(c.tokens) > 1}
    # "nickel pig iron (NPI)": an acronym of lower-case words names a thing at every use
    terms = {c.name for c in candidates if spells_a_term(c)}
    # "Long Thành airport", "the Kitakami plant": a place the article names, whoever's name
    # its words look like ("at Long Thành" too; not "Ronald Reagan fired" after "Ronald
    # Reagan airport")
    places = {name_key(c.name) for c in candidates if named_as_a_place(c)}
    # "a construction site in Mosta": a town, though "Mosta Heights Developments Ltd" opens
    # with it
    towns = {name_key(c.name) for c in candidates if len(c.tokens) == 1 and in_a_town(c)}
    # "Merrill Lynch" is the firm when the article also names "Merrill Lynch and Co Inc", and
    # "Gulf Horizon" when it names "Gulf Horizon Energy PJSC".
    organisations = [c for c, kind in classified if kind == "ORG"]
    firms: dict[str, Candidate] = {}
    # a company's stem, then its first words, then any other organisation's name: "Pelabuhan
    # Timur" is "Pelabuhan Timur Holdings Bhd" though also typed an organisation on its own
    for c in organisations:
        if stem := firm_stem(c.tokens):
            firms.setdefault(name_key(stem), c)
    first_words: set[str] = set()  # keys that are only a firm's first words
    # "X, which owns 79% of the company": X is a parent, not the short name of its unit
    parents = {name_key(c.name) for c in candidates if PARENT_AFTER.match(c.after)}
    for c in organisations:
        unit_of = [s for s in name_without_its_trade(c.tokens) if name_key(s) not in parents]
        shorts = firm_first_words(c.tokens) + firm_without_its_kind(c.tokens) + unit_of
        for short in shorts + field_and_kind(c.tokens):
            if name_key(short) not in firms:
                firms[name_key(short)] = c
                first_words.add(name_key(short))
    for c in organisations:
        if len(c.tokens) > 1:
            firms.setdefault(name_key(c.name), c)
    maybes: list[Candidate] = []
    typed_people: set[str] = set()  # people typed so by their own evidence, not by a later use
    surnamed: list[tuple[Candidate, str]] = []  # "De Blasio": its full name may come later
    for candidate, kind in classified:
        if candidate.name in terms:
            candidate.trace.append("an acronym the article spells out in lower case: a thing")
            continue
        firm = firms.get(name_key(candidate.name))
        first_words_only = firm and name_key(candidate.name) in first_words
        if first_words_only and candidate.name.casefold() in candidate.lower_vocabulary:
            # '“Hydrogen plants need few workers,”' beside Hydrogen Oman, in an article on
            # "green hydrogen": the everyday word, not the company's short name
            candidate.trace.append("an organisation's first word, written small elsewhere")
            continue
        # "Martha Stewart, its founder,": described as a person
        if first_words_only and kind == "PER" and stated_role(candidate.after) is not None:
            firm = None  # "Martha Stewart, its founder," of "Martha Stewart Living Omnimedia Inc"
        # "Brightline Foods", itself shaped like an organisation, of "Brightline Foods Inc";
        # "the Pelabuhan Timur listing" of "Pelabuhan Timur Holdings Bhd"
        shorter = firm and name_key(firm.name) != name_key(candidate.name)
        shortened = kind == "ORG" and shorter
        # "Al Dhafra Green Energy" of "Al Dhafra Green Energy Holding PJSC", though "energy" is
        # also an everyday word of the article; "Kenya Power" of "Kenya Power and Lighting
        # Company PLC", though it holds a country (but not "New York" of "New York Life ...")
        untyped = kind is None and shorter and not is_place(candidate.name)
        # "shares in Baltyk Energia": the organisation the article names so elsewhere, though
        # a place's preposition stands before it here
        untyped = untyped or (
            kind is None
            and firm is not None
            and after_place_preposition(candidate)
            and not is_place(candidate.name)
        )
        # "approved by the Legislative Yuan": the organisation the article names so where its
        # context types it ("at the Legislative Yuan")
        untyped = untyped or (
            kind is None
            and firm is not None
            and len(candidate.tokens) > 1
            and name_key(firm.name) == name_key(candidate.name)
            and not is_place(candidate.name)
            and candidate.tokens[-1].text.casefold() not in PLACE_HEADS  # "Illinois River"
        )
        if (kind in {"PER", "maybe"} or shortened or untyped) and firm and not candidate.title:
            key = add(firm, "ORG")
            actors[key].aliases.add(candidate.name)
            resolved.append((candidate, key))
            continue
        weak = not (candidate.title or looks_like_full_name(candidate.tokens))
        if kind in {"PER", "maybe"} and weak and name_key(candidate.name) in things:
            candidate.trace.append("written after 'the' elsewhere in the article: a thing")
            continue
        firm_opened = kind in {"PER", "maybe"} and opens_like_a_firm(candidate, organisations)
        if firm_opened and (
            short_name_of(candidate, firm_opened) or longer_name_of(candidate, firm_opened)
        ):
            # "Harbour Ridge, which owns about 6%" of "Harbour Ridge Capital"
            key = add(firm_opened, "ORG")
            actors[key].aliases.add(candidate.name)
            resolved.append((candidate, key))
            continue
        if firm_opened and unlike_a_person(candidate):
            # "Baltyk North" in an article about Baltyk Energia: its project, not a person
            candidate.trace.append("opens with an organisation's first word: a thing of it")
            continue
        at_a_place = name_key(candidate.name) in places and (
            after_place_preposition(candidate) or candidate.before.endswith(" to ")
        )
        if (
            kind in {"PER", "maybe"}
            and not candidate.title
            and (named_as_a_place(candidate) or at_a_place)
        ):
            candidate.trace.append("written before a place's word elsewhere: a place")
            continue
        if kind in {"PER", "maybe"} and candidate.tokens[0].text.casefold() in PERSON_PARTICLES:
            surnamed.append((candidate, kind))  # "De Blasio said" before "Mayor Bill de Blasio"
        elif kind == "maybe":
            maybes.append(candidate)
        elif kind == "single" or (kind == "ORG" and len(candidate.tokens) == 1):
            pending.append(candidate)  # an acronym's definition may come later
        elif kind == "PER" and (owner := part_owner.get(name_key(candidate.name))):
            actors[owner].aliases.add(candidate.name)  # "Van Rijn" after "Thijs van Rijn"
            resolved.append((candidate, owner))
        elif kind:
            resolved.append((candidate, add(candidate, kind)))
            if kind == "PER":
                typed_people.add(name_key(candidate.name))
    text_at = SentenceTexts(sentences)
    # the sexes the article has told of the people it named in full; what a pronoun after a
    # namesake's surname tells is added as the surnames are decided
    told = sexes_stated(sentences, [(c, k) for c, k in resolved if actors[k].kind == "PER"])

    def people_it_names(word: str) -> list[str]:
        """The people a lone word may name: those whose surname it is, else those whose
        first word it is, when several ("Sok" beside Sok Pisey and Sok Vannak)."""
        opened = first_named.get(word, [])
        return people_named.get(word, []) or (opened if len(opened) > 1 else [])

    for candidate, kind in surnamed:
        word = name_key(candidate.name)
        owners = people_it_names(word)
        # "Ms Al Falasi said" after Abdullah bin Ahmed Al Falasi and Maryam Al Falasi
        shared = len(owners) > 1
        owner = (
            one_of_the_namesakes(owners, candidate, actors, resolved, text_at, part_owner, told)
            if shared
            else part_owner.get(word)
        )
        if owner and titles_disagree(actors[owner].name, owner, candidate, resolved):
            owner = None
        if shared and not owner:
            candidate.trace.append(f"undecided: it can name {', '.join(owners)}")
            continue
        if owner:
            actors[owner].aliases.add(candidate.name)
            resolved.append((candidate, owner))
        elif kind == "PER":
            resolved.append((candidate, add(candidate, "PER")))
        else:
            maybes.append(candidate)

    # A name-like phrase names whatever the article shows it to name elsewhere, and a
    # person when its last word also stands alone ("Keiichi Ichikawa ... Ichikawa").
    alone = {name_key(c.name) for c in pending if not follows_determiner(c)}
    # "Mr Wichai", "Khun Wichai" after "Wichai Thammarat": a courtesy title before a given name
    # no list knows (Thai and Indonesian usage) makes the phrase it opens a person's name
    courtesy_named = {
        name_key(c.name)
        for c in pending
        if c.title and c.title[-1].text.casefold().rstrip(".") in HONORIFICS
    }
    # a lone word some use shows to be an organisation: "the Jets edged Alvark Tokyo 84-81"
    organisations_alone = {name_key(c.name) for c in organisations if len(c.tokens) == 1}
    people_here: dict[tuple[int, int], list[Candidate]] = {}
    for c, k in resolved:
        if actors[k].kind == "PER":
            people_here.setdefault((c.sentence.paragraph, c.sentence.index), []).append(c)
    for candidate in maybes:
        key = name_key(candidate.name)
        owner = part_owner.get(key)
        if key in actors:
            resolved.append((candidate, key))
        elif listed_among_people(candidate, people_here):
            # "signed by Justices Ruth Levinson, Amnon Dahan and Khaled Nasser"
            resolved.append((candidate, add(candidate, "PER")))
        elif name_key(last := candidate.tokens[-1].text) in organisations_alone and last.istitle():
            # "Chiba Jets ... the Jets edged ...": the club, named by its last word alone
            resolved.append((candidate, add(candidate, "ORG")))
        elif owner and actors[owner].kind == "PER":
            # "Ait Ouali" of "Hamza Ait Ouali", "Teixeira Lobo" of "Paulo Henrique Teixeira Lobo"
            actors[owner].aliases.add(candidate.name)
            resolved.append((candidate, owner))
        elif any(part in alone for part in alias_parts(candidate.tokens)) or (
            given_name_with_courtesy(candidate, courtesy_named, people_named)
        ):
            # "Everaldo da Silva Neto ... Everaldo said": a part of it named alone later
            resolved.append((candidate, add(candidate, "PER")))

    # A lone word takes its kind from its most telling use, for every use.
    single_kinds: dict[str, str] = {}
    unknown_speakers: set[str] = set()  # typed so only as a word that speaks and no list knows
    for candidate in pending:
        word = name_key(candidate.name)
        if word in single_kinds:
            continue
        kind, by_default = single_decision(candidate)
        if kind:
            single_kinds[word] = kind
        if by_default:
            unknown_speakers.add(word)
    for key, actor in list(actors.items()):
        if actor.kind != "ORG":
            continue
        # "EPA" of "Environmental Protection Agency", "BOJ" of "Bank of Japan", "IP" of
        # "International Paper Co"
        stem = " ".join(legal_form_split(actor.name.split())[0])
        acronyms = {initials(actor.name), initials(actor.name, small_words=True)}
        acronyms.add(initials(actor.name, place=True))
        # "GM" of "General Motors Corp", but not "AI" of "Air India Ltd"
        acronyms |= {initials(stem), initials(stem, small_words=True)} - EVERYDAY_ACRONYMS
        for acronym in acronyms:
            if len(acronym) >= 2:
                part_owner.setdefault(name_key(acronym), key)
    clubs = {name_key(c.name) for c in pending if club_before_its_staff(c)}  # "Pirates coach"
    # a company's first word, which the article uses alone as a company's name ("Meridian's
    # shares" of Meridian Harbour Holdings); not a place's ("Kenya" of Kenya Airways), nor
    # a word never used so ("the Rioni river" beside Rioni Energy JSC)
    owned = {name_key(c.name) for c in pending if owned_like_a_company(c)}
    # (a word that opens two organisations' names stands for neither: Meridian Holdings and
    # Meridian Foods)
    named = {name_key(c.name): c for c in organisations if len(c.tokens) > 1}
    openers = Counter(name_key(c.tokens[0].text) for c in named.values())
    company_first_words = {
        name_key(c.tokens[0].text): c
        for c in organisations
        if len(c.tokens) > 1
        and a_company_by_its_name(c.name)
        and names_alone(c.tokens[0].text)
        and name_key(c.tokens[0].text) in owned
        and openers[name_key(c.tokens[0].text)] == 1
    }
    clipped_names = names_clipped(
        organisations, candidates[0].lower_vocabulary if candidates else set()
    )
    # "Western Visayas", "northern Luzon": a word the article writes after a compass word
    regions_named = {
        name_key(c.tokens[1].text)
        for c, kind in classified
        # (a place, not "the separatist Northern League", an organisation)
        if kind is None and len(c.tokens) == 2 and c.tokens[0].text.casefold() in COMPASS_WORDS
    }
    for candidate in pending:
        word = name_key(candidate.name)
        if listed_with_places(candidate):
            # "from Bắc Ninh and Hải Phòng to Huế": a place, though a person is named so
            candidate.trace.append("a place listed with places: no one's name")
            continue
        owners = people_it_names(word)
        if candidate.title and owners:
            # "Minister Diabaté" beside Fatou Diabaté and the minister Diabaté Lassina, whose
            # family name is written first: a titled word may name either
            owners = owners + [k for k in first_named.get(word, []) if k not in owners]
        if len(owners) > 1:
            key = one_of_the_namesakes(
                owners, candidate, actors, resolved, text_at, part_owner, told
            )
            if key is None:
                candidate.trace.append(f"undecided: it can name {', '.join(owners)}")
                continue
        else:
            # "the Bench said" after "the High Court of Karnataka": the court's judges
            key = part_owner.get(word) or part_owner.get(BODY_OF_ITS_MEMBERS.get(word, ""))
            if key and word in INDUSTRY_HEADS and not candidate.before.strip():
                # "Research funding agency Thailand Science Research and Innovation": a word
                # that opens its sentence, not the body by one of its words
                key = None
            if word in ORG_HEADS and kinds_people(candidate):
                # "Union leaders are expected to ...": any union's, no one body
                candidate.trace.append("a kind of body before its people: no one body")
                continue
            if key and word in regions_named and actors[key].kind == "ORG" and key != word:
                # "the Visayas grid" beside "Western Visayas" and Visayas Premier Power Corp.:
                # the region, not the company its name opens
                candidate.trace.append("a region the article names with a compass word")
                key = None
            if key and word in towns and actors[key].kind == "ORG" and key != word:
                candidate.trace.append("a town the article places something in")
                key = None
            if (
                key
                and actors[key].kind == "ORG"
                and key != word
                and everyday_opening(candidate, actors[key].name)
            ):
                # "“Monetary policy cannot ...”" beside the Monetary Policy Committee,
                # "International buyers are ..." beside the International Labour Organization
                candidate.trace.append("an everyday word opening its sentence, before a noun")
                key = None
            if key is None and word in company_first_words and single_kinds.get(word) != "PER":
                # "Meridian's shares" of Meridian Harbour Holdings
                key = add(company_first_words[word], "ORG")
            if key is None and not owners and (clipped := clipped_names.get(candidate.name)):
                key = add(clipped, "ORG")  # "the Fed's target" of the Federal Reserve
            person = owners[0] if owners else None
            # (a word that only speaks says nothing of which: "Hoshino said" beside Kenta
            # Hoshino and Hoshino Motor Corp.)
            firm_word = (
                key
                and actors[key].kind == "ORG"
                and (single_kinds.get(word) != "ORG" or word in unknown_speakers)
            )
            if (
                person is not None
                and key is not None
                and person in typed_people
                and key != person
                and firm_word
            ):
                # "Trump" beside Donald Trump and Trump University: the surname and the
                # short name are decided as two namesakes are (not "Viacom" of a "Test
                # Viacom" that only its use made a person, nor "Adani said ... its projects",
                # which its use makes the firm)
                # "Mr. Paulson" beside John A. Paulson and Paulson Partners: the person
                pair = [person, key]
                if candidate.title:
                    key = person
                elif not ITS_AFTER.search(candidate.after):
                    # ("Kurose has suspended travel by its staff": the firm, as is)
                    key = namesake(pair, candidate, resolved, word, text_at)
                if key is None:
                    candidate.trace.append(f"undecided: it can name {person} or a firm")
                    continue
        if (
            key
            and LONG_ACRONYM.fullmatch(candidate.name)
            and candidate.name not in actors[key].aliases
        ):
            key = None  # a word in capitals names only what it spells: "ISTANBUL, Oct 27 -"
        if key is None and len(first_named.get(word, [])) == 1:
            key = first_named[word][0]  # "Anucha said" of Anucha Srisuwan
        if key and actors[key].kind == "PER" and described_as_organisation(candidate.after):
            key = None  # "Brightwater, a maker of drills": not Dana Brightwater
        if key and candidate.title and actors[key].kind == "ORG":
            key = None  # "Mr Naidoo" is no firm: not Naidoo & du Toit Attorneys
        if key and titles_disagree(actors[key].name, key, candidate, resolved):
            key = None  # "Secretary Clinton" or "Mrs. Clinton" is not "President Bill Clinton"
        if key and word in clubs and club_taken_for_a_person(actors[key], word, resolved):
            actors[key].kind = "ORG"  # "Pirates coach Karim El Idrissi": Orlando Pirates
            candidate.trace.append(f"{actors[key].name} is a club, as this word alone says")
        if key:
            actors[key].aliases.add(candidate.name)
            if actors[key].kind == "PER":
                note_nickname_after(candidate, key)
        elif word in actors:
            key = word
        elif word in single_kinds:
            # ("President Obama" kept apart from an "Illinois Sen. Barack Obama": still a
            # person, though the word alone spoke as an organisation elsewhere)
            key = add(candidate, "PER" if candidate.title else single_kinds[word])
        else:
            continue
        resolved.append((candidate, key))

    for candidate, kind in classified:
        if kind is None and (key := courtesy_speaking(candidate, resolved, actors)):
            candidate.trace.append(f"a courtesy title alone that speaks: {actors[key].name}")
            resolved.append((candidate, key))

    # "Grace Njoroge" of "Grace Wairimu Njoroge": one person, under the longer name
    # (with a title, or a role after or set off before: "The Minister for Sugar Industry,
    # Ratu Josefa Naivalu, told ..." is "Ratu Josefa" later)
    # each introduced with a title or a role, with the heads of the offices it was given
    introduced: dict[str, set[str]] = {}
    for c, key in resolved:
        stated = " ".join(t.text for t in office_of(c.title)) or (
            stated_role(c.after) or role_set_off_before(c.before, c.after)
        )
        if c.title or stated:
            words = {POSSESSIVE.sub("", w) for w in (stated or "").casefold().split()}
            introduced.setdefault(key, set()).update(words & (TITLE_WORDS | ROLE_NOUNS))
    longer = longer_names_of(actors, introduced) | names_with_their_place(actors)
    for short, long in longer.items():
        actors[long].aliases |= actors[short].aliases
        for candidate, key in resolved:
            if key == short:
                candidate.trace.append(f"the shorter name of {actors[long].name}")
    resolved = [(candidate, longer.get(key, key)) for candidate, key in resolved]
    counts: Counter[str] = Counter()
    mentions = []
    stated_at: dict[tuple[str, str], tuple[int, int]] = {}  # where a role was first stated
    sexes = sexes_stated(sentences, [(c, k) for c, k in resolved if actors[k].kind == "PER"])
    called_central = called_the_central_bank(list(actors.values()), sentences)
    # the last organisation named: (paragraph, name, where its name as written there ends
    # and starts in the paragraph)
    organisation: tuple[int, str, int, int] | None = None
    # the last organisation that was a sentence's subject: (paragraph, sentence index, name)
    subject: tuple[int, int, str] | None = None
    # the organisations named so far in the paragraph of the last one: (paragraph, [(name,
    # whether it opens its sentence)])
    here_named: tuple[int, list[tuple[str, bool]]] = (-1, [])
    first_organisation: str | None = None  # the key of the article's first organisation
    organisations_named = [a.name for a in actors.values() if a.kind == "ORG"]
    last_person: str | None = None  # the key of the last person named
    held_now: set[tuple[str, str]] = set()  # (key, role) stated as held now
    for candidate, key in sorted(resolved, key=lambda item: candidate_position(item[0])):
        actor = actors[key]
        candidate.trace.append(f"names {actor.name} ({actor.kind})")
        where = (candidate.sentence.paragraph, candidate.sentence.index)
        first_here = subject is None or subject[:2] != where
        if (
            actor.kind == "ORG"
            and first_here
            and (opens_its_sentence(candidate) or MEETING_OF.fullmatch(candidate.before))
        ):
            subject = (*where, actor.name)
        counts[key] += 1
        if actor.kind == "ORG":
            first_organisation = first_organisation or key
            if here_named[0] != candidate.sentence.paragraph:
                here_named = (candidate.sentence.paragraph, [])
            here_named[1].append((actor.name, opens_its_sentence(candidate)))
            organisation = (
                candidate.sentence.paragraph,
                actor.name,
                candidate.tokens[-1].outer_end,
                candidate.tokens[0].start,
            )
        # (an organisation is appointed to nothing: "Citizens United, will take over as ..."
        # is its president's)
        appointed = (
            appointed_role(candidate.before, candidate.after) if actor.kind == "PER" else None
        )
        # (an organisation's "who" clause is another's: "Adel Ghoneim, the former governor of
        # the Central Bank of Egypt, who led the bank from 2016")
        whose = actor.kind == "PER" or not WHO_AFTER.match(candidate.after)
        roles = [stated_role(candidate.after) if whose else None, appointed]
        office = office_of(candidate.title)
        if office:
            if not ends_with(HYPOTHETICAL, candidate.before):
                stripped = len(office) < len(candidate.title or [])
                roles.insert(0, title_text(candidate, office[-1] if stripped else None))
            described = actor.kind == "PER" and lowercase_title(candidate.before)
            # "military spokesman Brigadier Ruwan Senanayake"; not "fellow" of "fellow Texas
            # Senator Ted Cruz", which says whom he is like
            if described and described.split()[0] not in {"fellow", "rival"}:
                roles.insert(1, described)
            # "Its president, Judge Ewa Zielińska,": the office set off before the title (not
            # "In a takedown of the businessman, Sen. Bernie Sanders called ...": an object
            # described, then the sentence's subject)
            object_described = ends_with(DESCRIBED_BEFORE, candidate.before) and not (
                SET_OFF_AFTER.match(candidate.after)
            )
            if actor.kind == "PER" and not object_described:
                roles.append(role_set_off_before(candidate.before, candidate.after))
        elif actor.kind == "PER":
            described = lowercase_title(candidate.before)
            roles.insert(
                0,
                described
                or role_set_off_before(candidate.before, candidate.after)
                or role_as_before(candidate.before, candidate.after)
                or new_holder_role(candidate.before, candidate.after),
            )
            roles.append(described and role_set_off_before_a_title(candidate, described))
        if actor.kind == "PER":
            roles.append(held_now_by_the_one_replaced(candidate, text_at))
            roles.append(role_in_a_who_clause_further_on(candidate.after))
        if actor.kind == "PER" and organisation:
            # "The Turkish Exporters Assembly, whose chairman is Kemal Arslan,", "the German
            # Trade Union Confederation, chaired by Rainer Wolff,"
            roles.append(head_named_after(candidate, organisation, office))
        if actor.kind == "PER" and last_person and last_person != key:
            deputy = office_deputised(candidate, actors[last_person].roles)
            roles = [deputy if role == "deputy" and deputy else role for role in roles]
        # ("X, who now chairs the board of ...": held now, whatever X is said to have left)
        now = NOW_AFTER.match(candidate.after) and stated_role(candidate.after)
        for role in roles:
            stated_now = bool(now) and role == now
            owner = role and organisation and role_owner(role, candidate, organisation, subject)
            of_the_kind = role and (
                of_the_kind_named_last(role, candidate, here_named)
                or of_the_only_one_of_its_kind(role, organisations_named)
            )
            if of_the_kind:
                role = of_the_kind
            elif owner:
                role = f"{role} of {owner}"  # "Its chairman, X": of the firm named
            elif role and organisation and actor.kind == "PER":
                role = central_bank_office(role, candidate, organisation, called_central)
            role = role and clean_role(role)
            if role and role not in actor.roles:
                actor.roles.append(role)
                stated_at[(key, role)] = candidate_position(candidate)
            if role and stated_now:
                held_now.add((key, role))
        mentions.append(
            MentionSpan(
                candidate.sentence.paragraph,
                candidate.tokens[0].start,
                candidate.tokens[-1].end,
                actor.name,
                actor.kind,
                candidate.sentence.start,
                actor.kind == "PER" and leads_its_sentence(candidate),
                WHO_CLAUSE.match(candidate.after) is not None,
                ends_with(BESIDE_THE_SUBJECT, candidate.before) is not None,
                sexes.get(key, ""),
                pronoun_in_its_clause(candidate.before),
                governed(candidate.before),
                PAST_PERFECT_AFTER.match(candidate.after) is not None,
                # ("Aceros ... said it would", "“...,” said Iryna Kovalenko, ..."; not
                # "said Clinton's communications director, Jennifer Palmieri")
                SAYS_AFTER.match(candidate.after) is not None
                or (
                    SET_OFF_SAYS_AFTER.match(candidate.after) is not None
                    and not governed(candidate.before)
                )
                or (
                    ends_with(SAID_BEFORE, candidate.before) is not None
                    and not candidate.tokens[-1].possessive
                ),
            )
        )
        last_person = key if actor.kind == "PER" else last_person
    held_before = offices_left(resolved, actors, stated_at, held_now)
    people = sorted(
        ((c, k) for c, k in resolved if actors[k].kind == "PER"),
        key=lambda pair: candidate_position(pair[0]),
    )
    # (one the article says has left is gone: "X had been relieved of his duties. X will be
    # replaced by Y" makes Y the holder, not X "until Y takes over")
    gone = {key for candidate, key in people if left_already(candidate)}
    for change in successions(people):
        leaving, following = actors[change.leaver], actors[change.follower]
        held = held_before.get(change.leaver, [])
        announced = change.announced and change.leaver not in gone
        take_over(leaving, following, change.office, held, announced)
    offices_passed_by_pronoun(people, actors, told)
    for key, actor in actors.items():
        actor.mentions = counts[key]
        actor.roles = without_a_bare_title_said_in_full(actor.roles)
    for candidate, key in resolved:
        if actors[key].kind == "PER" and (called := called_as_a_doctor(candidate)):
            actors[key].aliases.add(called)  # "what did Dr Lim say?" of two Lims
        elif actors[key].kind == "PER" and (called := called_by_courtesy(candidate)):
            # "/who Mr Adeyemi" of "Mr Tunde Adeyemi" beside Dr Kemi Adeyemi; "/who Ms Tan" of
            # Tan Hui Min beside Prof Tan Wei Jie: the one the article calls so, where another
            # person shares the surname (a surname alone only of a name written family name
            # first, whose given name tells no sex, where the article's "she" agrees)
            surname = called.split(" ", 1)[1]
            surname_alone = len(candidate.tokens) == 1 or surname == candidate.name
            agrees = sexes.get(key) == COURTESY_TITLES[called.split()[0].casefold()]
            family_first = family_name_written_first(actors[key].name.split())
            others = (a for k, a in actors.items() if k != key and a.kind == "PER")
            shared = any(
                surname in other.aliases or other.name.endswith(f" {surname}") for other in others
            )
            if shared and (not surname_alone or (family_first and agrees)):
                actors[key].aliases.add(called)
    found = sorted(
        (actor for actor in actors.values() if actor.mentions), key=lambda a: -a.mentions
    )
    # "The mineworkers' union Sintracarbocesar": what each organisation is called, for
    # "the union's president"
    kinds: dict[str, set[str]] = {}
    for candidate, key in resolved:
        kind_word = KIND_BEFORE.search(candidate.before[-40:]) or kind_set_off_after(
            candidate.after, key == first_organisation
        )
        if actors[key].kind == "ORG" and kind_word:
            kinds.setdefault(actors[key].name, set()).add(kind_word.group(1).casefold())
    lead = {actors[key].name for c, key in resolved if c.sentence.paragraph <= LEAD_PARAGRAPHS}
    roles_with_their_organisation(found, sentences, kinds, lead)
    return found, mentions


# (after the name's acronym in brackets too: "the Pakistan Awami Justice Party (PAJP), who")
WHO_AFTER = re.compile(r"^(?:\s*\([^()]*\))?,\s+who\b")
# "X, the Papanasam MLA who heads the Assembly's Committee on ...", "X, a UPDF representative
# in Parliament who chairs the Committee on ...", "X, a former minister who now chairs ...": a
# role, then the body the person heads
ROLE_THEN_WHO_HEADS = re.compile(
    r"^,\s+(?:the|a|an)\s+[^,;:\"“”()]{1,80}?\s+"
    r"(?=who\s+(?:now\s+|currently\s+)?(?:chairs|heads|leads|directs|runs)\s"
    # ("a former deputy minister ... who is now a senior adviser at ...")
    r"|who\s+is\s+(?:now|currently)\s+(?:the|a|an)\s)"
)
# "Senator Ayesha Awan of the Pakistan Awami Justice Party (PAJP), who chairs ...": the body
# the person is of, then the "who" clause that is the person's
OF_A_BODY_THEN_WHO = re.compile(
    r"^\s+of\s+(?:the\s+)?(?:[A-Z][\w'’&.-]*\s+(?:(?:of|for|and|the)\s+)*){0,6}[A-Z][\w'’&.-]*"
    r"(?:\s+\([A-Z][\w&.-]*\))?(?=,\s+who\s)"
)


def offices_left(
    resolved: list[tuple[Candidate, str]],
    actors: dict[str, ActorFound],
    stated_at: dict[tuple[str, str], tuple[int, int]],
    held_now: set[tuple[str, str]],
) -> dict[str, list[str]]:
    """Marks the offices the article says people left ("replacing X as chief executive",
    "the resignation of X as ..."): former, or taken by their successor; returns the roles
    each who leaves held before, as stated (not those `held_now`: "X, who now chairs ...")."""
    held_before: dict[str, list[str]] = {}
    for candidate, key in resolved:
        office = office_left(candidate) if actors[key].kind == "PER" else None
        if office is None:
            continue
        here = candidate_position(candidate)
        held_before.setdefault(
            key, [r for r in actors[key].roles if stated_at.get((key, r), here) <= here]
        )
        successor, named = replaced_by(candidate, key, resolved, actors)
        # "Paredes ... since replacing Andrés Villanueva Soto": his was her office (not
        # "transport engineer", what the successor is; nor "new", how she holds it); the one
        # she is appointed to there first ("appointing X, Director of ..., as deputy governor,
        # replacing Thịnh")
        appointed = named and appointed_role(named.before, named.after)
        # (what one who "will replace" Y holds now is not Y's office)
        offices = (
            [
                role_form(role).title
                for role in [appointed, *successor.roles]
                if role and holds_an_office(role)
            ]
            if successor and not announced_replacement(candidate)
            else []
        )
        # "succeeding Kenji Morimoto, who resigned ... Morimoto now chairs ...": he left her
        # office, not the one he holds now, nor one stated after he left ("Mwale resigned ...
        # Mwale was appointed last week as chairman of ...")
        left = office or (offices[0] if offices else "")
        # (what "Her predecessor, X, was named" to here is new, not left)
        named_here = ends_with(PREDECESSOR_NAMED, candidate.before) is not None and bool(
            appointed_role(candidate.before, candidate.after)
        )
        # (nor what "His predecessor, X, now heads ... as its chief executive" holds now)
        # (nor "from Mian Shahid Latif, who is now chairman of ...": held now)
        named_here = named_here or HEADS_NOW.match(candidate.after) is not None
        named_here = named_here or HELD_NOW_AFTER.match(candidate.after) is not None
        # (nor "succeeded X, who was named Governor of GOSI last month": his new office)
        named_here = named_here or NAMED_SINCE_AFTER.match(candidate.after) is not None
        # (a change to come leaves them in the office until then, however the article states
        # it after: "Y will take over from X as Deputy Governor on January 1. X, who has been
        # deputy governor since 2019, will remain in the post until then")
        announced = announced_replacement(candidate) and bool(office)
        actors[key].roles = [
            as_outgoing(role, left)
            if (key, role) not in held_now
            and (
                stated_at.get((key, role), here) < here
                or (stated_at.get((key, role), here) == here and not named_here)
                or (announced and shares_an_office(role, left))
            )
            else role
            for role in actors[key].roles
        ]
        # (the office named after "as" when it is: "Senator Mary Jones replaced John Smith as
        # party treasurer" leaves him no Senator's seat)
        taken = clean_role(office) if office else offices[0] if offices else None
        if taken and successor:
            # "succeeded Dr Kofi Agyeman-Duah as Governor": the office the successor holds
            # in full ("Governor of the Bank of Ghana", "Sewusa general secretary")
            taken = in_full_as_held(taken, successor.roles)
        # (an office held before is no obstacle: "Khumalo, a former chief financial officer
        # at the group," succeeds as chief executive)
        holding = [r for r in successor.roles if not PAST_OFFICE.match(r)] if successor else []
        # (nor the office's deputy's: "Deputy Finance Minister X will take over from Y as
        # finance minister")
        holding = [r for r in holding if not office or not deputy_of(r, office)]
        if successor and office and not any(shares_an_office(r, office) for r in holding):
            # "Nghipondoka, who took over from Amutenya as head of the Bank of Namibia": hers
            taken_office = clean_role(office) or office
            # ("X will take over from Y as chief executive": X's office to come)
            if announced_replacement(candidate) and not taken_office.startswith("incoming "):
                taken_office = f"incoming {taken_office}"
            successor.roles.insert(0, taken_office)
        if taken:
            # ("Saidov, the former minister": the office in full instead)
            actors[key].roles = without_bare_past_office(actors[key].roles, taken)
        if taken and not any(shares_an_office(role, taken) for role in actors[key].roles):
            # (an office named so is one, though no title word says it: "head of the bank";
            # one left in the past is a former one: "who took over from Steve Ballmer as
            # chief executive in 2014")
            actors[key].roles.append(label_left(taken, left_in_the_past(candidate)))
        elif not actors[key].roles and office:
            # "the resignation of Engr. Babatunde Oyelaran as Executive Director": that one
            actors[key].roles = [as_outgoing(clean_role(office) or office, "")]
        elif taken:
            actors[key].roles = [said_in_full(role, taken) for role in actors[key].roles]
    return held_before


def in_full_as_held(office: str, roles: list[str]) -> str:
    """The bare `office` as one of `roles` (held now) states it with its body: "Governor of
    the Bank of Ghana" for "Governor"; else as given."""
    opening = office.casefold() + " of "
    return next(
        (
            role_form(role).title
            for role in roles
            if (role.casefold().startswith(opening) or body_before(office, role))
            and not PAST_OFFICE.match(role)
        ),
        office,
    )


def body_before(office: str, role: str) -> bool:
    """Whether `role` is `office` after its body's name: "Sewusa general secretary", "FSC
    Chairperson" for "chair" (not "Deputy general secretary", a rank)."""
    asked, written = office.casefold().split(), role.split()
    if len(written) <= len(asked) or [
        office_word(word.casefold()) for word in written[-len(asked) :]
    ] != [office_word(word) for word in asked]:
        return False
    owner = written[: -len(asked)]
    return owner[0][:1].isupper() and not any(
        word.casefold() in RANKED_TITLE_WORDS for word in owner
    )


RANKED_TITLE_WORDS = TITLE_WORDS | TITLE_MODIFIERS | RANK_WORDS  # no body's name holds these


def said_in_full(role: str, office: str) -> str:
    """ "outgoing FBR chairman" of "outgoing chairman" where the office left is named in full
    ("Bukhari replaced Asim Raza Qureshi as FBR chairman"); other roles as they are."""
    words = role.split()
    markers = [word for word in words if word.casefold() in PAST_MARKERS]
    core = {word.casefold() for word in words if word.casefold() not in PAST_MARKERS}
    full = {word.casefold() for word in office.split()}
    # (a bare title only, and an office that names its body: "former finance minister" and
    # "former chief executive" of "chief executive of the Johannesburg-listed group" stay as
    # the article wrote them)
    bare = core <= TITLE_WORDS - BODY_FIELDS
    named = any(
        word[:1].isupper() and "-" not in word and word.casefold() not in core
        for word in office.split()
    )
    # ("former chairman" of "FSC Chairperson": one office, the holder's sex aside)
    same = {office_word(word) for word in core} < {office_word(word) for word in full}
    if len(markers) != 1 or words[0] != markers[0] or not (bare and named) or not same:
        return role
    return f"{markers[0].casefold()} {office}"


def role_in_a_who_clause_further_on(after: str) -> str | None:
    """The role a "who" clause states of a person when the body they are of, or another role,
    stands between the name and it (OF_A_BODY_THEN_WHO, ROLE_THEN_WHO_HEADS)."""
    for pattern, opening in ((OF_A_BODY_THEN_WHO, ""), (ROLE_THEN_WHO_HEADS, ", ")):
        found = pattern.match(after)
        if found:
            return stated_role(opening + after[found.end() :])
    return None


# ", who is now chairman of ...", ", now the bank's governor": the role set off after a name
# is held now
HELD_NOW_AFTER = re.compile(r"^,\s+(?:who\s+is\s+)?(?:now|currently)\s")
# ", who was named Governor of GOSI last month": the office the one who left moved to
NAMED_SINCE_AFTER = re.compile(
    r"^,\s+who\s+(?:was|has\s+been|had\s+been)\s+(?:named|appointed|elected|promoted|made)\b"
)
# ", who now chairs ...", ", now ...", ", who is currently ..."
NOW_AFTER = re.compile(r"^,\s+(?:who\s+)?(?:is\s+)?(?:now|currently)\s")
# A preposition right before a name: its object, not a subject ("report directly to X",
# "succeeding X")
# (but a passive's agent acts: "was criticised on Thursday by Kemi Badenoch")
GOVERNED = re.compile(
    r"\b(?:to|from|under|with|for|against|by|succeeding|replacing|at|about|near|among|between)\s+$"
)
# ... or through a lower-case title: "under former petroleum minister Hassan Karimian" (not
# "according to opposition leader X", a source; nor "came from jailed opposition leader X",
# whose message it is)
GOVERNED_TITLED = re.compile(
    r"(?<!according )\b(?:to|under|with|for|against|succeeding|replacing)\s+(?:the\s+)?"
    r"(?:former\s+)?"
    r"(?:[a-z-]+\s+){0,2}(?:" + "|".join(sorted(ROLE_NOUNS)) + r")\s+$"
)
# ... or set off after one: "since the resignation of its former chairman, X,"
GOVERNED_APPOSED = re.compile(
    r"\b(?:of|to|from|under|with|for|against|since|after|succeeding|replacing)\s+"
    r"(?:the|its|his|her|their)\s+(?:former\s+)?(?:[a-z-]+\s+){0,2}"
    r"(?:" + "|".join(sorted(ROLE_NOUNS)) + r"),\s+$"
)
# A relative clause's object: "Nawaf Al-Harbi, who replaced Saleh Al-Zahrani as ..."
RELATIVE_CLAUSE_OBJECT = re.compile(r",\s+who\s+(?:had\s+|has\s+)?[a-z]+\s+$")
PASSIVE_AGENT = re.compile(r"\b(?:was|were|been|is|are)\s+\w+ed\b[^,;]{0,40}\bby\s+$")
# "Lekkas had overseen two earlier rounds ...": what a subject had done, told as background
# (not "had said", "had warned": words reported)
PAST_PERFECT_AFTER = re.compile(
    r"^\s+had\s+(?:\w+ly\s+)?(?!(?:"
    + "|".join(sorted(SPEECH_VERBS))
    + r")\b)(?:been|[a-z]+(?:ed|en|wn|ght|ne))\b"
)
# "Aceros del Bajío S.A. de C.V., a steelmaker based in León, Guanajuato, said it would ..."
SAYS_AFTER = re.compile(
    r"^(?:\s*\([^()]*\))?(?:\s*,[^;.“”\"]{1,100}?,)?\s+(?:said|says|told|tells)\b"
)
# "the chairman of the committee, Senator Jackson Mutua, said" (but not a preposition's
# object: "X, chief economist at Grupo Financiero Altamar, said")
SET_OFF_SAYS_AFTER = re.compile(r"^,\s+(?:said|says|told|tells)\b")
# A subject pronoun before a name in the name's clause: "when he took over from"
PRONOUN_IN_CLAUSE = re.compile(r"\b([Hh]e|[Ss]he)\b[^,;:\"“”]*$")
CLAUSE_MARKS = ',;:"“”'  # the marks PRONOUN_IN_CLAUSE reads past none of


def governed(before: str) -> bool:
    """Whether the name after `before` is a preposition's object ("report directly to", "the
    comment by") or a relative clause's ("X, who replaced"), not a passive's agent ("was
    criticised on Thursday by")."""
    if search_end(GOVERNED, before[-20:]) is None:
        return (
            search_end(RELATIVE_CLAUSE_OBJECT, before[-40:]) is not None
            or search_end(GOVERNED_TITLED, before[-60:]) is not None
            or search_end(GOVERNED_APPOSED, before[-60:]) is not None
        )
    return not (before.endswith("by ") and ends_with(PASSIVE_AGENT, before))


def pronoun_in_its_clause(before: str) -> str:
    """ "he" of "... since 2023, when he took over from" (the text of a sentence before a
    name): a pronoun that names someone else than the name after it; "" when none."""
    # (searched from the clause's start: the match holds none of the marks that end one)
    start = 1 + max(before.rfind(mark) for mark in CLAUSE_MARKS)
    if (
        start > 1
        and before[start - 1] == ","
        and TITLE_ONLY.fullmatch(before, start)
        and ends_with(ONES_RELATION, before[: start - 1])
    ):
        # "... he had spoken with his Kenyan counterpart, Governor Dr X": his counterpart,
        # set off after the clause that says whose
        before = before[: start - 1]
        start = 1 + max(before.rfind(mark) for mark in CLAUSE_MARKS)
    found = PRONOUN_IN_CLAUSE.search(before, start)
    return found.group(1).casefold() if found else ""


# Only capitalised words (a title) before a name: "Central Bank of Kenya Governor Dr "
TITLE_ONLY = re.compile(r"\s*(?:(?:[A-Z][\w.'’-]*|of|for|the)\s+)*")
# Someone's relation, ending a clause: "his Kenyan counterpart", "her predecessor"
ONES_RELATION = re.compile(r"\b(?:his|her)\s+(?:[\w-]+\s+){0,2}[a-z][\w-]*$")


# Between two names of one list: ", ", ", and ", " and "
LIST_GAP = re.compile(r"^\s*(?:,|,?\s+and)\s+$")
LIST_ORGANISATIONS = 2  # organisations a list must hold before its other names are too
LIST_LENGTH = 3


# Before a word at a sentence's or a quote's start: nothing, or the quote's opening mark
OPENING_MARKS = QUOTE_OPENERS | {""}
SENTENCE_ENDS = frozenset({".", "?", "!"})  # a sentence ended before it, inside one quote
LOWER_WORD_AFTER = re.compile(r"^\s+([a-z][\w-]*)")


def everyday_opening(candidate: Candidate, owner: str) -> bool:
    """A word written with a capital only because it opens its sentence or quote: an
    everyday one, or one the words after go on with as the `owner`'s name does, in lower
    case ("“Monetary policy cannot ...”" beside the Monetary Policy Committee)."""
    following = LOWER_WORD_AFTER.match(candidate.after)
    if following is None or candidate.before.strip()[-1:] not in OPENING_MARKS | SENTENCE_ENDS:
        return False
    word = candidate.name.casefold()
    named_next = owner.casefold().split()[1:2] == [following.group(1)]
    return named_next or word in candidate.lower_vocabulary or word in COMMON_WORDS


def listed_with_organisations(
    classified: list[tuple[Candidate, str | None]],
) -> list[tuple[Candidate, str | None]]:
    """ "suppliers including Electric Ireland, Bord Gáis Energy, SSE Airtricity and Energia":
    the names of a list of three or more, two of them organisations and none a person, are
    organisations (not a place among them: "Apple, Google, Kenya and Ghana")."""
    lists: list[list[int]] = []
    for index, (candidate, _) in enumerate(classified):
        previous = classified[index - 1][0] if index else None
        joined = (
            previous is not None
            and previous.sentence is candidate.sentence
            and LIST_GAP.match(between(previous, candidate)) is not None
        )
        if joined and lists:
            lists[-1].append(index)
        else:
            lists.append([index])
    typed = list(classified)
    for members in lists:
        kinds = [classified[i][1] for i in members]
        organisations = kinds.count("ORG")
        if len(members) < LIST_LENGTH or organisations < LIST_ORGANISATIONS or "PER" in kinds:
            continue
        if 2 * organisations < len(members):
            continue  # mostly other names
        for i in members:
            candidate, kind = classified[i]
            # only names no rule said much of: not "AG Lynch" (not shaped like a name) or a
            # place; an everyday phrase may be ("Electric Ireland")
            weak = kind in {"single", "maybe"} or (
                kind is None and candidate.trace[-1].endswith("'everyday phrase'")
            )
            if weak and not is_place(candidate.name) and not candidate.title:
                candidate.listed_with_organisations = True
                if kind != "single":  # (a lone word is typed by the lone words' rules)
                    candidate.trace.append("typed ORG as a member of a list of organisations")
                    typed[i] = (candidate, "ORG")
    return typed


def between(first: Candidate, second: Candidate) -> str:
    """The sentence's text between two of its candidates."""
    sentence = first.sentence
    return sentence.text[
        first.tokens[-1].outer_end - sentence.start : second.tokens[0].start - sentence.start
    ]


PAST_OFFICE = re.compile(r"^(?:former|ex-)\s*", re.IGNORECASE)


def shares_an_office(role: str, office: str) -> bool:
    """Whether a role names the office another names: "outgoing Minister of Economy" and
    "Minister of Economy, Trade and Industry"."""
    # (by its title words, not its field: "finance" of "finance minister" is no office of
    # "former leader of the Finance Ministry")
    words = {word.casefold().strip(".,") for word in office.split()} & TITLE_WORDS - BODY_FIELDS
    if not MILITARY_GENERAL.search(office):
        # (nor "general" after an office: "secretary general", "chairman general" are two)
        words -= {"general"}
    return bool(
        {office_word(word) for word in words}
        & {office_word(word.casefold().strip(".,")) for word in role.split()}
    )


# A general's rank, where "general" is the office: "Major General", "General X"
MILITARY_GENERAL = re.compile(r"(?:\b(?:major|lieutenant|brigadier)[\s-]+|^)general\b", re.I)


def deputy_of(role: str, office: str) -> bool:
    """Whether `role` is a lower rank of `office`: "Deputy Finance Minister" of "finance
    minister"."""
    ranks = {word.casefold().strip(".,") for word in role.replace("-", " ").split()} & LOWER_RANKS
    return bool(ranks - {word.casefold() for word in office.replace("-", " ").split()})


def office_word(word: str) -> str:
    """A title word with its holder's sex left out: "chairwoman" and "chairman" are one
    office."""
    return "chair" if word.startswith("chair") else word


def holds_an_office(role: str) -> bool:
    """A title one person holds after another ("head of the CNRT", "Minister of Mines"), not
    an occupation ("transport engineer")."""
    words = role.split()
    head = words[head_index(words)].casefold().rstrip(".,") if words else ""
    # ("director-general", "secretary-general": a title by either part)
    return any(part in TITLE_WORDS or part in LEADER_TITLES for part in {head, *head.split("-")})


ITS_AFTER = re.compile(r"\bits\b")  # a thing's possessive in the sentence after a name


def take_over(
    leaving: ActorFound,
    following: ActorFound,
    office: str | None,
    held: list[str],
    announced: bool = False,
) -> None:
    """The office one person leaves is the next one's: "Bekov was replaced by Saule
    Zhumabekova" gives her his title as stated before he left; "Perera's former post,
    Director General of Fiscal Policy, is now held by Tharindu Jayasuriya" names it, and it
    is Perera's no longer. A change `announced` ("Bekov will be replaced by ...") makes
    her its incoming holder and him its outgoing one."""
    if leaving is following:
        return
    if office is not None:
        taken = clean_role(office)
        if not taken:
            return  # "His seat of Runcorn went to X": a place, no office
        taken = held_in_full(taken, leaving.roles)
        past = with_time_marker(taken, "outgoing") if announced else f"former {taken}"
        # (not when the article already says they left it: "the chairman ..., Peni Naulu,
        # resigned" is the outgoing chairman, not also a "former chairwoman"; but the office
        # in full for a bare one: "Saidov, the former minister" left the Minister of Energy)
        leaving.roles = without_bare_past_office(leaving.roles, taken)
        left = any(
            PAST_MARKERS & set(role.casefold().split()) and shares_an_office(role, taken)
            for role in leaving.roles
        )
        if past and past not in leaving.roles and not left:
            if announced and taken in leaving.roles:
                # ("EuroCham chairman" X "will be replaced as chairman": in post, leaving)
                leaving.roles[leaving.roles.index(taken)] = past
            else:
                leaving.roles.append(past)
    else:
        # (the office itself, not how the leaver holds it now: "X, the former president of
        # the ANP, was replaced in March by Y" makes Y its president)
        taken = next((held_now(role) for role in map(clean_role, held) if role), None)
        former = [role for role in map(clean_role, held) if role and role.startswith("former ")]
        if taken and former and not names_its_body(taken):
            return  # "X, a former congressman, was replaced by Y": X's past, not the office
    if taken and announced:
        taken = with_time_marker(taken, "incoming")
    # (held already as the article says, "acting" too: "X, acting Director General of the ANP
    # since the departure of Y")
    if not taken or taken in following.roles:
        return
    key = role_form(taken).key
    held_so = any(
        (form := role_form(role)).key == key and not form.past for role in following.roles
    )
    if announced or not held_so:
        following.roles.insert(0, taken)


def held_in_full(office: str, roles: list[str]) -> str:
    """The office as the leaver's roles state it in full: "EuroCham chairman" for "will be
    replaced as chairman"; else as given."""
    folded = office.casefold()
    return next(
        (
            role
            for role in roles
            if (
                role.casefold().endswith(f" {folded}")
                or role.casefold().startswith(f"{folded} of ")
            )
            and not PAST_MARKERS & set(role.casefold().split())
        ),
        office,
    )


def offices_passed_by_pronoun(
    people: list[tuple[Candidate, str]], actors: dict[str, ActorFound], told: dict[str, str]
) -> None:
    """ "Eric Niyonsaba ... will replace her as Permanent Secretary": his office to come, and
    the outgoing one of the last other person named before his sentence whom the pronoun may
    be (former, where the change is told as made: "X succeeded him as ...")."""
    for index, (candidate, key) in enumerate(people):
        taken = office_taken_from_a_pronoun(candidate)
        if taken is None or not (office := clean_role(taken[0])):
            continue
        _, announced, sex = taken
        named = [k for c, k in people[:index] if k != key and c.sentence is not candidate.sentence]
        sexes = {k: told.get(k) or clear_sex_of(actors[k].name) for k in named}
        # (one the article or the name says is of the pronoun's sex before one it says nothing
        # of: "her" is Clarisse Mukamana, not Jean Bosco Habimana named after her)
        before = [k for k in named if sexes[k] == sex] or [k for k in named if not sexes[k]]
        if not before:
            continue
        incoming = f"incoming {office}" if announced else office
        if incoming not in actors[key].roles:
            actors[key].roles.insert(0, incoming)
        left = f"{'outgoing' if announced else 'former'} {office}"
        leaving = actors[before[-1]]
        # ("Principal Secretary Dr Esther Wairimu will leave ... X will replace her as
        # Principal Secretary for the National Treasury": the office her bare title said)
        bare = next(
            (
                role
                for role in leaving.roles
                if role != office and office.casefold().startswith(f"{role.casefold()} ")
            ),
            None,
        )
        if office in leaving.roles or bare:
            leaving.roles[leaving.roles.index(office if office in leaving.roles else bare)] = left
        elif not any(shares_an_office(role, office) for role in leaving.roles if role != office):
            leaving.roles.append(left)


def without_bare_past_office(roles: list[str], office: str) -> list[str]:
    """`roles` without a bare past form of `office` ("former minister") when the office
    left is known in full ("Minister of Energy and Water Resources")."""
    # (an office with its field, whose bare head the past role is: not "former chancellor"
    # beside "Shadow Chancellor", another office)
    if len(office.split()) < 2 or " of " not in office:
        return roles
    return [
        role
        for role in roles
        if not (
            len(role.split()) == 2
            and PAST_MARKERS & set(role.casefold().split())
            and shares_an_office(role, office)
        )
    ]


def kind_set_off_after(after: str, first: bool) -> re.Match[str] | None:
    """The kind set off after a name ("the Conseil du Café-Cacao (CCC), the industry
    regulator,"); a kind that is also a name's head word (COMPANY_KINDS, below: "company",
    "group", "union", "bank", ...) only for the article's first organisation ("Access
    Holdings, the banking group": "the group's" is its; not "Nuance Communications, the speech
    recognition company" after Microsoft)."""
    found = KIND_SET_OFF_AFTER.match(after)
    return found if found and (first or found.group(1) not in COMPANY_KINDS) else None


def names_its_body(role: str) -> bool:
    """Whether a role says whose office it is: "president of the ANP", "the bank's governor"."""
    return " of " in role or POSSESSIVE_WORD.search(role) is not None


POSSESSIVE_WORD = re.compile(r"\w['’]s?\s")


def held_now(role: str) -> str:
    """A role without the marker saying it was held before: "president of the ANP" of
    "former president of the ANP"; any other as it is."""
    form = role_form(role)
    return form.title if form.past else role


def label_left(office: str, long_ago: bool) -> str:
    """The office one left, marked so: "outgoing chairman", or "former chief executive" for
    a change told in the past tense; as it is when it says so already."""
    if PAST_MARKERS & set(office.casefold().split()):
        return office
    if long_ago:
        return former_role(office) or office  # ("bank's former chief executive")
    outgoing = as_outgoing(office, "")
    return outgoing if outgoing != office else f"outgoing {office}"


# "Her deputy, Dr Simon Kigozi,": the deputy of the one named before
DEPUTY_OF_BEFORE = re.compile(r"\b(?:[Hh]is|[Hh]er)\s+deputy,\s*$")


def office_deputised(candidate: Candidate, their_roles: list[str]) -> str | None:
    """ "Governor of the Bank of Uganda Dr Ruth Namuddu Kigozi ... Her deputy, Dr Simon
    Kigozi,": "Deputy Governor of the Bank of Uganda", the office of the person named before
    with "Deputy" (their first stated office, not one they left or are deputy in)."""
    if not DEPUTY_OF_BEFORE.search(candidate.before[-30:]):
        return None
    office = next(
        (
            role
            for role in their_roles
            if role.split()[0].casefold().rstrip(".") in TITLE_WORDS
            and not PAST_MARKERS & set(role.casefold().split())
            and not LOWER_RANKS & set(role.casefold().split())
        ),
        None,
    )
    if office is None:
        return None
    return f"Deputy {office}" if office[:1].isupper() else f"deputy {office}"


def role_set_off_before_a_title(candidate: Candidate, title: str) -> str | None:
    """ "The union's chief negotiator, deputy secretary-general Dr Lilian Chebet, said": the
    role set off before the name's own lower-case title."""
    before = candidate.before.rstrip()
    if not before.endswith(title):
        return None
    ahead = before[: -len(title)].rstrip()
    return role_set_off_before(ahead + " ", candidate.after) if ahead.endswith(",") else None


def without_a_bare_title_said_in_full(roles: list[str]) -> list[str]:
    """ "president" beside "president of the Pakistan Awami Justice Party" (of "The PAJP, whose
    president X ..."): the title once, with what it is of."""
    return [
        role
        for role in roles
        if " " in role
        or not any(other.casefold().startswith(f"{role.casefold()} of ") for other in roles)
    ]


# "Her predecessor, who now heads the Coastal Protection Agency,": the one the sentence before
# says she replaced, and what they hold now
PREDECESSOR_NOW = re.compile(r"^(His|Her)\s+predecessor(?=,\s+(?:who\s+)?(?:now|currently)\s)")


def held_now_by_the_one_replaced(
    candidate: Candidate, text_at: dict[tuple[int, int], str]
) -> str | None:
    """ "Dr Tan replaced Mr Goh Kian Seng as chief executive in March. Her predecessor, who
    now heads the Coastal Protection Agency, ...": Goh's office now."""
    sentence = candidate.sentence
    following = text_at.get((sentence.paragraph, sentence.index + 1), "")
    opening = PREDECESSOR_NOW.match(following)
    if opening is None:
        return None  # (asked first: the next sentence rarely opens so, and is quickly read)
    left = ends_with(LEAVES_BEFORE, candidate.before)
    if left is None or not a_replacement(left):
        return None
    # (the pronoun is the one who replaced: "Ms Tan replaced Mr Goh ... His predecessor" is
    # Goh's own predecessor)
    honorific = HONORIFIC_IN.search(candidate.before)
    pronoun_sex = SEX_OF_PRONOUN[opening.group(1)]
    if honorific and SEX_OF_HONORIFIC[honorific.group(1).casefold()] != pronoun_sex:
        return None
    return stated_role(following[opening.end() :])


HONORIFIC_IN = re.compile(r"\b(Mr|Mrs|Ms|Miss|Madam)\b\.?\s")


def replaced_by(
    candidate: Candidate,
    key: str,
    resolved: list[tuple[Candidate, str]],
    actors: dict[str, ActorFound],
) -> tuple[ActorFound | None, Candidate | None]:
    """The person whose sentence says they replace the one `candidate` names ("Peru's
    Minister ... Carmen Lucía Paredes ..., in her first test since replacing Andrés
    Villanueva Soto"): the sentence's first person named before, if another; with where
    they are named."""
    left = ends_with(LEAVES_BEFORE, candidate.before) or ends_with(WHO_FOLLOWED, candidate.before)
    if left is None or not a_replacement(left):
        return None, None  # "accepted the resignation of X": no one replaces X here
    sentence = candidate.sentence
    # (in a clause reported after "that", its own subject: "Minister X announced that Mr Y
    # will take over from Mrs Z")
    reported = sentence.text.rfind(" that ", 0, candidate.tokens[0].start - sentence.start)
    clause_start = sentence.start + reported if reported >= 0 else sentence.start
    before = [
        (actors[other], c)
        for c, other in resolved
        if c.sentence is sentence
        and clause_start <= c.tokens[0].start < candidate.tokens[0].start
        and actors[other].kind == "PER"
    ]
    # (or whose clause a pronoun opens: "It was her third rate decision since she replaced
    # Ranjith Abeysekera in May")
    pronoun = ends_with(PRONOUN_REPLACES, candidate.before) is not None
    if not before and (PRONOUN_OPENS.match(sentence.text) or pronoun):
        # '"...," Sultanov said. He became chairman in January, succeeding Tolkun
        # Abdrakhmanova': the first person the sentence before names (or the last sentence
        # of the paragraph to name one: 'X, chairwoman of ..., said ... "...," she said.
        # Her predecessor, Y, ...')
        earlier = [
            (c.sentence.index, c.tokens[0].start, actors[other], c)
            for c, other in resolved
            if c.sentence.paragraph == sentence.paragraph
            and c.sentence.index < sentence.index
            and actors[other].kind == "PER"
        ]
        last = max((index for index, *_ in earlier), default=None)
        before = [(a, c) for index, _, a, c in sorted(earlier) if index == last][:1]
    return before[0] if before and before[0][0] is not actors[key] else (None, None)


PRONOUN_OPENS = re.compile(r"(?:He|She|His|Her)\s")
PRONOUN_REPLACES = re.compile(
    r"\b(?:he|she)\s+(?:had\s+|has\s+)?(?:replaced|succeeded)\s+(?:[A-Z][\w.'’-]*\s+)*$"
)


OFTEN_DROPPED_FIRST = frozenset(
    "mohammad mohammed muhammad mohamed mohamad muhammed md mohd syed sayed".split()
)


def longer_names_of(
    actors: dict[str, ActorFound], introduced: dict[str, set[str]]
) -> dict[str, str]:
    """Each person's name that is another's without its middle words ("Grace Njoroge" of
    "Grace Wairimu Njoroge", "Hillary Clinton" of "Hillary Rodham Clinton"; not "George Bush"
    of "George W. Bush": an initial may tell a father from a son), its given names ("El
    Alaoui" of "Driss El Alaoui") or, of a name `introduced` with a title or a role, its last
    word ("Ahmad Zaki" of "Tan Sri Ahmad Zaki Osman", not "Marco Rubio" of a "Marco Rubio
    Miss" read from a headline), keyed to that other's key; not when two longer names fit
    ("Ali Khan" beside Ali Ahmed Khan and Ali Raza Khan)."""
    # "Robert Hale Jr." is another person than Robert Hale: a suffix makes no longer name of
    # the same words ("Nana Mensah" of "Nana Kobina Ansah Mensah II", its middle words left
    # out, is the chief)
    words = {
        key: [word for word in key.split() if word not in NAME_SUFFIXES]
        for key, actor in actors.items()
        if actor.kind == "PER" and " " in key
    }
    suffixed = {key for key in words if NAME_SUFFIXES & set(key.split())}
    longer: dict[str, str] = {}
    for short, short_words in words.items():
        if short in suffixed:
            continue
        fits = [
            key
            for key, long_words in words.items()
            if (
                given_names_as_initials(short_words, long_words)
                and not offices_apart(introduced.get(short), introduced.get(key))
            )
            or len(long_words) > len(short_words)
            and (
                without_middle_words(short_words, long_words, several_given=short not in introduced)
                or (short_words[0] in PARTICLES and long_words[-len(short_words) :] == short_words)
                or (key in introduced and len(short_words) == 2 and long_words[:-1] == short_words)
                # "Nurul Alam" of "Mohammad Nurul Alam": a name of devotion or lineage that
                # South Asian and Malay news often leaves out after the first mention
                or (
                    long_words[0] in OFTEN_DROPPED_FIRST
                    and long_words[1:] == short_words
                    and not offices_apart(introduced.get(short), introduced.get(key))
                )
                # "Intan Suraya" of "Intan Suraya binti Hashim": the names before a patronymic
                or (
                    long_words[len(short_words)] in PATRONYMICS
                    and long_words[: len(short_words)] == short_words
                )
            )
        ]
        fits = [key for key in fits if not (key in suffixed and words[key] == short_words)]
        if len(fits) == 1:
            longer[short] = fits[0]
    return longer


def names_with_their_place(actors: dict[str, ActorFound]) -> dict[str, str]:
    """Each organisation's name that is another's without the place that ends it ("Bank
    Negara" of "Bank Negara Malaysia", "Reserve Bank" of "Reserve Bank of India"), keyed to
    that other's key, when one such longer name fits and the short one holds a body's word
    (not a party's: the "Republican Party" beside the "Republican Party of Wyoming" is the
    nation's)."""
    names = {key: actor.name.split() for key, actor in actors.items() if actor.kind == "ORG"}
    longer: dict[str, str] = {}
    for short, short_words in names.items():
        heads = {w.casefold() for w in short_words} & ORG_HEADS
        if len(short_words) < 2 or not heads or "party" in heads:
            continue
        fits = [
            key
            for key, long_words in names.items()
            if key != short
            and long_words[: len(short_words)] == short_words
            and place_after_a_name(
                long_words[len(short_words) :], is_central_bank(actors[key].name)
            )
        ]
        if len(fits) == 1:
            longer[short] = fits[0]
    return longer


def place_after_a_name(rest: list[str], central_bank: bool) -> bool:
    """Whether the words after a name are only a place's, with "of" or "of the" before it
    ("of India"), or without it for a `central_bank` ("Malaysia" of "Bank Negara Malaysia";
    a company's "Endeavour Mining Côte d'Ivoire" is its local unit, another)."""
    if rest[:1] == ["of"]:
        rest = rest[2:] if rest[1:2] == ["the"] else rest[1:]
    elif not central_bank:
        return False
    place = " ".join(rest)
    return bool(rest) and (is_place(place) or is_region(place))


def offices_apart(short: set[str] | None, long: set[str] | None) -> bool:
    """Whether two names were introduced with different offices, not both of them ways of
    saying who leads ("CEO" and "managing director", "governor" and "head of the board" may
    be one person's): "The project's chief engineer, K. Wangchuk," is not "Yangtse Gup Karma
    Wangchuk", nor the labourer "Ali Khan" the minister "Syed Ali Khan"."""
    if not short or not long or short & long:
        return False
    return not (short & LEADING_OFFICES and long & LEADING_OFFICES)


# Words of offices that say who leads a body, one person's under several names
LEADING_OFFICES = frozenset(
    "ceo chief executive head leader president chair chairman chairwoman chairperson governor "
    "director md minister secretary justice judge commissioner manager".split()
)


# Initials a key keeps of a given name: its letter, or a transliterated pair ("Ch." of Mongolian
# and Russian names; not "Yu", "Ye", "Ya": given names of their own, "Yu Chen" is not "Yuan Chen")
INITIAL_KEYS = frozenset({"ch", "ts", "sh", "kh", "zh"})


def given_names_as_initials(short: list[str], long: list[str]) -> bool:
    """ "b gantulga" of "batbayar gantulga", "j r smith" of "john robert smith": the same
    surname, each given name written as its initial (not "d gantulga" of "batbayar
    gantulga")."""
    return (
        len(short) == len(long) >= 2
        and short[-1] == long[-1]
        and all(
            (len(initial) == 1 or initial in INITIAL_KEYS)
            and len(given) > len(initial)
            and given.startswith(initial)
            for initial, given in zip(short[:-1], long[:-1], strict=True)
        )
    )


def without_middle_words(short: list[str], long: list[str], several_given: bool) -> bool:
    """ "grace njoroge" of "grace wairimu njoroge", "sherif al gohary" of "sherif mahmoud al
    gohary", and, when `several_given`, "chaudhry tariq bhatti" of "chaudhry tariq mehmood
    bhatti": the given names and the surname (with its particle), the longer name's middle
    words whole words, no initials."""
    splits = range(1, len(short)) if several_given else range(1, 2)
    return any(short_of(short[:split], short[split:], long) for split in splits)


def short_of(given: list[str], surname: list[str], long: list[str]) -> bool:
    middle = long[len(given) : len(long) - len(surname)]
    return (
        long[: len(given)] == given
        and long[-len(surname) :] == surname
        and (len(surname) == 1 or surname[0] in PARTICLES)
        and bool(middle)
        and all(len(word) > 2 for word in middle)
    )


SET_OFF_AFTER = re.compile(r"^\s*(?:\([^()]{1,20}\))?\s*,")
DESCRIBED_BEFORE = re.compile(
    r"\b(?i:of|on|at|against|with|to|for|about|by|from)\s+(?i:the|a|an)\s+"
    r"(?:(?!whose\b)[^,.;:])*,\s*$"
)


# The article's own word for a person's sex: the pronoun opening the next sentence ("Engr.
# Tunde Adeyemi, Kanem's managing director, denied any wrongdoing. He is not related to the
# finance minister."), or an honorific ("Ms Al Falasi").
PRONOUN_OPENING = re.compile(r"^(He|His|She|Her)\b")  # not inside a quote: another's
SAID_BEFORE = re.compile(r"\b(?:said|says)\s+$")
QUOTE_THEN_PRONOUN = re.compile(r"^[“\"][^“”\"]+[”\"]\s*,?\s*(he|she)\s+(?:said|added|says)\b")
# "she" as a subject right after the person's own speech verb ("said she would", "told
# reporters that he had", "said, adding that he"), or of a "which" clause on what they said
# ("..., which she called generous"); not after "when", "before" ... ("said the patient
# waited before he was seen")
SAID_THEN_PRONOUN = re.compile(
    r"^(?:\s*,[^,;“”\"]*,)?\s+(?:said|says|added|told\s+\w+)(?:,\s+adding)?\s+(?:that\s+)?"
    r"([Hh]e|[Ss]he)\s+[a-z]"
)
WHICH_PRONOUN = re.compile(
    r"^[^“”\"]*?,\s+which\s+([Hh]e|[Ss]he)\s+(?:called|described|termed|labelled|said)\b"
)


def pronoun_later(after: str) -> re.Match[str] | None:
    """ "he" or "she" later in the person's sentence, when no one else is spoken of before it
    (not "... offered, which she called" after "told the minister", "met Ruiz")."""
    found = SAID_THEN_PRONOUN.match(after) or WHICH_PRONOUN.match(after)
    if found is None:
        return None
    between: list[str] = WORD_IN_TEXT.findall(after[: found.start(1)])
    if any(word[:1].isupper() for word in between):
        return None
    plain = {word.casefold() for word in between}
    return None if plain & (OTHERS_NOUNS | OBJECT_PRONOUNS) else found


OBJECT_PRONOUNS = frozenset({"him", "her", "them", "his", "their"})


# The speaker a quote opening the sentence is credited to: "“...,” said Farzana Rahman",
# "“...,” Rahman said"
AFTER_A_QUOTE = re.compile(r"[”\"]\s*,?\s*(?:(?:said|says|added)\s+)?$")


def speaks_after_a_quote(candidate: Candidate) -> bool:
    """Whether the name is the speaker credited right after the quote its sentence opens
    with."""
    found = ends_with(AFTER_A_QUOTE, candidate.before)
    if found is None:
        return False
    said_before = found.group().rstrip().endswith(("said", "says", "added"))
    # ("“...,” Kim Ha-yoon, director-general of the bureau, told reporters")
    return said_before or bool(SAYS_AFTER.match(candidate.after))


SEX_OF_PRONOUN = {"He": "M", "His": "M", "She": "F", "Her": "F"}
SEX_OF_HONORIFIC = {
    **{"mr": "M", "sir": "M", "mrs": "F", "ms": "F", "miss": "F", "madam": "F"},
    **{
        "mme": "F",
        "mlle": "F",
        "bwana": "M",
        "mama": "F",
        "encik": "M",
        "cik": "F",
    },
    # (one who has made the pilgrimage, as West African and Malay usage writes it)
    **{"alhaji": "M", "haji": "M", "alhaja": "F", "hajia": "F", "hajiya": "F", "hajah": "F"},
}
SEX_OF_PATRONYMIC = {"bin": "M", "ibn": "M", "binti": "F", "binte": "F", "bint": "F"}


def sexes_stated(sentences: list[Sentence], people: list[tuple[Candidate, str]]) -> dict[str, str]:
    """Person key -> "M" or "F" where the article says it of them and of no one else in the
    same sentence, without contradicting itself."""
    text_at = {(s.paragraph, s.index): s.text for s in sentences}
    named_in: Counter[tuple[int, int]] = Counter(
        (c.sentence.paragraph, c.sentence.index) for c, _ in people
    )
    found: dict[str, set[str]] = {}
    for candidate, key in people:
        where = (candidate.sentence.paragraph, candidate.sentence.index)
        honorific = {SEX_OF_HONORIFIC.get(t.text.casefold().rstrip(".")) for t in candidate.title}
        # the sentence's only person, its subject, named in full: "He" of the next sentence
        # is most likely them (not the possessor of "Trump's wife, Melania, ... She is", nor
        # a lone surname, which may have been read as the wrong namesake)
        owner = candidate.tokens[-1].possessive
        full = name_key(candidate.name) == key
        leads = leads_its_sentence(candidate)
        # (or the one who said the quote the sentence opens with: "“We have no room left,”
        # said Farzana Rahman, ... She said ...")
        subject = leads or speaks_after_a_quote(candidate)
        alone = named_in[where] == 1 and subject and full and not owner
        # "Faizal bin Ismail" is a son, "Nurul Ain binti Abdul Rahman" a daughter
        patronymic = {SEX_OF_PATRONYMIC.get(t.text.casefold()) for t in candidate.tokens}
        said = {told for told in honorific | patronymic if told is not None}
        if alone:
            said |= {sex} if (sex := sex_told_after(candidate, text_at, leads)) else set()
        found.setdefault(key, set()).update(said)
    return {key: sexes.pop() for key, sexes in found.items() if len(sexes) == 1}


def sex_told_after(
    candidate: Candidate, text_at: dict[tuple[int, int], str], leads: bool
) -> str | None:
    """The sex the pronoun after the subject `candidate` tells: "He" opening the next
    sentence, the quote after credited to "he" ("“Nobody will be left ...,” he said"), or
    "she" later in the sentence ("..., which she called generous"); not when another is
    spoken of after the name ("wrote to the minister in May. He replied"). After a quote's
    speaker, or in the next paragraph, only a pronoun that speaks ("She said"): "“He was a
    good father,” said his sister. He had worked there 20 years" is another's "He"."""
    if others_spoken_of(candidate.after):
        return None
    opening = pronoun_opening_what_follows(candidate.sentence, text_at, leads) or pronoun_later(
        candidate.after
    )
    return SEX_OF_PRONOUN[opening.group(1).title()] if opening else None


def pronoun_opening_what_follows(
    sentence: Sentence, text_at: dict[tuple[int, int], str], any_verb: bool
) -> re.Match[str] | None:
    """The "He" or "She" opening what follows `sentence` (its group 1): in its paragraph, with
    any verb when `any_verb`; in the next paragraph, or else, only one that speaks ("She
    said"); or the quote after, credited to "he"."""
    following = next_sentence_told(text_at, sentence.paragraph, sentence.index)
    in_paragraph = (sentence.paragraph, sentence.index + 1) in text_at
    return (
        PRONOUN_OPENING.match(following) if any_verb and in_paragraph else speaking(following)
    ) or QUOTE_THEN_PRONOUN.match(following)


def speaking(text: str) -> re.Match[str] | None:
    """ "He said", "She later told": `text` opening with a pronoun a speech verb follows."""
    found = SPEAKING_PRONOUN.match(text)
    return found if found and found.group("verb") in SPEECH_VERBS else None


def others_spoken_of(after: str) -> bool:
    """Whether the words after a name speak of another person: "the minister", "his wife",
    "the patient"."""
    return any(noun in OTHERS_NOUNS for noun in THE_NOUN_AFTER.findall(after))


OTHERS_NOUNS = ROLE_NOUNS | RELATION_NOUNS | PERSON_NOUNS
# "He said", "She later told": a pronoun opening a sentence as a speech verb's subject
SPEAKING_PRONOUN = re.compile(r"^(He|She)\s+(?:(?:also|later|then|again)\s+)?(?P<verb>[a-z]+)\b")


def club_taken_for_a_person(
    actor: ActorFound, word: str, resolved: list[tuple[Candidate, str]]
) -> bool:
    """ "Orlando Pirates", typed a person by its given name, when "Pirates" alone is a club
    before its staff ("Pirates coach Karim El Idrissi"): two words, the last a plural no
    surname list holds, never written with a title."""
    words = actor.name.split()
    key = name_key(actor.name)
    return (
        actor.kind == "PER"
        and len(words) == 2
        and name_key(words[-1]) == word
        and plural_nickname(words[-1])
        and not any(c.title for c, k in resolved if k == key)
    )


# "..., flanked by fellow co-leader Jorge Lamas Quintana": someone beside the sentence's
# subject, a title or a description between
BESIDE_THE_SUBJECT = re.compile(
    r"\b(?:flanked|joined|accompanied)\s+by\s+(?:[\w-]+\s+){0,3}$|\balongside\s+(?:[\w-]+\s+){0,3}$"
)
LEAD_WORDS = 5  # words of a title or description before a sentence's subject
WHO_CLAUSE = re.compile(r"^\s*,\s+who\b")
DESCRIBING_WORDS = TITLE_WORDS | ROLE_NOUNS  # "coach" of "Pirates coach Karim El Idrissi"


# A role set off before the name that opens the sentence: "Its chief executive, ", "The
# union's national president, ", "Hanbit's chief executive, "
ROLE_OPENING_THE_SENTENCE = re.compile(
    r"^(?:Its|His|Her|Their|The|[A-Z][\w&-]*['’]s)\s+(?:[\w'’-]+\s+){0,5}?[\w'’-]+,\s*$"
)


@read_once  # asked of a name by several passes
def leads_its_sentence(candidate: Candidate) -> bool:
    """ "Pirates coach Karim El Idrissi was ...", "Retired Lt. Gen. Michael Flynn, ...": only
    a title or a description before the name; not "While Obama had ..." nor "Filling in for
    Sanders, ...", nor "The Cruz campaign ..."."""
    if ROLE_OPENING_THE_SENTENCE.match(candidate.before) and role_set_off_before(
        candidate.before, candidate.after
    ):
        return True  # "Its chief executive, Santiago Errázuriz Bunster, who ..., said"
    before = candidate.before.split()
    opening = before[0].casefold() if before else ""
    if len(before) > LEAD_WORDS or opening in ARTICLES or opens_sentences(opening):
        return False  # "The Cruz campaign ...": a name before a noun describes the noun
    return all(
        word[:1].isupper() or word.casefold().rstrip(".") in DESCRIBING_WORDS for word in before
    )


# Offices of a company: bare ("Chairman X said", "the chief executive, X,") in an article
# about one organisation, they are held there; a governor likewise at a central bank.
COMPANY_OFFICES = frozenset(
    {"chairman", "chairwoman", "chair", "chairperson", "executive chairman", "vice chairman"}
    | {"deputy chairman", "chief executive", "chief executive officer", "ceo", "cfo", "coo", "md"}
    | {"chief financial officer", "chief operating officer", "managing director", "founder"}
    | {"co-founder", "chief economist", "chief strategist", "general counsel"}
)
COMPANY_OFFICES_AND_PRESIDENT = COMPANY_OFFICES | {"president"}
BANK_OFFICES = frozenset({"governor", "deputy governor"})
CENTRAL_BANK = re.compile(
    r"\b(?:Central|Reserve|People['’]s) Bank\b|\bFederal Reserve\b|\bBundesbank\b"
    r"|\bBank (?:Indonesia|Negara|Al-Maghrib)\b|\bBangko Sentral\b|\bBanco Central\b"
    r"|\bBanco de la Rep[úu]blica\b|\bBanque centrale\b"
    r"|^(?:the )?(?:State )?Bank of (?P<country>[A-Z][\w ]+)$"  # "State Bank of Vietnam"
    r"|^(?:the )?(?P<people>[A-Z][a-z]+) National Bank$"  # "Swiss National Bank"
)


# "Bank of America" is a company's name
CENTRAL_BANK_COUNTRIES = frozenset(COUNTRY_NAMED.values()) - {"United States"} | {"England"}


# The peoples whose "National Bank" is their central bank (not the Saudi National Bank, a
# lender)
NATIONAL_BANK_PEOPLES = frozenset(
    "swiss czech bulgarian polish danish hungarian slovak serbian croatian".split()
)


def is_central_bank(name: str) -> bool:
    """ "Central Bank of Kenya", "Reserve Bank of India", "Bank of Ghana"; not "Bank of
    America" or "National Bank of Kuwait"."""
    found = CENTRAL_BANK.search(name)
    country = found and found.group("country")
    # (a people's "National Bank" is its central bank: "Bulgarian", not "Commercial")
    people = found and found.group("people")
    if people:
        return people.casefold() in NATIONAL_BANK_PEOPLES
    return bool(found) and (not country or country in CENTRAL_BANK_COUNTRIES)


LEAD_PARAGRAPHS = 1  # the paragraphs (from 0) that say what an article is about


def main_organisation(
    actors: list[ActorFound], lead: frozenset[str] | set[str] = frozenset()
) -> ActorFound | None:
    """The organisation the article is about: named twice or more, more than any other; or,
    of central banks named about as often, the one alone in the lead (the Bank of Namibia of
    a story that names the South African Reserve Bank once more)."""
    named = [actor for actor in actors if actor.kind == "ORG"]  # most named first
    if not named or named[0].mentions < 2:
        return None
    # (two central banks: a bare "Governor" is of the one the story is about)
    close = [
        a for a in named if a.mentions >= max(2, named[0].mentions - 1) and is_central_bank(a.name)
    ]
    leading = [a for a in close if a.name in lead]
    if len(close) > 1 and len(leading) == 1:
        return leading[0]
    return named[0] if len(named) == 1 or named[1].mentions < named[0].mentions else None


def names_alone(word: str) -> bool:
    """A word that can stand for the company whose name it opens: a name of its own, not a
    people's, a place's or an everyday word ("British", "Central", "Thai"), nor initials or
    an acronym, which name it only as the article spells them."""
    plain = word.casefold()
    return (
        word.isalpha()
        and word.istitle()
        and len(word) > 3
        and plain not in DEMONYMS
        and plain not in COMMON_WORDS
        and not is_place(word)
        and not is_region(word)
    )


# The last words that make a name a company's ("Meridian Harbour Holdings", "Hartwig Motoren
# AG"), not a public body's ("Democrat City Council")
COMPANY_LAST_WORDS = frozenset({"holdings", "holding", "group", "industries", "enterprises"})


def a_company_by_its_name(name: str) -> bool:
    """ "Harrowgate Foods", "Kestrel Holdings Ltd": a name that says it is a company."""
    last = name.casefold().split()[-1].rstrip(".")
    return last in COMPANY_LAST_WORDS or last in INDUSTRY_HEADS or is_legal_form(last)


def holds_company_offices(organisation: ActorFound, sentences: list[Sentence]) -> bool:
    """A name that says it is a company, bank or association ("Harrowgate Foods", "Kestrel
    Holdings Ltd", "Bank of Ghana"; not "Veltra" or "the State Department"), or one the
    article calls a company ("Chile's state copper company Codelco", "Veltra, the Oslo-based
    lender,"), whose bare "Chairman" an article about it means."""
    words = organisation.name.casefold().split()
    last = words[-1].rstrip(".")
    holds_offices = last in OFFICE_HOLDING_HEADS or last in INDUSTRY_HEADS or is_legal_form(last)
    if (len(words) > 1 and holds_offices) or is_central_bank(organisation.name):
        return True
    return any(called_a_business(organisation.name, sentence.text) for sentence in sentences)


COMMERCIAL_NOUN_AFTER = re.compile(
    rf",\s+(?:the|a|an|[A-Z][\w.-]*['’]s)\s+(?:[\w'’-]+\s+){{0,4}}?{COMMERCIAL_NOUN}\b"
)


def called_a_business(name: str, text: str) -> bool:
    """ "state copper company Codelco", "Veltra, the Oslo-based lender," in `text`. The name
    is looked up as a string, not compiled into a pattern of its own: a pattern per name
    cost a twentieth of the analysis time."""
    start = text.find(name)
    while start != -1:
        end = start + len(name)
        if BUSINESS_NOUN_BEFORE.search(text, 0, start) and word_boundary(text, end):
            return True
        if word_boundary(text, start) and COMMERCIAL_NOUN_AFTER.match(text, end):
            return True
        start = text.find(name, start + 1)
    return False


def word_boundary(text: str, position: int) -> bool:
    """What a pattern's \\b says at `position`: a word character on one side only."""
    before = position > 0 and is_word_character(text[position - 1])
    after = position < len(text) and is_word_character(text[position])
    return before != after


def is_word_character(character: str) -> bool:
    return character.isalnum() or character == "_"


COUNTRY_WORD = re.compile(
    r"\b(?:" + "|".join(sorted(map(re.escape, COUNTRY_NAMED), key=len, reverse=True)) + r")(?!\w)"
)


def article_country(sentences: list[Sentence]) -> str | None:
    """The country the article is about: named (or its adjective written) twice or more,
    more often than any other."""
    counts = Counter(
        COUNTRY_NAMED[word] for s in sentences for word in COUNTRY_WORD.findall(s.text)
    ).most_common(2)
    if not counts or counts[0][1] < 2 or (len(counts) > 1 and counts[1][1] == counts[0][1]):
        return None
    return counts[0][0]


# An owner that stands for the country an article is about: "the country's finance minister"
COUNTRY_OWNED = re.compile(r"^(?:country|nation)['’]s\s+(.+)$", re.IGNORECASE)


KIND_NOUNS = "|".join(sorted(ORGANISATION_NOUNS)) + r"|regulator|miner|operator"
KIND_BEFORE = re.compile(r"\b(" + KIND_NOUNS + r")\s*,?\s*$")
# "the Conseil du Café-Cacao (CCC), the industry regulator,": its kind set off after it
KIND_SET_OFF_AFTER = re.compile(
    r"^\s*(?:\([^()]{1,30}\)\s*)?,\s+the\s+(?:[\w'’-]+\s+){0,3}?(" + KIND_NOUNS + r")\s*[,.;]"
)


def roles_with_their_organisation(
    actors: list[ActorFound],
    sentences: list[Sentence],
    kinds: dict[str, set[str]] | None = None,
    lead: frozenset[str] | set[str] = frozenset(),
) -> None:
    """Roles written out with the organisation the article means: "Chairman Desmond
    Achterberg" in an article about Harrowgate Foods is its chairman (unless he is given
    that office somewhere else too), "Cordillera's chief financial officer" the chief financial
    officer of Grupo Cordillera Minerales, "the association's president" the president of
    the one association named."""
    organisations = [actor for actor in actors if actor.kind == "ORG"]
    main = main_organisation(actors, lead)
    company = main if main and holds_company_offices(main, sentences) else None
    # a story about its one central bank, named as often as any organisation: a bare
    # "Governor" is its (the CBE, beside the IMF and EGPC named as often)
    most = max((o.mentions for o in organisations), default=0)
    banks = [o for o in organisations if is_central_bank(o.name)]
    bank = banks[0] if len(banks) == 1 and banks[0].mentions == most >= 2 else None
    people = [actor for actor in actors if actor.kind == "PER"]
    # "Clinton's campaign manager": a person's, not the Clinton Foundation's
    people_named = {
        word.casefold() for p in people for alias in p.aliases for word in alias.split()
    }
    for actor in people:
        held: list[str] = []
        for role in actor.roles:
            owned = owned_role(role, organisations, company, people_named, kinds or {})
            role = (
                owned or of_the_company(role, company) or bare_office_at(role, actor, company, bank)
            )
            role = central_bank_named(role, organisations)
            of_the_country = COUNTRY_OWNED.match(role)
            # "the country's minister of finance": Nigeria's (the country read only here,
            # where a role needs it)
            country = article_country(sentences) if of_the_country else None
            if country and of_the_country:
                role = f"{country}'s {of_the_country.group(1)}"
            if role.casefold() not in {r.casefold() for r in held}:
                held.append(role)
        actor.roles = held


# "deputy governor at the central bank": the central bank the article names (not "chief
# executive of the bank" of HSBC, in a story naming the Bank of England)
OF_THE_CENTRAL_BANK = re.compile(r"^(?P<office>.+?)\s+(?:at|of)\s+the\s+central\s+bank$")


def central_bank_named(role: str, organisations: list[ActorFound]) -> str:
    """ "deputy governor of the Reserve Bank of Malawi" of "deputy governor at the central
    bank" when the one bank the article names is a central bank; else the role as written."""
    found = OF_THE_CENTRAL_BANK.match(role)
    if not found:
        return role
    banks = [o for o in organisations if "bank" in o.name.casefold().split()]
    if len(banks) != 1 or not is_central_bank(banks[0].name):
        return role
    return f"{found.group('office')} of {the_bank(banks[0].name)}"


# "chief executive of the Johannesburg-listed group", "chief financial officer at the group"
OF_THE_KIND = re.compile(
    r"^(?P<office>.+?)\s+(?:of|at)\s+the\s+(?:[\w-]+\s+){0,2}?(?P<kind>[a-z]+)$"
)


def of_the_company(role: str, company: ActorFound | None) -> str | None:
    """An office of "the group" or "the Johannesburg-listed group" in an article about
    Kestrel Mining Group: the company's, when its name says that kind ("group") or the
    kind is any company's ("company", "firm")."""
    found = company and OF_THE_KIND.match(role)
    if not found or company is None:
        return None
    kind = found.group("kind")
    if kind not in company.name.casefold().split() and kind not in {"company", "firm"}:
        return None
    if OTHER_BODY_WORDS & set(role.casefold().split()):
        return None  # "of the parent company", "of the central bank": another body
    return f"{found.group('office')} of {company.name}"


OTHER_BODY_WORDS = frozenset({"central", "parent", "rival", "other", "sister", "previous"})
BANK_OFFICE_WITH_A_REMIT = re.compile(
    r"(?P<office>(?i:deputy\s+)?(?i:governor))\s+(?P<remit>responsible\s+for\s+.+)"
)


def bare_office_at(
    role: str, actor: ActorFound, company: ActorFound | None, central_bank: ActorFound | None
) -> str:
    """The role held at the article's `company` (see holds_company_offices) when it is a
    bare company office ("Chairman"), or at its central bank for a "Governor" (the company,
    or the `central_bank` the story is about); else the role as written."""
    office = role_form(role).title.casefold()
    if any(f"{office} of " in other.casefold() for other in actor.roles):
        return role
    bank = company if company and is_central_bank(company.name) else central_bank
    if office in BANK_OFFICES and bank is not None:
        return f"{role} of {the_bank(bank.name)}"
    remit = BANK_OFFICE_WITH_A_REMIT.match(role)
    if remit and bank is not None:
        # "Deputy Governor responsible for Economic and Financial Policies": the bank's
        return f"{remit.group('office')} of {the_bank(bank.name)} {remit.group('remit')}"
    if company is None:
        return role
    # "president and chief executive officer": a company's president beside its office
    offices = office.split(" and ")
    held_there = any(o in COMPANY_OFFICES for o in offices) and all(
        o in COMPANY_OFFICES_AND_PRESIDENT for o in offices
    )
    return f"{role} of {company.name}" if held_there else role


# A place's word in lower case right after a name, and the word after it: "Long Thành
# airport for", "Kitakami plant,"
# (not the heads that are also verbs: "Bernard Arnault falls to third place")
FACILITY_HEADS = PLACE_HEADS - {"falls", "springs", "heights"} | {"plant", "mine", "refinery"}
PLACE_HEAD_AFTER = re.compile(
    r"^\s+(?:" + "|".join(sorted(FACILITY_HEADS | {"port"})) + r")\b(?:\s+([a-z]+)\b)?"
)
# Words that may follow a place's name ("the airport for", "the plant is"), not a noun it
# describes ("square deal")
AFTER_A_PLACE = FUNCTION_WORDS | PLACE_PREPOSITIONS | AUXILIARIES | {"for", "of", "to", "that"}


# A place's or a dweller's word, then "in": "a construction site in Mosta", "born near X"
IN_A_TOWN = re.compile(
    r"\b(?:sites?|towns?|villages?|city|area|district|homes?|houses?|residents|born|based"
    r"|located|lives?|lived|living|streets?|roads?|factory|plant|hospital|school|church)"
    r"\s+(?:in|near)\s+$"
)


def in_a_town(candidate: Candidate) -> bool:
    """ "a construction site in Mosta", "residents near Aroma": where something is."""
    return IN_A_TOWN.search(candidate.before[-20:]) is not None


def named_as_a_place(candidate: Candidate) -> bool:
    """ "Long Thành airport", "the Kitakami plant in Iwate"; not "Teddy Roosevelt's square
    deal" or "some Grizzly Adams mountain man" (the place's word describes a noun after it)."""
    if candidate.tokens[-1].possessive:
        return False
    found = PLACE_HEAD_AFTER.match(candidate.after)
    return found is not None and (found.group(1) is None or found.group(1) in AFTER_A_PLACE)


MONEY_WORDS = frozenset(
    "inflation rate rates monetary bank bank's banks banking lending lenders loans debt "
    "debts credit currency reserves liquidity prices deflation policy".split()
)
WORD_IN_TEXT = re.compile(r"[\w'’]+")


NATIONAL_BANK = re.compile(r"^(?:the )?National Bank of (?:the )?([A-Z][\w ]+)$")


def central_bank_office(
    role: str,
    candidate: Candidate,
    organisation: tuple[int, str, int, int],
    called_central: frozenset[str] = frozenset(),
) -> str:
    """ "Governor" of a central bank named last, in this paragraph or the one before: "The
    budget arrives as the Central Bank of Chile weighs its next move. Governor Mariela
    Fuentes said ..." is its governor (not the Federal Reserve's: a US governor is a state's);
    `called_central`: the banks the article calls "the central bank"."""
    paragraph, name, name_end, _ = organisation
    if role.casefold() not in BANK_OFFICES or candidate.sentence.paragraph - paragraph > 1:
        return role
    # (a governor's bank named "National Bank of" a country is its central bank: Romania's)
    national = NATIONAL_BANK.match(name)
    central = is_central_bank(name) or (national and national.group(1) in COUNTRY_NAMED.values())
    central = central or name in called_central
    if not central or name == "Federal Reserve":
        return role
    # a state's or a county's governor in an article that names the central bank ("Governor
    # Babajide Sanwo-Olu said Lagos State would ..."): only a sentence on money is the bank's
    # (or the bank is the sentence before's and the governor's sentence names no place: "The
    # Central Bank of Malta has also weighed in. Governor Marisa Grech warned ..."; not
    # "Governor Babajide Sanwo-Olu said Lagos State would ...")
    # (or named in the sentence right before the title: "At the CBK, Governor Dr Samuel
    # Kiprop said ...")
    gap = candidate.sentence.start - name_end
    beside = 0 <= candidate.tokens[0].start - name_end <= BESIDE_ITS_TITLE
    just_before = (
        paragraph == candidate.sentence.paragraph
        and (0 <= gap <= JUST_BEFORE or (gap < 0 and beside))
        and not any(
            is_place(word) or is_region(word) for word in PROPER_WORD.findall(candidate.after)
        )
    )
    if not just_before and not MONEY_WORDS & set(
        WORD_IN_TEXT.findall(candidate.sentence.text.casefold())
    ):
        return role
    return f"{role} of {the_bank(name)}"


JUST_BEFORE = 60  # characters between a name and the next sentence: the rest of its own
BESIDE_ITS_TITLE = 24  # characters between a bank's name and its officer's: ", Governor Dr "


def called_the_central_bank(actors: list[ActorFound], sentences: list[Sentence]) -> frozenset[str]:
    """The one bank "of" a country the article names, when it also says "the central bank"
    ("The National Monetary Bank of Ukraine ... Dovzhenko took over the central bank in
    October"); none when it names two such banks or never says so."""
    banks = [
        actor.name
        for actor in actors
        if actor.kind == "ORG"
        and (found := BANK_OF.match(actor.name))
        and found.group(2) in COUNTRY_NAMED.values()
        # (a state's words only: not the Agricultural or the Commercial Bank of a country)
        and set(found.group(1).casefold().split()) <= STATE_BANK_WORDS
    ]
    if len(banks) != 1 or not any(CENTRAL_BANK_WORDS.search(s.text) for s in sentences):
        return frozenset()
    return frozenset(banks)


BANK_OF = re.compile(r"^((?:[A-Z][\w-]*\s+)*)Bank\s+of\s+(?:the\s+)?([A-Z][\w ]+)$")
STATE_BANK_WORDS = frozenset({"national", "state", "monetary", "central", "reserve"})
CENTRAL_BANK_WORDS = re.compile(r"\b[Cc]entral\s+bank\b")


def the_bank(name: str) -> str:
    """A central bank's name as an office's owner: "the Central Bank of Chile", "the State
    Bank of Vietnam"; "Bank Indonesia" and "Bundesbank" without the article."""
    words = name.split()
    own_name = words[0] in {"Bank", "Bangko", "Banco"} and words[1:2] != ["of"]
    return name if own_name or name.startswith("Bundesbank") else f"the {name}"


# "Cordillera's chief financial officer", "company's chief financial officer"
OWNER_AFTER = re.compile(r"\b(?:of|in|for|at|its|to)\b")
OWNER_FIRST = re.compile(r"^(?P<owner>(?:[A-Z][\w&.-]*\s+){0,3}[\w&.-]+)['’]s?\s+(?P<rest>.+)$")


def owned_role(
    role: str,
    organisations: list[ActorFound],
    company: ActorFound | None,
    people_named: set[str],
    kinds: dict[str, set[str]],
) -> str | None:
    """The role with its owner written out, when an owner's possessive opens it and names
    one of the article's organisations (by a word of its name, or by its kind: "the
    association's" is the one association named, "the company's" the article's company)."""
    found = OWNER_FIRST.match(role)
    if not found or OWNER_AFTER.search(found.group("rest")):
        return None  # "GOP's nominee in 2008", "FDIC's head of its technology division"
    owner = found.group("owner").casefold()
    if owner.split()[-1] in people_named:
        return None
    # a word of the name, but no place: "Brazil's finance minister" is not the Bank of Brazil's
    if found.group("owner").islower() and owner in LEGISLATIVE_KINDS:
        return None  # "the chamber's Democratic leader": the Senate's, not "Chamber's"
    a_word = " " not in owner and not (is_place(owner) or is_region(owner) or is_demonym(owner))
    named = [
        organisation
        for organisation in organisations
        if owner in {alias.casefold() for alias in organisation.aliases}
        # ("the union's president" of the "Malawi Congress of Trade Unions")
        or (a_word and {owner, owner + "s"} & set(organisation.name.casefold().split()))
    ] or [o for o in organisations if owner in kinds.get(o.name, set())]  # "the union's"
    if not named and owner in ORGANISATION_NOUNS - MEMBERS_BODIES and company:
        # "the company's": the company the article is about (not "the union's", when two
        # unions are named, nor when none is)
        named = [company]
    return f"{found.group('rest')} of {named[0].name}" if len(named) == 1 else None


LEGISLATIVE_KINDS = frozenset({"chamber", "house"})
MEMBERS_BODIES = frozenset({"union", "party", "movement", "coalition", "alliance"})
OWNER_BEFORE_ROLE = re.compile(r"\b(?i:(its|whose))\s+$")
AS_ITS = re.compile(ASIDE_THEN_AS + r"\b(?i:its)\s+")
AS_PLAIN = re.compile(ASIDE_THEN_AS)  # "named X as chief executive" by its subject
# Between an organisation's name and "whose": a comma, after its acronym in brackets maybe
# (or after what it is: "Norges Bank, the central bank, whose governor, Kari Haugen,")
# (or after the acronym in brackets, itself the name named last: "Sepik Gold Mining Ltd
# (SGML), whose chief executive")
RIGHT_AFTER_THE_NAME = re.compile(
    r"^(?:\s*\([^()]{1,12}\)|\))?\s*,(?:\s+the\s+[a-z][a-z'’ -]{0,40},)?\s*$"
)


# What opens a sentence whose subject is a body's gathering: "An extraordinary shareholders'
# meeting of Khangai Copper Corporation ... appointed X as Chairman" (the company's)
MEETING_OF = re.compile(
    r"(?:The|An?)\s+(?:[a-z][\w'’-]*\s+){0,3}(?:meeting|assembly|board)\s+of\s+(?:the\s+)?"
)


def opens_its_sentence(candidate: Candidate) -> bool:
    """ "The union signed ...", "JOHANNESBURG — Karoo Power Holdings named ...": nothing
    before the name but "the", a dateline or a dash (not "They told Reuters")."""
    words = candidate.before.split()
    return len(words) <= 3 and all(word == "the" or not word[0].islower() for word in words)


def office_after_its_acronym(
    role: str, candidate: Candidate, paragraph: int, acronym_end: int
) -> bool:
    """Whether `role` is the bare office written right after its body's acronym in brackets,
    the body named just before: "Bank of the Lao PDR (BOL) Governor Vanxay Sengdara",
    "Kenya Revenue Authority (KRA) Commissioner General X"."""
    sentence = candidate.sentence
    if not candidate.title or paragraph != sentence.paragraph or acronym_end < sentence.start:
        return False
    gap = sentence.text[acronym_end - sentence.start : candidate.title[0].start - sentence.start]
    written = " ".join(token.text for token in candidate.title)
    bare = all(word.casefold().rstrip(".") in TITLE_WORDS for word in written.split())
    return gap.strip() == ")" and bare and role == written


def role_right_after(role: str, candidate: Candidate, paragraph: int, name_end: int) -> bool:
    """Whether `role`, written small before the name, stands right after the organisation
    named last: "Hyphen Hydrogen Energy chief executive Lukas Brandt" (at a sentence's
    opening too, where a capital says nothing of a name), or after its acronym in brackets,
    an honorific before the name: "National Flood Response Agency (NFRA) director-general
    Datuk Faridah Ismail"."""
    sentence = candidate.sentence
    if office_of(candidate.title) or paragraph != sentence.paragraph or name_end < sentence.start:
        return False
    before = candidate.before.rstrip()
    if candidate.title:
        before = sentence.text[: candidate.title[0].start - sentence.start].rstrip()
    if not before.endswith(role) or role[:1].isupper():
        return False
    gap = sentence.text[name_end - sentence.start : len(before) - len(role)]
    return gap.isspace() or gap.strip() == ")"


def of_the_kind_named_last(
    role: str, candidate: Candidate, named: tuple[int, list[tuple[str, bool]]]
) -> str | None:
    """ "The Mining and Allied Workers Union of South Africa (MAWUSA) rejected Kestrel's
    explanation ... said Lerato Mokoena, the union's general secretary": the office of the
    organisation of that kind that opened a sentence of the paragraph last (`named`: the
    paragraph, and the names in it so far with whether each opened its sentence), though the
    article names other unions; not one only named there ("ING said, citing forecasts by the
    World Bank, said X, the bank's global head of macro")."""
    # (a kind with a word before it: "The state utility's acting director general, X,")
    found = OWNER_FIRST.match(role) or KIND_WITH_A_WORD_FIRST.match(role)
    if not found or not found.group("owner").islower() or " " in found.group("owner"):
        return None
    paragraph, names = named
    kind = found.group("owner")
    # (or of the paragraph before, when this one names no organisation before it: "The Kenya
    # Union of Public Health Workers (KUPHW) ... said ..." then "X, the union's
    # secretary-general, said")
    if candidate.sentence.paragraph - paragraph not in {0, 1}:
        return None
    of_kind = [
        name for name, opens in names if opens and {kind, kind + "s"} & set(name.casefold().split())
    ]
    if not of_kind and kind in CHAIRED_BODIES:
        # "Dr Kamau told the National Assembly's Departmental Committee on Finance ..." then
        # "The committee's chairman, X,": a committee is no source cited in passing
        of_kind = [name for name, _ in names if kind in name.casefold().split()]
    if not of_kind and kind in COMPANY_NOUNS:
        # "Agrosoja del Sur, the country's largest exporter, cut ... said X, the company's
        # chief executive": the one firm of the paragraph, by a name that says no kind, not a
        # public or members' body (not when another is named there: "Microsoft said it would
        # buy Nuance Communications ...")
        firms = {name for name, _ in names if not NOT_A_COMPANY & set(name.casefold().split())}
        of_kind = [name for name, opens in names if opens and name in firms and len(firms) == 1]
    return f"{found.group('rest')} of {of_kind[-1]}" if of_kind else None


KIND_WITH_A_WORD_FIRST = re.compile(r"^[a-z][\w-]*\s+(?P<owner>[a-z]+)['’]s\s+(?P<rest>.+)$")
# Bodies people chair, named by their kind ("the committee's chairman")
CHAIRED_BODIES = frozenset({"committee", "subcommittee", "commission", "council", "board"})
# Bodies whose names end in their kind (not "the bank", which HSBC may be as well as the only
# "... Bank" named; nor "the alliance", NATO as well as a "... Alliance")
KINDS_NAMED_IN_THEIR_NAMES = frozenset(
    "airport university hospital museum institute foundation".split()
)


def of_the_only_one_of_its_kind(role: str, organisations: list[str]) -> str | None:
    """ "Kamran Mustafayev, director general of the port": of the Baku International Sea
    Trade Port, the article's only organisation whose name has the word."""
    found = OF_THE_KIND.match(role)
    if not found or found.group("kind") not in KINDS_NAMED_IN_THEIR_NAMES:
        return None
    kind = found.group("kind")
    of_kind = [name for name in organisations if name.casefold().split()[-1] == kind]
    return f"{found.group('office')} of {of_kind[0]}" if len(of_kind) == 1 else None


COMPANY_NOUNS = frozenset({"company", "firm", "utility", "lender", "insurer", "carrier"})
# Words of the names of bodies that are no company: public bodies and members' bodies
NOT_A_COMPANY = frozenset(
    "ministry department authority agency commission committee court parliament assembly "
    "party government office institute university school centre center foundation fund "
    "programme bureau police army navy board council association union federation chamber "
    "society guild forum confederation congress league alliance movement coalition".split()
)


JOINED_FIELD = re.compile(r"\s(?:of|for|on)\s")
# A sentence opening with where its subject works: "At state-owned Erdenes Mongol LLC, "
AT_OPENING = re.compile(r"At\s+(?P<the>the\s+)?(?:[a-z][\w-]*\s+){0,2}")
TITLE_SET_OFF_AFTER_THE_BODY = re.compile(
    r"\s*(?:\([^()]{1,12}\))?\s*,\s*(?:the\s+)?(?:(?:acting|interim|new)\s+)?"
)


def at_the_body_named(
    candidate: Candidate, organisation: tuple[int, str, int, int]
) -> re.Match[str] | None:
    """The opening "At <the organisation>, " of the sentence, when the person's title follows
    it right away: the title is that body's."""
    paragraph, _, name_end, name_start = organisation
    sentence = candidate.sentence
    if paragraph != sentence.paragraph or name_start < sentence.start or not candidate.title:
        return None
    opening = AT_OPENING.fullmatch(sentence.text[: name_start - sentence.start])
    between = sentence.text[name_end - sentence.start : candidate.title[0].start - sentence.start]
    return opening if TITLE_SET_OFF_AFTER_THE_BODY.fullmatch(between) else None


# A sentence that opens with a phrase: "In a statement signed by its president, ..."
OPENING_PHRASE = re.compile(r"^\s*(?:In|At|On|Through|Under|With|After|Before)\s")
# The subject right after the name and its comma: ", the Malawi Congress of Trade Unions"
SUBJECT_AFTER_A_NAME = re.compile(
    r"^\s*,\s+(?:the\s+)?(?P<name>[A-Z][\w'’&-]*(?:\s+(?:(?:of|for|and|the|&)\s+)*[A-Z][\w'’&-]*)*)"
)


def subject_after_the_opening_phrase(candidate: Candidate) -> str | None:
    """The organisation "its" looks ahead to from a phrase that opens the sentence: "In a
    statement signed by its president, Ms Temwa Chisale, the Malawi Congress of Trade Unions
    (MCTU) welcomed ..."."""
    if not OPENING_PHRASE.match(candidate.before):
        return None
    following = SUBJECT_AFTER_A_NAME.match(candidate.after)
    return following.group("name") if following else None


def role_owner(
    role: str,
    candidate: Candidate,
    organisation: tuple[int, str, int, int],
    subject: tuple[int, int, str] | None = None,
) -> str | None:
    """The organisation whose `role` the article gives with "its" or "whose": "Its chairman,
    X," and "named X as its chief executive" (the subject of this sentence or the one before,
    else the organisation named last, in this paragraph or the one before: "The union signed
    the deal with the Ministry of Finance. Its president, X," is the union's); "the Bank of
    England, whose governor, X," (the one named right before "whose"); "Karoo Power named
    X as chief executive" (the appointing subject's)."""
    paragraph, name, name_end, _ = organisation
    sentence = candidate.sentence
    if office_after_its_acronym(role, candidate, paragraph, name_end):
        return the_bank(name)
    if role_right_after(role, candidate, paragraph, name_end):
        return name  # "Hyphen Hydrogen Energy chief executive Lukas Brandt"
    # (a title with its own field is its own: "At the Senate, Secretary of Agriculture X")
    if JOINED_FIELD.search(role) is None and (at := at_the_body_named(candidate, organisation)):
        # "At Erdenes Mongol LLC, acting Chief Executive Officer G.Temuulen said", "At the
        # CBK, Governor X said" (the Central Bank of Kenya's)
        return the_bank(name) if at.group("the") else name
    # the subject the article goes on about, not the organisation it named last
    recent = subject and subject[0] == sentence.paragraph and sentence.index - subject[1] in {0, 1}
    about = subject[2] if recent and subject else name
    # String tests first: a pattern built per role would miss the regex cache on every call
    before = candidate.before.rstrip()
    if before.endswith(","):
        before = before[:-1].rstrip()
        owner = before.endswith(role) and OWNER_BEFORE_ROLE.search(before[: -len(role)])
        if owner and owner.group(1).casefold() == "whose":
            gap = sentence.text[name_end - sentence.start : owner.start()]
            right_before = paragraph == sentence.paragraph and name_end >= sentence.start
            return name if right_before and RIGHT_AFTER_THE_NAME.match(gap) else None
        if owner:
            ahead = subject_after_the_opening_phrase(candidate)
            if ahead and owner.group(1).casefold() == "its":
                return ahead
            return about if sentence.paragraph - paragraph <= 1 else None
    new_holder = new_holder_role(candidate.before, candidate.after)
    if new_holder == role and recent and subject and subject[1] == sentence.index:
        return about  # "The Ministry ... has a new permanent secretary, with Dr X replacing"
    as_its = AS_ITS.match(candidate.after)
    if not as_its and subject and subject[:2] == (sentence.paragraph, sentence.index):
        as_plain = AS_PLAIN.match(candidate.after)
        as_its = as_plain if as_plain and ends_with(APPOINTED_BY, candidate.before) else None
    rest = candidate.after[as_its.end() :] if as_its else ""
    named_as = rest.startswith(role) and not rest[len(role) : len(role) + 1].isalnum()
    return about if named_as and sentence.paragraph - paragraph <= 1 else None


# Between an organisation's name and the person who leads it: "(DAB), chaired by" (or "),
# chaired by" after the acronym, itself a mention of the body), ", the group's listed
# parent, whose chairman is", " is led by chief executive", ", led by its president"
HEAD_AFTER_NAME = re.compile(
    r"^(?:\s*\([^()]{1,12}\)|\))?(?:"
    # (", which sets the seed-cotton price, is run by": an aside on the body between)
    r"(?:\s*,\s*which\s+[^,;:“”\"]{1,80}?)?"
    # (", a forum of commercial banks chaired by": what the body is, between)
    r"(?:\s*,\s*an?\s+[a-z][^,;:“”\"]{1,60}?(?=\s+(?:chaired|headed|led|run)\s))?"
    r"(?:\s*,\s*|\s+)(?:(?:is|was|has\s+been|had\s+been)\s+(?:now\s+|currently\s+)?)?"
    # ("is now led by acting Commissioner-General X": how the office is held, kept)
    r"(?P<verb>chaired|headed|led|run)\s+by\s+(?P<held>(?:acting|interim)\s+)?"
    r"(?P<title>(?:[a-z][\w-]*\s+){0,3})"
    # (", whose president is X" or ", whose president X is ...")
    r"|\s*,\s*(?:[^,;:“”\"]{1,80},\s*)?whose\s+"
    r"(?P<role>(?:(?!(?:is|was)\s)[a-z][\w-]*\s+){0,2}(?!(?:is|was)\s)[a-z][\w-]*)"
    r"(?:\s+(?:is|was))?\s+)$"
)
# "The committee is chaired by economist ...": a body called by its kind, then its head
KIND_CHAIRED_BY = re.compile(
    r"(?:The|Its)\s+(?P<kind>[a-z]+)\s+(?:is|was|has\s+been)\s+(?P<verb>chaired|headed|led|run)"
    r"\s+by\s+(?:(?P<title>[A-Z][\w.-]*)\s+|(?:[a-z][\w-]*\s+){0,3})"
)
# "Workers at Ford, led by ...", "talks with the IMF, chaired by ...": the body is no subject
OBJECT_BEFORE = frozenset("at to with from in of for by on against".split())
HEAD_OF_VERB = {"chaired": "chair", "headed": "head", "led": "head", "run": "head"}


def head_named_after(
    candidate: Candidate, organisation: tuple[int, str, int, int], office: list[Token]
) -> str | None:
    """The role of a person named as an organisation's head right after its name, in one
    sentence: "the Federation of German Industries, headed by Sabine Krüger" (head of it),
    "Codelco, led by chief executive Felipe Aránguiz" (its chief executive), "the Nigeria
    Labour Congress, whose president is Comrade Hassan Oyelaran" (its president)."""
    paragraph, name, name_end, name_start = organisation
    sentence = candidate.sentence
    start = (candidate.title or candidate.tokens)[0].start
    by_its_kind = KIND_CHAIRED_BY.fullmatch(sentence.text[: start - sentence.start])
    if by_its_kind and paragraph == sentence.paragraph:
        # "CARF said in a statement. The committee is chaired by economist Beatriz Londono
        # Velez": the body named last, when its name says that kind
        kind = by_its_kind.group("kind").casefold()
        owned = kind in name.casefold().split() and not by_its_kind.group("title")
        return f"{HEAD_OF_VERB[by_its_kind.group('verb')]} of the {name}" if owned else None
    if paragraph != sentence.paragraph or name_start < sentence.start:
        return None
    found = HEAD_AFTER_NAME.match(sentence.text[name_end - sentence.start : start - sentence.start])
    if not found:
        return None
    # what stands before the name as written ("the Fed", though its actor is the Federal
    # Reserve)
    opening = sentence.text[: name_start - sentence.start]
    before = opening.split()[-2:]
    if before and before[-1].casefold() == "the":
        before = before[:-1]
    # (but "The board of Sahel Continental Bank is chaired by ...": the board's chair is the
    # bank's)
    of_its_board = [w.casefold() for w in before] == ["board", "of"]
    if before and before[-1].casefold() in OBJECT_BEFORE and not of_its_board:
        return None
    written = found.group("role") or found.group("title").strip().removeprefix("its ")
    if written and written.split()[-1].split("-")[-1] not in LOWERCASE_TITLE_HEADS:
        return None  # "led by rival X", "whose stake is X"
    if written and ORGANISATION_NOUNS & set(written.split()):
        return None  # "led by union president X": another body's office
    # "headed by Governor Sherif El-Naggar": the office the title names
    bare_office = len(office) == 1 and (
        office[0].text.casefold() in TITLE_WORDS or is_office_word(office[0].text)
    )
    role = written or (office[0].text if bare_office else HEAD_OF_VERB[found.group("verb")])
    the = "the " if opening.casefold().endswith("the ") else ""
    return f"{found.group('held') or ''}{role} of {the}{name}"


ROLE_FILLER = frozenset(
    {"the", "a", "an", "of", "for", "in", "at", "to", "and", "its", "his", "her"}
)


def role_words(text: str | None) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", (text or "").casefold()) if w not in ROLE_FILLER}


# "a President Trump would ...", "fear of a Prime Minister Corbyn": a title imagined, not held
HYPOTHETICAL = re.compile(r"(?:^|\s)(?:a|an)\s*$", re.IGNORECASE)

FEMININE_HONORIFICS = frozenset({"mrs", "ms", "miss", "madam", "dame", "lady", "mme", "mlle"})
MASCULINE_HONORIFICS = frozenset({"mr", "sir", "lord"})


def title_words(tokens: list[Token]) -> set[str]:
    """ "Sen." -> {"senator"}: a title's words, abbreviations expanded."""
    return written_out(token.text.casefold().rstrip(".") for token in tokens if token.text != ".")


def honorific_disagrees(name: str, candidate: Candidate) -> bool:
    """ "Mrs." or "Ms." before a lone surname, and `name` a man's ("Mrs. Clinton" beside Bill
    Clinton), or "Mr." and a woman's."""
    wanted = title_words(candidate.title)
    gender = clear_sex_of(name)
    return bool(
        (wanted & FEMININE_HONORIFICS and gender == "M")
        or (wanted & MASCULINE_HONORIFICS and gender == "F")
    )


# The surname the subject of a verb ("Mensah described it as ...", "Kovalenko said"), an
# adverb or a "who" clause between: "Rahman later returned to the microphone", "Yıldız, who
# has led the union branch since 2019, dismissed"
SUBJECT_OF_A_VERB = re.compile(
    r"^(?:\s*,\s+who\s[^,;“”\"]*,)?\s+(?:(?:later|then|also|again|[a-z]{3,}ly)\s+)?"
    r"(?P<verb>said|says|added|told|[a-z]{3,}ed|[a-z]{3,}s)\b"
)


def next_sentence_told(text_at: dict[tuple[int, int], str], paragraph: int, index: int) -> str:
    """What follows the sentence at `index` in its paragraph (a quote of several sentences
    whole), or the next paragraph when the sentence closes its own and a pronoun opens that
    one; nothing when the sentence stands inside a quotation (a speaker's own "He voted ..."
    is about someone else)."""
    before = "".join(text_at[(paragraph, i)] for i in range(index + 1))
    if before.count('"') % 2 == 1 or before.count("“") > before.count("”"):
        return ""
    later = sentences_from(text_at, paragraph, index + 1)
    if later:
        return later
    # (of the next paragraph, only a pronoun opening it: "“...,” Rahman said. ¶ He alleged
    # ..."; a quote there may be anyone's)
    following = sentences_from(text_at, paragraph + 1, 0)
    return following if PRONOUN_OPENING.match(following) else ""


def sentences_from(text_at: dict[tuple[int, int], str], paragraph: int, first: int) -> str:
    """The sentences of `paragraph` from the one at `first` on."""
    indexes = itertools.takewhile(lambda i: (paragraph, i) in text_at, itertools.count(first))
    return " ".join(text_at[(paragraph, i)] for i in indexes)


def fitting_the_pronoun_after(
    owners: list[str],
    actors: dict[str, ActorFound],
    wanted: str | None,
    resolved: list[tuple[Candidate, str]],
    told: dict[str, str],
) -> str | None:
    """ "“...,” Mamani said when asked about the roadblocks. He said ...", "Mensah described
    it as “words on paper” ... She said ...": of namesakes whose given names, the
    honorifics the article gave them or the article's pronouns (`told`) each tell a sex,
    the one the sex `wanted` by the pronoun after the surname fits."""
    if wanted is None:
        return None
    sexes = {
        owner: clear_sex_of(actors[owner].name)
        or honorifics_sex(owner, resolved)
        or told.get(owner)
        for owner in owners
    }
    # the one the pronoun fits when every other is known to be of the other sex
    fitting = [owner for owner, sex in sexes.items() if sex in {wanted, None}]
    return fitting[0] if len(fitting) == 1 else None


# A clause the speaker adds, its pronoun theirs: ", adding that her department ..."
ADDING_THAT = re.compile(r",\s+(?:adding|noting)\s+that\s+(he|she|his|her)\b")


def sex_of_the_pronoun_after(
    candidate: Candidate, text_at: dict[tuple[int, int], str], actors: dict[str, ActorFound]
) -> str | None:
    """ "M" or "F" by the "He" or "She" opening what follows a surname's sentence (or the
    quote credited to "he" there), when the surname is its sentence's subject and none of
    the article's people is named after it."""
    # ("“...,” she said" opening the next sentence too; in the next paragraph, a pronoun that
    # speaks: "“He is only 17,” Karimi said. ¶ He was arrested ..." is the son's)
    opening = pronoun_opening_what_follows(candidate.sentence, text_at, any_verb=True)
    # (the surname did it, and no one else is named after it: "Clinton put Sanders on the
    # defensive ... He accused Clinton" is Sanders' "He"; a body or a place may be: "pressed
    # him on why the Secretariat ...", "said at a briefing on King Fahd Road")
    subject = SUBJECT_OF_A_VERB.match(candidate.after)
    if subject and not opening and (adding := ADDING_THAT.search(candidate.after)):
        # "“...,” Van der Merwe said, adding that her department could not move": the
        # speaker's own clause
        return SEX_OF_PRONOUN[adding.group(1).title()]
    if not opening or not subject:
        return None
    # (one named inside the surname's own "who" clause is not who the pronoun is: "Sok, who
    # replaced Chea Sophal in March, said ... He said")
    after = candidate.after[subject.start("verb") :]
    # (places are not: "... to road links in Kampong Cham and Siem Reap. ¶ He said")
    names = {
        word
        for actor in actors.values()
        if actor.kind == "PER"
        for word in name_key(actor.name).split()
    }
    runs = [run for run in CAPITALISED_RUN.findall(after) if may_name_someone(run)]
    if any(set(name_key(run).split()) & names for run in runs):
        return None
    if others_spoken_of(candidate.after):
        return None  # "Boateng thanked the minister ... She said": the minister's "She"
    return SEX_OF_PRONOUN[opening.group(1).title()]


THE_NOUN_AFTER = re.compile(r"\b(?:the|a|an|his|her|their)\s+(?:[\w-]+\s+)?([a-z]+)\b")
CAPITALISED_RUN = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.-]*)*")


def may_name_someone(run: str) -> bool:
    """Whether capitalised words may name a person: not a day or a month, an acronym, nor a
    name ending in a body's or a place's word ("the Secretariat", "King Fahd Road")."""
    words = [word.casefold().strip(".,") for word in run.split()]
    last = words[-1]
    return not (
        all(word in CALENDAR_WORDS for word in words)
        or run.isupper()
        or last in ORG_HEADS
        or last in PLACE_HEADS
    )


# "Kovalenko shot back": an answer to the one who spoke before
# (not "responded", "replied": to a question as often as to the other)
REPLIED_RIGHT_AFTER = re.compile(r"^\s+(?:(?:shot|hit|fired|snapped)\s+back|retorted)\b")


def replying_to_the_other(
    owners: list[str],
    candidate: Candidate,
    resolved: list[tuple[Candidate, str]],
    text_at: dict[tuple[int, int], str],
) -> str | None:
    """Of two namesakes, the one not named last when the surname replies ("“That is what we
    heard last year,” Kovalenko shot back" after the other Kovalenko spoke): one answers
    another, not oneself."""
    if len(owners) != 2 or not REPLIED_RIGHT_AFTER.match(candidate.after):
        return None
    last = last_named(owners, candidate, resolved)
    # (only right after the other spoke, as the subject of the sentence before: not "A
    # journalist asked Iryna Petrenko ... “...,” Petrenko retorted", a reply to the journalist)
    before = sentence_before(candidate.sentence, text_at)
    spoke = any(
        k == last and (c.sentence.paragraph, c.sentence.index) == before and not c.before.strip()
        for c, k in resolved
    )
    # (or the quote before, credited to a pronoun: "“... no fiscal space,” she said. ¶
    # “There is always fiscal space ...,” Villanueva shot back")
    spoke = spoke or bool(before and PRONOUN_SAID_LAST.search(text_at.get(before, "")))
    return the_other(owners, last) if spoke else None


PRONOUN_SAID_LAST = re.compile(r"[”\"]\s*,?\s*(?:he|she)\s+(?:said|added)\.?\s*$")


# "Asked about the remarks, Lin said ...": words another said, put to this one
ASKED_ABOUT = re.compile(
    r"^\s*(?:When\s+)?[Aa]sked\s+about\s+(?:[\w'’-]+\s+){0,3}?(?:remarks|comments|criticism"
    r"|claims|accusations?|allegations?|assurances?|statements?|concerns|figures?)\s*,\s*$"
)


def asked_about_the_others_words(
    owners: list[str], candidate: Candidate, resolved: list[tuple[Candidate, str]]
) -> str | None:
    """Of two namesakes, the one not named last when the surname is asked about remarks:
    "Asked about the remarks, Lin said ..." after the other Lin's criticism."""
    if len(owners) != 2 or not ASKED_ABOUT.match(candidate.before):
        return None
    last = last_named(owners, candidate, resolved)
    return the_other(owners, last) if last else None


def the_other(owners: list[str], key: str | None) -> str | None:
    """Of two namesakes, the one that is not `key`."""
    return next((owner for owner in owners if owner != key), None)


def sentence_before(sentence: Sentence, text_at: dict[tuple[int, int], str]) -> tuple[int, int]:
    """(paragraph, index) of the sentence before `sentence`, across a paragraph's end."""
    if sentence.index:
        return sentence.paragraph, sentence.index - 1
    earlier = [i for p, i in text_at if p == sentence.paragraph - 1]
    return sentence.paragraph - 1, max(earlier, default=0)


def honorific_sexes(key: str, resolved: list[tuple[Candidate, str]]) -> set[str]:
    """The sexes the honorifics the article gave the person `key` tell ("Mrs Akosua
    Mensah")."""
    return {
        told
        for named, k in resolved
        if k == key
        for token in named.title
        if (told := SEX_OF_HONORIFIC.get(token.text.casefold().rstrip("."))) is not None
    }


def honorifics_sex(key: str, resolved: list[tuple[Candidate, str]]) -> str | None:
    """The one sex the article's honorifics for the person `key` tell, if they tell one."""
    told = honorific_sexes(key, resolved)
    return told.pop() if len(told) == 1 else None


def honorific_agrees(name: str, candidate: Candidate) -> bool:
    """ "Mr" before a lone surname and `name` a man's by its given name, "Ms" and a woman's."""
    wanted = title_words(candidate.title)
    gender = clear_sex_of(name)
    return bool(
        (wanted & MASCULINE_HONORIFICS and gender == "M")
        or (wanted & FEMININE_HONORIFICS and gender == "F")
    )


def called_the_same(key: str, candidate: Candidate, resolved: list[tuple[Candidate, str]]) -> bool:
    """Whether the article called the person `key` by an honorific of `candidate`'s sex."""
    wanted = {SEX_OF_HONORIFIC.get(t.text.casefold().rstrip(".")) for t in candidate.title}
    wanted -= {None}
    return len(wanted) == 1 and honorific_sexes(key, resolved) == wanted


def called_otherwise(key: str, candidate: Candidate, resolved: list[tuple[Candidate, str]]) -> bool:
    """Whether the article called the person `key` by an honorific of the other sex than
    `candidate`'s ("Mr Mehta" before "Ms Mehta")."""
    sexes = {SEX_OF_HONORIFIC.get(t.text.casefold().rstrip(".")) for t in candidate.title}
    wanted = sexes - {None}
    if len(wanted) != 1:
        return False
    called = honorific_sexes(key, resolved)
    return bool(called) and not called & wanted


def titles_disagree(
    name: str, key: str, candidate: Candidate, resolved: list[tuple[Candidate, str]]
) -> bool:
    """A lone surname's title says it is not the person of that surname the article names
    in full: "Mrs." or "Ms." before a man's given name ("Mrs. Clinton" beside Bill
    Clinton), "Mr." before a woman's, or an office that person is never given here while
    given another ("Secretary Clinton" beside "Former President Bill Clinton"). A given name
    both men and women bear ("Lindsey") says nothing."""
    if not candidate.title:
        return False
    # (the article's own honorific for them before outweighs their given name's sex: "Mr
    # Tunde Bello", whatever the lists take "Tunde" to be)
    if honorific_disagrees(name, candidate) and not called_the_same(key, candidate, resolved):
        return True
    wanted = title_words(candidate.title)
    # (only a title's words: not "Unlike" of "Unlike Mr. Rubio")
    offices = (wanted & TITLE_WORDS) - HONORIFICS - TITLE_MODIFIERS
    held = set().union(
        *(title_words(named.title) for named, k in resolved if k == key and named.title)
    )
    held -= HONORIFICS | TITLE_MODIFIERS
    return bool(offices and held) and not offices & held


def one_of_the_namesakes(
    owners: list[str],
    candidate: Candidate,
    actors: dict[str, ActorFound],
    resolved: list[tuple[Candidate, str]],
    text_at: dict[tuple[int, int], str],
    part_owner: dict[str, str],
    told: dict[str, str],
) -> str | None:
    """Which of the people `owners` a surname they share names, by the rules tried in this
    order (None when none decides); the sex a pronoun after it tells is then told of the
    one decided."""
    word = name_key(candidate.name)
    # "Kim, the union chairwoman," after Kim Seon-hwa, who leads the union: the one
    # whose role it repeats; "Kim said": the one named last, if that is clear
    paragraph, index = candidate.sentence.paragraph, candidate.sentence.index
    earlier_here = (text_at.get((paragraph, i), "") for i in range(index))
    told_before = " ".join([*earlier_here, candidate.before])
    spelled = {
        short: actors[owner].name
        for short, owner in part_owner.items()
        if actors[owner].kind == "ORG"
    }
    # "Mr Hughes" beside Grace and Owen Hughes: the one its honorific fits (by the
    # given name, or by the honorific the article gave that namesake before: "Ms
    # Mehta" is not the one it called "Mr Mehta")
    # (the one left must be known to fit, or the others known not to by the article
    # itself: "Mr. Khan" beside Ghazala and Humayun Khan may be the father, Khizr)
    called = [o for o in owners if called_otherwise(o, candidate, resolved)]
    # ("Mr Bello said" after "Mr Tunde Bello" and "Dr Kemi Bello": the one it called so fits,
    # whatever the given name is taken to tell)
    called_so = [o for o in owners if called_the_same(o, candidate, resolved)]
    fitting = [
        owner
        for owner in owners
        if owner not in called
        and (owner in called_so or not honorific_disagrees(actors[owner].name, candidate))
    ]
    # (by a given name's sex, not one the article has yet to introduce beside one it has:
    # "NLC President, Comrade Sunday Okafor, ... Mr Okafor was blunt" before the economist
    # Ikenna Okafor is named, whatever sex the lists give "Sunday")
    sure = len(fitting) == 1 and (
        len(called) == len(owners) - 1
        or called_so == fitting
        or (
            honorific_agrees(fitting[0], candidate)
            and introduced_or_none_is(fitting[0], owners, candidate, actors, text_at)
        )
    )
    wanted = sex_of_the_pronoun_after(candidate, text_at, actors)
    key = (
        (fitting[0] if sure else None)
        or of_the_body_before(owners, candidate, resolved)
        or the_only_one_named_yet(owners, fitting, candidate, actors, text_at)
        or called_so_just_before(owners, candidate, resolved, told_before, spelled)
        or not_the_one_said_unrelated(owners, candidate, resolved, text_at)
        or fitting_the_pronoun_after(owners, actors, wanted, resolved, told)
        or replying_to_the_other(owners, candidate, resolved, text_at)
        or asked_about_the_others_words(owners, candidate, resolved)
        or namesake(owners, candidate, resolved, word, text_at)
    )
    if key and wanted:
        told.setdefault(key, wanted)  # what the pronoun after says of the one decided
    return key


# People of a kind of body, after its word opening a sentence: "Union leaders", "Party
# officials"
PEOPLE_OF_A_KIND = re.compile(
    r"^\s+(?:leaders|members|officials|representatives|negotiators|activists|bosses|chiefs)\b"
)


def kinds_people(candidate: Candidate) -> bool:
    """Whether a body's kind word opens its sentence before its people: "Union leaders"."""
    return not candidate.before.strip() and PEOPLE_OF_A_KIND.match(candidate.after) is not None


def introduced_or_none_is(
    key: str,
    owners: list[str],
    candidate: Candidate,
    actors: dict[str, ActorFound],
    text_at: dict[tuple[int, int], str],
) -> bool:
    """Whether the article named `key` in full before the surname, or none of `owners`."""
    named = named_so_far(owners, candidate, actors, text_at)
    return key in named or not named


def the_only_one_named_yet(
    owners: list[str],
    fitting: list[str],
    candidate: Candidate,
    actors: dict[str, ActorFound],
    text_at: dict[tuple[int, int], str],
) -> str | None:
    """The one namesake whose full name the article wrote before the surname, the others
    named only later: "take over from Saeed Al Hammadi ..., when Al Hammadi retires" before
    Mariam Al Hammadi is named."""
    named = named_so_far(owners, candidate, actors, text_at)
    return named[0] if len(named) == 1 and named[0] in fitting else None


def named_so_far(
    owners: list[str],
    candidate: Candidate,
    actors: dict[str, ActorFound],
    text_at: dict[tuple[int, int], str],
) -> list[str]:
    """The namesakes whose full name the article wrote before the surname; none when one of
    them is known by the surname alone (who may be meant anywhere: "Obama" beside
    Michelle)."""
    if any(" " not in actors[owner].name for owner in owners):
        return []
    here = (candidate.sentence.paragraph, candidate.sentence.index)
    # (as names are read: without a nickname or a few quoted words inside, 'Rafael "Paeng" T.
    # dela Cruz'; and by more than the surname they share, "dela Cruz")
    told = " ".join(
        [
            *(as_names_read(text) for at, text in text_at.items() if at < here),
            as_names_read(candidate.before),
        ]
    )
    shared = name_key(candidate.name)
    return [
        owner
        for owner in owners
        if any(
            alias in told
            for alias in actors[owner].aliases | {actors[owner].name}
            if " " in alias and name_key(alias) != shared
        )
    ]


@functools.lru_cache(maxsize=4096)
def as_names_read(sentence: str) -> str:
    """A sentence without the nicknames or short quotes inside it, its spaces single."""
    return " ".join(INNER_NICKNAME.sub(" ", sentence).split())


# "Hanbit's Lee": a body's possessive right before the surname
BODY_POSSESSIVE_BEFORE = re.compile(r"\b((?:[A-Z][\w&.-]*\s+){0,4}[A-Z][\w&.-]*)['’]s?\s+$")


def of_the_body_before(
    owners: list[str], candidate: Candidate, resolved: list[tuple[Candidate, str]]
) -> str | None:
    """ "Hanbit's Lee" beside Lee Sang-woo of Hanbit and Lee Ha-eun of an institute: the one
    whose title or stated role names the body written before the surname."""
    body = BODY_POSSESSIVE_BEFORE.search(candidate.before[-60:])
    if body is None:
        return None
    return holder_of_the_body(body.group(1).split()[-1].casefold(), owners, candidate, resolved)


def namesake(
    keys: list[str],
    candidate: Candidate,
    resolved: list[tuple[Candidate, str]],
    word: str,
    text_at: dict[tuple[int, int], str],
) -> str | None:
    """Which of the people `keys` a surname they share names: the one whose title or stated
    role it repeats, else the one named last (None when that cannot be decided)."""
    return (
        just_set_apart(keys, candidate, resolved)
        or same_title(keys, candidate, resolved)
        or same_role(keys, candidate, resolved)
        or of_the_body_after(keys, candidate, resolved)
        or whose_place_or_body_it_speaks_of(keys, candidate, resolved, text_at)
        or whose_office_its_clause_speaks_of(keys, candidate, resolved)
        or whose_body_its_aside_names_by_kind(keys, candidate, resolved)
        or last_named_unless_called_otherwise(keys, candidate, resolved, word)
    )


def just_set_apart(
    keys: list[str], candidate: Candidate, resolved: list[tuple[Candidate, str]]
) -> str | None:
    """The namesake named last, when the article named them in full as "no relation to" the
    other in this paragraph or the one before: "Gerald Kato, ... no relation to the tax
    official, said ...", then "“...,” Mr Kato said" (a title another Kato was given before
    says nothing here); not when a role follows the surname ("said Garcia, the cooperative's
    lawyer": that role tells which)."""
    if stated_role(candidate.after):
        return None
    key = last_named(keys, candidate, resolved)
    here = candidate_position(candidate)
    return next(
        (
            key
            for c, k in resolved
            if k == key
            and len(c.tokens) > 1
            and candidate_position(c) < here
            and candidate.sentence.paragraph - c.sentence.paragraph <= 1
            and says_not_related(c.sentence.text)
        ),
        None,
    )


def same_title(
    keys: list[str], candidate: Candidate, resolved: list[tuple[Candidate, str]]
) -> str | None:
    """Of the people `keys` that one surname can name, the only one given a word of the
    title before `candidate`: "Dr Okafor" is Dr Sarah Okafor, not Transport Secretary Naomi
    Okafor; failing a title before a name, the only one whose role set off beside it holds
    the word (not "who heads a cooperative and is no relation of the minister": a clause
    cut from the role)."""
    if not candidate.title:
        return None
    wanted = title_words(candidate.title) - TITLE_MODIFIERS
    if wanted <= SEX_OF_HONORIFIC.keys() and just_introduced(keys, candidate, resolved):
        # ("Mr." tells a sex only: "Mr. Alaoui said" in the paragraph after Youssef Alaoui's
        # introduction is his, though the article called only Karim Alaoui "Mr." so far)
        return None
    sharing = {
        key
        for named, key in resolved
        if key in keys and named.title and title_words(named.title) & wanted
    }
    if not sharing:
        # "Minister Diabaté" after "The Minister of Mines, ..., Diabaté Lassina, said": a
        # title set off before or after the name
        sharing = {
            key
            for key, _, roles in roles_named_before(keys, candidate, resolved)
            if any(role_words(role and clean_role(role)) & wanted for role in roles[1:])
        }
    return sharing.pop() if len(sharing) == 1 else None


def just_introduced(
    keys: list[str], candidate: Candidate, resolved: list[tuple[Candidate, str]]
) -> bool:
    """Whether the namesake named last was introduced, in full and with a title or a role,
    in this paragraph or the one before, and not named by its surname alone since."""
    key = last_named(keys, candidate, resolved)
    here = candidate_position(candidate)
    named = [c for c, k in resolved if k == key and candidate_position(c) < here]
    return (
        bool(named)
        and all(len(c.tokens) > 1 for c in named)
        and candidate.sentence.paragraph - named[0].sentence.paragraph <= 1
        and bool(office_of(named[0].title) or stated_role(named[0].after))
        # (introduced speaking: not "His son Muhoho Kenyatta, chairman of ..., was also there")
        and SPOKE_AFTER.search(named[0].after[:SPOKE_REACH]) is not None
    )


SPOKE_AFTER = re.compile(r"\b(?:said|says|told|added|argued|warned|insisted|explained)\b")
SPOKE_REACH = 200


# "the additional secretary said ...": a speaker named by what they are, then by surname
NOMINAL_SUBJECT = re.compile(
    # ("the NEA chief said": a body's name may stand before the noun)
    r"\b[Tt]he ((?:[A-Za-z][\w-]* ){0,3}?[a-z][\w-]*) (?:said|says|told|added|adds|noted|argued"
    r"|insisted|warned|explained|stressed|replied)\b"
    # ("At the ceremony, the chairman also addressed ...": another act, by the sentence's
    # subject only, not inside another's report: "X said the chairman also addressed ...")
    r"|(?:^|(?<=[.!?,]\s))[Tt]he ((?:[a-z][\w-]* ){0,3}?[a-z][\w-]*) (?:also |then |later )?"
    r"(?:addressed|announced|acknowledged|pledged|promised|vowed|conceded|admitted|defended"
    r"|rejected|dismissed)\b"
)
# What "leader" names when a title says it otherwise: "Union president Luz Rojas Carvajal"
LEADER_TITLES = frozenset({"president", "chairman", "chairwoman", "chair", "head", "leader"})
ROLE_AND_TITLE_WORDS = ROLE_NOUNS | TITLE_WORDS


def called_so_just_before(
    keys: list[str],
    candidate: Candidate,
    resolved: list[tuple[Candidate, str]],
    told: str,
    spelled: dict[str, str],
) -> str | None:
    """Of the people `keys` one surname can name, the only one whose title or stated role
    holds the words a speaker was just called by ("the additional secretary said ... “...,”
    Chowdhury said" is Additional Secretary Nasrin Chowdhury, not the importers' Chowdhury
    named after her); `told`: the paragraph up to the surname; `spelled`: the article's
    organisations by their acronyms and short names ("the union leader" is the President of
    the PTDDWU, the Petroleum Tanker Drivers and Depot Workers Union)."""
    called = [match.group(1) or match.group(2) for match in NOMINAL_SUBJECT.finditer(told)]
    if called and called[-1].casefold().split()[-1] in BODY_HEAD_NOUNS:
        return heads_the_body_called(keys, candidate, resolved, called[-1], spelled)
    wanted = role_words(called[-1]) - COMMON_WORDS - TITLE_MODIFIERS if called else set()
    if not wanted & ROLE_AND_TITLE_WORDS:
        return None
    ordered: list[str] = re.findall(r"[a-z]+", called[-1].casefold())
    heads = [word for word in ordered if word in ROLE_AND_TITLE_WORDS - RANK_WORDS]
    if not heads:
        return None
    head = heads[-1]
    stated = roles_stated_before(keys, candidate, resolved, spelled)
    # the title's own noun first ("leader" for a president), then its other words; a rank
    # ("the deputy governor") only of one holding it
    fits = [
        key
        for key in keys
        if (head in stated[key] or (head == "leader" and stated[key] & LEADER_TITLES))
        and wanted & RANK_WORDS <= stated[key]
    ]
    if len(fits) > 1:
        fits = [key for key in fits if wanted - {head} <= stated[key]]
    return fits[0] if len(fits) == 1 else None


def roles_named_before(
    keys: list[str], candidate: Candidate, resolved: list[tuple[Candidate, str]]
) -> Iterator[tuple[str, Candidate, tuple[str | None, ...]]]:
    """(key, mention, its title and stated roles) of each mention of the people `keys` before
    `candidate`: a reader knows only the namesakes named so far ("Rojas, a mining engineer,"
    is not the Mining Minister Rojas the article names later)."""
    here = candidate_position(candidate)
    for named, key in resolved:
        if key in keys and candidate_position(named) < here:
            title = title_text(named) if named.title else ""
            yield (
                key,
                named,
                (
                    title,
                    stated_role(named.after),
                    role_set_off_before(named.before, named.after),
                ),
            )


# "the NEA chief", "the ministry's boss": the head of the body named before the noun
BODY_HEAD_NOUNS = frozenset({"chief", "boss", "head"})
# The words of the titles that head a body
HEADING_WORDS = LEADER_TITLES | {"managing", "governor", "ceo", "chief"}


def heads_the_body_called(
    keys: list[str],
    candidate: Candidate,
    resolved: list[tuple[Candidate, str]],
    called: str,
    spelled: dict[str, str],
) -> str | None:
    """Of the people `keys`, the only one whose stated title heads the body named in
    `called` ("the NEA chief said ... Shrestha said" is the managing director of the NEA,
    not his predecessor)."""
    body = role_words(called) - BODY_HEAD_NOUNS - COMMON_WORDS
    if not body:
        return None
    stated = roles_stated_before(keys, candidate, resolved, spelled)
    fits = [key for key in keys if stated[key] & HEADING_WORDS and body <= stated[key]]
    return fits[0] if len(fits) == 1 else None


def roles_stated_before(
    keys: list[str],
    candidate: Candidate,
    resolved: list[tuple[Candidate, str]],
    spelled: dict[str, str] | None = None,
) -> dict[str, set[str]]:
    """The words of each person's titles and stated roles named before `candidate`, a
    lower-case title before the name too ("Union president Luz Rojas Carvajal"); with
    `spelled` (organisations by their acronyms and short names), the words of the names
    those stand for too ("PTDDWU": "petroleum", "tanker" ...)."""
    stated: dict[str, set[str]] = {key: set() for key in keys}
    for key, named, roles in roles_named_before(keys, candidate, resolved):
        for role in (*roles, lowercase_title(named.before)):
            stated[key] |= role_words(role)
    for words in stated.values():
        words |= {full for word in list(words) for full in role_words((spelled or {}).get(word))}
    return stated


# A member of a legislature, however named: the nouns, and the bodies whose seat it is
LAWMAKERS = frozenset(
    "legislator lawmaker mp parliamentarian senator congressman congresswoman assemblyman "
    "assemblywoman parliament senate congress legislature".split()
)


def same_role(
    keys: list[str], candidate: Candidate, resolved: list[tuple[Candidate, str]]
) -> str | None:
    """Of the people `keys` that one surname can name, the only one named before `candidate`
    whose stated roles share a word with the role stated right after it ("Kim, the union
    chairwoman"), or the office it says the surname was given ("Borg was elected co-chair")."""
    described_role = stated_role(candidate.after) or appointed_role(
        candidate.before, candidate.after
    )
    described = role_words(described_role)
    if not described:
        return None
    if described & LAWMAKERS:
        described |= LAWMAKERS  # "Mensah, the legislator," is the Ranking Member of Parliament
    stated: dict[str, set[str]] = {key: set() for key in keys}
    heads: dict[str, set[str]] = {key: set() for key in keys}
    for key, _, roles in roles_named_before(keys, candidate, resolved):
        for role in roles:
            stated[key] |= role_words(role)
            heads[key] |= {role_form(role).head} if role else set()
    # "Garcia, the cooperative's lawyer": the lawyer, though the general counsel's role
    # mentions the cooperative too; else the only one sharing a word of it
    head = role_form(described_role or "").head
    holding = [key for key, h in heads.items() if head in h]
    if len(holding) == 1:
        return holding[0]
    sharing = [key for key, words in stated.items() if words & described]
    if sharing:
        return sharing[0] if len(sharing) == 1 else None
    # "Appearing for the petitioners, Barrister Asad Siddiqui ..." then "Siddiqui, the
    # petitioners' counsel,": the one whose own sentence spoke of whom the role serves
    served = {
        word for pair in ROLE_SERVES.findall(described_role or "") for word in pair if word
    } - COMMON_WORDS
    if not served:
        return None
    context: dict[str, set[str]] = {key: set() for key in keys}
    for key, named, _ in roles_named_before(keys, candidate, resolved):
        context[key] |= role_words(named.sentence.text)
    speaking_of = [key for key, words in context.items() if words & served]
    return speaking_of[0] if len(speaking_of) == 1 else None


# Whom a role serves, in lower case: "petitioners" of "the petitioners' counsel" or of
# "counsel for the petitioners"
ROLE_SERVES = re.compile(r"\b([a-z]+)(?:'s|'|’s|’)\s|\b(?:for|of)\s+(?:the\s+)?([a-z]+)\b")


# "Santiago of the PHA", "Mr Mwakyusa of Taomac": the body a surname is said to be of
OF_A_BODY_AFTER = re.compile(r"^\s+of\s+(?:the\s+)?([A-Z][\w&'’-]*)")


def of_the_body_after(
    keys: list[str], candidate: Candidate, resolved: list[tuple[Candidate, str]]
) -> str | None:
    """Of the people `keys` one surname can name, the only one whose title or stated role
    names the body the surname is said to be "of" ("said Santiago of the PHA" is the PHA
    president, not Senator Paz Santiago)."""
    body = OF_A_BODY_AFTER.match(candidate.after)
    if body is None:
        return None
    return holder_of_the_body(body.group(1).casefold(), keys, candidate, resolved)


def holder_of_the_body(
    word: str, keys: list[str], candidate: Candidate, resolved: list[tuple[Candidate, str]]
) -> str | None:
    """Of the people `keys`, the only one named before `candidate` whose title or stated role
    holds `word`, a body's name."""
    stated = roles_stated_before(keys, candidate, resolved)
    # (and the words right before a name: "Philippine Hospital Association (PHA) president
    # Dr. Emerito Santiago")
    for key, named, _ in roles_named_before(keys, candidate, resolved):
        stated[key] |= role_words(named.before[-BODY_BEFORE_REACH:])
    holding = [key for key in keys if word in stated[key]]
    return holding[0] if len(holding) == 1 else None


BODY_BEFORE_REACH = 50  # characters before a name where the body of its title is named


def whose_place_or_body_it_speaks_of(
    keys: list[str],
    candidate: Candidate,
    resolved: list[tuple[Candidate, str]],
    text_at: dict[tuple[int, int], str],
) -> str | None:
    """Of the people `keys` named before `candidate`, the only one whose title names a place
    or a body that the surname's own sentence names too: "Córdoba Governor Ana María
    Ferreyra" for "'Córdoba's farmers ...,' Ferreyra said" beside Economy Minister Martín
    Ferreyra. A body the article keeps naming is what it is about and tells no speaker: an
    analyst's "whether Daeseong Heavy can deliver" beside Daeseong Group Chairman Kim
    Tae-hoon (a place still tells: "Texas Governor Greg Abbott"). Not the body of the one it
    is "not related to": "said Shrestha, who is not related to the Bir Hospital director"."""
    text = NOT_RELATED_TO.sub("", candidate.sentence.text)
    said = {word.casefold() for word in PROPER_WORD.findall(text)}
    said -= words_the_article_keeps_naming(text_at)
    here = candidate_position(candidate)
    sharing = {
        key
        for named, key in resolved
        if key in keys
        and candidate_position(named) < here
        and said & (titles_places_and_bodies(named) - {name_key(candidate.name)})
    }
    return sharing.pop() if len(sharing) == 1 else None


def titles_places_and_bodies(named: Candidate) -> set[str]:
    """The words that name where or what a person's office is of, in the title before the
    name or the role stated after it ("Kattegat" of "Lise Hansen, chief executive of
    Kattegat Renewables Asia Co Ltd,"), casefolded."""
    words = {t.text.casefold() for t in named.title if title_place_or_body(t)}
    stated = stated_role(named.after) if len(named.tokens) > 1 else None
    # (not "Mahama" of "an aide to President Mahama": a person, whom others speak of too)
    written = (stated or "").split()
    named_after_a_title = {
        word.strip(",.")
        for title, word in itertools.pairwise(written)
        if title[:1].isupper() and title.casefold().rstrip(".") in TITLE_WORDS
    }
    for word in PROPER_WORD.findall(stated or ""):
        if word in named_after_a_title:
            continue
        plain = word.casefold()
        # (not a place inside a body's name: "Dubai" of "Dubai Holding Hospitality")
        placed = is_place(word) or is_region(word) or is_demonym(word)
        if not (placed or plain in DESCRIBING_WORDS or plain in TITLE_WORDS or is_legal_form(word)):
            words.add(plain)
    return words


PROPER_WORD = re.compile(r"\b[A-Z]\w*")
# The adjectives of offices, and the office each speaks of: "from the ministerial bench"
OFFICE_ADJECTIVES = {
    "ministerial": "minister",
    "presidential": "president",
    "mayoral": "mayor",
    "gubernatorial": "governor",
    "senatorial": "senator",
    "ambassadorial": "ambassador",
    "judicial": "judge",
}
# (a seat of the office, in the phrase that opens the sentence before the surname: not
# "Democratic presidential candidate Bernie Sanders ... recent Clinton campaign accusations",
# "After the ministerial statement, Smith", "During the vice presidential debate, Duterte")
OFFICE_ADJECTIVE = re.compile(
    r"^[^,;]*(?<!vice )(?<!vice-)\b(" + "|".join(OFFICE_ADJECTIVES) + r")\s+"
    r"(?:bench|benches|podium|lectern|seat|palace|residence)\b[^,;]*,\s*$",
    re.IGNORECASE,
)


def whose_office_its_clause_speaks_of(
    keys: list[str], candidate: Candidate, resolved: list[tuple[Candidate, str]]
) -> str | None:
    """Of the people `keys` named before `candidate`, the only one holding the office that an
    adjective before the surname speaks of: "Replying from the ministerial bench,
    Papadopoulos ..." is Minister Stavros Papadopoulos, not PASOK's spokesman Michalis."""
    found = OFFICE_ADJECTIVE.search(candidate.before)
    if found is None:
        return None
    office = OFFICE_ADJECTIVES[found.group(1).casefold()]
    held = [
        (key, role_words(role and clean_role(role)))
        for key, _, roles in roles_named_before(keys, candidate, resolved)
        for role in roles
    ]
    # (an office held now: not "former President Bill Clinton")
    holding = {key for key, words in held if office in words and not words & PAST_MARKERS}
    return holding.pop() if len(holding) == 1 else None


# What a surname's aside says, between commas: ", a former textile exporter who has led the
# chamber since 2023,"
ASIDE = re.compile(r"^\s*,([^,]+),")
BODY_BY_ITS_KIND = re.compile(r"\bthe\s+([a-z]+)\b")


def whose_body_its_aside_names_by_kind(
    keys: list[str], candidate: Candidate, resolved: list[tuple[Candidate, str]]
) -> str | None:
    """Of the people `keys` named before `candidate`, the only one whose title or role names
    a body of the kind the surname's aside speaks of: "Haddad, a former textile exporter who
    has led the chamber since 2023," is the chairman of the Jordan Chamber of Industry, not
    Minister Rania Haddad."""
    aside = ASIDE.match(candidate.after)
    if aside is None:
        return None
    kinds = {found.group(1) for found in BODY_BY_ITS_KIND.finditer(aside.group(1))} & ORG_HEADS
    if not kinds:
        return None
    sharing = {
        key
        for key, _, roles in roles_named_before(keys, candidate, resolved)
        if kinds & role_words(" ".join(role for role in roles if role))
    }
    return sharing.pop() if len(sharing) == 1 else None


def words_the_article_keeps_naming(text_at: dict[tuple[int, int], str]) -> set[str]:
    """Capitalised words (in lower case) that TOPIC_PARAGRAPHS or more paragraphs name, places
    aside (read once per article when `text_at` keeps them: each namesake asks)."""
    if not isinstance(text_at, SentenceTexts):
        return names_in_many_paragraphs(text_at)
    if text_at.kept_names is None:
        text_at.kept_names = names_in_many_paragraphs(text_at)
    return text_at.kept_names


def names_in_many_paragraphs(text_at: dict[tuple[int, int], str]) -> set[str]:
    """Capitalised words (in lower case) that TOPIC_PARAGRAPHS or more paragraphs name, places
    aside."""
    paragraphs: dict[int, set[str]] = {}
    for (paragraph, _), text in text_at.items():
        paragraphs.setdefault(paragraph, set()).update(
            word.casefold() for word in PROPER_WORD.findall(text)
        )
    counts = Counter(word for words in paragraphs.values() for word in words)
    # (a place still tells: "Texas Governor Greg Abbott" speaks of Texas however often the
    # article names it)
    return {
        word
        for word, count in counts.items()
        if count >= TOPIC_PARAGRAPHS and not (is_place(word) or is_region(word))
    }


TOPIC_PARAGRAPHS = 4  # a name in this many paragraphs is the article's subject


def title_place_or_body(word: Token) -> bool:
    """A word of a title that names where or what the office is of ("Córdoba" of "Córdoba
    Governor", "FBI" of "FBI Director"): not an office's word nor a person's name ("Jeb Bush
    Super PAC Chief"), unless a place ("Florida Sen.")."""
    text = word.text
    if not word.capitalised or text.casefold().rstrip(".") in DESCRIBING_WORDS:
        return False
    return is_place(text) or is_region(text) or not (is_given_name(text) or is_surname(text))


NOT_RELATED = re.compile(
    r"\b(?:(?:is|was|are|were)\s+not\s+related|unrelated|no\s+relation)\s+to\b", re.IGNORECASE
)


@functools.lru_cache(maxsize=1024)  # asked of the same sentences for each lone surname
def says_not_related(sentence: str) -> bool:
    return NOT_RELATED.search(sentence) is not None


# What the one named is not related to: "He is not related to (the former minister)."
NOT_RELATED_TO = re.compile(NOT_RELATED.pattern + r"\s+(?:the\s+)?([^,;.]+)", re.IGNORECASE)


def not_the_one_said_unrelated(
    keys: list[str],
    candidate: Candidate,
    resolved: list[tuple[Candidate, str]],
    text_at: dict[tuple[int, int], str],
) -> str | None:
    """Of the people `keys` a surname can name, the one left when the surname's stated role
    is what the article said another namesake is not related to: "Rustam Saidov, chief
    executive of ..., said ... He is not related to the former minister." makes "Saidov, the
    former minister," the other Saidov."""
    role = stated_role(candidate.after)
    wanted = role_words(role) - TITLE_MODIFIERS - {"the"}
    if not wanted:
        return None
    here = candidate_position(candidate)
    unrelated = set()
    for named, key in resolved:
        if key not in keys or candidate_position(named) >= here:
            continue
        where = (named.sentence.paragraph, named.sentence.index)
        for text in (named.sentence.text, text_at.get((where[0], where[1] + 1), "")):
            said = NOT_RELATED_TO.search(text)
            if said and wanted <= role_words(said.group(1)):
                unrelated.add(key)
    left = [key for key in keys if key not in unrelated]
    return left[0] if unrelated and len(left) == 1 else None


def last_named_unless_called_otherwise(
    keys: list[str], candidate: Candidate, resolved: list[tuple[Candidate, str]], word: str
) -> str | None:
    """The namesake named last; but where the article named that one as "not related" to
    the person the surname alone had named so far, still that person ("Rojas, a mining
    engineer, said ..." of the chief executive; "Mining Minister Francisca Rojas Ibáñez, who
    is not related to the Codelco chief, ..."; "Rojas added" paragraphs later is the chief
    executive's), or, when the surname alone named no one yet, the one namesake named
    before it ("Dariusz Kowalczyk, head of the union ... Ewa Kowalczyk, who is not related to
    the union leader, ... Kowalczyk said the union ..." is the union's head)."""
    key = last_named(keys, candidate, resolved)
    here = candidate_position(candidate)
    earlier = [(c, k) for c, k in resolved if candidate_position(c) < here]
    set_apart = [c for c, k in earlier if k == key and says_not_related(c.sentence.text)]
    # "Deputy Mercedes Ferreyra Ocampo, who is no relation to the union leader, said ...
    # 'The government has the votes today,' Ferreyra said.": the paragraph still about her,
    # or the next one ("Haruka Ishida, ... who is not related to the Kanemori president,
    # said ...", then "“...,” Ishida said")
    if not set_apart or any(
        candidate.sentence.paragraph - c.sentence.paragraph <= 1 for c in set_apart
    ):
        return key
    called = {k for c, k in earlier if name_key(c.name) == word}
    if not called:
        introduced = min(candidate_position(c) for c, k in earlier if k == key)
        called = {k for c, k in earlier if k in keys and candidate_position(c) < introduced}
    return called.pop() if len(called) == 1 and key not in called else key


def last_named(
    keys: list[str], candidate: Candidate, resolved: list[tuple[Candidate, str]]
) -> str | None:
    """Of the people `keys` that one surname can name, the one named last before `candidate`;
    None when none is, or when the last two are named in one sentence (undecidable)."""
    here = candidate_position(candidate)
    named = sorted(
        (
            (candidate_position(c), c.sentence, key)
            for c, key in resolved
            if key in keys and candidate_position(c) < here
        ),
        key=lambda item: item[0],
    )
    if not named:
        return None
    *_, (_, sentence, key) = named
    rivals = [other for _, s, other in named if s is sentence and other != key]
    return None if rivals or object_after_a_subject(keys, candidate, resolved, key) else key


def object_after_a_subject(
    keys: list[str], candidate: Candidate, resolved: list[tuple[Candidate, str]], key: str
) -> bool:
    """Whether the namesake `key` was named last only as the agent after "by", after another
    was named in that paragraph outside a preposition ("LRC's Given Mwansa said ... The
    union, led in the talks by Ms Mwansa, has disputed that figure." then "“...,” Mwansa
    said": which of them speaks cannot be told)."""
    here = candidate_position(candidate)
    before = [(c, k) for c, k in resolved if k in keys and candidate_position(c) < here]
    last = max(before, key=lambda item: candidate_position(item[0]))[0]
    # (an agent after "by" only: "Questions were put to Lucy Kamau" makes her the one asked,
    # and likely the next to speak)
    if not (last.before.endswith("by ") and governed(last.before)):
        return False
    paragraph = last.sentence.paragraph
    return any(
        k != key and c.sentence.paragraph == paragraph and not governed(c.before) for c, k in before
    )


def initials_of_words(name: str) -> str:
    """ "AMLO" of "Andrés Manuel López Obrador": the first letter of each word."""
    return "".join(word[0] for word in name.split()).upper()


def initials(name: str, small_words: bool = False, place: bool = False) -> str:
    """ "EPA" of "U.S. Environmental Protection Agency": the capitals of its words, a leading
    place and the small words left out; with `small_words`, "of" and "for" count as
    letters too ("BOJ" of "Bank of Japan"); with `place`, a leading place does too ("NECA"
    of "Nigeria Employers' Consultative Association")."""
    words = [w for w in name.split() if w[:1].isupper() or (small_words and w in {"of", "for"})]
    if not place and (len(words) > 2 and is_place(words[0].rstrip(".")) or words[:1] == ["U.S."]):
        words = words[1:]
    return "".join(word[0] for word in words).upper()


# Acronyms of everyday things, which a company's initials do not take over ("AI tools",
# "a PC maker", "TV rights")
EVERYDAY_ACRONYMS = frozenset({"AI", "IT", "TV", "PC", "US", "UK", "EU", "UN", "ID", "OK"})


def legal_form_split(words: list[str]) -> tuple[list[str], bool]:
    """A company's name without its legal form ("International Paper" of "International
    Paper Co.", "Merrill Lynch" of "Merrill Lynch and Co Inc"), and whether it had one."""
    words = list(words)
    legal_form = False
    while words and (is_legal_form(words[-1]) or words[-1] in {"and", "&"}):
        legal_form = True
        words.pop()
    return words, legal_form


def firm_stem(tokens: list[Token]) -> str | None:
    """ "Merrill Lynch" of "Merrill Lynch and Co Inc": a company's name without its legal
    form, when that leaves two words or more."""
    words, legal_form = legal_form_split([token.text for token in tokens])
    return " ".join(words) if legal_form and len(words) > 1 else None


LIST_GAPS = frozenset({", ", " and ", ", and "})


def listed_among_people(
    candidate: Candidate, people_here: dict[tuple[int, int], list[Candidate]]
) -> bool:
    """A name no evidence types, listed between two people of its sentence after a plural
    title ("Justices Ruth Levinson, Amnon Dahan and Khaled Nasser")."""
    sentence = candidate.sentence
    people = people_here.get((sentence.paragraph, sentence.index), [])
    # (no everyday word in it: "Jeff Bezos, Blue Origin and Elon Musk")
    words = [token.text.casefold() for token in candidate.tokens]
    if any(word in candidate.lower_vocabulary or word in COMMON_WORDS for word in words):
        return False
    start, end = candidate.tokens[0].start, candidate.tokens[-1].end

    def gap(a: int, b: int) -> str:
        return sentence.text[a - sentence.start : b - sentence.start]

    before = any(gap(p.tokens[-1].end, start) in LIST_GAPS for p in people)
    after = any(gap(end, p.tokens[0].start) in LIST_GAPS for p in people)
    # (the list opened by a plural title, "Justices", "Senators": not "led by Peter Thiel,
    # Tiger Global and Reid Hoffman")
    titled = any(p.title and plural_title(p.title[-1].text) for p in people)
    return before and after and titled


def plural_title(word: str) -> bool:
    """ "Justices", "Senators", "Ministers": a title word's plural."""
    plain = word.casefold()
    return plain.endswith("s") and (plain[:-1] in TITLE_WORDS or plain[:-2] in TITLE_WORDS)


def names_clipped(organisations: list[Candidate], written: set[str]) -> dict[str, Candidate]:
    """The clipped first words that stand alone for an organisation's name: "Fed" of the
    Federal Reserve. A clipping is the first three or four letters of a long first word that
    says no kind ("Fed" of a "Federation of Korean Industries" is not it); it names one
    organisation of the article, or several that one name opens ("Federal Reserve Bank of
    New York" beside the Federal Reserve, not the Federal Deposit Insurance Corp), and it is
    no word of its own: not a title ("Gen" of General Motors), a place ("Gulf" of Gulfstream
    Aerospace), a people's word ("Arab" of Arabtec) nor one the article writes in lower case."""
    clips: dict[str, list[Candidate]] = {}
    for c in organisations:
        first = c.tokens[0].text
        # (not a place's, a people's or a given name's: "Ariz" of the Arizona Democratic
        # Party, "Iran" of the Iranian Army, "Hill" of a "Hillary Clinton White House")
        if (
            len(c.tokens) > 1
            and len(first) >= 6
            and first.isalpha()
            and not first.isupper()
            and first.casefold() not in ORG_HEADS
            and not is_place(first)
            and first.casefold() not in DEMONYMS
            and not is_given_name(first)
        ):
            for size in (3, 4):
                owners = clips.setdefault(first[:size], [])
                if all(name_key(o.name) != name_key(c.name) for o in owners):
                    owners.append(c)
    return {
        clip: shortest
        for clip, owners in clips.items()
        if all(
            o.name.startswith((shortest := min(owners, key=lambda o: len(o.name))).name)
            for o in owners
        )
        and (word := clip.casefold()) not in written
        and word not in TITLE_WORDS
        and word not in COMMON_WORDS
        and word not in DEMONYMS
        and not is_place(clip)
        and not is_region(clip)
    }


def firm_first_words(tokens: list[Token]) -> list[str]:
    """ "Gulf Horizon" of "Gulf Horizon Energy PJSC", "Sinar Nikel" of "PT Sinar Nikel
    Nusantara Tbk": a company's first two words or more, after a foreign opener; with no
    legal form, those after its opener ("Cordillera Norte" of "Minera Cordillera Norte");
    after a trade's opener, its one word ("Pacifico" of "Supermercados del Pacifico")."""
    words, legal_form = legal_form_split([token.text for token in tokens])
    opener = bool(words) and words[0].casefold() in ORG_OPENERS
    if not (legal_form or (opener and len(words) >= 3)):
        return []  # (with no legal form, only after an opener: "Cordillera Norte" of "Minera
        # Cordillera Norte")
    if opener:
        trade = words[0].casefold() in TRADE_OPENERS
        words = words[1:]
        if len(words) == 2 and words[0].casefold() in TRADE_ADJECTIVES:
            trade, words = True, words[1:]  # "Altamar" of "Grupo Financiero Altamar"
        # "Pacifico" of "Supermercados del Pacifico": its one word after the particles, after
        # a trade's word (not "Chile" of "Universidad de Chile", nor "Mexico" of "Grupo Mexico")
        named = list(itertools.dropwhile(lambda word: word.casefold() in PERSON_PARTICLES, words))
        if len(named) == 1:
            return named if trade and not is_place(named[0]) else []
    return [" ".join(words[:end]) for end in range(2, len(words) + 1)]


# Words after an opener that say a group's trade: "Grupo Financiero Banorte"
TRADE_ADJECTIVES = frozenset(
    "financiero financiera financeira industrial empresarial comercial inmobiliario".split()
)
# Openers that say a firm's trade ("Minera", "Supermercados"): the word after one names it
TRADE_OPENERS = frozenset(
    "supermercados almacenes farmacias laboratorios transportes inmobiliaria aerolineas "
    "aerolíneas seguros tiendas embotelladora minera petrolera constructora construtora "
    "naviera cementos aceros distribuidora comercializadora inversiones".split()
)


# The words that close a company's name and say its kind ("Industries", "Capital",
# "Petroleum"); not those of associations, funds or banks, whose first words name no one
COMPANY_KIND_WORDS = INDUSTRY_HEADS | (
    OFFICE_HOLDING_HEADS
    - frozenset(
        "association bank committee confederation council exchange federation foundation fund "
        "institute trust union".split()
    )
)


def firm_without_its_kind(tokens: list[Token]) -> list[str]:
    """ "Kurosawa Electric" of "Kurosawa Electric Industries", "Osprey Ridge" of "Osprey
    Ridge Capital": a company's name without the words that say its kind, when two or more
    are left and they name no place ("Wall Street" of "Wall Street Journal")."""
    words = [token.text for token in tokens]
    while len(words) > 2 and words[-1].casefold() in COMPANY_KIND_WORDS:
        words.pop()
        # ("Harcourt Lane" of "Harcourt Lane Asset Management": what it manages too)
        if len(words) > 2 and words[-1].casefold() in MANAGED_THINGS:
            words.pop()
    short = " ".join(words)
    if len(words) == len(tokens) or "of" in words or words[-1].casefold() in PLACE_HEADS:
        return []
    return [] if is_place(short) else [short]


PARENT_AFTER = re.compile(
    r"^,?\s+(?:which|that)\s+(?:owns|holds|controls)\b|^['’]s?\s+(?:stake|unit|subsidiary)\b"
    r"|^,\s+(?:its|the)\s+(?:parent|majority\s+owner|controlling\s+shareholder)\b"
)


def name_without_its_trade(tokens: list[Token]) -> list[str]:
    """ "Bushveld Ridge" of "Bushveld Ridge Platinum": a name of three capitalised words
    without its last, when no word says a kind (not "Harvard University" of "Harvard
    University Press") and no part is a place ("Toyota Motor" of "Toyota Motor Europe"); the
    article's word for a parent company is not its (see PARENT_AFTER)."""
    words = [token.text for token in tokens]
    if len(words) != 3 or not all(word[:1].isupper() for word in words):
        return []
    if is_given_name(words[0]):
        return []  # "Tom Ford" of Tom Ford International: its founder
    # (nor a people's word: "Anglo American" of Anglo American Platinum is its parent)
    if any(w.casefold() in ORG_HEADS or w.casefold() in DEMONYMS or is_place(w) for w in words):
        return []
    short = " ".join(words[:2])
    return [] if is_place(short) else [short]


MANAGED_THINGS = frozenset({"asset", "assets", "investment", "investments", "wealth", "portfolio"})


def field_and_kind(tokens: list[Token]) -> list[str]:
    """ "Excise Department" of "Sindh Excise, Taxation and Narcotics Control Department": a
    public body's first field and its kind, by which a later sentence names it (after the
    province or country that opens the name)."""
    words = [token.text for token in tokens]
    if words and is_place(words[0]):
        words = words[1:]
    if len(words) < 3 or words[-1].casefold() not in PUBLIC_BODY_HEADS:
        return []
    field = words[0]
    fielded = field.casefold() in BODY_FIELDS or FIELD_WORD_ENDING.search(field) is not None
    return [f"{field} {words[-1]}"] if fielded and field[:1].isupper() else []


def head_word(tokens: list[Token]) -> str | None:
    """ "Committee" of "Japan-Korea Cooperation Committee", "Bank" of "Bank of England"."""
    if len(tokens) < 2:
        return None
    heads = [t.text for t in tokens if t.text.casefold() in ORG_HEADS]
    # "Commission" of "Federal Energy Regulatory Commission", not its industry
    kinds = [head for head in heads if head.casefold() not in INDUSTRY_HEADS]
    # ("Union" of "... Agricultural Workers Union": the members' word names no one alone)
    kinds = [head for head in kinds if head.casefold() != "workers"] or kinds
    found = kinds or heads
    return found[0] if found else None


# Public bodies' heads: the first word of "Punjab Assembly" or "Ravi Urban Development
# Authority" is the place or river they are of, not a name the body goes by alone
PUBLIC_BODY_HEADS = frozenset(
    {"assembly", "authority", "board", "bureau", "command", "commission", "council", "court"}
    | {"department", "directorate", "governorate", "inspectorate", "ministry", "municipality"}
    | {"office", "parliament", "police", "secretariat", "senate", "treasury", "agency"}
    # named by their place or cause, which alone is no name of theirs ("Albay Electric
    # Cooperative", "Human Rights Watch")
    | {"cooperative", "co-operative", "watch"}
)
# The last words of names that a distinctive first word names alone ("Valeant" of "Valeant
# Pharmaceuticals International")
COMPANY_KINDS = ORG_HEADS | CLUB_WORDS | {"international"}


# first words that make no company's short name ("Bank", "Chief", "New", "The")
GENERIC_FIRST_WORDS = ORG_HEADS | TITLE_WORDS | PLACE_PREFIXES | COMMON_WORDS


# whose possessive opens a party's or a union's name, which the word alone never names
# ("People" of "People's Party", "Women" of "Women's League")
GROUPS_OWNING_A_NAME = frozenset({"people", "peoples", "women", "children", "workers"})


def company_short_name(tokens: list[Token]) -> str | None:
    """ "Toyota" of "Toyota Motor Corp": the first word of an organisation named by a
    distinctive word and its kind, as later sentences name it; "Toluca" of "Deportivo Toluca",
    "Santander" of "Banco Santander": the word after a foreign opener."""
    if len(tokens) == 2 and tokens[0].text.casefold() in ORG_OPENERS:
        word = tokens[1].text
        return None if is_region(word) or word.casefold() in COMMON_WORDS else word
    if len(tokens) == 2 and is_place(tokens[1].text) and not is_place(tokens[0].text):
        word = tokens[0].text  # "Alvark" of "Alvark Tokyo", not "CIA" of "CIA Benghazi"
        return None if word.casefold() in COMMON_WORDS or word.isupper() else word
    last = tokens[-1].text.casefold()
    if len(tokens) < 2 or last not in COMPANY_KINDS or last in PUBLIC_BODY_HEADS:
        return None  # "Toyota Motor Corp", "Kelsworth Rovers"; not "Ravi" of "Ravi ... Authority"
    first = POSSESSIVE.sub("", tokens[0].text)  # "Moody" of "Moody's Investors Service"
    owning = first != tokens[0].text and first.casefold() in GROUPS_OWNING_A_NAME
    generic = first.casefold() in GENERIC_FIRST_WORDS or owning
    if generic or is_place(first) or is_demonym(first) or first.isupper():
        return None
    return first


def club_nickname(tokens: list[Token]) -> str | None:
    """ "Pirates" of "Orlando Pirates", "Chiefs" of "Kaizer Chiefs": a club's plural last
    word, by which later sentences name it (not a kind: "Airlines", "Holdings")."""
    if len(tokens) != 2:
        return None
    first, last = tokens[0].text, tokens[-1].text
    kind = last.casefold() in ORG_HEADS or is_legal_form(last)
    people = is_demonym(last) or is_demonym(last[:-1]) or first.isupper()  # "LGBT Republicans"
    return last if plural_nickname(last) and not (kind or people) else None


# A speech verb right after a word: "Lyonpo said", "“...,” Dasho said."
SPEECH_VERB_AFTER = re.compile(r"^\s+(?:said|says|added|told|stressed|noted)\b")


def courtesy_speaking(
    candidate: Candidate, resolved: list[tuple[Candidate, str]], actors: dict[str, ActorFound]
) -> str | None:
    """ "Lyonpo said" in Kuensel's style: a courtesy title alone as the subject of a speech
    verb names the one person the article gave it before this word (not one it called
    "former", and no one when it gave it to several)."""
    word = candidate.name.casefold()
    if len(candidate.tokens) != 1 or word not in COURTESY_SPOKEN_ALONE:
        return None
    if not SPEECH_VERB_AFTER.match(candidate.after) or candidate.before.rstrip().endswith("the"):
        return None
    here = candidate_position(candidate)
    given = {
        key
        for c, key in resolved
        if actors[key].kind == "PER"
        and candidate_position(c) < here
        and any(t.text.casefold().rstrip(".") == word for t in c.title)
        and not ends_with(PAST_TITLE_BEFORE, c.before)
        and not any(t.text.casefold() in PAST_MARKERS for t in c.title)
    }
    return given.pop() if len(given) == 1 else None


# Courtesy titles written alone for their holder ("Lyonpo said", "Dasho added"), in Bhutan
COURTESY_SPOKEN_ALONE = frozenset({"lyonpo", "lyonchhen", "dasho"})
PAST_TITLE_BEFORE = re.compile(r"\b(?i:former|late|then|ex-)\s*$")


def unknown_first_name(tokens: list[Token]) -> bool:
    """A two-word name whose first word no list knows as a name, a word or a place
    ("Anucha Srisuwan", "Rizal Hamdan"), or only as a family name before a word no list
    knows ("Sok Pisey"), or a name with a patronymic ("Faizal bin Hamzah", named "Faizal"
    after)."""
    if len(tokens) > 2 and tokens[1].text.casefold() in PATRONYMICS:
        return True
    if len(tokens) != 2:
        return False
    first = tokens[0].text
    word = first.casefold()
    known = is_given_name(first) or is_surname(first) or word in COMMON_WORDS
    # (a family name written first, before a given name no list knows, as Khmer names are)
    second = tokens[1].text
    if is_surname(first) and not is_given_name(first) and second.isalpha():
        known = is_given_name(second) or is_surname(second) or second.casefold() in COMMON_WORDS
    # (or before a given name, as some Asian news writes Japanese names: "Tanaka Hiroshi",
    # named "Mr. Tanaka" after)
    known = known and not given_name_after_family_name([first, second])
    # "Senate Republicans", "Labour Party": a body's or a people's word, no first name
    bodily = word in ORG_HEADS or word in TITLE_WORDS or is_demonym(first)
    return not (known or bodily or is_place(first) or is_region(first) or not first.isalpha())


# Words that open a North African or Arab family name, though some are given names elsewhere:
# "Ben Slimane" of "Youssef Ben Slimane", "Abu Zeid", "Ould Abdallah"
FAMILY_NAME_OPENERS = frozenset({"ben", "ait", "abu", "abou", "abi", "el", "ould", "bou"})


# Titles that tell namesakes apart in a question ("/who Sheikh Al-Otaibi" beside Dr Reem
# Al-Otaibi); "Mr" and "Ms" tell a sex only
DISTINGUISHING_TITLES = frozenset(
    {"dr", "prof", "professor", "sheikh", "shaikh", "eng", "engr", "prince", "princess"}
    | {"comrade", "cde", "atty", "adv", "justice", "chief", "alhaji", "hon"}
)


TITLES_ALONE = frozenset({"chief", "justice"})  # distinguishing only when the title is the word


def called_as_a_doctor(candidate: Candidate) -> str | None:
    """ "Dr Lim", "Prof. Okafor", "Sheikh Al-Otaibi" (of "Sheikh Abdulrahman bin Fahd
    Al-Otaibi"), "Comrade Danjuma", "Atty. Sarmiento": a surname with the title the article
    gives it, which tells namesakes apart in a question (the family name of one written first:
    "Dr Huang" of "Dr. Huang Shu-fen")."""
    if not candidate.title:
        return None
    words = [token.text for token in candidate.tokens if not is_suffix(token.text)]
    if len(words) > 1 and words[-2].casefold() in PATRONYMICS:
        return None  # "Alwaleed Bin Talal": the last word is his father's name
    title = last_title_word(candidate)
    if not words or title.text.casefold().rstrip(".") not in DISTINGUISHING_TITLES:
        return None
    if title.text.casefold() in TITLES_ALONE and len(candidate.title) > 1:
        # "Bureau Chief John Bresnahan", "Minister of Justice X": an office's word, no
        # chieftaincy or judge's title
        return None
    family_first = len(words) > 1 and family_name_written_first(words)
    return f"{title.text.rstrip('.')} {words[0] if family_first else surname_of(candidate)}"


def last_title_word(candidate: Candidate) -> Token:
    """The title's last word, its period aside: "Dr" of "Dr." before a name."""
    return candidate.title[-2] if candidate.title[-1].text == "." else candidate.title[-1]


# Courtesy titles, with the sex each says
COURTESY_TITLES = {"mr": "M", "ms": "F", "mrs": "F", "miss": "F", "madam": "F", "mdm": "F"}


def called_by_courtesy(candidate: Candidate) -> str | None:
    """ "Ms Tan", "Mr Adeyemi" (of "Mr Tunde Adeyemi"): the surname with the courtesy title
    the article gives the name."""
    if not candidate.title:
        return None
    title = last_title_word(candidate)
    if title.text.casefold().rstrip(".") not in COURTESY_TITLES:
        return None
    return f"{title.text.rstrip('.')} {surname_of(candidate)}"


def surname_of(candidate: Candidate) -> str:
    """The surname of a name as written, with its particles: "Hammadi" of "Ahmed Hammadi",
    "Al Hammadi" of "Ahmed Al Hammadi"."""
    words = [token.text for token in candidate.tokens if not is_suffix(token.text)]
    if not words:
        return candidate.name  # a suffix alone ("Mr. Jr"): nothing else to call them by
    particles = list(
        itertools.takewhile(
            lambda word: word.casefold() in PERSON_PARTICLES or word in CAPITALISED_PARTICLES,
            reversed(words[1:-1]),  # (not the given name: "Ben" of "Ben Carson")
        )
    )
    return " ".join([*reversed(particles), words[-1]])


def surname_shaped(word: str) -> bool:
    """A word that may close a person's name: a known surname, or one no verb, title, place
    or everyday word ("Yusof", not "Calls", "Miss", "Delaware")."""
    if is_surname(word):
        return True
    plain = word.casefold()
    return not (
        plain.endswith("s") or plain in COMMON_WORDS or plain in TITLE_WORDS or is_place(word)
    )


def given_name_with_courtesy(
    candidate: Candidate, courtesy_named: set[str], people_named: dict[str, list[str]]
) -> bool:
    """ "Wichai Thammarat" where the article writes "Mr Wichai": two words, the first a word
    the article gives a courtesy title alone, no one else's surname ("Mr. Obama" says nothing
    of "Obama Sees"), the second no everyday word ("Trump Revealed") nor an abbreviation
    ("Bloomberg L.P.")."""
    tokens = candidate.tokens
    first = name_key(tokens[0].text)
    return (
        len(tokens) == 2
        and first in courtesy_named
        and first not in people_named
        and tokens[1].text.casefold() not in candidate.lower_vocabulary
        and tokens[1].text.casefold() not in COMMON_WORDS
        and tokens[1].text[-1:].isalpha()
    )


def alias_parts(tokens: list[Token]) -> list[str]:
    """The words that name a person alone later: the surname, and the given name or the
    family name written first ("Wi" of "Wi Sung-lac")."""
    words = [t.text for t in tokens if t.text not in PERSON_PARTICLES and not is_suffix(t.text)]
    if not words:
        return []
    named_alone = [words[-1]]
    # "Aranguren" of "Rocío Aranguren Vidal"; "Wong" of "Agnes Wong Mei-ling", though "Wong"
    # is also a given name: a romanised given name after it says it is the family name
    # ("Alonso" of "Mirtha Alonso Riquelme", though "Alonso" is also a given name: after a
    # known given name, the middle word is the first surname or a second given name, and
    # either names this person alone)
    if len(words) == 3 and (
        not is_given_name(words[1])
        or ROMANISED_GIVEN_NAME.fullmatch(words[2])
        or (is_given_name(words[0]) and not is_given_name(words[2]))
    ):
        named_alone.append(words[1])
    if western_given_name_before_chinese_name(words):
        named_alone.append(words[1])  # "Koh" of "Rachel Koh Mei Lin"
    two_given = len(words) == 4 and is_given_name(words[0]) and is_given_name(words[1])
    if len(words) >= 3 and (
        not is_given_name(words[-2]) or words[-2].casefold() in FAMILY_NAME_OPENERS or two_given
    ):
        # ("Márquez Salcedo" of "José Ignacio Márquez Salcedo": two given names, two surnames)
        # both family names: "Teixeira Lobo" of "Paulo Henrique Teixeira Lobo", "Ben Slimane"
        named_alone.append(" ".join(words[-2:]))
    # "Wi" of "Wi Sung-lac", "Everaldo" of "Everaldo da Silva Neto"; but "Paris" of "Paris
    # Whitfield" alone is the city ("A Paris court")
    family_first = any(ROMANISED_GIVEN_NAME.fullmatch(w) for w in words[1:]) or (
        len(words) == 2 and is_chinese_family_name(words[0])
    )
    given_first = (is_given_name(words[0]) or len(words) >= 3) and not (
        is_place(words[0]) or is_region(words[0])
    )
    if len(words) > 1 and (family_first or given_first):
        named_alone.append(words[0])
    # "Van Rijn" of "Thijs van Rijn", "Al Ketbi" of "Hamad Rashid Al Ketbi": the surname with
    # its particles, as a sentence opens it
    # (before a suffix too: "dela Cruz" of "Ramon V. dela Cruz Jr.")
    named = list(tokens)
    while len(named) > 1 and is_suffix(named[-1].text):
        named.pop()
    before_surname = reversed(named[1:-1])
    particles = list(
        itertools.takewhile(lambda t: t.text.casefold() in PERSON_PARTICLES, before_surname)
    )
    if particles:
        named_alone.append(" ".join(t.text for t in named[-len(particles) - 1 :]))
    # "O’Neill" is keyed "o neill": the whole word, and its pieces ("Sung-lac", "lac"); not
    # the "Md" (Mohammad) of "Md Saiful Islam", shared by many
    keys = [name_key(word) for word in named_alone if word.rstrip(".") != "Md"]
    # (not the syllables of a romanised given name written after the family name: "Chen" of
    # "Lee Hui-chen" is another's family name)
    syllables = {name_key(w) for w in words[1:] if ROMANISED_GIVEN_NAME.fullmatch(w)}
    pieces = [
        piece
        for key in keys
        if not (family_first and key in syllables)
        for piece in key.split()
        if piece not in PERSON_PARTICLES
    ]
    # "Che Mah" of "Che Mah Yusof", "Mohd Azmi" of "Mohd Azmi Che Hassan": the given names
    # before the surname (not "George W." of "George W. Bush", nor "Marco Rubio" of a
    # headline's "Marco Rubio Miss" or "Mike Pence Calls")
    surname_last = all(surname_shaped(word) for word in words[2:])
    given_names = []
    if len(words) >= 3 and given_first and len(words[1].rstrip(".")) > 2 and surname_last:
        given_names.append(name_key(" ".join(words[:2])))
    if len(words) >= 2 and given_first:
        # "Hüseyin Bey", "Ayşe Hanım": the given name with a Turkish honorific after it
        given_names += [name_key(f"{words[0]} {after}") for after in HONORIFICS_AFTER]
    return keys + [piece for piece in pieces if len(piece) > 1] + given_names


HONORIFICS_AFTER = ("Bey", "Hanım", "Hanim")


def opens_like_a_firm(candidate: Candidate, organisations: list[Candidate]) -> Candidate | None:
    """The organisation whose first word opens `candidate`, a name with no title whose first
    word is no given name ("Baltyk North" beside "Baltyk Energia")."""
    first = candidate.tokens[0].text
    if candidate.title or len(candidate.tokens) < 2 or is_given_name(first):
        return None
    return next(
        (
            o
            for o in organisations
            if len(o.tokens) > 1 and o.tokens[0].text == first and o.name != candidate.name
        ),
        None,
    )


def unlike_a_person(candidate: Candidate) -> bool:
    """No role stated, no speech, none of what typing takes for a person's evidence (a
    known given name inside, a title): "Baltyk North", "Trump Tower"; not "Nguyen Van Thang,
    the finance minister," beside "Nguyen Kim Trading Corp", nor "Chaudhry Nadeem Akhtar"
    beside "Chaudhry Riverview Developers (Pvt) Ltd"."""
    if stated_role(candidate.after) is not None or speaks(candidate):
        return False
    return not person_evidence(candidate)


# Bodies named after a person, whose name alone is that person's: "Thabo Mbeki Foundation"
NAMED_FOR_A_PERSON = frozenset(
    "foundation university institute school college hospital museum centre center library "
    "stadium airport prize award memorial trust".split()
)


def short_name_of(candidate: Candidate, firm: Candidate) -> bool:
    """ "Harbour Ridge" of "Harbour Ridge Capital"; not "Mukesh Ambani" of "Mukesh Ambani
    Foundation"."""
    rest = firm.name.removeprefix(candidate.name + " ")
    return rest != firm.name and not NAMED_FOR_A_PERSON & set(rest.casefold().split())


def longer_name_of(candidate: Candidate, firm: Candidate) -> bool:
    """ "Serra Dourada Mineração" of "Serra Dourada": the organisation's name and one more
    word, written with a letter English has not, that says its trade."""
    rest = candidate.name.removeprefix(firm.name + " ")
    if rest == candidate.name or " " in rest or is_given_name(rest):
        return False
    # a word in another language ("Mineração", "Holding"); not English words that name
    # something else ("White House Correspondents", "Time Warner Cable", "... News Daily")
    word = rest.casefold()
    english = word in candidate.lower_vocabulary or word in COMMON_WORDS or word in ORG_HEADS
    return not english and word.isalpha() and not word.isascii()


def candidate_position(candidate: Candidate) -> tuple[int, int]:
    return candidate.sentence.paragraph, candidate.tokens[0].start
