"""The registry of kinds: one place to add a kind, read by claims, agreement and reports."""
import pandas as pd
import pytest

from analysis import kinds
from analysis.extraction.claims import extract_claims
from analysis.frames import conform
from analysis.reporting import charts
from analysis.story import agreement, summary

#: A kind no story in the repository uses: people bought free by a ransom, timed.
RANSOMED = kinds.Kind("ransomed", "ransomed", verbs=frozenset({"ransom"}),
                      nouns=frozenset({"ransoming"}),
                      precedence=35, timed=True)
TEXTS = {
    "a1": "Families ransomed 12 hostages from the gang in June, police said.",
    "a2": "Relatives ransomed 14 hostages from the gang in June, a village chief said.",
}


def _claims(nlp):
    rows = [r for aid, text in TEXTS.items() for r in extract_claims(nlp(text), aid)]
    return conform("claims", pd.DataFrame(rows))


def _articles():
    return conform("articles", pd.DataFrame([
        {"article_id": aid, "path": f"in/{aid}.txt", "outlet": f"Outlet {aid}", "title": None,
         "published": None, "n_words": 12} for aid in TEXTS]))


def test_a_kind_added_to_a_registry_is_extracted_grouped_ordered_and_charted(nlp):
    reg = kinds.DEFAULT.with_kind(RANSOMED, before=kinds.REMAINING)
    before = _claims(nlp)
    assert "ransomed" not in set(before["kind"])  # the default registry does not know it
    with kinds.use(reg):
        claims = _claims(nlp)
        assert list(claims["kind"]) == ["ransomed", "ransomed"]
        st = agreement.synthesise(claims, _articles())
        groups = st["claim_groups"]
        g = groups[groups["kind"] == "ransomed"]
        assert len(g) == 1 and g.iloc[0]["verdict"] == "conflict" and g.iloc[0]["n_sources"] == 2
        assert g.iloc[0]["when"] == "june"  # a timed kind is told apart by its time phrase
        # shown where the registry puts it, not alphabetically after the known kinds
        order = summary.kind_order(["other", "remaining", "ransomed", "released"])
        assert order == ["released", "ransomed", "remaining", "other"]
        fig = charts.counts_by_source(groups, st["group_sources"], st["group_figures"],
                                      _articles())
        titles = [ax.get_title(loc=loc) for ax in fig.axes for loc in ("left", "center")]
        assert any("ransomed" in t for t in titles), titles
    assert kinds.registry() is kinds.DEFAULT


def test_the_default_registry_keeps_the_scored_vocabulary():
    assert kinds.names() == ["released", "transferred", "remaining", "demanded", "earlier_release",
                             "foreign_nationals", "other"]
    assert kinds.timed() == {"earlier_release"}
    assert [k.name for k in kinds.cued()] == ["demanded", "remaining", "transferred", "released"]


def test_a_kind_registered_twice_is_an_error():
    with pytest.raises(ValueError, match="twice"):
        kinds.DEFAULT.with_kind(kinds.Kind("released", "again"))


def test_headline_verb_forms_come_from_the_registry():
    reg = kinds.DEFAULT.with_kind(RANSOMED)
    with kinds.use(reg):
        assert kinds.verb_forms()["ransomed"] == "ransomed"
    assert "ransomed" not in kinds.verb_forms()
    assert kinds.verb_forms()["frees"] == "released"
