import matplotlib.dates as mdates
import pandas as pd
import pytest

from analysis.reporting import charts
from analysis.story import summary
from report_frames import (
    articles,
    claims,
    empty_corpus,
    story_frames,
    transfer_claims,
)

CHARTS = {
    "counts": lambda c: charts.counts_by_source(c.claim_groups, c.group_sources, c.group_figures,
                                                c.articles),
    "coverage_entities": lambda c: charts.coverage_entities(c.mentions, c.entities, c.articles),
    "coverage_claims": lambda c: charts.coverage_claims(c.claims, c.articles),
    "timeline": lambda c: charts.timeline(c.events, c.articles),
    "agreement": lambda c: charts.agreement(c.claim_groups, c.articles, c.group_sources),
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


def test_counts_marks_the_source_outside_the_headline_and_the_hedges(corpus):
    fig = CHARTS["counts"](corpus)
    texts = _texts(fig)
    assert "more than 140" in texts and "about 60" in texts
    titles = [ax.get_title(loc="left") for ax in fig.axes]
    # the panel's title is the answer the overview prints, word for word
    heads = summary.headlines(corpus.claim_groups)
    assert [t.replace("\n", " ") for t in titles] == [f"{r.label}: {r.answer}"
                                                      for r in heads.itertuples()]
    released = charts.counts_panels(corpus.claim_groups, corpus.group_sources,
                                    corpus.group_figures)[0]
    rows = released["rows"].set_index("label")
    assert released["headline"] == 58.0
    assert rows.loc["notes_0042.txt", "supports"] is False and rows.loc["Bay Times",
                                                                        "supports"] is True


def test_timeline_uses_a_date_axis_and_spans_for_months(corpus):
    fig = charts.timeline(corpus.events, corpus.articles)
    ax = fig.axes[0]
    lo, hi = ax.get_xlim()
    assert (lo <= mdates.date2num(pd.Timestamp("2019-01-01"))
            and hi >= mdates.date2num(pd.Timestamp("2023-08-02")))
    bars = [p for p in ax.patches if p.get_width() > 20]  # the month and the year bars (in days)
    assert len(bars) == 2


def test_dollar_signs_in_article_text_are_not_maths(corpus):
    arts = articles([{"article_id": "a9", "path": "in/x.txt", "outlet": "$5 $Daily"}])
    st = story_frames(claims(), arts)
    fig = charts.counts_by_source(st["claim_groups"], st["group_sources"], st["group_figures"],
                                  arts)
    assert charts.to_png(fig)


def test_counts_and_agreement_follow_the_quantities():
    st = story_frames(transfer_claims())
    fig = charts.counts_by_source(st["claim_groups"], st["group_sources"], st["group_figures"],
                                  articles())
    titles = [ax.get_title(loc="left").split(":")[0] for ax in fig.axes]
    assert titles == ["released", "transferred → Portugal", "transferred → Spain", "remaining"]
    rows = charts.agreement_rows(st["claim_groups"]).set_index("label")
    # Lisbon: one source against one: disputed, no headline to support
    assert rows.loc["transferred → Portugal", ["support", "against",
                                               "disputed"]].tolist() == [0, 0, 2]
    assert rows.loc["released", ["support", "against", "disputed"]].tolist() == [2, 1, 0]
    agree = charts.agreement(st["claim_groups"], articles(), st["group_sources"])
    assert [t.get_text()
            for t in agree.axes[0].get_yticklabels()][::-1][1] == "transferred → Portugal"


def test_timeline_labels_are_events_not_fragments():
    from analysis.reporting import tables
    assert tables.event_label(["those freed", "Minsk freed 60 prisoners", "began"], "release") == \
        "Minsk freed 60 prisoners"
    assert tables.event_label(["journalist Ana Ruiz was", "began"],
                              "release") == "release (no clear description)"
    long = tables.event_label(["the council " + "very " * 30 + "long decision"], "other")
    assert len(long) <= tables.LABEL_CHARS and long.endswith("…")


def test_timeline_adds_a_close_up_when_dates_span_years(corpus):
    ev = pd.concat([corpus.events, corpus.events.iloc[[0]].assign(date="2023-07-25",
                                                                  what="ferry inspected")])
    fig = charts.timeline(ev, corpus.articles)
    assert [ax.get_title(loc="left") for ax in fig.axes][1].startswith("Close-up: 25 Jul 2023 – "
                                                                       "01 Aug 2023")
    near = [t.get_text() for t in fig.axes[1].get_yticklabels()]
    assert near == ["2023-07-25 (day)", "2023-08-01 (day)"]
    # a timeline within a few weeks needs no close-up
    short = ev[ev["date"].isin(["2023-08-01", "2023-07-25"])]
    assert len(charts.timeline(short, corpus.articles).axes) == 1


def _big_corpus(n=120):
    """``n`` sources: most say 58 released, every tenth 95 (a conflict); each gives its own
    date and a second, unrelated figure."""
    from analysis.frames import conform
    from report_frames import claim

    arts = articles([{"article_id": f"b{i}", "path": f"in/wire_{i:03d}.txt",
                      "outlet": f"Wire {i:03d}",
                      "title": "t", "published": "2023-08-02", "n_words": 300} for i in range(n)])
    cl = claims([claim(f"b{i}", 95.0 if i % 10 == 0 else 58.0, "released",
                       start=5) for i in range(n)]
                + [claim(f"b{i}", float(1000 + i), "remaining", start=50) for i in range(n)])
    ev = conform("events", pd.DataFrame(
        [{"article_id": f"b{i}", "date": f"2023-{1 + i % 12:02d}-{1 + i % 28:02d}",
          "precision": "day",
          "relative": False, "what": f"hearing {i}", "category": "other",
          "sentence": "s"} for i in range(n)]))
    return arts, cl, ev


@pytest.mark.slow
def test_charts_of_a_large_corpus_stay_readable_and_say_what_they_leave_out():
    arts, cl, ev = _big_corpus()
    st = story_frames(cl, arts, ev)
    fig = charts.counts_by_source(st["claim_groups"], st["group_sources"], st["group_figures"],
                                  arts)
    titles = [ax.get_title(loc="left").replace("\n", " ") for ax in fig.axes]
    released = next(t for t in titles if t.startswith("released"))
    # 108 of 120 wires say 58 (the other 3 sources of the fixture too), every tenth says 95
    assert released.startswith("released: 58, by 110 of 123 sources; 95: Wire 000, Wire 010, Wire "
                               "020 and 9 more")
    panels = charts.counts_panels(st["claim_groups"], st["group_sources"], st["group_figures"])
    rows = next(p for p in panels if p["label"] == "released")["rows"]
    # one row per figure, with how many sources give it
    assert rows["n_sources"].tolist()[:2] == [109,
                                              12] and rows["label"].iloc[0].startswith("109 "
                                                                                       "sources")
    assert all(len(ax.get_yticks()) <= charts.MAX_ROWS for ax in fig.axes)
    assert fig.get_figheight() < 40
    assert sum(len(ax.get_yticks()) for ax in fig.axes) <= charts.MAX_COUNT_ROWS
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
