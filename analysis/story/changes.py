"""What changed between two runs over the same story: new (and removed) articles, new
entities, new or changed claims, conflicts that appeared or vanished.

Articles are matched by ``article_id`` (derived from the file's content), entities by
canonical name and label, claims by (article, sentence, expression, occurrence) and
conflicts by kind (or claim group label).
"""
from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from . import summary
from .summary import fmt_number, source_labels, text, texts

CLAIM_FIELDS = ["value", "qualifier", "counted", "counted_class", "kind", "attribution"]


@dataclass
class Changes:
    """Each attribute is a small, sorted, display-ready DataFrame."""

    new_articles: pd.DataFrame
    removed_articles: pd.DataFrame
    new_entities: pd.DataFrame
    new_claims: pd.DataFrame
    changed_claims: pd.DataFrame
    removed_claims: pd.DataFrame
    conflicts_appeared: pd.DataFrame
    conflicts_vanished: pd.DataFrame
    first_run: bool = False
    notes: list[str] = field(default_factory=list)

    def sections(self) -> list[tuple[str, pd.DataFrame]]:
        return [("New articles", self.new_articles), ("Articles no longer read",
                                                      self.removed_articles),
                ("New entities", self.new_entities), ("New claims", self.new_claims),
                ("Changed claims", self.changed_claims),
                ("Claims no longer found", self.removed_claims),
                ("Conflicts that appeared", self.conflicts_appeared),
                ("Conflicts that vanished", self.conflicts_vanished)]

    @property
    def nothing(self) -> bool:
        return all(df.empty for _, df in self.sections())

    def summary_line(self) -> str:
        if self.first_run:
            return "First build of this story: nothing to compare with."
        if self.nothing:
            return "Nothing changed since the previous build."
        parts = [f"{name.lower()}: {len(df)}" for name, df in self.sections() if not df.empty]
        return "Since the previous build: " + "; ".join(parts) + "."


def _articles(df, labels) -> pd.DataFrame:
    cols = ["source", "title", "published", "file"]
    if df.empty:
        return pd.DataFrame(columns=cols)
    out = pd.DataFrame({"source": df["article_id"].map(lambda a: labels.get(a, a)),
                        "title": df["title"].map(lambda t: text(t, "—")),
                        "published": df["published"].map(lambda t: text(t, "unknown")),
                        "file": df["path"].map(lambda p: text(p).rsplit("/", 1)[-1])})
    return out.sort_values(["source", "file"], kind="stable").reset_index(drop=True)


def _entity_key(df: pd.DataFrame) -> pd.Series:
    return df["canonical"].map(lambda c: text(c).casefold()) + "|" + texts(df["label"])


def _claim_keys(df: pd.DataFrame) -> pd.DataFrame:
    if df is None or df.empty:
        return pd.DataFrame(columns=["_key"] + CLAIM_FIELDS + ["article_id", "sentence",
                                                               "expression"])
    d = df.copy()
    for c in CLAIM_FIELDS + ["sentence", "expression", "start"]:
        if c not in d.columns:
            d[c] = None
    d["_base"] = (d["article_id"].map(text) + "|"
                  + d["sentence"].map(lambda s: " ".join(text(s).split()))
                  + "|" + d["expression"].map(text))
    d = d.assign(_s=pd.to_numeric(d["start"], errors="coerce")).sort_values(["_base", "_s"],
                                                                            kind="stable")
    d["_key"] = d["_base"] + "|" + d.groupby("_base").cumcount().astype(str)
    return d


def _norm(v):
    if summary.is_missing(v):
        return None
    try:
        return float(v)
    except (TypeError, ValueError):
        return str(v)


def _claim_rows(d: pd.DataFrame, labels, before: pd.DataFrame | None = None) -> pd.DataFrame:
    cols = ["source", "kind", "figure", "hedge", "counted", "was", "sentence"]
    rows = []
    for _, r in d.iterrows():
        was = ""
        if before is not None:
            b = before.loc[r["_key"]]
            diffs = [f"{f}: {text(_fmt(b[f]), '—')}" for f in CLAIM_FIELDS
                     if _norm(b[f]) != _norm(r[f])]
            was = "; ".join(diffs)
        rows.append({"source": labels.get(r["article_id"], text(r["article_id"])),
                     "kind": text(r["kind"], "other"), "figure": fmt_number(r["value"]),
                     "hedge": text(r["qualifier"], "exact"), "counted": text(r["counted"], "—"),
                     "was": was, "sentence": " ".join(text(r["sentence"]).split())[:300]})
    out = pd.DataFrame(rows, columns=cols)
    if before is None:
        out = out.drop(columns="was")
    return out.sort_values(["source", "kind", "figure"], kind="stable").reset_index(drop=True)


def _fmt(v):
    return fmt_number(v) if isinstance(v, float) else v


def compare(previous, current) -> Changes:
    """Compare two :class:`analysis.Corpus` objects (``previous`` may be None: first run)."""
    if previous is None:
        empty = pd.DataFrame()
        return Changes(*(empty,) * 8, first_run=True)
    labels = {**source_labels(previous.articles), **source_labels(current.articles)}
    pa, ca = previous.articles, current.articles
    pa_ids = set(pa["article_id"]) if not pa.empty else set()
    ca_ids = set(ca["article_id"]) if not ca.empty else set()
    new_articles = _articles(ca[ca["article_id"].isin(ca_ids - pa_ids)] if not ca.empty else ca,
                             labels)
    removed_articles = _articles(pa[pa["article_id"].isin(pa_ids - ca_ids)] if not pa.empty
                                 else pa, labels)

    pe, ce = previous.entities, current.entities
    if ce is None or ce.empty:
        new_entities = pd.DataFrame(columns=["entity", "type", "articles", "mentions"])
    else:
        known = set(_entity_key(pe)) if pe is not None and not pe.empty else set()
        ne = ce[~_entity_key(ce).isin(known)]
        new_entities = pd.DataFrame({"entity": ne["canonical"].map(text),
                                     "type": texts(ne["label"]),
                                     "articles": pd.to_numeric(ne["n_articles"], errors="coerce"),
                                     "mentions": pd.to_numeric(ne["n_mentions"], errors="coerce")}
                                    ).sort_values(["articles", "mentions", "entity"],
                                                  ascending=[False, False, True],
                                                  kind="stable").reset_index(drop=True)

    pc, cc = _claim_keys(previous.claims), _claim_keys(current.claims)
    pk, ck = set(pc["_key"]), set(cc["_key"])
    new_claims = _claim_rows(cc[~cc["_key"].isin(pk)], labels)
    removed_claims = _claim_rows(pc[~pc["_key"].isin(ck)], labels)
    both = cc[cc["_key"].isin(pk)]
    before = pc.set_index("_key")
    changed_mask = [any(_norm(before.loc[k, f]) != _norm(r[f]) for f in CLAIM_FIELDS)
                    for k, (_, r) in zip(both["_key"], both.iterrows())]
    changed_claims = _claim_rows(both[changed_mask] if len(both) else both, labels, before)

    pcf = summary.conflicts(previous.claim_groups, previous.group_figures)
    ccf = summary.conflicts(current.claim_groups, current.group_figures)
    appeared = ccf[~ccf["label"].isin(set(pcf["label"]))]
    vanished = pcf[~pcf["label"].isin(set(ccf["label"]))]
    def conf_cols(df):
        return pd.DataFrame({"kind": df["label"], "detail": df["answer"] + " — " + df["says"]}
                            ).reset_index(drop=True)
    return Changes(new_articles, removed_articles, new_entities, new_claims, changed_claims,
                   removed_claims,
                   conf_cols(appeared), conf_cols(vanished))
