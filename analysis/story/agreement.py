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

import calendar
import collections
import functools
import hashlib
import math
import re

import pandas as pd

from .. import kinds as kind_registry
from ..extraction import cues, numbers
from ..extraction.claims.tokens import singular
from ..extraction.places import country_of, demonym_country, place_stem
from ..schema import categorise, date_label, plain
from .summary import (
    BOTH_SIDES,
    describe_figure,
    group_label,
    is_missing,
    some_names,
    source_labels,
)

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
#: Nouns that turn a demonym into a place ("Ukrainian territory"); never a place alone.
PLACE_WORDS = {"territory", "soil", "side", "border", "land", "capital", "authorities", "frontier",
               "crossing", "checkpoint", "custody"}
# Which kinds are timed, dated, move people, carry a destination or are subsets: the
# registry of kinds (analysis/kinds.py).
#: Head nouns that count the whole population of a story (any other head — journalists,
#: activists, children, opposition figures — is a class within it).
WHOLE_NOUNS = {"prisoner", "detainee", "inmate", "hostage", "captive", "pow", "internee",
               "abductee",
               "convict", "people", "person", "individual", "serviceman", "servicemen", "soldier",
               "troop", "deportee", "migrant", "passenger", "victim", "man", "men",
               "one", "other", "them", "those"}
#: Nouns a release sentence counts that are never people ("both sides released", "in two
#: phases", "on 14 flights", "escorted by two warships"): such a figure is no figure of the
#: answer.
NOT_PEOPLE = {"side", "country", "nation", "phase", "round", "stage", "flight", "plane", "bus",
              "truck", "batch", "day", "week", "month", "year", "hour", "time", "way",
              "ship", "warship", "vessel", "boat", "aircraft", "helicopter", "jet", "car",
              "vehicle", "convoy", "tonne", "ton"}
#: General nouns for the two sides of an exchange: people held by a group, by a state.
SIDES = {"hostages": {"hostage", "captive", "abductee"},
         "prisoners": {"prisoner", "detainee", "inmate", "convict", "internee", "pow"}}
#: Classes of people written in several words: one family each (the key is its name).
CLASS_FAMILIES = {
    "children": {"child", "children", "pupil", "student", "schoolchildren", "schoolgirl",
                 "schoolboy", "kid",
                 "minor", "boy", "girl", "teenager"},
    "journalists": {"journalist", "reporter", "correspondent", "photographer", "cameraman",
                    "blogger"},
    "women": {"woman", "women"},
    "crew": {"crew", "sailor", "seaman", "seamen", "seafarer", "crewman", "crewmen", "fisherman",
             "fishermen"},
    "staff": {"staff", "teacher", "employee", "worker", "aid worker"},
    "activists": {"activist", "campaigner", "dissident", "defender"},
}
#: Words before a class of people that do not name it ("two other opposition figures").
LEADING_WORDS = {"other", "more", "further", "additional", "freed", "released", "remaining", "the",
                 "some",
                 "several", "many", "of", "those", "these", "newly", "also"}
#: The population of one side of a swap told by nationality: "nationals of Armenia".
SIDE_OF = "nationals of "
NATIONALITY_NOUNS = {"citizen", "national", "foreigner", "passport-holder", "subject",
                     "expatriate"}


# --- places ---------------------------------------------------------------------------------

def _place_key(dest) -> str:
    """A comparable key for a destination: capitalised words, demonym endings stripped;
    "" for none, or for a bare place word ("border")."""
    if is_missing(dest) or not str(dest).strip():
        return ""
    words = [w for w in re.findall(r"[\w’'-]+", str(dest)) if w.lower() not in PLACE_WORDS]
    caps = [w for w in words if w[:1].isupper()] or words
    return " ".join(place_stem(w) for w in caps)


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


def _destination(dest) -> str | None:
    """The place a destination names: its country when known ("Riyadh" → Saudi Arabia), the
    phrase when it names a place ("Ukrainian territory"); None for what names no place
    ("their embassies", "the border")."""
    if is_missing(dest) or not str(dest).strip():
        return None
    country = country_of(dest)
    if country:
        return country
    words = [w for w in re.findall(r"[\w’'-]+", str(dest)) if w.lower() not in PLACE_WORDS]
    named = {demonym_country(w) for w in words} - {None}
    if len(named) == 1:  # "Polish soil", "Ukrainian territory"
        return named.pop()
    caps = [w for w in words if w[:1].isupper()]
    for n in range(len(caps), 0, -1):
        country = country_of(" ".join(caps[:n]))
        if country:  # "Doha International Airport": the country of the city it is named for
            return country
    return str(dest) if caps else None


def _place_clusters(rows: list[dict]) -> dict[str, str]:
    """Place key → the key of its cluster (keys that name the same place)."""
    keys = sorted({r["_key"] for r in rows})
    canon: dict[str, str] = {}
    heads: dict[str, list[str]] = collections.defaultdict(list)
    for k in sorted(keys, key=lambda k: (len(k), k)):
        canon[k] = next((c for c in heads.get(k[:4], ()) if len(k) >= 4 and _same_place(c, k)), k)
        if canon[k] == k:
            heads[k[:4]].append(k)
    return canon


def _place_name(spellings: dict[str, int]) -> str | None:
    """A place's own name before "Cypriot soil"; then the most used, then the shortest."""
    if not spellings:
        return None

    def rank(kv):
        generic = any(w.lower() in PLACE_WORDS for w in re.findall(r"\w+", kv[0]))
        return (generic, -kv[1], len(kv[0]), kv[0])
    return sorted(spellings.items(), key=rank)[0][0]


# --- what a claim counts ----------------------------------------------------------------------

def _words(counted) -> list[str]:
    return re.findall(r"[A-Za-zÀ-ÿ’'-]+", "" if is_missing(counted) else str(counted))


def _head(counted) -> str:
    """The head noun of a counted phrase, singular: "political prisoners" → "prisoner",
    "prisoners of war" → "prisoner"."""
    words = _words(str(counted).split(" of ")[0] if not is_missing(counted) else "")
    if not words:
        return ""
    w = words[-1].lower()
    if w in ("member", "members") and len(words) > 1:  # "crew members", "staff members"
        w = words[-2].lower()
    return singular(w, keep_men=True)


def nationality(counted) -> bool:
    """Whether a counted phrase names people by nationality: "freed Belarusians", "Ukrainian
    citizens", "foreign nationals"."""
    for w in _words(counted):
        low = w.lower()
        if low.rstrip("s") in NATIONALITY_NOUNS or low in NATIONALITY_NOUNS:
            return True
        if w[:1].isupper() and _is_demonym(w):
            return True
    return False


def _named_nationality(counted) -> bool:
    """Whether a counted phrase names one nationality ("Americans", "British nationals") or
    the citizens of one country ("four citizens", "citizens of COUNTRY"), not foreigners in
    general ("foreign nationals", "foreigners", "foreign citizens")."""
    words = _words(counted)
    low = [w.lower() for w in words]
    if any(w in ("citizen", "citizens") for w in low) and not any(w in cues.FOREIGN_MODIFIERS
                                                                  for w in low):
        return True
    return any(w[:1].isupper() and _is_demonym(w) for w in words)


def _is_demonym(word: str) -> bool:
    return demonym_country(word) is not None


def _restricted(r: dict, whole_heads: set[str]) -> bool:
    """A claim counting a subset of its quantity's people: a partitive ("47 of the men freed",
    "including 40 journalists"), one nationality ("104 of the freed Belarusians") or, in an
    event (a release, a transfer), one class of the people it moved ("709 Houthi fighters")."""
    if r["kind"] in kind_registry.subsets():
        # one named nationality among foreigners counted in general ("two Americans" of ten)
        return _named_nationality(r.get("counted"))
    if r.get("subset") is True or (nationality(r.get("counted")) and not r.get("_story_nation")):
        return True
    # a class among people counted in general ("709 fighters" of 875 detainees freed)
    return (r["kind"] in kind_registry.moving() and whole_heads is WHOLE_NOUNS
            and bool(_class_of(r, whole_heads)))


def _family(head: str) -> str:
    """A class of people under one name: "pupils", "schoolchildren" and "children" are one
    class; "reporters" and "journalists" another."""
    return next((name for name, members in CLASS_FAMILIES.items() if head in members), head)


def _class_of(r: dict, whole_heads: set[str]) -> str:
    """The class of people a claim counts when it is not the quantity's whole population
    ("journalists", "children", "opposition figures"); "" otherwise, and for nouns that are
    not people ("sides", "flights")."""
    head = _head(r.get("counted"))
    if not head or head in whole_heads or _family(head) in whole_heads:
        return ""
    if head in CLASS_FAMILIES or _family(head) != head:
        return _family(head)
    if not _people_head(r):
        return ""
    words = [w.lower() for w in _words(str(r.get("counted")).split(" of ")[0])]
    while len(words) > 1 and words[0] in LEADING_WORDS:
        words = words[1:]
    return " ".join(words[-3:]) if words else head


def _side(r: dict) -> str:
    """Which side of an exchange a claim counts: "hostages" (held by a group) or "prisoners"
    (held by a state), as :func:`_mark_sides` found it, else by its noun; "" for none."""
    return r["_side"] if "_side" in r else _noun_side(r)


def _noun_side(r: dict) -> str:
    """The side a general noun names ("hostages", "prisoners"); "" for any other noun."""
    head = _head(r.get("counted"))
    return next((side for side, nouns in SIDES.items() if head in nouns), "")


#: After a figure: where its people are or were held, and by whom ("detained in Chadian
#: jails", "freed from Chadian captivity"): (preposition, holder, place of holding).
_HELD_BY = re.compile(r"\b(in|from)\s+(?:the\s+)?([A-Z][\w-]+)\s+(captivity|custody|prisons?|"
                      r"jails?|detention)\b")


def _mark_sides(rows: list[dict]) -> None:
    """The side of an exchange each claim counts (``_side``): by its noun; else by its
    nationality where the story names that nationality with one side's noun only ("Chadian
    hostages" and "Sudanese prisoners": "13 Chadians" are hostages, "the 90 Sudanese"
    prisoners); else "prisoners" for people held in a state's jails."""
    seen = collections.defaultdict(set)
    for r in rows:
        nation, side = _nation_of(r), _noun_side(r)
        if nation and side:
            seen[nation].add(side)
    by_nation = {n: next(iter(sides)) for n, sides in seen.items() if len(sides) == 1}
    for r in rows:
        around = _around(r)
        # where the figure's own people are held, not the next figure's ("11 foreigners, in
        # exchange for 39 women held in Chadian jails")
        after = around[1] if around else ""
        later = numbers.find_numbers(after)
        held = _HELD_BY.search(after[:later[0].start] if later else after) if around else None
        r["_side"] = (_noun_side(r) or by_nation.get(_nation_of(r), "")
                      or ("prisoners" if held and held.group(3).startswith(("jail", "prison"))
                          else "") or (_side_named_before(around[0]) if around and
                                       r.get("subset") is True else ""))


def _side_named_before(before: str) -> str:
    """The one side a part's sentence names before it ("the released detainees included 40
    women": prisoners); "" for none or both."""
    named = {side for w in _words(before) for side, nouns in SIDES.items()
             if singular(w.lower(), keep_men=True) in nouns}
    return named.pop() if len(named) == 1 else ""


def _both_sides_counted(members: list[dict]) -> bool:
    """Whether a quantity's figures count both sides of an exchange ("20 hostages" and
    "600 Sudanese prisoners" released): then each side is its own quantity, named. Two
    nouns for people of one nationality ("120 Chadian captives", "120 Chadian prisoners")
    name one side (a stray noun for one of the other side's people does not)."""
    nations = {side: {_nation_of(r) for r in members if _side(r) == side} for side in SIDES}
    if not all(nations.values()):
        return False
    named = [found - {""} for found in nations.values()]
    return not (named[0] and named[0] == named[1])  # the same people under two nouns


def _people_head(r: dict) -> bool:
    """Whether a claim's counted noun names people (or there is none: "57 were freed"); not
    "sides" or "flights", which a figure of a people kind can still be read with."""
    head = _head(r.get("counted"))
    return (not head or head in WHOLE_NOUNS or _family(head) != head or head in cues.PEOPLE_NOUNS
            or head.endswith(cues.PEOPLE_SUFFIXES) or (head + "s").endswith(cues.PEOPLE_SUFFIXES)
            or nationality(r.get("counted")))


def _population(r: dict, whole_heads: set[str]) -> str:
    """A class of people counted on its own in a state ("at least 9 journalists remain
    jailed" beside 150 political prisoners held) is another quantity; so is one beside
    another class in an event ("4 teachers" beside "87 pupils" freed). In an event counted in
    general ("875 detainees freed") a class is a part of the people moved. "" for the whole
    population."""
    if (r["kind"] in kind_registry.subsets() or r.get("subset") is True
        or nationality(r.get("counted"))):
        return ""
    if r["kind"] in kind_registry.moving() and whole_heads is WHOLE_NOUNS:
        return ""  # a part of the people moved (see _restricted)
    return _class_of(r, whole_heads) or (_wider_scope(r) if r["kind"] == kind_registry.REMAINING
                                         else "")


#: After a count held: a scope wider than the story's ("300 hostages across the north-west").
_SCOPE = re.compile(r"^\s*(?:[\w-]+\s+){0,4}?((?:across|throughout)\s+(?:the\s+)?"
                    r"(?!the\b|country\b|nation\b)[\w-]+|worldwide)\b", re.I)


def _wider_scope(r: dict) -> str:
    """ "as many as 300 hostages across the north-west": people held in a wider region than
    the story's, another quantity named by its scope; "" otherwise. The whole country is
    left alone: a national story's count held is already that ("across the country")."""
    around = _around(r)
    m = _SCOPE.match(around[1]) if around else None
    return " ".join(m.group(1).lower().split()) if m else ""


def _around(r: dict) -> tuple[str, str] | None:
    """The words of a claim's sentence before and after its figure, found by its expression
    (a claim's ``start`` is the article's offset, not the sentence's); None if not found."""
    sent, expr = str(r.get("sentence") or ""), str(r.get("expression") or "")
    start = sent.find(expr) if expr else -1
    if start >= 0 and sent.find(expr, start + 1) >= 0:
        # the figure twice ("freed 150 Sudanese ... released 150 Chadians"): the one before
        # the claim's own noun
        head = _head(r.get("counted"))
        at = [m.start() for m in re.finditer(re.escape(expr), sent)]
        start = next((a for a in at if head and head in sent[a + len(expr):a + len(expr)
                                                             + 40].lower()), start)
    return (sent[:start], sent[start + len(expr):]) if start >= 0 else None


def _whole_heads(members: list[dict]) -> set[str]:
    """The nouns that count a quantity's whole population: the general ones ("prisoners",
    "people"), and the one most of its sources use unless a general one is as common
    ("sailors" in a story of a ship's crew)."""
    reach, biggest = collections.Counter(), collections.defaultdict(float)
    for r in members:
        if nationality(r.get("counted")) or r.get("subset") is True:
            continue
        head = _family(_head(r.get("counted")))
        if head:
            biggest[head] = max(biggest[head], float(r["value"]))
    for head, _aid in {(_family(_head(r.get("counted"))), r["article_id"]) for r in members
                      if not nationality(r.get("counted")) and r.get("subset") is not True}:
        if head:
            reach[head] += 1
    most = max(reach.values(), default=0)
    top = {h for h, n in reach.items() if n == most}
    if top & WHOLE_NOUNS:
        return WHOLE_NOUNS
    # classes as common as each other: the one counting more people is the whole
    return WHOLE_NOUNS | {max(top, key=lambda h: (biggest[h], h))} if top else WHOLE_NOUNS


# --- intervals ----------------------------------------------------------------------------------

#: A round figure stated without a hedge ("7,000 prisoners") is read as rounded: it allows a
#: precise figure within this share of it ("7,012"), never a different round one.
ROUNDING = 0.01


def _round(v: float) -> bool:
    """A figure in whole thousands ("7,000", "12,000"): how a rounded count is written."""
    return v >= 1000 and v % 1000 == 0


def _interval(r: dict) -> tuple[float | None, float | None]:
    """A claim's bounds: its own ``low``/``high``, else its hedge's (``numbers.interval``);
    a round figure stated exactly allows ``ROUNDING`` either side."""
    lo = None if is_missing(r.get("low")) else float(r["low"])
    hi = None if is_missing(r.get("high")) else float(r["high"])
    if lo is None and hi is None and not is_missing(r.get("value")):
        q = r.get("qualifier")
        lo, hi = numbers.interval(float(r["value"]), "exact" if is_missing(q) else str(q))
    if lo is not None and lo == hi and _round(lo) and _bare(r):
        return lo * (1 - ROUNDING), hi * (1 + ROUNDING)
    return lo, hi


def _contains(iv, v: float) -> bool:
    lo, hi = iv
    return (lo is None or lo <= v) and (hi is None or v <= hi)


def _overlap(a, b) -> bool:
    lo = max((x for x in (a[0], b[0]) if x is not None), default=-math.inf)
    hi = min((x for x in (a[1], b[1]) if x is not None), default=math.inf)
    return lo <= hi


def _all_overlap(ivs) -> bool:
    """Whether every two intervals overlap (``None`` is unbounded): on a line, exactly when
    the highest low is at most the lowest high."""
    lo = max((x for x, _ in ivs if x is not None), default=-math.inf)
    hi = min((x for _, x in ivs if x is not None), default=math.inf)
    return lo <= hi


# --- rows into groups
# ------------------------------------------------------------------------------

FURTHER_BATCH = "a further batch"
IN_ALL = "all releases together"


def _when_key(kind, when) -> str:
    if when == FURTHER_BATCH:
        return FURTHER_BATCH
    if kind not in kind_registry.timed() or is_missing(when):
        return ""
    return " ".join(w for w in re.findall(r"\w+", str(when).lower())
                    if w not in {"in", "on", "since", "during", "by", "the", "of"})


def _dated_sentences(events: pd.DataFrame | None,
                     statements: bool = False) -> dict[tuple, list[tuple[str, str, str]]]:
    """(article_id, sentence) → [(time phrase, period, precision)] of the sentence's dated
    events in text order, statements left out unless asked for; the period at the event's
    precision ("2024", "2024-03", "2024-03-09")."""
    if events is None or events.empty or not {"article_id", "sentence", "date",
                                              "precision"} <= set(events.columns):
        return {}
    ev = events.sort_values(["article_id", "start"],
                            kind="stable") if "start" in events.columns else events
    cats = ev["category"] if "category" in ev.columns else [None] * len(ev)
    exprs = ev["expression"] if "expression" in ev.columns else [""] * len(ev)
    out: dict[tuple, list[tuple[str, str, str]]] = collections.defaultdict(list)
    for aid, sent, date, prec, expr, cat in zip(ev["article_id"], ev["sentence"], ev["date"],
                                                ev["precision"],
                                                exprs, cats):
        label = "" if is_missing(date) or (str(cat) == "statement" and not statements) \
            else date_label(date, prec)
        if label:
            out[(aid, sent)].append((" ".join(str(expr).lower().split()), label, str(prec)))
    return out


def _day_of(r: dict, dated: dict) -> str:
    """The day a claim's sentence dates: its first event given to the day."""
    return next((label for _, label, prec in dated.get((r["article_id"], r["sentence"]),
                                                       ()) if prec == "day"), "")


def _period_of(r: dict, dated: dict) -> str:
    """The period a claim's own time phrase resolves to ("in March" → "2026-03"): the event
    of its sentence written with the same words, else the sentence's only dated event."""
    found = dated.get((r["article_id"], r["sentence"]), [])
    when = " ".join(str(r.get("when") or "").lower().split())
    same = sorted({label for expr, label, _ in found if when and expr == when})
    if len(same) == 1:
        return same[0]
    labels = sorted({label for _, label, _ in found})
    return labels[0] if len(labels) == 1 else ""


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


def _reference_dates(articles: pd.DataFrame | None) -> dict[str, str]:
    """article_id → the day its relative dates resolve against ("2023-12-13"), where known."""
    if articles is None or articles.empty:
        return {}
    col = next((c for c in ("reference_date", "published") if c in articles.columns), None)
    if col is None:
        return {}
    return {str(a): str(pd.Timestamp(d).date()) for a, d in zip(articles["article_id"],
                                                                 articles[col])
            if not is_missing(d)}


#: How long before its article a release it dates by day and year is another, earlier one.
LONG_BEFORE_DAYS = 180


def _dated_long_before(r: dict, reference: dict[str, str]) -> bool:
    """ "as happened on February 9, 2023 with 222 released prisoners" in an article of
    September 2024: a release its sentence dates, with the year, half a year or more before
    the article's own day is an earlier release, not the story's."""
    day, ref = r.get("_day") or "", reference.get(r["article_id"], "")
    if len(day) != 10 or len(ref) != 10 or not re.search(r"\b(?:19|20)\d\d\b",
                                                          str(r.get("when") or "")):
        return False
    gap = pd.Timestamp(ref) - pd.Timestamp(day)
    return gap.days >= LONG_BEFORE_DAYS


def _count_as_of(r: dict, said_when: dict, reference: dict[str, str]) -> str:
    """A count of people held "in November", before the article's own month: the count as of
    then ("@2023-11"), another quantity than the count held now; "" otherwise."""
    if is_missing(r.get("when")) or r["article_id"] not in reference:
        return ""
    period = _period_of(r, said_when)
    ref = reference[r["article_id"]]
    if not period or len(period) < 7:  # a year alone ("in 2023") can be this year's count
        return ""
    return "@" + period if period < ref[:len(period)] else ""


BEFORE_RELEASE = "before the release"
#: A count held stated as of earlier ("officials have previously acknowledged that at least
#: seven were being held"): the count before this story's release.
EARLIER_WORDS = {"previously", "earlier", "formerly", "before", "at the time"}
# "were kept in captivity until the latest handover", "had been held before their release"
_UNTIL_RELEASE = re.compile(r"\b(?:until|before|prior\s+to)\s+"
                            r"(?:the|their|this|its|[A-Z]\w+(?:'s|’s))\s+(?:\w+\s+){0,2}?"
                            r"(?:release|development|handover|hand-over|freeing|exchange|swap|"
                            r"rescue)\b", re.I)
# a present-tense count ("leaving 40 who remain held", "leaving 40 still in captivity"): the
# count now, whatever came before
_HELD_NOW = re.compile(r"\b(?:remains?|are|is)\s+(?:still\s+)?(?:being\s+)?"
                       r"(?:held|in\s+captivity|captive|missing|detained)\b|\bstill\b", re.I)


def _before_the_release(r: dict, escapes: set[tuple[str, str]]) -> bool:
    """A count of people held as it stood before this story's release: stated "until the
    latest handover" or "before the release", or what an earlier release or escape left
    in the same sentence ("50 escaped at once, leaving 300 in captivity")."""
    sent = str(r.get("sentence") or "")
    if _UNTIL_RELEASE.search(sent) or str(r.get("when") or "").lower() in EARLIER_WORDS:
        return True
    return (r["article_id"], sent) in escapes and not _HELD_NOW.search(sent)


def _held_before_by_figure(buckets: dict[tuple, list[dict]]) -> None:
    """"210 remained missing" where other sources tell the same 210 as held before the
    release ("leaving 210 in captivity" after the escapes, "until the latest release") and
    none as held now: the count as of then too, not a rival of the 130 held now."""
    for key in [k for k in buckets if k[0] == kind_registry.REMAINING and k[3] == ""]:
        before = buckets.get(key[:3] + (BEFORE_RELEASE,) + key[4:], [])
        for r in list(buckets[key]):
            value, aid = float(r["value"]), r["article_id"]
            then = {x["article_id"] for x in before if float(x["value"]) == value} - {aid}
            now = {x["article_id"] for x in buckets[key]
                   if float(x["value"]) == value} - {aid}
            if then and not now:
                buckets[key].remove(r)
                buckets[key[:3] + (BEFORE_RELEASE,) + key[4:]].append(r)
        if not buckets[key]:
            del buckets[key]


def _merge_periods(buckets: dict[tuple, list[dict]], at: int) -> None:
    """Groups of a timed kind told apart only by periods one of which holds the other ("2024"
    and "2024-03": "earlier this year" and "in March") are one group, when the wider period
    holds exactly one narrower one."""
    keys = sorted(buckets, key=lambda k: tuple(str(x) for x in k))
    for wide in keys:
        period = wide[at]
        if not period.startswith("@") or wide not in buckets:
            continue
        inside = [k for k in keys if k in buckets and k != wide
                  and k[:at] + k[at + 1:] == wide[:at] + wide[at + 1:]
                  and k[at].startswith(period) and len(k[at]) > len(period)]
        if len(inside) == 1:
            buckets[inside[0]].extend(buckets.pop(wide))


_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}


def _unresolved_period(when: str) -> str | None:
    r"""A pattern of the periods an unresolved time phrase of one month (and day) can mean:
    "march 3 last year" → r"\d{4}-03-03", "november" → r"\d{4}-11"; None for others."""
    words = str(when).split()
    months = [_MONTHS[w] for w in words if w in _MONTHS]
    days = [int(w) for w in words if w.isdigit() and 1 <= int(w) <= 31]
    if str(when).startswith("@") or len(months) != 1 or len(days) > 1 or any(
            w.isdigit() and int(w) > 31 for w in words):
        return None
    return r"\d{4}-%02d" % months[0] + (r"-%02d" % days[0] if days else "")


def _unresolved_to_earlier_day(days: dict[tuple, list[tuple[str, list[dict]]]]) -> None:
    """An earlier release "on March 3 last year" in an undated article joins the one earlier
    release another source dates to a March 3, split off the main release by its day."""
    for key in sorted(days, key=lambda k: tuple(str(x) for x in k)):
        period = _unresolved_period(key[3]) if key[0] == kind_registry.EARLIER_RELEASE else None
        if period is None or key not in days:
            continue
        homes = []
        for other, runs in days.items():
            if other[0] != kind_registry.RELEASED or other[1:3] + other[4:] != key[1:3] + key[4:]:
                continue
            first_day = min((r["_day"] for r in runs[0][1] if r["_day"]), default="")
            homes += [members for day, members in runs if re.fullmatch(period, day)
                      and _separate_earlier(day, first_day, members)]
        if len(homes) == 1:
            for _, members in days.pop(key):
                homes[0].extend(members)


def _merge_unresolved_months(buckets: dict[tuple, list[dict]], at: int) -> None:
    """A release "in November" (or "on March 3 last year") in an article with no date of its
    own joins the one group of the same quantity whose period is a November ("2021-11", or
    the 26th of a May), rather than standing apart."""
    keys = sorted(buckets, key=lambda k: tuple(str(x) for x in k))
    for loose in keys:
        period = _unresolved_period(loose[at])
        if period is None:
            continue
        homes = [k for k in keys if k in buckets and k != loose
                 and k[:at] + k[at + 1:] == loose[:at] + loose[at + 1:]
                 and re.fullmatch("@" + period, str(k[at]))]
        if len(homes) == 1:
            buckets[homes[0]].extend(buckets.pop(loose))


_FURTHER = re.compile(r"\b(?:a\s+further|another|an\s+additional|additional|"
                      r"a\s+new\s+group\s+of)\s+$", re.I)


def _further(r: dict) -> bool:
    """A figure of a second batch: "a further 17 were freed", "another 12", "17 more"."""
    if re.search(r"\b(?:further|additional)\b", str(r.get("counted") or ""), re.I):
        return True
    sent, expr = str(r.get("sentence") or ""), str(r.get("expression") or "")
    if not expr:
        return False
    for m in re.finditer(re.escape(expr), sent):
        if _FURTHER.search(sent[:m.start()]) or re.match(r"\s+more\b", sent[m.end():], re.I):
            return True
    return False


_EXCHANGE = r"(?:prisoner\s+|hostage\s+)?(?:swap|exchange|trade)s?"
#: Before the figure: "a swap (on Wednesday) involving almost 300 …".
_INVOLVING = re.compile(rf"\b{_EXCHANGE}\b(?!\s+for\b)(?:[\s,]+[\w'-]+){{0,12}}?[\s,]+(?:that\s+|"
                        r"which\s+)?involv(?:ing|ed)\s+"
                        r"(?:[a-z-]+\s+){0,2}$", re.I)
#: After the figure: "… 300 people involved in the prisoner swap".
_INVOLVED_IN = re.compile(r"^\s*(?:[\w'-]+[\s,]+){0,12}?(?:(?:were|was|are|have\s+been|"
                          r"had\s+been)\s+)?(?:involved|taking\s+part|exchanged|"
                          r"swapped)\s+in\s+"
                          r"(?:the|a|an|this|that|last|"
                          rf"[\w'-]+'s)?\s*(?:[\w-]+\s+){{0,2}}{_EXCHANGE}\b", re.I)
#: "… 95 prisoners each": a figure per side, not both.
_EACH = re.compile(r"^\s*(?:[\w-]+\s+){0,3}?each\b", re.I)


def _exchange_total(r: dict) -> bool:
    """Whether a figure counts the people of an exchange in both directions ("a swap
    involving almost 300 people", "one of 300 people involved in the swap") rather than the
    people one side freed: another quantity."""
    around = _around(r)
    if around is None:
        return False
    pre, post = around
    if _EACH.match(post) or _SWAPPED_FOR.match(post):
        return False  # "95 prisoners each", "12 Chileans who were swapped for 18": one side
    # "A and B exchanged 390 prisoners" is not read as both ways: in published reports it is
    # as often one side's count ("each")
    return bool(_INVOLVING.search(pre) or _INVOLVED_IN.match(post))


#: After the figure: "390 prisoners each", "1,000 from each side" (not "10 in each phase").
_EACH_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,2}?(?:each\b(?!\s+(?:phase|round|stage|day|week|"
                         r"batch|time))|(?:from|on|for)\s+(?:each|either|both)\s+sides?\b|"
                         r"per\s+side\b)", re.I)
#: Before the figure: "Russia and Ukraine each released 390", "each side freed 90".
_EACH_BEFORE = re.compile(r"\beach(?:\s+side|\s+country)?\s+(?:[\w-]+\s+){0,2}$", re.I)


def _per_side(r: dict) -> bool:
    """A figure stated for each side of an exchange: "390 prisoners each", "1,000 from each
    side", "the two countries each released 390"."""
    around = _around(r)
    return around is not None and bool(_EACH_AFTER.match(around[1])
                                       or _EACH_BEFORE.search(around[0]))


_MOVED_WORDS = re.compile(r"\b(?:freed|released|returned|exchanged|swapped|repatriated|"
                          r"handed|transferred|pardoned|who\s+(?:were|have|had))\b", re.I)


def _wholes_of_a_release(rows: list[dict]) -> None:
    """"Freed 40 of the 65 political prisoners", "Of the 65 hostages, 40 were freed": the 65
    are the people held before the release, not a figure of it."""
    for (_, sent), members in _by_sentence(rows).items():
        freed = [r for r in members if r["kind"] in kind_registry.moving() and r.get("expression")]
        for whole in members:
            expr = str(whole.get("expression") or "")
            if not expr or whole["kind"] not in kind_registry.moving():
                continue
            of_whole = r"\bof\s+(?:the|these|those|its|their)\s+" + re.escape(expr) + r"\b"
            m = re.search(of_whole, sent, re.I)
            if m is None or _MOVED_WORDS.search(sent[m.end():m.end() + 60].split(",")[0]):
                continue  # "75 of the 248 soldiers who returned": a part of those freed
            if any(part is not whole and float(part["value"]) < float(whole["value"]) and (
                    re.search(re.escape(str(part["expression"])) + r"\s+" + of_whole, sent)
                    or (re.match(r"\W*" + of_whole, sent, re.I)
                        and sent.find(str(part["expression"]), len(expr)) > 0))
                   for part in freed):
                whole["kind"] = kind_registry.REMAINING
                whole["when"] = BEFORE_RELEASE


def _totals_of_two_sides(rows: list[dict]) -> None:
    """Where sources state a figure for each side ("each released 390"), a release figure of
    about twice it ("nearly 800 people", "2,000 people - 1,000 from each side") counts both
    sides together: the exchange's total, its own quantity, never a rival of one side's."""
    per_side = collections.defaultdict(set)
    for r in rows:
        if r["kind"] == kind_registry.RELEASED and _per_side(r):
            per_side[r.get("prospective") is True].add(float(r["value"]))
    for r in rows:
        sides = per_side.get(r.get("prospective") is True, set())
        if r["kind"] != kind_registry.RELEASED or r["_both"] or not sides or _per_side(r):
            continue
        iv = _interval(r)
        if any(float(r["value"]) != v and _contains(iv, 2 * v) for v in sides):
            r["_both"] = True


def _restated_totals(rows: list[dict]) -> None:
    """An article that counts the exchange both ways once ("a swap involving about 300")
    means the same when it repeats that figure for a release ("about 300 were freed"):
    both sides, not a rival of one side's count."""
    totals = {(r["article_id"], float(r["value"])) for r in rows if r["_both"]}
    for r in rows:
        if r["kind"] == kind_registry.RELEASED and not r["_both"] and (
                r["article_id"], float(r["value"])) in totals:
            r["_both"] = True


def _split_by_day(members: list[dict]) -> list[tuple[str, list[dict]]]:
    """A group of a dated kind split by the days its claims give: days two or more apart are
    different releases, unless the other day's figures are the main release's own (a date
    read wrong). An undated claim joins the other day whose figure it repeats ("nine hostages
    are free" beside "freed nine on Friday"), else the day most sources give. Returns (day or
    "", rows) with the main release first, as "". A count of a release under way ("so far
    30 have been freed") is a quantity of its own when its figure is not the main release's.
    """
    tally = [r for r in members if _so_far(r)]
    rest = [r for r in members if not _so_far(r)]
    out = _split_rest_by_day(rest)
    main_values = {float(r["value"]) for r in out[0][1]}
    if tally and rest and not main_values & {float(r["value"]) for r in tally}:
        out.append((SO_FAR, tally))  # "so far 30 have been freed" of 500 to come
    else:
        out[0][1].extend(tally)
    return out


#: Words that make a release one stage of a release told in stages ("the first group of
#: 17", "a second batch", "bringing the total to 26").
_STAGE = re.compile(r"\b(?:first|second|third|initial|batch|stage|phase|round|wave|further|"
                    r"remaining|in\s+all|total|so\s+far)\b", re.I)


def _separate_earlier(day: str, first_day: str, members: list[dict]) -> bool:
    """Whether a release on ``day``, split off a story's main release (which starts on
    ``first_day``), happened before it and no source tells it as a stage of it: another,
    earlier release ("14 wounded were freed on Monday" before "125 freed on Wednesday")."""
    return bool(day and first_day and len(day) == 10 and day < first_day) and not any(
        _STAGE.search(str(r.get("sentence") or "")) for r in members)


def _most_given(rows: list[dict], at_least: int = 0) -> set[float]:
    """The figures the most sources among ``rows`` give (none if that is fewer than
    ``at_least`` sources)."""
    reach = collections.defaultdict(set)
    for r in rows:
        reach[float(r["value"])].add(str(r["article_id"]))
    most = max((len(ids) for ids in reach.values()), default=0)
    return {v for v, ids in reach.items() if len(ids) == most >= at_least}


def _release_figures(rows: list[dict]) -> set[float]:
    """The release's figure: the released figures (not prospects) the most sources give, two
    sources at least; a tie gives several."""
    return _most_given([r for r in rows if r["kind"] == kind_registry.RELEASED
                        and r.get("prospective") is not True], at_least=2)


SO_FAR = "so far"
#: Two exact figures of one source this close (a share of the larger) are a recount, not a
#: whole and its part.
NEAR = 0.05
# "so far", "to date", "By Thursday, ... had freed", "in the last two days"
_SO_FAR = re.compile(r"\b(?:so\s+far|to\s+date|thus\s+far)\b|^\W*by\s+(?:\w+day|now|then)\b|"
                     r"\bin\s+the\s+(?:past|last|first)\s+(?:\w+\s+)?(?:days|hours|weeks)\b",
                     re.I)


def _so_far(r: dict) -> bool:
    """A count of a release under way ("so far more than 20 people have been released")."""
    return r["kind"] in kind_registry.dated() and bool(_SO_FAR.search(str(r.get("sentence")
                                                                          or "")))


def _split_rest_by_day(members: list[dict]) -> list[tuple[str, list[dict]]]:
    """The split by day of the figures that are not counts so far."""
    dated = sorted({r["_day"] for r in members if r["_day"]})
    if len(dated) < 2:
        return [("", members)]
    clusters: list[list[str]] = []
    for d in dated:
        if clusters and (pd.Timestamp(d) - pd.Timestamp(clusters[-1][-1])).days <= 1:
            clusters[-1].append(d)
        else:
            clusters.append([d])
    if len(clusters) < 2:
        return [("", members)]
    # a day's reach counts the sources that date its figures and those that repeat them undated
    undated = [r for r in members if not r["_day"]]
    day_rows = [[r for r in members if r["_day"] in c] for c in clusters]
    reach = [len({str(r["article_id"]) for r in rows}
                 | {str(r["article_id"]) for r in undated
                    if float(r["value"]) in {float(o["value"]) for o in rows}})
             for rows in day_rows]
    main = max(range(len(clusters)), key=lambda i: (reach[i], -i))
    main_rows = list(day_rows[main])
    main_values = {float(r["value"]) for r in main_rows}
    core = _most_given(main_rows + [r for r in undated if float(r["value"]) in main_values])
    out = [("", main_rows)]
    others: list[tuple[set[float], list[dict]]] = []
    for i, c in enumerate(clusters):
        if i == main:
            continue
        rows = day_rows[i]
        if _most_given(rows) & core:
            main_rows.extend(rows)  # the main release's figure on another day: a date read wrong
        else:
            out.append((c[0], rows))
            others.append(({float(r["value"]) for r in rows}, rows))
    combined: list[dict] = []
    for r in members:
        if r["_day"]:
            continue
        value = float(r["value"])
        homes = [rows for values, rows in others if value in values]
        if len(homes) == 1 and value not in main_values:
            homes[0].append(r)
        elif not homes and value not in main_values and any(
                value - m in values for m in main_values for values, _ in others):
            combined.append(r)  # "26 freed in five days": this release and the other together
        else:
            main_rows.append(r)
    if combined:
        out.append((IN_ALL, combined))
    return out


def _further_on_its_day(days: dict[tuple, list[tuple[str, list[dict]]]]) -> None:
    """"A further 9 freed" joins the release of the one other day the same quantity has
    ("freed nine on Friday"), rather than standing as a batch of its own."""
    for key in [k for k in days if k[3] == FURTHER_BATCH]:
        sibling = key[:3] + ("",) + key[4:]
        later = [rows for day, rows in days.get(sibling, []) if day and day != IN_ALL]
        if len(later) == 1:
            later[0].extend(r for _, rows in days.pop(key) for r in rows)


def _nationals_freed(rows: list[dict], copies: list[dict]) -> list[dict]:
    """"Iran freed five Americans": a count of one nationality freed is foreigners counted and
    also a figure of the release: a copy as released, a part of it where a source gives a
    larger whole, else that source's figure for it (a swap told by nationality)."""
    copied = {id(c["_of"]) for c in copies}
    out = list(copies)
    for r in rows:
        if (r["kind"] == kind_registry.FOREIGN_NATIONALS and not r["_key"] and id(r) not in copied
                and _named_nationality(r.get("counted")) and r.get("prospective") is not True
                and not _besides_named(r)):
            out.append({**r, "kind": kind_registry.RELEASED, "_of": r})
    return out


def _freed_and_moved(rows: list[dict]) -> list[dict]:
    """"Five landed in X after being released": a transfer whose clause says its people were
    freed is also that source's figure of the release: a copy as released, with no place."""
    return [{**r, "kind": kind_registry.RELEASED, "destination": None, "_country": None,
             "_key": "", "freed": False, "_of": r}
            for r in rows if r["kind"] == kind_registry.TRANSFERRED and r.get("freed") is True]


def _handed_over_unplaced(rows: list[dict]) -> list[dict]:
    """"The army handed over the 31 pupils to the governor": a handover to no place that
    gives the figure most sources give for the release (and no source for a transfer to a
    place) is that source's figure of the release, not a transfer of its own: a copy as
    released, which the caller puts in the handover's place."""
    facts = [r for r in rows if r.get("prospective") is not True]
    placed = {float(r["value"]) for r in facts
              if r["kind"] == kind_registry.TRANSFERRED and r["_key"]}
    main = _release_figures(facts)
    return [{**r, "kind": kind_registry.RELEASED, "_of": r} for r in facts
            if r["kind"] == kind_registry.TRANSFERRED and not r["_key"]
            and r.get("freed") is not True and not isinstance(r.get("each_side"), (list, tuple))
            and float(r["value"]) in main - placed]


def _to_each_side(rows: list[dict]) -> list[dict]:
    """"A and B each released 390 prisoners": each side freed 390, so 390 went to A and 390
    to B; a copy of the release as a transfer to each ("..., each bringing home 390", a
    transfer to no place, is read as that release when the rows are read in)."""
    out = []
    for r in rows:
        sides = r.get("each_side")
        if r["kind"] != kind_registry.RELEASED or not isinstance(sides, (list, tuple)) \
                or len(sides) != 2 or r.get("prospective") is True:
            continue
        for place in sides:
            country = _destination(place)
            out.append({**r, "kind": kind_registry.TRANSFERRED, "destination": place,
                        "_country": country, "_key": _place_key(country), "each_side": None,
                        "_of": r})
    return out


#: Before a figure: the verb of an exchange that governs it ("swapped 95", "exchanging the 12",
#: "in exchange for five").
_EXCHANGED = re.compile(r"(?:\b(?:exchang|swapp?|trad)(?:e|es|ed|ing)|\bin\s+(?:exchange|return)"
                        r"\s+for(?:\s+the\s+(?:release|freedom|return)\s+of)?)\s+(?:(?:the|"
                        r"some|about|nearly|almost|over|another|a\s+further)\s+)?$", re.I)


#: After a figure: one side of an exchange, traded for the other ("12 Chileans, including two
#: minors, who were swapped for 18 Peruvians").
_SWAPPED_FOR = re.compile(r"^[^.;:]{0,60}?\b(?:swapped|exchanged|traded)\s+for\b", re.I)
#: After a figure: one side of an exchange ("Chad releasing 40 Sudanese in return").
_IN_RETURN_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,3}?in\s+(?:return|exchange)\b", re.I)
def _held_by_another(after: str, nation: str) -> bool:
    """ "31 Sudanese soldiers have been freed from Chadian captivity": people freed from
    the hold of a country other than their own, so freed to go home."""
    m = _HELD_BY.search(after)
    holder = demonym_country(m.group(2)) if m and m.group(1) == "from" else None
    return bool(holder) and _place_key(holder) != _place_key(nation)


def _last_country(text: str) -> str:
    """The key of the last country named in ``text`` (by name or demonym), "" for none: the
    one acting on a figure that follows ("Chad freed 150 Sudanese and Sudan released ...")."""
    for w in reversed(_words(text)):
        if w[:1].isupper():
            named = country_of(w)  # a country's own name, not a city of it ("Khartoum said")
            country = demonym_country(w) or (
                named if named and _place_key(named) == _place_key(w) else None)
            if country:
                return _place_key(country)
    return ""


#: An evacuation moves people out of danger, whoever held them: "177 soldiers were
#: evacuated to X", "flights carrying 177 troops landed in X" tell no release by themselves.
_EVACUATED = re.compile(r"\b(?:evacuat\w*|air-?lift\w*|flown|(?:flights?|planes?|aircraft)\s+"
                        r"(?:carrying|with)|on\s+board|aboard)\b", re.I)


_FREED_WORD = re.compile(r"\b(?:freed|released|pardoned|liberated|rescued)\b", re.I)


def _evacuated(r: dict) -> bool:
    """Whether the words next to a claim's figure tell an evacuation (see ``_EVACUATED``)."""
    around = _around(r)
    if around is None or _FREED_WORD.search(str(r.get("counted") or "")):
        return False  # "50 freed hostages were flown to X"
    before = re.split(r";|,\s+(?:while|whereas|and|but)\b", around[0][-60:])[-1]
    after = re.split(r";|,\s+(?:while|whereas|and|but)\b", around[1][:120])[0]
    return bool(_EVACUATED.search(before + " # " + after))


def _gone_home(rows: list[dict]) -> list[dict]:
    """People of one nationality handed over to no named place ("in return, 60 Chadian
    prisoners were handed over"), exchanged ("swapped 60 Sudanese soldiers for ...", "freed
    40 Sudanese in return") or freed from another country's captivity go home: a copy as a
    transfer to their country. A handover to no place is the release itself, so such a
    transfer is read as released. Left alone where a source says the same figure went
    elsewhere (see :func:`_place_unplaced`), or where the country last named before the figure
    is theirs, acting on its own people ("Venezuela freed 20 Venezuelans in exchange for
    ...")."""
    placed = collections.defaultdict(set)  # figure → (nationality, place) of its transfers
    for r in rows:
        if r["kind"] == kind_registry.TRANSFERRED and r["_key"]:
            placed[float(r["value"])].add((_nation_of(r), r["_key"]))
    nations_in = _nations_by_sentence(rows)
    out = []
    for r in rows:
        if r["_key"] or r["_both"] or r.get("subset") is True or r.get("prospective") is True:
            continue
        nation = _nation_of(r)
        around = _around(r)
        if not nation or around is None or _last_country(around[0]) == _place_key(nation):
            continue  # "Venezuela freed 20 Venezuelans": the country acting on its own
        placed_at = {key for other, key in placed.get(float(r["value"]), ())
                     if other in ("", nation)}
        if len(placed_at) == 1 and placed_at != {_place_key(nation)}:
            continue  # "96 freed Nicaraguans received" beside "96 expelled to Guatemala"; a
            # figure placed in two countries is both sides of an equal swap, which says nothing
        if r["kind"] == kind_registry.TRANSFERRED:
            if len(nations_in[(r["article_id"], str(r.get("sentence")))]) > 1:
                continue  # "a crew of 21: 14 Indians, three Kenyans ...": parts, not sides
            if r.get("freed") is not True and _evacuated(r):
                continue  # "177 soldiers were airlifted from X": moved, not freed
            r["kind"] = kind_registry.RELEASED
        elif r["kind"] not in (kind_registry.RELEASED, kind_registry.FOREIGN_NATIONALS) or not (
                _EXCHANGED.search(around[0]) or _IN_RETURN_AFTER.match(around[1])
                or _SWAPPED_FOR.match(around[1]) or _held_by_another(around[1], nation)):
            continue
        out.append({**r, "kind": kind_registry.TRANSFERRED, "_country": nation,
                    "_key": _place_key(nation), "_home": True, "_of": r})
    return out


def _demanded_still_held(rows: list[dict]) -> list[dict]:
    """ "Urged the release of another 870 political prisoners": people whose release
    is demanded, counted by a noun of people held, are still held. In an article that gives
    no count held of its own, a copy as remaining. Not a part or a plan."""
    holding = {r["article_id"] for r in rows if r["kind"] == kind_registry.REMAINING}
    out = []
    for r in rows:
        if r["kind"] != kind_registry.DEMANDED or r["article_id"] in holding \
                or r.get("subset") is True or r.get("prospective") is True:
            continue
        words = _words(r.get("counted"))
        if words and singular(words[-1].lower()) in cues.HELD_NOUNS:
            out.append({**r, "kind": kind_registry.REMAINING, "_of": r})
            holding.add(r["article_id"])
    return out


def _nations_by_sentence(rows: list[dict]) -> dict[tuple, set[str]]:
    """(article, sentence) → the countries whose people its figures count."""
    nations_in = collections.defaultdict(set)
    for r in rows:
        if _nation_of(r):
            nations_in[(r["article_id"], str(r.get("sentence")))].add(_nation_of(r))
    return nations_in


def _sent_home(rows: list[dict]) -> list[dict]:
    """ "X handed over 23 Chadian soldiers back to Chad" in an article that gives no
    figure of a release: people sent to their own country were freed, and this is the
    source's figure of the release too (a copy as released). Not a part, a sum or a plan."""
    freeing = {r["article_id"] for r in rows if r["kind"] == kind_registry.RELEASED
               and r.get("prospective") is not True}
    nations_in = _nations_by_sentence(rows)
    out = []
    for r in rows:
        if r["kind"] != kind_registry.TRANSFERRED or r["article_id"] in freeing \
                or not r["_key"] or r.get("subset") is True or r.get("summed") \
                or r.get("prospective") is True or r.get("_home") \
                or len(nations_in[(r["article_id"], str(r.get("sentence")))]) > 1 \
                or (r.get("freed") is not True and _evacuated(r)):
            continue  # "2 Xs and 85 Ys arrived in X": parts of a group, not its release;
            # "177 soldiers were evacuated to X": moved, not freed
        nation = _nation_of(r)
        if nation and _same_place(_place_key(nation), r["_key"]):
            out.append({**r, "kind": kind_registry.RELEASED, "_country": None, "_key": "",
                        "_of": r})
    return out


def _nation_of(r: dict) -> str:
    """The one country whose people a claim counts by nationality ("32 Armenian soldiers" →
    Armenia); "" for none or several."""
    return _country_of_counted(None if is_missing(r.get("counted")) else str(r["counted"]))


@functools.lru_cache(maxsize=4096)
def _country_of_counted(counted: str | None) -> str:
    found = {demonym_country(w) for w in _words(counted) if w[:1].isupper()}
    found.discard(None)
    return found.pop() if len(found) == 1 else ""


#: A country as the subject of a release: "Ruritania has freed", "Ruritania releases".
_COUNTRY_FREES = re.compile(r"\b([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+"
                            r"(?:has\s+|have\s+|had\s+)?"
                            r"(?:freed|frees|released|releases|pardoned|pardons)\b")


def _releasing_country(rows: list[dict]) -> str:
    """The one country the sources name as freeing people ("Ruritania has released 52
    prisoners"), by two sources at least; "" when none is, or when another country frees
    people too (a swap)."""
    named = collections.defaultdict(set)
    for r in rows:
        for m in _COUNTRY_FREES.finditer(str(r.get("sentence") or "")):
            country = country_of(m.group(1))
            if country:
                named[country].add(r["article_id"])
    return next(iter(named)) if len(named) == 1 and len(next(iter(named.values()))) > 1 else ""


def _own_nationals(rows: list[dict]) -> None:
    """"Three Polish nationals and eight Ruritanian journalists were among those released"
    where Ruritania alone frees people: its own nationals are no foreigners, but a class of
    the people freed, a part of the release."""
    home = _releasing_country(rows)
    own = [r for r in rows if home and r["kind"] == kind_registry.FOREIGN_NATIONALS
           and _nation_of(r) == home and not r.get("_both")]
    if any(_HELD_ABROAD.search(str(r.get("sentence") or "")) for r in own):
        return  # "ten Americans detained in X were released": a swap, they were abroad
    for r in own:
        r["kind"], r["subset"] = kind_registry.RELEASED, True


#: Words that tell people were held abroad or swapped: "in exchange for five Ruritanians",
#: "detained in X", "released from X prison".
_HELD_ABROAD = re.compile(r"(?i:\b(?:exchanges?|swaps?|trade)\b)"
                          r"|(?i:\b(?:held|detained|imprisoned|jailed|captive)\s+(?:in|by)\s+"
                          r"(?:the\s+)?)[A-Z]"
                          r"|(?i:\b(?:from|in)\s+(?:an?\s+)?)[A-Z][\w'’-]+\s+"
                          r"(?i:prisons?|jails?|custody|captivity)\b")


#: The population of a count held wider than the story's people (see _wider_than_the_story_s).
ALL_HELD = "all held"


def _wider_than_the_story_s(members: list[dict]) -> set[int]:
    """ "At least nine Americans are believed to be among over 2,200 detained", in a story of
    Americans freed: the larger count held, of no nationality, in the sentence that puts the
    story's people among it, counts everyone held, another quantity than the story's own.
    The ids of such claims."""
    out = set()
    for r in members:
        if r["kind"] != kind_registry.REMAINING or not r.get("_story_nation") \
                or not re.search(r"\bamong\b", str(r.get("sentence") or "")):
            continue
        out |= {id(o) for o in members if o is not r and o["article_id"] == r["article_id"]
                and o.get("sentence") == r.get("sentence") and not _nation_of(o)
                and float(o["value"]) > float(r["value"])}
    return out


def _mark_story_nation(rows: list[dict]) -> None:
    """The nationality of everyone in the story ("80 Indian fishermen were freed", by most
    sources of the release): where the release's figure is counted by one nationality alone,
    that nationality describes the story's people and restricts no figure ("173 Indian
    fishermen are still held" is the whole count held, not a part of it). Marks such claims
    ``_story_nation``."""
    main = _release_figures(rows)
    if len(main) != 1:
        return
    nations = {_nation_of(r) for r in rows if r["kind"] == kind_registry.RELEASED
               and float(r["value"]) in main and nationality(r.get("counted"))}
    if len(nations) != 1 or "" in nations:
        return
    nation = nations.pop()
    for r in rows:
        if _nation_of(r) == nation and not _named_with_another(r):
            r["_story_nation"] = True


def _named_with_another(r: dict) -> bool:
    """Whether a claim's sentence counts people of another nationality beside it ("five
    Ukrainians and 104 Belarusians"), where its own nationality does mark a part; a country
    only named ("held in Pakistani jails") is no such count."""
    own = _nation_of(r)
    sent = str(r.get("sentence") or "")
    for n in numbers.find_numbers(sent):
        after = _words(sent[n.end:n.end + 40])[:3]
        if any(w[:1].isupper() and demonym_country(w) not in (None, own) for w in after):
            return True
    return False


def _sides_by_nationality(rows: list[dict]) -> None:
    """A swap told by nationality ("Azerbaijan freed 32 Armenians; Armenia freed two
    Azerbaijanis", "Iran freed five Americans"): where no source counts foreigners in general,
    a count of one nationality freed by another country is not a part of some larger release
    but one side of the exchange, its own quantity: released, under its country's name. In
    such a story every release counted by one nationality is a side, so the two sides are
    never added up."""
    foreign = kind_registry.FOREIGN_NATIONALS
    if _general_foreigners([r for r in rows if r["kind"] == foreign]) is not None:
        return  # "16 Saudis" beside "19 foreign nationals": a part of the foreigners
    parts = _nations_within_a_release(rows)
    sides = set()
    for r in rows:
        if (r["kind"] == foreign and r.get("subset") is not True and not r["_key"]
                and not _besides_named(r) and r.get("prospective") is not True):
            nation = _nation_of(r)
            if nation and nation not in parts:
                r["kind"], r["_nation"] = kind_registry.RELEASED, SIDE_OF + nation
                sides.add(r["_nation"])
    if not sides:
        return
    placed = collections.defaultdict(set)  # figure → articles saying where it went
    for r in rows:
        if r["kind"] == kind_registry.TRANSFERRED and r["_key"]:
            placed[float(r["value"])].add(r["article_id"])
    for r in list(rows):  # the story is told by nationality: each nationality freed is a side
        nation = _nation_of(r)
        if (r["kind"] == kind_registry.TRANSFERRED and r["_key"] and nation
                and not r.get("_home") and nation not in parts and not r["_both"]
                and r.get("subset") is not True and r.get("prospective") is not True
                and _place_key(nation) == r["_key"]):
            # "Tajikistan returned three Kyrgyz servicemen" (home, to Kyrgyzstan): that side's
            # release too
            rows.append({**r, "kind": kind_registry.RELEASED, "destination": None,
                         "_country": None, "_key": "", "_nation": SIDE_OF + nation, "_of": r})
            continue
        if r["kind"] == kind_registry.TRANSFERRED and placed.get(float(r["value"]),
                                                                 set()) - {r["article_id"]}:
            continue  # another source says where they went: see _place_unplaced
        if (r["kind"] in (kind_registry.RELEASED, kind_registry.TRANSFERRED) and not r["_key"]
                and not r["_both"] and r.get("subset") is not True and not r.get("_nation")
                and nation and nation not in parts):
            # "X returned three Kyrgyz soldiers" (to no place named): that side's release
            r["kind"], r["_nation"] = kind_registry.RELEASED, SIDE_OF + nation
    # "Armenia freed two Azerbaijani soldiers ... the two soldiers": a release figure without a
    # nationality that is one side's figure (the same article's first, else any source's) is
    # that side's
    in_article, anywhere = collections.defaultdict(set), collections.defaultdict(set)
    for r in rows:
        if r.get("_nation"):
            in_article[(r["article_id"], float(r["value"]))].add(r["_nation"])
            anywhere[float(r["value"])].add(r["_nation"])
    unnamed = [r for r in rows if not r.get("_nation") and not r["_key"] and not r["_both"]
               and r.get("subset") is not True and r.get("prospective") is not True
               and (r["kind"] == kind_registry.RELEASED or (
                   r["kind"] == foreign and _named_nationality(r.get("counted"))))]
    for r in unnamed:  # "five citizens", "the five freed": a side's figure
        nations = in_article.get((r["article_id"], float(r["value"]))) or \
            anywhere.get(float(r["value"]), set())
        if len(nations) == 1:
            r["kind"], r["_nation"] = kind_registry.RELEASED, next(iter(nations))
    # a smaller release figure of an article that counts one side ("the other three", "two
    # family members") is a minor figure of that side, not a quantity of its own
    side_of = collections.defaultdict(dict)
    for r in rows:
        if r.get("_nation"):
            side_of[r["article_id"]][r["_nation"]] = max(
                float(r["value"]), side_of[r["article_id"]].get(r["_nation"], 0.0))
    for r in unnamed:
        own = side_of.get(r["article_id"], {})
        if r["kind"] == kind_registry.RELEASED and not r.get("_nation") and len(own) == 1 \
                and float(r["value"]) < next(iter(own.values())):
            r["_nation"] = next(iter(own))
    # a part of a release in a sentence that names one side ("more than 800 Moldovans were
    # freed, including about 90 serving long terms", "the freed Moldovans included 90 ...")
    # belongs to that side, where its figure can hold the part
    named = collections.defaultdict(set)  # (article, side) → the demonyms it is told by
    for r in rows:
        if r.get("_nation"):
            named[(r["article_id"], r["_nation"])].update(
                w for w in _words(r.get("counted")) if w[:1].isupper() and _is_demonym(w))
    for r in rows:
        if (r["kind"] == kind_registry.RELEASED and r.get("subset") is True
                and not r.get("_nation") and not r["_key"] and not r["_both"]
                and r.get("prospective") is not True):
            sent = str(r.get("sentence") or "")
            sides = [n for n, v in side_of.get(r["article_id"], {}).items()
                     if v > float(r["value"]) and any(
                         re.search(r"\b%s" % re.escape(w), sent)
                         for w in named[(r["article_id"], n)])]
            if len(sides) == 1:
                r["_nation"] = sides[0]


def _by_sentence(rows: list[dict]) -> dict[tuple, list[dict]]:
    """Rows by (article_id, sentence), in their order."""
    out: dict[tuple, list[dict]] = collections.defaultdict(list)
    for r in rows:
        out[(r["article_id"], str(r.get("sentence")))].append(r)
    return out


def _nations_within_a_release(rows: list[dict]) -> set[str]:
    """Countries whose people a source counts as a part of a release ("140 freed, among them
    12 Kenyans", "five Americans were among them"): parts of that release, never a side of
    their own. A part of a larger figure of the same nationality in its article ("ten
    Canadians ... These include six wrongfully detained Canadians") does not count, nor does
    a part of people still held."""
    largest = collections.defaultdict(float)  # (article, country) → its largest whole figure
    for r in rows:
        nation = _nation_of(r)
        if nation and r.get("subset") is not True:
            key = (r["article_id"], nation)
            largest[key] = max(largest[key], float(r["value"]))
    out = set()
    for r in rows:
        nation = _nation_of(r)
        if r.get("subset") is not True or not nation or r["kind"] not in (
                kind_registry.moving() | kind_registry.subsets()):
            continue
        if largest.get((r["article_id"], nation), 0.0) <= float(r["value"]):
            out.add(nation)
    return out


def _foreigners_in_the_release(rows: list[dict]) -> list[dict]:
    """"6,082 nationals and 52 foreign nationals were pardoned" ("6,082 prisoners from Fooland
    and 52 foreigners"): the foreigners are their own quantity and, beside the nationals of
    one sentence, a part of the release; a copy of
    each such claim as released, which :func:`_sum_parts` adds to the nationals."""
    by_sentence = _by_sentence(rows)
    copies = []
    for key in sorted(by_sentence):
        rs = by_sentence[key]
        nationals = [r for r in rs if r["kind"] == kind_registry.RELEASED and not r["_both"]
                     and not r["_key"] and (nationality(r.get("counted")) or _from_a_country(r))]
        foreign = [r for r in rs if r["kind"] == kind_registry.FOREIGN_NATIONALS and not r["_key"]
                   and nationality(r.get("counted"))]
        nouns = {str(r.get("counted")).lower() for r in nationals + foreign}
        if len(nationals) == 1 and len(foreign) == 1 and len(nouns) == 2 \
                and foreign[0].get("subset") is not True:  # not "..., including 114 foreigners"
            copies.append({**foreign[0], "kind": kind_registry.RELEASED, "_of": foreign[0],
                           "subset": nationals[0].get("subset"),
                           "_day": nationals[0]["_day"], "when": nationals[0]["when"]})
    return copies


#: Between two figures of one sentence: they count the two sides of an exchange.
_IN_RETURN = re.compile(r"\bfor\b|\bin return\b|\bwhile\b|\bwhereas\b", re.I)


def _two_sides(parts: list[dict]) -> bool:
    """"freed six Georgians in exchange for five Russians": figures of one sentence that
    count the two sides of an exchange, never one group to add up."""
    sent, at, pos = str(parts[0].get("sentence") or ""), [], 0
    for p in sorted(parts, key=lambda p: -1.0 if is_missing(p.get("start"))
                    else float(p["start"])):
        expr = str(p.get("expression") or "")
        found = sent.find(expr, pos) if expr else -1
        if found < 0:
            return False
        at.append(found)
        pos = found + len(expr)
    return any(_IN_RETURN.search(sent[a:b]) for a, b in zip(at, at[1:]))


# Between two figures: another event named on its own ("..., the release of 10 ...") or a
# new sentence the parser ran on into this one.
_APART = re.compile(r"\n|[.!?]\s+[A-Z]|\b(?:release|repatriation|return|exchange|transfer|"
                    r"deportation|freeing|handover)\s+of\b", re.I)


def _coordinated(parts: list[dict], sent: str) -> bool:
    """Are the figures one list ("five Chadians and 40 Sudanese arrived"), each after
    the last with nothing between them that starts another event or sentence?"""
    at = sorted((sent.find(str(p.get("expression") or "")), len(str(p.get("expression") or "")))
                for p in parts)
    if any(start < 0 for start, _ in at):
        return True  # figures not found by their words: as before, trust the sentence
    return not any(_APART.search(sent[a + n:b]) for (a, n), (b, _) in zip(at, at[1:]))


def _from_a_country(r: dict) -> bool:
    """ "4,410 prisoners from Chad", "4,410 local prisoners": people named by the country
    they are from (beside foreigners, the country's own)."""
    if re.search(r"\b(?:local|domestic)\b", str(r.get("counted") or ""), re.I):
        return True
    around = _around(r)
    m = re.match(r"\s*(?:[\w-]+\s+){0,3}?from\s+((?:[A-Z][\w'-]+\s*){1,3})", around[1]) \
        if around else None
    return bool(m and country_of(m.group(1).strip()))


def _sum_parts(rows: list[dict]) -> list[dict]:
    """Parts of one quantity in one sentence ("five Ukrainians and 104 Belarusians arrived in
    ..."): same article, sentence, kind and destination, different counted nouns, each a
    nationality or the sentence naming a destination → one summed row."""
    out, buckets = [], {}
    for r in rows:
        buckets.setdefault((str(r["article_id"]), str(r.get("sentence"))), []).append(r)
    for key in sorted(buckets):
        parts = buckets[key]
        counted = {str(p.get("counted") or "").lower() for p in parts}
        joinable = all(nationality(p.get("counted")) or _from_a_country(p) for p in parts) or \
            all(not is_missing(p.get("destination")) for p in parts)
        subsets = {p.get("subset") is True for p in parts}
        if _two_sides(parts):
            out.extend(parts)
            continue
        # "among them 16 Saudis and three Sudanese": parts of a part sum to a part
        if len(parts) < 2 or len(counted) < len(parts) or not joinable or len(subsets) > 1 \
                or not _coordinated(parts, key[1]):
            out.extend(parts)
            continue
        ivs = [_interval(p) for p in parts]
        summed = dict(parts[0])
        summed.update(
            value=float(sum(float(p["value"]) for p in parts)),
            low=None if any(lo is None for lo, _ in ivs) else float(sum(lo for lo, _ in ivs)),
            high=None if any(hi is None for _, hi in ivs) else float(sum(hi for _, hi in ivs)),
            qualifier=parts[0].get("qualifier") if len({p.get("qualifier") for p in parts}) == 1
            else "about",
            counted=" + ".join(str(p.get("counted")) for p in parts),
            claim_id=None, part_ids=[p.get("claim_id") for p in parts], summed=True,
            subset=True in subsets,
        )
        if True not in subsets or summed["kind"] in kind_registry.subsets():
            summed["_restricted"] = False  # several nationalities: the foreigners in all
        out.append(summed)
    return out


def _position(rows: list[dict]) -> tuple[dict, list[dict]]:
    """A source's own figure for a group, and its claims of that figure: a whole before a
    part, a noun for people before another, a figure of a whole set before a partitive, a
    precise figure before a vague one; then the
    figure most of its other whole figures allow, the narrowest of those ("87" before "more
    than 80"), the one stated most often, the largest (a smaller figure for the same quantity
    is more often a subset the text did not mark: "47 of the men freed" beside "875 freed in
    total"), the first in the text."""
    wholes = [r for r in rows if not r.get("_part")]
    counts = collections.Counter(float(r["value"]) for r in wholes)
    # "Vietnam frees 18,000" over "more than 18,000 were freed": the headline shortens the
    # hedge, so the bare figure stands for the hedged one ("18,539" in the body is allowed)
    hedged = {float(r["value"]): _interval(r) for r in rows if not _bare(r)}

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
        lo, hi = iv
        return math.inf if lo is None or hi is None else hi - lo

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
        return (bool(r.get("_part")), not _people_head(r), r.get("subset") is True,
                bool(r.get("vague") is True), bool(r.get("_caption")),
                -allowed,
                width(ivs[i]) if allowed > 1 else math.inf, -counts[float(r["value"])],
                -float(r["value"]),
                math.inf if is_missing(start) else float(start))
    ranks = [rank(i) for i in range(len(rows))]
    best = min(range(len(rows)), key=ranks.__getitem__)
    main = rows[best]
    # two whole figures a few apart ("82 girls were released", later "the 83 freed girls"):
    # the first, the article's own lede, not the larger
    near = [r for i, r in enumerate(rows) if i != best and _near_figure(r, main)
            and not {float(r["value"]), float(main["value"])} & set(hedged)
            and ranks[i][:5] == ranks[best][:5]]
    if near:
        main = min([main, *near], key=lambda r: math.inf if is_missing(r.get("start"))
                   else float(r["start"]))
    same = [r for r in rows if float(r["value"]) == float(main["value"])
            and bool(r.get("_part")) == bool(main.get("_part"))]
    return main, same


def _qualifier(r: dict) -> str:
    q = r.get("qualifier")
    return "exact" if is_missing(q) else str(q)


def _bare(r: dict) -> bool:
    """Whether a claim states its figure without a hedge."""
    q = r.get("qualifier")
    return is_missing(q) or q == "exact"


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


# --- the answer
# ------------------------------------------------------------------------------------

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
    said_when = _dated_sentences(events, statements=True)
    reference = _reference_dates(articles)
    captions = _captions(articles)
    rows = [dict(r) for r in df.to_dict("records")]
    for r in rows:
        r["_caption"] = _in_caption(r, captions)
        for c in ("destination", "when", "claim_id", "counted", "sentence", "subset",
                  "prospective"):
            r.setdefault(c, None)
        # the size of an exchange, both ways, is a figure of the release whatever its kind
        r["_both"] = ((r["kind"] == kind_registry.RELEASED or r.get("counted_class") == "people")
                      and _exchange_total(r))
        if r["_both"]:
            r["kind"] = kind_registry.RELEASED
    rows = [r for r in rows if r["kind"] != kind_registry.OTHER]
    if not rows:
        return empty
    for r in rows:
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
        if r["kind"] == kind_registry.RELEASED and _dated_long_before(r, reference):
            r["kind"] = kind_registry.EARLIER_RELEASE
        if r["kind"] in kind_registry.moving() and is_missing(r["when"]) and _further(r) \
                and r.get("besides_earlier") is not True:  # "another" besides one named
            r["when"] = FURTHER_BATCH
    _own_nationals(rows)
    _wholes_of_a_release(rows)
    _mark_story_nation(rows)
    # a transfer of people freed is also a release, told by nationality like the others
    rows.extend(_freed_and_moved(rows))
    rows.extend(_gone_home(rows))
    rows.extend(_sent_home(rows))
    rows.extend(_demanded_still_held(rows))
    _totals_of_two_sides(rows)
    _restated_totals(rows)
    _sides_by_nationality(rows)
    handed = _handed_over_unplaced(rows)
    moved_to_release = {id(r["_of"]) for r in handed}
    rows = [r for r in rows if id(r) not in moved_to_release]
    rows.extend(_to_each_side(rows) + handed)
    rows.extend(_nationals_freed(rows, _foreigners_in_the_release(rows)))
    rows.extend(_named_with_others(rows))
    _mark_sides(rows)
    canon = _place_clusters(rows)
    spellings: dict[str, dict[str, int]] = {}
    for r in rows:
        r["_place"] = canon[r["_key"]]
        if r["_key"]:
            spellings.setdefault(r["_place"], collections.Counter())[str(r["_country"])] += 1

    escapes = {(r["article_id"], str(r.get("sentence") or "")) for r in rows
               if r["kind"] == kind_registry.EARLIER_RELEASE}
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
        for r in members:
            side = _side(r)
            population = (BOTH_SIDES if r.get("_both") else r.get("_nation")
                          or (ALL_HELD if id(r) in wider else "")
                          or scopes.get(float(r["value"]), "")
                          or (side if side and sided else "")
                          or _home_side(r, foreigners) or _not_of_the_whole(r, wholes)
                          or _population(r, heads))
            # "four other Georgian citizens" (besides people its sentence names) counts a part
            # whose whole the source leaves unstated: no other source's figure is its rival;
            # so do "three other leaders" beside two people named
            alone = (r["article_id"] if (r["kind"] in kind_registry.subsets()
                                         and _besides_named(r)) or r.get("_beside_names")
                     else "")
            split[key + (population, alone)].append(r)
    _announced_as_done(split)
    _place_unplaced(split)
    days = {key: _split_by_day(split[key]) for key in split}
    _further_on_its_day(days)
    _unresolved_to_earlier_day(days)
    out_groups, out_sources, out_figures = [], [], []
    for key in sorted(days, key=lambda k: tuple(str(x) for x in k)):
        kind, cls, place, when, prospect, population, alone = key
        first_day = min((r["_day"] for r in days[key][0][1] if r["_day"]), default="")
        for day, members in days[key]:
            own_kind = (kind_registry.EARLIER_RELEASE if kind == kind_registry.RELEASED
                        and _separate_earlier(day, first_day, members) else kind)
            g, srcs, figs = _one_group(own_kind, cls, population,
                                       _place_name(spellings.get(place, {})),
                                       when or day, prospect, members, outlets, labels, alone)
            out_groups.append(g)
            out_sources.extend(srcs)
            out_figures.extend(figs)
    return _typed(pd.DataFrame(out_groups, columns=GROUP_COLUMNS),
                  pd.DataFrame(out_sources, columns=SOURCE_COLUMNS),
                  pd.DataFrame(out_figures, columns=FIGURE_COLUMNS))


#: A run of capitalised words that may name a place ("Kano", "Cross River").
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|al|el|de)){0,3}")


def _places_within(sentence: str) -> set[str]:
    """The places in a sentence that lie within a country, not countries themselves:
    "the governor of Kano" → {"Kano"}; "the UK" → set()."""
    found = set()
    for m in _CAPITALISED.finditer(sentence):
        words, i = m.group(0).split(), 0
        while i < len(words):  # the longest run that is a place, from each word on
            for n in range(len(words) - i, 0, -1):
                name = " ".join(words[i:i + n])
                country = country_of(name)
                if country and country != name and not name.isupper() \
                        and _place_key(name) != _place_key(country) and country_of(country):
                    found.add(name)
                    i += n - 1
                    break
            i += 1
    return found


def _release_scopes(members: list[dict]) -> dict[float, str]:
    """Releases of one story ordered in several places, each by its own authority ("the
    governor of Kano ordered the release of 310", "the governor of Kaduna ... 145", "Lagos
    pardoned 80 inmates"): figure → its place, where each of two figures at
    least is told with a place inside a country by two sources or more, a place never named
    with another figure. Those are separate releases, not rival figures of one."""
    rows = [r for r in members if r["kind"] == kind_registry.RELEASED
            and r.get("subset") is not True and r.get("prospective") is not True
            and not r.get("_nation") and not r.get("_both") and _bare(r)]
    told = collections.defaultdict(lambda: collections.defaultdict(set))  # value → place → sources
    for r in rows:
        for place in _places_within(str(r.get("sentence") or "")):
            told[float(r["value"])][place].add(r["article_id"])
    scopes = {}
    for value, places in told.items():
        own = [(len(srcs), place) for place, srcs in places.items() if len(srcs) > 1
               and not any(place in others for v, others in told.items() if v != value)]
        if own:
            scopes[value] = max(own)[1]
    return scopes if len(scopes) > 1 else {}


def _typed(groups: pd.DataFrame, sources: pd.DataFrame,
           figures: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """The three frames by name, their closed vocabularies as the schema's categories."""
    return {"claim_groups": categorise("claim_groups", groups),
            "group_sources": categorise("group_sources", sources),
            "group_figures": categorise("group_figures", figures)}


def _general_foreigners(members: list[dict]) -> float | None:
    """The largest count of foreigners in general ("10 foreigners") among a quantity's
    figures; None when none is of that kind or none is general."""
    values = [float(r["value"]) for r in members if r["kind"] in kind_registry.subsets()
              and nationality(r.get("counted")) and not _named_nationality(r.get("counted"))]
    return max(values, default=None)


def _home_side(r: dict, foreigners: float | None) -> str:
    """"215 Ukrainians" beside "10 foreigners" freed: one nationality counted as more than all
    the foreigners is not among them (the home side of a swap); its own quantity, named by
    its nationality. "" otherwise."""
    if foreigners is None or r["kind"] not in kind_registry.subsets():
        return ""
    if not _named_nationality(r.get("counted")) or float(r["value"]) <= foreigners:
        return ""
    return next((w for w in _words(r.get("counted")) if w[:1].isupper() and _is_demonym(w)), "")


def _whole_countries(members: list[dict]) -> dict[str, tuple[str, set[str]]]:
    """Per source, the country its largest figure names ("the five Americans"), when that
    figure names one and no other figure as large names another, and the sentences of those
    figures (parts in them are summed, not set apart)."""
    out: dict[str, tuple[str, set[str]]] = {}
    for aid in sorted({str(r["article_id"]) for r in members}):
        mine = [r for r in members if str(r["article_id"]) == aid
                and r["kind"] not in kind_registry.subsets()]
        top = max((float(r["value"]) for r in mine), default=None)
        largest = [r for r in mine if float(r["value"]) == top]
        nations = {_nation_of(r) for r in largest}
        if len(nations) == 1 and "" not in nations:
            out[aid] = (nations.pop(), {str(r.get("sentence")) for r in largest})
    return out


def _not_of_the_whole(r: dict, wholes: dict[str, tuple[str, set[str]]]) -> str:
    """"Two of the Iranian detainees arrived in X" where the same source's whole that went
    there is "the five Americans": people of another nationality are no part of it (the other
    side of a swap, gone to the same place); their own quantity, named as that side.
    "" otherwise."""
    whole, sentences = wholes.get(str(r["article_id"]), ("", set()))
    if not whole or str(r.get("sentence")) in sentences:
        return ""
    nation = _nation_of(r)
    return SIDE_OF + nation if nation and nation != whole else ""


def _besides_named(r: dict) -> bool:
    """ "five other Georgian citizens": people counted besides those the sentence names, or
    besides one person an earlier sentence names freed (the claim's ``besides_earlier``)."""
    counted = str(r.get("counted") or "").lower()
    return r.get("besides_earlier") is True or counted.startswith("other ") or counted == "others"


# Before "five other prisoners": the words that join them to someone the sentence names.
_WITH_OTHERS = re.compile(r"(?:\band\b|\balong\s+with\b|\balongside\b|\btogether\s+with\b|"
                          r"\bas\s+well\s+as\b)\s*(?:the\s+)?$", re.I)
# One person named or described just before them: "Ann Lee", "a Chadian journalist", "Ann
# Lee's name" (listed alongside five others).
_NAME_WORD = r"(?:[A-Z][\w'’-]*|[a-z]{1,3}-[A-Z][\w'’-]*)"  # "Lee", "el-Tahir"
_ONE_NAMED = re.compile(r"(?:\b(?:a|an)\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+|"
                        r"(?:\b%s\s+(?:(?:bin|ibn|de|da|di|van|von|del)\s+)?){0,3}%s"
                        r"(?:['’]s\s+name)?)$"
                        % (_NAME_WORD, _NAME_WORD))


# A description set off by a comma after a name: ", a reporter and the wife of a minister".
_APPOSITIVE = re.compile(r"(\w),\s+(?:a|an|the)\s+[^,]+$")
# One person as the clause's subject: "He was allowed to leave along with 13 others".
_ONE_SUBJECT = re.compile(r"\s*(?:He|She)\s+(?!said\b|says\b|told\b)[a-z]")
# A name described as one person, set off by commas, as the subject: "Ann Lee, a poet who spent
# four years in prison, landed in X alongside nine others".
_DESCRIBED_SUBJECT = re.compile(r"^\s*(?:%s\s+){0,3}%s\s*([,–—])\s*(?:a|an)\s+[^,–—]+\1\s*"
                                r"(?!said\b|says\b|told\b)[a-z]" % (_NAME_WORD, _NAME_WORD))
# A name as the subject of a singular passive: "Irish-born missionary Ann Lee has been safely
# released, along with the seven other people ...".
_NAMED_PASSIVE = re.compile(r"\b%s\s+(?:was|is|has\s+been|had\s+been)\s+(?:\w+ly\s+)?[a-z]+ed$"
                            % _NAME_WORD)
# A headline's pair: "Irishwoman, eight others freed".
_HEADLINE_PAIR = re.compile(r"^\s*(?:%s\s+){0,3}%s\s*,\s*$" % (_NAME_WORD, _NAME_WORD))


def _named_with_others(rows: list[dict]) -> list[dict]:
    """"Pardoned the activist Ann Lee and five other prisoners": six people freed, of whom
    the five are a part. A copy of the figure with the one person the sentence names added,
    where that clause names exactly one (no "him", no list of names)."""
    out = []
    for r in rows:
        if not _besides_named(r) or r["kind"] not in kind_registry.moving() \
                or r.get("prospective") is True:
            continue
        if r.get("besides_earlier") is True:
            out.append(_one_more(r))  # "Ann Lee was freed. ... Another four were pardoned as well"
            continue
        around = _around(r)
        if around and _HEADLINE_PAIR.match(around[0]):
            out.append(_one_more(r))  # "Irishwoman, eight others freed"
            continue
        m = _WITH_OTHERS.search(around[0]) if around else None
        if m is None:
            continue
        before = around[0][:m.start()].rstrip(" ,")
        # "freed Ann Lee, a reporter and the wife of a minister, and 13 others": what the
        # commas set off describes the one person named before it
        described = _DESCRIBED_SUBJECT.match(before)
        before = _APPOSITIVE.sub(r"\1", before)
        # (", listing Ann Lee's name alongside five others": a participle's clause of its own)
        parts = re.split(r"([;:]|,\s*(?:and|but|while|who|which)\b|\bthat\b|,\s*(?=[a-z]+ing\s))",
                         before)
        clause = parts[-1]
        if len(parts) > 1 and re.fullmatch(r",\s*and", parts[-2]) \
                and _ONE_NAMED.search(_APPOSITIVE.sub(r"\1", parts[-3].rstrip(" ,"))):
            # "Ann Lee, a union chief, and her brother, Bo Lee, as well as three others": besides
            # people named, a figure whose whole its source leaves unstated
            r["_beside_names"] = True
            continue
        if described and not re.search(r"\b(?:him|her|them|and)\b", before[described.end() - 1:],
                                        re.I):
            out.append(_one_more(r))  # the subject, one person described between commas
            continue
        if re.search(r"\b(?:him|her|them)\b", around[0], re.I) \
                or re.search(r"\b(?:both|and|also)\b", clause, re.I) \
                or re.search(r"\d", " ".join(clause.split()[-4:])) \
                or not (_ONE_NAMED.search(clause) or _ONE_SUBJECT.match(clause)
                        or _NAMED_PASSIVE.search(clause)):
            continue  # "700 detained rebels, and 180 other prisoners": others than a group
        out.append(_one_more(r))
    return out


def _one_more(r: dict) -> dict:
    """The whole of "Ann Lee and five others": a copy of the others' figure with the one person
    added; the others become a part of it."""
    lo, hi = _interval(r)
    r["subset"] = True  # the five others are a part of the six
    return {**r, "value": float(r["value"]) + 1,
            "low": None if lo is None else lo + 1, "high": None if hi is None else hi + 1,
            "counted": re.sub(r"^other\s+", "", str(r.get("counted"))), "subset": False,
            "claim_id": None, "part_ids": [r.get("claim_id")], "summed": True, "_of": r}


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
    # beside "20 hostages freed"): then the nationality only describes them
    whole_of = collections.defaultdict(set)
    for r in members:
        if not r["_restricted"]:
            whole_of[float(r["value"])].add(r["article_id"])
    for r in members:
        r["_part"] = bool(r["_restricted"] and biggest is not None and float(r["value"]) < biggest
                          and not whole_of[float(r["value"])] - {r["article_id"]})
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
        + ((f" (destination not given; {alone[len(SAME_FIGURE):]} by several sources)"
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
