"""Choosing among overlapping matches."""
from analysis.extraction.spans import leftmost_longest


def test_leftmost_then_longest_then_the_tie_break():
    found = [(4, 9, "b"), (0, 3, "a"), (4, 12, "c"), (10, 14, "d"), (13, 15, "e"), (4, 12, "f")]
    assert leftmost_longest(found) == [(0, 3, "a"), (4, 12, "c"), (13, 15, "e")]
    # same start and length: the tie break decides, else the order given
    assert leftmost_longest(found, tie=lambda f: (f[2] != "f",))[1] == (4, 12, "f")
    assert leftmost_longest([]) == []
