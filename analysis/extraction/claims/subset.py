"""Whether a figure is a part of a set just counted ("including 40 journalists", "60 of them",
a dashed breakdown after a noun or a clause, what "the figure included"), not a quantity of
its own; and a list the parser ran on into the main clause's subjects."""
from __future__ import annotations

import re

from ... import kinds
from ...kinds import RELEASED, TRANSFERRED
from .. import cues
from ..numbers import _words_value
from .context import _tells_release
from .counted import _headcount, _of_object
from .governor import _climb, _companion
from .held import _held_until_release
from .tokens import AMONG, SET_PRONOUNS, _first_conjunct, _is_people_noun, _lemma, _pointed_at
from .word_kind import _conjuncts, _named_kind


def _split_off_subject(h):
    """The verb of a main clause whose subjects the parser joined to the list of a phrase
    fronted before it: in "With the release of 40 pupils, 53 pupils and 6 teachers are still
    held" the 53 and 6 are read as conjuncts of the 40 and "are held" is left without a
    subject (or as its apposition). For a conjunct from the first one after a comma on, that
    verb; else None."""
    if h.dep_ not in ("conj", "appos"):
        return None
    first = h
    while first.dep_ in ("conj", "appos") and first.head.i != first.i:
        first = first.head
    items = sorted(_conjuncts(first), key=lambda t: t.i)
    split = next((t for t in items if t.left_edge.i > 0
                  and t.doc[t.left_edge.i - 1].text == ","), None)
    if split is None or h.i < split.i:
        return None
    t = first
    for _ in range(6):  # up through "of the release" to the phrase's preposition
        if t.dep_ == "prep" and t.head.pos_ in ("VERB", "AUX"):
            break
        if t.dep_ not in ("pobj", "prep") or t.head.i == t.i:
            return None
        t = t.head
    else:
        return None
    v = t.head
    if v.i < split.i:
        # "It was learnt that with the release of 40, 53 are held": the phrase hung on the
        # verb before it, the main clause's verb read as its conjunct; the verb right after
        # the list
        after = first.doc[items[-1].right_edge.i + 1] if items[-1].right_edge.i + 1 < len(
            first.doc) else None
        while after is not None and after.dep_ in ("aux", "auxpass", "advmod", "neg") \
                and after.head.i > after.i:
            after = after.head
        if after is None or after.head.i != v.i or after.pos_ not in ("VERB", "AUX"):
            return None
        v = after
    if not t.i < first.i < split.i < v.i or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in v.children):
        return None
    return v


#: After a figure, in its sentence: a larger total it is added into ("..., making a total of
#: 106", "that makes it 106 persons"); not a running tally ("bringing the total to 45").
_MAKING_A_TOTAL = re.compile(r"\b(?:making(?:\s+it)?|that\s+makes(?:\s+it)?|which\s+makes"
                             r"(?:\s+it)?)\s+(?:a\s+total\s+of\s+|in\s+all\s+)?"
                             r"(?P<n>\d[\d,]*)\b", re.I)


def _made_into_a_total(num) -> bool:
    """Does the sentence add the figure into a larger total told after it ("the release of
    105 schoolgirls and a boy, making a total of 106")? Then the figure is a part."""
    m = _MAKING_A_TOTAL.search(num.doc.text[num.idx + len(num.text):num.sent.end_char])
    if m is None:
        return False
    own = num.text.replace(",", "")
    value = float(own) if own.isdigit() else _words_value(num.text)
    return value is not None and float(m.group("n").replace(",", "")) > value


def _is_subset(num, h) -> bool:
    """Is this figure a subset of a set just counted, not a quantity of its own? "including
    40 journalists", "among them 16 nationals", "47 of the men freed were fighters",
    "60 of them are minors" (a part picked out by what they are)."""
    g = _climb(h)
    if _of_a_set_before(num) or _singled_out(num):
        return True
    if _beside_a_part(g) is not None:
        return True  # "included 250 ..., alongside 1,718 ...": a part as the 250 is
    for t in (g, h):
        if t.dep_ == "pobj" and t.head.lower_ in cues.MEMBERSHIP - AMONG:
            return True  # "..., including 40 journalists"
        holders = [t] + ([t.head] if t.dep_ in ("nsubj", "nsubjpass") or (
            t.dep_ == "attr" and _lemma(t.head) == "be") else [])  # "Among them were 16 X"
        if t.dep_ == "attr" and t.head.dep_ in ("aux", "auxpass") \
                and _lemma(t.head.head) in cues.PART_VERBS:
            holders.append(t.head.head)  # "Also included among the freed are six X"
        # "among them 16 ...", "47 fighters among those freed", "5 were among ..."
        for x in holders:
            for c in x.children:
                if c.dep_ == "prep" and (c.lower_ in AMONG
                                         or (c.lower_ in cues.MEMBERSHIP and c.i < t.i)):
                    obj = next((p for p in c.children if p.dep_ == "pobj"), None)
                    if obj is not None and obj.pos_ != "NUM" and all(
                            _larger(y, num) for y in obj.children if y.dep_ == "nummod"):
                        return True  # "six Xs were among the 14 foreigners freed" too
    if _part_included(g):
        return True  # "the 40 freed included 31 women and 9 boys"
    if _first_of_stages(num):
        return True  # "initially handed over seven, followed later by the remaining 13"
    if _made_into_a_total(num):
        return True  # "105 schoolgirls and a boy, making a total of 106": a part of the 106
    if _split_off_subject(h) is not None:
        return False  # "With the release of 12, 9 sailors and a cook remain": not its parts
    first = _first_conjunct(h)
    if first.dep_ == "appos" and first.head.pos_ in ("NOUN", "PROPN") and (any(
            c.dep_ == "nummod" and c.pos_ == "NUM" for c in first.head.children)
                                                       or _headcount(first.head)
                                                       or _listed_set(first)):
        # "20 hostages — 12 Chadians, 7 Malians and one Briton", "its 29-strong crew – 19
        # Chadians, ...", "the hostages, 13 Xs, ten Y farm workers and a nurse": its breakdown
        return True
    if _dashed_breakdown(first) or _part_of(num) is not None or _by_sex(first, h):
        return True
    of = _of_object(num)
    if of is None:
        return False
    if num.dep_ in ("nsubj", "nsubjpass") and (of.lower_ in SET_PRONOUNS or _named_kind(of) or any(
            c.dep_ in ("acl", "amod") and _named_kind(c, people=False) for c in of.children)):
        # "twenty of them had been held at X", "13 of those freed", "30 of the released men"
        return True
    v = num.head
    return num.dep_ == "nsubj" and _lemma(v) == "be" and any(
        c.dep_ in ("attr", "acomp") for c in v.children) and not _held_until_release(num)


#: Adverbs of the first stage of an event told in stages ("initially freed seven").
FIRST_STAGE_WORDS = {"initially", "first"}
#: Words that bring on the next stage ("followed later by the remaining 13", "then 13").
NEXT_STAGE_WORDS = {"followed", "then", "later", "afterwards", "subsequently"}


def _first_of_stages(num) -> bool:
    """Is the figure the first stage of a release its sentence tells in stages ("Hamas
    initially handed over seven hostages, followed later by the remaining 13")? A part."""
    v = num.head
    while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i:
        v = v.head
    if not any(c.dep_ == "advmod" and c.lower_ in FIRST_STAGE_WORDS for c in v.children):
        return False
    rest = list(num.doc[num.i + 1:num.sent.end])
    nxt = next((t.i for t in rest if t.lower_ in NEXT_STAGE_WORDS), None)
    return nxt is not None and any(t.like_num and t.i > nxt for t in rest)


#: Nouns of people of one sex: a list of them after a figure may break it down.
SEX_NOUNS = {"girl", "boy", "woman", "man", "male", "female"}


def _by_sex(first, h) -> bool:
    """Is ``h`` an item of a list of people of one sex after the figure of the whole they add
    up to ("Eight children, four girls and four boys, returned", parsed as one list)?"""
    items = sorted(_conjuncts(first), key=lambda t: t.i)
    if h.i == first.i or len(items) < 3 or _lemma(first) in SEX_NOUNS:
        return False
    rest = items[1:]
    values = [_figure_value(next((c for c in t.children if c.dep_ == "nummod"), t))
              for t in items]
    return (all(_lemma(t) in SEX_NOUNS for t in rest) and None not in values
            and values[0] == sum(values[1:]))


def _listed_set(first) -> bool:
    """Is appositive ``first`` the head of a list that breaks down a definite set of people
    ("The hostages, 13 Xs, ten Y farm workers and a nurse, were handed ...")? One appositive
    alone restates the set ("the hostages, 24 Xs, ..."), so it takes a list."""
    whole = first.head
    return (_is_people_noun(whole) and whole.tag_ in ("NNS", "NNPS")
            and any(c.dep_ == "det" and c.lower_ in ("the", "these", "those")
                    for c in whole.children)
            and any(c.dep_ == "conj" for c in first.children))


def _in_listed_set(num) -> bool:
    """Is the figure one item of a list that breaks down a set ("The hostages, 13 Xs, ten Y
    farm workers and a nurse, were handed ..."): a part of the set, of its kind, whatever
    nationality it names."""
    first = _first_conjunct(num.head)
    return first.dep_ == "appos" and _listed_set(first)


def _beside_a_part(g):
    """The figure's companion ("included 250 individuals ..., alongside 1,718 ...": the
    250 ...), when that is a part of a set; else None. Beside a whole of its own ("freed 250
    X, along with 1,700 others") the figure is left as it was read."""
    mate = _companion(g)
    if mate is None:
        return None
    fig = next((c for c in mate.children if c.dep_ == "nummod" and c.pos_ == "NUM"), None)
    return mate if fig is not None and _is_subset(fig, mate) else None


def _larger(figure, num) -> bool:
    """Is ``figure`` (a set's own count) larger than the figure ``num`` said to be in it?"""
    whole, part = _figure_value(figure), _figure_value(num)
    return whole is not None and part is not None and whole > part


def _of_a_set_before(num) -> bool:
    """Does the sentence open with a set before the figure, "Of those, ...", "Of those
    pardoned, ...", "Of the 900 others, ...", so that the figure counts part of that set,
    however the parser hung the words? A set named by a pronoun and what was done to it, or
    by a counted noun; no clause of its own ("Of course, ...")."""
    words = [t for t in num.sent if not t.is_space][:_FRONTED + 2]
    if len(words) < 3 or words[0].lower_ != "of":
        return False
    comma = next((i for i, t in enumerate(words) if t.text == ","), None)
    if comma is None or comma < 2 or num.i <= words[comma].i:
        return False
    phrase = words[1:comma]
    if any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in phrase):
        return False
    if phrase[0].lower_ in SET_PRONOUNS:
        if len(phrase) > 1 and _lemma(phrase[1]) in cues.DETENTION_VERBS and any(
                _lemma(t) in cues.STILL_HELD_WORDS for t in num.sent if t.i > num.i):
            return False  # "Of those arrested, 13,015 are still in detention": all still held
        # "Of those, ...", "Of those granted an amnesty, ..."
        return len(phrase) == 1 or phrase[1].tag_ == "VBN"
    # "Of the 900 others, ...", "Of the freed prisoners, ..."
    return phrase[0].lower_ == "the" and any(
        t.like_num or t.tag_ == "VBN" or t.lower_ in ("others", "rest") for t in phrase[1:]) \
        and _is_people_noun(phrase[-1]) or phrase[-1].lower_ == "others"


#: Sentence openers that single out part of what was just told: "In particular, ...".
SINGLING_OUT = (("in", "particular"), ("notably",), ("particularly",))


def _singled_out(num) -> bool:
    """Does the sentence open with "In particular," or "Notably," before the figure: a part
    of the people told before ("In particular, 84 of the defenders freed ...")?"""
    words = [t.lower_ for t in num.sent if not t.is_space][:3]
    return any(tuple(words[:len(o)]) == o and len(words) > len(o) and words[len(o)] == ","
               for o in SINGLING_OUT)


def _fronted_set(num) -> bool:
    """Is the figure the set a sentence opens with, "Of the 60 freed, 12 ..." / "Out of the
    nine sailors jailed in X, six have flown home", with another figure after the
    comma? Then it names the set the next figure is a part of, not a quantity of its own."""
    words = [t for t in num.sent if not t.is_space][:2 * _FRONTED]
    if len(words) < 3 or words[0].lower_ not in ("of", "out"):
        return False
    if words[0].lower_ == "out" and words[1].lower_ != "of":
        return False
    comma = next((t for t in words if t.text == ","), None)
    if comma is None or not words[0].i < num.i < comma.i:
        return False
    return any(t.like_num or t.pos_ == "NUM" for t in num.sent if t.i > comma.i)


def _fronted_verb(num) -> bool:
    """Whether the fronted set the figure is in tells what was done to its people by a verb
    of its own ("Of the 70 herders who have been freed, ..."): then it is that count."""
    comma = next((t for t in num.sent if t.text == ","), None)
    done = kinds.modifiers(RELEASED) | kinds.modifiers(TRANSFERRED)  # "the 31 freed"
    # (not a capture: "Of the 66 abducted in X, 58 were released" names those taken)
    return comma is not None and any(
        ((t.pos_ in ("VERB", "AUX") or t.tag_.startswith("VB"))
         and _lemma(t) not in cues.DETENTION_VERBS) or t.lower_ in done
        for t in num.sent if num.i < t.i < comma.i)


#: How many words a set fronted by "Of" may run to before its comma.
_FRONTED = 8


def _dashed_breakdown(first) -> bool:
    """Does the list ``first`` starts open a dash or bracket right after a counted group
    ("its 29-strong crew – 19 Chadians, six Malians – was freed", "40 hostages (12 ...)"),
    so that its items are parts of that group however the parser hung them?"""
    left = first.left_edge.i
    if left < 2 or first.doc[left - 1].text not in (*DASHES, "("):
        return False
    group = first.doc[left - 2]
    if first.doc[left - 1].text == "-" and not group.whitespace_ \
            and not first.doc[left - 1].whitespace_:
        return False  # a hyphen inside a word the tokenizer split: "19 co-defendants"
    return group.pos_ in ("NOUN", "PROPN") and (_headcount(group) or any(
        c.dep_ == "nummod" and c.pos_ == "NUM" for c in group.children))


DASHES = ("–", "—", "-")
#: Words that close the item a figure opens in a dashed list.
_ITEM_ENDS = {",", ";", "and", "(", ")"} | set(DASHES)


def _clause_breakdown(num):
    """The figure of the group that a dashed list after a clause breaks down ("There are 27
    foreigners among those to be freed - 11 from X, five from Y and three from Z", "police
    freed 40 hostages on Sunday – 12 women and 28 men"): for a figure opening an item of
    such a list (two items or more, each opened by a figure, that together are no more
    than the group), the number token counting the clause's subject or object before the
    dash; else None. A dash followed by anything else ("some 40 were freed - the first
    release since May") opens no breakdown."""
    doc, sent = num.doc, num.sent
    dash = next((i for i in range(num.i - 1, sent.start, -1) if doc[i].text in DASHES
                 and (doc[i].text != "-" or doc[i - 1].whitespace_)), None)
    if dash is None:
        return None
    items, i = [], dash + 1
    while i < sent.end and _figure_value(doc[i]) is not None:
        items.append(i)
        i += 1
        while i < sent.end and doc[i].lower_ not in _ITEM_ENDS:
            i += 1
        if i >= sent.end or doc[i].lower_ not in (",", "and"):
            break
        i += 1
        if i < sent.end and doc[i].lower_ == "and":
            i += 1  # ", and"
    if num.i not in items or len(items) < 2:
        return None
    group = next((_group_figure(doc[j]) for j in range(dash - 1, sent.start - 1, -1)
                  if _group_figure(doc[j]) is not None), None)
    if group is None:
        return None
    total = _figure_value(group)
    if total is None or sum(_figure_value(doc[j]) for j in items) > total:
        return None
    return group


def _figure_value(t) -> float | None:
    """The value of a one-token figure ("1,204", "five"), else None."""
    if t.pos_ != "NUM" and not t.like_num:
        return None
    digits = t.text.replace(",", "")
    if digits.isdigit():
        return float(digits)
    return _words_value(t.text) if t.is_alpha else None


def _group_figure(x):
    """The number token counting ``x`` when ``x`` is a clause's subject or object that a
    figure counts ("27 foreigners", "its 29 crew", a bare "40"); else None."""
    if x.dep_ not in ("nsubj", "nsubjpass", "dobj", "obj", "attr"):
        return None
    if x.pos_ == "NUM":
        return x
    if x.pos_ not in ("NOUN", "PROPN"):
        return None
    return next((c for c in x.children if c.dep_ == "nummod" and c.pos_ == "NUM"
                 and c.i < x.i), None)


def _part_of(num):
    """The number token of the set a figure is listed as a part of, whatever its own words
    say: the group a dashed list after a clause breaks down (:func:`_clause_breakdown`), or
    the figure of the sentence before that "the figure included" (:func:`_tally_part`);
    else None."""
    return _clause_breakdown(num) or _tally_part(num)


def _tally_part(num):
    """ "The junta pardoned 6,310 prisoners. The figure included 1,204 thieves and 433 for
    fraud": a figure that "the figure" / "the total" / "this number" includes is a part of
    the people figure it stands for, the first of the sentence before (each item no more
    than it); else None."""
    h = num.head if num.dep_ == "nummod" else num
    if h.dep_ == "conj" and h.head.pos_ in ("VERB", "AUX"):
        # ", and eight leaders" read as a conjunct of the verb: an item of its object's list
        h = next((c for c in h.head.children if c.dep_ in ("dobj", "obj") and c.i < h.i), h)
    subj = _tally_subject(_climb(h))
    if subj is None or num.sent.start == 0:
        return None
    prev = num.doc[num.sent.start - 1].sent
    figure = next((t for t in prev if _figure_value(t) is not None and t.pos_ == "NUM" and (
        (t.dep_ == "nummod" and _is_people_noun(t.head)) or (t.dep_ in ("nsubj", "nsubjpass",
                                                                        "dobj")))), None)
    own = _figure_value(num)
    if figure is None or own is None or own > _figure_value(figure):
        return None
    return figure


def _tally_subject(g):
    """The tally noun ("the figure", "this total") subject of the verb that includes ``g``,
    standing for a figure given before (no "of" saying what it counts); else None."""
    v = g.head
    if g.dep_ not in ("dobj", "obj", "attr") or v.pos_ not in ("VERB", "AUX") or not (
            _lemma(v) in cues.MEMBERSHIP or _lemma(v) in cues.PART_VERBS):
        return None
    subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or _lemma(subj) not in cues.TALLY_NOUNS or _of_object(subj) is not None \
            or not _pointed_at(subj):
        return None
    return subj


def _part_included(g) -> bool:
    """Is ``g`` what a counted set includes ("the 40 freed included 31 women", "the 40
    prisoners comprised 12 journalists")? Then it is a part of that set."""
    v = g.head
    if g.dep_ not in ("dobj", "obj", "attr") or v.pos_ not in ("VERB", "AUX") or not (
            _lemma(v) in cues.MEMBERSHIP or _lemma(v) in cues.PART_VERBS):
        return False
    subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    # a counted set ("the 90 freed"), a set of people ("those freed", "the freed
    # prisoners", "the group of 40"); not an event ("the deal included 50 prisoners")
    return subj.pos_ == "NUM" or subj.lower_ in SET_PRONOUNS | {"they"} or any(
        c.dep_ == "nummod" and c.pos_ == "NUM" for c in subj.children) or (
        subj.pos_ in ("NOUN", "PROPN") and (_is_people_noun(subj)
                                            or _lemma(subj) in cues.GROUP_NOUNS))


def _besides_one_freed(num, noun) -> bool:
    """Does the figure count people freed besides one person an earlier sentence names as
    freed, its own sentence naming no one? "The amnesty freed the poet Ann Lee. ... It also
    covered four other people" / "another four inmates were pardoned as well": five were
    freed. Not where an earlier sentence gave a figure of a release
    ("freed 40 on Monday ... another 12 were freed"): the figure adds to that one."""
    doc = num.doc
    other = (noun is not None and any(c.lower_ == "other" and c.dep_ == "amod"
                                      for c in noun.children)) \
        or (num.i > 0 and doc[num.i - 1].lower_ == "another")
    sent = num.sent
    if not other or _freed_persons(sent):
        return False  # (not "..., but Boehler did not say who": a speaker, not one freed)
    named = False
    for s in doc[:sent.start].sents:
        if not any(_tells_release(t) for t in s):
            continue
        if any(e.label_ == "CARDINAL" for e in s.ents):
            return False
        named = named or len(_freed_persons(s)) == 1
    return named


def _freed_persons(s) -> set[str]:
    """The people a sentence of a release names, but for whoever frees ("King Y freed X",
    "freed by Y")."""
    return {e.text for e in s.ents if e.label_ == "PERSON" and e.root.dep_ != "nsubj"
            and not (e.root.dep_ == "pobj" and e.root.head.dep_ == "agent")
            # "..., the envoy, Adam Boe, said": the name set beside a speaker
            and not (e.root.dep_ == "appos" and e.root.head.dep_ == "nsubj")}

