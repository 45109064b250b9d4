"""Dated events: date expressions in sentences, resolved against each article's reference date.

:func:`extract_date_mentions` (per article) finds every date expression with a small regular
grammar (absolute: "13 December, 2025", "July 2021", "in 2020", "the 2020 election"; relative:
"on Saturday", "last month", "in September", "earlier this year", "two days ago"), checks bare
years against the spaCy parse (a number is a year only in a date context), and reads from the
parse what the date is attached to: the clause's verb (its tense, a short ``what``, a
``category``) or the noun it modifies ("the 2020 election").
:func:`analysis.extraction.event_resolve.resolve` (corpus-wide, kept apart so that editing it does
not invalidate cached parses) turns relative expressions into dates once every article has a
``reference_date`` (see :mod:`analysis.extraction.reference`).

Choices worth knowing:
- A date attached only to a verb of saying ("X told reporters on Saturday") dates the report,
  not an event of the story: it is kept with ``category`` ``statement`` (the timeline may
  leave these out and say so); ``keep_speech=False`` drops it.
- Weekdays, months and day-months without a year resolve to the nearest one on or before the
  reference date, or on or after it when the clause is in the future tense ("will meet on
  Friday", "is meeting on Friday", "may travel in March", "is due to open on Monday") or a
  timetable present in running text ("the court rules on Monday"; tense 'scheduled');
  headlines use the present for the past and keep the default. "last"/"next" force the
  direction.
- Numbers are years only in a date context (a temporal preposition, the NER's DATE span, "the
  2020 election"); "2000 soldiers", "1,500 troops", phone numbers, datelines ("KYIV, Dec 13
  (Reuters) -", "Place, (APP - Site - 9th Mar, 2025)"), names ("Bloody Sunday", "2020 Main
  Street") and impossible dates (31 February) give no row; nor does a dateline set apart as
  its own paragraph ("New Delhi, Feb 1"). Numeric dates are read only when
  unambiguous (25/04/2017), else as the year.
- Weeks ("this week", "last week", "three weeks ago") are given as their Monday with precision
  'week': a week is not a day, and the ISO prefix of its Monday still names the right month
  in most cases. Vague or anaphoric spans ("recently", "in the coming months", "the same
  year", "two days later") are not dated statements and are skipped.

Rows carry the ``events`` contract columns (``precision``: year, month, week or day;
``relative``; ``rule``: the grammar rule, then ``|resolved:<reference source>`` or
``|unresolved:<why>``) plus ``anchor`` (the relative date to resolve, see
:func:`analysis.loading.dates.resolve_anchor`), ``tense``, ``sentence_start`` and, after
:func:`analysis.extraction.event_resolve.resolve`, ``resolved_against`` (the reference date used).
"""
from __future__ import annotations

import hashlib
import re

from ..loading.dates import MONTHS, make_date, month_number, weekday_number
from .problems import tell
from .spans import leftmost_longest

# ---- cue tables (general English; edit freely) ------------------------------------------------

# Verbs whose date is the time of a statement, not of an event in the story.
SPEECH_VERBS = {"say", "tell", "add", "speak", "comment", "remark", "write", "reply", "explain",
                "insist", "reiterate", "quote", "report", "state", "brief"}

# Event categories, decided from lemmas near the date: first the word the date is attached to,
# then its arguments, then its whole clause. Earlier categories win ties.
CATEGORY_CUES: dict[str, set[str]] = {
    "release": {"release", "free", "freedom", "pardon", "amnesty", "liberate", "liberation",
                "discharge", "unshackle"},
    "transfer": {"transfer", "deport", "deportation", "extradite", "extradition", "handover",
                 "swap", "exchange", "repatriate", "repatriation", "transport", "arrive",
                 "relocate", "expel", "expulsion", "send", "evacuate"},
    "sanctions": {"sanction", "embargo", "ban", "blacklist", "tariff", "restriction",
                  "freeze", "penalty"},
    "arrest": {"arrest", "detain", "detention", "jail", "imprison", "imprisonment", "incarcerate",
               "sentence", "convict", "conviction", "indict", "abduct", "capture",
               "kidnap", "prosecute", "incarceration"},
    "meeting": {"meet", "meeting", "talk", "visit", "negotiate", "negotiation", "summit",
                "discuss", "discussion", "host", "envoy", "conference"},
    "election": {"election", "vote", "ballot", "poll", "referendum", "elect", "campaign",
                 "inauguration", "reelection", "run"},
}

#: Category of a date attached only to a verb of saying ("X said on Saturday"): it dates the
#: report, not an event of the story; the timeline may leave these out.
STATEMENT = "statement"

# A bare 4-digit number is a year after one of these ("in 2020", "since 2019").
YEAR_PREPOSITIONS = {"in", "since", "by", "until", "till", "from", "during", "through", "before",
                     "after", "of", "circa", "throughout", "as of", "between", "and", "to"}
# Plural nouns that a year may modify without a determiner ("2020 elections", "in 2019 protests");
# before any other plural noun a 4-digit number is a count ("2000 soldiers", "1919 jobs").
EVENT_NOUNS = {"election", "protest", "riot", "war", "attack", "crisis", "game", "olympics",
               "uprising", "revolution", "invasion", "talk", "summit", "strike", "flood",
               "earthquake", "season", "budget", "census", "poll", "playoff", "final",
               "championship", "hearing", "negotiation", "sanction", "reform", "clash",
               "demonstration", "unrest", "crackdown", "amendment", "accord", "agreement",
               "law", "rule", "regulation", "figure", "data", "result", "statistic", "estimate"}
EVENT_NOUNS |= set().union(*CATEGORY_CUES.values())
# Modal auxiliaries that, before a bare verb, put the clause in the future ("may travel in May").
FUTURE_MODALS = {"will", "shall", "'ll", "wo", "may", "might", "could", "should", "must", "can",
                 "ought"}
# Present-tense verbs that describe a state, not a timetable ("is", "has", "remains").
STATIVE_VERBS = {"be", "have", "remain", "stay", "seem", "appear", "belong", "know", "live",
                 "hold", "own", "mean", "include", "contain", "continue"}
# A present-tense verb governing the dated verb that makes it future ("plans to meet on Friday").
FUTURE_GOVERNORS = {"plan", "expect", "due", "set", "schedule", "intend", "aim", "prepare", "hope",
                    "go"}
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}

# ---- the date grammar -------------------------------------------------------------------------

_SP = r"[ \t\u00a0]+"
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MON_FULL = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
             r"December|Sept)")
_MON = rf"(?:{_MON_FULL}\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?:\.|\b))"
_YEAR = r"(?<![\d.,$£€©/-])(?:19\d\d|20\d\d|2100)(?!\d|[.,/]\d|s\b|-\d)"
# a bare year also has no digit group beside it ("0800 2020 1999" is a phone number)
_YEAR_BARE = rf"(?<!\d[ \t])(?<!\d\u00a0){_YEAR}(?![ \t\u00a0]?\d)"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
_PREP = (r"(?i:on|in|since|by|until|till|from|during|through|before|after|as[ ]of|starting|"
         r"throughout|between|of|circa)")
_PART = r"(?i:early|mid|late|the[ ](?:end|start|beginning|middle)[ ]of)"
_WDPRE = rf"(?:{_WD},?{_SP})?"
_NUM = r"(?:\d{1,2}|(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))"

_PATTERNS = [
    ("full_dmy",
     rf"{_WDPRE}(?:the{_SP})?(?P<d>{_DAY})(?:{_SP}of)?{_SP}(?P<m>{_MON}),?{_SP}(?P<y>{_YEAR})"),
    ("full_mdy", rf"{_WDPRE}(?P<m>{_MON}){_SP}(?P<d>{_DAY})\b,?{_SP}(?P<y>{_YEAR})"),
    ("iso", r"(?<![\d-])(?P<y>(?:19|20)\d\d)-(?P<mn>[01]\d)-(?P<d>[0-3]\d)(?![\d-])"),
    ("month_year", rf"(?:(?P<part>{_PART})[- ]?)?(?P<m>{_MON}),?{_SP}(?:of{_SP})?(?P<y>{_YEAR})"),
    ("day_month", rf"{_WDPRE}(?:the{_SP})?(?P<d>{_DAY})(?:{_SP}of)?{_SP}(?P<m>{_MON})"
                  rf"|{_WDPRE}(?P<m2>{_MON}){_SP}(?P<d2>{_DAY})\b(?![:.,]?\d)"),
    ("numeric", r"(?<![\d/.])(?P<a>[0-3]?\d)[/.](?P<b>[01]?\d)[/.](?P<y>(?:19|20)\d\d)(?!\d|"
     r"[/.]\d)"),
    ("year_part", rf"(?P<part>(?i:early|mid|late))[- ]?(?P<y>{_YEAR})"),
    ("year", rf"(?P<y>{_YEAR_BARE})"),
    ("weekday", rf"(?:(?P<mod>(?i:last|next|this|coming)){_SP})?(?P<wd>{_WD})(?:['’]s)?"
                rf"(?:{_SP}(?i:morning|afternoon|evening|night))?\b"),
    ("weekend", rf"(?:(?P<mod>(?i:last|next|this)){_SP}|(?i:over|at|"
     rf"during){_SP}the{_SP})(?i:weekend)\b"),
    ("month", rf"(?:(?P<mod>(?i:last|next|this)){_SP})?(?:(?P<part>{_PART})[- "
     rf"]?)?(?P<m>{_MON_FULL})\b(?!(?:{_SP})?\d)"),
    ("cal", rf"(?:(?i:earlier|later|late|early){_SP}|(?i:the{_SP}(?:end|start|beginning|"
     rf"middle){_SP}of){_SP})?"
            rf"(?P<mod>(?i:this|last|next)){_SP}(?P<unit>(?i:week|month|year))\b"
            rf"|(?i:the{_SP}(?:end|start|beginning|"
                rf"middle){_SP}of){_SP}(?P<mod2>(?i:the)){_SP}(?P<unit2>(?i:week|month|year))\b"),
    ("season", rf"(?P<mod>(?i:this)){_SP}(?P<season>(?i:spring|summer|autumn|fall|winter))\b"),
    ("ago", rf"(?P<n>{_NUM}){_SP}(?P<unit>(?i:day|week|month|year))s?{_SP}(?i:ago)\b"),
    ("dayword", r"(?P<word>(?i:yesterday|today|tomorrow|tonight|last[ ]night|"
                r"this[ ](?:morning|afternoon|evening)))\b"),
]
# "KYIV, Dec 13 (Reuters) -", "KATHMANDU, Oct 7:" and a dateline set apart as a paragraph of
# its own ("New Delhi, Feb 1"): the date of the report, not an event in it.
_DATELINE_BEFORE = re.compile(r"^\s*[A-Z][^\n,()]{0,40},[ \t]*(?:[A-Z][^\n,()]{0,30},[ \t]*)?$")
_DATELINE_AFTER = re.compile(r"^,?[ \t]*(?:\d{4})?[ \t]*(?:\([^)\n]{1,40}\))?[ \t]*(?:[-–—:]|$)")
# "El Plateado, (APP - Site / Site News - 9th Mar, 2025)": the date inside a bracketed credit
_CREDIT_BEFORE = re.compile(r"^\s*[A-Z][^\n,()]{0,40},[ \t]*\([^()\n]{0,80}$")
_CREDIT_AFTER = re.compile(r"^[^()\n]{0,10}\)")
_PRIORITY = {name: i for i, (name, _) in enumerate(_PATTERNS)}
_REGEXES = [(name, re.compile(rf"(?<![\w'’-])(?:(?P<prep>{_PREP}){_SP})?(?:{pat})")) for name,
            pat in _PATTERNS]
_NOMINAL_DEPS = {"nummod", "compound", "amod", "poss", "nmod"}
# Named-entity types that make a weekday, month or year part of a name rather than a date.
_NAMES = ("PERSON", "ORG", "FAC", "GPE", "LOC", "PRODUCT", "WORK_OF_ART", "EVENT")
_NAME_TYPES = {"weekday": _NAMES, "month": _NAMES, "day_month": _NAMES,
               "year": ("PERSON", "FAC", "GPE", "LOC", "PRODUCT")}
_DAYWORD_OFFSET = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0, "last night": -1,
                   "this morning": 0, "this afternoon": 0, "this evening": 0}


def _candidates(text: str) -> list[tuple[int, int, str, re.Match]]:
    """Every grammar match, then leftmost-longest without overlaps (an invalid long match such as
    "31 February 2025" still hides the shorter ones inside it)."""
    found = []
    for name, rx in _REGEXES:
        for m in rx.finditer(text):
            if m.end() > m.start():
                found.append((m.start(), m.end(), name, m))
    return leftmost_longest(found, tie=lambda c: (_PRIORITY[c[2]],))


def _interpret(name: str, m: re.Match) -> dict | None:
    """What a grammar match means: an absolute date, or an anchor to resolve later."""
    g = m.groupdict()
    if name in ("full_dmy", "full_mdy", "iso"):
        mon = int(g["mn"]) if g.get("mn") else month_number(g["m"])
        d = make_date(int(g["y"]), mon or 0, int(re.sub(r"\D", "", g["d"])))
        return {"date": d.isoformat(), "precision": "day", "relative": False} if d else None
    if name == "numeric":  # 13/03/2021 or 03/13/2021; when both parts could be the month, the year
        a, b, y = int(g["a"]), int(g["b"]), int(g["y"])
        d = make_date(y, b, a) if a > 12 else make_date(y, a, b) if b > 12 else None
        if d:
            return {"date": d.isoformat(), "precision": "day", "relative": False}
        if 1 <= a <= 12 and 1 <= b <= 12:
            return {"date": f"{y:04d}", "precision": "year", "relative": False}
        return None
    if name == "month_year":
        return {"date": f"{int(g['y']):04d}-{month_number(g['m']):02d}", "precision": "month",
                "relative": False}
    if name in ("year", "year_part"):
        return {"date": g["y"], "precision": "year", "relative": False}
    if name == "day_month":
        mon, day = (g["m"], g["d"]) if g.get("m") else (g["m2"], g["d2"])
        mnum, dnum = month_number(mon), int(re.sub(r"\D", "", day))
        # a day that exists in no year (31 February) is no date
        if not mnum or make_date(2000, mnum, dnum) is None:
            return None
        return {"anchor": f"daymonth:{mnum}-{dnum}", "precision": "day", "relative": True}
    mod = (g.get("mod") or "none").lower()
    mod = "next" if mod == "coming" else mod
    if name == "weekday":
        return {"anchor": f"weekday:{weekday_number(g['wd'])}:{mod}", "precision": "day",
                "relative": True}
    if name == "weekend":
        n = {"last": -1, "next": 1}.get(mod, 0)
        return {"anchor": f"weekend:{n}", "precision": "week", "relative": True}
    if name == "month":
        return {"anchor": f"month:{MONTHS[g['m'].lower()]}:{mod}", "precision": "month",
                "relative": True}
    if name == "season":  # "this spring": the reference year, no finer
        return {"anchor": "cal:year:0", "precision": "year", "relative": True}
    if name == "cal":
        unit = (g.get("unit") or g["unit2"]).lower()
        n = {"last": -1, "next": 1}.get(mod, 0)
        return {"anchor": f"cal:{unit}:{n}", "precision": unit, "relative": True}
    if name == "ago":
        n = g["n"].lower()
        n = int(n) if n.isdigit() else NUMBER_WORDS.get(n)
        if not n:
            return None
        unit = g["unit"].lower()
        return {"anchor": f"offset:{unit}:{-n}", "precision": unit, "relative": True}
    if name == "dayword":
        word = " ".join(g["word"].lower().split())
        return {"anchor": f"offset:day:{_DAYWORD_OFFSET[word]}", "precision": "day",
                "relative": True}
    return None


# ---- reading the parse ------------------------------------------------------------------------

def _core_token(doc, m: re.Match, offset: int):
    """The token carrying the date (the year, weekday, month or unit word)."""
    for key in ("y", "wd", "m", "m2", "unit", "unit2", "season", "word"):
        if m.groupdict().get(key):
            span = doc.char_span(offset + m.start(key), offset + m.end(key),
                                 alignment_mode="expand")
            if span is not None and len(span):
                return span[-1] if key != "word" else span[0]
    span = doc.char_span(offset + m.start(), offset + m.end(), alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _year_in_date_context(tok, prep: str | None) -> str | None:
    """Why a bare 4-digit number is a year here ("prep", "ner", "adjectival"), or None when it is
    a count ("2000 troops") or something else."""
    if tok is None:
        return "prep" if prep else None
    counted = (tok.dep_ in ("nummod", "compound", "amod") and tok.head.i > tok.i
               and tok.head.tag_ in ("NNS", "NNPS") and tok.head.lemma_.lower() not in EVENT_NOUNS)
    if counted:
        return None
    if tok.ent_type_ in ("DATE", "EVENT"):  # "the 2014 Winter Olympics" is an EVENT span
        return "ner"
    if tok.ent_type_ in ("CARDINAL", "QUANTITY", "MONEY", "PERCENT", "TIME"):
        return None
    if prep and " ".join(prep.lower().split()) in YEAR_PREPOSITIONS:
        return "prep"
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.tag_ == "POS":
        return "possessive"
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    if (prev is not None and (prev.dep_ in ("det", "poss") or prev.tag_ in ("DT", "PRP$", "POS"))
            and tok.dep_ in ("nummod", "compound", "amod", "nmod") and tok.head.i > tok.i
            and tok.head.tag_ in ("NN", "NNP", "NNS", "NNPS")):
        return "adjectival"
    return None


def _attachment(core, span_tokens: set[int]):
    """(verb, noun) the date hangs on: the nearest verb above it, and the noun it directly
    modifies when it is a modifier ("the 2020 election" → election)."""
    if core is None:
        return None, None
    tok = core
    while tok.head.i in span_tokens and tok.head.i != tok.i:
        tok = tok.head
    noun = None
    if tok.dep_ in _NOMINAL_DEPS and tok.head.pos_ in ("NOUN",
                                                       "PROPN") and tok.head.i not in span_tokens:
        noun = tok.head
    verb, seen = tok.head if tok.head.i != tok.i else tok, 0
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i and seen < 20:
        verb, seen = verb.head, seen + 1
    if verb.pos_ not in ("VERB", "AUX"):
        verb = None
    return verb, noun


def _reported(verb) -> bool:
    """Is ``verb``'s clause (or a clause it is coordinated with) what someone said?"""
    t = verb
    for _ in range(3):
        if t.dep_ == "ccomp" and t.head.lemma_.lower() in SPEECH_VERBS | {"promise", "announce",
                                                                          "warn", "predict"}:
            return True
        if t.dep_ != "conj" or t.head.i == t.i:
            return False
        t = t.head
    return False


def _tense(verb) -> str | None:
    """'future', 'past' or 'present' for the clause of ``verb``."""
    if verb is None:
        return None
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in ("will", "shall", "'ll", "wo") for a in auxes):
        return "future"
    if verb.tag_ == "VB" and any(a.lower_ in FUTURE_MODALS for a in auxes) and \
            not any(a.lemma_ == "have" for a in auxes):
        return "future"  # "may travel in March", "could resume on Monday"
    if verb.lemma_.lower() in FUTURE_GOVERNORS and verb.tag_ == "VBN" and \
            any(a.lemma_ == "be" and a.tag_ in ("VBZ", "VBP") for a in auxes):
        return "future"  # "is scheduled for Friday", "are expected on Monday"
    head = verb.head
    if verb.dep_ == "xcomp" and head.pos_ in ("ADJ",
                                              "VERB") and head.lemma_.lower() in FUTURE_GOVERNORS \
            and head.dep_ == "acomp" and head.head.lemma_ == "be" and head.head.tag_ in ("VBZ",
                                                                                         "VBP"):
        return "future"  # "is due to open on Monday"
    if verb.dep_ == "xcomp" and head.lemma_.lower() in FUTURE_GOVERNORS:
        head_auxes = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
        if any(a.lower_ in ("will", "shall", "'ll") for a in head_auxes) or \
                head.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in head_auxes):
            return "future"
    if any(a.lower_ == "would" for a in auxes) and not any(a.lemma_ == "have" for a in auxes) \
            and _reported(verb):
        return "future"  # "said the school would reopen in January": future in the past
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" or a.lower_ == "would" for a in auxes):
        return "past"
    if verb.dep_ == "xcomp" and verb.tag_ in ("VBG", "VB") and not auxes \
            and head.pos_ in ("VERB", "AUX") and head.i != verb.i:
        return _tense(head)  # "began releasing 40 on Friday": the tense of "began"
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and not auxes \
            and head.pos_ in ("VERB", "AUX") and head.i != verb.i:
        return _tense(head)  # "Speaking on Sunday, the general said": the tense of "said"
    if verb.tag_ == "VBN":
        return "past"
    if verb.tag_ == "VBG" and any(a.lemma_ == "be" and a.tag_ in ("VBZ", "VBP") for a in auxes):
        return "future"  # "are meeting on Friday"
    if verb.tag_ in ("VBZ", "VBP", "VB", "VBG"):
        return "present"
    return None


def _modifiers(tok, lo: int = 0) -> list:
    """``tok``'s compound and adjective modifiers (with theirs) from character ``lo`` on, dates
    and numbers left out."""
    out = []
    for c in tok.lefts:
        if c.dep_ in ("compound",
                      "amod") and c.ent_type_ != "DATE" and not c.like_num and c.idx >= lo:
            out += _modifiers(c, lo) + [c]
    return out


def _scheduled(verb, core, span_tokens: set[int], s_text: str) -> bool:
    """A simple present that reads as a timetable ("the court rules on Monday"): an eventive
    verb the date hangs on directly, in running text (headlines use the present for the past)."""
    if verb is None or core is None or verb.lemma_.lower() in STATIVE_VERBS:
        return False
    if not s_text.rstrip().endswith((".", "!", "?", '"', "”", "’", "'")):
        return False
    tok = core
    while tok.head.i in span_tokens and tok.head.i != tok.i:
        tok = tok.head
    return tok.head.i == verb.i


def _np(tok, depth: int = 0, lo: int = 0) -> str:
    """A short noun phrase: modifiers, the noun, and one "of ..." complement."""
    if tok is None:
        return ""
    words = _modifiers(tok, lo) + [tok]
    text = " ".join(w.text if w.pos_ == "PROPN" or w.ent_type_ else w.lower_ for w in words)
    if depth < 1:
        for c in tok.rights:
            if c.dep_ == "prep" and c.lower_ == "of":
                objs = [o for o in c.children if o.dep_ == "pobj"]
                if objs:
                    text += " of " + _np(objs[0], depth + 1, lo)
                break
    return text


def _what(verb, noun, lo: int = 0) -> str | None:
    """A short predicate + object ("ordered release of prisoners") or the dated noun phrase,
    from words at or after character ``lo`` (the sentence's start)."""
    if noun is not None:
        return _np(noun, lo=lo) or None
    if verb is None:
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        subj = verb.head
    if subj is None and verb.dep_ == "acl":
        subj = verb.head
    if subj is not None and subj.pos_ == "PRON" and subj.tag_ != "DT":
        subj = None
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "attr", "oprd")), None)
    if subj is not None and subj.idx < lo:
        subj = None
    parts = [_np(subj, lo=lo) if subj is not None else ""]
    parts += ["not" for c in verb.children if c.dep_ == "neg"]
    parts.append(verb.lower_)
    parts += [c.lower_ for c in verb.children if c.dep_ == "prt"]
    if obj is not None:
        parts.append(_np(obj, lo=lo))
    else:
        xcomp = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        if xcomp is not None:
            xobj = next((c for c in xcomp.children if c.dep_ == "dobj"), None)
            parts += ["to", xcomp.lower_, _np(xobj, lo=lo)]
    words = " ".join(p for p in parts if p).split()
    return " ".join(words[:12]) or None


def _category(verb, noun) -> str:
    """The first category whose cue lemma appears near the date (see CATEGORY_CUES)."""
    top = noun if noun is not None else verb
    if top is None:
        return "other"
    args = [c for c in top.children if c.dep_ in ("dobj", "nsubj", "nsubjpass", "xcomp", "attr",
                                                  "prt", "prep")]
    args += [g for c in args if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    args += [g for c in args if c.dep_ in ("dobj", "xcomp") for g in c.subtree]
    for group in ([top], args, list(top.subtree)):
        lemmas = {t.lemma_.lower() for t in group}
        for cat, cues in CATEGORY_CUES.items():
            if lemmas & cues:
                return cat
    if top.dep_ == "advcl" and top.head.lemma_.lower() in CATEGORY_CUES["arrest"]:
        # "boys who were kidnapped after a gunman attacked a school on Friday": the clause
        # that dates the capture is part of it
        return "arrest"
    return "other"


def event_id(article_id: str, start: int, end: int) -> str:
    """Stable id of a date expression in an article."""
    return "ev_" + hashlib.sha1(f"{article_id}:{start}:{end}".encode()).hexdigest()[:12]


def extract_date_mentions(doc, article_id: str, *, keep_speech: bool = True,
                          problems: list[dict] | None = None) -> list[dict]:
    """One row per date expression in ``doc`` (absolute and relative; relative ones unresolved
    until :func:`resolve`). Columns as the ``events`` frame plus ``anchor`` and ``tense``.
    An expression the rules fail on is left out and told in ``problems`` (stage ``date``)."""
    rows: list[dict] = []
    for off, text in _segments(doc):
        for start, end, name, m in _candidates(text):
            try:
                row = _row(doc, off, text, article_id, start, end, name, m, keep_speech)
            except Exception as exc:  # one odd expression never loses the article
                tell(problems, "date", f"the date \"{text[start:end]}\" at characters "
                     f"{off + start}-{off + end} was left out", exc)
                row = None
            if row:
                rows.append(row)
    rows.sort(key=lambda r: (r["start"], r["end"]))
    return rows


def _segments(doc):
    """(offset, text) of each sentence, also split at blank lines (a headline the parser ran
    into the first sentence is a sentence of its own)."""
    for sent in doc.sents:
        base, text, pos = sent.start_char, sent.text, 0
        for br in re.finditer(r"\n[ \t]*\n\s*", text):
            if text[pos:br.start()].strip():
                yield base + pos, text[pos:br.start()]
            pos = br.end()
        if text[pos:].strip():
            yield base + pos, text[pos:]


# The far end of a span of days that gives the year for both: "between 1 January| and 6
# August 2024", "from March 3| to April 9, 2023".
_RANGE_END = re.compile(rf"[ \t]*(?:and|to|until|till|through|[-–])[ \t]+(?:(?P<d>{_DAY}){_SP}"
                        rf"(?P<m>{_MON})|(?P<m2>{_MON}){_SP}(?P<d2>{_DAY})\b),?{_SP}"
                        rf"(?P<y>{_YEAR})")


def _year_from_range_end(meaning: dict, after: str) -> dict:
    """A day and month with no year of their own that open a span of days whose far end
    gives one ("between 1 January and 6 August 2024"): that year's day (the year before,
    when the span crosses New Year), no longer relative."""
    m = _RANGE_END.match(after)
    if m is None or not str(meaning.get("anchor", "")).startswith("daymonth:"):
        return meaning
    mnum, dnum = (int(x) for x in meaning["anchor"].split(":")[1].split("-"))
    end_month = month_number(m.group("m") or m.group("m2"))
    year = int(m.group("y")) - (1 if end_month and mnum > end_month else 0)
    d = make_date(year, mnum, dnum)
    return {"date": d.isoformat(), "precision": "day", "relative": False} if d else meaning


def _row(doc, off, s_text, article_id, start, end, name, m, keep_speech) -> dict | None:
    meaning = _interpret(name, m)
    if meaning is None:
        return None
    meaning = _year_from_range_end(meaning, s_text[end:end + 40])
    if _DATELINE_BEFORE.match(s_text[:start]) and _DATELINE_AFTER.match(s_text[end:]):
        return None
    if _CREDIT_BEFORE.match(s_text[:start]) and _CREDIT_AFTER.match(s_text[end:]):
        return None
    core = _core_token(doc, m, off)
    prep = m.group("prep")
    rule = name
    if name == "year":
        why = _year_in_date_context(core, prep)
        if why is None:
            return None
        rule = f"year:{why}"
    if core is not None and core.ent_type_ in _NAME_TYPES.get(name, ()):
        return None  # "Bloody Sunday", "the April 6 Movement", "2020 Main Street"
    if name == "weekday" and not (prep or m.group("mod")) and core is not None and core.i > 0:
        prev = doc[core.i - 1]
        if (prev.is_title and not prev.is_sent_start and not prev.ent_type_
            and prev.pos_ in ("ADJ", "PROPN")):
            return None  # "Bloody Sunday", "Super Tuesday": a name
    if name == "year" and core is not None and (core.head.ent_type_ == "FAC" or (
            core.i + 1 < len(doc) and doc[core.i + 1].ent_type_ == "FAC")):
        return None  # "2020 Main Street"
    if name == "month" and not (prep or m.group("mod") or m.group("part")) and \
            (core is None or core.ent_type_ != "DATE"):
        return None  # a bare "May" or "March" may be a verb or a name
    span = doc.char_span(off + start, off + end, alignment_mode="expand")
    span_tokens = {t.i for t in span} if span is not None else set()
    verb, noun = _attachment(core, span_tokens)
    statement = noun is None and verb is not None and verb.lemma_.lower() in SPEECH_VERBS
    if statement and not keep_speech:
        return None
    tense = _tense(verb)
    if tense == "present" and _scheduled(verb, core, span_tokens, s_text):
        tense = "scheduled"
    lead = len(s_text) - len(s_text.lstrip())
    return {
        "event_id": event_id(article_id, off + start, off + end),
        "article_id": article_id,
        "date": meaning.get("date"),
        "precision": meaning["precision"] if not meaning["relative"] else None,
        "relative": bool(meaning["relative"]),
        "expression": m.group(0),
        "what": _what(verb, noun, off + lead),
        "category": STATEMENT if statement else _category(verb, noun),
        "sentence": s_text.strip(),
        "start": off + start,
        "end": off + end,
        "rule": rule,
        "anchor": meaning.get("anchor"),
        "tense": tense,
        "sentence_start": off + lead,
    }
