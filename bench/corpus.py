"""Build a corpus of N article files in the seed format from the shared news corpus.

    python bench/corpus.py ../shared/data OUT_DIR --count 10000

Reuters-21578 and PolNeAR articles are written as they are; beyond their ~20k, copies are
written with new ids, a title marked with the copy number and dates moved on by whole years,
so every file is a distinct article.
"""

import argparse
import json
import re
from datetime import date, datetime
from pathlib import Path

FILE_NAME = re.compile(r"(\d{6,})\.txt$")


def originals(data: Path) -> list[dict]:
    articles = []
    for name in ("reuters21578.jsonl", "polnear_articles.jsonl"):
        with (data / "news_corpus" / name).open(encoding="utf-8") as handle:
            for line in handle:
                item = json.loads(line)
                paragraphs = [p.strip() for p in item["text"].split("\n") if p.strip()]
                if paragraphs and item["title"].strip() and item.get("date"):
                    articles.append(
                        {
                            "date": datetime.fromisoformat(item["date"][:19]).date(),
                            "title": " ".join(item["title"].split()),
                            "paragraphs": paragraphs,
                        }
                    )
    return articles


def shifted(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def build(data: Path, out: Path, count: int, start: int = 0) -> int:
    """Write articles number `start` to `start + count - 1` (after the originals, copies)."""
    out.mkdir(parents=True, exist_ok=True)
    source = originals(data)
    for number in range(start, start + count):
        article = source[number % len(source)]
        copy = number // len(source)
        title = article["title"] + (f" (copy {copy})" if copy else "")
        day = shifted(article["date"], copy)
        body = "\n".join(article["paragraphs"])
        (out / f"{number:06d}.txt").write_text(f"date {day.isoformat()} {title}\n{body}\n")
    return count


def number_of(source: str) -> int | None:
    """The corpus number of an article's source ("/x/corpus/000123.txt" -> 123)."""
    match = FILE_NAME.search(source)
    return int(match.group(1)) if match else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("data", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--count", type=int, default=1000)
    args = parser.parse_args()
    build(args.data, args.out, args.count)
    print(f"{args.count} articles in {args.out}")


if __name__ == "__main__":
    main()
