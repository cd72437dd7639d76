"""Questions people ask, over a real archive: the 1,008 PolNeAR news articles (2015-16)
stored in a fresh SQLite store (or a store made by `bench/archive.py --db`), then asked the
questions of bench/questions.tsv (titles, descriptions, "who said"), each answered right
when the expected person's name is in the answer's first line or, for a title held in
several places ("the attorney general": the US one and states'), is the first holder
listed. Prints each answer's first line, the share right per form and the time per
question.

    python bench/questions.py ../shared/data [--store PATH]
    python bench/questions.py --trial bench/question_trials/1

`--trial DIR` asks DIR/questions.tsv of the article files in DIR/articles instead: a blind
trial of questions on fresh articles (DIR/blind_report.md holds the figures taken while it
was unseen).

The expected names are public knowledge of that year's politics, written by hand; the
corpus' annotations are not read.
"""

import argparse
import shlex
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.archive import ingest, write_articles  # noqa: E402
from bot.answers import answer_text  # noqa: E402
from bot.library import Library  # noqa: E402

QUESTIONS = Path(__file__).resolve().parent / "questions.tsv"


def read_questions(path: Path) -> list[tuple[str, str, str]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [tuple(line.split("\t")) for line in lines if line and not line.startswith("#")]  # type: ignore[misc]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("data", type=Path, nargs="?", help="the shared data folder")
    parser.add_argument("--trial", type=Path, help="a folder with articles/ and questions.tsv")
    parser.add_argument("--store", type=Path, help="an archive store made before (SQLite file)")
    args = parser.parse_args()
    print("python " + shlex.join(sys.argv))
    with tempfile.TemporaryDirectory(prefix="newsbot-questions-") as work:
        questions = QUESTIONS
        if args.trial:
            questions = args.trial / "questions.tsv"
            url = f"sqlite:///{Path(work) / 'store.sqlite3'}"
            ingest(args.trial / "articles", url)
        elif args.store:
            url = f"sqlite:///{args.store.resolve()}"
        else:
            folder = Path(work) / "articles"
            folder.mkdir()
            write_articles(args.data, folder)
            url = f"sqlite:///{Path(work) / 'store.sqlite3'}"
            ingest(folder, url)
        library = Library()
        answer_text("/who warm up", library, url)  # the indexes and word lists, once
        right: Counter[str] = Counter()
        asked: Counter[str] = Counter()
        seconds = []
        for form, question, expected in read_questions(questions):
            started = time.perf_counter()
            answer = answer_text(question, library, url)
            seconds.append(time.perf_counter() - started)
            first_line = answer.title
            first_listed = answer.sections[0].heading if answer.sections else ""
            ok = expected.casefold() in first_line.casefold() or expected == first_listed
            if expected == first_listed and expected not in first_line:
                first_line += f" (first: {first_listed})"
            asked[form] += 1
            right[form] += ok
            print(f"{'ok  ' if ok else 'MISS'} {question} -> {first_line}")
    print()
    for form in asked:
        print(f"{form}: {right[form]} of {asked[form]} right")
    print(f"all: {sum(right.values())} of {sum(asked.values())} right")
    median, p95 = statistics.median(seconds), sorted(seconds)[int(0.95 * (len(seconds) - 1))]
    print(f"time per question: median {median * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms")


if __name__ == "__main__":
    main()
