"""Number parsing: digits, words, hedges, intervals, units and what is not a quantity."""
import pytest

from analysis.extraction.numbers import find_numbers, interval, without_numeral_echoes


def one(text):
    found = find_numbers(text)
    assert len(found) == 1, [n.expression for n in found]
    return found[0]


@pytest.mark.parametrize("text, value", [
    ("rescuers reached 3,482 families", 3482),
    ("a budget of 7.25 million", 7_250_000),
    ("twenty-three sailors", 23),
    ("one hundred and six pilgrims", 106),
    ("Six-hundred-and-seventy-one pilgrims", 671),
    ("“Four-hundred-and-twelve are back home,” she said", 412),
    ("nine-hundred-and-three miners", 903),
    ("Thirty-eight miners", 38),
    ("a dozen monks", 12),
    ("eleven nurses", 11),
])
def test_values_from_digits_and_words(text, value):
    assert one(text).value == value


@pytest.mark.parametrize("text, qualifier, low, high", [
    ("at least 615 migrants", "at_least", 615, None),
    ("more than 2,400 voters", "more_than", 2401, None),
    ("over 90 tourists", "more_than", 91, None),
    ("as many as 800 troops", "up_to", None, 800),
    ("up to 65 passengers", "up_to", None, 65),
    ("fewer than 40 hostages", "fewer_than", None, 39),
    ("some 300 refugees", "about", 270, 330),
    ("around 50 students", "about", 45, 55),
    ("nearly 200 doctors", "about", 180, 200),
    ("1,000 or more pilgrims", "at_least", 1000, None),
    ("exactly 77 miners", "exact", 77, 77),
    ("a maximum estimate of 31,000 people", "up_to", None, 31000),
    # a hedge word joined by a hyphen
    ("20-odd prisoners", "about", 18, 22),
    ("40-plus workers", "at_least", 40, None),
])
def test_hedges_become_intervals(text, qualifier, low, high):
    n = one(text)
    assert n.qualifier == qualifier
    assert (n.low, n.high) == (low, high)
    assert n.expression.lower().startswith(text.split()[0].lower()) or qualifier in ("exact",
                                                                                     "at_least")


def test_vague_plurals_count_one_unit_at_least():
    n = one("hundreds of fishermen were stranded")
    assert (n.value, n.qualifier, n.low, n.high, n.vague) == (100, "at_least", 100, None, True)
    n = one("dozens of teachers")
    assert (n.value, n.qualifier, n.vague) == (12, "at_least", True)
    # a bare plural with no "of" is not a figure
    assert find_numbers("they came in their thousands") == []


@pytest.mark.parametrize("text", [
    "the ceasefire began in 1998",            # a year
    "the 3rd convoy left",                    # ordinal
    "his fifth term",                         # ordinal word
    "talks resumed at 14:30 GMT",             # time
    "arrived at 9 a.m.",                      # time
    "call +44 20 7946 0958 for details",      # phone
    "signed on 12 April",                     # date
    "on April 12 the gates opened",           # date
    "she spent 11 years in jail",             # duration
    "for three decades",                      # duration
    "a 45-year-old engineer",                 # age
    "The engineer, 58, was freed",            # age in apposition
    "the freed men – Tom Ash, 31, and Al Bo, 24 – rested",  # age before a dash
    "The release includes Tom Ash, 31, and Al Bo, 54.",  # age after a name, ending a sentence
    "aged 33, he fled",                       # age
    "the best-known prisoner, Ann Lee (61), was freed",  # age in brackets after a name
    "the oldest of the freed captives is 59",  # the age of the oldest
    "the students, aged 11 and 17, were held",  # the second of two ages
    "the girls, aged 9, 12 and 15, were freed",  # the later ages of a list
    "a girl who turned four last week",       # an age reached
    "she turns 18 on Monday",                 # an age reached
    "freed on March 3 and 9 after talks",     # the second of two days of one month
    "freed on 3 and 9 March after talks",     # the first of two days before the month
    "won the match 3-1",                      # score
    "see page 4",                             # page furniture
    "©2024 Example Media",                    # copyright
    "harbour-rescues-212-sailors-off-coast",  # URL slug
])
def test_not_quantities(text):
    assert [n for n in find_numbers(text) if not n.year_like] == []


def test_years_are_flagged_not_dropped():
    (n,) = find_numbers("in 1998")
    assert n.year_like
    (n,) = find_numbers("some 1,998 ballots")
    assert not n.year_like


@pytest.mark.parametrize("text, unit", [
    ("a ransom of $4 million", "money"),
    ("fines of 300 euros", "money"),
    ("turnout was 62%", "percent"),
    ("about 15 percent of them", "percent"),
    ("seized 80 kg of cocaine", "weight"),
    ("freed 80 fishermen", None),
    # a country's name before its currency
    ("recovered 11.9 billion Dorvalian dinars", "money"),
    ("paid 76,100 Saudi riyals", "money"),
    ("paid 700 million Syrian pounds", "money"),
    ("freed 40 Iraqi prisoners", None),
])
def test_units(text, unit):
    assert one(text).unit == unit


def test_interval_about_band_and_exact():
    assert interval(100.0, "about") == (90.0, 110.0)
    assert interval(7.0, "exact") == (7.0, 7.0)
    assert interval(2.5, "more_than") == (2.5, None)


def test_offsets_cover_the_hedge():
    text = "Officials said at least 615 migrants landed."
    n = one(text)
    assert text[n.start:n.end] == "at least 615"
    assert text[n.num_start:n.num_end] == "615"


def test_odd_input_never_raises():
    assert find_numbers("") == []
    assert find_numbers(None) == []  # type: ignore[arg-type]
    find_numbers("1" * 500 + " ,,, --- 3..4.5,,6")


def test_a_hundred_and_a_million():
    assert one("a million voters").value == 1_000_000
    assert one("a hundred nurses").value == 100


@pytest.mark.parametrize("text, value, expression", [
    ("half a million people were detained", 500_000, "half a million"),
    ("a quarter of a million refugees", 250_000, "a quarter of a million"),
    ("one and a half million voters", 1_500_000, "one and a half million"),
    ("more than half a million people", 500_000, "more than half a million"),
])
def test_fractions_of_a_million_are_not_a_million(text, value, expression):
    n = one(text)
    assert n.value == value and n.expression == expression


@pytest.mark.parametrize("text, low, high", [
    ("between 300 and 400 prisoners", 300, 400),
    ("some 120 to 150 migrants", 120, 150),
    ("1,200-1,500 workers", 1200, 1500),
    ("a total of 2,600 or 2,800 detainees", 2600, 2800),
    ("20 or 25 fishermen", 20, 25),
])
def test_ranges_are_one_figure(text, low, high):
    n = one(text)
    assert (n.value, n.qualifier, n.low, n.high) == (low, "at_least", low, high)


@pytest.mark.parametrize("text", ["won 3-1", "from 2019 to 2021", "10-15 years", "on 12-14 May",
                                  "call 555-1234"])
def test_not_ranges(text):
    assert [n for n in find_numbers(text) if not n.year_like] == []


@pytest.mark.parametrize("text, values", [
    ("they freed 7 Poles or 61 Latvians", [7, 61]),   # two nouns: two figures
    ("60 or 45 sailors", [60, 45]),                   # falling: no range
    ("in 2021 or 2022", [2021, 2022]),                # two years
])
def test_alternatives_that_are_not_a_range(text, values):
    found = find_numbers(text)
    assert [n.value for n in found] == values
    assert all(n.hedge != "range" for n in found)


@pytest.mark.parametrize("text, value", [
    ("three dozen miners", 36),
    ("about 4 dozen passengers", 48),
])
def test_a_number_of_dozens_multiplies(text, value):
    assert one(text).value == value


@pytest.mark.parametrize("text", [
    "The cadets, aged between 17 and 19, were sent home.",
    "Volunteers aged 20 to 35 were recruited.",
])
def test_an_age_range_is_no_figure(text):
    assert find_numbers(text) == []


@pytest.mark.parametrize("text, value", [
    ("The tanker's 29-strong crew was freed.", 29),
    ("A 12-man team arrived.", 12),
    ("A 1,000-strong force crossed.", 1000),
])
def test_a_headcount_joined_by_a_hyphen_is_a_figure(text, value):
    assert one(text).value == value


def test_a_member_group_described_by_a_word_or_two_is_a_headcount():
    assert one("The rebels freed the 21-member merchant crew of the tanker.").value == 21
    assert one("A 9-member Red Cross team arrived.").value == 9
    # the group word must come before any "of": the board's seats are no headcount
    assert find_numbers("The 40-member board of the charity met.") == []


@pytest.mark.parametrize("text, want", [
    ("Police freed all seventeen (17) hostages.", "Police freed all seventeen hostages."),
    ("It released three [3] nurses and twenty-one (21) miners.",
     "It released three nurses and twenty-one miners."),
    # another figure in the brackets is not an echo, nor are brackets after a word
    ("It freed three (4) men in the (1) case.", "It freed three (4) men in the (1) case."),
])
def test_digits_repeating_a_figure_in_words_are_dropped(text, want):
    assert without_numeral_echoes(text) == want
    assert [n.value for n in find_numbers(without_numeral_echoes(text))] == \
        [n.value for n in find_numbers(want)]


@pytest.mark.parametrize("text", [
    "The 19-member council met.",
    "A four-nation panel was formed.",
    "One in four pupils was absent.",
])
def test_size_modifiers_and_ratios_are_not_figures(text):
    assert [n.value for n in find_numbers(text) if n.value != 1] == []


def test_a_wire_version_before_a_headline_is_no_figure():
    found = find_numbers("UPDATE 2-Rebels free 31 hostages after talks")
    assert [n.value for n in found] == [31]
    # a figure after "update" in running text is still one
    assert [n.value for n in find_numbers("an update: 12 were freed")] == [12]


def test_hyphened_and_joins_number_words_only_into_one_number():
    # a run that does not read as one number is not cut down to its first word
    assert find_numbers("a six-and-nine split") == []
    # a hyphened run that is a slug, not a number, is still no figure
    assert find_numbers("read more at site.org/two-hundred-and-nine-rescued") == []


@pytest.mark.parametrize("text, value", [
    ("granted amnesty to over 4 000 convicts", 4000),
    ("amnesty to 4 270 inmates last year", 4270),
    ("freed 1\u00a0200 prisoners", 1200),
    ("about 12\u202f500 detainees", 12500),
])
def test_thousands_grouped_by_spaces(text, value):
    assert one(text).value == value


@pytest.mark.parametrize("text, values", [
    ("in 2019 150 people were freed", [2019, 150]),  # a year is not a thousands group
    ("on December 5 100 people were freed", [100]),  # nor is a day of a month
    ("on Dec. 5 100 people were freed", [100]),
])
def test_a_space_between_numbers_is_not_a_thousands_group(text, values):
    assert [n.value for n in find_numbers(text)] == values


def test_an_item_after_a_day_in_a_list_stays_a_figure():
    text = "They were freed in batches: five on April 5, five on April 8, and 29 on May 5."
    assert [n.value for n in find_numbers(text) if n.value == 29] == [29]


def test_people_after_a_list_of_ages_or_turned_over_stay_figures():
    assert [n.value for n in find_numbers("children aged 5, and 30 adults were freed")
            if n.value == 30] == [30]
    assert [n.value for n in find_numbers("the rebels turned 40 prisoners over")] == [40]


@pytest.mark.parametrize("text, value, qualifier", [
    ("at least another 200 remain", 200, "at_least"),
    ("more than a further 30 were freed", 30, "more_than"),
    ("returned more than a 100 of the girls", 100, "more_than"),
    ("another 200 remain", 200, "exact"),
])
def test_a_hedge_bounds_a_further_figure(text, value, qualifier):
    span = find_numbers(text)[0]
    assert (span.value, span.qualifier) == (value, qualifier)


def test_a_long_run_of_digits_is_an_id_not_a_figure():
    text = "photo 1347213502051645 2007330994945597405 n.jpg; 1,200 people and 12345678 more"
    assert [n.value for n in find_numbers(text)] == [1200, 12345678]
