"""Article text is untrusted: a story whose titles, sentences, names, outlet and file names are
markup builds a report set in which nothing runs and nothing is written outside the output
folder. Checked with an HTML parser and in headless Chromium, across every report and the index.

The hostile story (``fixtures/security/story``) carries ``<script>``, ``onerror=``,
``javascript:`` links, ``</table>``, ``<style>``, template syntax and a markdown link in its
title (``articles.csv``), outlet (``NAME.json``), body sentences and a person's name; its
sidecars also name paths outside the folder.
"""
from __future__ import annotations

import ast
import re
import shutil
import subprocess
from pathlib import Path

import nbformat
import pandas as pd
import pytest
from bs4 import BeautifulSoup

from analysis.reporting import notebook as nb
from analysis.reporting import tables
from analysis.reporting.build_report import NOTEBOOKS, NOTEBOOKS_DIR, build, slugify
from analysis.story import summary

FIXTURES = Path(__file__).parents[1] / "fixtures" / "security"
PROJECT = Path(__file__).resolve().parents[2]
MARK = "PWNED"
SCRIPT = "<script>document.title='PWNED'</script>"
IMG = "<img src=x onerror=\"document.title='PWNED'\">"
TITLE = f"{IMG} {SCRIPT} </table> [x](javascript:alert(1)) {{{{ 7*7 }}}}"
OUTLET = "Wire <script>document.title='PWNED';console.log('PWNED')</script> Service"
# A traversal, markup, and a quote-and-code attempt on papermill's parameter injection (if it
# worked, the kernel would create PWNED-story in the notebooks' folder, inside tmp_path).
STORY = "../../outside " + SCRIPT + " \"\\\"; open('PWNED-story', 'w') #"
BAD_FILE = IMG + ".txt"  # a file name that is markup; the file is binary, so it is skipped
REPORTS = [n for n, _ in NOTEBOOKS]
BROWSER = (shutil.which("chromium") or shutil.which("chromium-browser")
           or shutil.which("google-chrome"))
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--enable-logging=stderr", "--v=0", "--virtual-time-budget=3000"]
URL_ATTRS = ("href", "src", "action", "formaction", "xlink:href", "data", "poster", "srcset",
             "background")
DANGEROUS_TAGS = ("script", "iframe", "object", "embed", "base", "form", "frame", "frameset",
                  "applet")


def _files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file()}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("security")
    articles, out, notebooks = tmp / "articles", tmp / "out", tmp / "notebooks"
    shutil.copytree(FIXTURES / "story", articles)
    (articles / BAD_FILE).write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    shutil.copytree(NOTEBOOKS_DIR, notebooks)
    escape_target = Path("/tmp/newsdesk-escape.html")
    existed = escape_target.exists()
    before = _files(tmp)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("NEWSDESK_CACHE", str(tmp / "cache"))
        index = build(articles, out, STORY, notebooks_dir=notebooks)
    after = _files(tmp)
    story_dir = out / slugify(STORY)
    pages = {"index": index, **{n: story_dir / f"{n}.html" for n in REPORTS}}
    return {"tmp": tmp, "out": out, "story_dir": story_dir, "articles": articles, "before": before,
            "after": after, "pages": pages, "escape_created": not existed
            and escape_target.exists(),
            "html": {k: p.read_text(encoding="utf-8") for k, p in pages.items()}}


# --------------------------------------------------------------------------- HTML parser

def _unsafe(html: str) -> list[str]:
    """Everything in ``html`` that could run code or load a page: script-like elements,
    event-handler attributes, javascript:/vbscript:/data:text URLs, refresh redirects."""
    soup = BeautifulSoup(html, "html.parser")
    found = [f"<{t.name}>" for t in soup.find_all(DANGEROUS_TAGS)]
    for tag in soup.find_all(True):
        for attr, value in tag.attrs.items():
            if attr.lower().startswith("on"):
                found.append(f"<{tag.name} {attr}>")
            if attr.lower() in URL_ATTRS:
                v = re.sub(r"[\s\x00-\x1f]", "", str(value)).lower()
                if v.startswith(("javascript:", "vbscript:", "data:text", "data:application")):
                    found.append(f"<{tag.name} {attr}={value[:40]}>")
        if tag.name == "meta" and str(tag.get("http-equiv", "")).lower() == "refresh":
            found.append("<meta refresh>")
        if tag.name == "img" and not str(tag.get("src", "")).startswith("data:image/png;base64,"):
            found.append(f"<img src={str(tag.get('src'))[:40]}>")
    # Article CSS would be a <style> element holding the article's rule.
    found += ["<style> from article" for s in soup.find_all("style")
              if "body{display:none}" in s.get_text()]
    return found


@pytest.mark.slow
def test_every_report_and_the_index_were_built(built):
    assert sorted(built["pages"]) == sorted(["index", *REPORTS])
    assert all(p.exists() for p in built["pages"].values())
    text = BeautifulSoup(built["html"]["index"], "html.parser").get_text(" ")
    assert "FAILED" not in text and "2 articles" in text


@pytest.mark.slow
@pytest.mark.parametrize("page", ["index", *REPORTS])
def test_no_script_handler_or_script_url_in_the_page(built, page):
    html = built["html"][page]
    assert MARK in html  # the hostile text reached this page (as text)...
    assert _unsafe(html) == []  # ...and nothing in it can run


@pytest.mark.slow
def test_hostile_text_is_shown_verbatim_as_text(built):
    overview = BeautifulSoup(built["html"]["overview"], "html.parser")
    text = overview.get_text()
    for s in (SCRIPT, IMG, "</table>", "[x](javascript:alert(1))", "{{ 7*7 }}", OUTLET,
              "Ridge <b>Daily</b> <style>body{display:none}</style>", BAD_FILE):
        assert s in text, s
    # The "Articles read" table still has its shape: the hostile title is one whole cell.
    cells = [td.get_text() for td in overview.find_all("td")]
    assert TITLE in cells
    counts = BeautifulSoup(built["html"]["counts"], "html.parser").get_text()
    assert "<b>Evil</b> Smith" in counts  # a name inside a claim's sentence
    entities = BeautifulSoup(built["html"]["entities"], "html.parser").get_text()
    assert OUTLET in entities or "Ridge <b>Daily</b>" in entities  # outlets are entities too
    index = BeautifulSoup(built["html"]["index"], "html.parser").get_text()
    assert OUTLET in index and BAD_FILE in index and SCRIPT in index  # outlet, file skipped, story


@pytest.mark.slow
def test_no_link_is_made_from_article_text(built):
    for page, html in built["html"].items():
        hrefs = [a.get("href", "") for a in BeautifulSoup(html, "html.parser").find_all("a")]
        assert not [h for h in hrefs if "alert" in h or MARK in h], page


# --------------------------------------------------------------------------- browser

def _browse(page: Path, profile: Path) -> tuple[str, list[str], BeautifulSoup]:
    """(title after scripts ran, console messages, DOM) for ``page`` in headless Chromium."""
    proc = subprocess.run([BROWSER, *FLAGS, f"--user-data-dir={profile}", "--dump-dom",
                           page.resolve().as_uri()],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    soup = BeautifulSoup(proc.stdout, "html.parser")
    assert soup.body is not None, proc.stdout[:500]
    console = [line for line in proc.stderr.splitlines() if ":CONSOLE" in line]
    return (soup.title.get_text() if soup.title else ""), console, soup


@pytest.mark.slow
@pytest.mark.skipif(BROWSER is None, reason="no chromium: run `make browser` (as root) to install "
                    "it")
def test_no_script_runs_in_a_browser(built, tmp_path):
    # The check itself works: the same payloads, unescaped, do run in this browser.
    for i, payload in enumerate([SCRIPT, IMG, "<script>console.log('PWNED')</script>"]):
        control = tmp_path / f"control{i}.html"
        control.write_text("<!DOCTYPE "
                           f"html><html><head><title>ok</title></head><body>{payload}</body></html>")
        title, console, _ = _browse(control, tmp_path / "profile")
        assert title == MARK or any(MARK in c for c in console), payload
    for name, page in built["pages"].items():
        title, console, soup = _browse(page, tmp_path / "profile")
        assert title != MARK and MARK not in title, name
        assert not [c for c in console if MARK in c], name
        assert _unsafe(str(soup)) == [], name  # nothing was added to the page either
        assert SCRIPT in soup.body.get_text() or IMG in soup.body.get_text(), name


# --------------------------------------------------------------------------- paths

@pytest.mark.slow
def test_nothing_is_written_outside_the_output_folder(built):
    tmp, before, after = built["tmp"], built["before"], built["after"]
    new_or_changed = [p for p in after if before.get(p) != after[p]]
    assert new_or_changed and all(p.startswith(("out/", "cache/")) for p in new_or_changed), [
        p for p in new_or_changed if not p.startswith(("out/", "cache/"))]
    assert set(before) <= set(after)  # nothing of the user's was removed
    story_dir = built["story_dir"]
    assert story_dir.parent == built["out"] and re.fullmatch(r"[a-z0-9-]+", story_dir.name)
    assert not (tmp.parent / "outside").exists() and not (tmp / "outside").exists()
    assert not [p for p in after if "PWNED-story" in p]  # the story parameter stayed a string
    assert not built["escape_created"]


@pytest.mark.slow
def test_sidecar_rows_outside_the_folder_are_ignored(built):
    text = BeautifulSoup(built["html"]["overview"], "html.parser").get_text()
    assert "Escaped Outlet" not in text and "Absolute Outlet" not in text
    assert "outside row" not in text and "absolute row" not in text


def test_inside_refuses_paths_that_escape(tmp_path):
    from analysis.reporting.build_report import inside
    root = tmp_path / "out"
    root.mkdir()
    link = root / "link"
    link.symlink_to(tmp_path)
    for bad in (root / ".." / "x.html", Path("/etc/passwd"), link / "x.html"):
        with pytest.raises(ValueError):
            inside(root, bad)
    for story in ("../../outside", "/etc/cron.d/x", "..", "~/.ssh", "a/../../b", "C:\\Windows\\x"):
        slug = slugify(story)
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", slug), story
        assert inside(root, root / slug).parent == root.resolve()


# --------------------------------------------------------------------------- display helpers

HOSTILE = [SCRIPT, IMG, '<a href="javascript:alert(1)">x</a>', "</table></td>",
           "<style>body{display:none}</style>",
           "{{ 7*7 }} {% if x %}", "[x](javascript:alert(1))", "<b>Evil</b> Smith",
           '" onmouseover="x()']


def _hostile_frames():
    from analysis.frames import conform
    h = " ".join(HOSTILE)
    arts = conform("articles", pd.DataFrame([{"article_id": "a1", "path": f"in/{IMG}.txt",
                                              "outlet": OUTLET,
                                              "title": h[:130], "published": "2025-05-15",
                                              "n_words": 90}]))
    claims = conform("claims", pd.DataFrame([{
        "article_id": "a1", "value": 12.0, "qualifier": "exact", "counted": "<i>hostages</i>",
        "counted_class": "people", "kind": "released", "start": 0, "end": 2, "expression": "12",
        "sentence": h, "attribution": "<b>Evil</b> Smith"}]))
    ents = conform("entities", pd.DataFrame([{"entity_id": "E1", "canonical": "<b>Evil</b> Smith",
                                              "label": "PERSON",
                                              "n_mentions": 2, "n_articles": 1,
                                              "variants": HOSTILE[:3],
                                              "articles": ["a1"]}]))
    events = conform("events", pd.DataFrame([{"article_id": "a1", "date": "2025-05-14",
                                              "precision": "day",
                                              "relative": False, "what": SCRIPT,
                                              "category": "release",
                                              "sentence": h}]))
    errors = conform("errors", pd.DataFrame([{"path": f"in/{IMG}", "stage": "read",
                                              "message": h}]))
    from analysis.story.agreement import synthesise
    story = synthesise(claims.assign(destination=SCRIPT), arts)
    return arts, claims, ents, events, errors, story


def test_every_table_helper_escapes_article_text():
    arts, claims, ents, events, errors, groups = _hostile_frames()
    frames = {"articles": tables.articles_table(arts), "claims": tables.claims_table(claims, arts),
              "entities": tables.entities_table(ents), "events": tables.events_table(events, arts),
              "errors": tables.errors_table(errors),
              "groups": tables.groups_table(groups["claim_groups"], groups["group_figures"]),
              "headlines": tables.headline_table(summary.headlines(groups["claim_groups"]))}
    for name, df in frames.items():
        assert not df.empty, name
        html = nb.show_table(df, caption=SCRIPT)._repr_html_()
        soup = BeautifulSoup(html, "html.parser")
        assert _unsafe(html) == [] and not soup.find_all(["b", "i", "a", "style", "img"]), name
        assert len(soup.find_all("table")) == 1 and SCRIPT in soup.get_text(), name


def test_report_header_escapes_story_parameters_and_articles():
    from analysis.corpus import Corpus
    from analysis.frames import conform
    arts, claims, ents, events, errors, groups = _hostile_frames()
    corpus = Corpus(articles=arts, mentions=conform("mentions", None), entities=ents,
                    claims=claims,
                    events=events, errors=errors, **groups, source="in")
    params = {"story": STORY, "focus_entities": [SCRIPT], "articles": f"../{IMG}"}
    html = nb.header(corpus, params)._repr_html_() + nb.articles_read(corpus)._repr_html_()
    soup = BeautifulSoup(html, "html.parser")
    assert _unsafe(html) == [] and not soup.find_all(["a", "img", "i"])
    assert "Evil" not in [b.get_text() for b in soup.find_all("b")]
    text = soup.get_text()
    assert STORY in text and OUTLET in text and IMG in text


def _display_calls(source: str) -> list[str]:
    """The dotted name of whatever a notebook code cell displays (its last expression)."""
    tree = ast.parse(source)
    shown = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func,
                                                     ast.Name) and node.func.id in ("display",
                                                                                    "print"):
            shown.append(node.func.id)
    if tree.body and isinstance(tree.body[-1], ast.Expr):
        call = tree.body[-1].value
        shown.append(ast.unparse(call.func) if isinstance(call, ast.Call) else ast.unparse(call))
    return shown


@pytest.mark.parametrize("name", REPORTS)
def test_notebooks_show_only_through_escaping_helpers(name):
    """Everything a report shows goes through a helper that escapes (tables, header, changes)
    or is a PNG chart: no raw HTML/Markdown display, no Styler, no print of article text."""
    allowed = {"nb.show_table", "nb.header", "nb.what_changed", "nb.articles_read", "charts.show"}
    cells = nbformat.read(NOTEBOOKS_DIR / f"{name}.ipynb", as_version=4).cells
    shown = [s for c in cells if c.cell_type == "code" for s in _display_calls(c.source)]
    assert shown and set(shown) <= allowed, set(shown) - allowed


def test_analysis_package_has_no_raw_html_display():
    """No module hands markup to IPython or pandas unescaped."""
    risky = re.compile(r"\bIPython\.display\.(HTML|Markdown|Javascript)\b|\bimport\s+.*\b(HTML|"
                       r"Markdown|Javascript)\b"
                       r"|\bdisplay_(html|markdown|javascript)\(|\.style\.|\bStyler\b|"
                       r"escape\s*=\s*False"
                       r"|render_links\s*=\s*True|\|\s*safe\b|Markup\(")
    hits = [f"{p.name}:{i}: {line.strip()}" for p in sorted((PROJECT / "analysis").rglob("*.py"))
            for i, line in enumerate(p.read_text(encoding="utf-8").splitlines(),
                                     1) if risky.search(line)]
    assert hits == []
    # The one raw-markup wrapper, notebook.Html, is only built from escaped pieces in notebook.py.
    users = [p.name for p in sorted((PROJECT / "analysis").rglob("*.py"))
             if p.name != "notebook.py" and re.search(r"\bHtml\(", p.read_text(encoding="utf-8"))]
    assert users == []
    notebooks = sorted((PROJECT / "notebooks").glob("*.py"))
    assert not [p.name for p in notebooks if re.search(r"\bHtml\(", p.read_text(encoding="utf-8"))]


def test_the_html_toolchain_is_pinned_and_installed_as_pinned():
    """nbconvert, its sanitiser (bleach), its markdown and template engines, and papermill are
    pinned in requirements.lock, and the environment runs exactly those versions."""
    from importlib.metadata import version

    from packaging.version import Version
    lock = (PROJECT / "requirements.lock").read_text(encoding="utf-8")
    pins = dict(line.split("==", 1) for line in lock.split() if "==" in line)
    pins = {k.lower().replace("_", "-"): v for k, v in pins.items()}
    for name in ("nbconvert", "bleach", "mistune", "jinja2", "markupsafe", "papermill",
                 "nbformat"):
        assert name in pins, f"{name} is not pinned in requirements.lock"
        assert version(name) == pins[name], (f"{name} {version(name)} installed, {pins[name]} "
                                             "pinned")
    assert Version(pins["nbconvert"]) >= Version("7.16")
