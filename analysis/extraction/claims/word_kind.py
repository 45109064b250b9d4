"""The kind one word cues by the kind registry: a verb with its particles, objects and
prepositions, a noun, a modifier or relative clause on the counted phrase; and the verb's
tense and negation."""
from __future__ import annotations

from ... import kinds
from ...kinds import OTHER, RELEASED, REMAINING, TRANSFERRED
from .. import cues
from .place import _but_instead, _goes_to_place, _neutral_body, _preps, _under_way
from .tokens import _infinitive, _is_people_noun, _lemma, _pointed_at, singular

#: States people are found in that make the finding a rescue ("found alive", "located the
#: 31 alive migrants").
STATE_FOUND_IN = {"alive", "safe", "unharmed"}


def _taken_captive(v) -> bool:
    """Is the verb a capture by its complement ("have been taken hostage ... in a region",
    "were taken prisoner in X"): where they were seized, not where they were sent?"""
    return any(c.dep_ in ("dobj", "oprd", "attr", "acomp") and c.lower_ in (
        cues.CAPTIVE_NOUNS | {"prisoner"}) and not any(x.dep_ in ("det", "nummod", "amod")
                                                       for x in c.children)
        for c in v.children)  # the bare singular: "taken hostage", not "sent 154 prisoners"


def _left_behind(v) -> bool:
    """Is the verb "left" said of the people left somewhere ("57 hostages left in Gaza", "40
    are left in captivity"), not of people who left ("left for X", "left X")?"""
    return _lemma(v) == "leave" and v.tag_ == "VBN" and (
        v.dep_ == "acl" or any(c.dep_ == "auxpass" for c in v.children)) and not any(
        c.dep_ in ("prep", "dobj", "obj") and c.lower_ not in ("in", "behind", "inside")
        for c in v.children) and not any(c.dep_ in ("prt", "xcomp", "oprd", "acomp", "ccomp")
                                         for c in v.children)  # not "left stranded"


def _verb_kind(v) -> tuple[str | None, object]:
    """Kind cued by a verb and its particles/objects/prepositions, and the verb itself."""
    lem = _lemma(v)
    if lem in cues.DEATH_VERBS:
        return OTHER, v  # "four had died in captivity": dead, whatever the place says
    if lem == "take" and any(c.lower_ in cues.TAKEN_AS for c in v.children
                             if c.dep_ in ("oprd", "dobj", "acomp", "advmod", "xcomp", "attr")) \
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children) \
            and (v.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") for c in v.children)):
        # "since nearly 300 girls were taken captive": their capture, the clause's own verb
        # (not "2,800 Ukrainians taken captive ... have been released": who they are)
        return OTHER, v
    cued = kinds.cued()
    found = {k.name for k in cued if lem in k.verbs}
    if RELEASED in found and _out_of_care(v):
        return OTHER, v  # "17 were discharged from the hospital": care, not captivity
    if _a_sentence(v):
        return OTHER, v  # "sentenced to life in prison", "ordered to be jailed for 10 years"
    if _left_behind(v):
        return REMAINING, v  # "57 hostages left in Gaza", "are left in captivity"
    if lem in cues.FIND_VERBS and _found_captives(v):
        return RELEASED, v  # "troops found 49 migrants who were kidnapped": rescued
    if lem in cues.WAIT_VERBS and any(c.dep_ in ("dobj", "obj") and _lemma(c) not in
                                      cues.AWAITED_BY_THE_HELD for c in v.children):
        return None, None  # "about 100 people awaited their arrival": not held, waiting
    pairs = set()
    for c in v.children:
        pairs.add((lem, _lemma(c)))
        pairs.add((_lemma(c), lem))
        if c.dep_ == "prep" and not any(p.dep_ == "nsubj" for p in c.children):
            # (not a clause of its own the parser hangs as a prep: "detained 25,000, with
            # 20,000 still in detention" tells of the 20,000, not the verb's people)
            for p in c.children:
                if p.dep_ == "pobj":
                    pairs.add((_lemma(c), _lemma(p)))
                    pairs.add((c.lower_, p.lower_))  # "behind bars": the lemma is "bar"
                    pairs.add((lem, _lemma(p)))
        if c.dep_ in ("dobj", "acomp", "oprd", "prt", "advmod"):
            pairs.add((lem, c.lower_))
        if c.dep_ in ("dobj", "nsubjpass"):
            # "located the 31 alive migrants": found alive, told on the people themselves
            pairs |= {(lem, a.lower_) for a in c.children
                      if a.dep_ == "amod" and a.lower_ in STATE_FOUND_IN}
        if c.dep_ in ("dobj", "appos") and lem in cues.SWAP_VERBS:
            # "traded 40 prisoners for six soldiers" with "for" hung on the object
            pairs |= {(lem, p.lower_) for p in c.children if p.dep_ == "prep"}
        if c.dep_ in ("advcl", "xcomp", "relcl") and _infinitive(c):
            pairs.add(("to", _lemma(c)))  # "carrying 222 prisoners to exile": a noun read as verb
        if lem == "have" and c.dep_ in ("ccomp", "xcomp"):
            # "had their sentences dropped": the verb of what they had done to them
            pairs |= {(_lemma(c), _lemma(x)) for x in c.children
                      if x.dep_ in ("nsubj", "nsubjpass", "dobj")}
    if pairs & cues.CLEARED_SENTENCE:
        return RELEASED, v  # "the sentences of 200 prisoners were remitted"
    prt = _misread_particle(v)
    if prt is not None:
        pairs.add((lem, prt.lower_))  # "turned over 55 prisoners": "over" read as a hedge
    found |= {k.name for k in cued if pairs & k.phrases}
    if lem in kinds.verbs(RELEASED) and RELEASED in found:
        # "30,000 inmates, including women, in various prisons have been freed": the place of
        # holding on a verb of release is where they were freed from, not where they are
        found.discard(REMAINING)
    if lem == "be" and any((c.dep_ in ("acomp", "advmod") and c.lower_ in cues.FREE_STATES
                            and not any(x.dep_ == "xcomp" for x in c.children))
                           # "are now free thanks to the exchange", read as "free thanks"
                           or (c.dep_ == "attr" and c.lower_ == "thanks" and any(
                               x.dep_ == "amod" and x.lower_ in cues.FREE_STATES
                               for x in c.children))
                           for c in v.children) and not any(
            c.dep_ == "xcomp" for c in v.children):
        found.add(RELEASED)  # "the remaining 9 hostages are free", not "free to leave"
    if lem == "have" and v.tag_ in ("VB", "VBP", "VBZ", "VBG") and any(
            w.dep_ == "prep" and w.lower_ == "with" and any(
                p.dep_ == "pobj" and p.lower_ in ("them", "him", "her") for p in w.children)
            for c in [v, *(x for x in v.children if x.dep_ in ("dobj", "obj"))]
            for w in c.children):
        found.add(REMAINING)  # "the bandits claimed to have 156 pupils with them": holding
    if lem in cues.ACCOUNTED_VERBS and v.tag_ == "VBN" and any(
            c.lower_ == "for" and c.dep_ in ("prep", "prt") for c in v.children):
        found.add(RELEASED)  # "all 31 pupils have been accounted for" (not "account for most")
    if lem == "go" and v.dep_ in ("ccomp", "xcomp") and _lemma(v.head) == "let":
        # "let two women go", "let go of 14 hostages": the captors' "let" (for its denial)
        return RELEASED, v.head
    if lem in cues.LEAVE_VERBS and v.dep_ in ("xcomp", "ccomp") and not found \
            and _lemma(v.head) in cues.PERMIT_VERBS:
        # "was allowed to leave the country", "allowed 12 hostages to leave": the permit
        # (for its denial); "allowed to go home" keeps its place
        return RELEASED, v.head
    if lem in cues.PERMIT_VERBS and not found and any(
            c.dep_ == "xcomp" and _lemma(c) in cues.LEAVE_VERBS and not any(
                x.dep_ in ("advmod", "prep") and x.lower_ in ("home", "to") for x in c.children)
            for c in v.children):
        return RELEASED, v  # "the captors allowed 12 hostages to leave" (object and to-clause)
    if _to_safety(v):
        return RELEASED, v  # "brought 60 hostages to safety": a rescue, not a handover
    if _waiting_to_be_freed(v):
        return REMAINING, v  # "eight boys are still waiting to be rescued": held now
    if _got_out(v) or (lem in cues.SAFETY_VERBS and _out_of_a_trap(v)) or _out_alive(v) \
            or _evacuated_out_of_danger(v) or _recovered_alive(v):
        # "four boys made it to safety", "made their way out of the cave", "are out of the
        # cave", "were evacuated from the cave": out of where they were trapped
        return RELEASED, v
    if lem in cues.MOVE_VERBS | cues.HANDED_BACK_VERBS and _to_their_homes(v):
        return RELEASED, v  # "58 people have returned to their homes": back from captivity
    if _to_intermediary(v):
        return RELEASED, v  # "handed 27 soldiers over to the Red Cross": freed by captors
    if lem in cues.GAIN_VERBS and _gains_release(v):
        return RELEASED, v  # "benefit from pardons", "received an amnesty": not a handover
    if lem in cues.MOVE_VERBS | cues.HANDED_BACK_VERBS and _back_into_custody(v):
        return OTHER, v  # "7,700 escaped inmates have returned to prisons": held again
    if lem in cues.WALK_OUT_VERBS and _out_of_custody(v) and not _goes_to_place(
            v, cues.TOWARD_PREPS):
        # "saw 20 prisoners come out of the prison in the capital": out of custody, "in" the
        # place the prison is (not "left the jail for the frontier": a move there)
        return RELEASED, v
    if (lem in cues.MOVE_VERBS or _under_way(v) or _touched_down(v)) and _goes_to_place(v) \
            and not _taken_captive(v) and not _on_the_way_then(v):
        found.add(TRANSFERRED)  # "taken to X", "were en route to X"
    if lem in cues.HANDED_BACK_VERBS and any(c.dep_ == "auxpass" or (
            c.dep_ == "dobj" and _people_object(c)) for c in v.children):
        found.add(TRANSFERRED)  # "45 migrants were returned", "X returned three soldiers"
    elif lem in cues.HANDED_BACK_VERBS and _came_back(v):
        found.add(RELEASED)  # "80 pupils returned on Friday evening": back from captivity
    if lem in cues.ESCAPE_VERBS:
        found.add(RELEASED)  # "30 pupils escaped", "30 managed to escape"
    if lem in cues.FLIGHT_VERBS and _held_people_get_away(v):
        found.add(RELEASED)  # "216 inmates fled", "200 prisoners broke out of a facility"
    if lem in cues.WALK_OUT_VERBS and _out_of_custody(v):
        found.add(RELEASED)  # "1,178 began leaving prisons", "walked out of jail"
    if lem in cues.HELD_VERBS and not _past(v):
        found.add(REMAINING)  # "are held", "to be detained", "is holding"
    if _still_missing(v):
        found.add(REMAINING)  # "24 people are still missing", "leaving eight unaccounted for"
    if lem == "be" and _back_in_place(v):
        found.add(TRANSFERRED)  # "the three are now back in X": they went there, not held
    for k in cued:
        if k.name in found:
            return k.name, v
    return None, None


def _to_their_homes(v) -> bool:
    """Does a verb of going take people to their own homes or families, no place named
    ("returned to their homes", "went back to their families")? Not "to their homes in X"."""
    if any(c.dep_ == "prep" and any(p.dep_ == "pobj" and p.ent_type_ in ("GPE", "LOC")
                                     for p in c.children) for c in v.children):
        return False  # "returned to their homes in X": they went to X
    for c in v.children:
        if c.dep_ != "prep" or c.lower_ not in ("to", "into"):
            continue
        for p in c.children:
            if p.dep_ == "pobj" and _lemma(p) in ("home", "family", "families") and any(
                    x.dep_ == "poss" for x in p.children) and not any(
                    x.dep_ == "prep" for x in p.children):
                return True
    return False


def _back_into_custody(v) -> bool:
    """Does a verb of going take people to a place they are held in ("returned to prisons",
    "were brought back to jail", "taken to another prison")?"""
    return any(c.dep_ == "prep" and c.lower_ in cues.TOWARD_PREPS and any(
        p.dep_ == "pobj" and _lemma(p) in cues.CUSTODY_PLACES for p in c.children)
        for c in v.children)


def _held_people_get_away(v) -> bool:
    """Is a verb of flight said of people held ("216 inmates fled", "prisoners managed to
    flee", "200 inmates broke out of a facility"), and to no place ("fled to X" is a move)?
    "Thousands fled the fighting" is no escape: its people were not held; "inmates broke
    doors" is none either ("break" only with "out")."""
    if _lemma(v) == "break" and not any(c.lower_ == "out" for c in v.children):
        return False
    if _goes_to_place(v, cues.TOWARD_PREPS):
        return False
    holder = v.head if v.dep_ == "xcomp" and v.head is not v else v  # "managed to flee"
    subj = next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.pos_ == "NUM":  # "216 of the inmates fled"
        subj = next((p for x in subj.children if x.dep_ == "prep" and x.lower_ == "of"
                     for p in x.children if p.dep_ == "pobj"), subj)
    return subj is not None and singular(subj.lower_) in cues.HELD_NOUNS


def _out_of_custody(v) -> bool:
    """Is the place a verb of leaving leaves one people are held or trapped in: its object
    ("left prison") or the object of its "from" / "out of" ("walked out of jail", "emerged
    from the depths of a collapsed tunnel")?"""
    places = [c for c in v.children if c.dep_ in ("dobj", "obj")]
    preps = [c for c in v.children if c.dep_ == "prep" and c.lower_ in ("from", "of")]
    preps += [x for c in v.children if c.lower_ == "out" for x in c.children
              if x.dep_ == "prep" and x.lower_ == "of"]
    places += [p for c in preps for p in c.children if p.dep_ == "pobj"]
    places += [x for p in places if _lemma(p) in cues.INSIDE_NOUNS for c in p.children
               if c.dep_ == "prep" and c.lower_ == "of" for x in c.children if x.dep_ == "pobj"]
    # (a trap is left by getting out of it, not by leaving: "40 workers left the mine")
    trapped_in = cues.TRAP_PLACES if _lemma(v) not in cues.LEAVE_VERBS else set()
    return any(_lemma(p) in cues.CUSTODY_PLACES | trapped_in for p in places)


def _out_of_a_trap(v) -> bool:
    """Does the verb take people from a place they were trapped in ("evacuated from the
    cave", "pulled from the rubble")? Not from a prison: a move between prisons is none."""
    out = any(c.lower_ == "out" for c in v.children)
    preps = [c for c in v.children if c.dep_ == "prep" and (
        c.lower_ in ("from", "of") or (out and c.lower_ == "through"))]
    preps += [x for c in v.children if c.lower_ == "out" for x in c.children
              if x.dep_ == "prep" and x.lower_ in ("of", "through")]
    return any(p.dep_ == "pobj" and _lemma(p) in cues.TRAP_PLACES
               for c in preps for p in c.children)


def _evacuated_out_of_danger(v) -> bool:
    """ "101 civilians were evacuated from the steel plant", "more than 100 people were
    evacuated on May 1": an evacuation that names no place it takes people to is a rescue
    out of danger, not a move ("evacuated to Zaporizhzhia" is one; "evacuated from one
    prison" is neither, nor is moving people out of where they live: "evacuated 2,400
    residents from three villages")."""
    return _lemma(v) == "evacuate" and not _out_of_custody(v) and not any(
        c.lower_ in ("to", "into", "toward", "towards") for c in _preps(v)) \
        and not _goes_to_place(v) and not _from_where_people_live(v)


#: Places people live in: evacuated from them, they are moved out of their homes ("evacuated
#: 2,400 residents from three villages"), not rescued from a place that trapped them.
SETTLEMENT_NOUNS = {"village", "town", "city", "home", "house", "area", "region", "district",
                    "neighbourhood", "neighborhood", "community", "zone", "province", "coast",
                    "island", "valley", "settlement", "camp"}


def _from_where_people_live(v) -> bool:
    """Does the verb take people from a settlement, a named place or their homes ("from three
    villages", "from the town of X", "from Gaza")?"""
    return any(c.lower_ == "from" and any(
        p.dep_ == "pobj" and (_lemma(p) in SETTLEMENT_NOUNS or p.ent_type_ in ("GPE", "LOC"))
        for p in c.children) for c in _preps(v))


#: Words of what "recovered" takes that is no person freed ("the bodies were recovered", "78
#: deceased miners were recovered").
DEAD_WORDS = {"body", "bodies", "remains", "corpse", "corpses", "dead", "deceased", "lifeless"}


def _recovered_alive(v) -> bool:
    """ "five individuals had been recovered", "troops recovered 12 hostages": people taken
    back from their captors, said of the people (passive or object); not "the bodies were
    recovered", "78 deceased miners were recovered" nor "two of the injured have recovered"
    (from their wounds)."""
    if _lemma(v) != "recover":
        return False
    people = [c for c in v.children if c.dep_ in ("nsubjpass", "dobj", "obj")]
    passive = any(c.dep_ == "auxpass" for c in v.children)
    return bool(people) and (passive or any(c.dep_ in ("dobj", "obj") for c in people)) \
        and not any(_lemma(x) in DEAD_WORDS or x.lower_ in DEAD_WORDS
                    for c in people for x in c.subtree)


def _got_out(v) -> bool:
    """ "made it to safety", "made it out of the mine", "made their way out through the
    cave", "are out of the cave": people who got out of where they were trapped (or held,
    for "are out of prison")."""
    lem = _lemma(v)
    if lem == "be":
        return any(c.lower_ == "out" for c in v.children) and (_out_of_a_trap(v)
                                                               or _out_of_custody(v))
    if lem != "make" or not any(c.dep_ in ("dobj", "obj") and c.lower_ in ("it", "way")
                                for c in v.children):
        return False
    return _toward_safety(v) or _out_of_a_trap(v)


#: Verbs that lift or pull people out ("pulled out", "hauled out"): "carried out" or "took
#: out" is no rescue.
LIFT_OUT_VERBS = {"pull", "haul", "hoist", "winch", "lift", "bring", "airlift"}


def _out_alive(v) -> bool:
    """ "216 people have emerged alive", "were brought out alive", "200 survivors have been
    pulled out": people got or pulled out of where they were trapped, told by "alive" or by
    a verb that lifts them out, with no other place they left ("pulled out of the region")."""
    lem = _lemma(v)
    if lem in cues.WALK_OUT_VERBS | cues.SAFETY_VERBS and any(
            c.lower_ == "alive" and c.dep_ in ("acomp", "advmod", "oprd", "xcomp", "dep")
            for c in v.children):
        return True
    if lem not in LIFT_OUT_VERBS or not any(c.dep_ == "prt" and c.lower_ == "out"
                                            for c in v.children) or not any(
            c.dep_ in ("nsubjpass", "dobj", "obj") and any(
                _people_object(x) for x in (c, *c.conjuncts)) for c in v.children):
        return False  # (people lifted: not "they were brought out through 57 metres of pipe")
    places = [p for c in v.children if c.dep_ == "prep" and c.lower_ in ("of", "from")
              for p in c.children if p.dep_ == "pobj"]
    return all(_lemma(p) in cues.TRAP_PLACES for p in places)


def _on_the_way_then(v) -> bool:
    """Is ``v`` a journey told in the past progressive, the scene of something else ("buses
    carrying 167 passengers were travelling to X when gunmen stopped them")? Not a move."""
    return v.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in ("was", "were")
                                   for c in v.children)


def _waiting_to_be_freed(v) -> bool:
    """ "are still waiting to be rescued", "wait to be freed", "are waiting to be moved to
    X": people who wait for their release or their move are still held (not "waited to be
    freed on Friday, then were": a past wait)."""
    if _lemma(v) not in cues.WAIT_VERBS | {"wait"} or (_past(v) and not any(
            c.lower_ == "still" for c in v.children)):
        return False
    return any(c.dep_ == "xcomp" and _infinitive(c) and (
        _lemma(c) in kinds.verbs(RELEASED) | kinds.verbs(TRANSFERRED) or (
            _lemma(c) in cues.MOVE_VERBS and any(x.dep_ == "auxpass" for x in c.children)))
        for c in v.children)


def _people_object(c) -> bool:
    """Is object ``c`` people: "three soldiers", or a figure of them ("101 of the students")?"""
    if _is_people_noun(c):
        return True
    of = next((p for x in c.children if x.dep_ == "prep" and x.lower_ == "of"
               for p in x.children if p.dep_ == "pobj"), None) if c.pos_ == "NUM" else None
    return of is not None and _is_people_noun(of)


def _came_back(v) -> bool:
    """Is ``v`` an intransitive "returned" whose subject is people, with no place named
    ("80 pupils returned on Friday evening"), not "returned to X" (a transfer) or "returned
    fire"?"""
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    if subj is None or v.tag_ not in ("VBD", "VBN", "VBZ", "VBP"):
        return False
    people = _is_people_noun(subj) or (subj.pos_ == "NUM" and _people_object(subj))
    return people and not any(c.dep_ in ("dobj", "obj", "auxpass", "prt") or (
        c.dep_ == "prep" and c.lower_ in cues.TOWARD_PREPS) or (
        c.dep_ == "advmod" and c.lower_ in ("home", "back")) for c in v.children)


def _to_safety(v) -> bool:
    """Does verb ``v`` take people out of danger ("brought to safety", "were led to
    safety")?"""
    return _lemma(v) in cues.SAFETY_VERBS and _toward_safety(v)


def _toward_safety(v) -> bool:
    """Does the verb have a "to safety" (or "to the surface")?"""
    return any(c.dep_ == "prep" and c.lower_ in cues.TOWARD_PREPS and any(
        p.dep_ == "pobj" and _lemma(p) in cues.SAFETY_NOUNS for p in c.children)
        for c in v.children)


#: Verbs of a court's sentence ("sentenced to 10 years in prison").
SENTENCE_VERBS = {"sentence", "condemn"}
#: Held verbs a court's sentence uses with a term ("jailed for 10 years").
TERM_VERBS = {"jail", "imprison", "incarcerate"}
#: Units of a prison term.
TERM_UNITS = {"year", "month", "week", "day", "life", "decade"}


def _a_sentence(v) -> bool:
    """Is ``v`` a court's sentence, not a count held now: "sentenced to life in prison",
    "were ordered to be jailed for 10 years" (a term), whatever prison it names, "handed
    down sentences to 57"?"""
    lem = _lemma(v)
    ruling = lem in SENTENCE_VERBS or (lem == "hand" and any(
        c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in v.children)) or (
        lem in TERM_VERBS and any(c.dep_ == "prep" and c.lower_ == "for" and any(
            p.dep_ == "pobj" and _lemma(p) in TERM_UNITS for p in c.children)
            for c in v.children))
    if not ruling:
        return False
    # "2 of the prisoners returned to X had been sentenced to death": told moved, not held
    moved = kinds.verbs(RELEASED) | kinds.verbs(TRANSFERRED) | cues.HANDED_BACK_VERBS
    told = kinds.modifiers(RELEASED) | kinds.modifiers(TRANSFERRED)
    return not any(c.dep_ in ("nsubj", "nsubjpass") and any(
        t.dep_ in ("acl", "relcl", "amod") and (_lemma(t) in moved or t.lower_ in told)
        for t in c.subtree) for c in v.children)


def _still_missing(v) -> bool:
    """Does ``v`` say its people are not yet back: "are still missing" (the parser's verb
    "missing" with "still"), "are unaccounted for", "leaving eight abductees unaccounted
    for"? Not "were reported missing" (the people taken)."""
    def missing(t) -> bool:
        return t.lower_ in cues.MISSING_STATES and (t.lower_ != "missing" or any(
            c.lower_ == "still" for c in list(t.children) + list(t.head.children)))
    if missing(v):
        return True
    if _lemma(v) == "be":
        return any(c.dep_ in ("acomp", "advmod") and missing(c) for c in v.children)
    if _lemma(v) == "leave":
        return any(c.dep_ in ("dobj", "obj") and any(missing(t) for t in c.subtree)
                   for c in v.children) or (
            any(c.dep_ in ("dobj", "obj") for c in v.children) and any(
                _still_to_be_got_out(c) for c in v.children
                if c.dep_ in ("oprd", "xcomp", "ccomp", "acomp")))
    return False


#: States of people still where they were trapped: "leaving 11 still trapped".
TRAPPED_STATES = {"trapped", "stranded", "underground"}


def _still_to_be_got_out(c) -> bool:
    """The complement of "leaving N ...": still trapped ("leaving 11 trapped underground") or
    yet to be freed ("leaving 11 left to be rescued", "leaving 11 to be rescued")."""
    if c.lower_ in TRAPPED_STATES:
        return True
    return any(_lemma(x) in kinds.verbs(RELEASED) and _infinitive(x)
               for x in [c, *c.children] if x.pos_ == "VERB")


def _out_of_care(v) -> bool:
    """Does a verb of release let people out of a place of medical care ("discharged from
    the hospital", "released from a clinic")?"""
    return any(c.dep_ == "prep" and c.lower_ == "from" and any(
        p.dep_ == "pobj" and _lemma(p) in cues.MEDICAL_NOUNS for p in c.children)
        for c in v.children)


def _to_intermediary(v) -> bool:
    """Does a verb of handing over give people to a neutral body that takes captives from
    their captors ("handed over to the International Committee of the Red Cross")?"""
    if _lemma(v) not in cues.HANDOVER_VERBS:
        return False
    # anywhere after the verb in its clause: the parser hangs "to the Red Cross" on
    # "custody" in "handed over 27 soldiers in its custody to ...", on "holding" in "handed
    # over 27 soldiers it had been holding to ..."
    preps = [t for t in v.subtree if t.dep_ == "prep" and t.i > v.i]
    return any(c.lower_ in cues.TOWARD_PREPS and any(
        p.dep_ == "pobj" and _neutral_body(p) for p in c.children) for c in preps)


def _back_in_place(v) -> bool:
    """Does copula ``v`` put its subject back in a place ("are back in X", "is back home",
    "are at home in X")?
    "back in prison" is a place too: the registry's "in prison" ranks above it."""
    back = [c for c in v.children if c.dep_ in ("advmod", "prt")
            and c.lower_ in cues.RETURNED_ADVERBS]
    if any(c.dep_ == "prep" and c.lower_ == "at" and any(
            p.dep_ == "pobj" and p.lower_ == "home" for p in c.children) for c in v.children):
        return True  # "another 100 are at home in X"
    return bool(back) and (any(c.lower_ == "home" for c in back) or _goes_to_place(v))


def _gains_release(v) -> bool:
    """Is what verb ``v`` (of getting) gets a release: its object or the object of its "from"
    ("benefit from a pardon", "got an amnesty")?"""
    got = [c for c in v.children if c.dep_ in ("dobj", "obj")]
    got += [p for c in v.children if c.dep_ == "prep" and c.lower_ == "from"
            for p in c.children if p.dep_ == "pobj"]
    return any(_lemma(g) in kinds.nouns(RELEASED) or (
        _lemma(v) == "benefit" and g.lower_ in cues.ACT_NOUNS and _pointed_at(g)) for g in got)


def _misread_particle(v):
    """The word right after verb ``v`` that the parser hung on a number as a hedge ("turned
    over 55 prisoners": over/quantmod) when, with the verb, it makes a phrase of a kind of
    the registry ("turn over"); else None. "freed over 40" keeps its hedge."""
    if v.i + 1 >= len(v.doc):
        return None
    nxt = v.doc[v.i + 1]
    if nxt.dep_ != "quantmod" or nxt.lower_ not in cues.DIRECTION_PARTICLES:
        return None
    pair = (_lemma(v), nxt.lower_)
    return nxt if any(pair in k.phrases for k in kinds.cued()) else None


def _touched_down(v) -> bool:
    """ "The plane carrying the two men touched down in X": a landing (not "touched 40
    families in X")."""
    return _lemma(v) == "touch" and any(c.dep_ in ("prt", "advmod") and c.lower_ == "down"
                                        for c in v.children)


def _past(v) -> bool:
    """Is this verb a past event ("were held", "had detained", "jailed")? Present and
    infinitive forms ("are held", "to be held", "is holding") are not."""
    auxes = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
    # a perfect infinitive is a perfect: "are thought to have been detained" (arrests made)
    perfect_infinitive = any(a.lemma_ == "have" and a.tag_ == "VB" for a in auxes)
    if any(a.lower_ == "to" for a in auxes) and not perfect_infinitive:
        return False
    if _lemma(v) in cues.HELD_STATE_VERBS and v.dep_ == "ccomp" and v.head.pos_ in ("VERB",
                                                                                    "AUX") \
            and _lemma(v.head) in cues.SPEECH_VERBS and not any(a.lower_ == "had" for a in auxes):
        return False  # reported speech shifts tense back: "said 40 were held" = are held
    if perfect_infinitive or any(a.lemma_ == "have" and a.tag_ in ("VBZ", "VBP") for a in auxes):
        # present perfect: "have detained 900" is arrests made; "have been held" is a state
        return _lemma(v) not in cues.HELD_STATE_VERBS
    if auxes:
        return any(a.tag_ in ("VBD",) or a.lower_ in ("had", "was", "were") for a in auxes)
    return v.tag_ == "VBD" or (v.tag_ == "VBN" and v.dep_ not in ("acl", "amod"))


def _noun_kind(n) -> str | None:
    lem = _lemma(n)
    return next((k.name for k in kinds.cued() if lem in k.nouns), None)


def _of_a_part(c) -> bool:
    """Is the clause on a counted phrase about a part of its people, counted in the clause
    ("164 minors, 69 of whom remain held"), not about them all? A figure a membership phrase
    in the clause names ("freed by X, including 19 ...") is the part the clause names."""
    if c.dep_ not in ("acl", "relcl"):
        return False
    parts = {x.i for p in c.children if p.dep_ == "prep" and p.lower_ in cues.MEMBERSHIP
             for x in p.subtree}
    return any(x.pos_ == "NUM" and x.ent_type_ != "DATE" and x.i not in parts
               for x in c.subtree)


def _part_still_held(num, noun) -> bool:
    """Does a clause on the counted phrase say a part of its people is still held ("164
    minors, 69 of whom remain behind bars")? Then the rest are not: the figure (not the
    part's own, inside the clause) counts no people held."""
    return noun is not None and any(
        _of_a_part(c) and num.i not in {x.i for x in c.subtree}
        and (c.lower_ in cues.REMAINING_OVERRIDE or _lemma(c) in cues.REMAINING_OVERRIDE
             or _verb_kind(c)[0] == REMAINING)
        for c in noun.children)


def _verb_hung_on_the_holder(c):
    """In a headline's "125 soldiers held by rebel forces released", the parser hangs the main
    verb "released" on the holders: the participle on the holder after "held by"; else None.
    "held by" describes the people; the verb after it tells what happened to them."""
    if c.dep_ != "acl" or c.tag_ != "VBN" or _lemma(c) not in cues.HELD_VERBS:
        return None
    return next((x for a in c.children if a.dep_ == "agent" for p in a.children
                 if p.dep_ == "pobj" for x in p.children
                 if x.dep_ == "acl" and x.tag_ == "VBN" and x.i > p.i
                 and not any(o.dep_ in ("dobj", "obj") for o in x.children)), None)


def _still_on(clause) -> bool:
    """Is ``clause`` a participle or relative clause said with "still" ("... still being
    held hostage")?"""
    return clause.dep_ in ("acl", "relcl") and any(
        x.dep_ == "advmod" and x.lower_ == "still" for x in clause.children)


def _held_still(noun) -> bool:
    """Does a clause on ``noun`` say its people are still held ("300 passengers still being
    held hostage")? A present fact, whatever plan to free them the sentence states."""
    return noun is not None and any(
        _still_on(c) and _verb_kind(c)[0] == REMAINING for c in noun.children)


def _modifier_kind(tokens) -> tuple[str | None, object, bool]:
    """Kind from adjectives/participles/relative clauses on the counted phrase.

    Returns (kind, the verb that cued it, is it a 'remaining' override)."""
    best = None
    for n in tokens:
        if n is None:
            continue
        for c in n.children:
            if c.dep_ not in ("amod", "acl", "relcl", "compound"):
                continue
            low, lem = c.lower_, _lemma(c)
            if _of_a_part(c):
                continue  # "..., 300 of whom were deported": about a part, not the whole
            if low in cues.REMAINING_OVERRIDE or lem in cues.REMAINING_OVERRIDE:
                return REMAINING, c, True
            hung = _verb_hung_on_the_holder(c)
            if hung is not None:
                k, v = _verb_kind(hung)
                if k in (RELEASED, TRANSFERRED):
                    return k, v, False  # "125 soldiers held by X released": a headline's verb
            held = _believed_held_clause(c) if c.dep_ in ("acl", "relcl") else None
            if held is not None:
                return REMAINING, held, True  # "80 pupils thought to remain in captivity"
            if c.dep_ in ("acl", "relcl") or c.pos_ == "VERB":
                k, v = _verb_kind(c)
                if not k:  # "the 40 men arrested in May and freed on Friday": the later one
                    # (not "who returned on Monday and urged them to ...": a verb with an
                    # object of its own is someone else's act, misread as theirs)
                    k, v = next(((kv[0], kv[1]) for x in c.children if x.dep_ == "conj"
                                 and x.pos_ == "VERB" and not any(
                                     o.dep_ in ("dobj", "obj") for o in x.children)
                                 for kv in [_verb_kind(x)] if kv[0]), (None, None))
                if k == REMAINING and _still_on(c):
                    return k, v, True  # "300 passengers still being held hostage"
                if k in (RELEASED, TRANSFERRED) and c.dep_ == "acl" and c.i > n.i:
                    # "135 detained political prisoners released today": the participle after
                    # the people tells what happened; one before them only describes them
                    return k, v, False
                if k:
                    if best is None or kinds.rank(k) < kinds.rank(best[0]):
                        best = (k, v)
                    continue
            for kind in kinds.cued():
                if kind.name == REMAINING:
                    continue  # "jailed activists" describes them; see HELD_NOUNS default
                if (low in kind.modifiers or lem in kind.modifiers) and best is None:
                    best = (kind.name, c)
    return (best[0], best[1], False) if best else (None, None, False)


def _who_clause_past_complement(noun):
    """A "who" clause the parser hung on a thing named after the counted people ("the 344
    students of the school, who were released"): "who" stands for people, so the clause
    tells what happened to them. The clause's verb, else None."""
    if noun is None:
        return None
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.i < noun.i:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj" or _is_people_noun(obj) or obj.ent_type_ in ("PERSON", "NORP"):
                continue
            # "... of the Technical College, Dankari, who were freed": on the place's apposition
            # (a town's name the tagger may take for a person's)
            things = [obj] + [a for a in obj.children if a.dep_ == "appos"
                              and not _is_people_noun(a)]
            for c in (c for t in things for c in t.children):
                if c.dep_ == "relcl" and c.pos_ in ("VERB", "AUX") and any(
                        x.dep_ in ("nsubj", "nsubjpass") and x.lower_ in ("who", "whom")
                        for x in c.children):
                    return c
    return None


def _believed_held_clause(v):
    """The verb of a to-clause a verb of belief raises, when it says the people are held
    ("thought to remain in captivity", "believed to still be held"); else None."""
    if _lemma(v) not in cues.BELIEF_VERBS and v.lower_ not in cues.BELIEF_PARTICIPLES:
        return None
    x = next((x for x in v.children if x.dep_ == "xcomp"), None)
    if x is None:  # "thought" misread as a noun: the verb of the "to" after it
        to = v.doc[v.i + 1] if v.i + 1 < len(v.doc) else None
        x = to.head if to is not None and to.lower_ == "to" and to.dep_ == "aux" \
            and to.head.i > to.i else None
    return x if x is not None and _verb_kind(x)[0] == REMAINING else None


def _believed_held_after(noun):
    """A clause of belief that the people are held right after the counted list, whatever
    word the parser hung it on: "the fate of the 80 pupils and staff thought to remain in
    captivity" (read as the verb of "the fate"); its held verb, else None."""
    last = max(_conjuncts(noun), key=lambda t: t.i)
    after = noun.doc[last.i + 1] if last.i + 1 < len(noun.doc) else None
    if after is None or after.lower_ not in cues.BELIEF_PARTICIPLES:
        return None
    return _believed_held_clause(after)


def _named_kind(tok, people: bool = True) -> str | None:
    """The kind a people word names by itself: "the freed", "the 150 returned", and with
    ``people`` nouns of people too ("among the deportees")."""
    low, lem = tok.lower_, _lemma(tok)
    # "four Cuban exiles": people of a class, not people just exiled
    mod = not (tok.tag_ in ("NNS", "NNPS") and lem in cues.PEOPLE_NOUNS)
    return next((k.name for k in kinds.cued() if k.name != REMAINING and (
        (mod and (low in k.modifiers or lem in k.modifiers))
        or (people and (low in k.people or lem in k.people)))), None)


def _negated(v) -> bool:
    """Is the verb denied ("were not freed", "did not release", "has yet to free")?"""
    if v is None or v.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ == "neg" and c.lower_ in cues.NEGATIONS for c in v.children) \
            and not _not_this_but_that(v):
        return True  # the parser may call a stray word "neg"
    if any(c.dep_ in ("aux", "auxpass") and any(x.dep_ == "neg" and x.lower_ in cues.NEGATIONS
                                                for x in c.children) for c in v.children):
        return True  # "were not on Monday released": the denial hung on the auxiliary
    h = v.head  # "has yet to free 40": the verb is the to-clause of "have yet"
    return v.dep_ == "xcomp" and (any(c.lower_ == "yet" for c in h.children)
                                  or _lemma(h) in cues.REFUSAL_VERBS)  # "refused to free 40"


def _not_this_but_that(v) -> bool:
    """Does the denial on ``v`` fall on a phrase a "but" phrase replaces ("were not exchanged
    for X but for Y"): the act itself affirmed?"""
    return _but_instead(v) is not None


def _conjuncts(t) -> list:
    """``t`` and every conjunct (or apposition: "12 sailors, 9 sailors and a cook") joined
    to it, directly or through another."""
    out = [t]
    for c in t.children:
        if c.dep_ in ("conj", "appos"):
            out += _conjuncts(c)
    return out


def _found_captives(v) -> bool:
    """Are the people a verb of finding finds named as taken captive or missing ("found 49
    migrants who were kidnapped", "located 49 people abducted by a cartel", "49 missing
    migrants found", "found after kidnapping")? Found, they are rescued."""
    people = [c for c in v.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    if v.dep_ == "acl" and v.tag_ == "VBN":
        people.append(v.head)  # "49 migrants found after kidnapping"
    for p in people:
        sub = [x for x in p.subtree if x.i != v.i and not (v.left_edge.i <= x.i < v.i
                                                             and x.head.i == v.i)]
        if any(_lemma(x) in cues.CAPTURE_VERBS | cues.MISSING_WORDS and (
                x.dep_ in ("acl", "relcl", "amod") or x.tag_ in ("VBN", "JJ"))
               for x in sub if x.i != p.i):
            return True
    return any(c.dep_ == "prep" and c.lower_ == "after" and any(
        _lemma(x) in cues.CAPTURE_NOUNS | cues.CAPTURE_VERBS for x in c.subtree)
        for c in v.children)
