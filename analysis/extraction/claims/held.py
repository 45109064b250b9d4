"""Whether the people a figure counts are held: now ("still held", "in captivity"), until a
release ("had been held before the release"), no more ("former detainees") or again
("re-arrested")."""
from __future__ import annotations

from ... import kinds
from ...kinds import RELEASED, REMAINING, TRANSFERRED
from .. import cues
from .counted import _tally
from .tokens import SUBJ_OBJ, _is_people_noun, _lemma
from .word_kind import _past


def _held_in(noun) -> bool:
    """Does a place of holding qualify the counted noun itself ("120 victims in captivity",
    "40 men in custody")?"""
    held = kinds.phrases(REMAINING)
    return any(c.dep_ == "prep" and any(
        p.dep_ == "pobj" and (c.lower_, _lemma(p)) in held for p in c.children)
        for c in noun.children)


def _there_are(g) -> bool:
    """Is ``g`` what an existential "there are / there remain" states ("there are 89
    fishermen in X jails")?"""
    return g.dep_ in ("attr", "nsubj") and _lemma(g.head) in ("be", "remain") and any(
        c.dep_ == "expl" for c in g.head.children)


def _held_until_release(g) -> bool:
    """Is ``g`` the subject or object of a verb of holding in the past (or of "had been
    captive", "had been in captivity") whose clause puts it before a release ("before
    Sunday's release, 170 had been held", "were held until their release")? That is the
    count held as of the release."""
    v = g.head
    if g.dep_ not in SUBJ_OBJ or v.pos_ not in ("VERB", "AUX") or not _past(v):
        return False
    held = kinds.phrases(REMAINING)
    if _lemma(v) not in cues.HELD_VERBS and not (_lemma(v) == "be" and any(
            (c.dep_ == "acomp" and c.lower_ in kinds.modifiers(REMAINING)) or (
                c.dep_ == "prep" and any(p.dep_ == "pobj" and (c.lower_, _lemma(p)) in held
                                         for p in c.children))
            for c in v.children)):
        return False  # not "had been held", "had been captive", "had been in captivity"
    events = kinds.nouns(RELEASED) | kinds.nouns(TRANSFERRED)
    for c in v.children:
        if c.dep_ != "prep" or c.lower_ not in cues.BEFORE_PREPS:
            continue
        objs = [p for x in [c] + [y for y in c.children if y.dep_ == "prep"]  # "prior to"
                for p in x.children if p.dep_ == "pobj"]
        if any(_lemma(p) in events for p in objs):
            return True
    return False


def _held_again(g) -> bool:
    """Is the counted phrase ``g`` taken again by its verb ("the 40 former detainees were
    re-arrested", "rearrested")?"""
    v = g.head
    if g.dep_ not in SUBJ_OBJ or v.pos_ not in ("VERB", "AUX"):
        return False
    words = [v] + [c for c in v.children if c.dep_ in ("acomp", "xcomp", "oprd")]
    return any(d in x.lower_ for x in words for d in cues.DETENTION_VERBS)


def _formerly_held(noun) -> bool:
    """Does ``noun`` name people held no more: "former detainees", "ex-prisoners", "former
    hostages"?"""
    if noun is None or not _is_people_noun(noun):
        return False
    if any(c.dep_ in ("amod", "compound", "nmod") and c.lower_ in cues.FORMER_MODIFIERS
           for c in noun.children):
        return _held_people(noun)
    before = noun.doc[max(0, noun.i - 2):noun.i]  # "ex-prisoners": "ex", "-", "prisoners"
    return len(before) == 2 and before[0].lower_ in cues.FORMER_MODIFIERS \
        and before[1].text == "-" and _held_people(noun)


def _still_held_now(noun, v) -> bool:
    """Does the counted noun say its people are held now ("the remaining 40 hostages still in
    captivity", "... still held") while the release verb over it is no done fact ("pledged
    to ensure that ... are freed")? Then they are still held. "have freed the remaining 40
    still in captivity" is done: freed."""
    if noun is None or v is None or v.pos_ not in ("VERB", "AUX") or _past(v):
        return False
    if _still_held(noun):
        return True
    held = kinds.phrases(REMAINING)
    return any(c.dep_ in ("prep", "acl") and any(x.dep_ == "advmod" and x.lower_ == "still"
                                                  for x in c.children)
               and (_lemma(c) in cues.HELD_VERBS or any(
                   p.dep_ == "pobj" and (c.lower_, _lemma(p)) in held for p in c.children))
               for c in noun.children)


def _held_now(num) -> bool:
    """Does the figure's own clause state a present count: "still" on its verb ("are still
    held", "the count still stands at N") or a tally put at it in the present ("the number
    of prisoners stands at N", "puts the number at N")? A release elsewhere in the sentence
    does not make it a count of people freed."""
    noun = num.head if num.dep_ == "nummod" else num
    if any(c.dep_ == "prep" and any(x.dep_ == "advmod" and x.lower_ == "still"
                                    for x in c.children) for c in noun.children):
        return True  # "with 76 hostages still in X": no verb, the place they are still in
    v = num
    for _ in range(6):
        if v.pos_ in ("VERB", "AUX") or v.head.i == v.i:
            break
        v = v.head
    if v.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ == "advmod" and c.lower_ == "still" for c in v.children):
        return True
    at_tally = num.dep_ == "pobj" and num.head.lower_ == "at" and _tally(v) is not None
    return at_tally and v.tag_ in ("VBZ", "VBP")


def _held_people(noun) -> bool:
    """Does ``noun`` name people held ("prisoners", "hostages", "political prisoners")?"""
    return noun is not None and (_lemma(noun) in cues.HELD_NOUNS
                                 or _lemma(noun).endswith("prisoner"))


def _still_held(noun) -> bool:
    """ "27 children still held": "still" and a verb of keeping right after the noun."""
    nxt = noun.doc[noun.i + 1:noun.i + 3]
    return len(nxt) == 2 and nxt[0].lower_ == "still" and (
        _lemma(nxt[1]) in cues.HELD_VERBS | kinds.verbs(REMAINING))


def _called_remaining(noun) -> bool:
    """"they hope to pull out the remaining 18 miners": people called the remaining ones are
    held now, whatever plan to free them the sentence states (not "could lead to the release
    of up to 1,000 remaining prisoners": how many of those held a plan may free)."""
    return noun is not None and any(c.dep_ == "amod" and c.lower_ in cues.REMAINING_OVERRIDE
                                    for c in noun.children) \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
