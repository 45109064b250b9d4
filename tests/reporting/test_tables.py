import pandas as pd
from bs4 import BeautifulSoup

from analysis.reporting import tables
from report_frames import articles, claim, claims, entities, errors, events, mentions

HOSTILE = '<script>alert(1)</script> <img src=x onerror=alert(2)> javascript:alert(3) </table>'


def test_claims_table_is_sorted_by_kind_then_figure_with_formatted_numbers():
    t = tables.claims_table(claims([claim("a2", 1500.0, "released", start=7)]), articles())
    assert list(t.columns) == ["kind", "figure", "hedge", "counted", "class", "source",
                               "according to", "sentence"]
    rel = t[t["kind"] == "released"]
    assert list(rel["figure"]) == ["58", "58", "60", "140", "1,500"]
    assert list(t["kind"].drop_duplicates()) == ["released", "remaining", "other"]
    assert t.loc[t["figure"] == "60", "hedge"].item() == "about"


def test_people_only_drops_other_classes():
    t = tables.claims_table(claims(), articles(), people_only=True)
    assert "money" not in set(t["class"])


def test_entities_and_aliases():
    t = tables.entities_table(entities())
    assert t.iloc[0]["entity"] == "Mira Castell"
    assert t.iloc[0]["spelled as"] == "Castell; M. Castell; Mira Castell"
    assert list(tables.aliases_table(entities())["entity"]) == ["Mira Castell"]


def test_coverage_matrices_have_a_row_per_source():
    m = tables.coverage_entity_matrix(mentions(), entities(), articles())
    assert list(m.index) == ["Bay Times", "Coast Herald", "notes_0042.txt"]
    assert m.columns[0] == "Mira Castell"  # named by all three sources
    assert m.loc["Coast Herald", "Mira Castell"] == 2 and m.loc["notes_0042.txt", "Varna"] == 0
    c = tables.coverage_claim_matrix(claims(), articles())
    assert c.loc["Coast Herald", "released: 58"] == 2
    assert "other: 3.5" not in c.columns  # money, not people


def test_timeline_rows_group_the_same_date_across_sources_and_skip_undated():
    t = tables.timeline_rows(events(), articles())
    assert list(t["category"]) == ["release", "sanctions", "other"]
    first = t.iloc[0]
    assert first["sources"] == ["Bay Times", "Coast Herald"] and first["precision"] == "day"
    assert "unresolved" not in " ".join(t["label"])


def test_errors_table_says_why():
    t = tables.errors_table(errors([{"path": "in/b.bin", "stage": "read", "message": "not text"}]))
    assert t.to_dict("records") == [{"file": "in/b.bin", "stage": "read", "why": "not text"}]


def test_tables_escape_article_text():
    c = claims([claim("a1", 5.0, "released", sentence=HOSTILE, counted="<b onclick=x()>")])
    html = tables.Table(tables.claims_table(c, articles())).to_html()
    soup = BeautifulSoup(html, "html.parser")
    assert not soup.find_all("script") and not soup.find_all("img")
    assert all(not a.startswith("on") for tag in soup.find_all(True) for a in tag.attrs)
    assert HOSTILE in soup.get_text()
    assert len(soup.find_all("table")) == 1


def test_empty_frames_give_empty_tables():
    empty = pd.DataFrame()
    assert tables.claims_table(empty, empty).empty
    assert tables.entities_table(empty).empty
    assert tables.timeline_rows(empty, empty).empty
    assert tables.coverage_entity_matrix(empty, empty, empty).empty
    assert "Nothing" in tables.Table(empty, empty="Nothing here").to_html()


def test_date_spans_follow_precision():
    assert tables.date_span("2023-06", "month") == (pd.Timestamp("2023-06-01"),
                                                    pd.Timestamp("2023-06-30 23:59:59.999999999"))
    start, end = tables.date_span("2023-06-05", "week")
    assert (end - start).days == 6 and start == pd.Timestamp("2023-06-05")
    assert tables.date_span("2023-06-05", "day")[0] == pd.Timestamp("2023-06-05")


def test_groups_table_puts_conflicts_first_and_counts_the_sources_of_each_figure():
    from report_frames import story_frames, transfer_claims
    st = story_frames(transfer_claims())
    t = tables.groups_table(st["claim_groups"], st["group_figures"]).set_index("quantity")
    assert list(t["verdict"]) == ["conflict", "conflict", "conflict", "unique"]
    assert t.loc["transferred → Portugal",
                 "figures given (sources)"] == "30: 1 (Coast Herald) · 41: 1 (notes_0042.txt)"
    assert t.loc["transferred → Portugal", "answer"] == "disputed: 30 (1 source), 41 (1 source)"
    assert t.loc["transferred → Spain",
                 "answer"] == "at least 7, reported by one source (Bay Times)"
    assert tables.groups_table(pd.DataFrame(), pd.DataFrame()).empty


def test_a_prospect_is_marked_in_the_claims_table():
    t = tables.claims_table(claims([claim("a2", 900.0, "released", "up_to", start=7,
                                          prospective=True)]), articles())
    assert t.loc[t["figure"] == "900", "kind"].item() == "released (prospect)"
    assert (t.loc[t["figure"] == "58", "kind"] == "released").all()


def test_a_long_table_shows_its_first_rows_and_says_how_many_more():
    df = pd.DataFrame({"n": range(1200), "text": ["<b>x</b>"] * 1200})
    out = tables.Table(df, max_rows=500).to_html()
    assert out.count("<tr") == 501  # header + 500 rows
    assert "first 500 of 1,200 rows" in out and "<b>x</b>" not in out
    assert "rows are shown" not in tables.Table(df.head(20)).to_html()


def test_a_timeline_label_counts_its_sources():
    from analysis.frames import conform

    arts = articles([{"article_id": f"b{i}", "path": f"in/w{i}.txt", "outlet": f"Wire {i}",
                      "title": "t",
                      "published": None, "n_words": 9} for i in range(6)])
    ev = conform("events", pd.DataFrame([{"article_id": f"b{i}", "date": "2024-05-02",
                                          "precision": "day",
                                          "relative": False, "what": "dam opened",
                                          "category": "other",
                                          "sentence": "s"} for i in range(6)]))
    (label,) = tables.timeline_rows(ev, arts)["label"]
    assert label == "Dam opened · 6 sources"
