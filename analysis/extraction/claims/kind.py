"""What kind of figure a count is (released, transferred, still held, ...): :func:`_kind`
reads the figure's clause (:func:`_kind_of_people`) with the readers of the modules beside
it, then what it counts, a denial and the sentences around it."""
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
from .citizens import (
    _citizenship,
    _held_there,
    _home_from_captivity,
    _names_citizenship,
    _names_the_release,
    _own_citizens,
    _swap_side,
)
from .context import (
    _context_kind,
    _group_fate,
    _headcount_fate,
    _listed_by,
    _named_release,
    _sentence_has_release,
)
from .counted import _of_object, _tally
from .governor import _climb, _described_only, _governor, _membership_set, _set_kind
from .headline import _arrival_misread, _fallback_kind
from .held import (
    _called_remaining,
    _formerly_held,
    _held_again,
    _held_in,
    _held_now,
    _held_people,
    _held_until_release,
    _still_held,
    _still_held_now,
    _there_are,
)
from .moved import (
    _freed_first,
    _moved_on,
    _received_by_country,
    _received_captives,
    _seen_moved,
)
from .place import _destination, _preps
from .subset import _beside_a_part, _in_listed_set, _of_a_set_before, _split_off_subject
from .tokens import (
    AMONG,
    SET_PRONOUNS,
    SUBJ_OBJ,
    _is_foreign,
    _is_nationality,
    _is_people_noun,
    _lemma,
    _pointed_at,
)
from .when import (
    _days_before_another,
    _demanded_on_path,
    _earlier,
    _escaped_early,
    _for_a_ransom,
    _prospective,
    _running_total,
    _separate_event,
    _tally_of_a_day,
)
from .word_kind import (
    _believed_held_after,
    _believed_held_clause,
    _modifier_kind,
    _named_kind,
    _negated,
    _part_still_held,
    _past,
    _verb_kind,
    _who_clause_past_complement,
)

#: Before a figure: a count of the dead moved to it ("bringing the death toll ... to ",
#: "the number of dead rose to ").
_DEATH_TALLY = re.compile(r"\b(?:death|dead|fatalit\w*|casualt\w*|killed)\b[^.;:]{0,60}"
                          r"\bto\s+(?:(?:more|less|fewer|than|at|least|about|around|nearly|"
                          r"almost|over|some)\s+){0,2}$", re.I)


def _death_toll_raised(num) -> bool:
    """Is the figure a count of the dead a sentence raises ("bringing the death toll in the
    current crisis to 19")?"""
    before = num.doc.text[num.sent.start_char:num.idx]
    m = _DEATH_TALLY.search(before[-120:])
    return m is not None and bool(re.search(r"\b(?:toll|number|count|tally|total)\b|"
                                            r"\b(?:rose|rising|climbed|reached|risen)\b",
                                            m.group(0) + before[-120:][:m.start()][-40:], re.I))


#: Words of a rate in time: "each week", "every month".
_EVERY = {"each", "every"}


def _habitual(num) -> bool:
    """Is the figure a rate, what happens every week or month ("the centre that each week
    receives hundreds of migrants"), not one event of the story?"""
    t = num
    for _ in range(4):
        if t.head.i == t.i:
            break
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            return any(c.dep_ in ("npadvmod", "advmod", "tmod", "obl")
                       and _lemma(c) in cues.TIME_NOUNS
                       and any(d.dep_ == "det" and d.lower_ in _EVERY for d in c.children)
                       for c in t.children)
    return False


def _in_batches(num) -> bool:
    """Does the figure count the batches people came in ("handed over in two groups",
    "freed in three waves")?"""
    noun = num.head
    return (num.dep_ == "nummod" and _lemma(noun) in cues.BATCH_NOUNS and noun.dep_ == "pobj"
            and noun.head.lower_ in ("in", "into"))


def _the_pool_picked_from(num) -> bool:
    """Does the figure count the pool people were picked from ("were selected from a group
    of around 1,000 prisoners", "picked out of a pool of 500")?"""
    noun = num.head if num.dep_ == "nummod" else num
    of = noun.head
    pool = of.head
    return (noun.dep_ == "pobj" and of.lower_ == "of" and of.dep_ == "prep"
            and _lemma(pool) in cues.POOL_NOUNS and pool.dep_ == "pobj"
            and (pool.head.lower_ == "from"
                 or (pool.head.lower_ == "of" and pool.head.head.lower_ == "out")))


def _in_custody_without_verb(num) -> bool:
    """Is a bare figure the subject of a place of holding with no verb of its own ("with
    nearly 20,000 still in detention", "with 40 in custody")?"""
    at = num.head
    return num.dep_ == "nsubj" and at.pos_ == "ADP" and at.lower_ == "in" and any(
        p.dep_ == "pobj" and _lemma(p) in cues.HELD_IN
        for p in at.children)


def _taken_again(g, freed_by) -> bool:
    """Is ``g`` the people a verb of capture takes again, as its object or passive subject
    ("have been recaptured", "were arrested again", "police arrested 40 who had escaped"),
    the verb not denied? Not a capture told in the past perfect ("40 of the returned
    soldiers had been captured at the port": how they came to be held)."""
    v = g.head
    if g.dep_ not in ("dobj", "obj", "nsubjpass") or v.pos_ != "VERB" \
            or _lemma(v) not in cues.RECAPTURE_VERBS or _negated(v) \
            or any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in v.children):
        return False
    return _lemma(v) in cues.AGAIN_VERBS or any(
        c.dep_ in ("advmod", "prt") and c.lower_ in ("again", "back") for c in v.children) or (
        freed_by is not None and _lemma(freed_by) in cues.ESCAPE_VERBS | {"flee"})


def _predicate_noun(h):
    """What a copula says its subject is: "five were German citizens" → citizens."""
    if h.dep_ in ("nsubj", "nsubjpass") and _lemma(h.head) == "be":
        return next((c for c in h.head.children if c.dep_ in ("attr", "acomp")), None)
    return None


def _kind(num, noun, h, cls) -> tuple[str, object]:
    """(kind, the token whose clause decided it)."""
    if _for_a_ransom(num):
        return OTHER, None  # "demanded N100m ransom for the nine victims": the captors' price
    if _demanded_on_path(num):
        return DEMANDED, None
    if _counts_places(num, noun):
        return OTHER, None  # "kept in three locations": places, not people held
    if _death_toll_raised(num):
        return OTHER, None  # "bringing the death toll in the crisis to 19": the dead
    if _in_batches(num):
        return OTHER, None  # "handed over in two groups": how many batches, not people
    if noun is not None and cls != "people" and _lemma(noun) in cues.EVENT_NOUNS:
        return OTHER, None  # "267 each in three separate exchanges": how many swaps
    if _habitual(num):
        return OTHER, None  # "the centre that each week receives hundreds of migrants"
    if _the_pool_picked_from(num):
        return OTHER, None  # "were selected from a group of around 1,000": not those freed
    k, cue = _kind_of_people(num, noun, h, cls)
    if k in (None, OTHER) and noun is not None:
        k, cue = _said_of_its_part(noun) or (k, cue)
    if (_of_the_dead(noun, h) and (k != REMAINING or _named_remains(noun, h))) \
            or (k == REMAINING and _said_killed(num, noun)):
        # "the bodies of 40 soldiers were returned": no one freed or moved; the bodies a
        # group still holds ("the remaining 28 bodies it still holds") are still held
        return OTHER, None
    if k != REMAINING and _in_custody_without_verb(num):
        return REMAINING, num.head  # "..., with nearly 20,000 still in detention"
    if k == RELEASED and _release_not_secured(cue):
        return REMAINING, cue  # "failed to secure the release of the remaining seven"
    if k in (RELEASED, TRANSFERRED) and _negated(cue):
        if k == TRANSFERRED and _declined_to_go(cue):
            return OTHER, cue  # "the other three are not returning to X": free, staying away
        return REMAINING, cue  # "the 40 hostages were not freed", "has yet to free 40"
    g = _climb(h)
    if k in (None, OTHER) and noun is not None and _held_in(noun) and (g.dep_ in (
            "dobj", "obj") and _lemma(g.head) in ("leave", "have", "keep") or _there_are(g)):
        # "freed 40, leaving 120 victims in captivity", "there are 89 fishermen in X jails",
        # "the rebels still had 5,000 soldiers in captivity"
        return REMAINING, noun
    seen = _seen_moved(g)
    if seen is not None:
        return TRANSFERRED, seen  # "the swap saw 12 prisoners moved to X"
    verb, whole = _listed_by(g)
    # a group the release took only some of, or named by its capture, gives them no fate
    freed_group = whole is not None and _lemma(whole) in cues.GROUP_NOUNS \
        and not _group_not_the_freed(whole)
    if freed_group and k in (None, OTHER):
        # "The crew included 21 sailors", after "the rebels freed the crew": what happened to
        # the group happened to its people
        fate = _group_fate(whole)
        if fate[0] is not None:
            return fate
    if whole is not None and k in (None, OTHER):
        fate = _named_release(whole, num)  # "the release of a group, consisting of 14 people"
        if fate[0] is not None:
            return fate
    if whole is not None and k in (None, OTHER) and noun is not None and _is_foreign(noun) \
            and _context_kind(num) in (RELEASED, TRANSFERRED):
        # "X freed 52 people. The group included 14 foreign nationals": a part of the release
        return FOREIGN_NATIONALS, verb
    if freed_group and _pointed_at(whole) \
            and (k in (None, OTHER) or (k == REMAINING and noun is not None
                                        and (cue is None or cue.i == noun.i))):
        # "X pardoned 3,000 prisoners. This group included 2,990 nationals": the release's
        # people (a noun of prisoners says who they were, not that they are held)
        ctx = _context_kind(num)
        if ctx is not None:
            return (FOREIGN_NATIONALS if noun is not None and _is_foreign(noun) else ctx), verb
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


def _finite_clause_misread(noun, k, cue_v):
    """ "The remaining 36 prisoners - mainly X nationals - were last night flown to Y": the
    parser hangs the clause's own verb on the noun as a modifier, with its auxiliary ("were")
    still under it; that verb's release or transfer is the clause's, not a description of the
    people. So is a bare participle of release ("with all 20 remaining captives released from
    X"): no one held is told released. (kind, verb) of it, else ``k`` and ``cue_v``
    unchanged. Not a bare participle of a move ("the remaining hostages taken to X in May"
    describes them)."""
    if noun is None:
        return k, cue_v
    for c in noun.children:
        if c.dep_ == "acl" and c.i > noun.i:
            vk, v = _verb_kind(c)
            if vk == RELEASED or (vk == TRANSFERRED and any(x.dep_ in ("aux", "auxpass")
                                                            for x in c.children)):
                return vk, v
    return k, cue_v


def _group_not_the_freed(group) -> bool:
    """Is a group the sentence points at other than the people of the release before it:
    named by its capture ("the kidnapped group consisted of 17"), or last mentioned as the
    whole that only some were freed from ("the 12 remaining members of a group of 17 were
    released. The group was made up of 16 Xs and one Y")?"""
    if any(c.dep_ == "amod" and c.lower_.endswith(("ed", "en")) and any(
            c.lower_.startswith(v) for v in cues.CAPTURE_VERBS) for c in group.children):
        return True
    doc = group.doc
    start = doc[group.sent.start - 1].sent.start if group.sent.start > 0 else group.sent.start
    before = [t for t in doc[start:group.sent.start] if _lemma(t) == _lemma(group)]
    if not before:
        return False
    last = before[-1]
    owner = last.head.head if last.dep_ == "pobj" and last.head.lower_ == "of" else None
    return owner is not None and (owner.pos_ == "NUM" or _lemma(owner) in PART_NOUNS)


#: Nouns for some of a set: "members of a group", "the rest of the group".
PART_NOUNS = {"member", "rest", "remainder", "some", "part", "half"}


def _handed_to_people(v) -> bool:
    """Does a verb of handing over give people to officials, the police or their families of
    no country named ("were turned over to security officials", "handed to their parents")?
    Their captors freed them; they went to no place."""
    if v is None or v.pos_ not in ("VERB", "AUX") or _lemma(v) not in cues.HANDOVER_VERBS \
            or _destination(v) is not None or any(
                x.ent_type_ in ("GPE", "NORP", "LOC", "FAC") for x in v.subtree):
        return False
    return any(c.dep_ == "prep" and c.lower_ in cues.TOWARD_PREPS and any(
        p.dep_ == "pobj" and _lemma(p) in cues.HOME_RECEIVERS
        and not any(x.pos_ == "PROPN" for x in p.subtree)  # not "the authorities of Mali"
        for p in c.children) for c in v.children)


def _counts_places(num, noun) -> bool:
    """Does the figure count places or clusters people are in ("three locations", "five
    camps"), not people?"""
    return noun is not None and num.head.i == noun.i and (
        _lemma(noun) in cues.SPOT_NOUNS | cues.SETTLEMENT_NOUNS)


def _named_remains(noun, h) -> bool:
    """Is "remains" the word for the dead ("the remains of 12 hostages"), which a kind read
    from the verb "remain" must not take for people still held?"""
    of_head = h.head.head if h.dep_ == "pobj" and h.head.lower_ == "of" else None
    return "remains" in (getattr(noun, "lower_", ""), getattr(of_head, "lower_", ""))


def _declined_to_go(v) -> bool:
    """Is a negated move one its people make of their own accord to a place ("three are not
    returning to X", "will not go back to X"): active, intransitive, with a place? They are
    not held; "the three were not returned" (passive) still are."""
    return not any(c.dep_ in ("auxpass", "dobj", "obj") for c in v.children) and any(
        c.lower_ in ("to", "into") for c in _preps(v)) and v.tag_ in ("VBG", "VB", "VBP", "VBZ")


def _release_not_secured(cue) -> bool:
    """Is the release noun ``cue`` the object of a verb denied ("failed to secure the release
    of 40", "could not obtain the release of 40") or of one that was not possible ("it was not
    possible to secure the release of 40")? Those people are still held."""
    if cue is None or cue.pos_ != "NOUN" or cue.dep_ not in ("dobj", "obj"):
        return False
    v = cue.head
    if _negated(v):
        return True
    h = v.head
    return v.dep_ == "xcomp" and h.pos_ in ("AUX", "VERB") and _negated(h) and any(
        c.dep_ == "acomp" and c.lower_ in ("possible", "able") for c in h.children)


def _said_of_its_part(noun):
    """ "10 Soldiers Including 4 Officers Released By Chinese Army": a headline's participle
    the parser hangs on the part it lists says what happened to the whole, which has no verb
    of its own. (kind, participle), or None."""
    if noun.head.i != noun.i and noun.head.pos_ in ("VERB", "AUX"):
        return None
    for p in noun.children:
        if p.dep_ == "prep" and p.lower_ in cues.MEMBERSHIP:
            for part in p.children:
                c = next((c for c in part.children if c.dep_ == "acl" and c.tag_ == "VBN"
                          and c.i > part.i), None)
                k = _verb_kind(c)[0] if c is not None else None
                if k in (RELEASED, TRANSFERRED):
                    return k, c
    return None


def _freed_at_first(cue) -> bool:
    """Is the release verb itself said to have come first, in the past perfect ("the
    abductors had initially released 11 of them")? That release came before the story's own;
    not "police initially said 30 were freed", a first count of it, nor "initially handed
    over seven, followed later by the remaining 13", the release's first stage."""
    return cue is not None and cue.pos_ == "VERB" and any(
        c.dep_ == "advmod" and c.lower_ in cues.AT_FIRST_WORDS for c in cue.children) and any(
        c.dep_ == "aux" and c.lower_ == "had" for c in cue.children)


def _kind_of_people(num, noun, h, cls) -> tuple[str, object]:
    """(kind, cue) read from the figure's clause, before :func:`_kind` checks what it counts
    (the dead), whether the verb is denied, and what the sentences around it say."""
    split = _split_off_subject(h)
    if split is not None:
        # "With the release of 40 pupils, 53 pupils and 6 teachers are still held": the main
        # clause's subjects, read as more of the fronted phrase's list
        return _clause_kind(split)
    mate = _beside_a_part(_climb(h))
    if mate is not None:
        # "the freed group included 250 ..., alongside 1,718 arrested ...": another part of
        # the same set, with what is said of the figure beside it
        return _kind_of_people(next(c for c in mate.children if c.dep_ == "nummod"), mate,
                               mate, cls)
    mod_tokens = [noun] if noun is not None and noun.i != h.i else []
    mod_tokens += [h, num]
    mk, mv, override = _modifier_kind(mod_tokens)
    who = _who_clause_past_complement(noun) if not mk else None
    if who is not None:
        mk, mv = _verb_kind(who)  # "the 344 students of the school, who were released"
    if not override:
        believed = _believed_held_after(noun if noun is not None else h) or (
            _believed_held_clause(h) if h.lower_ in cues.BELIEF_PARTICIPLES else None)
        if believed is not None:
            mk, mv, override = REMAINING, believed, True
    g = _climb(h)
    k, cue_v, (member, member_cue) = _governor(g)
    taken_in = _received_captives(g, noun) if override else None
    if override and taken_in is None and k not in (RELEASED, TRANSFERRED):
        k, cue_v = _finite_clause_misread(noun, k, cue_v)
    if override and taken_in is None and not (
            k in (RELEASED, TRANSFERRED) and not _prospective(num)
            and not _still_held_now(noun, cue_v)):
        return REMAINING, mv  # not "freed the remaining 13": those left until now, freed
    if taken_in is not None:
        mk, mv = None, None  # "took custody of the 23 remaining passengers": left until now
    override = False
    if k == REMAINING and mk == RELEASED and mv is not None and mv.dep_ == "relcl" \
            and _past(mv) and cue_v is not None and _past(cue_v):
        # "in that prison we had 29 convicted inmates, who were released": held until freed
        k, cue_v = mk, mv
    if k is None and member is None and g.i != h.i:
        k, cue_v, (member, member_cue) = _governor(h)
    if k is None and member is None and g.i != h.i and not mk:
        mk, mv, override = _modifier_kind([g])  # "the returned servicemen, 64 men and two women"
        if override:
            return REMAINING, mv
    nationality = noun is not None and (_is_nationality(noun) or (
        # "9 Kenyan nationals and two Ugandans"
        noun.dep_ == "conj" and _is_nationality(noun.head)))
    if k is None and member == REMAINING:
        freed = _kind_of_the_counted_set(g)
        if freed is not None:
            member, member_cue = freed  # "freed more than 3,000 prisoners, including 100 X"
    if k is None and member in (RELEASED, TRANSFERRED):
        # a nationality among those moved to a named place is a part of that transfer
        # ("three Italians were among those flown to Rome"), else foreign nationals
        moved_there = member == TRANSFERRED and _destination(member_cue) is not None
        # not the releasing state's own ("granted amnesty ... Among them were 3,303 Xian
        # nationals", the council Xia's)
        k = FOREIGN_NATIONALS if nationality and not moved_there \
            and not _own_citizens(noun, member_cue, possessive=False) else member
        cue_v = member_cue
    elif k is None and member == REMAINING and not (member_cue is None
                                                     and _named_by_capture(noun)):
        k, cue_v = member, member_cue  # "1,400 are held, including 40 journalists"
    if k is None and mk in (RELEASED, TRANSFERRED) and _taken_again(g, mv):
        # "3,700 inmates who had escaped have been arrested again": what they are now is
        # the capture's; their escape or release only says who they are
        return OTHER, g.head
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
    if k == TRANSFERRED and _handed_to_people(cue_v):
        k = RELEASED  # "turned over to security officials", with no country named: freed
    moved = _moved_on(cue_v, g) if k == RELEASED else None
    if moved is not None:
        k, cue_v = TRANSFERRED, moved  # "five were freed and flown to X": they went there
    if k == TRANSFERRED and cue_v is not None and _lemma(cue_v) in cues.HANDED_BACK_VERBS \
            and _destination(cue_v) is None and _earlier(cue_v, num):
        k = RELEASED  # "since 2022, 4,000 have been returned": earlier releases, handed back
    if k == TRANSFERRED and _earlier(cue_v, num) and (
            _held_people(noun) or (_lemma(cue_v) == "repatriate"
                                   and _destination(cue_v) is None) or _freed_first(cue_v)):
        # "since May, when 38 prisoners were expelled to X": prisoners handed over before
        # the story's event were freed then, and so were people repatriated to no place
        # named ("Earlier, 198 fishermen were repatriated on May 12") and people said to be
        # freed first ("last month, X handed over 198 fishermen after releasing them");
        # deportees moved "last week" and people "repatriated to X last week" stay a
        # transfer
        k = EARLIER_RELEASE
    if k == RELEASED and (_earlier(cue_v, num) or _escaped_early(cue_v, num)
                          or _separate_event(cue_v, num) or _days_before_another(cue_v, num)
                          or _freed_at_first(cue_v)):
        # before citizenship: "38 foreigners freed in June" is that release; "in a separate
        # incident, marines freed 17" is another release than the story's
        k = EARLIER_RELEASE
    if k in (RELEASED, TRANSFERRED) and _running_total(num, cue_v):
        k = EARLIER_RELEASE  # "2,100 returned over the course of the war": all releases so far
    elif k == RELEASED and _the_rest_still_to_free(noun, cue_v):
        k = REMAINING  # "operations are ongoing to rescue the remaining 23 hostages"
    elif k == TRANSFERRED and _tally_of_the_held(num):
        k = REMAINING  # "brings down the number of remaining hostages to around 20"
    elif k == TRANSFERRED and _tally_of_a_day(num, cue_v):
        # "six were freed, bringing the daily total to eight": the day's release, as the
        # clause the tally's verb hangs on tells it (not a move: "bring" raises the tally)
        k = _verb_kind(cue_v.head)[0] or k
    if k == RELEASED and noun is not None and not _in_listed_set(num) and ((
            _is_foreign(noun) and not _own_citizens(noun, cue_v, possessive=False)) or (
            num.head.i == noun.i and _names_citizenship(noun) and not _own_citizens(noun, cue_v)
            and not (_held_there(noun) is None and (_swap_side(cue_v)
                                                   or _names_the_release(noun, cue_v)
                                                   or _home_from_captivity(noun, cue_v))))):
        k = FOREIGN_NATIONALS  # "16 foreign nationals were freed", "Iran freed 5 Americans"
    if k in (RELEASED, TRANSFERRED) and _citizenship(_predicate_noun(g)):
        k = FOREIGN_NATIONALS  # "five of the freed were German citizens"
    pred = _predicate_noun(g)
    if (k is None and pred is not None and _is_foreign(pred)
        and (_context_kind(num) in (RELEASED, TRANSFERRED) or (
            g.i == num.i and not _of_a_set_before(num) and not any(
                c.dep_ == "prep" and c.lower_ == "of" for c in num.head.children)))):
        # "... were nationals and 12 were foreigners", after a release; a bare figure ("14
        # were foreign nationals") is a part of the people the story counts (not of a set
        # it names: "Of the 400 arrested, 35 were foreigners")
        k = FOREIGN_NATIONALS
    if k is None:
        whole = _foreign_whole(g)
        if whole is not None and _kind_of_people(*whole, cls)[0] == FOREIGN_NATIONALS:
            k, cue_v = FOREIGN_NATIONALS, None  # "14 were foreign nationals, including six Xs"
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
            and not held_before and not _named_by_capture(noun) else OTHER
        if k == REMAINING and _whole_of_a_part_freed(g):
            k = OTHER  # "402 of the 13,000 political prisoners were freed": all of them, then
        elif k == REMAINING and _sentence_has_release(num) and not _held_now(num) \
                and not _set_they_are_part_of(noun) and not _fate_unknown(g):
            # "a swap involving 95 prisoners": a release is the event here (all releases so
            # far after "Since the truce began, a total of 21 hostages ...")
            k = EARLIER_RELEASE if _running_total(num, None) else RELEASED
    if k == REMAINING and _part_still_held(num, noun):
        k = OTHER  # "the detainees included 164 minors, 69 of whom remain held": 69 are
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


def _set_they_are_part_of(noun) -> bool:
    """Are the counted people the set others are said to be part of ("not all of those
    pardoned are part of the 386 political prisoners counted by the opposition")? Held people,
    whatever the others' release."""
    return noun is not None and noun.dep_ == "pobj" and noun.head.lower_ == "of" \
        and _lemma(noun.head.head) == "part" and noun.head.head.dep_ == "attr"


def _named_by_capture(noun) -> bool:
    """Are the people named by their capture, with nothing saying they are still held: "251
    captives seized by the militants in their attack", "hostages taken in October" count
    those taken, not those held now (not "hostages taken in May still held")?"""
    if noun is None:
        return False
    taken = [c for c in noun.children if c.dep_ in ("acl", "relcl") and c.tag_ == "VBN"
             and _lemma(c) in cues.CAPTURE_VERBS]
    return bool(taken) and not any(x.lower_ in ("still", "remain", "remaining")
                                   for c in taken for x in c.subtree)


def _whole_of_a_part_freed(g) -> bool:
    """Is the counted phrase the whole of a part with a number of its own that the clause
    frees ("only 402 of the 13,000 political prisoners were freed")? Then the rest were not:
    the whole is no release (but "two of the five detainees landed in X": the five may be)."""
    if not (g.dep_ == "pobj" and g.head.lower_ == "of"):
        return False
    part = g.head.head
    if part.pos_ != "NUM" and not any(c.dep_ == "nummod" for c in part.children):
        return False
    return _governor(_climb(part))[0] == RELEASED


def _foreign_whole(g):
    """(figure, noun, governed token) of the foreign nationals a membership phrase lists
    ``g`` in: "14 foreign nationals, including six Xs", "14 were foreign nationals,
    including six Xs" (the copula's bare figure); else None."""
    if g.dep_ != "pobj" or g.head.lower_ not in cues.MEMBERSHIP - AMONG:
        return None
    whole = _membership_set(g.head)
    if whole is None or whole.i == g.i or not _is_foreign(whole):
        return None
    fig = next((c for c in whole.children if c.dep_ == "nummod" and c.pos_ == "NUM"), None)
    if fig is not None:
        return fig, whole, whole
    if whole.dep_ == "attr" and _lemma(whole.head) == "be":
        fig = next((c for c in whole.head.children if c.dep_ == "nsubj" and c.pos_ == "NUM"),
                   None)
        if fig is not None:
            return fig, None, fig
    return None


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


def _kind_of_the_counted_set(g) -> tuple[str, object] | None:
    """ "an amnesty Monday for more than 3,000 prisoners, including about 100 foreigners": the
    set an "including" part belongs to carries a figure of its own, whose kind, a release or
    a move, is the part's too, where the set's noun alone says held ("prisoners"). (kind,
    cue), else None."""
    if g.dep_ != "pobj" or g.head.lower_ not in cues.MEMBERSHIP:
        return None
    whole = g.head.head
    if whole.pos_ not in ("NOUN", "PROPN") or whole.i == g.i:
        return None
    num = next((c for c in whole.children if c.dep_ == "nummod" and c.like_num), None)
    if num is None:
        return None
    k, cue = _kind_of_people(num, whole, whole, "people")
    return (k, cue) if k in (RELEASED, TRANSFERRED) else None


def _said_killed(num, noun) -> bool:
    """ "21 hostages killed in the siege", "18 of the 26 hostages killed": a participle of
    killing or dying on the counted noun (or on the set the figure is a part of) counts the
    dead, not people still held."""
    for n in (noun, _of_object(num)):
        if n is not None and any(
                c.dep_ in ("acl", "relcl") and c.tag_ in ("VBN", "VBD")
                and _lemma(c) in cues.KILL_VERBS | cues.DEATH_VERBS
                and not any(x.dep_ == "neg" for x in c.children) for c in n.children):
            return True
    # "says 33 prisoners dead and 15 injured": "dead" right after the noun, its predicate
    after = noun.doc[noun.i + 1] if noun is not None and noun.i + 1 < len(noun.doc) else None
    return after is not None and after.lower_ in ("dead", "deceased") and noun.head.i == after.i


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


def _all_but(num) -> bool:
    """ "all but 47", "all except 12": the figure counts those the event left out."""
    before = [t.lower_ for t in num.doc[max(num.sent.start, num.i - 2):num.i]]
    return len(before) == 2 and before[0] == "all" and before[1] in ("but", "except", "save")


def _tally_of_the_held(num) -> bool:
    """Is the figure what a tally of people still held is brought to ("brings down the
    number of remaining hostages to around 20")? Those still held, not a move."""
    if num.dep_ != "pobj" or num.head.lower_ != "to" \
            or _lemma(num.head.head) not in cues.TALLY_VERBS:
        return False
    tally = _tally(num.head.head)
    inner = _of_object(tally) if tally is not None else None
    return inner is not None and any(c.dep_ == "amod" and (
        c.lower_ in cues.REMAINING_OVERRIDE or _lemma(c) == "remain") for c in inner.children)


def _the_rest_still_to_free(noun, v) -> bool:
    """Are the people "the remaining N" that a release still to come aims at ("operations
    are ongoing to rescue the remaining 23 hostages")? They are held now; "freed the
    remaining 12" freed them."""
    return v is not None and v.pos_ == "VERB" \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children) \
        and _called_remaining(noun)


def _fate_unknown(g) -> bool:
    """Is the counted phrase people whose fate or whereabouts is not known ("has yet to
    announce the fate of its civilian hostages, numbering 405")? Held now, whatever
    release the sentence also tells."""
    return g.dep_ == "pobj" and g.head.lower_ == "of" and _lemma(g.head.head) in cues.FATE_NOUNS
