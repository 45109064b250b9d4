"""Residue out of the body text, useful residue into metadata.

Plain text saved from web pages carries site furniture: menus, share buttons,
"See also" lines, comment widgets, copyright lines, bylines, a date line, a URL
slug. :func:`clean_text` classifies each line with the rules in ``RESIDUE`` (a
table, not an ``if`` chain: extend it there) and returns the body plus what it
learned. Each metadata value says which rule gave it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .dates import parse_date_line

# Lines that are site furniture, matched against the stripped line (case-insensitive).
RESIDUE: list[tuple[str, re.Pattern]] = [
    ("menu", re.compile(r"^(menu|search|close|home|share|tweet|print|email|comments?|subscribe|"
                        r"log ?in|sign ?in|sign ?up|register|skip to (main )?content|advertisement|"
                        r"current news|latest news|top stories|more|next|previous|back to top|"
                        r"follow us|newsletter|related|related articles|trending|most read|"
                        r"share this( article)?|share on \w+|listen|read more|show more|"
                        r"facebook|twitter|linkedin|whatsapp|telegram|copy link)\W*$", re.I)),
    ("separator", re.compile(r"^[\W_]*$")),                      # "/", "———", "|", "•"
    ("breadcrumb", re.compile(r"^[|/>»›]\s*\w[\w &-]{0,40}$")),   # "|   Politics"
    ("see_also", re.compile(r"^[-•*–]?\s*(see also|read more|read also|related|also read|"
                            r"more on this|recommended|watch|listen)\b.*$", re.I)),
    ("bullet_link", re.compile(r"^[-•*–]\s+[^.!?]{3,160}$")),    # "- Constant threat: ..." no full stop
    ("section", re.compile(r"^(published|posted|filed|updated) (in|under|on)\b.{0,60}$", re.I)),
    ("comments", re.compile(r"^(blog )?comments( powered by \w+)?\W*$|powered by disqus", re.I)),
    ("signup", re.compile(r"^(sign up|subscribe|get (our|the) newsletter|stories unfolding)\b.*$", re.I)),
    ("cookie", re.compile(r"\b(cookies?|privacy policy|terms of (use|service))\b.{0,80}$", re.I)),
    ("caption", re.compile(r"\b(source|photo|image|credit|picture)s?\s*:.*\b(cc[ -]by|wikimedia|getty|"
                           r"reuters|afp|ap photo|shutterstock|alamy|epa)\b", re.I)),
    ("market", re.compile(r"^[-•*]?\s*market data$", re.I)),
]
SLUG = re.compile(r"^(https?://\S+/)?[a-z0-9]+(?:-[a-z0-9]+){3,}/?$")
URL = re.compile(r"^https?://\S+$")
COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?(?P<owner>[^.|]+?(?:\s(?:L\.P\.|Inc\.|Ltd\.|LLC))?)"
                       r"(?:[.,|]|\s+all rights|\s*$)", re.I)
DISTRIBUTED = re.compile(r"distributed by (?P<who>[^.]+)", re.I)
WELCOME = re.compile(r"^welcome to (?P<site>[A-Z][\w .&-]{1,40}?)[.!]?$", re.I)
BY_LINE = re.compile(r"^by\s+(?P<names>[^\d]{3,150}?)(?:[,|]\s*(?P<rest>.*))?$", re.I)
# "Milda Seputyte, Aliaksandr Kudrytski, Bloomberg News on" (syndication byline)
SYNDICATION_BYLINE = re.compile(r"^(?P<names>(?:[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3},\s*)+"
                                r"[A-Z][\w'’.&-]+(?: [A-Z][\w'’.&-]+){0,4})\s+on\b.*$")
CREDIT_LINE = re.compile(r"^\(?\s*(?:with|additional) (?:assistance|reporting|contributions?) "
                         r"(?:from|by) (?P<names>[^)]+?)\.?\s*\)?\.?$", re.I)
TRAILING_WITH = re.compile(r"\s*\((?i:with|source:?|via) (?P<who>(?i:the )?[A-Z][\w .&'-]{2,60}?)\)\s*$")
READING_TIME = re.compile(r"\b\d+\s*(?:-| )?min(?:ute)?s?\s*read\b", re.I)
# Words that mark a name as a news organisation rather than a person (editable).
OUTLET_WORDS = {"news", "press", "times", "post", "journal", "herald", "tribune", "agency", "service",
                "wire", "media", "network", "broadcasting", "radio", "tv", "television", "today",
                "daily", "magazine", "gazette", "guardian", "telegraph", "observer", "reuters",
                "bloomberg", "associated", "afp", "ap", "bbc", "cnn", "economist", "chronicle",
                "standard", "express", "mirror", "independent", "monitor", "insider", "review"}
JOB_WORDS = re.compile(r"\b(correspondent|reporter|editor|writer|staff|contributor|columnist|"
                       r"bureau|chief|senior|political|special|foreign)\b.*$", re.I)
CORP_SUFFIX = re.compile(r"[,\s]+(?:L\.?P\.?|Inc\.?|Ltd\.?|LLC|plc|GmbH|Corp\.?|Co\.)$", re.I)

HEAD_LINES = 12  # metadata lines (date, slug, byline, title) live near the top


@dataclass
class Cleaned:
    body: str
    title: str | None = None
    meta: dict = field(default_factory=dict)
    meta_source: dict = field(default_factory=dict)
    credits: list[str] = field(default_factory=list)   # people credited for assistance
    removed: list[tuple[str, str]] = field(default_factory=list)  # (rule, line)


def outlet_name(name: str) -> str:
    """'Bloomberg L.P.' → 'Bloomberg'; trims corporate suffixes and a leading 'the'."""
    name = CORP_SUFFIX.sub("", name.strip(" .,;:"))
    return re.sub(r"^the\s+", "", name, flags=re.I).strip()


def split_names(s: str) -> list[str]:
    """'A, B and C' → ['A', 'B', 'C'], dropping job titles and reading-time furniture."""
    s = READING_TIME.sub("", s)
    parts = re.split(r",|\band\b|&|;|\|", s)
    names = []
    for p in parts:
        p = JOB_WORDS.sub("", p).strip(" .-–")
        if p and re.match(r"^[A-ZÀ-Ž][\w'’.-]*(?: [A-ZÀ-Ž][\w'’.-]*){0,3}$", p):
            names.append(p)
    return names


def is_outlet_like(name: str) -> bool:
    words = {w.lower().strip(".") for w in name.split()}
    return bool(words & OUTLET_WORDS) or bool(re.search(r"\.(com|org|net|co\.uk)$", name, re.I))


def _set(c: Cleaned, key: str, value, source: str) -> None:
    if value and key not in c.meta:
        c.meta[key] = value
        c.meta_source[key] = source


def clean_text(text: str) -> Cleaned:
    """Split ``text`` into body and metadata. Never raises on odd input."""
    lines = text.split("\n")
    c = Cleaned(body="")
    kept: list[str] = []
    first_content = True
    for i, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            kept.append("")
            continue
        near_top = first_content and i < HEAD_LINES * 3
        rule = _classify(line, c, near_top)
        if rule:
            c.removed.append((rule, line))
            continue
        if near_top and c.title is None and _looks_like_title(line):
            c.title = line
            continue
        first_content = False
        kept.append(raw.rstrip())
    body = "\n".join(kept)
    m = TRAILING_WITH.search(body)
    if m:
        who = outlet_name(m.group("who"))
        c.removed.append(("credit", m.group(0).strip()))
        _set(c, "outlet", who, "credit")
        body = body[: m.start()]
    # A repeated title line (common on pages with a hero header) is residue too.
    if c.title:
        body = re.sub(r"(?m)^" + re.escape(c.title) + r"\.?\s*$\n?", "", body)
    c.body = re.sub(r"\n{3,}", "\n\n", body).strip()
    return c


def _classify(line: str, c: Cleaned, near_top: bool) -> str | None:
    """The residue rule that ``line`` matches (harvesting metadata on the way), or None."""
    if len(line) > 400:
        return None
    if near_top:
        d = parse_date_line(line)
        if d:
            _set(c, "published", d, "date_line")
            return "date_line"
        if SLUG.match(line):
            _set(c, "url_slug", line.rstrip("/").rsplit("/", 1)[-1], "slug_line")
            return "slug"
        if URL.match(line):
            _set(c, "url", line, "url_line")
            return "url"
    m = SYNDICATION_BYLINE.match(line)
    if m and near_top:
        names = [n.strip() for n in m.group("names").split(",") if n.strip()]
        people = [n for n in names if not is_outlet_like(n)]
        outlets = [n for n in names if is_outlet_like(n)]
        _set(c, "byline", ", ".join(people), "byline_line")
        if outlets:
            _set(c, "outlet", outlet_name(outlets[-1]), "byline_line")
        return "byline"
    m = BY_LINE.match(line)
    if m and len(line.split()) <= 20:
        names = split_names(m.group("names"))
        if names:
            _set(c, "byline", ", ".join(names), "byline_line")
            rest = m.group("rest") or ""
            if rest and is_outlet_like(rest):
                _set(c, "outlet", outlet_name(rest), "byline_line")
            return "byline"
    m = CREDIT_LINE.match(line)
    if m:
        c.credits.extend(split_names(m.group("names")))
        return "credit"
    m = COPYRIGHT.match(line)
    if m:
        _set(c, "outlet", outlet_name(m.group("owner")), "copyright")
        return "copyright"
    if DISTRIBUTED.search(line) and len(line) < 200:
        return "copyright"
    m = WELCOME.match(line)
    if m:
        _set(c, "outlet", outlet_name(m.group("site")), "welcome_banner")
        return "signup"
    for rule, pat in RESIDUE:
        if pat.search(line):
            return rule
    if near_top and _looks_like_site_header(line):
        _set(c, "site_header", line, "menu_header")
        return "site_header"
    return None


def _looks_like_title(line: str) -> bool:
    words = line.split()
    return 3 <= len(words) <= 25 and not re.search(r"[.!?:;,]$", line) or (
        3 <= len(words) <= 25 and line.endswith("?"))


def _looks_like_site_header(line: str) -> bool:
    """A lone brand word in the menu block at the top ('ArcaMax')."""
    return bool(re.match(r"^[A-Z][\w.]+$", line)) and len(line) <= 30
