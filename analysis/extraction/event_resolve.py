"""Corpus-wide: relative dates of events resolved against each article's reference date.

Kept apart from :mod:`analysis.extraction.events` (per-article, cached by its source) so that
editing this step does not invalidate every cached parse.
"""
from __future__ import annotations

import pandas as pd

from ..loading.dates import parse_iso, resolve_anchor


def resolve(events: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Date every relative event against its article's ``reference_date``; articles without one
    keep their relative events undated (``date`` missing). Adds ``resolved_against``."""
    if events is None or events.empty:
        return events
    ev = events.copy()
    for col in ("anchor", "tense", "date", "precision"):
        if col not in ev.columns:
            ev[col] = None
    ref, src = {}, {}
    if articles is not None and "article_id" in articles.columns:
        refcol = (articles["reference_date"] if "reference_date" in articles.columns
                  else pd.Series(None, index=articles.index))
        srccol = (articles["reference_date_source"] if "reference_date_source" in articles.columns
                  else pd.Series(None, index=articles.index))
        for aid, r, s in zip(articles["article_id"], refcol, srccol):
            ref[aid], src[aid] = parse_iso(r), s
    dates, precs, rules, against = [], [], [], []
    for row in ev.itertuples(index=False):
        rel = (bool(row.relative) if row.relative is not None
               and row.relative == row.relative else False)
        if not rel:
            dates.append(row.date)
            precs.append(row.precision)
            rules.append(row.rule)
            against.append(None)
            continue
        r = ref.get(row.article_id)
        got = resolve_anchor(row.anchor, r, row.tense) if r and isinstance(row.anchor,
                                                                           str) else None
        base = str(row.rule).split("|")[0]
        if got:
            dates.append(got[0])
            precs.append(got[1])
            rules.append(f"{base}|resolved:{src.get(row.article_id) or 'reference_date'}")
            against.append(r.isoformat())
        else:
            dates.append(None)
            precs.append(None)
            rules.append(f"{base}|unresolved:{'no_reference_date' if not r else 'no_such_date'}")
            against.append(r.isoformat() if r else None)
    ev["date"], ev["precision"], ev["rule"], ev["resolved_against"] = dates, precs, rules, against
    return ev.sort_values(["article_id", "start", "end"], kind="stable").reset_index(drop=True)
