"""Readable tables for the reports: the columns a reader needs, sorted, numbers formatted,
the sentence beside each figure. :class:`Table` displays one as HTML with every cell
escaped, so article text (titles, sentences, names) is always shown as text.
"""
from __future__ import annotations

import html
import json

import pandas as pd

from ..extraction.events import STATEMENT
from ..schema import VERDICTS, date_label
from ..story.summary import (
    date_span,
    fmt_number,
    group_label,
    is_missing,
    kind_order,
    people_claims,
    some_names,
    source_labels,
    text,
    texts,
)

SENTENCE_CHARS = 300


#: Rows a report table shows; a longer table says how many it leaves out.
MAX_TABLE_ROWS = 500


class Table:
    """A DataFrame shown as an escaped HTML table, no index; beyond ``max_rows`` rows, the
    first ones and a line saying how many more there are (the saved frames hold them all)."""

    def __init__(self, df: pd.DataFrame, empty: str = "Nothing to show.", caption: str = "",
                 max_rows: int = MAX_TABLE_ROWS):
        self.df = df
        self.empty = empty
        self.caption = caption
        self.max_rows = max_rows

    def to_html(self) -> str:
        if self.df is None or self.df.empty:
            return f'<p class="nd-empty">{html.escape(self.empty)}</p>'
        shown = self.df.head(self.max_rows)
        body = shown.to_html(index=False, escape=True, na_rep="—", border=0,
                             classes="nd-table", justify="left")
        cap = f'<p class="nd-caption">{html.escape(self.caption)}</p>' if self.caption else ""
        if len(shown) < len(self.df):
            body += (f'<p class="nd-empty">The first {len(shown):,} of {len(self.df):,} rows are '
                     'shown; '
                     "every row is in the report's saved frames (data/current, read with "
                     "Corpus.from_parquet).</p>")
        return cap + body

    def _repr_html_(self) -> str:
        return self.to_html()

    def __repr__(self) -> str:
        return self.df.to_string(index=False) if not self.df.empty else self.empty


def _clip(s, n: int = SENTENCE_CHARS) -> str:
    s = " ".join(text(s).split())
    return s if len(s) <= n else s[: n - 1].rstrip() + "…"


def _as_list(v) -> list:
    if isinstance(v, (list, tuple)):
        return list(v)
    if hasattr(v, "tolist"):
        return list(v.tolist())
    if isinstance(v, str) and v[:1] == "[":
        try:
            return list(json.loads(v))
        except ValueError:
            return [v]
    return [] if is_missing(v) else [v]


def articles_table(articles: pd.DataFrame) -> pd.DataFrame:
    """Articles read: source, title, date published, words, file."""
    cols = ["source", "outlet", "title", "published", "words", "file"]
    if articles is None or articles.empty:
        return pd.DataFrame(columns=cols)
    labels = source_labels(articles)
    rows = [{"source": labels.get(r["article_id"], ""), "outlet": text(r.get("outlet"), "—"),
             "title": _clip(r.get("title"), 140) or "—",
             "published": text(r.get("published"), "unknown"),
             "words": fmt_number(r.get("n_words")), "file": text(r.get("path")).rsplit("/", 1)[-1]}
            for _, r in articles.iterrows()]
    out = pd.DataFrame(rows, columns=cols)
    return out.sort_values(["source", "file"], key=lambda s: s.str.lower()).reset_index(drop=True)


def claims_table(claims: pd.DataFrame, articles: pd.DataFrame,
                 people_only: bool = False) -> pd.DataFrame:
    """Every numeric claim: kind (a prospect marked so), figure with its hedge, what is
    counted, source, who says so, and the sentence it comes from."""
    cols = ["kind", "figure", "hedge", "counted", "class", "source", "according to", "sentence"]
    if claims is None or claims.empty:
        return pd.DataFrame(columns=cols)
    c = people_claims(claims) if people_only else claims.copy()
    if c.empty:
        return pd.DataFrame(columns=cols)
    labels = source_labels(articles)
    kind = texts(c["kind"], "other")
    order = {k: i for i, k in enumerate(kind_order(kind))}
    c = c.assign(_kind=kind,
                 _v=pd.to_numeric(c["value"], errors="coerce"),
                 _s=pd.to_numeric(c["start"], errors="coerce"),
                 _src=c["article_id"].map(lambda a: labels.get(a, text(a))))
    c = c.assign(_k=c["_kind"].map(order)).sort_values(["_k", "_v", "_src", "_s"], kind="stable",
                                                        na_position="last")
    rows = [{"kind": group_label(r["_kind"], prospective=r.get("prospective")).replace("_", " "),
             "figure": fmt_number(r["_v"]),
             "hedge": text(r.get("qualifier"), "exact").replace("_", " "),
             "counted": text(r.get("counted"), "—"), "class": text(r.get("counted_class"), "—"),
             "source": r["_src"], "according to": text(r.get("attribution"), "—"),
             "sentence": _clip(r.get("sentence"))} for _, r in c.iterrows()]
    return pd.DataFrame(rows, columns=cols)


def entity_rows(entities: pd.DataFrame) -> pd.DataFrame:
    """Entities by coverage: canonical, label, n_articles, n_mentions, n_variants, variants."""
    cols = ["canonical", "label", "n_articles", "n_mentions", "n_variants", "variants"]
    if entities is None or entities.empty:
        return pd.DataFrame(columns=cols)
    e = entities.copy()
    e["variants"] = e["variants"].map(lambda v: sorted({str(x) for x in _as_list(v)},
                                                       key=str.lower))
    e["n_variants"] = e["variants"].map(len)
    for c in ("n_articles", "n_mentions"):
        e[c] = pd.to_numeric(e[c], errors="coerce").fillna(0).astype(int)
    e["canonical"] = e["canonical"].map(text)
    e["label"] = texts(e["label"], "—")
    e = e.sort_values(["n_articles", "n_mentions", "canonical"], ascending=[False, False, True],
                      kind="stable")
    return e[cols].reset_index(drop=True)


def entities_table(entities: pd.DataFrame, min_articles: int = 1) -> pd.DataFrame:
    """Entities with their spellings, most-covered first."""
    e = entity_rows(entities)
    e = e[e["n_articles"] >= min_articles]
    return pd.DataFrame({"entity": e["canonical"], "type": e["label"], "articles": e["n_articles"],
                         "mentions": e["n_mentions"].map(fmt_number),
                         "spellings": e["n_variants"],
                         "spelled as": e["variants"].map(lambda vs: "; ".join(vs))}
                        ).reset_index(drop=True)


def aliases_table(entities: pd.DataFrame) -> pd.DataFrame:
    """Only the entities written in more than one way: the merges a reader should check."""
    t = entities_table(entities)
    return t[t["spellings"] > 1].reset_index(drop=True)


def errors_table(errors: pd.DataFrame) -> pd.DataFrame:
    """Files skipped and why."""
    cols = ["file", "stage", "why"]
    if errors is None or errors.empty:
        return pd.DataFrame(columns=cols)
    e = errors.sort_values(["path", "stage"], kind="stable")
    return pd.DataFrame({"file": e["path"].map(text), "stage": e["stage"].map(text),
                         "why": e["message"].map(lambda m: _clip(m, 400))}).reset_index(drop=True)


def coverage_entity_matrix(mentions: pd.DataFrame, entities: pd.DataFrame, articles: pd.DataFrame,
                           top: int = 25) -> pd.DataFrame:
    """Source × entity mention counts for the ``top`` entities named by most sources."""
    if mentions is None or mentions.empty or entities is None or entities.empty:
        return pd.DataFrame()
    labels = source_labels(articles)
    m = mentions[mentions["article_id"].isin(labels) & mentions["entity_id"].notna()]
    if m.empty:
        return pd.DataFrame()
    names = dict(zip(entities["entity_id"], entities["canonical"].map(text)))
    m = m.assign(source=m["article_id"].map(labels),
                 entity=m["entity_id"].map(lambda e: names.get(e, text(e))))
    counts = m.groupby(["source", "entity"]).size().unstack(fill_value=0)
    reach = (counts > 0).sum().rename("reach")
    rank = pd.DataFrame({"reach": reach, "total": counts.sum()})
    rank = rank.assign(name=rank.index.str.lower()).sort_values(["reach", "total", "name"],
                                                                  ascending=[False, False, True])
    cols = list(rank.index[:top])
    rows = sorted(set(labels.values()), key=str.lower)
    return counts.reindex(index=rows, columns=cols, fill_value=0)


def claim_label(r) -> str:
    kind = text(r.get("kind"), "other").replace("_", " ")
    counted = " ".join(text(r.get("counted")).split()[:3])
    return f"{kind}: {fmt_number(r.get('value'))}" + (f" {counted}" if counted else "")


def coverage_claim_matrix(claims: pd.DataFrame, articles: pd.DataFrame,
                          top: int = 25) -> pd.DataFrame:
    """Source × figure: how many times each source states each people count (by kind and
    value), for the ``top`` figures stated by most sources."""
    c = people_claims(claims)
    labels = source_labels(articles)
    if c.empty or not labels:
        return pd.DataFrame()
    c = c[c["article_id"].isin(labels)]
    if c.empty:
        return pd.DataFrame()
    order = {k: i for i, k in enumerate(kind_order(c["kind"]))}
    c = c.assign(source=c["article_id"].map(labels), _v=pd.to_numeric(c["value"]),
                 kind_rank=c["kind"].astype(object).map(order))
    c["figure"] = [f"{k.replace('_', ' ')}: {fmt_number(v)}" for k, v in zip(c["kind"], c["_v"])]
    counts = c.groupby(["source", "figure"]).size().unstack(fill_value=0)
    meta = c.groupby("figure").agg(kind_rank=("kind_rank", "min"), value=("_v", "min"))
    meta["reach"] = (counts > 0).sum()
    keep = meta.sort_values(["reach", "kind_rank", "value"],
                            ascending=[False, True, True]).index[:top]
    cols = list(meta.loc[keep].sort_values(["kind_rank", "value"]).index)
    rows = sorted(set(labels.values()), key=str.lower)
    return counts.reindex(index=rows, columns=cols, fill_value=0)


def timeline_rows(events: pd.DataFrame, articles: pd.DataFrame, statements: bool = False,
                  answers: dict[str, str] | None = None) -> pd.DataFrame:
    """Absolute dated events grouped by (category, date, precision): one row each, with the
    sources giving it and a label: the story's answer where the event dates a counted release
    or transfer (``answers``, from :func:`summary.answer_labels`), else what its sources say
    happened. Sorted by category (releases and sanctions first), then date. Dated statements
    ("X said on Saturday") are left out, or alone with ``statements=True``."""
    cols = ["category", "date", "precision", "label", "sources", "article_ids", "n_sources",
            "sentence"]
    if events is None or events.empty:
        return pd.DataFrame(columns=cols)
    labels = source_labels(articles)
    said = is_statement(events)
    ev = events[events["date"].map(lambda d: not is_missing(d)) & (said if statements
                                                                   else ~said)].copy()
    ev = ev[ev["article_id"].isin(labels)]
    ev["precision"] = texts(ev["precision"], "day")
    ok = []
    for d, p in zip(ev["date"], ev["precision"]):
        try:
            date_span(d, p)
            ok.append(True)
        except (ValueError, TypeError):
            ok.append(False)
    ev = ev[ok]
    if ev.empty:
        return pd.DataFrame(columns=cols)
    ev["category"] = texts(ev["category"], "other")
    ev["date"] = [date_label(d, p) for d, p in zip(ev["date"], ev["precision"])]
    rows = []
    for (cat, date, prec), g in ev.groupby(["category", "date", "precision"], sort=True):
        srcs = sorted({labels[a] for a in g["article_id"]}, key=str.lower)
        whats = [w for w in g["what"].map(text) if w] if "what" in g else []
        n = len(srcs)
        answered = [answers[e] for e in g["event_id"] if e
                    in answers] if answers and "event_id" in g else []
        what = (max(set(answered), key=lambda a: (answered.count(a), a)) if answered
                else event_label(whats, cat))
        lab = f"{what} · {n} source{'s' if n != 1 else ''}"
        rows.append({"category": cat, "date": date, "precision": prec, "label": lab,
                     "sources": srcs,
                     "article_ids": sorted(set(g["article_id"])), "n_sources": n,
                     "sentence": _clip(g["sentence"].iloc[0]) if "sentence" in g else ""})
    out = pd.DataFrame(rows, columns=cols)
    cat_rank = {c: (0 if "releas" in c else 1 if "sanction" in c else 2,
                    c) for c in out["category"]}
    out = out.assign(_c=out["category"].map(cat_rank),
                     _d=[date_span(d, p)[0] for d, p in zip(out["date"], out["precision"])])
    return out.sort_values(["_c", "_d", "date"],
                           kind="stable").drop(columns=["_c", "_d"]).reset_index(drop=True)


#: Words that end a fragment, not a label ("journalist X was", "talks began" is fine).
_DANGLING = {"was", "were", "is", "are", "be", "been", "being", "has", "had", "have", "of", "to",
             "the",
             "a", "an", "and", "or", "that", "which", "who"}
#: Words a fragment starts with: the thing done is elsewhere in the sentence ("those freed").
_HEADLESS = {"those", "these", "it", "they", "he", "she", "this", "that", "which", "who", "began",
             "begun", "started", "ended", "run", "was", "were"}
#: A label's length on the timeline, in characters (one line, so rows never overlap).
LABEL_CHARS = 60


def event_label(whats: list[str], category: str) -> str:
    """A short label for one dated event from what its sources say happened: the predicate
    and object most sources give ("Lukashenko ordered release of prisoners"), never a
    fragment ("those freed", "began", "X was"); the category when every source gives a
    fragment."""
    def usable(w: str) -> bool:
        words = w.split()
        return (len(words) >= 2 and words[0].lower() not in _HEADLESS
                and words[-1].lower() not in _DANGLING)
    good = [w for w in whats if usable(w)]
    if not good:
        return (text(category, "event").replace("_", " ") or "event") + " (no clear description)"
    best = max(set(good), key=lambda w: (good.count(w), -abs(len(w.split()) - 6), w))
    best = best[0].upper() + best[1:]
    return best if len(best) <= LABEL_CHARS else best[: LABEL_CHARS - 1].rstrip() + "…"


def is_statement(events: pd.DataFrame) -> pd.Series:
    """Which events are dated statements (category ``statement``)."""
    if "category" not in events.columns:
        return pd.Series(False, index=events.index)
    return events["category"].astype("string").eq(STATEMENT).fillna(False).astype(bool)


def events_table(events: pd.DataFrame, articles: pd.DataFrame,
                 statements: bool = False) -> pd.DataFrame:
    """The timeline as a table: date, precision, category, what, sources, a sentence; the
    dated statements alone with ``statements=True``."""
    t = timeline_rows(events, articles, statements=statements)
    return pd.DataFrame({"category": t["category"], "date": t["date"], "precision": t["precision"],
                         "sources": t["sources"].map(", ".join),
                         "example sentence": t["sentence"]})


def groups_table(groups: pd.DataFrame, figures: pd.DataFrame) -> pd.DataFrame:
    """Every quantity (claim group) with its verdict, answer and each figure with how many
    sources give it; conflicts first. Read from the story's answer, never recomputed."""
    cols = ["quantity", "verdict", "answer", "sources", "figures given (sources)"]
    if groups is None or groups.empty or "answer" not in groups.columns:
        return pd.DataFrame(columns=cols)
    rank = {v: i for i, v in enumerate(VERDICTS)}  # conflicts first
    by_group = ({gid: f for gid, f in figures.groupby("group_id", sort=False)}
                if figures is not None and len(figures) else {})
    rows = []
    for g in groups.itertuples(index=False):
        f = by_group.get(g.group_id)
        said = [] if f is None else [
            f"{x.figure}{' (part)' if x.part else ''}: {x.n_sources:,} "
            f"({some_names(list(x.sources), 3)})"
            for x in f.itertuples(index=False)]
        more = f" · {len(said) - 12:,} more figures" if len(said) > 12 else ""
        rows.append({"quantity": text(g.label).replace("_", " "), "verdict": text(g.verdict, "—"),
                     "answer": text(g.answer), "sources": int(g.n_sources),
                     "figures given (sources)": " · ".join(said[:12]) + more})
    out = pd.DataFrame(rows, columns=cols)
    out = out.assign(_r=out["verdict"].map(lambda v: rank.get(v, 3)))
    return out.sort_values(["_r", "sources", "quantity"], ascending=[True, False, True],
                           kind="stable"
                           ).drop(columns="_r").reset_index(drop=True)


def conflicts_table(conflicts: pd.DataFrame) -> pd.DataFrame:
    """Quantities the sources disagree on (:func:`summary.conflicts`): the answer, who says
    what (sources counted, a few named), and figures that are only part of the quantity."""
    cols = ["quantity", "answer", "who says what", "parts of it (not rival totals)"]
    if conflicts is None or conflicts.empty:
        return pd.DataFrame(columns=cols)
    return pd.DataFrame({"quantity": conflicts["label"].str.replace("_", " "),
                         "answer": conflicts["answer"], "who says what": conflicts["says"],
                         "parts of it (not rival totals)": conflicts["parts"].replace("",
                                                                                      "—")})[cols]


def headline_table(headlines: pd.DataFrame) -> pd.DataFrame:
    """The story's answer (:func:`summary.headlines`): per quantity, the headline figure and
    who gives it, or the competing figures when it is disputed."""
    cols = ["quantity", "answer", "verdict", "sources giving a total",
            "sources allowing the headline",
            "parts"]
    if headlines is None or headlines.empty:
        return pd.DataFrame(columns=cols)
    return pd.DataFrame({"quantity": headlines["label"].str.replace("_", " "),
                         "answer": headlines["answer"], "verdict": headlines["verdict"],
                         "sources giving a total": headlines["n_whole"],
                         "sources allowing the headline": headlines["n_support"],
                         "parts": headlines["n_parts"]})[cols]
