"""Strings and postings as flat numpy arrays, so an index is saved and loaded without pickle
(a file that is only data cannot run code when read) and without one object per entry."""

from array import array
from collections.abc import Iterable, Mapping, Sequence

import numpy as np


def pack_strings(items: Iterable[str]) -> tuple[np.ndarray, np.ndarray]:
    """(UTF-8 bytes of all items, byte length of each)."""
    encoded = [item.encode("utf-8", "surrogatepass") for item in items]
    lengths = np.fromiter((len(item) for item in encoded), dtype=np.int64, count=len(encoded))
    return np.frombuffer(b"".join(encoded), dtype=np.uint8), lengths


def unpack_strings(blob: np.ndarray, lengths: np.ndarray) -> list[str]:
    data = blob.tobytes()
    ends = np.cumsum(lengths).tolist()
    starts = [0, *ends[:-1]] if ends else []  # (none packed: no span at all)
    spans = zip(starts, ends, strict=True)
    return [data[start:end].decode("utf-8", "surrogatepass") for start, end in spans]


def pack_postings(postings: Mapping[str, Sequence[int]], prefix: str) -> dict[str, np.ndarray]:
    """A word -> ids mapping (32-bit ids) as arrays named `prefix`_words, _word_lengths,
    _counts and _ids; the words keep their order."""
    blob, lengths = pack_strings(postings)
    counts = np.fromiter((len(ids) for ids in postings.values()), dtype=np.int64)
    ids = array("i")
    for values in postings.values():
        ids.extend(values)
    return {
        f"{prefix}_words": blob,
        f"{prefix}_word_lengths": lengths,
        f"{prefix}_counts": counts,
        f"{prefix}_ids": np.frombuffer(ids, dtype=np.int32) if ids else np.zeros(0, np.int32),
    }


def unpack_postings(parts: Mapping[str, np.ndarray], prefix: str) -> dict[str, array]:
    """The mapping `pack_postings` packed, each value an array("i")."""
    words = unpack_strings(parts[f"{prefix}_words"], parts[f"{prefix}_word_lengths"])
    raw = parts[f"{prefix}_ids"].astype(np.int32).tobytes()
    found = {}
    start = 0
    for word, count in zip(words, parts[f"{prefix}_counts"].tolist(), strict=True):
        values = array("i")
        values.frombytes(raw[start * 4 : (start + count) * 4])
        found[word] = values
        start += count
    return found
