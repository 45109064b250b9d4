"""``load_corpus``: a folder of articles → a :class:`Corpus` of pandas DataFrames."""
from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import gc
import json
import os
import sys
import warnings
from dataclasses import dataclass, field, fields
from pathlib import Path

import pandas as pd

from .extraction import event_resolve, reference
from .extraction.engines import ENGINES, Outcome, run
from .extraction.entity_resolve import canonicalise
from .extraction.events import STATEMENT
from .extraction.source_link import link_attributions
from .frames import COLUMNS, conform
from .loading import cache as cache_mod
from .loading.ingest import ARTICLE_SUFFIXES, MAX_BYTES, load_sidecars, sidecar_for
from .loading.readers import discover
from .schema import categorise
from .story import agreement

FRAMES = ("articles", "mentions", "entities", "claims", "events", "errors", "claim_groups",
          "group_sources",
          "group_figures")
# Typed by the contract on every load (the synthesis's frames have their own types).
TYPED_FRAMES = ("articles", "mentions", "entities", "claims", "events", "errors")


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
    group_sources: pd.DataFrame = field(default_factory=pd.DataFrame)
    group_figures: pd.DataFrame = field(default_factory=pd.DataFrame)
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

    def to_csv(self, folder: str | os.PathLike) -> Path:
        """Write every frame to ``folder/NAME.csv`` (UTF-8; list columns as JSON text)."""
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        for name in FRAMES:
            tmp = folder / f".{name}.csv.tmp"
            _for_parquet(getattr(self, name)).to_csv(tmp, index=False, encoding="utf-8")
            os.replace(tmp, folder / f"{name}.csv")
        return folder

    @classmethod
    def from_parquet(cls, folder: str | os.PathLike) -> Corpus:
        """Reload a corpus saved by :meth:`to_parquet`."""
        folder = Path(folder)
        frames = {}
        for name in FRAMES:
            p = folder / f"{name}.parquet"
            df = _from_parquet(pd.read_parquet(p)) if p.exists() else pd.DataFrame()
            # frames saved by an older version hold dates as text: type them as today's
            frames[name] = conform(name, df) if name in TYPED_FRAMES else categorise(name, df)
        meta_path = folder / "corpus.json"
        source = (json.loads(meta_path.read_text(encoding="utf-8")).get("source", "")
                  if meta_path.exists() else "")
        return cls(**frames, source=source)


_LIST_COLUMNS = {"variants", "articles", "sources", "article_ids", "claim_ids", "other_values"}


def _for_parquet(df: pd.DataFrame) -> pd.DataFrame:
    df = df.copy()
    for c in df.columns:
        if df[c].dtype == object and df[c].map(lambda v: isinstance(v, (list, dict, tuple))).any():
            df[c] = df[c].map(lambda v: json.dumps(v, sort_keys=True,
                                                   default=str) if v is not None else None)
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
                aliases: str | os.PathLike | None = None, n_process: int | None = None,
                batch_size: int = 32, cache: bool | str | os.PathLike | None = True,
                engine: str = "local", scheduler=None, progress: bool | None = None,
                statements: bool = True) -> Corpus:
    """Load every article under ``path`` (a folder, recursive, or one file).

    ``reference_date`` is what relative dates ("on Saturday") resolve against for articles
    that state no publication date of their own. ``aliases`` is a YAML file forcing or
    forbidding entity merges (default: ``aliases.yml`` beside the articles).
    Files that cannot be read or processed are listed in ``errors``; the rest still load.
    Dated statements ("X said on Saturday", "told reporters on Monday": they date what a
    source said, not an event of the story) are events with ``category`` ``statement``; the
    timeline leaves them out and lists them apart. ``statements=False`` drops them.

    Speed and scale: each article's parse is cached by content hash (``cache``: True for
    ``$NEWSDESK_CACHE`` or ``./.cache/newsdesk``, a folder, or False), so a rerun parses
    only new or changed files. ``engine="local"`` runs in this process, or in
    ``n_process`` processes (default: the cores, when there are enough articles);
    ``engine="dask"`` runs on a Dask LocalCluster or the cluster at ``scheduler``
    (an address or a ``distributed.Client``). ``progress`` shows a bar on long loads
    (default: at an interactive terminal or in JupyterLab, outside CI).

    Frames and columns (every column's type and meaning: :mod:`analysis.schema`, printed
    by ``python -m analysis.schema``; the README's column dictionary):

    - articles: article_id, path, outlet, title, byline, published (datetime64), url,
      reference_date (datetime64), text, n_words (Int64), language, analysed, ``*_source``
    - mentions: article_id, entity_id, surface, label, start, end (Int64), sentence, field
    - entities: entity_id, canonical, label, n_mentions, n_articles (Int64), variants, articles
    - claims: claim_id, article_id, outlet, value, low, high, qualifier, counted,
      counted_class, kind, attribution, destination, sentence, start, end, expression, ...
    - events: event_id, article_id, date (datetime64, first day of its period), precision,
      relative, expression, what, category, sentence, ...
    - claim_groups, group_sources, group_figures: the story's answer
      (:mod:`analysis.story.agreement`)
    - errors: path, stage, message
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}: expected one of {', '.join(ENGINES)}")
    root = Path(path)
    files, errors = discover(root)
    sidecars = load_sidecars(root)
    folder = cache_mod.resolve_dir(cache)
    store = cache_mod.ArticleCache(folder) if folder is not None else None
    if store is not None:
        store.open_pack(str(root.resolve()))

    with _rows_frozen() as freeze:
        outcomes: dict[str, Outcome] = {}
        keys: dict[str, str] = {}
        todo: list[str] = []
        listing: dict[Path, list[str]] = {}
        with _gc_paused():  # decoding cached rows makes no reference cycles
            for f in files:
                p = str(f)
                key = _cache_key(f, sidecars, listing) if store is not None else None
                entry = _rebase(store.get(key), p) if key else None
                if entry is not None:
                    outcomes[p] = Outcome.from_entry(p, entry)
                    continue
                if key:
                    keys[p] = key
                todo.append(p)
        freeze()  # the cached rows: parsing and the model load would make collections walk them

        if todo:
            with _progress_bar(len(todo), progress) as bar:
                for out in run(todo, sidecars, engine=engine, n_process=n_process,
                               scheduler=scheduler,
                               batch_size=batch_size):
                    outcomes[out.path] = out
                    if store is not None and out.cacheable and out.path in keys:
                        store.put(keys[out.path], {**out.as_entry(), "path": out.path})
                    bar.update(1)
        if store is not None:
            store.close_pack()
            store.touch()
            if store.write_failed:
                warnings.warn(f"the article cache in {store.root} could not be written "
                              f"({store.write_failed}); pass cache=False to silence this",
                              stacklevel=2)

        articles: list[dict] = []
        rows: dict[str, list[dict]] = {"mentions": [], "claims": [], "events": []}
        seen: dict[str, str] = {}
        for f in files:
            out = outcomes[str(f)]
            if out.error is not None or out.article is None:
                errors.append(out.error or {"path": str(f), "stage": "extract",
                                            "message": "no result"})
                continue
            aid = out.article["article_id"]
            if aid in seen:
                errors.append({"path": str(f), "stage": "duplicate",
                               "message": f"same article text as {seen[aid]}; counted once"})
                continue
            seen[aid] = str(f)
            articles.append(out.article)
            for k in rows:
                rows[k].extend(out.rows.get(k, ()))
            errors.extend({"path": str(f), **p} for p in out.rows.get("problems", ()))
        del outcomes
        freeze()

        return assemble(articles, rows, errors, root=root,
                        reference_date=reference_date, aliases=aliases, statements=statements)


# A full garbage collection walks every tracked object; with a corpus's rows in memory
# (millions of dicts and lists, none in a reference cycle) each one costs ~0.1 s per
# 1,000 articles, and allocation-heavy steps trigger several (measured: a 1,000-article
# warm load 1.75 s → 1.40 s without them).

@contextlib.contextmanager
def _gc_paused():
    """No collections inside the block (for steps that only allocate)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


@contextlib.contextmanager
def _rows_frozen():
    """Yield ``freeze()``: the objects alive when it is called (the rows) are left out of
    collections until the block ends; garbage made inside is still collected."""
    if gc.get_freeze_count():  # someone froze objects already (a pre-fork server): leave them
        yield lambda: None
        return
    try:
        yield gc.freeze
    finally:
        gc.unfreeze()


def _cache_key(f: Path, sidecars: dict, listing: dict) -> str | None:
    """Cache key of one file (its bytes, path and sidecar metadata), or None when the file
    cannot be read: then it is processed, and its error reported, without the cache."""

    try:
        if not f.is_file() or f.stat().st_size > MAX_BYTES:
            return None
        data = f.read_bytes()
    except OSError:
        return None
    try:
        side = json.dumps(sidecar_for(f, sidecars), sort_keys=True, default=str)
    except Exception as exc:  # an invalid sidecar is an error the article reports; key on it
        side = f"error: {type(exc).__name__}: {exc}"
    # Any non-article file named like the article plus a suffix may be metadata for it.
    names = listing.get(f.parent)
    if names is None:
        try:
            names = listing[f.parent] = sorted(os.listdir(f.parent))
        except OSError:
            names = listing[f.parent] = []
    prefix = f.stem + "."
    sib = []
    for name in names[bisect.bisect_left(names, prefix):]:
        if not name.startswith(prefix):
            break
        other = f.parent / name
        if name != f.name and Path(name).suffix.lower() not in ARTICLE_SUFFIXES:
            try:
                if other.is_file() and other.stat().st_size < (1 << 20):
                    sib.append(name.encode() + b"\0" + other.read_bytes())
            except OSError:
                pass
    # Keyed by the resolved path, so "seeds" and "/abs/seeds" share entries (see _rebase).
    return cache_mod.entry_key(f.resolve(), data, side.encode() + b"\0" + b"\0".join(sib))


def _rebase(entry: dict | None, path: str) -> dict | None:
    """A cached entry with its ``path`` fields set to ``path`` as given this time (the same
    file may be reached as ``seeds/a.txt`` or ``/home/x/seeds/a.txt``). None (a miss) when
    the stored path shows up anywhere else, since only a fresh run can say what it becomes."""
    if entry is None:
        return None
    old = entry.pop("path", None)
    if old is None or old == path:
        return entry if old is not None else None
    fields = [d for d in (entry.get("article"), entry.get("error")) if isinstance(d, dict)]
    for d in fields:
        if d.get("path") == old:
            d["path"] = path
    if _mentions(entry, old):
        return None
    return entry


def _mentions(value, needle: str) -> bool:
    if isinstance(value, str):
        return needle in value
    if isinstance(value, dict):
        return any(_mentions(v, needle) for v in value.values())
    if isinstance(value, (list, tuple)):
        return any(_mentions(v, needle) for v in value)
    return False


class _NoBar:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def update(self, n=1):
        pass


def _in_jupyter() -> bool:
    """Whether this runs in a Jupyter kernel (JupyterLab, Notebook), where tqdm.auto draws a
    widget (ipywidgets) instead of writing to a terminal."""
    ipython = sys.modules.get("IPython")
    try:
        shell = ipython.get_ipython() if ipython is not None else None
    except Exception:
        return False
    return type(shell).__name__ == "ZMQInteractiveShell"


def _progress_bar(total: int, progress: bool | None):
    """A tqdm bar that appears only after 1.5 s, at a terminal or in JupyterLab (a widget);
    off under CI or pytest, unless ``progress=True``."""
    if progress is None:
        progress = ((sys.stderr.isatty() or _in_jupyter()) and not os.environ.get("CI")
                    and "PYTEST_CURRENT_TEST" not in os.environ)
    if not progress:
        return _NoBar()
    # in a kernel tqdm.auto is the notebook bar, which imports ipywidgets (~0.35 s)
    from tqdm.auto import tqdm

    return tqdm(total=total, unit="article", desc="parsing", delay=1.5, leave=False)


def assemble(articles: list[dict], rows: dict[str, list[dict]], errors: list[dict], *, root: Path,
             reference_date=None, aliases=None, statements: bool = True) -> Corpus:
    """Corpus-wide steps over per-article rows: canonical entities, reference dates,
    resolved events, attributions and claim groups."""
    arts = pd.DataFrame(articles)
    if arts.empty:
        arts = conform("articles", None)
    arts = arts.sort_values("path", kind="stable").reset_index(drop=True)
    mentions = pd.DataFrame(rows["mentions"])
    claims = pd.DataFrame(rows["claims"])
    events = pd.DataFrame(rows["events"])
    if not statements and "category" in events.columns:
        events = events[events["category"] != STATEMENT].reset_index(drop=True)

    alias_path = Path(aliases) if aliases else (root if root.is_dir()
                                                else root.parent) / "aliases.yml"
    mentions, entities = canonicalise(mentions, alias_path if alias_path.exists() else None)

    arts = reference.complete_yearless(arts)
    arts = reference.assign_reference_dates(arts, claims, mentions, reference_date)
    events = event_resolve.resolve(events, arts)
    claims = link_attributions(claims, mentions, entities)
    if not claims.empty:
        claims.insert(2, "outlet", claims["article_id"].map(dict(zip(arts["article_id"],
                                                                     arts["outlet"]))))
        claims["n_people"] = [_whole(v) if c == "people" else None
                           for v, c in zip(claims["value"],
                                           claims.get("counted_class",
                                                      pd.Series(None, index=claims.index)))]
    story = agreement.synthesise(claims, arts, events)

    err = pd.DataFrame(errors, columns=COLUMNS["errors"]).sort_values(["path", "stage"],
                                                                      kind="stable")
    return Corpus(
        articles=conform("articles", arts),
        mentions=conform("mentions", mentions),
        entities=conform("entities", entities),
        claims=conform("claims", claims),
        events=conform("events", events),
        errors=conform("errors", err),
        claim_groups=story["claim_groups"],
        group_sources=story["group_sources"],
        group_figures=story["group_figures"],
        source=str(root),
    )


def _whole(v) -> int | None:
    """``v`` as an int when it is a whole number, else None."""
    try:
        f = float(v)
    except (TypeError, ValueError):
        return None
    return int(f) if f == f and f.is_integer() else None


def frame_names() -> list[str]:
    return [f.name for f in fields(Corpus) if f.name in FRAMES]
