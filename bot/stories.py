"""One story from several outlets: wire copy reprinted with small edits is recognised by
near-duplicate text (MinHash signatures of word shingles, datasketch) and stored as one story.

A signature is cut into bands kept in the store (locality-sensitive hashing): an article that
shares a band with a stored one is a candidate, confirmed when the estimated Jaccard
similarity of their shingles reaches SAME_STORY. The bands live in the store, not in memory,
so every replica and every ingest sees the same stories. Answers and the digest show a story
once, with the other outlets that ran it."""

import functools
import hashlib
import re
import zlib

import numpy as np
from datasketch import MinHash
from sqlmodel import Session

from bot.answer import outlet
from db import queries

SHINGLE_WORDS = 5
PERMUTATIONS = 64
BANDS = 16  # of 4 rows: articles of similarity 0.5 meet in a band 64% of the time, 0.7: 99%
ROWS = PERMUTATIONS // BANDS
SEED = 20261130  # any constant: signatures must agree across processes and releases
# Reprints with a changed headline, a dropped paragraph or a local intro stay above it;
# two outlets' own articles on one event are far below (under 0.1 on shared wording).
SAME_STORY = 0.5
MIN_SHINGLES = 20  # a text this short says too little to call it a copy

WORD = re.compile(r"\w+")


def signature(paragraphs: list[str] | tuple[str, ...]) -> MinHash | None:
    """The MinHash of the text's word shingles; None for a text too short to compare."""
    words = WORD.findall(" ".join(paragraphs).casefold())
    shingles = {
        " ".join(words[i : i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)
    }
    if len(shingles) < MIN_SHINGLES:
        return None
    # crc32: a stable 32-bit hash in C, several times faster than datasketch's default sha1
    made = template()
    found = MinHash(
        num_perm=PERMUTATIONS,
        seed=SEED,
        hashfunc=zlib.crc32,
        permutations=made.permutations,
        scheme=made.scheme,
    )
    found.update_batch([shingle.encode() for shingle in shingles])
    return found


@functools.cache
def template() -> MinHash:
    """A signature whose permutations are reused: making them is most of a short text's
    cost."""
    return MinHash(num_perm=PERMUTATIONS, seed=SEED)


def bands(found: MinHash) -> list[tuple[int, int]]:
    """(band number, 63-bit hash of its rows): equal for two signatures that agree on it."""
    values = found.hashvalues
    return [
        (band, band_hash(values[band * ROWS : (band + 1) * ROWS].tobytes()))
        for band in range(BANDS)
    ]


def band_hash(rows: bytes) -> int:
    digest = hashlib.blake2b(rows, digest_size=8).digest()
    return int.from_bytes(digest, "big") >> 1  # fits a signed 64-bit column


def signature_bytes(found: MinHash | None) -> bytes:
    """A signature's hash values as bytes (for another process, or a cache); b"" for none."""
    return found.hashvalues.astype(np.uint64).tobytes() if found is not None else b""


def same_story(one: bytes, other: bytes) -> bool:
    """Whether two signatures (their hash values' bytes) are of one story: the share of
    their values that agree estimates the texts' Jaccard similarity."""
    mine, theirs = np.frombuffer(one, dtype=np.uint64), np.frombuffer(other, dtype=np.uint64)
    return np.count_nonzero(mine == theirs) / len(mine) >= SAME_STORY


# --- shown once ---------------------------------------------------------------------------


def one_per_story(session: Session, hits: list) -> list:
    """The best-ranked article of each story: the same wire copy from several outlets is
    shown once."""
    story = queries.stories_of(session, [hit.id for hit in hits])
    seen: set[int] = set()
    kept = []
    for hit in hits:
        if story.get(hit.id, hit.id) not in seen:
            seen.add(story.get(hit.id, hit.id))
            kept.append(hit)
    return kept


def other_outlets(session: Session, articles: list) -> dict[int, tuple[str, ...]]:
    """For each article, the other outlets (or files) that ran its story."""
    members = queries.story_members(session, {queries.story_of(a) for a in articles})
    return {
        a.id: tuple(
            dict.fromkeys(
                outlet(other.source)
                for other in members.get(queries.story_of(a), [])
                if other.id != a.id and outlet(other.source) != outlet(a.source)
            )
        )
        for a in articles
    }
