"""Entity mentions from parsed text (per article), and canonical entities across the corpus.

Per article (:func:`extract_mentions`): spaCy's entity spans, repaired and cleaned — name
particles rejoined ("Ursula von der" + "Leyen"), determiners, quotes, titles and possessives
dropped, sentence-initial common words and headline fragments dropped, spans glued by a verb
or a hyphen split — each with a *hint*: the class a describing noun gives it ("Znak, a
lawyer" → PERSON, "Belavia, the national airline" → ORG, "Vilnius, the capital" → GPE).

Across the corpus (:func:`canonicalise`): every spelling gets a label by weighted vote
(model label, hints, outlet/byline metadata, demonyms, surnames of people); surname-only
mentions join the full name in their article; spellings of one person join across outlets
when surname and given name are romanisation variants of the same gender form; initialisms
and designator-less short forms join their organisation or place. See ``merge_rule``.
"""
from __future__ import annotations

import re
import unicodedata

from ..schema import ENTITY_LABELS
from .entity_names import (
    NAME_PARTICLES,
    ORG_DESIGNATORS,
    ROLE_CLASS,
    is_initialism,
    known_place,
    name_key,
)

KEEP_LABELS = set(ENTITY_LABELS)  # the vocabulary of mentions.label (analysis/schema.py)
# Labels whose spellings are merged across the corpus; the rest only by identical key.
PLACE = {"GPE", "LOC"}

# Titles and honorifics written before a name; dropped from the surface (general English).
TITLES = {"mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
          "gen", "general", "president", "the", "a", "an", "madam", "mister", "rev", "st",
          "sen", "senator", "rep", "gov", "governor", "col", "colonel", "capt", "captain",
          "lt", "sgt", "judge", "justice", "pope", "king", "queen", "prince", "princess",
          "minister", "premier", "chancellor", "ambassador", "envoy", "mayor", "sheikh", "sheik",
          "sheikha", "emir", "imam", "ayatollah", "rabbi", "archbishop"}
_ARTICLES = {"the", "a", "an"}
# Ranks and roles written before a person's name ("former Marine Trevor Reed", "Special Envoy
# Adam Boehler"); dropped only when a name of two words or more remains.
RANKS = {"marine", "marines", "sergeant", "private", "pvt", "corporal", "cpl", "major", "maj",
         "lieutenant",
         "admiral", "adm", "commander", "cmdr", "officer", "soldier", "veteran", "secretary",
         "spokesman",
         "spokeswoman", "spokesperson", "deputy", "vice", "special", "representative",
         "commissioner",
         "ombudsman", "activist", "journalist", "reporter", "businessman", "businesswoman",
         "dissident",
         "leader", "chief", "head", "director", "negotiator", "mediator", "adviser", "advisor",
         "diplomat",
         "envoy", "ambassador", "former", "ex", "late", "then", "acting", "opposition", "hostage",
         "detainee",
         "prisoner", "pilot", "nurse", "doctor", "teacher", "student", "blogger", "photographer",
         "crown"}
_BRACKETS = set("[]{}()")

# Verbs a GPE-tagged span cannot be the object of when it is really an outlet ("told Reuters").
TELL_VERBS = {"tell"}
# Prepositions of place: "in Minsk" confirms a place the model tagged as one.
LOCATIVE_PREPS = {"in", "to", "from", "into", "near", "across", "inside", "outside", "throughout"}
# ... of which those that take a place rather than a person ("a letter from Hamilton").
PLACE_ONLY_PREPS = {"in", "near", "across", "inside", "throughout"}
# Connectors inside long organisation names ("Headquarters for the Treatment of Prisoners").
ORG_CONNECTORS = {"of", "for", "the", "and", "on"}
_QUOTES = "\"'“”‘’«»„‟‹›`"
# Lower-case links inside hyphenated place names ("Rostov-on-Don", "Frankfurt-am-Main").
PLACE_LINKS = {"on", "upon", "sur", "am", "an", "en", "under", "by", "in"}
# Words an acronym's letters skip in its long form ("Committee to Protect Journalists (CPJ)").
ACRONYM_SKIP = {"of", "the", "and", "for", "on", "in", "to", "at", "de", "du", "des", "la", "le",
                "&"}


def _title_case_line(tok) -> bool:
    """Whether the token sits in a headline-style sentence (most words capitalised), where
    capitals say nothing about names."""
    words = [t for t in tok.sent if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and sum(t.is_title or t.is_upper for t in words) / len(words) > 0.7


def _headline_line(doc, char: int) -> bool:
    """Whether the text line holding ``char`` is headline style (most longer words
    capitalised); spaCy's sentence may run a headline into the next paragraph."""
    text = doc.text
    start, end = text.rfind("\n", 0, char) + 1, text.find("\n", char)
    words = re.findall(r"[^\W\d_][\w'’-]{3,}", text[start:end if end >= 0 else len(text)])
    return len(words) >= 3 and sum(w[0].isupper() for w in words) / len(words) > 0.7


def _is_punct_or_quote(tok) -> bool:
    return tok.is_punct or tok.text in _QUOTES or all(
        unicodedata.category(ch).startswith("P") for ch in tok.text)


def clean_surface(text: str, label: str | None = None) -> str:
    """The name as written, without quotes, titles, leading articles or possessive. A title
    before a one-word rest of a non-person stays: "General Motors", "King Abdullah University"."""
    s = " ".join(str(text).split()).replace("’", "'")
    prev = None
    while s != prev:
        prev = s
        s = s.strip(" ,;:()[]" + _QUOTES)
        s = re.sub(r"(?:'s|')$", "", s)
        s = s.rstrip(".") if not is_initialism(s) and not re.search(r"\b\w\.$", s) else s
        words = s.split()
        first = words[0].lower().rstrip(".") if words else ""
        if len(words) > 1 and first in TITLES and (
                label in (None, "PERSON") or first in _ARTICLES or len(words) > 2
                and not any(w.lower() in ROLE_CLASS or w.lower() in ORG_DESIGNATORS
                            for w in words[1:])):
            s = " ".join(words[1:])
    return s.replace("'", "’") if "’" in text else s


def _role_of(tok) -> str | None:
    lemma = tok.lemma_.lower()
    cls = ROLE_CLASS.get(lemma) or ROLE_CLASS.get(tok.lower_)
    if cls is None and tok.pos_ == "NOUN" and tok.is_lower and len(lemma) > 5 and (
            lemma.endswith("ist") or lemma.endswith("ician")):
        cls = "PERSON"
    return cls


def _hint(span, doc) -> tuple[str | None, str | None]:
    """(class, word) a describing noun gives the span, or (None, None)."""
    root = span.root
    if span.label_ == "PERSON":
        # "Reporters Without Borders": a capitalised preposition is no part of a person's name
        word = next((t.lower_ for t in span if t.pos_ in ("ADP", "CCONJ") and t.is_title
                     and t.lower_ not in NAME_PARTICLES), None)
        if word:
            return "ORG", word
        if any(t.lower_ in PLACE_LINKS and t.is_lower and t.i > span.start
               and doc[t.i - 1].text == "-"
               for t in span):
            return "GPE", "hyphen-link"  # "Rostov-on-Don"
    # "the village of Ergneti"
    if (root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ == "NOUN"
            and ROLE_CLASS.get(root.head.head.lemma_.lower()) == "GPE"):
        return "GPE", root.head.head.lemma_.lower()
    # "Znak, a lawyer" / "the group Viasna"
    for child in root.children:
        if (child.dep_ == "appos" and child.pos_ == "NOUN"
            and not (span.start <= child.i < span.end)):
            cls = _role_of(child)
            if cls:
                return cls, child.lemma_.lower()
    if (root.dep_ == "appos" and root.head.pos_ == "NOUN"
        and not (span.start <= root.head.i < span.end)):
        cls = _role_of(root.head)
        if cls:
            return cls, root.head.lemma_.lower()
    # "banker Viktor Babariko", "envoy Coale", "producers Nutrien"
    if span.start > 0:
        prev = doc[span.start - 1]
        if prev.pos_ in ("NOUN", "PROPN") and not prev.ent_type_:
            cls = _role_of(prev)
            if cls:
                return cls, prev.lemma_.lower()
    for child in root.children:
        if child.dep_ == "compound" and child.i < span.start and child.pos_ == "NOUN":
            cls = _role_of(child)
            if cls:
                return cls, child.lemma_.lower()
    if all(t.pos_ == "ADJ" for t in span) and span.label_ in ("GPE", "PERSON", "ORG"):
        return "NORP", "adjective"
    if (root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS
            and (span.label_ in PLACE or (known_place(span.text)
                                          and root.head.lower_ in PLACE_ONLY_PREPS))):
        return "GPE", root.head.lower_  # "in Minsk": confirms a place, or a known city or country
    if span.label_ in PLACE and root.dep_ == "dobj" and root.head.lemma_ in TELL_VERBS:
        return "ORG", root.head.lemma_
    # "told the Kestrel Times": a person's name takes no article; "in the Sahel": a region
    if (span.label_ == "PERSON" and span.start > 0 and doc[span.start - 1].lower_ == "the"
            and root.dep_ != "compound"):  # not "the Smith administration"
        if len(span) == 1 and root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS:
            return "LOC", "the"
        return "ORG", "the"
    return None, None


def _merge_particles(ents, doc):
    """Rejoin names the model cut at a particle: "Ursula von der" + "Leyen"."""
    out = []
    skip_until = -1
    for i, ent in enumerate(ents):
        if ent.start < skip_until:
            continue
        start, end, label = ent.start, ent.end, ent.label_
        if label == "PERSON" and doc[end - 1].lower_ in NAME_PARTICLES and end < len(doc):
            nxt = doc[end]
            if nxt.is_title and nxt.is_alpha:
                later = [e for e in ents[i + 1:] if e.start == end]
                end = later[0].end if later else end + 1
                skip_until = end
        out.append((start, end, label))
    return out


def _trim(start, end, label, doc, lower_words=frozenset()):
    """Drop leading determiners, quotes, titles and sentence-initial common words, and a
    trailing possessive or punctuation."""
    while start < end and (_is_punct_or_quote(doc[start])
                           or doc[start].lower_ in ("the", "a", "an")):
        start += 1
    while end > start and (_is_punct_or_quote(doc[end - 1]) or doc[end - 1].tag_ == "POS"
                           or doc[end - 1].lower_ in ("'s", "’s")):
        end -= 1
    while end - start > 1 and label == "PERSON" and doc[start].lower_.rstrip(".") in TITLES:
        start += 1
    # "Ivan] Petrov", "[Red] Cross": an editor's bracket inside the span; keep the side after it
    inner = [i for i in range(start, end) if doc[i].text in _BRACKETS]
    if inner:
        after, before = (inner[-1] + 1, end), (start, inner[0])
        start, end = after if any(doc[i].is_alpha for i in range(*after)) else before
    if label == "PERSON":
        # "former Marine Trevor Reed", "Special Envoy for Hostage Affairs Adam Boehler",
        # "Belarus John Coale": rank, role, a connector or a country before a two-word name
        while (end - start > 2 and doc[start].lower_ not in NAME_PARTICLES
               and doc[start + 1].lower_ not in NAME_PARTICLES
               and (doc[start].lower_.rstrip(".") in RANKS | TITLES or doc[start].is_lower
                    or known_place(doc[start].text) == "country")):
            start += 1
    # "north-west Nigeria", "southern Zamfara": a lower-case direction word is no part of a place
    while end - start > 1 and label in PLACE and (doc[start].is_lower or doc[start].text == "-"):
        start += 1
    # "Exiled Belarusian ...": a capitalised sentence opener that is not a name
    while (end - start > 1 and doc[start].is_sent_start and doc[start + 1].pos_ in ("PROPN", "ADJ")
           and (doc[start].pos_ in ("ADJ", "VERB", "ADV") or doc[start].lower_ in lower_words)):
        start += 1
    return start, end


def _split_on_verbs(start, end, doc):
    """"Trump named Coale" → [Trump], [Coale]: a name never holds a lower-case verb or a
    line break (an outlet line running into a headline)."""
    pieces, cur = [], start
    for i in range(start, end):
        t = doc[i]
        if (t.is_lower and t.pos_ in ("VERB", "AUX")) or "\n" in t.text:
            if i > cur:
                pieces.append((cur, i))
            cur = i + 1
    if cur < end:
        pieces.append((cur, end))
    return pieces


def _extend_org(start, end, doc, taken):
    """"Headquarters" + "for the Treatment of Prisoners of War": capitalised words joined by
    of/for/the/and continue an organisation's name."""
    i, last = end, end
    while i < len(doc) and i - end < 10:
        t = doc[i]
        if t.lower_ in ORG_CONNECTORS and t.is_lower:
            i += 1
            continue
        if (t.is_title and t.is_alpha and i not in taken and not t.is_sent_start
            and not _title_case_line(t)):
            i += 1
            last = i
            continue
        break
    if last > end and doc[end].lower_ in ORG_CONNECTORS:
        return last
    return end


def _is_junk(span, doc, lower_words) -> bool:
    text = span.text
    if not re.search(r"[^\W\d_]", text):
        return True
    if not any(ch.isupper() for ch in text):  # "democratic", "kyiv's": lower-case fragments
        return True
    if span.label_ == "PERSON" and re.search(r"\d", text):  # headline fragments
        return True
    first = span[0]
    at_start = first.is_sent_start or first.i == 0 or "\n" in doc[first.i - 1].text_with_ws
    if len(span) == 1 and at_start and _common_word(first.lower_, lower_words):
        # "Potash is ...", "Kidnappings for ransom ...": a common noun capitalised by the sentence
        return True
    if (span.label_ == "PERSON" and len(span) > 1 and _headline_line(doc, span.start_char)
            and span[-1].lower_ in lower_words):
        # headline "... Prisoner Swap: 47 Houthi Fighters Freed": a common noun ends it
        return True
    return False


def _common_word(word: str, lower_words) -> bool:
    """Whether the article also writes ``word`` (or its singular/plural) in lower case."""
    return (word in lower_words or (word.endswith("s") and word[:-1] in lower_words)
            or word + "s" in lower_words)


def _hyphen_parts(surface: str, names: set[str]) -> list[tuple[int, str]] | None:
    """"U.S.-Belarus" → [(0, "U.S."), (5, "Belarus")] when each part is a name on its own in
    the article; None otherwise (keeps "Rolls-Royce")."""
    if "-" not in surface:
        return None
    parts, pos = [], 0
    for p in surface.split("-"):
        if p.strip():
            parts.append((pos, p))
        pos += len(p) + 1
    if len(parts) < 2 or not all(p in names for _, p in parts):
        return None
    return parts


def _extend_hyphenated(start, end, doc, taken=frozenset()):
    """"Rostov" + "-on-Don": a place name continued by a lower-case link and a capitalised
    part, glued by hyphens ("Biden-Harris" is left to :func:`_hyphen_parts`)."""
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_ and doc[end + 1].is_alpha and end + 1 not in taken:
        nxt = doc[end + 1]
        if (nxt.lower_ in PLACE_LINKS and end + 3 < len(doc) and not nxt.whitespace_
              and doc[end + 2].text == "-" and not doc[end + 2].whitespace_
                  and doc[end + 3].is_title
              and end + 3 not in taken):
            end += 4
        else:
            break
    return end


def _extend_person(start, end, doc, taken, lower_words=frozenset()):
    """"Kassym-Jomart" + "Tokaev", "Rustam" + "Karimov": a capitalised proper noun joined to
    the span as a compound continues a person's name (titles and common words aside)."""
    while (end < len(doc) and end not in taken and doc[end].is_title and doc[end].pos_ == "PROPN"
           and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == end):
        end += 1
    while (start > 0 and start - 1 not in taken and doc[start - 1].is_title
           and doc[start - 1].is_alpha
           and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound"
           and start <= doc[start - 1].head.i < end and doc[start - 1].lower_ not in TITLES | RANKS
           and doc[start - 1].lower_ not in lower_words and not _title_case_line(doc[start - 1])):
        start -= 1
    return start, end


def _acronym_window(doc, i):
    """For "(" at ``i`` followed by an acronym and ")", the (start, end) of the words before it
    whose initials spell the acronym ("Committee to Protect Journalists (CPJ)"), or None."""
    if i + 2 >= len(doc) or doc[i + 2].text != ")":
        return None
    acr = doc[i + 1].text.replace(".", "")
    if not (2 <= len(acr) <= 8 and acr.isalpha() and acr.isupper()):
        return None
    letters, j, start = list(acr.lower()), i, None
    while j > 0 and letters and i - j < 3 * len(acr) + 4:
        j -= 1
        t = doc[j]
        if t.text in ("-", "'", "’", "'s", "’s") or (t.is_lower and (
                (j > 0 and not doc[j - 1].whitespace_) or not t.whitespace_)):
            continue  # "Co-operation", "Lawyers' Association", "al-Islam wal-Muslimin", "Jama'at"
        if t.lower_ in ACRONYM_SKIP and t.is_lower:
            continue
        if not t.text[:1].isupper():  # "Jama'at" is not title case to spaCy
            return None
        first = t.text[0].lower()
        if first != letters[-1]:
            return None
        letters.pop()
        start = j
    return (start, i) if not letters and start is not None else None


def _acronym_spans(spans, doc):
    """Replace the pieces of a spelled-out name that its acronym defines with one span."""
    for i, t in enumerate(doc):
        if t.text != "(":
            continue
        win = _acronym_window(doc, i)
        if not win:
            continue
        ws, we = win
        inside = [sp for sp in spans if sp[0] < we and sp[1] > ws]
        if not inside or any(sp[0] < ws or sp[1] > we for sp in inside):
            continue
        # a name with a stated acronym is an organisation, or a place ("United Arab Emirates
        # (UAE)")
        labels = [sp[2] for sp in inside]
        label = "ORG" if "ORG" in labels else next((lb for lb in labels if lb in PLACE), "ORG")
        spans[:] = [sp for sp in spans if sp not in inside] + [[ws, we, label]]
    spans.sort()


def _org_of_place(spans, doc):
    """"the State Security Service" + "of" + "Georgia": an institution named for its country."""
    by_start = {sp[0]: sp for sp in spans}
    drop = []
    for sp in spans:
        if sp[2] != "ORG" or sp[1] + 1 >= len(doc) or doc[sp[1]].lower_ != "of":
            continue
        nxt = by_start.get(sp[1] + 1)
        if (nxt and nxt[2] in PLACE and doc[sp[1] - 1].is_title
                and (nxt[1] >= len(doc) or not doc[nxt[1]].is_title)):
            sp[1] = nxt[1]
            drop.append(nxt)
    spans[:] = [sp for sp in spans if sp not in drop]


def extract_mentions(doc, article_id: str) -> list[dict]:
    """Entity mentions of one parsed article, with the model's label and a context hint."""
    ents = [e for e in doc.ents if e.label_ in KEEP_LABELS]
    lower_words = {t.lower_ for t in doc if t.is_lower and not t.is_sent_start}
    spans = []
    for start, end, label in _merge_particles(ents, doc):
        start, end = _trim(start, end, label, doc, lower_words)
        for s, e in _split_on_verbs(start, end, doc):
            s, e = _trim(s, e, label, doc, lower_words)
            if e > s:
                spans.append([s, e, label])
    taken = {i for e in doc.ents for i in range(e.start, e.end)}
    for sp in spans:
        sp[1] = _extend_hyphenated(sp[0], sp[1], doc, taken)
        # "Reporters" + "Without Borders": a name does not start with a preposition
        if (sp[0] > 0 and doc[sp[0]].pos_ == "ADP" and doc[sp[0]].is_title
            and sp[0] - 1 not in taken
                and doc[sp[0] - 1].is_title and doc[sp[0] - 1].is_alpha):
            sp[0] -= 1
        if sp[2] == "PERSON":
            sp[0], sp[1] = _extend_person(sp[0], sp[1], doc, taken, lower_words)
        if sp[2] == "ORG":
            sp[1] = _extend_org(sp[0], sp[1], doc, taken)
    _acronym_spans(spans, doc)
    _org_of_place(spans, doc)
    taken |= {i for sp in spans for i in range(sp[0], sp[1])}
    names = {clean_surface(doc[s:e].text) for s, e, _ in spans}
    rows, roots = [], {}
    for s, e, label in spans:
        span = doc[s:e]
        span.label_ = label
        if _is_junk(span, doc, lower_words):
            continue
        hint, word = _hint(span, doc)
        base = {"article_id": article_id, "label": label, "ner_label": label, "hint": hint,
                "hint_word": word, "sentence": span.sent.text.strip(), "field": "text"}
        parts = _hyphen_parts(span.text, names - {clean_surface(span.text)})
        if parts:
            for off, p in parts:
                lab = next((lb for s2, e2, lb in spans if clean_surface(doc[s2:e2].text) == p),
                           label)
                rows.append({**base, "surface": clean_surface(p), "label": lab, "ner_label": lab,
                             "hint": None, "hint_word": None, "start": span.start_char + off,
                             "end": span.start_char + off + len(p)})
            continue
        text, end_char = span.text, span.end_char
        compound = re.match(r"^(.*?[^\W\d_].*?)-[a-z]+$", text)  # "U.S.-brokered" → "U.S."
        if compound and label in ("GPE", "ORG", "NORP", "LOC"):
            text = compound.group(1)
            end_char = span.start_char + len(text)
        surface = clean_surface(text, label)
        if not surface:
            continue
        roots[span.root.i] = len(rows)
        rows.append({**base, "surface": surface, "start": span.start_char, "end": end_char})
    _share_hints_with_conjuncts(doc, rows, roots)
    rows += _recover_listed_names(doc, article_id, rows, roots, taken)
    rows += _recover_named_by_noun(doc, article_id, taken)
    rows += _recover_hyphenated_surnames(doc, article_id, rows)
    rows = [r for r in rows if not _cut_off(r, doc)]
    rows.sort(key=lambda r: (r["start"], r["end"]))
    return rows


def _recover_hyphenated_surnames(doc, article_id, rows) -> list[dict]:
    """A hyphenated surname on its own ("Gilboa-Dalal hugged ...") after the full name: the
    model often leaves it untagged or calls it an organisation. Each use becomes a PERSON
    mention with a hint, so it joins the full name in the article."""
    extra = []
    fulls = {r["surface"].split()[-1]: r["surface"] for r in rows
             if r["label"] == "PERSON" and len(r["surface"].split()) >= 2
             and "-" in r["surface"].split()[-1]}
    for surname, full in sorted(fulls.items()):
        for r in rows:
            if r["surface"] == surname:
                r["hint"], r["hint_word"] = "PERSON", "surname-of:" + full
        for m in re.finditer(r"(?<![\w-])" + re.escape(surname) + r"(?![\w-])", doc.text):
            if any(r["start"] <= m.start() and r["end"] >= m.end() for r in rows + extra):
                continue
            # a part of it tagged alone ("Berg" of "Berg-Lindqvist") gives way to the whole
            rows[:] = [r for r in rows if not (m.start() <= r["start"] and r["end"] <= m.end())]
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            extra.append({"article_id": article_id, "surface": surname, "label": "PERSON",
                          "ner_label": None,
                          "hint": "PERSON", "hint_word": "surname-of:" + full, "start": m.start(),
                          "end": m.end(), "sentence": span.sent.text.strip() if span is not None
                          else "",
                          "field": "text"})
    return extra


def _cut_off(row, doc) -> bool:
    """A name cut off where a saved page was truncated ("... Insecuri"): the text ends inside
    it."""
    tail = doc.text.rstrip()
    return row.get("field") == "text" and row["end"] >= len(tail) and tail[-1:].isalpha()


def _share_hints_with_conjuncts(doc, rows, roots):
    """"producers Nutrien and Mosaic": coordinated names share a describing noun."""
    for i, r in list(roots.items()):
        if rows[r]["hint"]:
            continue
        for c in doc[i].conjuncts:
            j = roots.get(c.i)
            if (j is not None and rows[j]["hint"] in ("PERSON", "ORG", "GPE")
                    and rows[j]["hint_word"] not in LOCATIVE_PREPS):  # "in" only confirms
                rows[r]["hint"], rows[r]["hint_word"] = (rows[j]["hint"],
                                                         "conj:" + (rows[j]["hint_word"] or ""))
                break
        if rows[r]["hint"] or rows[r]["label"] == "PERSON":
            continue
        # "Viktor Babariko and Maksim Znak" (the second tagged ORG): a two- or three-word
        # proper name listed with people is a person
        words = rows[r]["surface"].split()
        if 2 <= len(words) <= 3 and all(w[:1].isupper() and w[1:].islower() for w in words):
            sibs = [roots.get(c.i) for c in doc[i].conjuncts]
            if any(j is not None and rows[j]["label"] == "PERSON" for j in sibs):
                rows[r]["hint"], rows[r]["hint_word"] = "PERSON", "conj:person"


def _recover_listed_names(doc, article_id, rows, roots, taken) -> list[dict]:
    """Capitalised names the model skipped inside a list of names ("Belaruskali, Russia's
    Uralkali and ..."): they take the class of the name they are listed with."""
    extra = []
    for t in doc:
        if (t.i in taken or t.pos_ != "PROPN" or not t.is_title or not t.is_alpha or len(t) < 3
                or t.is_sent_start or t.lower_ in TITLES or t.dep_ not in ("conj", "appos")
                or _title_case_line(t)):
            continue
        j = roots.get(t.head.i)
        if j is None:
            continue
        sib = rows[j]
        if sib["label"] not in ("ORG", "PERSON", "GPE") and sib["hint"] not in ("ORG", "PERSON"):
            continue
        start = t.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == t.i \
                and doc[start - 1].pos_ == "PROPN" and doc[start - 1].i not in taken:
            start -= 1
        span = doc[start:t.i + 1]
        extra.append({"article_id": article_id, "surface": clean_surface(span.text),
                      "label": sib["label"], "ner_label": None, "hint": sib["hint"]
                      or sib["label"],
                      "hint_word": "listed-with:" + sib["surface"], "start": span.start_char,
                      "end": span.end_char, "sentence": span.sent.text.strip(), "field": "text"})
    return extra


def _recover_named_by_noun(doc, article_id, taken) -> list[dict]:
    """Capitalised names the model skipped right after a noun that says what they are:
    "the charity People in Need", "the aid group Hope for Chad" → ORG."""
    extra = []
    i = 0
    while i < len(doc) - 1:
        t = doc[i]
        cls = ROLE_CLASS.get(t.lower_) if t.is_lower and t.pos_ == "NOUN" else None
        nxt = doc[i + 1]
        if (cls != "ORG" or i + 1 in taken or not nxt.is_title or not nxt.is_alpha
            or nxt.is_sent_start \
                or _headline_line(doc, nxt.idx) or nxt.lower_ in TITLES):
            i += 1
            continue
        end = j = i + 1
        while j < len(doc) and j not in taken and j - i <= 8:
            if doc[j].is_title and doc[j].is_alpha:
                j += 1
                end = j
            elif (doc[j].lower_ in ORG_CONNECTORS | {"in"} and doc[j].is_lower and j + 1 < len(doc)
                  and doc[j + 1].is_title):
                j += 1
            else:
                break
        span = doc[i + 1:end]
        if len(span) >= 2 or end - (i + 1) == 1 and span[0].pos_ == "PROPN":
            extra.append({"article_id": article_id, "surface": clean_surface(span.text, "ORG"),
                          "label": "ORG",
                          "ner_label": None, "hint": "ORG", "hint_word": t.lower_,
                          "start": span.start_char,
                          "end": span.end_char, "sentence": span.sent.text.strip(),
                          "field": "text"})
            taken.update(range(i + 1, end))
        i = end
    return extra


def metadata_mentions(article: dict, credits: list[str]) -> list[dict]:
    """People in the byline and credits, and the outlet, as mentions outside the body."""
    rows = []
    aid = article["article_id"]
    byline = article.get("byline") or ""
    for name in [n.strip() for n in re.split(r",|\band\b|&", byline) if n.strip()]:
        i = byline.find(name)
        rows.append({"article_id": aid, "surface": name, "label": "PERSON", "ner_label": None,
                     "hint": "PERSON", "hint_word": "byline", "start": i,
                     "end": i + len(name), "sentence": byline, "field": "byline"})
    credit_line = ", ".join(credits)
    for name in credits:
        i = credit_line.find(name)
        rows.append({"article_id": aid, "surface": name, "label": "PERSON", "ner_label": None,
                     "hint": "PERSON", "hint_word": "credit", "start": i,
                     "end": i + len(name), "sentence": credit_line, "field": "credit"})
    outlet = article.get("outlet")
    if outlet:
        rows.append({"article_id": aid, "surface": outlet, "label": "ORG", "ner_label": None,
                     "hint": "ORG", "hint_word": "outlet", "start": 0,
                     "end": len(outlet), "sentence": outlet, "field": "outlet"})
    return rows


def __getattr__(name: str):
    # ``canonicalise`` (corpus-wide) lives in entity_resolve; it is looked up on first use, not
    # imported here, so editing corpus-wide code leaves the per-article cache key alone.
    if name == "canonicalise":
        from importlib import import_module

        return import_module(".entity_resolve", __package__).canonicalise
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

# canonicalise is served by the module __getattr__ above (F822 cannot see it)
__all__ = ["extract_mentions", "metadata_mentions", "canonicalise",  # noqa: F822
           "clean_surface", "name_key"]
