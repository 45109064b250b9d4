"""analysis.loading.clean: residue out of the body, metadata from the residue (issue 4 rules)."""
from __future__ import annotations

from pathlib import Path

import pytest

from analysis.extraction.pipeline import prepare
from analysis.loading.clean import clean_text, date_line, split_names
from analysis.loading.ingest import load_sidecars

META = Path(__file__).parents[1] / "fixtures" / "ingest" / "meta"
BODY = ("The Wendle river rose two metres overnight, the flood agency said on Monday.\n\n"
        "Agency director Mateus Okonkwo said 300 homes were without power.")


# --------------------------------------------------------------------------- fixture articles

@pytest.mark.parametrize("name,outlet,source", [
    ("name-line.txt", "Harbour Herald", "name_line"),
    ("copyright.txt", "Northwind Media Group", "copyright"),
    ("distributed.txt", "Lakeside Syndicate", "distributed"),
    ("with-credit.txt", "Prairie Courier", "credit"),
    ("menu-header.txt", "Glenview", "menu_header"),
    ("byline-outlet.txt", "Valley News Service", "byline_line"),
    ("dateline-agency.txt", "AP", "dateline"),
    ("page.html", "Fjordland Daily", "html_meta"),
    ("sidecar-article.txt", "Meridian Wire", "sidecar"),
])
def test_outlet_rules(name, outlet, source):
    a = prepare(META / name, load_sidecars(META)).article
    assert (a["outlet"], a["outlet_source"]) == (outlet, source)


@pytest.mark.parametrize("name", ["gazette-2031-03-14-reuters.txt", "dates-iso.txt",
                                  "page-no-date.html",
                                  "impossible-date.txt"])
def test_no_outlet_without_evidence_never_from_the_file_name(name):
    a = prepare(META / name, {}).article
    assert a["outlet"] is None and a["outlet_source"] is None


@pytest.mark.parametrize("name,published,source", [
    ("byline-and.txt", "2031-03-14", "date_line"),
    ("dates-us.txt", "2031-03-14", "published_line"),  # "Published: Mar. 14, 2031 ..."
    ("dates-iso.txt", "2031-03-14", "date_line"),
    ("dates-dotted.txt", "2031-03-14", "date_line"),
    ("updated-and-published.txt", "2031-03-14", "published_line"),  # beats updated
    # a labelled date at the foot beats a bare date at the head (a site's date of the day)
    ("publish-date-label.txt", "2031-03-14", "published_line"),
    # "world Updated: ..." under the headline beats a weather widget's date of the day above
    ("section-updated-under-a-widget-date.txt", "2031-03-14", "updated_line"),
    ("page.html", "2031-03-14", "html_meta"),
    ("sidecar-article.txt", "2031-03-15", "sidecar"),
])
def test_published_rules(name, published, source):
    a = prepare(META / name, load_sidecars(META)).article
    assert (a["published"], a["published_source"]) == (published, source)


@pytest.mark.parametrize("name", ["gazette-2031-03-14-reuters.txt", "impossible-date.txt",
                                  "page-no-date.html", "name-line.txt"])
def test_published_missing_when_the_article_states_none(name):
    a = prepare(META / name, {}).article
    assert a["published"] is None and a["published_source"] is None


def test_impossible_date_line_is_dropped_from_the_body():
    a = prepare(META / "impossible-date.txt", {}).article
    assert "31 February" not in a["text"]
    assert a["title"] == "Harvest festival postponed by a week"


@pytest.mark.parametrize("name,byline", [
    ("byline-and.txt", "Tamsin Ortega, Ravi Malhotra"),
    ("byline-outlet.txt", "Lucia Ferrante"),
    ("page.html", "Ingrid Solvang"),
])
def test_byline_names_only(name, byline):
    a = prepare(META / name, {}).article
    assert a["byline"] == byline
    assert "Minute Read" not in a["text"] and "Correspondent" not in a["text"]


# --------------------------------------------------------------------------- bylines

@pytest.mark.parametrize("line,byline,outlet,published", [
    ("By Tamsin Ortega and Ravi Malhotra", "Tamsin Ortega, Ravi Malhotra", None, None),
    ("By Ann Lee, Bo Park and Cy Moore", "Ann Lee, Bo Park, Cy Moore", None, None),
    ("By Ann Lee, Senior Correspondent | 4 Minute Read", "Ann Lee", None, None),
    ("By Ann Lee in Lisbon and Bo Park in Porto", "Ann Lee, Bo Park", None, None),
    ("By Ann Lee for The Valley Gazette", "Ann Lee", "Valley Gazette", None),
    ("By JANE MORROW | December 13, 2030", "Jane Morrow", None, "2030-12-13"),
    ("Written by Ann Lee, Tide News Service, 13 Dec 2030 10:00 GMT", "Ann Lee",
     "Tide News Service",
     "2030-12-13"),
    ("Ilse Varga, Tomas Rieger, Delta Press Agency on", "Ilse Varga, Tomas Rieger",
     "Delta Press Agency", None),
    # wire style: names in capitals, the last one run into the agency's name
    ("By ILSE VARGA and TOMAS RIEGER Associated Press", "Ilse Varga, Tomas Rieger",
     "Associated Press", None),
    ("By ANN LEE Tide News Service", "Ann Lee", "Tide News Service", None),
    # an outlet's own byline with the agency it draws on
    ("By Tide News with AP", None, "Tide News", None),
    ("By Ann Lee with Reuters", "Ann Lee", "Reuters", None),
    # an outlet's editors with unnamed wires: the outlet, and no person
    ("By Tide Editors and Wire Services", None, "Tide", None),
    ("By Ann Lee and agencies", "Ann Lee", None, None),
    # "By:" with a colon
    ("By: AFP", None, "AFP", None),
    ("By: Ann Lee", "Ann Lee", None, None),
    ("By: JANE MORROW | December 13, 2030", "Jane Morrow", None, "2030-12-13"),
])
def test_byline_lines(line, byline, outlet, published):
    c = clean_text(f"Flood defences hold in the lower valley\n\n{line}\n\n{BODY}")
    assert c.meta.get("byline") == byline
    assert c.meta.get("outlet") == outlet
    assert c.meta.get("published") == published
    assert line not in c.body


@pytest.mark.parametrize("sentence", [
    "By Tuesday, the water had reached the market square.",
    "By then, 40 families had left.",
    "By Ann Lee's own count, the dam had held for 30 years.",
])
def test_sentences_starting_with_by_stay_in_the_body(sentence):
    c = clean_text(f"{BODY}\n\n{sentence}")
    assert sentence in c.body
    assert "byline" not in c.meta


def test_split_names_drops_titles_outlets_and_reading_time():
    assert (split_names("Mirela Dobos, Staff Writer; Ivo Kral and Reuters | 3 min read")
            == ["Mirela Dobos", "Ivo Kral"])


def test_reporting_credits_are_people_not_body():
    c = clean_text(f"{BODY}\n\nReporting by Ilse Varga in Brno and Tomas Rieger; Editing by Hana "
                   "Novak")
    assert c.credits == ["Ilse Varga", "Tomas Rieger", "Hana Novak"]
    assert "Reporting by" not in c.body
    assert "byline" not in c.meta


# --------------------------------------------------------------------------- ranking of evidence

def test_byline_outlet_beats_copyright_beats_menu_header():
    text = (f"Top Stories\n/\nNewsHub\n\nFlood defences hold in the lower valley\n\n"
            f"Ilse Varga, Delta Press Agency on\n\n{BODY}\n\n©2030 Delta Holdings Ltd.")
    c = clean_text(text)
    assert (c.meta["outlet"], c.meta_source["outlet"]) == ("Delta Press Agency", "byline_line")
    offered = {(v, s) for k, v, s in c.offers if k == "outlet"}
    assert {("Delta Holdings", "copyright"), ("NewsHub", "menu_header")} <= offered


def test_copyright_beats_distributor():
    c = clean_text(f"{BODY}\n\n© 2030 Coastline Post. Distributed by Lakeside Syndicate, LLC.")
    assert c.meta["outlet"] == "Coastline Post"


def test_section_words_are_not_outlets():
    c = clean_text("Menu\n\nWorld\n\nPolitics\n\nFlood defences hold in the lower "
                   f"valley\n\n{BODY}")
    assert "outlet" not in c.meta
    assert "World" not in c.body and "Politics" not in c.body


def test_lone_word_without_a_menu_is_not_a_site_header():
    c = clean_text(f"Marrowby\n\n{BODY}")
    assert "outlet" not in c.meta


# --------------------------------------------------------------------------- residue

def test_residue_lines_leave_the_body():
    residue = ["Menu", "Search", "|   Weather", "Share on Facebook",
               "See also: Ten rivers to watch",
               "- Dam warnings: what you need to know", "Published in News & Features",
               "blog comments powered by Disqus", "Comments",
               "We use cookies to improve your experience",
               "Photo: Jan Novak / Getty Images", "Sign up for our daily briefing", "Back to top",
               "———",
               "3 min read"]
    text = "\n".join(["14 March 2031", "river-rises-two-metres-in-night-flood", "",
                      "Flood defences hold in the lower valley",
                      ""] + residue[:6] + ["", BODY, ""] + residue[6:])
    c = clean_text(text)
    for line in residue + ["14 March 2031", "river-rises-two-metres-in-night-flood"]:
        assert line not in c.body, line
    assert c.body.startswith("The Wendle river rose two metres overnight")
    assert c.body.endswith("300 homes were without power.")
    assert (c.meta["published"] == "2031-03-14" and c.meta["url_slug"]
            == "river-rises-two-metres-in-night-flood")
    assert c.title == "Flood defences hold in the lower valley"


def test_repeated_title_is_dropped_once_and_markdown_heading_cleaned():
    c = clean_text("# Flood defences hold in the lower valley\n\nFlood defences hold in the "
                   f"lower valley\n\n{BODY}")
    assert c.title == "Flood defences hold in the lower valley"
    assert "Flood defences hold" not in c.body


def test_body_sentences_with_residue_words_are_kept():
    body = ("Residents were asked to share water and follow the news on local radio.\n\n"
            "The copyright office said the archive survived.")
    assert clean_text(body).body == body


# --------------------------------------------------------------------------- date lines

@pytest.mark.parametrize("line,iso", [
    ("13 December, 2030", "2030-12-13"),
    ("Saturday, 13 December 2030", "2030-12-13"),
    ("Dec. 13, 2030", "2030-12-13"),
    ("Published: Dec. 13, 2030 10:00 a.m. ET", "2030-12-13"),
    ("December 13, 2030 at 4:15 PM", "2030-12-13"),
    ("Posted on 13 Dec 2030, 14:05", "2030-12-13"),
    ("Saturday 13 December 2030 10.00 GMT", "2030-12-13"),
    ("2030-12-13", "2030-12-13"),
    ("2030-12-13T08:30:00Z", "2030-12-13"),
    ("2030-12-13 08:30:00+02:00", "2030-12-13"),
    ("13.12.2030", "2030-12-13"),
    ("12/13/2030", "2030-12-13"),
    ("13/12/2030", "2030-12-13"),
    ("Updated 2030/12/13", "2030-12-13"),
    # copied wire page, glued
    ("December 13, 20306:05 PM GMT+1Updated 2 hours ago", "2030-12-13"),
    ("Updated 3:14 PM GMT+1, December 13, 2030", "2030-12-13"),
    ("December 13, 2030 / 10:11 AM / Updated 3 hours ago", "2030-12-13"),
    ("13 Dec 2030 • 3 min read", "2030-12-13"),
    ("13 Dec, 2030 | 09:41 IST", "2030-12-13"),
    ("Last modified on Fri 13 Dec 2030 12.31 GMT", "2030-12-13"),
    ("12.13.2030", "2030-12-13"),
    ("03.04.2030", "2030-04-03"),   # dotted: day first by convention
])
def test_date_line_formats(line, iso):
    assert date_line(line) == (iso, True)


@pytest.mark.parametrize("line", ["31 February 2031", "February 30, 2031", "2031-02-29",
                                  "2031-13-01",
                                  "31.06.2031", "April 31, 2031", "03/04/2031", "0000-01-01"])
def test_impossible_or_ambiguous_dates_are_shaped_but_not_dated(line):
    assert date_line(line) == (None, True)


@pytest.mark.parametrize("line", ["The river rose 2 metres in 2030.", "Flood 2030: what we know",
                                  "Call 555-1234 for help", "Page 2 of 3", "", "12 | 2030",
                                  "Sport / 13 Dec 2030 / Football", "Gate 4 | Terminal 2"])
def test_other_lines_are_not_date_lines(line):
    assert date_line(line) == (None, False)


def test_date_lines_elsewhere_are_residue_and_a_footer_date_is_a_last_resort():
    c = clean_text(f"{BODY}\n\n13 March 2031\n\nThe dam held.\n\nThe road reopened.\n\nPosted: 14 "
                   "March 2031")
    assert "13 March 2031" not in c.body and "Posted" not in c.body
    assert (c.meta["published"], c.meta_source["published"]) == ("2031-03-14", "date_line_end")
    top = clean_text(f"12 March 2031\n\n{BODY}\n\nPosted: 14 March 2031")
    assert top.meta["published"] == "2031-03-12"


@pytest.mark.parametrize("line", ["Breaking News", "Live updates", "Press release", "World News"])
def test_furniture_that_sounds_like_an_outlet_is_not_one(line):
    c = clean_text(f"{line}\n\nFlood defences hold in the lower valley\n\n{BODY}")
    assert "outlet" not in c.meta
    assert line not in c.body


@pytest.mark.parametrize("line,outlet", [
    ("This article was originally published by The Valley Gazette.", "Valley Gazette"),
    ("Originally published in Tide Times on 13 March 2031", "Tide Times"),
    ("— Delta Press Agency", "Delta Press Agency"),
    ("Source: Tide News Service", "Tide News Service"),
])
def test_credit_lines_give_the_outlet(line, outlet):
    c = clean_text(f"{BODY}\n\n{line}")
    assert c.meta.get("outlet") == outlet
    assert line not in c.body


def test_outlet_name_line_after_the_title():
    c = clean_text(f"Flood defences hold in the lower valley\n\nTide Times\n\n{BODY}")
    assert (c.meta.get("outlet"), c.meta_source.get("outlet")) == ("Tide Times", "name_line")
    assert c.title == "Flood defences hold in the lower valley"


def test_a_dash_before_a_person_is_not_an_outlet():
    c = clean_text(f"{BODY}\n\n— Mateus Okonkwo")
    assert "outlet" not in c.meta


@pytest.mark.parametrize("line", ["(Tide Times reported that the dam held)",
                                  "(Delta Press Agency contributed to this report.)"])
def test_parenthetical_sentences_do_not_become_outlets(line):
    c = clean_text(f"{BODY}\n\n{line}")
    assert "outlet" not in c.meta


def test_contribution_lines_are_credits():
    c = clean_text(f"{BODY}\n\nIlse Varga and The Associated Press contributed to this report.")
    assert c.credits == ["Ilse Varga"]
    assert "contributed" not in c.body


WEB_FURNITURE = [
    "Story continues below advertisement", "Continue reading", "Skip Ad",
    "Listen to this article · 4 min",
    "Watch: Rescue boats reach the old town", "Download the app", "All rights reserved.",
    "Contact us",
    "Trending Now", "Most Popular", "You may also like", "More from Tide Times",
    "Our Standards: The Tide News Trust Principles.", "Follow Tide Times on Instagram",
    "Image caption",
    "Sandbags line the river bank in the lower valley. (Photo by Jan Novak/Getty Images)",
    "Rescuers carry a child through the water on Monday. Jan Novak/AFP via Getty Images",
    "Families wait outside the jail for about 900 prisoners to be freed. Ann Vik/dpa",
    "Boats line the harbour at dawn. EFE/Jan Novak",
]


@pytest.mark.parametrize("line", WEB_FURNITURE)
def test_web_furniture_lines_leave_the_body(line):
    c = clean_text(f"{BODY}\n\n{line}\n\nThe dam held, engineers said.")
    assert line not in c.body
    assert "The dam held, engineers said." in c.body


@pytest.mark.parametrize("line", [
    "Residents watched as the water reached the bakery on Main Street.",
    "Reporters from Tide Times and Delta Press Agency were at the scene.",
    "The photo agency said it would publish the images on Friday.",
    "More from the council is expected next week, the mayor said.",
    "More from the council.",
    "Video footage showed rescuers carrying a child.",
    "Follow the river path for two miles.",
    "Image rights were sold to a local paper",
    "The mayor thanked the volunteers (pictured)",
])
def test_prose_that_mentions_furniture_words_stays(line):
    c = clean_text(f"{BODY}\n\n{line}")
    assert line in c.body


@pytest.mark.parametrize("line", [
    "The bakery sold 300 cookies on Saturday.",
    "Related talks are expected in Geneva next week.",
    "Watch officials said the river would crest on Tuesday.",
    "The council said its privacy rules had not changed.",
])
def test_sentences_with_residue_cue_words_stay(line):
    assert line in clean_text(f"{BODY}\n\n{line}").body


def test_wrapped_signup_box_is_removed_entirely():
    c = clean_text(f"{BODY}\n\nSign up for our weekly digest of the biggest\nstories from the "
                   "river valley.")
    assert "Sign up" not in c.body and "stories from the river valley" not in c.body
    assert c.body.endswith("300 homes were without power.")


@pytest.mark.parametrize("line", ["We use cookies to give you the best experience. Accept all "
                                  "cookies",
                                  "Related: Five towns prepare for the flood", "Watch",
                                  "Recommended stories"])
def test_cookie_and_related_furniture_goes(line):
    assert line not in clean_text(f"{BODY}\n\n{line}").body


# --------------------------------------------------------------------------- held-out shapes

def test_site_name_at_the_end_of_a_saved_title_is_the_outlet():
    c = clean_text(f"Dam holds after record rain | Environment | The Lowland Ledger\n\n{BODY}")
    assert (c.meta.get("outlet"), c.meta_source.get("outlet")) == ("Lowland Ledger",
                                                                   "title_suffix")
    assert c.title == "Dam holds after record rain"
    # a section or a date at the end is not a site; a name line still beats the title
    assert "outlet" not in clean_text(f"Dam holds after record rain | World\n\n{BODY}").meta
    c = clean_text(f"Dam holds after record rain | The Lowland Ledger\n\nRiver Post\n\n{BODY}")
    assert c.meta.get("outlet") == "River Post"


def test_date_line_under_a_standfirst_and_a_name_in_place_byline():
    text = ("Dam holds after record rain\n\nEngineers say the wall will need months of repairs\n\n"
            f"Ilse Moreau in Ghent\n\nWednesday 9 April 2031 07.45 BST\n\n{BODY}\n\n{BODY}")
    c = clean_text(text)
    assert (c.meta.get("published"), c.meta_source.get("published")) == ("2031-04-09",
                                                                         "date_line_head")
    assert "07.45" not in c.body
    # after the story has started, a lone date line is furniture, not the publication date
    late = clean_text(f"Dam holds after record rain\n\n{BODY}\n\n{BODY}\n\n9 April "
                      f"2031\n\n{BODY}\n\n{BODY}\n\nEnd.")
    assert "published" not in late.meta


@pytest.mark.parametrize("line,outlet", [("NewsDesk Staff | World", "NewsDesk"),
                                         ("By Tide Times staff", "Tide Times")])
def test_staff_byline_names_the_outlet(line, outlet):
    c = clean_text(f"Dam holds after record rain\n\n{line}\n\n{BODY}")
    assert (c.meta.get("outlet"), c.meta_source.get("outlet")) == (outlet, "staff_line")
    assert line not in c.body


@pytest.mark.parametrize("line", ["The staff", "Our staff", "World Staff"])
def test_staff_lines_without_an_outlet_give_none(line):
    assert "outlet" not in clean_text(f"Dam holds after record rain\n\n{line}\n\n{BODY}").meta


@pytest.mark.parametrize("line", ["Home | World | Africa | Chad", "News / Europe / Moldova",
                                  "Home › Sport › Rowing"])
def test_a_row_of_short_links_is_a_breadcrumb(line):
    c = clean_text(f"{line}\n\n{BODY}")
    assert line not in c.body and ("breadcrumb", line) in c.removed


@pytest.mark.parametrize("line", ["Dam holds after record rain | World news | The Lowland Ledger",
                                  "Prices rose | wages fell | markets slid for a third day"])
def test_pipes_in_longer_lines_are_not_breadcrumbs(line):
    assert ("breadcrumb", line) not in clean_text(f"{line}\n\n{BODY}").removed


@pytest.mark.parametrize("line", ["Tags: Chad, Rebels, Hostage Deal",
                                  "Topics: floods, Wendle river",
                                  "Explore more on these topics"])
def test_tag_lines_are_residue(line):
    c = clean_text(f"{BODY}\n\n{line}")
    assert line not in c.body and ("tags", line) in c.removed


def test_a_sentence_about_tags_stays():
    line = "Tags on the released birds showed they flew 300 km."
    assert line in clean_text(f"{BODY}\n\n{line}").body


@pytest.mark.parametrize("line,outlet", [("Delta Digest | World news", "Delta Digest"),
                                         ("Harbour Ledger · Europe", "Harbour Ledger"),
                                         ("SAHEL NEWSWIRE", "SAHEL NEWSWIRE")])
def test_name_line_with_a_section_or_in_capitals(line, outlet):
    c = clean_text(f"Dam holds after record rain\n\n{line}\n\n{BODY}")
    assert (c.meta.get("outlet"), c.meta_source.get("outlet")) == (outlet, "name_line")
    assert line not in c.body


@pytest.mark.parametrize("masthead,outlet", [("Diario del Valle", "Diario del Valle"),
                                              ("Costa Noticias - English edition",
                                               "Costa Noticias"),
                                              ("Folha do Porto", "Folha do Porto")])
def test_a_masthead_in_another_language_names_the_outlet_not_the_title(masthead, outlet):
    c = clean_text(f"{masthead}\n\nDam holds after record rain\n\nBy Ana Ruiz\n\n{BODY}")
    assert (c.meta.get("outlet"), c.title) == (outlet, "Dam holds after record rain")


def test_a_name_line_needs_only_sections_after_its_pipe():
    c = clean_text(f"Dam holds after record rain\n\nDelta Digest | Mateus Okonkwo\n\n{BODY}")
    assert c.meta_source.get("outlet") != "name_line"


def test_a_list_the_article_introduces_is_content_but_stray_bullets_are_links():
    text = (
        "Rescuers reached the flooded mine shaft on Thursday after a week of pumping water.\n"
        "What the rescue teams reported:\n"
        "- 31 miners brought to the surface alive, the mine operator said\n"
        "- 4 still missing in the lower gallery\n"
        "The regional governor thanked the volunteers who joined the effort.\n"
        "- Flood season: why the valley keeps drowning\n"
        "Pumping will continue through the weekend.\n"
    )
    c = clean_text(text)
    assert "- 31 miners brought to the surface alive, the mine operator said" in c.body
    assert "- 4 still missing in the lower gallery" in c.body
    assert "Flood season" not in c.body
    assert ("bullet_link", "- Flood season: why the valley keeps drowning") in c.removed


def test_bulleted_site_menu_items_are_menu_residue():
    text = ("The harbour authority reopened the northern pier after repairs on Monday.\n"
            "• Markets\n- Watchlist\n"
            "Ferries will resume their full timetable next week, the authority said.\n")
    c = clean_text(text)
    assert ("menu", "• Markets") in c.removed and ("menu", "- Watchlist") in c.removed
    assert "Markets" not in c.body and "Watchlist" not in c.body
    assert "Ferries will resume" in c.body


# --------------------------------------------------------------------------- shapes of real pages
# (issue 14)

PAGES = Path(__file__).parents[1] / "fixtures" / "ingest" / "pages"


@pytest.mark.parametrize("name,published,source", [
    ("date-run-into-headline.txt", "2031-03-14", "date_line"),
    ("numeric-and-named-date-headline.txt", "2031-03-14", "date_line"),
    ("masthead-logo-desk.txt", "2031-03-14", "date_line_head"),   # after standfirst, section, desk
    ("handle-pipe-date.txt", "2031-03-14", "byline_line"),
    ("desk-bullets-date.txt", "2031-03-14", "date_line_head"),
    ("updated-us-zone.txt", "2031-03-04", "updated_line"),        # ET: month first
    ("wire-after-standfirst.txt", "2031-03-14", "date_line"),
    # year from the article's own dates
    ("slashed-dateline.txt", "2031-03-14", "date_line_yearless"),
    ("yearless-line.txt", "2031-03-14", "date_line_yearless"),
    # "PLACE, Mar 14: ...", "Place, March 14, 2031 — ...": a place and the day before the lede
    ("dated-dateline-colon.txt", None, None),  # its year from the corpus (below)
    ("dated-dateline-dash.txt", "2031-03-14", "dateline"),
])
def test_publication_date_from_the_date_lines_of_real_pages(name, published, source):
    a = prepare(PAGES / name, {}).article
    assert (a["published"], a["published_source"]) == (published, source)


@pytest.mark.parametrize("name", ["slashed-dateline-no-year.txt", "copyright-year-only.txt"])
def test_no_publication_date_from_a_copyright_year_or_a_date_without_year_alone(name):
    a = prepare(PAGES / name, {}).article
    assert a["published"] is None and a["published_source"] is None


@pytest.mark.parametrize("name", ["slashed-dateline-no-year.txt", "dated-dateline-colon.txt"])
def test_yearless_date_line_keeps_its_month_and_day_for_the_corpus(name):
    a = prepare(PAGES / name, {}).article
    assert a["published_partial"] == "--03-14"


@pytest.mark.parametrize("name,outlet,source", [
    ("masthead-logo-desk.txt", "Harbour Herald", "masthead"),
    ("wire-after-standfirst.txt", "AP", "dateline"),
    ("by-outlet.txt", "Coastline News24", "byline_line"),
    ("from-outlet-share-prompts.txt", "Coastline Television", "source_line"),
    ("slashed-dateline.txt", "NORPRESS", "dateline"),
    ("copyright-year-only.txt", "NORPRESS", "copyright"),
])
def test_outlet_from_the_shapes_of_real_pages(name, outlet, source):
    a = prepare(PAGES / name, {}).article
    assert (a["outlet"], a["outlet_source"]) == (outlet, source)


@pytest.mark.parametrize("name", ["desk-bullets-date.txt", "handle-pipe-date.txt",
                                  "masthead-logo-desk.txt"])
def test_desk_credits_and_handles_are_neither_outlet_nor_byline(name):
    a = prepare(PAGES / name, {}).article
    assert a["byline"] is None
    assert a["outlet"] in (None, "Harbour Herald")
    assert "Desk" not in a["text"] and "Admin" not in a["text"]


def test_byline_ending_in_a_date():
    c = clean_text("Dam holds after record rain\n\nBy Ilse Moreau and Tomas Berg December 13, "
                   f"2031 4:05 PM\n\n{BODY}")
    assert c.meta["byline"] == "Ilse Moreau, Tomas Berg"
    assert (c.meta["published"], c.meta_source["published"]) == ("2031-12-13", "byline_line")
    c = clean_text(f"Dam holds after record rain\n\nBy Valley Post December 13, 2031\n\n{BODY}")
    assert (c.meta["outlet"], c.meta["published"]) == ("Valley Post", "2031-12-13")
    c = clean_text("Dam holds after record rain\n\nIlse Moreau | Valley Post | Dec 13, 2031 4:05 "
                   f"PM\n\n{BODY}")
    assert (c.meta["byline"], c.meta["outlet"], c.meta["published"]) == ("Ilse Moreau", "Valley "
                                                                         "Post", "2031-12-13")
    c = clean_text("Dam holds after record rain\n\nАнна Лебедева, Tomas Berg December 13, "
                   f"2031\n\n{BODY}")
    assert c.meta["byline"] == "Анна Лебедева, Tomas Berg"


def test_a_date_run_into_the_first_line_is_cut_off_it_and_a_sentence_starting_with_a_date_is_not():
    a = prepare(PAGES / "date-run-into-headline.txt", {}).article
    assert a["title"] == "Ferry crew freed after a week held at Port Selk"
    c = clean_text("December 13, 2031 was the coldest day of the year in Skarvik, the weather "
                   "office said.")
    assert "published" not in c.meta and c.body.startswith("December 13, 2031 was")


@pytest.mark.parametrize("line,want", [
    ("• May 23, 2031", ("2031-05-23", True)),
    ("UPDATED AT 4:44 p.m. ET on 01-04-2031", ("2031-01-04", True)),
    ("12/13/2031 December 13, 2031", ("2031-12-13", True)),
    ("03/04/2031", (None, True)),   # still ambiguous without a US zone
])
def test_date_line_shapes(line, want):
    assert date_line(line) == want


def test_captions_are_kept_at_the_end_without_their_credit_never_title_or_lede():
    a = prepare(PAGES / "wire-after-standfirst.txt", {}).article
    assert a["captions"] == ["Families of the sailors wait on the quay in Skarvik on March 10, "
                             "2031"]
    assert a["text"].endswith(a["captions"][0])
    assert a["text"].index("SKARVIK, Norland (AP)") < a["text"].index("Families of the sailors")
    assert "Northwind Images" not in a["text"]
    m = prepare(PAGES / "masthead-logo-desk.txt", {}).article
    assert (m["captions"] == ["Sailors wave from the deck"]
            and m["title"] == "Ferry crew freed after a week at Port Selk")
    c = clean_text("Ferry crew freed after a week at Port Selk\n\nTomas Berg (left) and Ilse "
                   "Moreau (right) "
                   f"arrive at the quay in Skarvik\n\n{BODY}")
    assert c.captions and c.body.startswith("The Wendle river")


def test_residue_of_real_pages_leaves_only_the_story():
    a = prepare(PAGES / "residue-chrome.txt", {}).article
    body = a["text"].split("\n\n", 1)[1]  # after the headline
    assert body == ("The eleven crew members of a cargo ferry were released on Friday, the "
                    "shipping company said."
                    "\n\nFamilies waited on the quay in Skarvik.")
    assert (a["byline"] == "Ilse Moreau" and a["title"] == "Ferry crew freed after a week at Port "
            "Selk")


def test_glued_city_dateline_becomes_its_own_paragraph():
    c = clean_text("Ferry crew freed after a week at Port Selk\n\nSKARVIK-Eleven sailors held at "
                   "Port Selk were "
                   "freed on Friday, the company said.\n\nThe company thanked the mediators.")
    assert c.body.startswith("SKARVIK\n\nEleven sailors held")


def test_a_caption_and_its_title_line_leave_the_lede_and_a_social_credit_is_cut():
    c = clean_text("Ferry crew freed after a week at Port Selk\n\nSailors wave\n\n"
                   "Sailors wave from the deck (Photo - Port Authority on social media)\n\n"
                   f"{BODY}\n\nSailors on the deck in a handout picture released March 14, 2031. "
                   "The port authority "
                   "via Telegram/via NORPRESS")
    assert c.body.startswith("The Wendle river")
    assert c.captions == ["Sailors wave from the deck",
                          "Sailors on the deck in a handout picture released March 14, 2031"]


def test_spaces_a_page_lost_are_put_back():
    c = clean_text("Ferry crew freed after a week at Port Selk\n\nThe crew was freed "
                   "onThursday,in Skarvik, "
                   "the company said of the 5,000-tonne ship.")
    assert "freed on Thursday, in Skarvik" in c.body and "5,000-tonne" in c.body


def test_reference_marks_a_copied_page_kept_are_dropped():
    c = clean_text("Ferry crew freed after a week at Port Selk\n\nThe last three sailors held "
                   "foreign passports and were flown to Norway[1][3]. The crew was freed.[12] "
                   "Officials listed [40] names.")
    assert "flown to Norway. The crew was freed. Officials listed [40] names." in c.body


def test_outlet_from_an_address_line_and_live_blog_chrome_is_residue():
    a = prepare(PAGES / "url-and-live-chrome.txt", {}).article
    assert (a["outlet"], a["outlet_source"]) == ("Harbourherald", "url_domain")
    assert a["text"] == ("Ferry crew freed: live updates\n\nThe eleven crew members of a cargo "
                         "ferry were released "
                         "on Friday, the shipping company said.\n\nFamilies waited on the quay in "
                         "Skarvik.")
    assert a["published"] is None  # a date in an address is not a date line


@pytest.mark.parametrize("url,name", [("https://apnews.com/article/x", "AP"),
                                      ("https://www.bbc.co.uk/news/x", "BBC"),
                                      ("https://en.mercopress.com/2031/03/14/x", "Mercopress"),
                                      ("https://news.example.co.uk/a", "Example")])
def test_domain_outlet(url, name):
    from analysis.loading.clean import domain_outlet
    assert domain_outlet(url) == name


@pytest.mark.parametrize("lede,first", [
    ("SKARVIK, Norland – Eleven sailors were freed on Friday.", "SKARVIK, Norland –"),
    ("SKARVIK, Norland (AP) — Eleven sailors were freed on Friday.", "SKARVIK, Norland (AP) —"),
    # no sentence after it
    ("NORPORT - the port reopened on Friday.", "NORPORT - the port reopened on Friday."),
])
def test_a_city_dateline_is_its_own_paragraph(lede, first):
    c = clean_text(f"Ferry crew freed after a week at Port Selk\n\n{lede}\n\n{BODY}")
    assert c.body.split("\n\n")[0] == first


@pytest.mark.parametrize("lede, outlet, published", [
    ("Port Selk, (NPA - Harbourpost / Harbour Point News - 14th Mar, 2031) Eleven sailors "
     "were freed on Friday.", "Harbourpost", "2031-03-14"),
    ("Port Selk, (Harbourweekly) Eleven sailors were freed on Friday.", "Harbourweekly", None),
])
def test_a_bracketed_credit_run_into_the_lede_is_its_own_paragraph(lede, outlet, published):
    """"Place, (AGENCY - Site / Site News - 9th Mar, 2031) Eleven ...": no dash after the
    credit; the dateline leaves the lede, the site (not the wire's acronym) is the outlet and
    a full date in the credit is the page's day."""
    c = clean_text(f"Ferry crew freed after a week at Port Selk\n\n{lede}\n\n{BODY}")
    assert c.body.split("\n\n")[1] == "Eleven sailors were freed on Friday."
    assert c.meta.get("outlet") == outlet
    assert c.meta.get("published") == published


@pytest.mark.parametrize("above", ["", "News Flash\n", "Breaking News\n"])
def test_a_dated_dateline_with_two_agencies_gives_the_first_and_the_day(above):
    c = clean_text(f"Ferry crew freed after a week at Port Selk\n\n{above}SKARVIK, Mar 14, 2031 "
                   f"(NPA/AFP) - Eleven sailors were freed on Friday.\n\n{BODY}")
    # a section label above the dateline is no outlet
    assert c.meta.get("outlet") == "NPA"
    assert c.meta.get("published") == "2031-03-14"


@pytest.mark.parametrize("lede, outlet", [
    ("NORPORT, April 9th. /npa/. Eleven sailors were freed.", "NPA"),
    ("(Bloomberg) -- Eleven sailors were freed.", "Bloomberg"),
    ("SKARVIK, JANUARY 4, NORPRESS. Eleven sailors were freed.", "NORPRESS"),
    ("(www.NorthSeaShipping.com) Eleven sailors were freed.", "NorthSeaShipping"),
    ("(NORTH EXAMINER) – Eleven sailors were freed.", "North Examiner"),
])
def test_the_agency_a_dateline_credits_is_the_outlet(lede, outlet):
    c = clean_text(f"Ferry crew freed after a week at Port Selk\n\n{lede}\n\n{BODY}")
    assert c.meta.get("outlet") == outlet


def test_a_parenthesis_opening_a_sentence_is_no_agency():
    c = clean_text(f"Ferry crew freed after a week at Port Selk\n\n(Eleven sailors were freed "
                   f"on Friday.) The port reopened.\n\n{BODY}")
    assert "outlet" not in c.meta


def test_a_masthead_right_under_the_headline_is_the_outlet():
    c = clean_text(f"Ferry crew freed after a week at Port Selk\nThe Harbour Review\nBy Ann Lee\n"
                   f"13 March 2031\n\n{BODY}")
    assert (c.meta.get("outlet"), c.meta.get("byline")) == ("Harbour Review", "Ann Lee")
    # further down, a capitalised three-word line is a subheading, not a masthead
    c = clean_text(f"Ferry crew freed after a week at Port Selk\n\n{BODY}\n\nThe Harbour "
                   f"Review\n\n{BODY}")
    assert "outlet" not in c.meta


def test_a_caption_without_credit_above_the_lede_is_marked():
    c = clean_text("Ferry crew freed after a week at Port Selk\n\nSKARVIK\n\nRelatives wait on "
                   "the quay at Port Selk "
                   "on March 14, 2031, ahead of the release of the crew.\n\n" + BODY)
    assert c.captions == ["Relatives wait on the quay at Port Selk on March 14, 2031, ahead of "
                          "the release of the crew."]
    assert c.body.startswith("SKARVIK\n\nThe Wendle river")
    # a lede in the past tense that states a full date is the story, not a caption
    c = clean_text("Ferry crew freed after a week at Port Selk\n\nEleven sailors were freed at "
                   "Port Selk on "
                   "March 14, 2031, the company said.\n\n" + BODY)
    assert not c.captions and c.body.startswith("Eleven sailors")


def test_a_notification_prompt_is_neither_title_nor_body_but_names_the_site():
    c = clean_text("Stay up to date with notifications from The Tide Times\n\n"
                   f"Ferry crew freed after a week at Port Selk\n\n{BODY}")
    assert c.title == "Ferry crew freed after a week at Port Selk"
    assert (c.meta["outlet"], c.meta_source["outlet"]) == ("Tide Times", "prompt")
    assert "notifications" not in c.body


def test_a_date_line_after_a_standfirst_under_the_headline_is_the_date():
    text = ("6 min read\n\nFamilies wait in the squares for news of the freed\n\n"
            "Since the decree of 30 April more than 90 detainees have been released, and "
            "hundreds of families gathered this week in the capital and elsewhere, hoping "
            "their relatives are next to walk out.\n\n12 June 2031\n\n" + BODY)
    c = clean_text(text)
    assert c.meta["published"] == "2031-06-12" and "12 June 2031" not in c.body


def test_a_date_line_deep_in_the_story_is_not_the_date():
    long = ("The river rose two metres overnight and hundreds of families left their homes "
            "in the valley, the flood agency said on Monday in its first report on the storm "
            "that has closed the only road to the coast.")
    c = clean_text("Floods close the valley road\n\n" + long + "\n\n" + long + "\n\n"
                   "12 June 2031\n\n" + BODY + "\n\n" + long + "\n\n" + long)
    assert "published" not in c.meta


@pytest.mark.parametrize("lines, outlet", [
    # a news agency written out, then the city it files from
    (["Press Trust of India Lima"], "Press Trust of India"),
    # a wire's initials under the date line
    (["date 2031-06-12", "NPA"], "NPA"),
    # the site's own skip links
    (["1. Skip to content", "2. Skip to main menu", "3. Skip to more Tide sites"], "Tide"),
    # a masthead with the site's address, after the wire's initials and its city
    (["NPA | Harbourtown", "The Valley Courier – www.valleycourier.net"], "Valley Courier"),
])
def test_credit_lines_at_the_top_name_the_outlet(lines, outlet):
    text = "\n\n".join(["Floods close the valley road after two days of rain", *lines, BODY])
    if lines[0].startswith(("date", "1.")):
        text = "\n\n".join([*lines, "Floods close the valley road after two days of rain", BODY])
    c = clean_text(text)
    assert c.meta.get("outlet") == outlet
    assert not any(line in c.body for line in lines)


def test_a_headline_repeated_under_a_page_title_with_a_site_suffix_is_residue():
    text = ("Floods close the valley road | THE VALLEY COURIER | RURITANIA\n\n"
            "Floods close the valley road\n\nThe Valley Courier – www.valleycourier.net\n\n"
            + BODY)
    c = clean_text(text)
    assert c.title == "Floods close the valley road"
    assert c.meta["outlet"] == "Valley Courier" and "Floods close" not in c.body


def test_a_long_first_line_carried_on_by_the_next_is_a_paragraph_not_a_title():
    text = ("The king of Ruritania has ordered the release of three jailed reporters and a poet "
            "as part of a holiday pardon benefiting\n1,204 convicts, a government source said "
            "on Monday.\n\n" + BODY)
    c = clean_text(text)
    assert c.title is None and "benefiting\n1,204 convicts" in c.body
    # a short headline over a lede that opens with a figure is still the title
    c = clean_text("Rebels free hostages after talks\n24 hostages were freed on Friday.\n\n"
                   + BODY)
    assert c.title == "Rebels free hostages after talks"


@pytest.mark.parametrize("name, dateline, lede", [
    ("dated-dateline-colon.txt", "SKARVIK, Mar 14", "Almost a month has passed"),
    ("dated-dateline-dash.txt", "Skarvik, March 14, 2031", "The province's prisons"),
])
def test_a_dated_dateline_is_no_part_of_the_lede(name, dateline, lede):
    paragraphs = prepare(PAGES / name, {}).article["text"].split("\n\n")
    assert paragraphs[0] == dateline and paragraphs[1].startswith(lede)


@pytest.mark.parametrize("glued, want", [
    ("The guards freed 12 farm workers.Nine hours later the bus left.",
     "The guards freed 12 farm workers. Nine hours later the bus left."),
    ('It said 24 hostages were freed.“The pain is deep,” he said.',
     'It said 24 hostages were freed. “The pain is deep,” he said.'),
    ("They were seized on Oct. 7.The count could be 11 or 12.Under the deal, 50 go home.",
     "They were seized on Oct. 7. The count could be 11 or 12. Under the deal, 50 go home."),
    # a month name run into a closing bracket: the day after it is a date, not a figure
    ("The report was filed by staff (jam)January 29, 2004 after 12 were freed.",
     "The report was filed by staff (jam) January 29, 2004 after 12 were freed."),
])
def test_sentences_a_page_ran_together_are_spaced_apart(glued, want):
    assert clean_text(glued + "\n\nA second paragraph ends here.").body.split("\n")[0] == want


@pytest.mark.parametrize("text", [
    "Officials of the U.S.Army and Mr.Lee met at 3.5 per cent of the cost, see bbc.co.uk.",
    "The owners said the crew of 12 is listed on www.NorthSeaShipping.com and news.BigPort.org.",
])
def test_abbreviations_decimals_and_addresses_stay_as_written(text):
    assert clean_text(text + "\n\nA second paragraph ends here.").body.split("\n")[0] == text


@pytest.mark.parametrize("line, cleaned", [
    ("the US freed three agents- Tarvo, Lusk and Vesk- the last three held.",
     "the US freed three agents\u2014 Tarvo, Lusk and Vesk\u2014 the last three held."),
    ("four Xians \u2013 two of them soldiers -remain held.",
     "four Xians \u2013 two of them soldiers \u2014remain held."),
    ("pre- and post-war talks", "pre- and post-war talks"),
    ("a -5 degree night", "a -5 degree night"),
    ("aged 18- to 25-year-olds", "aged 18- to 25-year-olds"),
    ("a well-known figure", "a well-known figure"),
])
def test_a_hyphen_typed_for_a_dash_becomes_a_dash(line, cleaned):
    assert clean_text(f"Title\n\n{line}\n").body.splitlines()[-1] == cleaned
