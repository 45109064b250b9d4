"""Parse helpers shared by the claim steps: lemmas, people nouns, phrases, word sets."""
from __future__ import annotations

from .. import cues, places

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
#: Nouns that are foreign by themselves (no "foreign" modifier needed).
FOREIGNER_NOUNS = {"foreigner", "expatriate"}




def _lemma(t) -> str:
    return (t.lemma_ or t.text).lower()


def _infinitive(v) -> bool:
    """Is the verb a to-infinitive ("to free", "to be released", "are to stay")?"""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ == "to" for c in v.children)


def _pointed_at(t) -> bool:
    """Does ``t`` carry a determiner that points back at something named before ("the
    gesture", "this group", "that figure")?"""
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in t.children)


def _first_conjunct(t):
    """The first item of the list ``t`` is in ("12 Chadians, 7 Malians and one Briton": the
    12), ``t`` itself when it is in none."""
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    return t


def singular(word: str, *, keep_men: bool = False) -> str:
    """A rough singular for plurals the lemmatiser leaves alone ("Prisoners", "parties",
    "firemen"). ``keep_men``: "-men" stays as written, for noun lists that hold those
    plurals themselves (the story's: "servicemen", "crewmen")."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("men"):
        return word if keep_men else word[:-3] + "man"
    if word.endswith(("sses", "ches", "shes", "xes", "buses")):
        return word[:-2]  # "witnesses", "coaches", "buses"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _is_people_noun(t) -> bool:
    low, lem = t.text.lower(), _lemma(t)
    if low in cues.NOT_PEOPLE or lem in cues.NOT_PEOPLE:
        return False
    if lem in cues.PEOPLE_NOUNS or low in cues.PEOPLE_NOUNS or singular(low) in cues.PEOPLE_NOUNS:
        return True
    if low in cues.PEOPLES and t.text[:1].isupper():
        return True  # "40 Uyghurs", which the tagger may take for an organisation
    if t.ent_type_ == "NORP" and t.tag_ in ("NNPS", "NNS", "NNP") and low.endswith("s"):
        return True  # plural demonyms: "Belarusians", "Americans"
    if (t.pos_ in ("NOUN", "PROPN") and len(low) > 5
            and singular(low).endswith(cues.COMPOUND_PEOPLE_ENDINGS)):
        return True
    if t.tag_ in ("NNPS", "NNS", "NNP") and places.looks_like_demonym(t.text):
        return True
    return t.pos_ in ("NOUN", "PROPN") and low.endswith(cues.PEOPLE_SUFFIXES)


#: Citizenship nouns that name a nationality only with one given ("German citizens").
BARE_CITIZENSHIP_NOUNS = {"citizen", "national", "subject"}


def _is_nationality(t) -> bool:
    if _lemma(t) in cues.NATIONALITY_NOUNS:
        # "citizens" alone names no nationality ("buses with 100 citizens arrived"):
        # "Ukrainian citizens", "its citizens", "citizens of Chad" or a foreigner do
        return _lemma(t) not in BARE_CITIZENSHIP_NOUNS or any(
            c.dep_ in ("amod", "compound", "poss", "nmod") or (c.dep_ == "prep"
                                                                and c.lower_ == "of")
            for c in t.children)
    if t.lower_ in cues.FAITH_WORDS:
        return False
    if t.ent_type_ == "NORP" and (t.text.lower().endswith("s") or t.tag_ in ("NNPS", "NNS")):
        return True  # "Belarusians", "Sudanese"
    if t.ent_type_ == "NORP" and any(c.dep_ == "nummod" and c.lower_ == "one" for c in t.children):
        return True  # "one American"
    if t.tag_ in ("NNPS", "NNS") and places.looks_like_demonym(t.text) \
            and t.ent_type_ in ("", "NORP", "GPE") and not t.is_sent_start:
        return True  # "14 Estonians" the tagger left without a label
    return any(c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP"
               and c.lower_ not in cues.FAITH_WORDS
               for c in t.children) and _lemma(t) in cues.PEOPLE_NOUNS | cues.NATIONALITY_NOUNS


def _marked_foreign(x) -> bool:
    return any(c.dep_ == "amod" and c.lower_ in cues.FOREIGN_MODIFIERS for c in x.children)


def _set_against_foreign(t) -> bool:
    """Is ``t`` coordinated with a noun marked foreign ("6,082 local nationals and 52 foreign
    nationals", "205 Ukrainians and 10 foreigners")? Then it names the country's own people."""
    if _marked_foreign(t):
        return False
    pair = [x for x in (t.head, *t.children) if x.i != t.i
            and (x.dep_ == "conj" or t.dep_ == "conj")
            and x.pos_ in ("NOUN", "PROPN")]
    pair += [x for x in t.head.children if x.i != t.i and x.dep_ == t.dep_ and x.pos_ == "NOUN"]
    return any(_marked_foreign(x) or _lemma(x) in FOREIGNER_NOUNS for x in pair)


def _is_foreign(t) -> bool:
    """A noun that names people by foreign citizenship ("Saudi nationals", "foreigners");
    not one set against foreigners ("6,082 local nationals and 52 foreign nationals")."""
    if _marked_foreign(t):  # "foreign nationals", "foreign fighters"
        return _lemma(t) in cues.NATIONALITY_NOUNS | cues.FOREIGN_NOUNS or _is_people_noun(t)
    if _is_people_noun(t) and any(
            c.dep_ == "prep" and c.lower_ in ("with", "of") and c.i > t.i and any(
                p.dep_ == "pobj" and p.lower_ in cues.CITIZENSHIP_NOUNS and _marked_foreign(p)
                for p in c.children) for c in t.children):
        return True  # "14 people with foreign citizenship"
    if _set_against_foreign(t):
        return False
    return _lemma(t) in cues.FOREIGN_NOUNS or t.lower_ in cues.FOREIGN_NOUNS


def _phrase(t) -> str:
    """The noun with its left compound/adjective modifiers: "freed Belarusians"."""
    mods = [c for c in t.lefts if c.dep_ in ("amod", "compound", "nmod") and c.like_num is False
            and c.pos_ != "NUM"]
    nums = [c.i for c in t.lefts if c.dep_ == "nummod" and c.pos_ == "NUM"]
    if nums:  # the number starts the phrase: "Swaps 12 Detainees" in a misread headline
        mods = [m for m in mods if m.i > min(nums)]
    if not mods:
        return t.text
    first = min(m.left_edge.i if m.dep_ == "compound" else m.i for m in mods)
    toks = [x for x in t.doc[first:t.i + 1] if not x.is_punct and x.pos_ != "NUM"
            and x.dep_ != "det"]
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
