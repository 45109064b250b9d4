"""The kind the clause governing a counted phrase gives it: its verb, an event noun it is
"of" or "for", a swap, or the set it is a member of ("among those freed")."""
from __future__ import annotations

import itertools

from ... import kinds
from ...kinds import DEMANDED, RELEASED, REMAINING, TRANSFERRED
from .. import cues
from .counted import _antecedent, _of_object
from .headline import _swap_form_before
from .held import _formerly_held
from .place import _destination, _landed_at
from .tokens import AMONG, PARTITIVE_HEADS, SET_PRONOUNS, SUBJ_OBJ, _is_people_noun, _lemma
from .word_kind import _modifier_kind, _named_kind, _noun_kind, _past, _verb_kind


def _climb(h):
    """From the counted phrase to the token that governs it in its clause: through
    coordination ("five X and 104 Y"), apposition and partitives ("many of the 123 ...").
    A whole inside a partitive with its own number ("18 of the 30 students") stays put:
    the verb above governs the part, not the whole."""
    # "18 of the 30 students", "seven of the eight": the whole has a number of its own
    has_number = h.pos_ == "NUM" or any(c.dep_ == "nummod" for c in h.children)
    for _ in range(8):
        if h.dep_ in ("conj", "appos") and h.head.i != h.i:
            h = h.head
            continue
        if h.dep_ == "poss" and h.pos_ == "NUM" and any(
                c.dep_ == "prep" and c.lower_ == "of" for c in h.children):
            h = h.head  # "Fifteen of Peru’s 33 miners were freed", read as their possessor
            continue
        if h.dep_ == "pobj" and h.head.lower_ == "of":
            top = h.head.head
            if top.pos_ == "NUM" and has_number:
                break
            if top.pos_ == "NUM" or top.lower_ in PARTITIVE_HEADS or (
                    _lemma(top) in cues.GROUP_NOUNS and top.tag_ == "NN"
                    and not any(c.dep_ == "nummod" for c in top.children)):
                h = top  # "many of the 123 ...", "a group of 12 fishermen"
                continue
            if (_lemma(top.head), _lemma(top)) in cues.CLEARED_SENTENCE:
                h = top  # "the sentences of 200 prisoners were remitted": freed
                continue
        break
    return h


def _people_of_event(noun):
    """The counted people a release's noun is for or of ("an amnesty for 5,210 prisoners",
    "the release of 40 hostages"); else None."""
    if noun.pos_ != "NOUN" or _noun_kind(noun) not in (RELEASED, TRANSFERRED):
        return None
    return next((p for c in noun.children if c.dep_ == "prep" and c.lower_ in ("for", "of")
                 for p in c.children if p.dep_ == "pobj" and any(
                     x.dep_ == "nummod" for x in p.children)), None)


def _membership_set(prep):
    """For "among those freed" / "including ...": the set the count belongs to."""
    head = prep.head
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if prep.lower_ in ("among", "amongst") or (obj is not None and obj.i < prep.i):
        if obj is not None and obj.lower_ in SET_PRONOUNS and not any(
                c.dep_ in ("acl", "relcl", "amod") for c in obj.children):
            # "among them" (not "among those freed"): the people counted before, not the
            # clause's own subject ("14 citizens were among them")
            skip = set()
            if prep.head.i < prep.i:
                for c in prep.head.children:
                    if c.dep_ in ("nsubj", "nsubjpass"):
                        skip |= {x.i for x in c.subtree}
            return _antecedent(prep, skip=skip) or obj
        return obj
    for _ in range(4):  # "held in its camps, including 35 doctors": not the camps
        if head.pos_ == "ADP" and head.head.i != head.i:
            head = head.head
            continue
        people = _people_of_event(head)
        if people is not None:
            return people  # "an amnesty for 5,210 prisoners, including 87 foreigners"
        if head.pos_ not in ("NOUN", "PROPN") or _is_people_noun(head) or any(
                c.dep_ == "nummod" for c in head.children) or head.head.i == head.i:
            break
        head = head.head
    if head.pos_ in ("VERB", "AUX"):
        # "1,400 were held, including 40 journalists": the counted subject/object of the verb
        counted = next((c for c in head.children if c.i < prep.i and (
            (c.dep_ in SUBJ_OBJ and (c.pos_ == "NUM" or any(x.pos_ == "NUM" for x in c.subtree)))
            or (c.dep_ == "nummod" and c.pos_ == "NUM"))), None)
        if counted is None and head.dep_ in ("acl", "relcl") and head.head.i < head.i and (
                head.head.pos_ == "NUM" or any(c.dep_ == "nummod" for c in head.head.children)):
            return head.head  # "166 released by X, including 19 ...": the figure described
        return counted
    return head  # "123 prisoners, including five citizens": the prisoners


def _set_kind(tok, depth: int = 0) -> tuple[str | None, object]:
    """The kind of a set of people named by ``tok`` ("those freed", "123 prisoners"),
    and the token that cued it."""
    if tok is None or depth > 2:
        return None, None
    of = _of_object(tok)  # "the prisoners of war flown to X": the clause hangs on "war"
    k, v, _ = _modifier_kind([tok] + ([of] if of is not None and not _is_people_noun(of) else []))
    if k:
        return k, v
    k = _named_kind(tok)
    if k:
        return k, tok  # "among the freed", "among the deportees"
    h = _climb(tok)
    if h.dep_ in SUBJ_OBJ and h.head.pos_ in ("VERB", "AUX") or (
            h.pos_ == "NUM" and h.dep_ == "nummod" and h.head.pos_ == "VERB"):
        k, v = _verb_kind(h.head)
        if k:
            return k, v
        for c in h.head.children:  # "counted 9 foreigners among those removed": that set's
            if c.dep_ == "prep" and c.lower_ in AMONG and c.i > h.i:
                k, v = _set_kind(_membership_set(c), depth + 1)
                if k:
                    return k, v
    elif h.dep_ == "pobj" and h.head.lower_ in ("of", "for") and h.head.head.pos_ == "NOUN":
        k = _noun_kind(h.head.head)  # "the release of 40 ...", "an amnesty for 40 ..."
        if k:
            return k, h.head.head
    elif h.dep_ == "pobj" and h.head.lower_ == "to" and h.head.head.pos_ == "VERB":
        given = next((c for c in h.head.head.children if c.dep_ in ("dobj", "obj")
                      and _noun_kind(c)), None)  # "granted amnesty to 3,000 prisoners"
        if given is not None:
            return _noun_kind(given), given
    if _formerly_held(tok):
        return RELEASED, tok  # "20 former detainees, among them 16 Xs"
    if _lemma(tok) in cues.HELD_NOUNS:
        return REMAINING, None  # "the detainees included 7 journalists": people held
    return None, None


def _involving(v, h):
    """The event noun a verb of inclusion stands for: "the swap involved 26 people", "it
    covered 25 hostages", "the amnesty, which involved 820 prisoners"."""
    if _lemma(v) not in cues.INVOLVE_VERBS:
        return None
    if h.dep_ == "nsubjpass":
        # "eight citizens ... were also included in the return": the event they are in
        return next((p for c in v.children if c.dep_ == "prep" and c.lower_ in ("in", "among")
                     for p in c.children if p.dep_ == "pobj" and _noun_kind(p)), None)
    if h.dep_ not in ("dobj", "obj", "attr") and not (
            h.dep_ == "pobj" and h.head.lower_ in cues.INVOLVE_PREPS and h.head.head.i == v.i):
        return None  # "the amnesty applies to 300 inmates"
    subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and v.dep_ in ("acl", "advcl") and v.tag_ == "VBG":
        # "a swap involving 300 people", also when hung on the verb of the swap ("carried
        # out a swap on Monday involving 300 people"): the event noun it follows
        if v.head.pos_ in ("NOUN", "PROPN"):
            subj = v.head
        else:
            subj = next((c for c in v.head.children if c.dep_ in ("dobj", "nsubjpass", "nsubj")
                         and c.i < v.i and _noun_kind(c)), None)
    if subj is None:
        return None
    if subj.lower_ in ("which", "that") and v.dep_ == "relcl":
        subj = v.head
    elif subj.lower_ in ("it", "this"):
        sent = v.sent
        start = v.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        subj = next((t for t in reversed(v.doc[start:subj.i]) if t.pos_ == "NOUN"
                     and _noun_kind(t)), subj)
    if _noun_kind(subj):
        return subj
    # "the pardon decree applies to 1,500 people", "the amnesty law covers 300 inmates"
    return next((c for c in subj.children if c.dep_ in ("compound", "amod")
                 and c.i < subj.i and _noun_kind(c)), None)


def _in_exchange(v):
    """ "in exchange for X" / "in return for X" on verb ``v``: the swap's noun, else None."""
    for c in v.children:
        if c.dep_ == "prep" and c.lower_ == "in":
            for p in c.children:
                if p.dep_ == "pobj" and _lemma(p) in ("exchange", "return", "swap") and any(
                        x.dep_ == "prep" and x.lower_ == "for" for x in p.children):
                    return p
    return None


def _noun_that_stands_for(pron):
    """The event noun a "that" of "that of 19 others" stands for, when the phrase hangs on
    it ("his release, along with that of 19 co-defendants"), else None."""
    if pron.lower_ not in ("that", "those") or pron.pos_ != "PRON":
        return None
    t = pron
    for _ in range(4):  # "that" ← "with" ← "along" ← "release"
        if t.dep_ not in ("pobj", "prep") or t.head is t:
            return None
        t = t.head
        if t.pos_ == "NOUN":
            return t if _noun_kind(t) else None
    return None


def _governor(h):
    """(kind, cue token, (membership kind, its cue)) from the clause governing ``h``."""
    if h.dep_ == "ROOT":
        after = next((a for c in h.children if c.dep_ == "acl" and c.tag_ == "VBN"
                      for a in [_verb_after_a_time_read_as_subject(c)] if a is not None), None)
        if after is not None:  # (the same, the whole sentence read as the people's noun)
            k, cue_v = _verb_kind(after)
            if k:
                return k, cue_v, (None, None)
    event = _event_in_favour_of(h)
    if event is not None:  # "a presidential pardon in favour of 380 of the 400 rebels"
        return _noun_kind(event), event, (None, None)
    for c in h.children:  # "among them 16 Saudi nationals"
        if c.dep_ == "prep" and c.lower_ in cues.MEMBERSHIP and c.i < h.i:
            return None, None, _set_kind(_membership_set(c))
    if _object_read_as_a_modifier(h) or _listed_before_the_subject(h):
        # "returned 40 Uyghurs to X" (the name taken for a modifier), "11 prisoners, 24
        # sailors return to X" (a headline's comma list): the verb above is theirs
        k, cue_v = _verb_kind(h.head)
        if k:
            return k, cue_v, (None, None)
    if h.pos_ == "NUM" and h.dep_ == "nummod" and h.head.pos_ == "VERB" and h.i < h.head.i:
        k, cue_v = _verb_kind(h.head)  # "- 240 freed by X": a list item's figure on its verb
        if k:
            return k, cue_v, (None, None)
    if h.dep_ in SUBJ_OBJ and h.head.pos_ in ("VERB", "AUX"):
        v = _main_verb(h.head)
        owner = _misread_remaining(v, h)
        if owner is not None:
            # "the return of the group’s remaining 20 hostages": "remaining" read as a verb
            # after a curly possessive; the phrase is the owner's, in its own clause
            k, cue_v, member = _governor(owner)
            return (k, cue_v, member) if k != REMAINING else (None, None, (None, None))
        if h.dep_ in ("nsubj", "nsubjpass") and v.tag_ in ("VBD", "VBN"):
            for c in v.children:
                finite = (c.dep_ == "dep" and c.tag_ in ("VBP", "VBZ")) or (
                    c.dep_ == "conj" and v.dep_ == "advcl" and v.tag_ == "VBN" and any(
                        x.dep_ in ("aux", "auxpass") and x.tag_ in ("VBP", "VBZ")
                        for x in c.children)) or (  # "as 1,100 imprisoned for X are still held"
                    # "75 students abducted two weeks ago regain freedom": an object-less
                    # capture verb in the past joined to a present verb is the participle
                    # ("48 Xs held hostage for months have arrived in Y": its perfect too;
                    # "... held hostage for months arrived in Y", the past as a clause)
                    ((c.dep_ == "conj" and (c.tag_ in ("VBP", "VBZ") or any(
                        x.dep_ == "aux" and x.tag_ in ("VBP", "VBZ") for x in c.children)))
                     or (c.dep_ in ("advcl", "conj") and (c.tag_ == "VBD" or any(
                         x.dep_ in ("aux", "auxpass") for x in c.children))
                         and any(_held_as(x) for x in v.children)))
                    and _lemma(v) in cues.DETENTION_VERBS
                    and not any(x.dep_ in ("dobj", "obj") and not _held_as(x)
                                for x in v.children))
                if c.pos_ == "VERB" and finite \
                        and c.i > v.i and not any(x.dep_ in ("nsubj", "nsubjpass", "expl")
                                                  and not _holder_read_as_subject(v, x)
                                                  for x in c.children):
                    # "five Xs imprisoned in Y, mainly for Z, also benefit from pardons": the
                    # participle read as the verb, the finite verb after it left without a
                    # subject
                    k, cue_v = _verb_kind(c)
                    if k:
                        return k, cue_v, (None, None)
        later = _plural_verb_after_participle(v, h)
        if later is not None:
            k, cue_v = _verb_kind(later)
            if k:
                return k, cue_v, (None, None)
        if v.dep_ in ("csubj", "csubjpass") and v.tag_ == "VBN" \
                and h.dep_ in ("nsubj", "nsubjpass") and v.head.pos_ == "VERB" \
                and any(c.dep_ == "auxpass" for c in v.head.children) and _no_subject(v.head):
            # "Five Xs being held in Y were released": the participle describing the subject
            # read as a clause that is the subject; the verb after it says what happened
            k, cue_v = _verb_kind(v.head)
            if k:
                return k, cue_v, (None, None)
        if _object_read_as_a_clause(v, h):
            # "The rebels freed two Xs being held in Y": the object and its participle read
            # as a clause the verb takes; the people are what the verb frees or moves
            k, cue_v = _verb_kind(v.head)
            if k in (RELEASED, TRANSFERRED):
                return k, cue_v, (None, None)
        obj_of = (_object_read_as_subject(v, h) or _after_a_thing_they_hold(v, h)
                  or _then_freed_them(v, h) or _subject_split_by_and(v, h)
                  or _then_they(v, h))
        if obj_of is not None:
            k, cue_v = _verb_kind(obj_of)
            if k:
                return k, cue_v, (None, None)
        k, cue_v = _verb_kind(v)
        if k == RELEASED and (_frees_others(v, h) or (
                cue_v is not None and cue_v.dep_ == "conj" and cue_v.head.i == v.i
                and cue_v.pos_ == "VERB" and _frees_others(cue_v, h, shared=True))):
            return None, None, (None, None)  # "Forty gunmen freed 12 hostages": who freed
        if k == DEMANDED and h.dep_ == "nsubj":
            return None, None, (None, None)  # "100 relatives demanded the release of 40": who
        if k == TRANSFERRED and h.dep_ == "nsubj" and _lemma(v) in cues.RECEIVE_VERBS:
            k = None  # "the 40 pupils who were freed are receiving treatment": not received
        if k:
            return k, cue_v, (None, None)
        later = _as_they_went(v, h)
        if later is not None:
            k, cue_v = _verb_kind(later)
            if k in (RELEASED, TRANSFERRED):
                return k, cue_v, (None, None)
        if h.dep_ in ("nsubj", "nsubjpass") and _welcomed(v) and _landed_at(v) is not None:
            return TRANSFERRED, v, (None, None)  # "given a welcome on their return to X"
        event = _involving(v, h)
        if event is not None:
            return _noun_kind(event), event, (None, None)
        swap = _in_exchange(v)
        if swap is not None and h.dep_ in ("dobj", "obj"):
            return RELEASED, swap, (None, None)  # "got 200 prisoners in exchange for X"
        if (v.dep_ == "ccomp" or (v.dep_ in ("csubj", "csubjpass") and v.tag_ == "VBN")
                or _aside_with_its_own_subject(v, h)) \
                and h.dep_ in ("nsubj", "nsubjpass") and v.head.pos_ == "VERB" \
                and any(c.dep_ == "auxpass" for c in v.head.children) \
                and not any(c.dep_ in ("nsubj", "nsubjpass") and c.ent_type_ != "DATE"
                            for c in v.head.children):
            # "215 Xs - most of whom were captured in May - were released": the parser hangs
            # the subject on the aside and leaves the passive verb after it without one (or
            # with a date for one: "78 students kidnapped on Sunday, Monday November 5, 2018
            # have been released"), or a participle taken for a clause that is the subject
            # ("four Xs detained for more than a year in Y were released"), or an aside
            # with a subject of its own ("30 people, many linked to the protests, were freed")
            k, cue_v = _verb_kind(v.head)
            if k:
                return k, cue_v, (None, None)
        after = _verb_after_participle(v, h)
        if after is not None:
            k, cue_v = _verb_kind(after)
            if k:
                return k, cue_v, (None, None)
        if h.pos_ == "NUM" and h.dep_ in ("nsubj", "nsubjpass"):
            for c in v.children:  # "Of the 150 returned, 12 were wounded": a part of that set
                if c.dep_ == "prep" and c.lower_ == "of" and c.i < h.i:
                    whole = next((p for p in c.children if p.dep_ == "pobj"), None)
                    if whole is not None:
                        return None, None, _set_kind(whole)
        # "five citizens were among those freed" (not "were not among them")
        for c in v.children:
            if c.dep_ == "prep" and c.lower_ in cues.MEMBERSHIP and not _breakdown_after(c, h):
                if any(x.dep_ == "neg" for x in v.children):
                    return None, None, (None, None)
                return None, None, _member_of(c)
        # "are believed to be held", "are expected to be freed": the verb it raises to; also
        # through "able" ("were able to escape")
        able = [x for a in v.children if a.dep_ == "acomp" and a.lower_ in cues.ABLE_WORDS
                for x in a.children if x.dep_ == "xcomp"]
        for c in list(v.children) + able:
            if (c.dep_ == "xcomp" or (c.dep_ == "advcl" and c.tag_ == "VBN" and _lemma(v) == "be"
                                      and not any(x.dep_ in ("attr",
                                                             "acomp") for x in v.children))) \
                    and c.pos_ in ("VERB", "AUX") and not any(
                    x.dep_ in ("nsubj", "nsubjpass") for x in c.children):
                # ("were earlier on Monday transferred": a participle read as a clause of its own)
                k, cue_v = _verb_kind(c)
                if k == REMAINING and _lemma(v) in cues.CHOICE_VERBS:
                    return None, None, (None, None)  # "chose to stay in X": free, not held
                if k:
                    return k, cue_v, (None, None)
                among = next((p for p in c.children if p.dep_ == "prep"
                              and p.lower_ in cues.MEMBERSHIP), None) \
                    if _lemma(c) == "be" and _lemma(v) in cues.BELIEF_VERBS else None
                if among is not None:
                    return None, None, _member_of(among)  # "are believed to be among those held"
        # after the verb's own to-clause: "managed to escape ... and were reunited with their
        # families" is the escape
        moved = _coordinated_move(v) if h.dep_ in ("nsubj", "nsubjpass") else None
        if moved is not None:
            return TRANSFERRED, moved, (None, None)
        freed = _coordinated_release(v) if h.dep_ in ("nsubj", "nsubjpass") else None
        if freed is None and h.dep_ in ("nsubj", "nsubjpass"):
            freed = _freed_them_after(v)
        if freed is not None and _frees_others(freed, h, shared=True):
            return None, None, (None, None)  # "Forty gunmen held 12 and freed them"
        if freed is not None:
            return RELEASED, freed, (None, None)
        due = _state_to_come(v)
        if due is not None:
            return due  # "80 are due to be freed": the verb of the state's to-clause
        # "the freed prisoners include two citizens", "those flown out comprised five X"
        if (_lemma(v) in cues.MEMBERSHIP
            or _lemma(v) in cues.INVOLVE_VERBS) and h.dep_ in ("dobj", "obj", "attr"):
            subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            return None, None, _set_kind(subj)
        # "a bus carrying 40 evacuees arrived in X": the vehicle's own verb
        trip = _vehicle_trip(v)
        if trip is not None:
            k, cue_v = _verb_kind(trip)
            if k == TRANSFERRED:
                return k, cue_v, (None, None)
            if _lemma(trip) in cues.MOVE_VERBS and _destination(trip) is not None:
                return TRANSFERRED, trip, (None, None)  # "a plane carrying 15 landed in X"
        return None, None, (None, None)
    if h.dep_ == "pobj":
        prep = h.head
        if prep.lower_ in cues.MEMBERSHIP:
            member = _member_of(prep)
            if member == (REMAINING, None):
                # "freed a number of inmates, listing X among nine detainees": the set the
                # figure counts is the release's, not people held because the noun says so
                member = _release_of_participle(prep.head) or member
            return None, None, member
        gov = prep.head
        verb = _clause_after_conjunction(prep, h)
        if verb is not None:
            k, cue_v = _verb_kind(verb)
            if k:
                return k, cue_v, (None, None)
        if prep.lower_ == "with" and gov.lower_ in ("along", "together") and gov.dep_ in (
                "prep", "advmod") and _companion(h) is None:
            # "was allowed to leave along with 13 others": the verb's kind, as its subject's;
            # not beside a figure of its own object ("freed 250 X, along with 1,700 others":
            # a part of a whole the sentence does not give)
            gov = gov.head
        stands_for = _noun_that_stands_for(gov) if prep.lower_ == "of" else None
        if stands_for is not None:
            # "his release, along with that of 19 co-defendants": the release of the 19
            return _noun_kind(stands_for), stands_for, (None, None)
        if prep.lower_ == "of" and gov.dep_ == "pobj" and gov.head.lower_ == "by" \
                and gov.head.head.pos_ == "NOUN" and _noun_kind(gov.head.head):
            # "the release by X of 13 hostages", "the freeing by the authorities of 200": the
            # parser hangs the "of" on the agent named between
            return _noun_kind(gov.head.head), gov.head.head, (None, None)
        if prep.lower_ in ("of", "for") and gov.pos_ in ("NOUN", "PROPN"):  # "in exchange for 8"
            k = _noun_kind(gov)
            if k is None and prep.lower_ == "of" and _return_without_place(gov):
                return RELEASED, gov, (None, None)  # "secured the return of 40 farmers"
            if k is None and prep.lower_ == "of":
                event = _event_before_time(gov)
                if event is not None:  # "the release on Sunday night of 90 prisoners"
                    return _noun_kind(event), event, (None, None)
            if k is None and prep.lower_ == "for":
                swap = _swapped_side(gov)
                if swap is not None:  # "traded 40 prisoners for six soldiers": both freed
                    return RELEASED, swap, (None, None)
                if _in_return(gov):  # "released 45 troops in return for 310 rebels"
                    return RELEASED, gov, (None, None)
            return k, gov if k else None, (None, None)
        if gov.pos_ in ("VERB", "AUX"):
            if prep.dep_ == "agent":
                return None, None, (None, None)  # "held by four gangs": who held them
            if gov.dep_ == "acl" and gov.tag_ == "VBN" and _lemma(gov) in cues.GIVE_VERBS \
                    and _noun_kind(gov.head):
                # "the pardons given to 1,100 people": the event noun given them
                return _noun_kind(gov.head), gov.head, (None, None)
            k, cue_v = _verb_kind(gov)
            if _lemma(gov) in cues.ESCAPE_VERBS:
                return None, None, (None, None)  # "the gunmen escaped with 40 hostages"
            if k == TRANSFERRED and prep.lower_ == "for" and any(c.dep_ in ("dobj", "dative")
                                                                 for c in gov.children):
                # "handed over 55 prisoners for five officers": those freed in return
                return RELEASED, cue_v, (None, None)
            if k is None and prep.lower_ in ("alongside", "with") \
                    and _lemma(gov) in cues.LIST_VERBS:
                # "freed a number of inmates, listing X alongside eight others": the
                # release's people
                k, cue_v = _release_of_participle(gov) or (None, None)
            if k is None:
                event = _involving(gov, h)
                if event is not None:  # "the pardon applies to 300 people"
                    return _noun_kind(event), event, (None, None)
            if k is None and prep.lower_ == "of" and _lemma(gov) in cues.INVOLVE_VERBS:
                # "the captives consisted of four Danes": a part of the subject's set
                subj = next((c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                return None, None, _set_kind(subj)
            return k, cue_v, (None, None)
    return None, None, (None, None)


def _vehicle_trip(v):
    """The verb of the trip of the vehicle whose carrying verb ``v`` is: "a bus carrying 40
    arrived in X" (on its subject), "a plane went to X carrying 15" (the carrying on the
    trip's verb or on its place; "Plane carrying 114 ... arrived in X" misread as the
    carrying's clause); else None."""
    if _lemma(v) in cues.CARRY_VERBS and any(c.dep_ == "nsubj" and _lemma(c) in cues.VEHICLE_NOUNS
                                             for c in v.children):
        # "Plane carrying 114 prisoners ... arrived in X", the parser making the carrying
        # the clause and the trip its complement
        trip = next((c for c in v.children if c.dep_ in ("ccomp", "conj", "advcl")
                     and c.pos_ == "VERB" and c.i > v.i), None)
        if trip is not None:
            return trip
    if v.dep_ not in ("acl", "relcl", "advcl") or _lemma(v) not in cues.CARRY_VERBS:
        return None
    if v.head.dep_ in ("nsubj", "nsubjpass"):
        return v.head.head
    return next((t for t in itertools.islice(itertools.chain([v.head], v.head.ancestors), 4)
                 if t.pos_ in ("VERB", "AUX") and any(
                     c.dep_ == "nsubj" and _lemma(c) in cues.VEHICLE_NOUNS for c in t.children)),
                None)


def _frees_others(v, h, shared: bool = False) -> bool:
    """Is ``h`` the subject of an active verb of release whose object is people ("Forty
    gunmen freed 12 hostages", "three soldiers released them"; ``shared``: the subject of
    the verb it is coordinated with, "Forty gunmen held 12 hostages and freed them")? The
    subject frees; it is not freed."""
    return h.dep_ == "nsubj" and _lemma(v) in cues.FREEING_VERBS \
        and not any(c.dep_ == "auxpass" for c in v.children) and not (
        shared and any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)) and any(
        c.dep_ in ("dobj", "obj") and c.i != h.i and (
            _is_people_noun(c) or c.lower_ in ("them", "him", "her", "us"))
        for c in v.children)


def _held_as(x) -> bool:
    """Is ``x`` what a capture verb's people are held as, a bare singular ("held hostage",
    "taken captive"), not an object of its own ("held 12 hostages")?"""
    return x.dep_ in ("dobj", "obj", "oprd", "xcomp") and _lemma(x) in cues.HELD_AS_NOUNS \
        and x.tag_ == "NN" and not any(x.children)


def _as_they_went(v, h):
    """The verb of a clause "as/when/after they ..." on the subject's own verb or its object
    ("Five militants received heroes' welcomes as they returned to X"): what the people did
    then, which the main verb only frames. None without one."""
    if h.dep_ not in ("nsubj", "nsubjpass") or _lemma(v) not in cues.WELCOMED_VERBS:
        return None  # (not "adults jostled as they arrived": "they" may be others)
    for t in [v] + [c for c in v.children if c.dep_ in ("dobj", "obj")]:
        for c in t.children:
            if c.dep_ == "advcl" and c.pos_ == "VERB" and any(
                    m.dep_ == "mark" and m.lower_ in ("as", "when", "after") for m in c.children) \
                    and any(x.dep_ in ("nsubj", "nsubjpass") and x.lower_ == "they"
                            for x in c.children):
                return c
    return None


def _event_in_favour_of(h):
    """The release's noun the people are "in favour of" or "on behalf of" ("signed a pardon
    in favour of 380 rebels"), else None."""
    if h.dep_ != "pobj" or h.head.lower_ != "of":
        return None
    favour = h.head.head
    if _lemma(favour) not in cues.FAVOUR_NOUNS or favour.dep_ != "pobj" \
            or favour.head.lower_ not in ("in", "on"):
        return None
    event = favour.head.head
    if event.pos_ in ("VERB", "AUX"):  # (the phrase hung on "signed" after "a pardon")
        event = next((c for c in event.children if c.dep_ in ("dobj", "obj")
                      and c.right_edge.i + 1 == favour.head.i), event)
    return event if event.pos_ == "NOUN" and _noun_kind(event) else None


def _welcomed(v) -> bool:
    """Does the verb welcome its subject ("were welcomed", "received a hero's welcome",
    "were given a warm reception")?"""
    return _lemma(v) in cues.WELCOMED_VERBS or any(
        c.dep_ in ("dobj", "obj") and _lemma(c) in cues.WELCOME_NOUNS for c in v.children)


def _holder_read_as_subject(v, x) -> bool:
    """Is ``x``, the subject the parser gave a verb after the participle ``v``, the end of
    ``v``'s "by" phrase ("Ten Xs held hostage by Y militants returned home": the militants
    hold, they do not return)?"""
    return v.i < x.i and any(t.lower_ == "by" and t.head.i == v.i for t in x.doc[v.i + 1:x.i])


def _object_read_as_a_modifier(h) -> bool:
    """Is ``h`` the object of the verb before it, read as a noun modifier of the verb
    ("returned 40 Uyghurs to China": an unfamiliar name) where the verb has no object?"""
    v = h.head
    return h.dep_ == "npadvmod" and v.pos_ == "VERB" and h.i > v.i and _is_people_noun(h) \
        and any(c.dep_ == "nummod" for c in h.children) \
        and not any(c.dep_ in ("dobj", "obj") for c in v.children)


def _listed_before_the_subject(h) -> bool:
    """Is ``h`` a counted noun listed, with a comma and no "and", before the verb's own counted
    subject ("11 political prisoners, 24 sailors return to X"), which the parser leaves
    hanging on the verb? It is a subject of that verb too."""
    v = h.head
    if h.dep_ not in ("dep", "npadvmod") or h.pos_ not in ("NOUN", "PROPN") or v.pos_ != "VERB" \
            or v.i < h.i \
            or not any(c.dep_ == "nummod" for c in h.children):
        return False
    subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > h.i), None)
    return subj is not None and any(c.dep_ == "nummod" for c in subj.children) and all(
        t.dep_ != "cc" for t in h.doc[h.i + 1:subj.i]) and any(
        t.text == "," for t in h.doc[h.i + 1:subj.i])


def _object_read_as_subject(v, h):
    """The verb whose object ``h`` is, where the parser made ``h`` the subject of its relative
    clause's verb: "X has released five Americans who, the officials said, were wrongfully
    detained" (read as "Americans ... were detained", a ccomp of "released" with no object).
    That verb, else None."""
    if h.dep_ not in ("nsubj", "nsubjpass") or v.dep_ != "ccomp" or v.i < h.i:
        return None
    r = v.head
    if r.pos_ != "VERB" or r.i > h.i or any(c.dep_ in ("dobj", "obj") for c in r.children):
        return None
    who = any(c.dep_ == "relcl" for c in h.children) and any(
        t.lower_ in ("who", "whom") for t in h.doc[h.i + 1:v.i])
    return r if who else None


def _then_they(v, h):
    """What the people a capture took went through next, told with "they" in a clause
    joined to it: "over 100 students were kidnapped last week and they are still being
    held", "... and they were freed on Monday". That clause's verb, else None."""
    if h.dep_ not in ("nsubj", "nsubjpass") or _lemma(v) not in cues.ABDUCTION_VERBS:
        return None
    return next((c for c in v.children if c.dep_ == "conj" and c.pos_ == "VERB" and any(
        x.dep_ in ("nsubj", "nsubjpass") and x.lower_ == "they" for x in c.children)), None)


def _subject_split_by_and(v, h):
    """The verb whose subject ``h`` begins, where the parser made ``h`` the object of a word
    before it: "Praise God 78 children and the driver have been released" (read as "praise
    78 children", and "the driver" left as the only subject of "released"). That verb, else
    None."""
    if h.dep_ not in ("dobj", "obj") or any(c.dep_ in ("nsubj", "nsubjpass", "expl")
                                            for c in v.children):
        return None
    after = h.doc[h.right_edge.i + 1] if h.right_edge.i + 1 < len(h.doc) else None
    if after is None or after.dep_ != "cc" or after.head != v:
        return None
    for c in v.children:
        subj = next((x for x in c.children if x.dep_ in ("nsubj", "nsubjpass")), None) \
            if c.dep_ == "conj" and c.pos_ == "VERB" else None
        if subj is not None and subj.left_edge.i == after.i + 1:
            return c
    return None


def _after_a_thing_they_hold(v, h):
    """The verb after a predicate of something the subject has ("three held Kyrgyz passports
    and were resettled in Canada", "had dual citizenship and were freed"): possession, not
    detention; the coordinated verb tells what happened to them. That verb, else None."""
    if h.dep_ != "nsubj" or _lemma(v) not in ("hold", "have") or not any(
            c.dep_ in ("dobj", "obj") and not _is_people_noun(c) for c in v.children):
        return None
    return next(_moving_conjuncts(v), None)


def _then_freed_them(v, h):
    """The release of a verb's object by the same subject later in the sentence: "gunmen
    abducted 20 passengers on Friday and released them on Monday", "held 40 soldiers and
    freed them": the release, by "them". That verb, else None."""
    if h.dep_ not in ("dobj", "obj") or _verb_kind(v)[0] in (RELEASED, TRANSFERRED):
        return None
    return next((c for c in _moving_conjuncts(v) if c.i > h.i and any(
        o.dep_ in ("dobj", "obj") and o.lower_ == "them" for o in c.children)), None)


def _moving_conjuncts(v):
    """The verbs coordinated with ``v`` that share its subject and free or move people."""
    return (c for c in v.children if c.dep_ == "conj" and c.pos_ == "VERB" and _no_subject(c)
            and _verb_kind(c)[0] in (RELEASED, TRANSFERRED))


def _companion(h):
    """The counted object of the verb that ``h`` (a pobj) is added beside: "freeing 250
    prisoners ..., along with 1,700 others", "included 250 individuals ..., alongside
    1,718 ..."; else None. Only a figure set beside another figure of people the verb has."""
    prep = h.head
    if h.dep_ != "pobj" or prep.lower_ not in cues.COMPANION_PREPS:
        return None
    v = prep.head
    if prep.lower_ == "with":
        if v.lower_ not in ("along", "together"):
            return None  # "fled with 40 hostages": who they took, not who went beside
        v = v.head
    if v.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in v.children if c.dep_ in ("dobj", "obj") and c.i < prep.i and any(
        x.dep_ == "nummod" and x.pos_ == "NUM" for x in c.children) and _is_people_noun(c)),
                None)  # not "handed over six boats along with 95 fishermen": those go too


def _misread_remaining(v, h):
    """The owner of a possessive the parser cut off ("the return of the group’s remaining 20
    hostages": "’s" read as punctuation, "remaining" as a verb taking "20 hostages" as its
    object). "Remain" takes no object, so the figure is the owner's: that noun, else None."""
    if h.dep_ not in ("dobj", "obj") or _lemma(v) != "remain" or v.i < 2:
        return None
    mark, owner = v.doc[v.i - 1], v.doc[v.i - 2]
    if mark.lower_ not in ("’s", "'s", "’", "'") or owner.pos_ not in ("NOUN", "PROPN"):
        return None
    return owner


def _main_verb(v):
    """The verb an auxiliary ``v`` helps, when the parser hung the subject on the auxiliary
    ("300 pupils were on Thursday released": "pupils" on "were"); else ``v``."""
    if v.dep_ in ("aux", "auxpass") and v.head.pos_ == "VERB" and v.head.i > v.i \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in v.head.children):
        return v.head
    return v


def _member_of(prep) -> tuple[str | None, object]:
    """The kind of the set membership phrase ``prep`` names ("among those freed"), and its
    cue. "were among the first hostages freed", "were among the 14 foreigners freed": the
    participle read as a clause of the copula, not of the set's noun."""
    member = _set_kind(_membership_set(prep))
    v = prep.head
    if member[0] in (None, REMAINING) and v.pos_ in ("VERB", "AUX") and _lemma(v) == "be":
        freed = next((x for x in v.children if x.dep_ == "advcl"
                      and x.tag_ in ("VBN", "VBD") and x.i > prep.i
                      and _verb_kind(x)[0] in (RELEASED, TRANSFERRED)
                      and not any(y.dep_ in ("nsubj", "nsubjpass") for y in x.children)), None)
        if freed is not None:
            member = _verb_kind(freed)
    return member


def _release_of_participle(v) -> tuple[str, object] | None:
    """(kind, cue) of the release or transfer whose clause participle ``v`` ("listing",
    "naming") comments on, or the release its clause reports ("the decree said the king had
    freed a number of inmates, listing X among nine detainees"); else None."""
    if v.pos_ != "VERB" or v.tag_ != "VBG" or v.dep_ != "advcl" or v.head.pos_ != "VERB":
        return None
    for said in [v.head] + [c for c in v.head.children if c.dep_ == "ccomp"]:
        k, cue = _verb_kind(said)
        if k in (RELEASED, TRANSFERRED):
            return k, cue
    return None


def _state_to_come(v):
    """(kind, cue, (None, None)) from the to-clause of a state of being about to ("are due
    to be freed", "is set to be released"), when copula ``v`` has one; else None."""
    if _lemma(v) != "be":
        return None
    for c in v.children:
        if c.dep_ in ("acomp", "attr") and c.lower_ in cues.PROSPECTIVE_STATES:
            x = next((x for x in c.children if x.dep_ == "xcomp" and x.pos_ == "VERB"), None)
            k, cue_v = _verb_kind(x) if x is not None else (None, None)
            if k:
                return k, cue_v, (None, None)
    return None


#: Conjunctions the parser can take for a preposition before a clause's subject.
_CONJUNCTIONS_READ_AS_PREPS = {"as", "while", "after", "before", "since", "until", "once"}


def _clause_after_conjunction(prep, h):
    """ "I am relieved as 41 trapped workers have been rescued": the parser takes "as" for a
    preposition and the subject for its object, leaving the passive verb after it without a
    subject. That verb, when its auxiliary comes right after the noun phrase; else None."""
    if prep.lower_ not in _CONJUNCTIONS_READ_AS_PREPS or h.right_edge.i + 1 >= len(h.doc):
        return None
    aux = h.doc[h.right_edge.i + 1]
    verb = aux.head
    if aux.dep_ not in ("aux", "auxpass") or verb.pos_ != "VERB" or verb.i <= aux.i \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    return verb


def _verb_after_participle(v, h):
    """ "announced that 300 people imprisoned for theft will be released": the parser takes
    the participle describing the subject for its verb and leaves the passive verb after it
    without a subject. That verb (a sibling of ``v`` after it), else None."""
    if h.dep_ == "nsubj" and v.tag_ in ("VBD", "VBN") and _lemma(v) in cues.HELD_VERBS \
            and any(c.dep_ in ("dobj", "oprd") and c.lower_ in cues.TAKEN_AS
                    for c in v.children) \
            and not any(c.dep_ in ("aux", "auxpass") for c in v.children):
        # "50 guards held hostage since Thursday were released": the participle read as the
        # verb ("held ... hostage"), the passive verb after it hung on it as a clause
        return next((c for c in v.children if c.i > v.i and c.dep_ == "advcl"
                     and c.pos_ == "VERB" and any(x.dep_ == "auxpass" for x in c.children)
                     and _no_subject(c)), None)
    if h.dep_ == "nsubj" and v.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass")
                                                         for c in v.children):
        after = _verb_after_a_time_read_as_subject(v)
        if after is not None:
            return after
    if h.dep_ not in ("nsubj", "nsubjpass") or v.tag_ != "VBN" or v.dep_ not in ("ccomp",
                                                                              "conj") \
            or any(c.dep_ in ("aux", "auxpass") for c in v.children):
        return None
    return next((c for c in v.head.children if c.i > v.i and c.pos_ == "VERB"
                 and c.dep_ in ("ccomp", "conj")
                 and any(x.dep_ == "auxpass" for x in c.children)
                 and not any(x.dep_ in ("nsubj", "nsubjpass", "expl") for x in c.children)),
                None)


def _plural_verb_after_participle(v, h):
    """ "18 other troops captured on Tuesday, hours after a ceasefire deal was reached,
    remain in custody": a bare participle (no auxiliary) read as the plural subject's verb,
    the present plural verb after it hung deeper in the sentence with no subject of its own.
    That verb, else None."""
    if h.dep_ != "nsubj" or v.tag_ != "VBN" or h.tag_ not in ("NNS", "NNPS") \
            or any(c.dep_ in ("aux", "auxpass") for c in v.children):
        return None
    return next((t for t in v.subtree if t.i > v.i and t.tag_ == "VBP" and t.pos_ == "VERB"
                 and not any(x.dep_ in ("nsubj", "nsubjpass", "expl") for x in t.children)),
                None)


def _verb_after_a_time_read_as_subject(v):
    """ "46 Xs detained in Y since July arrived home": the participle describing the people
    read as their verb (or as a clause on them), the time read as the subject of the verb
    after it. That verb, else None."""
    return next((c for c in v.children if c.i > v.i and c.dep_ == "advcl"
                 and c.tag_ in ("VBD", "VBZ", "VBP")
                 and any(x.dep_ == "mark" and x.lower_ == "since" for x in c.children)
                 and any(x.dep_ == "nsubj" and x.ent_type_ == "DATE" for x in c.children)),
                None)


def _object_read_as_a_clause(v, h) -> bool:
    """Is ``h`` the object of the verb above, read as the subject of a "being" participle
    that verb takes as its clause ("freed two Xs being held in Y")?"""
    return h.dep_ == "nsubjpass" and v.dep_ in ("ccomp", "xcomp") and v.tag_ == "VBN" \
        and any(c.dep_ == "auxpass" and c.lower_ == "being" for c in v.children) \
        and v.head.pos_ == "VERB" and v.head.i < h.i \
        and not any(c.dep_ in ("dobj", "obj") for c in v.head.children)


def _aside_with_its_own_subject(v, h) -> bool:
    """Is ``v`` a participle aside after ``h`` that has a subject of its own ("30 people,
    many linked to the protests, were freed": "many linked")? A verb has one subject: ``h``
    is the subject of the verb the aside hangs on."""
    return v.dep_ == "advcl" and v.tag_ in ("VBN", "VBD") and v.head.i > v.i and not any(
        c.dep_ in ("aux", "auxpass") for c in v.children) and any(
        c.dep_ == "nsubj" and c.i > h.i and c.i != h.i for c in v.children)


def _no_subject(v) -> bool:
    return not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in v.children)


def _coordinated_release(v):
    """The release verb coordinated with the subject's own predicate, sharing its subject:
    "were unharmed and safely released", "were found alive and freed", "were beaten and
    later released"; else None. Only a release: "seized and taken to a camp" moves no one
    freed."""
    heads = [v] + [c for c in v.children if c.dep_ in ("acomp", "oprd")]
    return next((c for x in heads for c in x.children if c.dep_ == "conj"
                 and c.pos_ == "VERB" and c.tag_ in ("VBN", "VBD") and _no_subject(c)
                 and _verb_kind(c)[0] == RELEASED), None)


def _coordinated_move(v):
    """The verb of a move to a named place coordinated with the subject's own predicate of
    no kind, sharing its subject: "were identified and transferred to X"; else None. Not
    after a capture ("were seized and taken to X": moved by their captors)."""
    if _lemma(v) in cues.ABDUCTION_VERBS | cues.DETENTION_VERBS:
        return None
    return next((c for c in v.children if c.dep_ == "conj" and c.pos_ == "VERB"
                 and c.tag_ in ("VBN", "VBD") and _no_subject(c)
                 and _verb_kind(c)[0] == TRANSFERRED and _destination(c) is not None), None)


def _freed_them_after(v):
    """A past release, in a clause on the subject's verb, of a pronoun that stands for the
    subject: "23 sailors were heading home after the pirates freed them", "... after they
    were released". Not one still to come or denied ("until the pirates free them",
    "refused to free them"): the release verb must be past and have the pronoun itself."""
    for c in v.children:
        if c.dep_ != "advcl" or c.pos_ != "VERB" or not any(
                m.dep_ in ("mark", "advmod") and m.lower_ in cues.AFTER_MARKS
                for m in c.children):
            continue
        them = any((x.dep_ in ("dobj", "obj") and x.lower_ == "them")
                   or (x.dep_ == "nsubjpass" and x.lower_ == "they") for x in c.children)
        if them and _verb_kind(c)[0] == RELEASED and _past(c) and not any(
                x.dep_ == "neg" for x in c.children):
            return c
    return None


def _breakdown_after(prep, h) -> bool:
    """Does membership phrase ``prep`` lead a breakdown of the figure ``h`` before it
    ("carrying 20 detainees, among them 16 Xs and three Ys")? It names the set the later
    figures belong to, not one ``h`` belongs to."""
    obj = next((p for p in prep.children if p.dep_ == "pobj"), None)
    if obj is None or prep.i < h.i or obj.lower_ not in SET_PRONOUNS | {"them"}:
        return False
    nxt = obj.doc[obj.i + 1] if obj.i + 1 < len(obj.doc) else None
    return nxt is not None and nxt.like_num


def _return_without_place(n) -> bool:
    """Is ``n`` a noun of people coming back with no place they go to ("the return of 40
    pupils", not "the return of 40 evacuees to the island")? Such a return is their release."""
    return n.pos_ == "NOUN" and _lemma(n) in cues.RETURN_NOUNS and not any(
        (c.dep_ == "prep" and c.lower_ in cues.TOWARD_PREPS)
        or (c.dep_ in ("advmod", "prt") and c.lower_ in cues.RETURNED_ADVERBS)
        for c in n.children)


def _event_before_time(t):
    """The event noun that time or place phrase ``t`` hangs from ("the release on Sunday
    night of 90": "of" read as hung on "night"), else None."""
    for _ in range(2):
        if t.ent_type_ not in ("DATE", "TIME", "GPE", "LOC", "FAC") or t.dep_ != "pobj":
            return None
        t = t.head.head
        if t.pos_ in ("NOUN", "PROPN") and _noun_kind(t):
            return t
    return None


def _in_return(n) -> bool:
    """Is ``n`` the noun of "in return for" / "in exchange for" on a verb ("released 45 in
    return for 310"): what is given back is the other side of a swap, freed too."""
    if n.dep_ != "pobj" or n.head.lower_ != "in" or n.head.head.pos_ not in ("VERB", "AUX"):
        return False
    swap = _in_exchange(n.head.head)
    return swap is not None and swap.i == n.i


def _swapped_side(n):
    """The swap verb whose object is ``n`` ("traded 40 prisoners for ...", "Swaps 12
    Detainees for ..." in a headline), else None."""
    v = n.head
    if n.dep_ in ("dobj", "obj", "appos") and _lemma(v) in cues.SWAP_VERBS:
        return v
    # a title-case headline the tagger misread ("Rebels Trade 40 Soldiers for ..."): a swap
    # verb's form just before the phrase
    return _swap_form_before(n, 4)


def _described_only(g) -> bool:
    """Is the counted phrase only described by its clause: the object of another event
    ("nine hostages were killed", "gunmen seized 40") or the complement of a noun
    ("the families of 30 detainees", "sentences for 900 prisoners")?"""
    if g.dep_ in SUBJ_OBJ and g.head.pos_ == "VERB":
        lem = _lemma(g.head)
        return not (lem in cues.SPEECH_VERBS or lem in cues.STATE_VERBS or lem in cues.HELD_VERBS
                    or lem in cues.JUDICIAL_VERBS or lem in cues.MEMBERSHIP
                    or lem in cues.INVOLVE_VERBS
                    or any(lem in k.verbs for k in kinds.cued()))
    if g.dep_ == "pobj" and g.head.lower_ in ("of", "for") and g.head.head.pos_ in ("NOUN",
                                                                                    "PROPN"):
        top = g.head.head
        group = _lemma(top) in cues.GROUP_NOUNS and top.tag_ == "NN"  # "a group of 12"
        return not (_noun_kind(top) or _lemma(top) in cues.TALLY_NOUNS or group
                    or top.lower_ in PARTITIVE_HEADS or top.pos_ == "NUM"
                    or _lemma(top) in cues.FATE_NOUNS)  # "the fate of its 405 hostages"
    return False
