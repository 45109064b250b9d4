import pandas as pd

from analysis.story import summary
from report_frames import articles, claim, claims, story_frames, transfer_claims


def test_source_labels_use_outlet_else_file_name_and_stay_unique():
    extra = [{"article_id": "a4", "path": "in/other/coast.txt", "outlet": "Coast Herald"}]
    labels = summary.source_labels(articles(extra))
    assert labels["a3"] == "notes_0042.txt"
    assert labels["a2"] == "Bay Times"
    assert labels["a1"] != labels["a4"] and labels["a1"].startswith("Coast Herald")


def test_figures_read_with_their_hedge():
    assert summary.describe_figure(1200.0, "more_than") == "more than 1,200"
    assert summary.describe_figure(12.0, None) == "12"
    assert summary.describe({"value": 60.0, "qualifier": "about"}) == "about 60"


def test_headlines_read_the_answer_in_report_order():
    s = story_frames(transfer_claims())
    h = summary.headlines(s["claim_groups"])
    assert list(h["label"]) == ["released", "transferred → Portugal", "transferred → Spain",
                                "remaining"]
    rel = h.iloc[0]
    # 58 (twice), about 60 (54–66): both allow 58; more than 140 does not
    assert rel["answer"] == "58, by 2 of 3 sources; more than 140: notes_0042.txt"
    assert (rel["verdict"], rel["status"], rel["n_whole"], rel["n_support"]) == ("conflict",
                                                                                 "majority", 3, 2)
    assert h.set_index("label").loc["transferred → Spain", "answer"] == \
        "at least 7, reported by one source (Bay Times)"
    # the answer is the model's, not recomputed
    assert list(h["answer"]) == list(s["claim_groups"].set_index("group_id").loc[h["group_id"],
                                                                                 "answer"])


def test_conflicts_say_who_says_what():
    s = story_frames(transfer_claims())
    conf = summary.conflicts(s["claim_groups"], s["group_figures"]).set_index("label")
    assert list(conf.index) == ["released", "transferred → Portugal", "remaining"]
    assert conf.loc["transferred → Portugal", "answer"] == "disputed: 30 (1 source), 41 (1 source)"
    assert conf.loc["transferred → Portugal",
                    "says"] == "30: 1 source (Coast Herald) · 41: 1 source (notes_0042.txt)"
    assert conf.loc["released", "says"] == ("58: 1 source (Coast Herald) · about 60: 1 source "
                                            "(Bay Times) · "
                                            "more than 140: 1 source (notes_0042.txt)")


def test_empty_and_old_frames_do_not_raise():
    assert summary.headlines(pd.DataFrame()).empty
    assert summary.conflicts(pd.DataFrame(), pd.DataFrame()).empty
    # frames saved by an older build have no answer column: nothing to read, no error
    old = pd.DataFrame({"group_id": ["G1"], "kind": ["released"], "verdict": ["conflict"]})
    assert summary.conflicts(old, pd.DataFrame()).empty and summary.headlines(old).empty
    assert summary.fmt_number(1234.0) == "1,234" and summary.fmt_number(None) == "—"


def test_a_prospect_is_its_own_quantity_not_a_conflict():
    # a3 says talks "could free up to 500": not a rival to the 58-60 released
    c = claims([claim("a3", 500.0, "released", "up_to", start=700, prospective=True, high=500.0)])
    c = c[c["value"] != 140.0]
    h = summary.headlines(story_frames(c)["claim_groups"]).set_index("label")
    assert h.loc["released", "verdict"] == "agree"
    assert h.loc["released (prospect)", "answer"].startswith("up to 500, reported by one source")
    assert list(h.index)[-1] == "released (prospect)"  # prospects come after facts
    assert summary.group_label("remaining", "Ukraine", None,
                               True) == "remaining → Ukraine (prospect)"


def test_some_names_lists_a_few_and_counts_the_rest():
    assert summary.some_names(["A", "B"], 3) == "A, B"
    assert summary.some_names(list("ABCDEFG"), 3) == "A, B, C and 4 more"
    assert summary.some_names([], 3) == ""


def test_texts_of_a_categorical_are_plain_strings():
    from analysis.story.summary import texts

    s = pd.Series(["month", None, "day"],
                  dtype=pd.CategoricalDtype(["day", "week", "month", "year"]))
    got = texts(s, "day")
    assert got.dtype == object and list(got) == ["month", "day", "day"]
    whole = texts(s.iloc[[0, 2]])  # no missing value: .map alone would give a Categorical
    assert whole.dtype == object and list(whole) == ["month", "day"]


def test_a_release_on_the_timeline_is_labelled_with_the_story_s_answer(tmp_path):
    """The event that dates a counted release takes its label from the answer (the figure the
    sources settle on and the noun they count), not from the words around its date."""
    from analysis import load_corpus
    from analysis.reporting import tables

    (tmp_path / "a.txt").write_text(
        "Guards free detainees\nBy A. Writer\nPublished Monday, March 11, 2024\n\nThose freed on "
        "Saturday "
        "were 57 prisoners, the ministry said.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "Detainees freed\nBy B. Writer\nPublished Monday, March 11, 2024\n\nThe authorities freed "
        "57 "
        "prisoners on Saturday.\n",
        encoding="utf-8")
    corpus = load_corpus(tmp_path, cache=False)
    answers = summary.answer_labels(corpus)
    assert set(answers.values()) == {"57 prisoners released"}
    rows = tables.timeline_rows(corpus.events, corpus.articles, answers=answers)
    release = rows[rows["category"] == "release"]
    assert list(release["label"]) == ["57 prisoners released · 2 sources"]
    assert list(release["date"]) == ["2024-03-09"]
    plain = tables.timeline_rows(corpus.events, corpus.articles)
    assert "57 prisoners released" not in " ".join(plain["label"])


def test_a_disputed_figure_labels_nothing():
    """No answer, no label from it: a disputed quantity leaves the event's own words."""
    import types

    ev = pd.DataFrame({"event_id": ["e1"], "article_id": ["a"], "sentence": ["S"],
                       "category": ["release"]})
    cl = pd.DataFrame({"claim_id": ["c1"], "article_id": ["a"], "sentence": ["S"],
                       "counted": ["prisoners"]})
    gs = pd.DataFrame({"group_id": ["G1"], "claim_ids": [["c1"]]})
    cg = pd.DataFrame({"group_id": ["G1"], "kind": ["released"], "status": ["disputed"],
                       "headline": [None],
                       "headline_text": ["disputed"], "prospective": [False], "n_sources": [2],
                       "destination": [None], "population": [None]})
    corpus = types.SimpleNamespace(events=ev, claims=cl, group_sources=gs, claim_groups=cg)
    assert summary.answer_labels(corpus) == {}
    cg.loc[0, ["status", "headline", "headline_text"]] = ["agreed", 40.0, "40"]
    assert summary.answer_labels(corpus) == {"e1": "40 prisoners released"}
