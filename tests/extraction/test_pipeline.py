"""Per-article work (prepare, extract) and the loader's progress bar."""
import io
from pathlib import Path

from analysis import corpus
from analysis.extraction import events, pipeline
from analysis.extraction.claims import extract as claims_extract
from analysis.loading.nlp import COMPONENTS, get_nlp, parse

FIXTURES = Path(__file__).parents[1] / "fixtures" / "scale"


def test_prepare_gives_an_article_row_and_a_stable_id():
    p = pipeline.prepare(FIXTURES / "harbour_strike.txt")
    q = pipeline.prepare(FIXTURES / "harbour_strike.txt")
    assert p.article["article_id"] == q.article["article_id"] == pipeline.article_id_for(p.text)
    assert p.article["title"] == "Dockworkers end nine-day strike at Port Maren"
    assert "By Ilse Varga" not in p.text and "1,200 dockworkers" in p.text
    assert p.article["n_words"] == len(p.text.split())


def test_extract_keys_every_row_to_its_article():
    p = pipeline.prepare(FIXTURES / "flood_relief.txt")
    doc = next(parse([p.text]))
    out = pipeline.extract(doc, p)
    assert set(out) == {"mentions", "claims", "events", "problems"}
    assert out["problems"] == []
    aid = p.article["article_id"]
    assert out["mentions"] and all(r["article_id"] == aid for k in ("mentions", "claims", "events")
                                   for r in out[k])
    assert any("Okafor" in r["surface"] for r in out["mentions"])


def test_the_model_is_loaded_once_with_only_the_used_components():
    nlp = get_nlp()
    assert get_nlp() is nlp
    assert set(nlp.pipe_names) <= set(COMPONENTS)
    assert {"parser", "ner"} <= set(nlp.pipe_names)


def test_progress_bar_is_off_in_tests_and_when_not_a_terminal(monkeypatch):
    assert isinstance(corpus._progress_bar(10_000, None), corpus._NoBar)
    monkeypatch.delenv("PYTEST_CURRENT_TEST", raising=False)
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setattr("sys.stderr", io.StringIO())  # not a TTY
    assert isinstance(corpus._progress_bar(10_000, None), corpus._NoBar)
    monkeypatch.setenv("CI", "true")
    assert isinstance(corpus._progress_bar(10_000, None), corpus._NoBar)
    bar = corpus._progress_bar(3, True)
    assert not isinstance(bar, corpus._NoBar)
    bar.close()


def test_an_echo_of_a_figure_in_brackets_is_one_figure(tmp_path):
    page = tmp_path / "echo.txt"
    page.write_text("Guards freed\n\nThe guards freed all twelve (12) fishermen on Monday.\n",
                    encoding="utf-8")
    p = pipeline.prepare(page)
    assert "twelve fishermen" in p.text and "(12)" not in p.text
    claims = pipeline.extract(next(parse([p.text])), p)["claims"]
    assert [(c["value"], c["kind"]) for c in claims] == [(12, "released")]


def _fails_on(real, text_of, failing: str):
    """``real``, raising for the one expression whose text holds ``failing``."""
    def wrapped(*args, **kwargs):
        if failing in text_of(*args):
            raise ValueError("no verb above the figure")
        return real(*args, **kwargs)
    return wrapped


def test_a_figure_the_rules_fail_on_is_left_out_and_told_not_dropped(tmp_path, monkeypatch):
    page = tmp_path / "two_figures.txt"
    page.write_text("Guards freed\n\nThe guards freed 12 fishermen on Monday. Tarvo moved 40 "
                    "detainees to Lusk on Tuesday.\n", encoding="utf-8")
    monkeypatch.setattr(claims_extract, "_claim", _fails_on(
        claims_extract._claim, lambda doc, aid, ns: doc.text[ns.num_start:ns.num_end], "40"))
    loaded = corpus.load_corpus(tmp_path, cache=False)
    assert list(loaded.claims["value"]) == [12]          # the other figure is kept
    assert len(loaded.articles) == 1
    err = loaded.errors
    assert list(err["stage"]) == ["claim"] and list(err["path"]) == [str(page)]
    message = err["message"].iloc[0]
    assert '"40"' in message and "left out" in message and "ValueError" in message
    assert "no verb above the figure" in message


def test_a_date_the_rules_fail_on_is_left_out_and_told(tmp_path, monkeypatch):
    page = tmp_path / "two_dates.txt"
    page.write_text("Guards freed\n\nThe guards freed 12 fishermen on Monday. Tarvo moved 40 "
                    "detainees to Lusk on 3 March 2025.\n", encoding="utf-8")
    monkeypatch.setattr(events, "_row", _fails_on(
        events._row, lambda doc, off, text, aid, start, end, *rest: text[start:end], "Monday"))
    loaded = corpus.load_corpus(tmp_path, cache=False)
    assert list(loaded.events["expression"]) == ["on 3 March 2025"]   # the other date is kept
    assert list(loaded.errors["stage"]) == ["date"]
    assert 'the date "on Monday" at characters' in loaded.errors["message"].iloc[0]
