"""Rules as data: a table of named rules (name, condition, outcome) tried in order; the first
whose condition holds decides, and its name is recorded so `newsbot explain` can say why."""

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
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
    # (condition, rule, key in FIRED) of each rule, made once: a table decides for every
    # candidate, so its loop reads no attribute and builds no key.
    checks: tuple[tuple[Callable[[Subject], bool], Rule[Subject], tuple[str, str]], ...] = field(
        init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        checks = tuple((rule.applies, rule, (self.name, rule.name)) for rule in self.rules)
        object.__setattr__(self, "checks", checks)

    def decide(self, subject: Subject) -> tuple[str | None, str]:
        """(outcome, name of the rule that decided)."""
        for applies, rule, fired in self.checks:
            if applies(subject):
                FIRED[fired] += 1
                return rule.outcome, rule.name
        FIRED[(self.name, self.default.name)] += 1
        return self.default.outcome, self.default.name


def always(_subject: object) -> bool:
    return True
