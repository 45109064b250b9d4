"""One registry of readers: text and web pages, .docx, and tables (CSV, JSON Lines) of one
article per row with loosely matched columns; a bad row is an error row naming file and row."""
from pathlib import Path

import pandas as pd
import pytest

from analysis import load_corpus
from analysis.loading import readers
from analysis.loading.ingest import ArticleError

FIXTURES = Path(__file__).parents[1] / "fixtures" / "readers"


def _docx(path: Path, paragraphs: list[str], title: str = "") -> Path:
    import docx

    d = docx.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    d.core_properties.title = title
    d.save(path)
    return path


@pytest.mark.parametrize("headers, expected", [
    (["Headline", "Article Body", "Source Name", "Publication Date", "Link", "Author"],
     {"title": "Headline", "text": "Article Body", "outlet": "Source Name",
      "published": "Publication Date",
      "url": "Link", "byline": "Author"}),
    (["title", "content", "publisher", "published_at", "url"],
     {"title": "title", "text": "content", "outlet": "publisher", "published": "published_at",
      "url": "url"}),
    (["HEADLINE", "BODY", "PUBLICATION", "DATE", "BYLINE"],
     {"title": "HEADLINE", "text": "BODY", "outlet": "PUBLICATION", "published": "DATE",
      "byline": "BYLINE"}),
    (["SOURCEURL", "full_text", "seendate"], {"url": "SOURCEURL", "text": "full_text",
                                              "published": "seendate"}),
    (["id", "notes"], {}),
])
def test_columns_are_matched_loosely(headers, expected):
    assert readers.match_columns(headers) == expected


def test_the_registry_chooses_by_suffix_or_sniffed_type(tmp_path):
    assert readers.reader_for("a.txt").name == "text or web page"
    assert readers.reader_for("a.HTML").name == "text or web page"
    assert readers.reader_for("a.csv").name.startswith("CSV")
    assert readers.reader_for("a.jsonl").name.startswith("JSON Lines")
    assert readers.reader_for(f"a.csv{readers.ROW_MARK}3").name.startswith("CSV")
    assert readers.reader_for("a.pdf") is None
    word = _docx(tmp_path / "memo", ["The memo says the dam held."])  # no suffix: sniffed
    assert readers.reader_for(word).name == "Word document"
    (tmp_path / "plain").write_text("A plain note about the dam.")
    assert readers.reader_for(tmp_path / "plain").name == "text or web page"
    assert {".txt", ".html", ".docx", ".csv", ".jsonl"} <= readers.article_suffixes()


def test_a_docx_is_one_article_with_its_title(tmp_path):
    p = _docx(tmp_path / "briefing.docx", ["Lake Orrin briefing", "",
                                           "The water authority said 120 homes were evacuated on "
                                           "Tuesday."],
              title="Lake Orrin briefing")
    raw = readers.read(p)
    assert raw.text.splitlines() == ["Lake Orrin briefing",
                                     "The water authority said 120 homes were evacuated on "
                                     "Tuesday."]
    assert (raw.meta == {"title": "Lake Orrin briefing"}
            and raw.meta_source == {"title": "docx_properties"})


def test_a_broken_docx_is_an_error_not_a_crash(tmp_path):
    p = tmp_path / "broken.docx"
    p.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(ArticleError, match="not a readable Word document"):
        readers.read(p)


def test_discover_expands_tables_into_rows():
    files, errors = readers.discover(FIXTURES)
    names = [f.name for f in files]
    assert names == ["export.csv#row=1", "export.csv#row=2", "export.csv#row=3",
                     "feed.jsonl#row=1", "feed.jsonl#row=2", "feed.jsonl#row=3"]
    assert [(Path(e["path"]).name, e["stage"]) for e in errors] == [("no_text.csv", "read")]
    assert ("no column holds the article text" in errors[0]["message"]
            and "title, source" in errors[0]["message"])


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("mixed")
    for p in FIXTURES.iterdir():
        (folder / p.name).write_bytes(p.read_bytes())
    _docx(folder / "briefing.docx", ["Lake Orrin briefing",
                                     "The water authority said 120 homes were evacuated on "
                                     "Tuesday, April 8, 2031."],
          title="Lake Orrin briefing")
    return load_corpus(folder, cache=False)


def test_every_good_row_is_an_article_with_its_metadata(corpus):
    arts = corpus.articles.set_index(corpus.articles["path"].map(lambda p: Path(p).name))
    assert sorted(arts.index) == ["briefing.docx", "export.csv#row=1", "export.csv#row=2",
                                  "feed.jsonl#row=1"]
    row = arts.loc["export.csv#row=1"]
    assert (row["outlet"], row["title"], row["published"], row["url"], row["byline"]) == (
        "Orrin Valley Times", "Dam gates opened at Lake Orrin", pd.Timestamp("2031-04-08"),
        "https://orrin.example/dam",
        "Petra Voss")
    assert row["outlet_source"] == "table" and "spillway gates" in row["text"]
    assert arts.loc["export.csv#row=2", "published"] == pd.Timestamp("2031-04-10")
    line = arts.loc["feed.jsonl#row=1"]
    assert (line["outlet"], line["published"]) == ("Lakeshore Wire", pd.Timestamp("2031-04-11"))
    assert arts.loc["briefing.docx", "title"] == "Lake Orrin briefing"
    # the rows are analysed like any article
    counted = set(corpus.claims["value"])
    assert {120.0, 40.0, 80.0} <= counted


def test_a_row_that_cannot_be_read_is_an_error_naming_file_and_row(corpus):
    errs = {Path(p).name: m for p, m in zip(corpus.errors["path"], corpus.errors["message"])}
    assert errs["export.csv#row=3"] == "row 3 of export.csv: the 'Article Body' column is empty"
    assert errs["feed.jsonl#row=2"].startswith("row 2 of feed.jsonl: not valid JSON")
    assert errs["feed.jsonl#row=3"] == "row 3 of feed.jsonl: not a JSON object"
    assert errs["no_text.csv"].startswith("no column holds the article text")
    n_entries = len(corpus.articles) + len(corpus.errors)
    assert n_entries == 4 + 4  # every row and file is an article or an error, none dropped


def test_articles_csv_stays_a_sidecar_table(tmp_path):
    (tmp_path / "a.txt").write_text("Harbour wall rebuilt after the storm, the council said on "
                                    "Monday.")
    (tmp_path / "articles.csv").write_text("file,outlet\na.txt,Coast Chronicle\n")
    c = load_corpus(tmp_path, cache=False)
    assert list(c.articles["outlet"]) == ["Coast Chronicle"] and c.errors.empty
