"""The sides of an exchange: which side a figure counts (hostages or prisoners, one
nationality), the exchange counted both ways or per side, a swap told by nationality, and
the parts and minor figures that belong to one side."""
from __future__ import annotations

import collections
import re

from .. import kinds as kind_registry
from ..extraction import numbers
from ..extraction.claims.tokens import singular
from .rows import (
    WHOLE_NOUNS,
    _around,
    _besides_named,
    _contains,
    _family,
    _figures_in,
    _head,
    _interval,
    _is_demonym,
    _most_given,
    _named_nationality,
    _nation_of,
    _place_key,
    _words,
    nationality,
)

#: General nouns for the two sides of an exchange: people held by a group, by a state.
SIDES = {"hostages": {"hostage", "captive", "abductee"},
         "prisoners": {"prisoner", "detainee", "inmate", "convict", "internee", "pow",
                       # fighters a state holds, freed in return for a group's hostages
                       "militant", "jihadist", "insurgent"}}


#: The population of one side of a swap told by nationality: "nationals of Armenia".
SIDE_OF = "nationals of "


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
    if named[0] and named[0] == named[1]:
        return False  # the same people under two nouns
    return not any(not found and _the_other_side_s_figures(side, members)
                   for side, found in zip(SIDES, named))


def _the_other_side_s_figures(side: str, members: list[dict]) -> bool:
    """Does each source that counts one side, of no nationality named, give the figure most
    sources give the other side, and give it under the other side's noun too ("Fourteen
    captives" beside "more than a dozen political prisoners freed" in one article, where
    others freed 14 prisoners)? Then its noun is a stray word for the same people, not a
    side of an exchange ("20 hostages" beside "more than a dozen prisoners" stay two)."""
    mine = [r for r in members if _side(r) == side]
    theirs = [r for r in members if _side(r) and _side(r) != side]
    main = _most_given(theirs, at_least=2)  # (the other side's own figure, two sources on)
    return all(float(r["value"]) in main and any(
        o["article_id"] == r["article_id"] and _contains(_interval(o), float(r["value"]))
        for o in theirs) for r in mine)


_EXCHANGE = r"(?:prisoner\s+|hostage\s+)?(?:swap|exchange|trade)s?"


#: Before the figure: "a swap (on Wednesday) involving almost 300 …".
_INVOLVING = re.compile(rf"\b{_EXCHANGE}\b(?!\s+for\b)(?:[\s,–—]+[\w'-]+){{0,12}}?[\s,–—]+"
                        r"(?:that\s+|which\s+)?involv(?:ing|ed)\s+"
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
    if _EACH.match(post) or _EACH_AFTER.match(post) or _SWAPPED_FOR.match(post):
        # "95 prisoners each", "103 prisoners from both sides", "12 Chileans who were
        # swapped for 18": one side
        return False
    # "A and B exchanged 390 prisoners" is not read as both ways: in published reports it is
    # as often one side's count ("each"); "exchanged a total of 190" counts both
    return bool(_INVOLVING.search(pre) or _INVOLVED_IN.match(post)
                or _EXCHANGED_IN_ALL.search(pre))


#: Before the figure: an exchange's people counted in all ("exchanged a total of 190").
_EXCHANGED_IN_ALL = re.compile(r"\b(?:exchanged|swapped|traded)\s+(?:a\s+total\s+of|in\s+all|"
                               r"altogether)\s+$", re.I)


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


def _totals_of_two_sides(rows: list[dict]) -> None:
    """Where sources state a figure for each side ("each released 390"), a release figure of
    about twice it ("nearly 800 people", "2,000 people - 1,000 from each side") counts both
    sides together: the exchange's total, its own quantity, never a rival of one side's. So
    too for an earlier exchange ("103 from each side" in September, "206 were swapped")."""
    released = {kind_registry.RELEASED, kind_registry.EARLIER_RELEASE}
    per_side = collections.defaultdict(set)
    for r in rows:
        if r["kind"] in released and _per_side(r):
            per_side[r["kind"], r.get("prospective") is True].add(float(r["value"]))
    for r in rows:
        sides = per_side.get((r["kind"], r.get("prospective") is True), set())
        if r["kind"] not in released or r["_both"] or not sides or _per_side(r):
            continue
        iv, value = _interval(r), float(r["value"])
        if any(value != v and _contains(iv, 2 * v) and (
                r["kind"] == kind_registry.RELEASED or abs(value - 2 * v) <= 0.1 * v)
               for v in sides):
            # an earlier exchange's pair is told by its figures, not a bound ("up to 1,358
            # freed this year" holds twice any swap's side)
            r["_both"] = True


def _restated_totals(rows: list[dict]) -> None:
    """An article that counts the exchange both ways once ("a swap involving about 300")
    means the same when it repeats that figure for a release ("about 300 were freed"):
    both sides, not a rival of one side's count; so does another source's "A and B freed
    538" when one source counts 538 both ways."""
    totals = {(r["article_id"], float(r["value"])) for r in rows if r["_both"]}
    both = {v for _, v in totals}
    for r in rows:
        if r["kind"] != kind_registry.RELEASED or r["_both"]:
            continue
        if (r["article_id"], float(r["value"])) in totals:
            r["_both"] = True
        elif float(r["value"]) in both:
            # "Ukraine and Russia freed 538" where another source counts 538 both ways
            around = _around(r)
            r["_both"] = bool(around and _TWO_PARTIES_FREED.search(around[0]))


#: Before the figure: two parties that free people together ("Ukraine and Russia freed ").
_TWO_PARTIES_FREED = re.compile(r"\b[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+)?\s+and\s+[A-Z][\w.'’-]+"
                                r"(?:\s+[A-Z][\w.'’-]+)?\s+(?:have\s+|had\s+)?(?:freed|released|"
                                r"exchanged|swapped|traded)\s+$")


#: After a figure: one side of an exchange, traded for the other ("12 Chileans, including two
#: minors, who were swapped for 18 Peruvians").
_SWAPPED_FOR = re.compile(r"^[^.;:]{0,60}?\b(?:swapped|exchanged|traded)\s+for\b", re.I)


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
    sides |= _sent_home_both_ways(rows, parts)
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
    side_heads = collections.defaultdict(set)  # (article, side) → its captive nouns
    for r in rows:
        if r.get("_nation"):
            side_heads[(r["article_id"], r["_nation"])].add(_family(_head(r.get("counted"))))
    for r in unnamed:
        own = side_of.get(r["article_id"], {})
        if r["kind"] == kind_registry.RELEASED and not r.get("_nation") and len(own) == 1 \
                and float(r["value"]) < next(iter(own.values())) \
                and not _other_captives(r, side_heads[(r["article_id"], next(iter(own)))]):
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
            if len(sides) > 1:
                # "released 40 Xs, and Y released 30 Zs including 6 rescued": the side whose
                # figure comes right before the part
                sides = _side_just_before(r, [x for x in rows if x.get("_nation") in sides])
            if len(sides) == 1:
                r["_nation"] = sides[0]


def _side_just_before(part: dict, sided: list[dict]) -> list[str]:
    """The side of the figure nearest before ``part`` in its sentence, as a one-item list
    (none when no side's figure of that sentence comes before it)."""
    sent = str(part.get("sentence") or "")
    at = (_figures_in(sent, str(part.get("expression") or "")) or [-1])[0]
    before = []
    for x in sided:
        if x["article_id"] != part["article_id"] or str(x.get("sentence") or "") != sent:
            continue
        pos = (_figures_in(sent, str(x.get("expression") or "")) or [-1])[0]
        if 0 <= pos < at:
            before.append((pos, x["_nation"]))
    return [max(before)[1]] if before else []


def _other_captives(r: dict, side_heads: set[str]) -> bool:
    """Does ``r`` count captives of another name than the side's ("24 hostages" beside the
    side's "39 prisoners"): the other side of the exchange, not a minor figure of this one."""
    head = _family(_head(r.get("counted")))
    held = side_heads & WHOLE_NOUNS
    return head in WHOLE_NOUNS and bool(held) and head not in held


def _sent_home_both_ways(rows: list[dict], parts: set[str]) -> set[str]:
    """The sides of a swap whose sources tell each side sent home ("95 Xian fishermen were
    handed over to the Xian coast guard", "90 Yian fishermen returned to Y"): people of two
    or more nationalities, of one class, each moved to their own country. Only their
    nationality tells the two apart, so each is a side of the exchange, as if told freed by
    the other (hostages sent one way and prisoners the other are told apart by class)."""
    heads = collections.defaultdict(set)  # nationality → the classes it was sent home as
    values = collections.defaultdict(set)  # nationality → the figures it was sent home in
    for r in rows:
        nation = _nation_of(r)
        if (r["kind"] == kind_registry.TRANSFERRED and r["_key"] and not r["_both"]
                and not r.get("_of")  # a source's own words, not a copy read as going home
                and r.get("subset") is not True and r.get("prospective") is not True
                and nation and nation not in parts and _place_key(nation) == r["_key"]):
            heads[nation].add(_family(_head(r.get("counted"))))
            values[nation].add(float(r["value"]))
    # of one class; or of classes that do not tell the sides apart ("116 Ukrainian soldiers",
    # "63 Russian POWs"), where the figures do: no figure sent home both ways
    sides = {n for n in heads for m in heads if m != n and (
        heads[n] & heads[m] - {""} or not (_apart_by_class(heads[n], heads[m])
                                           or values[n] & values[m]))}
    return {SIDE_OF + n for n in sides} if len(sides) >= 2 else set()


def _apart_by_class(a: set[str], b: set[str]) -> bool:
    """Do two sets of captive nouns name the two sides of an exchange by class ("hostages"
    one way, "prisoners" the other)? "Ukrainian soldiers" and "Russian POWs" do not."""
    side_a = {side for side, nouns in SIDES.items() if a & nouns}
    side_b = {side for side, nouns in SIDES.items() if b & nouns}
    return bool(side_a and side_b and not side_a & side_b)


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
