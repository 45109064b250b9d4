"""Files → decoded text plus metadata: discovery, encodings, HTML extraction, sidecars.

Every file found either yields a :class:`RawArticle` or raises :class:`ArticleError`
with a stage and a message a user can act on.
"""
from __future__ import annotations

import csv
import hashlib
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

ARTICLE_SUFFIXES = {".txt", ".text", ".md", ".html", ".htm", ".xhtml"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
# Files beside the articles that configure the run rather than hold an article.
CONFIG_NAMES = {"articles.csv", "aliases.yml", "aliases.yaml"}
MAX_BYTES = 20 * 1024 * 1024

# Magic numbers of common binary formats a user might save by mistake.
BINARY_MAGIC = {
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a zip archive (or an Office document)",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"RIFF": "a RIFF media file",
    b"\x1f\x8b": "a gzip archive",
    b"\x7fELF": "an executable",
    b"BM": None,  # too short to trust on its own; checked with the NUL ratio below
}


class ArticleError(Exception):
    """A file that could not become an article; ``stage`` says where it failed."""

    def __init__(self, stage: str, message: str):
        super().__init__(message)
        self.stage = stage
        self.message = message


@dataclass
class RawArticle:
    path: str
    text: str
    content_hash: str
    meta: dict = field(default_factory=dict)        # outlet, title, byline, published, url
    meta_source: dict = field(default_factory=dict)  # where each meta value came from
    is_html: bool = False


def discover(path: str | os.PathLike) -> tuple[list[Path], list[dict]]:
    """Article files under ``path`` (a file or a folder, recursive), sorted, and error rows
    for files that are there but cannot be articles (wrong type, unreadable)."""
    root = Path(path)
    errors: list[dict] = []
    if not root.exists():
        raise FileNotFoundError(f"{root}: no such file or folder")
    if root.is_file():
        return [root], errors
    files: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            p = Path(dirpath) / name
            if name.startswith(".") or name in CONFIG_NAMES or _is_sidecar(p):
                continue
            if p.suffix.lower() in ARTICLE_SUFFIXES or p.suffix == "":
                files.append(p)
            else:
                errors.append({"path": str(p), "stage": "discover",
                               "message": f"unsupported file type '{p.suffix}': expected .txt or .html"})
    return sorted(files), errors


def _is_sidecar(p: Path) -> bool:
    if p.suffix.lower() != ".json":
        return False
    stem = p.with_suffix("")
    return any(stem.with_suffix(s).exists() for s in ARTICLE_SUFFIXES) or stem.exists()


def read_bytes(path: Path) -> bytes:
    try:
        if path.is_symlink() and not path.exists():
            raise ArticleError("read", "broken symbolic link")
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ArticleError("read", f"file is {size / 1e6:.0f} MB; the limit is {MAX_BYTES / 1e6:.0f} MB")
        with open(path, "rb") as fh:
            return fh.read()
    except ArticleError:
        raise
    except PermissionError:
        raise ArticleError("read", "permission denied: the file cannot be read") from None
    except IsADirectoryError:
        raise ArticleError("read", "is a folder, not a file") from None
    except OSError as exc:
        raise ArticleError("read", f"cannot read the file: {exc.strerror or exc}") from None


def sniff_binary(data: bytes) -> str | None:
    """A description of the binary format ``data`` is in, or None if it looks like text."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
        return None  # BOM: text in UTF-16/UTF-8
    for magic, what in BINARY_MAGIC.items():
        if what and data.startswith(magic):
            return what
    head = data[:4096]
    if head and head.count(b"\x00") / len(head) > 0.1:
        # UTF-16 without BOM has NULs in every other byte; let the decoder try it.
        if _looks_utf16(head):
            return None
        return "binary data (not text)"
    return None


def _looks_utf16(head: bytes) -> bool:
    even, odd = head[0::2], head[1::2]
    return (odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.1 * len(even)) or (
        even.count(0) > 0.4 * len(even) and odd.count(0) < 0.1 * len(odd))


def decode(data: bytes) -> tuple[str, str]:
    """Text and the encoding it was read as. BOMs first, then strict UTF-8, then detection."""
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(enc, errors="replace"), enc
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if _looks_utf16(data[:4096]):
        enc = "utf-16-le" if data[1:2] == b"\x00" else "utf-16-be"
        return data.decode(enc, errors="replace"), enc
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise ArticleError("decode", "could not detect the text encoding")
    return str(best), best.encoding


def looks_like_html(path: Path, text: str) -> bool:
    if path.suffix.lower() in HTML_SUFFIXES:
        return True
    head = text[:1000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in text[:20000])


def extract_html(html: str) -> tuple[str, dict, dict]:
    """Main text and metadata of a web page via trafilatura, with htmldate as a date fallback."""
    import trafilatura

    meta: dict = {}
    source: dict = {}
    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                      include_tables=False, favor_precision=True)
    text = ""
    if doc is not None:
        get = doc.get if isinstance(doc, dict) else lambda k: getattr(doc, k, None)
        text = get("text") or ""
        for key, attr in (("title", "title"), ("byline", "author"), ("outlet", "sitename"),
                          ("published", "date"), ("url", "url")):
            val = get(attr)
            if val:
                meta[key] = str(val).strip()
                source[key] = "html_meta"
    if "published" not in meta:
        try:
            from htmldate import find_date

            found = find_date(html, extensive_search=False, original_date=True)
        except Exception:  # htmldate raises on some malformed trees; a date is optional
            found = None
        if found:
            meta["published"], source["published"] = found, "htmldate"
    return text, meta, source


def load_sidecars(root: Path) -> dict[str, dict]:
    """Metadata given by the user: ``NAME.json`` beside an article, or ``articles.csv``
    (column ``file`` plus any of outlet, url, published, title, byline) in a folder.
    Keys are resolved article paths."""
    out: dict[str, dict] = {}
    folders = [root] if root.is_dir() else [root.parent]
    for folder in folders:
        for csv_path in sorted(folder.rglob("articles.csv")):
            try:
                with open(csv_path, newline="", encoding="utf-8-sig") as fh:
                    for row in csv.DictReader(fh):
                        name = (row.pop("file", None) or "").strip()
                        if name:
                            target = _inside(csv_path.parent, name)
                            if target is not None:
                                out.setdefault(str(target), {}).update(_clean_meta(row))
            except (OSError, UnicodeDecodeError, csv.Error):
                continue
    return out


def sidecar_for(path: Path, table: dict[str, dict]) -> dict:
    meta = dict(table.get(str(path.resolve()), {}))
    for cand in (path.with_suffix(".json"), Path(str(path) + ".json")):
        if cand.exists() and cand != path:
            try:
                data = json.loads(cand.read_text(encoding="utf-8-sig"))
            except (OSError, ValueError) as exc:
                raise ArticleError("sidecar", f"{cand.name} is not valid JSON: {exc}") from None
            if not isinstance(data, dict):
                raise ArticleError("sidecar", f"{cand.name} must hold a JSON object")
            meta.update(_clean_meta(data))
            break
    return meta


SIDECAR_KEYS = ("outlet", "url", "published", "title", "byline")


def _clean_meta(d: dict) -> dict:
    return {k: str(v).strip() for k, v in d.items() if k in SIDECAR_KEYS and v not in (None, "")}


def _inside(folder: Path, name: str) -> Path | None:
    """``folder/name`` resolved, or None when ``name`` escapes ``folder``."""
    target = (folder / name).resolve()
    try:
        target.relative_to(folder.resolve())
    except ValueError:
        return None
    return target


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def normalise_text(text: str) -> str:
    """Unify line endings, drop NULs and control characters, NFC-normalise."""
    import unicodedata

    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u00a0", " ")
    text = _CONTROL.sub("", text)
    return unicodedata.normalize("NFC", text)


def read_article(path: Path, sidecars: dict[str, dict] | None = None) -> RawArticle:
    """Read, decode and (for HTML) extract one file. Raises ArticleError."""
    data = read_bytes(path)
    if not data.strip():
        raise ArticleError("read", "file is empty")
    what = sniff_binary(data)
    if what:
        raise ArticleError("read", f"file is {what}, not an article in text or HTML")
    text, _enc = decode(data)
    text = normalise_text(text)
    meta, source = {}, {}
    is_html = looks_like_html(path, text)
    if is_html:
        text, meta, source = extract_html(text)
        text = normalise_text(text)
    side = sidecar_for(path, sidecars or {})
    for k, v in side.items():
        meta[k], source[k] = v, "sidecar"
    if not text.strip():
        raise ArticleError("extract", "no article text found" + (" in the HTML" if is_html else ""))
    return RawArticle(path=str(path), text=text, content_hash=content_hash(text), meta=meta,
                      meta_source=source, is_html=is_html)
