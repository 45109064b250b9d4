"""Each article's reference date: what its relative dates ("on Saturday") resolve against.

Order of evidence (``reference_date_source`` says which one gave the date):

1. ``published``: the article's own publication date.
2. ``argument``: the ``reference_date`` given to ``load_corpus``.
3. Inferred from the rest of the corpus, from articles that have 1. and report the same event:
   - ``corpus:shared_claims``: both articles lead (title and first paragraph) with the same
     figure about people, of the same kind ("123 prisoners released" in both);
   - ``corpus:shared_entities``: failing that, their named entities overlap strongly.
   The donor articles are listed in ``reference_date_basis``. When donors disagree, the date
   most of the best donors share wins, then the earliest.
4. Otherwise none: the article stays unresolved (never guessed). ``published`` is never touched.
"""
from __future__ import annotations

import collections

import pandas as pd

from .dates import parse_iso

# A claim counts as part of an article's lead when it starts within this many characters.
LEAD_CHARS = 500
# Entity overlap (Jaccard of canonical entity ids) needed to call two articles the same event.
ENTITY_JACCARD = 0.5
ENTITY_MIN_SHARED = 4
ENTITY_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "FAC"}
_UNINFORMATIVE_KIND = {None, "", "other"}


def _isna(v) -> bool:
    try:
        return v is None or bool(pd.isna(v))
    except (TypeError, ValueError):
        return False


def _lead_claims(claims: pd.DataFrame) -> dict[str, set[tuple]]:
    """article_id → {(value, kind or None, counted_class or None)} of its lead claims about people."""
    out: dict[str, set[tuple]] = collections.defaultdict(set)
    if claims is None or claims.empty or "article_id" not in claims or "value" not in claims:
        return out
    for r in claims.to_dict("records"):
        val = r.get("value")
        if _isna(val):
            continue
        start = r.get("start")
        if not _isna(start) and float(start) >= LEAD_CHARS:
            continue
        cls = r.get("counted_class")
        cls = None if _isna(cls) else str(cls)
        kind = r.get("kind")
        kind = None if _isna(kind) or kind in _UNINFORMATIVE_KIND else str(kind)
        if cls not in (None, "people") and kind is None:
            continue
        if cls is None and kind is None:
            continue
        out[r["article_id"]].add((float(val), kind, cls))
    return out


def _same_claim(a: tuple, b: tuple) -> bool:
    """Same value, and the same kind when both say one, else the same counted class."""
    if a[0] != b[0]:
        return False
    if a[1] is not None and b[1] is not None:
        return a[1] == b[1]
    return a[2] is not None and a[2] == b[2]


def _entity_sets(mentions: pd.DataFrame) -> dict[str, set]:
    out: dict[str, set] = collections.defaultdict(set)
    if mentions is None or mentions.empty or not {"article_id", "entity_id"} <= set(mentions.columns):
        return out
    m = mentions
    if "field" in m.columns:
        m = m[m["field"].isna() | (m["field"] == "text")]
    if "label" in m.columns:
        m = m[m["label"].isin(ENTITY_LABELS)]
    for aid, eid in zip(m["article_id"], m["entity_id"]):
        if not _isna(eid):
            out[aid].add(eid)
    return out


def infer_reference_date(target: str, donors: dict[str, str], lead: dict[str, set], ents: dict[str, set]):
    """(date, source, basis article ids) for an undated article from dated ``donors``
    (article_id → ISO date), or (None, None, []) without enough evidence."""
    scored = []
    for aid, date in donors.items():
        shared = sum(1 for a in lead.get(target, ()) if any(_same_claim(a, b) for b in lead.get(aid, ())))
        e1, e2 = ents.get(target, set()), ents.get(aid, set())
        inter = len(e1 & e2)
        jac = inter / len(e1 | e2) if e1 | e2 else 0.0
        if shared:
            scored.append((2, shared, jac, aid, date))
        elif jac >= ENTITY_JACCARD and inter >= ENTITY_MIN_SHARED:
            scored.append((1, 0, jac, aid, date))
    if not scored:
        return None, None, []
    best = max(s[0] for s in scored)
    top = [s for s in scored if s[0] == best]
    votes = collections.Counter(s[4] for s in top)
    date = sorted(votes, key=lambda d: (-votes[d], d))[0]
    basis = sorted(s[3] for s in top if s[4] == date)
    source = "corpus:shared_claims" if best == 2 else "corpus:shared_entities"
    return date, source, basis


def assign_reference_dates(articles: pd.DataFrame, claims: pd.DataFrame, mentions: pd.DataFrame,
                           reference_date=None) -> pd.DataFrame:
    """``articles`` with ``reference_date``, ``reference_date_source`` and ``reference_date_basis``
    set as described in the module docstring."""
    a = articles.copy()
    if a.empty:
        for c in ("reference_date", "reference_date_source", "reference_date_basis"):
            a[c] = pd.Series(dtype="object")
        return a
    pub = a["published"] if "published" in a.columns else pd.Series(None, index=a.index)
    dates = [parse_iso(p) for p in pub]
    ref = [d.isoformat() if d else None for d in dates]
    src = ["published" if d else None for d in dates]
    basis: list = [None] * len(a)
    arg = parse_iso(reference_date) if reference_date is not None else None
    if arg is None and reference_date is not None:
        from .dates import normalise_published
        arg = parse_iso(normalise_published(reference_date))
    if arg is not None:
        for i, r in enumerate(ref):
            if r is None:
                ref[i], src[i] = arg.isoformat(), "argument"
    else:
        donors = {aid: r for aid, r, s in zip(a["article_id"], ref, src) if s == "published"}
        lead, ents = _lead_claims(claims), _entity_sets(mentions)
        for i, aid in enumerate(a["article_id"]):
            if ref[i] is None and donors:
                d, s, b = infer_reference_date(aid, donors, lead, ents)
                if d:
                    ref[i], src[i], basis[i] = d, s, b
    a["reference_date"], a["reference_date_source"], a["reference_date_basis"] = ref, src, basis
    return a
