"""End to end: build the reports for a small story, rebuild with one more article, then with
a notebook that fails. Every notebook runs under papermill with the project kernel."""
import re
import shutil
from pathlib import Path
from urllib.parse import unquote

import nbformat
import pytest
from bs4 import BeautifulSoup

from analysis import __version__
from analysis.reporting.build_report import (
    NOTEBOOKS,
    NOTEBOOKS_DIR,
    build,
    inside,
    main,
    run_notebook,
    slugify,
)

FIXTURES = Path(__file__).parents[1] / "fixtures" / "report"
STORY = "Lake Mirren flood"
NAMES = [n for n, _ in NOTEBOOKS]
RUN_TIME = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC")


def _read(p: Path) -> str:
    return p.read_text(encoding="utf-8")


def _links(index: Path) -> list[Path]:
    soup = BeautifulSoup(_read(index), "html.parser")
    return [index.parent / unquote(a["href"]) for a in soup.find_all("a")
            if not a["href"].startswith("#")]


@pytest.fixture(scope="module")
def builds(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("reports")
    articles, out = tmp / "articles", tmp / "out"
    shutil.copytree(FIXTURES / "story", articles)
    index = build(articles, out, STORY)
    story_dir = out / slugify(STORY)
    first = {"index": index, "index_html": _read(index), "links": _links(index),
             "html": {n: _read(story_dir / f"{n}.html") for n in NAMES}}

    shutil.copytree(FIXTURES / "added", articles / "added")
    build(articles, out, STORY)
    second = {"overview": _read(story_dir / "overview.html"), "index_html": _read(index),
              "summary": __import__("json").loads(_read(story_dir / "summary.json"))}

    broken = tmp / "notebooks"
    shutil.copytree(NOTEBOOKS_DIR, broken)
    nb = nbformat.read(broken / "counts.ipynb", as_version=4)
    nb.cells[-1].source = 'raise RuntimeError("the chart exploded")'
    nbformat.write(nb, broken / "counts.ipynb")
    before = (story_dir / "counts.html").read_bytes()
    rc = main(["--articles", str(articles), "--out", str(out), "--story", STORY, "--notebook",
               "overview",
               "--notebook", "counts", "--notebooks-dir", str(broken)])
    failed = {"rc": rc, "counts_unchanged": (story_dir / "counts.html").read_bytes() == before,
              "index_html": _read(index), "links": _links(index), "story_dir": story_dir}
    return {"first": first, "second": second, "failed": failed, "articles": articles}


@pytest.mark.slow
def test_index_links_resolve_and_every_report_built(builds):
    first = builds["first"]
    assert first["index"].name == "index.html"
    reports = [p for p in first["links"] if p.suffix == ".html"]
    assert sorted(p.stem for p in reports) == sorted(NAMES)
    assert all(p.exists() for p in first["links"])
    text = BeautifulSoup(first["index_html"], "html.parser").get_text(" ")
    assert STORY in text and "3 articles" in text and "FAILED" not in text
    assert "transferred" in text and "released:" in text  # a headline figure per kind
    assert "scanned_page.txt" in text and "binary" in text  # files skipped, with the reason


@pytest.mark.slow
@pytest.mark.parametrize("name", NAMES)
def test_report_header_and_no_code(name, builds):
    html = builds["first"]["html"][name]
    soup = BeautifulSoup(html, "html.parser")
    text = soup.get_text(" ")
    for p in ("focus_kinds", "frames_dir", "reference_date", STORY):  # the parameters used
        assert p in text
    assert RUN_TIME.search(text) and __version__ in text
    assert "Harbor Gazette" in text and "2024-03-04" in text  # articles read, with date
    assert (not soup.select(".jp-CodeCell .jp-InputArea") and "nb.header(" not in text
            and "import" not in text)
    assert not soup.find_all("script") and 'src="http' not in html


@pytest.mark.slow
@pytest.mark.parametrize("name", ["counts", "coverage", "timeline", "agreement", "entities"])
def test_charts_are_embedded(name, builds):
    soup = BeautifulSoup(builds["first"]["html"][name], "html.parser")
    imgs = soup.find_all("img")
    assert imgs and all(i["src"].startswith("data:image/png;base64,") for i in imgs)


@pytest.mark.slow
def test_article_text_is_shown_as_text_never_markup(builds):
    for name, html in builds["first"]["html"].items():
        soup = BeautifulSoup(html, "html.parser")
        assert not soup.find_all("script"), name
        for tag in soup.find_all(True):
            assert not any(a.lower().startswith("on") for a in tag.attrs), (name, tag.name)
            assert not str(tag.get("href", "")).lower().startswith("javascript:"), name
            assert not str(tag.get("src", "")).startswith("x"), name
    header = BeautifulSoup(builds["first"]["html"]["overview"], "html.parser").get_text()
    assert 'Evil <script>alert("outlet")</script> Times' in header
    assert "<img src=x onerror=alert('title')>" in header
    index = BeautifulSoup(builds["first"]["index_html"], "html.parser")
    assert (not index.find_all("script") and 'Evil <script>alert("outlet")</script> Times'
            in index.get_text())


@pytest.mark.slow
def test_overview_lists_files_skipped(builds):
    soup = BeautifulSoup(builds["first"]["html"]["overview"], "html.parser")
    rows = [[td.get_text() for td in tr.find_all("td")] for tr in soup.find_all("tr")]
    assert any(r and r[0].endswith("scanned_page.txt") and "binary" in r[2] for r in rows)


@pytest.mark.slow
def test_rerun_reports_exactly_the_added_article(builds):
    second = builds["second"]
    assert second["summary"]["new_articles"] == ["North Post"]
    text = BeautifulSoup(second["overview"], "html.parser").get_text(" ")
    assert "New articles (1)" in text and "North Post" in text
    assert "Articles no longer read" not in text
    assert "New articles" not in BeautifulSoup(builds["first"]["html"]["overview"],
                                               "html.parser").get_text(" ")


@pytest.mark.slow
def test_failed_notebook_keeps_previous_report_and_index_says_why(builds):
    f = builds["failed"]
    assert f["rc"] == 1 and f["counts_unchanged"]
    assert (f["story_dir"] / "failed" / "counts.ipynb").exists()
    text = BeautifulSoup(f["index_html"], "html.parser").get_text(" ")
    assert "FAILED" in text and "the chart exploded" in text and "previous report kept" in text
    assert all(p.exists() for p in f["links"])
    assert any(p.name == "counts.ipynb" and p.parent.name == "failed" for p in f["links"])


@pytest.mark.slow
def test_running_by_hand_gives_the_same_report(builds, tmp_path):
    """The counts notebook with only articles/out_dir set (no saved frames), as in JupyterLab."""
    story_dir = builds["failed"]["story_dir"]
    by_hand = tmp_path / "hand"
    by_hand.mkdir()
    params = {"articles": str(builds["articles"]), "out_dir": str(story_dir), "story": STORY}
    r = run_notebook("timeline", dict(NOTEBOOKS)["timeline"], params, by_hand)
    assert r.ok, r.error
    def body(html):
        soup = BeautifulSoup(html, "html.parser")
        soup.select_one(".nd-header").decompose()
        return [i["src"] for i in soup.find_all("img")], soup.get_text(" ")
    assert body(_read(by_hand / "timeline.html")) == body(_read(story_dir / "timeline.html"))


def test_slug_and_paths_stay_inside_the_output(tmp_path):
    assert slugify("../../etc/Lake  Mirren!") == "etc-lake-mirren"
    assert slugify("///") == "story"
    with pytest.raises(ValueError):
        inside(tmp_path, tmp_path / ".." / "elsewhere")
    assert inside(tmp_path, tmp_path / "a" / "b.html") == (tmp_path / "a" / "b.html").resolve()


@pytest.mark.slow
def test_two_runs_differ_only_in_the_run_time(builds, tmp_path):
    story_dir = builds["failed"]["story_dir"]
    params = {"articles": str(builds["articles"].resolve()), "out_dir": str(story_dir),
              "frames_dir": str(story_dir / "data" / "current"), "story": STORY,
              "reference_date": "",
              "focus_entities": [], "focus_kinds": [], "date_from": "", "date_to": ""}
    r = run_notebook("coverage", dict(NOTEBOOKS)["coverage"], params, tmp_path)
    assert r.ok, r.error
    again, built = _read(tmp_path / "coverage.html"), _read(story_dir / "coverage.html")
    assert again != built  # the run time differs...
    assert RUN_TIME.sub("", again) == RUN_TIME.sub("", built)  # ...and nothing else


@pytest.mark.slow
def test_every_page_carries_a_content_security_policy(builds):
    from analysis.reporting.csp import POLICY

    pages = [builds["first"]["index_html"], *builds["first"]["html"].values()]
    for html in pages:
        head = BeautifulSoup(html, "html.parser").head
        meta = head.find("meta", attrs={"http-equiv": "Content-Security-Policy"})
        assert meta is not None and meta["content"] == POLICY
        assert head.find("meta") is meta or head.find_all("meta")[0] is meta  # first in the head
    assert "default-src 'none'" in POLICY and "script-src" not in POLICY  # no script may run
