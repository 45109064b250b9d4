"""What kind of figure a count is (released, transferred, ...), from the parse and the kind
registry."""
from __future__ import annotations

import re

from ... import kinds
from ...kinds import (
    DEMANDED,
    EARLIER_RELEASE,
    FOREIGN_NATIONALS,
    OTHER,
    RELEASED,
    REMAINING,
    TRANSFERRED,
)
from .. import cues
from .counted import _headcount, _of_object
from .governor import (
    _climb,
    _described_only,
    _governor,
    _in_exchange,
    _set_kind,
    _verb_after_participle,
)
from .headline import _arrival_misread, _fallback_kind
from .held import (
    _formerly_held,
    _held_again,
    _held_in,
    _held_now,
    _held_people,
    _held_until_release,
    _still_held,
    _still_held_now,
)
from .place import _destination, _titled
from .subset import _split_off_subject
from .tokens import (
    SET_PRONOUNS,
    SUBJ_OBJ,
    TIME_DEPS,
    _is_foreign,
    _is_nationality,
    _is_people_noun,
    _lemma,
    _set_against_foreign,
)
from .word_kind import (
    _believed_held_after,
    _believed_held_clause,
    _modifier_kind,
    _named_kind,
    _negated,
    _noun_kind,
    _past,
    _verb_kind,
)


def _citizenship(tok) -> bool:
    """Does ``tok`` name people by their citizenship ("German citizens", "foreigners",
    "Americans")?"""
    if tok is None or _set_against_foreign(tok):
        return False  # "6,082 local nationals and 52 foreign nationals"
    return _is_nationality(tok) or _is_foreign(tok) or (
        _is_people_noun(tok) and any(c.dep_ in ("amod", "compound")
                                     and c.ent_type_ in ("NORP", "GPE")
                                     for c in tok.children))


def _names_citizenship(tok) -> bool:
    """Does ``tok`` itself name people by their citizenship: a demonym ("Americans") or a
    citizenship noun ("citizens of COUNTRY", "Chinese nationals")? Not a people noun that
    a nationality only describes ("Chinese engineers")."""
    if tok is None or _set_against_foreign(tok):
        return False
    return _lemma(tok) in cues.NATIONALITY_NOUNS or (
        _is_nationality(tok) and _lemma(tok) not in cues.PEOPLE_NOUNS)


def _own_citizens(noun, cue) -> bool:
    """Does ``noun`` name the citizens of the state that frees them ("Ghana freed 40
    Ghanaians", "freed 30 of its citizens")? Those are not foreign nationals."""
    if cue is None or noun is None or cue.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ == "poss" and c.lower_ in ("its", "their", "our") for c in noun.children):
        return True
    demonyms = [noun] + [c for c in noun.children if c.dep_ in ("amod", "compound")]
    actors = [c for c in cue.children if c.dep_ == "nsubj"
              and not c.left_edge.i <= noun.i <= c.right_edge.i]  # not "40 Xs benefit"
    actors += [p for a in cue.children if a.dep_ == "agent" for p in a.children
               if p.dep_ == "pobj"]
    for a in actors:
        for x in (x for x in a.subtree if x.ent_type_ in ("GPE", "NORP") and len(x.text) >= 4):
            if any(d.ent_type_ in ("NORP", "GPE") and x.lower_[:5] == d.lower_[:5]
                   for d in demonyms):
                return True
    return False


def _predicate_noun(h):
    """What a copula says its subject is: "five were German citizens" → citizens."""
    if h.dep_ in ("nsubj", "nsubjpass") and _lemma(h.head) == "be":
        return next((c for c in h.head.children if c.dep_ in ("attr", "acomp")), None)
    return None


def _demanded_on_path(num) -> bool:
    t = num
    while t.head.i != t.i:  # Token objects are views: compare indices, not identity
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
            return True
        if t.pos_ == "NOUN" and lem in kinds.nouns(DEMANDED) and t.i < num.i:
            return True
    return False


def _demand_phrase(v, via) -> bool:
    """Does verb ``v`` make a phrase of demanding ("called for", "called on X to") with a
    particle or preposition on the way to the figure (``via``) or before it? One after it
    says something else: in "what it called 'deportation' of 214 for threatening the state"
    "call" names, and "for" gives the reason."""
    return any((_lemma(v), c.lower_) in kinds.phrases(DEMANDED)
               and (c.i == via.i or c.i < via.left_edge.i) for c in v.children)


def _time_is_earlier(tokens) -> bool:
    words = [x.lower_ for x in tokens]
    if _recent_span(words):
        return False  # "in the past two days": the story's own last days
    if "earlier" in words and any(w in cues.SAME_DAY_WORDS for w in words):
        return False  # "earlier on Wednesday": the story's own day
    if any(w in cues.EARLIER_WORDS for w in words) and not any(
            w in cues.STILL_CURRENT for w in words):
        return True  # "earlier this month", "last year", "since July"
    if any(w in cues.CURRENT_TIME_WORDS for w in words):
        return False
    has_month = any(w in cues.MONTH_WORDS for w in words)
    has_year = any(x.like_num and len(x.text) == 4 and x.text.isdigit() for x in tokens)
    has_day = any(x.like_num and x.text.isdigit() and int(x.text) <= 31 for x in tokens)
    if has_month and has_day:
        return False  # a precise day is the story's own event, as a rule
    return has_month or has_year


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
    already home") rather than an earlier time ("had already been freed")?"""
    if adv.lower_ != "already":
        return False
    auxes = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lemma_ == "have" for a in auxes):
        return False
    forms = [v] + auxes
    return any(x.tag_ in ("VBZ", "VBP") for x in forms) and not any(
        x.tag_ == "VBD" for x in forms)


def _own_phrase(tok) -> list:
    """``tok``'s subtree without the clauses inside it that date a detention: in "in exchange
    for two soldiers held since April", "since April" dates their capture, not the release."""
    inner = {x.i for c in tok.subtree if c.i != tok.i and (
        (c.dep_ in ("acl", "relcl") and _lemma(c) in cues.DETENTION_VERBS)
        or _since_of_a_noun(c) or _dates_a_noun(c)) for x in c.subtree}
    return [x for x in tok.subtree if x.i not in inner]


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
    return prev is not None and prev.pos_ in ("NOUN", "PROPN") and any(
        c.tag_ in ("JJS", "RBS") or c.lower_ in ("first", "largest", "biggest")
        or c.ent_type_ == "ORDINAL" for c in prev.children)


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
                    text = f"{c.text} {num.doc[dates[0].i:dates[-1].i + 1].text}"
                    return text, _time_is_earlier(sub)
    return None


def _time_phrase(cue, num) -> tuple[str | None, bool]:
    """The time phrase in the clause of ``cue`` (or the clauses above it), and whether it
    places the event before the story's own moment: ("in June", True)."""
    own = _time_of_own_verb(cue, num)
    if own is not None:
        return own
    t = cue if cue is not None else num
    first = None
    steps = 0
    while True:
        # a detention verb above ("captured in 2020 while X released two"): its time is the
        # capture's, not the release's
        detention = steps > 0 and _lemma(t) in cues.DETENTION_VERBS
        for c in (() if detention else t.children):
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since"
                                         and not _after_a_superlative(m) for m in c.children) \
                    and not c.left_edge.i <= num.i <= c.right_edge.i:
                return t.doc[c.left_edge.i:c.right_edge.i + 1].text, True  # "since the war began"
            if c.dep_ not in TIME_DEPS or c.left_edge.i <= num.i <= c.right_edge.i:
                continue  # not a time slot, or the counted phrase itself
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
                if any(x.ent_type_ == "DATE" for x in sub) or c.lower_ == "since":
                    dates = [x for x in sub if x.ent_type_ == "DATE"] or sub
                    text = t.doc[dates[0].i:dates[-1].i + 1].text
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
        if t.head.i == t.i or steps > 6:
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
        t = t.head
        steps += 1


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
    return any(x.lower_ in cues.AFTERMATH_WORDS or (
        _lemma(x) in cues.CAPTURE_NOUNS and x.dep_ == "pobj" and x.head.lower_ in (
            "after", "following", "since")) for x in words)


def _earlier(cue, num) -> bool:
    """Does the clause of ``cue`` (or the clauses above it) carry an earlier time?"""
    return _time_phrase(cue, num)[1]


#: Before a figure: a tally moved to it ("bringing the total of those repatriated to ").
_TALLY_RAISED = re.compile(r"\b(?:bring|brought|rais|tak|took|push|lift)\w*\s+(?:the|its|"
                           r"their|a)\s+(?:\w+\s+)?(?:" + "|".join(sorted(cues.TALLY_NOUNS))
                           + r")\b[^.;:]{0,80}\bto\s+(?:\w+\s+){0,2}$", re.I)


def _running_total(num, cue) -> bool:
    """Is the figure a total of all releases so far, not the story's own: "bringing the total
    of those repatriated to 2,345", "the 2,100 soldiers returned over the course of the war",
    "returned throughout the conflict"?"""
    before = num.doc.text[num.sent.start_char:num.idx]
    if _TALLY_RAISED.search(before):  # the parser often hangs "to N" on the wrong verb
        return True
    if cue is None or cue.pos_ not in ("VERB", "AUX"):
        return False
    for c in cue.children:
        if c.dep_ == "prep" and c.lower_ in cues.SPAN_PREPS:
            p = next((x for x in c.children if x.dep_ == "pobj"), None)
            if p is not None and any(_lemma(y) in cues.CONFLICT_NOUNS for y in (
                    p.subtree if _lemma(p) == "course" else [p])):
                return True
    return False


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
            if h.dep_ in ("acl", "xcomp") and _lemma(h.head) in cues.PLAN_NOUNS:
                return not _plan_carried_out(h.head)  # "an agreement to release 1,000"
            if _lemma(h) in cues.PLAN_VERBS and (
                    (h.dep_ == "relcl" and _lemma(h.head) in cues.PLAN_NOUNS) or any(
                        c.dep_ == "nsubj" and _lemma(c) in cues.PLAN_NOUNS | cues.TRUCE_NOUNS
                        for c in h.children)):
                return True  # "the deal, which stipulates the release of 40", "the truce
                # outlines the release of 50": what the plan provides, not what happened
            return t.dep_ == "prep" and t.lower_ == "to" and _lemma(h) in (
                cues.PROSPECTIVE_GOVERNORS | {"agree"})  # "agreed to an exchange of 1,000"
        if _lemma(h) in cues.PLAN_NOUNS:
            return not _plan_carried_out(h)
        t = h
    return False


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
    if _under_a_plan(num):
        return True
    t, steps = num, 0
    while t.pos_ not in ("VERB", "AUX"):
        if t.head.i == t.i or steps > 8:
            return False
        t, steps = t.head, steps + 1
    if _lemma(t) in cues.PROSPECTIVE_GOVERNORS and any(c.dep_ == "xcomp" for c in t.children):
        return True  # "28 are expected to be handed over": the subject raised to the plan
    subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")
                 and c.left_edge.i <= num.i <= c.right_edge.i), None)
    after = _verb_after_participle(t, subj) if subj is not None else None
    if after is not None:
        t = after  # "300 people imprisoned for theft will be released": the verb misread
    if _still_to_come(t, num):
        return True
    for _ in range(3):
        auxes = [c for c in t.children if c.dep_ in ("aux", "auxpass")]
        if any(a.lower_ in cues.PROSPECTIVE_MODALS for a in auxes) and not any(a.lemma_ == "have"
                                                                               for a in auxes):
            return True  # not "may have freed 30": a guess about the past
        if t.dep_ != "xcomp" or t.head.i == t.i:
            return False
        t = t.head
        if _lemma(t) in cues.PROSPECTIVE_GOVERNORS:
            return True
    return False


def _still_to_come(v, num) -> bool:
    """Does verb ``v``, the first above the figure, tell of something still to come without
    a modal: "were to be released", "are due to be freed", "is being released very soon",
    "the release of 80 is expected"?"""
    if _lemma(v) == "be" and any(c.dep_ == "xcomp" and any(
            a.lower_ == "to" for a in c.children if a.dep_ in ("aux", "auxpass"))
            for c in v.children):
        return True  # "another 80 were to be released": "be to" is a plan
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


def _kind(num, noun, h, cls) -> tuple[str, object]:
    """(kind, the token whose clause decided it)."""
    if _demanded_on_path(num):
        return DEMANDED, None
    k, cue = _kind_of_people(num, noun, h, cls)
    if _of_the_dead(noun, h) and (k != REMAINING or _named_remains(noun, h)):
        # "the bodies of 40 soldiers were returned": no one freed or moved; the bodies a
        # group still holds ("the remaining 28 bodies it still holds") are still held
        return OTHER, None
    if k in (RELEASED, TRANSFERRED) and _negated(cue):
        return REMAINING, cue  # "the 40 hostages were not freed", "has yet to free 40"
    g = _climb(h)
    if k in (None, OTHER) and noun is not None and _held_in(noun) and g.dep_ in (
            "dobj", "obj") and _lemma(g.head) == "leave":
        return REMAINING, noun  # "freed 40, leaving 120 victims in captivity"
    seen = _seen_moved(g)
    if seen is not None:
        return TRANSFERRED, seen  # "the swap saw 12 prisoners moved to X"
    verb, whole = _listed_by(g)
    if whole is not None and k in (None, OTHER) and _lemma(whole) in cues.GROUP_NOUNS:
        # "The crew included 21 sailors", after "the rebels freed the crew": what happened to
        # the group happened to its people
        fate = _group_fate(whole)
        if fate[0] is not None:
            return fate
    if k in (None, OTHER):
        fate = _headcount_fate(num, noun, h)  # "the crew of 29 included seamen from X"
        if fate[0] is not None:
            return fate
    if whole is not None and whole.lower_ in SET_PRONOUNS | {"they"} and whole.dep_ == "nsubj" \
            and g.dep_ in ("dobj", "obj"):
        # "These include six detained Canadians": freed, after a release ("the government
        # freed 30 people")
        k, cue = _context_kind(num) or k, verb
    return k, cue


def _seen_moved(g):
    """The verb of a small clause that moves the people a "see" counts ("the swap saw 12
    prisoners, including two minors, moved to X"); None otherwise. ``g`` is the counted
    phrase's governed token (:func:`_climb`)."""
    v = g.head
    if g.dep_ not in ("dobj", "obj") or _lemma(v) not in ("see", "witness"):
        return None
    return next((c for c in v.children if c.dep_ in ("ccomp", "xcomp", "oprd", "advcl")
                 and c.pos_ == "VERB" and c.i > g.i and _destination(c) is not None), None)


def _listed_by(g):
    """(verb, subject) where the figure lists what a subject is made of: "the crew included
    21 sailors", "the crew, which consists of 21 sailors", "the crew is comprised of 21",
    "these include six ..." (the subject of a relative clause is the noun it hangs on);
    (None, None) otherwise. ``g`` is the counted phrase's governed token."""
    v = g.head
    if g.dep_ == "pobj" and v.lower_ == "of" and _lemma(v.head) in ("consist", "comprise",
                                                                    "compose"):
        v = v.head  # "consists of 21", "is comprised of 21"
    elif g.dep_ == "pobj" and v.lower_ == "of" and _made_up(v) is not None:
        v = _made_up(v)  # "is made up of 21"
    elif not (g.dep_ in ("dobj", "obj") and _lemma(v) in cues.PART_VERBS):
        return None, None
    subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.lower_ in ("which", "that") and v.dep_ == "relcl":
        subj = v.head
    return (v, subj) if subj is not None else (None, None)


def _made_up(of):
    """The verb "make" of "made up of" that the preposition ``of`` hangs on (from the verb or
    from its particle "up"); else None."""
    for v in (of.head, of.head.head):
        if v.pos_ in ("VERB", "AUX") and _lemma(v) == "make" and any(
                c.dep_ == "prt" and c.lower_ == "up" for c in v.children):
            return v
    return None


def _group_fate(group) -> tuple[str | None, object]:
    """What happened to a group, said of it in its own clause ("the crew, which consists of
    21, was flown to Oman") or of its last mention before ("the crew of the ship has been
    released"): a release or transfer and its verb, or, in its own clause, that it is still
    held ("remains in captivity"); (None, None) otherwise."""
    doc, lem = group.doc, _lemma(group)
    start = doc[group.sent.start - 1].sent.start if group.sent.start > 0 else group.sent.start
    if start > 0:
        start = doc[start - 1].sent.start  # up to two sentences back
    for t in [group] + [x for x in reversed(doc[start:group.i]) if _lemma(x) == lem]:
        if t.dep_ in ("nsubj", "nsubjpass", "dobj", "obj") and t.head.pos_ in ("VERB", "AUX"):
            k, v = _verb_kind(t.head)
            own_state = k == REMAINING and t.i == group.i  # "the crew, which ..., remains held"
            if (k in (RELEASED, TRANSFERRED) or own_state) and not _unfulfilled(t, v):
                return k, v
        k, n = _named_fate(t)
        if k is not None:
            return k, n
    return None, None


def _named_fate(t) -> tuple[str | None, object]:
    """A release or transfer named by a noun ``t`` is the object of ("announced the freeing
    of the crew", "the handover of the crew"), not one demanded or planned; else (None,
    None)."""
    if t.dep_ != "pobj" or t.head.lower_ != "of" or t.head.head.pos_ not in ("NOUN", "VERB"):
        return None, None
    n = t.head.head
    k = _noun_kind(n) or (_verb_kind(n)[0] if n.tag_ == "VBG" else None)
    if k not in (RELEASED, TRANSFERRED) or _unfulfilled(t, n):
        return None, None
    return k, n


def _relative_fate(group) -> tuple[str | None, object]:
    """A release or transfer a relative clause on the group states ("a group of 130 who are
    due to be freed", "the crew, who were flown to X"), through its complements; else (None,
    None)."""
    for c in group.children:
        if c.dep_ not in ("relcl", "acl"):
            continue
        todo = [c]
        while todo:
            v = todo.pop()
            k, cue = _verb_kind(v) if v.pos_ in ("VERB", "AUX") else (None, None)
            if k in (RELEASED, TRANSFERRED) and not _negated(cue):
                return k, cue
            todo += [x for x in v.children if x.dep_ in ("xcomp", "acomp")]
    return None, None


def _taken_captive(group) -> bool:
    """Is the group named by its capture ("after the capture of the ship and its 29 crew",
    "the 29 crew that gunmen seized", "gunmen seized the ship and its 29 crew")?"""
    g = _climb(group)
    if _lemma(g) in cues.CAPTURE_NOUNS or (g.dep_ == "pobj" and _lemma(g.head.head)
                                          in cues.CAPTURE_NOUNS):
        return True
    if g.dep_ in SUBJ_OBJ and _lemma(g.head) in cues.DETENTION_VERBS:
        return True
    return any(c.dep_ in ("relcl", "acl") and _lemma(c) in cues.DETENTION_VERBS
               for c in group.children)


def _unfulfilled(t, cue) -> bool:
    """Is the release or transfer ``cue`` said of ``t`` denied, demanded or only planned
    ("have not freed the crew", "demanded the release of the crew", "will free the crew")?"""
    return _negated(cue) or _demanded_on_path(t) or _prospective(t)


def _fate_nearby(num) -> str | None:
    """A release or transfer that happened, cued in the figure's sentence or the one before
    (not one denied, demanded or planned); else None."""
    sent = num.sent
    start = num.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for t in num.doc[start:sent.end]:
        if t.pos_ in ("VERB", "AUX"):
            k = _verb_kind(t)[0]
        elif t.pos_ in ("NOUN", "PROPN"):
            k = _noun_kind(t) or _named_kind(t)
        else:
            continue
        if k in (RELEASED, TRANSFERRED) and not _unfulfilled(t, t):
            return k
    return None


def _headcount_fate(num, noun, h) -> tuple[str | None, object]:
    """What happened to a group whose size the figure gives ("the crew of 29 included
    seamen from X", "its 29-strong crew"), when its own clause says nothing of a release
    or transfer: the group's fate (:func:`_group_fate`), else, for a group already spoken of
    ("the crew", "its crew"), a release or transfer in its sentence or the one before.
    (None, None) for a group only described by another event ("the capture of the ship and
    its 29 crew")."""
    if noun is None or _lemma(noun) not in cues.GROUP_NOUNS or not _headcount(noun):
        return None, None
    if _described_only(_climb(h)) or _taken_captive(noun):
        return None, None
    fate = _relative_fate(noun)
    if fate[0] is None:
        fate = _group_fate(noun)
    if fate[0] is not None:
        return fate
    known = any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in noun.children)
    k = _fate_nearby(num) if known else None
    return (k, None) if k is not None else (None, None)


def _named_remains(noun, h) -> bool:
    """Is "remains" the word for the dead ("the remains of 12 hostages"), which a kind read
    from the verb "remain" must not take for people still held?"""
    of_head = h.head.head if h.dep_ == "pobj" and h.head.lower_ == "of" else None
    return "remains" in (getattr(noun, "lower_", ""), getattr(of_head, "lower_", ""))


def _kind_of_people(num, noun, h, cls) -> tuple[str, object]:
    """(kind, cue) read from the figure's clause, before :func:`_kind` checks what it counts
    (the dead), whether the verb is denied, and what the sentences around it say."""
    split = _split_off_subject(h)
    if split is not None:
        # "With the release of 40 pupils, 53 pupils and 6 teachers are still held": the main
        # clause's subjects, read as more of the fronted phrase's list
        return _clause_kind(split)
    mod_tokens = [noun] if noun is not None and noun.i != h.i else []
    mod_tokens += [h, num]
    mk, mv, override = _modifier_kind(mod_tokens)
    if not override:
        believed = _believed_held_after(noun if noun is not None else h) or (
            _believed_held_clause(h) if h.lower_ in cues.BELIEF_PARTICIPLES else None)
        if believed is not None:
            mk, mv, override = REMAINING, believed, True
    g = _climb(h)
    k, cue_v, (member, member_cue) = _governor(g)
    if override and not (k in (RELEASED, TRANSFERRED) and not _prospective(num)
                         and not _still_held_now(noun, cue_v)):
        return REMAINING, mv  # not "freed the remaining 13": those left until now, freed
    override = False
    if k is None and member is None and g.i != h.i:
        k, cue_v, (member, member_cue) = _governor(h)
    if k is None and member is None and g.i != h.i and not mk:
        mk, mv, override = _modifier_kind([g])  # "the returned servicemen, 64 men and two women"
        if override:
            return REMAINING, mv
    nationality = noun is not None and (_is_nationality(noun) or (
        # "9 Kenyan nationals and two Ugandans"
        noun.dep_ == "conj" and _is_nationality(noun.head)))
    if k is None and member in (RELEASED, TRANSFERRED):
        # a nationality among those moved to a named place is a part of that transfer
        # ("three Italians were among those flown to Rome"), else foreign nationals
        moved_there = member == TRANSFERRED and _destination(member_cue) is not None
        k = FOREIGN_NATIONALS if nationality and not moved_there else member
        cue_v = member_cue
    elif k is None and member == REMAINING:
        k, cue_v = member, member_cue  # "1,400 are held, including 40 journalists"
    if k is None and mk:
        k, cue_v = mk, mv
    if k is None and noun is not None and _is_people_noun(noun):
        welcomed = _received_by_country(g)
        if welcomed is not None:
            k, cue_v = TRANSFERRED, welcomed  # "This week COUNTRY welcomes 214 people"
    recv = _received_captives(g, noun)
    if recv is not None and (k is None or (k == TRANSFERRED and cue_v is not None
                                           and cue_v.i == recv.i)):
        # "the governor took custody of 40 pupils kidnapped in May": freed to the receiver;
        # received at a named place, they went there
        k, cue_v = (TRANSFERRED if _destination(recv) is not None else RELEASED), recv
    whole = noun is not None and _of_object(num) is not None and _of_object(num).i == noun.i
    own = noun is not None and num.head.i == noun.i and num.dep_ == "nummod" and not (
        g.dep_ == "pobj" and _described_only(g))  # not "the return of 75 evacuees was delayed"
    if k is None and noun is not None and _named_kind(noun, people=whole or own):
        # "of the 24 freed", "the 150 returned", "30 of the returnees", "a flight of 67 deportees"
        k, cue_v = _named_kind(noun, people=whole or own), noun
    if k is None:
        k, cue_v = _complement_kind(g)
    if k is None:
        k, cue_v = _arrival_misread(noun)  # "214 detainees land in X": a headline's verb
    if k is None:
        k, cue_v = _fallback_kind(num)
    if k is None and _formerly_held(noun) and not _held_again(g):
        k, cue_v = RELEASED, noun  # "40 former detainees were on board": held no more
    if k is None and noun is not None and _still_held(noun):
        k, cue_v = REMAINING, None  # by the noun alone: see claims.extract._told_again
    of = _of_object(num)
    if k is None and noun is not None and of is not None and of.lower_ in SET_PRONOUNS and not (
            num.head.pos_ == "VERB" and _lemma(num.head) != "be"):
        k, cue_v = _set_kind(noun)  # "60 of them are minors": a part of the set just counted
    if k == RELEASED and cue_v is not None and cue_v.pos_ in ("VERB", "AUX") \
            and _destination(cue_v, cues.TOWARD_PREPS) is not None:
        k = TRANSFERRED  # "ten were released to COUNTRY": freed into a place's hands
    moved = _moved_on(cue_v, g) if k == RELEASED else None
    if moved is not None:
        k, cue_v = TRANSFERRED, moved  # "five were freed and flown to X": they went there
    if k == TRANSFERRED and cue_v is not None and _lemma(cue_v) in cues.HANDED_BACK_VERBS \
            and _destination(cue_v) is None and _earlier(cue_v, num):
        k = RELEASED  # "since 2022, 4,000 have been returned": earlier releases, handed back
    if k == TRANSFERRED and _held_people(noun) and _earlier(cue_v, num):
        # "since May, when 38 prisoners were expelled to X": prisoners handed over before
        # the story's event were freed then (deportees moved "last week" stay a transfer)
        k = EARLIER_RELEASE
    if k == RELEASED and (_earlier(cue_v, num) or _escaped_early(cue_v, num)):
        k = EARLIER_RELEASE  # before citizenship: "38 foreigners freed in June" is that release
    if k in (RELEASED, TRANSFERRED) and _running_total(num, cue_v):
        k = EARLIER_RELEASE  # "2,100 returned over the course of the war": all releases so far
    if k == RELEASED and noun is not None and (_is_foreign(noun) or (
            num.head.i == noun.i and _names_citizenship(noun) and not _own_citizens(noun, cue_v)
            and not (_held_there(noun) is None and (_swap_side(cue_v)
                                                   or _names_the_release(noun, cue_v))))):
        k = FOREIGN_NATIONALS  # "16 foreign nationals were freed", "Iran freed 5 Americans"
    if k in (RELEASED, TRANSFERRED) and _citizenship(_predicate_noun(g)):
        k = FOREIGN_NATIONALS  # "five of the freed were German citizens"
    pred = _predicate_noun(g)
    if (k is None and pred is not None and _is_foreign(pred)
        and _context_kind(num) in (RELEASED, TRANSFERRED)):
        k = FOREIGN_NATIONALS  # "... were nationals and 12 were foreigners", after a release
    if k == REMAINING and not override and cue_v is not None and cue_v.i == (mv.i if mv is not None
                                                                             else -1) \
            and _described_only(g) and not _still_held(noun) and not any(
                c.lower_ == "still" for c in cue_v.children):
        k = None  # "the families of 30 detained foreigners": who they are, not a count held
    if k is None and cls == "people" and _held_until_release(g):
        k, cue_v = REMAINING, g.head  # "before the release, 170 had been held": held till then
    if k is None:
        held = _held_people(noun)
        # "the 25 had been held for four years": how long they were held, not who is held
        held_before = g.dep_ in SUBJ_OBJ and g.head.pos_ in ("VERB", "AUX") and _lemma(
            g.head) in cues.HELD_VERBS and _past(g.head) and not (
                of is not None and of.lower_ in SET_PRONOUNS)  # "twenty of them": below
        k = REMAINING if held and cls == "people" and not _described_only(g) \
            and not held_before else OTHER
        if k == REMAINING and _sentence_has_release(num) and not _held_now(num):
            k = RELEASED  # "a swap involving 95 prisoners": a release is the event here
    if k in kinds.moving() and _all_but(num):
        k = REMAINING  # "all but 47 of them were freed": the 47 were not
    if (k == REMAINING and noun is not None and of is not None and of.lower_ in SET_PRONOUNS \
            and num.head.pos_ == "VERB" and _lemma(num.head) in cues.HELD_VERBS
                and _past(num.head)):
        # "twenty of them had been held at the women's prison": where a part of a set was
        # held, not people still held; the part takes the set's kind
        sk, sv = _set_kind(noun)
        if sk in (RELEASED, TRANSFERRED):
            k, cue_v = sk, sv
    return k, cue_v


def _clause_kind(v) -> tuple[str, object]:
    """The kind a clause's verb gives its subject ("are still held", "remain missing", "are
    believed to be held"); people that are "still" somewhere are still held; else other."""
    k, cue = _verb_kind(v)
    if k is None:
        k, cue = next(((kc[0], kc[1]) for c in v.children if c.dep_ == "xcomp"
                       for kc in [_verb_kind(c)] if kc[0]), (None, None))
    if k is None and any(c.dep_ == "advmod" and c.lower_ == "still" for c in v.children):
        k, cue = REMAINING, v  # "53 pupils are still with the gang"
    return (k, cue) if k is not None else (OTHER, None)


def _of_the_dead(noun, h) -> bool:
    """Does the figure count the dead: "89 bodies", "the remains of 12 hostages"?"""
    if noun is not None and noun.lower_ in cues.BODY_NOUNS:
        return True
    return h.dep_ == "pobj" and h.head.lower_ == "of" and (
        h.head.head.lower_ in cues.BODY_NOUNS or _lemma(h.head.head) in cues.BODY_NOUNS)


def _complement_kind(g) -> tuple[str | None, object]:
    """A release or transfer said of the noun a copula makes its subject: "the three women
    were the first hostages freed under the deal"."""
    pred = _predicate_noun(g)
    if pred is None or pred.pos_ not in ("NOUN", "PROPN") or not _is_people_noun(pred):
        return None, None
    k, v, _ = _modifier_kind([pred])
    if k not in (RELEASED, TRANSFERRED):
        k = _named_kind(pred, people=True)  # "the four were returnees"
        v = pred
    return (k, v) if k in (RELEASED, TRANSFERRED) else (None, None)


def _received_captives(g, noun):
    """The verb by which a receiver takes in people named as captives or as freed ("took
    custody of 40 pupils kidnapped in May", "officials received 40 freed pupils", "received
    12 hostages"), else None; not people named by their nationality. ``g`` is the counted
    phrase's governed token."""
    if noun is None:
        return None
    if g.dep_ in ("dobj", "obj") and g.head.pos_ == "VERB" \
            and _lemma(g.head) in cues.RECEIVE_VERBS:
        v = g.head
    elif g.dep_ == "pobj" and g.head.lower_ == "of" and _lemma(g.head.head) in cues.CUSTODY_NOUNS \
            and g.head.head.dep_ in ("dobj", "obj") \
            and _lemma(g.head.head.head) in cues.CUSTODY_VERBS:
        v = g.head.head.head
    else:
        return None
    # people named by their nationality are handed across a border ("the office received
    # 96 freed Xs"): a transfer, as before
    return v if _named_captive(noun) and not _citizenship(noun) else None


def _received_by_country(g):
    """The verb by which a country takes people in ("the United States welcomed 214
    people", "COUNTRY received 40 on Monday"): they went there. None when the receiver is
    no country (a person: "the President receives 73 freed pupils") or the verb is no
    receiving. ``g`` is the counted phrase's governed token."""
    v = g.head
    if g.dep_ not in ("dobj", "obj") or v.pos_ != "VERB" or _lemma(v) not in cues.RECEIVE_VERBS:
        return None
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.ent_type_ != "GPE" or _titled(subj) or _negated(v):
        return None
    return v


def _named_captive(noun) -> bool:
    """Is ``noun`` named as people taken captive or freed: a captive noun ("hostages") or a
    clause or modifier of abduction or release on it ("pupils kidnapped in May", "freed
    pupils", "pupils who were abducted")?"""
    if _lemma(noun) in cues.CAPTIVE_NOUNS:
        return True
    freed = kinds.verbs(RELEASED) | cues.ABDUCTION_VERBS
    for c in noun.children:
        if c.dep_ not in ("amod", "acl", "relcl", "compound"):
            continue
        words = list(c.subtree) if c.dep_ == "relcl" else [c]
        if any(_lemma(x) in freed or x.lower_ in kinds.modifiers(RELEASED) for x in words):
            return True
    return False


def _held_there(noun):
    """A clause on ``noun`` saying where or why they were held ("five Iranians held in the
    US", "Peruvians jailed in Bolivian prisons", "many of whom were arrested"): foreigners
    held in the country that frees them."""
    for c in noun.children:
        if c.dep_ in ("acl", "relcl") and _lemma(c) in cues.DETENTION_VERBS:
            return c
        for x in (c.subtree if c.dep_ in ("relcl", "appos", "acl") else []):
            if x.pos_ == "VERB" and _lemma(x) in cues.DETENTION_VERBS:
                return x
    return None


def _swap_side(cue) -> bool:
    """Is the figure a side of a swap told by its verb ("Three Xs were exchanged for 90
    Ys"), or of one that names no state freeing them ("Three Xs were freed in exchange for
    90 Ys")? Each side's people go home: both are released, whatever their nationality.
    "Iran freed 5 Americans in exchange for ..." names who freed them: foreigners it held."""
    if cue is None:
        return False
    if cue.pos_ in ("VERB", "AUX") and _lemma(cue) in cues.SWAP_VERBS:
        return True
    verb = None
    if cue.pos_ in ("VERB", "AUX") and _in_exchange(cue) is not None:
        verb = cue
    elif cue.pos_ == "NOUN" and cue.dep_ == "pobj" and cue.head.lower_ == "in" \
            and cue.head.head.pos_ in ("VERB", "AUX") and _in_exchange(cue.head.head) is not None:
        verb = cue.head.head  # the "for" side of "in exchange for"
    return verb is not None and not any(c.dep_ in ("nsubj", "agent") for c in verb.children)


def _names_the_release(noun, cue) -> bool:
    """Does a definite count name the whole set a release freed ("the 90 Xs freed by Y",
    "the 40 Xs released on Monday")? That is the release itself, told by who was freed, not
    a nationality among those freed."""
    if cue is None or cue.head.i != noun.i or cue.dep_ not in ("acl", "relcl", "amod"):
        return False
    return any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in noun.children)


def _moved_on(v, g):
    """A verb coordinated with release verb ``v``, sharing its subject ``g`` (the people
    counted), that takes them to a named place ("have been freed and arrived in X", "were
    freed and flown to X"), else None. Not "the rebels freed 12 and fled to X"."""
    if v is None or v.pos_ not in ("VERB", "AUX") or g.head.i != v.i \
            or g.dep_ not in ("nsubj", "nsubjpass"):
        return None
    for c in v.children:
        if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and not any(
                x.dep_ in ("nsubj", "nsubjpass") for x in c.children) \
                and _verb_kind(c)[0] == TRANSFERRED and _destination(c) is not None:
            return c
    return None


def _freed_first(cue) -> bool:
    """Does a transfer's verb say its people were freed too: a release clause on it with no
    subject of its own ("landed in X after being released", "having been freed, flew to X")
    or the release verb it is coordinated with ("were freed and flown to X")?"""
    if cue is None or cue.pos_ not in ("VERB", "AUX"):
        return False
    released = kinds.verbs(RELEASED)
    if cue.dep_ == "conj" and _lemma(cue.head) in released:
        return True
    for c in cue.children:
        if c.dep_ in ("advcl", "pcomp") or (c.dep_ == "prep" and c.lower_ in ("after", "upon",
                                                                             "on")):
            for x in [c] + [p for p in c.children if p.dep_ == "pcomp"]:
                if x.pos_ == "VERB" and _lemma(x) in released and not any(
                        y.dep_ in ("nsubj", "nsubjpass") for y in x.children):
                    return True
    return False


def _all_but(num) -> bool:
    """ "all but 47", "all except 12": the figure counts those the event left out."""
    before = [t.lower_ for t in num.doc[max(num.sent.start, num.i - 2):num.i]]
    return len(before) == 2 and before[0] == "all" and before[1] in ("but", "except", "save")


def _context_kind(num) -> str | None:
    """A release or transfer cued in the figure's sentence or the one before, if any."""
    sent = num.sent
    start = num.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for t in num.doc[start:sent.end]:
        if t.pos_ in ("VERB", "AUX"):
            k, _ = _verb_kind(t)
        elif t.pos_ in ("NOUN", "PROPN"):
            k = _noun_kind(t) or _named_kind(t)
        else:
            k = None
        if k in (RELEASED, TRANSFERRED):
            return k
    return None


def _sentence_has_release(num) -> bool:
    for t in num.sent:
        lem = _lemma(t)
        if (t.pos_ in ("VERB", "AUX") and lem in kinds.verbs(RELEASED)) or (
                t.pos_ == "NOUN" and lem in kinds.nouns(RELEASED)):
            return True
    return False
