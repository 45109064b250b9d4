"""Each article's reference date: what its relative dates resolve against."""
from __future__ import annotations

import pandas as pd


def assign_reference_dates(articles: pd.DataFrame, claims: pd.DataFrame, mentions: pd.DataFrame,
                           reference_date=None) -> pd.DataFrame:
    a = articles.copy()
    a["reference_date"] = a["published"]
    a["reference_date_source"] = a["published"].map(lambda v: "published" if v else None)
    if reference_date is not None:
        miss = a["reference_date"].isna()
        a.loc[miss, "reference_date"] = str(reference_date)[:10]
        a.loc[miss, "reference_date_source"] = "argument"
    return a
