"""Articles in another language are listed with their language and metadata, but the
English model does not turn their text into entities, figures or dates."""
from pathlib import Path

import pytest

from analysis import load_corpus
from analysis.loading import language

FIXTURES = Path(__file__).parents[1] / "fixtures" / "language"


@pytest.fixture(scope="module")
def corpus():
    return load_corpus(FIXTURES, cache=False)


def _by_file(corpus, name):
    return corpus.articles[corpus.articles["path"].str.endswith(name)].iloc[0]


def test_each_article_is_listed_with_its_language(corpus):
    assert len(corpus.articles) == 3 and corpus.errors.empty
    a = corpus.articles
    langs = {Path(p).name: (lang, ok)
             for p, lang, ok in zip(a["path"], a["language"], a["analysed"])}
    assert langs == {"harbour_post.txt": ("en", True), "le_littoral.txt": ("fr", False),
                     "vestnik.txt": ("ru", False)}


def test_only_the_english_article_gives_claims_events_and_entities(corpus):
    en = _by_file(corpus, "harbour_post.txt")["article_id"]
    assert set(corpus.claims["article_id"]) == {en}
    assert set(corpus.events["article_id"]) <= {en} and len(corpus.events)
    # "jusqu'à 1 000" and "13 décembre" were never read as English figures or counts
    assert not corpus.claims["value"].isin([1.0, 0.0, 13.0]).any()
    text_mentions = corpus.mentions[corpus.mentions["field"] == "text"]
    assert len(text_mentions)
    assert set(text_mentions["article_id"]) <= {en}


def test_the_left_out_articles_are_counted_and_explained(corpus):
    rows = language.left_out(corpus.articles)
    assert sorted((Path(r["path"]).name, r["language"]) for r in rows) == [("le_littoral.txt",
                                                                            "fr"),
                                                                            ("vestnik.txt", "ru")]
    assert all("reads English only" in r["reason"] for r in rows)
    line = language.left_out_line(corpus.articles)
    assert line.startswith("2 articles not analysed") and "French 1, Russian 1" in line


def test_the_report_header_says_how_many_were_left_out(corpus):
    from analysis.reporting import notebook as nb

    markup = nb.header(corpus, {"articles": str(FIXTURES)})._repr_html_()
    assert "2 articles not analysed" in markup and "French 1" in markup


@pytest.mark.parametrize("text, code", [
    ("Le président a libéré jusqu'à 1 000 prisonniers le 13 décembre, selon l'agence.", "fr"),
    ("Президент освободил 123 заключённых в субботу, сообщило агентство.", "ru"),
    ("The president freed 123 prisoners on Saturday, the agency said.", "en"),
    ("Rescue ends", None),  # too short to be sure: read as English, as before
])
def test_detect_names_a_language_only_when_sure(text, code):
    assert language.detect(text)[0] == code
    assert language.readable(language.detect(text)[0]) is (code in ("en", None))
