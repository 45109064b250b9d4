"""Whether freed people are named by their citizenship, and whether that makes them foreign
nationals: not the freeing state's own citizens, a side of a swap, or the release itself."""
from __future__ import annotations

from .. import cues
from ..places import country_of, demonym_country
from .governor import _in_exchange
from .tokens import _is_foreign, _is_nationality, _is_people_noun, _lemma, _set_against_foreign


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
    return _is_nationality(tok) and (_lemma(tok) in cues.NATIONALITY_NOUNS
                                     or _lemma(tok) not in cues.PEOPLE_NOUNS)


def _own_citizens(noun, cue, possessive: bool = True) -> bool:
    """Does ``noun`` name the citizens of the state that frees them ("Ghana freed 40
    Ghanaians", "freed 30 of its citizens")? Those are not foreign nationals. Without
    ``possessive``, "its citizens" says nothing (the "its" may be another state's: "the
    embassy said 16 of its citizens were among those deported")."""
    if cue is not None and cue.pos_ == "NOUN" and cue.dep_ in ("dobj", "obj") \
            and cue.head.pos_ == "VERB":
        cue = cue.head  # "the council granted amnesty to ...": the granting verb's subject
    if cue is None or noun is None or cue.pos_ not in ("VERB", "AUX"):
        return False
    if possessive and any(c.dep_ == "poss" and c.lower_ in ("its", "their", "our")
                          for c in noun.children):
        return True
    demonyms = [noun] + [c for c in noun.children if c.dep_ in ("amod", "compound")]
    demonyms += [x for d in demonyms[1:] for x in d.conjuncts]  # "Xian and Yan nationals"
    actors = [c for c in cue.children if c.dep_ == "nsubj"
              and not c.left_edge.i <= noun.i <= c.right_edge.i]  # not "40 Xs benefit"
    actors += [p for a in cue.children if a.dep_ == "agent" for p in a.children
               if p.dep_ == "pobj"]
    for a in actors:
        for x in (x for x in a.subtree if x.ent_type_ in ("GPE", "NORP") and len(x.text) >= 4):
            if any(d.ent_type_ in ("NORP", "GPE") and (
                    x.lower_[:5] == d.lower_[:5]
                    or (demonym_country(d.text) or 0) == country_of(x.text))  # China, Chinese
                   for d in demonyms):
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


def _home_from_captivity(noun, cue) -> bool:
    """Is the figure people returning home from being held ("the return of 100 Xs from Y
    captivity", "brought 40 Xs back from prison")? Going home, they are no foreigners: the
    release of the story's people, whatever their nationality."""
    if cue is None or _lemma(cue) not in cues.RETURN_NOUNS | cues.HANDED_BACK_VERBS:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "from" and any(
        p.dep_ == "pobj" and _lemma(p) in cues.HELD_IN
        for p in c.children) for t in (noun, cue) for c in t.children)


def _names_the_release(noun, cue) -> bool:
    """Does a definite count name the whole set a release freed ("the 90 Xs freed by Y",
    "the 40 Xs released on Monday")? That is the release itself, told by who was freed, not
    a nationality among those freed."""
    if cue is None or cue.head.i != noun.i or cue.dep_ not in ("acl", "relcl", "amod"):
        return False
    return any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in noun.children)
