"""``reports/index.html``: one section per story built under ``reports/`` (from each story's
``summary.json``): the story, articles and outlets, the headline figure per quantity, conflicts,
links to each report, files skipped with reasons, and which report failed and why.

Every value is escaped; links are relative and only ever point inside ``reports/``.
"""
from __future__ import annotations

import html
import json
import os
import tempfile
from pathlib import Path
from urllib.parse import quote

from ..story.summary import some_names
from .csp import with_csp

MAX_SOURCES = 12     # sources named in a story's line; the rest are counted
MAX_HEADLINES = 12   # quantities listed; the rest are counted

CSS = """
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;max-width:1100px;\
margin:24px auto;
  padding:0 20px;color:#222;line-height:1.45}
h1{font-size:28px;margin-bottom:4px} h2{font-size:22px;margin:28px 0 6px;\
border-bottom:2px solid #333}
h3{font-size:16px;margin:16px 0 4px}
.meta{color:#555;margin:2px 0}
ul{margin:4px 0 8px 0}
.headline li{font-size:17px}
.fail{color:#b00020;font-weight:600}
.stale{color:#8a5a00}
.ok{color:#1b7a1b}
table{border-collapse:collapse;font-size:14px}
td,th{border-bottom:1px solid #ddd;padding:3px 10px;text-align:left;vertical-align:top}
th{background:#f2f2f2}
.changes{background:#f6f8ff;border-left:4px solid #5577cc;padding:4px 10px}
"""


def _e(v) -> str:
    return html.escape("" if v is None else str(v), quote=True)


def _href(slug: str, rel: str) -> str:
    return _e(quote(f"{slug}/{rel}"))


def _story_section(s: dict) -> str:
    slug = s.get("slug", "")
    outlets = s.get("outlets", [])
    out = [f'<section id="{_e(slug)}">', f"<h2>{_e(s.get('story'))}</h2>",
           f'<p class="meta">{s.get("n_articles", 0)} articles from {len(outlets)} named outlets'
           + (f" ({_e(', '.join(outlets))})" if outlets else "")
           + f" · built {_e(s.get('built'))} · newsdesk-analysis {_e(s.get('version'))}</p>",
           '<p class="meta">Sources: '
           f'{_e(some_names(s.get("sources", []), MAX_SOURCES) or "none")}</p>']
    out.append("<h3>Headline figures</h3>")
    heads = s.get("headline", [])
    more = (f'<p class="meta">… and {len(heads) - MAX_HEADLINES:,} more quantities, each given by '
            'fewer '
            "sources (the overview lists them all).</p>" if len(heads) > MAX_HEADLINES else "")
    out.append('<ul class="headline">' + "".join(f"<li>{_e(h)}</li>"
                                                 for h in heads[:MAX_HEADLINES])
               + "</ul>" + more if heads else "<p>No counts of people were found.</p>")
    out.append("<h3>Conflicts found</h3>")
    conf = s.get("conflicts", [])
    out.append("<ul>" + "".join(f"<li>{_e(c)}</li>" for c in conf) + "</ul>" if conf
               else "<p>None: on every quantity, the sources' figures agree or only one source "
               "gives it.</p>")
    out.append(f'<p class="changes">{_e(s.get("changes", ""))}'
               + (f" New: {_e(', '.join(s['new_articles']))}." if s.get("new_articles")
                  else "") + "</p>")
    out.append("<h3>Reports</h3><ul>")
    for r in s.get("reports", []):
        link = f'<a href="{_href(slug, r["file"])}">{_e(r["title"])}</a>'
        if r.get("ok"):
            out.append(f'<li>{link} <span class="ok">✓</span></li>')
            continue
        parts = [f'<li><span class="fail">FAILED: {_e(r["title"])}</span> — {_e(r.get("error"))}']
        if r.get("failed_html"):
            parts.append(f' · <a href="{_href(slug, r["failed_html"])}">failed notebook (HTML, '
                         'with code)</a>')
        if r.get("failed_notebook"):
            parts.append(f' · <a href="{_href(slug, r["failed_notebook"])}">failed notebook '
                         '(.ipynb)</a>')
        if r.get("stale"):
            parts.append(f' · <span class="stale">previous report kept:</span> {link}')
        out.append("".join(parts) + "</li>")
    out.append("</ul>")
    out.append("<h3>Files skipped, figures left out</h3>")
    skipped = s.get("skipped", [])
    if skipped:
        rows = "".join(f"<tr><td>{_e(k.get('path'))}</td><td>{_e(k.get('stage'))}</td>"
                       f"<td>{_e(k.get('message'))}</td></tr>" for k in skipped)
        out.append(f"<table><tr><th>file</th><th>stage</th><th>why</th></tr>{rows}</table>")
    else:
        out.append("<p>None: every file was read.</p>")
    out.append("</section>")
    return "\n".join(out)


def load_summaries(root: Path) -> list[dict]:
    """Every story's summary under ``root``, sorted by story title."""
    found = []
    for p in sorted(Path(root).glob("*/summary.json")):
        try:
            s = json.loads(p.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        s["slug"] = p.parent.name  # links follow the folder actually on disk
        found.append(s)
    return sorted(found, key=lambda s: (str(s.get("story", "")).casefold(), s["slug"]))


def render_index(summaries: list[dict]) -> str:
    stories = ("\n".join(_story_section(s)
                        for s
                        in summaries) or "<p>No reports built yet: run <code>make "
                            "report</code>.</p>")
    nav = ""
    if len(summaries) > 1:
        nav = "<p>Stories: " + " · ".join(f'<a href="#{_e(s["slug"])}">{_e(s.get("story"))}</a>'
                                          for s in summaries) + "</p>"
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>newsdesk reports</title><style>{CSS}</style></head><body>"
            "<h1>newsdesk reports</h1><p class=\"meta\">One story, many outlets: what each "
            "source says, "
            f"where they agree and where they conflict.</p>{nav}\n{stories}\n</body></html>\n")


def write_index(root: str | os.PathLike) -> Path:
    """(Re)write ``root/index.html`` atomically; return its path."""
    root = Path(root)
    path = root / "index.html"
    page = with_csp(render_index(load_summaries(root)))
    fd, tmp = tempfile.mkstemp(prefix=".index.html.", suffix=".tmp", dir=root)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(page)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:  # interrupted or failed: leave the previous index, no stray temp file
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
