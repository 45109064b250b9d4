"""Per-article cache: one parquet file per article, keyed by content hash and code version.

An entry holds what :mod:`analysis.extraction.pipeline` made of one file (the article row and its
mention, claim and date-mention rows, or the error it raised). Its key hashes the file's
bytes, its path, its sidecar metadata and :func:`version_key` — the package and model
versions plus the source of every module the per-article work imports — so editing an
extractor, upgrading spaCy or changing a sidecar gives a new key and the article is
parsed again. Corpus-wide steps (:func:`analysis.corpus.assemble`) are never cached.

Entries are written to a temporary file and renamed into place, and carry their key,
version and a digest of their payload; anything that does not match on read (truncated,
corrupt, another version) is deleted and rebuilt, never trusted.

Rows are stored as tagged JSON inside parquet so Python values round-trip exactly
(int vs float, missing keys, dates, tuples, NaN): native parquet columns would coerce
them, and the frames built from cached rows must equal the frames built without.
"""
from __future__ import annotations

import datetime as dt
import functools
import hashlib
import importlib.metadata
import json
import os
import re
import shutil
import sys
import time
import uuid
from pathlib import Path

CACHE_ENV = "NEWSDESK_CACHE"
OFF_VALUES = {"0", "off", "false", "no", "none", ""}
FORMAT_VERSION = "2"  # 2: entries store the path they were made for
PACKAGE = "analysis"
PACKAGE_DIR = Path(__file__).resolve().parents[1]  # the package root
# Where per-article work starts; every package module these import (transitively) is hashed.
PER_ARTICLE_ROOTS = ("extraction.pipeline", "loading.nlp")
# Version folders not used for this long are removed when another version is in use.
STALE_AFTER_DAYS = 14
# ...and at most this many other versions are kept besides the one in use.
KEEP_VERSIONS = 3
# A load of at least this many cached articles also keeps them in one "pack" file, read at
# once next time (one file read instead of one per article: ~0.25 s saved per 1,000).
PACK_MIN_ENTRIES = 32
# The pack is rewritten when more than this share of a load's entries were not in it, or
# of its entries were not used.
PACK_REWRITE_SHARE = 0.1
_META_PREFIX = b"newsdesk."
_DATA_SUFFIXES = {".json", ".yml", ".yaml", ".txt", ".csv", ".tsv"}


def resolve_dir(cache: bool | str | os.PathLike | None = True) -> Path | None:
    """The cache folder for a ``cache=`` argument, or None when caching is off.

    ``True``/``None``: ``$NEWSDESK_CACHE`` if set (``0``/``off`` turns caching off), else
    ``.cache/newsdesk`` in the current folder. ``False``: off. A path: that folder.
    """
    if cache is False:
        return None
    if cache is True or cache is None:
        env = os.environ.get(CACHE_ENV)
        if env is not None:
            return None if env.strip().lower() in OFF_VALUES else Path(env).expanduser()
        return Path.cwd() / ".cache" / "newsdesk"
    return Path(cache).expanduser()


# ---------------------------------------------------------------------------- version key

def _module_file(name: str) -> Path | None:
    rel = name.split(".")[1:]
    if not rel:
        return PACKAGE_DIR / "__init__.py"
    base = PACKAGE_DIR.joinpath(*rel)
    for cand in (base.with_suffix(".py"), base / "__init__.py"):
        if cand.is_file():
            return cand
    return None


_FROM_IMPORT = re.compile(r"^[ \t]*from[ \t]+(\.*)([\w.]*)[ \t]+import[ \t]+(\([^)]*\)|[^\n#;]+)",
                          re.M)
_IMPORT = re.compile(r"^[ \t]*import[ \t]+([^\n#;]+)", re.M)


def _imports(source: str, package: list[str]) -> tuple[set[str], set[str]]:
    """Package modules and top-level third-party names that a module's source imports;
    ``package`` is the dotted package the module sits in, as parts. (A regex over the
    source, ~10x faster than walking its AST; a false hit only widens the key.)"""
    inner, outer = set(), set()
    for m in _IMPORT.finditer(source):
        for part in m.group(1).split(","):
            name = part.split(" as ")[0].strip()
            if not name:
                continue
            top = name.split(".")[0]
            (inner.add(name) if top == PACKAGE else outer.add(top))
    for m in _FROM_IMPORT.finditer(source):
        dots, module, names = m.group(1), m.group(2), m.group(3)
        if dots:
            base = package[: len(package) - len(dots) + 1]
            base_name = ".".join(base + ([module] if module else []))
        else:
            base_name = module
        if base_name.split(".")[0] != PACKAGE:
            outer.add(base_name.split(".")[0])
            continue
        if module:  # the package's own __init__ only gathers the public names
            inner.add(base_name)
        for part in names.strip("()").replace("\n", " ").split(","):
            name = part.split(" as ")[0].strip()
            if name.isidentifier():  # ``from . import entities`` names a module
                inner.add(f"{base_name}.{name}")
    return inner, outer


def per_article_sources() -> tuple[dict[str, Path], set[str]]:
    """Files of the package modules the per-article work imports, and the third-party
    top-level modules they import (found by reading the source, not by importing it)."""
    todo = [f"{PACKAGE}.{m}" for m in PER_ARTICLE_ROOTS]
    found: dict[str, Path] = {}
    outer: set[str] = set()
    while todo:
        name = todo.pop()
        if name in found:
            continue
        path = _module_file(name)
        if path is None:
            continue  # a name imported from a module, not a module
        found[name] = path
        source = path.read_bytes().decode("utf-8", "replace")
        parts = name.split(".")
        inner, ext = _imports(source, parts if path.name == "__init__.py" else parts[:-1])
        outer |= ext
        todo.extend(sorted(inner - found.keys()))
    return found, outer


def _dep_fingerprints(top_level: set[str]) -> list[str]:
    """Where each third-party module is installed, with its entry file's size and mtime:
    upgrading or reinstalling it changes this (cheaper than reading every package's metadata)."""
    import importlib.util

    out = []
    for name in sorted(top_level):
        if name in sys.stdlib_module_names or name == "__future__":
            continue
        try:
            spec = importlib.util.find_spec(name)
        except (ImportError, ValueError):
            spec = None
        origin = getattr(spec, "origin", None) if spec else None
        if origin and os.path.isfile(origin):
            st = os.stat(origin)
            out.append(f"{name}:{origin}:{st.st_size}:{st.st_mtime_ns}")
        else:
            out.append(f"{name}:missing")
    return out


@functools.lru_cache(maxsize=1)
def version_key() -> str:
    """Hash of everything besides the file itself that the per-article output depends on."""
    from .. import __version__
    from .nlp import COMPONENTS, MODEL_PACKAGE

    h = hashlib.sha256()
    files, outer = per_article_sources()
    for name in sorted(files):
        h.update(f"module {name}\n".encode())
        h.update(files[name].read_bytes())
    # Rule tables kept as data files inside the package.
    for p in sorted(PACKAGE_DIR.rglob("*")):
        if p.is_file() and p.suffix.lower() in _DATA_SUFFIXES and "__pycache__" not in p.parts:
            h.update(f"data {p.relative_to(PACKAGE_DIR).as_posix()}\n".encode())
            h.update(p.read_bytes())
    try:
        model = importlib.metadata.version(MODEL_PACKAGE)
    except importlib.metadata.PackageNotFoundError:
        model = "?"
    deps = _dep_fingerprints(outer | {"spacy", "thinc", MODEL_PACKAGE})
    h.update(json.dumps({"format": FORMAT_VERSION, "package": __version__, "model": model,
                         "components": list(COMPONENTS), "deps": deps,
                         "python": sys.version_info[:2]}).encode())
    return h.hexdigest()[:24]


def entry_key(path: Path, data: bytes, extra: bytes = b"") -> str:
    """Key of one article: its path, bytes and ``extra`` (sidecar metadata), with the version."""
    h = hashlib.sha256()
    for part in (version_key().encode(), os.fsencode(str(path)), extra, data):
        h.update(len(part).to_bytes(8, "little"))
        h.update(part)
    return h.hexdigest()


# ---------------------------------------------------------------------------- tagged JSON

class Unstorable(TypeError):
    """A value the cache cannot round-trip exactly; the article is then not cached."""


def _enc(v):
    if v is None or isinstance(v, (bool, str)):
        return v
    if type(v) is int or type(v) is float:
        return v
    if isinstance(v, list) and type(v) is list:
        return [_enc(x) for x in v]
    if isinstance(v, tuple) and type(v) is tuple:
        return {"$t": "tuple", "v": [_enc(x) for x in v]}
    if type(v) is dict:
        if all(type(k) is str for k in v) and "$t" not in v:
            return {k: _enc(x) for k, x in v.items()}
        return {"$t": "dict", "v": [[_enc(k), _enc(x)] for k, x in v.items()]}
    if type(v) is dt.date:
        return {"$t": "date", "v": v.isoformat()}
    if type(v) is dt.datetime:
        return {"$t": "datetime", "v": v.isoformat()}
    mod = type(v).__module__
    if mod == "numpy":
        import numpy as np

        if isinstance(v, np.generic):
            return {"$t": "np", "d": v.dtype.str, "v": _enc(v.item())}
    if mod.startswith("pandas"):
        import pandas as pd

        if isinstance(v, pd.Timestamp):
            return {"$t": "ts", "v": v.isoformat()}
        if v is pd.NaT:
            return {"$t": "nat"}
        if v is pd.NA:
            return {"$t": "na"}
    raise Unstorable(f"cannot cache a value of type {type(v).__name__}")


def _hook(d: dict):
    """Decode one tagged JSON object; called by the parser on each object, innermost first."""
    t = d.get("$t")
    if t is None:
        return d
    if t == "tuple":
        return tuple(d["v"])
    if t == "dict":
        return {k: x for k, x in d["v"]}
    if t == "date":
        return dt.date.fromisoformat(d["v"])
    if t == "datetime":
        return dt.datetime.fromisoformat(d["v"])
    if t == "np":
        import numpy as np

        return np.dtype(d["d"]).type(d["v"])
    import pandas as pd

    if t == "ts":
        return pd.Timestamp(d["v"])
    if t == "nat":
        return pd.NaT
    if t == "na":
        return pd.NA
    raise ValueError(f"unknown tag {t!r}")


def dumps(value) -> str:
    """Tagged JSON for ``value`` (raises :class:`Unstorable` for types it cannot round-trip)."""
    return json.dumps(_enc(value), ensure_ascii=False, allow_nan=True, separators=(",", ":"))


def loads(text: str):
    """The value :func:`dumps` wrote."""
    return json.loads(text, object_hook=_hook)


# ---------------------------------------------------------------------------- the store

class ArticleCache:
    """Entries under ``folder/<version>/<key[:2]>/<key>.parquet``, and per folder of
    articles a pack of the entries its last load used (``<version>/packs/``)."""

    def __init__(self, folder: str | os.PathLike, version: str | None = None):
        self.root = Path(folder)
        self.version = version or version_key()
        self.dir = self.root / self.version
        self.hits = self.misses = self.rejected = self.written = 0
        self.write_failed: str | None = None
        self._pack_group: str | None = None
        self._pack_table = None             # pyarrow Table: key, json, digest
        self._pack_rows: dict[str, int] = {}
        self._used: dict[str, bool] = {}    # key → came from the pack (in the order used)
        self.pack_hits = 0

    def path_for(self, key: str) -> Path:
        return self.dir / key[:2] / f"{key}.parquet"

    def get(self, key: str) -> dict | None:
        """The entry for ``key``, or None when absent or not to be trusted (then removed)."""
        text = self._pack_text(key)
        if text is not None:
            try:
                entry = loads(text)
            except Exception:
                entry = None
            if isinstance(entry, dict):
                self.hits += 1
                self.pack_hits += 1
                self._used[key] = True
                return entry
        path = self.path_for(key)
        if not path.is_file():
            self.misses += 1
            return None
        try:
            entry = loads(self._file_text(path, key))
        except Exception:  # truncated, corrupt, foreign: rebuild it
            self.rejected += 1
            self.misses += 1
            try:
                path.unlink()
            except OSError:
                pass
            return None
        self.hits += 1
        self._used[key] = False
        return entry

    def _file_text(self, path: Path, key: str) -> str:
        """The stored JSON of the entry file ``path``; ValueError unless it matches ``key``,
        this version and its digest."""
        import pyarrow.parquet as pq

        with pq.ParquetFile(path) as pf:  # ~3x faster than pq.read_table for one small file
            table = pf.read()
        meta = table.schema.metadata or {}
        payload = table.column("json").to_pylist()
        names = table.column("part").to_pylist()
        ok = (meta.get(_META_PREFIX + b"key") == key.encode()
              and meta.get(_META_PREFIX + b"version") == self.version.encode()
              and meta.get(_META_PREFIX + b"format") == FORMAT_VERSION.encode()
              and meta.get(_META_PREFIX + b"digest") == _digest(names, payload).encode())
        if not ok:
            raise ValueError("entry does not match its key, version or digest")
        if names != ["entry"]:
            raise ValueError("unexpected parts")
        return payload[0]

    def put(self, key: str, entry: dict) -> bool:
        """Store ``entry`` atomically; False (and nothing written) if it cannot be stored."""
        import pyarrow as pa
        import pyarrow.parquet as pq

        try:
            text = dumps(entry)
        except (Unstorable, ValueError):
            return False
        names, payload = ["entry"], [text]
        meta = {_META_PREFIX + b"key": key.encode(),
                _META_PREFIX + b"version": self.version.encode(),
                _META_PREFIX + b"format": FORMAT_VERSION.encode(),
                _META_PREFIX + b"digest": _digest(names, payload).encode()}
        table = pa.table({"part": pa.array(names, pa.string()),
                          "json": pa.array(payload, pa.large_string())})
        table = table.replace_schema_metadata(meta)
        path = self.path_for(key)
        tmp = path.with_name(f".{key}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            pq.write_table(table, tmp, compression="zstd")
            os.replace(tmp, path)
        except OSError as exc:  # read-only or full disk: the load still succeeds
            self.write_failed = str(exc)
            try:
                tmp.unlink()
            except OSError:
                pass
            return False
        self.written += 1
        self._used[key] = False
        return True

    # ------------------------------------------------------------------------ packs

    def pack_path(self, group: str) -> Path:
        digest = hashlib.sha256(group.encode('utf-8', 'surrogatepass')).hexdigest()
        return self.dir / "packs" / f"{digest[:24]}.parquet"

    def open_pack(self, group: str) -> None:
        """Read the pack of ``group`` (a folder of articles): the entries its last load used,
        in one file. A row is checked against its digest when it is used (a row that does not
        match is ignored); a pack that cannot be read, or is from another version, is removed."""
        import pyarrow.parquet as pq

        self._pack_group, self._pack_table, self._pack_rows, self._used = group, None, {}, {}
        path = self.pack_path(group)
        if not path.is_file():
            return
        try:
            with pq.ParquetFile(path) as pf:
                table = pf.read()
            meta = table.schema.metadata or {}
            if (meta.get(_META_PREFIX + b"version") != self.version.encode()
                    or meta.get(_META_PREFIX + b"format") != FORMAT_VERSION.encode()
                    or meta.get(_META_PREFIX + b"group") != group.encode("utf-8",
                                                                         "surrogatepass")):
                raise ValueError("pack from another version or folder")
            rows: dict[str, int] = {}
            for i, k in enumerate(table.column("key").to_pylist()):
                if isinstance(k, str):
                    rows.setdefault(k, i)
        except Exception:
            self.rejected += 1
            try:
                path.unlink()
            except OSError:
                pass
            return
        self._pack_table, self._pack_rows = table, rows

    def close_pack(self) -> bool:
        """Rewrite the pack when this load's entries differ enough from it; True if written."""
        group, used = self._pack_group, self._used
        self._pack_group = None
        if group is None or len(used) < PACK_MIN_ENTRIES:
            self._pack_table, self._pack_rows = None, {}
            return False
        outside = sum(1 for from_pack in used.values() if not from_pack)
        unused = len(self._pack_rows) - (len(used) - outside)
        fresh = self._pack_table is not None and outside + unused <= PACK_REWRITE_SHARE * len(used)
        written = False
        if not fresh:
            written = self._write_pack(group, used)
        self._pack_table, self._pack_rows = None, {}
        return written

    def _write_pack(self, group: str, used: dict[str, bool], batch: int = 256) -> bool:
        import pyarrow as pa
        import pyarrow.parquet as pq

        schema = pa.schema([("key", pa.string()), ("json", pa.large_string()),
                            ("digest", pa.string())],
                           metadata={_META_PREFIX + b"version": self.version.encode(),
                                     _META_PREFIX + b"format": FORMAT_VERSION.encode(),
                                     _META_PREFIX + b"group": group.encode("utf-8",
                                                                           "surrogatepass")})
        path = self.pack_path(group)
        tmp = path.with_name(f".{path.stem}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp")
        keys = list(used)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with pq.ParquetWriter(tmp, schema, compression="zstd") as writer:
                for i in range(0, len(keys), batch):
                    rows = {"key": [], "json": [], "digest": []}
                    for k in keys[i:i + batch]:
                        text = self._entry_text(k)
                        if text is not None:
                            rows["key"].append(k)
                            rows["json"].append(text)
                            rows["digest"].append(_row_digest(k, text))
                    writer.write_table(pa.table(rows, schema=schema))
            os.replace(tmp, path)
        except Exception:  # a pack only saves time; without one the entries are read one by one
            try:
                tmp.unlink()
            except OSError:
                pass
            return False
        return True

    def _pack_text(self, key: str) -> str | None:
        """The JSON the pack holds for ``key``, if its row matches its digest."""
        row = self._pack_rows.get(key)
        if row is None:
            return None
        text = self._pack_table.column("json")[row].as_py()
        if self._pack_table.column("digest")[row].as_py() != _row_digest(key, text):
            del self._pack_rows[key]
            self.rejected += 1
            return None
        return text

    def _entry_text(self, key: str) -> str | None:
        """The stored JSON of ``key`` (from the pack, else its own file), checked."""
        text = self._pack_text(key)
        if text is not None:
            return text
        try:
            return self._file_text(self.path_for(key), key)
        except Exception:
            return None

    def touch(self) -> None:
        """Mark this version as in use and drop version folders unused for a long time."""
        try:
            self.dir.mkdir(parents=True, exist_ok=True)
            (self.dir / ".used").write_text(str(time.time()), encoding="utf-8")
        except OSError:
            return
        prune(self.root, keep=self.version, older_than_days=STALE_AFTER_DAYS)
        # Code edits make new versions quickly: beyond a few, drop the least recently used.
        prune(self.root, keep=self.version, keep_recent=KEEP_VERSIONS)


def _row_digest(key: str, text: str) -> str:
    return _digest(["key", "entry"], [key, text])


def _digest(names: list[str], payload: list[str]) -> str:
    h = hashlib.sha256()
    for n, p in zip(names, payload):
        for part in (n.encode(), p.encode("utf-8", "surrogatepass")):
            h.update(len(part).to_bytes(8, "little"))
            h.update(part)
    return h.hexdigest()


def prune(folder: str | os.PathLike, keep: str | None = None, older_than_days: float = 0,
          keep_recent: int = 0) -> list[Path]:
    """Remove version folders under ``folder`` other than ``keep`` and the ``keep_recent``
    most recently used, when not used for ``older_than_days``. Returns what was removed."""
    root = Path(folder)
    removed: list[Path] = []
    if not root.is_dir():
        return removed
    cutoff = time.time() - older_than_days * 86400
    dirs = []
    for d in root.iterdir():
        if not d.is_dir() or d.name == keep or len(d.name) != 24:
            continue
        marker = d / ".used"
        try:
            used = marker.stat().st_mtime if marker.exists() else d.stat().st_mtime
        except OSError:
            continue
        dirs.append((used, d.name, d))
    dirs.sort(reverse=True)
    for used, _, d in dirs[keep_recent:]:
        if used <= cutoff:
            shutil.rmtree(d, ignore_errors=True)
            removed.append(d)
    return sorted(removed)
