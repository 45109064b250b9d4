"""When a figure holds: its time phrase, the day or period its sentence dates, a count held
as of earlier or before the release, a further batch, a count so far; and the split of a
quantity by the days its claims give."""
from __future__ import annotations

import calendar
import collections
import re

import pandas as pd

from .. import kinds as kind_registry
from ..extraction import cues
from ..schema import date_label
from .copies import _two_sides
from .rows import (
    _around,
    _bare,
    _by_sentence,
    _contains,
    _interval,
    _most_given,
    _overlap,
    _qualifier,
    _release_figures,
)
from .summary import is_missing

FURTHER_BATCH = "a further batch"
IN_ALL = "all releases together"


def _when_key(kind, when) -> str:
    if when == FURTHER_BATCH:
        return FURTHER_BATCH
    if kind not in kind_registry.timed() or is_missing(when):
        return ""
    return " ".join(w for w in re.findall(r"\w+", str(when).lower())
                    if w not in {"in", "on", "since", "during", "by", "the", "of"})


#: The events category of a capture, an arrest or a sentence: its day dates the people's
#: capture ("eight teachers who were abducted on Tuesday have been rescued"), never a release
#: or a move (a count "being held" in November is as of then: the same category).
CAPTURE = "arrest"


#: A time phrase that opens a span ("held since July 10").
_SPAN_START = re.compile(r"\s*(?:ever\s+)?since\b", re.I)


#: Before a span's opening: the people's holding it dates ("held", "in captivity").
_HELD_BEFORE = re.compile(r"\b(?:held|kept|detained|jailed|imprisoned|incarcerated|interned|"
                          r"arrested|captured|seized|abducted|kidnapped|behind\s+bars|%s)"
                          r"(?:\s+[\w'’-]+){0,4}\s*$" % "|".join(sorted(cues.HELD_IN)), re.I)


def _opens_a_span(expr: str, sent: str) -> bool:
    """Does the time phrase open the span of people's holding ("the 46 soldiers held by the
    junta since July 10 are finally free")? It dates when they were taken, never their
    release or move; "pardoned since July" still dates the pardons."""
    expr = expr.strip()
    at = sent.lower().find(expr.lower())
    return bool(_SPAN_START.match(expr)) and at > 0 and bool(_HELD_BEFORE.search(sent[:at]))


def _dated_sentences(events: pd.DataFrame | None, statements: bool = False,
                     captures: bool = False) -> dict[tuple, list[tuple[str, str, str]]]:
    """(article_id, sentence) → [(time phrase, period, precision)] of the sentence's dated
    events in text order, statements and captures left out unless asked for; the period at
    the event's precision ("2024", "2024-03", "2024-03-09")."""
    if events is None or events.empty or not {"article_id", "sentence", "date",
                                              "precision"} <= set(events.columns):
        return {}
    ev = events.sort_values(["article_id", "start"],
                            kind="stable") if "start" in events.columns else events
    cats = ev["category"] if "category" in ev.columns else [None] * len(ev)
    exprs = ev["expression"] if "expression" in ev.columns else [""] * len(ev)
    out: dict[tuple, list[tuple[str, str, str]]] = collections.defaultdict(list)
    for aid, sent, date, prec, expr, cat in zip(ev["article_id"], ev["sentence"], ev["date"],
                                                ev["precision"],
                                                exprs, cats):
        label = "" if is_missing(date) or (str(cat) == "statement" and not statements) \
            or (str(cat) == CAPTURE and not captures) \
            or (not captures and _opens_a_span(str(expr), str(sent))) \
            else date_label(date, prec)
        if label:
            out[(aid, sent)].append((" ".join(str(expr).lower().split()), label, str(prec)))
    return out


def _day_of(r: dict, dated: dict) -> str:
    """The day a claim's sentence dates: its first event given to the day."""
    return next((label for _, label, prec in dated.get((r["article_id"], r["sentence"]),
                                                       ()) if prec == "day"), "")


def _period_of(r: dict, dated: dict) -> str:
    """The period a claim's own time phrase resolves to ("in March" → "2026-03"): the event
    of its sentence written with the same words, else the sentence's only dated event."""
    found = dated.get((r["article_id"], r["sentence"]), [])
    when = " ".join(str(r.get("when") or "").lower().split())
    same = sorted({label for expr, label, _ in found if when and expr == when})
    if len(same) == 1:
        return same[0]
    labels = sorted({label for _, label, _ in found})
    return labels[0] if len(labels) == 1 else ""


def _reference_dates(articles: pd.DataFrame | None) -> dict[str, str]:
    """article_id → the day its relative dates resolve against ("2023-12-13"), where known."""
    if articles is None or articles.empty:
        return {}
    col = next((c for c in ("reference_date", "published") if c in articles.columns), None)
    if col is None:
        return {}
    return {str(a): str(pd.Timestamp(d).date()) for a, d in zip(articles["article_id"],
                                                                 articles[col])
            if not is_missing(d)}


#: How long before its article a release it dates by day and year is another, earlier one.
LONG_BEFORE_DAYS = 180


# A recent time phrase of a release told after the fact: "last week", "on Thursday last
# week", "earlier this month", "days ago".
_RECENT = re.compile(r"\blast\s+(?:week|weekend|month)\b|\bearlier\s+this\s+(?:week|month)\b|"
                     r"\b(?:\w+|a\s+few)\s+days\s+ago\b", re.I)


# A release measured from another event: "came days after a swap of three for two".
_MEASURED_AFTER = re.compile(r"\b(?:hours?|days?|weeks?)\s+after\b", re.I)
_WEEKS_AFTER = re.compile(r"\bweeks?\s+after\b", re.I)
_ESCAPE = re.compile(r"\b(?:escap\w*|fled|flee\w*|broke\s+out)\b", re.I)


#: How far apart (a share of the larger) a count held and the release's figure may be and
#: still count the same people ("around 60 held" beside "66 freed").
NEAR_FIGURE = 0.1


#: At most this many distinct earlier figures of one article are tried in sums.
_MOST_EARLIER_SUMMED = 6


def _running_totals(rows: list[dict]) -> list[dict]:
    """The rows without the running totals of a release told in stages: "all 17 of its
    members have been released" beside the same article's "the remaining 12 were freed" and
    "five were freed earlier" counts every release so far, this one's and the earlier ones,
    so it is no figure of this release (nor a rival of the 12)."""
    def freed(kind):
        found = collections.defaultdict(set)
        for r in rows:
            if r["kind"] == kind and r.get("prospective") is not True:
                found[r["article_id"]].add(float(r["value"]))
        return found

    released, earlier = freed(kind_registry.RELEASED), freed(kind_registry.EARLIER_RELEASE)
    totals = set()
    for aid, before in earlier.items():
        before = sorted(before)[:_MOST_EARLIER_SUMMED]
        sums = {sum(before[i] for i in range(len(before)) if mask >> i & 1)
                for mask in range(1, 2 ** len(before))}
        totals |= {(aid, v) for v in released.get(aid, ()) if any(
            v - s in released[aid] for s in sums if s < v)}
    return [r for r in rows if not (r["kind"] == kind_registry.RELEASED
                                    and (r["article_id"], float(r["value"])) in totals)]


def _stages_of_a_release(rows: list[dict]) -> None:
    """ "All 54 fishermen were released" and, in the same article, "40 of them were released
    on Friday and the remaining 14 on Saturday": two figures of the release in one sentence
    that add up to another of its figures are its stages, parts of that whole."""
    facts = [r for r in rows if r["kind"] == kind_registry.RELEASED
             and r.get("prospective") is not True and not r["_both"]]
    told = collections.defaultdict(set)  # article → (value, sentence) of its figures
    for r in facts:
        told[r["article_id"]].add((float(r["value"]), str(r.get("sentence"))))
    for (aid, sent), members in _by_sentence(facts).items():
        values = sorted({float(r["value"]) for r in members})
        pairs = {(a, b) for i, a in enumerate(values) for b in values[i + 1:]
                 if any(v == a + b and s != sent for v, s in told[aid])}
        staged = {v for pair in pairs for v in pair}
        for r in members:
            if float(r["value"]) in staged:
                r["subset"] = True


#: After a figure: the set it is picked from ("40 of the 54 fishermen").
_OF_A_SET = r"\s+of\s+(?:the|these|those|its|their)\s+(\d[\d,]*)\b"


def _part_of_a_release_elsewhere(rows: list[dict]) -> None:
    """ "Released 40 of the 54 fishermen" where other sources free all 54: the 40 are a
    part of that release (its first stage), not a rival figure of it."""
    freed = collections.defaultdict(set)  # value → articles that free that many
    for r in rows:
        if r["kind"] == kind_registry.RELEASED and r.get("prospective") is not True:
            freed[float(r["value"])].add(r["article_id"])
    for r in rows:
        if r["kind"] != kind_registry.RELEASED or not r.get("expression"):
            continue
        m = re.search(re.escape(str(r["expression"])) + _OF_A_SET, str(r.get("sentence") or ""))
        whole = float(m.group(1).replace(",", "")) if m else None
        if whole is not None and whole > float(r["value"]) \
                and freed.get(whole, set()) - {r["article_id"]}:
            r["subset"] = True


def _freed_before_the_release(rows: list[dict]) -> None:
    """ "272 workers were rescued, but 955 remained trapped", where most sources give 955 as
    the release: people freed while the release's own people were still held were freed
    before it, an earlier release, no rival of its figure."""
    main = _release_figures(rows)
    held = {(r["article_id"], str(r.get("sentence"))) for r in rows
            if r["kind"] == kind_registry.REMAINING and float(r["value"]) in main}
    # an article that gives no figure of the release and counts about its people as still
    # held ("around 60 soldiers have been held since the weekend", beside sources that free
    # 66) was written before it: what it tells as freed was freed before
    def near_main(r):  # "more than 950" beside 955: the release's figure, hedged
        return any(abs(float(r["value"]) - m) <= NEAR_FIGURE * m for m in main)

    gives_main = {r["article_id"] for r in rows
                  if r["kind"] == kind_registry.RELEASED and near_main(r)}
    before = {r["article_id"] for r in rows
              if r["kind"] == kind_registry.REMAINING and r.get("prospective") is not True
              and r["article_id"] not in gives_main and near_main(r)}
    for r in rows:
        if r["kind"] == kind_registry.RELEASED and r.get("prospective") is not True \
                and float(r["value"]) not in main \
                and ((r["article_id"], str(r.get("sentence"))) in held
                     or (r["article_id"] in before and not near_main(r))):
            r["kind"] = kind_registry.EARLIER_RELEASE


def _released_on_an_earlier_day(rows: list[dict], dated: dict,
                                reference: dict[str, str] | None = None) -> None:
    """ "Two were released on Nov. 21" beside a release most sources date to 16 December: a
    release its own time phrase dates to a day a week or more before the day the most
    articles (two at least) date the release's own figure to is an earlier one, when its
    figure is not the release's own and its sentence does not date that day too. Where no
    day of the release is settled, see ``_released_weeks_before_its_article``."""
    freed = [r for r in rows
             if r["kind"] == kind_registry.RELEASED and r.get("prospective") is not True]
    day_of = [(r, _own_day(r, dated)) for r in freed]
    main = _release_figures(rows)
    days: dict[str, set] = collections.defaultdict(set)
    for r, day in day_of:  # the days the release's own figure is dated to
        if len(day) == 10 and float(r["value"]) in main:
            days[day].add(r["article_id"])
    ranked = sorted(days, key=lambda d: len(days[d]), reverse=True)
    if not ranked or len(days[ranked[0]]) < 2 or (
            len(ranked) > 1 and len(days[ranked[1]]) == len(days[ranked[0]])):
        # no release day settled (two sources at least dating it, no other day tied): each
        # article's own day bounds its earlier releases instead
        _released_weeks_before_its_article(day_of, main, reference or {})
        return
    main_day = ranked[0]
    for r, day in day_of:
        # (not a sentence that also dates the release itself: "released on Monday the 20
        # hostages taken on October 7, 2023 in exchange for 1,968", the capture's day)
        told_that_day = any(label == main_day
                            for _, label, _ in dated.get((r["article_id"], r["sentence"]), ()))
        if len(day) == 10 and float(r["value"]) not in main and not told_that_day \
                and (pd.Timestamp(main_day) - pd.Timestamp(day)).days >= WEEK:
            r["kind"] = kind_registry.EARLIER_RELEASE


def _released_weeks_before_its_article(day_of: list[tuple[dict, str]], main: set[float],
                                       reference: dict[str, str]) -> None:
    """ "One hundred were released on December 8", in an article of 22 December that also
    gives the release's own figure (130, undated, as every source leaves it): a release a
    week or more before its article, beside the article's own, is an earlier one."""
    gives_main = {r["article_id"] for r, _ in day_of if float(r["value"]) in main}
    for r, day in day_of:
        written = reference.get(str(r["article_id"]))
        if len(day) == 10 and written and float(r["value"]) not in main \
                and r["article_id"] in gives_main \
                and (pd.Timestamp(written) - pd.Timestamp(day)).days >= WEEK:
            r["kind"] = kind_registry.EARLIER_RELEASE


def _own_day(r: dict, dated: dict) -> str:
    """The day a claim's own time phrase resolves to ("on Nov. 21" → "2021-11-21"); "" for
    none, or a phrase that is no event of its sentence ("after months")."""
    when = " ".join(str(r.get("when") or "").lower().split())
    days = {label for expr, label, prec in dated.get((r["article_id"], r["sentence"]), ())
            if when and expr == when and prec == "day"}
    return days.pop() if len(days) == 1 else ""


def _release_told_after(rows: list[dict], reference: dict[str, str]) -> None:
    """"Pakistan released 198 fishermen last week", in an article that gives no release of its
    own (one on their arrival home): the story's release told after the fact, when its figure
    is the one most sources give for the release; not an earlier release. So is a release an
    article sets days before its own ("the soldiers were freed days after a swap of three
    for two") whose figure two other sources give as their release: the story's release, the
    article's own event a later one."""
    main = _release_figures(rows)
    freed = [r for r in rows
             if r["kind"] == kind_registry.RELEASED and r.get("prospective") is not True]
    own = {r["article_id"] for r in freed}
    givers = collections.defaultdict(set)  # figure → the articles that give it as released
    for r in freed:
        givers[float(r["value"])].add(r["article_id"])
    for r in rows:
        if r["kind"] != kind_registry.EARLIER_RELEASE or r.get("prospective") is True \
                or _dated_long_before(r, reference):
            continue
        value = float(r["value"])
        told_after = r["article_id"] not in own and value in main and _RECENT.search(
            str(r.get("when") or ""))
        # set days before the article's own event, given as released by two other sources
        # (an escape before a release stays an earlier event: "comes 10 days after five
        # escaped")
        sent = str(r.get("sentence") or "")
        # (weeks before it, a release of another figure is an earlier one: "freed two weeks
        # after 100 were rescued", beside this release's 130)
        measured = _MEASURED_AFTER.search(sent) and not _ESCAPE.search(sent) and len(
            givers.get(value, set()) - {r["article_id"]}) >= 2 and (
            value in main or not _WEEKS_AFTER.search(sent))
        if told_after or measured:
            r["kind"] = kind_registry.RELEASED


def _announced_inside_a_hedge(rows: list[dict]) -> None:
    """"23,314 prisoners will be released" in an article whose release is told only with
    hedges ("freed more than 23,000", "tens of thousands"), each of which allows it: the
    announced figure is the release's precise one, not a prospect apart. An announcement with
    a time of its own, a part, or a source's exact figure of the release keep it a prospect,
    and so does a hedge that allows it without rounding it ("over a dozen freed" beside
    "plans to release 553")."""
    facts = collections.defaultdict(list)
    for r in rows:
        if r["kind"] == kind_registry.RELEASED and r.get("prospective") is not True \
                and r.get("subset") is not True and not r.get("_both"):
            facts[r["article_id"]].append(r)
    for r in rows:
        own = facts.get(r["article_id"])
        if not own or r["kind"] != kind_registry.RELEASED or r.get("prospective") is not True \
                or r.get("subset") is True or r.get("_both") or not is_missing(r.get("when")) \
                or _qualifier(r) not in ("exact", "about"):
            continue
        if all(not _bare(f) and _contains(_interval(f), float(r["value"]))
               and _near_its_bound(f, float(r["value"])) for f in own):
            r["prospective"] = False


#: How far above an open hedge ("more than 23,000") a figure may lie and still be what it
#: rounds: within twice its bound, never "over a dozen" for 553.
OPEN_HEDGE_REACH = 2.0


def _near_its_bound(hedged: dict, value: float) -> bool:
    """Does an open-ended hedge ("freed more than 23,000") round the figure (23,314), rather
    than merely allow it ("over a dozen" allows 553 but does not tell it)?"""
    low, high = _interval(hedged)
    return high is not None or low is None or value <= OPEN_HEDGE_REACH * max(low, 1.0)


def _dated_long_before(r: dict, reference: dict[str, str], dated: dict | None = None) -> bool:
    """ "as happened on February 9, 2023 with 222 released prisoners" in an article of
    September 2024: a release (or a move) its sentence dates, with the year, to the day or
    the month ("in February 2023"), half a year or more before the article's own day is an
    earlier release, not the story's."""
    day, ref = r.get("_day") or "", reference.get(r["article_id"], "")
    if not day and dated is not None:
        day = _period_of(r, dated)
    if len(day) == 7:
        day += "-01"  # "in February 2023": a month, from its first day
    if len(day) != 10 or len(ref) != 10 or not re.search(r"\b(?:19|20)\d\d\b",
                                                          str(r.get("when") or "")):
        return False
    gap = pd.Timestamp(ref) - pd.Timestamp(day)
    return gap.days >= LONG_BEFORE_DAYS


def _count_as_of(r: dict, said_when: dict, reference: dict[str, str]) -> str:
    """A count of people held "in November", before the article's own month, or on a day a
    week or more before the article's: the count as of then ("@2023-11"), another quantity
    than the count held now; "" otherwise ("153 remain after Sunday's release" in Monday's
    article is today's count)."""
    if is_missing(r.get("when")) or r["article_id"] not in reference:
        return ""
    period = _period_of(r, said_when)
    ref = reference[r["article_id"]]
    if not period or len(period) < 7:  # a year alone ("in 2023") can be this year's count
        return ""
    if len(period) == 10:  # a day ("on Sunday"): the count then is today's within the week
        return "@" + period if len(ref) == 10 and (
            pd.Timestamp(ref) - pd.Timestamp(period)).days >= WEEK else ""
    return "@" + period if period < ref[:len(period)] else ""


BEFORE_RELEASE = "before the release"
#: A count held stated as of earlier ("officials have previously acknowledged that at least
#: seven were being held"): the count before this story's release.
EARLIER_WORDS = {"previously", "earlier", "formerly", "before", "at the time"}
# "were kept in captivity until the latest handover", "had been held before their release"
_UNTIL_RELEASE = re.compile(r"\b(?:until|before|prior\s+to)\s+"
                            r"(?:the|their|this|its|[A-Z]\w+(?:'s|’s))\s+(?:\w+\s+){0,2}?"
                            r"(?:release|development|handover|hand-over|freeing|exchange|swap|"
                            r"rescue)\b", re.I)
# a present-tense count ("leaving 40 who remain held", "leaving 40 still in captivity"): the
# count now, whatever came before
_HELD_NOW = re.compile(r"\b(?:remains?|are|is)\s+(?:still\s+)?(?:being\s+)?"
                       r"(?:held|in\s+captivity|captive|missing|detained)\b|\bstill\b", re.I)


def _before_the_release(r: dict, escapes: set[tuple[str, str]]) -> bool:
    """A count of people held as it stood before this story's release: stated "until the
    latest handover" or "before the release", or what an earlier release or escape left
    in the same sentence ("50 escaped at once, leaving 300 in captivity")."""
    sent = str(r.get("sentence") or "")
    if _UNTIL_RELEASE.search(sent) or str(r.get("when") or "").lower() in EARLIER_WORDS:
        return True
    return (r["article_id"], sent) in escapes and not _HELD_NOW.search(sent)


#: Just after a figure held: a past state of holding ("145 fishermen were languishing in
#: jail", "had been held in Evin").
_HELD_IN_THE_PAST = re.compile(
    r"^\s*(?:[\w'’-]+\s+){0,4}?(?:were|had\s+been)\s+(?:still\s+)?(?:languishing|held|"
    r"detained|jailed|imprisoned|kept|being\s+held|in\s+(?:jail|prison|custody|detention|"
    r"captivity))\b", re.I)


def _held_until_freed(r: dict, freed_by: set[tuple[str, float]]) -> bool:
    """"All 145 fishermen were languishing in Malir jail", in an article that gives 145 as
    the figure freed: the people freed, held until their release, not a count held now."""
    if (r["article_id"], float(r["value"])) not in freed_by:
        return False
    around = _around(r)
    return around is not None and bool(_HELD_IN_THE_PAST.match(around[1]))


#: Days before the others' reports of a release that make an article's count held older.
WEEK = 7


def _written_before(rows: list[dict], reference: dict[str, str]) -> set[str]:
    """Articles written well before the story's release: dated a week or more before the
    second-earliest date of the other articles that report a release ("the bandits say they
    hold 156 pupils", written in June, beside reports of the August release). Their counts
    held are as of then, not rivals of the count held after the release."""
    # the three earliest reports: an article's two earliest others are among them
    earliest = sorted({(reference[r["article_id"]], r["article_id"]) for r in rows
                       if r["kind"] == kind_registry.RELEASED and r.get("prospective") is not True
                       and r["article_id"] in reference})[:3]
    out = set()
    for aid, ref in reference.items():
        others = [d for d, a in earliest if a != aid]
        if len(others) >= 2 and (pd.Timestamp(others[1]) - pd.Timestamp(ref)).days >= WEEK:
            out.add(aid)
    return out


def _held_before_by_figure(buckets: dict[tuple, list[dict]]) -> None:
    """"210 remained missing" where other sources tell the same 210 as held before the
    release ("leaving 210 in captivity" after the escapes, "until the latest release") and
    none as held now: the count as of then too, not a rival of the 130 held now."""
    for key in [k for k in buckets if k[0] == kind_registry.REMAINING and k[3] == ""]:
        before = buckets.get(key[:3] + (BEFORE_RELEASE,) + key[4:], [])
        for r in list(buckets[key]):
            value, aid = float(r["value"]), r["article_id"]
            then = {x["article_id"] for x in before if float(x["value"]) == value} - {aid}
            now = {x["article_id"] for x in buckets[key]
                   if float(x["value"]) == value} - {aid}
            if then and not now:
                buckets[key].remove(r)
                buckets[key[:3] + (BEFORE_RELEASE,) + key[4:]].append(r)
        if not buckets[key]:
            del buckets[key]


def _merge_periods(buckets: dict[tuple, list[dict]], at: int) -> None:
    """Groups of a timed kind told apart only by periods one of which holds the other ("2024"
    and "2024-03": "earlier this year" and "in March") are one group, when the wider period
    holds exactly one narrower one."""
    keys = sorted(buckets, key=lambda k: tuple(str(x) for x in k))
    for wide in keys:
        period = wide[at]
        if not period.startswith("@") or wide not in buckets:
            continue
        inside = [k for k in keys if k in buckets and k != wide
                  and k[:at] + k[at + 1:] == wide[:at] + wide[at + 1:]
                  and k[at].startswith(period) and len(k[at]) > len(period)]
        if len(inside) == 1:
            buckets[inside[0]].extend(buckets.pop(wide))


_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}


def _unresolved_period(when: str) -> str | None:
    r"""A pattern of the periods an unresolved time phrase of one month (and day) can mean:
    "march 3 last year" → r"\d{4}-03-03", "november" → r"\d{4}-11"; None for others."""
    words = str(when).split()
    months = [_MONTHS[w] for w in words if w in _MONTHS]
    days = [int(w) for w in words if w.isdigit() and 1 <= int(w) <= 31]
    if str(when).startswith("@") or len(months) != 1 or len(days) > 1 or any(
            w.isdigit() and int(w) > 31 for w in words):
        return None
    return r"\d{4}-%02d" % months[0] + (r"-%02d" % days[0] if days else "")


def _unresolved_to_earlier_day(days: dict[tuple, list[tuple[str, list[dict]]]]) -> None:
    """An earlier release "on March 3 last year" in an undated article joins the one earlier
    release another source dates to a March 3, split off the main release by its day."""
    for key in sorted(days, key=lambda k: tuple(str(x) for x in k)):
        period = _unresolved_period(key[3]) if key[0] == kind_registry.EARLIER_RELEASE else None
        if period is None or key not in days:
            continue
        homes = []
        for other, runs in days.items():
            if other[0] != kind_registry.RELEASED or other[1:3] + other[4:] != key[1:3] + key[4:]:
                continue
            first_day = min((r["_day"] for r in runs[0][1] if r["_day"]), default="")
            homes += [members for day, members in runs if re.fullmatch(period, day)
                      and _separate_earlier(day, first_day, members)]
        if len(homes) == 1:
            for _, members in days.pop(key):
                homes[0].extend(members)


#: The ``alone`` slot of a group of an earlier release told by one figure (see below).
BY_FIGURE = "~"


def _year_only_apart(split: dict[tuple, list[dict]]) -> None:
    """Earlier releases dated by their year alone ("last year the ruler pardoned 1,025", "in
    2023 the rulers pardoned 3,400", "last year ... released 1,018 on National Day"): a year
    holds many releases, so figures that cannot be the same count are different releases of
    that year, each its own group, never a conflict. Figures that overlap stay together."""
    for key in sorted(split, key=lambda k: tuple(str(x) for x in k)):
        kind, when, alone = key[0], str(key[3]), key[-1]
        if kind != kind_registry.EARLIER_RELEASE or alone or not re.fullmatch(r"@\d{4}", when):
            continue
        members = split[key]
        clusters: list[list[dict]] = []
        for r in sorted(members, key=lambda r: float(r["value"])):
            home = next((c for c in clusters if any(_overlap(_interval(r), _interval(o))
                                                    for o in c)), None)
            if home is None:
                clusters.append([r])
            else:
                home.append(r)
        if len(clusters) < 2:
            continue
        del split[key]
        for c in clusters:
            split[key[:-1] + (f"{BY_FIGURE}{float(c[0]['value']):g}",)] = c


def _merge_unresolved_months(buckets: dict[tuple, list[dict]], at: int) -> None:
    """A release "in November" (or "on March 3 last year") in an article with no date of its
    own joins the one group of the same quantity whose period is a November ("2021-11", or
    the 26th of a May), rather than standing apart."""
    keys = sorted(buckets, key=lambda k: tuple(str(x) for x in k))
    for loose in keys:
        period = _unresolved_period(loose[at])
        if period is None:
            continue
        homes = [k for k in keys if k in buckets and k != loose
                 and k[:at] + k[at + 1:] == loose[:at] + loose[at + 1:]
                 and re.fullmatch("@" + period, str(k[at]))]
        if len(homes) == 1:
            buckets[homes[0]].extend(buckets.pop(loose))


_FURTHER = re.compile(r"\b(?:a\s+further|another|an\s+additional|additional|"
                      r"a\s+new\s+group\s+of)\s+$", re.I)


def _further_batches(rows: list[dict]) -> None:
    """Marks the figures of a second batch ("a further 17 were freed", "another 12"), but not
    "another 100 are home" when 100 is the figure most sources give of the release (told as
    no further batch) and the article tells no other figure of that kind, place and value:
    the story's release, after earlier ones, not a second batch of it."""
    plain = collections.Counter()
    further, others = [], []
    for r in rows:
        if r["kind"] in kind_registry.moving() and _further(r) \
                and r.get("besides_earlier") is not True:  # "another" besides one named
            further.append(r)
        else:
            others.append(r)
            plain[(r["article_id"], r["kind"], r["_key"], float(r["value"]))] += 1
    main = _release_figures(others)
    for r in further:
        if float(r["value"]) in main and not plain[(r["article_id"], r["kind"], r["_key"],
                                                    float(r["value"]))]:
            continue
        if _completes_the_release(r, rows, main):
            r["subset"] = True  # "two were freed in the afternoon and six more at night"
            continue
        r["when"] = FURTHER_BATCH


def _completes_the_release(r: dict, rows: list[dict], main: set[float]) -> bool:
    """Is a further batch the rest of the release of its day, a part of it: its article's
    other figure of the day adds up with it to the figure most sources give ("two women were
    released in the afternoon and six more shortly before midnight", 8 in all), or its own
    sentence brings the day to that figure ("six more were freed, bringing the daily total to
    eight")?"""
    value = float(r["value"])
    own = [o for o in rows if o is not r and o["article_id"] == r["article_id"]
           and o["kind"] in kind_registry.moving() and o.get("prospective") is not True
           and not _other_side(r, o)]
    return any(float(o["value"]) + value in main for o in own if float(o["value"]) < max(
        main, default=0.0)) or any(float(o["value"]) in main and float(o["value"]) > value
                                   and o["kind"] == r["kind"]
                                   and o.get("sentence") == r.get("sentence") for o in own)


def _other_side(r: dict, o: dict) -> bool:
    """Does a figure of the same sentence count the other side of an exchange from ``r``
    ("Moscow released 16, while the allies released another eight")?"""
    return o.get("sentence") == r.get("sentence") and _two_sides([r, o])


def _further(r: dict) -> bool:
    """A figure of a second batch: "a further 17 were freed", "another 12", "17 more"."""
    if re.search(r"\b(?:further|additional)\b", str(r.get("counted") or ""), re.I):
        return True
    sent, expr = str(r.get("sentence") or ""), str(r.get("expression") or "")
    if not expr:
        return False
    for m in re.finditer(re.escape(expr), sent):
        if _FURTHER.search(sent[:m.start()]) or re.match(r"\s+more\b", sent[m.end():], re.I):
            return True
    return False


_MOVED_WORDS = re.compile(r"\b(?:freed|released|returned|exchanged|swapped|repatriated|"
                          r"handed|transferred|pardoned|who\s+(?:were|have|had))\b", re.I)


def _whole_moved(after: str) -> bool:
    """Do the words after a whole ("of the 248 soldiers ...") tell the whole itself freed or
    moved ("who returned", "freed last week")? Not the partitive's own verb ("Fourteen of the
    17 students have been freed": the fourteen were)."""
    return any(not re.search(r"\b(?:is|are|was|were|be|been|being|has|have|had)\s+$",
                             after[:m.start()], re.I) or m.group(0).lower().startswith("who")
               for m in _MOVED_WORDS.finditer(after))


def _wholes_of_a_release(rows: list[dict]) -> None:
    """"Freed 40 of the 65 political prisoners", "Of the 65 hostages, 40 were freed": the 65
    are the people held before the release, not a figure of it."""
    for (_, sent), members in _by_sentence(rows).items():
        freed = [r for r in members if r["kind"] in kind_registry.moving() and r.get("expression")]
        for whole in members:
            expr = str(whole.get("expression") or "")
            if not expr or (whole["kind"] not in kind_registry.moving() and not (
                    whole["kind"] == kind_registry.REMAINING and is_missing(whole.get("when")))):
                continue  # a count held now: "Fourteen of the 17 remaining were freed" too
            of_whole = r"\bof\s+(?:the|these|those|its|their)\s+" + re.escape(expr) + r"\b"
            m = re.search(of_whole, sent, re.I)
            if m is None or _whole_moved(sent[m.end():m.end() + 60].split(",")[0]):
                continue  # "75 of the 248 soldiers who returned": a part of those freed
            if any(part is not whole and float(part["value"]) < float(whole["value"]) and (
                    re.search(re.escape(str(part["expression"])) + r"\s+" + of_whole, sent)
                    or (re.match(r"\W*" + of_whole, sent, re.I)
                        and sent.find(str(part["expression"]), len(expr)) > 0))
                   for part in freed):
                whole["kind"] = kind_registry.REMAINING
                whole["when"] = BEFORE_RELEASE


def _the_figure_hedged(given: set[float], told: list[dict], core: set[float]) -> bool:
    """Is another day's figure the main release's most given one told with a hedge that holds
    it and lies within a twentieth of it ("more than 1,000" beside "1,004 on Monday")? Then
    the two are one release whose date one source read wrong; never "more than 100" beside
    250, a release of its own."""
    hedged = [r for r in told if float(r["value"]) in core]
    return any(_contains(_interval(r), v)
               and abs(v - float(r["value"])) <= 0.05 * float(r["value"])
               for r in hedged for v in given)


def _split_by_day(members: list[dict]) -> list[tuple[str, list[dict]]]:
    """A group of a dated kind split by the days its claims give: days two or more apart are
    different releases, unless the other day's figures are the main release's own (a date
    read wrong). An undated claim joins the other day whose figure it repeats ("nine hostages
    are free" beside "freed nine on Friday"), else the day most sources give. Returns (day or
    "", rows) with the main release first, as "". A count of a release under way ("so far
    30 have been freed") is a quantity of its own when its figure is not the main release's.
    """
    # the source's same figure told elsewhere without "so far" is that count too
    told = {(r["article_id"], float(r["value"])) for r in members if _so_far(r)}
    tally = [r for r in members if (r["article_id"], float(r["value"])) in told]
    rest = [r for r in members if (r["article_id"], float(r["value"])) not in told]
    out = _split_rest_by_day(rest)
    main_values = {float(r["value"]) for r in out[0][1]}
    if tally and rest and not main_values & {float(r["value"]) for r in tally}:
        out.append((SO_FAR, tally))  # "so far 30 have been freed" of 500 to come
    else:
        out[0][1].extend(tally)
    return out


#: Words that make a release one stage of a release told in stages ("the first group of
#: 17", "a second batch", "bringing the total to 26").
_STAGE = re.compile(r"\b(?:first|second|third|initial|batch|stage|phase|round|wave|further|"
                    r"remaining|in\s+all|total|so\s+far)\b", re.I)


def _separate_earlier(day: str, first_day: str, members: list[dict]) -> bool:
    """Whether a release on ``day``, split off a story's main release (which starts on
    ``first_day``), happened before it and no source tells it as a stage of it: another,
    earlier release ("14 wounded were freed on Monday" before "125 freed on Wednesday")."""
    return bool(day and first_day and len(day) == 10 and day < first_day) and not any(
        _STAGE.search(str(r.get("sentence") or "")) for r in members)


SO_FAR = "so far"


# "so far", "to date", "By Thursday, ... had freed", "in the last two days"
_SO_FAR = re.compile(r"\b(?:so\s+far|to\s+date|thus\s+far)\b|^\W*(?:by\s+(?:\w+day|now|then)\b|"
                     r"overall,)|"
                     # "as a result of these swaps", "through all the exchanges": several
                     r"\b(?:these|those|such|all\s+(?:the\s+)?|previous|past|earlier)\s+"
                     r"(?:[\w-]+\s+)?(?:swaps|exchanges)\b|"
                     r"\bin\s+the\s+(?:past|last|first)\s+(?:\w+\s+)?(?:days|hours|weeks)\b",
                     re.I)


def _so_far(r: dict) -> bool:
    """A count of a release under way ("so far more than 20 people have been released")."""
    return r["kind"] in kind_registry.dated() and bool(_SO_FAR.search(str(r.get("sentence")
                                                                          or "")))


def _split_rest_by_day(members: list[dict]) -> list[tuple[str, list[dict]]]:
    """The split by day of the figures that are not counts so far."""
    dated = sorted({r["_day"] for r in members if r["_day"]})
    if len(dated) < 2:
        return [("", members)]
    # a day's slip (a release late on Sunday told as Monday's) is the same release; a release
    # its sources tell in stages ("the second phase", "a further 307") may take a day each,
    # where two sources at least give each of the two days' figures
    staged = any(_STAGE.search(str(r.get("sentence") or "")) for r in members)
    day_values = collections.defaultdict(set)  # day → the figures dated to it
    for r in members:
        if r["_day"]:
            day_values[r["_day"]].add(float(r["value"]))
    given_by = {d: len({str(r["article_id"]) for r in members if r["_day"] == d or (
        not r["_day"] and float(r["value"]) in day_values[d])}) for d in dated}
    clusters: list[list[str]] = []
    for d in dated:
        if clusters and (pd.Timestamp(d) - pd.Timestamp(clusters[-1][-1])).days <= 1 and not (
                staged and given_by[d] > 1 and given_by[clusters[-1][-1]] > 1):
            clusters[-1].append(d)
        else:
            clusters.append([d])
    if len(clusters) < 2:
        return [("", members)]
    # a day's reach counts the sources that date its figures and those that repeat them undated
    undated = [r for r in members if not r["_day"]]
    day_rows = [[r for r in members if r["_day"] in c] for c in clusters]
    reach = [len({str(r["article_id"]) for r in rows}
                 | {str(r["article_id"]) for r in undated
                    if float(r["value"]) in {float(o["value"]) for o in rows}})
             for rows in day_rows]
    main = max(range(len(clusters)), key=lambda i: (reach[i], -i))
    main_rows = list(day_rows[main])
    main_values = {float(r["value"]) for r in main_rows}
    told = main_rows + [r for r in undated if float(r["value"]) in main_values]
    core = _most_given(told)
    out = [("", main_rows)]
    others: list[tuple[set[float], list[dict]]] = []
    for i, c in enumerate(clusters):
        if i == main:
            continue
        rows = day_rows[i]
        given = _most_given(rows)
        if given & core or _the_figure_hedged(given, told, core):
            main_rows.extend(rows)  # the main release's figure on another day: a date read wrong
        else:
            out.append((c[0], rows))
            others.append(({float(r["value"]) for r in rows}, rows))
    combined: list[dict] = []
    for r in members:
        if r["_day"]:
            continue
        value = float(r["value"])
        homes = [rows for values, rows in others if value in values]
        if len(homes) == 1 and value not in main_values:
            homes[0].append(r)
        elif not homes and value not in main_values and any(
                value - m in values for m in main_values for values, _ in others):
            combined.append(r)  # "26 freed in five days": this release and the other together
        else:
            main_rows.append(r)
    if combined:
        out.append((IN_ALL, combined))
    return out


def _further_on_its_day(days: dict[tuple, list[tuple[str, list[dict]]]]) -> None:
    """"A further 9 freed" joins the release of the one other day the same quantity has
    ("freed nine on Friday"), rather than standing as a batch of its own."""
    for key in [k for k in days if k[3] == FURTHER_BATCH]:
        sibling = key[:3] + ("",) + key[4:]
        later = [rows for day, rows in days.get(sibling, []) if day and day != IN_ALL]
        if len(later) == 1:
            later[0].extend(r for _, rows in days.pop(key) for r in rows)
