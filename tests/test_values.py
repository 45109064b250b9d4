import math

import pandas as pd

from analysis.values import is_missing


def test_missing_values_are_one_rule():
    for v in (None, math.nan, pd.NaT, pd.NA, "", "  "):
        assert is_missing(v), repr(v)
    for v in (0, 0.0, "x", [1], [], False):
        assert not is_missing(v), repr(v)


def test_a_blank_string_can_count_as_written():
    assert not is_missing("", blank=False) and is_missing(None, blank=False)
