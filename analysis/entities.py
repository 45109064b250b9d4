"""Entity mentions from parsed text, and canonical entities across the corpus."""
from __future__ import annotations

import hashlib
import re

import pandas as pd
from unidecode import unidecode

KEEP_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"}
HONORIFICS = re.compile(r"^(?:mr|mrs|ms|miss|dr|prof|sir|dame|lord|lady|gen|general|president|"
                        r"the)\.?\s+", re.I)
POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


def clean_surface(text: str) -> str:
    s = " ".join(text.split()).strip(" \"“”'‘’.,;:()[]")
    s = POSSESSIVE.sub("", s)
    while HONORIFICS.match(s):
        s = HONORIFICS.sub("", s, count=1)
    return s.strip()


def extract_mentions(doc, article_id: str) -> list[dict]:
    rows = []
    for ent in doc.ents:
        if ent.label_ not in KEEP_LABELS:
            continue
        surface = clean_surface(ent.text)
        if not surface or not re.search(r"[A-Za-zÀ-ž]", surface):
            continue
        rows.append({"article_id": article_id, "surface": surface, "label": ent.label_,
                     "start": ent.start_char, "end": ent.end_char, "sentence": ent.sent.text.strip(),
                     "field": "text"})
    return rows


def metadata_mentions(article: dict, credits: list[str]) -> list[dict]:
    """People in the byline and credits, and the outlet, as mentions outside the body."""
    rows = []
    aid = article["article_id"]
    byline = article.get("byline") or ""
    for name in [n.strip() for n in byline.split(",") if n.strip()]:
        i = byline.find(name)
        rows.append({"article_id": aid, "surface": name, "label": "PERSON", "start": i,
                     "end": i + len(name), "sentence": byline, "field": "byline"})
    credit_line = ", ".join(credits)
    for name in credits:
        i = credit_line.find(name)
        rows.append({"article_id": aid, "surface": name, "label": "PERSON", "start": i,
                     "end": i + len(name), "sentence": credit_line, "field": "credit"})
    outlet = article.get("outlet")
    if outlet:
        rows.append({"article_id": aid, "surface": outlet, "label": "ORG", "start": 0,
                     "end": len(outlet), "sentence": outlet, "field": "outlet"})
    return rows


def name_key(surface: str) -> str:
    return re.sub(r"[^a-z0-9 ]", "", unidecode(surface).lower()).strip()


def canonicalise(mentions: pd.DataFrame, alias_path=None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Give every mention an ``entity_id`` and build the ``entities`` frame."""
    if mentions.empty:
        return mentions.assign(entity_id=pd.Series(dtype=object)), pd.DataFrame()
    m = mentions.copy()
    keys = []
    for aid, grp in m.groupby("article_id", sort=False):
        full = [name_key(s) for s, lab in zip(grp.surface, grp.label) if lab == "PERSON" and " " in s]
        for idx, s, lab in zip(grp.index, grp.surface, grp.label):
            k = name_key(s)
            if lab == "PERSON" and " " not in k:
                match = [f for f in full if f.split()[-1] == k]
                if match:
                    k = max(set(match), key=match.count)
            keys.append((idx, k))
    m["_key"] = pd.Series(dict(keys))
    m["entity_id"] = m["_key"].map(lambda k: "E" + hashlib.sha1(k.encode()).hexdigest()[:10])
    ents = []
    for eid, grp in m.groupby("entity_id", sort=True):
        variants = grp.surface.value_counts()
        ents.append({"entity_id": eid,
                     "canonical": max(variants.index, key=lambda v: (len(v.split()), variants[v], v)),
                     "label": grp.label.value_counts().index[0],
                     "n_mentions": len(grp), "n_articles": grp.article_id.nunique(),
                     "variants": sorted(variants.index), "articles": sorted(grp.article_id.unique())})
    return m.drop(columns="_key"), pd.DataFrame(ents)
