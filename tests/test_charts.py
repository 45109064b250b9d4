import matplotlib.dates as mdates
import pandas as pd
import pytest

from analysis import charts
from report_frames import articles, claims, empty_corpus, entities, events, mentions

CHARTS = {
    "counts": lambda c: charts.counts_by_source(c.claims, c.articles),
    "coverage_entities": lambda c: charts.coverage_entities(c.mentions, c.entities, c.articles),
    "coverage_claims": lambda c: charts.coverage_claims(c.claims, c.articles),
    "timeline": lambda c: charts.timeline(c.events, c.articles),
    "agreement": lambda c: charts.agreement(c.claims, c.articles),
    "entities": lambda c: charts.entity_variants(c.entities, c.articles),
}


def _texts(fig):
    return [t.get_text() for t in fig.findobj(lambda o: hasattr(o, "get_text"))]


@pytest.fixture
def corpus():
    from report_frames import corpus as make
    return make()


@pytest.mark.parametrize("name", CHARTS)
def test_every_chart_has_title_axis_labels_and_source_line(name, corpus):
    fig = CHARTS[name](corpus)
    assert fig._suptitle is not None and fig._suptitle.get_text()
    axes = [ax for ax in fig.axes if ax.get_xlabel()]
    assert axes and all(ax.get_ylabel() for ax in axes)
    source = [t for t in _texts(fig) if "Source:" in t]
    assert source and "Coast Herald" in source[0]
    assert fig.get_figwidth() * charts.DPI <= 1280


@pytest.mark.parametrize("name", CHARTS)
def test_charts_on_empty_frames_say_so(name):
    fig = CHARTS[name](empty_corpus())
    assert any(t.startswith("No ") for t in _texts(fig))


@pytest.mark.parametrize("name", CHARTS)
def test_png_is_byte_stable(name, corpus):
    assert charts.to_png(CHARTS[name](corpus)) == charts.to_png(CHARTS[name](corpus))


def test_counts_marks_the_conflicting_source_and_the_hedges(corpus):
    fig = charts.counts_by_source(corpus.claims, corpus.articles)
    texts = _texts(fig)
    assert "more than 140  ⚠ conflict" in texts
    assert "about 60" in texts
    assert [ax.get_title(loc="left").split(" (")[0] for ax in fig.axes] == ["released", "remaining"]


def test_timeline_uses_a_date_axis_and_spans_for_months(corpus):
    fig = charts.timeline(corpus.events, corpus.articles)
    ax = fig.axes[0]
    lo, hi = ax.get_xlim()
    assert lo <= mdates.date2num(pd.Timestamp("2019-01-01")) and hi >= mdates.date2num(pd.Timestamp("2023-08-02"))
    bars = [p for p in ax.patches if p.get_width() > 20]  # the month and the year bars (in days)
    assert len(bars) == 2


def test_dollar_signs_in_article_text_are_not_maths(corpus):
    arts = articles([{"article_id": "a9", "path": "in/x.txt", "outlet": "$5 $Daily"}])
    fig = charts.counts_by_source(claims(), arts)
    assert charts.to_png(fig)


def test_counts_and_agreement_follow_claim_groups(corpus):
    from report_frames import groups
    fig = charts.counts_by_source(corpus.claims, corpus.articles, groups())
    titles = [ax.get_title(loc="left").split(" (")[0] for ax in fig.axes]
    assert titles == ["released", "transferred → Lisbon", "transferred → Porto"]
    agree = charts.agreement(corpus.claims, corpus.articles, groups())
    assert [t.get_text() for t in agree.axes[0].get_yticklabels()][::-1][1] == "transferred → Lisbon"


def test_timeline_adds_a_close_up_when_dates_span_years(corpus):
    ev = pd.concat([corpus.events, corpus.events.iloc[[0]].assign(date="2023-07-25", what="ferry inspected")])
    fig = charts.timeline(ev, corpus.articles)
    assert [ax.get_title(loc="left") for ax in fig.axes][1].startswith("Close-up")
    near = [t.get_text() for t in fig.axes[1].get_yticklabels()]
    assert near == ["2023-07-25 (day)", "2023-08-01 (day)"]
    # a timeline within a few weeks needs no close-up
    short = ev[ev["date"].isin(["2023-08-01", "2023-07-25"])]
    assert len(charts.timeline(short, corpus.articles).axes) == 1
