"""Choosing among overlapping matches in a text."""
from __future__ import annotations

from collections.abc import Callable, Sequence


def leftmost_longest(found: Sequence[tuple], tie: Callable[[tuple],
                                                           tuple] = lambda f: ()) -> list[tuple]:
    """The matches that do not overlap, leftmost first and, at one start, longest first.
    Each match is a tuple that starts with (start, end); ``tie`` orders matches of the same
    start and length (else the order given is kept)."""
    kept, last_end = [], -1
    for f in sorted(found, key=lambda f: (f[0], -(f[1] - f[0]), *tie(f))):
        if f[0] >= last_end:
            kept.append(f)
            last_end = f[1]
    return kept
