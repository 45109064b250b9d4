"""Numeric claims: value, hedge, what is counted, what kind of figure, who says so.

``extract_claims(doc, article_id)`` finds every quantity (:mod:`analysis.numbers`), then
reads spaCy's dependency parse around it: the noun it counts, the predicate that governs
that noun (the kind, by the cue tables in :mod:`analysis.cues`), the speaker (the subject
of a speech verb above it, or "according to X"), and where the people went.
``link_attributions`` resolves each speaker to a canonical entity across the corpus.
"""
from __future__ import annotations

import hashlib
import re

import pandas as pd

from . import cues
from .numbers import NumberSpan, find_numbers, interval

PARTICLE_HEDGES = {"over", "under", "around", "about"}
PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "who", "which", "that", "this"}
PARTITIVE_HEADS = {"many", "some", "most", "all", "several", "few", "none", "each", "half",
                   "dozens", "hundreds", "thousands", "majority", "rest", "number", "part",
                   "remainder", "any", "both", "one", "total", "further", "batch", "tally"}
AMONG = {"among", "amongst"}
SET_PRONOUNS = {"them", "these", "those", "whom"}
SUBJ_OBJ = {"nsubj", "nsubjpass", "dobj", "dative", "attr", "oprd", "obj", "iobj", "csubj"}
#: Entity labels whose words name something rather than count people ("Citizens for Justice").
NAME_ENTS = {"ORG", "PERSON", "FAC", "GPE", "LOC", "WORK_OF_ART", "EVENT", "LAW"}
#: Counted words that stand for an earlier noun ("1,500 others", "300 more").
ANAPHORIC_NOUNS = {"others", "other", "more"}
TIME_DEPS = {"prep", "npadvmod", "advmod", "tmod", "obl", "pobj"}


def claim_id_for(article_id: str, start: int, end: int) -> str:
    """Stable id of a claim: its article and character span."""
    return "C" + hashlib.sha1(f"{article_id}:{start}:{end}".encode()).hexdigest()[:12]


# --- small parse helpers ---------------------------------------------------------------

def _lemma(t) -> str:
    return (t.lemma_ or t.text).lower()


def _inflections(verb: str) -> set[str]:
    """Surface forms of a verb, for title-case headlines the tagger misreads ("Frees")."""
    stem = verb[:-1] if verb.endswith("e") else verb
    forms = {verb, verb + "s", verb + "es", stem + "ed", stem + "ing", verb + "d"}
    if verb.endswith("y"):
        forms |= {verb[:-1] + "ies", verb[:-1] + "ied"}
    return forms


_VERB_FORMS: dict[str, str] = {}
for _kind in ("released", "transferred", "remaining", "demanded"):
    for _v in cues.KIND_VERBS[_kind]:
        for _f in _inflections(_v):
            _VERB_FORMS.setdefault(_f, _kind)


def _singular(word: str) -> str:
    """A rough singular for title-case words the lemmatiser leaves alone ("Prisoners")."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("men"):
        return word[:-3] + "man"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _is_people_noun(t) -> bool:
    low, lem = t.text.lower(), _lemma(t)
    if low in cues.NOT_PEOPLE or lem in cues.NOT_PEOPLE:
        return False
    if lem in cues.PEOPLE_NOUNS or low in cues.PEOPLE_NOUNS or _singular(low) in cues.PEOPLE_NOUNS:
        return True
    if t.ent_type_ == "NORP" and t.tag_ in ("NNPS", "NNS", "NNP") and low.endswith("s"):
        return True  # plural demonyms: "Belarusians", "Americans"
    if t.pos_ in ("NOUN", "PROPN") and len(low) > 5 and _singular(low).endswith(cues.COMPOUND_PEOPLE_ENDINGS):
        return True
    if t.text[:1].isupper() and t.tag_ in ("NNPS", "NNS", "NNP") and low.endswith(cues.DEMONYM_SUFFIXES):
        return True
    return t.pos_ in ("NOUN", "PROPN") and low.endswith(cues.PEOPLE_SUFFIXES)


def _is_nationality(t) -> bool:
    if _lemma(t) in cues.NATIONALITY_NOUNS:
        return True
    if t.ent_type_ == "NORP" and (t.text.lower().endswith("s") or t.tag_ in ("NNPS", "NNS")):
        return True  # "Belarusians", "Sudanese"
    return any(c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP" for c in t.children) \
        and _lemma(t) in cues.PEOPLE_NOUNS | cues.NATIONALITY_NOUNS


def _is_foreign(t) -> bool:
    """A noun that names people by foreign citizenship ("Saudi nationals", "foreigners");
    not one set against foreigners ("6,082 local nationals and 52 foreign nationals")."""
    def marked(x):
        return any(c.dep_ == "amod" and c.lower_ in cues.FOREIGN_MODIFIERS for c in x.children)
    if marked(t):
        return _lemma(t) in cues.NATIONALITY_NOUNS | cues.FOREIGN_NOUNS
    pair = [x for x in (t.head, *t.children) if x.i != t.i and (x.dep_ == "conj" or t.dep_ == "conj")
            and x.pos_ in ("NOUN", "PROPN")]
    pair += [x for x in t.head.children if x.i != t.i and x.dep_ == t.dep_ and x.pos_ == "NOUN"]
    if any(marked(x) for x in pair):
        return False
    return _lemma(t) in cues.FOREIGN_NOUNS or t.lower_ in cues.FOREIGN_NOUNS


def _phrase(t) -> str:
    """The noun with its left compound/adjective modifiers: "freed Belarusians"."""
    mods = [c for c in t.lefts if c.dep_ in ("amod", "compound", "nmod") and c.like_num is False
            and c.pos_ != "NUM"]
    if not mods:
        return t.text
    first = min(m.left_edge.i if m.dep_ == "compound" else m.i for m in mods)
    toks = [x for x in t.doc[first:t.i + 1] if not x.is_punct and x.pos_ != "NUM" and x.dep_ != "det"]
    return " ".join(x.text for x in toks)


def _subtree_text(t, skip_deps=("relcl", "acl", "punct", "appos")) -> tuple[str, int, int]:
    """Text of ``t``'s subtree without relative clauses, appositions and edge punctuation."""
    drop = set()
    for c in t.subtree:
        if c.i != t.i and c.dep_ in skip_deps and c.head.i in {x.i for x in t.subtree}:
            if c.dep_ == "punct" and t.left_edge.i < c.i < t.right_edge.i:
                continue
            drop.update(x.i for x in c.subtree)
    toks = [x for x in t.subtree if x.i not in drop]
    while toks and (toks[0].is_punct or toks[0].dep_ == "det" or toks[0].text in "“”\"'‘’"):
        toks = toks[1:]
    while toks and (toks[-1].is_punct or toks[-1].text in "“”\"'‘’"):
        toks = toks[:-1]
    if not toks:
        return t.text, t.idx, t.idx + len(t.text)
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    keep = {x.i for x in toks}
    text = "".join(x.text_with_ws if x.i in keep else (" " if x.whitespace_ else "")
                   for x in t.doc[toks[0].i:toks[-1].i + 1])
    text = text.replace("“", "").replace("”", "").replace('"', "").replace(" ,", ",")
    return " ".join(text.split()).strip(" ,;:"), start, end


def _is_place(t) -> bool:
    return t.ent_type_ in ("GPE", "LOC", "FAC") or _lemma(t) in cues.PLACE_NOUNS


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
            if p is not None and p.ent_type_ == "GPE":
                return _entity_text(p)
            if p is not None and p.pos_ in ("NOUN", "PROPN"):
                inner = _named_in(p)  # "the prisoner of war centre" misread as "of"
                if inner:
                    return inner
        if c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in ("NORP", "GPE") and norp is None:
            norp = f"{c.text} {t.text}"
    return norp


def _place_name(p) -> str | None:
    """The name of the place ``p`` stands for: a place entity, or a place noun qualified by
    one ("Ukrainian territory", "the territory of Chad"); a bare "the border" names none."""
    if p.ent_type_ in ("GPE", "LOC", "FAC"):
        return _entity_text(p)
    if _lemma(p) in cues.PLACE_NOUNS:
        named = _named_in(p)
        if named:
            return named
    return None


def _goes_to_place(v, preps=None) -> bool:
    """Does the verb send people to a place, named or not ("taken to the border")?"""
    return v is not None and any(
        c.dep_ == "prep" and c.lower_ in (preps or cues.TO_PREPS) and any(
            p.dep_ == "pobj" and _is_place(p) for p in c.children) for c in v.children)


def _destination(v, preps=None):
    """The named place a verb sends people to: the object of "to/into/in/on <place>"
    (``preps``), or the place of whoever receives them ("handed to the authorities of X")."""
    if v is None:
        return None
    for c in v.children:
        if c.dep_ == "prep" and c.lower_ in (preps or cues.TO_PREPS):
            for p in c.children:
                if p.dep_ != "pobj":
                    continue
                if _is_place(p):
                    name = _place_name(p)
                    if name:
                        return name
                elif c.lower_ in cues.TOWARD_PREPS and p.pos_ in ("NOUN", "PROPN") \
                        and _lemma(p) in cues.RECEIVER_NOUNS:
                    name = _named_in(p)
                    if name:
                        return name
        if c.dep_ == "advmod" and _lemma(c) == "abroad":
            return None
    return _receiver_place(v)


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
    if subj.ent_type_ == "GPE":
        return _entity_text(subj)  # "Chad received 40"
    return _named_in(subj)


# --- what is counted -------------------------------------------------------------------

def _number_token(doc, ns: NumberSpan):
    span = doc.char_span(ns.num_start, ns.num_end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    t = span.root
    # "9.5 million": climb from the digit to the scale word; never out of the number.
    while t.head.i != t.i and t.head.i in range(span.start, span.end):
        t = t.head
    return t


def _of_object(t):
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for p in c.children:
                if p.dep_ == "pobj":
                    return p
    return None


def _antecedent(t, skip=frozenset()):
    """The nearest people noun before ``t`` in its sentence or the one before (not in ``skip``)."""
    sent = t.sent
    start = sent.start
    prev = t.doc[sent.start - 1].sent if sent.start > 0 else None
    if prev is not None:
        start = prev.start
    for i in range(t.i - 1, start - 1, -1):
        c = t.doc[i]
        if i not in skip and c.pos_ in ("NOUN", "PROPN") and c.tag_ in ("NNS", "NNPS") and _is_people_noun(c) \
                and c.ent_type_ not in NAME_ENTS and c.lower_ not in ANAPHORIC_NOUNS \
                and not _is_speaker(c):
            return c
    return None


def _is_speaker(t) -> bool:
    """Is ``t`` the subject of a verb of saying ("officials said")? Such a noun is the
    source of a sentence, not the people a later "them" stands for."""
    return t.dep_ in ("nsubj", "nsubjpass") and _lemma(t.head) in cues.SPEECH_VERBS


def _counted(num, ns: NumberSpan):
    """(noun token or None, phrase head for the clause, counted text, partitive?)."""
    t = num
    if t.dep_ in ("nummod", "quantmod", "amod", "compound", "npadvmod") and t.head.pos_ in ("NOUN", "PROPN") \
            and t.head.i > t.i:
        n = t.head
        return n, n, _phrase(n), False
    if t.dep_ == "pobj" and t.head.lower_ == "at" and t.head.head.pos_ == "VERB":
        # "puts the number of political prisoners at 1,100"; "puts the number of people it
        # considers prisoners at 1,100" (the "at" hangs from the inner clause)
        tally = _tally(t.head.head)
        inner = _of_object(tally) if tally is not None else None
        if inner is not None:
            return inner, inner, _phrase(inner), False
        if tally is not None and any(_lemma(c) in cues.PEOPLE_TALLY_MODIFIERS for c in tally.children
                                     if c.dep_ in ("compound", "amod")):
            return tally, tally, _phrase(tally), False  # "the death toll": counts people
    of = _of_object(t)
    if of is not None:
        if of.lower_ in PRONOUNS | {"them", "those", "whom", "these", "us"}:
            ante = _antecedent(t)
            return ante, t, (_phrase(ante) if ante is not None else None), True
        return of, t, _phrase(of), True
    if ns.year_like:
        return None, t, None, False  # a year only counts what it directly numbers
    part = next((c for c in t.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i == t.i + 1), None)
    if part is not None and _lemma(part) in cues.PEOPLE_PARTICIPLES:
        return part, t, part.text, False  # "29,000 arrested since the coup"
    if t.dep_ == "attr" and t.head.pos_ in ("AUX", "VERB"):
        subj = next((c for c in t.head.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.pos_ == "NOUN" and not _is_people_noun(subj):
            return subj, t, _phrase(subj), False  # "the score was 3": what the subject measures
    if t.dep_ in SUBJ_OBJ | {"appos", "conj"} and not (ns.value == 1 and not ns.expression[:1].isdigit()):
        ante = _antecedent(t)
        if ante is not None:
            return ante, t, _phrase(ante), True
    # A misparse: the next noun right after the number.
    for nxt in t.doc[t.i + 1:min(len(t.doc), t.i + 4)]:
        if nxt.is_punct or nxt.pos_ in ("VERB", "AUX", "ADP", "NUM", "SCONJ"):
            break
        if nxt.pos_ in ("NOUN", "PROPN") and (nxt.i + 1 >= len(t.doc) or t.doc[nxt.i + 1].pos_ not in ("NOUN", "PROPN")):
            return nxt, nxt, _phrase(nxt), False
    return None, t, None, False


def _class(ns: NumberSpan, noun) -> str:
    if ns.unit:
        return ns.unit
    if noun is None:
        return "other"
    if _lemma(noun) in cues.GROUP_NOUNS:
        inner = _of_object(noun)
        return "people" if inner is not None and _is_people_noun(inner) else "other"
    if noun.tag_ == "VBN" and _lemma(noun) in cues.PEOPLE_PARTICIPLES:
        return "people"
    if _lemma(noun) in cues.TALLY_NOUNS and any(
            _lemma(c) in cues.PEOPLE_TALLY_MODIFIERS for c in noun.children if c.dep_ in ("compound", "amod")):
        return "people"  # "the death toll"
    if noun.lower_ in ANAPHORIC_NOUNS:
        member = next((p for c in noun.children if c.dep_ == "prep" and c.lower_ in cues.MEMBERSHIP
                       for p in c.children if p.dep_ == "pobj"), None)
        if member is not None and _is_people_noun(member):
            return "people"  # "1,500 others, including fighters"
        return "people" if _antecedent(noun) is not None else "other"
    return "people" if _is_people_noun(noun) else "other"


# --- what kind of figure ---------------------------------------------------------------

def _verb_kind(v) -> tuple[str | None, object]:
    """Kind cued by a verb and its particles/objects/prepositions, and the verb itself."""
    lem = _lemma(v)
    found = set()
    for kind, verbs in cues.KIND_VERBS.items():
        if lem in verbs:
            found.add(kind)
    pairs = set()
    for c in v.children:
        pairs.add((lem, _lemma(c)))
        pairs.add((_lemma(c), lem))
        if c.dep_ == "prep":
            for p in c.children:
                if p.dep_ == "pobj":
                    pairs.add((_lemma(c), _lemma(p)))
                    pairs.add((lem, _lemma(p)))
        if c.dep_ in ("dobj", "acomp", "oprd", "prt", "advmod"):
            pairs.add((lem, c.lower_))
    for kind, phrases in cues.KIND_PHRASES.items():
        if pairs & phrases:
            found.add(kind)
    if lem in cues.MOVE_VERBS and _goes_to_place(v):
        found.add("transferred")
    if lem in cues.HELD_VERBS and not _past(v):
        found.add("remaining")  # "are held", "to be detained", "is holding"
    for kind in cues.PRECEDENCE:
        if kind in found:
            return kind, v
    return None, None


def _past(v) -> bool:
    """Is this verb a past event ("were held", "had detained", "jailed")? Present and
    infinitive forms ("are held", "to be held", "is holding") are not."""
    auxes = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ == "to" for a in auxes):
        return False
    if _lemma(v) in cues.HELD_STATE_VERBS and v.dep_ == "ccomp" and v.head.pos_ in ("VERB", "AUX") \
            and _lemma(v.head) in cues.SPEECH_VERBS and not any(a.lower_ == "had" for a in auxes):
        return False  # reported speech shifts tense back: "said 40 were held" = are held
    if any(a.lemma_ == "have" and a.tag_ in ("VBZ", "VBP") for a in auxes):
        # present perfect: "have detained 900" is arrests made; "have been held" is a state
        return _lemma(v) not in cues.HELD_STATE_VERBS
    if auxes:
        return any(a.tag_ in ("VBD",) or a.lower_ in ("had", "was", "were") for a in auxes)
    return v.tag_ == "VBD" or (v.tag_ == "VBN" and v.dep_ not in ("acl", "amod"))


def _noun_kind(n) -> str | None:
    lem = _lemma(n)
    for kind in ("demanded", "transferred", "released"):
        if lem in cues.KIND_NOUNS.get(kind, ()):
            return kind
    return None


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
            if low in cues.REMAINING_OVERRIDE or lem in cues.REMAINING_OVERRIDE:
                return "remaining", c, True
            if c.dep_ in ("acl", "relcl") and any(x.pos_ == "NUM" and x.ent_type_ != "DATE" for x in c.subtree):
                continue  # "..., 300 of whom were deported": about a part, not the whole
            if c.dep_ in ("acl", "relcl") or c.pos_ == "VERB":
                k, v = _verb_kind(c)
                if k:
                    if best is None or cues.PRECEDENCE.index(k) < cues.PRECEDENCE.index(best[0]):
                        best = (k, v)
                    continue
            for kind in ("remaining", "released"):
                if low in cues.KIND_MODIFIERS[kind] or lem in cues.KIND_MODIFIERS[kind]:
                    if kind == "remaining":
                        continue  # "jailed activists" describes them; see HELD_NOUNS default
                    if best is None:
                        best = (kind, c)
    return (best[0], best[1], False) if best else (None, None, False)


def _climb(h):
    """From the counted phrase to the token that governs it in its clause: through
    coordination ("five X and 104 Y"), apposition and partitives ("many of the 123 ...").
    A whole inside a partitive with its own number ("18 of the 30 students") stays put:
    the verb above governs the part, not the whole."""
    has_number = any(c.dep_ == "nummod" for c in h.children)
    for _ in range(8):
        if h.dep_ in ("conj", "appos") and h.head.i != h.i:
            h = h.head
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
        break
    return h


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
        if head.pos_ not in ("NOUN", "PROPN") or _is_people_noun(head) or any(
                c.dep_ == "nummod" for c in head.children) or head.head.i == head.i:
            break
        head = head.head
    if head.pos_ in ("VERB", "AUX"):
        # "1,400 were held, including 40 journalists": the counted subject/object of the verb
        return next((c for c in head.children if c.dep_ in SUBJ_OBJ and c.i < prep.i and (
            c.pos_ == "NUM" or any(x.pos_ == "NUM" for x in c.subtree))), None)
    return head  # "123 prisoners, including five citizens": the prisoners


def _set_kind(tok) -> tuple[str | None, object]:
    """The kind of a set of people named by ``tok`` ("those freed", "123 prisoners"),
    and the token that cued it."""
    if tok is None:
        return None, None
    k, v, _ = _modifier_kind([tok])
    if k:
        return k, v
    if tok.lower_ in cues.KIND_MODIFIERS["released"] or _lemma(tok) in cues.KIND_MODIFIERS["released"]:
        return "released", tok  # "among the freed"
    h = _climb(tok)
    if h.dep_ in SUBJ_OBJ and h.head.pos_ in ("VERB", "AUX"):
        return _verb_kind(h.head)
    if h.dep_ == "pobj" and h.head.lower_ == "of" and h.head.head.pos_ == "NOUN":
        k = _noun_kind(h.head.head)
        return k, (h.head.head if k else None)
    return None, None


def _governor(h):
    """(kind, cue token, (membership kind, its cue)) from the clause governing ``h``."""
    for c in h.children:  # "among them 16 Saudi nationals"
        if c.dep_ == "prep" and c.lower_ in cues.MEMBERSHIP and c.i < h.i:
            return None, None, _set_kind(_membership_set(c))
    if h.dep_ in SUBJ_OBJ and h.head.pos_ in ("VERB", "AUX"):
        v = h.head
        k, cue_v = _verb_kind(v)
        if k:
            return k, cue_v, (None, None)
        # "five citizens were among those freed" (not "were not among them")
        for c in v.children:
            if c.dep_ == "prep" and c.lower_ in cues.MEMBERSHIP:
                if any(x.dep_ == "neg" for x in v.children):
                    return None, None, (None, None)
                return None, None, _set_kind(_membership_set(c))
        # "are believed to be held", "are expected to be freed": the verb it raises to
        for c in v.children:
            if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and not any(
                    x.dep_ in ("nsubj", "nsubjpass") for x in c.children):
                k, cue_v = _verb_kind(c)
                if k == "remaining" and _lemma(v) in cues.CHOICE_VERBS:
                    return None, None, (None, None)  # "chose to stay in X": free, not held
                if k:
                    return k, cue_v, (None, None)
        # "the freed prisoners include two citizens"
        if _lemma(v) in cues.MEMBERSHIP and h.dep_ in ("dobj", "obj", "attr"):
            subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            return None, None, _set_kind(subj)
        # "a bus carrying 40 evacuees arrived in X": the vehicle's own verb
        if v.dep_ in ("acl", "relcl") and v.head.dep_ in ("nsubj", "nsubjpass") \
                and _lemma(v) in cues.CARRY_VERBS:
            k, cue_v = _verb_kind(v.head.head)
            if k == "transferred":
                return k, cue_v, (None, None)
        return None, None, (None, None)
    if h.dep_ == "pobj":
        prep = h.head
        if prep.lower_ in cues.MEMBERSHIP:
            return None, None, _set_kind(_membership_set(prep))
        gov = prep.head
        if prep.lower_ in ("of", "for") and gov.pos_ in ("NOUN", "PROPN"):  # "in exchange for 8"
            k = _noun_kind(gov)
            return k, gov if k else None, (None, None)
        if gov.pos_ in ("VERB", "AUX"):
            k, cue_v = _verb_kind(gov)
            return k, cue_v, (None, None)
    return None, None, (None, None)


def _demanded_on_path(num) -> bool:
    t = num
    while t.head.i != t.i:  # Token objects are views: compare indices, not identity
        if t.dep_ in ("conj", "parataxis", "advcl") and t.pos_ in ("VERB", "AUX"):
            return False  # a coordinated clause has its own predicate
        if t.dep_ == "nsubj" and t.head.pos_ in ("VERB", "AUX") and _lemma(t.head) in cues.KIND_VERBS["demanded"]:
            return False  # "relatives of 1,100 soldiers demanded answers": those who demand
        t = t.head
        lem = _lemma(t)
        if t.pos_ in ("VERB", "AUX") and lem in cues.SPEECH_VERBS:
            return False  # a report of a figure, not a demand
        if t.pos_ in ("VERB", "AUX") and (lem in cues.KIND_VERBS["demanded"] or any(
                (lem, c.lower_) in cues.KIND_PHRASES["demanded"] for c in t.children)):
            return True
        if t.pos_ == "NOUN" and lem in cues.KIND_NOUNS["demanded"] and t.i < num.i:
            return True
    return False


def _time_is_earlier(tokens) -> bool:
    words = [x.lower_ for x in tokens]
    if any(w in cues.EARLIER_WORDS for w in words) and not any(
            w in cues.STILL_CURRENT for w in words):
        return True  # "earlier this month", "last year", "since July"
    if any(w in cues.CURRENT_TIME_WORDS for w in words):
        return False
    has_month = any(w in cues.MONTH_WORDS for w in words)
    has_year = any(x.like_num and len(x.text) == 4 and x.text.isdigit() for x in tokens)
    has_day = any(x.like_num and x.text.isdigit() and int(x.text) <= 31 for x in tokens)
    if has_month and has_day:
        return False  # a precise day is the story's own event, as a rule
    return has_month or has_year


def _time_phrase(cue, num) -> tuple[str | None, bool]:
    """The time phrase in the clause of ``cue`` (or the clauses above it), and whether it
    places the event before the story's own moment: ("in June", True)."""
    t = cue if cue is not None else num
    first = None
    steps = 0
    while True:
        for c in t.children:
            if c.dep_ not in TIME_DEPS or c.left_edge.i <= num.i <= c.right_edge.i:
                continue  # not a time slot, or the counted phrase itself
            if c.dep_ == "advmod" and c.lower_ in cues.EARLIER_WORDS:
                return c.text, True
            if c.dep_ in ("prep", "npadvmod", "tmod", "obl"):
                sub = list(c.subtree)
                if any(x.ent_type_ == "DATE" for x in sub) or c.lower_ == "since":
                    dates = [x for x in sub if x.ent_type_ == "DATE"] or sub
                    text = t.doc[dates[0].i:dates[-1].i + 1].text
                    if c.dep_ == "prep" and c.i < dates[0].i:
                        text = f"{c.text} {text}"
                    if _time_is_earlier(sub):
                        return text, True
                    first = first or text
        if t.head.i == t.i or steps > 6:
            return first, False
        if t.dep_ in ("relcl", "acl", "advcl") and t.head.ent_type_ == "DATE":
            ent = next((e for e in t.doc.ents if e.start <= t.head.i < e.end), None)
            if ent is not None:  # "in April 2023, when the two sides freed 900 prisoners"
                sub = list(ent)
                prep = t.doc[ent.start - 1] if ent.start > 0 else None
                if prep is not None and prep.dep_ == "prep":
                    sub = [prep] + sub
                if _time_is_earlier(sub):
                    return t.doc[sub[0].i:sub[-1].i + 1].text, True
        t = t.head
        steps += 1


def _earlier(cue, num) -> bool:
    """Does the clause of ``cue`` (or the clauses above it) carry an earlier time?"""
    return _time_phrase(cue, num)[1]


def _kind(num, noun, h, cls) -> tuple[str, object]:
    """(kind, the token whose clause decided it)."""
    if _demanded_on_path(num):
        return "demanded", None
    mod_tokens = [noun] if noun is not None and noun.i != h.i else []
    mod_tokens += [h, num]
    mk, mv, override = _modifier_kind(mod_tokens)
    if override:
        return "remaining", mv
    g = _climb(h)
    k, cue_v, (member, member_cue) = _governor(g)
    if k is None and member is None and g.i != h.i:
        k, cue_v, (member, member_cue) = _governor(h)
    nationality = noun is not None and (_is_nationality(noun) or (
        noun.dep_ == "conj" and _is_nationality(noun.head)))  # "9 Kenyan nationals and two Ugandans"
    if k is None and member in ("released", "transferred"):
        k = "foreign_nationals" if nationality else member
        cue_v = member_cue
    elif k is None and member == "remaining":
        k, cue_v = member, member_cue  # "1,400 are held, including 40 journalists"
    if k is None and mk:
        k, cue_v = mk, mv
    if k is None:
        k, cue_v = _fallback_kind(num)
    if k is None and noun is not None and _still_held(noun):
        k, cue_v = "remaining", None
    of = _of_object(num)
    if k is None and noun is not None and of is not None and of.lower_ in SET_PRONOUNS and not (
            num.head.pos_ == "VERB" and _lemma(num.head) != "be"):
        k, cue_v = _set_kind(noun)  # "60 of them are minors": a part of the set just counted
    if k == "released" and noun is not None and _is_foreign(noun):
        k = "foreign_nationals"  # "16 foreign nationals were freed"
    if k == "released" and _earlier(cue_v, num):
        k = "earlier_release"
    if k is None:
        held = noun is not None and (_lemma(noun) in cues.HELD_NOUNS or _lemma(noun).endswith("prisoner"))
        k = "remaining" if held and cls == "people" else "other"
        if k == "remaining" and _sentence_has_release(num):
            k = "released"  # "a swap involving 95 prisoners": a release is the event here
    return k, cue_v


def _still_held(noun) -> bool:
    """ "27 children still held": "still" and a verb of keeping right after the noun."""
    nxt = noun.doc[noun.i + 1:noun.i + 3]
    return len(nxt) == 2 and nxt[0].lower_ == "still" and (
        _lemma(nxt[1]) in cues.HELD_VERBS | cues.KIND_VERBS["remaining"])


def _is_subset(num, h) -> bool:
    """Is this figure a subset of a set just counted, not a quantity of its own? "including
    40 journalists", "among them 16 nationals", "47 of the men freed were fighters",
    "60 of them are minors" (a part picked out by what they are)."""
    g = _climb(h)
    for t in (g, h):
        if t.dep_ == "pobj" and t.head.lower_ in cues.MEMBERSHIP - AMONG:
            return True  # "..., including 40 journalists"
        holders = [t] + ([t.head] if t.dep_ in ("nsubj", "nsubjpass") else [])
        for x in holders:  # "among them 16 ...", "47 fighters among those freed", "5 were among ..."
            for c in x.children:
                if c.dep_ == "prep" and (c.lower_ in AMONG or (c.lower_ in cues.MEMBERSHIP and c.i < t.i)):
                    obj = next((p for p in c.children if p.dep_ == "pobj"), None)
                    if obj is not None and obj.pos_ != "NUM" and not any(
                            y.dep_ == "nummod" for y in obj.children):
                        return True
    if _of_object(num) is None:
        return False
    v = num.head
    return num.dep_ == "nsubj" and _lemma(v) == "be" and any(
        c.dep_ in ("attr", "acomp") for c in v.children)


def _sentence_has_release(num) -> bool:
    for t in num.sent:
        lem = _lemma(t)
        if (t.pos_ in ("VERB", "AUX") and lem in cues.KIND_VERBS["released"]) or (
                t.pos_ == "NOUN" and lem in cues.KIND_NOUNS["released"]):
            return True
    return False


def _fallback_kind(num) -> tuple[str | None, object]:
    """When the parse gives nothing (headlines in title case): a kind verb just before."""
    doc = num.doc
    for t in reversed(list(doc[max(num.sent.start, num.i - 3):num.i])):
        k = _VERB_FORMS.get(t.lower_)
        if k:
            return k, t
    return None, None


# --- who says so -----------------------------------------------------------------------

def _resolve_pronoun(t):
    """A pronoun subject → the nearest preceding person (he/she) or organisation."""
    want = {"he": ("PERSON",), "she": ("PERSON",)}.get(t.lower_, ("ORG", "PERSON", "GPE", "NORP"))
    best = None
    for e in t.doc.ents:
        if e.end > t.i:
            break
        if e.label_ in want:
            best = e
    return best


def _subject(v):
    subs = [c for c in v.children if c.dep_ in ("nsubj", "csubj")]
    if subs:  # two subjects is a misparse (a heading glued on): the one nearest the verb
        before = [c for c in subs if c.i < v.i]
        return before[-1] if before else subs[0]
    for c in v.children:
        if c.dep_ == "agent":
            return next((p for p in c.children if p.dep_ == "pobj"), None)
    return None


def _speaker(tok, keep_appos: bool = True):
    """(text, start, end, anchor char offsets) for a source phrase headed by ``tok``."""
    if tok.lower_ in ("who", "which", "that") and tok.head.dep_ == "relcl":
        tok = tok.head.head  # "the group, which says ...": the group
    if _lemma(tok) in cues.GENERIC_ORG_NOUNS and tok.ent_type_ == "" and any(
            c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and not any(
            c.dep_ in ("compound", "amod", "poss", "prep", "appos") for c in tok.children):
        e = next((x for x in reversed(tok.doc.ents) if x.end <= tok.i and x.label_ == "ORG"), None)
        if e is not None:  # "the group says": the organisation named before
            toks = [x for x in e if x.dep_ != "det"] or list(e)
            start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
            return e.doc.text[start:end], start, end, [(start, end)]
    if tok.lower_ in PRONOUNS:
        e = _resolve_pronoun(tok)
        if e is None:
            return None
        return e.text, e.start_char, e.end_char, [(e.start_char, e.end_char)]
    skip = ("relcl", "acl", "punct") if keep_appos else ("relcl", "acl", "punct", "appos")
    if _lemma(tok) in cues.DOCUMENT_NOUNS:
        skip = tuple(d for d in skip if d != "acl")  # "a statement read on state TV"
    text, start, end = _subtree_text(tok, skip_deps=skip)
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end and e.label_ in NAME_ENTS), None)
    if ent is not None and ent.end_char > end:
        text, end = tok.doc.text[start:ent.end_char], ent.end_char
    anchors = [(tok.idx, tok.idx + len(tok.text))]
    for c in tok.children:  # "the Khochu Zhit project", "an Embassy spokeswoman"
        if c.dep_ in ("compound", "nmod") and c.i < tok.i:
            anchors.append((c.idx, c.idx + len(c.text)))
    for c in tok.children:
        if c.dep_ == "appos":
            anchors.append((c.idx, c.idx + len(c.text)))
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("for", "of", "from", "at", "with"):
            for p in c.children:
                if p.dep_ == "pobj":
                    anchors.append((p.idx, p.idx + len(p.text)))
    return text, start, end, anchors


def _attribution(num):
    t = num
    own = {x.i for x in num.subtree}
    while t.head.i != t.i:  # Token objects are views: compare indices, not identity
        via = t.dep_
        t = t.head
        if via == "conj" and t.pos_ in ("VERB", "AUX"):
            continue  # "X urged ..., and 300 people marched": X did not state the figure
        if t.pos_ in ("NOUN", "PROPN"):
            for c in t.children:  # "the release of 31 fishermen, announced by the ministry"
                if c.dep_ == "acl" and _lemma(c) in cues.ATTRIBUTION_VERBS and c.i not in own:
                    agent = next((p for a in c.children if a.dep_ == "agent"
                                  for p in a.children if p.dep_ == "pobj"), None)
                    sp = _speaker(agent) if agent is not None else None
                    if sp:
                        return sp
        if t.pos_ in ("VERB", "AUX") and _lemma(t) in cues.ATTRIBUTION_VERBS:
            lo, hi = sorted((t.idx, num.idx))
            if "\n\n" in t.doc.text[lo:hi]:
                break  # a headline glued to the first paragraph by the sentence splitter
            subj = _subject(t)
            right = subj.right_edge.i if subj is not None else -1
            if subj is None and t.dep_ == "acl" and t.head.pos_ in ("NOUN", "PROPN") and t.head.i < t.i:
                subj, right = t.head, t.head.i  # "the envoy called ..." misread as a participle on "envoy"
            if subj is not None and subj.i not in own and not (
                    subj.left_edge.i <= num.i <= right):  # not "relatives of 230 ..."
                sp = _speaker(subj)
                if sp:
                    return sp
    for t in num.sent:
        if t.dep_ == "parataxis" and t.i > num.i and t.pos_ in ("VERB", "AUX") \
                and _lemma(t) in cues.SPEECH_VERBS and t.doc[t.i - 1].is_punct is False:
            subj = _subject(t)  # "120 men arrived, airport officials said, ..."
            if subj is not None and subj.i < t.i and subj.i not in own \
                    and t.doc[subj.left_edge.i - 1].text in (",", "—", "–", "-"):
                sp = _speaker(subj)
                if sp:
                    return sp
    for t in num.sent:
        if _lemma(t) in ("accord", "according") and t.lower_.startswith("accord"):
            to = next((c for c in t.children if c.lower_ == "to"), None)
            obj = next((p for p in to.children if p.dep_ == "pobj"), None) if to is not None else None
            if obj is not None:
                return _speaker(obj, keep_appos=False)
        if t.lower_ in cues.SOURCE_WORDS and t.dep_ in ("prep", "advcl", "acl"):
            obj = next((p for p in t.children if p.dep_ in ("pobj", "dobj")), None)
            if obj is not None:
                return _speaker(obj)
    return None


# --- the claims ------------------------------------------------------------------------

def extract_claims(doc, article_id: str) -> list[dict]:
    """Every stated quantity in a parsed article, as claim rows (see ``frames.COLUMNS``)."""
    rows = []
    try:
        spans = find_numbers(doc.text)
    except Exception:  # odd text never stops the article
        return rows
    for ns in spans:
        try:
            row = _claim(doc, article_id, ns)
            restates = row.pop("restates", False) if row is not None else False
            if restates:
                row = _restatement(row, rows, doc, with_kind=restates != "counted",
                                   same_sentence=restates == "contrast")
        except Exception:
            row = None
        if row is not None:
            rows.append(row)
    return rows


def _tally(v):
    """The tally noun ("number", "toll") that ``v`` or the verb above its clause puts at a figure."""
    verbs = [v] + ([v.head] if v.dep_ in ("advcl", "acl", "xcomp", "ccomp", "relcl") else [])
    if v.dep_ in ("acl", "relcl") and _lemma(v.head) in cues.TALLY_NOUNS:
        return v.head
    for verb in verbs:
        tally = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")
                      and _lemma(c) in cues.TALLY_NOUNS), None)
        if tally is not None:
            return tally
    return None


def _restated(num):
    """A bare figure restating one just given: "put the figure at 47", "47, not 45 as X said".
    "kind" when it takes the kind of that figure too, "counted" when only what it counts,
    False when it restates nothing."""
    if num.dep_ == "nummod":
        return False
    if num.dep_ == "pobj" and num.head.lower_ == "at" and num.head.head.pos_ == "VERB":
        v = num.head.head  # "put the figure at 47"; "put the number still missing at 27"
        if v.dep_ == "acl" and _lemma(v.head) in cues.TALLY_NOUNS:
            return "counted" if _of_object(v.head) is None else False
        for verb in (v, v.head) if v.dep_ in ("advcl", "acl", "xcomp") else (v,):
            tally = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")
                          and _lemma(c) in cues.TALLY_NOUNS), None)
            if tally is not None and _of_object(tally) is None:
                # a clause of its own ("still missing") says what kind of figure it is
                return "counted" if verb.i != v.i else "kind"
        return False
    prev = num.doc[num.i - 1] if num.i else None
    if prev is not None and prev.lower_ in cues.CONTRAST_WORDS and _as_speaker(num) is not None:
        return "contrast"  # set against a figure of the same sentence
    return False


def _restatement(row: dict, rows: list[dict], doc, with_kind: bool = True,
                 same_sentence: bool = False) -> dict | None:
    """What a restated figure counts, and its kind: those of the people figure just before
    it (in its sentence or the one before); without one it is no claim."""
    sent = doc.char_span(row["start"], row["end"], alignment_mode="expand")
    if sent is None:
        return None
    s = sent.root.sent
    floor = doc[s.start - 1].sent.start_char if s.start > 0 and not same_sentence else s.start_char
    prev = [r for r in rows if r["counted_class"] == "people" and floor <= r["start"] < row["start"]]
    if not prev:
        return row  # nothing to restate: the figure stays as it was read
    last = prev[-1]
    row.update(counted=last["counted"], counted_class="people",
               kind=last["kind"] if with_kind and row["kind"] == "other" else row["kind"],
               destination=row["destination"] or last["destination"])
    return row


def _as_speaker(num):
    """The source of a figure followed by "as X claimed/said" ("not 45 as the army said")."""
    doc = num.doc
    if num.i + 1 >= len(doc) or doc[num.i + 1].lower_ != "as":
        return None
    for t in doc[num.i + 2:min(len(doc), num.i + 9)]:
        if t.pos_ in ("VERB", "AUX") and _lemma(t) in cues.SPEECH_VERBS:
            subj = _subject(t)
            return _speaker(subj) if subj is not None and subj.i > num.i else None
    return None


def _prospective(num) -> bool:
    """Whether the figure's clause states a prospect (a modal, or a plan or offer) rather
    than a fact: the first verb above the number has a modal auxiliary, or is the to-clause
    of a verb of planning, or of a verb with a modal ("could begin to free")."""
    t, steps = num, 0
    while t.pos_ not in ("VERB", "AUX"):
        if t.head.i == t.i or steps > 8:
            return False
        t, steps = t.head, steps + 1
    for _ in range(3):
        auxes = [c for c in t.children if c.dep_ in ("aux", "auxpass")]
        if any(a.lower_ in cues.PROSPECTIVE_MODALS for a in auxes) and not any(a.lemma_ == "have" for a in auxes):
            return True  # not "may have freed 30": a guess about the past
        if t.dep_ != "xcomp" or t.head.i == t.i:
            return False
        t = t.head
        if _lemma(t) in cues.PROSPECTIVE_GOVERNORS:
            return True
    return False


def _claim(doc, article_id: str, ns: NumberSpan) -> dict | None:
    num = _number_token(doc, ns)
    if num is None:
        return None
    noun, h, counted, _partitive = _counted(num, ns)
    cls = _class(ns, noun)
    restates = noun is None and not ns.unit and not ns.year_like and _restated(num)
    if ns.year_like and cls != "people":
        return None
    if num.ent_type_ in ("DATE", "TIME", "ORDINAL") and cls != "people" and not restates:
        return None
    if noun is not None and noun.lower_ in {"years", "days", "months", "weeks", "decades", "hours"}:
        return None
    if ns.value == 1 and not ns.expression[-1:].isdigit():
        return None  # "one of the ...", "one mother said": a reference, not a figure
    if ns.hedge in ("under", "over", "above", "below") and num.i > 1:
        before = doc[num.i - 2] if doc[num.i - 1].lower_ == ns.hedge else None
        if before is not None and before.pos_ == "NOUN" and _is_people_noun(before) \
                and not (num.dep_ == "nummod" and num.head.pos_ == "NOUN"):
            return None  # "children under 5", "people over 65": an age bound
    if ns.hedge in PARTICLE_HEDGES and any(
            t.dep_ == "prt" and t.lower_ == ns.hedge for t in doc.char_span(ns.start, ns.num_start, alignment_mode="expand") or []):
        # "handed over 13 hostages": a verb's particle, not a hedge
        ns.qualifier, ns.hedge, ns.start = "exact", None, ns.num_start
        ns.low, ns.high = interval(ns.value, "exact")
        ns.expression = doc.text[ns.start:ns.end]
    kind, cue_v = _kind(num, noun, h, cls)
    if ns.unit:  # money, percent, weight: the unit word is what is counted
        unit_word = re.match(r"\s*([^\W\d]+|%)", doc.text[ns.num_end:ns.num_end + 30])
        counted = unit_word.group(1) if unit_word else None
    sp = _as_speaker(num) or _attribution(num)
    dest = _destination(cue_v) if kind == "transferred" else _destination(
        cue_v, cues.TOWARD_PREPS) if kind in ("released", "foreign_nationals") else None
    if dest is None and kind == "transferred":
        _, mv, _ = _modifier_kind([noun, h] if noun is not None else [h])
        dest = _destination(mv)
    sent = num.sent
    return {
        "claim_id": claim_id_for(article_id, ns.start, ns.end),
        "article_id": article_id, "value": float(ns.value), "low": ns.low, "high": ns.high,
        "qualifier": ns.qualifier, "counted": counted, "counted_class": cls, "kind": kind,
        "attribution": sp[0] if sp else None, "attribution_entity_id": None,
        "destination": dest, "sentence": sent.text.strip(), "start": ns.start, "end": ns.end,
        "expression": ns.expression, "vague": ns.vague, "when": _time_phrase(cue_v, num)[0],
        "attribution_start": sp[1] if sp else None, "attribution_end": sp[2] if sp else None,
        "attribution_anchors": [list(a) for a in sp[3]] if sp else None,
        "restates": restates, "subset": _is_subset(num, h), "prospective": _prospective(num),
    }


def link_attributions(claims: pd.DataFrame, mentions: pd.DataFrame, entities: pd.DataFrame) -> pd.DataFrame:
    """Resolve each claim's source phrase to an entity of its article's mentions.

    The mention covering the phrase's head (or its apposition, or the object of "for/of/
    from" — "a spokeswoman for the embassy") wins; a person or organisation named only as a
    possessive ("Trump's envoy") does not. Where found, ``attribution`` becomes the entity's
    canonical name and ``attribution_entity_id`` its id.
    """
    if claims is None or claims.empty:
        return claims
    out = claims.copy()
    if "attribution_entity_id" not in out.columns:
        out["attribution_entity_id"] = None
    if mentions is None or mentions.empty or "attribution_anchors" not in out.columns:
        return out
    canon = {}
    if entities is not None and not entities.empty and "canonical" in entities.columns:
        canon = dict(zip(entities["entity_id"], entities["canonical"]))
    body = mentions[mentions.get("field", pd.Series("text", index=mentions.index)).fillna("text") == "text"] \
        if "field" in mentions.columns else mentions
    by_article = _spans_by_article(body)
    cols = {c: (list(out[c]) if c in out.columns else [None] * len(out))
            for c in ("attribution_anchors", "article_id", "attribution_start", "attribution_end")}
    for pos, idx in enumerate(out.index):
        anchors = cols["attribution_anchors"][pos]
        if not isinstance(anchors, (list, tuple)) or not len(anchors):
            continue
        ms = by_article.get(cols["article_id"][pos])
        if ms is None:
            continue
        for i, (a0, a1) in enumerate(anchors):
            m = _covering(ms, a0, a1)
            if m is None:
                continue
            start, end, label, eid = m
            if i > 0 and label not in ("PERSON", "ORG"):
                continue  # a place or nationality beside the speaker is not the speaker
            if label in ("NORP",) or (label in ("GPE", "LOC") and i == 0 and
                                      (cols["attribution_end"][pos] or 0) - (cols["attribution_start"][pos] or 0)
                                      > (end - start) + 2):
                continue  # "Ukrainian authorities": keep the phrase
            out.at[idx, "attribution_entity_id"] = eid
            name = canon.get(eid)
            if isinstance(name, str) and name:
                out.at[idx, "attribution"] = name
            break
    return out


def _spans_by_article(body: pd.DataFrame) -> dict[str, list[tuple]]:
    """article_id → its mentions' (start, end, label, entity_id), in frame order."""
    out: dict[str, list[tuple]] = {}
    if body.empty:
        return out
    col = {c: body[c] if c in body.columns else [None] * len(body) for c in ("start", "end", "label", "entity_id")}
    for aid, st, en, lab, eid in zip(body["article_id"], col["start"], col["end"], col["label"], col["entity_id"]):
        if aid is None or (isinstance(aid, float) and aid != aid):
            continue  # groupby leaves out missing ids
        out.setdefault(aid, []).append((st, en, lab, eid))
    return out


def _covering(spans: list[tuple], a0, a1) -> tuple | None:
    """The span covering [a0, a1] that starts first (then ends first; then comes first)."""
    best = None
    for sp in spans:
        st, en = sp[0], sp[1]
        if st is None or en is None or pd.isna(st) or pd.isna(en):
            continue
        if st <= a0 and en >= a1 and (best is None or (st, en) < (best[0], best[1])):
            best = sp
    return best
