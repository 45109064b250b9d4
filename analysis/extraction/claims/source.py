"""Who says so: the source of a figure, from the speech verb above it, "according to X", or the
sentence before."""
from __future__ import annotations

import re

from .. import cues
from .tokens import NAME_ENTS, PRONOUNS, _is_people_noun, _lemma, _subtree_text


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


def _previous_subject(t):
    """For "he"/"she" with no person named before: the subject of the sentence before,
    when it is a person's role ("The president thanked them. He said ...")."""
    sent = t.sent
    if sent.start == 0:
        return None
    prev = t.doc[sent.start - 1].sent
    for x in prev:
        if x.dep_ in ("nsubj", "nsubjpass") and x.head.dep_ == "ROOT" and x.pos_ in ("NOUN",
                                                                                     "PROPN") \
                and (_is_people_noun(x) or _lemma(x) in cues.ROLE_NOUNS
                     or x.ent_type_ == "PERSON"):
            return x
    return None


def _previous_body(t):
    """For "it"/"they" saying something: the organisation that spoke in the sentence before
    ("The agency said the flights left. It said ...")."""
    sent = t.sent
    if sent.start == 0:
        return None
    v = t.doc[sent.start - 1].sent.root
    if _lemma(v) not in cues.SPEECH_VERBS:
        return None
    s = _subject(v)
    if s is None or s.lower_ in PRONOUNS:
        return None
    org = s.ent_type_ == "ORG" or _lemma(s) in cues.INSTITUTION_NOUNS | cues.GENERIC_ORG_NOUNS
    return s if org and (t.lower_ == "it") == (s.tag_ in ("NN", "NNP")) else None


def _named_before(tok):
    """ "the agency", "the ministry": the body named before with the same head noun ("the
    UN refugee agency"), or for a generic organisation noun the organisation named before."""
    lem = _lemma(tok)
    for x in reversed(tok.doc[max(0, tok.i - 400):tok.i]):
        if _lemma(x) == lem and x.pos_ in ("NOUN", "PROPN") and x.tag_ in ("NN", "NNP") and any(
                c.dep_ in ("compound", "amod", "poss", "nmod") for c in x.children):
            return x
        e = next((e for e in tok.doc.ents if e.start <= x.i < e.end),
                 None) if x.ent_type_ == "ORG" else None
        if e is not None and e.root.i == x.i and any(_lemma(y) == lem for y in e):
            return x
    return None


def _bare(tok) -> bool:
    """ "the agency": a common noun with "the" and nothing that names it."""
    return tok.ent_type_ == "" and tok.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and not any(
        c.dep_ in ("compound", "amod", "poss", "prep", "appos", "nmod") for c in tok.children)


def _after_verb(v):
    """The subject of an inverted "..., said the X" the parser did not attach to the verb."""
    for x in v.doc[v.i + 1:min(len(v.doc), v.i + 4)]:
        if x.is_punct or x.pos_ in ("VERB", "AUX", "ADP"):
            return None
        if x.pos_ in ("NOUN", "PROPN"):
            e = next((e for e in x.doc.ents if e.start <= x.i < e.end and e.label_ in NAME_ENTS),
                     None)
            return e.root if e is not None else x
    return None


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
    if _bare(tok) and _lemma(tok) in cues.INSTITUTION_NOUNS:
        named = _named_before(tok)
        if named is not None:
            tok = named  # "the agency said": the agency named before
    if _bare(tok) and _lemma(tok) in cues.GENERIC_ORG_NOUNS:
        e = next((x for x in reversed(tok.doc.ents) if x.end <= tok.i and x.label_ == "ORG"), None)
        if e is not None:  # "the group says": the organisation named before
            toks = [x for x in e if x.dep_ != "det"] or list(e)
            start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
            return e.doc.text[start:end], start, end, [(start, end)]
    if tok.lower_ in PRONOUNS:
        if tok.lower_ in ("it", "they"):
            body = _previous_body(tok)
            if body is not None:
                return _speaker(body)
        e = _resolve_pronoun(tok)
        if e is None and tok.lower_ in ("he", "she"):
            prev = _previous_subject(tok)
            return _speaker(prev) if prev is not None else None
        if e is None:
            return None
        return e.text, e.start_char, e.end_char, [(e.start_char, e.end_char)]
    skip = ("relcl", "acl", "punct") if keep_appos else ("relcl", "acl", "punct", "appos")
    if _lemma(tok) in cues.DOCUMENT_NOUNS:
        skip = tuple(d for d in skip if d != "acl")  # "a statement read on state TV"
    text, start, end = _subtree_text(tok, skip_deps=skip)
    lead = re.match(r"[^\w\"“‘']*", text).end()  # "> officials": a quoting mark is no name
    if lead and lead < len(text):
        start += (len(tok.doc.text[start:end])
                  - len(tok.doc.text[start:end].lstrip("> |•*-–—#\t\n")))
        text = text[lead:]
    if set(text.lower().split()) <= cues.DOCUMENT_NOUNS | {"reports", "article", "a", "the"}:
        return None  # "reports said", "a statement said": no one
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end and e.label_ in NAME_ENTS),
               None)
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
            if subj is None and t.i > num.i and t.doc[t.i - 1].is_punct:
                subj = _after_verb(t)  # "..., said the Committee to Protect Journalists"
            right = subj.right_edge.i if subj is not None else -1
            if subj is None and t.dep_ == "acl" and t.head.pos_ in ("NOUN",
                                                                    "PROPN") and t.head.i < t.i:
                # "the envoy called ..." misread as a participle on "envoy"
                subj, right = t.head, t.head.i
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
            obj = next((p for p in to.children if p.dep_ == "pobj"),
                       None) if to is not None else None
            if obj is not None:
                return _speaker(obj, keep_appos=False)
        if t.lower_ in cues.SOURCE_WORDS and t.dep_ in ("prep", "advcl", "acl"):
            obj = next((p for p in t.children if p.dep_ in ("pobj", "dobj")), None)
            if obj is not None:
                return _speaker(obj)
    return _previous_source(num)


def _previous_source(num):
    """A sentence that goes on about what the one before reported ("The agency said the
    exchange was complete. It involved 40 prisoners."): a pronoun subject and no source of
    its own take the speaker of the sentence before, in the same paragraph."""
    sent = num.sent
    root = sent.root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subj is None or subj.lower_ not in ("it", "they", "this", "these",
                                           "there") or sent.start == 0:
        return None
    prev = num.doc[sent.start - 1].sent
    if "\n\n" in num.doc.text[prev.end_char:sent.start_char]:
        return None
    v = prev.root
    if _lemma(v) not in cues.SPEECH_VERBS:
        return None
    s = _subject(v)
    return _speaker(s) if s is not None and s.lower_ not in PRONOUNS else None

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
