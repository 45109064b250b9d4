"""The story's answer: per quantity, which figure each source gives, which figures are parts of
a larger one, whether the sources agree, and the headline figure.

:func:`synthesise` is computed once per load (``load_corpus``) and gives three frames that
every notebook, the index and ``summary.json`` read (none of them recomputes a verdict):

``claim_groups``
    One row per quantity: claims that count the same thing across articles — same ``kind``,
    ``counted_class``, destination country (a city counts as its country: "Riyadh" → Saudi
    Arabia; a demonym as its place: "Ukrainian territory" ~ "Ukraine"), time phrase (for
    earlier releases) or event date (a second release on another day is another quantity),
    and prospect or fact. Each group has a ``verdict`` (agree / conflict / unique), a
    ``status`` (single / agreed / majority / disputed), a ``headline`` figure and ``answer``,
    the sentence a report prints.
``group_sources``
    One row per (group, source): the source's own figure for the quantity (``value``,
    ``low``, ``high``, ``qualifier``), whether it is only a ``part`` of the quantity, whether
    it ``supports`` the headline, its other figures and the claim ids it comes from.
``group_figures``
    One row per (group, figure): each distinct figure with the number of sources giving
    it: what charts draw on a corpus of hundreds of sources.

How the answer is decided (the README's methodology section has a worked example):

1. **Parts.** A figure restricted to a subset of the quantity — one nationality ("104 of the
   freed Belarusians"), another class of people ("20 journalists", "two opposition
   figures"), or a partitive ("47 of the men freed") — is a *part* when a source gives a
   larger whole for the same quantity. A part is shown, never weighed as a rival total.
   Parts in one sentence of one article ("five Ukrainians and 104 Belarusians arrived")
   are summed into that source's whole when each names a nationality or the sentence names
   a destination.
2. **A source's figure.** Of its whole figures, a precise one before a vague one, then the
   one it states most often, then the first in the text.
3. **Verdict.** ``agree`` when every two sources' intervals overlap (hedges included:
   "more than 1,200" is 1,201 and up), ``conflict`` when some two do not, ``unique`` when
   one source gives a whole. A vague figure ("dozens", "hundreds") decides nothing beside
   precise ones.
4. **Headline.** The figure a majority of the sources giving a whole allow. A tie, or no
   majority, is ``disputed``: the competing figures and how many sources give each; never
   settled by order. A single source is "reported by one source", never a consensus.

Claims of kind ``other`` are not grouped (they count unrelated things). A prospect ("could
lead to the release of up to 1,000") is compared only with other prospects.
"""
from __future__ import annotations

import collections
import hashlib

import pandas as pd

from .. import kinds as kind_registry
from ..extraction import cues
from ..schema import categorise, plain
from .copies import (
    _and_one_more,
    _demanded_still_held,
    _foreigners_alone,
    _foreigners_in_the_release,
    _freed_and_moved,
    _gone_home,
    _handed_over_unplaced,
    _mark_sides_of_a_total,
    _named_with_others,
    _nationals_freed,
    _sent_home,
    _sum_parts,
    _to_each_side,
)
from .headline import _answer, _headline, _position, _source_interval
from .periods import (
    BEFORE_RELEASE,
    BY_FIGURE,
    FURTHER_BATCH,
    OPEN_HEDGE_REACH,
    SO_FAR,
    _announced_inside_a_hedge,
    _before_the_release,
    _count_as_of,
    _dated_long_before,
    _dated_sentences,
    _day_of,
    _freed_before_the_release,
    _further_batches,
    _further_on_its_day,
    _held_before_by_figure,
    _held_until_freed,
    _merge_periods,
    _merge_unresolved_months,
    _part_of_a_release_elsewhere,
    _period_of,
    _reference_dates,
    _release_told_after,
    _released_on_an_earlier_day,
    _running_totals,
    _separate_earlier,
    _split_by_day,
    _stages_of_a_release,
    _unresolved_to_earlier_day,
    _when_key,
    _wholes_of_a_release,
    _written_before,
    _year_only_apart,
)
from .populations import (
    ALL_HELD,
    CIVILIANS,
    _civilians_apart,
    _held_by_nationality,
    _mark_story_nation,
    _own_nationals,
    _population,
    _release_scopes,
    _sex_and_age_pairs,
    _wider_than_the_story_s,
)
from .rows import (
    _all_overlap,
    _besides_named,
    _contains,
    _destination,
    _head,
    _interval,
    _named_nationality,
    _place_clusters,
    _place_key,
    _place_name,
    _qualifier,
    _restricted,
    _round,
    _whole_heads,
    nationality,
)
from .sides import (
    _both_sides_counted,
    _exchange_total,
    _general_foreigners,
    _home_side,
    _mark_sides,
    _not_of_the_whole,
    _restated_totals,
    _side,
    _sides_by_nationality,
    _totals_of_two_sides,
    _whole_countries,
)
from .summary import BOTH_SIDES, describe_figure, group_label, is_missing, source_labels

GROUP_COLUMNS = ["group_id", "kind", "counted_class", "population", "destination", "when",
                 "prospective",
                 "label",
                 "n_sources", "n_whole", "n_parts", "verdict", "status", "headline",
                 "headline_low",
                 "headline_high", "headline_text", "n_support", "answer", "low", "high",
                 "claim_ids"]
SOURCE_COLUMNS = ["group_id", "article_id", "outlet", "source", "value", "low", "high",
                  "qualifier",
                  "figure", "part", "summed_parts", "supports", "other_values", "claim_ids"]
FIGURE_COLUMNS = ["group_id", "figure", "value", "low", "high", "qualifier", "part", "supports",
                  "n_sources", "sources", "article_ids"]

#: Marks the group of one figure that sources moving people to no named place share.
SAME_FIGURE = "="


#: Nouns a release sentence counts that are never people ("both sides released", "the two
#: parties swapped 390 prisoners each", "in two phases", "on 14 flights", "escorted by two
#: warships"): such a figure is no figure of the answer.
NOT_PEOPLE = {"side", "party", "government", "country", "nation", "phase", "round", "stage",
              "truck", "batch", "day", "week", "month", "year", "hour", "time", "way", "warship",
              "car", "vehicle", "tonne", "ton"} | cues.VEHICLE_NOUNS | cues.MEASURE_NOUNS


def _captions(articles: pd.DataFrame | None) -> dict[str, list[str]]:
    """article_id → its photo captions (see ``articles.captions``), spaces normalised."""
    if articles is None or articles.empty or "captions" not in articles.columns:
        return {}
    return {str(a): [" ".join(str(c).split()) for c in caps if str(c).strip()]
            for a, caps in zip(articles["article_id"], articles["captions"])
            if isinstance(caps, (list, tuple))}


def _in_caption(r: dict, captions: dict[str, list[str]]) -> bool:
    """Is the claim's sentence in one of its article's photo captions? A caption's figure
    ("families wait for the release of around 900 prisoners") ranks below the story's own."""
    sent = " ".join(str(r.get("sentence") or "").split())
    return bool(sent) and any(sent in c or c in sent
                              for c in captions.get(str(r["article_id"]), ()))


def synthesise(claims: pd.DataFrame, articles: pd.DataFrame | None = None,
               events: pd.DataFrame | None = None) -> dict[str, pd.DataFrame]:
    """The story's answer as three frames: ``claim_groups``, ``group_sources`` and
    ``group_figures`` (see the module docstring)."""
    empty = _typed(pd.DataFrame(columns=GROUP_COLUMNS), pd.DataFrame(columns=SOURCE_COLUMNS),
                   pd.DataFrame(columns=FIGURE_COLUMNS))
    if claims is None or claims.empty or "kind" not in claims.columns:
        return empty
    # rows of Python values: a typed frame's categories as plain text, missing as None
    claims = plain(claims)
    events = plain(events) if events is not None else None
    df = claims[claims["kind"].notna()]
    df = df[pd.to_numeric(df["value"], errors="coerce").notna()]
    if df.empty:
        return empty
    outlets, labels = {}, {}
    if articles is not None and not articles.empty:
        if "outlet" in articles.columns:
            outlets = dict(zip(articles["article_id"], articles["outlet"]))
        labels = source_labels(articles)
    dated = _dated_sentences(events)
    said_when = _dated_sentences(events, statements=True, captures=True)
    reference = _reference_dates(articles)
    captions = _captions(articles)
    rows = [dict(r) for r in df.to_dict("records")]
    for r in rows:
        r["_caption"] = _in_caption(r, captions)
        for c in ("destination", "when", "claim_id", "counted", "sentence", "subset",
                  "prospective"):
            r.setdefault(c, None)
        # the size of an exchange, both ways, is a figure of the release whatever its kind,
        # save an earlier exchange's ("the last swap, involving 206 prisoners, took place in
        # September")
        r["_both"] = ((r["kind"] == kind_registry.RELEASED or r.get("counted_class") == "people")
                      and _exchange_total(r))
        if r["_both"] and r["kind"] != kind_registry.EARLIER_RELEASE:
            r["kind"] = kind_registry.RELEASED
    rows = [r for r in rows if r["kind"] != kind_registry.OTHER]
    if not rows:
        return empty
    for r in rows:
        r["_counted_people"] = r.get("counted_class") == "people"  # as the extractor read it
        if (is_missing(r.get("counted_class")) or r.get("counted_class") == "other") and \
                _head(r.get("counted")) not in NOT_PEOPLE:
            # a figure of a people kind with no noun the extractor knows ("the six handed over",
            # "five commanders"); a noun that is not people ranks last in a source's figures
            r["counted_class"] = "people"
    # the answer counts people: money ("$6 billion released"), shares and weights are not
    rows = [r for r in rows if r["counted_class"] == "people"]
    if not rows:
        return empty
    for r in rows:
        r["article_id"] = str(r["article_id"])
        r["_country"] = _destination(r["destination"])
        r["_key"] = _place_key(r["_country"])
        if r["_key"] and r["kind"] == kind_registry.RELEASED:
            r["kind"] = kind_registry.TRANSFERRED  # "10 released to Saudi Arabia" went there
        elif not r["_key"] and r["kind"] == kind_registry.TRANSFERRED \
                and isinstance(r.get("each_side"), (list, tuple)):
            r["kind"] = kind_registry.RELEASED  # "A and B ..., each bringing home 95": freed
        elif not r["_key"] and r["kind"] == kind_registry.TRANSFERRED \
                and nationality(r.get("counted")) and not _named_nationality(r.get("counted")):
            # "38 foreigners will be deported" (to nowhere named): the foreigners freed
            r["kind"] = kind_registry.FOREIGN_NATIONALS
        r["_day"] = _day_of(r, dated) if r["kind"] in kind_registry.dated() else ""
        if r["kind"] in (kind_registry.RELEASED, kind_registry.TRANSFERRED) \
                and _dated_long_before(r, reference, dated):
            # "the 222 expelled to X in February 2023", in an article of 2024: an earlier
            # release, moved then
            r["kind"] = kind_registry.EARLIER_RELEASE
            r["_country"], r["_key"] = None, _place_key(None)
    _further_batches(rows)
    rows = _running_totals(rows)
    _stages_of_a_release(rows)
    _part_of_a_release_elsewhere(rows)
    _freed_before_the_release(rows)
    _released_on_an_earlier_day(rows, dated, reference)
    _release_told_after(rows, reference)
    _announced_inside_a_hedge(rows)
    _own_nationals(rows)
    _wholes_of_a_release(rows)
    _mark_story_nation(rows)
    # a transfer of people freed is also a release, told by nationality like the others
    rows.extend(_freed_and_moved(rows))
    rows.extend(_gone_home(rows))
    rows.extend(_sent_home(rows))
    rows.extend(_demanded_still_held(rows))
    _totals_of_two_sides(rows)
    _mark_sides_of_a_total(rows)
    _restated_totals(rows)
    _sides_by_nationality(rows)
    _held_by_nationality(rows)
    handed = _handed_over_unplaced(rows)
    moved_to_release = {id(r["_of"]) for r in handed}
    rows = [r for r in rows if id(r) not in moved_to_release]
    rows.extend(_to_each_side(rows) + handed)
    rows.extend(_nationals_freed(rows, _foreigners_in_the_release(rows)))
    rows.extend(_named_with_others(rows))
    rows.extend(_and_one_more(rows))
    rows.extend(_foreigners_alone(rows))
    _mark_sides(rows)
    canon = _place_clusters(rows)
    spellings: dict[str, dict[str, int]] = {}
    for r in rows:
        r["_place"] = canon[r["_key"]]
        if r["_key"]:
            spellings.setdefault(r["_place"], collections.Counter())[str(r["_country"])] += 1

    escapes = {(r["article_id"], str(r.get("sentence") or "")) for r in rows
               if r["kind"] == kind_registry.EARLIER_RELEASE}
    written_before = _written_before(rows, reference)
    freed_by = {(r["article_id"], float(r["value"])) for r in rows
                if r["kind"] == kind_registry.RELEASED and r.get("prospective") is not True}
    buckets: dict[tuple, list[dict]] = collections.defaultdict(list)
    for r in rows:
        when = _when_key(r["kind"], r["when"])
        if r["kind"] in kind_registry.timed() and when and when != FURTHER_BATCH:
            # an earlier release by the period its date resolves to, not the words used
            period = _period_of(r, dated)
            if period:
                when = "@" + period
        if r["kind"] == kind_registry.REMAINING:
            when = _count_as_of(r, said_when, reference) or (
                BEFORE_RELEASE if r["when"] == BEFORE_RELEASE or _before_the_release(r, escapes)
                or r["article_id"] in written_before or _held_until_freed(r, freed_by)
                else "")
        key = (r["kind"], r.get("counted_class"), r["_place"], when, r.get("prospective") is True)
        buckets[key].append(r)
    _held_before_by_figure(buckets)
    _merge_periods(buckets, 3)
    _merge_unresolved_months(buckets, 3)

    # another class of people stated on its own is another quantity
    split: dict[tuple, list[dict]] = collections.defaultdict(list)
    # whether both sides are counted is asked of facts and prospects together, so that an
    # announced figure and a reported one name their side alike
    two_sided = collections.defaultdict(list)
    for key, members in buckets.items():
        two_sided[key[:4]].extend(r for r in members if not r.get("_both"))
    for key, members in buckets.items():
        one_way = [r for r in members if not r.get("_both")]
        heads = _whole_heads(one_way)
        sided = _both_sides_counted(two_sided[key[:4]])
        foreigners = _general_foreigners(members)
        wholes = _whole_countries(members)
        scopes = _release_scopes(members)
        wider = _wider_than_the_story_s(members)
        pairs = _sex_and_age_pairs(members)
        civilians = _civilians_apart(one_way)
        for r in members:
            side = _side(r)
            population = (BOTH_SIDES if r.get("_both") else r.get("_nation")
                          or (CIVILIANS if id(r) in civilians else "")
                          or (ALL_HELD if id(r) in wider else "")
                          or scopes.get(float(r["value"]), "")
                          or (side if side and sided else "")
                          or _home_side(r, foreigners) or _not_of_the_whole(r, wholes)
                          or ("" if id(r) in pairs else _population(r, heads)))
            # "four other Georgian citizens" (besides people its sentence names) counts a part
            # whose whole the source leaves unstated: no other source's figure is its rival;
            # so do "three other leaders" beside two people named
            alone = (r["article_id"] if (r["kind"] in kind_registry.subsets()
                                         and _besides_named(r)) or r.get("_beside_names")
                     else "")
            split[key + (population, alone)].append(r)
    _announced_as_done(split)
    _place_unplaced(split)
    _year_only_apart(split)
    days = {key: _split_by_day(split[key]) for key in split}
    _further_on_its_day(days)
    _unresolved_to_earlier_day(days)
    out_groups, out_sources, out_figures = [], [], []
    for key in sorted(days, key=lambda k: tuple(str(x) for x in k)):
        kind, cls, place, when, prospect, population, alone = key
        first_day = min((r["_day"] for r in days[key][0][1] if r["_day"]), default="")
        main_values = [float(r["value"]) for r in days[key][0][1]]
        for day, members in days[key]:
            own_kind = (kind_registry.EARLIER_RELEASE if kind == kind_registry.RELEASED
                        and _separate_earlier(day, first_day, members) else kind)
            own_place = _place_name(spellings.get(place, {}))
            if day == SO_FAR and kind in kind_registry.moving() and main_values \
                    and min(float(r["value"]) for r in members) > max(main_values):
                # "so far 3,135 have been freed" beside this release's 100: a count so far
                # larger than the release counts the earlier ones too, a running total
                own_kind, own_place = kind_registry.EARLIER_RELEASE, None
            g, srcs, figs = _one_group(own_kind, cls, population, own_place,
                                       when or day, prospect, members, outlets, labels, alone)
            out_groups.append(g)
            out_sources.extend(srcs)
            out_figures.extend(figs)
    return _typed(pd.DataFrame(out_groups, columns=GROUP_COLUMNS),
                  pd.DataFrame(out_sources, columns=SOURCE_COLUMNS),
                  pd.DataFrame(out_figures, columns=FIGURE_COLUMNS))


def _typed(groups: pd.DataFrame, sources: pd.DataFrame,
           figures: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """The three frames by name, their closed vocabularies as the schema's categories."""
    return {"claim_groups": categorise("claim_groups", groups),
            "group_sources": categorise("group_sources", sources),
            "group_figures": categorise("group_figures", figures)}


def _announced_as_done(split: dict[tuple, list[dict]]) -> None:
    """"The junta will release 7,012 prisoners" where other sources report 7,012 released: a
    prospect that another source states as done (each figure allows the other: never "could
    free up to 500" beside 58 freed) is the same quantity, announced. It joins the facts when
    its source states no fact of that quantity itself."""
    for key in sorted((k for k in split if k[4] is True), key=lambda k: tuple(str(x) for x in k)):
        twin = key[:4] + (False,) + key[5:]
        facts = split.get(twin)
        if not facts:
            continue
        stated, given = {r["article_id"] for r in facts}, list(facts)
        if key[2] == "":
            # a prospect to no place named beside its source's own fact of a move somewhere
            # ("agreed to deport the 1,200" beside "1,086 were deported" to X): not that fact
            stated |= {r["article_id"] for k, rows in split.items() if k[4] is False
                       and k[2] and (k[0], k[1], k[3]) == key[:2] + key[3:4] for r in rows}
        stay = []
        for r in split[key]:
            if r["article_id"] not in stated and any(
                    o["article_id"] != r["article_id"] and _contains(_interval(o),
                                                                     float(r["value"]))
                    and _contains(_interval(r), float(o["value"])) for o in given):
                facts.append(r)
            else:
                stay.append(r)
        if stay:
            split[key] = stay
        else:
            del split[key]


def _rounds_up_to(r: dict, biggest: float) -> bool:
    """Is the figure a hedge open above that rounds the largest whole ("deported more than
    1,000 Xian detainees" beside 1,086 deported), not a part of it?"""
    low, high = _interval(r)
    return high is None and low is not None and biggest <= OPEN_HEDGE_REACH * max(low, 1.0)


def _place_unplaced(split: dict[tuple, list[dict]]) -> None:
    """A figure of a kind that goes somewhere ("114 were transferred") stated without its
    destination joins the one group of the same quantity with a destination where another
    source gives the same figure ("114 were taken to Ukraine"). Otherwise it stays apart, one
    group per source: transfers to places nobody names are not one quantity to compare;
    only sources giving the very same figure ("318 were flown between the two cities") are
    one group, of that figure."""
    for key in sorted(k for k in split if k[2] == "" and k[0] in kind_registry.with_destination()):
        kind, cls, _, when, prospect, population, _ = key
        rows = split.pop(key)
        sources_of = collections.defaultdict(set)
        for r in rows:
            sources_of[float(r["value"])].add(r["article_id"])
        for r in rows:
            homes = [k for k in split if k[2] and (k[0], k[1], k[3], k[4],
                                                   k[5]) == (kind, cls, when, prospect, population)
                     and any(o["article_id"] != r["article_id"]
                             and float(o["value"]) == float(r["value"])
                             for o in split[k])]
            shared = len(sources_of[float(r["value"])]) > 1
            home = homes[0] if len(homes) == 1 else key[:-1] + (
                f"{SAME_FIGURE}{float(r['value']):g}" if shared else r["article_id"],)
            split.setdefault(home, []).append(r)


def _one_group(kind, cls, population, destination, when, prospect, members, outlets, labels,
               alone=""):
    when = when[1:] if when.startswith("@") else when  # a resolved period ("2024-03")
    ident = (kind, cls, _place_key(destination), when) + (("prospective",) if prospect else ()) \
        + ((population,) if population else ()) + ((alone,) if alone else ())
    gid = "G" + hashlib.sha1(repr(ident).encode()).hexdigest()[:10]
    members = _sum_parts(members)
    heads = _whole_heads(members)
    for r in members:
        r.setdefault("_restricted", _restricted(r, heads))
    # A restricted figure is a part when some source gives a larger whole for the quantity.
    whole_los = [_interval(r)[0] for r in members if not r["_restricted"]]
    biggest = max((lo for lo in whole_los if lo is not None), default=None)
    # ...unless another source gives that very figure as its whole ("the 20 Israeli hostages"
    # beside "20 hostages freed"): then the nationality only describes them. A source's
    # whole is its largest figure ("13 of its members" beside its own 135 is no whole)
    top = collections.defaultdict(float)
    for r in members:
        if not r["_restricted"]:
            top[r["article_id"]] = max(top[r["article_id"]], float(r["value"]))
    whole_of = collections.defaultdict(set)
    for r in members:
        if not r["_restricted"] and float(r["value"]) == top[r["article_id"]]:
            whole_of[float(r["value"])].add(r["article_id"])
    for r in members:
        r["_part"] = bool(r["_restricted"] and biggest is not None and float(r["value"]) < biggest
                          and not whole_of[float(r["value"])] - {r["article_id"]}
                          and not _rounds_up_to(r, biggest))
    by_source: dict[str, list[dict]] = collections.defaultdict(list)
    for r in members:
        by_source[r["article_id"]].append(r)
    sources = []
    for aid in sorted(by_source):
        rs = by_source[aid]
        main, same = _position(rs)
        # the figure's own hedge: "over 4,000" stays open above beside a subhead's "4000"
        lo, hi = _source_interval([r for r in same if _qualifier(r) == _qualifier(main)]
                                  or same)
        rest = [r for r in rs if not any(r is m for m in same)]
        ids = sorted({str(i) for r in rs for i in ([r["claim_id"]]
                                                   if not is_missing(r.get("claim_id"))
                                                   else r.get("part_ids",
                                                              [])) if not is_missing(i)})
        q = _qualifier(main)
        sources.append({
            "group_id": gid, "article_id": aid, "outlet": outlets.get(aid),
            "source": labels.get(aid, aid), "value": float(main["value"]), "low": lo, "high": hi,
            "qualifier": q, "figure": describe_figure(float(main["value"]), q),
            "part": bool(main["_part"]), "summed_parts": bool(main.get("summed")),
            "supports": None,
            "other_values": sorted({float(r["value"]) for r in rest} - {float(main["value"])}),
            "claim_ids": ids, "_vague": main.get("vague") is True,
            # "nearly 300" states a ceiling and no floor: the floor only decides the verdict
            "_below_only": q == "about" and hi is not None and lo is not None and lo < hi
                           and float(hi) == float(main["value"]),
            "_rounded": q == "exact" and _round(float(main["value"])),
        })
    parts = [s for s in sources if s["part"]]
    # a vague figure ("dozens", "hundreds") is shown but decides nothing beside precise ones
    wholes = [s for s in sources if not s["part"] and not s["_vague"]] or \
        [s for s in sources if not s["part"]]
    if len(wholes) == 1:
        verdict = "unique"
    elif _all_overlap([(s["low"], s["high"]) for s in wholes]):
        verdict = "agree"
    else:
        verdict = "conflict"
    status, best, backers = _headline(wholes)
    backing = {id(s) for s in backers}
    for s in wholes:
        s["supports"] = id(s) in backing if status != "disputed" else None
    los = [s["low"] for s in wholes if s["low"] is not None]
    his = [s["high"] for s in wholes if s["high"] is not None]
    if verdict == "conflict":
        lo = min(los) if los else None
        hi = None if any(s["high"] is None for s in wholes) else (max(his) if his else None)
    else:
        lo, hi = (max(los) if los else None), (min(his) if his else None)
    for s in sources:  # shown as stated: the implied bounds only decide the verdict
        if s["_below_only"]:
            s["low"] = None
        if s["_rounded"]:
            s["low"] = s["high"] = s["value"]
    # each distinct figure with the sources giving it, the most given first
    figs: dict[tuple, dict] = {}
    for s in sources:
        f = figs.setdefault((s["part"], s["figure"]), {
            "group_id": gid, "figure": s["figure"], "value": s["value"], "low": s["low"],
            "high": s["high"],
            "qualifier": s["qualifier"], "part": s["part"], "supports": s["supports"],
            "n_sources": 0,
            "sources": [], "article_ids": []})
        f["n_sources"] += 1
        f["sources"].append(s["source"])
        f["article_ids"].append(s["article_id"])
    fig_rows = sorted(figs.values(), key=lambda f: (f["part"], -f["n_sources"], f["value"],
                                                    f["figure"]))
    for f in fig_rows:
        f["sources"] = sorted(f["sources"], key=str.lower)
    group = {
        "group_id": gid, "kind": kind, "counted_class": cls, "population": population or None,
        "destination": destination, "when": when or None, "prospective": prospect,
        "label": group_label(kind, destination, when or None, prospect, population)
        + ((f" ({alone[len(BY_FIGURE):]})" if alone.startswith(BY_FIGURE)
            else f" (destination not given; {alone[len(SAME_FIGURE):]} by several sources)"
            if alone.startswith(SAME_FIGURE)
            else f" (destination not given; {labels.get(alone, alone)})"
            if kind in kind_registry.with_destination()
            else f" (besides people named; {labels.get(alone, alone)})") if alone else ""),
        "n_sources": len(sources), "n_whole": len(wholes), "n_parts": len(parts),
        "verdict": verdict, "status": status,
        "headline": best["value"] if best else None,
        "headline_low": best["low"] if best else None, "headline_high": best["high"] if best
        else None,
        "headline_text": best["figure"] if best else "disputed",
        "n_support": len(backers),
        "answer": _answer(status, best, wholes, parts, fig_rows),
        "low": lo, "high": hi,
        "claim_ids": sorted({i for s in sources for i in s["claim_ids"]}),
    }
    return group, sources, fig_rows


def claim_groups(claims: pd.DataFrame, articles: pd.DataFrame | None = None,
                 events: pd.DataFrame | None = None) -> pd.DataFrame:
    """The ``claim_groups`` frame of :func:`synthesise`."""
    return synthesise(claims, articles, events)["claim_groups"]


__all__ = ["synthesise", "claim_groups", "nationality", "GROUP_COLUMNS", "SOURCE_COLUMNS",
           "FIGURE_COLUMNS"]
