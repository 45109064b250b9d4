import datetime as dt

import pytest

from analysis.loading.dates import (
    add_months,
    nearest_day_month,
    nearest_month,
    nearest_weekday,
    normalise_published,
    parse_date_line,
    resolve_anchor,
    week_monday,
    weekday_number,
)

D = dt.date


@pytest.mark.parametrize("line, iso", [
    ("4 August, 2019", "2019-08-04"),
    ("Published: Aug 4, 2019 09:15 GMT", "2019-08-04"),
    ("Sunday, 4 August 2019", "2019-08-04"),
    ("2019-08-04", "2019-08-04"),
])
def test_parse_date_line_reads_whole_date_lines(line, iso):
    assert parse_date_line(line) == iso


@pytest.mark.parametrize("line", ["31 February, 2019", "The vote was held on 4 August, 2019 in "
                                  "Lyon", "1,227"])
def test_parse_date_line_rejects_impossible_dates_and_prose(line):
    assert parse_date_line(line) is None


def test_normalise_published():
    assert normalise_published("2021-03-09T22:10:00+02:00") == "2021-03-09"
    assert normalise_published(None) is None
    assert normalise_published("  ") is None


def test_weekday_and_month_helpers():
    assert weekday_number("Thursday") == 3
    assert weekday_number("Sunday’s") == 6
    assert weekday_number("Funday") is None
    assert add_months(2020, 1, -1) == (2019, 12)
    assert add_months(2020, 11, 3) == (2021, 2)
    assert week_monday(D(2024, 6, 2)) == D(2024, 5, 27)  # a Sunday belongs to the week before


def test_nearest_weekday_in_each_direction():
    wed = D(2024, 5, 15)
    assert nearest_weekday(wed, 0, "past") == D(2024, 5, 13)
    assert nearest_weekday(wed, 2, "past") == wed          # "on Wednesday", written on a Wednesday
    assert nearest_weekday(wed, 2, "last") == D(2024, 5, 8)
    assert nearest_weekday(wed, 4, "future") == D(2024, 5, 17)
    assert nearest_weekday(wed, 4, "past") == D(2024, 5, 10)
    assert nearest_weekday(wed, 2, "next") == D(2024, 5, 22)


def test_nearest_month_crosses_year_ends():
    ref = D(2024, 2, 10)
    assert nearest_month(ref, 11, "past") == (2023, 11)
    assert nearest_month(ref, 11, "future") == (2024, 11)
    assert nearest_month(ref, 2, "past") == (2024, 2)
    assert nearest_month(ref, 2, "last") == (2023, 2)
    assert nearest_month(ref, 1, "future") == (2025, 1)


def test_nearest_day_month_skips_years_without_that_day():
    assert nearest_day_month(D(2025, 1, 10), 2, 29, "past") == D(2024, 2, 29)
    assert nearest_day_month(D(2025, 1, 10), 2, 29, "future") == D(2028, 2, 29)
    assert nearest_day_month(D(2025, 1, 10), 2, 31, "past") is None


@pytest.mark.parametrize("anchor, tense, expected", [
    ("weekday:1:none", "past", ("2023-10-03", "day")),      # ref is Monday 2023-10-09
    ("weekday:1:none", "future", ("2023-10-10", "day")),
    ("weekday:0:last", None, ("2023-10-02", "day")),
    ("month:12:none", "past", ("2022-12", "month")),
    ("month:12:none", "future", ("2023-12", "month")),
    ("daymonth:10-20:none", "past", ("2022-10-20", "day")),
    ("offset:day:-3", None, ("2023-10-06", "day")),
    ("offset:week:-2", None, ("2023-09-25", "week")),
    ("offset:month:-10", None, ("2022-12", "month")),
    ("cal:week:0", None, ("2023-10-09", "week")),
    ("cal:week:-1", None, ("2023-10-02", "week")),
    ("cal:month:1", None, ("2023-11", "month")),
    ("cal:year:-1", None, ("2022", "year")),
    ("weekend:0", "past", ("2023-10-07", "week")),
])
def test_resolve_anchor(anchor, tense, expected):
    assert resolve_anchor(anchor, D(2023, 10, 9), tense) == expected


def test_resolve_anchor_without_reference_or_with_junk():
    assert resolve_anchor("weekday:1:none", None, "past") is None
    assert resolve_anchor("fortnight:2", D(2023, 10, 9)) is None
    assert resolve_anchor("cal:week:x", D(2023, 10, 9)) is None
