from pathlib import Path

import pandas as pd
import pytest

from analysis import load_corpus
from analysis.extraction.event_resolve import resolve
from analysis.extraction.events import extract_date_mentions

FIXTURES = Path(__file__).parents[1] / "fixtures" / "events"


def events(nlp, text, ref=None, **kw):
    """Rows for ``text`` as one article, resolved against ``ref`` (None: no reference date)."""
    rows = extract_date_mentions(nlp(text), "art1", **kw)
    arts = pd.DataFrame({"article_id": ["art1"], "reference_date": [ref],
                         "reference_date_source": ["argument" if ref else None]})
    ev = resolve(pd.DataFrame(rows), arts)
    return [] if ev.empty else ev.to_dict("records")


def by_expr(rows):
    return {r["expression"]: r for r in rows}


# ---- what is (not) a date -------------------------------------------------------------------

def test_counts_are_not_years(nlp):
    text = ("Guards moved 123 inmates and 1,500 troops to the border. "
            "Later, 2000 soldiers and 1,227 detainees were counted, and 1919 jobs were lost.")
    assert events(nlp, text, "2022-04-04") == []


def test_phone_numbers_and_datelines_are_not_events(nlp):
    text = ("LISBON, Oct 9 (Wire) - Callers can reach the helpline on 0800 2011 1999 until the "
            "evening.")
    assert events(nlp, text, "2023-10-11") == []
    # the date of a bracketed credit on a line of its own
    assert events(nlp, "Lisbon, (NPA - Harbourpost - 9th Oct, 2023)", "2023-10-11") == []
    # a dateline set apart as a paragraph of its own, or ending on a colon
    assert events(nlp, "Lisbon, Oct 9", "2023-10-11") == []
    assert events(nlp, "LISBON, Oct 9: Callers can reach the helpline.", "2023-10-11") == []


def test_weekdays_and_years_inside_names_are_not_dates(nlp):
    text = "Marchers remembered Bloody Sunday outside the office at 2020 Harbour Street."
    assert events(nlp, text, "2023-10-11") == []


def test_numeric_dates_only_when_unambiguous(nlp):
    rows = by_expr(events(nlp, "The port shut on 25/04/2017 and reopened on 05/06/2017."))
    assert rows["on 25/04/2017"]["date"] == "2017-04-25"
    assert (rows["on 05/06/2017"]["date"], rows["on 05/06/2017"]["precision"]) == ("2017", "year")


def test_impossible_date_is_no_date_and_no_year(nlp):
    assert events(nlp, "The decree was signed on 31 February 2019 by the governor.",
                  "2022-04-04") == []


def test_modal_may_and_lowercase_march_are_not_months(nlp):
    assert events(nlp, "Prices may rise, and farmers will march to the capital.",
                  "2022-04-04") == []


@pytest.mark.parametrize("text, expr, date, precision", [
    ("The treaty was ratified on 7 June 2019 in Oslo.", "on 7 June 2019", "2019-06-07", "day"),
    ("The treaty was ratified on June 7, 2019.", "on June 7, 2019", "2019-06-07", "day"),
    ("The port was closed on Friday, 9 Aug. 2013, by the navy.", "on Friday, 9 Aug. 2013",
     "2013-08-09", "day"),
    ("Smuggling has grown since August 2016, customs officers warn.", "since August 2016",
     "2016-08", "month"),
    ("The mine flooded in 2008.", "in 2008", "2008", "year"),
    ("Turnout in the 2016 referendum was low.", "2016", "2016", "year"),
    ("She won silver at the 2014 Winter Olympics.", "2014", "2014", "year"),
    ("The bridge was rebuilt in early 1998.", "in early 1998", "1998", "year"),
])
def test_absolute_dates(nlp, text, expr, date, precision):
    row = by_expr(events(nlp, text))[expr]
    assert (row["date"], row["precision"], row["relative"]) == (date, precision, False)


# ---- relative dates and tense ---------------------------------------------------------------

REF = "2023-10-11"  # a Wednesday


@pytest.mark.parametrize("text, expr, date, precision", [
    ("Investigators searched the warehouse on Monday.", "on Monday", "2023-10-09", "day"),
    ("Investigators searched the warehouse on Wednesday.", "on Wednesday", "2023-10-11", "day"),
    ("The ministers will meet on Thursday in Riga.", "on Thursday", "2023-10-12", "day"),
    ("The ministers are meeting on Monday.", "on Monday", "2023-10-16", "day"),
    ("The ministers met last Wednesday.", "last Wednesday", "2023-10-04", "day"),
    ("The tribunal rules on Monday on the appeal.", "on Monday", "2023-10-16", "day"),
    ("The tribunal ruled on Monday on the appeal.", "on Monday", "2023-10-09", "day"),
    # a verb's -ing complement takes its tense: "began clearing" is past
    ("Crews began clearing the road on Monday.", "on Monday", "2023-10-09", "day"),
    ("Crews will begin clearing the road on Monday.", "on Monday", "2023-10-16", "day"),
    # so does a participle clause opening the sentence: "Giving an update Monday morning,
    # the mayor said" is past, as "said" is
    ("Giving an update Monday morning, the mayor said the road was clear.", "Monday morning",
     "2023-10-09", "day"),
    ("Touring the site on Monday, the mayor will unveil the plan.", "on Monday", "2023-10-16",
     "day"),
    ("Tribunal rules on Monday against strikers", "on Monday", "2023-10-09", "day"),  # headline
    ("The hearing is scheduled for Tuesday.", "Tuesday", "2023-10-17", "day"),
    ("The bridge is due to reopen on Sunday.", "on Sunday", "2023-10-15", "day"),
    ("Ferries could sail again in March.", "in March", "2024-03", "month"),
    ("The strike began in April.", "in April", "2023-04", "month"),
    ("Parliament approved the budget in November.", "in November", "2022-11", "month"),
    ("Voters will choose a mayor in November.", "in November", "2023-11", "month"),
    ("The ferry sank on 20 October, killing nine.", "on 20 October", "2022-10-20", "day"),
    ("The union called the walkout earlier this month.", "earlier this month", "2023-10", "month"),
    ("The envoy was appointed last month.", "last month", "2023-09", "month"),
    ("The company will float its shares next month.", "next month", "2023-11", "month"),
    ("Tariffs rose sharply last year.", "last year", "2022", "year"),
    ("Rescuers reached the village two days ago.", "two days ago", "2023-10-09", "day"),
    ("The fire was put out yesterday.", "yesterday", "2023-10-10", "day"),
    ("Flights resumed this week after the storm.", "this week", "2023-10-09", "week"),
    ("Flights were grounded last week.", "last week", "2023-10-02", "week"),
    ("The pipeline should be finished by the end of the month.", "by the end of the month",
     "2023-10", "month"),
    ("The dam was finished this spring.", "this spring", "2023", "year"),
])
def test_relative_dates_resolve_against_reference(nlp, text, expr, date, precision):
    row = by_expr(events(nlp, text, REF))[expr]
    assert row["relative"] is True
    assert (row["date"], row["precision"]) == (date, precision)
    assert row["resolved_against"] == REF
    assert "resolved:argument" in row["rule"]


def test_without_reference_date_relative_events_stay_unresolved(nlp):
    rows = by_expr(events(nlp, "Guards freed the hostages on Sunday, a year after the 2017 raid."))
    sunday = rows["on Sunday"]
    assert sunday["relative"] is True and sunday["date"] is None and sunday["precision"] is None
    assert "unresolved:no_reference_date" in sunday["rule"]
    assert rows["2017"]["date"] == "2017"  # absolute dates need no reference


def test_dates_of_speech_are_statements_and_reported_events_keep_their_category(nlp):
    text = "The governor told reporters on Tuesday that the convoy had arrived on Monday."
    rows = by_expr(events(nlp, text, REF))
    assert set(rows) == {"on Tuesday", "on Monday"}
    assert rows["on Tuesday"]["category"] == "statement" and rows["on Tuesday"]["date"] is not None
    assert rows["on Monday"]["category"] == "transfer"
    assert list(by_expr(events(nlp, text, REF, keep_speech=False))) == ["on Monday"]


@pytest.mark.parametrize("text, expression", [
    ("The Red Crescent said on Sunday that 40 families had returned.", "on Sunday"),
    ("The agency reported last week that 40 families had returned.", "last week"),
    ("The minister wrote on Friday that talks would resume.", "on Friday"),
])
def test_dated_statements_are_kept_with_their_category(nlp, text, expression):
    assert by_expr(events(nlp, text, REF))[expression]["category"] == "statement"


def test_load_corpus_keeps_dated_statements_unless_told_not_to(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Envoys meet\n\nPublished 3 March 2024.\n\nThe mediator said on Saturday that 12 "
        "prisoners had been freed on Friday.\n", encoding="utf-8")
    kept = load_corpus(tmp_path, cache=False).events
    dropped = load_corpus(tmp_path, cache=False, statements=False).events
    assert list(kept.loc[kept["category"] == "statement", "expression"]) == ["on Saturday"]
    assert "statement" not in set(dropped["category"])
    assert set(dropped["expression"]) == set(kept["expression"]) - {"on Saturday"}


# ---- rows: one per expression, offsets, what and category ------------------------------------

def test_one_row_per_expression_with_offsets_and_stable_ids(nlp):
    text = ("Lorries crossed the border on Friday.\n\nThe crossing had been shut since March 2021 "
            "and reopened in May.")
    rows = events(nlp, text, REF)
    assert [r["expression"] for r in rows] == ["on Friday", "since March 2021", "in May"]
    for r in rows:
        assert text[r["start"]:r["end"]] == r["expression"]
        assert r["expression"] in r["sentence"]
    assert len({r["event_id"] for r in rows}) == 3
    assert [r["event_id"] for r in events(nlp, text, REF)] == [r["event_id"] for r in rows]
    assert rows[1]["sentence"].startswith("The crossing")  # not run into the previous paragraph


@pytest.mark.parametrize("text, category", [
    ("Police arrested the editor on Sunday.", "arrest"),
    ("The government lifted the embargo in 2019.", "sanctions"),
    ("The hostages were freed on Monday.", "release"),
    ("Turnout in the 2016 referendum was low.", "election"),
    ("The foreign ministers met in Geneva on Friday.", "meeting"),
    ("The detainees were handed over and transferred to Poland on Tuesday.", "transfer"),
    ("The orchestra played in 2015.", "other"),
    # the clause that dates a capture is part of it
    ("Some 300 boys who were kidnapped after gunmen attacked a school in Tarvo on Friday, "
     "December 11, have now been released.", "arrest"),
])
def test_category_from_cue_lemmas(nlp, text, category):
    rows = events(nlp, text, REF)
    assert len(rows) == 1 and rows[0]["category"] == category


def test_what_holds_predicate_and_object(nlp):
    row = events(nlp, "The mayor ordered the closure of 14 schools on Monday.", REF)[0]
    assert "ordered" in row["what"] and "closure" in row["what"]
    assert "Monday" not in row["what"]


def test_odd_input_never_raises(nlp):
    for text in ["", "   ", "2021", "On on on Saturday Saturday", "§§ 1999-99-99 ©2024 Jan."]:
        assert isinstance(extract_date_mentions(nlp(text), "x"), list)
    assert resolve(pd.DataFrame(), pd.DataFrame()).empty


# ---- end to end: reference dates inferred from a dated article of the same event --------------

def test_corpus_resolves_undated_articles_through_shared_claims():
    c = load_corpus(FIXTURES / "dam")
    arts = c.articles.set_index(c.articles["path"].map(lambda p: Path(p).name))
    assert arts.loc["a_dated.txt", "reference_date_source"] == "published"
    assert pd.isna(arts.loc["b_undated.txt", "published"])  # published is never guessed
    assert arts.loc["b_undated.txt", "reference_date"] == pd.Timestamp("2024-03-14")
    assert arts.loc["b_undated.txt", "reference_date_source"].startswith("corpus:")
    assert pd.isna(arts.loc["c_unrelated.txt", "reference_date"])
    ev = c.events.assign(file=c.events["article_id"].map(dict(zip(c.articles.article_id,
                                                                  arts.index))))
    from analysis.schema import date_label  # typed dates, shown at their precision
    got = {(r.file, r.expression): date_label(r.date, r.precision)
           or None for r in ev.itertuples()}
    assert got[("a_dated.txt", "on Tuesday")] == "2024-03-12"
    assert got[("b_undated.txt", "on Tuesday")] == "2024-03-12"
    assert got[("b_undated.txt", "in February")] == "2024-02"
    assert got[("a_dated.txt", "in 1987")] == "1987"
    assert got[("c_unrelated.txt", "on Monday")] is None


def test_would_in_reported_speech_is_future(nlp):
    rows = by_expr(events(nlp, "The mayor said the bridge would reopen in March.", REF))
    assert rows["in March"]["date"] == "2024-03"
    rows = by_expr(events(nlp, "The bridge reopened in March.", REF))
    assert rows["in March"]["date"] == "2023-03"


def test_would_be_in_reported_speech_is_future(nlp):
    rows = by_expr(events(nlp, "The ministry said 9 citizens would be flown home on Friday.", REF))
    assert rows["on Friday"]["date"] == "2023-10-13"


@pytest.mark.parametrize("text, expr, date", [
    ("The sides held three swaps, encompassing roughly 405 soldiers, between 1 January and "
     "6 August 2024.", "between 1 January", "2024-01-01"),
    ("Talks ran from 20 December to 5 January 2023 in the capital.", "from 20 December",
     "2022-12-20"),
    ("Courts sat from March 3 to April 9, 2021.", "from March 3", "2021-03-03"),
])
def test_a_span_of_days_gives_its_first_day_the_year_of_its_last(nlp, text, expr, date):
    row = by_expr(events(nlp, text, "2024-09-15"))[expr]
    assert (row["date"], row["precision"], row["relative"]) == (date, "day", False)


def test_a_day_without_a_span_still_resolves_against_the_reference(nlp):
    row = by_expr(events(nlp, "The fighters met on 3 March.", "2024-09-15"))["on 3 March"]
    assert (row["date"], row["relative"]) == ("2024-03-03", True)
