"""Date parsing helpers shared by metadata and events."""
from __future__ import annotations

import datetime as dt
import re

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], start=1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
MONTH_RE = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|" \
           r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
WEEKDAY_RE = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"

_DATE_LINE_PATTERNS = [
    # 13 December, 2025 | 13 Dec 2025 | Saturday, 13 December 2025
    re.compile(rf"^(?:{WEEKDAY_RE},?\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m>{MONTH_RE}),?\s+(?P<y>\d{{4}})$", re.I),
    # December 13, 2025 | Dec. 13, 2025
    re.compile(rf"^(?:{WEEKDAY_RE},?\s+)?(?P<m>{MONTH_RE})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})$", re.I),
    # 2025-12-13
    re.compile(r"^(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})$"),
]
_PREFIX = re.compile(r"^(?:published|posted|updated|date|dated|first published)\s*(?:on|:)?\s*", re.I)
_SUFFIX = re.compile(r"\s*(?:[,|-]\s*)?(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?|"
                     r"\(?(?:GMT|UTC|[A-Z]{2,4})\)?)\s*$", re.I)


def make_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(int(y), int(m), int(d))
    except (ValueError, TypeError):
        return None


def month_number(name: str) -> int | None:
    key = name.lower().rstrip(".")
    return MONTHS.get(key) or MONTHS.get(key[:3])


def parse_date_line(line: str) -> str | None:
    """ISO date if the whole ``line`` is a date ("13 December, 2025", "Published: Dec 13, 2025
    10:00 GMT"), else None. Impossible dates (31 February) give None."""
    s = line.strip()
    if len(s) > 60 or not re.search(r"\d{4}", s):
        return None
    s = _PREFIX.sub("", s)
    for _ in range(2):
        s = _SUFFIX.sub("", s).strip(" ,|-")
    for pat in _DATE_LINE_PATTERNS:
        m = pat.match(s)
        if m:
            mo = m.group("m")
            mon = int(mo) if mo.isdigit() else month_number(mo)
            d = make_date(int(m.group("y")), mon or 0, int(m.group("d")))
            return d.isoformat() if d else None
    return None


def parse_iso(value) -> dt.date | None:
    """A date from an ISO string (or a datetime-like prefix), None when it is not one."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    m = re.match(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})", str(value))
    if m:
        return make_date(*map(int, m.groups()))
    return None


def normalise_published(value) -> str | None:
    """A user- or page-given publication date as ISO 'YYYY-MM-DD', or None."""
    if value is None or str(value).strip() == "":
        return None
    d = parse_iso(value) or (parse_iso(parse_date_line(str(value))) if parse_date_line(str(value)) else None)
    if d is None:
        try:
            import dateparser

            parsed = dateparser.parse(str(value), settings={"REQUIRE_PARTS": ["day", "month", "year"],
                                                            "PREFER_DAY_OF_MONTH": "first"})
            d = parsed.date() if parsed else None
        except Exception:
            d = None
    return d.isoformat() if d else None
