"""Corpus-wide: each claim's source phrase resolved to a canonical entity of its article.

Kept apart from :mod:`analysis.extraction.claims` (per-article, cached by its source) so that
editing this step does not invalidate every cached parse.
"""
from __future__ import annotations

import pandas as pd


def link_attributions(claims: pd.DataFrame, mentions: pd.DataFrame,
                      entities: pd.DataFrame) -> pd.DataFrame:
    """Resolve each claim's source phrase to an entity of its article's mentions.

    The mention covering the phrase's head (or its apposition, or the object of "for/of/
    from" — "a spokeswoman for the embassy") wins; a person or organisation named only as a
    possessive ("Trump's envoy") does not. Where found, ``attribution`` becomes the entity's
    canonical name and ``attribution_entity_id`` its id.
    """
    if claims is None or claims.empty:
        return claims
    out = claims.copy()
    if "attribution_entity_id" not in out.columns:
        out["attribution_entity_id"] = None
    if mentions is None or mentions.empty or "attribution_anchors" not in out.columns:
        return out
    canon = {}
    if entities is not None and not entities.empty and "canonical" in entities.columns:
        canon = dict(zip(entities["entity_id"], entities["canonical"]))
    body = mentions[mentions.get("field", pd.Series("text", index=mentions.index))
                    .fillna("text") == "text"] \
        if "field" in mentions.columns else mentions
    by_article = _spans_by_article(body)
    cols = {c: (list(out[c]) if c in out.columns else [None] * len(out))
            for c in ("attribution_anchors", "article_id", "attribution_start", "attribution_end")}
    for pos, idx in enumerate(out.index):
        anchors = cols["attribution_anchors"][pos]
        if not isinstance(anchors, (list, tuple)) or not len(anchors):
            continue
        ms = by_article.get(cols["article_id"][pos])
        if ms is None:
            continue
        for i, (a0, a1) in enumerate(anchors):
            m = _covering(ms, a0, a1)
            if m is None:
                continue
            start, end, label, eid = m
            if i > 0 and label not in ("PERSON", "ORG"):
                continue  # a place or nationality beside the speaker is not the speaker
            if label in ("NORP",) or (label in ("GPE", "LOC") and i == 0 and
                                      (cols["attribution_end"][pos]
                                       or 0) - (cols["attribution_start"][pos] or 0)
                                      > (end - start) + 2):
                continue  # "Ukrainian authorities": keep the phrase
            out.at[idx, "attribution_entity_id"] = eid
            name = canon.get(eid)
            if isinstance(name, str) and name:
                out.at[idx, "attribution"] = name
            break
    return out


def _spans_by_article(body: pd.DataFrame) -> dict[str, list[tuple]]:
    """article_id → its mentions' (start, end, label, entity_id), in frame order."""
    out: dict[str, list[tuple]] = {}
    if body.empty:
        return out
    col = {c: body[c] if c in body.columns else [None] * len(body) for c in ("start", "end",
                                                                             "label", "entity_id")}
    for aid, st, en, lab, eid in zip(body["article_id"], col["start"], col["end"], col["label"],
                                     col["entity_id"]):
        if aid is None or (isinstance(aid, float) and aid != aid):
            continue  # groupby leaves out missing ids
        out.setdefault(aid, []).append((st, en, lab, eid))
    return out


def _covering(spans: list[tuple], a0, a1) -> tuple | None:
    """The span covering [a0, a1] that starts first (then ends first; then comes first)."""
    best = None
    for sp in spans:
        st, en = sp[0], sp[1]
        if st is None or en is None or pd.isna(st) or pd.isna(en):
            continue
        if st <= a0 and en >= a1 and (best is None or (st, en) < (best[0], best[1])):
            best = sp
    return best
