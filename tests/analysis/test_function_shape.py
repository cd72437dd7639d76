"""The analysis stays readable as rules: no function of bot/analysis returns from more than
ten places (issue 11), so a new rule goes into a table or a function of its own rather than
one more branch of a long chain."""

import ast
from pathlib import Path

import bot.analysis

MAX_RETURNS = 10


def test_no_analysis_function_returns_from_more_than_ten_places():
    folder = Path(bot.analysis.__file__).parent
    long_chains = []
    for path in sorted(folder.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                returns = sum(isinstance(inner, ast.Return) for inner in ast.walk(node))
                if returns > MAX_RETURNS:
                    long_chains.append(f"{path.name}:{node.name} ({returns})")
    assert long_chains == []
