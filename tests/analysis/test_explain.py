"""`newsbot explain FILE`: which rule typed each candidate, what it names, and how each quote's
speaker was found (or why there is none)."""

import re
from pathlib import Path

from bot.cli import main

ARTICLE = "\n".join(
    [
        "date 2026-03-02 Ministers split over export curbs",
        "Kim Hye-won, an analyst at the institute, said demand was weak. "
        "Trade Minister Kim Tae-ho said the government would act.",
        "“We will not leave exporters alone,” Kim said.",
        "“The numbers speak for themselves,” the statement read.",
    ]
)


def test_explain_names_the_rules_and_the_attribution(runner, tmp_path: Path):
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(main, ["explain", str(path)])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Kim Tae-ho  [title: Trade Minister]" in out
    assert "typed PER by rule 'person evidence'" in out
    # the lone "Kim" of "Kim said" (paragraph 1) and the steps traced under it
    lone_kim = re.search(r"\n  1:\d+-\d+  Kim\n((?:      .*\n)+)", out)
    assert lone_kim and "names Kim Tae-ho (PER)" in lone_kim.group(1)
    assert "-> Kim Tae-ho: attribution after the quote" in out
    assert "-> nobody: credited to a thing" in out


def test_explain_names_a_bad_file_and_its_reason(runner, tmp_path: Path):
    path = tmp_path / "notes.txt"
    path.write_text("just some notes\n", encoding="utf-8")
    result = runner.invoke(main, ["explain", str(path)])
    assert result.exit_code == 1
    assert f"{path}: first line is not a 'date" in result.stderr
