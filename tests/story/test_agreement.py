"""The story's answer (agreement.synthesise) on small hand-made claims frames: groups, parts,
each source's figure, verdicts and headline figures."""
from pathlib import Path

import pandas as pd
import pytest

from analysis.story.agreement import (
    BOTH_SIDES,
    FIGURE_COLUMNS,
    SOURCE_COLUMNS,
    claim_groups,
    nationality,
    synthesise,
)
from analysis.story.copies import _positions
from analysis.story.populations import _held_by_nationality, _named_with_another
from analysis.story.rows import _figures_in
from analysis.story.sides import _exchange_total

FIXTURES = Path(__file__).parents[1] / "fixtures" / "claims"


@pytest.fixture(scope="module")
def claims():
    df = pd.read_csv(FIXTURES / "agreement_claims.csv", dtype={"article_id": str})
    return df.astype(object).where(df.notna(), None)


@pytest.fixture(scope="module")
def articles():
    return pd.DataFrame({"article_id": ["a1", "a2", "a3", "a4"],
                         "path": ["a1.txt", "a2.txt", "a3.txt", "a4.txt"],
                         "outlet": ["Harbour Post", "Coastal Daily", "Island Wire", "Gulf Times"]})


@pytest.fixture(scope="module")
def story(claims, articles):
    return synthesise(claims, articles)


@pytest.fixture(scope="module")
def groups(story):
    return story["claim_groups"]


def group(groups, kind, destination=None):
    hit = groups[(groups["kind"] == kind) &
                 (groups["destination"].isna() if destination is None
                  else groups["destination"] == destination)]
    assert len(hit) == 1, groups[["kind", "destination"]]
    return hit.iloc[0]


def sources_of(story, g):
    s = story["group_sources"]
    return {r.article_id: r for r in s[s["group_id"] == g.group_id].itertuples(index=False)}


def claim(cid, aid, value, kind="released", qualifier="exact", low=None, high=None, **kw):
    if low is None and high is None and qualifier == "exact":
        low = high = float(value)
    return {"claim_id": cid, "article_id": aid, "value": float(value), "low": low, "high": high,
            "qualifier": qualifier, "kind": kind, "counted_class": "people",
            "counted": kw.pop("counted", "prisoners"),
            "start": kw.pop("start", 10), **kw}


def test_exact_and_hedged_figures_that_overlap_agree(groups):
    g = group(groups, "released")
    assert g.verdict == "agree" and g.n_sources == 3 and g.status == "agreed"
    # 250, "about 240" (216..264) and "at least 200": the common ground is 250
    assert (g.low, g.high) == (250, 250)
    assert g.headline == 250 and g.n_support == 3
    assert g.answer.startswith("250, by all 3 sources")


def test_disjoint_intervals_conflict_and_two_sources_are_disputed(story, groups):
    g = group(groups, "remaining")
    assert g.verdict == "conflict" and g.n_sources == 2
    by_source = {a: tuple(None if pd.isna(x) else x for x in (r.low, r.high))
                 for a, r in sources_of(story, g).items()}
    assert by_source == {"a1": (901, None), "a3": (None, 500)}
    # one against one: no majority, never settled by order
    assert g.status == "disputed" and pd.isna(g.headline) and g.headline_text == "disputed"
    assert "more than 900 (1 source)" in g.answer and "up to 500 (1 source)" in g.answer


def test_one_source_is_unique_and_never_a_consensus(groups):
    g = group(groups, "demanded")
    assert g.verdict == "unique" and g.status == "single" and g.high == 3000
    assert g.answer == "up to 3,000, reported by one source (Gulf Times)"


def test_parts_in_one_sentence_sum_to_the_whole(story, groups):
    # a1: 62 went to Cyprus; a2: 40 Eritreans and 22 Sudanese arrived on Cypriot soil
    g = group(groups, "transferred", "Cyprus")
    assert g.verdict == "agree" and g.n_sources == 2 and g.n_parts == 0
    a2 = sources_of(story, g)["a2"]
    assert (a2.low, a2.high, a2.summed_parts, a2.part) == (62, 62, True, False)
    assert sorted(a2.claim_ids) == ["c6", "c7"]


def test_parts_that_do_not_add_up_conflict(claims, articles):
    df = claims.copy()
    df.loc[df["claim_id"] == "c7", ["value", "low", "high"]] = 30
    g = group(claim_groups(df, articles), "transferred", "Cyprus")
    assert g.verdict == "conflict"


def test_other_destinations_and_times_are_other_groups(groups):
    assert group(groups, "transferred", "Malta").verdict == "unique"
    earlier = groups[groups["kind"] == "earlier_release"]
    assert sorted(earlier["when"]) == ["april", "march"]
    assert set(earlier["verdict"]) == {"unique"}


def test_a_subset_in_the_same_source_is_listed_not_compared(story, groups):
    # a3 also says "two of them" were released: its figure stays "at least 200"
    a3 = sources_of(story, group(groups, "released"))["a3"]
    assert a3.value == 200 and a3.qualifier == "at_least" and a3.figure == "at least 200"
    assert a3.other_values == [2.0]


def test_kind_other_is_not_grouped_and_every_claim_is_placed_once(claims, groups):
    placed = [i for ids in groups["claim_ids"] for i in ids]
    assert len(placed) == len(set(placed))
    grouped_kinds = set(claims[claims["claim_id"].isin(placed)]["kind"])
    assert "other" not in grouped_kinds
    assert set(claims[claims["kind"] != "other"]["claim_id"]) == set(placed)


def test_group_ids_are_stable_and_positions_are_tidy(claims, articles, story, groups):
    again = synthesise(claims.sample(frac=1, random_state=3), articles)
    for name in ("claim_groups", "group_sources", "group_figures"):
        pd.testing.assert_frame_equal(again[name], story[name])
    s = story["group_sources"]
    assert (list(s.columns) == SOURCE_COLUMNS and list(story["group_figures"].columns)
            == FIGURE_COLUMNS)
    assert len(s) == groups["n_sources"].sum()
    assert not s.duplicated(["group_id", "article_id"]).any()
    assert set(s["outlet"].dropna()) <= {"Harbour Post", "Coastal Daily", "Island Wire",
                                         "Gulf Times"}
    assert story["group_figures"]["n_sources"].sum() == len(s)


def test_empty_input():
    story = synthesise(pd.DataFrame(), None)
    assert all(df.empty for df in story.values())


def test_a_partitive_is_a_part_and_does_not_conflict():
    """b1 states the whole (310) and a subset (44); b2 only a subset (18 of them): neither
    subset is set against the whole."""
    rows = [claim("c1", "b1", 44, subset=True, start=5), claim("c2", "b1", 310, start=50),
            claim("c3", "b2", 18, subset=True, start=9),
            claim("c4", "b3", 300, qualifier="about", low=270.0, high=330.0)]
    story = synthesise(pd.DataFrame(rows))
    g = story["claim_groups"].iloc[0]
    by = sources_of(story, g)
    assert by["b1"].value == 310 and not by["b1"].part
    assert by["b2"].part and by["b2"].supports is None
    assert g.verdict == "agree" and g.n_whole == 2 and g.n_parts == 1  # the 18 does not decide
    g = claim_groups(pd.DataFrame(rows[:3])).iloc[0]
    assert g.verdict == "unique"  # one whole beside a subset


def test_one_nationality_among_a_group_is_a_part_not_a_rival_total():
    """Two outlets give 87 sent to Moldova; a third gives only the 80 Estonians among
    them; a fourth gives 2 Moldovans and 85 Estonians in one sentence (87)."""
    rows = [claim("t1", "o1", 87, "transferred", destination="Moldova"),
            claim("t2", "o2", 87, "transferred", destination="Moldova"),
            claim("t3", "o3", 80, "transferred", destination="Moldova",
                  counted="freed Estonians"),
            claim("t4", "o4", 2, "transferred", destination="Moldovan territory",
                  counted="Moldovans",
                  sentence="2 Moldovans and 85 Estonians arrived on Moldovan territory."),
            claim("t5", "o4", 85, "transferred", destination="Moldovan territory",
                  counted="Estonians",
                  sentence="2 Moldovans and 85 Estonians arrived on Moldovan territory.",
                  start=30)]
    # the gazetteer knows real countries only: use two of them for the demonyms
    rows = [{**r, "destination": r["destination"].replace("Moldova", "Moldova"),
             "counted": r["counted"].replace("Moldovans", "Moldovans").replace("Estonians",
                                                                                 "Ethiopians"),
             "sentence": r.get("sentence")} for r in rows]
    story = synthesise(pd.DataFrame(rows))
    g = story["claim_groups"].iloc[0]
    assert len(story["claim_groups"]) == 1 and g.destination == "Moldova"
    by = sources_of(story, g)
    assert by["o3"].part and not by["o4"].part and by["o4"].value == 87
    assert g.verdict == "agree" and g.headline == 87 and g.n_whole == 3 and g.n_parts == 1
    assert "part of it: 80" in g.answer


def test_majority_headline_names_the_dissenting_source():
    rows = [claim("r1", "o1", 123), claim("r2", "o2", 123), claim("r3", "o3", 121)]
    arts = pd.DataFrame({"article_id": ["o1", "o2", "o3"], "path": ["1", "2", "3"],
                         "outlet": ["Alpha", "Beta", "Gamma"]})
    story = synthesise(pd.DataFrame(rows), arts)
    g = story["claim_groups"].iloc[0]
    assert (g.verdict, g.status, g.headline, g.n_support) == ("conflict", "majority", 123, 2)
    assert g.answer == "123, by 2 of 3 sources; 121: Gamma"
    by = sources_of(story, g)
    assert by["o1"].supports and by["o2"].supports and by["o3"].supports is False


def test_a_three_way_tie_is_disputed():
    rows = [claim("r1", "o1", 114), claim("r2", "o2", 109), claim("r3", "o3", 104)]
    g = claim_groups(pd.DataFrame(rows)).iloc[0]
    assert g.status == "disputed" and g.verdict == "conflict" and pd.isna(g.headline)


def test_a_source_s_figure_is_its_headline_not_a_minor_figure():
    """o1 gives 400 twice and, later, a vague 'hundreds' and 'two other activists': its
    figure is 400."""
    rows = [claim("r1", "o1", 400, start=5), claim("r2", "o1", 400, start=90),
            claim("r3", "o1", 100, qualifier="at_least", low=100.0, vague=True, start=40),
            claim("r4", "o1", 2, counted="other activists", start=60),
            claim("r5", "o2", 400)]
    story = synthesise(pd.DataFrame(rows))
    g = story["claim_groups"].iloc[0]
    assert sources_of(story, g)["o1"].value == 400 and g.status == "agreed"


def test_another_class_of_people_stated_on_its_own_is_another_quantity():
    """'At least 30 journalists remain jailed' beside 1,500 political prisoners held: not a
    rival total, not a part of it either, but its own quantity; 'including 12 journalists'
    is a part."""
    rows = [claim("h1", "o1", 1500, "remaining", counted="political prisoners"),
            claim("h2", "o2", 1400, "remaining", qualifier="more_than", low=1401.0,
                  counted="prisoners"),
            claim("h3", "o3", 30, "remaining", qualifier="at_least", low=30.0,
                  counted="journalists"),
            claim("h4", "o2", 12, "remaining", counted="journalists", subset=True, start=40)]
    story = synthesise(pd.DataFrame(rows))
    g = story["claim_groups"].set_index("label")
    assert list(g.index) == ["remaining", "remaining, journalists"]
    assert g.loc["remaining", "verdict"] == "agree" and g.loc["remaining", "n_sources"] == 2
    assert g.loc["remaining, journalists", "status"] == "single"
    assert g.loc["remaining, journalists", "answer"].startswith("at least 30, reported by one "
                                                                "source")
    # a story whose whole population is a class ("sailors") keeps it whole
    crew = [claim("s1", "o1", 250, counted="sailors"), claim("s2", "o2", 250, counted="sailors"),
            claim("s3", "o3", 250, counted="crew members")]
    assert len(claim_groups(pd.DataFrame(crew))) == 1


def test_a_second_release_on_another_day_is_another_quantity():
    rows = [claim("r1", "o1", 60, sentence="On Monday 60 were freed."),
            claim("r2", "o2", 60, sentence="60 prisoners walked free on Monday."),
            claim("r3", "o3", 60, sentence="The 60 were freed."),
            claim("r4", "o3", 12, sentence="On Thursday a further 12 were freed.", start=80)]
    events = pd.DataFrame({"article_id": ["o1", "o2", "o3"],
                           "date": ["2026-03-02", "2026-03-02", "2026-03-05"],
                           "precision": ["day"] * 3, "category": ["release"] * 3,
                           "start": [0, 30, 80],
                           "sentence": ["On Monday 60 were freed.",
                                        "60 prisoners walked free on Monday.",
                                        "On Thursday a further 12 were freed."]})
    g = claim_groups(pd.DataFrame(rows), events=events).set_index("when", drop=False)
    assert len(g) == 2
    main = g[g["when"].isna()].iloc[0]
    later = g[g["when"] == "2026-03-05"].iloc[0]
    assert (main.verdict, main.headline, main.n_sources) == ("agree", 60, 3)
    assert (later.verdict, later.headline) == ("unique", 12)
    # without the dates, the 12 is o3's minor figure in the one group
    g = claim_groups(pd.DataFrame(rows))
    assert len(g) == 1 and g.iloc[0].verdict == "agree"


def test_stages_of_a_release_on_consecutive_days_are_told_apart():
    """A swap its sources tell in stages on consecutive days ("the first stage ... 390 on
    Friday", "the second phase ... 307 on Saturday"), each day's figure given by two sources:
    two releases, not one in conflict. A figure only one source dates to the next day ("a first
    group of 40 ..., the rest followed on Friday") stays a day's slip of the one release."""
    said = {"a1": "In the first stage, 390 were freed on Friday.",
            "b1": "The two sides freed 390 on Friday.",
            "a2": "In the second phase, 307 were freed on Saturday.",
            "b2": "A further 307 were freed on Saturday."}
    rows = [claim(cid, cid[0] + ".txt", v, sentence=said[cid]) for cid, v in
            [("a1", 390), ("b1", 390), ("a2", 307), ("b2", 307)]]
    days = {"a1": "2026-03-06", "b1": "2026-03-06", "a2": "2026-03-07", "b2": "2026-03-07"}
    events = pd.DataFrame({"article_id": [c[0] + ".txt" for c in said],
                           "date": [days[c] for c in said], "precision": ["day"] * 4,
                           "category": ["release"] * 4, "start": [10] * 4,
                           "sentence": list(said.values())})
    g = claim_groups(pd.DataFrame(rows), events=events)
    assert len(g) == 2 and set(g["verdict"]) == {"agree"}
    assert sorted(g["headline"]) == [307, 390]
    # the next day's figure from one source only: the same release, a day's slip
    one = [r for r in rows if r["claim_id"] != "b2"]
    g = claim_groups(pd.DataFrame(one), events=events[events["article_id"].isin(
        ["a.txt", "b.txt"]) & ~((events["article_id"] == "b.txt")
                               & (events["date"] == "2026-03-07"))])
    assert len(g) == 1


def test_undated_figures_batches_and_totals_find_their_release():
    said = {"r1": "On Monday 60 were freed.", "r2": "60 prisoners walked free on Monday.",
            "r3": "On Thursday 12 more were let go.", "r4": "On Thursday 12 were freed."}
    rows = [claim(cid, aid, v, sentence=said[cid]) for cid, aid, v in
            [("r1", "o1", 60), ("r2", "o2", 60), ("r3", "o1", 12), ("r4", "o2", 12)]]
    rows += [
        # undated: repeats Thursday's figure, so it is Thursday's release
        claim("u1", "o3", 12, sentence="Twelve hostages are free."),
        # undated: a further batch, which the one other day is
        claim("u2", "o5", 11, sentence="A further 11 were freed.", expression="11"),
        # undated: both releases together (60 + 12)
        claim("u3", "o4", 72, sentence="In all, 72 have been freed in four days."),
        claim("u4", "o4", 60, sentence="Sixty were freed first.")]
    events = pd.DataFrame({"article_id": ["o1", "o2", "o1", "o2"],
                           "date": ["2026-03-02", "2026-03-02", "2026-03-05", "2026-03-05"],
                           "precision": ["day"] * 4, "category": ["release"] * 4,
                           "start": [0, 30, 60, 90],
                           "sentence": [said[k] for k in ("r1", "r2", "r3", "r4")]})
    g = claim_groups(pd.DataFrame(rows), events=events).set_index("label")
    assert g.loc["released", "claim_ids"] == ["r1", "r2", "u4"]
    later = g.loc["released (2026-03-05)"]
    assert later.claim_ids == ["r3", "r4", "u1", "u2"] and later.verdict == "conflict"
    assert g.loc["released (all releases together)", "claim_ids"] == ["u3"]
    assert len(g) == 3


def test_a_count_of_a_release_under_way_is_not_a_rival_of_its_total():
    rows = [claim("t1", "o1", 400, sentence="The government freed 400 prisoners."),
            claim("t2", "o2", 400, sentence="All 400 prisoners are now free."),
            claim("s1", "o3", 20, qualifier="more_than", low=21,
                  sentence="So far more than 20 people have been released, monitors say."),
            claim("s2", "o4", 24, qualifier="about", low=22, high=26,
                  sentence="By Tuesday, the ministry had let go about two dozen inmates."),
            claim("s3", "o5", 20, qualifier="about", low=18, high=22,
                  sentence="About 20 were freed in the last two days.")]
    g = claim_groups(pd.DataFrame(rows)).set_index("label")
    assert g.loc["released", "verdict"] == "agree" and g.loc["released", "headline"] == 400
    assert g.loc["released (so far)", "claim_ids"] == ["s1", "s2", "s3"]
    assert g.loc["released (so far)", "verdict"] == "agree"
    # "Overall, ..." opens a count of everything so far
    overall = claim("s4", "o6", 100, qualifier="more_than", low=101, sentence=(
        "Overall, the truce has led to the release of more than 100 prisoners."))
    g = claim_groups(pd.DataFrame(rows + [overall])).set_index("label")
    assert "s4" in g.loc["released (so far)", "claim_ids"]
    # a count across several exchanges ("as a result of these swaps") is one so far too
    these = claim("s5", "o7", 3500, sentence=(
        "In total, 3,500 people have been released as a result of these swaps."))
    g = claim_groups(pd.DataFrame(rows + [these])).set_index("label")
    assert "s5" not in g.loc["released", "claim_ids"]
    assert g.loc["released", "verdict"] == "agree"
    assert g.loc["released", "verdict"] == "agree"
    # a count so far that gives the total itself is the release
    rows[2] = claim("s1", "o3", 400, sentence="So far 400 people have been freed.")
    g = claim_groups(pd.DataFrame(rows)).set_index("label")
    assert "s1" in g.loc["released", "claim_ids"] and "s2" in g.loc["released", "claim_ids"]


def test_the_whole_a_release_is_taken_from_is_the_count_held_before_it():
    one = "Tarvo has released 40 of the 65 political prisoners it holds."
    two = "Of the 65 prisoners, 40 were freed on Sunday."
    rows = [claim("a", "o1", 40, sentence=one, expression="40"),
            claim("b", "o1", 65, sentence=one, expression="65"),
            claim("c", "o2", 65, sentence=two, expression="65"),
            claim("d", "o2", 40, sentence=two, expression="40"),
            claim("e", "o3", 40, sentence="Forty prisoners were freed.", expression="Forty")]
    g = claim_groups(pd.DataFrame(rows)).set_index("label")
    # not "released: 65 vs 40, disputed"
    assert g.loc["released", "claim_ids"] == ["a", "d", "e"]
    assert g.loc["released", "verdict"] == "agree"
    assert g.loc["remaining (before the release)", "claim_ids"] == ["b", "c"]
    # a larger figure beside the freed one is not their whole unless "of" joins them
    rows[1] = claim("b", "o1", 65, sentence="It freed 40 and then 65 of the others.",
                    expression="65")
    g = claim_groups(pd.DataFrame(rows)).set_index("label")
    assert g.loc["remaining (before the release)", "claim_ids"] == ["c"]
    # the whole is itself freed ("who returned"): the part is a part of the release
    three = "Officials said 15 of the 40 soldiers who returned were freed without a swap."
    rows[2:4] = [claim("c", "o2", 40, sentence=three, expression="40"),
                 claim("d", "o2", 15, sentence=three, expression="15")]
    g = claim_groups(pd.DataFrame(rows)).set_index("label")
    assert "remaining (before the release)" not in g.index
    # a count read as held now ("the 17 remaining") that a freed part is taken from was held
    # before the release, no rival of the three still held after it
    four = "Fourteen of the 17 remaining students have been freed by their captors."
    rows = [claim("f", "o4", 14, sentence=four, expression="Fourteen", counted="students"),
            claim("g", "o4", 17, kind="remaining", sentence=four, expression="17",
                  counted="remaining students"),
            claim("h", "o4", 3, kind="remaining", expression="three", counted="students",
                  start=300, sentence="Three students remain in captivity."),
            claim("i", "o5", 3, kind="remaining", expression="3", counted="students",
                  sentence="3 students are still held.")]
    g = claim_groups(pd.DataFrame(rows)).set_index("label")
    assert g.loc["remaining (before the release)", "claim_ids"] == ["g"]
    assert g.loc["remaining", "verdict"] == "agree"


def test_a_handover_to_no_place_of_the_release_figure_is_that_release():
    rows = [claim("r1", "o1", 31, sentence="Gunmen freed 31 pupils."),
            claim("r2", "o2", 31, sentence="The 31 pupils are free."),
            claim("r3", "o2", 5, sentence="Five of them were freed first."),
            claim("t1", "o3", 31, "transferred", sentence="The army handed over the 31 pupils "
                  "to the governor."),
            # a smaller figure handed over is no figure of the release
            claim("t2", "o4", 5, "transferred", sentence="Five were handed to their parents.")]
    g = claim_groups(pd.DataFrame(rows)).set_index("label")
    assert g.loc["released", "n_sources"] == 3 and g.loc["released", "verdict"] == "agree"
    assert "t1" in g.loc["released", "claim_ids"]
    assert not any("t2" in ids for ids in g[g["kind"] == "released"]["claim_ids"])
    # the handover is the release, not also a transfer to nowhere beside it
    assert not any("t1" in ids for ids in g[g["kind"] == "transferred"]["claim_ids"])


def test_the_others_told_again_are_the_same_part():
    """"freed Ann Lee and 14 other hostages" then "Fourteen other hostages were rescued" in the
    same article: the 14 told again is the same part of the 15, not a whole of its own."""
    rows = [claim("a1", "a.txt", 14, counted="other hostages", expression="14",
                  sentence="Soldiers were able to free Ann Lee and 14 other hostages."),
            claim("a2", "a.txt", 14, counted="other hostages", expression="Fourteen", start=200,
                  sentence="Fourteen other hostages were rescued, including three Tarvans."),
            claim("b1", "b.txt", 15, counted="hostages", expression="15",
                  sentence="Soldiers freed 15 hostages."),
            claim("c1", "c.txt", 14, counted="hostages", expression="14",
                  sentence="Soldiers freed 14 hostages.")]
    out = synthesise(pd.DataFrame(rows))
    srcs = out["group_sources"]
    a = srcs[(srcs["article_id"] == "a.txt") & ~srcs["part"].astype(bool)]
    assert a["value"].tolist() == [15.0]


@pytest.mark.parametrize("said, expression", [
    ("The president pardoned the blogger Ann Lee and five other prisoners.", "five"),
    ("The president pardoned activist Omar el-Tahir, along with five other prisoners.", "five"),
    ("Chad freed a Sudanese journalist and five other Sudanese citizens.", "five"),
    # a description set off by dashes, a singular passive, a headline's pair
    ("Ann Lee – a teacher at the mission school in the hills – was released alongside five "
     "others.", "five"),
    ("Missionary Ann Lee has been safely released, along with the five other people taken "
     "with her.", "five"),
    # a description between commas, and where from, between the name and "along with"
    ("On Monday, Ann Lee, director of the mission hospital, was released from detention "
     "along with five other prisoners.", "five"),
    ("Teacher, five others freed after school kidnapping", "five"),
    # "the other five" after one person, described by what he is "of"
    ("Officials said Omar el-Tahir, son of the movement's founder, and the other five "
     "prisoners were freed.", "five"),
    ("Officials said Omar Tahir and the other five prisoners were freed.", "five"),
])
def test_one_person_named_with_others_is_counted_with_them(said, expression):
    rows = [claim("a1", "a.txt", 5, counted="other prisoners", sentence=said,
                  expression=expression),
            claim("b1", "b.txt", 6, sentence="Six prisoners were pardoned.", expression="Six")]
    out = synthesise(pd.DataFrame(rows))
    g = out["claim_groups"].set_index("kind").loc["released"]
    assert g.verdict == "agree" and g.headline == 6
    srcs = out["group_sources"].set_index("article_id")
    assert srcs.loc["a.txt", "value"] == 6 and srcs.loc["a.txt", "summed_parts"]


@pytest.mark.parametrize("said, counted, whole", [
    ("The mission said Ann Lee and the five Tarvan nationals have been released.",
     "Tarvan nationals", 6),
    ("The mission said Ann Lee along with five colleagues has been released.", "colleagues", 6),
    # a place, not a person, before "and"
    ("Talks between Saudi Arabia and the five prisoners ended with their release.",
     "prisoners", 5),
])
def test_one_person_named_in_full_beside_a_count_is_counted_with_it(said, counted, whole):
    """"Ann Lee and the five Tarvan nationals have been released": six, the five a part (the
    one named is not among them), as another source's six."""
    rows = [claim("a1", "a.txt", 5, counted=counted, sentence=said, expression="five"),
            claim("b1", "b.txt", 6, sentence="Six hostages were freed.", expression="Six")]
    srcs = synthesise(pd.DataFrame(rows))["group_sources"].set_index("article_id")
    assert srcs.loc["a.txt", "value"] == whole


def test_a_count_of_one_sex_is_a_part_of_those_freed():
    """"989 male inmates" beside "1,004 prisoners freed" (and another source's 989 men
    told as its only figure) is a part, never the source's whole nor a rival of 1,004."""
    rows = [claim("a1", "a.txt", 1004, counted="prisoners", expression="1,004",
                  sentence="The president pardoned 1,004 prisoners on Monday."),
            claim("a2", "a.txt", 989, counted="male inmates", expression="989", start=80,
                  sentence="Among them are 989 male inmates, officials said."),
            claim("b1", "b.txt", 989, counted="male prisoners", expression="989",
                  sentence="Officials said 989 male prisoners walked free."),
            claim("c1", "c.txt", 1004, counted="convicts", expression="1,004",
                  sentence="Some 1,004 convicts were freed.")]
    out = synthesise(pd.DataFrame(rows))
    srcs = out["group_sources"].set_index("article_id")
    assert srcs.loc["a.txt", "value"] == 1004 and bool(srcs.loc["b.txt", "part"])
    assert set(out["claim_groups"]["verdict"]) == {"agree"}


def test_listed_alongside_others_after_a_participle_counts_the_one_named():
    said = ("The decree said the king had freed a number of people after a long and careful "
            "review, listing Ann Lee's name alongside five others.")
    rows = [claim("a1", "a.txt", 5, counted="others", sentence=said, expression="five"),
            claim("b1", "b.txt", 6, sentence="Six prisoners were pardoned.", expression="Six")]
    srcs = synthesise(pd.DataFrame(rows))["group_sources"].set_index("article_id")
    assert srcs.loc["a.txt", "value"] == 6 and srcs.loc["a.txt", "summed_parts"]


@pytest.mark.parametrize("besides, value", [(True, 6), (False, 5)])
def test_others_besides_one_named_earlier_are_one_more_and_no_further_batch(besides, value):
    """"Ann Lee was granted clemency. ... Another five inmates were pardoned as well" (the
    claim's besides_earlier): six, in the one release; without it "another five" is a further
    batch."""
    said = "Another five inmates were pardoned as well, the officials added."
    rows = [claim("a1", "a.txt", 5, sentence=said, expression="five", besides_earlier=besides),
            claim("b1", "b.txt", 6, sentence="Six prisoners were pardoned.", expression="Six")]
    out = synthesise(pd.DataFrame(rows))
    srcs = out["group_sources"].set_index("article_id")
    main = srcs.loc["b.txt", "group_id"]
    assert (srcs.loc["a.txt", "group_id"] == main) is besides
    assert srcs.loc["a.txt", "value"] == value


@pytest.mark.parametrize("said, expression", [
    # a description set off by commas after the name is still the one person
    ("In May, Ruritania freed Ann Lee, a reporter and the wife of the opposition leader Bo "
     "Lee, and five others.", "five"),
    # the one person as the clause's subject
    ("She was allowed to leave the country in May along with five others.", "five"),
])
def test_one_person_described_or_the_subject_is_counted_with_the_others(said, expression):
    rows = [claim("a1", "a.txt", 5, counted="others", sentence=said, expression=expression),
            claim("b1", "b.txt", 6, sentence="Six prisoners were pardoned.", expression="Six")]
    srcs = synthesise(pd.DataFrame(rows))["group_sources"].set_index("article_id")
    assert srcs.loc["a.txt", "value"] == 6 and srcs.loc["a.txt", "summed_parts"]


def test_a_described_subject_is_the_one_person_with_the_others():
    said = ("Ann Lee, a poet and teacher who spent four years in prison, landed in Chad "
            "alongside nine other detainees.")
    rows = [claim("a1", "a.txt", 9, "transferred", counted="other detainees",
                  destination="Chad", sentence=said, expression="nine"),
            claim("b1", "b.txt", 10, "transferred", destination="Chad",
                  sentence="Ten prisoners were taken to Chad.", expression="Ten")]
    srcs = synthesise(pd.DataFrame(rows))["group_sources"].set_index("article_id")
    assert srcs.loc["a.txt", "value"] == 10 and srcs.loc["a.txt", "summed_parts"]


def test_others_beside_two_people_named_are_no_rival_of_the_release():
    """"The court freed Ann Lee, a union chief, and her brother, Bo Lee, as well as three
    other organisers": the whole is unstated, so the three rival no source's two."""
    said = ("The court freed Ann Lee, a union chief, and her brother, Bo Lee, as well as three "
            "other organisers.")
    rows = [claim("a1", "a.txt", 3, counted="other organisers", sentence=said,
                  expression="three"),
            claim("b1", "b.txt", 2, counted="others", sentence="Two others were freed.",
                  expression="Two"),
            claim("c1", "c.txt", 2, counted="organisers", sentence="Two organisers were freed.",
                  expression="Two")]
    out = synthesise(pd.DataFrame(rows))
    srcs = out["group_sources"].set_index("article_id")
    assert srcs.loc["a.txt", "value"] == 3
    assert srcs.loc["a.txt", "group_id"] != srcs.loc["b.txt", "group_id"]
    assert (out["claim_groups"]["verdict"] != "conflict").all()


@pytest.mark.parametrize("held_too, copied", [(False, True), (True, False)])
def test_people_whose_release_is_demanded_are_still_held(held_too, copied):
    said = "The union leader urged the release of another 870 political prisoners."
    rows = [claim("a1", "a.txt", 870, "demanded", counted="political prisoners", sentence=said,
                  expression="870"),
            claim("b1", "b.txt", 14, sentence="Fourteen were freed.", expression="Fourteen")]
    if held_too:
        rows.append(claim("a2", "a.txt", 800, "remaining", qualifier="more_than", low=801,
                          high=None, counted="political prisoners",
                          sentence="More than 800 remain jailed.", expression="More than 800"))
    out = synthesise(pd.DataFrame(rows))
    g = out["claim_groups"]
    held = g[g["kind"] == "remaining"]
    srcs = out["group_sources"]
    values = srcs[srcs["group_id"].isin(held["group_id"])]["value"].tolist()
    assert (870 in values) is copied
    assert (g["kind"] == "demanded").any()


@pytest.mark.parametrize("said, copied", [
    ("The families called for two other Chileans still held in Xanadu to be released.", True),
    ("The families called for two Chileans who remain in custody to be released.", True),
    ("The families called for two Chileans to be released.", False),
])
def test_people_said_to_be_still_held_whose_release_is_demanded_are_held(said, copied):
    rows = [claim("a1", "a.txt", 2, "demanded", counted="other Chileans", sentence=said,
                  expression="two")]
    g = synthesise(pd.DataFrame(rows))["claim_groups"]
    assert bool((g["kind"] == "remaining").any()) is copied


@pytest.mark.parametrize("said", [
    "She said the army freed 300 soldiers along with five others.",
    "He said the militia freed soldiers along with five others.",
])
def test_a_speaker_is_not_the_one_freed_with_the_others(said):
    rows = [claim("a1", "a.txt", 5, counted="others", sentence=said, expression="five")]
    srcs = synthesise(pd.DataFrame(rows))["group_sources"]
    assert srcs["value"].tolist() == [5]


@pytest.mark.parametrize("said", [
    # "him" named elsewhere in the clause, or a group counted just before: no count of names
    "Russia released him in a deal that also freed Ann Lee and five other prisoners.",
    "The deal freed 300 detained rebels, and five other prisoners.",
])
def test_others_beside_an_unclear_number_of_people_stay_as_stated(said):
    rows = [claim("a1", "a.txt", 5, counted="other prisoners", sentence=said,
                  expression="five")]
    srcs = synthesise(pd.DataFrame(rows))["group_sources"]
    assert srcs["value"].tolist() == [5]


@pytest.mark.parametrize("also_freed, in_release", [(False, True), (True, False)])
def test_people_sent_back_to_their_country_were_freed(also_freed, in_release):
    """A source telling only that 23 Chadian soldiers were handed back to Chad gives the
    release's figure too; one that tells its own release figure keeps that one."""
    rows = [claim("a1", "a.txt", 23, "transferred", counted="Chadian soldiers",
                  destination="Chad",
                  sentence="Ostland handed over 23 Chadian soldiers back to Chad."),
            claim("b1", "b.txt", 23, counted="soldiers", sentence="Ostland freed 23 soldiers."),
            claim("c1", "c.txt", 23, counted="soldiers", sentence="The 23 soldiers are free.")]
    if also_freed:
        rows.append(claim("a2", "a.txt", 20, counted="soldiers",
                          sentence="Ostland freed 20 soldiers."))
    out = synthesise(pd.DataFrame(rows))
    g = out["claim_groups"]
    released = g[(g["kind"] == "released")].iloc[0]
    srcs = out["group_sources"]
    mine = srcs[(srcs["group_id"] == released.group_id) & (srcs["article_id"] == "a.txt")]
    assert (mine["value"].tolist() == [23]) is in_release
    assert (g["kind"] == "transferred").any()


@pytest.mark.parametrize("added", [True, False])
def test_people_added_to_a_release_do_not_stand_for_it(added):
    """"Another 22 came home outside the exchange" adds people to the release: a source
    telling it beside "175 Chadian soldiers were handed back to Chad" still gives the 175 for
    the release; a plain "freed 22" is its own figure of the release."""
    said = ("Another 22 soldiers were freed outside the exchange." if added
            else "Ostland freed 22 soldiers.")
    rows = [claim("a1", "a.txt", 175, "transferred", counted="Chadian soldiers",
                  destination="Chad",
                  sentence="Ostland handed over 175 Chadian soldiers back to Chad."),
            claim("a2", "a.txt", 22, counted="soldiers", sentence=said, expression="22"),
            claim("b1", "b.txt", 175, counted="soldiers", sentence="Ostland freed 175 soldiers.")]
    out = synthesise(pd.DataFrame(rows))
    srcs = out["group_sources"]
    g = out["claim_groups"]
    released = g[g["kind"] == "released"]["group_id"]
    mine = srcs[srcs["group_id"].isin(released) & (srcs["article_id"] == "a.txt")]
    assert (175 in mine["value"].tolist()) is added


@pytest.mark.parametrize("subset, total", [(True, 5210), (False, 5297)])
def test_foreigners_included_in_a_national_count_are_not_added_to_it(subset, total):
    """"5,210 Fooish prisoners, including 87 foreigners": a part; "5,210 nationals and 87
    foreign nationals": a release of 5,297."""
    said = ("The junta freed 5,210 Chadian prisoners, including 87 foreigners." if subset
            else "The junta freed 5,210 Chadian prisoners and 87 foreigners.")
    rows = [claim("a1", "a.txt", 5210, counted="Chadian prisoners", sentence=said,
                  expression="5,210"),
            claim("a2", "a.txt", 87, "foreign_nationals", counted="foreigners", sentence=said,
                  expression="87", subset=subset, start=40)]
    srcs = synthesise(pd.DataFrame(rows))["group_sources"]
    assert total in srcs["value"].tolist()


@pytest.mark.parametrize("in_caption, figure", [(True, 9652), (False, 9600)])
def test_a_caption_s_figure_ranks_below_the_story_s(in_caption, figure):
    caption = "Families wait outside the jail for the release of around 9600 prisoners."
    rows = [claim("a1", "a.txt", 9600, qualifier="about", low=8640, high=10560,
                  sentence=caption, expression="around 9600", start=900),
            claim("a2", "a.txt", 9652, qualifier="more_than", low=9653, high=None,
                  sentence="The junta freed more than 9,652 prisoners on Thursday.",
                  expression="more than 9,652", start=10),
            claim("b1", "b.txt", 9652, sentence="9,652 prisoners were freed.",
                  expression="9,652"),
            claim("c1", "c.txt", 9600, qualifier="about", low=8640, high=10560,
                  sentence="About 9600 prisoners were freed.", expression="About 9600")]
    articles = pd.DataFrame({"article_id": ["a.txt", "b.txt", "c.txt"],
                             "path": ["a.txt", "b.txt", "c.txt"],
                             "captions": [[caption] if in_caption else [], [], []]})
    srcs = synthesise(pd.DataFrame(rows), articles)["group_sources"].set_index("article_id")
    assert srcs.loc["a.txt", "value"] == figure


def test_a_count_held_the_story_s_people_are_among_is_a_wider_quantity():
    """In a story of Chadians freed, "at least nine Chadians are believed to be among over
    1,300 detained" counts the story's people held; the 1,300 are everyone held."""
    said = "At least nine Chadians are believed to be among over 1,300 detained."
    rows = [claim("a1", "a.txt", 6, counted="Chadians", sentence="Six Chadians were freed.",
                  expression="Six"),
            claim("a2", "a.txt", 9, "remaining", qualifier="at_least", low=9, high=None,
                  counted="Chadians", sentence=said, expression="At least nine", start=40),
            claim("a3", "a.txt", 1300, "remaining", qualifier="more_than", low=1301,
                  high=None, counted="detained", sentence=said, expression="over 1,300",
                  start=80),
            claim("b1", "b.txt", 6, counted="Chadians", sentence="Six Chadians were freed.",
                  expression="Six"),
            claim("b2", "b.txt", 9, "remaining", qualifier="at_least", low=9, high=None,
                  counted="Chadians", sentence="At least nine Chadians remain jailed.",
                  expression="At least nine", start=40)]
    out = synthesise(pd.DataFrame(rows))
    g = out["claim_groups"]
    srcs = out["group_sources"]
    held = srcs[srcs["group_id"].isin(g[g["kind"] == "remaining"]["group_id"])]
    nine = held[held["value"] == 9]
    assert set(nine["article_id"]) == {"a.txt", "b.txt"} and nine["group_id"].nunique() == 1
    assert (g[g["group_id"] == nine["group_id"].iloc[0]]["verdict"] == "agree").all()


def test_a_bare_place_word_is_no_destination():
    rows = [claim("t1", "o1", 40, "transferred", destination="border"),
            claim("t2", "o2", 40, "transferred", destination="Moldova")]
    g = claim_groups(pd.DataFrame(rows))
    assert len(g) == 1 and g.iloc[0].n_sources == 2 and g.iloc[0].destination == "Moldova"


def test_nationality_of_a_counted_phrase():
    assert nationality("freed Belarusians") and nationality("Ukrainian citizens")
    assert nationality("foreign nationals") and nationality("two Kenyan nationals")
    assert not nationality("political prisoners") and not nationality("journalists")
    assert not nationality(None)


def test_a_prospect_is_compared_only_with_prospects():
    """b1 counts 1,150 still held; b2 says talks could free "up to 800" of those still held:
    not a conflict about how many are held."""
    rows = [claim("h1", "b1", 1150, "remaining", prospective=False, start=5),
            claim("h2", "b3", 1100, "remaining", qualifier="at_least", low=1100.0,
                  prospective=False, start=5),
            claim("p1", "b2", 800, "remaining", qualifier="up_to", high=800.0, prospective=True,
                  start=9)]
    g = claim_groups(pd.DataFrame(rows)).set_index("prospective")
    assert g.loc[False, "verdict"] == "agree" and g.loc[False, "claim_ids"] == ["h1", "h2"]
    assert g.loc[True, "verdict"] == "unique" and g.loc[True, "claim_ids"] == ["p1"]
    # without the flag, the same figures conflict
    plain = claim_groups(pd.DataFrame(rows).drop(columns="prospective"))
    assert list(plain["verdict"]) == ["conflict"]


def test_a_city_counts_as_its_country():
    rows = [claim("t1", "o1", 19, "transferred", destination="Riyadh"),
            claim("t2", "o2", 19, "transferred", destination="Saudi Arabia")]
    g = claim_groups(pd.DataFrame(rows))
    assert len(g) == 1 and g.iloc[0].destination == "Saudi Arabia" and g.iloc[0].verdict == "agree"


def test_a_transfer_without_destination_joins_the_group_that_gives_its_figure():
    rows = [claim("t1", "o1", 114, "transferred", destination="Moldova"),
            claim("t2", "o2", 114, "transferred"),
            claim("t3", "o3", 9, "transferred", destination="Latvia"),
            claim("t4", "o3", 57, "transferred", start=50)]
    g = claim_groups(pd.DataFrame(rows)).set_index("label")
    assert g.loc["transferred → Moldova", "n_sources"] == 2
    # 57 matches no figure with a destination: it stays apart, not in Latvia's group, and is
    # never compared with another source's transfer to a place nobody names
    assert g.loc["transferred (destination not given; o3)", "claim_ids"] == ["t4"]
    assert g.loc["transferred → Latvia", "n_sources"] == 1
    rows += [claim("t5", "o4", 60, "transferred")]
    g = claim_groups(pd.DataFrame(rows)).set_index("label")
    assert g.loc["transferred (destination not given; o4)", "verdict"] == "unique"


def test_a_further_batch_is_another_quantity():
    rows = [claim("r1", "o1", 57, sentence="Officials freed 57 prisoners.", expression="57"),
            claim("r2", "o2", 57, sentence="57 prisoners were freed.", expression="57"),
            claim("r3", "o2", 17, sentence="Days later, a further 17 were freed.", expression="17",
                  start=90),
            claim("r4", "o3", 17, sentence="The government releases 17 more.", expression="17")]
    g = claim_groups(pd.DataFrame(rows)).set_index("label")
    assert g.loc["released", "verdict"] == "agree" and g.loc["released", "n_sources"] == 2
    assert g.loc["released (a further batch)", "verdict"] == "agree"
    assert g.loc["released (a further batch)", "claim_ids"] == ["r3", "r4"]


def test_a_further_batch_of_the_same_day_is_another_quantity():
    """ "Another 361 were also freed on Wednesday across the south": a further batch, also on
    the story's own day, not the source's figure of the release."""
    rows = [claim("r1", "o1", 116, sentence="Tarvo was freed with 115 others on Wednesday.",
                  expression="116", when="on Wednesday"),
            claim("r2", "o1", 361, sentence="Another 361 detainees were also freed on Wednesday "
                  "across the south.", expression="361", when="on Wednesday", start=90),
            claim("r3", "o2", 116, sentence="116 prisoners were freed on Wednesday.",
                  expression="116", when="on Wednesday")]
    g = claim_groups(pd.DataFrame(rows)).set_index("label")
    assert g.loc["released", "verdict"] == "agree" and g.loc["released", "claim_ids"] == [
        "r1", "r3"]
    assert g.loc["released (a further batch)", "claim_ids"] == ["r2"]


def test_a_count_held_before_the_release_is_another_quantity_than_the_count_now():
    now = "With the release of 40 pupils, 60 pupils are still held."
    rows = [claim("m1", "o1", 60, "remaining", sentence=now, expression="60"),
            claim("m2", "o2", 60, "remaining", sentence="Some 60 pupils remain in captivity.",
                  expression="60"),
            # what an escape left, in the escape's own sentence
            claim("e1", "o1", 20, "earlier_release",
                  sentence="Twenty pupils escaped at once, leaving 100 villagers in captivity.",
                  expression="Twenty"),
            claim("b1", "o1", 100, "remaining",
                  sentence="Twenty pupils escaped at once, leaving 100 villagers in captivity.",
                  expression="100"),
            claim("b2", "o3", 100, "remaining", sentence="In all, 100 villagers were kept in "
                  "captivity until the latest handover.", expression="100")]
    g = claim_groups(pd.DataFrame(rows)).set_index("label")
    assert g.loc["remaining", "claim_ids"] == ["m1", "m2"]
    assert g.loc["remaining", "verdict"] == "agree"
    assert g.loc["remaining (before the release)", "claim_ids"] == ["b1", "b2"]
    # a present-tense count beside an earlier release is the count now
    rows[3] = claim("b1", "o1", 60, "remaining", sentence="Twenty pupils escaped at once and 60 "
                    "remain held.", expression="60")
    rows[2] = claim("e1", "o1", 20, "earlier_release", sentence="Twenty pupils escaped at once "
                    "and 60 remain held.", expression="Twenty")
    g = claim_groups(pd.DataFrame(rows)).set_index("label")
    assert "b1" in g.loc["remaining", "claim_ids"]
    still = "The release brings those freed to 30, leaving 60 pupils still in captivity."
    rows[2] = claim("e1", "o1", 30, "earlier_release", sentence=still, expression="30")
    rows[3] = claim("b1", "o1", 60, "remaining", sentence=still, expression="60")
    g = claim_groups(pd.DataFrame(rows)).set_index("label")
    assert "b1" in g.loc["remaining", "claim_ids"]


def test_a_month_that_did_not_resolve_joins_the_one_group_of_that_month():
    rows = [claim("a", "o1", 4, "earlier_release", when="in May", sentence="Four in May."),
            claim("b", "o2", 6, "earlier_release", when="in June", sentence="Six in June."),
            # o3 has no date of its own: its "in May" cannot resolve to a year
            claim("c", "o3", 4, "earlier_release", when="in May", sentence="Four in May."),
            claim("d", "o3", 6, "earlier_release", when="last week", sentence="Six last week.")]
    events = pd.DataFrame([
        {"article_id": aid, "sentence": sent, "expression": expr, "date": pd.Timestamp(day),
         "precision": "month", "category": "release"}
        for aid, sent, expr, day in [("o1", "Four in May.", "in May", "2031-05-01"),
                                     ("o2", "Six in June.", "in June", "2031-06-01")]])
    g = claim_groups(pd.DataFrame(rows), events=events)
    may = g[g.claim_ids.map(lambda ids: "a" in ids)].iloc[0]
    assert may.claim_ids == ["a", "c"] and may.verdict == "agree"
    # "last week" names no month: it stays apart rather than guess
    assert g[g.claim_ids.map(lambda ids: "d" in ids)].iloc[0].claim_ids == ["d"]


def test_a_day_that_did_not_resolve_joins_the_earlier_release_of_that_day():
    """o3 (undated) tells "on March 3 last year, 47 were freed"; o2 dates a release of 47 to
    3 March 2030, before the main release of 9 January 2031 that o1 and o2 report."""
    rows = [claim("a", "o1", 150, sentence="They freed 150 on Thursday."),
            claim("b", "o2", 150, sentence="150 were freed on Thursday."),
            claim("c", "o2", 47, sentence="They freed 47 on March 3, 2030.", start=40),
            claim("d", "o3", 47, "earlier_release", when="March 3 last year",
                  sentence="Back on March 3 last year, the militia freed 47 captives.")]
    events = pd.DataFrame([
        {"article_id": aid, "sentence": sent, "expression": expr, "date": pd.Timestamp(day),
         "precision": "day", "category": "release"}
        for aid, sent, expr, day in [
            ("o1", "They freed 150 on Thursday.", "on thursday", "2031-01-09"),
            ("o2", "150 were freed on Thursday.", "on thursday", "2031-01-09"),
            ("o2", "They freed 47 on March 3, 2030.", "on march 3, 2030", "2030-03-03")]])
    g = claim_groups(pd.DataFrame(rows), events=events)
    earlier = g[g.claim_ids.map(lambda ids: "c" in ids)].iloc[0]
    assert earlier.kind == "earlier_release" and earlier.claim_ids == ["c", "d"]
    assert earlier.verdict == "agree"


def test_classes_in_a_release_are_parts_of_people_counted_in_general_else_their_own():
    # 875 detainees freed; 709 of them Houthi fighters: a part
    rows = [claim("r1", "o1", 875, counted="detainees"),
            claim("r2", "o2", 875, counted="prisoners"),
            claim("r3", "o2", 709, counted="Houthi fighters", start=50)]
    g = claim_groups(pd.DataFrame(rows))
    assert len(g) == 1 and g.iloc[0].n_parts == 0 and g.iloc[0].verdict == "agree"
    # 87 pupils and 4 teachers freed: two quantities, neither part of the other
    rows = [claim("p1", "o1", 87, counted="pupils"), claim("p2", "o2", 87,
                                                           counted="schoolchildren"),
            claim("t1", "o1", 4, counted="teachers", start=60),
            claim("t2", "o2", 4, counted="staff members", start=60)]
    g = claim_groups(pd.DataFrame(rows)).set_index("label")
    assert list(g.index) == ["released", "released, staff"]
    assert set(g["verdict"]) == {"agree"}


def test_a_vague_figure_decides_nothing_beside_precise_ones():
    rows = [claim("t1", "o1", 6, "transferred", destination="Peru"),
            claim("t2", "o2", 6, "transferred", destination="Peru"),
            claim("t3", "o3", 12, "transferred", destination="Peru", vague=True,
                  counted="foreigners")]
    story = synthesise(pd.DataFrame(rows))
    g = story["claim_groups"].iloc[0]
    assert (g.verdict, g.status, g.n_whole, g.n_sources) == ("agree", "agreed", 2, 3)
    assert sources_of(story, g)["o3"].supports is None


def test_the_main_figure_on_another_day_is_a_date_read_wrong_not_a_second_release():
    rows = [claim("r1", "o1", 60, sentence="On Monday 60 were freed."),
            claim("r2", "o2", 60, sentence="60 prisoners walked free on Monday."),
            claim("r3", "o3", 60, sentence="The 60 were freed on Friday.")]
    events = pd.DataFrame({"article_id": ["o1", "o2", "o3"],
                           "date": ["2026-03-02", "2026-03-02", "2026-03-06"],
                           "precision": ["day"] * 3, "category": ["release"] * 3,
                           "start": [0, 30, 0],
                           "sentence": ["On Monday 60 were freed.",
                                        "60 prisoners walked free on Monday.",
                                        "The 60 were freed on Friday."]})
    g = claim_groups(pd.DataFrame(rows), events=events)
    assert len(g) == 1 and g.iloc[0].n_sources == 3


def test_a_hedged_main_figure_on_another_day_is_still_the_one_release():
    """"More than 1,000 freed on Tuesday" (a weekday read a week wrong) beside "1,004 freed on
    Monday" by two sources: one release, the hedge holding the exact figure; "more than 100"
    beside 250 on another day stays a release of its own."""
    said = {"a1": "The president freed more than 1,000 convicts on Tuesday.",
            "b1": "More than 1,000 prisoners were freed.",
            "c1": "The 1,004 freed on Monday were jailed for fines.",
            "d1": "Some 1,004 were released on Monday."}
    def rows_for(hedged, exact):
        return [claim("a1", "a.txt", hedged, qualifier="more_than", low=hedged + 1,
                      sentence=said["a1"]),
                claim("b1", "b.txt", hedged, qualifier="more_than", low=hedged + 1,
                      sentence=said["b1"]),
                claim("c1", "c.txt", exact, sentence=said["c1"]),
                claim("d1", "d.txt", exact, sentence=said["d1"])]
    events = pd.DataFrame({"article_id": ["a.txt", "c.txt", "d.txt"],
                           "date": ["2026-03-03", "2026-03-09", "2026-03-09"],
                           "precision": ["day"] * 3, "category": ["release"] * 3,
                           "start": [0] * 3, "sentence": [said["a1"], said["c1"], said["d1"]]})
    g = claim_groups(pd.DataFrame(rows_for(1000, 1004)), events=events)
    assert len(g) == 1 and g.iloc[0].verdict == "agree"
    g = claim_groups(pd.DataFrame(rows_for(100, 250)), events=events)
    assert len(g) == 2


def test_a_release_to_a_place_is_a_transfer_there():
    rows = [claim("t1", "o1", 10, "released", destination="Qatar"),
            claim("t2", "o2", 10, "transferred", destination="Doha")]
    g = claim_groups(pd.DataFrame(rows))
    assert list(g["label"]) == ["transferred → Qatar"] and g.iloc[0].verdict == "agree"


def test_one_named_nationality_is_a_part_of_foreigners_counted_in_general():
    rows = [claim("f1", "o1", 10, "foreign_nationals", counted="foreign fighters"),
            claim("f2", "o2", 10, "foreign_nationals", counted="foreigners"),
            claim("f3", "o3", 2, "foreign_nationals", counted="Americans")]
    g = claim_groups(pd.DataFrame(rows)).iloc[0]
    assert (g.verdict, g.n_parts, g.headline) == ("agree", 1, 10)
    # alone, a named nationality is the figure
    assert claim_groups(pd.DataFrame(rows[2:])).iloc[0].n_parts == 0
    # the citizens of one country ("Chile says three citizens freed") are one nationality too;
    # "foreign citizens" are foreigners in general
    rows[2] = claim("f3", "o3", 3, "foreign_nationals", counted="citizens")
    g = claim_groups(pd.DataFrame(rows)).iloc[0]
    assert (g.verdict, g.n_parts, g.headline) == ("agree", 1, 10)
    rows[2] = claim("f3", "o3", 3, "foreign_nationals", counted="foreign citizens")
    assert claim_groups(pd.DataFrame(rows)).iloc[0].verdict == "conflict"


def test_people_counted_besides_those_named_are_no_rival_figures():
    """'a reporter and five other Chilean citizens' and 'him and four other Chilean citizens':
    each counts people besides those its sentence names, so the two do not conflict."""
    rows = [claim("b1", "o1", 5, "foreign_nationals", counted="other Chilean citizens"),
            claim("b2", "o2", 4, "foreign_nationals", counted="other Chilean citizens")]
    g = claim_groups(pd.DataFrame(rows))
    assert len(g) == 2 and set(g["verdict"]) == {"unique"}
    assert all("besides people named" in label for label in g["label"])
    # without "other" the same two figures are rivals: with no count of foreigners in
    # general, the nationality freed is one side of the story, released
    rows = [claim("b1", "o1", 5, "foreign_nationals", counted="Chilean citizens"),
            claim("b2", "o2", 4, "foreign_nationals", counted="Chilean citizens")]
    g = claim_groups(pd.DataFrame(rows))
    assert list(g["verdict"]) == ["conflict"]
    assert list(g["label"]) == ["released, nationals of Chile"]


def test_earlier_releases_match_by_the_period_their_time_resolves_to():
    """'in March' and 'earlier this year' (the same year) are one earlier release; 'in 2024'
    is another, though it is in the same sentence as 'earlier this year'."""
    s1 = "A release of 12 fishermen in March was a goodwill gesture."
    s2 = ("Earlier this year the rebels released 12 fishermen, and in 2024 they freed 100 "
          "detainees.")
    rows = [claim("e1", "o1", 12, "earlier_release", sentence=s1, when="in March"),
            claim("e2", "o2", 12, "earlier_release", sentence=s2, when="Earlier this year"),
            claim("e3", "o2", 100, "earlier_release", sentence=s2, when="in 2024", start=60)]
    events = pd.DataFrame({"article_id": ["o1", "o2", "o2"], "sentence": [s1, s2, s2],
                           "date": pd.to_datetime(["2026-03-01", "2026-01-01", "2024-01-01"]),
                           "precision": ["month", "year", "year"], "category": ["release"] * 3,
                           "expression": ["in March", "Earlier this year", "in 2024"],
                           "start": [0, 0, 60]})
    g = claim_groups(pd.DataFrame(rows), events=events).set_index("label")
    assert g.loc["earlier release (2026-03)", "verdict"] == "agree"
    assert g.loc["earlier release (2026-03)", "claim_ids"] == ["e1", "e2"]
    assert g.loc["earlier release (2024)", "claim_ids"] == ["e3"]


@pytest.mark.parametrize("second, groups", [(3400, 2), (1030, 1)])
def test_earlier_releases_of_one_year_with_other_figures_are_other_releases(second, groups):
    """'Last year the ruler pardoned 1,025' and 'in 2024 the rulers pardoned 3,400': a year
    holds many releases, so two figures that cannot be one count are two releases, never a
    conflict; 'about 1,030' admits 1,025 and stays with it."""
    s1 = "Last year the ruler pardoned 1,025 prisoners."
    s2 = f"In 2024 the rulers pardoned about {second:,} prisoners."
    rows = [claim("e1", "o1", 1025, "earlier_release", sentence=s1, when="Last year"),
            claim("e2", "o2", second, "earlier_release", sentence=s2, when="In 2024",
                  qualifier="about", low=second * 0.99, high=second * 1.01)]
    events = pd.DataFrame({"article_id": ["o1", "o2"], "sentence": [s1, s2],
                           "date": pd.to_datetime(["2024-01-01", "2024-01-01"]),
                           "precision": ["year", "year"], "category": ["release"] * 2,
                           "expression": ["Last year", "In 2024"], "start": [0, 0]})
    g = claim_groups(pd.DataFrame(rows), events=events)
    assert len(g) == groups and "conflict" not in set(g["verdict"])
    if groups == 2:
        assert sorted(g["label"]) == ["earlier release (2024) (1025)",
                                      "earlier release (2024) (3400)"]


def test_the_two_sides_of_an_exchange_are_two_quantities():
    """20 hostages freed (most sources) and 1,968 prisoners freed in return: not one
    disputed figure."""
    rows = [claim("h1", "o1", 20, counted="living hostages"),
            claim("h2", "o2", 20, counted="hostages"),
            claim("h3", "o3", 20, counted="hostages"),
            claim("p1", "o1", 1968, counted="Palestinian prisoners", start=80),
            claim("p2", "o2", 1968, counted="prisoners", start=80)]
    g = claim_groups(pd.DataFrame(rows)).set_index("label")
    assert g.loc["released, hostages", "answer"] == "20, by all 3 sources"
    assert g.loc["released, prisoners", "answer"] == "1,968, by all 2 sources"
    # a side announced by one source and reported done by others names its side alike
    rows.append(claim("p3", "o3", 1968, counted="prisoners", prospective=True, start=90))
    g = claim_groups(pd.DataFrame(rows)).set_index("label")
    assert g.loc["released, prisoners", "answer"] == "1,968, by all 3 sources"


def test_a_nationality_that_only_describes_the_people_is_no_part():
    """"the final 20 Israeli hostages" beside other sources' "20 hostages": the nationality
    describes them (their figure is the others' whole); "104 of the freed Xs" beside 114 is
    still a part."""
    rows = [claim("a1", "a.txt", 20, counted="final 20 Israeli hostages"),
            claim("b1", "b.txt", 20, counted="hostages"),
            claim("c1", "c.txt", 20, counted="hostages"),
            claim("c2", "c.txt", 48, counted="hostages", start=90)]
    out = synthesise(pd.DataFrame(rows))
    src = out["group_sources"].set_index("article_id")
    assert not src.loc["a.txt", "part"] and src.loc["a.txt", "supports"]
    rows[0] = claim("a1", "a.txt", 16, counted="Israeli hostages")
    src = synthesise(pd.DataFrame(rows))["group_sources"].set_index("article_id")
    assert src.loc["a.txt", "part"]


def test_a_minor_figure_of_one_source_does_not_make_another_s_part_a_whole():
    """Source a gives 135 freed and, in passing, "the release of 13 of its members" (a church's
    people, read with no part); b gives only "13 people affiliated with a church were among
    the released" (its 135 went to a place): b's 13 is still a part, since a's own whole is
    its 135, and the release's sources agree."""
    rows = [claim("a1", "a.txt", 135, counted="political prisoners"),
            claim("a2", "a.txt", 13, counted="people", start=90),
            claim("b2", "b.txt", 13, counted="people", subset=True, start=90),
            claim("c1", "c.txt", 135, counted="political prisoners")]
    out = synthesise(pd.DataFrame(rows))
    src = out["group_sources"].set_index("article_id")
    assert bool(src.loc["b.txt", "part"]) and not src.loc["a.txt", "part"]
    assert out["claim_groups"].iloc[0].verdict == "agree"


def test_people_a_list_does_not_call_freed_are_not_added_to_the_freed():
    """"The five freed Chileans and two Chilean family members are on their way to Lima": the
    family came with them; five freed, as another source says. "Two Chileans and 30 Peruvians
    were freed" still adds up."""
    said = ("The five freed Chileans and two Chilean family members are on their way to "
            "Lima.")
    rows = [claim("a1", "a.txt", 5, counted="freed Chileans", expression="five",
                  sentence=said),
            claim("a2", "a.txt", 2, counted="Chilean family members", expression="two",
                  start=40, sentence=said),
            claim("b1", "b.txt", 5, counted="Chileans", expression="Five",
                  sentence="Five Chileans were freed on Monday.")]
    out = synthesise(pd.DataFrame(rows))
    assert out["group_sources"].set_index("article_id")["value"]["a.txt"] == 5
    assert set(out["claim_groups"]["verdict"]) == {"agree"}
    said = "Two Chileans and 30 Peruvians were freed on Monday."
    rows = [claim("c1", "c.txt", 2, counted="Chileans", expression="Two", sentence=said),
            claim("c2", "c.txt", 30, counted="Peruvians", expression="30", start=16,
                  sentence=said)]
    assert synthesise(pd.DataFrame(rows))["group_sources"]["value"].tolist() == [32]


def test_a_list_told_as_one_total_is_one_quantity():
    """"A total of four officers and 53 soldiers remain held" is 57 held, one quantity, as
    another source's "57 soldiers are held"; without "a total of" the officers are a class of
    their own."""
    said = "A total of four officers and 53 soldiers remain held, the army said."
    rows = [claim("a1", "a.txt", 4, kind="remaining", counted="officers", expression="four",
                  sentence=said),
            claim("a2", "a.txt", 53, kind="remaining", counted="soldiers", expression="53",
                  start=30, sentence=said),
            claim("b1", "b.txt", 57, kind="remaining", counted="soldiers", expression="57",
                  sentence="57 soldiers are held.")]
    out = synthesise(pd.DataFrame(rows))
    g = out["claim_groups"]
    assert len(g) == 1 and g.iloc[0].verdict == "agree"
    assert out["group_sources"].set_index("article_id")["value"]["a.txt"] == 57
    for r in rows[:2]:
        r["sentence"] = "Four officers and 53 soldiers remain held, the army said."
    g = synthesise(pd.DataFrame(rows))["claim_groups"]
    assert len(g) == 2


def test_money_is_not_a_count_of_people():
    rows = [claim("r1", "o1", 5, counted="prisoners"), claim("r2", "o2", 5, counted="Americans"),
            {**claim("m1", "o2", 6e9, counted="dollars"), "counted_class": "money"}]
    g = claim_groups(pd.DataFrame(rows))
    assert len(g) == 1 and "m1" not in g.iloc[0].claim_ids


@pytest.mark.parametrize("sentence, expression, both", [
    ("Kyiv and Moscow carried out a swap involving almost 90 people on Sunday.", "90", True),
    ("A sailor, one of 40 people involved in the exchange, waves from the bus.", "40", True),
    ("The swap, which involved 11 detainees, took place at the airport.", "11", True),
    ("Armenia and Azerbaijan exchanged 32 prisoners on Tuesday.", "32", False),  # often per side
    ("The two countries traded 16 detainees each.", "16", False),
    ("The rebels freed 8 hostages in exchange for the release of 30 prisoners.", "30", False),
    ("The rebels freed 8 hostages in exchange for the release of 30 prisoners.", "8", False),
    ("Officials said 57 prisoners were freed in the swap.", "57", False),
    ("A total of 30 people, including two minors, from Chad, Mali and Niger were involved in "
     "the swap, officials said.", "30", True),
    # one side, traded for the other
    ("The exchange involved 12 Chadians, including two minors, who were swapped for 18 "
     "Malians.", "12", False),
    # per side, whatever the dash before "involving"
    ("The last swap - involving 103 prisoners from both sides - took place in May.", "103",
     False),
    ("The last swap – involving 206 prisoners – took place in May.", "206", True),
])
def test_the_size_of_an_exchange_both_ways(sentence, expression, both):
    assert _exchange_total({"sentence": sentence, "expression": expression}) is both


def test_an_exchange_counted_both_ways_is_another_quantity_than_one_side_s_release():
    """"A swap involving almost 90 people" counts both sides; "62 soldiers freed" one side:
    two quantities that agree inside, never a conflict between 90 and 62."""
    both_a = "Kyiv and Moscow carried out a swap involving almost 90 people on Sunday."
    rows = [claim("a1", "a.txt", 62, counted="soldiers", expression="62",
                  sentence="Moscow freed 62 soldiers, the ministry said."),
            claim("a2", "a.txt", 90, kind="other", qualifier="about", low=81.0, high=90.0,
                  counted="people", expression="90", sentence=both_a),
            claim("b1", "b.txt", 62, counted="prisoners", expression="62",
                  sentence="Sixty-two prisoners, 62 in all, were freed."),
            claim("c1", "c.txt", 90, qualifier="about", low=81.0, high=90.0, counted="prisoners",
                  expression="90", sentence="Nearly 90 prisoners were involved in the swap."),
            claim("c2", "c.txt", 62, counted="Ukrainians", expression="62",
                  sentence="Of them, 62 Ukrainians came home.")]
    out = synthesise(pd.DataFrame(rows))
    groups = out["claim_groups"]
    released = groups[groups["kind"] == "released"].set_index("population", drop=False)
    assert set(released["verdict"]) == {"agree"}, released[["label", "verdict"]]
    both = released.loc[BOTH_SIDES]
    assert both.headline == 90 and both.n_sources == 2
    srcs = out["group_sources"]
    one_way = srcs[srcs["group_id"] != both.group_id]
    assert sorted(one_way.loc[one_way["group_id"].isin(released["group_id"]), "value"]) == [62, 62,
                                                                                            62]


def test_an_earlier_exchange_counted_both_ways_stays_an_earlier_release():
    """"The last swap, involving 206 prisoners, took place in May" is the size of an earlier
    exchange, never a rival of this one's both-ways total; beside "103 from each side" of
    that swap, "206 were swapped in May" counts its two sides, no conflict with the 103."""
    last = "The last swap, involving 206 prisoners, took place in May."
    rows = [claim("a1", "a.txt", 95, counted="prisoners", expression="95",
                  sentence="Kyiv and Moscow swapped 95 prisoners each on Friday."),
            claim("a2", "a.txt", 190, counted="prisoners", expression="190",
                  sentence="The two carried out a swap on Friday involving 190 prisoners."),
            claim("b1", "b.txt", 206, kind="earlier_release", counted="prisoners",
                  expression="206", when="in May", sentence=last),
            claim("c1", "c.txt", 103, kind="earlier_release", counted="prisoners",
                  expression="103", when="in May",
                  sentence="The last swap in May freed 103 prisoners from each side."),
            claim("d1", "d.txt", 206, kind="earlier_release", counted="prisoners",
                  expression="206", when="in May",
                  sentence="In May, 206 prisoners were swapped.")]
    groups = synthesise(pd.DataFrame(rows))["claim_groups"]
    of = {cid: g for g in groups.itertuples() for cid in g.claim_ids}
    assert of["b1"].kind == "earlier_release" and of["a2"].headline == 190
    assert of["a2"].verdict == "unique"
    assert of["b1"].group_id == of["d1"].group_id != of["c1"].group_id
    assert {of["c1"].verdict, of["d1"].verdict} == {"unique", "agree"}


def test_civilians_moved_beside_people_under_arms_are_a_quantity_of_their_own():
    """"146 servicemen were returned to Tarvo" and "Tarvo also received eight civilians": the
    civilians are no part of the servicemen, nor their rival; "eight civilians" among 146
    prisoners counted in general stay a part of them."""
    rows = [claim("a1", "a.txt", 146, kind="transferred", counted="servicemen",
                  destination="Tarvo", expression="146",
                  sentence="On Sunday, 146 servicemen were returned to Tarvo."),
            claim("a2", "a.txt", 8, kind="transferred", counted="civilians", destination="Tarvo",
                  expression="eight", sentence="Tarvo also received eight civilians."),
            claim("b1", "b.txt", 146, kind="transferred", counted="prisoners of war",
                  destination="Tarvo", expression="146",
                  sentence="Kyiv handed 146 prisoners of war to Tarvo."),
            claim("c1", "c.txt", 8, kind="transferred", counted="civilians", destination="Tarvo",
                  expression="Eight", sentence="Eight civilians were handed to Tarvo.")]
    groups = synthesise(pd.DataFrame(rows))["claim_groups"]
    of = {cid: g for g in groups.itertuples() for cid in g.claim_ids}
    assert of["a1"].group_id == of["b1"].group_id != of["a2"].group_id
    assert of["a2"].group_id == of["c1"].group_id
    assert of["a1"].verdict == of["a2"].verdict == "agree"
    general = [{**r, "counted": "prisoners"} if r["claim_id"] in ("a1", "b1") else r
               for r in rows]
    groups = synthesise(pd.DataFrame(general))["claim_groups"]
    of = {cid: g for g in groups.itertuples() for cid in g.claim_ids}
    assert of["a1"].group_id == of["a2"].group_id


def test_nationals_and_foreigners_in_one_sentence_sum_to_the_release():
    """"6,082 nationals and 52 foreign nationals were pardoned" is a release of 6,134, and
    the 52 are also the foreigners' own quantity."""
    said = "State radio said 4,410 Fooland nationals and 38 foreign nationals were pardoned."
    rows = [claim("a1", "a.txt", 4410, counted="Fooland nationals", sentence=said,
                  expression="4,410"),
            claim("a2", "a.txt", 38, kind="foreign_nationals", counted="foreign nationals",
                  sentence=said,
                  expression="38"),
            claim("b1", "b.txt", 4448, counted="prisoners",
                  sentence="It pardoned 4,448 prisoners.",
                  expression="4,448"),
            claim("b2", "b.txt", 38, kind="foreign_nationals", counted="foreigners",
                  sentence="Among them were 38 foreigners.", expression="38")]
    out = synthesise(pd.DataFrame(rows))
    groups = out["claim_groups"].set_index("kind")
    assert groups.loc["released", "verdict"] == "agree" and groups.loc["released",
                                                                       "headline"] == 4448
    assert groups.loc["foreign_nationals", "verdict"] == "agree"
    srcs = out["group_sources"].set_index(["group_id", "article_id"])
    a = srcs.loc[(groups.loc["released", "group_id"], "a.txt")]
    assert a.value == 4448 and a.summed_parts and sorted(a.claim_ids) == ["a1", "a2"]


def test_figures_of_two_events_in_one_sentence_are_not_summed():
    apart = ("The return of 200 Foolanders held in Barland, the release of 9 Barlanders, and "
             "40 Foolander prisoners were all agreed.")
    run_on = ("Barland returned about 200 Foolanders to Fooland, its president wrote on X.\n"
              "In addition, seven Foolander children were handed over to Fooland.")
    listed = "Some 200 Foolanders and seven Quxlanders were handed over to Fooland."
    rows = [claim("a1", "a.txt", 200, "transferred", counted="Foolanders", sentence=apart,
                  expression="200", destination="Fooland"),
            claim("a2", "a.txt", 40, "transferred", counted="Foolander prisoners",
                  sentence=apart, expression="40", destination="Fooland"),
            claim("b1", "b.txt", 200, "transferred", counted="Foolanders", sentence=run_on,
                  expression="200", destination="Fooland"),
            claim("b2", "b.txt", 7, "transferred", counted="Foolander children", sentence=run_on,
                  expression="seven", destination="Fooland"),
            claim("c1", "c.txt", 200, "transferred", counted="Foolanders", sentence=listed,
                  expression="200", destination="Fooland"),
            claim("c2", "c.txt", 7, "transferred", counted="Quxlanders", sentence=listed,
                  expression="seven", destination="Fooland")]
    out = synthesise(pd.DataFrame(rows))
    srcs = out["group_sources"]
    summed = srcs[srcs["summed_parts"]]
    assert set(summed["article_id"]) == {"c.txt"}
    # one list of two groups of people moved together is one quantity
    assert summed["value"].tolist() == [207]


@pytest.mark.parametrize("said, noun", [
    ("The amnesty covers 4,410 prisoners from Chad, as well as 38 foreigners.", "prisoners"),
    ("The amnesty includes 4,410 local prisoners and 38 foreigners.", "local prisoners")])
def test_the_countrys_own_prisoners_and_foreigners_sum_to_the_release(said, noun):
    rows = [claim("a1", "a.txt", 4410, counted=noun, sentence=said, expression="4,410"),
            claim("a2", "a.txt", 38, kind="foreign_nationals", counted="foreigners",
                  sentence=said, expression="38"),
            claim("b1", "b.txt", 4448, counted="prisoners", sentence="It freed 4,448 prisoners.",
                  expression="4,448")]
    out = synthesise(pd.DataFrame(rows))
    groups = out["claim_groups"].set_index("kind")
    assert groups.loc["released", "verdict"] == "agree"
    srcs = out["group_sources"].set_index(["group_id", "article_id"])
    assert srcs.loc[(groups.loc["released", "group_id"], "a.txt"), "value"] == 4448


def test_foreigners_deported_to_no_named_place_are_the_foreigners_freed():
    rows = [claim("a1", "a.txt", 38, "transferred", counted="foreigners",
                  sentence="Some 38 foreigners will be deported.", expression="38"),
            claim("b1", "b.txt", 38, "foreign_nationals", counted="foreign nationals",
                  sentence="The amnesty includes 38 foreign nationals.", expression="38"),
            # one nationality sent home is a transfer still, not foreigners in general
            claim("c1", "c.txt", 5, "transferred", counted="Chadians",
                  sentence="Five Chadians were deported.", expression="Five")]
    g = claim_groups(pd.DataFrame(rows)).set_index("kind")
    assert g.loc["foreign_nationals", "claim_ids"] == ["a1", "b1"]
    assert g.loc["foreign_nationals", "verdict"] == "agree"
    assert g.loc["transferred", "claim_ids"] == ["c1"]


def test_nationalities_among_a_partitive_sum_to_the_foreigners_in_all():
    """"among them 12 Kenyan nationals and three Ugandans": 15 foreigners, of which another
    source's "the 12 Kenyan nationals" is a part, not a rival."""
    said = "The rebels released 140 people, among them 12 Kenyan nationals and three Ugandans."
    rows = [claim("a1", "a.txt", 12, kind="foreign_nationals", counted="Kenyan nationals",
                  subset=True,
                  sentence=said, expression="12"),
            claim("a2", "a.txt", 3, kind="foreign_nationals", counted="Ugandans", subset=True,
                  sentence=said,
                  expression="three"),
            claim("b1", "b.txt", 12, kind="foreign_nationals", counted="Kenyan nationals",
                  sentence="The 12 Kenyan nationals were in good health.", expression="12")]
    out = synthesise(pd.DataFrame(rows))
    groups = out["claim_groups"]
    g = groups[groups["kind"] == "foreign_nationals"].iloc[0]
    srcs = out["group_sources"]
    by = srcs[srcs["group_id"] == g.group_id].set_index("article_id")
    assert by.loc["a.txt", "value"] == 15 and not by.loc["a.txt", "part"]
    assert by.loc["b.txt", "part"] and g.verdict == "unique"


def test_nearly_states_a_ceiling_and_still_conflicts_with_a_far_lower_figure():
    """"nearly 300": the source's interval is stated as up to 300 (no floor), while its
    implied floor still sets it against 200."""
    rows = [claim("a1", "a.txt", 300, qualifier="about", low=270.0, high=300.0, expression="300",
                  sentence="Nearly 300 prisoners were freed."),
            claim("b1", "b.txt", 300, expression="300", sentence="It freed 300 prisoners."),
            claim("c1", "c.txt", 200, expression="200", sentence="It freed 200 prisoners.")]
    out = synthesise(pd.DataFrame(rows))
    by = out["group_sources"].set_index("article_id")
    assert pd.isna(by.loc["a.txt", "low"]) and by.loc["a.txt", "high"] == 300
    assert out["claim_groups"].iloc[0].verdict == "conflict"
    assert by.loc["a.txt", "supports"] and not by.loc["c.txt", "supports"]


def test_the_two_sides_of_an_exchange_in_one_sentence_are_never_added_up():
    said = ("The militia freed a doctor and five other Kenyan citizens in exchange for five "
            "Ugandans.")
    rows = [claim("a1", "a.txt", 5, counted="other Kenyan citizens", sentence=said,
                  expression="five", start=531),
            claim("a2", "a.txt", 5, counted="Ugandans", sentence=said, expression="five",
                  start=574),
            claim("b1", "b.txt", 11, counted="prisoners", sentence="It freed 11 prisoners.",
                  expression="11")]
    out = synthesise(pd.DataFrame(rows))
    srcs = out["group_sources"]
    assert 10 not in set(srcs["value"])
    # the only sum is the doctor with the five others beside him (6), never the two sides
    assert set(srcs[srcs["summed_parts"]]["value"]) <= {6.0}
    assert "conflict" not in set(out["claim_groups"]["verdict"])


def test_a_round_figure_is_read_as_rounded_beside_a_precise_one():
    """"7,000" beside "7,012": rounded, not a rival; "7,000" beside "7,100" still conflicts."""
    rows = [claim("a1", "a.txt", 7000, sentence="It freed 7,000 inmates.", expression="7,000"),
            claim("b1", "b.txt", 7012, sentence="It freed 7,012 inmates.", expression="7,012"),
            claim("c1", "c.txt", 7012, sentence="7,012 inmates went free.", expression="7,012")]
    out = synthesise(pd.DataFrame(rows))
    g = out["claim_groups"].iloc[0]
    assert g.verdict == "agree" and g.headline == 7012 and g.n_support == 3
    assert g.answer == "7,012, by all 3 sources (1 says 7,000)"
    a = out["group_sources"].set_index("article_id").loc["a.txt"]
    assert (a.low, a.high) == (7000, 7000)  # shown as stated
    rows[1]["value"] = rows[1]["low"] = rows[1]["high"] = 7100.0
    assert claim_groups(pd.DataFrame(rows[:2])).iloc[0].verdict == "conflict"


def test_a_release_announced_as_coming_joins_the_sources_that_report_it_done():
    """"Will release 4,410" where others report 4,410 released is that release; a prospect
    that no one reports done ("could free up to 9,000") stays a prospect."""
    rows = [claim("a1", "a.txt", 4410, prospective=True, expression="4,410",
                  sentence="The junta will release 4,410 prisoners."),
            claim("b1", "b.txt", 4410, expression="4,410",
                  sentence="The junta released 4,410 prisoners."),
            claim("c1", "c.txt", 4410, expression="4,410", sentence="It freed 4,410 prisoners."),
            claim("c2", "c.txt", 9000, qualifier="up_to", low=None, high=9000.0, prospective=True,
                  expression="9,000", sentence="Talks could free up to 9,000 prisoners.")]
    groups = claim_groups(pd.DataFrame(rows)).set_index("prospective")
    assert groups.loc[False, "n_sources"] == 3 and groups.loc[False, "verdict"] == "agree"
    assert groups.loc[True, "n_sources"] == 1 and groups.loc[True, "headline"] == 9000


def test_a_demonym_phrase_is_its_country_as_a_destination():
    """"arrived on Polish soil" and "were taken to Poland" are one destination (the old
    suffix list could not match Poland with Polish)."""
    rows = [claim("a1", "a.txt", 12, kind="transferred", destination="Polish soil",
                  expression="12",
                  sentence="Twelve arrived on Polish soil."),
            claim("b1", "b.txt", 12, kind="transferred", destination="Poland", expression="12",
                  sentence="12 were taken to Poland.")]
    groups = claim_groups(pd.DataFrame(rows))
    assert (len(groups) == 1 and groups.iloc[0].destination == "Poland"
            and groups.iloc[0].verdict == "agree")


def test_a_nationality_freed_is_foreigners_counted_and_a_figure_of_the_release():
    """"Iran freed five Americans" (foreign nationals) is, in a swap told by nationality, that
    source's release figure; beside a larger whole ("freed 123 prisoners") only a part."""
    rows = [claim("a1", "a.txt", 5, kind="foreign_nationals", counted="Americans",
                  expression="five",
                  sentence="Iran freed five Americans."),
            claim("b1", "b.txt", 5, counted="prisoners", expression="5",
                  sentence="Iran released 5 prisoners."),
            claim("c1", "c.txt", 123, counted="prisoners", expression="123",
                  sentence="It freed 123 prisoners."),
            claim("c2", "c.txt", 5, kind="foreign_nationals", counted="Americans",
                  expression="five", subset=True,
                  sentence="Five Americans were among them.")]
    out = synthesise(pd.DataFrame(rows[:2]))
    # no source counts foreigners in general: the Americans are one side of the story, and
    # the other source's "5 prisoners" is that side's figure
    groups = out["claim_groups"].set_index("kind")
    assert list(groups.index) == ["released"]
    assert groups.loc["released", "verdict"] == "agree" and groups.loc["released",
                                                                       "n_sources"] == 2
    assert groups.loc["released", "population"] == "nationals of United States"
    out = synthesise(pd.DataFrame(rows[2:]))
    released = out["claim_groups"].set_index("kind").loc["released"]
    by = out["group_sources"].set_index(["group_id", "article_id", "value"])
    assert released.headline == 123 and released.verdict == "unique"
    assert bool(by.loc[(released.group_id, "c.txt", 123.0), "part"]) is False


def test_one_nationality_counted_as_more_than_all_foreigners_is_the_home_side():
    """"205 Kenyans" beside "10 foreigners" freed are not among the foreigners: their own
    quantity, never a rival of the 10."""
    rows = [claim("a1", "a.txt", 10, kind="foreign_nationals", counted="foreigners",
                  expression="10",
                  sentence="The swap included 10 foreigners."),
            claim("b1", "b.txt", 10, kind="foreign_nationals", counted="foreign nationals",
                  expression="10", sentence="Ten foreign nationals, 10 in all, were among them."),
            claim("b2", "b.txt", 205, kind="foreign_nationals", counted="Kenyans",
                  expression="205",
                  sentence="Some 205 Kenyans were released.")]
    groups = claim_groups(pd.DataFrame(rows))
    fn = groups[groups["kind"] == "foreign_nationals"].set_index("label")
    assert set(fn["verdict"]) == {"agree", "unique"}
    assert fn.loc["foreign nationals", "headline"] == 10
    assert fn.loc["foreign nationals, Kenyans", "headline"] == 205


def test_a_swap_told_by_nationality_keeps_its_two_sides_apart():
    """"Country A freed 32 Bs; country B freed two As": each nationality freed is one side of
    the exchange, its own quantity. A sentence naming both is never summed, and a figure
    without a nationality that is one side's figure joins that side."""
    both = "Forty Moldovans and three Estonians were released on Wednesday."
    rows = [claim("a1", "a.txt", 40, kind="foreign_nationals", counted="Moldovans",
                  expression="40", sentence="Estonia freed 40 Moldovans."),
            claim("a2", "a.txt", 3, kind="foreign_nationals", counted="Estonian soldiers",
                  expression="three", sentence="Moldova freed three Estonian soldiers."),
            claim("b1", "b.txt", 40, counted="Moldovans", expression="Forty", sentence=both),
            claim("b2", "b.txt", 3, counted="Estonians", expression="three", sentence=both),
            claim("c1", "c.txt", 40, kind="foreign_nationals", counted="Moldovan prisoners",
                  expression="40", sentence="Estonia handed back 40 Moldovan prisoners."),
            claim("c2", "c.txt", 3, counted="soldiers", expression="three",
                  sentence="In return, three soldiers were freed.")]
    groups = claim_groups(pd.DataFrame(rows))
    sides = groups.set_index("population")
    assert set(groups["kind"]) == {"released"} and len(groups) == 2
    assert sides.loc["nationals of Moldova", "headline"] == 40
    assert sides.loc["nationals of Moldova", "n_sources"] == 3
    assert sides.loc["nationals of Estonia", "headline"] == 3
    assert sides.loc["nationals of Estonia", "n_sources"] == 3
    assert set(groups["verdict"]) == {"agree"}


def test_a_part_in_a_sentence_naming_one_side_is_a_part_of_that_side():
    """"More than 300 Moldovans were freed, including about 60 serving life terms": the 60
    are a part of the Moldovans freed, not a quantity of their own beside the two sides; a
    part whose sentence names no side ("the ship's crew included 12 sailors") stays out."""
    rows = [claim("a1", "a.txt", 40, kind="foreign_nationals", counted="Estonian hostages",
                  expression="40", sentence="The militia freed 40 Estonian hostages."),
            claim("a2", "a.txt", 300, kind="foreign_nationals", counted="Moldovans",
                  qualifier="more_than", low=301.0, high=None, expression="More than 300",
                  sentence="More than 300 Moldovans were freed, including about 60 "
                           "serving life terms."),
            claim("a3", "a.txt", 60, counted="serving life terms", qualifier="about",
                  low=54.0, high=66.0, subset=True, expression="about 60",
                  sentence="More than 300 Moldovans were freed, including about 60 "
                           "serving life terms."),
            claim("b1", "b.txt", 40, kind="foreign_nationals", counted="Estonians",
                  expression="40", sentence="Forty Estonians were freed on Monday."),
            claim("b2", "b.txt", 320, kind="foreign_nationals", counted="Moldovan prisoners",
                  expression="320", sentence="Estonia freed 320 Moldovan prisoners."),
            claim("b3", "b.txt", 60, counted="prisoners", qualifier="about", low=54.0,
                  high=66.0, subset=True, expression="about 60",
                  sentence="The group included about 60 prisoners serving life terms.")]
    groups = claim_groups(pd.DataFrame(rows))
    sides = groups.set_index("population")
    assert "a3" in sides.loc["nationals of Moldova", "claim_ids"]
    assert "b3" not in sides.loc["nationals of Moldova", "claim_ids"]
    assert sides.loc["nationals of Moldova", "verdict"] == "agree"
    assert len(groups[groups["population"].isna()]) == 0  # no group of the part alone


def test_a_count_held_in_an_article_written_before_the_release_is_as_of_then():
    """An article from June ("the gang says it holds 156 pupils") beside three reports of the
    August release, one of which counts six still held: the 156 is the count before the
    release, no rival of the six; written the same week as the others, it would be."""
    rows = [claim("a1", "a.txt", 156, kind="remaining", expression="156",
                  sentence="The gang says it holds 156 pupils."),
            claim("b1", "b.txt", 90, expression="90", sentence="The gang freed 90 pupils."),
            claim("b2", "b.txt", 6, kind="remaining", expression="six",
                  sentence="Six pupils are still held."),
            claim("c1", "c.txt", 90, expression="90", sentence="Ninety pupils were freed."),
            claim("d1", "d.txt", 90, expression="90", sentence="90 pupils were freed.")]
    articles = pd.DataFrame({"article_id": ["a.txt", "b.txt", "c.txt", "d.txt"],
                             "path": ["a.txt", "b.txt", "c.txt", "d.txt"],
                             "published": pd.to_datetime(["2026-06-02"] + ["2026-08-27"] * 3)})
    groups = synthesise(pd.DataFrame(rows), articles)["claim_groups"]
    held = groups[groups["kind"] == "remaining"]
    assert len(held) == 2 and "conflict" not in set(held["verdict"])
    assert held.set_index("headline").loc[156, "when"] == "before the release"
    articles["published"] = pd.to_datetime(["2026-08-25"] + ["2026-08-27"] * 3)
    groups = synthesise(pd.DataFrame(rows), articles)["claim_groups"]
    assert list(groups[groups["kind"] == "remaining"]["verdict"]) == ["conflict"]


def test_a_count_held_in_an_earlier_month_is_the_count_as_of_then():
    """"In November, 55 were held" and, after the swap, "23 remain": two quantities, not a
    conflict; the earlier one is labelled with its month."""
    rows = [claim("a1", "a.txt", 55, kind="remaining", when="In November", expression="55",
                  sentence="In November, officials said 55 prisoners were held."),
            claim("b1", "b.txt", 23, kind="remaining", expression="23",
                  sentence="Activists say 23 prisoners remain in captivity."),
            claim("c1", "c.txt", 55, kind="remaining", when="in November", expression="55",
                  sentence="Officials said in November that 55 prisoners were held.")]
    articles = pd.DataFrame({"article_id": ["a.txt", "b.txt", "c.txt"],
                             "path": ["a.txt", "b.txt", "c.txt"],
                             "published": pd.to_datetime(["2023-12-13"] * 3)})
    events = pd.DataFrame({
        "article_id": ["a.txt", "c.txt"], "sentence": [rows[0]["sentence"], rows[2]["sentence"]],
        "date": pd.to_datetime(["2023-11-01", "2023-11-01"]), "precision": ["month", "month"],
        "expression": ["In November", "in November"], "category": ["statement", "statement"],
        "start": [0, 15]})
    groups = synthesise(pd.DataFrame(rows), articles, events)["claim_groups"]
    by_when = groups.set_index(groups["when"].fillna(""))
    assert set(groups["verdict"]) == {"agree", "unique"}
    assert by_when.loc["2023-11", "headline"] == 55 and by_when.loc["2023-11", "n_sources"] == 2
    assert by_when.loc["", "headline"] == 23
    # the same month as the article is today's count
    articles["published"] = pd.to_datetime(["2023-11-20"] * 3)
    groups = synthesise(pd.DataFrame(rows), articles, events)["claim_groups"]
    assert list(groups["verdict"]) == ["conflict"]


def test_a_total_of_both_sides_beside_figures_for_each_side_is_its_own_quantity():
    """"Each side released 140" (three sources) and "nearly 280 people were released" (one):
    the second counts both sides together, not a rival of one side's figure."""
    rows = [claim("a1", "a.txt", 140, expression="140",
                  sentence="Chad and Sudan each released 140 prisoners on Friday."),
            claim("b1", "b.txt", 140, expression="140",
                  sentence="The two sides freed 140 prisoners each."),
            claim("c1", "c.txt", 140, expression="140",
                  sentence="Sudan said 140 prisoners were released."),
            claim("d1", "d.txt", 280, qualifier="about", low=252.0, high=280.0,
                  expression="nearly 280",
                  sentence="Nearly 280 people were released on Friday.")]
    groups = claim_groups(pd.DataFrame(rows)).set_index("population", drop=False)
    assert sorted(groups["verdict"]) == ["agree", "unique"]
    assert groups.loc["both sides of the exchange", "headline"] == 280
    one_side = groups[groups["population"].isna()].iloc[0]
    assert one_side.headline == 140 and one_side.n_sources == 3
    # "in each phase" is not a side's figure: no total is read
    rows[0] = claim("a1", "a.txt", 140, expression="140",
                    sentence="Sudan released 140 prisoners in each phase.")
    rows[1] = claim("b1", "b.txt", 140, expression="140", sentence="Sudan freed 140 prisoners.")
    groups = claim_groups(pd.DataFrame(rows))
    assert len(groups) == 1 and groups.iloc[0].verdict == "conflict"


def test_people_held_across_a_wider_region_are_another_quantity():
    """"27 children still held" beside "as many as 300 hostages across the north-west": the
    second counts a wider region, its own quantity; "across the country" is the story's own."""
    rows = [claim("a1", "a.txt", 27, kind="remaining", counted="children", expression="27",
                  sentence="The families of the 27 children still held waited."),
            claim("b1", "b.txt", 27, kind="remaining", counted="children", expression="27",
                  sentence="Parents put the number still held at 27 children."),
            claim("b2", "b.txt", 300, kind="remaining", counted="hostages", qualifier="up_to",
                  low=None, high=300.0, expression="as many as 300", start=90,
                  sentence="Gangs hold as many as 300 hostages across the north-west.")]
    groups = claim_groups(pd.DataFrame(rows))
    groups = groups.set_index(groups["population"].fillna(""))
    assert groups.loc["across the north-west", "headline_high"] == 300
    assert groups.loc["", "headline"] == 27 and groups.loc["", "verdict"] == "agree"
    rows[2]["sentence"] = "Gangs hold as many as 300 hostages across the country."
    assert "across the country" not in set(claim_groups(pd.DataFrame(rows))["population"])


def test_a_place_named_for_its_city_is_that_citys_country():
    """"Muscat airport" and "Oman" are one destination: an airport, a port or a base named for
    a known city is in that city's country."""
    rows = [claim("a1", "a.txt", 4, kind="transferred", destination="Muscat International Airport",
                  expression="four", sentence="They received four after they landed at Muscat "
                  "International Airport."),
            claim("b1", "b.txt", 4, kind="transferred", destination="Oman", expression="4",
                  sentence="4 were flown to Oman.")]
    groups = claim_groups(pd.DataFrame(rows))
    assert (len(groups) == 1 and groups.iloc[0].destination == "Oman"
            and groups.iloc[0].verdict == "agree")


def test_a_transfer_of_people_freed_first_is_also_a_figure_of_the_release():
    """"Five landed in Oman after being freed" (a transfer, flagged ``freed``) is that source's
    release figure too; a plain transfer ("five flew to Oman") is not."""
    rows = [claim("t1", "a1", 5, "transferred", destination="Oman", freed=True,
                  sentence="Five landed in Oman after being freed.", expression="Five"),
            claim("r1", "a2", 5, "released", sentence="The rebels freed 5 prisoners.",
                  expression="5"),
            claim("t2", "a3", 5, "transferred", destination="Oman", freed=False,
                  sentence="Five flew to Oman.", expression="Five")]
    story = synthesise(pd.DataFrame(rows))
    groups = story["claim_groups"]
    released = group(groups, "released")
    assert set(sources_of(story, released)) == {"a1", "a2"} and released.verdict == "agree"
    moved = group(groups, "transferred", "Oman")
    assert set(sources_of(story, moved)) == {"a1", "a3"}


def test_a_prospect_and_its_facts_name_the_sides_of_an_exchange_alike():
    """Facts: 20 hostages freed (three sources) and 1,968 prisoners (two); a fourth source says
    20 hostages and 1,900 prisoners will be freed. Read over facts and prospects together, the
    prisoners are the other side in both, so the announced 20 joins the 20 freed."""
    def c(cid, aid, value, counted, prospective):
        return claim(cid, aid, value, counted=counted, prospective=prospective,
                     sentence=f"{value} {counted}.", expression=str(value))
    rows = [c("h1", "a1", 20, "hostages", False), c("h2", "a2", 20, "hostages", False),
            c("h3", "a3", 20, "hostages", False), c("p1", "a1", 1968, "prisoners", False),
            c("p2", "a2", 1968, "prisoners", False), c("h4", "a4", 20, "hostages", True),
            c("p4", "a4", 1900, "prisoners", True)]
    story = synthesise(pd.DataFrame(rows))
    groups = story["claim_groups"]
    freed = groups[(groups["prospective"] != True) & (groups["headline"] == 20)]  # noqa: E712
    assert len(freed) == 1
    assert set(sources_of(story, freed.iloc[0])) == {"a1", "a2", "a3", "a4"}


def test_another_nationality_beside_a_sources_whole_is_its_own_quantity():
    """a1: "the five Americans landed in Doha" and, in another sentence, "two of the Iranian
    detainees arrived in Qatar": the two Iranians are no part of the five Americans (the
    other side of the swap); a2's five Americans agree with a1's five."""
    rows = [claim("a", "a1", 5, "transferred", destination="Doha", counted="Americans",
                  sentence="The five Americans landed in Doha.", expression="five"),
            claim("b", "a1", 2, "transferred", destination="Qatar", counted="Iranian detainees",
                  sentence="Two of the Iranian detainees arrived in Qatar.", expression="Two"),
            claim("c", "a2", 5, "transferred", destination="Qatar", counted="Americans",
                  sentence="5 Americans were flown to Qatar.", expression="5")]
    story = synthesise(pd.DataFrame(rows))
    groups = story["claim_groups"].set_index("headline")
    assert len(groups) == 2
    assert groups.loc[5, "verdict"] == "agree" and groups.loc[5, "destination"] == "Qatar"
    assert groups.loc[2, "verdict"] == "unique" and groups.loc[2, "destination"] == "Qatar"
    # parts named in the whole's own sentence are added up, not set apart
    rows = [claim("a", "a1", 90, "transferred", destination="Oman", counted="Kenyans",
                  sentence="Ninety Kenyans and five Spanish nationals arrived in Oman.",
                  expression="Ninety"),
            claim("b", "a1", 5, "transferred", destination="Oman", counted="Spanish nationals",
                  sentence="Ninety Kenyans and five Spanish nationals arrived in Oman.",
                  expression="five"),
            claim("c", "a2", 95, "transferred", destination="Oman", counted="prisoners",
                  sentence="95 prisoners arrived in Oman.", expression="95")]
    groups = claim_groups(pd.DataFrame(rows))
    assert len(groups) == 1 and groups.iloc[0].verdict == "agree"


def test_each_side_releasing_a_figure_is_a_transfer_of_it_to_each():
    """"Armenia and Azerbaijan each released 32": 32 went to Armenia and 32 to Azerbaijan,
    which other sources state as transfers; the release figure stays."""
    rows = [claim("e", "a1", 32, "released", each_side=["Armenia", "Azerbaijan"],
                  sentence="Armenia and Azerbaijan each released 32 prisoners.", expression="32"),
            claim("t1", "a2", 32, "transferred", destination="Armenia",
                  sentence="32 prisoners were returned to Armenia.", expression="32"),
            claim("t2", "a3", 32, "transferred", destination="Azerbaijan",
                  sentence="32 prisoners were returned to Azerbaijan.", expression="32")]
    story = synthesise(pd.DataFrame(rows))
    groups = story["claim_groups"]
    for place, other in (("Armenia", "a2"), ("Azerbaijan", "a3")):
        g = group(groups, "transferred", place)
        assert set(sources_of(story, g)) == {"a1", other} and g.verdict == "agree"
    assert set(sources_of(story, group(groups, "released"))) == {"a1"}


def test_an_article_repeating_its_exchange_total_as_a_release_means_the_total():
    """"Swap nearly 300 prisoners" (headline) and "a swap involving nearly 300 people" (body)
    in one article are the exchange's total, never a rival of another source's 215 freed."""
    rows = [claim("a1", "a.txt", 300, qualifier="about", low=270.0, high=300.0,
                  expression="nearly 300", sentence="Two countries swap nearly 300 prisoners"),
            claim("a2", "a.txt", 300, qualifier="about", low=270.0, high=300.0,
                  expression="nearly 300", start=80,
                  sentence="The two carried out a swap on Wednesday involving nearly 300 people."),
            claim("b1", "b.txt", 215, expression="215", sentence="Russia freed 215 prisoners.")]
    groups = claim_groups(pd.DataFrame(rows))
    assert sorted(groups["verdict"]) == ["unique", "unique"]
    assert set(groups["population"].fillna("")) == {"", "both sides of the exchange"}


def test_a_count_of_sides_or_phases_is_no_figure_of_people():
    """"Both sides released prisoners ... the two sides", "the two parties swapped" or "in two
    phases": not people."""
    rows = [claim("a1", "a.txt", 230, expression="230", sentence="Russia freed 230 prisoners."),
            {**claim("a2", "a.txt", 2, counted="sides", expression="two", start=90,
                     sentence="The two sides released prisoners."), "counted_class": "other"},
            {**claim("b1", "b.txt", 2, counted="phases", expression="two",
                     sentence="The release will come in two phases."), "counted_class": "other"},
            {**claim("b2", "b.txt", 2, counted="parties", expression="two", start=60,
                     sentence="The two parties swapped prisoners."), "counted_class": "other"},
            {**claim("c1", "c.txt", 6, counted="commanders", expression="six",
                     sentence="Six commanders were freed."), "counted_class": "other"},
            # vehicles carry people but are not the people moved
            {**claim("d1", "d.txt", 2, kind="transferred", counted="navy ships",
                     expression="Two", sentence="Two navy ships escorted the freed crew home."),
             "counted_class": "other"}]
    groups = claim_groups(pd.DataFrame(rows))
    assert len(groups) == 1 and set(groups.iloc[0].claim_ids) == {"a1", "c1"}


def test_people_of_one_nationality_handed_over_or_exchanged_go_home():
    """"In return, 60 Chadian prisoners were handed over" names no place, nor does "Sudan said
    it exchanged 60 Chadian soldiers for ...": people of one nationality handed over or
    exchanged go to their country, and a handover is also the release. A source placing the
    same figure elsewhere wins, and a state freeing its own nationals sends them nowhere."""
    rows = [claim("a1", "a.txt", 60, kind="transferred", counted="Chadian prisoners",
                  expression="60", sentence="In return, 60 Chadian prisoners were handed over."),
            claim("b1", "b.txt", 60, counted="Chadian soldiers", expression="60",
                  sentence="Sudan said it exchanged 60 Chadian soldiers for an equal number."),
            claim("c1", "c.txt", 60, counted="Chadians", expression="60",
                  sentence="Officials said 60 Chadians were freed on Friday.")]
    groups = claim_groups(pd.DataFrame(rows))
    moved = groups[groups["kind"] == "transferred"]
    assert list(moved["destination"]) == ["Chad"]
    assert moved.iloc[0]["n_sources"] == 2 and moved.iloc[0]["verdict"] == "agree"
    freed = groups[groups["kind"] == "released"]
    assert list(freed["headline"]) == [60] and freed.iloc[0]["n_sources"] == 3

    # another source says where the same figure went: no guess from the nationality
    placed = rows + [claim("d1", "d.txt", 60, kind="transferred", counted="detainees",
                           expression="60", destination="Algeria",
                           sentence="The 60 detainees were flown to Algeria.")]
    moved = claim_groups(pd.DataFrame(placed)).query("kind == 'transferred'")
    assert list(moved["destination"]) == ["Algeria"]

    # the country freeing its own people, named before the figure, sends them nowhere
    own = [claim("e1", "e.txt", 20, counted="Sudanese activists", expression="20",
                 sentence="Sudan exchanged 20 Sudanese activists for two officers.")]
    assert set(claim_groups(pd.DataFrame(own))["kind"]) == {"released"}


def test_people_freed_from_another_countrys_captivity_or_in_return_go_home():
    """"40 Sudanese soldiers were freed from Chadian captivity" and "Chad releasing 40
    Sudanese in return": people freed from another country's hold go home. Freed from their
    own country's jails they go nowhere."""
    rows = [claim("a1", "a.txt", 40, counted="Sudanese soldiers", expression="40",
                  sentence="Khartoum said 40 Sudanese soldiers were freed from Chadian "
                           "captivity."),
            claim("b1", "b.txt", 40, counted="Sudanese", expression="40",
                  sentence="Officials saw 35 Chadians freed, with Chad releasing 40 Sudanese in "
                           "return.")]
    moved = claim_groups(pd.DataFrame(rows)).query("kind == 'transferred'")
    assert list(moved["destination"]) == ["Sudan"] and moved.iloc[0]["n_sources"] == 2
    own = [claim("c1", "c.txt", 40, counted="Sudanese activists", expression="40",
                 sentence="Officials said 40 Sudanese activists were freed from Sudanese jails.")]
    assert set(claim_groups(pd.DataFrame(own))["kind"]) == {"released"}


def test_two_nouns_for_people_of_one_nationality_name_one_side():
    """"230 Chadian captives" and "230 Chadian prisoners" are one side, not the two sides of an
    exchange (hostages and prisoners) that "20 hostages" and "90 Sudanese prisoners" are."""
    one = [claim("a1", "a.txt", 230, counted="Chadian captives", expression="230",
                 sentence="Under the swap, 230 Chadian captives were freed."),
           claim("b1", "b.txt", 230, counted="Chadian prisoners", expression="230",
                 sentence="The ministry said 230 Chadian prisoners were freed.")]
    groups = claim_groups(pd.DataFrame(one))
    assert len(groups) == 1 and groups.iloc[0]["n_sources"] == 2
    two = [claim("a1", "a.txt", 20, counted="hostages", expression="20",
                 sentence="The rebels freed 20 hostages on Monday."),
           claim("b1", "b.txt", 90, counted="Sudanese prisoners", expression="90",
                 sentence="The state freed 90 Sudanese prisoners on Monday.")]
    assert set(claim_groups(pd.DataFrame(two))["population"]) == {"hostages", "prisoners"}


def test_a_stray_noun_for_the_same_people_names_no_side():
    """"Fourteen captives" in an article that gives "more than a dozen political prisoners"
    freed is the same people under another noun, not the hostages' side of an exchange:
    one release, all sources agreeing. Figures of their own under each noun stay two sides
    ("20 hostages" beside "90 prisoners" in one article)."""
    rows = [claim("a1", "a.txt", 14, counted="prisoners", expression="14",
                  sentence="The president pardoned 14 prisoners on Saturday."),
            claim("b1", "b.txt", 14, counted="Tarvan prisoners", expression="14",
                  sentence="Envoys said 14 Tarvan prisoners were freed on Saturday."),
            claim("c1", "c.txt", 12, qualifier="more_than", low=13.0, high=None,
                  counted="political prisoners", expression="more than a dozen",
                  sentence="The president released more than a dozen political prisoners."),
            claim("c2", "c.txt", 14, counted="captives", expression="Fourteen",
                  sentence="Fourteen captives, among them a blogger, have been set free.")]
    groups = claim_groups(pd.DataFrame(rows))
    assert len(groups) == 1
    g = groups.iloc[0]
    assert (g.verdict, g.n_sources, g.headline) == ("agree", 3, 14)
    # a hedge that allows the other noun's figure is not enough: "20 hostages" beside "more
    # than a dozen prisoners" in one article, where others freed 14 prisoners, are two sides
    rows[3] = claim("c2", "c.txt", 20, counted="hostages", expression="20",
                    sentence="The rebels freed 20 hostages on Monday.")
    assert set(claim_groups(pd.DataFrame(rows))["population"]) == {"hostages", "prisoners"}


def test_a_country_named_before_nationals_names_their_nationality():
    """"Five Belarus nationals were released along with three Poles": the country's name
    before "nationals" names a nationality as its demonym would ("five Belarusians"), so the
    list is the release told by nationality, each item a part of it."""
    said = "Five Belarus nationals were released along with three Poles, officials said."
    rows = [claim("a1", "a.txt", 8, counted="prisoners", expression="8",
                  sentence="The government freed 8 prisoners on Saturday."),
            claim("b0", "b.txt", 8, counted="prisoners", expression="Eight",
                  sentence="Eight prisoners were freed on Saturday."),
            claim("b1", "b.txt", 5, kind="foreign_nationals", counted="Belarus nationals",
                  expression="Five", sentence=said),
            claim("b2", "b.txt", 3, kind="foreign_nationals", counted="Poles",
                  expression="three", sentence=said),
            claim("c0", "c.txt", 8, counted="prisoners", expression="8",
                  sentence="Officials said 8 prisoners were freed."),
            claim("c1", "c.txt", 3, kind="foreign_nationals", counted="foreign nationals",
                  expression="three", sentence="Among those freed were three foreign nationals.")]
    groups = claim_groups(pd.DataFrame(rows))
    released = group(groups, "released")
    assert (released.verdict, released.n_sources, released.headline) == ("agree", 3, 8)
    # the five are counted in the release, with the three, as the Poles are
    assert {"b1", "b2"} <= set(released.claim_ids)


def test_a_nationality_named_with_one_side_counts_that_side():
    """"Chadian hostages" and "Sudanese prisoners" in one story: "the 90 Sudanese" and "women
    detained in Chadian jails" are the prisoners' side, not a third quantity beside the
    hostages and the prisoners."""
    rows = [claim("a1", "a.txt", 3, counted="Chadian hostages", expression="3",
                  sentence="The rebels freed 3 Chadian hostages on Sunday."),
            claim("a2", "a.txt", 90, counted="Sudanese prisoners", expression="90",
                  sentence="Chad freed 90 Sudanese prisoners on Sunday."),
            claim("b1", "b.txt", 90, counted="Sudanese", expression="90",
                  sentence="The 90 Sudanese freed on Sunday were greeted by crowds."),
            claim("c1", "c.txt", 90, counted="women", expression="90",
                  sentence="Officials said 90 women detained in Chadian jails were freed.")]
    groups = claim_groups(pd.DataFrame(rows))
    sides = groups.set_index("population")
    assert set(groups["population"]) == {"hostages", "prisoners"}
    assert sides.loc["prisoners", "headline"] == 90 and sides.loc["prisoners", "n_sources"] == 3


def test_one_side_swapped_for_the_other_goes_home():
    """"The exchange involved 12 Chadians, including two minors, who were swapped for 18
    Malians": the 12 are one side, not the size of the swap, and they go home."""
    sentence = ("The exchange involved 12 Chadians, including two minors, who were swapped for "
                "18 Malians held in Chad.")
    rows = [claim("a1", "a.txt", 12, kind="foreign_nationals", counted="Chadians",
                  expression="12", sentence=sentence)]
    groups = claim_groups(pd.DataFrame(rows))
    moved = groups[groups["kind"] == "transferred"]
    assert list(moved["destination"]) == ["Chad"] and moved.iloc[0]["headline"] == 12
    assert (groups["population"].fillna("") != "both sides of the exchange").all()


def test_a_breakdown_by_nationality_handed_over_does_not_go_home():
    """"The crew of 21 (14 Indians, three Kenyans ...) were handed over": each nationality
    is a part of the crew, not a side going home to its country."""
    sentence = "The 14 Indians and three Kenyans of the crew were handed over on Monday."
    rows = [claim("a1", "a.txt", 14, kind="transferred", counted="Indians", expression="14",
                  sentence=sentence),
            claim("a2", "a.txt", 3, kind="transferred", counted="Kenyans",
                  expression="three", sentence=sentence)]
    groups = claim_groups(pd.DataFrame(rows))
    assert groups["destination"].isna().all()


def test_the_side_freed_in_return_in_an_equal_swap_goes_home():
    """"Chad freed 150 Sudanese soldiers and Sudan released 150 Chadians in return": the
    Chadians' figure is read where it stands (the same figure twice in one sentence), the
    country last named before it (Sudan) is the one acting, and a figure another source places
    in both countries says nothing against either side. The Sudanese, with no cue of an
    exchange in their own words, are only freed."""
    both = ("Chad freed 150 Sudanese soldiers at the crossing and Sudan released 150 Chadians "
            "in return.")
    rows = [claim("a1", "a.txt", 150, counted="Sudanese soldiers", expression="150",
                  sentence=both),
            claim("a2", "a.txt", 150, kind="foreign_nationals", counted="Chadians",
                  expression="150", sentence=both),
            claim("b1", "b.txt", 150, kind="transferred", counted="prisoners", expression="150",
                  destination="Chad", sentence="The swap saw 150 prisoners moved to Chad."),
            claim("b2", "b.txt", 150, kind="transferred", counted="prisoners", expression="150",
                  destination="Sudan", sentence="The swap saw 150 prisoners moved to Sudan.")]
    moved = claim_groups(pd.DataFrame(rows)).query("kind == 'transferred'")
    assert moved.set_index("destination")["n_sources"].to_dict() == {"Chad": 2, "Sudan": 1}
    # "in exchange for five Russians": the other side goes home too
    rows = [claim("c1", "c.txt", 5, kind="foreign_nationals", counted="Russians",
                  expression="five", sentence="Georgia freed a journalist and two others in "
                                              "exchange for five Russians held in Georgia.")]
    moved = claim_groups(pd.DataFrame(rows)).query("kind == 'transferred'")
    assert list(moved["destination"]) == ["Russia"]


def test_the_nationality_of_everyone_freed_marks_no_part():
    """"60 Chilean fishermen were freed" by most sources: Chilean describes the story's
    people, so "140 Chilean fishermen remain in Peruvian jails" is the whole count held, a
    rival of "about 170 fishermen" still held, not a part of it."""
    rows = [claim("a1", "a.txt", 60, counted="Chilean fishermen",
                  sentence="Peru freed 60 Chilean fishermen on Monday.", expression="60"),
            claim("b1", "b.txt", 60, counted="fishermen",
                  sentence="Sixty fishermen were freed.", expression="Sixty"),
            claim("c1", "c.txt", 60, counted="Chilean fishermen",
                  sentence="The 60 Chilean fishermen crossed the border.", expression="60"),
            claim("a2", "a.txt", 140, "remaining", counted="Chilean fishermen",
                  sentence="There are 140 Chilean fishermen in Peruvian jails, a union said.",
                  expression="140"),
            claim("b2", "b.txt", 170, "remaining", "about", 153, 187, counted="fishermen",
                  sentence="About 170 fishermen are still held.", expression="About 170")]
    held = claim_groups(pd.DataFrame(rows)).set_index("kind").loc["remaining"]
    assert held.verdict == "conflict"


@pytest.mark.parametrize("sentence, counted", [
    ("Five Chileans and 55 Peruvians were freed.", True),
    ("The 55 Peruvians arrived with 12 freed Bolivians.", True),
    ("There are 140 Peruvian fishermen in Chilean jails.", False),  # a country only named
    ("Chile freed 55 Peruvians.", False),
])
def test_a_nationality_counted_beside_another_marks_a_part(sentence, counted):
    """Where a sentence counts people of another nationality beside a claim's, its own
    nationality marks a part even if it describes everyone freed."""
    r = claim("c1", "c.txt", 55, counted="Peruvians", sentence=sentence)
    assert _named_with_another(r) is counted


def test_a_headline_shortening_a_hedge_yields_to_the_precise_figure():
    """"Ruritania frees 4,000 prisoners" (headline), "more than 4,000 were freed" (lede) and
    "4,312 inmates were granted amnesty" (body): the source's figure is the precise 4,312,
    not the bound the headline rounds."""
    rows = [claim("a1", "a.txt", 4000, sentence="Ruritania frees 4,000 prisoners",
                  expression="4,000", start=0),
            claim("a2", "a.txt", 4000, "released", "more_than", 4001, None,
                  sentence="More than 4,000 prisoners were freed.", expression="More than 4,000",
                  start=40),
            claim("a3", "a.txt", 4312, counted="inmates",
                  sentence="An official said 4,312 inmates were granted amnesty.",
                  expression="4,312", start=90),
            claim("b1", "b.txt", 4312, sentence="It freed 4,312 prisoners.", expression="4,312")]
    out = synthesise(pd.DataFrame(rows))
    src = out["group_sources"].set_index("article_id")
    assert src.loc["a.txt", "value"] == 4312
    assert out["claim_groups"].iloc[0].verdict == "agree"


def test_where_the_next_figure_is_held_does_not_set_this_figures_side():
    """"freed 24 hostages, 11 of them foreigners, in exchange for 39 women held in Chadian
    jails": the jails hold the 39, so the 11 foreigners are not the prisoners' side; they
    are one quantity with another source's 11 foreigners among the hostages."""
    said = ("The group freed 24 hostages, 13 Malians and 11 foreigners, in exchange for 39 "
            "women held in Chadian jails.")
    rows = [claim("a1", "a.txt", 24, counted="hostages", sentence=said, expression="24"),
            claim("a2", "a.txt", 11, "foreign_nationals", counted="foreigners", sentence=said,
                  expression="11"),
            claim("a3", "a.txt", 39, counted="women", sentence=said, expression="39"),
            claim("b1", "b.txt", 11, "foreign_nationals", counted="freed hostages",
                  sentence="Eleven freed hostages are foreigners.", expression="Eleven"),
            claim("b2", "b.txt", 24, counted="hostages", sentence="24 hostages were freed.",
                  expression="24")]
    g = claim_groups(pd.DataFrame(rows))
    foreign = g[g["kind"] == "foreign_nationals"]
    assert len(foreign) == 1 and foreign.iloc[0].verdict == "agree"


def test_sources_moving_the_same_figure_to_no_named_place_are_one_group():
    """"318 were flown between the two cities" in two sources is one quantity they agree on;
    a third source's unplaced 40 stays a group of its own."""
    rows = [claim("a1", "a.txt", 318, "transferred", sentence="318 were flown between the "
                  "two cities.", expression="318"),
            claim("b1", "b.txt", 318, "transferred", sentence="Planes carried 318 detainees "
                  "on Friday.", expression="318"),
            claim("c1", "c.txt", 40, "transferred", sentence="40 were moved.", expression="40")]
    g = claim_groups(pd.DataFrame(rows)).set_index("label")
    shared = g.loc["transferred (destination not given; 318 by several sources)"]
    assert shared.n_sources == 2 and shared.verdict == "agree"
    assert g.loc["transferred (destination not given; c.txt)"].n_sources == 1


def test_the_main_release_is_the_day_most_sources_give_dated_or_not():
    """Most sources give the 90 freed on Wednesday, few of them with a date; most also
    mention 12 freed two days earlier, on Monday. The 90 is the main release and the 12 its
    own, earlier group, even where a stray 12 is read with the main day (a sentence naming
    both days is dated by its first)."""
    mon, wed = "on Monday", "on Wednesday"
    both = "Wednesday's release followed another on Monday involving 12 wounded."
    rows = [claim("a1", "a.txt", 90, sentence="The Red Cross helped free 90 soldiers.",
                  expression="90"),
            claim("b1", "b.txt", 90, sentence="Ninety soldiers were freed.", expression="Ninety"),
            claim("c1", "c.txt", 90, sentence="It freed 90 soldiers on Wednesday.",
                  expression="90", when=wed),
            claim("d1", "d.txt", 90, sentence="90 soldiers are free.", expression="90"),
            claim("a2", "a.txt", 12, sentence="Twelve wounded were freed on Monday.",
                  expression="Twelve", when=mon),
            claim("b2", "b.txt", 12, sentence="On Monday 12 wounded were freed.",
                  expression="12", when="On Monday"),
            claim("c2", "c.txt", 12, sentence=both, expression="12", when=mon)]
    articles = pd.DataFrame({"article_id": ["a.txt", "b.txt", "c.txt", "d.txt"],
                             "path": ["a.txt", "b.txt", "c.txt", "d.txt"],
                             "published": pd.to_datetime(["2031-05-08"] * 4)})
    events = pd.DataFrame({
        "article_id": ["a.txt", "b.txt", "c.txt", "c.txt", "c.txt"],
        "sentence": [rows[4]["sentence"], rows[5]["sentence"], rows[2]["sentence"], both, both],
        "date": pd.to_datetime(["2031-05-05", "2031-05-05", "2031-05-07", "2031-05-07",
                                "2031-05-05"]),
        "precision": ["day"] * 5, "expression": [mon, "On Monday", wed, "Wednesday", mon],
        "category": ["release"] * 5, "start": [0, 0, 0, 100, 130]})
    g = synthesise(pd.DataFrame(rows), articles, events)["claim_groups"]
    by_day = g.set_index(g["when"].fillna(""))
    assert by_day.loc["", "kind"] == "released" and by_day.loc["", "headline"] == 90
    assert by_day.loc["", "verdict"] == "agree"
    # freed two days before and told as no stage of it: another, earlier release
    monday = by_day.loc["2031-05-05"]
    assert monday.kind == "earlier_release" and monday.headline == 12 and monday.n_sources == 2


def test_a_stage_of_a_release_told_in_stages_stays_a_release():
    """"The first group of 17 hostages was freed on Monday" and "nine more on Friday": the
    Monday group is the release's first stage, not another, earlier release."""
    mon, fri = "on Monday", "on Friday"
    rows = [claim("a1", "a.txt", 9, when=fri, expression="nine",
                  sentence="The rebels freed nine more hostages on Friday."),
            claim("b1", "b.txt", 9, when=fri, expression="9",
                  sentence="On Friday 9 hostages were freed."),
            claim("c1", "c.txt", 9, expression="Nine", sentence="Nine hostages are free."),
            claim("a2", "a.txt", 17, when=mon, expression="17",
                  sentence="The first group of 17 hostages was freed on Monday.")]
    articles = pd.DataFrame({"article_id": ["a.txt", "b.txt", "c.txt"],
                             "path": ["a.txt", "b.txt", "c.txt"],
                             "published": pd.to_datetime(["2031-05-10"] * 3)})
    events = pd.DataFrame({
        "article_id": ["a.txt", "b.txt", "a.txt"],
        "sentence": [rows[0]["sentence"], rows[1]["sentence"], rows[3]["sentence"]],
        "date": pd.to_datetime(["2031-05-09", "2031-05-09", "2031-05-05"]),
        "precision": ["day"] * 3, "expression": [fri, "On Friday", mon],
        "category": ["release"] * 3, "start": [0, 0, 60]})
    g = synthesise(pd.DataFrame(rows), articles, events)["claim_groups"]
    assert set(g["kind"]) == {"released"} and len(g) == 2


def test_a_count_held_stated_as_of_earlier_is_the_count_before_the_release():
    """"Officials have previously acknowledged that at least seven were being held" beside
    "two others remain in detention": the seven stood before this release, no rival of the
    two held now."""
    rows = [claim("a1", "a.txt", 7, "remaining", "at_least", 7, None, when="previously",
                  sentence="Officials have previously acknowledged that at least seven "
                  "citizens were being held.", expression="at least seven"),
            claim("b1", "b.txt", 2, "remaining", counted="other citizens",
                  sentence="Two other citizens remain in detention.", expression="Two"),
            claim("c1", "c.txt", 2, "remaining", counted="other citizens",
                  sentence="Reports say two others remain in custody.", expression="two")]
    g = claim_groups(pd.DataFrame(rows))
    assert "conflict" not in set(g["verdict"])
    assert set(g["when"].fillna("")) == {"", "before the release"}


def test_a_figure_the_source_tells_as_a_part_is_no_recount_of_its_total():
    """A headline "82 girls released", then "the release of 82 schoolgirls and a boy, making
    a total of 83 released persons": the source's figure is the 83, not the headline's 82
    read as the lede of a recount."""
    said = ("Officials confirmed the release of 82 schoolgirls and a boy, making a total of 83 "
            "released persons.")
    rows = [claim("a1", "a.txt", 82, counted="girls", start=0, expression="82",
                  sentence="82 girls released"),
            claim("a2", "a.txt", 82, counted="schoolgirls", start=300, expression="82",
                  subset=True, sentence=said),
            claim("a3", "a.txt", 83, counted="released persons", start=345, expression="83",
                  sentence=said),
            claim("a4", "a.txt", 83, counted="persons", start=900, expression="83",
                  sentence="That makes it 83 persons released today."),
            claim("b1", "b.txt", 82, counted="girls", expression="82",
                  sentence="82 girls were freed.")]
    src = synthesise(pd.DataFrame(rows))["group_sources"].set_index("article_id")
    assert src.loc["a.txt", "value"] == 83


def test_a_later_figure_a_few_apart_does_not_replace_the_lede():
    """"Eighty-two schoolgirls have been released" (the lede), then "the 83 freed girls were
    found near the town" (an official, later): the source's figure is its lede's 82, which
    two other sources give too; a figure in hundreds beside a precise one ("4,300" and
    "4,312") is a rounding and the precise one stays."""
    rows = [claim("a1", "a.txt", 82, counted="schoolgirls", start=0, expression="Eighty-two",
                  sentence="Eighty-two schoolgirls have been released, officials said."),
            claim("a2", "a.txt", 83, counted="freed girls", start=300, expression="83",
                  sentence="An official said the 83 freed girls were found near the town."),
            claim("b1", "b.txt", 82, counted="girls", expression="82",
                  sentence="The 82 girls were freed on Saturday."),
            claim("c1", "c.txt", 82, counted="girls", expression="82",
                  sentence="Militants freed 82 girls.")]
    out = synthesise(pd.DataFrame(rows))
    assert out["group_sources"].set_index("article_id").loc["a.txt", "value"] == 82
    assert out["claim_groups"].iloc[0].verdict == "agree"
    rows = [claim("d1", "d.txt", 4300, start=0, expression="4,300",
                  sentence="Ruritania to free 4,300 inmates"),
            claim("d2", "d.txt", 4312, start=90, expression="4,312",
                  sentence="The ministry said 4,312 prisoners would walk free.")]
    src = synthesise(pd.DataFrame(rows))["group_sources"].set_index("article_id")
    assert src.loc["d.txt", "value"] == 4312


def test_a_hedge_between_two_exact_figures_does_not_become_the_source_figure():
    """"The government has freed 310 people" (the lede), a monitor's "over 100 people were
    freed" and "As of now, 140 have been released": the hedge allows both exact figures and
    so settles nothing between them; the source's figure is an exact one, the lede's 310
    (the larger), which two other sources give too."""
    rows = [claim("a1", "a.txt", 310, counted="people", start=0, expression="310",
                  sentence="The government has freed 310 people, the prosecutor said."),
            claim("a2", "a.txt", 100, qualifier="more_than", low=101.0, high=None,
                  counted="people", start=200, expression="over 100",
                  sentence="A monitor said over 100 people were freed across three jails."),
            claim("a3", "a.txt", 140, counted="prisoners", start=400, expression="140",
                  sentence="As of now, 140 prisoners have been released, the monitor said."),
            claim("b1", "b.txt", 310, counted="people", expression="310",
                  sentence="Ruritania released 310 people."),
            claim("c1", "c.txt", 310, counted="detainees", expression="310",
                  sentence="Some 310 detainees were freed.")]
    src = synthesise(pd.DataFrame(rows))["group_sources"].set_index("article_id")
    assert src.loc["a.txt", "value"] == 310


def test_a_round_figure_beside_a_precise_one_a_few_per_cent_off_is_its_rounding():
    """"in exchange for 3,000 prisoners" (the headline) and "the release of 2,941 prisoners"
    (the body): the round figure is the precise one rounded; the source's figure is 2,941,
    which another source gives too, so they agree. A round figure further off stays."""
    rows = [claim("a1", "a.txt", 3000, start=0, expression="3,000",
                  sentence="Militia frees hostages in exchange for 3,000 prisoners"),
            claim("a2", "a.txt", 2941, start=200, expression="2,941",
                  sentence="The deal ended with the release of 2,941 prisoners."),
            claim("b1", "b.txt", 2941, expression="2,941",
                  sentence="Ruritania freed 2,941 prisoners on Monday.")]
    out = synthesise(pd.DataFrame(rows))
    assert out["group_sources"].set_index("article_id").loc["a.txt", "value"] == 2941
    assert out["claim_groups"].iloc[0].verdict == "agree"
    rows[0] = claim("a1", "a.txt", 4000, start=0, expression="4,000",
                    sentence="Militia frees hostages in exchange for 4,000 prisoners")
    src = synthesise(pd.DataFrame(rows))["group_sources"].set_index("article_id")
    assert src.loc["a.txt", "value"] == 4000


def test_the_releasing_countrys_own_nationals_are_no_foreigners():
    """Where one country alone frees people ("Moldova has released 40 prisoners"), "three
    Polish nationals and eight Moldovan journalists were among those released" counts three
    foreigners, not eleven: the journalists are a class of the people freed. In a swap
    ("ten Moldovans detained in Chad were released") its nationals were abroad: foreigners."""
    among = "Among those released were three Polish nationals and eight Moldovan journalists."
    rows = [claim("a1", "a.txt", 40, expression="40",
                  sentence="Moldova has released 40 prisoners, officials said."),
            claim("a2", "a.txt", 3, kind="foreign_nationals", counted="Polish nationals",
                  expression="three", sentence=among),
            claim("a3", "a.txt", 8, kind="foreign_nationals", counted="Moldovan journalists",
                  expression="eight", sentence=among),
            claim("b1", "b.txt", 40, expression="40", sentence="Moldova released 40 prisoners."),
            claim("b2", "b.txt", 3, kind="foreign_nationals", counted="Poles",
                  expression="three", sentence="Three Poles were among them.")]
    def group_of(rows, cid):
        out = synthesise(pd.DataFrame(rows))
        return next(g for g in out["claim_groups"].itertuples() if cid in g.claim_ids)
    assert group_of(rows, "a3").group_id == group_of(rows, "a1").group_id  # a part freed
    assert group_of(rows, "a2").headline == 3
    # released from a prison by its own name ("Kesh prison") they were held at home; from a
    # Chadian jail, abroad
    at_home = among.replace("released", "released from Kesh prison")
    rows[1] = {**rows[1], "sentence": at_home}
    rows[2] = {**rows[2], "sentence": at_home}
    assert group_of(rows, "a3").group_id == group_of(rows, "a1").group_id
    for abroad in (among.replace("journalists.", "journalists detained in Chad."),
                   among.replace("released", "released from Chadian prisons")):
        rows[1] = {**rows[1], "sentence": abroad}
        rows[2] = {**rows[2], "sentence": abroad}
        assert group_of(rows, "a3").group_id != group_of(rows, "a1").group_id


def test_releases_ordered_in_several_places_are_separate_quantities():
    """"The governor of Kano ordered the release of 310 inmates" and "the governor of Kaduna
    ... 145", each told by two sources with its own place: two releases, not 310 against
    145. One figure with a place of its own beside the story's release is no such split."""
    def kano(cid, aid):
        return claim(cid, aid, 310, counted="inmates", expression="310",
                     sentence="The governor of Kano ordered the release of 310 inmates.")

    def kaduna(cid, aid):
        return claim(cid, aid, 145, counted="inmates", expression="145",
                     sentence="In Kaduna, the governor pardoned 145 prisoners.")
    rows = [kano("a1", "a.txt"), kaduna("a2", "a.txt"), kano("b1", "b.txt"),
            kaduna("b2", "b.txt"), kano("c1", "c.txt")]
    groups = claim_groups(pd.DataFrame(rows)).set_index("population")
    assert groups.loc["Kano", "headline"] == 310 and groups.loc["Kano", "n_sources"] == 3
    assert groups.loc["Kaduna", "headline"] == 145 and groups.loc["Kaduna", "n_sources"] == 2
    assert set(groups["verdict"]) == {"agree"}
    rows = [claim("a1", "a.txt", 900, expression="900",
                  sentence="Nigeria freed 900 prisoners on Monday."),
            kaduna("a2", "a.txt"), kaduna("b2", "b.txt"),
            claim("b1", "b.txt", 900, expression="900", sentence="Some 900 were freed.")]
    groups = claim_groups(pd.DataFrame(rows))
    assert len(groups) == 1


def test_a_body_named_after_a_country_is_no_place_of_a_release():
    """"The Tarvo Prison Service said it released 90" (after "The") beside "In Lima, crowds
    cheered the three": the country a body is named after is no place inside it, so the two
    figures are no releases ordered in two places."""
    from analysis.story.populations import _places_within
    assert _places_within("The Israel Prison Service said it released 90 prisoners.") == set()
    assert _places_within("The governor of Kano ordered the release of 310 inmates.") == {"Kano"}


def test_a_count_held_that_others_tell_as_before_the_release_is_as_of_then():
    """"210 remained missing" where two other sources tell the same 210 as held before the
    release ("leaving 210 in captivity") and give 130 as held now: the count as of then, not
    a rival of the 130 still held."""
    rows = [claim("a1", "a.txt", 210, "remaining", counted="pupils", expression="210",
                  sentence="Forty escaped, leaving 210 pupils in captivity.",
                  when="before the release"),
            claim("a2", "a.txt", 130, "remaining", counted="pupils", expression="130",
                  sentence="After the release, 130 pupils are still held."),
            claim("b1", "b.txt", 210, "remaining", counted="pupils", expression="210",
                  sentence="210 pupils were held until the latest release.",
                  when="before the release"),
            claim("b2", "b.txt", 130, "remaining", counted="pupils", expression="130",
                  sentence="130 pupils remain in captivity."),
            claim("c1", "c.txt", 210, "remaining", counted="pupils", expression="210",
                  sentence="However, 210 pupils remained missing.")]
    groups = claim_groups(pd.DataFrame(rows))
    now = groups[groups["when"].isna()]
    assert len(now) == 1 and now.iloc[0].headline == 130 and now.iloc[0].verdict == "agree"
    assert "c1" not in now.iloc[0].claim_ids


def test_a_part_whose_sentence_names_one_side_is_a_part_of_that_side():
    """"The released detainees included 40 women and 10 boys" in a swap of hostages and
    prisoners: the 40 are a part of the prisoners freed, not a group of their own that two
    sources' different parts make a conflict of."""
    rows = [claim("a1", "a.txt", 3, counted="hostages", expression="three",
                  sentence="The militia freed three hostages."),
            claim("a2", "a.txt", 50, counted="prisoners", expression="50",
                  sentence="Ruritania released 50 prisoners."),
            claim("a3", "a.txt", 40, counted="women", subset=True, expression="40",
                  sentence="The released detainees included 40 women and 10 boys."),
            claim("b1", "b.txt", 3, counted="hostages", expression="three",
                  sentence="Three hostages were freed."),
            claim("b2", "b.txt", 50, counted="prisoners", expression="50",
                  sentence="In return, 50 prisoners were released."),
            claim("b3", "b.txt", 10, counted="boys", subset=True, expression="10",
                  sentence="The prisoners freed included 10 boys.")]
    groups = claim_groups(pd.DataFrame(rows))
    assert set(groups["verdict"]) == {"agree"}
    prisoners = groups.set_index("population").loc["prisoners"]
    assert {"a3", "b3"} <= set(prisoners.claim_ids)


def test_a_hedged_figure_keeps_its_hedge_beside_a_bare_subhead_of_it():
    """"over 4,000 prisoners" in the lede and a subhead "4000 prisoners freed": the source's
    figure is the lede's, open above (4,001 and up), not narrowed by the subhead's rounding."""
    rows = [claim("a1", "a.txt", 4000, qualifier="more_than", low=4001.0, high=None,
                  expression="over 4,000", sentence="The president freed over 4,000 prisoners."),
            claim("a2", "a.txt", 4000, start=300, expression="4000",
                  sentence="4000 prisoners freed"),
            claim("b1", "b.txt", 4000, qualifier="more_than", low=4001.0, high=None,
                  expression="more than 4,000", sentence="More than 4,000 prisoners were freed.")]
    src = synthesise(pd.DataFrame(rows))["group_sources"].set_index("article_id")
    assert src.loc["a.txt", "qualifier"] == "more_than"
    assert src.loc["a.txt", "low"] == 4001 and pd.isna(src.loc["a.txt", "high"])


def test_a_bare_headline_before_the_hedge_it_shortens_takes_the_hedge():
    """A title "King Frees 1500 Prisoners" before the body's "the pardon covered over 1,500
    prisoners": the source's figure is the body's, 1,501 and up, which agrees with another
    source's 1,584 rather than conflicting with it."""
    rows = [claim("a1", "a.txt", 1500, start=0, expression="1500",
                  sentence="King Frees 1500 Prisoners"),
            claim("a2", "a.txt", 1500, qualifier="more_than", low=1501.0, high=None, start=200,
                  expression="over 1,500",
                  sentence="The pardon covered over 1,500 prisoners, officials said."),
            claim("b1", "b.txt", 1584, expression="1,584",
                  sentence="The king pardoned 1,584 prisoners.")]
    out = synthesise(pd.DataFrame(rows))
    src = out["group_sources"].set_index("article_id")
    assert src.loc["a.txt", "qualifier"] == "more_than"
    assert src.loc["a.txt", "low"] == 1501 and pd.isna(src.loc["a.txt", "high"])
    assert set(out["claim_groups"]["verdict"]) == {"agree"}


def test_an_evacuation_of_foreign_soldiers_is_no_release():
    """"177 Chadian soldiers were airlifted from Lusk" (an evacuation) and "flights carrying
    177 Chadian troops landed in Chad" tell a move, not a release: no release figure
    is made of them, while a handover of 27 others to the Red Cross is the release."""
    rows = [claim("a1", "a.txt", 177, kind="transferred", counted="Chadian soldiers",
                  expression="177", sentence="The army said 177 Chadian soldiers in the "
                  "custody of the militia were airlifted from Lusk on Wednesday."),
            claim("a2", "a.txt", 27, counted="Chadian soldiers", start=300, expression="27",
                  sentence="The militia said it handed over 27 Chadian soldiers to the Red "
                  "Cross."),
            claim("b1", "b.txt", 177, kind="transferred", counted="Chadian troops",
                  destination="Chad", expression="177",
                  sentence="Three flights carrying 177 Chadian troops landed in Chad."),
            claim("c1", "c.txt", 27, counted="soldiers", expression="27",
                  sentence="The militia freed 27 soldiers.")]
    out = synthesise(pd.DataFrame(rows))
    released = out["claim_groups"][out["claim_groups"]["kind"] == "released"]
    assert len(released) == 1
    g = released.iloc[0]
    assert g.verdict == "agree" and g.headline == 27
    assert set(out["group_sources"].query("group_id == @g.group_id").article_id) == {
        "a.txt", "c.txt"}



def _beside_a_release_of_135(dated, date, precision, expression):
    """Claims, articles and events of two September 2024 articles that both give the story's
    release of 135: article a.txt also has the claim ``dated``, its sentence's event dated
    ``date`` (to ``precision``, written ``expression``)."""
    rows = [dated,
            claim("a2", "a.txt", 135, start=300, expression="135",
                  sentence="Nicaragua released 135 political prisoners on Thursday."),
            claim("b1", "b.txt", 135, expression="135",
                  sentence="Nicaragua released 135 political prisoners.")]
    arts = pd.DataFrame({"article_id": ["a.txt", "b.txt"], "path": ["a.txt", "b.txt"],
                         "published": ["2024-09-06", "2024-09-05"]})
    events = pd.DataFrame([{"article_id": "a.txt", "date": date, "precision": precision,
                            "sentence": dated["sentence"], "expression": expression,
                            "relative": False}])
    return rows, arts, events


def test_a_release_dated_long_before_its_article_is_an_earlier_release():
    """"as on February 9, 2023 with 222 released political prisoners" in an article of
    September 2024: that release is an earlier one, not a rival of the story's 135."""
    said = "As on February 9, 2023 with 222 released political prisoners, it was kept secret."
    rows, arts, events = _beside_a_release_of_135(
        claim("a1", "a.txt", 222, sentence=said, expression="222", when="on February 9, 2023"),
        "2023-02-09", "day", "February 9, 2023")
    out = synthesise(pd.DataFrame(rows), arts, events)
    kinds = {cid: g.kind for g in out["claim_groups"].itertuples() for cid in g.claim_ids}
    assert kinds["a1"] == "earlier_release" and kinds["a2"] == kinds["b1"] == "released"
    rows[0] = {**rows[0], "when": "on February 9"}  # no year said: left as it was read
    out = synthesise(pd.DataFrame(rows), arts, events)
    kinds = {cid: g.kind for g in out["claim_groups"].itertuples() for cid in g.claim_ids}
    assert kinds["a1"] == "released"


@pytest.mark.parametrize("said, whole", [
    ("The junta released six Americans and a legal permanent resident on Saturday.", 7),
    ("The junta released six Americans and a Canadian on Saturday.", 7),
    ("The junta released six fishermen and a boat on Saturday.", 6),  # no person
    ("The junta released six Americans and one Canadian on Saturday.", 7),
    # a list of single people after them, each one more
    ("The junta released six Americans, a Canadian and a Briton on Saturday.", 8),
    ("The junta released six Americans, a boat and a truck on Saturday.", 6),
    # the one person described after ("a Canadian convicted of spying", "one Canadian citizen
    # as two agents crossed")
    ("The junta released six Americans and a Canadian convicted of spying to Dorvale.", 7),
    ("The junta released six Americans and one Canadian citizen as two agents crossed.", 7),
])
def test_one_person_joined_by_an_article_is_counted_with_the_others(said, whole):
    """"Released six Americans and a legal permanent resident": seven freed, the six a part,
    as another source's seven."""
    rows = [claim("a1", "a.txt", 6, counted=said.split()[4], expression="six", start=22,
                  sentence=said),
            claim("b1", "b.txt", 7, counted="detainees", expression="seven",
                  sentence="The junta freed seven detainees.")]
    out = synthesise(pd.DataFrame(rows))
    srcs = out["group_sources"].set_index("article_id")
    assert srcs.loc["a.txt", "value"] == whole
    assert bool(srcs.loc["a.txt", "part"]) is (whole == 6)  # six of seven: a part


def test_one_person_joined_to_a_count_still_held_is_counted_with_it():
    """"Rebels still hold six Americans and one Canadian": seven held, as another source's
    seven; the six a part."""
    said = "Rebels said six Americans and one Canadian remain captive in the hills."
    rows = [claim("a1", "a.txt", 6, counted="Americans", expression="six", start=12,
                  sentence=said, kind="remaining"),
            claim("b1", "b.txt", 7, counted="hostages", expression="seven", kind="remaining",
                  sentence="Rebels still hold seven hostages.")]
    out = synthesise(pd.DataFrame(rows))
    srcs = out["group_sources"].set_index("article_id")
    assert srcs.loc["a.txt", "value"] == 7 and not bool(srcs.loc["a.txt", "part"])
    assert out["claim_groups"].iloc[0]["verdict"] == "agree"


def test_a_further_batch_that_completes_the_day_s_release_is_a_part_of_it():
    """"Two women were released in the afternoon and six more shortly before midnight" beside
    the eight most sources give, and "six more were released, bringing the daily total to
    eight": the six are the rest of the day's eight, a part, never a further batch of their
    own; "a further five were freed" with nothing to complete stays a batch."""
    two = "Two women were released in the afternoon and six more shortly before midnight."
    tally = "Six more hostages were released, bringing the daily total to eight."
    rows = [claim("a1", "a.txt", 8, counted="hostages", expression="eight",
                  sentence="The militia released eight hostages on Thursday."),
            claim("a2", "a.txt", 2, counted="women", expression="Two", start=200,
                  sentence=two),
            claim("a3", "a.txt", 6, counted="women", expression="six", start=240,
                  sentence=two),
            claim("b1", "b.txt", 8, counted="hostages", expression="8",
                  sentence="The militia freed 8 hostages."),
            claim("c1", "c.txt", 6, counted="hostages", expression="Six", sentence=tally),
            claim("c2", "c.txt", 8, expression="eight", counted=None, start=60,
                  sentence=tally)]
    out = synthesise(pd.DataFrame(rows))
    groups = out["claim_groups"]
    assert "a further batch" not in set(groups["when"].dropna())
    of = {cid: g for g in groups.itertuples() for cid in g.claim_ids}
    assert of["a3"].group_id == of["c1"].group_id == of["b1"].group_id
    assert of["b1"].verdict == "agree" and of["b1"].headline == 8
    lone = [claim("d1", "d.txt", 8, counted="hostages", expression="eight",
                  sentence="The militia released eight hostages on Thursday."),
            claim("e1", "e.txt", 8, counted="hostages", expression="8",
                  sentence="The militia freed 8 hostages."),
            claim("d2", "d.txt", 5, counted="hostages", expression="five", start=300,
                  sentence="A further five hostages were freed.")]
    groups = synthesise(pd.DataFrame(lone))["claim_groups"]
    assert "a further batch" in set(groups["when"].dropna())
    # the other side of a swap is no part of this side's release, whatever the sum
    swap = ("Xia released 16 people, while Yia released another eight people, bringing the "
            "total number of those released to 24.")
    sides = [claim("f1", "f.txt", 24, expression="24", counted="prisoners",
                   sentence="Xia and Yia exchanged 24 prisoners."),
             claim("g1", "g.txt", 24, expression="24", counted="prisoners",
                   sentence="The two states swapped 24 prisoners."),
             claim("f2", "f.txt", 16, expression="16", counted="people", start=100,
                   sentence=swap),
             claim("f3", "f.txt", 8, expression="eight", counted="people", start=150,
                   sentence=swap),
             claim("f4", "f.txt", 24, kind="earlier_release", expression="24", counted=None,
                   start=200, sentence=swap)]
    of = {cid: g for g in synthesise(pd.DataFrame(sides))["claim_groups"].itertuples()
          for cid in g.claim_ids}
    assert of["f3"].group_id != of["f1"].group_id


def test_a_span_that_opens_on_a_day_does_not_date_the_release():
    """"The 130 prisoners held since July 10, 2023 are finally free", in a September 2024
    article: the day opens their holding, so the release is the story's own (a rival of the
    others' 135), not an earlier one."""
    said = "The 130 prisoners held since July 10, 2023 are finally free."
    rows, arts, events = _beside_a_release_of_135(
        claim("a1", "a.txt", 130, sentence=said, expression="130"),
        "2023-07-10", "day", "since July 10, 2023")
    events = pd.concat([events, pd.DataFrame([{
        "article_id": "a.txt", "date": "2024-09-05", "precision": "day", "relative": True,
        "sentence": rows[1]["sentence"], "expression": "on Thursday"}])], ignore_index=True)
    out = synthesise(pd.DataFrame(rows), arts, events)
    of = {cid: g for g in out["claim_groups"].itertuples() for cid in g.claim_ids}
    assert of["a1"].kind == "released" and of["a1"].group_id == of["b1"].group_id
    events.loc[0, "expression"] = "on July 10, 2023"  # the release's own day: earlier
    rows[0] = {**rows[0], "when": "on July 10, 2023"}
    out = synthesise(pd.DataFrame(rows), arts, events)
    kinds = {cid: g.kind for g in out["claim_groups"].itertuples() for cid in g.claim_ids}
    assert kinds["a1"] == "earlier_release"


def test_a_swap_sent_home_both_ways_by_nationality_is_two_sides_whatever_their_nouns():
    """"116 Xian soldiers were returned to Xia" and "63 Yian POWs returned to Yia": only
    their nationality and figures tell the two apart, so each is a side of its own, never one
    release in conflict (116 vs 63); sides that share their figures ("185 each way") are not
    split by nationality."""
    rows = [claim("a1", "a.txt", 116, kind="transferred", destination="Ukraine",
                  counted="Ukrainian soldiers", expression="116",
                  sentence="116 Ukrainian soldiers were returned to Ukraine."),
            claim("a2", "a.txt", 63, kind="transferred", destination="Russia",
                  counted="Russian POWs", expression="63", start=200,
                  sentence="63 Russian POWs returned to Russia."),
            claim("b1", "b.txt", 116, counted="Ukrainian soldiers", expression="116",
                  sentence="Russia released 116 Ukrainian soldiers."),
            claim("c1", "c.txt", 63, counted="Russian POWs", expression="63",
                  sentence="Ukraine freed 63 Russian POWs.")]
    groups = synthesise(pd.DataFrame(rows))["claim_groups"]
    released = groups[groups["kind"] == "released"]
    assert sorted(released["headline"]) == [63.0, 116.0]
    assert "conflict" not in set(groups["verdict"])
    same = [{**r, "value": 185.0, "low": 185.0, "high": 185.0,
             "expression": "185", "sentence": r["sentence"].replace(str(int(r["value"])), "185")}
            for r in rows]
    groups = synthesise(pd.DataFrame(same))["claim_groups"]
    assert not groups["population"].fillna("").str.startswith("nationals of").any()


def test_people_freed_and_moved_are_the_release_told_by_nationality_like_the_others():
    """"secured the release of 135 Nicaraguan political prisoners, who have arrived in
    Guatemala" (a transfer of people freed) is the same release as "Nicaragua freed 135
    Nicaraguan political prisoners", not a quantity beside it."""
    rows = [claim("a1", "a.txt", 135, kind="transferred", destination="Guatemala", freed=True,
                  counted="Nicaraguan political prisoners", expression="135",
                  sentence="It secured the release of 135 Nicaraguan political prisoners, who "
                  "have arrived in Guatemala."),
            claim("b1", "b.txt", 135, counted="Nicaraguan political prisoners", expression="135",
                  sentence="Nicaragua freed 135 Nicaraguan political prisoners."),
            claim("b2", "b.txt", 13, counted="members", subset=True, start=300,
                  expression="13", sentence="Among them were 13 members of a church."),
            claim("b3", "b.txt", 135, kind="foreign_nationals", counted="Nicaraguan citizens",
                  start=500, expression="135",
                  sentence="Among the 135 Nicaraguan citizens released were pastors."),
            claim("a2", "a.txt", 13, counted="people", start=300, expression="13",
                  sentence="A church confirmed the release of 13 of its people."),
            claim("c1", "c.txt", 135, counted="political prisoners", expression="135",
                  sentence="In all 135 political prisoners were freed."),
            claim("c2", "c.txt", 13, counted="members", subset=True, start=300,
                  expression="13", sentence="They include 13 members of a church.")]
    out = synthesise(pd.DataFrame(rows))
    released = out["claim_groups"][out["claim_groups"]["kind"] == "released"]
    main = released[released["headline"] == 135]
    assert len(main) == 1 and main.iloc[0].verdict == "agree"
    srcs = out["group_sources"][out["group_sources"]["group_id"] == main.iloc[0].group_id]
    assert set(srcs["article_id"]) >= {"a.txt", "b.txt"}


def test_relatives_moved_are_a_quantity_apart_from_the_fighters_moved():
    """"50 fighters and 168 Lusk members of fighters' families were moved to Chad", "168
    relatives", "170 members of the group's families": the relatives are one quantity (168
    against 170, a conflict), apart from the 50 fighters."""
    said = "Fifty fighters and 168 Lusk members of fighters' families were moved to Chad."
    rows = [claim("a1", "a.txt", 50, kind="transferred", counted="fighters",
                  destination="Chad", expression="Fifty", sentence=said),
            claim("a2", "a.txt", 168, kind="transferred", counted="Lusk members",
                  destination="Chad", expression="168", start=30, sentence=said),
            claim("b1", "b.txt", 50, kind="transferred", counted="fighters", destination="Chad",
                  expression="50", sentence="The group moved 50 fighters to Chad."),
            claim("b2", "b.txt", 168, kind="transferred", counted="relatives",
                  destination="Chad", expression="168", start=300,
                  sentence="The group also moved 168 relatives to Chad."),
            claim("c1", "c.txt", 170, kind="transferred", counted="members", destination="Chad",
                  expression="170", sentence="It also moved 170 members of the group's "
                  "families to Chad.")]
    groups = synthesise(pd.DataFrame(rows))["claim_groups"]
    of = {cid: g for g in groups.itertuples() for cid in g.claim_ids}
    assert of["a2"].group_id == of["b2"].group_id == of["c1"].group_id
    assert of["a2"].verdict == "conflict"
    assert of["a1"].group_id != of["a2"].group_id and of["a1"].verdict == "agree"


def test_a_swap_whose_sides_each_go_home_is_told_by_nationality_never_summed():
    """"The two sides released and repatriated 40 Xs held in Y and 30 Ys held in X": each
    side went home, so the two figures are the two sides of the release, not one release of
    70; sources that tell each side handed over to its own country agree with them."""
    said = ("The two sides released and repatriated 40 Chilean fishermen held in Peru and 30 "
            "Peruvian fishermen held in Chile.")
    rows = [claim("a1", "a.txt", 40, kind="transferred", counted="Chilean fishermen",
                  destination="Chile", freed=True, expression="40", sentence=said),
            claim("a2", "a.txt", 30, kind="transferred", counted="Peruvian fishermen",
                  destination="Peru", freed=True, expression="30", start=60, sentence=said),
            claim("b1", "b.txt", 40, kind="transferred", counted="Chilean fishermen",
                  destination="Chilean Navy", expression="40",
                  sentence="Peru handed over 40 Chilean fishermen to the Chilean Navy."),
            claim("b2", "b.txt", 30, kind="transferred", counted="Peruvian fishermen",
                  destination="Peruvian Navy", expression="30", start=300,
                  sentence="Chile handed over 30 Peruvian fishermen to the Peruvian Navy."),
            claim("c1", "c.txt", 40, counted="Chilean fishermen", expression="40",
                  sentence="Peru released 40 Chilean fishermen on Sunday."),
            claim("c2", "c.txt", 30, counted="Peruvian fishermen", expression="30", start=300,
                  sentence="Chile released 30 Peruvian fishermen in return.")]
    groups = synthesise(pd.DataFrame(rows))["claim_groups"]
    assert 70 not in set(groups["headline"])
    of = {cid: g for g in groups[groups["kind"] == "released"].itertuples()
          for cid in g.claim_ids}
    assert of["c1"].group_id != of["c2"].group_id
    assert of["c1"].headline == 40 and of["c2"].headline == 30
    assert of["c1"].verdict == of["c2"].verdict == "agree"
    moved = groups[groups["kind"] == "transferred"].set_index("destination")
    assert moved.loc["Chile", "headline"] == 40 and moved.loc["Peru", "headline"] == 30


def test_a_group_counted_as_a_headcount_is_a_figure_of_people():
    """"began releasing hundreds of inmates" (lede) and, later, "the first group of 1,178 began
    leaving prisons": the group is people, and the precise figure is the source's."""
    rows = [claim("a1", "a.txt", 100, qualifier="at_least", low=100.0, counted="inmates",
                  vague=True, expression="hundreds",
                  sentence="The state began releasing hundreds of inmates on Friday."),
            claim("a2", "a.txt", 1178, counted="group", start=300, expression="1,178",
                  sentence="The first group of 1,178 began leaving prisons on Friday."),
            claim("b1", "b.txt", 1178, counted="prisoners", expression="1,178",
                  sentence="The decree freed 1,178 prisoners.")]
    out = synthesise(pd.DataFrame(rows))
    g = out["claim_groups"].iloc[0]
    assert len(out["claim_groups"]) == 1 and g.verdict == "agree" and g.headline == 1178
    figs = out["group_sources"].set_index("article_id")["value"]
    assert figs["a.txt"] == 1178


def test_the_day_of_a_capture_does_not_date_the_release():
    """"Eight teachers and pupils who were abducted on Tuesday have been rescued": the only day
    of the sentence is the capture's, so the eight are the release other sources date to
    Sunday (a conflict with the nine one source gives that day), not an earlier release."""
    said = "Eight pupils and teachers who were abducted on Tuesday have been rescued."
    rows = [claim("a", "o1", 8, sentence=said),
            claim("b", "o2", 8, sentence="The other eight regained their freedom."),
            claim("e", "o5", 8, sentence="The remaining eight regained their freedom."),
            claim("c", "o3", 9, sentence="Nine were set free on Sunday."),
            claim("d", "o4", 9, sentence="Nine were freed on Sunday.")]
    events = pd.DataFrame([
        {"article_id": aid, "sentence": sent, "expression": expr, "date": pd.Timestamp(day),
         "precision": "day", "category": cat}
        for aid, sent, expr, day, cat in [
            ("o1", said, "on tuesday", "2031-01-28", "arrest"),
            ("o3", "Nine were set free on Sunday.", "on sunday", "2031-02-02", "release"),
            ("o4", "Nine were freed on Sunday.", "on sunday", "2031-02-02", "release")]])
    g = claim_groups(pd.DataFrame(rows), events=events)
    freed = g[g["kind"] == "released"]
    assert len(freed) == 1 and sorted(freed.iloc[0].claim_ids) == ["a", "b", "c", "d", "e"]
    assert freed.iloc[0].verdict == "conflict"


def test_a_figure_and_the_others_beside_it_are_one_group():
    """"Six nuns and two other people kidnapped last week have been released": eight freed, the
    six a part; "he was released with 109 other prisoners" is 110."""
    said = "Six nuns and two other people kidnapped last week have been released."
    rows = [claim("a1", "a.txt", 6, counted="nuns", expression="Six", sentence=said),
            claim("a2", "a.txt", 2, counted="other people", expression="two", start=20,
                  sentence=said),
            claim("b1", "b.txt", 8, counted="people", expression="eight",
                  sentence="The eight who had been abducted were released.")]
    out = synthesise(pd.DataFrame(rows))
    g = out["claim_groups"]
    assert len(g) == 1 and g.iloc[0].headline == 8 and g.iloc[0].verdict == "agree"
    figs = out["group_sources"].set_index("article_id")["value"]
    assert figs["a.txt"] == 8

    said = ("The commander received a hero's welcome on Thursday after he was released with 109 "
            "other prisoners.")
    rows = [claim("c1", "c.txt", 109, counted="other prisoners", expression="109", sentence=said),
            claim("d1", "d.txt", 110, expression="110",
                  sentence="The state freed 110 prisoners on Thursday.")]
    out = synthesise(pd.DataFrame(rows))
    assert list(out["claim_groups"]["headline"]) == [110]
    assert out["claim_groups"].iloc[0].verdict == "agree"


def test_a_figure_whose_people_are_partly_named_is_not_summed_with_the_rest_of_them():
    """"The four detainees Ann Lee, Bo Park and Cy Dahl, along with one man not yet named,
    landed in Lisbon": four in all (three named, the one among them), never five; "five Xs
    and 104 Ys arrived" still adds up."""
    said = ("The four detainees Ann Lee, Bo Park and Cy Dahl, along with one man not yet named, "
            "landed in Lisbon.")
    rows = [claim("a1", "a.txt", 4, kind="transferred", destination="Portugal",
                  counted="detainees", expression="four", sentence=said),
            claim("a2", "a.txt", 1, kind="transferred", destination="Portugal", counted="man",
                  expression="one", start=60, sentence=said),
            claim("b1", "b.txt", 4, kind="transferred", destination="Portugal",
                  counted="detainees", expression="four",
                  sentence="Four detainees landed in Lisbon on Monday.")]
    out = synthesise(pd.DataFrame(rows))
    g = out["claim_groups"]
    assert len(g) == 1 and g.iloc[0].headline == 4 and g.iloc[0].verdict == "agree"
    assert out["group_sources"].set_index("article_id")["value"]["a.txt"] == 4

    said = "Two Chileans and 30 Peruvians arrived in Lisbon."
    rows = [claim("c1", "c.txt", 2, kind="transferred", destination="Portugal",
                  counted="Chileans", expression="Two", sentence=said),
            claim("c2", "c.txt", 30, kind="transferred", destination="Portugal",
                  counted="Peruvians", expression="30", start=16, sentence=said)]
    out = synthesise(pd.DataFrame(rows))
    assert out["group_sources"].set_index("article_id")["value"]["c.txt"] == 32


def test_the_release_told_after_the_fact_in_an_article_without_one_is_the_release():
    """An article on the fishermen's arrival home says "the state released 198 fishermen last
    week": with no release of its own, that is the story's release (198, as two other sources
    give it), not an earlier one; an article that reports a release of its own keeps "last
    week" an earlier release."""
    rows = [claim("a1", "a.txt", 198, sentence="The state freed 198 fishermen on Thursday."),
            claim("b1", "b.txt", 198, sentence="198 fishermen were released on Thursday."),
            claim("c1", "c.txt", 198, kind="earlier_release", when="last week",
                  sentence="In all, the state released 198 fishermen last week."),
            claim("c2", "c.txt", 184, kind="transferred", destination="Chile", start=300,
                  sentence="184 fishermen reached Chile."),
            claim("d1", "d.txt", 50, sentence="The state freed 50 more fishermen on Monday."),
            claim("d2", "d.txt", 198, kind="earlier_release", when="last week", start=300,
                  sentence="It released 198 fishermen last week.")]
    groups = synthesise(pd.DataFrame(rows))["claim_groups"]
    of = {cid: g for g in groups.itertuples() for cid in g.claim_ids}
    assert of["c1"].kind == "released" and of["c1"].group_id == of["a1"].group_id
    assert of["d2"].kind == "earlier_release"


def test_two_classes_freed_in_one_list_add_up():
    """"Brought home 120 soldiers and 15 civilians" is 135 brought home, as another source's
    "135 people"; with a comma the list gives a whole, then its parts ("40 hostages, 25
    soldiers and 15 civilians"), and two clauses ("freed 120 soldiers and the army 15
    civilians") are no one list."""
    said = "Kyiv brought home 120 soldiers and 15 civilians on Friday, officials said."
    rows = [claim("a1", "a.txt", 120, counted="soldiers", expression="120", sentence=said),
            claim("a2", "a.txt", 15, counted="civilians", expression="15", start=36,
                  sentence=said),
            claim("b1", "b.txt", 135, counted="people", expression="135",
                  sentence="135 people were brought home.")]
    out = synthesise(pd.DataFrame(rows))
    assert out["group_sources"].set_index("article_id")["value"]["a.txt"] == 135
    assert set(out["claim_groups"]["verdict"]) == {"agree"}
    said = "The rebels freed 120 soldiers and the army 15 civilians on Friday."
    rows = [claim("c1", "c.txt", 120, counted="soldiers", expression="120", sentence=said),
            claim("c2", "c.txt", 15, counted="civilians", expression="15", start=42,
                  sentence=said)]
    assert 135 not in synthesise(pd.DataFrame(rows))["group_sources"]["value"].tolist()


def test_a_figure_is_found_as_a_whole_number_not_inside_a_longer_one():
    """A list's figures are found in their sentence as whole numbers: the "15" of "15
    civilians" is not the one inside "1,150" or "215", so the list still adds up."""
    said = ("After 215 days, Kyiv brought home 120 soldiers and 15 civilians from a camp of "
            "1,150 captives.")
    rows = [claim("a1", "a.txt", 120, counted="soldiers", expression="120", start=30,
                  sentence=said),
            claim("a2", "a.txt", 15, counted="civilians", expression="15", start=46,
                  sentence=said),
            claim("b1", "b.txt", 135, counted="people", expression="135",
                  sentence="135 people were brought home.")]
    out = synthesise(pd.DataFrame(rows))
    assert out["group_sources"].set_index("article_id")["value"]["a.txt"] == 135
    assert set(out["claim_groups"]["verdict"]) == {"agree"}


def test_an_announced_figure_inside_the_source_s_hedges_is_its_figure_of_the_release():
    """"The junta freed more than 4,000 prisoners" and "4,126 prisoners will be released" in
    one article: the announced figure is the release's precise one (it disagrees with another
    source's 4,200), not a prospect apart; a source that states its own exact figure of the
    release keeps its announcement a prospect."""
    rows = [claim("a1", "a.txt", 4000, qualifier="more_than", low=4001.0, high=None,
                  expression="more than 4,000",
                  sentence="The junta freed more than 4,000 prisoners on Friday."),
            claim("a2", "a.txt", 4126, prospective=True, start=200, expression="4,126",
                  sentence="Under the decree, 4,126 prisoners will be released."),
            claim("b1", "b.txt", 4200, expression="4,200",
                  sentence="The junta freed 4,200 prisoners on Friday."),
            claim("c1", "c.txt", 4200, expression="4,200",
                  sentence="The junta freed 4,200 prisoners on Friday."),
            claim("c2", "c.txt", 4126, prospective=True, start=200, expression="4,126",
                  sentence="Under the decree, 4,126 prisoners will be released.")]
    out = synthesise(pd.DataFrame(rows))
    g = out["claim_groups"]
    fact = g[~g["prospective"].fillna(False).astype(bool)]
    assert len(fact) == 1 and fact.iloc[0]["verdict"] == "conflict"
    src = out["group_sources"]
    src = src[src["group_id"] == fact.iloc[0]["group_id"]].set_index("article_id")
    assert src.loc["a.txt", "value"] == 4126 and src.loc["c.txt", "value"] == 4200
    prospects = g[g["prospective"].fillna(False).astype(bool)]
    assert len(prospects) == 1


def test_a_hedge_that_only_allows_an_announced_figure_keeps_it_a_prospect():
    """"Over a dozen prisoners were freed" and "Tarva plans to release 553 prisoners": "over a
    dozen" allows 553 but does not round it; the 553 stays the plan, and the release is the
    dozen and more, agreeing with another source's "about a dozen"."""
    rows = [claim("a1", "a.txt", 12, qualifier="more_than", low=13.0, high=None,
                  expression="Over a dozen",
                  sentence="Over a dozen prisoners were freed on Wednesday."),
            claim("a2", "a.txt", 553, prospective=True, start=200, expression="553",
                  sentence="Tarva plans to gradually release 553 prisoners."),
            claim("b1", "b.txt", 14, qualifier="at_least", low=14.0, high=None,
                  expression="at least 14",
                  sentence="At least 14 prisoners were freed on Wednesday.")]
    out = synthesise(pd.DataFrame(rows))
    g = out["claim_groups"]
    fact = g[~g["prospective"].fillna(False).astype(bool)]
    assert len(fact) == 1 and fact.iloc[0]["verdict"] == "agree"
    src = out["group_sources"]
    src = src[src["group_id"] == fact.iloc[0]["group_id"]].set_index("article_id")
    assert src.loc["a.txt", "value"] == 12
    assert list(g[g["prospective"].fillna(False).astype(bool)]["headline"]) == [553]


def test_another_batch_of_the_figure_most_sources_give_is_the_release_itself():
    """"Another 100 Tarvians are at home in Tarvia" beside sources that freed 100: the
    story's release after earlier ones, one group with them, not a second batch; in an
    article that also tells its own 100 moved there, "another 100" is a second batch."""
    rows = [claim("a1", "a.txt", 100, expression="100",
                  sentence="Dorland and Tarvia exchanged 100 prisoners each."),
            claim("a2", "a.txt", 100, kind="transferred", destination="Tarvia", start=200,
                  expression="100", sentence='"Another 100 Tarvians are at home in Tarvia."'),
            claim("b1", "b.txt", 100, expression="100",
                  sentence="Dorland freed 100 Tarvian soldiers."),
            claim("b2", "b.txt", 100, kind="transferred", destination="Tarvia", start=200,
                  expression="100", sentence="The 100 soldiers arrived in Tarvia."),
            claim("c1", "c.txt", 100, kind="transferred", destination="Tarvia",
                  expression="100", sentence="The first 100 soldiers arrived in Tarvia."),
            claim("c2", "c.txt", 100, kind="transferred", destination="Tarvia", start=200,
                  expression="100", sentence="Another 100 arrived in Tarvia a day later.")]
    out = synthesise(pd.DataFrame(rows))
    g = out["claim_groups"]
    moved = g[g["kind"] == "transferred"]
    assert len(moved) == 2
    src = out["group_sources"].merge(moved[["group_id", "when"]], on="group_id")
    main = src[src["when"].isna()]
    assert set(main["article_id"]) == {"a.txt", "b.txt", "c.txt"}
    assert set(src[src["when"].notna()]["article_id"]) == {"c.txt"}


def test_a_source_s_count_so_far_is_so_far_wherever_it_tells_it():
    """"So far, 3,135 have been freed" and, in the same article, "a total of 3,135 were
    freed": both the count so far, not a rival of the 100 freed in the story's exchange."""
    rows = [claim("a1", "a.txt", 100, expression="100",
                  sentence="Dorland freed 100 Tarvian soldiers on Thursday."),
            claim("a2", "a.txt", 3135, start=100, expression="3,135",
                  sentence="The president says a total of 3,135 soldiers were freed."),
            claim("a3", "a.txt", 3135, start=300, expression="3,135",
                  sentence="So far, 3,135 soldiers have been freed, the president said."),
            claim("b1", "b.txt", 100, expression="100",
                  sentence="Dorland freed 100 Tarvian soldiers on Thursday.")]
    out = synthesise(pd.DataFrame(rows))
    g = out["claim_groups"]
    main = g[g["when"].isna() & (g["kind"] == "released")]
    assert len(main) == 1 and main.iloc[0]["verdict"] == "agree"
    assert main.iloc[0]["headline"] == 100


@pytest.mark.parametrize("own, foreign", [
    ("Myanmar prisoners", "foreign prisoners"),  # a country's name as its demonym
    ("Burmese prisoners", "foreign inmates"),  # foreigners named by a noun of prisoners
])
def test_a_country_s_prisoners_and_foreign_prisoners_sum_to_the_release(own, foreign):
    """"The sentences of 4,410 Myanmar prisoners and 38 foreign prisoners were remitted" is
    a release of 4,448, as "4,410 nationals and 38 foreign nationals" is."""
    said = f"The sentences of 4,410 {own} and 38 {foreign} were remitted."
    rows = [claim("a1", "a.txt", 4410, counted=own, sentence=said, expression="4,410"),
            claim("a2", "a.txt", 38, kind="foreign_nationals", counted=foreign,
                  sentence=said, expression="38", start=40),
            claim("b1", "b.txt", 4448, counted="prisoners", sentence="It freed 4,448 prisoners.",
                  expression="4,448")]
    out = synthesise(pd.DataFrame(rows))
    groups = out["claim_groups"].set_index("kind")
    assert groups.loc["released", "verdict"] == "agree"
    srcs = out["group_sources"].set_index(["group_id", "article_id"])
    assert srcs.loc[(groups.loc["released", "group_id"], "a.txt")].value == 4448


def test_nationals_and_foreigners_among_a_hedged_release_make_up_its_precise_figure():
    """"Freed more than 3,000 prisoners. Among them were 3,303 nationals and 36 foreign
    prisoners, including 13 Xs and 15 Ys": the nationals and the foreigners are everyone
    freed, so 3,339 is the source's figure (it agrees with another's 3,339); the 13 and 15,
    parts of the 36, are added to nothing."""
    said = ("Among them were 3,303 Tarvian nationals and 36 foreign prisoners, including 13 "
            "Chadian nationals and 15 Malian nationals.")
    rows = [claim("a1", "a.txt", 3000, qualifier="more_than", low=3001.0, high=None,
                  expression="more than 3,000", sentence="The council freed more than 3,000 "
                  "prisoners."),
            claim("a2", "a.txt", 3303, counted="Tarvian nationals", subset=True, start=100,
                  expression="3,303", sentence=said),
            claim("a3", "a.txt", 36, kind="foreign_nationals", counted="foreign prisoners",
                  subset=True, start=140, expression="36", sentence=said),
            claim("a4", "a.txt", 13, kind="foreign_nationals", counted="Chadian nationals",
                  subset=True, start=180, expression="13", sentence=said),
            claim("a5", "a.txt", 15, kind="foreign_nationals", counted="Malian nationals",
                  subset=True, start=210, expression="15", sentence=said),
            claim("b1", "b.txt", 3339, expression="3,339",
                  sentence="The council freed 3,339 prisoners."),
            claim("b2", "b.txt", 36, kind="foreign_nationals", counted="foreigners",
                  expression="36", sentence="They included 36 foreigners.")]
    out = synthesise(pd.DataFrame(rows))
    groups = out["claim_groups"].set_index("kind")
    assert groups.loc["released", "verdict"] == "agree"
    srcs = out["group_sources"].set_index(["group_id", "article_id"])
    a = srcs.loc[(groups.loc["released", "group_id"], "a.txt")]
    assert a.value == 3339 and not a.part
    f = srcs.loc[(groups.loc["foreign_nationals", "group_id"], "a.txt")]
    assert f.value == 36 and groups.loc["foreign_nationals", "verdict"] == "agree"


@pytest.mark.parametrize("so_far, kind", [(3135, "earlier_release"), (60, "released")])
def test_a_count_so_far_larger_than_the_release_is_a_running_total(so_far, kind):
    """"So far, 3,135 soldiers have been freed" beside the 100 two sources give for the
    exchange: the count so far includes earlier releases, an earlier release of its own (no
    rival of the 100); a count so far below the release ("so far, 60 have been freed" of the
    100) stays a count of this release under way."""
    rows = [claim("a1", "a.txt", 100, expression="100",
                  sentence="Dorland freed 100 Tarvian soldiers on Thursday."),
            claim("a2", "a.txt", so_far, start=300, expression=f"{so_far:,}",
                  sentence=f"So far, {so_far:,} soldiers have been freed, the president said."),
            claim("b1", "b.txt", 100, expression="100",
                  sentence="Dorland freed 100 Tarvian soldiers on Thursday.")]
    g = synthesise(pd.DataFrame(rows))["claim_groups"]
    tally = g[g["headline"] == so_far]
    assert len(tally) == 1 and tally.iloc[0]["kind"] == kind
    main = g[(g["kind"] == "released") & g["when"].isna()]
    assert len(main) == 1 and main.iloc[0]["verdict"] == "agree"


def test_a_move_dated_by_month_long_before_its_article_is_an_earlier_release():
    """"the 222 dissidents released to the United States in February 2023", in an article
    of September 2024: a move of people freed then, an earlier release (no destination), not
    a transfer of the story's."""
    said = "The first group were 222 dissidents released to the United States in February 2023."
    rows, arts, events = _beside_a_release_of_135(
        claim("a1", "a.txt", 222, kind="transferred", destination="United States",
              sentence=said, expression="222", when="in February 2023"),
        "2023-02-01", "month", "in February 2023")
    out = synthesise(pd.DataFrame(rows), arts, events)
    groups = {cid: g for g in out["claim_groups"].itertuples() for cid in g.claim_ids}
    assert groups["a1"].kind == "earlier_release" and pd.isna(groups["a1"].destination)
    assert groups["a2"].kind == groups["b1"].kind == "released"


def test_two_sides_that_add_up_to_the_exchange_s_total_are_not_summed():
    """"A new exchange of 300 captives between Chad and Mali, which included 150 Chadian
    captives and 150 Malian captives": the 150s are the two sides, each 150, not one
    release of 300 (the 300 is the exchange both ways)."""
    said = ("The mediator announced a new exchange of 300 captives between Chad and "
            "Mali, which included 150 Chadian captives and 150 Malian captives.")
    rows = [claim("a1", "a.txt", 300, counted="captives", sentence=said, expression="300"),
            claim("a2", "a.txt", 150, counted="Chadian captives", sentence=said,
                  expression="150", start=100),
            claim("a3", "a.txt", 150, counted="Malian captives", sentence=said,
                  expression="150", start=130),
            claim("b1", "b.txt", 150, counted="servicemen",
                  sentence="Chad and Mali each freed 150 servicemen.", expression="150")]
    out = synthesise(pd.DataFrame(rows))
    src = out["group_sources"].merge(out["claim_groups"][["group_id", "population"]],
                                     on="group_id")
    a = src[(src["article_id"] == "a.txt") & (src["population"] != BOTH_SIDES)]
    assert set(a["value"]) == {150}
    assert not a["summed_parts"].any()


def test_a_figure_is_found_in_its_sentence_as_a_whole_number():
    """"16" stands after "166", not inside it; a figure not in the sentence finds none."""
    sent = "The group freed 166 people, among them 16 Saudis and three Sudanese."
    parts = [{"expression": "16", "start": 40}, {"expression": "166", "start": 10},
             {"expression": "three", "start": 50}]
    at = _positions(parts, sent)
    assert [(pos, p["expression"]) for pos, p in at] == [
        (sent.index("166"), "166"), (sent.index(" 16 ") + 1, "16"), (sent.index("three"), "three")]
    assert _positions([{"expression": "12", "start": 0}], sent) == []
    # nor inside "1,150", "2.15", "x_15" or "15x"
    assert _figures_in("Of 1,150 held, 2.15 per cent, x_15 and 15x: 15 freed", "15") == [44]


def test_two_classes_of_sex_or_age_freed_in_one_list_add_up():
    """"Soldiers rescued 62 women and four babies" is 66 rescued, as another source's "66
    women and children"; "87 pupils and 4 teachers" stay two quantities (staff is a class of
    its own, not an age)."""
    said = "Soldiers rescued 62 women and four babies on Friday."
    rows = [claim("a1", "a.txt", 62, counted="women", expression="62", sentence=said),
            claim("a2", "a.txt", 4, counted="babies", expression="four", start=30, sentence=said),
            claim("b1", "b.txt", 66, counted="women and children", expression="66",
                  sentence="66 women and children were rescued on Friday.")]
    out = synthesise(pd.DataFrame(rows))
    assert out["group_sources"].set_index("article_id")["value"]["a.txt"] == 66
    assert set(out["claim_groups"]["verdict"]) == {"agree"}
    said = "Gunmen freed 87 pupils and 4 teachers on Friday."
    rows = [claim("c1", "c.txt", 87, counted="pupils", expression="87", sentence=said),
            claim("c2", "c.txt", 4, counted="teachers", expression="4", start=30,
                  sentence=said)]
    assert sorted(synthesise(pd.DataFrame(rows))["group_sources"]["value"]) == [4, 87]
    # two classes whose sum two other sources give as the release, told as neither class,
    # are its two parts (not where the sum counts one of the classes: "30 guards")
    said = "Inmates released the 50 guards and seven police officers on Friday."
    rows = [claim("d1", "d.txt", 50, counted="guards", expression="50", sentence=said),
            claim("d2", "d.txt", 7, counted="police officers", expression="seven", start=40,
                  sentence=said),
            claim("e1", "e.txt", 57, counted="captives", expression="57",
                  sentence="Inmates release 57 captives."),
            claim("f1", "f.txt", 57, counted="hostages", expression="57",
                  sentence="All 57 hostages were freed."),
            claim("g1", "g.txt", 50, counted="guards", expression="50",
                  sentence="Inmates freed 50 guards."),
            claim("h1", "h.txt", 50, counted="guards", expression="50",
                  sentence="Inmates let 50 guards go.")]
    out = synthesise(pd.DataFrame(rows))
    assert out["group_sources"].set_index("article_id")["value"]["d.txt"] == 57
    assert len(out["claim_groups"]) == 1
    rows[2:4] = [{**r, "counted": "guards"} for r in rows[2:4]]
    out = synthesise(pd.DataFrame(rows))
    assert 57 not in set(out["group_sources"].query("article_id == 'd.txt'")["value"])


def test_two_classes_still_held_add_up_where_another_source_counts_both():
    """"53 pupils and 6 teachers remain held" beside "the 59 students and staff still held":
    one count held, told in two parts by one source (59 each, they agree); without a source
    naming both classes, the teachers stay a class of their own."""
    said = "After the release, 53 pupils and 6 teachers remain held by the gang."
    rows = [claim("a1", "a.txt", 53, kind="remaining", counted="pupils", expression="53",
                  sentence=said),
            claim("a2", "a.txt", 6, kind="remaining", counted="teachers", expression="6",
                  start=40, sentence=said),
            claim("b1", "b.txt", 59, kind="remaining", counted="students", expression="59",
                  sentence="Officials fear for the 59 students and staff still held.")]
    out = synthesise(pd.DataFrame(rows))
    assert out["group_sources"].set_index("article_id")["value"].to_dict() == {
        "a.txt": 59, "b.txt": 59}
    assert list(out["claim_groups"]["verdict"]) == ["agree"]
    rows[2] = {**rows[2], "sentence": "Officials fear for the 59 students still held."}
    out = synthesise(pd.DataFrame(rows))
    assert 59 not in set(out["group_sources"].query("article_id == 'a.txt'")["value"])


def test_a_count_held_on_a_day_of_the_article_s_week_is_today_s_count():
    """"With Sunday's release, 40 remain held" in Monday's article is the count held now,
    the same quantity as another source's undated "40 are still held"; dated two weeks
    before the article, it is the count as of then."""
    rows = [claim("a1", "a.txt", 40, kind="remaining", when="on Sunday", expression="40",
                  sentence="With the release on Sunday, 40 remain held."),
            claim("b1", "b.txt", 40, kind="remaining", expression="40",
                  sentence="Forty pupils are still held.")]
    articles = pd.DataFrame({"article_id": ["a.txt", "b.txt"], "path": ["a.txt", "b.txt"],
                             "published": pd.to_datetime(["2025-12-08"] * 2)})
    events = pd.DataFrame({
        "article_id": ["a.txt"], "sentence": [rows[0]["sentence"]],
        "date": pd.to_datetime(["2025-12-07"]), "precision": ["day"],
        "expression": ["on Sunday"], "category": ["statement"], "start": [20]})
    groups = synthesise(pd.DataFrame(rows), articles, events)["claim_groups"]
    assert list(groups["verdict"]) == ["agree"]
    articles["published"] = pd.to_datetime(["2025-12-21"] * 2)
    groups = synthesise(pd.DataFrame(rows), articles, events)["claim_groups"]
    assert sorted(groups["when"].fillna("")) == ["", "2025-12-07"]


def test_people_freed_while_the_release_s_people_were_held_were_freed_before_it():
    """"272 workers were rescued, but 955 remained trapped" beside two sources giving 955
    rescued: the 272 came out before the release, an earlier release, no rival of 955."""
    said = "One cable was restored and 272 workers were rescued, but 955 remained trapped."
    rows = [claim("a1", "a.txt", 272, counted="workers", expression="272", sentence=said),
            claim("a2", "a.txt", 955, kind="remaining", counted="workers", expression="955",
                  start=60, sentence=said),
            claim("b1", "b.txt", 955, counted="workers", expression="955",
                  sentence="All 955 workers resurfaced unharmed."),
            claim("c1", "c.txt", 955, counted="workers", expression="955",
                  sentence="The 955 workers returned to the surface.")]
    groups = synthesise(pd.DataFrame(rows))["claim_groups"].set_index("kind")
    assert groups.loc["released", "headline"] == 955
    assert groups.loc["released", "verdict"] == "agree"
    assert groups.loc["earlier_release", "headline"] == 272
    # where no two sources give the held figure as the release, the 272 is the release
    rows = rows[:2] + [{**rows[2], "value": 960.0, "low": 960.0, "high": 960.0}]
    groups = synthesise(pd.DataFrame(rows))["claim_groups"]
    assert "earlier_release" not in set(groups["kind"])


def test_an_article_that_counts_the_release_s_people_as_held_was_written_before_it():
    """An article that gives no figure of the release and says "around 60 soldiers are held",
    beside two sources that free 66: written before the release, so the 40 it says regained
    their freedom were freed before it, an earlier release, no rival of 66."""
    rows = [claim("a1", "a.txt", 40, counted="soldiers", expression="40",
                  sentence="Initially 100 were taken, but 40 regained their freedom."),
            claim("a2", "a.txt", 60, kind="remaining", qualifier="about", low=54.0, high=66.0,
                  counted="soldiers", expression="Around 60", start=80,
                  sentence="Around 60 soldiers have been held since the weekend."),
            claim("b1", "b.txt", 66, counted="soldiers", expression="66",
                  sentence="The 66 soldiers were released on Monday."),
            claim("c1", "c.txt", 66, counted="soldiers", expression="66",
                  sentence="Villagers freed 66 soldiers.")]
    groups = synthesise(pd.DataFrame(rows))["claim_groups"].set_index("kind")
    assert groups.loc["released", "verdict"] == "agree"
    assert groups.loc["earlier_release", "headline"] == 40
    # a count held far from the release's figure says nothing of when it was written
    rows[1] = {**rows[1], "value": 20.0, "low": 18.0, "high": 22.0}
    groups = synthesise(pd.DataFrame(rows))["claim_groups"]
    assert "earlier_release" not in set(groups["kind"])


def test_counts_held_of_two_nationalities_are_two_quantities():
    """"Pakistan holds 266 Indian prisoners" and "India holds 462 Pakistani prisoners": two
    nationalities held, each its own quantity, no conflict of 266 with 462; a part its
    sentence's whole names goes with it. One nationality alone is no split."""
    one = "Pakistan holds 266 Indian prisoners, including 217 fishermen."
    rows = [claim("a1", "a.txt", 266, kind="remaining", counted="Indian prisoners",
                  expression="266", sentence=one),
            claim("a2", "a.txt", 217, kind="remaining", counted="fishermen", subset=True,
                  expression="217", start=60, sentence=one),
            claim("a3", "a.txt", 462, kind="remaining", counted="Pakistani prisoners",
                  expression="462", start=200,
                  sentence="India holds 462 Pakistani prisoners."),
            claim("b1", "b.txt", 266, kind="remaining", counted="Indian prisoners",
                  expression="266", sentence="There are 266 Indian prisoners in Pakistan."),
            claim("c1", "c.txt", 462, kind="remaining", counted="Pakistanis",
                  expression="462", sentence="India holds 462 Pakistanis.")]
    out = synthesise(pd.DataFrame(rows))
    groups = out["claim_groups"]
    assert "conflict" not in set(groups["verdict"])
    of = {cid: g for g in groups.itertuples() for cid in g.claim_ids}
    assert of["a1"].group_id == of["b1"].group_id == of["a2"].group_id
    assert of["a3"].group_id == of["c1"].group_id != of["a1"].group_id
    alone = synthesise(pd.DataFrame(rows[:2] + rows[3:4]))["claim_groups"]
    assert not alone["population"].fillna("").str.startswith("nationals of").any()
    # "five men are still held along with 150 other Xians": others beside people named, no
    # nationality of its own
    held = [{"kind": "remaining", "article_id": "d.txt", "sentence": "s", "counted": counted}
            for counted in ("men", "other Pakistanis", "Indian prisoners")]
    _held_by_nationality(held)
    assert not any(r.get("_nation") for r in held)


def test_people_from_two_named_places_freed_in_one_list_add_up():
    """"43 fishermen from X and 13 from Y were released": one release of 56, though the 13
    borrow their noun from the 43."""
    said = "Some 43 fishermen from Rameswaram and 13 from Pudukkottai were released on Tuesday."
    rows = [claim("a1", "a.txt", 43, counted="fishermen", expression="43", sentence=said),
            claim("a2", "a.txt", 13, counted="fishermen", expression="13", start=40,
                  sentence=said),
            claim("b1", "b.txt", 56, counted="fishermen", expression="56",
                  sentence="A court released 56 fishermen on Tuesday.")]
    out = synthesise(pd.DataFrame(rows))
    assert out["group_sources"].set_index("article_id")["value"]["a.txt"] == 56
    assert set(out["claim_groups"]["verdict"]) == {"agree"}


def test_him_and_five_other_prisoners_freed_are_six():
    said = "She was freed a day after the president pardoned her and five other prisoners."
    rows = [claim("a1", "a.txt", 5, counted="other prisoners", sentence=said, expression="five")]
    srcs = synthesise(pd.DataFrame(rows))["group_sources"]
    assert srcs["value"].tolist() == [6]


@pytest.mark.parametrize("others, folded", [(2, True), (1, False)])
def test_a_release_set_days_before_another_is_the_story_s_when_sources_give_it(others, folded):
    """"The soldiers' release came days after a swap of three for two": the swap an earlier
    release in that article; where two other sources give its figure as their release, it is
    the story's release, told from a later event."""
    rows = [claim("a1", "a.txt", 3, "earlier_release", counted="commanders",
                  sentence="The release came days after a swap of three commanders.",
                  expression="three"),
            claim("a2", "a.txt", 10, counted="soldiers", sentence="Rebels freed 10 soldiers.",
                  expression="10")]
    rows += [claim(f"o{i}", f"o{i}.txt", 3, counted="commanders",
                   sentence="Three commanders were freed.") for i in range(others)]
    out = synthesise(pd.DataFrame(rows))
    kinds = {cid: g.kind for g in out["claim_groups"].itertuples() for cid in g.claim_ids}
    assert (kinds["a1"] == "released") is folded


@pytest.mark.parametrize("said, both", [
    ("Tarvo and Lusk exchanged a total of 190 prisoners on Monday.", True),
    ("Tarvo and Lusk exchanged 190 prisoners on Monday.", False),
])
def test_an_exchange_counted_in_all_is_both_sides(said, both):
    """"A and B exchanged a total of 190": both sides together, no rival of one side's 95."""
    rows = [claim("a1", "a.txt", 190, sentence=said, expression="190"),
            claim("b1", "b.txt", 95, sentence="Lusk freed 95 prisoners.", expression="95")]
    g = synthesise(pd.DataFrame(rows))["claim_groups"]
    assert bool((g["population"] == "both sides of the exchange").any()) is both


@pytest.mark.parametrize("said, both", [
    ("Tarvo and Lusk freed 538 prisoners of war on Saturday.", True),
    ("Tarvo freed 538 prisoners of war on Saturday.", False),
])
def test_two_parties_freeing_another_source_s_exchange_total_is_both_sides(said, both):
    """"A and B exchanged a total of 538" in one source: "A and B freed 538" in another is
    that total too; one party's "Tarvo freed 538" is not."""
    rows = [claim("a1", "a.txt", 538, sentence="Tarvo and Lusk exchanged a total of 538 "
                  "prisoners of war.", expression="538"),
            claim("b1", "b.txt", 538, sentence=said, expression="538")]
    g = synthesise(pd.DataFrame(rows))
    srcs = g["group_sources"].merge(g["claim_groups"][["group_id", "population"]])
    mine = srcs[srcs["article_id"] == "b.txt"].iloc[0]
    assert (mine["population"] == "both sides of the exchange") is both


@pytest.mark.parametrize("said, freed", [
    # each side of a swap sent to a country, or people back home from another country
    ("Officials said 12 captives were handed over to Tarvo and 44 to Lusk.", True),
    ("Officials said 44 captives have returned to Lusk from Tarvo.", True),
    # one destination, no nationality, nothing said of coming back: a move only
    ("Officials said 44 captives were flown to Lusk.", False),
    # parts of one release on their ways, no swap's sides
    ("Officials said 44 captives were back in Lusk and another 12 on their way to Tarvo.",
     False),
])
def test_the_sides_of_a_swap_sent_home_were_freed(said, freed):
    """An article that gives no release figure of its own: captives handed to each side of
    a swap, or returned home from another country, give its figure of the release too."""
    rows = [claim("a1", "a.txt", 44, "transferred", counted="captives", destination="Lusk",
                  sentence=said, expression="44")]
    if "12" in said:
        rows.append(claim("a2", "a.txt", 12, "transferred", counted="captives",
                          destination="Tarvo", sentence=said, expression="12"))
    g = synthesise(pd.DataFrame(rows))["claim_groups"]
    assert bool((g["kind"] == "released").any()) is freed


def test_the_closer_open_bound_is_the_source_s_figure():
    """A headline's "more than 150 migrants freed", said twice, beside the body's "at least
    156": both allow each other, and the source's figure is the closer bound, 156 and up (as
    another source's plain 156 then agrees with it)."""
    rows = [claim("a1", "a.txt", 150, qualifier="more_than", low=151.0, high=None, start=0,
                  expression="More than 150", sentence="More than 150 migrants freed"),
            claim("a2", "a.txt", 150, qualifier="more_than", low=151.0, high=None, start=100,
                  expression="Over 150", sentence="Over 150 migrants were freed on Sunday."),
            claim("a3", "a.txt", 156, qualifier="at_least", low=156.0, high=None, start=200,
                  expression="at least 156", sentence="Police freed at least 156 migrants."),
            claim("b1", "b.txt", 156, expression="156", sentence="Police freed 156 migrants.")]
    src = synthesise(pd.DataFrame(rows))["group_sources"].set_index("article_id")
    assert src.loc["a.txt", "low"] == 156 and pd.isna(src.loc["a.txt", "high"])


@pytest.mark.parametrize("joined, total", [
    ("1,316 prisoners from various facilities as well as 4,320 detainees", 5636),
    ("1,316 prisoners and 4,320 detainees", 5636),
    # a list with a comma gives a whole, then its parts
    ("1,316 prisoners, 1,000 women and 316 men", 1316),
])
def test_two_classes_with_a_place_between_or_as_well_as_add_up(joined, total):
    """"The release of 1,316 prisoners from various facilities as well as 4,320 detainees":
    two classes of one release, which add up to the source's figure."""
    said = f"The junta announced the release of {joined} facing trial."
    figures = [w for w in said.split() if w.replace(",", "").isdigit()]
    rows = [claim(f"a{i}", "a.txt", float(f.replace(",", "")), expression=f,
                  counted=said.split(f, 1)[1].split()[0], start=said.index(f), sentence=said)
            for i, f in enumerate(figures)]
    if total == 1316:
        rows = [{**r, "subset": True} if r["value"] != 1316 else r for r in rows]
    rows.append(claim("b1", "b.txt", 5636, counted="people", expression="5,636",
                      sentence="The junta freed 5,636 people."))
    srcs = synthesise(pd.DataFrame(rows))["group_sources"]
    mine = srcs[srcs["article_id"] == "a.txt"]
    assert total in mine["value"].tolist()


def _released_figures(out, article_id=None) -> list:
    """The figures in released groups of a synthesis, of one article or of all."""
    kind = out["claim_groups"].set_index("group_id")["kind"]
    srcs = out["group_sources"]
    released = srcs[srcs["group_id"].map(kind) == "released"]
    if article_id is not None:
        released = released[released["article_id"] == article_id]
    return released["value"].tolist()


@pytest.mark.parametrize("said, whole", [
    # foreigners are all the article says were freed: their figure is the release's
    ("Oman facilitated the release of 14 foreigners held by the rebels.", 14),
    # one person named beside other foreigners freed is one more of them
    ("Ann Lee was released on Sunday along with 13 other foreign prisoners.", 14),
])
def test_foreigners_alone_freed_are_the_release(said, whole):
    """An article whose only figure of the release counts foreigners ("the release of 14
    foreigners"): the 14 is its figure of the release, as another source's "14 freed"."""
    value = 13 if "13" in said else 14
    rows = [claim("a1", "a.txt", value, kind="foreign_nationals",
                  counted=("other foreign prisoners" if value == 13 else "foreigners"),
                  expression=str(value), start=said.index(str(value)), sentence=said),
            claim("b1", "b.txt", 14, counted="prisoners", expression="14",
                  sentence="The rebels freed 14 prisoners.")]
    assert whole in _released_figures(synthesise(pd.DataFrame(rows)), "a.txt")


def test_foreigners_beside_the_release_are_no_figure_of_it():
    """"The rebels freed 40 prisoners, 14 of them foreigners" keeps 40 as the release: the
    foreigners are a part, never a copy of the release."""
    said = "The rebels freed 40 prisoners on Monday, among them 14 foreigners."
    rows = [claim("a1", "a.txt", 40, counted="prisoners", expression="40", sentence=said),
            claim("a2", "a.txt", 14, kind="foreign_nationals", counted="foreigners",
                  expression="14", start=50, sentence=said, subset=True),
            claim("b1", "b.txt", 40, counted="prisoners", expression="40",
                  sentence="The rebels freed 40 prisoners.")]
    assert _released_figures(synthesise(pd.DataFrame(rows)), "a.txt") == [40]


def test_foreigners_on_the_list_of_a_release_to_come_are_no_figure_of_it():
    """"Will grant amnesty to 13,915 prisoners ... The list includes 66 foreign nationals":
    the 66 are no figure of the release, which the article gives, if only as to come."""
    rows = [claim("a1", "a.txt", 13915, counted="prisoners", expression="13,915",
                  prospective=True,
                  sentence="Authorities will grant amnesty to 13,915 prisoners."),
            claim("a2", "a.txt", 66, kind="foreign_nationals", counted="foreign nationals",
                  expression="66", start=100,
                  sentence="The list includes 66 foreign nationals from 18 countries."),
            claim("b1", "b.txt", 13915, counted="prisoners", expression="13,915",
                  sentence="Vietnam freed 13,915 prisoners.")]
    assert 66 not in _released_figures(synthesise(pd.DataFrame(rows)))


def _arts(*ids):
    return pd.DataFrame({"article_id": list(ids), "path": [f"{i}.txt" for i in ids],
                         "outlet": list(ids)})


def test_people_from_one_named_place_are_a_part_of_a_larger_release():
    rows = [claim("a", "o1", 198, sentence="Pakistan freed 198 fishermen on Thursday.",
                  expression="198", counted="fishermen"),
            claim("b", "o2", 184, sentence="A total of 184 fishermen from Gujarat were "
                  "reunited with their families.", expression="184", counted="fishermen")]
    story = synthesise(pd.DataFrame(rows), _arts("o1", "o2"))
    g = group(story["claim_groups"], "released")
    assert g.verdict == "unique" and g.headline == 198
    assert sources_of(story, g)["o2"].part


def test_a_breakdown_by_place_of_origin_sums_to_its_source_s_figure():
    sent = ("Among the fishermen released on Thursday, 184 were from Gujarat, three from "
            "Goa and 11 from Kerala.")
    rows = [claim("a", "o1", 198, sentence="Pakistan freed 198 fishermen on Thursday.",
                  expression="198", counted="fishermen"),
            # the parser hangs the first item on "among" (a partitive), not the others
            claim("b", "o2", 184, sentence=sent, expression="184", counted="fishermen",
                  subset=True),
            claim("c", "o2", 3, sentence=sent, expression="three", counted="fishermen",
                  subset=False, start=60),
            claim("d", "o2", 11, sentence=sent, expression="11", counted="fishermen",
                  subset=False, start=80)]
    story = synthesise(pd.DataFrame(rows), _arts("o1", "o2"))
    g = group(story["claim_groups"], "released")
    assert g.verdict == "agree" and sources_of(story, g)["o2"].value == 198


def test_a_distance_is_no_figure_of_people():
    rows = [claim("a", "o1", 955, sentence="Rescuers brought up 955 miners on Friday.",
                  expression="955", counted="miners"),
            claim("b", "o2", 180, kind="released", counted="miles", counted_class="other",
                  sentence="The mine lies 180 miles from the capital.", expression="180")]
    story = synthesise(pd.DataFrame(rows), _arts("o1", "o2"))
    g = group(story["claim_groups"], "released")
    assert g.verdict == "unique" and set(sources_of(story, g)) == {"o1"}
    assert 180 not in set(story["group_sources"]["value"])


def test_a_figure_a_source_tells_as_a_part_of_its_own_larger_one_is_a_part_everywhere():
    """a's headline and lede give 22,000 pardoned; its body says 82,000 were pardoned,
    "including 22,000 people who took part in the protests": its figure is the 82,000."""
    said = "So far 82,000 people have been pardoned, including 22,000 people who protested."
    rows = [claim("a1", "a", 22000, counted="people", start=5),
            claim("a2", "a", 22000, counted="people", start=90),
            claim("a3", "a", 82000, counted="people", start=300, sentence=said),
            claim("a4", "a", 22000, counted="people", subset=True, start=340, sentence=said),
            claim("b1", "b", 82000, counted="people", start=20)]
    story = synthesise(pd.DataFrame(rows))
    g = story["claim_groups"].iloc[0]
    by = sources_of(story, g)
    assert by["a"].value == 82000 and 22000 in by["a"].other_values
    assert g.verdict == "agree"
    # without the source's own "including", the figure it repeats most stays its own
    story = synthesise(pd.DataFrame([r for r in rows if r["claim_id"] != "a4"]))
    assert sources_of(story, story["claim_groups"].iloc[0])["a"].value == 22000


def test_people_freed_from_one_named_prison_are_a_part():
    """c gives only the 46 freed from one named prison: a part of the 136 the others give,
    not a rival total; a release "from prison" with no prison named is a whole."""
    one = "Police said 46 people were released from Verano prison, 13 from Alta prison."
    rows = [claim("a1", "a", 136, expression="136", sentence="All 136 hostages were freed."),
            claim("b1", "b", 136, expression="136", sentence="136 guards were freed."),
            claim("c1", "c", 46, counted="people", expression="46", sentence=one)]
    story = synthesise(pd.DataFrame(rows))
    g = story["claim_groups"].iloc[0]
    by = sources_of(story, g)
    assert by["c"].part and g.verdict == "agree"
    plain = "Police said 46 people were released from prison on Monday."
    rows[2] = claim("c1", "c", 46, counted="people", expression="46", sentence=plain)
    story = synthesise(pd.DataFrame(rows))
    g = story["claim_groups"].iloc[0]
    assert not sources_of(story, g)["c"].part and g.verdict == "conflict"


def test_people_freed_who_were_held_until_then_are_no_count_held_now():
    """a frees 145 and says "all 145 fishermen were languishing in jail": held until the
    release, not a rival of b's 140 still held; said in the present, it is one."""
    said = "All 145 fishermen were languishing in Tarvo jail."
    rows = [claim("a1", "a", 145, counted="fishermen", expression="145",
                  sentence="Tarvia freed 145 fishermen on Monday."),
            claim("a2", "a", 145, "remaining", counted="fishermen", expression="145",
                  sentence=said),
            claim("b1", "b", 140, "remaining", counted="fishermen", expression="140",
                  sentence="Tarvia still holds 140 fishermen.")]
    groups = synthesise(pd.DataFrame(rows))["claim_groups"]
    held = groups[(groups.kind == "remaining") & groups["when"].isna()]
    assert len(held) == 1 and held.iloc[0].verdict == "unique"
    rows[1] = claim("a2", "a", 145, "remaining", counted="fishermen", expression="145",
                    sentence="All 145 fishermen are languishing in Tarvo jail.")
    groups = synthesise(pd.DataFrame(rows))["claim_groups"]
    held = groups[(groups.kind == "remaining") & groups["when"].isna()]
    assert len(held) == 1 and held.iloc[0].verdict == "conflict"


def test_people_of_a_city_or_region_named_before_the_noun_are_a_part():
    """b's "184 Gujarat fishermen" (a region named before the noun, as "from Gujarat" after
    it) are a part of the 198 the others give, not a rival total; a country's own name
    ("184 Pakistan fishermen") says who they all are, as a nationality does."""
    rows = [claim("a1", "a", 198, counted="fishermen", expression="198",
                  sentence="Pakistan freed 198 fishermen on Thursday."),
            claim("c1", "c", 198, counted="fishermen", expression="198",
                  sentence="A total of 198 fishermen were freed."),
            claim("b1", "b", 184, counted="Gujarat fishermen", expression="184",
                  sentence="184 Gujarat fishermen were freed on Thursday.")]
    story = synthesise(pd.DataFrame(rows))
    g = story["claim_groups"].iloc[0]
    assert sources_of(story, g)["b"].part and g.verdict == "agree"


def test_a_country_s_own_name_before_the_noun_is_no_place_of_a_part():
    from analysis.story.rows import _named_place_before
    assert _named_place_before("Gujarat fishermen") and _named_place_before("Sindh prisoners")
    # the country itself, its short form or another name of it says who they all are
    assert not any(_named_place_before(c) for c in ("US citizens", "Britain prisoners",
                                                    "Ukraine soldiers", "fishermen"))


def _release_of_12_and_two_before(value):
    """Two articles of 16 December 2021 that date the story's release of 12 to that day; a.txt
    also tells, in one sentence, a release of ``value`` on 21 November and one of 3 on 5
    November. (kind, when, value) of each of a.txt's figures."""
    said = f"{value} of them were released on Nov. 21 and three others on Nov. 5."
    rows = [claim("a1", "a.txt", value, sentence=said, expression=str(value),
                  when="on Nov. 21"),
            claim("a3", "a.txt", 3, sentence=said, expression="three", when="on Nov. 5",
                  start=40),
            claim("a2", "a.txt", 12, start=300, expression="12", when="on Thursday",
                  sentence="The last 12 hostages were released on Thursday."),
            claim("b1", "b.txt", 12, expression="12", when="on Thursday",
                  sentence="The gang released 12 hostages on Thursday.")]
    arts = pd.DataFrame({"article_id": ["a.txt", "b.txt"], "path": ["a.txt", "b.txt"],
                         "published": ["2021-12-16", "2021-12-16"]})
    events = pd.DataFrame([
        {"article_id": a, "date": d, "precision": "day", "sentence": r["sentence"],
         "expression": r["when"], "relative": True}
        for a, d, r in (("a.txt", "2021-11-21", rows[0]), ("a.txt", "2021-11-05", rows[1]),
                        ("a.txt", "2021-12-16", rows[2]), ("b.txt", "2021-12-16", rows[3]))])
    out = synthesise(pd.DataFrame(rows), arts, events)
    src = out["group_sources"].merge(out["claim_groups"][["group_id", "kind", "when"]],
                                     on="group_id")
    src = src[src["article_id"] == "a.txt"]
    return {(k, None if pd.isna(w) else w, v) for k, w, v in zip(src["kind"], src["when"],
                                                                 src["value"])}


def test_releases_dated_weeks_before_the_story_s_release_day_are_earlier_ones():
    """"Two were released on Nov. 21 and three others on Nov. 5" beside the 12 both sources
    free on 16 December: two earlier releases, each on its day, not one figure of them."""
    assert _release_of_12_and_two_before(2) == {("earlier_release", "2021-11-21", 2),
                                                ("earlier_release", "2021-11-05", 3),
                                                ("released", None, 12)}


def test_a_release_dated_weeks_before_its_article_beside_the_undated_release_is_earlier():
    """No day of the story's release is settled (the 130 freed is undated); an article of 22
    December that gives it and "100 were released on December 8" tells an earlier release,
    not a rival of the 130. A release dated days before its article stays the release."""
    def kinds(day):
        said = f"One hundred were released on {day}."
        rows = [claim("a1", "a.txt", 130, expression="130",
                      sentence="The remaining 130 pupils have been released."),
                claim("a2", "a.txt", 100, expression="One hundred", sentence=said,
                      when=f"on {day}", start=200),
                claim("b1", "b.txt", 130, expression="130",
                      sentence="The army freed 130 pupils.")]
        arts = pd.DataFrame({"article_id": ["a.txt", "b.txt"], "path": ["a.txt", "b.txt"],
                             "published": ["2025-12-22", "2025-12-22"]})
        events = pd.DataFrame([{"article_id": "a.txt", "date": f"2025-12-{day[-2:]}",
                                "precision": "day", "sentence": said,
                                "expression": f"on {day}", "relative": False}])
        out = synthesise(pd.DataFrame(rows), arts, events)
        src = out["group_sources"].merge(out["claim_groups"][["group_id", "kind"]],
                                         on="group_id")
        return dict(zip(src["value"], src["kind"]))
    assert kinds("December 08") == {130.0: "released", 100.0: "earlier_release"}
    assert "earlier_release" not in kinds("December 19").values()


def test_one_noun_told_apart_by_the_groups_it_names_sums():
    """"238 members of the Tarvo gang and 23 members of Kesra arrived in Lima": one noun, two
    groups named after "of": the sentence's figure is their sum, 261, as the other source's."""
    said = "Officials said 238 members of the Tarvo gang and 23 members of Kesra arrived in Lima."
    rows = [claim("a1", "a.txt", 238, kind="transferred", destination="Lima", counted="members",
                  sentence=said, expression="238"),
            claim("a2", "a.txt", 23, kind="transferred", destination="Lima", counted="members",
                  sentence=said, expression="23", start=60),
            claim("b1", "b.txt", 261, kind="transferred", destination="Lima", counted="deportees",
                  sentence="A total of 261 deportees arrived in Lima.", expression="261")]
    out = synthesise(pd.DataFrame(rows))
    src = out["group_sources"]
    a = src[(src["article_id"] == "a.txt") & ~src["part"].astype(bool)]
    assert a["value"].tolist() == [261.0] and a["summed_parts"].tolist() == [True]


def _figures_by_source(out, kind):
    g = out["claim_groups"]
    src = out["group_sources"].merge(g[["group_id", "kind", "prospective"]], on="group_id")
    src = src[(src["kind"] == kind) & ~src["part"].astype(bool)
              & ~src["prospective"].astype(bool)]
    return dict(zip(src["article_id"], src["value"]))


def test_the_one_person_named_with_the_after_a_figure_is_one_more():
    """"pardoned the five nurses and the Kesran doctor": six pardoned, as the other source
    says; "and the crew" names no one person."""
    def figure(sentence):
        rows = [claim("a1", "a.txt", 5, counted="nurses", expression="five", sentence=sentence),
                claim("b1", "b.txt", 6, counted="medics", expression="six",
                      sentence="The six medics were pardoned.")]
        return _figures_by_source(synthesise(pd.DataFrame(rows)), "released")["a.txt"]
    assert figure("The president pardoned the five nurses and the Kesran doctor.") == 6
    assert figure("The president pardoned the five nurses and the crew.") == 5


def test_the_release_a_move_tells_counts_the_one_more_too():
    """"Five nurses and a doctor were flown to Lusk" after being freed: six moved, and the
    release that move tells is of six too, not a rival five."""
    said = "Five nurses and a doctor were flown to Lusk after being freed."
    rows = [claim("a1", "a.txt", 5, kind="transferred", destination="Lusk", counted="nurses",
                  expression="Five", sentence=said, freed=True),
            claim("b1", "b.txt", 6, counted="medics", expression="six",
                  sentence="The six medics were freed.")]
    out = synthesise(pd.DataFrame(rows))
    assert _figures_by_source(out, "released") == {"a.txt": 6.0, "b.txt": 6.0}
    assert _figures_by_source(out, "transferred") == {"a.txt": 6.0}


def test_a_plan_to_no_place_beside_its_source_s_own_move_is_no_fact():
    """"had agreed to deport the 1,200" in an article that says 1,086 were deported to Tarva:
    the plan stays a plan, even where another source gives 1,200 as sent to Tarva."""
    rows = [claim("a1", "a.txt", 1086, kind="transferred", destination="Tarva",
                  expression="1,086", sentence="A total of 1,086 were deported to Tarva."),
            claim("a2", "a.txt", 1200, kind="transferred", prospective=True,
                  expression="1,200", start=80,
                  sentence="The government had agreed to deport the 1,200 individuals."),
            claim("b1", "b.txt", 1200, kind="transferred", destination="Tarva",
                  expression="1,200", sentence="A group of 1,200 people were sent back to Tarva.")]
    out = synthesise(pd.DataFrame(rows))
    assert _figures_by_source(out, "transferred") == {"a.txt": 1086.0, "b.txt": 1200.0}


def test_a_hedge_open_above_that_rounds_the_whole_is_no_part():
    """"deported more than 1,000 Kenyan detainees back to their homeland" beside "1,086 people
    deported to Kenya": the nationality does not make the hedge a part of the 1,086; "six
    Kenyan detainees" stays a part."""
    def parts(expression, value, qualifier, low):
        rows = [claim("a1", "a.txt", value, kind="transferred", destination="Kenya",
                      qualifier=qualifier, low=low, counted="Kenyan detainees",
                      expression=expression, sentence=f"Lusk has deported {expression} Kenyan "
                      "detainees back to their homeland."),
                claim("b1", "b.txt", 1086, kind="transferred", destination="Kenya",
                      counted="people", expression="1,086",
                      sentence="Lusk has deported 1,086 people back to Kenya.")]
        src = synthesise(pd.DataFrame(rows))["group_sources"]
        return dict(zip(src["article_id"], src["part"].astype(bool)))
    assert parts("more than 1,000", 1000, "more_than", 1001.0) == {"a.txt": False,
                                                                    "b.txt": False}
    assert parts("six", 6, "exact", None)["a.txt"] is True


def test_a_running_total_of_a_release_in_stages_is_no_figure_of_it():
    """"all 17 of its members have been released" beside the same article's "the remaining
    12 were freed" and "five were freed earlier": 17 counts every stage, so the article's
    figure of this release is 12, in agreement with the other source; a 17 with no earlier
    stage that adds up stays a rival."""
    def figures(earlier):
        rows = [claim("a1", "a.txt", 17, expression="17",
                      sentence="All of its 17 members have been released."),
                claim("a2", "a.txt", 12, expression="twelve", start=60,
                      sentence="The remaining twelve hostages are free."),
                claim("a3", "a.txt", earlier, kind="earlier_release", expression="Five",
                      when="earlier", start=120,
                      sentence="Five of the hostages were freed earlier."),
                claim("b1", "b.txt", 12, expression="12",
                      sentence="Twelve missionaries were freed on Thursday.")]
        out = synthesise(pd.DataFrame(rows))
        g = out["claim_groups"]
        return _figures_by_source(out, "released"), g[g["kind"] == "released"].verdict.tolist()
    assert figures(5) == ({"a.txt": 12.0, "b.txt": 12.0}, ["agree"])
    assert figures(4)[1] == ["conflict"]


def test_two_classes_of_one_noun_add_up():
    """"5,774 male and 676 female convicts were set free": one release of 6,450."""
    sent = "To mark the day, 5,774 male and 676 female convicts were set free."
    rows = [claim("a1", "a.txt", 5774, counted="male convicts", expression="5,774",
                  sentence=sent),
            claim("a2", "a.txt", 676, counted="female convicts", expression="676", start=30,
                  sentence=sent)]
    assert _figures_by_source(synthesise(pd.DataFrame(rows)), "released") == {"a.txt": 6450.0}


def test_people_brought_home_beside_a_vague_swap_are_the_release():
    """"swapping hundreds" gives no figure of the release; "brought home 390 Chileans" does:
    the article's figure of the release is 390, as the other source's."""
    rows = [claim("a1", "a.txt", 100, qualifier="at_least", low=100.0, vague=True,
                  counted="soldiers", expression="hundreds",
                  sentence="Chile and Lusk began an exchange, swapping hundreds of soldiers."),
            claim("a2", "a.txt", 390, kind="transferred", destination="Chile",
                  counted="Chileans", expression="390", start=80,
                  sentence="The first phase brought home 390 Chileans."),
            claim("b1", "b.txt", 390, expression="390",
                  sentence="Chile and Lusk each released 390 prisoners on Friday.")]
    src = synthesise(pd.DataFrame(rows))["group_sources"]
    main = src[src["group_id"] == src.loc[src["article_id"] == "b.txt", "group_id"].iloc[0]]
    assert dict(zip(main["article_id"], main["value"])) == {"a.txt": 390.0, "b.txt": 390.0}


def test_stages_of_a_release_that_add_up_are_its_parts():
    """"all 54 were released" and "40 of them were released on Friday and the remaining 14 on
    Saturday": the 40 and 14 are stages of the 54, which is the article's figure."""
    stages = "Officials said 40 of them were released on Friday and the remaining 14 on Saturday."
    rows = [claim("a1", "a.txt", 54, expression="54", counted="fishermen",
                  sentence="Ruritania has released all 54 fishermen arrested this week."),
            claim("a2", "a.txt", 40, expression="40", start=80, sentence=stages),
            claim("a3", "a.txt", 14, expression="14", start=120, counted="fishermen",
                  sentence=stages),
            claim("a4", "a.txt", 14, expression="14", start=160, counted="fishermen",
                  sentence="14 fishermen were released by Ruritania on Saturday."),
            claim("b1", "b.txt", 54, expression="54", counted="fishermen",
                  sentence="All 54 fishermen were freed.")]
    out = synthesise(pd.DataFrame(rows))
    assert _figures_by_source(out, "released") == {"a.txt": 54.0, "b.txt": 54.0}
    assert out["claim_groups"].set_index("kind").loc["released", "verdict"] == "agree"


def test_a_part_of_a_whole_another_source_frees_is_a_part():
    """"released 40 of the 54 fishermen" beside another source's "all 54 were released": the
    40 are a part (a first stage) of that release; with no source freeing 54 they are the
    article's own figure."""
    def part(other):
        rows = [claim("a1", "a.txt", 40, expression="40", counted="fishermen",
                      sentence="Ruritania on Friday released 40 of the 54 fishermen."),
                claim("b1", "b.txt", other, expression=str(other), counted="fishermen",
                      sentence=f"All {other} fishermen were freed.")]
        src = synthesise(pd.DataFrame(rows))["group_sources"]
        return bool(src.set_index("article_id").loc["a.txt", "part"])
    assert part(54) is True
    assert part(60) is False


def test_military_personnel_and_civilians_listed_together_add_up():
    """"270 military personnel and 120 civilians returned to Russia" is one list of 390,
    like another source's "270 service members and 120 civilians", also beside the same
    pair told with no place ("Among those who returned home are ...")."""
    noun = "military personnel"
    sent = f"As a result of the exchange, 270 {noun} and 120 civilians returned to Russia."
    among = f"Among those who returned home are 270 {noun} and 120 civilians."
    other = "The ministry said 270 service members and 120 civilians were returned to Russia."
    rows = [claim("a0", "a.txt", 390, counted="people", expression="390",
                  sentence="They held an exchange, returning 390 people home."),
            claim("a1", "a.txt", 270, kind="transferred", destination="Russia", counted=noun,
                  expression="270", start=50, sentence=sent),
            claim("a2", "a.txt", 120, kind="transferred", destination="Russia",
                  counted="civilians", expression="120", start=90, sentence=sent),
            claim("a3", "a.txt", 270, kind="transferred", counted=noun, expression="270",
                  start=30, subset=True, sentence=among),
            claim("a4", "a.txt", 120, kind="transferred", counted="civilians", expression="120",
                  start=60, subset=True, sentence=among),
            claim("b0", "b.txt", 390, counted="people", expression="390",
                  sentence="The exchange resulted in the return of 390 people."),
            claim("b1", "b.txt", 270, kind="transferred", destination="Russia",
                  counted="service members", expression="270", start=50, sentence=other),
            claim("b2", "b.txt", 120, kind="transferred", destination="Russia",
                  counted="civilians", expression="120", start=90, sentence=other)]
    out = synthesise(pd.DataFrame(rows))
    g = out["claim_groups"]
    moved = g[g["kind"] == "transferred"]
    assert moved["verdict"].tolist() == ["agree"]
    assert _figures_by_source(out, "transferred") == {"a.txt": 390.0, "b.txt": 390.0}


def test_an_exact_figure_beside_its_own_hedge_is_not_widened_unless_round():
    """"No fewer than 24 students" and "all the 24 girls" beside "all 38 victims in X were
    freed": the source's figure is 24 (a figure not in tens is no headline's shortening of
    the hedge); "Vietnam frees 18,000" beside "more than 18,000" and "18,539" is 18,539."""
    def figure(values):
        rows = [claim(f"a{i}", "a.txt", v, qualifier=q, low=lo, expression=e, start=10 * i,
                      sentence=f"Sentence {i} about {e} people freed.")
                for i, (v, q, lo, e) in enumerate(values)]
        rows.append(claim("b1", "b.txt", values[0][0], expression="x",
                          sentence="They were freed."))
        return _figures_by_source(synthesise(pd.DataFrame(rows)), "released")["a.txt"]
    assert figure([(24, "at_least", 24.0, "No fewer than 24"), (24, "exact", None, "24"),
                   (38, "exact", None, "38")]) == 24.0
    assert figure([(18000, "more_than", 18001.0, "more than 18,000"),
                   (18000, "exact", None, "18,000"), (18539, "exact", None, "18,539")]) == 18539.0


def test_hostages_and_militants_freed_in_return_are_two_sides():
    """Two hostages flown to the capital and 200 militants flown north are two quantities,
    not rival figures of one move."""
    rows = [claim("a1", "a.txt", 2, kind="transferred", destination="Mali",
                  counted="hostages", expression="two",
                  sentence="The two released hostages were headed to the capital, Bamako."),
            claim("b1", "b.txt", 200, kind="transferred", destination="Mali",
                  qualifier="about", low=180.0, high=200.0, counted="militants",
                  expression="nearly 200",
                  sentence="The government released nearly 200 militants and sent them to "
                  "northern Mali.")]
    g = synthesise(pd.DataFrame(rows))["claim_groups"]
    assert sorted(g[g["kind"] == "transferred"]["verdict"]) == ["unique", "unique"]


def test_relatives_travelling_with_the_freed_are_not_added_to_them():
    """"five freed Xians and two of their Xian family members were en route to X": five freed,
    not seven."""
    def figure(second):
        sent = (f"Officials said five freed Chileans and two of their Chilean {second} were "
                "en route to Lusk.")
        rows = [claim("a1", "a.txt", 5, counted="Chileans", expression="five", sentence=sent),
                claim("a2", "a.txt", 2, counted=f"Chilean {second}", expression="two", start=40,
                      sentence=sent)]
        out = synthesise(pd.DataFrame(rows))
        g = out["claim_groups"]
        main = g[(g["kind"] == "released") & g["population"].isna()]["group_id"].tolist()
        src = out["group_sources"]
        return src[src["group_id"].isin(main)]["value"].tolist()[0]
    assert figure("family members") == 5.0
