"""Canonical entities across the corpus: labels by weighted vote, then merges by rule.

Steps (each merge is recorded in the entity's ``merge_rule``):

1. every spelling's key (:func:`analysis.extraction.entity_names.name_key`) gets a label by vote:
   the model's label (1 per mention), a context hint (3), outlet/byline metadata (5),
   demonym of a place in the corpus → NORP, first word a known given name → PERSON;
2. in each article, a surname-only (or given-name-only) mention joins the one full name
   it ends (or starts) with — "Mr. Smith" → "Anna Smith";
3. a lone surname no article explains becomes PERSON when it is the surname of a person
   elsewhere in the corpus (the model often tags surnames ORG), and joins that person
   when only one person in the corpus has it;
4. people: same-gender-form surnames and given names that are romanisation variants
   (blocked by surname skeleton, so not quadratic); every pair across the two groups must
   agree, so "M. Ivanov" cannot chain "Maria" to "Mikhail"; a lone given name ("her
   husband, Heorhi") joins the one person of that given name whose surname is the family
   name of someone in its article;
5. organisations and places: an initialism joins the one long form it abbreviates
   ("European Union (EU)", "U.S." / "United States"), and "Acme Airlines" joins "Acme";
6. ``aliases.yml`` forces or forbids merges.

Different label classes (person, organisation, place) never merge.
"""
from __future__ import annotations

import bisect
import collections
import hashlib
import re
from pathlib import Path

import numpy as np
import pandas as pd
from rapidfuzz import fuzz, process

from .entity_names import (
    NAME_PARTICLES,
    ORG_DESIGNATORS,
    ROLE_CLASS,
    fold,
    given_variant,
    initials,
    is_demonym_of,
    is_initialism,
    known_place,
    name_key,
    skeleton,
    skeletons,
    strip_designators,
    surname_variant,
    translit,
    translit_forms,
)

W_NER, W_HINT, W_META, W_DEMONYM, W_GIVEN = 1, 3, 5, 10, 2
# The lowest fuzz.ratio of two transliterated given names that entity_names.given_variant
# accepts (besides initials); used to pick the pairs worth asking it about.
GIVEN_MIN_RATIO = 70
# Likewise the lowest fuzz.ratio of two readings of surnames that surname_variant accepts.
SURNAME_MIN_RATIO = 70
# Gazetteer prior per mention: a country outweighs the model's label, a city only breaks ties
# (cities share names with companies and people: "Toyota", "Hamilton"); context hints outweigh
# both.
W_GAZETTEER = {"country": 1.5, "city": 0.5}
CLASS = {"GPE": "PLACE", "LOC": "PLACE"}
# "European Union (EU)": capitalised words (with of/the/and/for/on between) then the initialism
_STATED_INITIALISM = re.compile(r"((?:[A-Z][\w.'’-]*\s+(?:(?:of|the|and|for|on|to|"
                                r"in)\s+)*){1,8})\(([A-Z][A-Z.]{1,7})\)")
_FAMILY_END = re.compile(r"(?:aia|aja|aya|ava|ova|eva|ina|yna|ska|cka|aite|iene|yte|ute|ii|iy|ij|"
                         r"a|i|y)$")


def _cls(label: str) -> str:
    return CLASS.get(label, label)


class _Groups:
    """Union-find over nodes, refusing unions a predicate or a forbidden pair rules out."""

    def __init__(self, nodes, forbidden: set[frozenset] | None = None):
        self.parent = {n: n for n in nodes}
        self.members = {n: [n] for n in nodes}
        self.rules: dict = collections.defaultdict(list)
        self.forbidden = forbidden or set()

    def find(self, n):
        while self.parent[n] != n:
            self.parent[n] = self.parent[self.parent[n]]
            n = self.parent[n]
        return n

    def union(self, a, b, rule: str, ok=None, force: bool = False) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        ma, mb = self.members[ra], self.members[rb]
        if not force:
            if self.forbidden and any(frozenset((x[1], y[1])) in self.forbidden for x in ma
                                      for y in mb):
                return False
            if ok is not None and not ok(ma, mb):
                return False
        if (len(ma), ra) < (len(mb), rb):
            ra, rb, ma = rb, ra, mb
        self.parent[rb] = ra
        self.members[ra] = sorted(self.members[ra] + self.members.pop(rb))
        self.rules[ra] += self.rules.pop(rb, []) + [rule]
        return True


def _votes(m: pd.DataFrame) -> dict[str, collections.Counter]:
    votes: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for key, ner, hint, field in zip(m["key"], m["ner_label"], m["hint"], m["field"]):
        if field != "text" and isinstance(hint, str):
            votes[key][hint] += W_META
            continue
        if isinstance(ner, str):
            votes[key][ner] += W_NER
        if isinstance(hint, str):
            votes[key][hint] += W_HINT
    return votes


def _key_labels(m: pd.DataFrame) -> dict[str, str]:
    votes = _votes(m)
    n = m["key"].value_counts().to_dict()
    for k in sorted(votes):
        kind = known_place(k)
        if kind:
            votes[k]["GPE"] += W_GAZETTEER[kind] * n.get(k, 1)
    best = {k: _argmax(v) for k, v in votes.items()}
    places = collections.defaultdict(list)
    for k, lab in best.items():
        if lab in CLASS:  # "United Arab Emirates" lends "Emirates" to "Emirati" (strictly)
            last = k.split()[-1]
            places[last[:3]].append((last, " " in k))
    firsts = {k.split()[0] for k, lab in best.items() if lab == "PERSON" and _is_full_name(k)}
    # (article, word) of one-word mentions the model tagged PERSON: "Znak said" after "Maksim Znak"
    alone = {(a, k) for a, k, ner in zip(m["article_id"], m["key"], m["ner_label"])
             if ner == "PERSON" and " " not in k}
    ends_alone = collections.Counter()
    for a, k in set(zip(m["article_id"], m["key"])):
        if " " in k and (a, k.split()[-1]) in alone:
            ends_alone[k] += 1
    demonym: dict[str, bool] = {}  # per last word: the same for every key it ends
    for k in sorted(votes):
        words = k.split()
        # "Belarusian", and "Exiled Belarusian" (a name never ends in a demonym)
        if best[k] in ("GPE", "PERSON", "ORG", "NORP") and len(words) <= 2:
            last = words[-1]
            if last not in demonym:
                demonym[last] = any(is_demonym_of(last, p, strict=multi)
                                    for p, multi in dict.fromkeys(places.get(last[:3], ())))
            if demonym[last]:
                votes[k]["NORP"] += W_DEMONYM * n.get(k, 1)
        # "Maria Kolesnikova" tagged ORG when "Maria" starts a person's name elsewhere; not
        # "Vera Lasko Foundation" (an organisation named after a person)
        if (best[k] != "PERSON" and 2 <= len(words) <= 3 and words[0] in firsts
                and ROLE_CLASS.get(words[-1]) not in ("ORG", "GPE")
                    and words[-1] not in ORG_DESIGNATORS):
            votes[k]["PERSON"] += W_GIVEN * n.get(k, 1)
        if (ends_alone[k] and best[k] != "PERSON" and 2 <= len(words) <= 3
                and ROLE_CLASS.get(words[-1]) not in ("ORG", "GPE")
                    and words[-1] not in ORG_DESIGNATORS):
            votes[k]["PERSON"] += W_HINT * ends_alone[k]
    return {k: _argmax(v) for k, v in votes.items()}


def _argmax(c: collections.Counter) -> str:
    return min(c.items(), key=lambda kv: (-kv[1], kv[0]))[0]


def _link_in_articles(m: pd.DataFrame, labels: dict[str, str]) -> tuple[list[str],
                                                                        list[str | None]]:
    """Per mention: the key it stands for in its article, and the rule that linked it."""
    keys, rules = list(m["key"]), [None] * len(m)
    person_keys = {k for k, lab in labels.items() if lab == "PERSON"}
    corpus_surnames = {k.split()[-1] for k in person_keys if len(k.split()) >= 2}
    placed = {k for k, h in zip(m["key"], m["hint"]) if h in ("GPE", "ORG")}
    # plain lists (m has a RangeIndex, so positions are its labels): far faster than .at
    col = {c: list(m[c]) for c in ("key", "start", "field", "hint")}
    # one written word whose key has two ("Berg-Lindqvist" → "berg lindqvist"): a hyphenated
    # surname
    one_word = [isinstance(x, str) and " " not in x.strip()
                for x in m["surface"]] if "surface" in m \
        else [False] * len(m)
    for _aid, idx in m.groupby("article_id", sort=True).indices.items():
        idx = sorted(idx.tolist(), key=lambda i: col["start"][i] if pd.notna(col["start"][i])
                     else 0)
        full = collections.Counter(col["key"][i] for i in idx if col["key"][i] in person_keys
                                   and _is_full_name(col["key"][i]))
        first_seen = {}
        text_starts = collections.defaultdict(list)  # full name → sorted starts in the body
        for i in idx:
            first_seen.setdefault(col["key"][i], i)
            if col["key"][i] in full and col["field"][i] == "text" and pd.notna(col["start"][i]):
                text_starts[col["key"][i]].append(col["start"][i])
        for i in idx:
            k = col["key"][i]
            words = k.split()
            if one_word[i] and k in full and any(
                    len(f.split()) > len(words) and f.split()[-len(words):] == words
                    for f in full):
                pass  # a hyphenated surname alone: linked below like any surname
            elif k in full or col["hint"][i] in ("ORG", "GPE", "NORP") or labels.get(k) == "NORP":
                continue
            # a "place" that is the surname of a person in this article is a person, unless
            # the corpus ever uses it as a place ("in Washington")
            if labels.get(k) in CLASS and col["hint"][i] != "PERSON" and k in placed:
                continue
            ends = [f for f in full if len(f.split()) > len(words)
                    and f.split()[-len(words):] == words]
            if ends:
                # two people share the surname ("Abdul Karim's brother, Rashid Karim"): the one
                # named last before this mention; else the most frequent
                best = max(ends, key=lambda f: (full[f], -first_seen[f]))
                if len(ends) > 1 and col["field"][i] == "text":
                    here = col["start"][i] if pd.notna(col["start"][i]) else 0
                    last = {}
                    for f in ends:
                        pos = text_starts[f]
                        k_ = bisect.bisect_left(pos, here)
                        if k_:
                            last[f] = pos[k_ - 1]
                    if last:
                        best = max(last, key=lambda f: (last[f], f))
                keys[i], rules[i] = best, "surname in article"
                continue
            if len(words) == 1 and k not in corpus_surnames and labels.get(k) not in CLASS:
                starts = [f for f in full if f.split()[0] == k]
                if len(starts) == 1:
                    keys[i], rules[i] = starts[0], "given name in article"
    return keys, rules


def _is_full_name(key: str) -> bool:
    """Given name and surname; "Al Hashimi", "von der Leyen" are a surname with its particle."""
    words = key.split()
    return len(words) >= 2 and words[0] not in NAME_PARTICLES


def _forbidden_and_forced(alias_path) -> tuple[set[frozenset], list[list[str]]]:
    """Read ``aliases.yml``::

        merge:                 # spellings that are one entity
          - [Sergei Tikhanovsky, Siarhei Tsikhanouski]
        forbid:                # spellings that must stay apart
          - [Viktor Ivanov, Viktor Ivanova]

    ``merge`` may also be a mapping ``canonical: [variants]``.
    """
    if alias_path is None or not Path(alias_path).is_file():
        return set(), []
    import yaml

    try:
        data = yaml.safe_load(Path(alias_path).read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError, UnicodeDecodeError):
        return set(), []
    if not isinstance(data, dict):
        return set(), []
    merge = data.get("merge") or []
    if isinstance(merge, dict):
        merge = [[k, *(v if isinstance(v, list) else [v])] for k, v in merge.items()]
    groups = [[name_key(str(x)) for x in g] for g in merge if isinstance(g, list)]
    forbid = set()
    for g in data.get("forbid") or []:
        if isinstance(g, list):
            ks = [name_key(str(x)) for x in g]
            forbid |= {frozenset((a, b)) for a in ks for b in ks if a != b}
    return forbid, [g for g in groups if len(g) >= 2]


def _person_parts(key: str) -> tuple[str, str]:
    words = key.split()
    return (words[0], words[-1]) if len(words) >= 2 else ("", words[0])


def _people_agree(ma, mb) -> bool:
    for _, a in ma:
        for _, b in mb:
            ga, sa = _person_parts(a)
            gb, sb = _person_parts(b)
            if not surname_variant(sa, sb):
                return False
            if ga and gb and not given_variant(ga, gb):
                return False
    return True


class _Verdicts:
    """Pairwise verdicts cached per distinct (ordered) pair of spellings, unbounded: the
    library's own caches are bounded and thrash on a large corpus."""

    def __init__(self):
        self.surname: dict = {}
        self.strict: dict = {}
        self.given: dict = {}
        self.forms: dict = {}

    def surname_variant(self, a: str, b: str, strict: bool = False) -> bool:
        cache = self.strict if strict else self.surname
        v = cache.get((a, b))
        if v is None:
            v = cache[(a, b)] = surname_variant(a, b, strict=strict)
        return v

    def given_variant(self, a: str, b: str) -> bool:
        v = self.given.get((a, b))
        if v is None:
            v = self.given[(a, b)] = given_variant(a, b)
        return v

    def _given_form(self, name: str) -> str:
        t = self.forms.get(name)
        if t is None:
            f = fold(name).replace(" ", "")
            t = self.forms[name] = translit(f) if len(f) > 1 else f
        return t

    def given_candidates(self, left: list[str], right: list[str]) -> list[tuple[str, str]]:
        """The (left, right) given names that :func:`given_variant` may accept: an initial,
        or romanisation-neutral spellings at least 70% alike — its lowest bar
        (``GIVEN_MIN_RATIO``) — found for all pairs at once; the caller asks
        ``given_variant`` about these only."""
        if not left or not right:
            return []
        tl = [self._given_form(x) for x in left]
        tr = [self._given_form(x) for x in right]
        close = process.cdist(tl, tr, scorer=fuzz.ratio, score_cutoff=GIVEN_MIN_RATIO - 0.5,
                              dtype=np.float64)
        init_l = np.array([len(t) == 1 for t in tl])
        init_r = np.array([len(t) == 1 for t in tr])
        hit = (close > 0) | init_l[:, None] | init_r[None, :]
        return [(left[i], right[j]) for i, j in zip(*np.nonzero(hit))]

    def people_agree(self, ma, mb) -> bool:
        """:func:`_people_agree` with cached verdicts."""
        for _, a in ma:
            for _, b in mb:
                ga, sa = _person_parts(a)
                gb, sb = _person_parts(b)
                if not self.surname_variant(sa, sb):
                    return False
                if ga and gb and not self.given_variant(ga, gb):
                    return False
        return True


def _surname_blocks(surname: str) -> set[str]:
    """Blocking keys of a surname: its skeletons' first three letters, and letters 2-4 (the
    first letter may differ: Tikhanovsky/Tsikhanouski)."""
    return {b for sk in skeletons(surname) for b in (sk[:3], "~" + sk[1:4])}


def _close_surnames(members: list[str]) -> set[tuple[str, str]]:
    """Pairs (a < b) of a block's surnames that :func:`surname_variant` may accept: some
    pair of their readings (``translit_forms``) at least 70% alike, the lowest bar of its
    every test (``SURNAME_MIN_RATIO``), found for the whole block at once."""
    if len(members) < 2:
        return set()
    forms, owner = [], []
    for i, x in enumerate(members):
        for t in translit_forms(x):
            forms.append(t)
            owner.append(i)
    close = process.cdist(forms, forms, scorer=fuzz.ratio, score_cutoff=SURNAME_MIN_RATIO - 0.5,
                          dtype=np.float64)
    out = set()
    for i, j in zip(*np.nonzero(close)):
        a, b = owner[i], owner[j]
        if a < b:
            out.add((members[a], members[b]))
    return out


def _close_pairs(left: list[str], right: list[str]) -> list[tuple[str, str]]:
    """(left, right) pairs that :func:`surname_variant` may accept, or that are equal: some
    pair of their readings at least ``SURNAME_MIN_RATIO``% alike."""
    if not left or not right:
        return []
    lf, lo, rf, ro = [], [], [], []
    for i, x in enumerate(left):
        for t in translit_forms(x):
            lf.append(t)
            lo.append(i)
    for j, y in enumerate(right):
        for t in translit_forms(y):
            rf.append(t)
            ro.append(j)
    close = process.cdist(lf, rf, scorer=fuzz.ratio, score_cutoff=SURNAME_MIN_RATIO - 0.5,
                          dtype=np.float64)
    pairs = {(lo[i], ro[j]) for i, j in zip(*np.nonzero(close))}
    right_at = {y: j for j, y in enumerate(right)}
    pairs |= {(i, right_at[x]) for i, x in enumerate(left) if x in right_at}
    return [(left[i], right[j]) for i, j in sorted(pairs)]


def _merge_people(g: _Groups, nodes, verdicts: _Verdicts | None = None):
    v = verdicts or _Verdicts()
    full = [n for n in nodes if n[0] == "PERSON" and len(n[1].split()) >= 2]
    # Two people are compared when their surnames share a block; blocks depend on the surname
    # only, so candidate pairs come from pairs of distinct surnames, not of people.
    by_surname = collections.defaultdict(list)
    for n in full:
        by_surname[n[1].split()[-1]].append(n)
    blocks = collections.defaultdict(set)
    for s in by_surname:
        for b in _surname_blocks(s):
            blocks[b].add(s)
    surname_pairs = {(x, x) for x in by_surname}
    for members in blocks.values():
        surname_pairs |= _close_surnames(sorted(members))
    pairs = []
    for s1, s2 in sorted(surname_pairs):
        # a surname pair passes only if the surnames agree in one of the two orders the
        # people can be compared in (a person pair is compared in sorted order)
        if not (v.surname_variant(s1, s2) or v.surname_variant(s2, s1)):
            continue
        given1, given2 = collections.defaultdict(list), collections.defaultdict(list)
        for n in by_surname[s1]:
            given1[_person_parts(n[1])[0]].append(n)
        for n in by_surname[s2]:
            given2[_person_parts(n[1])[0]].append(n)
        for u1, u2 in v.given_candidates(sorted(given1), sorted(given2)):
            for a in given1[u1]:
                for b in given2[u2]:
                    if a == b:
                        continue
                    x, y = (a, b) if a < b else (b, a)
                    gx, sx = _person_parts(x[1])
                    gy, sy = _person_parts(y[1])
                    if v.surname_variant(sx, sy) and (not (gx and gy) or v.given_variant(gx, gy)):
                        pairs.append((x, y))
    for a, b in sorted(set(pairs)):
        g.union(a, b, f"romanised variant: {a[1]} ~ {b[1]}", ok=v.people_agree)
    # lone surnames: join the only person in the corpus with that surname
    by_skeleton = collections.defaultdict(set)
    for s in by_surname:
        for sk in skeletons(s):
            by_skeleton[sk].add(s)
    for n in sorted(x for x in nodes if x[0] == "PERSON" and " " not in x[1]):
        near = set().union(*(by_skeleton.get(sk, set()) for sk in skeletons(n[1])))
        cands = {g.find(f) for s in near if v.surname_variant(n[1], s,
                                                              strict=True) for f in by_surname[s]}
        if len(cands) == 1:
            target = next(iter(cands))
            g.union(n, target, f"surname only: {n[1]} ~ {target[1]}")


def _family_stem(surname: str) -> str:
    return _FAMILY_END.sub("", translit(surname))


def _merge_given_names(g: _Groups, m: pd.DataFrame, nodes, verdicts: _Verdicts | None = None):
    """A lone given name ("her husband, Siarhei") joins the one person in the corpus with
    that given name whose surname is the family name of someone in the same article."""
    v = verdicts or _Verdicts()
    full = [n for n in nodes if n[0] == "PERSON" and len(n[1].split()) >= 2]
    surnames = collections.defaultdict(set)
    for n in full:
        for sk in skeletons(n[1].split()[-1]):
            surnames[sk].add(n[1].split()[-1])
    lone = [n for n in nodes if n[0] == "PERSON" and " " not in n[1] and g.find(n) == n
            and len(g.members[n]) == 1
            and not any(v.surname_variant(n[1], s, strict=True)
                        for sk in skeletons(n[1]) for s in surnames.get(sk, ()))]
    if not lone:
        return
    art_surnames = collections.defaultdict(set)
    art_of = collections.defaultdict(set)
    for aid, node in zip(m["article_id"], m["node"]):
        if node[0] == "PERSON":
            art_surnames[aid].add(node[1].split()[-1])
        art_of[node].add(aid)
    by_given = collections.defaultdict(lambda: collections.defaultdict(list))
    for f in full:
        gname, sname = _person_parts(f[1])
        by_given[skeleton(f[1].split()[0])[:1]][gname].append((f, sname))
    stem_of: dict[str, str] = {}

    def stem(s: str) -> str:
        st = stem_of.get(s)
        if st is None:
            st = stem_of[s] = _family_stem(s)
        return st

    def family_match(fs: str, st: str) -> bool:
        return v.surname_variant(fs, st, strict=False) or fs == st

    for n in lone:
        # the people whose given name can be this one (the same for every article)
        bucket = by_given.get(skeleton(n[1])[:1], {})
        people = [fs for _, gname in v.given_candidates([n[1]], list(bucket))
                  if v.given_variant(n[1], gname) for fs in bucket[gname]]
        if not people:
            continue
        # a person matches an article when their surname's family stem matches one of the
        # article's; the verdict depends on the two stems only, so compare distinct stems
        family = collections.defaultdict(list)
        for f, sname in people:
            family[stem(sname)].append(f)
        per_article = []
        for aid in sorted(art_of[n]):
            stems = sorted({stem(s) for s in art_surnames[aid] if s != n[1]})
            per_article.append([st for st in stems if len(st) >= 4])
        article_stems = sorted({st for stems in per_article for st in stems})
        close = collections.defaultdict(list)
        for fs, st in _close_pairs(sorted(family), article_stems):
            close[st].append(fs)
        cands = set()
        for stems in per_article:
            for st in stems:
                for fs in close.get(st, ()):
                    if family_match(fs, st):
                        cands.update(g.find(f) for f in family[fs])
        if len(cands) == 1:
            target = next(iter(cands))
            g.union(n, target, f"given name + family name in article: {n[1]} ~ {target[1]}")


def _merge_orgs_places(g: _Groups, m: pd.DataFrame, nodes):
    named = [n for n in nodes if n[0] in ("ORG", "PLACE")]
    keyset = {n: n for n in named}
    # "Acme Airlines" ~ "Acme", "Bloomberg News" ~ "Bloomberg"
    for n in sorted(named):
        if n[0] == "ORG":
            short = strip_designators(n[1])
            if short != n[1] and (n[0], short) in keyset:
                g.union(n, (n[0], short), f"designator: {n[1]} ~ {short}")
    # "Red Cross" ~ "International Committee of the Red Cross": the trailing words, after
    # of/the/for, of exactly one longer organisation name, unless they end in a generic noun
    # ("Foreign Ministry")
    orgs_by_last = collections.defaultdict(list)
    for o in named:
        if o[0] == "ORG":
            orgs_by_last[o[1].split()[-1]].append(o)
    for n in sorted(o for o in named if o[0] == "ORG"):
        words = n[1].split()
        if len(words) < 2 or ROLE_CLASS.get(words[-1]) or words[-1] in ORG_DESIGNATORS:
            continue
        # only "... of (the) Red Cross": not "Ukrainian Armed Forces" for "Armed Forces"
        longer = {g.find(o) for o in orgs_by_last[words[-1]] if len(o[1].split()) > len(words) + 1
                  and o[1].split()[-len(words):] == words
                  and o[1].split()[-len(words) - 1] in ("of", "the", "for")}
        if len(longer) == 1:
            target = next(iter(longer))
            g.union(n, target, f"short form: {n[1]} ~ {target[1]}")
    # initialisms: explicit "Long Form (LF)" first, then the only long form in the corpus
    acr_nodes = {}
    for _key, surf, lab in zip(m["key"], m["surface"], m["node"]):
        if lab[0] in ("ORG", "PLACE") and is_initialism(str(surf)):
            acr_nodes[lab] = True
    by_initials = collections.defaultdict(set)
    named_set = set(named)
    # spellings keep "Co-operation" whole
    for surf, n in sorted(set(zip(m["surface"], m["node"]))):
        if n in named_set and " " in n[1]:
            for ini in initials(surf):
                by_initials[(n[0], ini)].add(n)
    explicit = collections.defaultdict(set)
    for sent in sorted(set(m["sentence"].dropna())):
        if "(" not in sent:
            continue
        for long_form, acr in _STATED_INITIALISM.findall(sent):
            explicit[acr.replace(".", "").lower()].add(name_key(long_form.strip()))
    other = {"ORG": "PLACE", "PLACE": "ORG"}
    for n in sorted(acr_nodes):
        cands = by_initials.get((n[0], n[1]), set())
        stated = {c for c in cands
                  if any(c[1].endswith(lf) or lf.endswith(c[1]) for lf in explicit.get(n[1], ()))}
        if not cands:
            # the model tagged "EU" a place and "European Union" an organisation: only when the
            # text itself says "European Union (EU)"
            cands = by_initials.get((other[n[0]], n[1]), set())
            stated = cands = {c for c in cands if any(c[1].endswith(lf) or lf.endswith(c[1])
                                                      for lf in explicit.get(n[1], ()))}
            if not cands:
                continue
        pick = stated or cands
        roots = {g.find(c) for c in pick}
        if len(roots) == 1:
            target = sorted(pick)[0]
            why = "initialism stated" if stated else "initialism"
            g.union(n, target, f"{why}: {n[1]} ~ {target[1]}")


def _canonical(surface_articles: dict[str, set], surface_n: collections.Counter) -> str:
    """The most complete spelling (most words, initials aside), then the most widespread."""
    surfaces = sorted(surface_articles)
    pool = [s for s in surfaces if not is_initialism(s)] or surfaces

    def score(s):
        words = [w for w in s.split() if len(w.rstrip(".")) > 1]
        return (len(words), len(surface_articles[s]), surface_n[s], s.istitle() or s.isupper(), s)

    return max(pool, key=score)


def canonicalise(mentions: pd.DataFrame, alias_path=None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Give every mention an ``entity_id`` and final ``label``; build the ``entities`` frame
    (canonical name, every variant with its articles, and why variants were merged)."""
    if mentions is None or mentions.empty:
        empty = pd.DataFrame(columns=["entity_id", "canonical", "label", "n_mentions",
                                      "n_articles",
                                      "variants", "articles", "variant_articles", "merge_rule"])
        base = mentions if mentions is not None else pd.DataFrame()
        return base.assign(entity_id=pd.Series(dtype=object)), empty
    m = mentions.copy()
    for col in ("ner_label", "hint", "hint_word"):
        if col not in m.columns:
            m[col] = m["label"] if col == "ner_label" else None
    for col, default in (("field", "text"), ("start", 0), ("end", 0), ("sentence", "")):
        if col not in m.columns:
            m[col] = default
    m = m[m["surface"].notna()].copy()
    m["surface"] = m["surface"].astype(str)
    m["label"] = m["label"].where(m["label"].map(lambda v: isinstance(v, str) and bool(v)), "MISC")
    # the per-article step stores each mention's key (cached with the article); else compute it
    given = m["key"] if "key" in m.columns else [None] * len(m)
    m["key"] = [k if isinstance(k, str) else name_key(s) for k, s in zip(given, m["surface"])]
    m = m[m["key"].str.len() > 0].sort_values(["article_id", "start", "end", "surface"],
                                              kind="stable")
    m = m.reset_index(drop=True)

    labels = _key_labels(m)
    keys, link_rules = _link_in_articles(m, labels)
    mentions_key = list(m["key"])
    m["key"] = keys
    person_keys = {k for k, lab in labels.items() if lab == "PERSON" and len(k.split()) >= 2}
    surnames = {k.split()[-1] for k in person_keys}
    hinted = collections.defaultdict(set)
    for k, hint in zip(m["key"], m["hint"]):
        if isinstance(hint, str):
            hinted[k].add(hint)
    linked = {k for k, rule in zip(mentions_key, link_rules) if rule}
    final_labels = []
    for k, rule, ner in zip(m["key"], link_rules, m["ner_label"]):
        lab = labels.get(k, ner)
        if rule:
            lab = "PERSON"
        elif (" " not in k and k in surnames and (lab not in CLASS or k in linked)
              and lab != "NORP"
              and not hinted[k] - {"PERSON"}):
            lab = "PERSON"  # the surname of a person named in full elsewhere in the corpus
        final_labels.append(lab)
    m["label"] = final_labels
    m["node"] = [(_cls(lab), k) for lab, k in zip(m["label"], m["key"])]

    forbidden, forced = _forbidden_and_forced(alias_path)
    nodes = sorted(set(m["node"]))
    g = _Groups(nodes, forbidden)
    # the same key with labels of one class (GPE/LOC) is one node already
    verdicts = _Verdicts()
    _merge_people(g, nodes, verdicts)
    _merge_given_names(g, m, nodes, verdicts)
    _merge_orgs_places(g, m, nodes)
    by_key = collections.defaultdict(list)
    for n in nodes:
        by_key[n[1]].append(n)
    for group in forced:
        present = [n for k in group for n in by_key.get(k, ())]
        for a, b in zip(present, present[1:]):
            g.union(a, b, f"alias file: {a[1]} ~ {b[1]}", force=True)

    root_of = {n: g.find(n) for n in nodes}
    m["_root"] = [root_of[n] for n in m["node"]]  # (a pandas map of tuples builds a MultiIndex)
    link_note = collections.defaultdict(set)
    for root, rule, surf, k in zip(m["_root"], link_rules, m["surface"], m["key"]):
        if rule:
            link_note[root].add(f"{rule}: {surf} ~ {k}")

    groups: dict = {}
    for root, surf, aid, lab in zip(m["_root"], m["surface"], m["article_id"], m["label"]):
        grp = groups.get(root)
        if grp is None:  # (not setdefault: that would build the default for every mention)
            grp = groups[root] = {"va": collections.defaultdict(set), "n": collections.Counter(),
                                  "labels": collections.Counter()}
        grp["va"][surf].add(aid)
        grp["n"][surf] += 1
        # an initialism's label counts less than the spelled-out name's ("EU" tagged GPE)
        grp["labels"][lab] += 0.4 if is_initialism(surf) else 1.0
    ids, used = {}, collections.Counter()
    for root, grp in groups.items():
        grp["canonical"] = _canonical(grp["va"], grp["n"])
        ids[root] = f"{root[0]}|{name_key(grp['canonical'])}"
        used[ids[root]] += 1
    for root in groups:
        base = ids[root]
        if used[base] > 1:  # two entities with one canonical spelling: tell them apart by members
            base += "|" + "|".join(n[1] for n in g.members[root])
        ids[root] = "E" + hashlib.sha1(base.encode("utf-8")).hexdigest()[:10]
    ents = []
    for root, grp in groups.items():
        label = _argmax(grp["labels"])
        va = {s: sorted(a) for s, a in sorted(grp["va"].items())}
        rules = sorted(set(g.rules.get(root, [])) | link_note.get(root, set()))
        if len({fold(s) for s in va}) > 1 and not rules:
            rules = ["same key: " + " ~ ".join(va)]
        articles = sorted(set().union(*grp["va"].values()))
        ents.append({"entity_id": ids[root], "canonical": grp["canonical"], "label": label,
                     "n_mentions": sum(grp["n"].values()), "n_articles": len(articles),
                     "variants": list(va), "articles": articles,
                     "variant_articles": va, "merge_rule": rules})
    ent_df = pd.DataFrame(ents).sort_values("entity_id", kind="stable").reset_index(drop=True)
    label_of = dict(zip(ent_df["entity_id"], ent_df["label"]))
    m["entity_id"] = [ids[r] for r in m["_root"]]
    # one label per entity (GPE and LOC mentions of one place keep their own)
    m["label"] = [lab if _cls(lab) == _cls(label_of[e]) else label_of[e]
                  for lab, e in zip(m["label"], m["entity_id"])]
    m = m.drop(columns=["key", "node", "_root"])
    return m, ent_df
