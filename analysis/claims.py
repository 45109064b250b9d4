"""Numeric claims: value, hedge, what is counted, what kind of figure, who says so."""
from __future__ import annotations

import re

import pandas as pd

NUMBER = re.compile(r"(?<![\w.,])(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?P<scale>\s+(?:million|billion|thousand))?(?![\w%])")
QUALIFIERS = [("at_least", r"at least"), ("more_than", r"more than|over|upwards of"),
              ("up_to", r"up to|as many as"), ("about", r"about|around|nearly|almost|some|roughly|approximately"),
              ("fewer_than", r"fewer than|less than|under")]
SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9}


def extract_claims(doc, article_id: str) -> list[dict]:
    rows = []
    for sent in doc.sents:
        text = sent.text
        for m in NUMBER.finditer(text):
            value = float(m.group("num").replace(",", ""))
            if 1900 <= value <= 2100 and "," not in m.group("num"):
                continue
            if m.group("scale"):
                value *= SCALE[m.group("scale").strip()]
            before = text[: m.start()].lower()
            qualifier = "exact"
            for q, pat in QUALIFIERS:
                if re.search(rf"\b(?:{pat})\s*$", before):
                    qualifier = q
                    break
            after = text[m.end():]
            counted = " ".join(re.findall(r"[A-Za-z-]+", after)[:2])
            rows.append({"article_id": article_id, "value": value, "qualifier": qualifier,
                         "counted": counted, "counted_class": "people" if re.search(
                             r"prisoner|people|detainee|activist|citizen|person|belarusian|ukrainian", after[:40], re.I) else "other",
                         "kind": "other", "attribution": None, "sentence": text.strip(),
                         "start": sent.start_char + m.start(), "end": sent.start_char + m.end(),
                         "expression": m.group(0)})
    return rows


def link_attributions(claims: pd.DataFrame, mentions: pd.DataFrame, entities: pd.DataFrame) -> pd.DataFrame:
    if claims.empty:
        return claims
    return claims.assign(attribution_entity_id=None)
