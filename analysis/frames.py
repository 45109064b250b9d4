"""The column contract of every frame a Corpus holds, and empty frames that honour it."""
from __future__ import annotations

import pandas as pd

COLUMNS: dict[str, list[str]] = {
    "articles": [
        "article_id", "path", "outlet", "outlet_source", "title", "title_source",
        "byline", "byline_source", "published", "published_source", "url",
        "reference_date", "reference_date_source", "text", "n_words", "duplicate_of", "language",
        "analysed",
    ],
    "mentions": [
        "article_id", "entity_id", "surface", "label", "start", "end", "sentence", "field",
    ],
    "entities": [
        "entity_id", "canonical", "label", "n_mentions", "n_articles", "variants", "articles",
    ],
    "claims": [
        "claim_id", "article_id", "value", "low", "high", "qualifier", "counted", "counted_class",
        "kind", "attribution", "attribution_entity_id", "destination", "sentence", "start", "end",
        "expression",
    ],
    "events": [
        "event_id", "article_id", "date", "precision", "relative", "expression", "what",
        "category", "sentence", "start", "end", "rule",
    ],
    "errors": ["path", "stage", "message"],
}


def empty(name: str) -> pd.DataFrame:
    """An empty frame with the contract's columns for ``name``."""
    return pd.DataFrame({c: pd.Series(dtype="object") for c in COLUMNS[name]})


def conform(name: str, df: pd.DataFrame | None) -> pd.DataFrame:
    """Order ``df``'s contract columns first (adding any that are missing); keep extras after."""
    if df is None or df.empty and not len(df.columns):
        return empty(name)
    df = df.copy()
    for c in COLUMNS[name]:
        if c not in df.columns:
            df[c] = None
    extra = [c for c in df.columns if c not in COLUMNS[name]]
    return df[COLUMNS[name] + extra].reset_index(drop=True)
