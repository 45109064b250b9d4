"""``load_corpus``: a folder of articles → a :class:`Corpus` of pandas DataFrames."""
from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass, field, fields
from pathlib import Path

import pandas as pd

from . import agreement, entities as entities_mod, events as events_mod, reference
from .claims import link_attributions
from .frames import COLUMNS, conform
from .ingest import discover, load_sidecars
from .nlp import parse
from .pipeline import Prepared, error_row, extract, prepare

FRAMES = ("articles", "mentions", "entities", "claims", "events", "errors", "claim_groups")


@dataclass
class Corpus:
    """Every frame about one story's articles. Attributes are pandas DataFrames."""

    articles: pd.DataFrame
    mentions: pd.DataFrame
    entities: pd.DataFrame
    claims: pd.DataFrame
    events: pd.DataFrame
    errors: pd.DataFrame
    claim_groups: pd.DataFrame = field(default_factory=pd.DataFrame)
    source: str = ""

    def __repr__(self) -> str:
        sizes = ", ".join(f"{n}={len(getattr(self, n))}" for n in FRAMES)
        return f"Corpus({self.source!r}: {sizes})"

    def to_parquet(self, folder: str | os.PathLike) -> Path:
        """Write every frame to ``folder/NAME.parquet`` (atomically, one file at a time)."""
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        for name in FRAMES:
            df = _for_parquet(getattr(self, name))
            tmp = folder / f".{name}.parquet.tmp"
            df.to_parquet(tmp, index=False)
            os.replace(tmp, folder / f"{name}.parquet")
        (folder / "corpus.json").write_text(json.dumps({"source": self.source}), encoding="utf-8")
        return folder

    @classmethod
    def from_parquet(cls, folder: str | os.PathLike) -> "Corpus":
        """Reload a corpus saved by :meth:`to_parquet`."""
        folder = Path(folder)
        frames = {}
        for name in FRAMES:
            p = folder / f"{name}.parquet"
            frames[name] = _from_parquet(pd.read_parquet(p)) if p.exists() else pd.DataFrame()
        meta_path = folder / "corpus.json"
        source = json.loads(meta_path.read_text(encoding="utf-8")).get("source", "") if meta_path.exists() else ""
        return cls(**frames, source=source)


_LIST_COLUMNS = {"variants", "articles", "sources", "article_ids"}


def _for_parquet(df: pd.DataFrame) -> pd.DataFrame:
    df = df.copy()
    for c in df.columns:
        if df[c].dtype == object and df[c].map(lambda v: isinstance(v, (list, dict, tuple))).any():
            df[c] = df[c].map(lambda v: json.dumps(v, sort_keys=True, default=str) if v is not None else None)
            df.attrs.setdefault("json_columns", []).append(c)
    return df


def _from_parquet(df: pd.DataFrame) -> pd.DataFrame:
    for c in df.columns:
        if df[c].dtype == object:
            sample = df[c].dropna()
            if len(sample) and sample.map(lambda v: isinstance(v, str) and v[:1] in "[{").all():
                try:
                    df[c] = df[c].map(lambda v: json.loads(v) if isinstance(v, str) else v)
                except ValueError:
                    pass
    return df


def load_corpus(path: str | os.PathLike, reference_date: str | dt.date | None = None, *,
                aliases: str | os.PathLike | None = None, n_process: int = 1,
                batch_size: int = 32) -> Corpus:
    """Load every article under ``path`` (a folder, recursive, or one file).

    ``reference_date`` is what relative dates ("on Saturday") resolve against for articles
    that state no publication date of their own. ``aliases`` is a YAML file forcing or
    forbidding entity merges (default: ``aliases.yml`` beside the articles).
    Files that cannot be read or processed are listed in ``errors``; the rest still load.
    """
    root = Path(path)
    files, errors = discover(root)
    sidecars = load_sidecars(root)
    prepared: list[Prepared] = []
    seen: dict[str, str] = {}
    for f in files:
        try:
            p = prepare(f, sidecars)
        except Exception as exc:  # one bad file never loses the others
            errors.append(error_row(f, "read", exc))
            continue
        aid = p.article["article_id"]
        if aid in seen:
            errors.append({"path": str(f), "stage": "duplicate",
                           "message": f"same article text as {seen[aid]}; counted once"})
            continue
        seen[aid] = str(f)
        prepared.append(p)

    rows: dict[str, list[dict]] = {"mentions": [], "claims": [], "events": []}
    kept: list[Prepared] = []
    docs = parse((p.text for p in prepared), batch_size=batch_size, n_process=n_process)
    for p in prepared:
        try:
            doc = next(docs)
            out = extract(doc, p)
        except StopIteration:
            errors.append({"path": p.article["path"], "stage": "nlp", "message": "the parser returned no document"})
            continue
        except Exception as exc:
            errors.append(error_row(p.article["path"], "extract", exc))
            continue
        kept.append(p)
        for k in rows:
            rows[k].extend(out[k])

    return assemble([p.article for p in kept], rows, errors, root=root,
                    reference_date=reference_date, aliases=aliases)


def assemble(articles: list[dict], rows: dict[str, list[dict]], errors: list[dict], *, root: Path,
             reference_date=None, aliases=None) -> Corpus:
    """Corpus-wide steps over per-article rows: canonical entities, reference dates,
    resolved events, attributions and claim groups."""
    arts = pd.DataFrame(articles)
    if arts.empty:
        arts = conform("articles", None)
    arts = arts.sort_values("path", kind="stable").reset_index(drop=True)
    mentions = pd.DataFrame(rows["mentions"])
    claims = pd.DataFrame(rows["claims"])
    events = pd.DataFrame(rows["events"])

    alias_path = Path(aliases) if aliases else (root if root.is_dir() else root.parent) / "aliases.yml"
    mentions, entities = entities_mod.canonicalise(mentions, alias_path if alias_path.exists() else None)

    arts = reference.assign_reference_dates(arts, claims, mentions, reference_date)
    events = events_mod.resolve(events, arts)
    claims = link_attributions(claims, mentions, entities)
    groups = agreement.claim_groups(claims, arts)

    err = pd.DataFrame(errors, columns=COLUMNS["errors"]).sort_values(["path", "stage"], kind="stable")
    return Corpus(
        articles=conform("articles", arts),
        mentions=conform("mentions", mentions),
        entities=conform("entities", entities),
        claims=conform("claims", claims),
        events=conform("events", events),
        errors=conform("errors", err),
        claim_groups=groups,
        source=str(root),
    )


def frame_names() -> list[str]:
    return [f.name for f in fields(Corpus) if f.name in FRAMES]
