"""What counts as a missing value, for every stage: one rule (issue 17).

``None``, ``NaN``, ``NaT`` and ``pd.NA`` are missing; a blank string is missing too unless
``blank=False`` (where an empty field is a value someone wrote).
"""
from __future__ import annotations

import pandas as pd


def is_missing(v, blank: bool = True) -> bool:
    """True for None, NaN, NaT and pd.NA, and (with ``blank``) for empty strings."""
    if v is None:
        return True
    if isinstance(v, str):
        return blank and not v.strip()
    try:
        return bool(pd.isna(v))
    except (TypeError, ValueError):  # lists, arrays: present
        return False
