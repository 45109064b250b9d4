"""One claim row read for the story's answer: the place it names (a comparable key, the
country), the people it counts (head noun, class, nationality), its interval; and the few
readings across rows the other modules of the answer share."""
from __future__ import annotations

import collections
import functools
import math
import re

from .. import kinds as kind_registry
from ..extraction import cues, numbers
from ..extraction.claims.tokens import singular
from ..extraction.places import COUNTRY_ALIASES, country_of, demonym_country, place_stem
from .summary import is_missing

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
               "troop", "personnel", "deportee", "migrant", "passenger", "victim", "man", "men",
               "one", "other", "them", "those"}


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
    "families": {"family", "families", "relative", "relatives", "kin", "dependant",
                 "dependent"},
}
#: After a figure: "members" whose "of" phrase names families ("168 Iraqi members of
#: fighters' families", "170 members of the group's families").
_MEMBERS_OF_FAMILIES = re.compile(r"^\s*(?:[\w'’-]+\s+){0,3}?members?\s+of\s+(?:the\s+)?"
                                  r"(?:[\w'’-]+\s+){0,3}?famil(?:y|ies)\b", re.I)
#: Words before a class of people that do not name it ("two other opposition figures").
LEADING_WORDS = {"other", "more", "further", "additional", "freed", "released", "remaining", "the",
                 "some",
                 "several", "many", "of", "those", "these", "newly", "also"}


NATIONALITY_NOUNS = {"citizen", "national", "foreigner", "passport-holder", "subject",
                     "expatriate"}


# --- places --------------------------------------------------------------------------------------

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


# --- what a claim counts -------------------------------------------------------------------------

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
    citizens", "foreign nationals", "foreign prisoners"."""
    words = _words(counted)
    for w in words:
        low = w.lower()
        if low.rstrip("s") in NATIONALITY_NOUNS or low in NATIONALITY_NOUNS \
                or low == "foreign":
            return True
        if w[:1].isupper() and _is_demonym(w):
            return True
    # "23,314 Myanmar prisoners": a country's name before the noun, as its demonym
    return len(words) == 2 and words[0][:1].isupper() and words[1][:1].islower() \
        and country_of(words[0]) == words[0]


def _named_nationality(counted) -> bool:
    """Whether a counted phrase names one nationality ("Americans", "British nationals") or
    the citizens of one country ("four citizens", "citizens of COUNTRY"), not foreigners in
    general ("foreign nationals", "foreigners", "foreign citizens")."""
    words = _words(counted)
    low = [w.lower() for w in words]
    if any(w in ("citizen", "citizens") for w in low) and not any(w in cues.FOREIGN_MODIFIERS
                                                                  for w in low):
        return True
    return any(w[:1].isupper() and _is_demonym(w) for w in words) or bool(_countries_of_citizens(
        words))


def _countries_of_citizens(words: list[str]) -> set[str]:
    """The countries a phrase names by name just before "citizens" or "nationals" ("Belarus
    nationals", "US citizens"), as a demonym would ("Belarusian nationals")."""
    return {country for w, nxt in zip(words, words[1:])
            if singular(nxt.lower()) in ("citizen", "national")
            and (country := _country_itself(w)) is not None}


def _country_itself(word: str) -> str | None:
    """The country a capitalised word is the name of, or the short form of ("US", "UK");
    None for a city, a region or any other word."""
    country = country_of(word) if word[:1].isupper() else None
    return country if country and (country == word or (word.isupper() and len(word) <= 3)) \
        else None


def _is_demonym(word: str) -> bool:
    return demonym_country(word) is not None


def _restricted(r: dict, whole_heads: set[str]) -> bool:
    """A claim counting a subset of its quantity's people: a partitive ("47 of the men freed",
    "including 40 journalists"), one nationality ("104 of the freed Belarusians") or, in an
    event (a release, a transfer), one class of the people it moved ("709 Houthi fighters")."""
    if r["kind"] in kind_registry.subsets():
        # one named nationality among foreigners counted in general ("two Americans" of ten)
        return _named_nationality(r.get("counted"))
    if r.get("subset") is True or (nationality(r.get("counted")) and not r.get("_story_nation")) \
            or _of_one_sex_or_age(r.get("counted")) or _from_a_named_place(r):
        return True
    # a class among people counted in general ("709 fighters" of 875 detainees freed)
    return (r["kind"] in kind_registry.moving() and whole_heads is WHOLE_NOUNS
            and bool(_class_of(r, whole_heads)))


#: Just after a figure: the place its people come from ("184 fishermen from Gujarat",
#: "43 were from X"), not what they were freed from ("from prison", "from captivity").
_FROM_PLACE = re.compile(r"^\s*(?:[\w'’-]+\s+){0,3}?from\s+((?:[A-Z][\w'’-]+\s*){1,3})")


#: Just after a figure: the one named prison its people were freed from ("46 were released
#: from Cotopaxi prison", "10 had been freed from a prison known as Yare III").
_FROM_NAMED_PRISON = re.compile(
    r"^\s*(?:[\w'’-]+\s+){0,6}?from\s+(?:(?:the|a)\s+)?(?:(?:[A-Z][\w'’-]*\s+){1,3}(?i:%s)\b"
    r"|(?i:%s)\s+(?:known\s+as|called|of)\s+[A-Z])"
    % (("|".join(sorted(cues.CUSTODY_PLACES)),) * 2))


def _named_place_before(counted) -> bool:
    """Does the counted phrase name a city or region of a country before its noun ("184
    Gujarat fishermen")? A country's own name, or its short form or other name ("US",
    "Britain"), says who they all are, as a nationality does."""
    return any(w[:1].isupper() and country_of(w) is not None and _country_itself(w) is None
               and w.casefold() not in COUNTRY_ALIASES for w in _words(counted)[:-1])


def _from_a_named_place(r: dict) -> bool:
    """Does a claim count the people from one named place, a country, region or city ("a
    total of 184 fishermen from Gujarat", "184 Gujarat fishermen"), or freed from one named
    prison ("46 were released from Cotopaxi prison")? Like one nationality, that is a part
    of the people freed wherever a source gives a larger whole."""
    if _named_place_before(r.get("counted")):
        return True
    around = _around(r)
    if around is None:
        return False
    m = _FROM_PLACE.match(around[1])
    return bool(m and country_of(m.group(1).strip())) or (
        r["kind"] in kind_registry.moving() and bool(_FROM_NAMED_PRISON.match(around[1])))


#: Words before a people noun that tell one sex or age of them ("989 male inmates").
SEX_AND_AGE_WORDS = {"male", "female", "juvenile", "underage", "elderly", "teenage", "adult"}


def _of_one_sex_or_age(counted) -> bool:
    """Does the counted phrase tell one sex or age of its people ("989 male inmates", "15
    female prisoners")? Such a figure is a part of those freed, never their whole."""
    words = _words(str(counted).split(" of ")[0]) if not is_missing(counted) else []
    return any(w.lower() in SEX_AND_AGE_WORDS for w in words[:-1])


def _family(head: str) -> str:
    """A class of people under one name: "pupils", "schoolchildren" and "children" are one
    class; "reporters" and "journalists" another."""
    return next((name for name, members in CLASS_FAMILIES.items() if head in members), head)


def _class_of(r: dict, whole_heads: set[str]) -> str:
    """The class of people a claim counts when it is not the quantity's whole population
    ("journalists", "children", "opposition figures"); "" otherwise, and for nouns that are
    not people ("sides", "flights")."""
    head = "family" if _of_families(r) else _head(r.get("counted"))
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


def _of_families(r: dict) -> bool:
    """Whether a claim counts members of families ("168 Iraqi members of fighters'
    families", "170 members of the group's families"): the class is in the "of" phrase."""
    around = _around(r)
    return bool(around and _MEMBERS_OF_FAMILIES.match(around[1]))


def _people_head(r: dict) -> bool:
    """Whether a claim's counted noun names people (or there is none: "57 were freed"); not
    "sides" or "flights", which a figure of a people kind can still be read with; a group the
    extractor read as a headcount ("the first group of 1,178") is people."""
    head = _head(r.get("counted"))
    return (not head or head in WHOLE_NOUNS or _family(head) != head or head in cues.PEOPLE_NOUNS
            or (head in cues.GROUP_NOUNS and r.get("_counted_people") is True)
            or head.endswith(cues.PEOPLE_SUFFIXES) or (head + "s").endswith(cues.PEOPLE_SUFFIXES)
            or nationality(r.get("counted")))


def _figures_in(sent: str, expr: str, pos: int = 0) -> list[int]:
    """Where a figure's words stand in a sentence, from ``pos`` on, whole only: "16" is not
    in "166", nor in "1,600" or "2.16"."""
    out, n = [], len(expr)
    at = sent.find(expr, pos) if expr else -1
    while at >= 0:  # str.find, then the boundaries: far cheaper than a regex per figure
        before, after = sent[at - 1:at], sent[at + n:at + n + 1]
        if not (before and (_word_char(before) or before in ",.")) \
                and not (after and _word_char(after)):
            out.append(at)
        at = sent.find(expr, at + 1)
    return out


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def _around(r: dict) -> tuple[str, str] | None:
    """The words of a claim's sentence before and after its figure, found by its expression
    (a claim's ``start`` is the article's offset, not the sentence's); None if not found."""
    sent, expr = str(r.get("sentence") or ""), str(r.get("expression") or "")
    at = _figures_in(sent, expr)
    start = at[0] if at else -1
    if len(at) > 1:
        # the figure twice ("freed 150 Sudanese ... released 150 Chadians"): the one before
        # the claim's own noun
        head = _head(r.get("counted"))
        start = next((a for a in at if head and head in sent[a + len(expr):a + len(expr)
                                                             + 40].lower()), start)
    return (sent[:start], sent[start + len(expr):]) if start >= 0 else None


# Before a list of figures: the words that make the list one total ("a total of").
_A_TOTAL_OF = re.compile(r"\b(?:a\s+total\s+of|in\s+total|in\s+all|altogether)\s*,?\s*", re.I)
# Between the total's words and a later figure of its list: the list's words, then "and".
_LISTED = re.compile(r"^[\w\s'’,-]{1,60}?(?:,\s*|\s+)(?:and\s+)?$")


def _in_a_listed_total(r: dict) -> bool:
    """Is the claim's figure one of a list told as one total ("a total of four officers and 53
    soldiers remain held": both)? Such a list is one quantity, whatever classes it names."""
    around = _around(r)
    totals = list(_A_TOTAL_OF.finditer(around[0])) if around else []
    if not totals:
        return False
    between = around[0][totals[-1].end():]  # after the last such words before the figure
    return not between or bool(_LISTED.match(between) and numbers.find_numbers(between))


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


def _nation_of(r: dict) -> str:
    """The one country whose people a claim counts by nationality ("32 Armenian soldiers" →
    Armenia); "" for none or several."""
    return _country_of_counted(None if is_missing(r.get("counted")) else str(r["counted"]))


@functools.lru_cache(maxsize=4096)
def _country_of_counted(counted: str | None) -> str:
    words = _words(counted)
    found = {demonym_country(w) for w in words if w[:1].isupper()} | _countries_of_citizens(words)
    found.discard(None)
    return found.pop() if len(found) == 1 else ""


def _besides_named(r: dict) -> bool:
    """ "five other Georgian citizens": people counted besides those the sentence names, or
    besides one person an earlier sentence names freed (the claim's ``besides_earlier``)."""
    counted = str(r.get("counted") or "").lower()
    return r.get("besides_earlier") is True or counted.startswith("other ") or counted == "others"


# --- intervals -----------------------------------------------------------------------------------

#: A round figure stated without a hedge ("7,000 prisoners") is read as rounded: it allows a
#: precise figure within this share of it ("7,012"), never a different round one.
ROUNDING = 0.01


def _round(v: float) -> bool:
    """A figure in whole thousands ("7,000", "12,000"): how a rounded count is written."""
    return v >= 1000 and v % 1000 == 0


def _qualifier(r: dict) -> str:
    """A claim's hedge, "exact" when it states none."""
    q = r.get("qualifier")
    return "exact" if is_missing(q) else str(q)


def _bare(r: dict) -> bool:
    """Whether a claim states its figure without a hedge."""
    return _qualifier(r) == "exact"


def _interval(r: dict) -> tuple[float | None, float | None]:
    """A claim's bounds: its own ``low``/``high``, else its hedge's (``numbers.interval``);
    a round figure stated exactly allows ``ROUNDING`` either side."""
    lo = None if is_missing(r.get("low")) else float(r["low"])
    hi = None if is_missing(r.get("high")) else float(r["high"])
    if lo is None and hi is None and not is_missing(r.get("value")):
        lo, hi = numbers.interval(float(r["value"]), _qualifier(r))
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


# --- across claims -------------------------------------------------------------------------------

def _by_sentence(rows: list[dict]) -> dict[tuple, list[dict]]:
    """Rows by (article_id, sentence), in their order."""
    out: dict[tuple, list[dict]] = collections.defaultdict(list)
    for r in rows:
        out[(r["article_id"], str(r.get("sentence")))].append(r)
    return out


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
