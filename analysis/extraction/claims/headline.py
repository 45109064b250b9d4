"""Kinds read from the words beside a figure where the parse fails (title-case headlines): a
kind verb just before it, a capitalised participle or a verb of arriving just after it, a
swap verb's form."""
from __future__ import annotations

from ... import kinds
from ...kinds import RELEASED, TRANSFERRED
from .. import cues
from .place import _is_place
from .tokens import _is_people_noun


def _swap_form_before(t, width: int = 3):
    """A surface form of a swap verb among the ``width`` words before ``t`` in its sentence."""
    forms = {f for w in cues.SWAP_VERBS for f in kinds.inflections(w)}
    before = t.doc[max(t.sent.start, t.i - width):t.i]
    return next((x for x in reversed(before) if x.lower_ in forms), None)


def _arrival_misread(noun) -> tuple[str | None, object]:
    """ "214 detainees land in X", "46 Xian Soldiers Return Home": a verb of arriving with a
    place after it, or of returning home, right after the counted noun, read as a noun by
    the parser (headlines): the people went there. (None, None) otherwise."""
    if noun is None or noun.i + 1 >= len(noun.doc):
        return None, None
    verb = noun.doc[noun.i + 1]
    if verb.pos_ in ("VERB", "AUX"):
        return None, None
    after = noun.doc[verb.i + 1] if verb.i + 1 < len(noun.doc) else None
    if verb.lower_ in cues.RETURN_FORMS and after is not None and after.lower_ == "home" \
            and after.head.i == verb.i:
        return TRANSFERRED, verb  # "46 Xian Soldiers Return Home": home, their own country
    if verb.lower_ not in cues.ARRIVAL_FORMS:
        return None, None
    if not any(c.dep_ == "prep" and c.lower_ in cues.TO_PREPS and any(
            p.dep_ == "pobj" and _is_place(p) for p in c.children) for c in verb.children):
        return None, None
    return TRANSFERRED, verb


def _fallback_kind(num) -> tuple[str | None, object]:
    """When the parse gives nothing (headlines in title case): a kind verb just before, or a
    capitalised participle just after the counted noun ("40 Hostages Rescued")."""
    doc = num.doc
    for t in reversed(list(doc[max(num.sent.start, num.i - 3):num.i])):
        if t.text in (",", ";"):
            break  # "those removed, including three": the verb is another clause's
        if t.dep_ == "amod" and t.head.i != num.head.i and t.head.i < num.i \
                and not _is_people_noun(t.head):
            continue  # "the remaining jail terms of 12 convicts": it describes a thing
        k = kinds.verb_forms().get(t.lower_)
        if k:
            return k, t
    swap = _swap_form_before(num)
    if swap is not None and any(x.lower_ == "for" for x in doc[num.i:num.sent.end]):
        return RELEASED, swap  # "Rebels Trade 40 Soldiers for Nine Officers"
    for t in doc[num.i + 1:min(num.i + 4, num.sent.end)]:
        if t.text in (",", ";", ":", "–", "—", "-"):
            break
        k = kinds.verb_forms().get(t.lower_)
        if k and t.text[:1].isupper() and t.lower_.endswith("ed"):
            return k, t  # "40 Hostages Rescued, 12 Gunmen Killed": a headline's participle
    return None, None
