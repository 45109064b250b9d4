"""What a figure counts: the counted noun, its phrase and its class (people or not)."""
from __future__ import annotations

from .. import cues
from ..numbers import HEADCOUNT_WORDS, NumberSpan
from ..places import demonym_country
from .tokens import (
    ANAPHORIC_NOUNS,
    NAME_ENTS,
    PRONOUNS,
    SUBJ_OBJ,
    _first_conjunct,
    _is_foreign,
    _is_nationality,
    _is_people_noun,
    _lemma,
    _phrase,
    _subtree_text,
)


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
                    return _owned(p)
    return None


def _owned(p):
    """The noun a possessor owns when the parser ends an of-phrase at the possessor
    ("Twelve of Nigeria’s 276 kidnapped schoolgirls": the set is the schoolgirls, not
    Nigeria); else ``p`` itself."""
    nxt = p.doc[p.i + 1] if p.i + 1 < len(p.doc) else None
    if not any(c.dep_ == "case" for c in p.children) and not (
            nxt is not None and nxt.tag_ == "POS"):
        return p
    for x in p.doc[p.i + 1:min(p.i + 7, p.sent.end)]:
        if x.pos_ == "NOUN":
            return x
        if x.pos_ not in ("PART", "NUM", "ADJ", "VERB", "PUNCT", "ADV"):
            break
    return p


def _antecedent(t, skip=frozenset()):
    """The nearest people noun before ``t`` in its sentence or the one before (not in ``skip``)."""
    sent = t.sent
    start = sent.start
    prev = t.doc[sent.start - 1].sent if sent.start > 0 else None
    if prev is not None:
        start = prev.start
    for i in range(t.i - 1, start - 1, -1):
        c = t.doc[i]
        if i not in skip and c.pos_ in ("NOUN",
                                        "PROPN") and c.tag_ in ("NNS",
                                                                "NNPS") and _is_people_noun(c) \
                and c.ent_type_ not in NAME_ENTS and c.lower_ not in ANAPHORIC_NOUNS \
                and not _is_speaker(c):
            while c.dep_ == "conj" and c.head.pos_ in ("NOUN", "PROPN") \
                    and not any(x.dep_ == "nummod" for x in c.children) \
                    and any(x.dep_ == "nummod" for x in c.head.children):
                c = c.head  # "33 detainees and defendants - 21 of them ...": the counted pair
            return c
    return None


def _numbered_by_its_clause(t):
    """The people noun a relative clause on it counts with ``t`` ("the prisoners, who
    numbered 21", "whom X said totalled 21", "its hostages, numbering 405"), else None."""
    v = t.head
    if t.dep_ not in ("dobj", "obj", "attr", "npadvmod") or _lemma(v) not in cues.COUNTING_VERBS:
        return None
    if v.tag_ == "VBG" and v.dep_ in ("advcl", "acl") and v.i >= 2 and v.doc[v.i - 1].text == ",":
        # "its civilian hostages, numbering 405": the participle hung on the clause's verb
        noun = v.doc[v.i - 2]
        return noun if noun.pos_ in ("NOUN", "PROPN") and _is_people_noun(noun) else None
    while v.dep_ in ("ccomp", "xcomp") and v.head.pos_ == "VERB":
        v = v.head
    noun = v.head
    return noun if v.dep_ == "relcl" and noun.pos_ in ("NOUN", "PROPN") \
        and _is_people_noun(noun) else None


def _is_speaker(t) -> bool:
    """Is ``t`` the subject of a verb of saying ("officials said")? Such a noun is the
    source of a sentence, not the people a later "them" stands for."""
    return t.dep_ in ("nsubj", "nsubjpass") and _lemma(t.head) in cues.SPEECH_VERBS


def _counted(num, ns: NumberSpan):
    """(noun token or None, phrase head for the clause, counted text, partitive?)."""
    noun, h, text, partitive = _counted_phrase(num, ns)
    text = _own_adjective(num, noun, text)
    if noun is not None and text and num.i < noun.i and not text.lower().startswith("other ") \
            and any(c.dep_ == "amod" and c.lower_ == "other" and c.i < num.i
                    for c in noun.children):
        text = f"other {text}"  # "X and the other two leaders": others than the one named
    return noun, h, text, partitive


def _own_adjective(num, noun, text):
    """ "10 Israeli and 2 Thai hostages": each figure counts the noun with its own adjective
    ("Israeli hostages", "Thai hostages"), not the list of both."""
    if noun is None or text is None:
        return text
    adj = next((c for c in noun.children if c.dep_ == "amod" and c.i < noun.i and any(
        x.dep_ == "conj" and x.like_num for x in c.children)), None)
    if adj is None:
        return text
    if num.dep_ == "nummod" and num.head.i == noun.i and num.i < adj.i:
        own = adj
    elif num.dep_ == "conj" and num.head.i == adj.i:
        own = next((x for x in adj.children if x.dep_ == "conj" and x.i == num.i + 1), None)
    else:
        own = None
    return f"{own.text} {noun.text}" if own is not None else text


def _part_read_as_a_bound(num) -> bool:
    """Is ``num`` the part in "344 of 500 students", read by the parser as a bound ("of" and
    the 344 both modifiers of the 500)?"""
    nxt = num.doc[num.i + 1] if num.i + 1 < len(num.doc) else None
    return num.dep_ == "quantmod" and num.like_num and num.head.pos_ == "NUM" \
        and num.head.i > num.i \
        and nxt is not None and nxt.lower_ == "of" and nxt.head.i == num.head.i


def _set_with_a_part_read_as_a_bound(num) -> bool:
    """Is ``num`` the set in "344 of 500 students" that the parser gave the part as a bound?"""
    return any(_part_read_as_a_bound(c) for c in num.children)


def _counted_phrase(num, ns: NumberSpan):
    """(noun token or None, phrase head for the clause, counted text, partitive?)."""
    t = num
    if _part_read_as_a_bound(t):
        # "Only 344 of 500 students were freed": the parser hangs "344 of" on the 500 as a
        # bound; the 344 count the 500's noun, a part of them
        noun, h, text, _ = _counted_phrase(t.head, ns)
        return noun, h, text, True
    group = _sized_group(t)
    if group is not None:  # "a 23-man crew", "the crew of 29": the group's people
        return group, group, _group_phrase(group), False
    if t.dep_ == "nummod" and t.head.lower_ in cues.BELIEF_PARTICIPLES and t.head.i == t.i + 1 \
            and t.head.i + 1 < len(t.doc) and t.doc[t.head.i + 1].lower_ == "to":
        # "leaving 80 thought to be in captivity": the participle misread as what is counted
        ante = _antecedent(t)
        return ante, t.head, (_phrase(ante) if ante is not None else None), False
    if t.dep_ in ("nummod", "quantmod", "amod", "compound", "npadvmod") and (
            t.head.pos_ in ("NOUN", "PROPN") or _noun_read_as_verb(t.head)
            or _demonym_read_as_adjective(t.head)) and t.head.i > t.i:
        n = _arrival_read_as_noun(t.head) or _prefixed_noun(_past_demonym(t.head))
        noun = _title_case_head(n)
        return noun, n, _phrase(noun), False
    if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "amod" and t.head.i == t.i + 1 \
            and t.head.tag_ == "VBN" and t.head.head.i == t.i + 2 \
            and t.head.head.pos_ in ("NOUN", "PROPN"):
        # "26 kidnapped Qataris have returned": the figure read as the participle's subject
        noun = t.head.head
        return noun, noun, _phrase(noun), False
    misread = _participle_misread_as_verb(t)
    if misread is not None:
        # "that five freed Americans and two relatives were en route": the figure read as
        # the subject of its own noun's participle
        return misread, misread, _phrase(misread), False
    shared = _noun_of_an_adjective_pair(t)
    if shared is not None:
        # "5,774 male and 676 female convicts were freed": the first figure counts the noun
        # its adjective shares with the second ("male convicts")
        return shared, t.head, f"{t.head.text} {shared.text}", False
    reached = _tally_reached(t)
    if reached is None and t.dep_ == "pobj" and t.head.lower_ == "to" \
            and _lemma(t.head.head) in cues.TALLY_VERBS:
        # "brings down the number of remaining hostages to around 20"
        reached = _tally(t.head.head)
    if reached is not None or (t.dep_ == "pobj" and t.head.lower_ == "at"
                               and t.head.head.pos_ == "VERB"):
        # "puts the number of political prisoners at 1,100"; "puts the number of people it
        # considers prisoners at 1,100" (the "at" hangs from the inner clause); "the number
        # of those released reached 19,381"
        tally = reached if reached is not None else _tally(t.head.head)
        inner = _of_object(tally) if tally is not None else None
        if inner is not None:
            return inner, inner, _phrase(inner), False
        if tally is not None and any(_lemma(c) in cues.PEOPLE_TALLY_MODIFIERS
                                     for c in tally.children
                                     if c.dep_ in ("compound", "amod")):
            return tally, tally, _phrase(tally), False  # "the death toll": counts people
    if ns.year_like and t.dep_ == "pobj":
        return None, t, None, False  # "convicted in 2001 of spying": a year, whatever follows
    of = _of_object(t)
    if of is not None:
        if of.lower_ in ("those", "these") and any(c.dep_ in ("acl", "relcl",
                                                              "amod") for c in of.children):
            return of, t, _subtree_text(of)[0], True  # "12 of those freed"
        own = _own_people(of)
        if own is not None:  # "310 of their own": the people of whoever "their" is
            return own, t, _phrase(own), True
        if of.lower_ in PRONOUNS | {"them", "those", "whom", "these", "us"}:
            ante = _antecedent(t)
            return ante, t, (_phrase(ante) if ante is not None else None), True
        return of, t, _phrase(of), True
    if ns.year_like:
        return None, t, None, False  # a year only counts what it directly numbers
    part = next((c for c in t.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i == t.i + 1),
                None)
    if part is not None and _lemma(part) in cues.PEOPLE_PARTICIPLES:
        return part, t, part.text, False  # "29,000 arrested since the coup"
    if t.dep_ == "attr" and t.head.pos_ in ("AUX", "VERB"):
        subj = next((c for c in t.head.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.pos_ == "NOUN" and not _is_people_noun(subj):
            return subj, t, _phrase(subj), False  # "the score was 3": what the subject measures
    if t.dep_ == "nsubj" and _lemma(t.head) == "be":
        attr = next((c for c in t.head.children if c.dep_ == "attr"
                     and c.pos_ in ("NOUN", "PROPN")), None)
        if attr is not None and _is_people_noun(attr) and (_is_nationality(attr)
                                                           or _is_foreign(attr)):
            return attr, t, _phrase(attr), True  # "12 were foreign nationals", "five were Germans"
    if t.dep_ in SUBJ_OBJ | {"appos", "conj"} and not (ns.value == 1
                                                       and not ns.expression[:1].isdigit()):
        numbered = _numbered_by_its_clause(t)
        if numbered is not None:
            # "The Xs, who numbered 21, were flown to Y": the noun's own clause tells what
            # happened to them
            return numbered, numbered, _phrase(numbered), True
        ante = _antecedent(t)
        if ante is not None:
            return ante, t, _phrase(ante), True
        group = _listed_group(t)
        if group is not None:
            return group, t, _group_phrase(group), True  # "its 29-strong crew – 19 from X"
    held_in = next((p for c in t.children if c.dep_ == "prep" and c.lower_ == "in" and c.i > t.i
                    for p in c.children if p.dep_ == "pobj" and _lemma(p) in cues.HELD_IN), None)
    if held_in is not None:
        return held_in, t, f"in {_phrase(held_in)}", False  # "more than 400 in Xian custody"
    # A misparse: the next noun right after the number.
    for nxt in t.doc[t.i + 1:min(len(t.doc), t.i + 6)]:  # (past "elderly and infirm")
        if nxt.is_punct or nxt.pos_ in ("VERB", "AUX", "ADP", "NUM", "SCONJ"):
            break
        if nxt.pos_ in ("NOUN", "PROPN") and (nxt.i + 1 >= len(t.doc)
                                              or t.doc[nxt.i + 1].pos_ not in ("NOUN", "PROPN")):
            return nxt, nxt, _phrase(nxt), False
    return None, t, None, False


def _participle_misread_as_verb(num):
    """The people noun in "five freed Americans" when the parser made the figure the subject
    of "freed" and the noun its object: a bare participle right after the figure, with no
    auxiliary, and its object right after it; else None."""
    v = num.head
    if num.dep_ != "nsubj" or v.tag_ != "VBN" or v.i != num.i + 1 or any(
            c.dep_ in ("aux", "auxpass") for c in v.children):
        return None
    obj = next((c for c in v.children if c.dep_ in ("dobj", "obj") and c.i == v.i + 1), None)
    return obj if obj is not None and (_is_people_noun(obj) or obj.ent_type_ == "NORP") \
        else None


def _noun_of_an_adjective_pair(num):
    """The noun in "5,774 male and 676 female convicts" for the 5,774: the parser hangs the
    first figure on its bare adjective, whose conjunct is the second figure's noun."""
    adj = num.head
    if num.dep_ != "nummod" or adj.pos_ != "ADJ" or adj.i != num.i + 1:
        return None
    return next((c for c in adj.children if c.dep_ == "conj" and c.pos_ == "NOUN"
                 and any(x.dep_ == "nummod" and x.like_num for x in c.children)), None)


def _noun_read_as_verb(t) -> bool:
    """ "Some 214 inmates seen by many as dissidents flew to X": a people noun the tagger read as
    a verb, still the subject or object of its clause and numbered."""
    return t.pos_ in ("VERB", "AUX") and t.dep_ in SUBJ_OBJ and t.lower_ in (
        cues.PEOPLE_NOUNS | {w + "s" for w in cues.PEOPLE_NOUNS})


def _arrival_read_as_noun(n):
    """In a headline ("214 political detainees land in X") the parser may read the verb of
    arriving as the noun the figure counts, with the people as its compound: those people."""
    if n.lower_ not in cues.ARRIVAL_FORMS or not n.i:
        return None
    prev = n.doc[n.i - 1]
    return prev if prev.dep_ == "compound" and prev.head.i == n.i and _is_people_noun(prev) \
        else None


def _sized_group(num):
    """The group noun whose headcount ``num`` gives: "a 29-strong crew", "a 12-man team" (the
    number hangs on the hyphened word), "the crew of 29" (the number is all its "of" holds);
    else None."""
    w = num.head
    if w.lower_ in HEADCOUNT_WORDS and w.i == num.i + 2 and num.doc[num.i + 1].text == "-" \
            and w.head.pos_ in ("NOUN", "PROPN") and w.head.i > w.i:
        return w.head
    if num.dep_ == "pobj" and w.lower_ == "of" and _lemma(w.head) in cues.GROUP_NOUNS \
            and w.head.tag_ == "NN" and not any(c.pos_ in ("NOUN", "PROPN")
                                                for c in num.children):
        return w.head
    return None


def _headcount(group) -> bool:
    """Does a figure give the size of a singular group noun ("its 29 crew", "a 29-strong
    crew", "the crew of 29"), so that it counts people, not groups?"""
    if group.tag_ != "NN":
        return False
    of = _of_object(group)
    return (of is not None and of.pos_ == "NUM") or any(
        (c.dep_ == "nummod" and c.pos_ == "NUM") or (
            c.lower_ in HEADCOUNT_WORDS and any(x.pos_ == "NUM" for x in c.children))
        for c in group.children)


def _group_phrase(group) -> str:
    """The group noun's phrase without the word of its headcount ("strong" of "29-strong")."""
    return " ".join(w for w in _phrase(group).split() if w not in HEADCOUNT_WORDS)


def _listed_group(num):
    """The group a bare figure is listed under ("its 29-strong crew – 19 from X, six from
    Y"): the noun of the list's first item's apposition, when a headcount sizes it."""
    first = _first_conjunct(num)
    if first.dep_ != "appos" or first.head.pos_ not in ("NOUN", "PROPN"):
        return None
    return first.head if _headcount(first.head) else None


def _own_people(of):
    """For "N of their own" / "N of its own": the people noun the possessor stands for, the
    subject of the clause ("the rebels released 45 troops in return for 310 of their own");
    None if ``of`` is no such "own" or no people subject is found."""
    if of.lower_ != "own" or not any(c.dep_ == "poss" for c in of.children):
        return None
    t = of
    for _ in range(8):
        if t.pos_ in ("VERB", "AUX"):
            subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and subj.pos_ in ("NOUN", "PROPN") and _is_people_noun(subj):
                return subj
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def _title_case_head(n):
    """In a title-case headline the tagger may take a capitalised modifier for the noun
    ("With 2 Top Rebel Commanders": "2" on "Top", "Commanders" its apposition): the people
    noun the capitalised run ends in, else ``n``."""
    if _is_people_noun(n) or not n.text[:1].isupper():
        return n
    app = next((c for c in n.children if c.dep_ == "appos" and c.i > n.i), None)
    if app is None or not _is_people_noun(app) or not all(
            x.text[:1].isupper() for x in n.doc[n.i:app.i + 1]):
        return n
    return app


def _demonym_read_as_adjective(n) -> bool:
    """Is a capitalised demonym the parser read as an adjective a noun that stands alone
    ("two Latvians, one Estonian and one Swede": one Estonian, a person), qualifying no noun
    after it?"""
    return n.pos_ == "ADJ" and n.text[:1].isupper() and not n.is_sent_start \
        and n.dep_ not in ("amod", "compound") and demonym_country(n.text) is not None


def _past_demonym(n):
    """The noun a demonym or a compound the parser hung the figure on qualifies ("Five Thai
    hostages": "Five" read as a compound of "Thai"; "the 344 boarding school students"), else
    ``n``."""
    if n.ent_type_ == "NORP" and n.dep_ in ("compound", "amod") and n.head.i > n.i \
            and n.head.pos_ in ("NOUN", "PROPN"):
        return n.head
    # "the 344 boarding school students": the figure hung on a compound before the people
    head = n
    while head.dep_ == "compound" and head.head.i > head.i and head.head.pos_ == "NOUN":
        head = head.head
    return head if head is not n and not _is_people_noun(n) and _is_people_noun(head) else n


def _prefixed_noun(n):
    """The noun after a prefix the tokenizer split off ("ex-prisoners": "ex", "-",
    "prisoners"; "co-defendants"), else ``n``."""
    doc = n.doc
    if n.lower_ in cues.SPLIT_PREFIXES and n.i + 2 < len(doc) and doc[n.i + 1].text == "-" \
            and doc[n.i + 2].pos_ in ("NOUN", "PROPN") and _is_people_noun(doc[n.i + 2]):
        return doc[n.i + 2]
    return n


def _class(ns: NumberSpan, noun) -> str:
    if ns.unit:
        return ns.unit
    if noun is None:
        return "other"
    if _lemma(noun) in cues.GROUP_NOUNS:
        if _headcount(noun):
            return "people"
        inner = _of_object(noun)
        return "people" if inner is not None and _is_people_noun(inner) else "other"
    if noun.tag_ == "VBN" and _lemma(noun) in cues.PEOPLE_PARTICIPLES:
        return "people"
    if _lemma(noun) in cues.TALLY_NOUNS and any(
            _lemma(c) in cues.PEOPLE_TALLY_MODIFIERS for c in noun.children
            if c.dep_ in ("compound", "amod")):
        return "people"  # "the death toll"
    if noun.dep_ == "pobj" and _lemma(noun) in cues.HELD_IN and noun.head.head.like_num:
        return "people"  # "400 in custody": the people held there
    if noun.lower_ in ANAPHORIC_NOUNS:
        member = next((p for c in noun.children if c.dep_ == "prep" and c.lower_ in cues.MEMBERSHIP
                       for p in c.children if p.dep_ == "pobj"), None)
        if member is not None and _is_people_noun(member):
            return "people"  # "1,500 others, including fighters"
        return "people" if _antecedent(noun) is not None else "other"
    return "people" if _is_people_noun(noun) else "other"


#: Verbs that take a tally to a figure as their object ("the number ... reached 900") or by
#: "to" ("the number ... rose to 900").
_REACH_VERBS = {"reach", "exceed", "top", "hit", "surpass"}
_RISE_VERBS = {"rise", "climb", "grow", "increase", "jump"}


def _tally_reached(num):
    """The tally noun said to have reached the figure: "the number of those released reached
    19,381", "the number of people freed rose to 4,200"; else None."""
    if num.dep_ == "dobj" and _lemma(num.head) in _REACH_VERBS:
        v = num.head
    elif num.dep_ == "pobj" and num.head.lower_ == "to" and _lemma(num.head.head) in _RISE_VERBS:
        v = num.head.head
    else:
        return None
    return next((c for c in v.children if c.dep_ == "nsubj" and _lemma(c) in cues.TALLY_NOUNS),
                None)


def _tally(v):
    """The tally noun ("number", "toll") that ``v`` or the verb above its clause puts at a
    figure."""
    verbs = [v] + ([v.head] if v.dep_ in ("advcl", "acl", "xcomp", "ccomp", "relcl") else [])
    if v.dep_ in ("acl", "relcl") and _lemma(v.head) in cues.TALLY_NOUNS:
        return v.head
    for verb in verbs:
        # "puts the number at N", "the number was put at N"; else "the count stands at N"
        for deps in (("dobj", "nsubjpass"), ("nsubj",)):
            tally = next((c for c in verb.children if c.dep_ in deps
                          and _lemma(c) in cues.TALLY_NOUNS), None)
            if tally is not None:
                return tally
    return None
