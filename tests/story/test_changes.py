import dataclasses

import pandas as pd

from analysis.frames import conform
from analysis.story import changes
from report_frames import articles, claim, claims, corpus, entities


def test_first_run_has_nothing_to_compare():
    ch = changes.compare(None, corpus())
    assert ch.first_run and "First build" in ch.summary_line()


def test_same_corpus_nothing_changed():
    ch = changes.compare(corpus(), corpus())
    assert ch.nothing and ch.summary_line() == "Nothing changed since the previous build."


def test_added_article_entity_and_claims_are_reported():
    extra = {"article_id": "a4", "path": "in/harbour_news.txt", "outlet": "Harbour News",
             "title": "Survivors speak",
             "published": "2023-08-03"}
    ent = pd.concat([entities(), conform("entities", pd.DataFrame([
        {"entity_id": "E9", "canonical": "Port Authority", "label": "ORG", "n_mentions": 2,
         "n_articles": 1}]))])
    new = dataclasses.replace(corpus(), articles=articles([extra]), entities=ent,
                              claims=claims([claim("a4", 57.0, "released")]))
    ch = changes.compare(corpus(), new)
    assert list(ch.new_articles["source"]) == ["Harbour News"]
    assert list(ch.new_entities["entity"]) == ["Port Authority"]
    assert list(ch.new_claims["source"]) == ["Harbour News"]
    assert ch.removed_articles.empty and ch.changed_claims.empty


def test_changed_claim_shows_what_it_was():
    old = corpus()
    c = claims()
    c.loc[(c["article_id"] == "a2") & (c["kind"] == "remaining"), "value"] = 15.0
    ch = changes.compare(old, corpus(claims=c))
    assert len(ch.changed_claims) == 1
    row = ch.changed_claims.iloc[0]
    assert row["figure"] == "15" and row["was"] == "value: 9"
    # at least 12 and exactly 15 agree: the 'remaining' conflict vanished
    assert list(ch.conflicts_vanished["kind"]) == ["remaining"] and ch.conflicts_appeared.empty


def test_removed_article():
    old = corpus()
    new = corpus(articles=old.articles[old.articles["article_id"] != "a3"],
                 claims=old.claims[old.claims["article_id"] != "a3"])
    ch = changes.compare(old, new)
    assert list(ch.removed_articles["file"]) == ["notes_0042.txt"]
    assert len(ch.removed_claims) == 2
    assert list(ch.conflicts_vanished["kind"]) == ["released"]
