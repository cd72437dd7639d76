"""Ingest rate into a store that is already large: copy STORE (and its saved index file)
to a scratch folder, run `newsbot ingest ARTICLES` there, and time it; repeated --runs
times, each on a fresh copy. With --code DIR, the `newsbot` of another checkout runs (a
paired run against older code), alternating with this one's.

    python bench/ingest_into.py /tmp/nb/store-100000.db /tmp/s9/t2k --runs 3 --code /tmp/old

Prints one line per run: the code, the articles stored, seconds, articles per second
(start-up, loading the index file and saving it again included, as a user runs it).
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent


def fresh_copy(store: Path, folder: Path) -> Path:
    """The store and its index files, copied into `folder` under the same names."""
    copy = folder / store.name
    shutil.copyfile(store, copy)
    for index in store.parent.glob(f"{store.name}.index-*.npz"):
        shutil.copyfile(index, folder / index.name)
    return copy


def timed_ingest(code: Path, store: Path, articles: Path) -> tuple[int, float]:
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{store}", "PYTHONPATH": str(code)}
    env.pop("INDEX_DIR", None)  # the index file beside the store, as a user has it
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "bot", "ingest", str(articles)],
        cwd=code,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    elapsed = time.perf_counter() - started
    stored = re.search(r"(\d+) new, (\d+) updated", done.stdout)
    return (int(stored.group(1)) + int(stored.group(2)) if stored else 0), elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("store", type=Path, help="a SQLite store to copy")
    parser.add_argument("articles", type=Path, help="a folder of article files")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--code", type=Path, help="another checkout, run alternately")
    args = parser.parse_args()
    codes = [HERE] + ([args.code.resolve()] if args.code else [])
    for run in range(args.runs):
        for code in codes:
            with tempfile.TemporaryDirectory(dir=args.store.parent) as folder:
                store = fresh_copy(args.store.resolve(), Path(folder))
                stored, seconds = timed_ingest(code, store, args.articles.resolve())
            print(
                f"run {run + 1}  {code}  {stored} articles  {seconds:.1f} s  "
                f"{stored / seconds:.1f} articles/s",
                flush=True,
            )


if __name__ == "__main__":
    main()
