"""The one rule for results: a long job is a generator that yields progress and returns its result.

Its result is the generator's return value (StopIteration.value), in the core, the CLI, the window
and the API alike; these drive such a generator where a `for` loop would drop that value.
"""
from __future__ import annotations

from collections.abc import Callable, Generator
from typing import Any, TypeVar

Step = TypeVar("Step")
Returned = TypeVar("Returned")


def run_to_end(steps: Generator[Step, Any, Returned],
               on_step: Callable[[Step], object] | None = None) -> Returned:
    """Pass every yielded item to `on_step`; return what the generator returned."""
    while True:
        try:
            step = next(steps)
        except StopIteration as end:
            return end.value
        if on_step is not None:
            on_step(step)


def collect_steps(steps: Generator[Step, Any, Returned]) -> tuple[list[Step], Returned]:
    """Every yielded item, and what the generator returned."""
    items: list[Step] = []
    returned = run_to_end(steps, items.append)
    return items, returned
