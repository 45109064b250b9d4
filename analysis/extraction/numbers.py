"""Stated quantities in running text: the number, its hedge, its interval and its unit.

``find_numbers(text)`` returns every quantity expression — digits ("123", "1,227", "9.5
million"), number words ("five", "fifty-two", "a dozen", via text2num) and vague plurals
("hundreds of", "dozens of") — with the hedge before or after it ("at least", "more than",
"up to", "about", "fewer than", "or more"), turned into a comparable interval.

Expressions that are not quantities are left out here: ordinals ("4th", "fourth"), times
("10:30", "9 a.m."), phone numbers, day numbers beside a month name ("13 December"),
durations and ages ("11 years", "three decades", "71-year-old"), scores ("3-1"), page
furniture ("page 2", "©2025") and numbers inside URL slugs. Year-like numbers ("2020") are
returned with ``year_like=True``; the caller decides with the parse (a year unless it counts
something). Money, percentages and weights are kept with ``unit`` set, so the caller can
class them apart from counts of people.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from text_to_num import text2num

from .spans import leftmost_longest

# --- tables (general English; edit freely) ---------------------------------------------

#: Hedge phrases before a number, by qualifier. Longest phrases are tried first.
HEDGES_BEFORE: dict[str, list[str]] = {
    "at_least": ["at least", "no fewer than", "no less than", "not less than", "a minimum of",
                 "at a minimum", "a minimum estimate of"],
    "more_than": ["more than", "over", "upwards of", "in excess of", "above", "well over",
                  "just over", "well above", "over and above"],
    "up_to": ["up to", "as many as", "at most", "no more than", "not more than", "a maximum of",
              "as much as", "at the most", "a maximum estimate of"],
    "about": ["about", "around", "roughly", "approximately", "approx.", "nearly", "almost",
              "some", "an estimated", "estimated", "close to", "circa", "an approximate",
              "somewhere around", "just about", "more or less"],
    "fewer_than": ["fewer than", "less than", "under", "just under", "below", "not quite"],
}
#: Hedge phrases after a number.
HEDGES_AFTER: dict[str, list[str]] = {
    "at_least": ["or more", "plus", "+", "or above"],
    "about": ["or so", "odd"],
    "up_to": ["or fewer", "or less", "at most"],
}
#: Hedges under "about" that only reach up to the number ("nearly 70": 63..70).
BELOW_ONLY = {"nearly", "almost", "close to", "not quite"}
#: Relative width of the band around an "about" figure.
ABOUT_BAND = 0.10

SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
          "mln": 1e6, "bn": 1e9, "m": 1e6, "k": 1e3}
UNITS_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
               "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
               "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
               "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million",
               "billion"]
#: Fixed phrases: (value, qualifier, vague). Vague plurals ("hundreds of") count as at least
#: one unit of their size.
FIXED_PHRASES: dict[str, tuple[float, str, bool]] = {
    "a dozen": (12, "exact", False), "a hundred": (100, "exact", False),
    "a thousand": (1000, "exact", False), "a million": (1e6, "exact", False),
    "half a dozen": (6, "about", False),
    "half a million": (500_000, "exact", False), "half a billion": (5e8, "exact", False),
    "a quarter of a million": (250_000, "exact", False),
    "a quarter million": (250_000, "exact", False),
    "three quarters of a million": (750_000, "exact", False),
    "a million and a half": (1_500_000, "exact", False),
    "one and a half million": (1_500_000, "exact", False),
    "two and a half million": (2_500_000, "exact", False),
    "a couple of": (2, "about", False), "a score of": (20, "exact", False),
    "dozens": (12, "at_least", True), "scores": (20, "at_least", True),
    "hundreds": (100, "at_least", True), "thousands": (1000, "at_least", True),
    "tens of thousands": (10_000, "at_least", True),
    "hundreds of thousands": (100_000, "at_least", True),
    "millions": (1e6, "at_least", True),
}
#: Words after a number that multiply it ("two dozen" = 24, "3 dozen" = 36).
MULTIPLIERS = {"dozen": 12}
#: Words after a number that make it a duration or an age (not a quantity claim).
TIME_UNITS = {"second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week",
              "weeks", "month", "months", "year", "years", "decade", "decades", "century",
              "centuries", "fortnight", "fortnights", "night", "nights", "term", "terms",
              "year-old", "years-old", "month-old", "week-old", "day-old", "hour-long",
              "day-long", "year-long", "week-long", "month-long", "yr", "yrs", "hrs", "mins"}
MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
          "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
CLOCK_WORDS = {"a.m.", "p.m.", "am", "pm", "o'clock", "gmt", "utc", "cet", "est", "edt", "bst",
               "hrs", "h"}
#: Words before a number that make it page furniture or a label, not a quantity.
FURNITURE_BEFORE = {"page", "pages", "p.", "pp.", "photo", "image", "slide", "figure", "fig.",
                    "no.", "#", "©", "(c)", "copyright", "chapter", "section", "article",
                    "item", "vol.", "volume", "episode", "season", "part", "room", "flight",
                    "route", "gate", "platform", "line", "resolution", "ward", "district", "unit"}
#: Wire services' version words before a headline ("UPDATE 2-", "WRAPUP 1-").
WIRE_SLUG_WORDS = {"update", "wrapup", "factbox", "timeline", "refile"}
AGE_BEFORE = {"aged", "age", "ages"}
#: Words joined to a number by a hyphen that hedge it rather than make a modifier ("40-odd").
HYPHEN_HEDGES = {"odd", "plus", "some"}
#: Words joined to a number by a hyphen that make it a count of people in a group ("a
#: 29-strong crew", "a 12-man team"): the group's size is a figure, unlike "a 19-member council"
#: (its seats) or "a 12-point plan".
HEADCOUNT_SUFFIXES = {"strong", "man", "person", "woman"}
#: Groups of people whose "N-member" size is a headcount ("the 19-member crew").
MEMBER_GROUPS = {"crew", "team", "group", "delegation", "family", "party", "band"}
#: The words of a headcount once a figure is kept ("19-member" only before MEMBER_GROUPS).
HEADCOUNT_WORDS = HEADCOUNT_SUFFIXES | {"member"}
#: Verbs whose particle "over" is not a hedge ("handed over 13 hostages").
OVER_PARTICLE_VERBS = {"hand", "hands", "handed", "handing", "turn", "turns", "turned", "turning",
                       "sign", "signs", "signed", "signing", "give", "gives", "gave", "given",
                       "giving", "pass", "passes", "passed", "passing", "win", "wins", "won"}
CURRENCY_SYMBOLS = "$€£¥₽₴₹"
CURRENCY_WORDS = {"dollar", "dollars", "euro", "euros", "pound sterling", "sterling", "ruble",
                  "rubles", "rouble", "roubles", "hryvnia", "hryvnias", "yuan", "yen", "rupee",
                  "rupees", "franc", "francs", "usd", "eur", "gbp", "zloty", "zlotys", "krona",
                  "kronor", "lira", "real", "reais", "peso", "pesos", "shekel", "shekels",
                  "cent", "cents", "pence", "naira", "rand", "shilling", "shillings", "cedi",
                  "cedis", "dinar", "dinars", "dirham", "dirhams", "riyal", "riyals", "rial",
                  "rials", "baht", "ringgit", "rupiah", "kwacha", "birr", "lari", "tenge", "som",
                  "manat", "leu", "lei", "forint", "koruna", "kuna", "lev", "hryvnya", "won",
                  "bitcoin", "bitcoins"}
CURRENCY_BEFORE = {"us$", "usd", "eur", "gbp", "rs", "rs."}
PERCENT_WORDS = {"%", "percent", "per cent", "percentage point", "percentage points", "pct"}
WEIGHT_WORDS = {"kg", "kgs", "kilogram", "kilograms", "kilogramme", "kilogrammes", "kilo",
                "kilos", "g", "gram", "grams", "gramme", "grammes", "tonne", "tonnes", "ton",
                "tons", "lb", "lbs", "pound", "pounds", "ounce", "ounces", "oz", "mt"}


@dataclass
class NumberSpan:
    """One quantity expression found in a text (offsets are into that text)."""

    start: int            # start of the whole expression, hedge included
    end: int
    num_start: int        # the number itself ("1,200", "five", "hundreds")
    num_end: int
    value: float
    qualifier: str = "exact"
    low: float | None = None
    high: float | None = None
    unit: str | None = None          # None (a count), "money", "percent", "weight"
    vague: bool = False              # "hundreds of", "dozens of"
    year_like: bool = False          # a bare 4-digit number between 1000 and 2199
    expression: str = ""
    hedge: str | None = None
    notes: list[str] = field(default_factory=list)


def interval(value: float, qualifier: str, hedge: str | None = None) -> tuple[float | None,
                                                                              float | None]:
    """The (low, high) bounds a hedged figure allows; ``None`` is an open end."""
    integral = float(value).is_integer()
    if qualifier == "at_least":
        return value, None
    if qualifier == "more_than":
        return (value + 1 if integral else value), None
    if qualifier == "up_to":
        return None, value
    if qualifier == "fewer_than":
        return None, (value - 1 if integral else value)
    if qualifier == "about":
        low = value * (1 - ABOUT_BAND)
        high = value if hedge in BELOW_ONLY else value * (1 + ABOUT_BAND)
        if integral:
            low, high = float(math.floor(round(low, 6))), float(math.ceil(round(high, 6)))
        return low, high
    return value, value


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_WORD = _alt(UNITS_WORDS)
#: A run of number words; "and" joins them with spaces or hyphens ("three hundred and five",
#: "Three-hundred-and-five").
_NUMWORDS = re.compile(
    rf"(?<![\w-])(?:{_WORD})(?:(?:\s+and\s+|-and-|[\s-]+)(?:{_WORD}))*(?![\w-])", re.I)
#: Thousands grouped by commas or by spaces ("4,000", "4 000": a space, no-break or thin
#: space), never by a space after a longer number ("in 2019 150 people" is two numbers) or
#: after a month's day ("on December 5 100 people").
_NOT_A_DAY = "".join(rf"(?<!{re.escape(m)}\s)(?<!{re.escape(m)}\.\s)" for m in sorted(MONTHS))
_GROUPED = (r"\d{1,3}(?:,\d{3})+|" + _NOT_A_DAY
            + r"\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?![\d,])")
#: A run of this many digits with no separator is an id (a file name's, a phone's), not a
#: figure: a page writes large counts with separators or words.
ID_DIGITS = 9
_DIGITS = re.compile(
    rf"(?<![\w.,/:+-])(?P<num>(?:{_GROUPED})(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?P<scale>\s*(?:thousand|million|billion|trillion|mln|bn|m|k)\b)?"
    r"(?![\w/]|[.,:]\d|-\d)", re.I)
_N = rf"{_GROUPED}|\d+"
_RANGE = re.compile(
    rf"(?<![\w.,/:+-])(?P<between>between\s+)?(?P<a>{_N})\s*(?P<sep>-|–|—|to|and|or)\s*(?P<b>{_N})"
    r"(?![\w/]|[.,:]\d|-\d)", re.I)
_FIXED = re.compile(rf"(?<![\w-])(?P<p>{_alt(FIXED_PHRASES)})(?P<of>\s+of)?(?![\w-])", re.I)
_MULTIPLIER = re.compile(rf"\s+({_alt(MULTIPLIERS)})(?![\w-])", re.I)
_PHONE = re.compile(r"(?<![\w,.])\+?\(?\d{1,4}\)?(?:[\s.-]\(?\d{2,4}\)?){2,5}(?![\w,])")
_AGE_APPOSITION = re.compile(r"[A-Za-z][\w’'.-]+,\s*$")
_NAME_APPOSITION = re.compile(r"\b[A-Z][\w’'-]+,\s*$")  # a name, then its comma
_OLDEST = re.compile(r"\b(?:oldest|youngest)\b[^.;:]{0,60}\b(?:is|was)\s+(?:aged\s+)?$", re.I)
_SLUGISH = re.compile(r"\S*(?:https?://|www\.|\.com|\.org|/)\S*|\S+-\S+-\S+-\S+")
_HEDGE_BEFORE = [(q, h) for q, hs in HEDGES_BEFORE.items() for h in hs]
_HEDGE_BEFORE.sort(key=lambda qh: len(qh[1]), reverse=True)
_HEDGE_AFTER = [(q, h) for q, hs in HEDGES_AFTER.items() for h in hs]
_HEDGE_AFTER.sort(key=lambda qh: len(qh[1]), reverse=True)


def _member_group(words: str) -> bool:
    """Do the words after "N-member" name a group of people, at once or after up to two
    words that describe it ("crew", "international crew", "Filipino rescue team")?"""
    for w in words.split():
        if w in MEMBER_GROUPS:
            return True
        if w in ("of", "and", "or", "that", "which", "who"):
            return False
    return False


def _plain_number(raw: str) -> float:
    """ "4,000" and "4 000" → 4000.0."""
    return float(re.sub(r"[,\s]", "", raw))


def _words_value(phrase: str, whole: bool = False) -> float | None:
    """text2num on a run of number words, trimming trailing joiners it rejects (none when
    ``whole``: then the whole run reads as one number or None)."""
    words = re.split(r"\s+", phrase.strip())
    while words:
        try:
            return float(text2num(" ".join(words).lower(), "en"))
        except (ValueError, IndexError):
            if whole:
                return None
            words = words[:-1]
    return None


#: A figure in digits in brackets right after its number words: "seventeen (17)", "three [3]".
_ECHO = re.compile(r"\s*[(\[]\s*(?P<d>\d{1,3}(?:,\d{3})*|\d+)\s*[)\]]")


def without_numeral_echoes(text: str) -> str:
    """``text`` without the digits some outlets repeat in brackets after a figure written in
    words ("the release of all seventeen (17) seafarers" → "... all seventeen seafarers"):
    one figure, told twice. Brackets holding another number stay ("three (4)")."""
    if not isinstance(text, str) or "(" not in text and "[" not in text:
        return text
    cuts = []
    for m in _NUMWORDS.finditer(text):
        echo = _ECHO.match(text, m.end())
        if echo and _words_value(m.group(0).replace("-", " "), whole=True) == \
                _plain_number(echo.group("d")):
            cuts.append(echo.span())
    for a, b in reversed(cuts):
        text = text[:a] + text[b:]
    return text


def _next_words(text: str, pos: int, n: int = 2) -> list[str]:
    return re.findall(r"[%$€£]|[\w.'’-]+", text[pos:pos + 60].lower())[:n]


def _prev_words(text: str, pos: int, n: int = 2) -> list[str]:
    return re.findall(r"[#©$€£]|[\w.'’()-]+", text[max(0, pos - 60):pos].lower())[-n:]


def _candidates(text: str) -> list[tuple[int, int, float, bool, str | None]]:
    """(start, end, value, vague, fixed-qualifier) for every raw number, no overlaps."""
    found = []
    for m in _FIXED.finditer(text):
        value, qual, vague = FIXED_PHRASES[m.group("p").lower()]
        if vague and not m.group("of"):
            continue  # "thousands" alone is not a figure; "thousands of people" is
        found.append((m.start(), m.start() + len(m.group("p")), value, vague,
                      None if qual == "exact" else qual))
    for m in _DIGITS.finditer(text):
        raw = m.group("num")
        if len(raw.split(".")[0]) >= ID_DIGITS:
            continue  # "1347213502051645": an image's or a record's id, no count written so
        value = _plain_number(raw)
        end = m.end("num")
        scale = (m.group("scale") or "").strip().lower()
        if scale:
            # a bare "m"/"k" is a scale only right after money ("$5m")
            if scale in ("m", "k") and (m.start() == 0
                                        or text[m.start() - 1] not in CURRENCY_SYMBOLS):
                scale = ""
            else:
                value *= SCALES[scale]
                end = m.end("scale")
        found.append((m.start(), end, value, False, None))
    for m in _NUMWORDS.finditer(text):
        phrase = m.group(0)
        if phrase.lower() in SCALES:
            continue
        value = _words_value(phrase.replace("-", " "))
        if value is None:
            continue
        if re.search(r"-and-", phrase, re.I) and value != _words_value(
                phrase.replace("-", " "), whole=True):
            continue  # a hyphened "and" is one number only when it reads whole ("four-and-five")
        end = m.end()
        found.append((m.start(), end, value, False, None))
    for i, (s, e, value, vague, q) in enumerate(found):
        m = _MULTIPLIER.match(text, e)
        if m and not vague:
            found[i] = (s, m.end(), value * MULTIPLIERS[m.group(1).lower()], vague, q)
    return leftmost_longest(found)


#: Ages listed after "aged" up to the number: "aged 9, 12 and |15".
_AGE_LIST_BEFORE = r"\b(?:aged|ages)\s+\d{1,3}(?:\s*,\s*\d{1,3})*\s*(?:\s(?:and|or|&)|,)\s*$"
_MONTH_NAMES = "|".join(sorted(MONTHS))
#: A month's day and a conjunction just before a day number: "April 5 and |12" (not an item
#: of a list: "five on April 8, and |29 on May 5").
_DAY_LIST_BEFORE = rf"\b(?:{_MONTH_NAMES})\.?\s+\d{{1,2}}\s+(?:and|or|&)\s+$"
#: A conjunction, a day and a month just after a day number: "5| and 12 April".
_DAY_LIST_AFTER = rf"\s+(?:and|or|&)\s+\d{{1,2}}\s+(?:{_MONTH_NAMES})\b"


def _excluded(text: str, start: int, end: int, value: float, raw: str) -> str | None:
    """Why this number is not a quantity (a short reason), or None."""
    nxt = _next_words(text, end, 3)
    prv = _prev_words(text, start, 2)
    after = text[end:end + 12]
    before = text[max(0, start - 3):start]
    first = nxt[0].strip(".,;:") if nxt else ""
    if re.match(r"(?:st|nd|rd|th)\b", after, re.I):
        return "ordinal"
    if re.match(r"\s*(?:[:.]\d{2})\b", after) or (
            (first in CLOCK_WORDS or (nxt and nxt[0] in CLOCK_WORDS)) and raw[:1].isdigit()):
        return "time"
    if re.search(r"[+(]\s*$", before) and re.match(r"[\d\s)-]{6,}", text[start:start + 16]):
        return "phone"
    if re.match(r"[-–]\d", after) or re.search(r"\d[-–]$", before):
        return "score or range"
    if first.split("-", 1)[-1] in TIME_UNITS or first in TIME_UNITS or after.startswith("-year"):
        return "duration or age"
    if len(nxt) >= 2 and nxt[0] in {"and", "a"} and nxt[1].startswith("half") and len(nxt) > 2 \
            and nxt[2] in TIME_UNITS:
        return "duration or age"
    if prv and (prv[-1] in AGE_BEFORE or (len(prv) == 2 and prv[0] in AGE_BEFORE
                                          and prv[1] == "of")):
        return "age"
    if value <= 120 and prv and prv[-1] in ("turned", "turns", "turning") and re.match(
            r"\s*(?:[,.;)]|(?:last|this|on|in|while|during|after|before)\b|$)", after):
        return "age"  # "who turned four last week while in captivity"
    if raw.isdigit() and value <= 120 and re.search(
            _AGE_LIST_BEFORE, text[max(0, start - 40):start], re.I):
        return "age"  # "two students aged 11 and 17", "aged 9, 12 and 15": the later ages
    if len(prv) == 2 and prv[1] == "in" and (prv[0] == "one" or prv[0].isdigit()):
        return "ratio"  # "one in five detainees"
    m = re.match(r"-([a-z]+)\s+([a-z]+)((?:\s+[a-z]+){0,2})", text[end:end + 50])
    if m and m.group(1) not in HYPHEN_HEDGES | HEADCOUNT_SUFFIXES and not (
            m.group(1) == "member" and _member_group(m.group(2) + m.group(3))):
        return "size modifier"  # "a 27-member bloc", "a 12-point plan"
    if raw.isdigit() and value <= 120 and _AGE_APPOSITION.search(text[max(0, start - 40):start]) \
            and re.match(r"\s*(?:[,);]|[–—]|-\s)", after):
        return "age"  # "Lukashenko, 71, has ruled", "..., and Ann Lee, 24 – are"
    if raw.isdigit() and value <= 120 and _NAME_APPOSITION.search(text[max(0, start - 40):start]) \
            and re.match(r"\s*\.(?:\s|$)", after):
        return "age"  # "..., Bo Lee, 35, and Ann Lee, 54." ending the sentence
    if value <= 120 and re.match(r"\s*(?:[,.;)]|$)", after) and _OLDEST.search(
            text[max(0, start - 80):start]):
        return "age"  # "the oldest of the freed captives is 59"
    if raw.isdigit() and value <= 120 and after.startswith(")") and re.search(
            r"\b[A-Z][a-z][\w'’-]*\s+[A-Z][\w'’-]+\s*\($", text[max(0, start - 60):start]):
        return "age"  # "Ann Lee (61), who had been held": the age after a full name
    if raw[:1].isdigit() and value <= 31 and (first in MONTHS
                                              or (prv and prv[-1].strip(".,") in MONTHS)):
        return "date"
    if raw[:1].isdigit() and value <= 31 and (
            re.search(_DAY_LIST_BEFORE, text[max(0, start - 24):start], re.I)
            or re.match(_DAY_LIST_AFTER, text[end:end + 24], re.I)):
        return "date"  # "on April 5 and 12", "on 5 and 12 April": days of one month
    if prv and (prv[-1] in FURNITURE_BEFORE or prv[-1].endswith("©")) or "©" in before:
        return "page furniture"
    if prv and prv[-1] in WIRE_SLUG_WORDS and re.match(r"\s*-", after):
        return "wire version"  # "UPDATE 2-Rebels free ...": the story's second version
    for m in _SLUGISH.finditer(text[max(0, start - 80):end + 80]):
        s = max(0, start - 80) + m.start()
        # not when the hyphened run is the number itself ("Two-hundred-and-five")
        rest = m.group(0)[:start - s] + m.group(0)[end - s:]
        if s <= start and end <= s + len(m.group(0)) and re.search(r"\w", rest):
            return "url or slug"
    return None


def named_currency(after: str) -> str | None:
    """The currency a country's name qualifies at the start of ``after`` ("Iraqi dinars",
    "Saudi riyals", "Hong Kong dollars"), as written; else None."""
    m = re.match(r"\s+(?:[A-Z][\w'’-]*\s+){1,2}([^\W\d]+)", after)
    return m.group(1) if m and m.group(1).lower() in CURRENCY_WORDS | {"pound", "pounds"} \
        else None


def _unit(text: str, start: int, end: int) -> str | None:
    nxt = " ".join(_next_words(text, end, 2))
    before = text[max(0, start - 6):start].lower().strip()
    if before[-1:] and before[-1] in CURRENCY_SYMBOLS or re.search(
            rf"(?<![\w])(?:{_alt(CURRENCY_BEFORE)})$", before):
        return "money"
    for w in sorted(PERCENT_WORDS, key=len, reverse=True):
        if nxt.startswith(w) and (len(nxt) == len(w) or not nxt[len(w)].isalpha()):
            return "percent"
    if text[end:end + 1] == "%":
        return "percent"
    first = nxt.split(" ")[0].strip(".,;:") if nxt else ""
    scaled = re.search(r"(?:million|billion|thousand|trillion)\s*$", text[start:end], re.I)
    if first in CURRENCY_WORDS or (first in {"pound", "pounds"} and scaled):
        return "money"
    if named_currency(text[end:end + 40]):
        return "money"
    if first in WEIGHT_WORDS:
        return "weight"
    return None


def _hedge(text: str, start: int, end: int) -> tuple[str, str | None, int, int]:
    """(qualifier, hedge phrase, new start, new end) from the words around the number."""
    head = text[max(0, start - 40):start]
    cur = re.search(rf"(?:\b(?:{_alt(CURRENCY_BEFORE)})|[{CURRENCY_SYMBOLS}])\s*$", head, re.I)
    if cur:  # "about $13,000": the hedge sits before the currency sign
        head, start = head[:cur.start()], start - (len(head) - cur.start())
    low = head.lower()
    for q, h in _HEDGE_BEFORE:
        # ("at least another 200": the hedge bounds the further figure too)
        m = re.search(rf"(?<![\w]){re.escape(h)}\s+(?:another\s+|a\s+further\s+|a\s+)?$", low)
        if m and h == "over" and re.search(rf"\b(?:{_alt(OVER_PARTICLE_VERBS)})\s+$",
                                           low[:m.start()]):
            continue
        if m:
            return q, h, start - (len(head) - m.start()), end
    tail = text[end:end + 20].lower()
    for q, h in _HEDGE_AFTER:
        # "20-odd", "40-plus": a hedge word may be joined to the number by a hyphen
        pat = rf"(?:\s*|-){re.escape(h)}(?!\w)" if h != "+" else r"\+"
        m = re.match(pat, tail)
        if m and not (h == "plus" and re.match(r"\s*plus\s+\d", tail)):
            return q, h, start, end + m.end()
    return "exact", None, start, end


def find_numbers(text: str) -> list[NumberSpan]:
    """Every quantity expression in ``text``, in order of position."""
    if not isinstance(text, str) or not text:
        return []
    spans = []
    phones = [m.span() for m in _PHONE.finditer(text)
              if sum(ch.isdigit() for ch in m.group(0)) >= 7]
    for start, end, value, vague, fixed_q in _candidates(text):
        raw = text[start:end]
        if any(a <= start and end <= b for a, b in phones):
            continue  # a phone number
        if _excluded(text, start, end, value, raw):
            continue
        qualifier, hedge, s, e = _hedge(text, start, end)
        if fixed_q and qualifier == "exact":
            qualifier = fixed_q
        low, high = interval(float(value), qualifier, hedge)
        year_like = bool(re.fullmatch(r"\d{4}", raw)) and 1000 <= value <= 2199
        spans.append(NumberSpan(start=s, end=e, num_start=start, num_end=end, value=float(value),
                                qualifier=qualifier, low=low, high=high,
                                unit=_unit(text, start, end), vague=vague, year_like=year_like,
                                expression=text[s:e], hedge=hedge))
    ranges = [r for r in _ranges(text) if not any(a <= r.start and r.end <= b for a, b in phones)]
    spans = [n for n in spans if not any(r.start < n.end and n.start < r.end for r in ranges)]
    ranges = [r for r in ranges if "age" not in r.notes]  # "aged between 10 and 16": no figure
    return sorted(spans + ranges, key=lambda n: (n.start, n.end))


def _ranges(text: str) -> list[NumberSpan]:
    """"300-400 people", "300 to 400", "between 300 and 400", "300 or 400 people" (two
    alternatives of the same noun): one figure, value the lower end with qualifier
    ``at_least`` and the upper end as ``high``. A falling pair ("3-1", "40 or 30") is a score
    or no range, and a pair of years ("2019-2020") a period; neither is a range of people."""
    out = []
    for m in _RANGE.finditer(text):
        a, b = (_plain_number(m.group(g)) for g in ("a", "b"))
        if m.group("sep").lower() == "and" and not m.group("between"):
            continue
        if re.fullmatch(r"\d{3}[-–]\d{4}", m.group(0)):
            continue  # a local phone number
        if b <= a or (1000 <= a <= 2199 and 1000 <= b <= 2199 and "," not in m.group(0)):
            continue
        if m.group("sep").lower() == "to" and not m.group("between") and re.search(
                r"\b(?:from|rose|fell|increased|decreased|grew|dropped|up|down)\s+$",
                text[max(0, m.start() - 12):m.start()]):
            continue  # "rose from 300 to 400" is a change, not a range
        prv = _prev_words(text, m.start(), 1)
        if prv and prv[-1] in AGE_BEFORE:
            out.append(NumberSpan(start=m.start(), end=m.end(), num_start=m.start("a"),
                                  num_end=m.end("b"), value=a, notes=["age"]))
            continue
        masked = text[:m.start()] + " " * (m.start("b") - m.start()) + text[m.start("b"):]
        if _excluded(masked, m.start("b"), m.end("b"), b, m.group("b")):
            continue
        out.append(NumberSpan(start=m.start(), end=m.end(), num_start=m.start("a"),
                              num_end=m.end("b"),
                              value=a, qualifier="at_least", low=a, high=b,
                              unit=_unit(text, m.start("a"), m.end("b")), expression=m.group(0),
                              hedge="range"))
    return out
