"""Whose people a figure counts, the ``population`` of a group's key: a class counted on its
own, a wider count held, the story's own nationality, a country's own nationals among those
it frees, releases in several places. The sides of an exchange are in :mod:`.sides`."""
from __future__ import annotations

import collections
import re

from .. import kinds as kind_registry
from ..extraction import numbers
from ..extraction.places import country_of, demonym_country
from .copies import _a_pair_of_classes, _listed_kinds
from .rows import (
    WHOLE_NOUNS,
    _around,
    _bare,
    _besides_named,
    _class_of,
    _family,
    _head,
    _in_a_listed_total,
    _nation_of,
    _of_families,
    _place_key,
    _release_figures,
    _words,
    nationality,
)
from .sides import SIDE_OF


def _population(r: dict, whole_heads: set[str]) -> str:
    """A class of people counted on its own in a state ("at least 9 journalists remain
    jailed" beside 150 political prisoners held) is another quantity; so is one beside
    another class in an event ("4 teachers" beside "87 pupils" freed). In an event counted in
    general ("875 detainees freed") a class is a part of the people moved. "" for the whole
    population."""
    if (r["kind"] in kind_registry.subsets() or r.get("subset") is True
        or (nationality(r.get("counted")) and not _of_families(r)) or _in_a_listed_total(r)):
        return ""  # (a class in a list told as one total: "a total of 4 officers and 53 ...")
    if r["kind"] in kind_registry.moving() and whole_heads is WHOLE_NOUNS:
        return ""  # a part of the people moved (see _restricted)
    return _class_of(r, whole_heads) or (_wider_scope(r) if r["kind"] == kind_registry.REMAINING
                                         else "")


#: Heads that count people under arms, and the heads of people who are not.
MILITARY_HEADS = {"serviceman", "servicemen", "soldier", "troop", "pow", "serviceperson",
                  "servicemember", "marine", "combatant", "fighter"}
_OF_WAR = re.compile(r"\bprisoners?\s+of\s+war\b|\bpows?\b", re.I)
CIVILIAN_HEADS = {"civilian"}
CIVILIANS = "civilians"


def _under_arms(r: dict) -> bool:
    """Does the claim count people under arms ("146 servicemen", "95 prisoners of war")?"""
    return _head(r.get("counted")) in MILITARY_HEADS or bool(_OF_WAR.search(
        str(r.get("counted") or "")))


def _civilians_apart(members: list[dict]) -> set[int]:
    """"146 servicemen were returned; Moscow also received eight civilians": civilians moved
    beside people under arms are no part of them but a quantity of their own, where the
    group's figures under arms are at least as many as its other figures (the civilians
    aside), and the civilians are not listed with them ("brought home 120 soldiers and 15
    civilians" is one list). The ids of such claims."""
    moving = [r for r in members if r["kind"] in kind_registry.moving()
              and r.get("subset") is not True]
    # "brought home 120 soldiers and 15 civilians": one list, summed later, not set apart
    listed = {(r["article_id"], str(r.get("sentence"))) for r in moving if _under_arms(r)}
    civilians = [r for r in moving if _head(r.get("counted")) in CIVILIAN_HEADS
                 and (r["article_id"], str(r.get("sentence"))) not in listed]
    military = sum(_under_arms(r) for r in moving)
    if not civilians or not military or military < len(moving) - military - len(civilians):
        return set()
    return {id(r) for r in civilians}


#: Classes that tell the people's sex or age, not what they are: a breakdown of one group.
DEMOGRAPHIC_FAMILIES = {"women", "children"}
DEMOGRAPHIC_HEADS = {"man", "men", "baby", "babies", "infant", "infants", "toddler", "adult",
                     "elderly", "mother", "father"}


def _sex_and_age_pairs(members: list[dict]) -> set[int]:
    """ "Soldiers rescued 62 women and four babies": two classes joined as one list of people
    freed, moved or still held, each telling sex or age, are one group told in two parts
    (summed later), not a class counted on its own, as "4 teachers" beside "87 pupils" are;
    so are any two classes of such a list whose sum other sources give as the same kind of
    figure ("released the 50 guards and seven police officers" beside "57 freed"; "153
    pupils and 12 teachers remain" beside "165 students and staff remain"). The ids of such
    claims."""
    listed = _listed_kinds()
    given = collections.defaultdict(list)  # (kind, figure) → the claims that give it
    for r in members:
        if r["kind"] in {kind_registry.RELEASED, kind_registry.REMAINING} \
                and r.get("prospective") is not True:
            given[(r["kind"], float(r["value"]))].append(r)
    by_sentence = collections.defaultdict(list)
    for r in members:
        if r["kind"] in listed and r.get("subset") is not True:
            by_sentence[(r["article_id"], str(r.get("sentence")))].append(r)
    out = set()
    for (_, sent), parts in by_sentence.items():
        if len(parts) == 2 and _a_pair_of_classes(parts, sent) and (all(
                _family(_head(p.get("counted"))) in DEMOGRAPHIC_FAMILIES
                or _head(p.get("counted")) in DEMOGRAPHIC_HEADS for p in parts)
                or _summed_elsewhere(parts, given)):
            out |= {id(p) for p in parts}
    return out


#: After a figure, two classes joined as what it counts: "165 students and staff".
_TWO_CLASSES = re.compile(r"^\s*([\w'’-]+)\s+(?:and|&)\s+([\w'’-]+)")


def _summed_elsewhere(parts: list[dict], given: dict[tuple[str, float], list[dict]]) -> bool:
    """Do other sources give the two classes' sum as the same kind of figure: two sources
    at least, told as neither class ("57 hostages" for "50 guards and seven police
    officers"; not "30 students" for "27 students and three teachers", which counts students
    only), or one that names both classes ("165 students and staff")?"""
    classes = {_family(_head(p.get("counted"))) for p in parts}
    # (people moved are compared with the release: "released the 50 guards and ...")
    kind = kind_registry.REMAINING if parts[0]["kind"] == kind_registry.REMAINING \
        else kind_registry.RELEASED
    told = [r for r in given.get((kind, sum(float(p["value"]) for p in parts)), [])
            if r["article_id"] != parts[0]["article_id"]]
    apart = {r["article_id"] for r in told
             if (cls := _family(_head(r.get("counted")))) and cls not in classes}
    return len(apart) > 1 or any(_names_both(r, classes) for r in told)


def _names_both(r: dict, classes: set[str]) -> bool:
    """Does the figure count the two classes together ("the 165 students and staff")?"""
    around = _around(r)
    m = _TWO_CLASSES.match(around[1]) if around else None
    return bool(m) and {_family(_head(m.group(1))), _family(_head(m.group(2)))} == classes


def _held_by_nationality(rows: list[dict]) -> None:
    """ "Pakistan holds 266 Indian prisoners" and "India holds 462 Pakistani prisoners": where
    the story's counts held name two nationalities or more, each nationality held is a
    quantity of its own ("nationals of India"), never a rival of the other; a part in a
    sentence whose whole names one ("266 Indian prisoners, including 217 fishermen") goes
    with that whole."""
    held = [r for r in rows if r["kind"] == kind_registry.REMAINING
            and r.get("prospective") is not True and not r.get("_nation")
            and not _besides_named(r)]  # not "five men ... along with 150 other Israelis"
    nations = {_nation_of(r) for r in held if r.get("subset") is not True} - {""}
    if len(nations) < 2:
        return
    wholes = collections.defaultdict(set)  # (article, sentence) → the nationalities it holds
    for r in held:
        nation = _nation_of(r)
        if nation and r.get("subset") is not True:
            r["_nation"] = SIDE_OF + nation
            wholes[(r["article_id"], str(r.get("sentence")))].add(r["_nation"])
    for r in held:
        own = wholes.get((r["article_id"], str(r.get("sentence"))), set())
        if r.get("subset") is True and len(own) == 1:
            r["_nation"] = next(iter(own))


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
    if any(_held_abroad(str(r.get("sentence") or ""), home) for r in own):
        return  # "ten Americans detained in X were released": a swap, they were abroad
    for r in own:
        r["kind"], r["subset"] = kind_registry.RELEASED, True


#: Words that tell people were held abroad or swapped: "in exchange for five Ruritanians",
#: "detained in X", "released from X prison".
_HELD_ABROAD = re.compile(r"(?i:\b(?:exchanges?|swaps?|trade)\b)"
                          r"|(?i:\b(?:held|detained|imprisoned|jailed|captive)\s+(?:in|by)\s+"
                          r"(?:the\s+)?)[A-Z]"
                          r"|(?i:\b(?:from|in)\s+(?:an?\s+)?)(?P<place>[A-Z][\w'’-]+)\s+"
                          r"(?i:prisons?|jails?|custody|captivity)\b")


def _held_abroad(sent: str, home: str) -> bool:
    """Does the sentence tell its people held abroad or swapped? "Released from X prison"
    does where X is a place or people of another country than ``home`` ("from a Ruritanian
    jail" where Tarvo frees them); not a prison's own name the tables place nowhere ("from
    Evin prison") nor a place of home's."""
    for m in _HELD_ABROAD.finditer(sent):
        place = m.group("place")
        if place is None:
            return True
        country = country_of(place) or demonym_country(place)
        if country is not None and country != home:
            return True
    return False


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


#: A run of capitalised words that may name a place ("Kano", "Cross River").
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|al|el|de)){0,3}")


def _places_within(sentence: str) -> set[str]:
    """The places in a sentence that lie within a country, not countries themselves:
    "the governor of Kano" → {"Kano"}; "the UK" → set()."""
    found = set()
    for m in _CAPITALISED.finditer(sentence):
        words, i = m.group(0).split(), 0
        if words[0] == "The":
            i = 1  # "The Israel Prison Service": the article is no part of a place's name
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
