"""Input formats behind one registry: a file's suffix (or, without one, its sniffed type)
chooses a reader that turns it into one or more articles.

- text and saved web pages (``.txt``, ``.md``, ``.html``...): one article per file
  (:func:`analysis.loading.ingest.read_one_file`);
- Word documents (``.docx``): one article per file (python-docx);
- tables of articles, one per row: CSV (``.csv``, ``.tsv``) and JSON Lines (``.jsonl``,
  ``.ndjson``), as news-database exports give them. Columns are matched loosely
  (``Headline``, ``Body``, ``Source``, ``Publication Date``, ``Link``...: see ``COLUMNS``).
  Each row becomes an article whose path is ``FILE#row=N`` (N counts data rows from 1, after
  a CSV's header; blank lines of JSON Lines are not rows); a row that cannot be read is an
  error row naming the file and the row. Rows are parsed on every load (not cached).
  ``articles.csv`` (a ``file`` column) stays what it was: metadata for the files beside it.
"""
from __future__ import annotations

import csv
import functools
import io
import json
import os
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from . import ingest
from .ingest import ARTICLE_SUFFIXES, ArticleError, RawArticle

ROW_MARK = "#row="
TABLE_MAX_BYTES = 200 * 1024 * 1024  # an export of many articles is larger than one article
# Files beside the articles that configure the run rather than hold an article.
CONFIG_NAMES = {"articles.csv", "aliases.yml", "aliases.yaml"}

# Column names as news-database exports spell them, folded (lower case, letters and digits).
COLUMNS: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content", "article", "fulltext", "articletext", "bodytext", "story",
             "maintext", "textbody", "articlebody", "storytext", "hlbody"),
    "title": ("title", "headline", "hed", "heading", "articletitle", "headlines", "hl"),
    "url": ("url", "link", "uri", "weburl", "articleurl", "sourceurl", "permalink", "documenturl"),
    "published": ("published", "date", "pubdate", "publicationdate", "publishedat", "publishdate",
                  "datepublished", "datetime", "timestamp", "publishedon", "seendate", "loaddate"),
    "outlet": ("outlet", "source", "publication", "publisher", "site", "sitename", "sourcename",
               "media", "medianame", "newspaper", "domain", "sourcetitle", "publicationname"),
    "byline": ("byline", "author", "authors", "by", "writer", "creator", "byl"),
}


@dataclass(frozen=True)
class Reader:
    """One input format: ``read(path, sidecars)`` → one RawArticle (raises ArticleError);
    ``rows(path)`` → the row numbers of a table (None for one-article formats)."""

    name: str
    suffixes: tuple[str, ...]
    read: Callable[[Path, dict | None], RawArticle]
    rows: Callable[[Path], list[int]] | None = None


def _read_text_or_html(path: Path, sidecars: dict | None) -> RawArticle:
    return ingest.read_one_file(path, sidecars)


# --------------------------------------------------------------------------- .docx

def _read_docx(path: Path, sidecars: dict | None) -> RawArticle:
    import docx  # python-docx and lxml (~0.05 s); only for .docx files

    data = ingest.read_bytes(path)
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many types on a broken package
        raise ArticleError("read",
                           f"not a readable Word document ({type(exc).__name__})") from None
    paragraphs = [" ".join(p.text.split()) for p in document.paragraphs]
    text = ingest.normalise_text("\n".join(p for p in paragraphs if p))
    meta, source = {}, {}
    title = " ".join((document.core_properties.title or "").split())
    if title:
        meta["title"], source["title"] = title, "docx_properties"
    return _article(path, text, meta, source, sidecars, what="the Word document")


# --------------------------------------------------------------------------- tables

def fold_column(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", str(name).casefold())


def match_columns(names: list[str]) -> dict[str, str]:
    """Which of ``names`` holds each field (text, title, url, published, outlet, byline):
    an exact folded match first, else a name that contains one ("Article Body", "Source
    Name"). Each column serves one field."""
    folded = {n: fold_column(n) for n in names}
    found: dict[str, str] = {}
    for exact in (True, False):
        for field, spellings in COLUMNS.items():
            if field in found:
                continue
            for spelling in spellings:
                hit = next((n for n, f in folded.items() if n not in found.values() and (
                    f == spelling if exact else len(spelling) >= 4 and spelling in f)), None)
                if hit is not None:
                    found[field] = hit
                    break
    return found


@functools.lru_cache(maxsize=8)
def _table(path: str, size: int, mtime: float) -> tuple[list[str], list[dict | str]]:
    """(column names, rows) of a CSV or JSON Lines file; a row that cannot be parsed is kept
    as the message saying why."""
    p = Path(path)
    data = ingest.read_bytes(p, TABLE_MAX_BYTES)
    text, _ = ingest.decode(data)
    if p.suffix.lower() in (".jsonl", ".ndjson"):
        rows: list[dict | str] = []
        names: list[str] = []
        for line in text.splitlines():
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except ValueError as exc:
                rows.append(f"not valid JSON ({exc.msg})")
                continue
            if not isinstance(obj, dict):
                rows.append("not a JSON object")
                continue
            rows.append(obj)
            names += [k for k in obj if k not in names]
        return names, rows
    dialect = csv.excel_tab if p.suffix.lower() == ".tsv" else _sniff(text)
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""), dialect=dialect)
        names = list(reader.fieldnames or [])
        rows = []
        for row in reader:
            if None in row:  # more cells than headers
                rows.append(f"{len(row[None]) + len(names)} cells for {len(names)} columns")
            else:
                rows.append(row)
    except csv.Error as exc:
        raise ArticleError("read", f"not a readable CSV table: {exc}") from None
    return names, rows


def _sniff(text: str):
    try:
        return csv.Sniffer().sniff(text[:8192], delimiters=",;\t|")
    except csv.Error:
        return csv.excel


def _load_table(path: Path) -> tuple[dict[str, str], list[dict | str]]:
    try:
        st = path.stat()
    except OSError as exc:
        raise ArticleError("read", f"cannot read the file: {exc.strerror or exc}") from None
    names, rows = _table(str(path), st.st_size, st.st_mtime)
    columns = match_columns(names)
    if "text" not in columns:
        raise ArticleError("read", "no column holds the article text: expected one named like "
                                   + ", ".join(COLUMNS["text"][:5]) + " (found: "
                                       f"{', '.join(names) or 'none'})")
    return columns, rows


def _table_rows(path: Path) -> list[int]:
    _, rows = _load_table(path)
    return list(range(1, len(rows) + 1))


def _read_row(path: Path, sidecars: dict | None) -> RawArticle:
    file, n = split_row(path)
    columns, rows = _load_table(file)
    if not 1 <= n <= len(rows):
        raise ArticleError("read", f"row {n}: there is no such row in {file.name}")
    row = rows[n - 1]
    if isinstance(row, str):
        raise ArticleError("read", f"row {n} of {file.name}: {row}")
    value = lambda field: row.get(columns[field]) if field in columns else None  # noqa: E731
    text = value("text")
    if isinstance(text, (dict, list)):
        raise ArticleError("read", f"row {n} of {file.name}: the {columns['text']!r} value is not "
                           "text")
    text = ingest.normalise_text(str(text or ""))
    meta = {f: value(f) for f in COLUMNS if f != "text" and value(f) not in (None, "")}
    meta = ingest._clean_meta(meta)
    source = {k: "table" for k in meta}
    return _article(path, text, meta, source, None, what=f"row {n} of {file.name}", no_text=(
        f"row {n} of {file.name}: the {columns['text']!r} column is empty"))


def split_row(path: Path | str) -> tuple[Path, int]:
    """(table file, row number) of a row's path ``FILE#row=N``."""
    s = str(path)
    file, _, n = s.rpartition(ROW_MARK)
    return Path(file), int(n)


def is_row(path: Path | str) -> bool:
    s = str(path)
    return ROW_MARK in s and s.rpartition(ROW_MARK)[2].isdigit()


# --------------------------------------------------------------------------- shared

def _article(path: Path, text: str, meta: dict, source: dict, sidecars: dict | None, *, what: str,
             no_text: str = "") -> RawArticle:
    if not text.strip() or not ingest.has_words(text):
        raise ArticleError("extract", no_text or f"no article text found in {what}")
    if len(text) > ingest.MAX_TEXT_CHARS:
        raise ArticleError("read", f"{what}: article text is {len(text):,} characters; the limit "
                           "is "
                                   f"{ingest.MAX_TEXT_CHARS:,} (is this one article?)")
    if sidecars is not None:
        for k, v in ingest.sidecar_for(path, sidecars).items():
            meta[k], source[k] = v, "sidecar"
    return RawArticle(path=str(path), text=text, content_hash=ingest.content_hash(text), meta=meta,
                      meta_source=source, is_html=False, encoding="utf-8")


REGISTRY: tuple[Reader, ...] = (
    Reader("text or web page", tuple(sorted(ingest.ARTICLE_SUFFIXES)), _read_text_or_html),
    Reader("Word document", (".docx",), _read_docx),
    Reader("CSV table, one article per row", (".csv", ".tsv"), _read_row, _table_rows),
    Reader("JSON Lines, one article per line", (".jsonl", ".ndjson"), _read_row, _table_rows),
)


def article_suffixes() -> set[str]:
    """Every file suffix a reader is registered for."""
    return {s for r in REGISTRY for s in r.suffixes}


def reader_for(path: Path | str) -> Reader | None:
    """The reader for ``path`` (a file, or a table's row): by suffix; a file without one by
    its sniffed type (a Word document is a zip holding word/document.xml; anything else is
    read as text)."""
    p = split_row(path)[0] if is_row(path) else Path(path)
    suffix = p.suffix.lower()
    for r in REGISTRY:
        if suffix in r.suffixes:
            return r
    if suffix == "":
        return _sniffed(p)
    return None


def _sniffed(p: Path) -> Reader:
    try:
        with open(p, "rb") as fh:
            head = fh.read(4)
        if head == b"PK\x03\x04" and "word/document.xml" in zipfile.ZipFile(p).namelist():
            return REGISTRY[1]
    except (OSError, zipfile.BadZipFile):
        pass
    return REGISTRY[0]


def read(path: Path, sidecars: dict | None = None) -> RawArticle:
    """One article from ``path`` (a file or ``FILE#row=N``). Raises ArticleError."""
    r = reader_for(path)
    if r is None:
        raise ArticleError("discover", f"unsupported file type '{Path(path).suffix}'")
    return r.read(Path(path), sidecars)


def read_article(path: Path, sidecars: dict[str, dict] | None = None) -> RawArticle:
    """One article, read by the reader its type calls for (:mod:`analysis.loading.readers`: text,
    HTML, .docx, a row of a table). Raises ArticleError."""
    return read(Path(path), sidecars)


# --------------------------------------------------------------------------- discovery

def article_files(path: str | os.PathLike) -> tuple[list[Path], list[dict]]:
    """Article files under ``path`` (a file or a folder, recursive), sorted, and error rows
    for files that are there but cannot be articles (wrong type, linked folders).

    Raises FileNotFoundError only when ``path`` itself does not exist."""
    root = Path(path)
    errors: list[dict] = []
    if not root.exists() and not root.is_symlink():
        raise FileNotFoundError(f"{root}: no such file or folder")
    if not root.is_dir():
        return [root], errors
    known = article_suffixes()
    files: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False,
                                                onerror=_walk_error(errors)):
        keep = []
        for d in sorted(dirnames):
            p = Path(dirpath) / d
            if d.startswith("."):
                continue
            if _undecodable(p):
                errors.append(_bad_name_row(p, "folder"))
                continue
            if p.is_symlink():  # not followed: it could loop or leave the folder
                errors.append({"path": str(p), "stage": "discover",
                               "message": "symbolic link to a folder: not followed; copy the "
                               "folder in instead"})
                continue
            keep.append(d)
        dirnames[:] = keep
        for name in sorted(filenames):
            p = Path(dirpath) / name
            if name.startswith(".") or name in CONFIG_NAMES or _is_sidecar(p):
                continue
            if _undecodable(p):  # its path could not be stored in the frames or shown
                errors.append(_bad_name_row(p, "file"))
                continue
            if p.suffix.lower() in known or p.suffix == "":
                files.append(p)
            else:
                errors.append({"path": str(p), "stage": "discover",
                               "message": f"unsupported file type '{p.suffix}': expected "
                                          ".txt, .html, .docx, or a .csv or .jsonl table of "
                                              "articles"})
    return sorted(files), errors


def _undecodable(p: Path) -> bool:
    """A name whose bytes are not valid UTF-8 (Python keeps them as lone surrogates)."""
    return any("\udc80" <= ch <= "\udcff" for ch in str(p))


def display_path(p) -> str:
    """``p`` as printable text: undecodable bytes in the name become U+FFFD."""
    return os.fsencode(str(p)).decode("utf-8", "replace")


def _bad_name_row(p: Path, what: str) -> dict:
    return {"path": display_path(p), "stage": "discover",
            "message": f"the {what} name is not valid UTF-8 text; rename the {what} to load it"}


def _walk_error(errors: list[dict]):
    def onerror(exc: OSError) -> None:
        errors.append({"path": display_path(exc.filename), "stage": "discover",
                       "message": f"cannot list the folder: {exc.strerror or exc}"})
    return onerror


def _is_sidecar(p: Path) -> bool:
    if p.suffix.lower() != ".json":
        return False
    stem = p.with_suffix("")
    return stem.exists() or any(stem.with_suffix(s).exists() for s in ARTICLE_SUFFIXES)


def discover(path) -> tuple[list[Path], list[dict]]:
    """The articles under ``path``: :func:`article_files`' files, with each
    table expanded into one entry per row (``FILE#row=N``); a table that cannot be read at all is
    an error row."""
    files, errors = article_files(path)
    out: list[Path] = []
    for f in files:
        r = reader_for(f)
        if r is None or r.rows is None:
            out.append(f)
            continue
        try:
            out += [Path(f"{f}{ROW_MARK}{n}") for n in r.rows(f)]
        except ArticleError as exc:
            errors.append({"path": str(f), "stage": exc.stage, "message": exc.message})
    return out, errors
