"""The loader on each seed article: metadata right, body free of residue, real text kept.

These expectations are read off the seed files themselves (what a careful reader sees in
each one); the rules that produce them are general and tested on other articles in
tests/loading/test_clean.py and test_ingest.py.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import malformed

SEEDS = Path(__file__).resolve().parents[1] / "seeds"

EXPECTED = {
    "000_86e7b9729a91bd78.txt": dict(
        outlet=None, published=None, byline=None, title=None,
        first="Belarus has made headlines by releasing 123 prisoners",
        last="gratitude towards the US and Trump for their role in this diplomatic process.",
        residue=[]),
    "001_4f4cfbc597373b65.txt": dict(
        outlet=None, published="2025-12-13", byline=None,
        title="Belarus releases 123 prisoners including nobel laureate bialiatski",
        first="Belarusian President Alexander Lukashenko has granted freedom to 123 prisoners",
        last="a complicated diplomatic landscape that continues to evolve.",
        residue=["13 December, 2025",
                 "belarus-releases-123-prisoners-including-nobel-laureate-bialiatski"]),
    "002_2971d3a31cdee030.txt": dict(
        outlet="EconoTimes", published=None, byline=None,
        title="Belarus Frees 123 Political Prisoners in U.S.-Brokered Deal Over Sanctions",
        first="Belarusian President Alexander Lukashenko has released 123 prisoners",
        last="an end to Belarus’s role in the war in Ukraine.",
        residue=["Menu", "Search", "|   Politics", "Source: Kremlin.ru, CC BY 4.0, via Wikimedia "
                 "Commons",
                 "Market Data", "Close", "Welcome to EconoTimes", "Sign up for daily updates",
                 "stories unfolding in the global economy."]),
    "003_ce9a2c8aa6fc61f9.txt": dict(
        outlet="Bloomberg News", published=None, byline="Milda Seputyte, Aliaksandr Kudrytski",
        title="Belarus frees 123 political prisoners as US lifts potash ban",
        first="Belarus President Alexander Lukashenko ordered the release of 123 political "
        "prisoners",
        last="“Only the end of repressions can bring political stability.”",
        residue=["Current News", "ArcaMax", "Bloomberg News on", "Published in News & Features",
                 "———",
                 "With assistance from Eric Martin", "©2025 Bloomberg L.P.", "Visit bloomberg.com",
                 "Distributed by Tribune Content Agency", "Comments",
                 "blog comments powered by Disqus"]),
    "004_a4529d2b956ebbfb.txt": dict(
        outlet="New York Times", published=None, byline=None, title=None,
        first="Belarusian President Alexander Lukashenko on Saturday ordered the release of 123 "
        "prisoners",
        last="This is one way to make the process easier.",
        residue=["See also:", "EU freezes Russian assets", "Constant threat:",
                 "(With the New York Times)"]),
}


@pytest.fixture(scope="module")
def corpus():
    return malformed.load(SEEDS)


def _row(corpus, name):
    rows = corpus.articles[corpus.articles["path"].map(lambda p: Path(p).name) == name]
    assert len(rows) == 1, f"{name} not loaded: {corpus.errors.to_dict('records')}"
    return rows.iloc[0]


def test_every_seed_loads_without_errors(corpus):
    assert sorted(Path(p).name for p in corpus.articles["path"]) == sorted(EXPECTED)
    assert corpus.errors.empty
    assert corpus.articles["article_id"].is_unique


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_seed_metadata(corpus, name):
    row, want = _row(corpus, name), EXPECTED[name]
    for key in ("outlet", "published", "byline", "title"):
        got = row[key]
        if want[key] is None:
            assert pd.isna(got), f"{key}: expected missing, got {got!r}"
        else:
            # dates typed
            assert got == (pd.Timestamp(want[key]) if key == "published" else want[key]), key
    # Every value says where it came from; a missing value has no source.
    for key in ("outlet", "published", "byline"):
        assert pd.isna(row[key]) == pd.isna(row[f"{key}_source"])


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_seed_body_is_free_of_residue(corpus, name):
    row, want = _row(corpus, name), EXPECTED[name]
    text = row["text"]
    for line in want["residue"]:
        assert line not in text, line
    # The headline leads the text, unless it was only guessed from the URL slug.
    head = f"{want['title']}\n\n" if want["title"] and row["title_source"] != "url_slug" else ""
    assert text.startswith(head + want["first"])
    # photo captions are kept after the body (issue 14), never lost
    caps = list(row["captions"]) if isinstance(row["captions"], (list, tuple)) else []
    body = text[: text.rindex(caps[0])] if caps else text
    assert body.rstrip().endswith(want["last"])
    assert row["n_words"] == len(text.split())


def test_seed_sources_are_named(corpus):
    src = dict(zip(corpus.articles["path"].map(lambda p: Path(p).name),
                   corpus.articles["outlet_source"]))
    assert src["003_ce9a2c8aa6fc61f9.txt"] == "byline_line"
    assert src["002_2971d3a31cdee030.txt"] == "welcome_banner"
    assert src["004_a4529d2b956ebbfb.txt"] == "credit"
