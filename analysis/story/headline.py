"""A source's own figure for a quantity and its interval, and the headline: the figure a
majority of the sources allow, with the sentence a report prints."""
from __future__ import annotations

import collections
import math

from .rows import _bare, _contains, _interval, _overlap, _people_head
from .summary import is_missing, some_names

#: Two exact figures of one source this close (a share of the larger) are a recount, not a
#: whole and its part.
NEAR = 0.05


def _position(rows: list[dict]) -> tuple[dict, list[dict]]:
    """A source's own figure for a group, and its claims of that figure: a whole before a
    part, a noun for people before another, a figure of a whole set before a partitive, a
    precise figure before a vague one; then the
    figure most of its other whole figures allow, the narrowest of those ("87" before "more
    than 80", "at least 156" before "more than 150"), the one stated most often, the largest
    (a smaller figure for the same quantity is more often a subset the text did not mark: "47
    of the men freed" beside "875 freed in total"), the first in the text."""
    wholes = [r for r in rows if not r.get("_part")]
    counts = collections.Counter(float(r["value"]) for r in wholes)
    own_parts = _told_as_a_part_of_its_own(wholes, rows)
    # "Vietnam frees 18,000" over "more than 18,000 were freed": the headline shortens the
    # hedge, so the bare figure stands for the hedged one ("18,539" in the body is allowed)
    # (a round figure: "all the 24 girls" beside "no fewer than 24" is just 24)
    hedged = {float(r["value"]): _interval(r) for r in rows
              if not _bare(r) and _round_tens(r["value"])}

    # "in exchange for 3,000 prisoners" (a headline) beside "the release of 2,941": the round
    # figure is the precise one rounded, and allows it
    precise = [float(r["value"]) for r in wholes if _bare(r) and not _round_hundreds(r["value"])]

    def interval(r):
        if not _bare(r):
            return _interval(r)
        v = float(r["value"])
        near = [p for p in precise if _round_hundreds(v) and abs(p - v) <= NEAR * v]
        if near and v not in hedged:
            lo, hi = _interval(r)
            return min([lo, *near]), max([hi, *near])
        return hedged.get(v, _interval(r))

    ivs = [interval(r) for r in rows]
    whole_ivs = [interval(r) for r in wholes]

    def width(iv):
        # an open bound the closer in is narrower: "at least 156" before "more than 150"
        lo, hi = iv
        if lo is not None and hi is not None:
            return hi - lo, 0.0
        return math.inf, -lo if lo is not None else (hi if hi is not None else math.inf)

    points = {lo for lo, hi in whole_ivs if lo is not None and lo == hi}

    def allowed_by(i):
        return sum(_overlap(ivs[i], o) for o in whole_ivs)

    def rank(i):
        r = rows[i]
        start = r.get("start")
        allowed = allowed_by(i)
        lo, hi = ivs[i]
        inside = [j for j in range(len(rows)) if ivs[j][0] is not None and ivs[j][0] == ivs[j][1]
                  and ivs[j][0] in points and _contains(ivs[i], ivs[j][0])]
        if lo != hi and len({ivs[j][0] for j in inside}) > 1:
            # "over 100 were freed" beside "310 were released" and "140 have been released":
            # a hedge that allows two of the source's exact figures settles nothing between
            # them; it is allowed no more than the best of them
            allowed = min(allowed, max(allowed_by(j) for j in inside))
        # the narrower figure only where the source's other figures allow it
        return (bool(r.get("_part")), not _people_head(r),
                r.get("subset") is True or float(r["value"]) in own_parts,
                bool(r.get("vague") is True), bool(r.get("_caption")),
                -allowed,
                width(ivs[i]) if allowed > 1 else (math.inf, math.inf),
                -counts[float(r["value"])],
                -float(r["value"]),
                math.inf if is_missing(start) else float(start))
    ranks = [rank(i) for i in range(len(rows))]
    best = min(range(len(rows)), key=ranks.__getitem__)
    main = rows[best]
    # two whole figures a few apart ("82 girls were released", later "the 83 freed girls"):
    # the first, the article's own lede, not the larger
    # (not a figure the source also tells as a part: "105 schoolgirls and a boy, making a
    # total of 106" beside a headline's "105 girls released" is no recount of the 106)
    told_as_part = {float(r["value"]) for r in rows if r.get("subset") is True}
    near = [r for i, r in enumerate(rows) if i != best and _near_figure(r, main)
            and not {float(r["value"]), float(main["value"])} & (set(hedged) | told_as_part)
            and ranks[i][:5] == ranks[best][:5]]
    if near:
        main = _first_in_text([main, *near])
    same = [r for r in rows if float(r["value"]) == float(main["value"])
            and bool(r.get("_part")) == bool(main.get("_part"))]
    # "Frees 1500 Prisoners" (a headline) beside "over 1,500 prisoners": the source's figure
    # is the hedged one, which the headline shortens
    hedges = [r for r in same if not _bare(r)]
    if _bare(main) and hedges:
        main = _first_in_text(hedges)
    return main, same


#: How far before a figure told as a part the larger figure it is part of may stand ("So
#: far 82,000 were pardoned. Of those, 22,000 ..."): about two sentences.
PART_OF_REACH = 400


def _told_as_a_part_of_its_own(wholes: list[dict], rows: list[dict]) -> set[float]:
    """Figures the source itself tells as a part of a larger whole figure of its own in the
    same sentence or just before ("82,000 were pardoned, including 22,000 protesters"): that
    part wherever it stands ("Iran pardons 22,000 protesters", a headline). Only figures the
    source states count, not the sums the story makes of them."""
    def own(r):
        return not is_missing(r.get("claim_id")) and not r.get("summed")

    found = set()
    for part in rows:
        if part.get("subset") is not True or not own(part) or is_missing(part.get("start")):
            continue
        at = float(part["start"])
        if any(own(w) and w.get("subset") is not True and float(w["value"]) > float(part["value"])
               and not is_missing(w.get("start"))
               and (w.get("sentence") == part.get("sentence")
                    or 0 < at - float(w["start"]) <= PART_OF_REACH)
               for w in wholes):
            found.add(float(part["value"]))
    return found


def _first_in_text(rows: list[dict]) -> dict:
    """The claim that comes first in its article (one without an offset last)."""
    return min(rows, key=lambda r: math.inf if is_missing(r.get("start")) else float(r["start"]))


def _round_tens(v) -> bool:
    """A figure in tens ("18,000", "200", "40"): one a headline may shorten a hedge to."""
    return float(v) >= 10 and float(v) % 10 == 0


def _round_hundreds(v) -> bool:
    """A figure in hundreds of a thousand or more ("2,000", "18,200"): often a rounding."""
    return float(v) >= 1000 and float(v) % 100 == 0


def _near_figure(r: dict, main: dict) -> bool:
    """Whether ``r`` is another exact whole figure within a few per cent of ``main`` (a
    recount or a slip, not a subset: "82" and "83"); a figure in hundreds ("18,200" beside
    "18,298") is a rounding instead."""
    a, b = float(r["value"]), float(main["value"])
    return (_bare(r) and _bare(main) and a != b and not r.get("_part")
            and abs(a - b) <= NEAR * max(a, b)
            and not any(_round_hundreds(v) for v in (a, b)))  # "18,200" rounds "18,298"


def _source_interval(rows: list[dict]) -> tuple[float | None, float | None]:
    """One source's interval from its claims of one value: their intersection, or their
    span if they contradict each other."""
    ivs = [_interval(r) for r in rows]
    los = [lo for lo, _ in ivs if lo is not None]
    his = [hi for _, hi in ivs if hi is not None]
    lo, hi = (max(los) if los else None), (min(his) if his else None)
    if lo is not None and hi is not None and lo > hi:
        lo = min(los)
        hi = None if any(h is None for _, h in ivs) else max(his)
    return lo, hi


def _headline(wholes: list[dict]):
    """(status, headline source row or None, supporters): the figure a majority of the sources
    giving a whole allow. Candidates are the figures stated without a hedge (all figures when
    every one is hedged); a candidate's support is the sources whose interval allows it."""
    n = len(wholes)
    if n == 1:
        return "single", wholes[0], [wholes[0]]
    exact = [s for s in wholes if s["low"] is not None and s["low"] == s["high"]]
    pool = exact or wholes
    cands: dict[tuple, dict] = {}
    for s in pool:
        cands.setdefault((s["qualifier"], s["value"], s["low"], s["high"]), s)

    def supporters(c):
        if c["low"] is not None and c["low"] == c["high"]:
            return [s for s in wholes if _contains((s["low"], s["high"]), c["low"])]
        return [s for s in wholes if _overlap((s["low"], s["high"]), (c["low"], c["high"]))]
    scored = sorted(((len(supporters(c)), sum(s["value"] == c["value"]
                                              and s["qualifier"] == c["qualifier"]
                                                 for s in wholes), c) for c in cands.values()),
                    key=lambda t: (-t[0], -t[1], t[2]["value"]))
    top, stated, best = scored[0]
    rivals = [c for k, st, c in scored[1:] if k == top
              and not _overlap((c["low"], c["high"]), (best["low"], best["high"]))]
    if top * 2 <= n or rivals:
        return "disputed", None, []
    return ("agreed" if top == n else "majority"), best, supporters(best)


def _answer(status: str, best, wholes: list[dict], parts: list[dict], figs: list[dict]) -> str:
    """The sentence a report prints for a group: '123, by all 5 sources'; '114, by 2 of 3
    sources; 109: The New York Times'; 'disputed: 114 (1 source), 109 (1 source)'."""
    n = len(wholes)
    whole_figs = [f for f in figs if not f["part"]]
    if status == "single":
        text = f"{best['figure']}, reported by one source ({best['source']})"
    elif status == "agreed":
        text = f"{best['figure']}, by all {n:,} sources"
        hedged = [f for f in whole_figs if f["figure"] != best["figure"]]
        if hedged:
            text += " (" + "; ".join(f"{f['n_sources']:,} say{'s' if f['n_sources'] == 1 else ''} "
                                     f"{f['figure']}"
                                  for f in hedged[:3]) + ")"
    elif status == "majority":
        k = sum(s["supports"] for s in wholes)
        others = [f for f in whole_figs if not f["supports"]]
        text = f"{best['figure']}, by {k:,} of {n:,} sources; " + "; ".join(
            f"{f['figure']}: {some_names(f['sources'], 3)}" for f in others[:4])
        if len(others) > 4:
            text += f"; {len(others) - 4:,} other figures"
    else:
        text = "disputed: " + ", ".join(
            f"{f['figure']} ({f['n_sources']:,} source{'s' if f['n_sources'] != 1 else ''})"
            for f in whole_figs[:5])
        if len(whole_figs) > 5:
            text += f" and {len(whole_figs) - 5:,} other figures"
    if parts:
        part_figs = [f for f in figs if f["part"]]
        text += "; part of it: " + ", ".join(f"{f['figure']} ({some_names(f['sources'], 2)})"
                                             for f in part_figs[:3])
    return text
