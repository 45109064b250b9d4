"""Claim rows for one parsed article: every quantity, with what it counts, its kind, source
and destination."""
from __future__ import annotations

import hashlib
import re

from ... import kinds
from ...kinds import DEMANDED, FOREIGN_NATIONALS, OTHER, RELEASED, REMAINING, TRANSFERRED
from .. import cues
from ..numbers import HEADCOUNT_WORDS, NumberSpan, find_numbers, interval, named_currency
from ..places import country_of, demonym_country, looks_like_demonym
from ..problems import tell
from .counted import (
    _antecedent,
    _class,
    _counted,
    _number_token,
    _of_object,
    _set_with_a_part_read_as_a_bound,
)
from .governor import _climb, _set_kind
from .held import _called_remaining
from .kind import _kind
from .moved import _free_there, _freed_first, _moved_after, _moved_them, _named_freed
from .place import _destination, _each_side, _home_of, _known_place, _landed_at, _preps
from .source import _as_speaker, _attribution
from .subset import _besides_one_freed, _fronted_set, _fronted_verb, _is_subset, _part_of
from .tokens import PARTICLE_HEDGES, _infinitive, _is_people_noun, _lemma
from .when import _prospective, _time_phrase
from .word_kind import _held_still, _misread_particle, _modifier_kind, _negated, _past, _verb_kind


def claim_id_for(article_id: str, start: int, end: int) -> str:
    """Stable id of a claim: its article and character span."""
    return "C" + hashlib.sha1(f"{article_id}:{start}:{end}".encode()).hexdigest()[:12]


def extract_claims(doc, article_id: str, problems: list[dict] | None = None) -> list[dict]:
    """Every stated quantity in a parsed article, as claim rows (see ``frames.COLUMNS``).

    A figure the rules fail on is left out and the article's other figures kept; each one
    left out is told in ``problems`` (stage ``claim``, and why), when a list is given."""
    rows = []
    try:
        spans = find_numbers(doc.text)
    except Exception as exc:  # odd text never stops the article
        tell(problems, "claim", "the article's figures could not be found", exc)
        return rows
    for ns in spans:
        try:
            row = _claim(doc, article_id, ns)
            restates = row.pop("restates", False) if row is not None else False
            if restates == "gapped":
                row = _gapped_transfer(row, rows, doc, ns)
            elif restates:
                row = _restatement(row, rows, doc, with_kind=restates != "counted",
                                   same_sentence=restates == "contrast")
        except Exception as exc:  # one figure never loses the article's others
            tell(problems, "claim", f"the figure \"{doc.text[ns.start:ns.end]}\" at "
                  f"characters {ns.start}-{ns.end} was left out", exc)
            row = None
        if row is not None:
            _told_again(row, rows)
            rows.append(row)
    for row in rows:
        _breaks_down(row, rows)
    for row in rows:
        if row.pop("nominal", False) and row["destination"] is None:
            row["destination"] = _one_destination(doc, rows)
    return rows


def _both_sides_received(v) -> bool:
    """Is ``v`` a receipt whose subject is both sides of an exchange ("Both sides received 390
    people", "each side welcomed 390")? Each received what the other freed."""
    if v is None or v.pos_ not in ("VERB", "AUX") or _lemma(v) not in cues.RECEIVE_VERBS:
        return False
    return any(c.dep_ == "nsubj" and _lemma(c) in ("side", "party") and any(
        x.lower_ in ("both", "each", "two") for x in c.children) for c in v.children)


def _released_into(kind: str, v, num) -> bool:
    """Is a transfer told by a verb of release ("released five detainees into the custody
    of X", "ten were freed to X")? Its people were freed as well as moved; not where the
    sentence counts others too ("16 were transferred to X, while 70 others were released
    into Y": parts of the release, moved apart)."""
    return kind == TRANSFERRED and v is not None and v.pos_ == "VERB" \
        and _verb_kind(v)[0] == RELEASED and not any(
            t.i != num.i and t.pos_ == "NUM" and t.ent_type_ == "CARDINAL" for t in num.sent)


def _given_back(v) -> bool:
    """Is ``v`` "return" with its people as object and no place, home or person they go to
    ("the militants returned 105 girls", "returned 101 of the students to the town")? People
    given back by whoever held them are freed."""
    return v is not None and v.pos_ == "VERB" and _lemma(v) == "return" \
        and any(c.dep_ in ("dobj", "obj") for c in v.children) \
        and not any(c.dep_ in ("advmod", "prt", "npadvmod") and c.lower_ in cues.RETURNED_ADVERBS
                    for c in v.children) and not _goes_to_someone(v)


def _goes_to_someone(v) -> bool:
    """Does the verb send people to anyone or anywhere ("handed over to the authorities",
    "flown to their home countries"), or have someone receive them ("the office receives 96
    freed Xs"), not just send them home ("returned home")?"""
    return v is not None and (_lemma(v) in cues.RECEIVE_VERBS
                              or any(c.lower_ in cues.TOWARD_PREPS for c in _preps(v)))


def _called_freed(noun) -> bool:
    """Does an adjective before the noun call its people freed ("1,056 freed detainees",
    "the released hostages")?"""
    return any(c.dep_ == "amod" and c.i < noun.i and c.lower_ in kinds.modifiers(RELEASED)
               for c in noun.children)


def _breaks_down(row: dict, rows: list[dict]) -> None:
    """An item of a dashed breakdown ("27 foreigners are to be freed - 11 from X, five from
    Y"), or of what "the figure included" after a figure, counts a part of that group: its
    class is the group's, and its kind unless a noun of its own says the people went free
    ("1,204 drug offenders" are people freed); its source and time too, when it names none."""
    at, own = row.pop("breakdown_of", None) or (None, False)
    group = next((r for r in rows if at is not None and r["start"] <= at < r["end"]), None)
    if group is None:
        return
    if group["kind"] in kinds.subsets():
        # "34 foreigners among those freed - 16 from X, six from Y": the foreigners are the
        # whole these parts add up to; their kind already says they are a part of the release
        group["subset"] = False
    if not own or row["kind"] in (OTHER, REMAINING):
        # a noun of its own that says the people went free keeps its kind ("ten Americans -
        # five citizens and five permanent residents": the residents are freed, not foreigners)
        row["kind"] = group["kind"]
    row.update(subset=True, counted_class=group["counted_class"],
               counted=row["counted"] or group["counted"],
               destination=row["destination"] or group["destination"],
               when=row["when"] or group["when"])
    if row["attribution"] is None:  # a part of what a source said is said by that source
        row.update({k: group[k] for k in ("attribution", "attribution_start",
                                          "attribution_end", "attribution_anchors")})


def _one_destination(doc, rows: list[dict]) -> str | None:
    """The one country an article sends people to, from its transfers with a named place
    ("sent 40 to X", "a plane that landed in X"): the place "the deportation of 214
    prisoners" went, when the noun's own phrase names none. None when the article names no
    such place or places in more than one country."""
    dests = [r["destination"] for r in rows if r["kind"] == TRANSFERRED and r["destination"]]
    dests += [_destination(t) for t in doc
              if t.pos_ in ("VERB", "AUX") and _verb_kind(t)[0] == TRANSFERRED]
    found: dict[str, str] = {}
    for dest in dests:
        if dest is not None:
            found.setdefault(country_of(dest) or dest, dest)
    return next(iter(found.values())) if len(found) == 1 else None


def _told_again(row: dict, rows: list[dict]) -> None:
    """ "The militia released three hostages ... A broadcast showed three female hostages
    boarding a vehicle": a figure read as people still held by its noun alone ("hostages"),
    with no verb saying so, that repeats a figure of people freed or moved earlier in the
    article counts those people again; it takes that figure's kind."""
    if not row.pop("by_noun", False) or row["kind"] != REMAINING:
        return
    earlier = next((r for r in reversed(rows) if r["value"] == row["value"]
                    and r["kind"] in (RELEASED, TRANSFERRED)
                    and r["counted_class"] == "people"), None)
    if earlier is not None:
        row["kind"] = earlier["kind"]


#: A sentence that opens on another place than the story's: what it tells is another story.
_ELSEWHERE = re.compile(r"^\W*(?:meanwhile\s*,?\s*)?elsewhere\b", re.I)


def _set_sized_by_a_headcount(num, noun) -> bool:
    """Is the figure a hyphened headcount of the set a part is taken from ("Seven of the
    ship's 23-man crew")?"""
    return num.head.i != noun.i and num.head.lower_ in HEADCOUNT_WORDS \
        and noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.like_num


def _past_life_in_captivity(v) -> bool:
    """Is ``v`` a past verb of what people went through while held, not of their being held
    ("were treated well in captivity", "spent eight years in prison", "died in captivity")?
    It says nothing of who is held now."""
    return v.pos_ == "VERB" and _lemma(v) not in cues.DETENTION_VERBS | cues.STAYING_VERBS \
        and _past(v) and not _negated(v) \
        and _verb_kind(v)[0] not in (RELEASED, TRANSFERRED)  # (not "were not freed")


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


def _gapped(num) -> bool:
    """ "... moved to X, 14 to Y, and three to Z": a figure whose verb is left out, with a
    place of its own."""
    head = num.head.pos_ == "VERB" or (num.dep_ == "conj" and num.head.pos_ == "NUM"
                                       and num.head.i != num.i and _gapped(num.head)) \
        or _in_a_destination(num.head)
    return num.dep_ in ("npadvmod", "conj", "appos") and head \
        and _destination(num, cues.TOWARD_PREPS) is not None


def _freed_participle(noun) -> bool:
    """Are the people counted called freed by a past participle ("the 130 pupils freed on
    Sunday are expected to be reunited with their families")? Their release is done, whatever
    the main verb plans."""
    # (one told of its own, by whom or when: not "for every 10 hostages freed", a rate)
    return noun is not None and any(
        c.dep_ == "acl" and c.tag_ == "VBN" and _verb_kind(c)[0] == RELEASED
        and any(x.dep_ in ("agent", "prep", "npadvmod") for x in c.children)
        for c in noun.children)


def _in_a_destination(t) -> bool:
    """Is ``t`` the place of a "to X" (or a name set beside it: "to X, Y")? The parser hangs
    the next figure of "15 went to X, Y, 11 to Z" on that place."""
    while t.dep_ in ("appos", "conj") and t.head.i != t.i:
        t = t.head
    return t.dep_ == "pobj" and t.head.lower_ in cues.TOWARD_PREPS and _known_place(t)


def _gapped_transfer(row: dict, rows: list[dict], doc, ns) -> dict:
    """ "12 prisoners moved to X, 14 to Y": a figure whose verb is left out, counting what the
    transfer before it in its sentence counts, moved to its own place. Without such a
    transfer it stays as it was read."""
    num = _number_token(doc, ns)
    sent = num.sent
    prev = [r for r in rows if r["counted_class"] == "people" and r["kind"] == TRANSFERRED
            and sent.start_char <= r["start"] < row["start"]]
    if not prev:
        return row
    row.update(counted=prev[-1]["counted"], counted_class="people", kind=TRANSFERRED,
               destination=_destination(num, cues.TOWARD_PREPS), freed=prev[-1]["freed"])
    return row


def _restatement(row: dict, rows: list[dict], doc, with_kind: bool = True,
                 same_sentence: bool = False) -> dict | None:
    """What a restated figure counts, and its kind: those of the people figure just before
    it (in its sentence or the one before); without one it is no claim."""
    sent = doc.char_span(row["start"], row["end"], alignment_mode="expand")
    if sent is None:
        return None
    s = sent.root.sent
    floor = doc[s.start - 1].sent.start_char if s.start > 0 and not same_sentence else s.start_char
    prev = [r for r in rows if r["counted_class"] == "people"
            and floor <= r["start"] < row["start"]]
    if not prev:
        # "releasing a group of political prisoners ... put the figure at roughly 20": no
        # figure before, but the people it counts are named
        noun = _antecedent(sent.root)
        if noun is None:
            return row  # nothing to restate: the figure stays as it was read
        kind = _set_kind(noun)[0]
        words = [t for t in doc[noun.left_edge.i:noun.i + 1] if t.pos_ not in ("DET", "NUM")]
        row.update(counted="".join(t.text_with_ws for t in words).strip(),
                   counted_class="people",
                   kind=kind if with_kind and kind and row["kind"] == OTHER else row["kind"])
        return row
    last = prev[-1]
    row.update(counted=last["counted"], counted_class="people",
               kind=last["kind"] if with_kind and row["kind"] == OTHER else row["kind"],
               destination=row["destination"] or last["destination"])
    return row


def _one_still_held(num) -> bool:
    """ "Only one fisherman is still held", "one was still being held", "one student remains
    unaccounted for": the one left held is a count (other "one"s are references: "one of
    the ...", "one mother said")."""
    if num.dep_ == "nummod" and num.head.dep_ in ("nsubj", "nsubjpass"):
        v = num.head.head
    elif num.dep_ in ("nsubj", "nsubjpass"):
        v = num.head
    else:
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in num.children):
        return False  # "one of the girls is still held": a reference to one of a set
    only = num.i > 0 and num.doc[num.i - 1].lower_ in ("just", "only")
    # "one student remains unaccounted for": the one left
    return only or _lemma(v) == "remain" or any(c.dep_ == "advmod" and c.lower_ == "still"
                                                for c in v.children)


def _one_of_a_nationality(num) -> bool:
    """ "including one American", "the release of one American and two others": one person of
    a nationality is a count (not "one of the Americans", a reference)."""
    head = num.head
    if num.i >= 2 and num.doc[num.i - 1].text == "," and num.doc[num.i - 2].ent_type_ == "PERSON":
        return False  # "Ryan Tarvo, one American held by X": who the named man is
    return num.dep_ == "nummod" and head.i == num.i + 1 and head.text[:1].isupper() \
        and looks_like_demonym(head.text if head.text.endswith("s") else head.text + "s") \
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in num.children)


def _day_in_brackets(num) -> bool:
    """Is the figure a day of the month in brackets after a weekday or a part of the day
    ("last Friday (19)", "on Wednesday afternoon (24)", "this Thursday (25)")?"""
    doc, i = num.doc, num.i
    return (2 <= i < len(doc) - 1 and doc[i - 1].text == "(" and doc[i + 1].text == ")"
            and num.text.isdigit() and 1 <= int(num.text) <= 31
            and doc[i - 2].lower_ in cues.SAME_DAY_WORDS | cues.WEEKDAYS)


#: Just before a figure: "of", after the part counted first ("28 of 121", "five of the 40").
_OF_BEFORE = re.compile(r"\s+of\s+(?:the\s+)?$", re.I)
#: Counts without a number that a part can be ("dozens of the 300").
_ROUND_COUNTS = re.compile(r"(?:^|\s)(?:dozens|hundreds|thousands)$", re.I)


def _after_a_numbered_part(doc, ns) -> bool:
    """Is the figure the whole a part counted just before it is drawn from ("released 28 of
    121 students", the parser reading both numbers as one phrase)? What the verb does to the
    part, its object, it does not do to the whole ("14 of 57 pardoned Xs return home": the
    57 are the subject, pardoned all)."""
    before = doc.text[max(0, ns.start - 40):ns.start]
    of = _OF_BEFORE.search(before)
    if of is None:
        return False
    part = before[:of.start()]
    found = find_numbers(part)
    return bool(_ROUND_COUNTS.search(part)) or bool(
        found and found[-1].end == len(part) and found[-1].value > 1)  # not "one of the 40"


def _how_many_asked(num):
    """(kind, noun) of a "how many" question earlier in the figure's sentence that the
    bare figure answers ("how many Americans are still detained ..., though officials have
    mentioned at least nine"), or None when there is none or its verb tells no kind."""
    for t in num.sent:
        if t.i >= num.i:
            return None
        if t.lower_ == "how" and t.i + 1 < num.i and t.nbor().lower_ == "many" \
                and t.nbor().dep_ == "amod" and _is_people_noun(t.nbor().head):
            noun = t.nbor().head
            if noun.dep_ in ("nsubj", "nsubjpass", "dobj", "obj") \
                    and noun.head.pos_ in ("VERB", "AUX") and noun.head.i < num.i:
                k = _verb_kind(noun.head)[0]
                if k in (RELEASED, REMAINING, TRANSFERRED):
                    return k, noun
            return None
    return None


def _a_rate(num, noun) -> bool:
    """Is the figure counted per something ("30 prisoners for each civilian", "50 for every
    soldier", "100 per day")? The words right after the counted phrase say so."""
    doc = num.doc
    i = max(num.i, noun.i if noun is not None else -1) + 1
    nxt = [t.lower_ for t in doc[i:i + 2]]
    return bool(nxt) and (nxt[0] == "per" or nxt[:1] == ["for"] and nxt[1:] in (["each"],
                                                                               ["every"]))


def _will_stay(v) -> bool:
    """Is ``v`` "remain" or "stay" under "will" or "would" ("200 others would remain in
    custody")? People who will stay held are held now: a count held, not a plan."""
    return v is not None and _lemma(v) in ("remain", "stay") and any(
        c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in v.children)


def _are_to_stay(noun) -> bool:
    """Are the counted people "to stay" or "to remain" ("the remaining nine are to stay put
    as divers refill their tanks")? People who are to stay held are held now."""
    v = noun.head if noun is not None else None
    return v is not None and noun.dep_ in ("nsubj", "nsubjpass") and _lemma(v) == "be" \
        and any(c.dep_ == "xcomp" and _lemma(c) in ("remain", "stay") and _infinitive(c)
                for c in v.children)


def _year_of_a_date(doc, ns) -> bool:
    """Does a year-like figure end a date ("May 1, 2016", "1 May 2016"), whatever follows?"""
    before = doc.text[max(0, ns.start - 16):ns.start].lower().split()
    return len(before) >= 2 and (
        (before[-2].strip(".") + "." in cues.MONTH_WORDS or before[-2] in cues.MONTH_WORDS)
        and before[-1].rstrip(",").isdigit()
        or before[-1].rstrip(",") in cues.MONTH_WORDS and before[-2].isdigit())


def _in_a_group_name(num) -> bool:
    """Is a number word capitalised mid-sentence just after a place's or a people's name part
    of a group's name ("the Bali Nine members", "Five freed Bali Nine members")? Not a
    headline's "Iran Frees Three Hostages", where a verb comes before it."""
    if not num.is_alpha or not num.is_title or num.i == 0:
        return False
    prev = num.doc[num.i - 1]  # (the parser may start a sentence at the number of a headline)
    # (whatever the tagger calls the name: '"Cuban Five,"' in quotes may get no entity at all)
    return prev.is_title and "\n" not in prev.whitespace_ \
        and bool(country_of(prev.text) or demonym_country(prev.text))


def _in_a_named_gang(num) -> bool:
    """Is a figure in digits the first word of a group's name ("the 400 Mawozo gang", "a gang
    known as 400 Mawozo"): a name the tagger takes for a person's or an organisation's right
    after it, that names no people, on the name itself or on a noun of an armed group?"""
    if not num.like_num or not num.text[:1].isdigit() or num.i + 1 >= len(num.doc):
        return False
    name = num.doc[num.i + 1]
    if name.pos_ != "PROPN" or name.ent_type_ in ("GPE", "NORP", "LOC", "FAC") \
            or _is_people_noun(name) or country_of(name.text) or demonym_country(name.text):
        return False
    head = num.head
    if head.i == name.i:
        return name.ent_type_ in ("PERSON", "ORG")  # "a gang known as 400 Mawozo"
    return _lemma(head) in cues.ARMED_GROUP_NOUNS and name.head.i == head.i


#: Just before a figure: "not", after another figure ("78 students, not 79 as earlier
#: reported", "137 not 287 pupils"): the text sets the figure aside for the one before it.
_CORRECTED = re.compile(r"\d[\d,.]*(?:\s+[a-z]+){0,2}\s*,?\s*not\s+(?:the\s+)?$")
#: Before a figure set aside: "(not ", ", not ", "and not ".
_NOT_BEFORE = re.compile(r"(?:\(|,|\band|\bbut)\s*not\s+(?:the\s+)?$", re.I)
#: After it: told as what was reported before ("as originally reported", "as earlier said").
_AS_REPORTED = re.compile(r"^(?:\s+[\w'’-]+){0,3}?\s+as\s+(?:[\w'’-]+\s+){0,2}?(?:reported|said|"
                          r"stated|announced|claimed|thought|believed|feared)\b", re.I)


def _figure_corrected(doc, ns, num) -> bool:
    """Is the figure one the text corrects ("78 students, not 79 as earlier reported, had
    been released", "the governor said 137 not 287 pupils were kidnapped")? It is no
    source's figure of anything."""
    before = doc.text[num.sent.start_char:ns.start]
    if _CORRECTED.search(before[-60:]):
        return True
    # "10 were released, and not 12 as first reported", "ten released (not 12 as
    # originally reported)": the figure set aside is told as an earlier report
    return bool(_NOT_BEFORE.search(before[-20:])
                and _AS_REPORTED.match(doc.text[ns.end:ns.end + 80]))


def _set_of_a_part(num, noun) -> bool:
    """Is ``noun`` the set a figure before it is a part of ("Fifteen of Chile’s 33 trapped
    miners"), the parser having hung the set beside the part rather than under its "of"?
    Not a set its own words say was freed ("one of 222 prisoners released at dawn")."""
    # (a set the parser hangs under the "of" keeps the kind the clean reading gives it)
    return num.head.i == noun.i and _modifier_kind([noun])[0] not in (RELEASED, TRANSFERRED) \
        and not (noun.dep_ == "pobj" and noun.head.lower_ == "of") \
        and any(t.i < num.i and t.like_num and t.lower_ not in ("one", "1")
                and (o := _of_object(t)) is not None and o.i == noun.i for t in num.sent)


def _whole_of_what_is_left(num) -> bool:
    """Is the figure the group that what is left came from ("96 migrants, the only ones
    left of a group of 1,200 people the government sent back", "the rest of a group of
    40")? Whatever its own clause says, it is the set, not people freed, moved or held."""
    t = num.head if num.dep_ == "nummod" else num
    for _ in range(3):
        if t.dep_ != "pobj" or t.head.lower_ != "of":
            return False
        owner = t.head.head
        if _lemma(owner) in ("leave", "remain") or owner.lower_ in cues.REST_NOUNS \
                or owner.lower_ == "remaining":
            return True
        if _lemma(owner) not in ("group", "batch", "total", "set"):
            return False
        t = owner
    return False


def _set_under_its_of(noun) -> bool:
    """Is ``noun`` the set, under "of", that a figure before it is a part of ("fewer than 100
    of the nearly 4,000 inmates remained"), its own words saying nothing of what became of
    it? The verb tells the part's fate, not the set's."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    part = noun.head.head
    return part.like_num and part.pos_ == "NUM" and _modifier_kind([noun])[0] is None


def _claim(doc, article_id: str, ns: NumberSpan) -> dict | None:
    num = _number_token(doc, ns)
    if num is None:
        return None
    noun, h, counted, _partitive = _counted(num, ns)
    cls = _class(ns, noun)
    restates = (not ns.unit and not ns.year_like and (
        "gapped" if _gapped(num) else noun is None and _restated(num)))
    if ns.year_like and (cls != "people" or _year_of_a_date(doc, ns)):
        return None  # ("on May 1, 2016 Xian sailors get off a plane": a caption's date)
    if num.ent_type_ in ("DATE", "TIME", "ORDINAL") and cls != "people" and not restates:
        return None
    if noun is not None and noun.lower_ in {"years", "days", "months", "weeks", "decades",
                                            "hours"}:
        return None
    if _day_in_brackets(num):
        return None  # "last Friday (19)": the day of the month, as some outlets write it
    if _in_a_group_name(num):
        return None  # "the Bali Nine members", "the Cuban Five": a name, not a count
    if _in_a_named_gang(num):
        return None  # "the 400 Mawozo gang": a name, not a count
    word_one = ns.value == 1 and not ns.expression[-1:].isdigit()
    floor = word_one and ns.qualifier == "at_least" and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in num.children)  # not "at least one of"
    national = word_one and _one_of_a_nationality(num)
    if word_one and not (_one_still_held(num) or floor or national):
        # "one of the ...", "one mother said": a reference, not a figure ("at least one
        # American was released" is one: a floor on a count)
        return None
    if ns.hedge in ("under", "over", "above", "below") and num.i > 1:
        before = doc[num.i - 2] if doc[num.i - 1].lower_ == ns.hedge else None
        if before is not None and before.pos_ == "NOUN" and _is_people_noun(before) \
                and not (num.dep_ == "nummod" and num.head.pos_ == "NOUN"):
            return None  # "children under 5", "people over 65": an age bound
    if ns.hedge in PARTICLE_HEDGES and any(
            (t.dep_ == "prt" or (t.i and _misread_particle(doc[t.i - 1]) is not None))
            and t.lower_ == ns.hedge
            for t in doc.char_span(ns.start, ns.num_start, alignment_mode="expand") or []):
        # "handed over 13 hostages": a verb's particle, not a hedge
        ns.qualifier, ns.hedge, ns.start = "exact", None, ns.num_start
        ns.low, ns.high = interval(ns.value, "exact")
        ns.expression = doc.text[ns.start:ns.end]
    kind, cue_v = _kind(num, noun, h, cls)
    if _figure_corrected(doc, ns, num):
        kind = OTHER  # "78 students, not 79 as earlier reported, were freed": set aside
    elif _a_rate(num, noun):
        kind = OTHER  # "freeing 30 prisoners for each civilian": a ratio, not a count
    elif noun is not None and _set_of_a_part(num, noun):
        kind = OTHER  # "Fifteen of Chile’s 33 trapped miners were freed": the 33 are the set
    elif _whole_of_what_is_left(num):
        kind = OTHER  # "the only ones left of a group of 1,200 ...": the set, not a count
    elif _set_with_a_part_read_as_a_bound(num) and (noun is None or _modifier_kind(
            [noun])[0] not in (RELEASED, TRANSFERRED)):
        # "Only 344 of 500 students were freed": the 500 are the set (not "14 of 57 Xs
        # pardoned in Y", a set its own words say was freed)
        kind = OTHER
    elif noun is not None and kind == REMAINING and num.head.i == noun.i \
            and _set_under_its_of(noun):
        kind = OTHER  # "fewer than 100 of the nearly 4,000 inmates remained": not all 4,000
    if kind != OTHER and _ELSEWHERE.match(num.sent.text):
        kind = OTHER  # "Meanwhile, elsewhere police said 15 students were freed": not the story
    elif kind != OTHER and noun is not None and _set_sized_by_a_headcount(num, noun):
        kind = OTHER  # "Seven of the ship's 23-man crew were released": the 23 are the set
    if kind == REMAINING and cue_v is not None and _past_life_in_captivity(cue_v):
        kind = OTHER  # "all 16 hostages were treated well in captivity": then, not now
    if word_one and kind != REMAINING and not floor and not (
            national and kind in (RELEASED, FOREIGN_NATIONALS, TRANSFERRED)):
        return None
    if kind in (RELEASED, TRANSFERRED) and _after_a_numbered_part(doc, ns) \
            and noun is not None and noun.dep_ in ("dobj", "obj") \
            and _modifier_kind([noun])[0] not in (RELEASED, TRANSFERRED):
        kind = OTHER  # "released 28 of 121 students they abducted": not all 121 were freed
    asked = _how_many_asked(num) if noun is None and kind == OTHER else None
    if asked is not None:
        # "unclear how many Americans are still detained, though officials mentioned at
        # least nine": the figure answers the question, and counts what it asks about
        kind, counted, cls = asked[0], asked[1].text, "people"
    if _fronted_set(num) and (kind == REMAINING or not _fronted_verb(num)):
        # "Out of the eight imprisoned in X, seven returned", "Of the 900 others, 300 ...":
        # the set, not a count held or a figure of the main clause's kind
        kind = OTHER
    if ns.unit in ("money", "weight"):
        kind = OTHER  # "demanded ₹500 crore as ransom": a price or a weight, never people
    if ns.unit:  # money, percent, weight: the unit word is what is counted
        unit_word = re.match(r"\s*([^\W\d]+|%)", doc.text[ns.num_end:ns.num_end + 30])
        counted = unit_word.group(1) if unit_word else None
        # "11.9 billion Iraqi dinars": the currency, not the country
        counted = named_currency(doc.text[ns.num_end:ns.num_end + 40]) or counted
    sp = _as_speaker(num) or _attribution(num)
    dest = _destination(cue_v) if kind == TRANSFERRED else _destination(
        cue_v, cues.TOWARD_PREPS) if kind in (RELEASED, FOREIGN_NATIONALS) else None
    landed = _landed_at(cue_v) if dest is None and kind in (RELEASED, FOREIGN_NATIONALS) \
        else None
    dest = dest if landed is None else landed  # "pardoned on arrival in X": freed, there
    if dest is None and kind == TRANSFERRED:
        _, mv, _ = _modifier_kind([noun, h] if noun is not None else [h])
        dest = _destination(mv)
    if dest is None and kind == TRANSFERRED:
        dest = _home_of(cue_v, noun)
    if dest is None and kind == TRANSFERRED and (
            _both_sides_received(cue_v) or _given_back(cue_v)
            or (_called_freed(noun if noun is not None else h)
                and not _goes_to_someone(cue_v))):
        # "both sides received 390 people": what each side freed; "1,056 freed detainees
        # returned home": people freed who went to no place at all are the release (not
        # "the 40 freed passengers were handed over to the authorities")
        kind = RELEASED
    # "freed the 39 and buses took them into X": freed, then moved there (the story step
    # reads a release with a place as a transfer of people freed first)
    then = (_moved_them(cue_v, _climb(h)) or _moved_after(cue_v, _climb(h))
            or _free_there(cue_v)) if dest is None and kind == RELEASED else None
    if then is not None:
        dest = _destination(then)
    sent = num.sent
    group = _part_of(num)
    return {
        "claim_id": claim_id_for(article_id, ns.start, ns.end),
        "article_id": article_id, "value": float(ns.value), "low": ns.low, "high": ns.high,
        "qualifier": ns.qualifier, "counted": counted, "counted_class": cls, "kind": kind,
        "attribution": sp[0] if sp else None, "attribution_entity_id": None,
        "destination": dest, "sentence": sent.text.strip(), "start": ns.start, "end": ns.end,
        "expression": ns.expression, "vague": ns.vague, "when": _time_phrase(cue_v, num)[0],
        "attribution_start": sp[1] if sp else None, "attribution_end": sp[2] if sp else None,
        "attribution_anchors": [list(a) for a in sp[3]] if sp else None,
        "restates": restates, "subset": _is_subset(num, h),
        # a call for a release is itself the fact ("called for two others to be released")
        "prospective": kind != DEMANDED and _prospective(num) and not (kind == REMAINING and (
            _held_still(noun) or _will_stay(cue_v) or _are_to_stay(noun)
            or _called_remaining(noun))) and not (kind == RELEASED
                                                  and _freed_participle(noun)),
        "freed": (kind == TRANSFERRED and (_freed_first(cue_v) or _named_freed(noun)))
        or then is not None or landed is not None or _released_into(kind, cue_v, num),
        "by_noun": kind == REMAINING and cue_v is None,
        "nominal": kind == TRANSFERRED and cue_v is not None and cue_v.pos_ == "NOUN",
        "breakdown_of": (group.idx, noun is not None and num.dep_ == "nummod"
                         and num.head.i == noun.i) if group is not None else None,
        "each_side": _each_side(cue_v, noun) if kind == RELEASED or (
            kind == TRANSFERRED and dest is None) else None,
        "besides_earlier": kind in (RELEASED, TRANSFERRED) and _besides_one_freed(num, noun),
    }
