"""The registry of claim kinds: what each kind of figure is called, which words cue it, how
it ranks against the others, where it is shown, and whether it is tied to a date.

One place to add or change a kind. Claims (:mod:`analysis.extraction.claims.word_kind` and
the rules beside it) read its verbs, nouns, phrases and modifiers; agreement reads which
kinds are told apart by their time phrase; the summaries and charts read the display order
and labels.

A kind with cue words is found wherever those words govern a counted phrase; when several
kinds are cued at the same level, the lower ``precedence`` wins. Kinds without a precedence
are not cued by words: a rule of the extractor derives them (``earlier_release`` is a
release with an earlier time phrase; ``foreign_nationals`` a release of people named by
their citizenship; ``other`` everything else).

Words are lemmas (what spaCy's lemmatiser gives: "freed" → "free", "taken" → "take").
General English only — no names, places or figures from any story.

To try another registry (a test adding a kind), wrap the work in ``with kinds.use(reg):``.
"""
from __future__ import annotations

import contextlib
import functools
from dataclasses import dataclass, field

RELEASED = "released"
TRANSFERRED = "transferred"
REMAINING = "remaining"
DEMANDED = "demanded"
EARLIER_RELEASE = "earlier_release"
FOREIGN_NATIONALS = "foreign_nationals"
OTHER = "other"


@dataclass(frozen=True)
class Kind:
    """One kind of figure."""

    name: str
    label: str
    #: verbs (lemmas) that cue the kind when they govern the counted phrase
    verbs: frozenset = frozenset()
    #: event nouns that govern a number through "of" ("the release of 123")
    nouns: frozenset = frozenset()
    #: (verb, particle / object / preposition) pairs, and (preposition, object) pairs
    phrases: frozenset = frozenset()
    #: adjectives / participles on the counted noun ("freed prisoners")
    modifiers: frozenset = frozenset()
    #: nouns that name people by what happened to them ("deportees", "returnees")
    people: frozenset = frozenset()
    #: rank when several kinds are cued at once (lower wins); None: not cued by words
    precedence: int | None = None
    #: groups of this kind are told apart by their time phrase ("in June" vs "in May")
    timed: bool = False
    #: an event on a day: two different days are two events (two releases)
    dated: bool = False
    #: the kind moves people: a class among them ("709 fighters") is a part of those moved
    moves: bool = False
    #: the kind sends people somewhere: the destination is part of the quantity
    destination: bool = False
    #: the quantity is itself a subset (a nationality among those freed): a nationality or
    #: partitive does not make it a part
    subset: bool = False
    description: str = ""


@dataclass(frozen=True)
class Registry:
    """Kinds in display order."""

    kinds: tuple[Kind, ...]
    _by_name: dict = field(default_factory=dict, compare=False, hash=False, repr=False)

    def __post_init__(self):
        names = [k.name for k in self.kinds]
        if len(set(names)) != len(names):
            raise ValueError(f"a kind is registered twice: {names}")
        self._by_name.update({k.name: k for k in self.kinds})

    def names(self) -> list[str]:
        return [k.name for k in self.kinds]

    def get(self, name: str) -> Kind | None:
        return self._by_name.get(name)

    def with_kind(self, kind: Kind, before: str | None = None) -> Registry:
        """A copy with ``kind`` added (shown before ``before``, else last but ``other``)."""
        ks = list(self.kinds)
        at = next((i for i, k in enumerate(ks) if k.name == (before or OTHER)), len(ks))
        return Registry(tuple(ks[:at] + [kind] + ks[at:]))


DEFAULT = Registry((
    Kind(RELEASED, "released", precedence=40, description="people freed in the story's event",
         dated=True, moves=True,
         verbs=frozenset({"release", "free", "pardon", "liberate", "amnesty", "unshackle",
                          "unchain", "discharge",
                          "exile", "banish", "parole", "exchange", "swap", "trade", "rescue",
                          "spare", "acquit", "extricate", "resurface",
                          "exonerate", "extract"}),
         nouns=frozenset({"release", "freedom", "pardon", "liberation", "amnesty", "exchange",
                          "swap",
                          "freeing", "rescue", "exile", "discharge", "clemency",
                          # a prison break: "a breakout of 4,000 prisoners"
                          "escape", "breakout", "jailbreak"}),
         phrases=frozenset({("let", "go"), ("set", "free"), ("set", "loose"), ("grant", "freedom"),
                            ("grant", "pardon"), ("grant", "amnesty"), ("grant", "release"),
                            ("walk", "free"), ("go", "free"), ("push", "exile"),
                            ("force", "exile"), ("send", "exile"),
                            ("into", "exile"), ("to", "exile"), ("for", "exile"),
                            ("win", "freedom"), ("gain", "freedom"), ("into", "freedom"),
                            ("to", "freedom"),
                            ("regain", "freedom"), ("grant", "clemency"),
                            ("give", "pardon"), ("give", "amnesty"), ("give", "clemency"),
                            ("give", "freedom"), ("award", "pardon"), ("award", "amnesty"),
                            ("issue", "pardon"), ("issue", "amnesty"), ("issue", "clemency"),
                            ("trade", "for"), ("find", "freedom"), ("escape", "from"),
                            ("return", "family"), ("reunite", "family"), ("join", "family"),
                            ("welcome", "home"),
                            ("find", "safe"), ("find", "alive"), ("find", "unharmed"),
                            ("locate", "safe"), ("locate", "alive"), ("locate", "unharmed"),
                            # a rescue from under ground: "returned to the surface"
                            ("return", "surface"), ("reach", "surface"), ("come", "surface")}),
         modifiers=frozenset({"free", "freed", "release", "released", "pardon", "pardoned",
                              "liberate",
                              "liberated", "exile", "exiled"})),
    # Movement verbs that need a destination ("taken to X") are cues.MOVE_VERBS.
    Kind(TRANSFERRED, "transferred", precedence=30, dated=True, moves=True, destination=True,
         description="people moved or handed over to a place or a receiving body",
         verbs=frozenset({"transfer", "transport", "relocate", "evacuate", "deport", "expel",
                          "repatriate", "extradite", "airlift", "resettle", "arrive", "receive",
                          "hand", "deliver", "ferry", "escort", "bus", "remove"}),
         nouns=frozenset({"transfer", "handover", "receipt", "arrival", "repatriation",
                          "deportation",
                          "relocation", "evacuation", "extradition", "expulsion", "transport"}),
         phrases=frozenset({("hand", "over"), ("hand", "to"), ("turn", "over"), ("bring", "to"),
                            ("cross", "into"),
                            ("cross", "border"), ("take", "across"), ("bring", "home"),
                            ("fly", "home"),
                            ("send", "home"), ("ship", "home"), ("come", "home"),
                            ("return", "home"),
                            ("go", "home"), ("send", "back"), ("hand", "back"), ("give", "back"),
                            ("turn", "back"),
                            ("fly", "back"), ("bring", "back"), ("come", "back"),
                            ("cross", "back"),
                            ("ship", "back"), ("cross", "line"), ("cross", "frontier")}),
         modifiers=frozenset({"returned", "repatriated", "deported", "transferred", "evacuated",
                              "expelled", "extradited", "exchanged-back"}),
         people=frozenset({"deportee", "deportees", "returnee", "returnees", "evacuee", "evacuees",
                           "repatriate", "repatriates"})),
    Kind(REMAINING, "remaining", precedence=20, description="people still held",
         verbs=frozenset({"remain", "stay", "languish", "linger", "await"}),
         # (a preposition, the place or state of holding it governs, as a lemma: "behind
         # bars" is read as "bar")
         phrases=frozenset({("behind", "bars"), ("behind", "bar"), ("in", "custody"),
                            ("in", "prison"), ("in", "jail"), ("in", "gaol"),
                            ("in", "penitentiary"), ("in", "cell"), ("in", "colony"),
                            ("in", "detention"), ("in", "captivity"), ("still", "hold"),
                            ("still", "detain"), ("still", "imprison"), ("still", "jail"),
                            # "two students are still with the kidnappers"
                            ("with", "kidnapper"), ("with", "captor"), ("with", "abductor"),
                            ("under", "captor"), ("under", "kidnapper")}),
         modifiers=frozenset({"remaining", "remain", "still-jailed", "jailed", "imprisoned",
                              "detained",
                              "held", "incarcerated", "captive", "behind-bars"})),
    Kind(DEMANDED, "demanded", precedence=10, description="people whose release is called for",
         verbs=frozenset({"demand", "urge", "seek", "request", "insist", "lobby", "plead",
                          "petition",
                          "want"}),
         nouns=frozenset({"demand", "call", "appeal", "request", "petition", "ultimatum"}),
         phrases=frozenset({("call", "for"), ("ask", "for"), ("press", "for"), ("push", "for"),
                            ("appeal", "for"), ("campaign", "for"), ("call", "on"),
                            ("lobby", "for")})),
    Kind(EARLIER_RELEASE, "earlier release", timed=True, moves=True,
         description="a release other than the story's own: before it (an earlier time "
         "phrase) or in a separate incident"),
    Kind(FOREIGN_NATIONALS, "foreign nationals", subset=True,
         description="people freed, named by their citizenship ('three Poles', 'foreign "
         "nationals')"),
    Kind(OTHER, "other", description="any other count of people"),
))

_ACTIVE: list[Registry] = [DEFAULT]


def registry() -> Registry:
    """The registry in use."""
    return _ACTIVE[-1]


@contextlib.contextmanager
def use(reg: Registry):
    """Use ``reg`` instead of the default inside the ``with`` block."""
    _ACTIVE.append(reg)
    try:
        yield reg
    finally:
        _ACTIVE.pop()


def names() -> list[str]:
    return [k.name for k in registry().kinds]


def display_order() -> list[str]:
    """Kind names in the order reports show them."""
    return names()


def label(name) -> str:
    k = registry().get(name) if isinstance(name, str) else None
    return k.label if k is not None else (str(name) if name is not None else OTHER)


def timed() -> set[str]:
    """Kinds whose groups are told apart by their time phrase."""
    return {k.name for k in registry().kinds if k.timed}


def dated() -> set[str]:
    """Kinds that are events on a day (two days: two events)."""
    return {k.name for k in registry().kinds if k.dated}


def moving() -> set[str]:
    """Kinds that move people (a class among them is a part of those moved)."""
    return {k.name for k in registry().kinds if k.moves}


def with_destination() -> set[str]:
    """Kinds whose destination is part of the quantity."""
    return {k.name for k in registry().kinds if k.destination}


def subsets() -> set[str]:
    """Kinds whose quantity is itself a subset."""
    return {k.name for k in registry().kinds if k.subset}


def cued() -> list[Kind]:
    """Kinds cued by words, highest precedence first."""
    return _cued(registry())


@functools.lru_cache(maxsize=8)
def _cued(reg: Registry) -> list[Kind]:
    return sorted((k for k in reg.kinds if k.precedence is not None), key=lambda k: k.precedence)


def rank(name: str) -> int:
    """Precedence of a kind (lower wins); kinds not cued by words rank last."""
    k = registry().get(name)
    return k.precedence if k is not None and k.precedence is not None else 10**6


def _cues(name: str, attr: str) -> frozenset:
    """One set of cue words of kind ``name`` (empty for a kind not registered)."""
    k = registry().get(name)
    return getattr(k, attr) if k is not None else frozenset()


def verbs(name: str) -> frozenset:
    return _cues(name, "verbs")


def nouns(name: str) -> frozenset:
    return _cues(name, "nouns")


def phrases(name: str) -> frozenset:
    return _cues(name, "phrases")


def modifiers(name: str) -> frozenset:
    return _cues(name, "modifiers")


def inflections(verb: str) -> set[str]:
    """Surface forms of a verb, for title-case headlines the tagger misreads ("Frees")."""
    stem = verb[:-1] if verb.endswith("e") else verb
    forms = {verb, verb + "s", verb + "es", stem + "ed", stem + "ing", verb + "d"}
    if verb.endswith("y"):
        forms |= {verb[:-1] + "ies", verb[:-1] + "ied"}
    return forms


def verb_forms() -> dict[str, str]:
    """Surface form → kind, for every cue verb of the registry (first kind in display order)."""
    return _verb_forms(registry())


@functools.lru_cache(maxsize=8)
def _verb_forms(reg: Registry) -> dict[str, str]:
    out: dict[str, str] = {}
    for k in reg.kinds:
        for v in sorted(k.verbs):
            for f in inflections(v):
                out.setdefault(f, k.name)
    return out
