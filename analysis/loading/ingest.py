"""Files → decoded text plus metadata: encodings, HTML extraction, sidecars (which files
are articles: :func:`analysis.loading.readers.article_files`).

Every file found either yields a :class:`RawArticle` or raises :class:`ArticleError`
with a stage and a message a user can act on. Hidden files and folders (names starting
with ".") are skipped on purpose: they are tool and OS litter (.DS_Store, .git), never
articles. Limits: a file over ``MAX_BYTES`` or an article text over ``MAX_TEXT_CHARS``
is refused with an error row (a news article is a few thousand words; anything bigger
is a data dump saved by mistake and would exhaust the parser's memory).
"""
from __future__ import annotations

import csv
import errno
import hashlib
import html as html_lib
import json
import logging
import os
import re
import stat
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from charset_normalizer import from_bytes

from .clean import date_line, split_names
from .dates import normalise_published

log = logging.getLogger(__name__)

ARTICLE_SUFFIXES = {".txt", ".text", ".md", ".html", ".htm", ".xhtml"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
MAX_BYTES = 20 * 1024 * 1024          # raw file size (HTML pages carry scripts and styles)
MAX_TEXT_CHARS = 500_000              # extracted article text (~80,000 words)
MAX_SIDECAR_BYTES = 1024 * 1024
# htmldate only accepts dates up to its ``max_date`` (default: today, which would make the
# result depend on when the run happens); a fixed far bound keeps runs reproducible.
HTML_DATE_PARAMS = {"original_date": True, "extensive_search": False, "max_date": "2099-12-31"}

# Magic numbers of common binary formats a user might save by mistake.
BINARY_MAGIC = {
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a zip archive (or an Office document)",
    b"PK\x05\x06": "an empty zip archive",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"RIFF": "a RIFF media file (WAV, AVI or WebP)",
    b"\x1f\x8b": "a gzip archive",
    b"BZh": "a bzip2 archive",
    b"7z\xbc\xaf": "a 7-Zip archive",
    b"Rar!": "a RAR archive",
    b"\x7fELF": "an executable",
    b"\xd0\xcf\x11\xe0": "an old Microsoft Office document",
    b"{\\rtf": "an RTF document",
    b"SQLite format 3": "an SQLite database",
    b"\x00\x00\x00\x18ftyp": "an MP4 video",
    b"\x00\x00\x00\x20ftyp": "an MP4 video",
}
# Byte-order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one).
BOMS = ((b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xff\xfe\x00\x00", "utf-32-le"),
        (b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
# Scripts whose single-byte encodings charset-normalizer tells apart reliably; for Latin
# text it often picks an exotic code page, and Windows-1252 (the web's default) is right.
NON_LATIN_SCRIPTS = {"CYRILLIC", "GREEK", "ARABIC", "HEBREW", "THAI", "ARMENIAN", "GEORGIAN"}
# Scripts written without spaces between words.
UNSPACED_SCRIPTS = {"CJK", "HIRAGANA", "KATAKANA", "THAI", "LAO", "KHMER", "MYANMAR", "TIBETAN"}
# Share of characters that may be control/unassigned/replacement before a file counts as binary.
MAX_BAD_CHAR_RATIO = 0.05


class ArticleError(Exception):
    """A file that could not become an article; ``stage`` says where it failed."""

    def __init__(self, stage: str, message: str):
        super().__init__(message)
        self.stage = stage
        self.message = message

    def __reduce__(self):  # picklable, so worker processes can hand it back
        return (type(self), (self.stage, self.message))


@dataclass
class RawArticle:
    path: str
    text: str
    content_hash: str
    meta: dict = field(default_factory=dict)        # outlet, title, byline, published, url
    meta_source: dict = field(default_factory=dict)  # where each meta value came from
    is_html: bool = False
    encoding: str | None = None


# --------------------------------------------------------------------------- reading

def read_bytes(path: Path, limit: int | None = None) -> bytes:
    """The file's bytes. Refuses (ArticleError, stage "read") anything that is not a regular
    file — folders, FIFOs, devices, sockets — broken or looping links, and files over ``limit``."""
    limit = MAX_BYTES if limit is None else limit
    try:
        st = os.stat(path)  # follows links
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise ArticleError(
                "read", "symbolic link loop: the link points (eventually) to itself") from None
        if os.path.islink(path):
            raise ArticleError("read", "broken symbolic link: its target does not exist") from None
        raise ArticleError("read", _os_message(exc)) from None
    if stat.S_ISDIR(st.st_mode):
        raise ArticleError("read", "is a folder, not a file")
    if not stat.S_ISREG(st.st_mode):
        kind = ("a named pipe (FIFO)" if stat.S_ISFIFO(st.st_mode) else
                "a device" if stat.S_ISCHR(st.st_mode) or stat.S_ISBLK(st.st_mode) else
                "a socket" if stat.S_ISSOCK(st.st_mode) else "not a regular file")
        raise ArticleError("read", f"is {kind}, not a regular file")
    if st.st_size > limit:
        raise ArticleError("read", f"file is {_mb(st.st_size)}; the limit is {_mb(limit)} "
                                   "(one article is rarely over 1 MB: was a data dump saved by "
                                       "mistake?)")
    try:
        with open(path, "rb") as fh:
            data = fh.read(limit + 1)  # the file may have grown since stat
    except OSError as exc:
        raise ArticleError("read", _os_message(exc)) from None
    if len(data) > limit:
        raise ArticleError("read", f"file is over the {_mb(limit)} limit")
    return data


def _mb(n: int) -> str:
    return f"{n / 1024 / 1024:.0f} MB" if n >= 1024 * 1024 else f"{n / 1024:.0f} KB"


def _os_message(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "permission denied: the file cannot be read (check its permissions)"
    if isinstance(exc, IsADirectoryError):
        return "is a folder, not a file"
    return f"cannot read the file: {exc.strerror or exc}"


# --------------------------------------------------------------------------- decoding

def sniff_binary(data: bytes) -> str | None:
    """A description of the binary format ``data`` is in, or None if it may be text."""
    if data.startswith(tuple(b for b, _ in BOMS)):
        return None
    for magic, what in BINARY_MAGIC.items():
        if data.startswith(magic):
            return what
    head = data[:4096]
    if head and head.count(b"\x00") / len(head) > 0.1 and not utf16_without_bom(head):
        return "binary data (not text)"
    return None


def utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when ``data`` reads as prose in that encoding (real
    spaces or newlines, no control or unassigned characters), else None."""
    sample = data[: min(len(data), 8192) & ~1]
    if len(sample) < 4:
        return None
    best, best_score = None, 0.0
    for enc in ("utf-16-le", "utf-16-be"):
        text = None
        for cut in (0, 2):  # the sample may end inside a surrogate pair
            try:
                text = sample[: len(sample) - cut].decode(enc)
                break
            except UnicodeDecodeError:
                continue
        if not text or bad_char_ratio(text) > 0.01:
            continue
        if sum(ch in " \n" for ch in text) < 0.03 * len(text):
            continue
        script = _main_script(text)
        score = sum(1 for ch in text if ch.isascii() or ch in _TYPOGRAPHY or (
            ch.isalpha() and unicodedata.name(ch, " ").split(" ")[0] == script)) / len(text)
        if score > best_score:
            best, best_score = enc, score
    return best if best_score >= 0.9 else None


def decode(data: bytes) -> tuple[str, str]:
    """Text and the encoding it was read as: a BOM, then strict UTF-8, then UTF-16 without
    BOM, then detection (charset-normalizer, with Windows-1252 preferred for Latin text).
    Raises ArticleError("decode") when the bytes are not text in any of them."""
    for bom, enc in BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(enc, errors="replace"), enc
    # UTF-16 text in ASCII-range scripts (Cyrillic, Greek...) is also valid UTF-8 full of
    # control characters, so NUL bytes send the file to the UTF-16 check first.
    utf16 = utf16_without_bom(data) if b"\x00" in data[:8192] else None
    if utf16:
        return data.decode(utf16, errors="replace"), utf16
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        raise ArticleError("decode", "not text in any encoding we recognise (binary data?)")
    text, enc = str(best), best.encoding
    if _main_script(text) not in NON_LATIN_SCRIPTS:
        try:
            western = data.decode("cp1252")
        except UnicodeDecodeError:
            western = None
        if western is not None and _plausibility(western) >= _plausibility(text):
            return western, "cp1252"
    return text, enc


def _main_script(text: str) -> str | None:
    counts: dict[str, int] = {}
    for ch in text[:20000]:
        if ch.isalpha() and ord(ch) > 127:
            script = unicodedata.name(ch, "UNKNOWN ").split(" ")[0]
            counts[script] = counts.get(script, 0) + 1
    return max(sorted(counts), key=counts.get) if counts else None


_TYPOGRAPHY = set("“”‘’„‚–—…«»€£¥°·•§©®™½¼¾×")


def _plausibility(text: str) -> int:
    """How many characters look like ordinary prose (ASCII, Latin letters, typography)."""
    return sum(1 for ch in text[:20000] if ch.isascii() or ch in _TYPOGRAPHY
               or (ch.isalpha() and unicodedata.name(ch, "").startswith("LATIN")))


def has_words(text: str) -> bool:
    """Whether ``text`` holds at least one word: 2 to 40 letters (or a run of a script
    written without spaces). Random bytes, symbols and lone letters do not."""
    for word in re.findall(r"[^\W\d_]+", text[:200_000]):
        if 2 <= len(word) <= 40:
            return True
        if len(word) > 40 and _main_script(word) in UNSPACED_SCRIPTS:
            return True
    return False


def _has_prose_line(text: str) -> bool:
    """At least one line of four or more words: a page's article, not its menu."""
    return any(len(line.split()) >= 4 for line in text.split("\n"))


def bad_char_ratio(text: str) -> float:
    """Share of characters that are controls (other than whitespace), unassigned, private,
    surrogates or U+FFFD: high for binary data decoded as if it were text."""
    sample = text[:20000]
    if not sample:
        return 0.0
    bad = sum(1 for ch in sample if ch == "\ufffd" or (
        unicodedata.category(ch) in ("Cc", "Cn", "Co", "Cs") and ch not in "\t\n\r\f\v"))
    return bad / len(sample)


# --------------------------------------------------------------------------- HTML

def looks_like_html(path: Path, text: str) -> bool:
    if path.suffix.lower() in HTML_SUFFIXES:
        return True
    head = text[:1000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head
                                                            and "</" in text[:20000])


def extract_html(html: str) -> tuple[str, dict, dict]:
    """Main text and metadata of a web page via trafilatura (htmldate for the date).
    Raises ArticleError("extract") when the page cannot be parsed."""
    import trafilatura  # ~0.2 s (lxml, justext, courlan); only for saved web pages

    meta: dict = {}
    source: dict = {}
    doc = None
    try:
        for mode in ({"favor_precision": True}, {"favor_recall": True}):
            doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                              include_tables=False,
                                              date_extraction_params=HTML_DATE_PARAMS,
                                              **mode)
            if doc is not None and (_get(doc, "text") or "").strip():
                break
    except (RecursionError, MemoryError):
        raise ArticleError("extract", "the HTML is nested too deeply to parse") from None
    except Exception as exc:  # lxml/trafilatura raise many types on broken markup
        raise ArticleError("extract",
                           f"the HTML could not be parsed ({type(exc).__name__})") from None
    text = ""
    if doc is not None:
        text = _get(doc, "text") or ""
        for key, attr in (("title", "title"), ("byline", "author"), ("outlet", "sitename"),
                          ("published", "date"), ("url", "url")):
            val = _get(doc, attr)
            if val and str(val).strip():
                meta[key] = " ".join(str(val).split())
                source[key] = "html_meta"
    if meta.get("outlet") and _is_domain(meta["outlet"]):
        named = _site_from_title(html, meta["outlet"])
        if named:
            meta["outlet"] = named
    if "byline" in meta:
        # names only: no job titles, no "Staff"
        names = split_names(meta["byline"].replace(";", ","))
        if names:
            meta["byline"] = ", ".join(names)
        else:
            del meta["byline"], source["byline"]
    if "published" not in meta:
        try:
            from htmldate import find_date  # ~0.1 s; only for a page trafilatura gave no date

            found = find_date(html, **HTML_DATE_PARAMS)
        except Exception:  # htmldate raises on some malformed trees; a date is optional
            found = None
        if found:
            meta["published"], source["published"] = found, "htmldate"
    return text, meta, source


def _is_domain(name: str) -> bool:
    return " " not in name and bool(re.search(r"\.[a-z]{2,}$", name, re.I))


_TITLE_TAG = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)
_TITLE_SEPARATORS = re.compile(r"\s+[|–—:-]{1,2}\s+|\s*[|·•]\s*")


def _site_from_title(html: str, domain: str) -> str | None:
    """The site's written name from the page title when it spells the domain
    ("Harbour wall rebuilt | Coast Chronicle" on coastchronicle.example → "Coast Chronicle")."""
    m = _TITLE_TAG.search(html[:200_000])
    if not m:
        return None
    label = re.sub(r"^(?:www\d?|m|amp|edition|news)\.", "", domain.lower()).split(".")[0]
    label = re.sub(r"[^a-z0-9]", "", label)
    for part in _TITLE_SEPARATORS.split(" ".join(html_lib.unescape(m.group(1)).split()))[1:]:
        letters = re.sub(r"[^a-z0-9]", "", part.lower())
        if len(letters) >= 3 and (letters == label or (len(part.split()) <= 5 and (
                letters.replace("the", "", 1) == label or label.endswith(letters)))):
            return part.strip()
    return None


def _get(doc, key):
    return doc.get(key) if isinstance(doc, dict) else getattr(doc, key, None)


# --------------------------------------------------------------------------- sidecars

SIDECAR_KEYS = ("outlet", "url", "published", "title", "byline")


def load_sidecars(root: Path) -> dict[str, dict]:
    """Metadata given by the user in ``articles.csv`` files (column ``file`` plus any of
    outlet, url, published, title, byline), keyed by resolved article path. A ``file``
    that points outside the csv's folder is ignored (and logged)."""
    out: dict[str, dict] = {}
    root = Path(root)
    # A folder: every articles.csv under it. One file: only the csv beside it (never a
    # walk of whatever tree the file happens to sit in).
    found = sorted(root.rglob("articles.csv")) if root.is_dir() else [root.parent / "articles.csv"]
    for csv_path in found:
        try:
            if not csv_path.is_file() or csv_path.stat().st_size > MAX_SIDECAR_BYTES * 10:
                continue
            with open(csv_path, newline="", encoding="utf-8-sig") as fh:
                for row in csv.DictReader(fh):
                    name = (row.pop("file", None) or "").strip()
                    if not name:
                        continue
                    target = _inside(csv_path.parent, name)
                    if target is None:
                        log.warning("%s: ignoring row for %r, which is outside the folder",
                                    csv_path, name)
                        continue
                    out.setdefault(str(target), {}).update(_clean_meta(row))
        except (OSError, UnicodeDecodeError, csv.Error) as exc:
            log.warning("%s: cannot read (%s)", csv_path, exc)
            continue
    return out


def sidecar_for(path: Path, table: dict[str, dict]) -> dict:
    """The sidecar metadata for ``path``: its ``articles.csv`` row, overridden by ``NAME.json``
    (or ``NAME.txt.json``) beside it. Raises ArticleError("sidecar") for a broken JSON."""
    try:
        meta = dict(table.get(str(path.resolve()), {}))
    except (OSError, RuntimeError):  # resolve() on a link loop
        meta = {}
    for cand in (path.with_suffix(".json"), Path(str(path) + ".json")):
        if cand == path or not cand.exists():
            continue
        if _inside(path.parent, cand.name) is None:
            raise ArticleError("sidecar", f"{cand.name} links outside the folder; it was not read")
        try:
            data = json.loads(read_bytes(cand, MAX_SIDECAR_BYTES).decode("utf-8-sig"))
        except ArticleError as exc:
            raise ArticleError("sidecar", f"{cand.name}: {exc.message}") from None
        except UnicodeDecodeError:
            raise ArticleError("sidecar", f"{cand.name} is not UTF-8 text; save the sidecar as "
                               "UTF-8 JSON") from None
        except ValueError as exc:
            raise ArticleError("sidecar", f"{cand.name} is not valid JSON: {exc}") from None
        if not isinstance(data, dict):
            raise ArticleError("sidecar", f"{cand.name} must hold a JSON object")
        meta.update(_clean_meta(data))
        break
    return meta


def _clean_meta(d: dict) -> dict:
    """Known keys with non-empty scalar values; a ``published`` that is not a real date is
    dropped (so the article's own date line can still be used)."""
    out = {}
    for k, v in d.items():
        if k not in SIDECAR_KEYS or v is None or isinstance(v, (dict, list)):
            continue
        v = " ".join(str(v).split())
        if not v:
            continue
        if k == "published":
            # Read like a date line first: day-first when dotted, ambiguous 03/04 refused.
            iso, shaped = date_line(v)
            v = iso if shaped else normalise_published(v)
            if v is None:
                log.warning("ignoring sidecar date %r: not a real, unambiguous date", d[k])
                continue
        out[k] = v
    return out


def _inside(folder: Path, name: str) -> Path | None:
    """``folder/name`` resolved, or None when ``name`` escapes ``folder``."""
    try:
        target = (folder / name).resolve()
        target.relative_to(folder.resolve())
    except (ValueError, OSError, RuntimeError):
        return None
    return target


# --------------------------------------------------------------------------- text

def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


# Controls, stray BOMs, zero-width space and word joiner (invisible web line-break hints).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\u2060\ufeff\ufffe\uffff]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def normalise_text(text: str) -> str:
    """Unify line endings, drop NULs, control characters, stray BOMs and lone surrogates,
    NFC-normalise."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029",
                                                                                          "\n")
    text = text.replace("\u0085", "\n").replace("\u00a0", " ")
    text = _SURROGATE.sub("\ufffd", _CONTROL.sub("", text))
    return unicodedata.normalize("NFC", text)


#: Links left in a text copied from a page ("troops in northern <a href="...">Sudan</a> after
#: ..."): the tag goes, its words stay; a cut closing tag ("</a" at a line's end) too. Other
#: markup in a text file is the text's own and is shown as written.
_LINK_TAG = re.compile(r"""<a(?:\s+[\w:-]+\s*=\s*(?:"[^"<>]*"?|'[^'<>]*'?|[^\s<>]+))*\s*(?:>|$)"""
                       r"|</a\s*(?:>|$)", re.I | re.M)


def strip_link_tags(text: str) -> str:
    """A plain text without the link tags a copy from a web page may keep."""
    return _LINK_TAG.sub("", text) if "<a" in text.lower() or "</a" in text.lower() else text


def read_one_file(path: Path, sidecars: dict[str, dict] | None = None) -> RawArticle:
    """Read, decode and (for HTML) extract one text or HTML file. Raises ArticleError."""
    data = read_bytes(path)
    if not data.strip():
        raise ArticleError("read", "file is empty" if not data else "file holds only whitespace")
    what = sniff_binary(data)
    if what:
        raise ArticleError("read", f"file is {what}, not an article in text or HTML")
    text, enc = decode(data)
    if bad_char_ratio(text) > MAX_BAD_CHAR_RATIO:
        raise ArticleError("decode", "file is binary data (not text): too many unreadable "
                           "characters")
    text = normalise_text(text)
    if not text.strip():
        raise ArticleError("read", "file holds only whitespace")
    if not has_words(text):
        raise ArticleError("decode", "file holds no words (only numbers, symbols or stray bytes)")
    meta, source = {}, {}
    is_html = looks_like_html(path, text)
    if is_html:
        text, meta, source = extract_html(text)
        text = normalise_text(text)
    else:
        text = strip_link_tags(text)
    if len(text) > MAX_TEXT_CHARS:
        raise ArticleError("read", f"article text is {len(text):,} characters; the limit is "
                                   f"{MAX_TEXT_CHARS:,} (is this one article?)")
    side = sidecar_for(path, sidecars or {})
    for k, v in side.items():
        meta[k], source[k] = v, "sidecar"
    if not text.strip() or (is_html and not _has_prose_line(text)):
        raise ArticleError("extract", "no article text found" + (
            " in the HTML (only navigation or fragments, or the page is broken)" if is_html
            else ""))
    return RawArticle(path=str(path), text=text, content_hash=content_hash(text), meta=meta,
                      meta_source=source, is_html=is_html, encoding=enc)
