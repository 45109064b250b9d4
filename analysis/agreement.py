"""Where sources agree or conflict about the same quantity."""
from __future__ import annotations

import pandas as pd


def claim_groups(claims: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame()
