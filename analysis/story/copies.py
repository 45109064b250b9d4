"""The rows the grouping adds: copies of claims read a second way (nationals freed, people
freed and moved, gone home, sent home, still held, one named with others) and sums of parts
told in one sentence."""
from __future__ import annotations

import collections
import re

from .. import kinds as kind_registry
from ..extraction import cues, numbers
from ..extraction.claims.tokens import singular
from ..extraction.places import country_of, demonym_country, looks_like_demonym
from .rows import (
    _FROM_PLACE,
    _around,
    _besides_named,
    _by_sentence,
    _destination,
    _family,
    _figures_in,
    _from_a_named_place,
    _head,
    _in_a_listed_total,
    _interval,
    _named_nationality,
    _nation_of,
    _place_key,
    _release_figures,
    _same_place,
    _words,
    nationality,
)
from .sides import _HELD_BY, _SWAPPED_FOR
from .summary import is_missing


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
             "_key": "", "freed": False, "_of": r, "_freed_copy": True}
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


#: A modifier that says the people counted were freed ("50 freed hostages").
_FREED_WORD = re.compile(r"\b(?:freed|released|pardoned|liberated|rescued)\b", re.I)
#: Where one clause of a sentence ends and the next begins ("..., while 27 were ...").
_CLAUSE_BREAK = re.compile(r";|,\s+(?:while|whereas|and|but)\b")


def _evacuated(r: dict) -> bool:
    """Whether the words next to a claim's figure tell an evacuation (see ``_EVACUATED``)."""
    around = _around(r)
    if around is None or _FREED_WORD.search(str(r.get("counted") or "")):
        return False  # "50 freed hostages were flown to X"
    before = _CLAUSE_BREAK.split(around[0][-60:])[-1]
    after = _CLAUSE_BREAK.split(around[1][:120])[0]
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
    is demanded, counted by a noun of people held or said to be held still ("called for two
    other Americans still held in X to be released"), are still held. In an article that gives
    no count held of its own, a copy as remaining. Not a part or a plan."""
    holding = {r["article_id"] for r in rows if r["kind"] == kind_registry.REMAINING}
    out = []
    for r in rows:
        if r["kind"] != kind_registry.DEMANDED or r["article_id"] in holding \
                or r.get("subset") is True or r.get("prospective") is True:
            continue
        words = _words(r.get("counted"))
        around = _around(r)
        if (words and singular(words[-1].lower()) in cues.HELD_NOUNS) or (
                around and _STILL_HELD_AFTER.match(around[1])):
            out.append({**r, "kind": kind_registry.REMAINING, "_of": r})
            holding.add(r["article_id"])
    return out


#: After a figure: its people said to be held still ("two other Americans still held in X",
#: "40 fishermen who remain in custody").
_STILL_HELD_AFTER = re.compile(r"\s*(?:[\w'’-]+\s+){0,3}?(?:(?:who|that)\s+(?:are|remain)\s+)?"
                               r"(?:still\s+(?:being\s+)?(?:held|detained|jailed|imprisoned|"
                               r"in\s+(?:custody|captivity|detention|jail|prison))|remain(?:s|ing)?"
                               r"\s+(?:in\s+)?(?:custody|captivity|detention|jail|prison|held|"
                               r"detained))\b", re.I)


def _nations_by_sentence(rows: list[dict]) -> dict[tuple, set[str]]:
    """(article, sentence) → the countries whose people its figures count."""
    nations_in = collections.defaultdict(set)
    for r in rows:
        if _nation_of(r):
            nations_in[(r["article_id"], str(r.get("sentence")))].add(_nation_of(r))
    return nations_in


def _sent_home(rows: list[dict]) -> list[dict]:
    """ "X handed over 23 Chadian soldiers back to Chad" in an article that gives no
    precise figure of a release: people sent to their own country were freed (so were the sides of
    a swap each sent to a country, "12 were handed over to X and 44 to Y", and people
    "returned to X from Y"), and this is the source's figure of the release too (a copy as
    released); "another 22 returned outside the exchange" beside it adds people to the
    release, it does not count it. Not a part, a sum or a plan."""
    # (a vague "swapping hundreds" gives no figure: "brought home 390 Xians" beside it does)
    freeing = {r["article_id"] for r in rows if r["kind"] == kind_registry.RELEASED
               and r.get("prospective") is not True and not _added(r)
               and r.get("vague") is not True}
    nations_in = _nations_by_sentence(rows)
    places_in = collections.defaultdict(set)  # (article, sentence) → the places moved to
    for r in rows:
        if r["kind"] == kind_registry.TRANSFERRED and r["_key"]:
            places_in[(r["article_id"], str(r.get("sentence")))].add(r["_key"])
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
        sent = str(r.get("sentence") or "")
        # "12 captives were handed over to X and 44 to Y": each side of a swap sent home;
        # "44 captives have returned to X from Y": back home from captivity
        sides = len(places_in[(r["article_id"], sent)]) > 1 and not nation \
            and bool(_GAPPED_SIDES.search(sent))
        back = not nation and _RETURNED_FROM.search(sent)
        if (nation and _same_place(_place_key(nation), r["_key"])) or sides or back:
            out.append({**r, "kind": kind_registry.RELEASED, "_country": None, "_key": "",
                        "_of": r, "_freed_copy": True})
    return out


#: Two sides of a swap sent each to a country in one gapped clause: "12 captives were handed
#: over to X and 44 to Y" (not "13 were back in X and another four on their way to Y").
_GAPPED_SIDES = re.compile(r"\bto\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s*,?\s+and\s+(?:\d[\d,]*|"
                           r"[a-z]+)\s+to\s+[A-Z]")
#: People back home from another country: "44 captives have returned to X from Y".
_RETURNED_FROM = re.compile(r"\breturned\s+(?:home\s+)?to\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+"
                            r"from\s+[A-Z]")


#: Before a figure: words that add it to people counted elsewhere ("another 22", "a further 9").
_ADDED = re.compile(r"\b(?:another|a\s+further|an\s+additional)\s+$", re.I)


def _added(r: dict) -> bool:
    """Is the claim's figure told as added to others ("another 22 returned")?"""
    around = _around(r)
    return around is not None and bool(_ADDED.search(around[0]))


def _foreigners_alone(rows: list[dict]) -> list[dict]:
    """"Oman facilitated the release of 14 foreigners held by the rebels", in an article that
    gives no other figure of the release, done or to come: the people freed were foreigners,
    so their figure is the release's too (a copy as released). Not a part, a nationality
    named among them, or a plan."""
    # (one to come counts: "will release 13,915 ... the list includes 66 foreign nationals")
    freeing = {r["article_id"] for r in rows if r["kind"] == kind_registry.RELEASED
               and r.get("subset") is not True}
    return [{**r, "kind": kind_registry.RELEASED, "_of": r} for r in rows
            if r["kind"] == kind_registry.FOREIGN_NATIONALS and r["article_id"] not in freeing
            and r.get("prospective") is not True and r.get("subset") is not True
            and not r.get("_key") and not _named_nationality(r.get("counted"))]


def _foreigners_in_the_release(rows: list[dict]) -> list[dict]:
    """"6,082 nationals and 52 foreign nationals were pardoned" ("6,082 prisoners from Fooland
    and 52 foreigners"): the foreigners are their own quantity and, beside the nationals of
    one sentence, a part of the release; a copy of
    each such claim as released, which :func:`_sum_parts` adds to the nationals. Both told
    as parts of one set ("Among them were 6,082 nationals and 52 foreigners") make it up:
    their sum is that set, the release."""
    by_sentence = _by_sentence(rows)
    copies = []
    for key in sorted(by_sentence):
        rs = by_sentence[key]
        nationals = [r for r in rs if r["kind"] == kind_registry.RELEASED and not r["_both"]
                     and not r["_key"] and (nationality(r.get("counted")) or _from_a_country(r))]
        foreign = [r for r in rs if r["kind"] == kind_registry.FOREIGN_NATIONALS and not r["_key"]
                   and nationality(r.get("counted"))]
        if len(foreign) > 1:
            # "36 foreigners, among them 13 Xs": the foreigners in general, not one nationality
            foreign = [r for r in foreign if not _named_nationality(r.get("counted"))]
        nouns = {str(r.get("counted")).lower() for r in nationals + foreign}
        if len(nationals) != 1 or len(foreign) != 1 or len(nouns) != 2:
            continue
        # "Among them were 3,303 nationals and 36 foreigners": both parts of one set, which
        # they make up; not "..., including 114 foreigners", a part of the nationals' figure
        both_parts = nationals[0].get("subset") is True and foreign[0].get("subset") is True
        if foreign[0].get("subset") is not True or both_parts:
            copies.append({**foreign[0], "kind": kind_registry.RELEASED, "_of": foreign[0],
                           "subset": nationals[0].get("subset"), "_everyone": both_parts,
                           "_day": nationals[0]["_day"], "when": nationals[0]["when"]})
    return copies


#: Between two figures of one sentence: they count the two sides of an exchange.
_IN_RETURN = re.compile(r"\bfor\b|\bin return\b|\bwhile\b|\bwhereas\b", re.I)


def _positions(parts: list[dict], sent: str) -> list[tuple[int, dict]]:
    """Where each figure stands in its sentence, in text order (each found after the one
    before it, a whole number only: "16" is not in "166"); empty when one is not found."""
    at, pos = [], 0
    for p in sorted(parts, key=lambda p: -1.0 if is_missing(p.get("start"))
                    else float(p["start"])):
        expr = str(p.get("expression") or "")
        found = _figures_in(sent, expr, pos)
        if not found:
            return []
        at.append((found[0], p))
        pos = found[0] + len(expr)
    return at


def _two_sides(parts: list[dict]) -> bool:
    """"freed six Georgians in exchange for five Russians": figures of one sentence that
    count the two sides of an exchange, never one group to add up."""
    sent = str(parts[0].get("sentence") or "")
    at = [a for a, _ in _positions(parts, sent)]
    return any(_IN_RETURN.search(sent[a:b]) for a, b in zip(at, at[1:]))


# Between two figures: another event named on its own ("..., the release of 10 ...") or a
# new sentence the parser ran on into this one.
_APART = re.compile(r"\n|[.!?]\s+[A-Z]|\b(?:release|repatriation|return|exchange|transfer|"
                    r"deportation|freeing|handover)\s+of\b", re.I)


#: What sets "the others" beside the figure before them: "and", "along with", "with".
_BESIDE_OTHERS = re.compile(r"\b(?:and|along\s+with|together\s+with|with)\s+(?:the\s+)?$", re.I)


def _and_the_others(parts: list[dict]) -> bool:
    """Two figures of a release or a move in one sentence whose second counts the others
    ("six nuns and two other people were released", "six nuns kidnapped last week along with
    two others", "121 serving life and 79 others"): the rest of one group, which the two add
    up to. Not after a comma, where the others are often the other side of a swap ("700
    Houthis, and more than 180 other prisoners")."""
    if len(parts) != 2 or not all(p.get("expression") for p in parts):
        return False
    sent = str(parts[0].get("sentence") or "")
    at = _positions(parts, sent)
    if not at:
        return False
    (a, _), (b, second) = at
    return (a < b and second["kind"] in kind_registry.moving()
            and str(second.get("counted") or "").lower().startswith("other")
            and "," not in sent[a:b]  # not "700 Houthis, and 180 other prisoners"
            and bool(_BESIDE_OTHERS.search(sent[:b])))


#: Between a figure and a later one: the later counts a part of it ("36 foreigners, among
#: them 13 Xs", "..., including 13 Xs").
_PART_OF_BEFORE_IT = re.compile(r"\b(?:including|among\s+(?:them|whom)|of\s+(?:whom|them|"
                                r"which))\b", re.I)


def _parts_of_a_part(parts: list[dict], sent: str) -> list[dict]:
    """The figures of one sentence told as parts of a figure before them ("3,303 nationals and
    36 foreigners, among them 13 Xs and 15 Ys": the 13 and the 15)."""
    at = _positions(parts, sent)
    if not at:
        return []
    first = at[0][0]
    return [p for pos, p in at[1:] if _PART_OF_BEFORE_IT.search(sent[first:pos])]


def _a_nationality_of_the_foreigners(parts: list[dict]) -> bool:
    """"36 foreign prisoners, among them 13 Xs": foreigners in general and one nationality
    of them, told as foreigners, are a whole and its part, never two to add up."""
    foreign = [p for p in parts if p["kind"] == kind_registry.FOREIGN_NATIONALS]
    return any(nationality(p.get("counted")) and not _named_nationality(p.get("counted"))
               for p in foreign) and any(_named_nationality(p.get("counted")) for p in foreign)


def _freed_only_in_part(parts: list[dict]) -> bool:
    """Does the list call only some of its people freed ("the five freed Americans and two
    American family members are on their way"): the others came with them, no part of one
    quantity of people freed."""
    return len({bool(_FREED_WORD.search(str(p.get("counted") or ""))) for p in parts}) > 1


def _moved_apart(parts: list[dict]) -> bool:
    """Were the figures moved to different places ("released and repatriated 95 Xs held in Y
    and 90 Ys held in X": each went home)? Copies of those moves made a release are two
    sides of it, not parts of one figure."""
    return len({str((p.get("_of") or p).get("_key") or "") for p in parts} - {""}) > 1


# Between two figures: the first one's people listed by name, then the second joined to
# them ("the five detainees Ann Lee, Bo Park and Cy Dahl, along with two Americans ...").
_NAME = r"[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|bin|de|al|el|van|von)){0,3}"
_LISTED_THEN = re.compile(rf"^\s*(?:[a-z][\w'’-]*\s+){{0,3}}?(?P<names>{_NAME}(?:\s*,\s*"
                          rf"(?:and\s+)?{_NAME}|\s+and\s+{_NAME})+)\s*,?\s*(?:along\s+with|"
                          r"together\s+with|alongside|as\s+well\s+as|and)\s+(?:the\s+)?$")


def _names_the_first(parts: list[dict]) -> bool:
    """Does the first of two figures name some of its people, with the second joined as the
    rest of them ("the five detainees Ann Lee, Bo Park and Cy Dahl, along with two Americans
    who were not named": five in all, the two among them)? Never a sum."""
    if len(parts) != 2 or not all(p.get("expression") for p in parts):
        return False
    sent = str(parts[0].get("sentence") or "")
    at = _positions(parts, sent)
    if not at:
        return False
    (a, first), (b, second) = at
    m = _LISTED_THEN.match(sent[a + len(str(first["expression"])):b])
    names = len(re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m.group("names"))) if m else 0
    return names > 0 and names + float(second["value"]) <= float(first["value"])


def _coordinated(parts: list[dict], sent: str) -> bool:
    """Are the figures one list ("five Chadians and 40 Sudanese arrived"), each after
    the last with nothing between them that starts another event or sentence?"""
    at = [(a, len(str(p.get("expression") or ""))) for a, p in _positions(parts, sent)]
    if not at:
        return True  # figures not found by their words: as before, trust the sentence
    return not any(_APART.search(sent[a + n:b]) for (a, n), (b, _) in zip(at, at[1:]))


def _listed_kinds() -> set[str]:
    """Kinds whose figures a list of classes can add up: people moved, freed or still held."""
    return kind_registry.moving() | {kind_registry.REMAINING}


def _with_their_relatives(parts: list[dict]) -> bool:
    """ "Five freed Americans and two of their family members were en route to X": relatives
    who travel with the people freed are no part of those freed."""
    kin = [_family(_head(p.get("counted"))) == "families" for p in parts]
    return any(kin) and not all(kin)


def _a_pair_of_classes(parts: list[dict], sent: str) -> bool:
    """Two figures joined by "and" (or "as well as") as one list of people moved, freed or
    still held, the first's noun just before the "and" ("brought home 185 soldiers and 20
    civilians", "returned 185 of its servicemen and 20 civilians"): two classes of one group,
    which add up. Not a list with a comma ("24 hostages, 13 Xs and ten Ys" gives a whole,
    then its parts)."""
    if len(parts) != 2 or not all(p.get("expression") for p in parts) \
            or not all(p["kind"] in _listed_kinds() for p in parts):
        return False
    at = _positions(parts, sent)
    if not at:
        return False
    (a, first), _ = at
    b = at[1][0]
    words = str(first.get("counted") or "").split()
    last = words[-1:]
    gap = sent[a + len(str(first["expression"])):b]
    second = str(at[1][1].get("counted") or "").split()
    if len(words) == 2 and len(second) >= 2 and second[-1] == words[-1] and re.fullmatch(
            r"\s+%s\s+(?:and|as\s+well\s+as)\s+" % re.escape(words[0]), gap, re.I):
        return True  # "5,774 male and 676 female convicts": one noun, two classes of it
    # (the first's place may come between: "1,316 prisoners from various facilities as well
    # as 4,320 detainees")
    return bool(last) and bool(re.fullmatch(
        r"\s+(?:[\w'’-]+\s+){0,4}?%s(?:\s+(?:from|in|at)\s+(?:[\w'’-]+\s+){0,5}?[\w'’-]+)?"
        r"\s+(?:and|as\s+well\s+as)\s+" % re.escape(last[0]), gap, re.I))


def _from_places(parts: list[dict]) -> bool:
    """ "43 fishermen from Rameswaram and 13 from Pudukkottai were released": figures of one
    kind, each of the people from a different named place, are parts of one group that add
    up, whatever noun the second borrows from the first."""
    if len(parts) < 2 or len({p["kind"] for p in parts}) > 1:
        return False
    found = []
    for p in parts:
        around = _around(p)
        m = _FROM_PLACE.match(around[1]) if around else None
        if m is None:
            return False
        found.append(m.group(1).strip())
    return len(set(found)) == len(found)


def _from_a_country(r: dict) -> bool:
    """ "4,410 prisoners from Chad", "4,410 local prisoners": people named by the country
    they are from (beside foreigners, the country's own)."""
    return bool(re.search(r"\b(?:local|domestic)\b", str(r.get("counted") or ""), re.I)) \
        or _from_a_named_place(r)


def _mark_sides_of_a_total(rows: list[dict]) -> None:
    """"An exchange of 300 captives, which included 150 Xian captives and 150 Yian
    captives": figures its sentence adds up to the exchange's total, both ways, are its two
    sides. Marks them ``_sides_of`` that total, so that no sum of theirs stands for one side."""
    totals = collections.defaultdict(set)
    for r in rows:
        if r.get("_both"):
            totals[(r["article_id"], str(r.get("sentence")))].add(float(r["value"]))
    for r in rows:
        if not r.get("_both"):
            r["_sides_of"] = totals.get((r["article_id"], str(r.get("sentence"))), set())


def _of_named_groups(parts: list[dict], sentence: str) -> bool:
    """Does each figure's noun name a different group after "of" ("238 members of the X gang
    and 23 members of Y")? Then one noun counts different people."""
    names = []
    for p in parts:
        expr, noun = str(p.get("expression") or ""), str(p.get("counted") or "")
        if not expr or not noun:
            return False
        m = re.search(re.escape(expr) + r"\s+" + re.escape(noun)
                      + r"\s+of\s+(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)", sentence)
        if m is None:
            return False
        names.append(m.group(1))
    return len(set(names)) == len(names) > 1


def _sum_parts(rows: list[dict]) -> list[dict]:
    """Parts of one quantity in one sentence ("five Ukrainians and 104 Belarusians arrived in
    ..."): same article, sentence, kind and destination, different counted nouns, each a
    nationality or the sentence naming a destination → one summed row."""
    out, buckets = [], {}
    for r in rows:
        buckets.setdefault((str(r["article_id"]), str(r.get("sentence"))), []).append(r)
    for key in sorted(buckets):
        parts = buckets[key]
        nested = _parts_of_a_part(parts, key[1])
        if nested and len(nested) < len(parts):
            out.extend(nested)  # "36 foreigners, among them 13 Xs": no sum of theirs
            parts = [p for p in parts if not any(p is n for n in nested)]
        counted = {str(p.get("counted") or "").lower() for p in parts}
        joinable = all(nationality(p.get("counted")) or _from_a_country(p) for p in parts) or \
            all(not is_missing(p.get("destination")) for p in parts) or _and_the_others(parts) \
            or all(_in_a_listed_total(p) for p in parts) \
            or _a_pair_of_classes(parts, key[1])
        subsets = {p.get("subset") is True for p in parts}
        total = float(sum(float(p["value"]) for p in parts))
        if _two_sides(parts) or _moved_apart(parts) or _names_the_first(parts) \
                or _with_their_relatives(parts) \
                or _freed_only_in_part(parts) or _a_nationality_of_the_foreigners(parts) \
                or any(total in (p.get("_sides_of") or ()) for p in parts):
            out.extend(parts)
            continue
        places = _from_places(parts)
        joinable = joinable or places
        # "among them 16 Saudis and three Sudanese": parts of a part sum to a part
        # (a list by place of origin is one list, however the parser hung its first item:
        # "among those freed, 184 were from X, three from Y ...")
        # "238 members of X and 23 members of Y": one noun, told apart by the group named
        groups = _of_named_groups(parts, key[1])
        joinable = joinable or groups
        if len(parts) < 2 or (len(counted) < len(parts) and not places and not groups) \
                or not joinable \
                or (len(subsets) > 1 and not places) \
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
            # nationals and foreigners together are everyone in the set they are parts of
            subset=True in subsets and not any(p.get("_everyone") for p in parts),
        )
        if True not in subsets or summed["kind"] in kind_registry.subsets():
            summed["_restricted"] = False  # several nationalities: the foreigners in all
        out.append(summed)
    return out


# Before "five other prisoners": the words that join them to someone the sentence names.
_WITH_OTHERS = re.compile(r"(?:\band\b|\balong\s+with\b|\balongside\b|\btogether\s+with\b|"
                          r"\bas\s+well\s+as\b|\b(?<=ed\s)with\b)\s*(?:the\s+)?"
                          r"(?:other\s+)?$", re.I)  # ("and the other two")
# One person named or described just before them: "Ann Lee", "a Chadian journalist", "Ann
# Lee's name" (listed alongside five others).
_NAME_WORD = r"(?:[A-Z][\w'’-]*|[a-z]{1,3}-[A-Z][\w'’-]*)"  # "Lee", "el-Tahir"
_ONE_NAMED = re.compile(r"(?:\b(?:a|an)\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+|"
                        r"(?:\b%s\s+(?:(?:bin|ibn|de|da|di|van|von|del)\s+)?){0,3}%s"
                        r"(?:['’]s\s+name)?)$"
                        % (_NAME_WORD, _NAME_WORD))


# A description set off by a comma after a name: ", a reporter and the wife of a minister",
# ", son of the group's founder".
_APPOSITIVE = re.compile(r"(\w),\s+(?:(?:a|an|the)\s+|[a-z]+\s+of\s+)[^,]+$")  # (", son of X")
# One person as the clause's subject: "He was allowed to leave along with 13 others".
_ONE_SUBJECT = re.compile(r"\s*(?:He|She)\s+(?!said\b|says\b|told\b)[a-z]")
# A name described as one person, set off by commas, as the subject: "Ann Lee, a poet who spent
# four years in prison, landed in X alongside nine others".
_DESCRIBED_SUBJECT = re.compile(r"^\s*(?:%s\s+){0,3}%s\s*([,–—])\s*(?:a|an)\s+[^,–—]+\1\s*"
                                r"(?!said\b|says\b|told\b)[a-z]" % (_NAME_WORD, _NAME_WORD))
# A name as the subject of a singular passive: "Irish-born missionary Ann Lee has been safely
# released, along with the seven other people ...".
# So with a description between commas and a place after it: "Ann Lee, director of the
# mission hospital, was released from detention along with 54 others".
_NAMED_PASSIVE = re.compile(r"\b(?:%s|he|she)(?:\s*,[^,]{1,60},)?\s+(?:was|is|has\s+been|"
                            r"had\s+been)\s+(?:\w+ly\s+)?[a-z]+ed(?:\s+(?:from|on|in|after)"
                            r"(?:\s+[\w'’-]+){1,3})?$" % _NAME_WORD)
# A first and last name joined to the figure: "Ann Lee and the seven Tarvan nationals".
_AFTER_A_FULL_NAME = re.compile(r"\b(?P<name>%s\s+%s)\s+(?:and|along\s+with|together\s+with)"
                                r"\s+(?:the\s+)?$" % (_NAME_WORD, _NAME_WORD))


def _joined_to_a_full_name(r: dict) -> bool:
    """"Ann Lee and the seven Tarvan nationals have been released": people counted beside one
    person named in full (not a place: "Saudi Arabia and the 50"), who is not among them."""
    around = _around(r)
    m = _AFTER_A_FULL_NAME.search(around[0]) if around else None
    if m is None or r.get("subset") is True:
        return False
    first, last = m.group("name").split()
    # not a place, nor a count of a nationality ("Forty Moldovans and three Estonians")
    return not (country_of(m.group("name")) or demonym_country(last) or demonym_country(first)
                or numbers.find_numbers(first))


# A headline's pair: "Irishwoman, eight others freed".
_HEADLINE_PAIR = re.compile(r"^\s*(?:%s\s+){0,3}%s\s*,\s*$" % (_NAME_WORD, _NAME_WORD))


def _named_with_others(rows: list[dict]) -> list[dict]:
    """"Pardoned the activist Ann Lee and five other prisoners": six people freed, of whom
    the five are a part. A copy of the figure with the one person the sentence names added,
    where that clause names exactly one (no list of names), or says "him" or "her" just
    before ("pardoned him and five other prisoners")."""
    out = []
    for r in rows:
        # the cheap tests first: the full name is searched in the sentence
        if r["kind"] not in kind_registry.moving() | {kind_registry.FOREIGN_NATIONALS} \
                or r.get("prospective") is True \
                or not (_besides_named(r) or _joined_to_a_full_name(r)):
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
        if re.search(r"\b(?:him|her)$", before, re.I) and r["kind"] == kind_registry.RELEASED:
            out.append(_one_more(r))  # "pardoned him and five other prisoners": one more
            continue
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
    _others_told_again(rows, out)
    return out


def _others_told_again(rows: list[dict], wholes: list[dict]) -> None:
    """ "Fourteen other hostages were rescued", after "freed Ann Lee and 14 other hostages" in
    the same article: the others told again are the same part of the same whole (15), not a
    whole of their own."""
    told = {(str(w["_of"]["article_id"]), w["_of"]["kind"], float(w["_of"]["value"]))
            for w in wholes if w.get("_of") is not None}
    for r in rows:
        if (str(r["article_id"]), r["kind"], float(r["value"])) in told \
                and r.get("subset") is not True and _besides_named(r):
            r["subset"] = True


# After a figure: its noun, then one more person joined to it by an article ("six Americans
# and a legal permanent resident", "four Britons and an Irishman").
#: Words that end a list of people after a figure: the verb or place that follows it ("...
#: were freed", "... held in X", "... from Y").
_LIST_ENDS = r"who|were|was|had|have|are|is|from|held|in|to|on"
_AND_ONE_MORE = re.compile(r"^\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+s\s*,?\s+(?:and|as\s+well\s+as|"
                           r"along\s+with|plus)\s+(?P<det>an?|one|the)\s+(?P<noun>(?:[\w'’-]+\s+){0,3}?"
                           r"[\w'’-]+?)(?=\s*(?:[,.;:)]|$|\s+(?:" + _LIST_ENDS
                           # (one person may be described after: "a Y convicted of spying")
                           + r"|as|remain(?:s|ed)?|still|\w+ed)\b))", re.I)


def _and_one_more(rows: list[dict]) -> list[dict]:
    """"Venezuela released six Americans and a legal permanent resident": seven people freed,
    the six a part; "28 police officers and one soldier remain captive": 29 held. A copy of
    the figure with the one person added, where the article or "one" names one person of a
    people noun or a nationality."""
    out = []
    for r in rows:
        if r["kind"] not in kind_registry.moving() | {kind_registry.REMAINING} \
                or r.get("prospective") is True \
                or r.get("subset") is True or (r.get("_of") is not None
                                               and not r.get("_freed_copy")):
            continue  # (the release told by a transfer's clause counts its people alike)
        around = _around(r)
        m = _AND_ONE_MORE.match(around[1]) if around else None
        if m is not None and _one_person(m.group("noun")) and (
                m.group("det").lower() != "the" or _one_singled_out(m.group("noun"))):
            out.append(_one_more(r))
            continue
        m = _AND_SOME_MORE.match(around[1]) if around else None
        if m is not None:
            # "freed two French hostages, an American and a South Korean": four
            persons = _ONE_OF_A_LIST.findall(m.group("list"))
            if len(persons) >= 2 and all(_one_person(p) for p in persons):
                out.append(_one_more(r, len(persons)))
    return out


# After a figure: its noun, then a list of single people each with an article ("two French
# hostages, an American and a South Korean"); each of them is one more.
_A_PERSON = r"(?:an?|one)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+?"
_AND_SOME_MORE = re.compile(r"^\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+s(?P<list>(?:\s*,\s+%s)+,?\s+"
                            r"(?:and|as\s+well\s+as|plus)\s+%s)(?=\s*(?:[,.;:)]|$|\s+(?:%s)\b))"
                            % (_A_PERSON, _A_PERSON, _LIST_ENDS), re.I)
_ONE_OF_A_LIST = re.compile(r"\b(?:an?|one)\s+((?:[\w'’-]+\s+){0,2}?[\w'’-]+?)(?=\s*,|\s+(?:and|"
                            r"as\s+well\s+as|plus)\b|$)", re.I)


def _one_person(noun: str) -> bool:
    """Does ``noun`` ("legal permanent resident", "South Korean") name one person: a people
    noun or a nationality?"""
    word = noun.split()[-1]
    last = singular(word.lower())
    return last in cues.PEOPLE_NOUNS or last.endswith(cues.PEOPLE_SUFFIXES) \
        or bool(demonym_country(word)) or looks_like_demonym(word + "s")  # ("a South Korean")


#: People nouns that name a body of people, not one person, even in the singular ("and the
#: crew").
_BODY_NOUNS = {"crew", "staff", "family", "police", "forces", "opposition", "dead", "injured",
               "wounded", "missing", "displaced", "freed", "released", "those", "people",
               "rest", "remainder", "others", "public", "military", "army", "government"}


def _one_singled_out(noun: str) -> bool:
    """After "and the", does ``noun`` name one person ("five nurses and the Palestinian
    doctor"): a singular people noun, not a body of them ("and the crew")?"""
    word = noun.split()[-1].lower()
    return word not in _BODY_NOUNS and singular(word) == word and not word.endswith("s")


def _one_more(r: dict, n: int = 1) -> dict:
    """The whole of "Ann Lee and five others": a copy of the others' figure with the one person
    (or ``n`` people) added; the others become a part of it."""
    lo, hi = _interval(r)
    r["subset"] = True  # the five others are a part of the six
    return {**r, "value": float(r["value"]) + n,
            "low": None if lo is None else lo + n, "high": None if hi is None else hi + n,
            "counted": re.sub(r"^other\s+", "", str(r.get("counted"))), "subset": False,
            "claim_id": None, "part_ids": [r.get("claim_id")], "summed": True, "_of": r}
