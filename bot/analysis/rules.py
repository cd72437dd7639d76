"""Rules as data: a table of named rules (name, condition, outcome) tried in order; the first
whose condition holds decides, and its name is recorded so `newsbot explain` can say why."""

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

Subject = TypeVar("Subject")

# How often each rule decided, by table and rule name, since the process started (the quality
# harness prints them after a run over the dev sets).
FIRED: Counter[tuple[str, str]] = Counter()


@dataclass(frozen=True)
class Rule(Generic[Subject]):
    name: str
    applies: Callable[[Subject], bool]
    outcome: str | None  # e.g. "PER", "ORG"; None: not an actor


@dataclass(frozen=True)
class RuleTable(Generic[Subject]):
    name: str
    rules: Sequence[Rule[Subject]]
    default: Rule[Subject]  # decides when no rule applies

    def decide(self, subject: Subject) -> tuple[str | None, str]:
        """(outcome, name of the rule that decided)."""
        for rule in self.rules:
            if rule.applies(subject):
                break
        else:
            rule = self.default
        FIRED[(self.name, rule.name)] += 1
        return rule.outcome, rule.name


def always(_subject: object) -> bool:
    return True
