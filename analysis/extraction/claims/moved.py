"""Whether people freed or counted went somewhere: taken in by a receiver or a country, moved
on after their release, or seen moved; and whether a transfer's people were freed first."""
from __future__ import annotations

from ... import kinds
from ...kinds import RELEASED, TRANSFERRED
from .. import cues
from .citizens import _citizenship
from .place import _destination, _titled
from .tokens import _is_people_noun, _lemma
from .word_kind import _negated, _verb_kind


def _seen_moved(g):
    """The verb of a small clause that moves the people a "see" counts ("the swap saw 12
    prisoners, including two minors, moved to X"); None otherwise. ``g`` is the counted
    phrase's governed token (:func:`.governor._climb`)."""
    v = g.head
    if g.dep_ not in ("dobj", "obj") or _lemma(v) not in ("see", "witness"):
        return None
    return next((c for c in v.children if c.dep_ in ("ccomp", "xcomp", "oprd", "advcl")
                 and c.pos_ == "VERB" and c.i > g.i and _destination(c) is not None), None)


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
    pupils", "pupils who were abducted"), or the ones still held ("the remaining
    passengers")?"""
    if _lemma(noun) in cues.CAPTIVE_NOUNS:
        return True
    freed = kinds.verbs(RELEASED) | cues.ABDUCTION_VERBS
    for c in noun.children:
        if c.dep_ not in ("amod", "acl", "relcl", "compound"):
            continue
        if c.lower_ in cues.REMAINING_OVERRIDE:
            return True  # "took custody of the 23 remaining passengers": those still held
        words = list(c.subtree) if c.dep_ == "relcl" else [c]
        if any(_lemma(x) in freed or x.lower_ in kinds.modifiers(RELEASED) for x in words):
            return True
    return False


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


def _moved_them(v, g):
    """A verb coordinated with release verb ``v`` whose object "them" (or subject "they")
    stands for the people ``v`` freed (``g``, its object: no other people named between),
    that takes them to a named place ("freed the 39 prisoners and buses had taken them into
    X", "freed 12 and flew them to X", "freed 52 and they headed to X"); else None. The
    figure stays a release, with that place."""
    if v is None or v.pos_ not in ("VERB", "AUX") or g.head.i != v.i \
            or g.dep_ not in ("dobj", "obj"):
        return None
    # "released 198 fishermen who had been jailed ... and handed them over to X": the parser
    # hangs the second verb on the relative clause, whose people cannot hand over themselves
    in_clause = [c for r in g.children if r.dep_ == "relcl" for c in r.children]
    for c in list(v.children) + in_clause:
        if c.dep_ != "conj" or c.pos_ not in ("VERB", "AUX") or _verb_kind(c)[0] != TRANSFERRED \
                or _destination(c) is None:
            continue
        subj = next((x for x in c.children if x.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and _all_of_those(subj):
            return c  # "freed 40, among them three X citizens, and all of those freed were
            # flown to Y": all the people freed, whoever was named between
        them = next((x for x in c.children if x.dep_ in ("dobj", "obj")), None)
        if them is None or them.lower_ != "them":
            # "freed 52 prisoners on Thursday and they headed to X": they went themselves
            them = subj if subj is not None and subj.lower_ == "they" else None
        after = (g.i if c in in_clause else g.right_edge.i) + 1
        if them is None or them.i < after or any(
                x.tag_ in ("NNS", "NNPS") and _is_people_noun(x)
                for x in g.doc[after:them.i]):
            continue
        return c
    return None


def _free_there(v):
    """A copula coordinated with release verb ``v`` that puts the freed in a named place
    ("were released and are now free in X"); else None."""
    if v is None or v.pos_ not in ("VERB", "AUX"):
        return None
    for c in v.children:
        if c.dep_ != "conj" or _lemma(c) != "be" or any(
                x.dep_ in ("nsubj", "nsubjpass") for x in c.children):
            continue
        free = [x for x in c.children if x.dep_ in ("acomp", "advmod")
                and x.lower_ in cues.FREE_STATES]
        # "are now free in X": the place on the copula, or on "free"
        there = next((t for t in [c] + free if _destination(t) is not None), None)
        if free and there is not None:
            return there
    return None


def _all_of_those(x) -> bool:
    """Whether a subject names all the people just freed: "all of those freed", "all of
    them", "all those released"."""
    if x.lower_ != "all":
        return False
    for c in x.children:
        of = [p for p in c.children if p.dep_ == "pobj"] if c.lower_ == "of" else [c]
        if any(p.lower_ == "them" or (p.lower_ == "those" and any(
                a.dep_ == "acl" and _verb_kind(a)[0] == RELEASED for a in p.children))
               for p in of):
            return True
    return False


def _moved_after(v, g):
    """A relative clause on the people release verb ``v`` freed (``g``, its object or passive
    subject) that takes them on to a named place after the release: in the present perfect or
    with an adverb of sequence ("released 52 prisoners who have now crossed into X", "... who
    were then flown to X"); else None. Not a move before the release ("who had crossed into
    X"), nor one only planned or denied ("who will be sent to X", "who did not reach X")."""
    of_the_release = (v is not None and v.pos_ == "NOUN" and g.dep_ == "pobj"
                      and g.head.lower_ == "of" and g.head.head.i == v.i)
    if not of_the_release and (v is None or v.pos_ not in ("VERB", "AUX") or g.head.i != v.i
                               or g.dep_ not in ("dobj", "obj", "nsubjpass")):
        return None  # (or "the release of 135 prisoners, who have arrived in X")
    for c in g.children:
        if c.dep_ != "relcl" or c.pos_ != "VERB" or _verb_kind(c)[0] != TRANSFERRED \
                or _negated(c) or _destination(c) is None:
            continue
        aux = {x.lower_ for x in c.children if x.dep_ in ("aux", "auxpass")}
        if aux & cues.PROSPECTIVE_MODALS or "had" in aux or "to" in aux:
            continue
        after = aux & {"have", "has", "'ve"} or any(
            x.dep_ == "advmod" and x.lower_ in cues.AFTERWARDS_ADVERBS for x in c.children)
        if after:
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
        if c.dep_ == "prep" and c.lower_ in ("after", "upon") and any(
                p.dep_ == "pobj" and _lemma(p) in kinds.nouns(RELEASED) and not any(
                    y.dep_ == "prep" and y.lower_ == "of" for y in p.children)
                for p in c.children):
            return True  # "were on their way to X after a negotiated release": their own
    return False


def _on_a_vehicle(v) -> bool:
    """Is carrying verb ``v`` a vehicle's ("a plane carrying 40", "Plane carrying 114 ...
    arrived"), not a tally's ("bringing to 26 the number released")?"""
    return _lemma(v.head) in cues.VEHICLE_NOUNS or any(
        c.dep_ == "nsubj" and _lemma(c) in cues.VEHICLE_NOUNS for c in v.children)


def _named_freed(noun) -> bool:
    """Are the people of a transfer, its subject, named as freed ("the 13 freed hostages
    arrived in X", "the 46 men released by Y arrived in X", "46 soldiers, pardoned by Y,
    arrived"; not "flew 704 freed detainees to X", one of several flights)? Then the move
    tells the release's figure too."""
    carried = noun is not None and noun.dep_ in ("dobj", "obj") \
        and _lemma(noun.head) in cues.CARRY_VERBS and _on_a_vehicle(noun.head)
    if noun is None or (noun.dep_ not in ("nsubj", "nsubjpass") and not carried):
        return False
    return any((c.dep_ == "amod" and c.lower_ in kinds.modifiers(RELEASED))
               or (c.dep_ == "acl" and c.tag_ == "VBN" and _lemma(c) in kinds.verbs(RELEASED)
                   and not _negated(c))
               for c in noun.children) or any(
        # "the 137 pupils abducted from X, Y State, who were released on Sunday, arrived":
        # a relative clause of theirs, however far along the subject the parser hung it
        c.dep_ == "relcl" and _lemma(c) in kinds.verbs(RELEASED) and not _negated(c)
        and any(y.dep_ == "nsubjpass" and y.lower_ in ("who", "that") for y in c.children)
        for c in noun.subtree)
