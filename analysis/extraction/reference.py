"""Each article's reference date: what its relative dates ("on Saturday") resolve against.

Order of evidence (``reference_date_source`` says which one gave the date):

1. ``published``: the article's own publication date.
2. ``argument``: the ``reference_date`` given to ``load_corpus``.
3. Inferred from the rest of the corpus, from articles that have 1. and report the same event:
   - ``corpus:shared_claims``: both articles lead (title and first paragraph) with the same
     figure of the same kind, or a figure of ten or more about people or about the same noun
     ("240 villagers"); a match of kind too ranks higher;
   - ``corpus:shared_entities``: failing that, the named entities of their leads overlap
     strongly (half of the smaller set, at least three).
   The donor articles are listed in ``reference_date_basis``. When donors disagree, the date
   most of the best donors share wins, then the earliest.
   Only articles dated by 1. are donors (one hop; an inferred date is not passed on).
4. Otherwise none: the article stays unresolved (never guessed). ``published`` is never touched
   here, except by :func:`complete_yearless`, which runs first and gives a year-less date line
   its year from the corpus (and says so in ``published_source``).
"""
from __future__ import annotations

import collections
import re

import pandas as pd

from ..loading.dates import make_date, normalise_published, parse_iso
from ..values import is_missing

# Claims and entities count as an article's lead when they start within this many characters
# (the title and first paragraph: where an article states which event it reports).
LEAD_CHARS = 500
# Counts of people smaller than this are too common to identify an event on their own, unless
# both claims also say the same kind ("released").
MIN_SHARED_VALUE = 10
# Lead-entity overlap (shared / smaller set) and shared count needed to call two articles one
# event.
ENTITY_OVERLAP = 0.5
ENTITY_MIN_SHARED = 3
ENTITY_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "FAC"}
_UNINFORMATIVE_KIND = {None, "", "other"}


def _in_lead(start) -> bool:
    try:
        return is_missing(start, blank=False) or float(start) < LEAD_CHARS
    except (TypeError, ValueError):
        return True


def _words(counted) -> frozenset:
    if is_missing(counted, blank=False):
        return frozenset()
    return frozenset(w for w in re.findall(r"[a-z]+", str(counted).lower()) if len(w) >= 4)


def _lead_claims(claims: pd.DataFrame) -> dict[str, set[tuple]]:
    """article_id → {(value, kind or None, counted_class or None, counted words)} of the claims
    in its lead."""
    out: dict[str, set[tuple]] = collections.defaultdict(set)
    if claims is None or claims.empty or not {"article_id", "value"} <= set(claims.columns):
        return out
    for r in claims.to_dict("records"):
        val = r.get("value")
        if is_missing(val, blank=False) or not _in_lead(r.get("start")):
            continue
        try:
            val = float(val)
        except (TypeError, ValueError):
            continue
        cls = None if is_missing(r.get("counted_class"),
                                 blank=False) else str(r.get("counted_class"))
        kind = r.get("kind")
        kind = None if is_missing(kind, blank=False) or kind in _UNINFORMATIVE_KIND else str(kind)
        out[r["article_id"]].add((val, kind, cls, _words(r.get("counted"))))
    return out


def _claim_match(a: tuple, b: tuple) -> int:
    """2 when two lead claims give the same value and kind; 1 for the same (large enough) value
    counting people in both, or counting the same noun, whatever kinds they were given; else 0."""
    if a[0] != b[0]:
        return 0
    if a[1] is not None and a[1] == b[1]:
        return 2
    # Kinds that differ do not veto: a kind is read from each sentence's verbs and often
    # differs between two reports of the same figure; the figure and what it counts identify it.
    if a[0] < MIN_SHARED_VALUE:
        return 0
    return 1 if (a[2] == b[2] == "people") or (a[3] & b[3]) else 0


def _lead_entities(mentions: pd.DataFrame) -> dict[str, set]:
    out: dict[str, set] = collections.defaultdict(set)
    if mentions is None or mentions.empty or not {"article_id",
                                                  "entity_id"} <= set(mentions.columns):
        return out
    m = mentions
    if "field" in m.columns:
        m = m[m["field"].isna() | (m["field"] == "text")]
    if "label" in m.columns:
        m = m[m["label"].isin(ENTITY_LABELS)]
    starts = m["start"] if "start" in m.columns else pd.Series(None, index=m.index)
    for aid, eid, st in zip(m["article_id"], m["entity_id"], starts):
        if not is_missing(eid, blank=False) and _in_lead(st):
            out[aid].add(eid)
    return out


class _DonorIndex:
    """Dated articles indexed by their lead claims' values and lead entities, so finding an
    undated article's donors looks only at articles sharing a value or an entity with it."""

    def __init__(self, donors: dict[str, str], lead_claims: dict[str, set],
                 lead_entities: dict[str, set]):
        self.by_value: dict = collections.defaultdict(set)
        self.by_value_kind: dict = collections.defaultdict(set)
        self.by_entity: dict = collections.defaultdict(list)
        self.claims_by_value: dict = {}  # donor → value → its lead claims of that value
        for aid in sorted(donors):
            own = self.claims_by_value[aid] = collections.defaultdict(list)
            for c in lead_claims.get(aid, ()):
                own[c[0]].append(c)
                self.by_value[c[0]].add(aid)
                if c[1] is not None:
                    self.by_value_kind[(c[0], c[1])].add(aid)
            for e in lead_entities.get(aid, ()):
                self.by_entity[e].append(aid)

    def sharing_value(self, mine) -> set[str]:
        """Donors with a lead claim :func:`_claim_match` can score against one of ``mine``:
        the same value, and below ``MIN_SHARED_VALUE`` the same kind too."""
        out: set[str] = set()
        for a in mine:
            if a[0] >= MIN_SHARED_VALUE:
                out |= self.by_value.get(a[0], set())
            elif a[1] is not None:
                out |= self.by_value_kind.get((a[0], a[1]), set())
        return out

    def shared_entities(self, e1) -> collections.Counter:
        counts: collections.Counter = collections.Counter()
        for e in e1:
            counts.update(self.by_entity.get(e, ()))
        return counts


def infer_reference_date(target: str, donors: dict[str, str], lead_claims: dict[str, set],
                         lead_entities: dict[str, set], index: _DonorIndex | None = None):
    """(date, source, basis article ids) for an undated article from dated ``donors``
    (article_id → ISO date), or (None, None, []) without enough evidence. ``index`` (built
    once over the same donors) narrows the donors compared to those that can match."""
    by_claims, by_entities = [], []
    mine = lead_claims.get(target, set())
    e1 = lead_entities.get(target, set())
    if index is None:
        index = _DonorIndex(donors, lead_claims, lead_entities)
    # A claim score needs a shared value; an entity overlap needs shared entities.
    for aid in sorted(index.sharing_value(mine)):
        theirs = index.claims_by_value[aid]  # only claims of the same value can match
        score = sum(max((_claim_match(a, b) for b in theirs.get(a[0], ())),
                        default=0) for a in mine)
        if score:
            by_claims.append((score, aid, donors[aid]))
    if not by_claims and e1:
        for aid, shared in sorted(index.shared_entities(e1).items()):
            e2 = lead_entities.get(aid, set())
            if shared >= ENTITY_MIN_SHARED:
                overlap = round(shared / min(len(e1), len(e2)), 3)
                if overlap >= ENTITY_OVERLAP:
                    by_entities.append((overlap, aid, donors[aid]))
    scored, source = (by_claims,
                      "corpus:shared_claims") if by_claims else (by_entities,
                                                                 "corpus:shared_entities")
    if not scored:
        return None, None, []
    best = max(s[0] for s in scored)
    top = [s for s in scored if s[0] == best]
    votes = collections.Counter(s[2] for s in top)
    date = sorted(votes, key=lambda d: (-votes[d], d))[0]
    return date, source, sorted(s[1] for s in top if s[2] == date)


def complete_yearless(articles: pd.DataFrame) -> pd.DataFrame:
    """Give a year to a year-less date line ("MOSCOW, December 13. /TASS/.", column
    ``published_partial`` "--MM-DD") from the corpus: the year that puts it nearest the median
    publication date of the articles that state a full one. ``published_source`` says
    ``date_line_yearless:corpus``. Without any dated article it stays undated."""
    if articles.empty or "published_partial" not in articles.columns:
        return articles
    dated = sorted(d for d in (parse_iso(p) for p in articles.get("published", ())) if d)
    if not dated:
        return articles
    mid = dated[len(dated) // 2]
    a = articles.copy()
    for i, (pub, part) in enumerate(zip(a["published"], a["published_partial"])):
        if (is_missing(part, blank=False) or not is_missing(pub, blank=False)
                or not re.fullmatch(r"--\d{2}-\d{2}", str(part))):
            continue
        month, day = int(str(part)[2:4]), int(str(part)[5:7])
        options = [d for d in (make_date(mid.year + k, month, day) for k in (-1, 0, 1)) if d]
        if options:
            best = min(options, key=lambda d: (abs((d - mid).days), d))
            a.iat[i, a.columns.get_loc("published")] = best.isoformat()
            a.iat[i, a.columns.get_loc("published_source")] = "date_line_yearless:corpus"
    return a


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
        arg = parse_iso(normalise_published(reference_date))
    if arg is not None:
        for i, r in enumerate(ref):
            if r is None:
                ref[i], src[i] = arg.isoformat(), "argument"
    else:
        donors = {aid: r for aid, r, s in zip(a["article_id"], ref, src) if s == "published"}
        lead, ents = _lead_claims(claims), _lead_entities(mentions)
        index = _DonorIndex(donors, lead, ents) if donors else None
        for i, aid in enumerate(a["article_id"]):
            if ref[i] is None and donors:
                d, s, b = infer_reference_date(aid, donors, lead, ents, index)
                if d:
                    ref[i], src[i], basis[i] = d, s, b
    a["reference_date"], a["reference_date_source"], a["reference_date_basis"] = ref, src, basis
    return a
