"""On a generated corpus of 300 articles, every place that shows the story's answer —
``summary.json``, the overview report, the index and the data each chart is drawn from —
gives each quantity the same headline and verdict."""
from __future__ import annotations

import json
import random

import pytest
from bs4 import BeautifulSoup

from analysis import Corpus
from analysis.reporting import build_report, charts

pytestmark = pytest.mark.slow

N_ARTICLES = 300


def _norm(label: str) -> str:
    return " ".join(str(label).replace("_", " ").split())


def write_corpus(folder, n: int = N_ARTICLES, seed: int = 7):
    """``n`` short wire stories of one hostage release: most give 240 freed, some 238,
    "about 240" or "at least 200"; 180 (some 175) flown to a city; more than 1,000 still
    held. Outlets, titles and dates come from an ``articles.csv`` sidecar."""
    rng = random.Random(seed)
    rows = ["file,outlet,published,title"]
    for i in range(n):
        r = rng.random()
        freed = ("240" if r < 0.70 else "238" if r < 0.85 else "about 240" if r < 0.95
                 else "at least 200")
        flown = "180" if rng.random() < 0.8 else "175"
        text = (f"Hostages freed in the Varos highlands\n\n"
                f"Militants in the Varos highlands released {freed} hostages on Saturday, "
                "regional officials said.\n\n"
                f"Later, {flown} were taken to Kelmar, officials said.\n\n"
                "More than 1,000 people are still held by armed groups, according to the Red "
                "Crescent.\n\n"
                f"Our correspondent filed this report from desk {i + 1}.\n")
        name = f"wire_{i:03d}.txt"
        (folder / name).write_text(text, encoding="utf-8")
        rows.append(f"{name},Wire {i:03d},2025-03-09,Hostages freed in the Varos highlands")
    (folder / "articles.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    src = tmp_path_factory.mktemp("big") / "varos"
    src.mkdir()
    write_corpus(src)
    out = tmp_path_factory.mktemp("reports")
    index = build_report.build(src, out, "Varos release",
                               notebooks=["overview", "counts", "agreement"])
    story = out / "varos-release"
    return {"index": index, "story": story,
            "summary": json.loads((story / "summary.json").read_text(encoding="utf-8")),
            "corpus": Corpus.from_parquet(story / "data" / "current")}


def test_the_generated_story_has_the_answer_a_reader_expects(built):
    groups = {g["label"]: g for g in built["summary"]["groups"]}
    assert built["summary"]["n_articles"] == N_ARTICLES
    released = groups["released"]
    assert released["headline"] == "240" and released["verdict"] == "conflict"
    assert released["status"] == "majority" and released["n_sources"] == N_ARTICLES
    assert groups["transferred → Kelmar"]["headline"] == "180"
    assert (groups["remaining"]["headline"] == "more than 1,000"
            and groups["remaining"]["verdict"] == "agree")


def test_every_report_gives_each_quantity_the_same_headline_and_verdict(built):
    c = built["corpus"]
    truth = {_norm(g.label): (g.answer, g.verdict) for g in c.claim_groups.itertuples()}
    from_summary = {_norm(g["label"]): (g["answer"], g["verdict"])
                    for g in built["summary"]["groups"]}
    assert from_summary == truth

    soup = BeautifulSoup((built["story"] / "overview.html").read_text(encoding="utf-8"),
                         "html.parser")
    table = next(t for t in soup.find_all("table")
                 if [th.get_text(strip=True) for th in t.find_all("th")][:3]
                 == ["quantity", "answer", "verdict"])
    from_overview = {}
    for tr in table.find_all("tr")[1:]:
        cells = [td.get_text(strip=True) for td in tr.find_all("td")]
        from_overview[_norm(cells[0])] = (cells[1], cells[2])
    assert from_overview == truth

    index = BeautifulSoup(built["index"].read_text(encoding="utf-8"), "html.parser")
    items = [li.get_text(strip=True) for li in index.select("ul.headline li")]
    assert items and all(any(item == f"{label}: {answer}" for label,
                             (answer, _) in truth.items()) for item in items)
    assert len(items) == min(len(truth), 12)

    panels = charts.counts_panels(c.claim_groups, c.group_sources, c.group_figures)
    assert panels and {_norm(p["label"]): (p["answer"],
                                           p["verdict"]) for p in panels}.items() <= truth.items()
    rows = charts.agreement_rows(c.claim_groups)
    assert {_norm(r.label): (r.answer, r.verdict) for r
            in rows.itertuples()}.items() <= truth.items()
    # the chart drawn is the data: the counts panel title carries the same answer
    fig = charts.counts_by_source(c.claim_groups, c.group_sources, c.group_figures, c.articles)
    titles = [ax.get_title(loc="left").replace("\n", " ") for ax in fig.axes]
    assert any(t.startswith(f"released: {truth['released'][0]}") for t in titles)


def test_a_large_report_opens_with_the_answer_and_folds_the_article_list(built):
    page = (built["story"] / "overview.html").read_text(encoding="utf-8")
    soup = BeautifulSoup(page, "html.parser")
    assert page.index("The story") < page.index("Articles read (")
    details = [d for d in soup.find_all("details") if "Articles read" in d.summary.get_text()]
    assert len(details) == 1 and len(details[0].find_all("tr")) == N_ARTICLES + 1
    # tables count sources instead of listing hundreds of names
    longest = max(len(td.get_text()) for td in soup.find_all("td")
                  if not td.find_parent("details"))
    assert longest < 600
    assert "<script" not in page.lower()
