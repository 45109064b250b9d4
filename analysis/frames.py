"""Frames that honour the column contract (:mod:`analysis.schema`): contract columns first,
in order, typed; extra columns after."""
from __future__ import annotations

import pandas as pd

from .schema import COLUMNS, FRAMES, apply_types, empty_series

__all__ = ["COLUMNS", "conform", "empty"]


def empty(name: str) -> pd.DataFrame:
    """An empty frame with the contract's columns and types for ``name``."""
    return pd.DataFrame({c.name: empty_series(c) for c in FRAMES[name]})


def conform(name: str, df: pd.DataFrame | None) -> pd.DataFrame:
    """Order ``df``'s contract columns first (adding any that are missing) and type them;
    keep extras after."""
    if df is None or df.empty and not len(df.columns):
        return empty(name)
    df = df.copy()
    for c in COLUMNS[name]:
        if c not in df.columns:
            df[c] = None
    extra = [c for c in df.columns if c not in COLUMNS[name]]
    return apply_types(name, df[COLUMNS[name] + extra].reset_index(drop=True))
