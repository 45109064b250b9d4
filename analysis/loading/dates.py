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
    re.compile(rf"^(?:{WEEKDAY_RE},?\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|"
               rf"th)?\s+(?P<m>{MONTH_RE}),?\s+(?P<y>\d{{4}})$", re.I),
    # December 13, 2025 | Dec. 13, 2025
    re.compile(rf"^(?:{WEEKDAY_RE},?\s+)?(?P<m>{MONTH_RE})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|"
               r"th)?,?\s+(?P<y>\d{4})$", re.I),
    # 2025-12-13
    re.compile(r"^(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})$"),
]
_PREFIX = re.compile(r"^(?:published|posted|updated|date|dated|first published)\s*(?:on|:)?\s*",
                     re.I)
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
    d = parse_iso(value) or (parse_iso(parse_date_line(str(value))) if parse_date_line(str(value))
                             else None)
    if d is None:
        try:
            import dateparser

            parsed = dateparser.parse(str(value), settings={"REQUIRE_PARTS": ["day", "month",
                                                                              "year"],
                                                            "PREFER_DAY_OF_MONTH": "first"})
            d = parsed.date() if parsed else None
        except Exception:
            d = None
    return d.isoformat() if d else None


# ---- calendar arithmetic for relative dates ---------------------------------------------------

WEEKDAYS = {d: i for i, d in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
UNITS = ("day", "week", "month", "year")


def weekday_number(name: str) -> int | None:
    """0 for Monday … 6 for Sunday; None when ``name`` is no weekday."""
    return WEEKDAYS.get(name.lower().rstrip("'’s").strip()) if name else None


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    """(year, month) moved by ``n`` months."""
    k = year * 12 + (month - 1) + n
    return k // 12, k % 12 + 1


def week_monday(d: dt.date) -> dt.date:
    """The Monday of ``d``'s week (ISO weeks start on Monday)."""
    return d - dt.timedelta(days=d.weekday())


def nearest_weekday(ref: dt.date, weekday: int, direction: str) -> dt.date:
    """The ``weekday`` (0=Monday) nearest ``ref`` in ``direction``: 'past' (on or before),
    'future' (on or after), 'last' (strictly before), 'next' (strictly after)."""
    back = (ref.weekday() - weekday) % 7
    ahead = (weekday - ref.weekday()) % 7
    if direction == "past":
        return ref - dt.timedelta(days=back)
    if direction == "last":
        return ref - dt.timedelta(days=back or 7)
    if direction == "next":
        return ref + dt.timedelta(days=ahead or 7)
    return ref + dt.timedelta(days=ahead)


def nearest_month(ref: dt.date, month: int, direction: str) -> tuple[int, int]:
    """(year, month) of the named ``month`` nearest ``ref`` in ``direction`` (as for weekdays,
    counted in whole months: 'past' includes ``ref``'s own month, 'last' does not)."""
    y = ref.year
    if direction in ("past", "last"):
        if month > ref.month or (direction == "last" and month == ref.month):
            y -= 1
    elif month < ref.month or (direction == "next" and month == ref.month):
        y += 1
    return y, month


def nearest_day_month(ref: dt.date, month: int, day: int, direction: str) -> dt.date | None:
    """The date ``day`` ``month`` (no year given) nearest ``ref`` in ``direction``; None when no
    year within the next or last eight makes it a real date (31 February)."""
    step = -1 if direction in ("past", "last") else 1
    for k in range(0, 9):
        d = make_date(ref.year + step * k, month, day)
        if d is None:
            continue
        if (step < 0 and d <= ref) or (step > 0 and d >= ref):
            return d
    return None


def resolve_anchor(anchor: str, ref: dt.date, tense: str | None = None) -> tuple[str, str] | None:
    """Resolve a relative-date ``anchor`` against ``ref`` → (ISO prefix, precision), or None.

    Anchors (written by :func:`analysis.extraction.events.extract_date_mentions`):
      ``weekday:N[:mod]``, ``month:M[:mod]``, ``daymonth:M-D[:mod]`` — a named day/month without a
      year; ``mod`` is last/next/this/none. Without last/next the clause's ``tense`` decides:
      future or scheduled (a timetable present: "votes on Monday") → on or after ``ref``,
      anything else → on or before it.
      ``offset:UNIT:N`` — N units from ``ref`` ("two days ago" = offset:day:-2).
      ``cal:UNIT:N`` — the calendar unit containing ``ref``, moved N ("last month" = cal:month:-1).
      ``weekend:N`` — the Saturday of a weekend (N=0: nearest in the tense's direction).
    Weeks are given as their Monday (or the weekend's Saturday) with precision 'week'.
    """
    if ref is None or not anchor:
        return None
    parts = anchor.split(":")
    kind = parts[0]
    mod = parts[2] if len(parts) > 2 else "none"
    direction = {"last": "last", "next": "next"}.get(mod) or \
        ("future" if tense in ("future", "scheduled") else "past")
    try:
        if kind == "weekday":
            return nearest_weekday(ref, int(parts[1]), direction).isoformat(), "day"
        if kind == "month":
            y, m = nearest_month(ref, int(parts[1]), direction)
            return f"{y:04d}-{m:02d}", "month"
        if kind == "daymonth":
            m, d = map(int, parts[1].split("-"))
            got = nearest_day_month(ref, m, d, direction)
            return (got.isoformat(), "day") if got else None
        if kind == "weekend":
            n = int(parts[1])
            if n == 0:
                return nearest_weekday(ref, 5, direction).isoformat(), "week"
            sat = week_monday(ref) + dt.timedelta(days=5 + 7 * n)
            return sat.isoformat(), "week"
        unit, n = parts[1], int(parts[2])
        if kind == "offset":
            if unit == "day":
                return (ref + dt.timedelta(days=n)).isoformat(), "day"
            if unit == "week":
                return week_monday(ref + dt.timedelta(days=7 * n)).isoformat(), "week"
            if unit == "month":
                y, m = add_months(ref.year, ref.month, n)
                return f"{y:04d}-{m:02d}", "month"
            if unit == "year":
                return f"{ref.year + n:04d}", "year"
        if kind == "cal":
            if unit == "day":
                return (ref + dt.timedelta(days=n)).isoformat(), "day"
            if unit == "week":
                return (week_monday(ref) + dt.timedelta(days=7 * n)).isoformat(), "week"
            if unit == "month":
                y, m = add_months(ref.year, ref.month, n)
                return f"{y:04d}-{m:02d}", "month"
            if unit == "year":
                return f"{ref.year + n:04d}", "year"
    except (ValueError, IndexError, OverflowError):
        return None
    return None
