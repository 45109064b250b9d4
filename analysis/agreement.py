"""Where sources agree or conflict about the same quantity.

``claim_groups(claims, articles)`` puts together the claims that count the same thing —
same ``kind``, same ``counted_class``, same destination (place names and their demonyms
match: "Ukraine" ~ "Ukrainian territory") and, for earlier releases, the same time phrase —
across articles, and compares each source's interval:

- ``agree``: every source's interval overlaps every other's;
- ``conflict``: some two do not overlap;
- ``unique``: one source only (or one stating the whole, the others only subsets of it).

A subset ("including 40 journalists", "47 of the men freed were fighters") is never a
source's own figure while it states a whole, and a source that states only subsets does not
decide the verdict against sources that state the whole.

Parts that add up to a whole are recognised where the text makes it plain: two or more
claims in one sentence of one article with the same kind and destination but different
counted nouns ("five Ukrainians and 104 Belarusians arrived in ...") count for that source
as their sum. Claims of kind ``other`` are not grouped (they count unrelated things).

A prospect ("could lead to the release of up to 1,000", "plans to free 300": a claim with
``prospective`` set) is compared only with other prospects, never with counts of what
happened or of who is held now.
"""
from __future__ import annotations

import collections
import hashlib
import math
import re

import pandas as pd

from . import kinds as kind_registry

COLUMNS = ["group_id", "kind", "counted_class", "destination", "when", "prospective", "n_sources",
           "verdict", "low", "high", "sources", "claim_ids"]
#: Endings stripped to compare a place with its demonym ("Lithuanian" ~ "Lithuania").
PLACE_ENDINGS = ("ians", "ian", "ans", "ese", "ish", "an", "ia", "a", "e", "s", "i")
#: Nouns that turn a demonym into a place ("Ukrainian territory").
PLACE_WORDS = {"territory", "soil", "side", "border", "land", "capital", "authorities"}


def _missing(v) -> bool:
    return v is None or (isinstance(v, float) and math.isnan(v)) or (not isinstance(v, (list, dict)) and pd.isna(v))


def _place_key(dest) -> str:
    """A comparable key for a destination: capitalised words, demonym endings stripped.
    Irregular pairs ("Poland"/"Polish") are not matched; look-alike names ("Niger"/"Nigeria")
    may be."""
    if _missing(dest) or not str(dest).strip():
        return ""
    words = [w for w in re.findall(r"[\w’'-]+", str(dest)) if w.lower() not in PLACE_WORDS]
    caps = [w for w in words if w[:1].isupper()] or words
    out = []
    for w in caps:
        low = w.lower().strip("’'")
        for end in PLACE_ENDINGS:
            if low.endswith(end) and len(low) - len(end) >= 4:
                low = low[: -len(end)]
                break
        out.append(low)
    return " ".join(out)


def _same_place(a: str, b: str) -> bool:
    """Keys name the same place when they share a long common start (at least four letters
    and three quarters of the shorter key): "ukrain" ~ "ukrain", "cypru" ~ "cypriot"."""
    if a == b:
        return True
    if not a or not b:
        return False
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n >= 4 and n >= 0.75 * min(len(a), len(b))


def _when_key(kind, when) -> str:
    if kind not in kind_registry.timed() or _missing(when):  # kinds told apart by time
        return ""
    return " ".join(w for w in re.findall(r"\w+", str(when).lower())
                    if w not in {"in", "on", "since", "during", "by", "the", "of"})


def _interval(low, high, value):
    lo = None if _missing(low) else float(low)
    hi = None if _missing(high) else float(high)
    if lo is None and hi is None and not _missing(value):
        lo = hi = float(value)
    return lo, hi


def _all_overlap(ivs) -> bool:
    """Whether every two intervals overlap (``None`` is unbounded): on a line, exactly when
    the highest low is at most the lowest high — one pass instead of every pair."""
    lo = max((x for x, _ in ivs if x is not None), default=-math.inf)
    hi = min((x for _, x in ivs if x is not None), default=math.inf)
    return lo <= hi


def _primary(rows: list[dict]) -> list[dict]:
    """A source's own figure for the group: a whole before a subset ("including 40
    journalists", "47 of the men freed were fighters"), then the value it states most often
    (a precise figure before a vague one, then the first in the text). Other figures in the
    same group (a subset: "two of them", "around 70 of them") are listed but not compared."""
    counts: dict[float, int] = {}
    for r in rows:
        counts[float(r["value"])] = counts.get(float(r["value"]), 0) + 1

    def rank(r):
        start = r.get("start")
        return (r.get("subset") in (True,), bool(r.get("vague")), -counts[float(r["value"])],
                math.inf if _missing(start) else float(start))

    best = float(min(rows, key=rank)["value"])
    return [r for r in rows if float(r["value"]) == best]


def _source_interval(rows: list[dict]) -> tuple[float | None, float | None]:
    """One source's interval from its claims of one value: their intersection, or their
    span if they contradict each other."""
    ivs = [_interval(r.get("low"), r.get("high"), r.get("value")) for r in rows]
    los = [lo for lo, _ in ivs if lo is not None]
    his = [hi for _, hi in ivs if hi is not None]
    lo, hi = (max(los) if los else None), (min(his) if his else None)
    if lo is not None and hi is not None and lo > hi:
        lo = min(los)
        hi = None if any(h is None for _, h in ivs) else max(his)
    return lo, hi


def _sum_parts(rows: list[dict]) -> list[dict]:
    """Merge parts of a whole: same article, sentence, kind and destination, different
    counted nouns → one summed row."""
    out, buckets = [], {}
    for r in rows:
        if _missing(r.get("destination")):
            out.append(r)
            continue
        buckets.setdefault((r["article_id"], r.get("sentence")), []).append(r)
    for key in sorted(buckets, key=lambda k: (str(k[0]), str(k[1]))):
        parts = buckets[key]
        counted = {str(p.get("counted") or "").lower() for p in parts}
        if len(parts) < 2 or len(counted) < len(parts):
            out.extend(parts)
            continue
        lows = [_interval(p.get("low"), p.get("high"), p.get("value"))[0] for p in parts]
        highs = [_interval(p.get("low"), p.get("high"), p.get("value"))[1] for p in parts]
        summed = dict(parts[0])
        summed.update(
            value=float(sum(float(p["value"]) for p in parts)),
            low=None if any(x is None for x in lows) else float(sum(lows)),
            high=None if any(x is None for x in highs) else float(sum(highs)),
            counted=" + ".join(str(p.get("counted")) for p in parts),
            claim_id=None, part_ids=[p.get("claim_id") for p in parts], parts=True,
        )
        out.append(summed)
    return out


def claim_groups(claims: pd.DataFrame, articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """Groups of claims about the same quantity across articles, with a verdict each."""
    if claims is None or claims.empty or "kind" not in claims.columns:
        return pd.DataFrame(columns=COLUMNS)
    outlets = {}
    if articles is not None and not articles.empty and "outlet" in articles.columns:
        outlets = dict(zip(articles["article_id"], articles["outlet"]))
    df = claims[claims["kind"].notna() & (claims["kind"] != "other")]
    if df.empty:
        return pd.DataFrame(columns=COLUMNS)
    rows = [dict(r) for r in df.to_dict("records")]
    for r in rows:
        r.setdefault("destination", None)
        r.setdefault("when", None)
        r.setdefault("claim_id", None)

    # Destinations: cluster keys that name the same place.
    keys = sorted({_place_key(r["destination"]) for r in rows})
    canon: dict[str, str] = {}
    # Cluster heads by their first four letters (distinct keys match only when they share
    # at least that), shortest first; a key joins the first head it matches.
    heads: dict[str, list[str]] = collections.defaultdict(list)
    for k in sorted(keys, key=len):
        canon[k] = next((c for c in heads.get(k[:4], ()) if len(k) >= 4 and _same_place(c, k)), k)
        if canon[k] == k:
            heads[k[:4]].append(k)
    names: dict[str, dict[str, int]] = {}
    for r in rows:
        c = canon[_place_key(r["destination"])]
        r["_place"] = c
        if not _missing(r["destination"]):
            names.setdefault(c, {}).setdefault(str(r["destination"]), 0)
            names[c][str(r["destination"])] += 1

    def place_name(c):
        if c not in names:
            return None
        # the plainest spelling: most used, then shortest
        def rank(kv):
            generic = any(w.lower() in PLACE_WORDS for w in re.findall(r"\w+", kv[0]))
            return (generic, -kv[1], len(kv[0]), kv[0])
        # a place's own name before "Cypriot soil"; then the most used, then the shortest
        return sorted(names[c].items(), key=rank)[0][0]

    groups: dict[tuple, list[dict]] = {}
    for r in rows:
        key = (r["kind"], r.get("counted_class"), r["_place"], _when_key(r["kind"], r["when"]),
               r.get("prospective") is True)
        groups.setdefault(key, []).append(r)

    out = []
    for key in sorted(groups, key=lambda k: tuple(str(x) for x in k)):
        kind, cls, place, when, prospect = key
        members = groups[key]
        by_source: dict[str, list[dict]] = {}
        for r in _sum_parts(members):
            by_source.setdefault(str(r["article_id"]), []).append(r)
        sources = []
        for aid in sorted(by_source):
            rs = by_source[aid]
            main = _primary(rs)
            lo, hi = _source_interval(main)
            rs = main + [r for r in rs if not any(r is m for m in main)]  # its own figure first
            ids = sorted({i for r in rs for i in ([r["claim_id"]] if r.get("claim_id") else r.get("part_ids", []))
                          if i})
            sources.append({
                "article_id": aid, "outlet": outlets.get(aid), "low": lo, "high": hi,
                "value": float(main[0]["value"]), "values": [float(r["value"]) for r in rs],
                "qualifier": main[0].get("qualifier"), "qualifiers": [r.get("qualifier") for r in rs],
                "summed_parts": any(r.get("parts") for r in rs), "claim_ids": ids,
            })
        for s_ in sources:
            s_["subset_only"] = all(r.get("subset") in (True,) for r in by_source[s_["article_id"]])
        wholes = [s_ for s_ in sources if not s_["subset_only"]] or sources
        ivs = [(s_["low"], s_["high"]) for s_ in wholes]
        if len(wholes) == 1:  # one source, or one whole beside subsets ("47 of the 875 freed")
            verdict = "unique"
        elif _all_overlap(ivs):
            verdict = "agree"
        else:
            verdict = "conflict"
        los = [lo for lo, _ in ivs if lo is not None]
        his = [hi for _, hi in ivs if hi is not None]
        if verdict == "conflict":
            lo = min(los) if los else None
            hi = None if any(h is None for _, h in ivs) else (max(his) if his else None)
        else:
            lo, hi = (max(los) if los else None), (min(his) if his else None)
        claim_ids = sorted({i for s in sources for i in s["claim_ids"]})
        ident = (kind, cls, place, when) + (("prospective",) if prospect else ())
        gid = "G" + hashlib.sha1(repr(ident).encode()).hexdigest()[:10]
        out.append({
            "group_id": gid, "kind": kind, "counted_class": cls, "destination": place_name(place),
            "when": when or None, "prospective": prospect, "n_sources": len(sources), "verdict": verdict,
            "low": lo, "high": hi, "sources": sources, "claim_ids": claim_ids,
        })
    return pd.DataFrame(out, columns=COLUMNS)


def group_rows(groups: pd.DataFrame) -> pd.DataFrame:
    """One row per (group, source): the long form of ``claim_groups`` for tables and charts."""
    rows = []
    if groups is None or groups.empty:
        return pd.DataFrame(columns=["group_id", "kind", "destination", "verdict", "article_id",
                                     "outlet", "value", "low", "high", "values", "summed_parts"])
    for g in groups.to_dict("records"):
        for s in g["sources"]:
            rows.append({"group_id": g["group_id"], "kind": g["kind"], "destination": g["destination"],
                         "verdict": g["verdict"], "article_id": s["article_id"], "outlet": s["outlet"],
                         "value": s["value"], "low": s["low"], "high": s["high"], "values": s["values"],
                         "summed_parts": s["summed_parts"]})
    return pd.DataFrame(rows)
