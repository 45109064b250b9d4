"""Dated events: date expressions in sentences, resolved against each article's reference date."""
from __future__ import annotations

import re

import pandas as pd

YEAR = re.compile(r"\b(?:in|since|of|the|before|after)\s+(?P<y>(?:19|20)\d{2})\b")


def extract_date_mentions(doc, article_id: str) -> list[dict]:
    rows = []
    for sent in doc.sents:
        for m in YEAR.finditer(sent.text):
            rows.append({"article_id": article_id, "expression": m.group(0), "date": m.group("y"),
                         "precision": "year", "relative": False, "sentence": sent.text.strip(),
                         "start": sent.start_char + m.start(), "end": sent.start_char + m.end(),
                         "what": None, "category": "other", "rule": "year"})
    return rows


def resolve(events: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    return events
