"""analysis.loading.nlp: paragraph and heading breaks are sentence boundaries (issue 14)."""
from __future__ import annotations

from analysis.loading.nlp import get_nlp


def _sents(text):
    return [s.text.strip() for s in get_nlp()(text).sents if s.text.strip()]


def test_headline_subhead_and_date_line_never_run_into_the_first_sentence():
    text = ("Ferry Crew Freed After a Week at Port Selk\n\nSKARVIK, March 14. /NORPRESS/.\n\n"
            "Eleven sailors were freed on Friday, the company said.\n"
            "Harbour Talks Resume\n"
            "The port authority said talks would resume on Monday.")
    sents = _sents(text)
    assert sents[0] == "Ferry Crew Freed After a Week at Port Selk"
    assert "Eleven sailors were freed on Friday, the company said." in sents
    assert "Harbour Talks Resume" in sents
    assert not any("NORPRESS" in s and "sailors" in s for s in sents)


def test_a_hard_wrapped_sentence_stays_one_sentence():
    text = ("The eleven crew members of the cargo ferry were released on Friday after a week of\n"
            "talks in Skarvik, the shipping company said.")
    assert len(_sents(text)) == 1


def test_each_item_of_a_list_is_a_sentence_with_its_marker():
    text = ("Figures from the exchange:\n- 240 freed by the militia\n- 180 freed by the army\n"
            "• 12 were flown abroad.\n1. Talks resume on Monday\n2) A second round in May")
    assert _sents(text) == ["Figures from the exchange:", "- 240 freed by the militia",
                            "- 180 freed by the army", "• 12 were flown abroad.",
                            "1. Talks resume on Monday", "2) A second round in May"]


def test_a_dash_inside_a_line_starts_nothing():
    text = "The group - 240 people in all - was freed on Friday, the army said."
    assert len(_sents(text)) == 1
