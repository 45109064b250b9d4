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


def _big_corpus(n=120):
    """``n`` sources: most say 58 released, every tenth 95 (a conflict); each gives its own
    date and a second, unrelated figure."""
    from report_frames import claim
    from analysis.frames import conform

    arts = articles([{"article_id": f"b{i}", "path": f"in/wire_{i:03d}.txt", "outlet": f"Wire {i:03d}",
                      "title": "t", "published": "2023-08-02", "n_words": 300} for i in range(n)])
    cl = claims([claim(f"b{i}", 95.0 if i % 10 == 0 else 58.0, "released", start=5) for i in range(n)]
                + [claim(f"b{i}", float(1000 + i), "remaining", start=50) for i in range(n)])
    ev = conform("events", pd.DataFrame(
        [{"article_id": f"b{i}", "date": f"2023-{1 + i % 12:02d}-{1 + i % 28:02d}", "precision": "day",
          "relative": False, "what": f"hearing {i}", "category": "other", "sentence": "s"} for i in range(n)]))
    return arts, cl, ev


def test_charts_of_a_large_corpus_stay_readable_and_say_what_they_leave_out():
    arts, cl, ev = _big_corpus()
    fig = charts.counts_by_source(cl, arts)
    titles = [ax.get_title(loc="left") for ax in fig.axes]
    released = next(t for t in titles if t.startswith("released"))
    assert f"{charts.MAX_ROWS} of 123 sources shown, conflicts first" in released
    assert all(len(ax.get_yticks()) <= charts.MAX_ROWS for ax in fig.axes)
    assert fig.get_figheight() < 40
    assert sum(len(ax.get_yticks()) for ax in fig.axes) <= charts.MAX_COUNT_ROWS
    # the sources in conflict (every tenth wire says 95) are the ones kept
    labels = {t.get_text() for ax in fig.axes for t in ax.get_yticklabels()}
    assert "Wire 010" in labels and "Wire 020" in labels
    footer = next(t for t in _texts(fig) if "Source:" in t)
    source = footer[footer.index("Source:"):]
    assert source.startswith("Source: 123 sources") and len(source) < 400

    heat = charts.coverage_claims(cl, arts)
    (ax,) = [a for a in heat.axes if a.get_xlabel()]
    assert len(ax.get_yticks()) == charts.MAX_HEAT_ROWS and "of 123" in ax.get_ylabel()

    tl = charts.timeline(ev, arts)
    assert all(len(a.get_yticks()) <= charts.MAX_EVENTS for a in tl.axes)
    assert any("dates given by most sources" in a.get_title(loc="left") for a in tl.axes)
    charts.to_png(fig), charts.to_png(heat), charts.to_png(tl)  # lays out and renders
