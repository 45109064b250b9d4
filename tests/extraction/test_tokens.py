"""One singular rule for the claims' people nouns and the story's head nouns
(:func:`analysis.extraction.claims.tokens.singular`)."""
import pytest

from analysis.extraction.claims.tokens import singular
from analysis.story.rows import _head


@pytest.mark.parametrize("word, one", [
    ("prisoners", "prisoner"), ("Prisoners", "Prisoner"), ("parties", "party"), ("lies", "lie"),
    ("firemen", "fireman"), ("hostess", "hostess"), ("pow", "pow"), ("buses", "bus"),
    ("witnesses", "witness"), ("coaches", "coach"), ("nurses", "nurse"), ("boxes", "box"),
])
def test_singular(word, one):
    assert singular(word) == one


def test_the_story_keeps_men_plurals_its_noun_lists_hold():
    assert singular("servicemen", keep_men=True) == "servicemen"
    assert singular("militias", keep_men=True) == "militia"
    # the head noun of what a claim counts reads the same rule
    assert _head("political prisoners") == "prisoner"
    assert _head("prisoners of war") == "prisoner"
    assert _head("crew members") == "crew"
    assert _head("freed servicemen") == "servicemen"
    assert _head("opposition parties") == "party"
