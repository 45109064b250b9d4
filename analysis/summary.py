"""What a report says first: who the sources are, each source's interval per kind of count,
the headline figure per kind, and where sources conflict.

Intervals follow the claim's hedge when it gives no ``low``/``high`` of its own:
``exact`` is one point, ``at_least``/``more_than`` open to the right, ``up_to``/``fewer_than``
open to the left, ``about`` spans ±``ABOUT_SPREAD`` of the value.
"""
from __future__ import annotations

import math
from collections import Counter
from pathlib import Path

import pandas as pd

ABOUT_SPREAD = 0.10
# Hedge → (low factor, high factor); None is an open end.
HEDGE_INTERVALS: dict[str, tuple[float | None, float | None]] = {
    "exact": (1.0, 1.0),
    "at_least": (1.0, None),
    "more_than": (1.0, None),
    "up_to": (None, 1.0),
    "fewer_than": (None, 1.0),
    "about": (1.0 - ABOUT_SPREAD, 1.0 + ABOUT_SPREAD),
}
# Kinds shown first, in this order; any other kind follows alphabetically.
KIND_ORDER = ["released", "transferred", "remaining", "demanded", "earlier_release",
              "foreign_nationals", "other"]


def is_missing(v) -> bool:
    """True for None, NaN, NaT, pd.NA and empty strings."""
    if v is None:
        return True
    if isinstance(v, str):
        return not v.strip()
    try:
        return bool(pd.isna(v))
    except (TypeError, ValueError):
        return False


def text(v, default: str = "") -> str:
    """``v`` as a display string, ``default`` when missing (a date as YYYY-MM-DD)."""
    if isinstance(v, pd.Timestamp) and not is_missing(v):
        return v.strftime("%Y-%m-%d")
    return default if is_missing(v) else str(v)


def source_labels(articles: pd.DataFrame) -> dict[str, str]:
    """article_id → a short unique label: the outlet, else the file name."""
    if articles is None or articles.empty:
        return {}
    rows = articles.sort_values(["path", "article_id"], kind="stable", na_position="last")
    base = {}
    for _, r in rows.iterrows():
        outlet = text(r.get("outlet"))
        base[r["article_id"]] = outlet or Path(text(r.get("path"), str(r["article_id"]))).name
    counts = Counter(base.values())
    labels = {}
    for aid, lab in base.items():
        if counts[lab] > 1:
            path = text(rows.loc[rows["article_id"] == aid, "path"].iloc[0])
            lab = f"{lab} ({Path(path).name or aid})"
        labels[aid] = lab
    return labels


#: A chart's source line names at most this many sources; beyond, it counts them.
MAX_NAMED_SOURCES = 12


def source_line(articles: pd.DataFrame, article_ids=None) -> str:
    """'Source: A, B, C' naming the articles a chart is drawn from (all articles by default);
    on a large corpus the first ``MAX_NAMED_SOURCES`` names and how many there are in all."""
    labels = source_labels(articles)
    if article_ids is not None:
        wanted = set(article_ids)
        labels = {k: v for k, v in labels.items() if k in wanted}
    names = sorted(set(labels.values()), key=str.lower)
    if not names:
        return "Source: no articles"
    if len(names) > MAX_NAMED_SOURCES:
        return (f"Source: {len(names):,} sources ({len(labels):,} articles): "
                f"{some_names(names, MAX_NAMED_SOURCES)} (every article is listed at the top of the report)")
    return "Source: " + ", ".join(names)


def some_names(names: list[str], limit: int) -> str:
    """'A, B, C and 9 more': the first ``limit`` of ``names``, then how many are left."""
    shown = ", ".join(names[:limit])
    return shown + (f" and {len(names) - limit:,} more" if len(names) > limit else "")


def kind_order(kinds) -> list[str]:
    """Kinds in report order: the known ones first, then the rest alphabetically."""
    kinds = {k for k in kinds if not is_missing(k)}
    return [k for k in KIND_ORDER if k in kinds] + sorted(kinds - set(KIND_ORDER))


def claim_interval(row) -> tuple[float, float]:
    """(low, high) of one claim; open ends are ±inf."""
    value = row.get("value")
    low, high = row.get("low"), row.get("high")
    if not is_missing(low) or not is_missing(high):
        lo = float(low) if not is_missing(low) else -math.inf
        hi = float(high) if not is_missing(high) else math.inf
        return lo, hi
    if is_missing(value):
        return -math.inf, math.inf
    v = float(value)
    lo_f, hi_f = HEDGE_INTERVALS.get(text(row.get("qualifier"), "exact"), (1.0, 1.0))
    return (v * lo_f if lo_f is not None else -math.inf, v * hi_f if hi_f is not None else math.inf)


def people_claims(claims: pd.DataFrame) -> pd.DataFrame:
    """Claims counting people, with a usable value and kind."""
    if claims is None or claims.empty or "counted_class" not in claims.columns:
        return pd.DataFrame(columns=list(claims.columns) if claims is not None else [])
    c = claims[claims["counted_class"] == "people"].copy()
    c = c[pd.to_numeric(c["value"], errors="coerce").notna()]
    c["kind"] = c["kind"].map(lambda k: text(k, "other"))
    return c


def group_label(kind, destination=None, when=None, prospective=False) -> str:
    """'transferred → Ukraine (june)': a claim group's kind, destination and time phrase;
    'remaining (prospect)' for a group of prospects ("could free up to 1,000")."""
    label = text(kind, "other")
    if text(destination):
        label += f" → {text(destination)}"
    if text(when):
        label += f" ({text(when)})"
    if prospective is True:
        label += " (prospect)"
    return label


def _usable_groups(groups) -> bool:
    return groups is not None and not groups.empty and {"kind", "sources"} <= set(groups.columns)


def _intervals_from_groups(groups: pd.DataFrame, articles: pd.DataFrame, cols: list[str]) -> pd.DataFrame:
    labels = source_labels(articles)
    g = groups.copy()
    g["kind"] = g["kind"].map(lambda k: text(k, "other"))
    g["label"] = [group_label(k, d, w, p) for k, d, w, p in zip(
        g["kind"], g.get("destination", [None] * len(g)), g.get("when", [None] * len(g)),
        g.get("prospective", [False] * len(g)))]
    g["_n"] = g["sources"].map(lambda s: len(s) if isinstance(s, (list, tuple)) else 0)
    order = {k: i for i, k in enumerate(kind_order(g["kind"]))}
    g = g.assign(_k=g["kind"].map(order)).sort_values(["_k", "_n", "label"], ascending=[True, False, True],
                                                      kind="stable")
    rows = []
    for _, grp in g.iterrows():
        for src in grp["sources"] if isinstance(grp["sources"], (list, tuple)) else []:
            if not isinstance(src, dict) or src.get("article_id") not in labels or is_missing(src.get("value")):
                continue
            value = float(src["value"])
            quals = src.get("qualifiers") or ["exact"]
            lo, hi = src.get("low"), src.get("high")
            if is_missing(lo) and is_missing(hi):
                lo, hi = claim_interval({"value": value, "qualifier": quals[0]})
            lo = float(lo) if not is_missing(lo) else -math.inf
            hi = float(hi) if not is_missing(hi) else math.inf
            values = [float(v) for v in (src.get("values") or []) if not is_missing(v)]
            rows.append({"kind": grp["label"], "base_kind": grp["kind"], "article_id": src["article_id"],
                         "source": labels[src["article_id"]], "value": value, "low": lo, "high": hi,
                         "qualifier": text(quals[0], "exact"), "n_claims": max(1, len(values)),
                         "other_values": sorted(set(values) - {value}), "sentence": ""})
    out = pd.DataFrame(rows, columns=cols + ["base_kind"])
    rank = {k: i for i, k in enumerate(dict.fromkeys(out["kind"]))}
    return (out.assign(_r=out["kind"].map(rank)).sort_values(["_r", "source"], kind="stable")
            .drop(columns="_r").reset_index(drop=True))


def source_intervals(claims: pd.DataFrame, articles: pd.DataFrame, groups: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per (kind, source) over people counts: the source's representative figure.

    With ``groups`` (the corpus's ``claim_groups``), one row per (group, source) instead:
    ``kind`` is then the group's label (kind, destination, time phrase) and ``base_kind``
    its kind; the figures are the ones the agreement step compared.

    The representative is the value the source states most often; on a tie, the one most
    other sources' figures allow, then the first stated.
    Columns: kind, article_id, source, value, low, high, qualifier, n_claims, other_values,
    sentence.
    """
    cols = ["kind", "article_id", "source", "value", "low", "high", "qualifier", "n_claims",
            "other_values", "sentence"]
    if _usable_groups(groups):
        return _intervals_from_groups(groups, articles, cols)
    c = people_claims(claims)
    if c.empty:
        return pd.DataFrame(columns=cols + ["base_kind"])
    base_of = {k: k for k in c["kind"]}
    if "prospective" in c.columns:  # a prospect is never weighed against a fact
        labelled = [group_label(k, prospective=p) for k, p in zip(c["kind"], c["prospective"])]
        base_of.update(zip(labelled, c["kind"]))
        c = c.assign(kind=labelled)
    labels = source_labels(articles)
    c = c[c["article_id"].isin(labels)]
    c = c.assign(_v=pd.to_numeric(c["value"]), _s=pd.to_numeric(c["start"], errors="coerce"))
    c = c.sort_values(["kind", "article_id", "_s", "_v"], kind="stable", na_position="last")
    spans = {(k, a): [claim_interval(r) for _, r in g.iterrows()]
             for (k, a), g in c.groupby(["kind", "article_id"], sort=True)}
    rows = []
    for (kind, aid), g in c.groupby(["kind", "article_id"], sort=True):
        values = list(g["_v"])
        others = [iv for (k, a), ivs in spans.items() if k == kind and a != aid for iv in [ivs]]

        def score(v):
            # stated most often by this source; on a tie, the figure most other sources allow
            support = sum(any(lo <= v <= hi for lo, hi in ivs) for ivs in others)
            return (values.count(v), support, -values.index(v))
        best = max(dict.fromkeys(values), key=score)
        rep = g[g["_v"] == best].iloc[0]
        lo, hi = claim_interval(rep)
        rows.append({"kind": kind, "article_id": aid, "source": labels[aid], "value": float(best),
                     "low": lo, "high": hi, "qualifier": text(rep.get("qualifier"), "exact"),
                     "n_claims": len(g),
                     "other_values": sorted(float(v) for v in set(values) if v != best),
                     "sentence": text(rep.get("sentence"))})
    out = pd.DataFrame(rows, columns=cols)
    out["base_kind"] = out["kind"].map(base_of)
    order = {k: i for i, k in enumerate(kind_order(out["kind"]))}
    return (out.assign(_k=out["kind"].map(order)).sort_values(["_k", "source"], kind="stable")
            .drop(columns="_k").reset_index(drop=True))


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return max(a[0], b[0]) <= min(a[1], b[1])


def conflicts(claims: pd.DataFrame, articles: pd.DataFrame, groups: pd.DataFrame | None = None) -> pd.DataFrame:
    """Per kind, the sources whose intervals cannot all be true at once.

    A source conflicts when its interval overlaps no interval of the largest set of sources
    that agree on a common value. Columns: kind, sources (list), values (list), agreeing
    (list), detail.
    """
    cols = ["kind", "sources", "values", "agreeing", "detail"]
    iv = source_intervals(claims, articles, groups)
    rows = []
    for kind in dict.fromkeys(iv["kind"]):
        g = iv[iv["kind"] == kind]
        if len(g) < 2:
            continue
        consensus = best_value(g)
        agree = g[[(lo <= consensus <= hi) for lo, hi in zip(g["low"], g["high"])]]
        off = g[~g.index.isin(agree.index)]
        if off.empty:
            continue
        rows.append({
            "kind": kind,
            "sources": list(off["source"]),
            "values": [describe(r) for _, r in off.iterrows()],
            "agreeing": list(agree["source"]),
            "detail": f"{kind}: " + "; ".join(f"{s} says {describe(r)}" for s, (_, r) in
                                              zip(g["source"], g.iterrows())),
        })
    return pd.DataFrame(rows, columns=cols)


def best_value(g: pd.DataFrame) -> float:
    """The stated value contained in the most source intervals (ties: the larger count of
    sources stating it exactly, then the smaller value)."""
    cands = sorted(set(g["value"]))
    def score(v):
        inside = sum(lo <= v <= hi for lo, hi in zip(g["low"], g["high"]))
        return (inside, int((g["value"] == v).sum()), -v)
    return max(cands, key=score)


def describe(r) -> str:
    """'more than 1,000' — a source's figure in words, hedge included."""
    words = {"exact": "", "at_least": "at least ", "more_than": "more than ", "up_to": "up to ",
             "fewer_than": "fewer than ", "about": "about "}
    return f"{words.get(text(r.get('qualifier'), 'exact'), '')}{fmt_number(r.get('value'))}"


def fmt_number(v) -> str:
    """1234.0 → '1,234'; 2.5 → '2.5'; missing → '—'."""
    if is_missing(v):
        return "—"
    try:
        f = float(v)
    except (TypeError, ValueError):
        return str(v)
    return f"{f:,.0f}" if f == int(f) else f"{f:,.2f}".rstrip("0").rstrip(".")


def figures(claims: pd.DataFrame, articles: pd.DataFrame, groups: pd.DataFrame | None = None) -> pd.DataFrame:
    """Per kind (or claim group) of people count: the figure most sources support and how
    many do. Columns: kind, base_kind, value, text (e.g. 'released: 123, by all 5 sources'),
    n_agree, n_sources, n_articles."""
    cols = ["kind", "base_kind", "value", "text", "n_agree", "n_sources", "n_articles"]
    iv = source_intervals(claims, articles, groups)
    n_all = len(source_labels(articles))
    rows = []
    for kind in dict.fromkeys(iv["kind"]):
        g = iv[iv["kind"] == kind]
        v = best_value(g)
        k = int(sum(lo <= v <= hi for lo, hi in zip(g["low"], g["high"])))
        n = len(g)
        if k == n == n_all and n > 1:
            who = f"by all {n} sources"
        elif k == n == 1:
            who = "by 1 source" + (" (the only one)" if n_all == 1 else f" of {n_all}")
        else:
            who = f"by {k} of {n} sources reporting it ({n_all} in all)"
        rows.append({"kind": kind, "base_kind": g["base_kind"].iloc[0], "value": v,
                     "text": f"{kind.replace('_', ' ')}: {fmt_number(v)}, {who}",
                     "n_agree": k, "n_sources": n, "n_articles": n_all})
    return pd.DataFrame(rows, columns=cols)


def headline(claims: pd.DataFrame, articles: pd.DataFrame, groups: pd.DataFrame | None = None) -> pd.DataFrame:
    """One :func:`figures` row per kind: with ``groups``, the kind's group reported by most
    sources stands for the kind."""
    f = figures(claims, articles, groups)
    if f.empty:
        return f
    f = f.assign(_pos=range(len(f)))
    order = {k: i for i, k in enumerate(kind_order(f["base_kind"]))}
    best = (f.sort_values(["n_sources", "_pos"], ascending=[False, True], kind="stable")
            .drop_duplicates("base_kind"))
    return (best.assign(_k=best["base_kind"].map(order)).sort_values("_k", kind="stable")
            .drop(columns=["_k", "_pos"]).reset_index(drop=True))
