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


def test_unstopped_lines_of_a_page_set_one_paragraph_per_line_are_their_own():
    """A page whose paragraphs are single lines ends with links to other stories, each on its
    line with no stop: each is a sentence, so a figure never takes the next line's noun
    ("Tk 142 billion" / "98 militants escaped"). A text wrapped at a width, with no line
    that long, keeps a wrapped sentence whole."""
    para = ("The ministry said on Friday that the pardoned workers would be flown home over the "
            "coming week, after their families had waited outside the embassy for news of the "
            "decision since the court sentenced them in the summer.")
    assert len(para) > 200
    text = (para + "\n\nRelated\n\nFlood damage in the delta is put at Tk 142 billion\n"
            "98 inmates escaped from two jails, 15,000 granted bail\nMinister resigns")
    sents = _sents(text)
    assert "Flood damage in the delta is put at Tk 142 billion" in sents
    assert "98 inmates escaped from two jails, 15,000 granted bail" in sents
    wrapped = ("The eleven crew members of the cargo ferry were released on Friday after a\n"
               "Skarvik court ruled, the shipping company said.")
    assert len(_sents(wrapped)) == 1


def test_a_paragraph_that_opens_on_a_figure_keeps_the_figure_in_its_sentence():
    """"28 crew members and a cook are still missing." opening a paragraph: the parser would
    end a sentence after the bare "28"; the figure and its words are one sentence. A list
    item's number stays its item's marker."""
    text = ("Ferry Crew Missing\n\n28 crew members and a cook are still missing.\n\n"
            "The coastguard said 3 more were found.")
    assert "28 crew members and a cook are still missing." in _sents(text)
    listed = "Figures from the port:\n\n1. Talks resume on Monday"
    assert _sents(listed)[-1] == "1. Talks resume on Monday"


def test_a_long_line_that_goes_on_with_a_figure_stays_one_sentence():
    """On a page of one-line paragraphs, a line as long as a paragraph that stops mid-phrase
    and goes on with a figure is one sentence ("... a royal pardon benefiting" / "2,476
    convicts, ..."); a short link title followed by a figure is not."""
    para = ("The ministry said on Friday that the pardoned workers would be flown home over the "
            "coming week, after their families had waited outside the embassy for news of the "
            "decision since the court sentenced them in the summer.")
    text = (para + "\n\nThe king of Ruritania has ordered the release of jailed reporters "
            "Tarvo Lusk and Kesra Vale as part of a royal pardon benefiting\n2,476 convicts, a "
            "government source said on Monday.\n\nRelated\n\nFlood damage is put at Tk 142 "
            "billion\n98 inmates escaped from two jails")
    sents = _sents(text)
    assert any(s.startswith("The king") and "2,476 convicts" in s for s in sents)
    assert "98 inmates escaped from two jails" in sents
