"""What kind of figure a count is (released, transferred, ...), from the parse and the kind
registry."""
from __future__ import annotations

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
from .governor import _climb, _described_only, _governor, _in_exchange, _set_kind
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
    _is_foreign,
    _is_nationality,
    _is_people_noun,
    _lemma,
    _set_against_foreign,
)
from .when import (
    _demanded_on_path,
    _earlier,
    _escaped_early,
    _prospective,
    _running_total,
    _unfulfilled,
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
