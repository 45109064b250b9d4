"""Where the people went: a named place a verb sends them to, or the place of whoever receives
them."""
from __future__ import annotations

import re

from .. import cues
from ..places import country_of, demonym_country
from .tokens import _lemma


def _is_place(t) -> bool:
    """Is ``t`` a place: a place entity, a place noun, or a name the place table knows that
    the tagger took for something else ("flew them to Bamako", tagged an organisation)?"""
    return (t.ent_type_ in ("GPE", "LOC", "FAC") and not _titled(t)) \
        or _lemma(t) in cues.PLACE_NOUNS or (
            t.pos_ == "PROPN" and (t.ent_type_ not in ("PERSON", "NORP") or _a_country_s_name(t))
            and country_of(_entity_text(t)) is not None and not _titled(t))


def _a_country_s_name(t) -> bool:
    """Is ``t`` a country's own name, whatever the tagger took it for ("sent them to Mali",
    tagged a person)?"""
    name = _entity_text(t)
    country = country_of(name)
    return country is not None and country.casefold() == name.casefold()


def _titled(t) -> bool:
    """Is ``t`` a person's name the tagger took for a place: under a title ("President X",
    "Governor X", "Mr X"), or a name the article gives elsewhere as a person's ("X receives
    73 pupils" beside "President Firstname X")? A person is never where people were sent."""
    if _under_title(t):
        return True
    if not t.text[:1].isupper() or t.text not in _person_words(t.doc):
        return False
    return country_of(_entity_text(t)) is None  # a known place stays one ("Jordan")


_PERSON_WORDS: list = []  # (doc, words) of the last document asked about


def _person_words(doc) -> set:
    """Words of the document's person names (PERSON entities, names under a title)."""
    if not _PERSON_WORDS or _PERSON_WORDS[0][0] is not doc:
        words = {x.text for x in doc if x.ent_type_ == "PERSON" or (
            x.text[:1].isupper() and _under_title(x))}
        _PERSON_WORDS[:] = [(doc, words)]
    return _PERSON_WORDS[0][1]


def _under_title(t) -> bool:
    prev = t.doc[t.i - 1] if t.i else None
    return any(c.dep_ == "compound" and c.lower_.rstrip(".") in cues.TITLE_WORDS
               for c in t.children) or (prev is not None and prev.lower_.rstrip(".")
                                        in cues.TITLE_WORDS and prev.head.i == t.i)


def _entity_text(t) -> str:
    ent = next((e for e in t.doc.ents if e.start <= t.i < e.end), None)
    toks = [x for x in (ent if ent is not None else [t]) if x.dep_ not in ("det", "case")]
    return " ".join(x.text for x in toks) or t.text


def _named_in(t):
    """A named place that qualifies ``t``: its possessor, compound or "of" object ("Peru's
    authorities", "the authorities of Peru"), else a demonym on it ("Chadian officials")."""
    norp = None
    for c in t.children:
        if c.dep_ in ("poss", "nmod", "compound") and c.ent_type_ == "GPE" and c.pos_ == "PROPN":
            return _entity_text(c)
        if c.dep_ == "prep" and c.lower_ == "of":
            p = next((x for x in c.children if x.dep_ == "pobj"), None)
            if p is not None and (p.ent_type_ == "GPE" or (
                    _lemma(t) in cues.SETTLEMENT_NOUNS and p.pos_ == "PROPN"
                    and p.ent_type_ not in ("PERSON", "NORP", "ORG") and _known_place(p))):
                # ("the city of X", X a town the table knows; not "the governor of X")
                return _entity_text(p)
            if p is not None and p.pos_ in ("NOUN", "PROPN"):
                inner = _named_in(p)  # "the prisoner of war centre" misread as "of"
                if inner:
                    return inner
        if c.dep_ in ("amod", "compound", "nmod") and norp is None and (
                c.ent_type_ in ("NORP", "GPE") or _country_word(c)) and not (
                _lemma(t) in COUNTRY_NOUNS and (not demonym_country(c.text) or (
                    c.i > 0 and c.doc[c.i - 1].lower_ in cues.REGION_PREFIXES))):
            # (not "the North African country": no country's demonym; nor "the South
            # American country": a continent's part)
            norp = f"{c.text} {t.text}"
    return norp


def _country_word(t) -> bool:
    """A capitalised word of an organisation's name that names a country ("the Xian Coast
    Guard", "the X Navy"): the tagger labels the whole name, not the country in it."""
    return t.ent_type_ == "ORG" and t.text[:1].isupper() and bool(
        demonym_country(t.text) or country_of(t.text))


def _place_name(p) -> str | None:
    """The name of the place ``p`` stands for: a place entity, or a place noun qualified by
    one ("Ukrainian territory", "the territory of Chad"); a bare "the border" names none. A
    facility or place noun a known place owns ("Yerevan's Erebuni airport") is that place."""
    if p.ent_type_ == "FAC" or _lemma(p) in cues.PLACE_NOUNS:
        owner = next((x for x in p.children if x.dep_ == "poss" and (
            country_of(x.text) is not None or _known_place(x))), None)
        if owner is not None:  # (the tagger may take "Yerevan's Erebuni" for one facility)
            return owner.text if country_of(owner.text) is not None else _entity_text(owner)
    if p.ent_type_ == "FAC" and country_of(_entity_text(p)) is None:
        within = _in_a_known_place(p, {"in"}, hung_after=True)
        if within is not None:  # "Nanjing Lukou International Airport in China"
            return within
    if p.ent_type_ in ("GPE", "LOC", "FAC") or (p.pos_ == "PROPN" and _is_place(p)):
        return _entity_text(p)
    if _lemma(p) in cues.PLACE_NOUNS:
        within = _in_a_known_place(p, cues.LOCATED_PREPS)
        if within:  # "Xville military airport in Y", "... airport just outside Z": there
            return within
        named = _named_in(p) or next((_entity_text(a) for a in p.children if a.dep_ == "appos"
                                      and _known_place(a)), None)  # "the capital, X"
        if named:
            return named
        return _country_before(p)
    return None


def _in_a_known_place(p, preps, hung_after: bool = False) -> str | None:
    """The known place a preposition on ``p`` puts it in ("X airport in Y": Y); with
    ``hung_after``, also one right after ``p`` that the parser hung elsewhere."""
    ins = [c for c in p.children if c.dep_ == "prep" and c.lower_ in preps]
    after = p.doc[p.right_edge.i + 1] if p.right_edge.i + 1 < len(p.doc) else None
    if hung_after and after is not None and after.lower_ in preps:
        ins.append(after)
    return next((_entity_text(x) for c in ins for x in c.children if x.dep_ == "pobj"
                 and country_of(_entity_text(x)) is not None), None)


#: Nouns a text uses to refer back to a country it has named ("the North African country").
COUNTRY_NOUNS = {"country", "nation"}


def _country_before(p) -> str | None:
    """The country "the (North African) country" refers back to: the last country the text
    names before it (by itself, a place in it or its people's name); else None."""
    if _lemma(p) not in COUNTRY_NOUNS or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in p.children) or any(
            c.dep_ == "amod" and c.lower_ == "other" for c in p.children):
        return None  # ("each to the other country": either of two, not the last named)
    for e in reversed([e for e in p.doc.ents if e.end <= p.i]):
        # a country, a place in one ("Kufra"), or its people ("Libyan authorities")
        country = country_of(e.text) if e.label_ == "GPE" else (
            demonym_country(e.text) if e.label_ == "NORP" else None)
        if country:
            return country
    return None


def _preps(v):
    """The verb's prepositions, also those hung on its particle ("sent back to X") or on the
    vehicle it travels by ("left on a plane to X", "flew out on a charter flight to X"). A
    denied one a "but" phrase replaces gives way to it ("were not sent to X, but to Y")."""
    instead = _but_instead(v)
    if instead is not None:
        yield instead
    for c in v.children:
        if instead is not None and c.dep_ in ("prep", "dative") and c.lower_ == instead.lower_:
            continue
        if c.dep_ == "prep" or (c.dep_ == "dative" and c.pos_ == "ADP"):  # "sent 40 to X"
            yield c
            for p in c.children:
                if p.dep_ == "pobj" and _lemma(p) in cues.VEHICLE_NOUNS | cues.WAY_NOUNS:
                    yield from (x for x in p.children if x.dep_ == "prep"
                                and x.lower_ in cues.TOWARD_PREPS)  # "en route to X"
                    yield from (x for b in p.children if b.dep_ == "advmod"
                                and b.lower_ in cues.DIRECTION_PARTICLES
                                for x in b.children if x.dep_ == "prep")  # "way back to X"
        elif c.dep_ in ("advmod", "prt") and c.lower_ in cues.DIRECTION_PARTICLES:
            yield from (x for x in c.children if x.dep_ == "prep")
        elif c.dep_ in ("dobj", "obj") and v.pos_ in ("VERB", "AUX"):
            # "handed over 95 fishermen and four boats to X": the parser hangs the "to X" on
            # the object's last conjunct
            for o in (c, *c.conjuncts):
                yield from (x for x in o.children if x.dep_ == "prep"
                            and x.lower_ in cues.TOWARD_PREPS and x.i > o.i)
                # "sent three Xs convicted of spying back to Y": the particle and its "to Y"
                # hung inside the participle on the people, at its end
                yield from (x for a in o.children if a.dep_ == "acl" and a.i > o.i
                            for b in a.subtree if b.dep_ in ("advmod", "prt")
                            and b.lower_ in cues.DIRECTION_PARTICLES
                            and b.right_edge.i == a.right_edge.i
                            for x in b.children if x.dep_ == "prep"
                            and x.lower_ in cues.TOWARD_PREPS)
    if v.pos_ == "NOUN":
        yield from _moved_with(v)


def _but_instead(v):
    """The preposition of a "but" phrase that replaces a denied one on ``v`` ("were not
    transferred to X, but to Y": "to Y"), else None."""
    if not any(c.dep_ == "neg" for c in v.children):
        return None
    for c in [v, *(x for x in v.children if x.dep_ in ("prep", "agent", "dative"))]:
        if any(x.dep_ == "cc" and x.lower_ == "but" for x in c.children):
            conj = next((x for x in c.children if x.dep_ == "conj" and x.pos_ == "ADP"), None)
            if conj is not None:
                return conj
    return None


def _moved_with(n):
    """The "to X" the parser hung on the people an event noun moves ("the deportation of 214
    persons to X") or on the verb the noun is the object of, right after it ("approved the
    deportation of 214 prisoners to X"), not on the noun."""
    if n.dep_ in ("dobj", "obj"):
        yield from (x for x in n.head.children if x.dep_ == "prep"
                    and x.lower_ in cues.TOWARD_PREPS and x.i == n.right_edge.i + 1)
    for c in n.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for p in c.children:
                if p.dep_ == "pobj":
                    yield from (x for x in p.children if x.dep_ == "prep"
                                and x.lower_ in cues.TOWARD_PREPS)


def _under_way(v) -> bool:
    """Is the verb's subject under way ("were en route to X", "are on their way to X")?"""
    return any(c.dep_ == "prep" and c.lower_ in ("en", "on") and any(
        p.dep_ == "pobj" and _lemma(p) in cues.WAY_NOUNS for p in c.children)
        for c in v.children)


def _bound_for(v) -> list:
    """The "for" of a verb of leaving, on the verb or on the place left ("left for X", "left
    the airport for X", "departed the capital for X"): where the people went. Only one whose
    object is a place."""
    if v is None or _lemma(v) not in cues.DEPART_VERBS:
        return []
    holders = [v] + [o for o in v.children if o.dep_ in ("dobj", "obj")]
    return [c for x in holders for c in x.children if c.dep_ == "prep" and c.lower_ == "for"
            and any(p.dep_ == "pobj" and _is_place(p) for p in c.children)]


def _place_within(p, across: bool = False):
    """The named place a destination that is no place itself lies in ("taken to a shelter in
    X", "moved to the church at X"); None for a place of care ("taken to a hospital in X"),
    or of custody unless the move crosses a border (``across``: "deported them to a jail in
    X" went to X)."""
    if _lemma(p) in cues.CARE_NOUNS and not (across and _lemma(p) in cues.CUSTODY_PLACES):
        return None
    # (also "the town of X", "the village of X": the settlement is X, a name the table may
    # not know and the tagger may take for a person's: "the northern town of Tessalit")
    settlement = _lemma(p) in cues.SETTLEMENT_NOUNS
    return next((_entity_text(x) for c in p.children if c.dep_ == "prep"
                 and (c.lower_ in ("in", "at") or (c.lower_ == "of" and settlement))
                 for x in c.children
                 if x.dep_ == "pobj" and (_known_place(x) or (
                     c.lower_ == "of" and settlement and x.pos_ == "PROPN"
                     and x.ent_type_ not in ("NORP", "ORG")))), None) or _described_place(p)


def _described_place(p):
    """The named place an apposition on ``p`` says it lies in: "to X, the largest town in
    northern Y", "to X, a village in Y", "to X, the capital of Y" → Y; None when no
    apposition names a settlement within a known place."""
    return next((_entity_text(x) for a in p.children if a.dep_ == "appos"
                 and _lemma(a) in cues.SETTLEMENT_NOUNS for c in a.children
                 if c.dep_ == "prep" and c.lower_ in ("in", "of") for x in c.children
                 if x.dep_ == "pobj" and _known_place(x)), None)


def _known_place(t) -> bool:
    """Is ``t`` a named place: tagged as one, or a name the table of cities knows (the tagger
    may call a town a person)?"""
    return t.ent_type_ == "GPE" or (t.pos_ == "PROPN" and country_of(_entity_text(t))
                                    is not None)


def _place_where(v):
    """The named place a "where" clause on ``v`` hangs on: "the border city of X, where the 18
    were handed over" happens in X, as "handed over in X" does."""
    if v.dep_ != "relcl" or not any(c.dep_ == "advmod" and c.lower_ == "where"
                                    for c in v.children):
        return None
    p = v.head
    if _is_place(p) and not _titled(p):
        return _place_name(p)
    return _entity_text(p) if _known_place(p) and not _titled(p) else None


def _entered_place(v):
    """The place a verb of entering has for its object ("entered Chile via the border",
    "reached Peru on Friday"); None otherwise."""
    if v is None or _lemma(v) not in cues.ENTER_VERBS:
        return None
    return next((_place_name(o) for o in v.children
                 if o.dep_ in ("dobj", "obj") and _is_place(o) and _place_name(o)), None)


def _border_crossed(v):
    """Where people went who crossed a border: the place of a "to/into" on the verb or on the
    border ("crossed the border into X", "driven across the Yian border into X"), else the one
    country the border's own adjective or name gives ("crossed the Xian border from Y", "across
    the X border"), unless it is the country they came from. None when the verb passes no
    border ("crossed the border" alone names none; nor does "the X-Y border")."""
    if v is None:
        return None
    borders = [o for o in v.children if o.dep_ in ("dobj", "obj") and _lemma(v) in
               cues.CROSS_VERBS] + [p for c in _preps(v) if c.lower_ in cues.CROSSING_PREPS
                                    for p in c.children if p.dep_ == "pobj"]
    borders = [b for b in borders if _lemma(b) in cues.BORDER_NOUNS]
    if not borders:
        return None
    for c in list(_preps(v)) + [c for b in borders for c in b.children if c.dep_ == "prep"]:
        if c.lower_ in cues.TOWARD_PREPS:
            name = next((_place_name(p) for p in c.children if p.dep_ == "pobj"
                         and _is_place(p) and _lemma(p) not in cues.BORDER_NOUNS), None)
            if name:
                return name
    came_from = {country_of(_entity_text(p)) for c in v.children if c.dep_ == "prep"
                 and c.lower_ == "from" for p in c.children if p.dep_ == "pobj"}
    for b in borders:
        words = [c for c in b.children if c.dep_ in ("amod", "compound", "nmod")]
        if any(x.text in "-–/" for c in words for x in c.subtree):
            continue  # "the X-Y border": between two countries
        named = {demonym_country(c.text) or (country_of(_entity_text(c))
                                             if c.ent_type_ == "GPE" else None) for c in words}
        named.discard(None)
        if len(named) == 1 and not named & came_from:
            return named.pop()
    return None


def _goes_to_place(v, preps=None) -> bool:
    """Does the verb send people to a place, named or not ("taken to the border")?"""
    return v is not None and (any(
        c.lower_ in (preps or cues.TO_PREPS) and any(
            p.dep_ == "pobj" and (_is_place(p) or (c.lower_ in cues.TOWARD_PREPS
                                                   and _place_within(p)))
            for p in c.children) for c in _preps(v))
        or bool(_bound_for(v)) or (preps is None and _entered_place(v) is not None))


def _destination(v, preps=None):
    """The named place a verb sends people to: the object of "to/into/in/on <place>"
    (``preps``), or the place of whoever receives them ("handed to the authorities of X")."""
    if v is None or _lemma(v) in cues.DETENTION_VERBS:
        return None  # "95 fishermen detained in X were handed over": where they were held
    if any(c.dep_ == "advmod" and _lemma(c) == "abroad" for c in v.children):
        return None
    crossed = _border_crossed(v) if preps is None else None
    if crossed:
        return crossed
    bound = _bound_for(v)
    for c in list(_preps(v)) + bound:
        if c.lower_ in (preps or cues.TO_PREPS) or c in bound:
            for p in c.children:
                if p.dep_ != "pobj":
                    continue
                if c.lower_ in cues.TOWARD_PREPS and _neutral_body(p):
                    return None  # "handed over to the Red Cross in X": freed, not sent to X
                if _is_place(p):
                    name = _place_name(p) or (_place_within(p) if c.lower_ in cues.TOWARD_PREPS
                                              else None)
                    if name and country_of(name) is None and c.lower_ in cues.TOWARD_PREPS:
                        name = _described_place(p) or name  # a town the table does not know
                    if name and _among_places(p, name):
                        return None  # "released to X, Y and Z": spread over them, no one place
                    if name:
                        return name
                elif p.pos_ in ("NOUN", "PROPN") and _lemma(p).lower() in cues.FACILITY_NOUNS \
                        and (named := _owned_by_a_place(p) if p.pos_ == "NOUN"
                             else _in_a_known_place(p, cues.LOCATED_PREPS)):
                    # "arrived in a Damascus hotel", "taken to a Lusk hospital", "arrived at
                    # the Government House in Y"
                    return named
                elif c.lower_ in cues.TOWARD_PREPS and p.pos_ in ("NOUN", "PROPN") \
                        and _lemma(p) in cues.RECEIVER_NOUNS:
                    name = _named_in(p) or _sent_from(p)
                    if name:
                        return name
                elif c.lower_ in cues.TOWARD_PREPS and (
                        within := _place_within(p, _lemma(v) in cues.BORDER_VERBS)):
                    return within
    entered = (_entered_place(v) or _place_where(v)) if preps is None else None
    if entered:
        return entered
    landed = _landed_at(v) if preps is None else None
    return landed if landed is not None else _receiver_place(v)


def _owned_by_a_place(p) -> str | None:
    """The known place a building's name gives it ("a Damascus hotel", "Lusk's main
    hospital"), else None."""
    for c in p.children:
        if c.dep_ in ("compound", "poss") and c.pos_ == "PROPN" and c.ent_type_ != "PERSON" \
                and country_of(_entity_text(c)) is not None and not _titled(c):
            return _entity_text(c)
    return None


def _neutral_body(p) -> bool:
    """Does ``p`` name a neutral body that takes captives from their captors (the Red Cross,
    the Red Crescent)? Where it receives them is no destination."""
    words = " ".join(t.lower_ for t in p.subtree)
    return any(body in words for body in cues.INTERMEDIARIES)


def _among_places(p, name: str) -> bool:
    """Whether the place ``p`` is one of a list of other places ("to Moldova, Chad and
    Peru", "flown to Lima and Quito"): people sent to all of them together. Not the country
    the place lies in, which the parser may join to it ("to Lima, Peru")."""
    home = country_of(name)
    return any(_is_place(x) and (_place_name(x) or x.text) != name
               and not (home is not None and home == country_of(_place_name(x) or x.text)
                        == (_place_name(x) or x.text))
               for x in p.conjuncts)


def _sent_from(receiver):
    """The country a receiver comes from: "handed to mediators from X" (the "from" on the
    receiver, or read onto the verb right after it); else None."""
    nxt = receiver.doc[receiver.i + 1] if receiver.i + 1 < len(receiver.doc) else None
    if nxt is None or nxt.lower_ != "from" or nxt.head.i not in (receiver.i, receiver.head.head.i):
        return None
    p = next((x for x in nxt.children if x.dep_ == "pobj"), None)
    return _entity_text(p) if p is not None and p.ent_type_ == "GPE" else None


def _landed_at(v):
    """The place named by a clause of arrival on the verb: "received five, after they landed
    in X", "were greeted as they disembarked at X". Where people were received or freed is
    where they arrived, whoever received them. Also a noun or gerund of arriving under "on",
    "upon" or "after": "pardoned on arrival in X", "upon their return to X", "freed after
    arriving in X"."""
    if v is None:
        return None
    for c in v.children:
        arrivals = []
        if c.dep_ == "advcl" and c.pos_ == "VERB" and _lemma(c) in cues.ARRIVAL_VERBS:
            arrivals.append(c)
        elif c.dep_ == "prep" and c.lower_ in cues.ON_ARRIVAL_PREPS:
            arrivals.extend(x for x in c.children
                            if (x.dep_ == "pobj" and _lemma(x) in cues.ARRIVAL_NOUNS)
                            or (x.dep_ == "pcomp" and _lemma(x) in cues.ARRIVAL_VERBS))
        for a in arrivals:
            if not _their_own(a):
                continue  # "freed after troops arrived in X": someone else's arrival
            for p in _preps(a):
                if p.lower_ in cues.TO_PREPS:
                    name = next((_place_name(x) for x in p.children
                                 if x.dep_ == "pobj" and _is_place(x)), None)
                    if name:
                        return name
    return None


def _their_own(arrival) -> bool:
    """Is an arrival the people's own: no one else named as who arrives ("after troops
    arrived", "on the envoy's arrival", "on arrival of the delegation"), a pronoun at most?"""
    for c in arrival.children:
        if c.dep_ in ("nsubj", "poss") and c.pos_ != "PRON" \
                and _lemma(c) not in cues.VEHICLE_NOUNS:  # ("after their plane landed")
            return False
        if c.dep_ == "prep" and c.lower_ == "of":
            return False
    return True


def _receiver_place(cue):
    """The place of the body that receives the people: the subject of "receive"
    ("COUNTRY's headquarters received N") or of the verb governing "the receipt of N"."""
    if cue is None:
        return None
    if _lemma(cue) in cues.RECEIVE_NOUNS and cue.dep_ in ("dobj", "nsubjpass", "obj"):
        cue = cue.head
        if cue.pos_ not in ("VERB", "AUX"):
            return None
    elif _lemma(cue) not in cues.RECEIVE_VERBS or cue.pos_ not in ("VERB", "AUX"):
        return None
    subj = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if subj is None:
        subj = next((p for a in cue.children if a.dep_ == "agent" for p in a.children
                     if p.dep_ == "pobj"), None)
    if subj is None:
        return None
    if subj.ent_type_ == "GPE" and not _titled(subj):
        return _entity_text(subj)  # "Chad received 40"
    return _named_in(subj)


def _each_side(v, counted):
    """The two places of "A and B each released N" ("swapped N prisoners each"): each side
    freed N, so N went to each of them. None unless the subject of ``v`` is two named
    places joined by "and" and "each" distributes the figure over them."""
    if v is None or v.pos_ not in ("VERB", "AUX"):
        return None
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    near = list(v.children) + (list(counted.children) if counted is not None else [])
    if (subj is None or subj.lower_ == "each") and v.dep_ in ("advcl", "xcomp", "conj") \
            and v.head.pos_ in ("VERB", "AUX"):
        # "A and B held a swap, exchanging N prisoners each" / "..., each bringing home N":
        # the participle's sides are the subject of the clause it hangs from
        subj = next((c for c in v.head.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    near += list(subj.subtree)
    # "... exchanged 146 prisoners of war from each side": "each" on the sides
    # (not who did something else: "a swap announced separately by both sides")
    from_each_side = any(t.lower_ in ("side", "sides") and t.head.lower_ in cues.EACH_SIDE_PREPS
                         and any(c.lower_ in ("each", "both") for c in t.children)
                         for t in v.subtree)
    if not from_each_side and not any(
            t.lower_ == "each" and t.dep_ in ("appos", "advmod", "dep", "npadvmod", "nsubj")
            for t in near):
        return None
    def named_place(t) -> bool:  # the tagger may call a country an organisation
        return t.pos_ == "PROPN" and (t.ent_type_ == "GPE" or country_of(_entity_text(t))
                                      is not None)

    names = []
    for t in subj.subtree:
        if named_place(t) and (t.dep_ == "conj" and named_place(t.head) or any(
                c.dep_ == "conj" and named_place(c) for c in t.children)):
            name = _entity_text(t)
            if name not in names:
                names.append(name)
    return names if len(names) == 2 else None


def _home_of(v, noun):
    """Where people go home to: "64 Chadian prisoners returned home", "31 Sudanese
    soldiers were returned", "seven Peruvians are coming home" name no place, but people of one
    nationality who return home go to that country. None without a cue of going home or
    without one nationality on the counted noun."""
    if v is None or noun is None:
        return None
    home = _lemma(v) in cues.HOMECOMING_VERBS or any(
        c.dep_ in ("advmod", "prt", "npadvmod", "dobj") and c.lower_ == "home"
        for c in list(v.children) + list(noun.children)) or (
        # "17 Xs stepped back into their country": going back is going home
        _lemma(v) in cues.MOVE_VERBS and any(c.dep_ in ("advmod", "prt") and c.lower_ == "back"
                                             for c in v.children))
    if not home:
        return None
    if _dual_nationals(noun):
        return None  # "two dual UK-Iranian nationals flew home": home is not one country
    words = [noun] + [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod")]
    # "Russian and Ukrainian prisoners returned home": each to their own, no one country
    words += [x for t in words[1:] for x in t.children if x.dep_ == "conj"]
    found = {demonym_country(t.text) for t in words if t.text[:1].isupper()}
    # a country's name as the people's ("1,086 Myanmar nationals were deported")
    found |= {country_of(_entity_text(t)) for t in words[1:] if t.dep_ == "compound"
              and t.pos_ == "PROPN" and t.ent_type_ != "PERSON"}
    found.discard(None)
    return found.pop() if len(found) == 1 else _own_people_home(v, noun)


def _dual_nationals(noun) -> bool:
    """Does the counted phrase name two nationalities joined by a hyphen ("UK-Iranian
    nationals", "British-Iranians")?"""
    span = noun.doc[noun.left_edge.i:noun.i + 1].text
    for m in re.finditer(r"([A-Z][\w.]*)\s*-\s*([A-Z][\w]*)", span):
        if all(demonym_country(w) or country_of(w) for w in m.groups()):
            return True
    return False


def _own_people_home(v, noun):
    """The country that brings "its" own people home: "India repatriated 200 of its
    citizens", "China arranged flights to ferry 600 of its nationals home", "Ukraine brought
    home 277 soldiers" (the subject of the verb or of the clause it serves). Without
    "its"/"their" or "brought home" the subject may as well be the country that sends them
    away ("Thailand repatriated 300 workers"): None."""
    # "31 of its nationals": the "of" on the figure, or on the verb where the parser put it
    owned = [noun] + [c for t in (noun, v) for p in t.children
                      if p.dep_ == "prep" and p.lower_ == "of"
                      for c in p.children if c.dep_ == "pobj"]
    brought_home = _lemma(v) == "bring" and any(c.lower_ == "home" for c in v.children)
    if not brought_home and not any(c.dep_ == "poss" and c.lower_ in ("its", "their")
                                    for t in owned for c in t.children):
        return None  # ("X brought home 277 soldiers": home is X's, whoever they are)
    t = v
    for _ in range(3):
        subject = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return country_of(_entity_text(subject)) if subject.ent_type_ == "GPE" else None
        if t.dep_ not in ("advcl", "xcomp", "conj") or t.head.i == t.i:
            return None
        t = t.head
    return None
