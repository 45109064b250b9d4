"""When a figure's event is, against the story's own moment: the time phrase of its clause
and whether it is earlier (an earlier release, a running total, an early escape), or still to
come or no fact (a plan, a prospect, a demand, a denial)."""
from __future__ import annotations

import re

from ... import kinds
from ...kinds import DEMANDED, RELEASED, TRANSFERRED
from .. import cues
from .governor import _verb_after_participle
from .held import _held_now
from .tokens import TIME_DEPS, _infinitive, _lemma
from .word_kind import _negated, _noun_kind, _past, _verb_kind


def _demanded_on_path(num) -> bool:
    """Does a call for the people's release govern the figure (a ransom demand does not)?"""
    return _demand_on_path(num) is True


def _for_a_ransom(num) -> bool:
    """Is the figure the people a ransom is demanded for ("demanded N100m ransom for the
    release of the nine victims")? Captors name their price: no call for a release, and no
    release either."""
    return _demand_on_path(num) == "ransom"


#: Subjects whose "calls for" states terms, not a demand ("the truce calls for ...").
_TERMS_SETTERS = cues.PLAN_NOUNS | {"truce", "ceasefire", "resolution", "decree", "law",
                                    "framework", "text", "bill"}


def _sets_terms(v) -> bool:
    """Is the subject of a verb of demanding a plan or a truce ("the truce calls for ...",
    "the deal demands ..."), whose call states its terms, not a demand?"""
    return any(c.dep_ == "nsubj" and _lemma(c) in _TERMS_SETTERS for c in v.children)


def _demand_on_path(num):
    """True when a demand governs the figure, "ransom" when that demand asks for money."""
    t = num
    while t.head.i != t.i:  # Token objects are views: compare indices, not identity
        mark = next((c for c in t.children if c.dep_ == "mark"), None) \
            if t.dep_ == "advcl" else None
        if mark is not None and (_lemma(t.head), mark.lower_) in kinds.phrases(DEMANDED) \
                and not _sets_terms(t.head):
            # "called for two Americans still held to be released" (not "the truce calls
            # for the group to release 33": a plan's terms)
            return True
        if t.dep_ in ("conj", "parataxis", "advcl") and t.pos_ in ("VERB", "AUX"):
            return False  # a coordinated clause has its own predicate
        if (t.dep_ == "nsubj" and t.head.pos_ in ("VERB",
                                                 "AUX")
                                                     and _lemma(t.head) in kinds.verbs(DEMANDED)):
            return False  # "relatives of 1,100 soldiers demanded answers": those who demand
        prev, t = t, t.head
        lem = _lemma(t)
        if t.pos_ in ("VERB", "AUX") and lem in cues.SPEECH_VERBS:
            return False  # a report of a figure, not a demand
        if t.pos_ in ("VERB", "AUX") and (lem in kinds.verbs(DEMANDED) or _demand_phrase(t, prev)):
            if _sets_terms(t):
                return False  # "the truce calls for 33 hostages to go free": its terms
            if prev.dep_ == "ccomp" and any(c.dep_ == "xcomp" for c in t.children):
                # "as 10,320 are still at large, he urged the public to remain alert": what
                # is urged is the to-clause; the figure's clause (read as its object) is a
                # state beside it
                return False
            return "ransom" if _ransom_asked(t) else True
        if t.pos_ == "NOUN" and lem in kinds.nouns(DEMANDED) and t.i < num.i:
            return True
        if t.pos_ == "VERB" and lem in cues.STRIVE_VERBS and prev.dep_ == "xcomp" \
                and _lemma(prev) not in cues.SWAP_VERBS and any(
                c.dep_ == "nsubj" and (c.ent_type_ in ("GPE", "NORP", "ORG") or (
                    c.pos_ == "PROPN" and c.ent_type_ != "PERSON"))
                for c in t.children):
            # "South Korea is still trying to free six of its people": its call (not "the
            # rebels had been trying to trade the 15 captives": their hostages)
            return True
    return False


def _ransom_asked(v) -> bool:
    """Does the demand ask for money ("demanded N100m ransom for the nine victims",
    "demanded 10 million naira each before releasing the 10")? The captors' price, not a
    call for the people's release."""
    return any(c.dep_ in ("dobj", "obj") and (_lemma(c) in cues.RANSOM_NOUNS
                                              or c.ent_type_ == "MONEY")
               for c in v.children)


def _demand_phrase(v, via) -> bool:
    """Does verb ``v`` make a phrase of demanding ("called for", "called on X to") with a
    particle or preposition on the way to the figure (``via``) or before it? One after it
    says something else: in "what it called 'deportation' of 214 for threatening the state"
    "call" names, and "for" gives the reason."""
    return any((_lemma(v), c.lower_) in kinds.phrases(DEMANDED)
               and (c.i == via.i or c.i < via.left_edge.i) for c in v.children)


#: A day of the month as written: "13", "1st", "2nd", "23rd", "4th".
_DAY_OF_MONTH = re.compile(r"^\d{1,2}(?:st|nd|rd|th)?$", re.I)


def _time_is_earlier(tokens) -> bool:
    words = [x.lower_ for x in tokens]
    if "anniversary" in words:
        return False  # "on the 40th anniversary of the 1979 revolution": now, not 1979
    if _recent_span(words):
        return False  # "in the past two days": the story's own last days
    if ("earlier" in words or "since" in words) and any(w in cues.SAME_DAY_WORDS
                                                        for w in words):
        return False  # "earlier on Wednesday", "since early morning": the story's own day
    if "last" in words and any(w in cues.WEEKDAYS for w in words) and not any(
            w in cues.EARLIER_WORDS for w in words if w != "last"):
        return False  # "last Tuesday": the day just past, as "on Tuesday" is
    if _since_this_week(tokens):
        return False  # "rescued since Monday": a count so far of the story's own days
    if any(w in cues.EARLIER_WORDS for w in words) and not any(
            w in cues.STILL_CURRENT for w in words):
        return True  # "earlier this month", "last year", "since July"
    if any(w in cues.CURRENT_TIME_WORDS for w in words):
        return False
    has_month = any(w in cues.MONTH_WORDS for w in words)
    has_year = any(x.like_num and len(x.text) == 4 and x.text.isdigit() for x in tokens)
    has_day = any(_DAY_OF_MONTH.match(x.text) and int(x.text.rstrip("stndrh")) <= 31
                  for x in tokens)  # "13", "1st", "23rd"
    if has_month and has_day:
        return False  # a precise day is the story's own event, as a rule
    return has_month or has_year


#: Nouns of the story's own event: a release before one of them began is an earlier one.
EVENT_NOUNS = {"rescue", "release", "swap", "exchange", "handover", "evacuation"}


def _before_the_event_began(c) -> bool:
    """Is ``c`` a clause "before the rescue operation began" / "before the swap started":
    the start of a release, rescue or exchange (not "before the talks began")?"""
    if c.dep_ != "advcl" or _lemma(c) not in ("begin", "start") or not any(
            m.dep_ == "mark" and m.lower_ == "before" for m in c.children):
        return False
    subj = next((x for x in c.children if x.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    words = {_lemma(subj)} | {_lemma(x) for x in subj.children if x.dep_ == "compound"}
    return bool(words & (EVENT_NOUNS | cues.EFFORT_NOUNS))


def _since_this_week(tokens) -> bool:
    """Does a since-phrase run from a weekday ("since Monday", "since the rescue began on
    Monday"), with no month or year? It counts the story's own days so far, not an earlier
    release."""
    words = [x.lower_ for x in tokens]
    return "since" in words and any(w in cues.WEEKDAYS for w in words) and not any(
        w in cues.MONTH_WORDS or (x.like_num and len(x.text) == 4) or w in ("last", "year",
                                                                          "month")
        for w, x in zip(words, tokens))


def _recent_span(words) -> bool:
    """ "in the past two days", "over the last 24 hours", "during the past few days": a span
    that ends now and reaches back a few days only."""
    for i, w in enumerate(words):
        if w not in ("past", "last") or not i or words[i - 1] != "the":
            continue
        unit = next((j for j in range(i + 1, min(i + 4, len(words)))
                     if words[j] in cues.RECENT_UNITS), None)
        if unit is not None and words[unit + 1:unit + 2] != ["of"]:
            return True  # not "in the last days of the war"
    return False


def _already_now(v, adv) -> bool:
    """Is "already" on verb ``v`` a present state ("these 400 people are already free", "are
    already home") or the present perfect ("16 more have already been released": so far,
    the story's own) rather than an earlier time ("had already been freed")?"""
    if adv.lower_ != "already":
        return False
    auxes = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lemma_ == "have" for a in auxes):
        return any(a.lemma_ == "have" and a.tag_ in ("VBZ", "VBP") for a in auxes)
    forms = [v] + auxes
    return any(x.tag_ in ("VBZ", "VBP") for x in forms) and not any(
        x.tag_ == "VBD" for x in forms)


def _own_phrase(tok) -> list:
    """``tok``'s subtree without the clauses inside it that date a detention: in "in exchange
    for two soldiers held since April", "since April" dates their capture, not the release;
    so does "two months ago" in "freed 61 pupils after abducting 70 villagers two months
    ago"."""
    inner = {x.i for c in tok.subtree if c.i != tok.i and (
        (c.dep_ in ("acl", "relcl") and _lemma(c) in cues.DETENTION_VERBS)
        or (c.dep_ == "pcomp" and (_lemma(c) in cues.DETENTION_VERBS | cues.ATTACK_WORDS
                                   or _spent_held(c)))
        or _since_of_a_noun(c) or _dates_a_noun(c) or _dates_another_noun(c, tok)
        or _clause_of_its_own(c))
        for x in c.subtree}
    return [x for x in tok.subtree if x.i not in inner]


def _clause_of_its_own(c) -> bool:
    """Is ``c`` a relative clause with a subject of its own, which tells another act ("as part
    of a swap in which Iran freed X last week": last week dates that act, not the release)?"""
    return c.dep_ == "relcl" and any(
        x.dep_ in ("nsubj", "nsubjpass") and x.pos_ in ("NOUN", "PROPN") for x in c.children)


def _spent_held(v) -> bool:
    """ "after spending most of the past 12 years in prison": time spent held, which says
    how long the people were held, not when they were freed."""
    held = kinds.phrases(kinds.REMAINING)
    return _lemma(v) == "spend" and any(
        p.dep_ == "pobj" and (p.head.lower_, _lemma(p)) in held for p in v.subtree)


def _dates_another_noun(c, tok) -> bool:
    """Inside a time phrase ``tok``: a relative clause or participle on a noun other than a
    release ("as part of the ceasefire, which began on 19 January", "of deals reached in May")
    or an attack deeper in the phrase
    ("for four hostages held since the October 7, 2023 attack") dates that noun, not the
    event of the figure."""
    if c.dep_ == "relcl" and c.head.pos_ in ("NOUN", "PROPN"):
        return not _noun_kind(c.head)
    if c.dep_ == "acl" and c.head.pos_ in ("NOUN", "PROPN") and c.i > 0 \
            and c.doc[c.i - 1].text == "," and not _noun_kind(c.head):
        return True  # "from the measure promoted for the New Year, celebrated between
        # Thursday and Sunday": a participle set off by a comma dates its noun only
    if c.dep_ == "acl" and c.head.pos_ in ("NOUN", "PROPN") and not _noun_kind(c.head):
        # "exchanged on Thursday 185 ... as part of deals reached in May": the deal's date,
        # where the release has a day of its own (else "in a deal struck in March 2024, the
        # rebels freed 12" is that time's release)
        return any(x.ent_type_ in ("DATE", "TIME") for s in tok.head.children
                   if s.i != tok.i and s.dep_ in ("prep", "npadvmod") for x in s.subtree)
    return (c.pos_ == "NOUN" and c.head.i != tok.i and _lemma(c) in cues.ATTACK_WORDS
            | cues.CAPTURE_NOUNS)


def _since_of_a_noun(tok) -> bool:
    """ "the biggest swap since the war began", "the first talks since 2022": a since-phrase
    that measures a noun against the past, not the time of the event."""
    if tok.lower_ == "since" and tok.dep_ in ("prep", "mark") and (
            tok.head.pos_ in ("NOUN", "PROPN") or _after_a_superlative(tok)):
        return True
    return tok.dep_ in ("advcl", "relcl", "acl") and any(
        m.lower_ == "since" and m.dep_ in ("mark", "prep") and (
            tok.head.pos_ in ("NOUN", "PROPN") or _after_a_superlative(m))
        for m in tok.children)


def _dates_a_noun(tok) -> bool:
    """ "the unrest of 2019", "the protests of May 2021": an "of" that dates a noun other than
    a release or a date, which says when that happened, not when the people were freed or
    moved ("the amnesty of 2019", "May of 2019" keep their time)."""
    if tok.dep_ != "prep" or tok.lower_ != "of" or tok.head.pos_ not in ("NOUN", "PROPN"):
        return False
    head = tok.head
    if head.ent_type_ == "DATE" or _noun_kind(head) or _lemma(head) in cues.RETURN_NOUNS:
        return False
    obj = next((p for p in tok.children if p.dep_ == "pobj"), None)
    return obj is not None and obj.ent_type_ == "DATE"


def _after_a_superlative(since) -> bool:
    """Does "since" follow a noun ranked against the past ("their biggest swap since",
    "the first direct talks since")? The parser often hangs the clause on the verb instead."""
    prev = since.doc[since.i - 1] if since.i else None
    for _ in range(4):  # "their biggest exchange of prisoners of war since": up the "of"s
        if prev is None or prev.pos_ not in ("NOUN", "PROPN"):
            return False
        if any(c.tag_ in ("JJS", "RBS") or c.lower_ in ("first", "largest", "biggest")
               or c.ent_type_ == "ORDINAL" for c in prev.children):
            return True
        # "the largest release in one day since": the span the record is of
        prev = prev.head.head if prev.dep_ == "pobj" and prev.head.lower_ in ("of", "in") \
            and prev.head.head.pos_ in ("NOUN", "PROPN") else None
    return False


def _time_of_own_verb(cue, num) -> tuple[str, bool] | None:
    """The time of a verb between the figure and its cue: in "two were released in May,
    followed by three others in the first week of June", the three came in June."""
    if cue is None:
        return None
    path, x = [], num.head
    while x.i != cue.i and x.head.i != x.i and len(path) < 4:
        path.append(x)
        x = x.head
    # "were let go in June": the verb the cue completes
    path += [c for c in cue.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    for x in path:
        if x.pos_ != "VERB" or _lemma(x) in cues.DETENTION_VERBS:
            continue
        for c in x.children:
            if c.dep_ == "prep" and not c.left_edge.i <= num.i <= c.right_edge.i:
                sub = _own_phrase(c)
                dates = [y for y in sub if y.ent_type_ == "DATE"]
                if dates:
                    # the preposition, unless the date's own tokens hold it ("between ...")
                    text = num.doc[min(c.i, dates[0].i):dates[-1].i + 1].text
                    return text, _time_is_earlier(sub)
    return None


def _ends_a_capture_clause(verb, c) -> bool:
    """Whether time phrase ``c``, hung on ``verb`` by the parser, closes its subject's clause
    of capture instead: right after a subject that holds "who were kidnapped ..." (or "seized
    by ...") and before the verb ("120 boys who were kidnapped from a village last week have
    been released", "250 students seized by gunmen in a raid earlier this month have been
    released"), or right after its object's clause of capture ("received 344 students who
    were abducted a week ago, on December 11")."""
    capture = cues.DETENTION_VERBS | cues.ABDUCTION_VERBS
    if c.i > verb.i:
        # "received 344 students ... who were abducted by bandits a week ago, on December
        # 11": a date right after the object's clause of capture, past a comma, restates
        # that clause's time
        doc = verb.doc
        before = doc[c.left_edge.i - 1] if c.left_edge.i > 0 else None
        if before is None or before.text != ",":
            return False
        return any(o.dep_ in ("dobj", "obj") and o.right_edge.i + 1 == before.i and any(
            x.dep_ in ("relcl", "acl") and _lemma(x) in capture for x in o.subtree)
            for o in verb.children)
    for s in verb.children:
        if s.dep_ in ("nsubj", "nsubjpass") and s.right_edge.i + 1 == c.left_edge.i and any(
                x.dep_ in ("relcl", "acl") and _lemma(x) in capture for x in s.subtree):
            return True
    return False


def _dates_a_capture(c) -> bool:
    """Is time phrase ``c`` a phrase of the people's capture ("freed 200 on Wednesday, after
    taking them captive last summer", "... after abducting them in May")? It dates the
    capture, not the release."""
    capture = cues.DETENTION_VERBS | cues.ABDUCTION_VERBS
    return c.dep_ == "prep" and any(
        p.dep_ == "pcomp" and (_lemma(p) in capture or any(
            x.dep_ in ("oprd", "acomp", "dobj") and x.lower_ in cues.HELD_AS_NOUNS
            for x in p.children)) for p in c.children)


def _dates_an_attack(t, c) -> bool:
    """Whether time phrase ``c``, hung on ``t`` by the parser, follows right after the phrase
    of an attack between them instead ("the release of 23 hostages from a train attack by
    gunmen in X in March"): it dates the attack."""
    return c.i > t.i and any(
        _lemma(a) in cues.ATTACK_WORDS and a.pos_ == "NOUN" and t.i < a.i < c.i
        and a.right_edge.i + 1 == c.left_edge.i for a in t.subtree)


def _time_phrase(cue, num) -> tuple[str | None, bool]:
    """The time phrase in the clause of ``cue`` (or the clauses above it), and whether it
    places the event before the story's own moment: ("in June", True)."""
    own = _time_of_own_verb(cue, num)
    if own is not None:
        return own
    t = cue if cue is not None else num
    first = None
    steps = 0
    joined = own = False
    while True:
        if steps > 0 and first is not None and (_lemma(t) in cues.SPEECH_VERBS or own):
            # "had earlier said it had handed over 27 ... on Thursday": the release's own time
            # stands; when it was said is not when it happened. Nor does a time above the
            # release's own clause move it ("released 900 Tuesday, its largest release since
            # the deal signed earlier this year", the release misread as under "signed")
            return first, False
        # a detention verb above ("captured in 2020 while X released two"): its time is the
        # capture's, not the release's
        detention = steps > 0 and _lemma(t) in cues.DETENTION_VERBS
        # "Back on March 3 last year, the militia freed 47": the time hung on "back"
        kids = [] if detention else list(t.children) + [
            x for b in t.children if b.dep_ == "advmod" and b.lower_ == "back"
            for x in b.children] + [
            # "had been let go already": the time hung on the phrase's second verb
            x for b in t.children if b.dep_ in ("xcomp", "ccomp")
            and any((_lemma(t), _lemma(b)) in k.phrases for k in kinds.cued()) and not any(
                y.dep_ in ("nsubj", "nsubjpass") for y in b.children)
            for x in b.children]
        for c in kids:
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since"
                                         and not _after_a_superlative(m) for m in c.children) \
                    and not c.left_edge.i <= num.i <= c.right_edge.i \
                    and not _since_this_week(list(c.subtree)):
                return t.doc[c.left_edge.i:c.right_edge.i + 1].text, True  # "since the war began"
            if _before_the_event_began(c) and not c.left_edge.i <= num.i <= c.right_edge.i:
                # "1,500 had come to the surface before the rescue operation began": freed
                # before the story's own release or rescue started, an earlier one
                return t.doc[c.left_edge.i:c.right_edge.i + 1].text, True
            if c.dep_ not in TIME_DEPS or c.left_edge.i <= num.i <= c.right_edge.i:
                continue  # not a time slot, or the counted phrase itself
            if _ends_a_capture_clause(t, c) or _dates_an_attack(t, c) or _dates_a_capture(c):
                continue  # "120 boys who were kidnapped ... last week have been released"
            if c.dep_ == "advmod" and c.lower_ in cues.EARLIER_WORDS and not _already_now(t, c):
                sub = list(c.subtree)  # "earlier in the day" is still the story's day
                nxt = next((x for x in t.children if x.i == c.right_edge.i + 1
                            and x.dep_ in ("prep", "npadvmod", "tmod", "obl")), None)
                if nxt is not None:
                    sub += list(nxt.subtree)  # "earlier on Wednesday", "earlier today"
                if _time_is_earlier(sub):
                    return c.text, True
            if c.dep_ in ("prep", "npadvmod", "tmod", "obl"):
                sub = _own_phrase(c)
                if c.lower_ == "since" and _after_a_superlative(c):
                    continue  # "their biggest swap since the war began": a record, no time
                if any(x.lower_ == "anniversary" for x in sub):
                    continue  # "on the 40th anniversary of the 1979 revolution": the year
                    # is the first event's, the anniversary names no day
                if any(x.ent_type_ == "DATE" for x in sub) or (c.lower_ == "since"
                                                                and len(sub) > 1):
                    dates = [x for x in sub if x.ent_type_ == "DATE"] or sub
                    text = _whole_date(t.doc, dates[0].i, dates[-1].i + 1)
                    if c.dep_ == "prep" and c.i < dates[0].i:
                        text = f"{c.text} {text}"
                    if _time_is_earlier(sub):
                        return text, True
                    first = first or text
        for c in t.children:  # "last year's amnesty freed", "a previous exchange in May freed"
            if c.dep_ in ("nsubj", "nsubjpass") and _noun_kind(c) and not (
                    c.left_edge.i <= num.i <= c.right_edge.i):
                mods = [x for x in c.children if x.dep_ in ("poss", "amod", "compound", "prep",
                                                            "nmod")]
                if any(x.dep_ == "amod" and x.lower_ in cues.EARLIER_WORDS for x in mods):
                    return next(x.text for x in mods if x.lower_ in cues.EARLIER_WORDS), True
                for x in mods:
                    sub = list(x.subtree)
                    if any(y.ent_type_ == "DATE" for y in sub) and _time_is_earlier(sub):
                        return t.doc[sub[0].i:sub[-1].i
                                     + 1].text.removesuffix("'s").removesuffix("’s"), True
        if t.head.i == t.i and first is None:
            then = _then_of_the_sentence_before(t)
            if then is not None:
                return then  # "January saw the biggest swap. Then Ukraine freed 248 ..."
        if t.head.i == t.i or steps > 6:
            return first, False
        if t.dep_ == "ccomp" and _lemma(t.head) in cues.SPEECH_VERBS and not joined and any(
                c.dep_ == "aux" and c.lower_ in cues.FUTURE_MODALS for c in t.children):
            # "media earlier said 50,000 will be freed": when it was said is no time of the
            # release still to come
            return first, False
        when = _date_before_when(t)
        if when is not None and _time_is_earlier(when):
            # "... in May 2019 when 40 were freed"
            return t.doc[when[0].i:when[-1].i + 1].text, True
        if t.dep_ in ("relcl", "acl", "advcl") and t.head.ent_type_ == "DATE":
            ent = next((e for e in t.doc.ents if e.start <= t.head.i < e.end), None)
            if ent is not None:  # "in April 2023, when the two sides freed 900 prisoners"
                sub = list(ent)
                prep = t.doc[ent.start - 1] if ent.start > 0 else None
                if prep is not None and prep.dep_ == "prep":
                    sub = [prep] + sub
                if _time_is_earlier(sub):
                    return t.doc[sub[0].i:sub[-1].i + 1].text, True
        if t.dep_ == "relcl" and _lemma(t.head) in cues.MOMENT_NOUNS \
                and t.head.head.dep_ == "prep":
            # "At the same time the US released three; two others were released earlier":
            # the clause of "at the time" has its own time, not the sentence's
            return first, False
        if _contrasted_clause(t):
            # "residents previously said 280 were kidnapped, but the army said 137 were
            # freed": the first clause's time is not the contrasted one's
            return first, False
        joined = joined or t.dep_ == "conj"  # ("would limit attacks and released 25")
        own = own or (steps == 0 and first is not None and t.pos_ in ("VERB", "AUX")
                      and t.left_edge.i <= num.i <= t.right_edge.i)  # the figure's own verb
        t = t.head
        steps += 1


#: Conjunctions that set a clause against the one before ("..., but the army said ...").
CONTRAST_CONJUNCTIONS = {"but", "yet", "whereas", "while"}


def _contrasted_clause(t) -> bool:
    """Is ``t`` a clause of its own (its own subject) set against the one it is joined to by
    "but" ("X previously said 280, but the army said 137 were freed")?"""
    return t.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) \
        and any(c.dep_ == "cc" and c.lower_ in CONTRAST_CONJUNCTIONS and t.head.i < c.i < t.i
                for c in t.head.children)


def _then_of_the_sentence_before(root):
    """A sentence opening on "Then" set at the time the sentence before names: (that time,
    whether it is earlier) when that sentence names one ("January saw the biggest swap of the
    war. Then Ukraine handed back 248 ..."), else None."""
    sent = root.sent
    first = next((x for x in sent if not x.is_punct), None)
    if first is None or first.lower_ != "then" or first.head.i != root.i or sent.start == 0:
        return None
    before = root.doc[sent.start - 1].sent
    for e in before.ents:
        if e.label_ == "DATE":
            return e.text, _time_is_earlier(list(e))
    return None


def _whole_date(doc, start: int, end: int) -> str:
    """The text of the date tokens ``start:end`` with the rest of the date they are part of:
    "last year" in "on March 3 last year" is "March 3 last year", whose month and day the
    parser hung on another word."""
    for e in doc.ents:
        if e.label_ == "DATE" and e.start < end and start < e.end:
            start, end = min(start, e.start), max(end, e.end)
    return doc[start:end].text


def _date_before_when(v):
    """The date a when-clause on verb ``v`` follows ("the biggest since one in October 2019
    when 1,000 were freed": the parser hangs the clause on the main verb, not on the date),
    with its preposition; else None."""
    if v.dep_ != "advcl" or not any(c.dep_ == "advmod" and c.lower_ == "when"
                                    and c.i == v.left_edge.i for c in v.children):
        return None
    i = v.left_edge.i - 1
    if i >= 0 and v.doc[i].text == ",":
        i -= 1
    ent = next((e for e in v.doc.ents if e.label_ == "DATE" and e.start <= i < e.end), None) \
        if i >= 0 else None
    if ent is None or ent.end != i + 1:
        return None
    prep = v.doc[ent.start - 1] if ent.start > 0 else None
    return ([prep] if prep is not None and prep.dep_ == "prep" else []) + list(ent)


def _escaped_early(cue, num) -> bool:
    """Did people escape soon after their capture, before the story's own release: an escape
    verb told in the past perfect ("50 had escaped"), or timed from the capture ("within the
    first 24 hours", "shortly afterward", "in the hours that followed", "days after the
    attack")? A plain "30 pupils escaped" or "... escaped on Sunday" is the story's event."""
    if cue is None or cue.pos_ not in ("VERB", "AUX") or _lemma(cue) not in cues.ESCAPE_VERBS:
        return False
    verbs = [cue]
    while verbs[-1].dep_ in ("xcomp", "acomp") and len(verbs) < 4:
        verbs.append(verbs[-1].head)  # "managed to escape", "were able to escape"
    if any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for v in verbs for c in v.children):
        return True
    words = [x for v in verbs for c in v.children
             if c.dep_ in ("prep", "advmod", "npadvmod", "advcl", "obl")
             and not c.left_edge.i <= num.i <= c.right_edge.i for x in c.subtree]
    return any(x.lower_ in cues.AFTERMATH_WORDS or _days_on(x) or _at_the_capture(x)
               for x in words) or any(c.dep_ == "mark" and _days_on(c) for c in cue.children)


def _at_the_capture(x) -> bool:
    """Is ``x`` the capture an escape is timed from or set in: "after the attack", "during
    the raid", "at the time of the kidnapping", "after they were kidnapped"?"""
    if _lemma(x) in cues.CAPTURE_NOUNS and x.dep_ == "pobj" and not _of_a_place(x):
        prep = x.head
        if prep.lower_ in ("after", "following", "since", "during"):
            return True
        return prep.lower_ == "of" and _lemma(prep.head) == "time" \
            and prep.head.head.lower_ == "at"
    return x.pos_ == "VERB" and _lemma(x) in cues.ABDUCTION_VERBS | {"seize", "capture"} \
        and any(c.dep_ == "mark" and c.lower_ == "after" for c in x.children)


def _of_a_place(noun) -> bool:
    """Is an event noun a place's ("the city's capture", "the capture of the town"), not of
    the people captured?"""
    owners = [c for c in noun.children if c.dep_ == "poss"] + [
        p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children if p.dep_ == "pobj"]
    return any(o.ent_type_ in ("GPE", "LOC", "FAC") or _lemma(o) in cues.PLACE_NOUNS
               or _lemma(o) in ("town", "village") for o in owners)


def _days_on(x) -> bool:
    """Is ``x`` an "after"/"later" measured in hours or days with nothing after it: "escaped a
    day after" (the capture), "two days later"; or "10 days after" marking the escape's own
    clause ("the release comes 10 days after five escaped"), the escape the earlier event?"""
    return x.lower_ in ("after", "later") and x.dep_ in ("advmod", "mark") and _measured(
        [x], cues.RECENT_UNITS)


def _measured(tokens, units) -> bool:
    """Does one of ``tokens`` carry a span in ``units`` ("a day", "48 hours") as its measure?"""
    return any(c.dep_ == "npadvmod" and c.lower_ in units for t in tokens for c in t.children)


#: Units that measure how long after another event something happened ("48 hours after").
_MEASURE_UNITS = cues.RECENT_UNITS | {"hour", "week", "weeks"}


def _days_before_another(cue, num) -> bool:
    """Is the release set in an "after" clause measured in hours or days from another event:
    "the abduction took place a day after 344 schoolboys were rescued", "came barely 48 hours
    after the release of 344"? That release came first, an earlier one."""
    t = cue if cue is not None else num
    after = head = None
    if t.pos_ in ("VERB", "AUX") and t.dep_ == "advcl":
        after = next((c for c in t.children if c.dep_ == "mark" and c.lower_ == "after"), None)
        head = t.head
    elif t.dep_ == "pobj" and t.head.lower_ == "after" and t.head.dep_ == "prep":
        after, head = t.head, t.head.head
    # (the parser may hang the measure on the clause: "two weeks after 100 were rescued";
    # there only weeks part two events, as "a day after the president pardoned him and five
    # others" may tell one release, the pardon then the walk out)
    return after is not None and head is not None and (
        _measured([after, head], _MEASURE_UNITS) or any(
            c.dep_ in ("npadvmod", "dep") and c.lower_ in _WEEKS and c.i == after.i - 1
            for c in t.children))


_WEEKS = {"week", "weeks", "month", "months"}


def _separate_event(cue, num) -> bool:
    """Is the clause of ``cue`` (or a clause above it) set in another event than the story's
    by a fronted "in a separate incident", "in an unrelated operation", "in another case"? Not
    "in a separate statement": a statement tells of the story's own event."""
    t = cue if cue is not None else num
    for _ in range(8):
        for c in t.children:
            if c.dep_ != "prep" or c.lower_ != "in" or c.i > t.i:
                continue
            for p in c.children:
                if p.dep_ == "pobj" and _lemma(p) in cues.INCIDENT_NOUNS and any(
                        m.dep_ in ("amod", "det") and m.lower_ in cues.SEPARATE_WORDS
                        for m in p.children):
                    return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _earlier(cue, num) -> bool:
    """Does the clause of ``cue`` (or the clauses above it) carry an earlier time?"""
    return _time_phrase(cue, num)[1]


#: Before a figure: a tally moved to it ("bringing the total of those repatriated to ").
_TALLY_RAISED = re.compile(r"\b(?:bring|brought|rais|tak|took|push|lift)\w*\s+(?:the|its|"
                           r"their|a)\s+(?:\w+\s+)?(?:" + "|".join(sorted(cues.TALLY_NOUNS))
                           + r")\b[^.;:]{0,80}\bto\s+(?:\w+\s+){0,2}$", re.I)


#: In a tally's words: the tally is of one day ("the daily total", "today's tally", "the
#: total released on the seventh day", "Thursday's count").
_TALLY_OF_A_DAY = re.compile(r"\b(?:daily|day's|day’s|(?:to|this\s+)(?:day|night|morning|"
                             r"evening)(?:'s|’s)?|tonight(?:'s|’s)?|(?:on|for)\s+(?:the\s+)?\w+"
                             r"\s+day|(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:'s|’s)?)"
                             r"(?![\w-])", re.I)


#: A sentence that opens on a span up to now: "Since the ceasefire took effect on May 9, ".
_SINCE_OPENING = re.compile(r"^\s*[\"“‘']?\s*since\b(?P<span>[^,;]{3,80}),\s*", re.I)


#: Before a figure: a tally said to have reached it ("The total number of captives exchanged
#: through the mediation has reached ", "the number of those freed has risen to ").
_TALLY_REACHED = re.compile(r"\b(?:" + "|".join(sorted(cues.TALLY_NOUNS)) + r")\s+(?:number\s+)?"
                            r"of\b[^.;:]{0,100}?\b(?:has|have|had)\s+(?:now\s+)?(?:reached|"
                            r"(?:risen|climbed|grown|increased|gone\s+up)\s+to|hit|topped)\s+"
                            r"(?:\w+\s+){0,2}$", re.I)


def _running_total(num, cue) -> bool:
    """Is the figure a total of all releases so far, not the story's own: "bringing the total
    of those repatriated to 2,345", "the 2,100 soldiers returned over the course of the war",
    "returned throughout the conflict", "since the start of the invasion, 7,000 returned"?"""
    before = num.doc.text[num.sent.start_char:num.idx]
    tally = _TALLY_RAISED.search(before) or _TALLY_REACHED.search(before)
    if tally:
        # the parser often hangs "to N" on the wrong verb; a tally of one day ("bringing the
        # daily total to eight") is that day's release, not all releases so far
        return not _TALLY_OF_A_DAY.search(tally.group(0))
    if _perfect_since_an_opening(before, cue):
        return True
    if cue is None or cue.pos_ not in ("VERB", "AUX"):
        return False
    if re.search(r"\ba\s+total\s+of\s+(?:\w+\s+){0,2}$", before, re.I) and any(
            c.dep_ == "aux" and _lemma(c) == "have" for c in cue.children) and any(
            c.dep_ == "advmod" and c.lower_ == "now" for c in cue.children):
        return True  # "a total of over 3,000 POWs have now returned home": all so far
    if _released_in_batches(num, cue):
        return True
    for c in cue.children:
        if c.dep_ == "prep" and c.lower_ in cues.SPAN_PREPS and not _after_a_superlative(c):
            p = next((x for x in c.children if x.dep_ == "pobj"), None)
            if p is not None and c.lower_ == "during" and _lemma(p) not in cues.SPAN_NOUNS:
                continue  # "during the war, 45 were freed on Friday": a release in the war
            if p is not None and any(_lemma(y) in cues.CONFLICT_NOUNS for y in (
                    p.subtree if _lemma(p) in cues.SPAN_NOUNS else [p])):
                return True  # ("during five years of fighting": all of them)
    return False


def _tally_of_a_day(num, cue) -> bool:
    """Is the figure a tally of one day that ``cue``, the verb raising it, hangs on the
    clause of the day's release ("six were freed, bringing the daily total to eight")?"""
    if cue is None or cue.dep_ != "advcl" or _lemma(cue) not in cues.TALLY_VERBS:
        return False
    before = num.doc.text[num.sent.start_char:num.idx]
    tally = _TALLY_RAISED.search(before)
    return tally is not None and bool(_TALLY_OF_A_DAY.search(tally.group(0)))


def _perfect_since_an_opening(before: str, cue) -> bool:
    """ "Since the ceasefire took effect on May 9, a total of 21 hostages have been released":
    a sentence that opens on a span up to now, its figure's verb in the present perfect or
    the figure told as a total, tells every release in the span (the parser often hangs the
    span on another verb). Not a span of the story's own days ("Since Monday, 40 have been
    freed")."""
    m = _SINCE_OPENING.match(before)
    if m is None or any(w in cues.SAME_DAY_WORDS for w in re.findall(r"[a-z]+",
                                                                     m.group("span").lower())):
        return False
    if re.search(r"\ba\s+total\s+of\s+$", before, re.I):
        return True  # "..., a total of 21 hostages": the parser often loses the verb here
    return cue is not None and any(
        c.dep_ in ("aux", "auxpass") and _lemma(c) == "have" and c.tag_ in ("VBP", "VBZ")
        for c in cue.children)


def _released_in_batches(num, cue) -> bool:
    """ "had been releasing the 62 hostages in batches": a perfect progressive verb whose
    people came out in batches tells every release so far, not one."""
    if cue.tag_ != "VBG" or not any(c.dep_ == "aux" and c.lower_ == "been"
                                    for c in cue.children):
        return False
    return any(t.dep_ == "prep" and t.lower_ == "in" and any(
        p.dep_ == "pobj" and _lemma(p) in cues.BATCH_NOUNS for p in t.children)
        for t in list(cue.children) + list(num.head.children))


def _under_a_plan(num) -> bool:
    """Is the figure the content of a plan ("a 1,000-for-1,000 deal", "an agreement to swap
    1,000 prisoners each", "agreed to an exchange of 1,000")? Not a figure whose own verb
    comes first ("under the deal, 390 were returned")."""
    t = num
    for _ in range(8):
        h = t.head
        if h.i == t.i:
            return False
        if h.pos_ in ("VERB", "AUX"):
            if (h.dep_ in ("acl", "xcomp") or (h.dep_ == "relcl" and _infinitive(h))) \
                    and _lemma(h.head) in cues.PLAN_NOUNS:
                # "an agreement to release 1,000" (the parser may hang the to-clause as a
                # relative one: "as part of a deal to free 553")
                return not _plan_carried_out(h.head)
            if h.dep_ == "advcl" and _infinitive(h) and (_lemma(h.head) in (
                    cues.PROSPECTIVE_GOVERNORS - {"set", "try", "attempt"}) or any(
                    o.dep_ in ("dobj", "obj") and _lemma(o) in cues.PLAN_NOUNS
                    and not _plan_carried_out(o) for o in h.head.children)) \
                    and not _negated(h.head):
                # "which X had agreed to as part of a deal to free 553", "signed an agreement
                # on Friday to transfer 300": the to-clause of an agreement or a plan the
                # parser hangs as a clause of purpose
                return True
            terms = h.head if h.dep_ in ("ccomp", "xcomp", "dobj", "obj") and _lemma(
                h.head) in cues.PLAN_VERBS else h  # "... involves the rebels releasing 33"
            if _lemma(terms) in cues.PLAN_VERBS and (
                    (terms.dep_ == "relcl" and _lemma(terms.head) in cues.PLAN_NOUNS) or any(
                        c.dep_ == "nsubj" and _plan_or_its_phase(c) for c in terms.children)):
                return True  # "the deal, which stipulates the release of 40", "the truce
                # outlines the release of 50", "the first phase of the deal involves ...
                # releasing 33": what the plan provides, not what happened
            return t.dep_ == "prep" and t.lower_ == "to" and _lemma(h) in (
                cues.PROSPECTIVE_GOVERNORS | {"agree"})  # "agreed to an exchange of 1,000"
        if _lemma(h) in cues.PLAN_NOUNS:
            return not _plan_carried_out(h)
        t = h
    return False


def _yet_to_be_moved(num) -> bool:
    """Is the figure's noun qualified by a to-infinitive of release or move ("the 553 people
    to be gradually released get no amnesty")? They are people still to be freed, a
    prospect, unless the clause's own verb frees or moves them ("the 20 prisoners to be
    released under the deal were freed on Tuesday")."""
    noun = num.head if num.dep_ == "nummod" else num
    moving = kinds.verbs(RELEASED) | kinds.verbs(TRANSFERRED)
    v = noun.head
    if noun.dep_ in ("nsubj", "nsubjpass") and v.dep_ not in ("xcomp", "ROOT") \
            and _infinitive(v) and _lemma(v) in moving \
            and not any(c.dep_ == "mark" and c.lower_ == "for" for c in v.children):
        # the same, its infinitive read as a clause with the people as subject (not "called
        # for two others to be released": a demand, read as such elsewhere)
        return True
    to_come = any(c.dep_ in ("acl", "relcl") and c.i > noun.i and _infinitive(c)
                  and _lemma(c) in moving for c in noun.children)
    return to_come and not (v.pos_ in ("VERB", "AUX") and _lemma(v) in moving)


def _event_of(num):
    """(the noun of a release or move whose "of" the figure's people are, their noun):
    "the release of 602 prisoners" → (release, prisoners); (None, noun) for none."""
    noun = num.head if num.dep_ == "nummod" else num
    of = noun.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    event = of.head if of is not None else None
    if event is None or _lemma(event) not in (kinds.nouns(RELEASED) | kinds.nouns(TRANSFERRED)):
        return None, noun
    return event, noun


def _put_off(num) -> bool:
    """Is the figure's release or move put off ("postponed the release of 602 prisoners",
    "the release of 602 is being delayed", "Release of 602 delayed")? It has not happened:
    a prospect, not a fact."""
    event, noun = _event_of(num)
    if event is None:
        return False
    verbs = [event.head] if event.dep_ in ("dobj", "obj", "nsubjpass", "nsubj") else []
    # a headline's participle hangs on the event or on its people ("Release of 602 delayed")
    verbs += [c for t in (event, noun) for c in t.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    if any(c.dep_ == "amod" and c.tag_ == "VBN" and _lemma(c) in cues.PLANNED_MODIFIERS
           for c in event.children) and not _carried_out(event):
        return True  # "the planned deportation of 1,200": a plan, whatever became of it
    if event.dep_ == "pobj" and event.head.lower_ in ("for", "to", "on", "of") \
            and _put_off_order(event.head.head):
        return True  # "a stay order for the deportation of 1,200", "a halt to the transfer"
    return any(_lemma(v) in cues.PUT_OFF_VERBS and not any(c.dep_ == "neg" for c in v.children)
               for v in verbs)


def _carried_out(event) -> bool:
    """Was the event carried out, in the past ("went ahead with the planned release",
    "completed the planned transfer"), not denied?"""
    v = event.head.head if event.dep_ == "pobj" and event.head.lower_ == "with" \
        else event.head if event.dep_ in ("dobj", "obj") else None
    return v is not None and v.tag_ in ("VBD", "VBN") and _lemma(v) in cues.CARRIED_OUT_VERBS \
        and not any(c.dep_ == "neg" for c in v.children) \
        and (_lemma(v) not in ("go", "press", "push") or any(
            c.dep_ in ("advmod", "prt") and c.lower_ == "ahead" for c in v.children))


def _put_off_order(n) -> bool:
    """Is ``n`` an order that puts an event off: "a halt", "a stay", "a stay order"?"""
    return n.pos_ == "NOUN" and (_lemma(n) in cues.PUT_OFF_NOUNS or any(
        c.dep_ == "compound" and _lemma(c) in cues.PUT_OFF_NOUNS for c in n.children))


def _headline_future(v) -> bool:
    """Is ``v`` a headline's future, a subject with a to-infinitive and no finite verb
    ("Afghanistan to free 900 more Taliban prisoners", "Tarvo to release 50 on Sunday")?"""
    return v.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in v.children) and any(
        c.dep_ == "aux" and c.tag_ == "TO" and c.i < v.i for c in v.children) and not any(
        c.dep_ in ("aux", "auxpass") and c.tag_ != "TO" for c in v.children)


def _awaited(num) -> bool:
    """Is the figure's release or move awaited ("hundreds gathered, awaiting the arrival of
    some 1,700 Palestinians", "families waited for the release of 90")? It has not happened
    yet where the sentence stands: a prospect."""
    event, _ = _event_of(num)
    if event is None:
        return False
    v = event.head
    if event.dep_ == "pobj" and v.lower_ == "for":
        v = v.head  # "waited for the release of 90"
    elif event.dep_ not in ("dobj", "obj"):
        return False
    return _lemma(v) in cues.WAIT_VERBS | {"wait"} and not _negated(v)


#: A span still ahead: "over the next six weeks", "in the coming days".
_COMING_SPAN = re.compile(r"\b(?:over|in|during|within)\s+the\s+(?:next|coming)\s+"
                          r"(?:[\w-]+\s+){0,2}?(?:days|weeks|months|years)\b", re.I)


def _over_the_coming_weeks(num) -> bool:
    """Is the figure's release set over a span still ahead ("involves X gradually releasing
    33 hostages over the next six weeks"), its verb no past one?"""
    if not _COMING_SPAN.search(num.sent.text):
        return False
    t = _verb_above(num)
    return t is not None and not _past(t) and _verb_kind(t)[0] in (RELEASED, TRANSFERRED)


def _verb_above(num, max_steps: int | None = None):
    """The first verb at or above ``num`` in its parse, within ``max_steps`` heads; None
    when the climb reaches the root (or the limit) first."""
    t, steps = num, 0
    while t.pos_ not in ("VERB", "AUX"):
        if t.head.i == t.i or (max_steps is not None and steps > max_steps):
            return None
        t, steps = t.head, steps + 1
    return t


def _hoped_for(num) -> bool:
    """Is the figure inside what a hope is for ("hope for ending the war and securing the
    release of nearly 100 remaining hostages")? A prospect, not a release."""
    t = num
    for _ in range(12):
        h = t.head
        if h.i == t.i:
            return False
        if h.pos_ == "NOUN" and _lemma(h) in cues.HOPE_NOUNS and t.dep_ == "prep" \
                and t.lower_ in ("for", "of"):
            return True
        t = h
    return False


def _in_a_plan_s_terms(num) -> bool:
    """Is the figure in a sentence that states a plan's terms, its main verb one of stating
    with a plan or a phase of one for subject ("The truce calls for fighting to stop, aid to
    be sent in and 33 hostages to go free in return for 2,000 prisoners", "The first phase
    of the deal, involves X releasing 33"), told in the present, however the parser hung the
    figure, and no clause of its own between tells a past event ("with 48 freed so far")?"""
    root = num.sent.root
    if _lemma(root) not in cues.PLAN_VERBS or _past(root) or not any(
            c.dep_ == "nsubj" and _plan_or_its_phase(c) for c in root.children):
        return False  # (not "the deal involved the release of 700": what it did)
    t = num
    while t.i != root.i:
        if t.pos_ in ("VERB", "AUX") and t.dep_ in ("relcl", "ccomp", "advcl", "conj", "acl",
                                                   "pcomp") \
                and (_past(t) or t.tag_ == "VBN"):
            return False  # "..., with at least 48 freed so far"
        t = t.head
    return True


def _plan_or_its_phase(t) -> bool:
    """A plan or truce ("the deal"), or a phase of one ("the first phase of the deal")."""
    plans = cues.PLAN_NOUNS | cues.TRUCE_NOUNS
    return _lemma(t) in plans or any(
        p.dep_ == "prep" and p.lower_ == "of" and any(_lemma(x) in plans for x in p.subtree)
        for p in t.children)


def _plan_carried_out(plan) -> bool:
    """Is the plan noun the object of a verb that says it was carried out ("the flights
    completed the deal to exchange 140 for 520")? Its figures are then done, not planned."""
    v = plan.head
    return plan.dep_ in ("dobj", "obj", "nsubjpass") and v.pos_ in ("VERB", "AUX") \
        and _lemma(v) in cues.COMPLETION_VERBS and _past(v) and not _negated(v)


def _prospective(num) -> bool:
    """Whether the figure's clause states a prospect (a modal, or a plan or offer) rather
    than a fact: the first verb above the number has a modal auxiliary, or is the to-clause
    of a verb of planning, or of a verb with a modal ("could begin to free")."""
    if _under_a_plan(num) or _put_off(num) or _awaited(num) or _yet_to_be_moved(num) \
            or _in_a_plan_s_terms(num) or _over_the_coming_weeks(num) or _hoped_for(num):
        return True
    noun = num.head if num.dep_ == "nummod" else num
    if noun.dep_ == "pobj" and noun.head.lower_ == "with" and _held_now(num):
        return False  # "may lead to more releases, with 76 hostages still in X": a fact
    t = _verb_above(num, max_steps=8)
    if t is None:
        return False
    if _lemma(t) in cues.PROSPECTIVE_GOVERNORS and any(c.dep_ == "xcomp" for c in t.children):
        return True  # "28 are expected to be handed over": the subject raised to the plan
    if _headline_future(t):
        return True
    if _a_condition(t) or _was_due(t):
        return True
    subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")
                 and c.left_edge.i <= num.i <= c.right_edge.i), None)
    after = _verb_after_participle(t, subj) if subj is not None else None
    if after is not None:
        t = after  # "300 people imprisoned for theft will be released": the verb misread
    if _still_to_come(t, num):
        return True
    aim = t
    for _ in range(2):  # "pressure to do more to secure freedom for 12": the aim's aim
        if aim.dep_ in ("advcl", "xcomp") and _infinitive(aim) and _infinitive(aim.head):
            aim = aim.head
    if aim.dep_ in ("acl", "relcl") \
            and _lemma(aim.head) in cues.EFFORT_NOUNS | cues.PRESSURE_NOUNS \
            and _infinitive(aim) and not any(
            _lemma(x) in cues.SUCCESS_VERBS for x in t.sent):
        # "an operation to secure the release of 1,000 other hostages": its aim (not "the
        # operation to free 40 hostages succeeded"), also hung as a relative clause ("the
        # operation to rescue the 13 could last four days"); "pressure to bring home 60"
        return True
    if _purpose_of_a_vehicle(t) and not any(_lemma(x) in cues.SUCCESS_VERBS for x in t.sent):
        return True  # "chartered planes to repatriate 600", "put on 16 flights to ferry 600"
    if _verb_kind(t)[0] is None and not any(
            c.dep_ == "prep" and c.lower_ in cues.MEMBERSHIP for c in t.children) and any(
            c.dep_ == "relcl" and _verb_kind(c)[0] == RELEASED and any(
                x.dep_ == "aux" and x.lower_ in cues.PROSPECTIVE_MODALS for x in c.children)
            for c in noun.children):
        # (not "Among those released were 52 foreigners, who will be deported": freed, then)
        return True  # "the files of some 30 others who could be released are being reviewed"
    plan = next((c for c in noun.children if c.dep_ == "relcl"), None)
    if plan is not None and _lemma(plan) in cues.PROSPECTIVE_GOVERNORS and any(
            c.dep_ == "xcomp" for c in plan.children) and (_verb_kind(t)[0] is None
                                                          or noun.dep_ == "pobj"):
        # "fewer than the 23 POWs that X had promised to free", "freed 100 as part of the
        # 2,000 it pledged to release": promised only (not "the 23 it promised to free were
        # freed": the verb's own subject)
        return True
    for _ in range(3):
        auxes = [c for c in t.children if c.dep_ in ("aux", "auxpass")]
        if any(a.lower_ in cues.PROSPECTIVE_MODALS for a in auxes) and not any(a.lemma_ == "have"
                                                                               for a in auxes) \
                and not (_lemma(t) in cues.SPEECH_VERBS
                         and all(a.lower_ == "can" for a in auxes
                                 if a.lower_ in cues.PROSPECTIVE_MODALS)):
            # not "may have freed 30": a guess about the past; nor "we can confirm the
            # release of 3": what can be said now
            return True
        if t.dep_ != "xcomp" or t.head.i == t.i:
            return False
        t = t.head
        if _lemma(t) in cues.PROSPECTIVE_GOVERNORS:
            return True
    return False


def _purpose_of_a_vehicle(v) -> bool:
    """Is verb ``v`` the to-clause of purpose of a plane, a flight or a bus, or of one laid on
    ("planes to repatriate 600", "put on 16 flights to ferry 600 home"; not "used buses to
    move 300")? It tells what the vehicles are for, not what they did."""
    if not _infinitive(v) or v.dep_ not in ("acl", "relcl", "advcl", "xcomp"):
        return False
    h = v.head
    if _lemma(h) in cues.VEHICLE_NOUNS and v.dep_ != "xcomp":
        return True
    return h.pos_ in ("VERB", "AUX") and v.dep_ in ("advcl", "xcomp") \
        and _lemma(h) in cues.LAY_ON_VERBS and any(
        c.dep_ in ("dobj", "obj") and _lemma(c) in cues.VEHICLE_NOUNS for c in h.children)


def _a_condition(v) -> bool:
    """Is verb ``v``'s clause a condition: "would free 40 if the rebels released three",
    "provided the group freed three" (not "it is unknown if the measure benefits any of the
    19,000": a question)?"""
    return (v.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in cues.CONDITION_WORDS
                                      for c in v.children) and not _asks_whether(v)) or (
        v.dep_ in ("pcomp", "ccomp", "advcl") and v.head.lower_ in cues.CONDITION_WORDS)


def _was_due(v) -> bool:
    """Does verb ``v`` say what had to happen, by a passive to-clause: "200 had to be released
    on Thursday, but two died", "need to be freed" (not "had to walk home")?"""
    return _lemma(v) in cues.OBLIGATION_VERBS and any(
        c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)
        and any(a.dep_ == "auxpass" for a in c.children) for c in v.children)


def _asks_whether(v) -> bool:
    """Is the if-clause ``v`` an indirect question ("it is unknown if the measure benefits
    ...", "asked if they were freed"), not a condition?"""
    head = v.head
    words = {_lemma(head)} | {_lemma(c) for c in head.children if c.dep_ in ("acomp", "attr")}
    return bool(words & cues.QUESTION_WORDS)


def _still_to_come(v, num) -> bool:
    """Does verb ``v``, the first above the figure, tell of something still to come without
    a modal: "were to be released", "are due to be freed", "is being released very soon",
    "the release of 80 is expected"?"""
    if _lemma(v) == "be" and any(c.dep_ == "xcomp" and _infinitive(c) for c in v.children):
        return True  # "another 80 were to be released": "be to" is a plan
    if v.dep_ == "xcomp" and _lemma(v.head) == "be" and _infinitive(v) and any(
            o.dep_ in ("dobj", "obj") and o.left_edge.i <= num.i <= o.right_edge.i
            for o in v.children) and not any(c.dep_ in ("acomp", "attr")
                                             for c in v.head.children):
        # "the rebels are to free 1,000 captives" (its object only; not "it has been
        # possible to return 3,300")
        return True
    if _lemma(v) == "be" and any(c.dep_ in ("acomp", "attr")
                                 and c.lower_ in cues.PROSPECTIVE_STATES
                                 and any(x.dep_ == "xcomp" for x in c.children)
                                 for c in v.children):
        return True  # "are due to be freed", "is set to be released"
    if _lemma(v) in cues.PROSPECTIVE_GOVERNORS and any(c.dep_ == "auxpass" for c in v.children) \
            and any(c.dep_ == "nsubjpass" and c.left_edge.i <= num.i <= c.right_edge.i
                    and _noun_kind(c) in (RELEASED, TRANSFERRED) for c in v.children):
        return True  # "the release of 80 is expected", "the handover of 40 is planned"
    if _past(v) or _verb_kind(v)[0] not in (RELEASED, TRANSFERRED):
        return False
    return any(c.dep_ in ("advmod", "npadvmod", "prep", "tmod", "obl")
               and not c.left_edge.i <= num.i <= c.right_edge.i
               and any(_time_to_come(x) for x in c.subtree)
               for c in v.children)  # "is being released very soon", "are freed next week"


def _time_to_come(x) -> bool:
    """Is ``x`` a word of a time still to come: "soon", "tomorrow", or "next"/"coming" on a
    time noun ("next week", "in the coming days"; not "next to the border")?"""
    if x.lower_ in cues.FUTURE_TIME_WORDS:
        return True
    return x.lower_ in cues.FUTURE_MODIFIERS and x.head.i != x.i and x.head.i > x.i and (
        x.head.ent_type_ in ("DATE", "TIME") or _lemma(x.head) in cues.TIME_NOUNS
        or x.head.lower_ in cues.MONTH_WORDS | cues.SAME_DAY_WORDS)


def _unfulfilled(t, cue) -> bool:
    """Is the release or transfer ``cue`` said of ``t`` denied, demanded or only planned
    ("have not freed the crew", "demanded the release of the crew", "will free the crew")?"""
    return _negated(cue) or _demanded_on_path(t) or _prospective(t)
