"""The kind a figure takes from outside its own clause: what happened to a group it counts
or lists ("the crew included 21 sailors", "its 29 crew"), and a release or transfer in its
sentence or the one before."""
from __future__ import annotations

from ... import kinds
from ...kinds import RELEASED, REMAINING, TRANSFERRED
from .. import cues
from .counted import _headcount
from .governor import _climb, _described_only
from .tokens import SUBJ_OBJ, _lemma
from .when import _unfulfilled
from .word_kind import _named_kind, _negated, _noun_kind, _verb_kind


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
    if subj is None and v.dep_ == "acl" and v.tag_ == "VBG":
        subj = v.head  # "a first group, consisting of 14 people": the noun it describes
    return (v, subj) if subj is not None else (None, None)


def _named_release(whole, num) -> tuple[str | None, object]:
    """A release or transfer the figure lists the people of ("announced the release of a
    group of prisoners, consisting of at least 14 people"), done, not demanded or planned;
    (None, None) otherwise."""
    k = _noun_kind(whole)
    if k not in (RELEASED, TRANSFERRED) or _unfulfilled(num, whole):
        return None, None
    return k, whole


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
    return any(_tells_release(t) for t in num.sent)


def _tells_release(t) -> bool:
    """Is token ``t`` a word of release, a verb ("pardoned") or a noun ("a pardon")?"""
    lem = _lemma(t)
    return (t.pos_ in ("VERB", "AUX") and lem in kinds.verbs(RELEASED)) or (
        t.pos_ == "NOUN" and lem in kinds.nouns(RELEASED))
