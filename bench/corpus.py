"""Build a corpus of N article files in the seed format from the shared news corpus.

    python bench/corpus.py ../shared/data OUT_DIR --count 10000

Reuters-21578 and PolNeAR articles are written as they are; beyond their ~20k, copies are
written with new ids, a title marked with the copy number and dates moved on by whole years,
so every file is a distinct article.
"""

import argparse
import json
from datetime import date, datetime
from pathlib import Path


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


def build(data: Path, out: Path, count: int) -> int:
    out.mkdir(parents=True, exist_ok=True)
    source = originals(data)
    for number in range(count):
        article = source[number % len(source)]
        copy = number // len(source)
        title = article["title"] + (f" (copy {copy})" if copy else "")
        day = shifted(article["date"], copy)
        body = "\n".join(article["paragraphs"])
        (out / f"{number:06d}.txt").write_text(f"date {day.isoformat()} {title}\n{body}\n")
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("data", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--count", type=int, default=1000)
    args = parser.parse_args()
    print(f"{build(args.data, args.out, args.count)} articles in {args.out}")


if __name__ == "__main__":
    main()
