"""Residue out of the body text, useful residue into metadata.

Plain text saved from web pages carries site furniture: menus, share buttons,
"See also" lines, comment widgets, copyright lines, bylines, a date line, a URL
slug. :func:`clean_text` classifies each line with the rules in ``RESIDUE`` (a
table, not an ``if`` chain: extend it there) and returns the body plus what it
learned. Each metadata value says which rule gave it; when several rules offer a
value, ``SOURCE_RANK`` decides (a byline's outlet beats a copyright owner, which
beats a site's menu header). Nothing is ever taken from the file name.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .dates import MONTH_RE, WEEKDAY_RE, make_date, month_number, parse_date_line

# Section names that head a menu block; never an outlet.
SECTION_WORDS = {"news", "world", "politics", "business", "economy", "opinion", "sport", "sports",
                 "culture", "science", "technology", "tech", "health", "europe", "asia", "africa",
                 "americas", "video", "live", "latest", "features", "analysis", "home", "menu",
                 "flash", "breaking"}
# Lines that are site furniture, matched against the stripped line (case-insensitive).
RESIDUE: list[tuple[str, re.Pattern]] = [
    ("menu", re.compile(r"^(?:[-•*]\s*|\d{1,2}\.\s+)?(menu|search|close|home|share|tweet|print|"
                        r"email|comments?|skip to (?:main )?(?:menu|navigation|search)|"
                        r"subscribe|"
                        r"log ?in|sign ?in|sign ?up|register|skip to (main )?content|"
                        r"advertisement|"
                        r"current news|latest news|breaking( news)?|world news|local news|"
                        r"top news|"
                        r"live updates|press releases?|news in brief|top stories|more|next|"
                        r"previous|back to top|"
                        r"follow us|newsletter|related|related articles|trending|most read|"
                        r"share this( article)?|share on \w+|listen|read more|show more|"
                        r"facebook|twitter|linkedin|whatsapp|telegram|copy link|markets?|"
                        r"market data|"
                        r"quotes|watchlist)\W*$", re.I)),
    ("separator", re.compile(r"^[\W_]*$")),                      # "/", "———", "|", "•"
    ("breadcrumb", re.compile(r"^[|/>»›]\s*\w[\w &-]{0,40}$")),   # "|   Politics"
    # "Home | World | Africa | Mali": three or more short links in a row
    ("breadcrumb", re.compile(r"^[\w&'’.-]+(?: [\w&'’.-]+){0,2}(?:\s*[|"
                              r"/>»›]\s*[\w&'’.-]+(?: [\w&'’.-]+){0,2}){2,}$")),
    ("see_also", re.compile(r"^[-•*–]?\s*((see also|read more|read also|also read|"
                            r"more on this)\b.*|"
                            r"(related|recommended|watch|listen)( (stories|articles|content|"
                            r"coverage|video))?"
                            r"\s*([:|»›-].*)?)$", re.I)),
    # "- Constant threat: ..." no full stop
    ("bullet_link", re.compile(r"^[-•*–]\s+[^.!?]{3,160}$")),
    ("section", re.compile(r"^(published|posted|filed|updated) (in|under|on)\b.{0,60}$", re.I)),
    ("comments", re.compile(r"^(blog )?comments( powered by \w+)?\W*$|powered by disqus", re.I)),
    ("signup", re.compile(r"^(sign up|subscribe|get (our|the) newsletter)\b.*$", re.I)),
    ("cookie", re.compile(r"^(.{0,60}\b(we use cookies|uses cookies|accept (all )?cookies|"
                          r"cookie (policy|settings|preferences|notice))\b.*|"
                          r"(privacy policy|terms of (use|service))\b.{0,80})$", re.I)),
    ("caption", re.compile(r"\b(source|photo|image|credit|picture)s?\s*:.*\b(cc[ -]by|wikimedia|"
                           r"getty|"
                           r"reuters|afp|ap photo|shutterstock|alamy|epa)\b", re.I)),
    ("reading_time", re.compile(r"^(?:less than |about )?\d+\s*(?:-| )?min(?:ute)?s?\s*read$",
                                re.I)),
    ("ad", re.compile(r"^(story continues below( this)? (advertisement|ad)|"
                      r"advertisement\W*scroll to continue|"
                      r"continue reading( below| the main story)?|skip (this )?ad|ad feedback|"
                      r"sponsored( content)?|"
                      r"promoted( content)?|loading\W*|click (here )?to (share|print|email|"
                      r"open).*|"
                      r"listen to (this )?(article|story).*|play video|watch( video| live)?\s*:.*|"
                      r"(download|get) (the|our) app\b.*|all rights reserved\W*|"
                      r"(about|contact) us|terms (and|&) conditions|trending now|most (popular|"
                      r"viewed|shared)|"
                      r"editor'?s picks|you (may|might) also like|recommended for you|read next|"
                      r"up next|"
                      r"more from (?-i:(the )?[A-Z][\w&'-]*( [A-Z][\w&'-]*){0,4})|"
                      r"our standards\b.*|"
                      r"follow (us|(?-i:[A-Z][\w.&'-]*( [A-Z][\w.&'-]*){0,4})) on \w+.*|"
                      r"(image|photo|video)( caption)?|(image|photo|video)( caption|"
                      r" credit)?\s*:.{0,80})$", re.I)),
    # photo credits at the end of a caption line: "... (Photo by Jan Novak/Getty Images)", "... Jan
    # Novak/AFP"
    ("caption", re.compile(r"(\((photo|image|picture)s?\s*(by|credit|:)[^)]{0,80}\)|"
                           r"\b[A-Z][\w.' -]{1,40}\s*/\s*(afp|reuters|ap|epa|getty images|anadolu|"
                           r"shutterstock|bloomberg|dpa|efe|xinhua|ansa|kyodo|sipa|imago|"
                           r"nurphoto)( via getty images)?\)?)\s*$", re.I)),
    # "... (Photo - Name on social media)", "... Photo by Ann Vik/Agency/NPS", "REUTERS/Ann Vik",
    # "... Credit: Agency", "(left)", "(2nd right)": a photo's caption or its credit
    ("caption", re.compile(r"(\((?:photo|image|picture)s?\s*[-–—]\s*[^)]{2,80}\)|"
                           r"\b(?:photo|picture|image)s?\s+(?:by|courtesy "
                           r"of)\s+[A-Z][^/]{1,40}/[\w .'/-]{2,60}|"
                           r"\b(?:REUTERS|AFP|AP|EPA|XINHUA|ANADOLU|DPA|EFE)/[A-Z][\w .'-]{2,40}"
                           r"\W{0,4}|"
                           r"\b(?:credit|courtesy)\s*:\s*[\w .'/&-]{2,50}|"
                           r"this image has been supplied by a third party\.?)\s*$", re.I)),
    ("caption", re.compile(r"\((?:(?:2nd|3rd|second|third|far)\s+)?(?:left|right|centre|center|L|"
                           r"R|C|C-back)\)"
                           r".{0,200}\b(?:have|has|are|is|was|were|arrive|arrives|hold|holds|pose|"
                           r"poses|stand|"
                           r"stands|walk|walks|wave|waves|speak|speaks|landed)\b", re.I)),
    # residue of real pages (issue 14): share bars, counters, teasers, prompts, banners, chrome
    # "Home » Headline"
    ("breadcrumb", re.compile(r"^home\s*[»›>|/]\s*\S.{0,200}$", re.I)),
    ("image_alt", re.compile(r"^(?:image|photo|picture|thumbnail|avatar|author avatar image|"
                             r"[\w .'’()-]{1,80}\.(?:jpe?g|png|gif|webp|avif))$", re.I)),
    ("counter", re.compile(r"^\d+(?:\s+\d+){0,3}(?:\s+(?:comments?|views?|shares?|likes?))?$",
                           re.I)),
    ("share_bar", re.compile(r"^(?:(?:share|facebook|twitter|x|whatsapp|telegram|linkedin|email|"
                             r"e-mail|reddit|"
                             r"pinterest|copy link|print|messenger|flipboard|bluesky|"
                             r"threads)\b\W*){2,}$", re.I)),
    ("hashtags", re.compile(r"^(?:#\w+[\s,]*){2,}$")),
    # "WorldUKWorldScotlandHealth"
    ("menu", re.compile(r"^(?:[A-Z][a-z]+|[A-Z]{2,3}){5,}$")),
    ("teaser", re.compile(r"^\d+\s*(?:m|h|d|mins?|hrs?|hours?|days?)\s*ago\s*\S.{0,200}$", re.I)),
    ("byline", re.compile(r"^(?:(?:senior|chief|foreign|political|international|diplomatic|news|"
                          r"staff|special|"
                          r"deputy|world|investigative|security|defence|defense|"
                          r"economics)\s+){0,3}"
                          r"(?:reporter|correspondent|editor|writer|journalist|columnist)$",
                          re.I)),
    ("signup", re.compile(r"^(?:for more (?:info|information|details|news)\b.{0,60}|"
                          r"like (?:us|(?-i:[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,4})) on \w+.*|"
                          r"(?:stay up to date|get (?:instant |breaking )?(?:news )?(?:alerts|"
                          r"notifications)|"
                          r"turn on (?:push )?notifications|allow notifications|"
                          r"enable notifications).{0,100}|"
                          r"leave a (?:comment|reply)|post a comment|edit post|"
                          r"(?:video|audio) caption\W*|source\s*:\s*(?:x|twitter|facebook|"
                          r"instagram|telegram|youtube|"
                          r"tiktok|social media)\W*|key events|show key events only|pinned post|"
                          r"(?:please )?(?:turn on|enable) javascript.{0,80}|"
                          r"(?:(?:last )?(?:updated|published|posted)\s*)?\d+\s*(?:min(?:ute)?s?|"
                          r"hours?|hrs?|days?)\s*ago|"
                          r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5}(?:[+-]\d{1,2})?)?)$",
                          re.I)),
    ("audio_notice", re.compile(r"^(?:.{0,80}\b(?:automated|synthetic|artificial|"
                                r"computer[- ]generated|"
                                r"text[- ]to[- ]speech) (?:voice|narration|audio|"
                                r"reader)\b.{0,120}|.{0,80}\b(?:ai|machine|computer|"
                                r"automatically)[- ](?:generated|produced|voiced|read)\b"
                                r".{0,40}\b(?:audio|voice|narration|listen)\b.{0,80}|"
                                r".{0,40}\b(?:audio|voice|narration)\b.{0,40}\b(?:ai|machine|"
                                r"computer|automatically)"
                                r"[- ](?:generated|produced|created|made)\b.{0,80})$", re.I)),
    ("banner", re.compile(r"^(?=(?:\S+\s+){0,30}\S+$).{0,120}\b(?:support (?:our|independent|"
                          r"quality) journalism|"
                          r"become a (?:member|subscriber|supporter|patron)|donate (?:now|today)|"
                          r"make a (?:donation|contribution)|your (?:support|donation) (?:helps|"
                          r"makes|keeps))\b.{0,200}$",
                          re.I)),
    ("caption", re.compile(r"\b(?:in this|a) handout (?:picture|photo|photograph|image)\b", re.I)),
    # lone "World"
    ("section_name", re.compile(r"^(?:%s)$" % "|".join(sorted(SECTION_WORDS)), re.I)),
    # "Tags: Yemen, Houthis, Prisoner Exchange", "Explore more on these topics"
    ("tags", re.compile(r"^(?:(?:tags?|topics?|categories|keywords|"
                        r"filed under)\s*:\s*[^.!?]{1,200}|"
                        r"explore more on these topics)$", re.I)),
]
# A caption without a credit, above the lede: a present-tense picture verb and a full date.
HEAD_CAPTION = re.compile(r"^[A-Z][^.!?]{3,160}?\b(?:take|takes|stand|stands|wait|waits|gather|"
                          r"gathers|hold|holds|"
                          r"walk|walks|arrive|arrives|pose|poses|look on|looks on|sit|sits|attend|"
                          r"attends|react|"
                          r"reacts|greet|greets|embrace|embraces|hug|hugs|carry|carries|wave|"
                          r"waves|board|boards|"
                          r"(?:is|are) (?:seen|pictured|shown))\b")
# The credit at the end of a caption (who took or owns the photo): residue, not a fact.
CAPTION_CREDIT = re.compile(r"(?:[\s.,;:|-]*(?:\((?:photos?|images?|pictures?)\b[^)]*\)|"
                            r"\b(?:source|photo|image|credit|picture|courtesy)s?\s*[:-].*|"
                            r"\b(?:photo|picture|image)s?\s+(?:by|courtesy of)\s.*|"
                            r"\b(?:REUTERS|AFP|AP|EPA|XINHUA|ANADOLU|DPA|EFE)/.*|"
                            r"\b(?-i:[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3})\s*/\s*(?:afp|reuters|"
                            r"ap|epa|getty images|"
                            r"anadolu|shutterstock|bloomberg|dpa|efe|xinhua|ansa|kyodo|sipa|imago|"
                            r"nurphoto)\b.*|"
                            r"this image has been supplied by a third party.*|"
                            r"(?<=[.!?])\s+[^.!?]{0,100}\bvia\s+[\w ]{1,30}(?:/(?:via\s+)?[\w "
                            r"]{1,30})*))+$", re.I)
SLUG = re.compile(r"^(https?://\S+/)?[a-z0-9]+(?:-[a-z0-9]+){3,}/?$")
URL = re.compile(r"^https?://\S+$")
COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}\s*(?:[-–]\s*\d{4}\s*)?)?"
                       r"(?P<owner>[^.|]+?(?:\s(?:L\.P\.|Inc\.|Ltd\.|LLC))?)"
                       r"(?:[.,|]|\s+all rights|\s*$)", re.I)
DISTRIBUTED = re.compile(r"distributed by (?P<who>[^.]+?)(?:,?\s*(?:LLC|Inc)\.?)?(?:\.|$)", re.I)
PROMPT_FROM = re.compile(r"^(?:stay up to date|get (?:the latest|breaking news|news alerts)|"
                         r"(?:turn on|allow|enable) (?:push )?notifications)\b.{0,40}?\bfrom\s+"
                         r"(?P<site>(?:the )?[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,4})\W*$", re.I)
WELCOME = re.compile(r"^welcome to (?P<site>[A-Z][\w .&-]{1,40}?)[.!]?$", re.I)
BY_LINE = re.compile(r"^(?:(?:written|words|story|text|reported|"
                     r"reporting)\s+)?by:?\s+(?P<rest>\S.{2,200})$", re.I)
# "Milda Seputyte, Aliaksandr Kudrytski, Bloomberg News on" (syndication byline)
SYNDICATION_BYLINE = re.compile(r"^(?P<names>(?:[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3},\s*)+"
                                r"[A-Z][\w'’.&-]+(?: [A-Z][\w'’.&-]+){0,4})\s+on\b.*$")
CREDIT_LINE = re.compile(r"^\(?\s*(?:with|additional) (?:assistance|reporting|contributions?) "
                         r"(?:from|by) (?P<names>[^)]+?)\.?\s*\)?\.?$", re.I)
# "Reporting by A and B in Town; Editing by C" (wire-service footer): credits, not the byline.
REPORTING_LINE = re.compile(r"^\(?\s*(?:reporting|writing|editing|"
                            r"additional reporting) by\s+(?P<names>.+?)\)?\.?$",
                            re.I)
# "Ilse Varga and The Associated Press contributed to this report."
CONTRIB_LINE = re.compile(r"^\(?\s*(?P<names>[^()]{2,200}?) contributed(?: reporting)? to this "
                          r"(?:report|story|article)\.?\s*\)?\.?$", re.I)
TRAILING_WITH = re.compile(r"\s*\((?i:with|source:?|via) (?P<who>(?i:the )?[A-Z][\w "
                           r".&'-]{2,60}?)\)\s*$")
SOURCE_LINE = re.compile(r"^(?:(?:source|via|from)\s*:|from\s+|[-–—]|"
                         r"\()\s*(?P<who>[A-Z][\w .&'-]{1,50}?)\)?\.?$", re.I)
# "This article was originally published by The Valley Gazette." (republished content)
ORIGIN_LINE = re.compile(r"^(?:this (?:article|story|report) (?:was |is )?(?:originally |first )?"
                         r"(?:published|appeared|posted)|originally (?:published|"
                         r"appeared))\s+(?:by|in|on|at)\s+"
                         r"(?P<who>(?:the )?[A-Z][\w .&'-]{1,60}?)(?:\s+on\s+.*)?[.!]?$", re.I)
# "KYIV, Ukraine (Reuters) - ..." at the start of the body.
# "KYIV, Ukraine (AP) — ", "SKARVIK – ": a city in capitals, maybe a country and a wire, and a
# dash.
CITY_DATELINE = re.compile(r"^[A-Z][A-Z.'’-]{2,}(?: "
                           r"[A-Z][A-Z.'’-]{1,}){0,2}(?:,\s*[A-Z][\w.'’-]+(?: "
                           r"[A-Z][\w.'’-]+){0,2})?"
                           r"(?:\s*\([A-Z][\w .&'-]{1,40}\))?\s*[-–—]+\s+(?=[A-Z0-9“‘'\x22])")
# "DOHA-Arch-foes the United States ...": a capitalised city glued by a hyphen to the lede.
GLUED_DATELINE = re.compile(r"^(?P<city>[A-Z]{3,}(?: [A-Z]{3,}){0,2})\s?[-–—]\s?(?=[A-Z][a-z])")
# "MOSCOW, December 13. /TASS/." and "KYIV, Dec 13 /Ukrinform/ -": no year; the agency between
# slashes.
SLASHED_DATELINE = re.compile(r"^[A-Z][\w .'’-]{1,40},\s+(?P<date>(?:\d{1,2}(?:st|nd|rd|th)?\s+%s|"
                              r"%s\s+\d{1,2}(?:st|nd|rd|th)?))\.?\s*"
                              r"/(?P<who>[A-Za-z][\w .&'-]{1,30}?)/\s*\.?\s*[-–—]?\s*"
                              % ((r"[A-Za-z]{3,9}\.?",) * 2))
# "YEREVAN, JANUARY 4, NORPRESS. ...": a city, a day and the agency's name in capitals
CAPS_AGENCY_DATELINE = re.compile(r"^[A-Z][A-Z .'’-]{2,40},\s+(?:[A-Z]{3,9}\s+\d{1,2}|\d{1,2}\s+"
                                  r"[A-Z]{3,9})(?:,?\s+\d{4})?,\s+(?P<who>[A-Z]{3,20})\.\s")
# "(www.NorthSeaShipping.com) The crew ...": the site's own address before the lede
SITE_CREDIT = re.compile(r"^\((?:https?://)?(?:www\.)?(?P<who>[A-Za-z][\w-]{2,40})"
                         r"\.(?:com|net|org|info|news|co\.[a-z]{2}|[a-z]{2})\)\s+(?=[A-Z])")
# "HAVANA, Jan 17, 2031 (BSS/AFP) -": the first agency is the publisher, the date its day
# "(Bloomberg) -- ...", "(NORTH EXAMINER) – ...": the agency alone before the lede
DATELINE_CREDIT = re.compile(r"^(?:(?P<place>[A-Z][\w .,'’/-]{1,60}?)\s*)?\((?P<who>[A-Z][\w "
                             r".&'/-]{1,40}?)\)\s*[-–—]")
# "El Plateado, (APP - Site / Site News - 9th Mar, 2025) Twenty-eight ...", "Tel Aviv,
# (Weekly) Nine ...": a place and the credit in brackets run into the lede with no dash
BRACKETED_CREDIT_DATELINE = re.compile(r"^(?P<place>[A-Z][\w .'’-]{1,40}),\s*\((?P<credit>[A-Z]"
                                       r"[^()\n]{1,80}?)\)\s+(?=[A-Z0-9“‘'\x22])")
#: The source of a day a dated dateline gives without its year.
DATELINE_YEARLESS = "dateline_yearless"
# "KATHMANDU, Oct 7: Almost a month ...", "Lusk, September 16, 2025 — The ...": a place, the
# day (with or without its year) and a colon or dash before the lede
#: A month's name or its abbreviation, lower case (the patterns that use it ignore case).
_MONTH_NAMES = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
DATED_DATELINE = re.compile(r"^(?P<place>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,2}),\s+(?P<date>"
                            rf"(?i:{_MONTH_NAMES})\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+"
                            rf"(?i:{_MONTH_NAMES})(?:,?\s+\d{{4}})?)\s*[:–—-]+\s+"
                            r"(?=[A-Z0-9“‘'\x22])")
READING_TIME = re.compile(r"\b\d+\s*(?:-| )?min(?:ute)?s?\s*read\b", re.I)
# "NewsDesk Staff | World", "By Tide Times staff": a byline credited to the outlet's staff.
STAFF_LINE = re.compile(r"^(?:by\s+)?(?P<who>[A-Z][\w.&'’ -]{1,40}?)\s+(?:staff|newsroom|"
                        r"news desk|desk)"
                        r"(?:\s+(?:writers?|reporters?))?(?:\s*[|·•—–]\s*[\w &]{1,30})?$", re.I)
# "Web Desk", "Our Staff": words that name a desk, never an outlet.
GENERIC_DESKS = {"our", "all", "web", "digital", "online", "city", "metro", "national",
                 "international",
                 "foreign", "regional", "local", "special", "editorial", "central", "main"}
HANDLE_LINE = re.compile(r"^by:?\s+(?:[a-z][\w.-]{0,20}|[A-Z]{2,5})$")
# Words that mark a name as a news organisation rather than a person (editable).
OUTLET_WORDS = {"news", "press", "times", "post", "journal", "herald", "tribune", "agency",
                "service",
                "wire", "media", "network", "broadcasting", "radio", "tv", "television", "today",
                "daily", "magazine", "gazette", "guardian", "telegraph", "observer", "reuters",
                "bloomberg", "associated", "afp", "ap", "bbc", "cnn", "economist", "chronicle",
                "standard", "express", "mirror", "independent", "monitor", "insider", "review",
                "dpa", "upi", "efe", "ansa", "interfax", "xinhua", "kyodo", "yonhap", "tass",
                "ria",
                "cbs", "nbc", "abc", "npr", "pbs", "sky", "euronews", "politico", "axios",
                "digest", "ledger", "courier", "newswire", "bulletin", "dispatch", "globe",
                "examiner",
                "inquirer", "sentinel", "courant", "newsroom",
                # mastheads in other languages, for English editions and translated pages
                "diario", "noticias", "hoy", "prensa", "periodico", "periódico", "jornal", "folha",
                "gazeta", "gazzetta", "corriere", "zeitung", "quotidien", "nouvelles", "novosti",
                "vesti", "haber", "dagblad", "tageblatt", "noticiero", "semanario"}
JOB_WORDS = re.compile(r"\b(correspondent|reporter|editor|writer|staff|desk|contributor|columnist|"
                       r"bureau|chief|senior|political|special|foreign|journalist|analyst|"
                       r"producer|"
                       r"photographer|for)\b.*$", re.I)
CORP_SUFFIX = re.compile(r"[,\s]+(?:L\.?P\.?|Inc\.?|Ltd\.?|LLC|plc|GmbH|Corp\.?|Co\.)$", re.I)
NOT_NAMES = re.compile(r"^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|"
                       r"yesterday|"
                       r"updated|published|staff|the|a|an)$", re.I)

# Which evidence wins when several lines offer a value (lower rank wins; ties: first seen).
SOURCE_RANK = {
    "outlet": {"byline_line": 0, "name_line": 1, "source_line": 2, "copyright": 3,
               "welcome_banner": 4,
               "credit": 5, "dateline": 6, "distributed": 7, "menu_header": 8, "title_suffix": 9,
               "staff_line": 2, "masthead": 1, "url_domain": 10, "prompt": 8},
    "published": {"published_line": -1, "date_line": 0, "byline_line": 1, "updated_line": 2,
                  "date_line_end": 3,
                  "date_line_head": 4, "dateline": 4, "date_line_yearless": 5},
}

# Furniture whose text a page may wrap onto a second line (which then starts in lower case).
WRAPPING_RULES = {"signup", "cookie", "comments", "copyright"}
HEAD_LINES = 12  # metadata lines (date, slug, byline, title) live near the top
WRAPPED_WORDS = 20  # a first line this long carried on by the next is a paragraph, no title
# A date line may also follow a standfirst and a "Name in Place" byline: at most this many short
# sentences (lines under SHORT_LINE_WORDS words ending like a sentence) before it; short lines
# that are no sentence (a section name, "image", a desk credit) do not count.
HEAD_BODY_LINES = 3
DATELINE_PARAGRAPHS = 4  # "CITY (AP) —" may follow a standfirst and a caption
SHORT_LINE_WORDS = 30
TAIL_LINES = 3   # ... or in the last lines of the page (a footer's date line)


@dataclass
class Cleaned:
    body: str
    title: str | None = None
    meta: dict = field(default_factory=dict)
    meta_source: dict = field(default_factory=dict)
    credits: list[str] = field(default_factory=list)   # people credited for assistance
    removed: list[tuple[str, str]] = field(default_factory=list)  # (rule, line)
    offers: list[tuple[str, str, str]] = field(default_factory=list)  # (key, value, source) seen
    # Photo captions: kept (they may hold the only mention of a place or a date) but moved to
    # the end of the body, after a blank line, so they are never the title or the lede.
    captions: list[str] = field(default_factory=list)


# Sites whose written name a domain does not spell (data, extend freely); any other domain gives
# its main label ("mercopress.com" → "Mercopress"; names compare case-insensitively).
OUTLET_DOMAINS = {
    "apnews.com": "AP", "reuters.com": "Reuters", "afp.com": "AFP", "tass.com": "TASS",
    "tass.ru": "TASS",
    "bbc.com": "BBC", "bbc.co.uk": "BBC", "aljazeera.com": "Al Jazeera", "cnn.com": "CNN",
    "nytimes.com": "The New York Times", "washingtonpost.com": "The Washington Post",
    "theguardian.com": "The Guardian", "wsj.com": "The Wall Street Journal",
    "ft.com": "Financial Times",
    "bloomberg.com": "Bloomberg", "npr.org": "NPR", "cbsnews.com": "CBS News",
    "nbcnews.com": "NBC News",
    "abcnews.go.com": "ABC News", "foxnews.com": "Fox News", "rferl.org": "RFE/RL",
    "france24.com": "France 24",
    "dw.com": "DW", "euronews.com": "Euronews", "kyivindependent.com": "The Kyiv Independent",
    "timesofisrael.com": "The Times of Israel", "independent.co.uk": "The Independent",
    "telegraph.co.uk": "The Telegraph", "xinhuanet.com": "Xinhua", "news.cn": "Xinhua",
    "rfa.org": "RFA",
    "voanews.com": "VOA", "ukrinform.net": "Ukrinform", "interfax.com": "Interfax",
    "belta.by": "BelTA",
    "inews.co.uk": "i", "thenationalnews.com": "The National",
    "scmp.com": "South China Morning Post",
}


def domain_outlet(url: str) -> str | None:
    """The outlet a page's address names: a known site's written name, else the domain's main
    label ("https://www.mercopress.com/2031/..." → "Mercopress")."""
    m = re.match(r"^(?:https?://)?(?:www\d?\.|m\.|amp\.|en\.|"
                 r"english\.)?(?P<host>[a-z0-9.-]+\.[a-z]{2,})(?:[/:?#]|$)",
                 url.strip().lower())
    if not m:
        return None
    host = m.group("host")
    for domain, name in OUTLET_DOMAINS.items():
        if host == domain or host.endswith("." + domain):
            return name
    parts = host.split(".")
    label = (parts[-3] if len(parts) >= 3 and len(parts[-2]) <= 3
             and len(parts[-1]) == 2 else parts[-2])
    return label.capitalize() if len(label) >= 3 else None


def outlet_name(name: str) -> str:
    """'Bloomberg L.P.' → 'Bloomberg'; trims corporate suffixes and a leading 'the'."""
    name = CORP_SUFFIX.sub("", " ".join(name.split()).strip(" .,;:"))
    return re.sub(r"^the\s+", "", name, flags=re.I).strip(" .,;:")


def split_names(s: str) -> list[str]:
    """'A, B and C' → ['A', 'B', 'C'], dropping job titles, places ('in Kyiv'),
    outlets and reading-time furniture. ALL-CAPS names are title-cased."""
    s = READING_TIME.sub("", s)
    names = []
    for p in re.split(r",|;|\||&|·|•|\band\b|\bwith\b", s):
        name = clean_name(p)
        if name and name not in names:
            names.append(name)
    return names


def clean_name(part: str) -> str | None:
    """A person's name from one byline part, or None when the part is not one."""
    p = " ".join(part.split())
    p = re.sub(r"\s+in\s+[A-Z][\w .'-]*$", "", p)          # "Jane Doe in Lisbon"
    p = JOB_WORDS.sub("", p).strip(" .-–—:()")
    if not p or is_outlet_like(p) or NOT_NAMES.match(p):
        return None
    if p.isupper() and len(p) > 3:
        p = " ".join(w.capitalize() if w.isalpha() else w for w in p.split())
    words = p.split()
    if 1 <= len(words) <= 5 and _NAME_WORD.fullmatch(words[0]) and words[0][0].isupper() and all(
            w.lower() in NAME_PARTICLES or (_NAME_WORD.fullmatch(w)
                                            and w[0].isupper()) for w in words[1:]):
        return p
    return None


_NAME_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’.-])*")
NAME_PARTICLES = {"van", "von", "de", "da", "del", "der", "la", "le", "bin", "al", "ibn", "di",
                  "du", "dos"}


def is_outlet_like(name: str) -> bool:
    words = {w.lower().strip(".,()") for w in name.split()}
    # "News24", "Channel4", "UKNews": an outlet word with digits after it or glued in front
    glued = any(re.fullmatch(r"(?:%s)\d+|[a-z]{2,}(?:news|times|post|tv)" % "|".join(OUTLET_WORDS),
                             w) for w in words)
    return bool(words & OUTLET_WORDS) or glued or bool(re.search(r"\.(com|org|net|co\.uk|info|ru|"
                                                                 r"ua|de|fr)$", name, re.I))


def offer(c: Cleaned, key: str, value, source: str) -> None:
    """Record that ``source`` suggests ``value`` for ``key``; ``SOURCE_RANK`` picks later."""
    if value:
        c.offers.append((key, value, source))


def _resolve(c: Cleaned) -> None:
    best: dict[str, tuple[int, int]] = {}
    for i, (key, value, source) in enumerate(c.offers):
        rank = (SOURCE_RANK.get(key, {}).get(source, 50), i)
        if key not in best or rank < best[key]:
            best[key] = rank
            c.meta[key], c.meta_source[key] = value, source


BULLET_START = re.compile(r"^[-•*–]\s+")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)]*$")


def clean_text(text: str) -> Cleaned:
    """Split ``text`` into body and metadata. Never raises on odd input; every body
    line is a line of ``text`` (residue lines are dropped, never rewritten), except that a
    date run into the page's first line ("2025-12-13 Headline ...") is cut off it, and
    photo captions move to the end of the body (see :data:`Cleaned.captions`)."""
    lines = text.split("\n")
    c = Cleaned(body="")
    kept: list[str] = []
    first_content = True
    after_menu = False
    tail = set([i for i, ln in enumerate(lines) if ln.strip()][-TAIL_LINES:])
    prev_rule, prev_i = None, -2
    head_body = 0  # short body lines kept so far; -1 once a paragraph has started
    title_at = -2  # the headline's line
    in_list = False  # inside a bulleted list that the prose introduced ("Key figures:")
    for i, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            kept.append("")
            continue
        near_top = first_content and i < HEAD_LINES * 3
        if near_top and c.title is None:
            lead = leading_date(line)
            if lead:  # "date 2025-12-13 Headline", "12/13/2025 December 13, 2025 Headline"
                offer(c, "published", lead[0], "date_line")
                c.removed.append(("date_line", line[: len(line) - len(lead[1])].strip()))
                line = lead[1]
                raw = raw[: len(raw) - len(raw.lstrip())] + line
        rule = _classify(line, c, near_top, after_menu, near_end=i in tail and not near_top,
                         head_of_body=0 <= head_body <= HEAD_BODY_LINES,
                         under_title=i == title_at + 1)
        if rule is None and prev_rule in WRAPPING_RULES and line[:1].islower() and i == prev_i + 1:
            rule = prev_rule  # the wrapped second line of a sign-up box or cookie notice
        is_bullet = BULLET_START.match(line) is not None
        if rule == "bullet_link" and in_list:
            rule = None  # a list the article itself introduced is content, not related links
        in_list = (in_list and is_bullet) or (rule is None and line.endswith(":")
                                              and not is_bullet)
        if rule:
            prev_rule, prev_i = rule, i
        if rule == "caption":
            caption = CAPTION_CREDIT.sub("", line).strip()
            if caption != line:
                c.removed.append(("caption_credit", line[len(caption):].strip()))
            if len(caption.split()) >= 3:
                c.captions.append(caption)
            last = next((j for j in range(len(kept) - 1, -1, -1) if kept[j].strip()), None)
            if (last is not None and len(kept[last].split()) <= 8
                and caption.startswith(kept[last].strip())):
                # the photo's own title
                c.removed.append(("caption_title", kept.pop(last).strip()))
            continue
        if rule:
            c.removed.append((rule, line))
            after_menu = after_menu or rule in ("menu", "separator", "breadcrumb")
            continue
        if near_top and c.title is None and _looks_like_title(line) and not _wrapped(
                line, lines[i + 1] if i + 1 < len(lines) else ""):
            c.title = _LEAD_MARKS.sub("", re.sub(r"^#+\s*", "", line)) or line
            title_at = i
            continue
        if near_top and c.title and line == re.split(r"\s+\|\s+", c.title)[0] != c.title:
            # "Headline | Site" in the page's title, then the headline again above the story
            c.removed.append(("title_repeat", line))
            title_at = i
            continue
        first_content = False
        if head_body >= 0:
            standfirst = (head_body == 0 and title_at >= 0
                          and len(line.split()) >= SHORT_LINE_WORDS
                          and not any(ln.strip() for ln in lines[title_at + 1:i]))
            # a long standfirst right under the headline still leaves room for the date line
            # that often follows it; any other long line starts the story
            head_body = (-1 if len(line.split()) >= SHORT_LINE_WORDS and not standfirst
                         else HEAD_BODY_LINES if standfirst
                         else head_body + bool(_SENTENCE_END.search(line)))
        kept.append(unglue(drop_citation_marks(raw.rstrip())))
    for first in [ln.strip() for ln in kept if ln.strip()][:DATELINE_PARAGRAPHS]:
        m = DATELINE_CREDIT.match(first)
        who = _agency_name(m.group("who").split("/")[0]) if m else ""
        if m and _agency_like(who):
            offer(c, "outlet", outlet_name(who), "dateline")
            _offer_full_date(c, m.group("place") or "")
        m = CAPS_AGENCY_DATELINE.match(first) or SITE_CREDIT.match(first)
        if m:
            offer(c, "outlet", _agency_name(m.group("who")), "dateline")
        m = CITY_DATELINE.match(first)
        # "KYIV, Ukraine (AP) — ...": the dateline is no part of the lede
        if m and first[m.end():].strip():
            _dateline_apart(kept, first, first[: m.end()].rstrip(), m.end())
            break
        m = BRACKETED_CREDIT_DATELINE.match(first)
        if m:
            who = _publisher_in_credit(m.group("credit"))
            if who:
                offer(c, "outlet", outlet_name(who), "dateline")
            _offer_full_date(c, m.group("credit"))
            _dateline_apart(kept, first, first[: m.end()].rstrip(), m.end())
            break
        m = GLUED_DATELINE.match(first)
        if m:  # "DOHA-Arch-foes the United States ...": the city glued to the first word
            _dateline_apart(kept, first, m.group("city"), m.end())
            break
        m = SLASHED_DATELINE.match(first)
        if m:  # "MOSCOW, December 13. /TASS/. ..." (the agency's own style, no year)
            offer(c, "outlet", outlet_name(_agency_name(m.group("who"))), "dateline")
            md = _month_day(m.group("date"))
            # "April 9th": the style that writes ordinals gives no year, and the full dates
            # the article states are as often history as the days before it
            if md and not re.search(r"\d(?:st|nd|rd|th)\b", m.group("date")):
                offer(c, "published_partial", md, "dateline")
            # the date line becomes its own paragraph: out of the first sentence, city kept
            _dateline_apart(kept, first, first[: m.end()].rstrip(), m.end())
            break
        m = DATED_DATELINE.match(first)
        if m:
            if not _offer_full_date(c, m.group("date")):  # "Lusk, September 16, 2025 — ..."
                # "KATHMANDU, Oct 7: ...": the year from the other articles' dates
                md = _month_day(m.group("date"))
                if md:
                    offer(c, "published_partial", md, DATELINE_YEARLESS)
            _dateline_apart(kept, first, first[: m.end()].rstrip(" :–—-"), m.end())
            break
    _complete_year(c, "\n".join(kept))
    body = "\n".join(kept)
    m = TRAILING_WITH.search(body)
    if m:
        offer(c, "outlet", outlet_name(m.group("who")), "credit")
        c.removed.append(("credit", m.group(0).strip()))
        body = body[: m.start()]
    if c.title:
        site = _title_suffix(c.title)
        if site:  # "Headline | Section | Site": the site is evidence, the headline is the title
            offer(c, "outlet", outlet_name(site), "title_suffix")
            c.title = re.split(r"\s+\|\s+", c.title)[0]
    # A repeated title line (common on pages with a hero header) is residue too.
    if c.title:
        body = re.sub(r"(?m)^[ \t]*#*[ \t]*" + re.escape(c.title) + r"\.?[ \t]*$\n?", "", body)
    _resolve(c)
    body = re.sub(r"\n{3,}", "\n\n", body).strip()
    # a caption that only repeats the headline adds nothing
    c.captions = [x for x in c.captions if x.rstrip(". ") != (c.title or "").rstrip(". ")]
    if c.captions:
        body = (body + "\n\n" + "\n\n".join(c.captions)).strip()
    c.body = body
    return c


# Words a saved page ran together: "onThursday,in" → "on Thursday, in".
_GLUED_NAME = re.compile(r"(?<=[a-z)])(?=(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                         r"Sunday|January|"
                         r"February|March|April|June|July|August|September|October|November|"
                         r"December)\b)")
_GLUED_COMMA = re.compile(r"(?<=[^\W\d_]{2}),(?=[a-z]{2})")
#: Two sentences a page ran together when it lost their paragraph break: "farm
#: workers.Nine hours after", "freed in Gaza.\"The pain", "on Oct. 7.The source", "at 9
#: a.m.The" (two small letters or a digit before the stop, so "U.S.Army" or "Mr.Lee" stay; a
#: capital and small letters after it, so "bbc.co.uk", "www.NorthSea.com" and "3.5" stay).
_GLUED_SENTENCE = re.compile(r"(?:(?<=[a-z]{2}[.!?])|(?<=\d[.!?])|(?<=\b[ap]\.m\.))"
                             r"(?<!www\.)(?=[“]?[A-Z][a-z]{2})(?![A-Z][\w-]*\.[a-z]{2})|"
                             r"(?<=[a-z]{2}[.!?][\"”’])(?=[A-Z“\"][A-Za-z])")


#: A hyphen typed for a dash, glued to the word before it: "three agents- Tarvo, Kesra and
#: Lusk- the last three held" (not a hyphen left hanging before "and", "or" or "to": "pre-
#: and post-war", "18- to 25-year-olds"), or to the word after it, closing an aside: "- two
#: of them soldiers -remain held".
_HYPHEN_FOR_DASH = re.compile(r"(?<=[a-z]{2})-(?= (?:[A-Z][a-z]|(?:the|a|an|who|which) ))|"
                              r"(?<=\w )-(?=(?:remain|are|were|was|is|have|has|had)\b)")


def unglue(line: str) -> str:
    """Spaces a page lost between a word and a weekday or month name, after a comma between
    two words, and between two sentences run together, and a dash typed as a hyphen after a
    word; nothing else in the line changes."""
    line = _HYPHEN_FOR_DASH.sub("—", line)
    return _GLUED_SENTENCE.sub(" ", _GLUED_COMMA.sub(", ", _GLUED_NAME.sub(" ", line)))


# Reference marks a copied page keeps after a word: "resettled in Canada[1][3]", "freed.[12]".
_CITATION_MARKS = re.compile(r"(?<=[^\s\[\]])(?:\[\d{1,3}\])+")


def drop_citation_marks(line: str) -> str:
    """A line without the bracketed reference numbers glued to its words ("Canada[1][3]" →
    "Canada"); a number in brackets after a space ("freed [40] people") stays."""
    return _CITATION_MARKS.sub("", line)


def _agency_name(who: str) -> str:
    """An agency's name as a dateline writes it, in the form readers know: a short name
    in lower case is an acronym ("tass" → "TASS"), a name of words in capitals is
    title-cased ("NORTH EXAMINER" → "North Examiner")."""
    who = " ".join(who.split())
    if who.islower() and len(who) <= 5:
        return who.upper()
    if who.isupper() and " " in who:
        return " ".join(w.capitalize() for w in who.split())
    return who


def _offer_full_date(c: Cleaned, text: str) -> bool:
    """Offer the full date a dateline's ``text`` states ("9th Mar, 2025") as ``published``;
    whether it states one."""
    dated = _FULL_DATE_IN_TEXT.search(text)
    if dated:
        offer(c, "published", date_line(dated.group(0))[0], "dateline")
    return bool(dated)


def _dateline_apart(kept: list[str], first: str, dateline: str, end: int) -> None:
    """Set a dateline that opens the lede line ``first`` apart as a paragraph of its own, so
    that it never runs into the first sentence."""
    idx = kept.index(next(ln for ln in kept if ln.strip() == first))
    kept[idx:idx + 1] = [dateline, "", first[end:].lstrip()]


def _publisher_in_credit(credit: str) -> str | None:
    """The site in a bracketed credit ("APP - Site / Site News - 9th Mar, 2025" → "Site"):
    the first name that is not a wire's acronym, else the wire; never the date."""
    names = [n.strip() for n in re.split(r"\s+-\s+|\s*/\s*", credit)
             if n.strip() and not re.search(r"\d", n)]
    return next((n for n in names if not WIRE_ACRONYM.match(n)), names[0] if names else None)


def _agency_like(who: str) -> bool:
    return is_outlet_like(who) or bool(WIRE_ACRONYM.match(who))


def _title_suffix(title: str) -> str | None:
    """The site name a saved page's title ends with: "Headline | Section | Site"."""
    parts = [p.strip() for p in re.split(r"\s+\|\s+", title)]
    if len(parts) < 2 or len(parts[0].split()) < 3:
        return None
    site = parts[-1]
    if (_capitalised_name(site) and len(site.split()) <= 4 and site.lower() not in SECTION_WORDS
            and not date_line(site)[1]):
        return site
    return None


# A date line labelled as the page's publication: "Published: ...", "Publish Date : ...".
_PUBLISHED_LABEL = re.compile(r"^\W*(?:first\s+)?(?:publish(?:ed)?(?:\s+date)?|publication\s+"
                              r"date)\b", re.I)


# A date line labelled as the page's update, maybe after its section's name ("Updated: ...",
# "world Updated: Dec 18, 2014 01:15 IST").
_UPDATED_LABEL = re.compile(r"^\W*(?:[a-z][a-z-]{1,20} )?(?:last )?updated\b", re.I)


def _classify(line: str, c: Cleaned, near_top: bool, after_menu: bool = False,
              near_end: bool = False, head_of_body: bool = False,
              under_title: bool = False) -> str | None:
    """The residue rule that ``line`` matches (harvesting metadata on the way), or None.
    ``under_title``: the line right under the headline, where a masthead may stand."""
    if len(line) > 400:
        return None
    if not near_top:
        d, shaped = date_line(line)
        if shaped:  # a line that is only a date is page furniture wherever it stands
            if _PUBLISHED_LABEL.match(line):
                # "Publish Date : 28 September 2025": the page's own date, said so (a bare
                # date at the top may be the site's date of the day it was saved)
                offer(c, "published", d, "published_line")
            elif _UPDATED_LABEL.match(line) and head_of_body:
                # "world Updated: Dec 18, 2014 01:15 IST" under the headline: the article's
                # own, not a bare date above it (which may be the day the page was saved)
                offer(c, "published", d, "updated_line")
            elif near_end:  # a footer's "Published 13 Dec 2030"
                offer(c, "published", d, "date_line_end")
            # after a standfirst, a caption and a byline, before the first paragraph
            elif head_of_body:
                offer(c, "published", d, "date_line_head")
            return "date_line"
    if near_top:
        d, shaped = date_line(line)
        if d:
            offer(c, "published", d, "updated_line" if _UPDATED_LABEL.match(line)
                  else "published_line" if _PUBLISHED_LABEL.match(line) else "date_line")
            return "date_line"
        if shaped:
            return "date_line"  # a date that does not exist (31 February): residue, no date
        if SLUG.match(line):
            offer(c, "url_slug", line.rstrip("/").rsplit("/", 1)[-1], "slug_line")
            offer(c, "outlet", domain_outlet(line), "url_domain")
            return "slug"
        if URL.match(line):
            offer(c, "url", line, "url_line")
            offer(c, "outlet", domain_outlet(line), "url_domain")
            return "url"
    if near_top or head_of_body:
        md = yearless_date_line(line)
        if md:  # "13 December 14:05", "Dec 13": the year comes from elsewhere (_complete_year)
            offer(c, "published_partial", md, "date_line")
            return "date_line"
        tail = trailing_date(line)
        if tail:  # "Admin | Friday, May 23, 2025", "Jane Doe, John Roe Dec 13, 2025 4:05 PM"
            offer(c, "published", tail[0], "byline_line")
            parts = [p.strip() for p in re.split(r"\s*[,|·•;]\s*|\s+and\s+", tail[1]) if p.strip()]
            outlets = [p for p in parts if is_outlet_like(p)]
            names = [n for p in parts if p not in outlets for n in [clean_name(p)] if n]
            if names and all(len(n.split()) >= 2 for n in names):
                offer(c, "byline", ", ".join(names), "byline_line")
            if outlets:
                offer(c, "outlet", outlet_name(outlets[-1]), "byline_line")
            return "byline"
        m = MASTHEAD.match(line)
        if m and near_top:
            offer(c, "outlet", outlet_name(m.group("name")), "masthead")
            return "masthead"
    m = SYNDICATION_BYLINE.match(line)
    if m and near_top:
        names = [n.strip() for n in m.group("names").split(",") if n.strip()]
        people = [n for n in names if not is_outlet_like(n)]
        outlets = [n for n in names if is_outlet_like(n)]
        offer(c, "byline", ", ".join(people), "byline_line")
        if outlets:
            offer(c, "outlet", outlet_name(outlets[-1]), "byline_line")
        return "byline"
    m = STAFF_LINE.match(line)
    head = near_top or head_of_body
    if m and head and _outlets_desk(m.group("who")):
        offer(c, "outlet", outlet_name(m.group("who")), "staff_line")
        return "byline"
    if m and head:  # "By Web Desk", "Our Staff": a desk credit naming no outlet
        return "byline"
    m = HANDLE_LINE.match(line)
    if m and head:  # "by ian", "by MMC": a site account's handle, not a name
        return "byline"
    m = BY_LINE.match(_LEAD_MARKS.sub("", line))  # also "• By Ann Lee"
    if m and len(line.split()) <= 30 and _byline(m.group("rest"), c):
        return "byline"
    m = CREDIT_LINE.match(line) or REPORTING_LINE.match(line) or CONTRIB_LINE.match(line)
    if m:
        for part in re.split(r";", m.group("names")):
            part = re.sub(r"^\s*(?:writing|editing|additional reporting|reporting) by\s+", "",
                          part, flags=re.I)
            c.credits.extend(n for n in split_names(part) if n not in c.credits)
        return "credit"
    m = COPYRIGHT.match(line)
    if m:
        offer(c, "outlet", outlet_name(m.group("owner")), "copyright")
        d = DISTRIBUTED.search(line)
        if d:
            offer(c, "outlet", outlet_name(d.group("who")), "distributed")
        return "copyright"
    m = DISTRIBUTED.search(line)
    if m and len(line) < 200:
        offer(c, "outlet", outlet_name(m.group("who")), "distributed")
        return "copyright"
    m = PROMPT_FROM.match(line)
    # "Stay up to date with notifications from The Tide Times"
    if m and _capitalised_name(m.group("site")):
        offer(c, "outlet", outlet_name(m.group("site")), "prompt")
        return "signup"
    m = WELCOME.match(line)
    if m:
        offer(c, "outlet", outlet_name(m.group("site")), "welcome_banner")
        return "signup"
    m = SOURCE_LINE.match(line)
    if m and _agency_like(m.group("who")) and _capitalised_name(m.group("who")):
        offer(c, "outlet", outlet_name(m.group("who")), "source_line")
        return "source"
    m = ORIGIN_LINE.match(line)
    if m:
        offer(c, "outlet", outlet_name(m.group("who")), "credit")
        return "credit"
    for rule, pat in RESIDUE:
        if pat.search(line):
            return rule
    if (head_of_body and len(line.split()) <= 60 and HEAD_CAPTION.search(line)
        and _FULL_DATE_IN_TEXT.search(line)):
        # "Crowds gather in Tel Aviv on Oct. 13, 2031, ...": a photo's caption above the lede
        return "caption"
    if head_of_body and c.title and re.fullmatch(r"[A-Z][a-z]{2,20}", line):
        return "label"  # "Coast" between the headline and the story: a section or region tag
    m = SKIP_TO_SITES.match(line)
    if m and near_top:  # "3. Skip to more DW sites": the site's own navigation names it
        offer(c, "outlet", outlet_name(m.group("who")), "menu_header")
        return "menu"
    m = NAME_THEN_DOMAIN.match(line)
    if m and near_top and _capitalised_name(m.group("who")):
        # "The Daily Tribune – www.example.com": a masthead with its address
        offer(c, "outlet", outlet_name(m.group("who")), "masthead")
        return "masthead"
    m = ACRONYM_THEN_CITY.match(line)
    if m and head and m.group("who").lower() not in SECTION_WORDS:  # "AFP | Chittagong"
        offer(c, "outlet", m.group("who"), "credit")
        return "credit"
    agency = _agency_then_city(line) if head else None
    if agency:  # "Press Trust of India Lima"
        offer(c, "outlet", agency, "byline_line")
        return "byline"
    if head and WIRE_ACRONYM.match(line) and line.lower() not in SECTION_WORDS \
            and any(key == "published" for key, _, _ in c.offers):
        # "PTI" on a line of its own under the date: the wire's credit
        offer(c, "outlet", line, "credit")
        return "credit"
    if near_top and (c.title is None or len(line.split()) <= 2 or under_title) \
            and _looks_like_name_line(line):
        offer(c, "outlet", outlet_name(line), "name_line")
        return "name_line"
    # "Asia Digest | World news": a name line followed by its section
    parts = [p.strip() for p in re.split(r"\s+[|·•–—-]\s+", line)]
    if (near_top and 2 <= len(parts) <= 3 and _looks_like_name_line(parts[0])
            and all(_is_section(p) or _is_edition(p) for p in parts[1:])):
        offer(c, "outlet", outlet_name(parts[0]), "name_line")
        return "name_line"
    if near_top and after_menu and _looks_like_site_header(line):
        offer(c, "site_header", line, "menu_header")
        offer(c, "outlet", line, "menu_header")
        return "site_header"
    return None


def _byline(rest: str, c: Cleaned) -> bool:
    """Parse what follows "By": names, and maybe an outlet, a job title, a date or a
    reading time. True (and metadata offered) only when every part is one of those
    and there is a name, so a sentence starting "By Tuesday, ..." stays in the body."""
    names: list[str] = []
    outlet = published = None
    dated = trailing_date(rest)  # "By Northwind Post December 13, 2025"
    if dated:
        published, rest = dated
    for chunk in re.split(r"\s+[|·•—–]\s+|\s*\|\s*", rest):
        parts = [p.strip(" .")
                 for p in re.split(r"\s*(?:,|;|\band\b|&|\bfor\b|\bwith\b)\s*", chunk)]
        i = 0
        while i < len(parts):
            # A date may span parts ("December 13, 2025"): try the longest run first.
            for k in (3, 2, 1):
                d, shaped = (date_line(", ".join(parts[i:i + k])) if i + k <= len(parts)
                             else (None, False))
                if shaped:
                    published = published or d
                    break
            else:
                k = 1
                verdict = _byline_part(parts[i])
                if verdict is False:
                    return False
                if isinstance(verdict, tuple):
                    outlet = outlet or verdict[1]
                    names.extend(verdict[2:])
                elif verdict:
                    names.append(verdict)
            i += k
    if not names and not outlet:
        return False
    if names:
        offer(c, "byline", ", ".join(dict.fromkeys(names)), "byline_line")
    offer(c, "outlet", outlet, "byline_line")
    offer(c, "published", published, "byline_line")
    return True


_WIRE_CREDIT = re.compile(r"(?:news\s+)?(?:wire\s+services?|wire\s+reports?|wires|agencies|"
                          r"news\s+agencies)", re.I)
# "Newser Editors", "Tide Times Staff": an outlet's own desk as the byline
_OUTLET_STAFF = re.compile(r"(?P<who>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})\s+"
                           r"(?i:editors|staff|newsroom|team|desk)")
_CAPITALS_THEN_OUTLET = re.compile(r"(?P<name>[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){1,3})"
                                   r"\s+(?P<outlet>[A-Z][a-z].*)")


def _byline_part(part: str):
    """A name (str), ("outlet", name) or ("outlet", name, person), None for furniture to
    skip, or False for a part that has no place in a byline."""
    if not part or READING_TIME.fullmatch(part) or JOB_WORDS.match(part):
        return None
    if re.fullmatch(r"(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*[A-Z]{0,4}", part, re.I):
        return None
    if re.fullmatch(r"(?:updated|published|posted)?\s*\d+\s*(?:min(?:ute)?s?|hours?|days?)\s*ago",
                    part, re.I):
        return None
    if _WIRE_CREDIT.fullmatch(part):
        return None  # "and Wire Services", "with agencies": copy from unnamed wires
    staff = _OUTLET_STAFF.fullmatch(part)
    if staff and _outlets_desk(staff.group("who")):
        return ("outlet", outlet_name(staff.group("who")))  # "Newser Editors"
    if is_outlet_like(part) and len(part.split()) <= 6:
        capitals = _CAPITALS_THEN_OUTLET.match(part)
        if capitals and is_outlet_like(capitals.group("outlet")):
            # "JANE MORROW Tide Press": a name set in capitals run into the outlet
            name = clean_name(capitals.group("name"))
            if name and len(name.split()) >= 2:
                return ("outlet", outlet_name(capitals.group("outlet")), name)
        return ("outlet", outlet_name(part))
    name = clean_name(part)
    if name is None or len(name.split()) < 2:
        return False
    return name


# --------------------------------------------------------------------------- date lines

# "Patrika LogoSwitch to Hindi", "The Tide Times logo": a masthead image's alt text.
MASTHEAD = re.compile(r"^(?P<name>[A-Z][\w&'’. -]{1,40}?)\s*(?i:logo)(?:\b|(?=[A-Z])).{0,40}$")
_FULL_DATE_IN_TEXT = re.compile(r"\b(?:\d{1,2}(?:st|nd|rd|th)?\s+%s,?\s+\d{4}|%s\s+\d{1,2}(?:st|"
                                r"nd|rd|th)?,?\s+\d{4}|"
                                r"\d{4}-\d{2}-\d{2})\b"
                                % (("(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)"
                                    r"[a-z]*\.?",) * 2), re.I)
_YEARLESS = re.compile(r"^(?:%s\s*)?(?P<date>\d{1,2}(?:st|nd|rd|th)?\s+%s|%s\s+\d{1,2}(?:st|nd|rd|"
                       r"th)?)"
                       r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5})?)?\.?$"
                       % ((r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?",)
                          + (r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?",
                             ) * 2), re.I)
# Separators between a byline and its date ("Admin I Friday, May 23, 2025": a pipe read as "I").
_BYLINE_SEP = re.compile(r"\s*(?:[|·•—–-]|\bI\b|\bon\b)\s*$")


def leading_date(line: str) -> tuple[str, str] | None:
    """(ISO date, rest) when ``line`` starts with a date line run into the next text
    ("date 2025-12-13 Headline", "12/13/2025 December 13, 2025 Headline"); the rest must
    start like a headline or a sentence (capital letter or digit)."""
    if date_line(line)[1]:
        return None  # the whole line is a date line (with its time and zone)
    words = line.split(" ")
    for k in range(min(len(words) - 1, 9), 0, -1):
        rest = " ".join(words[k:]).strip()
        if not rest or not (rest[0].isupper() or rest[0].isdigit()):
            continue
        if not re.search(r"\d|^(?:[ap]\.?m\.?|[A-Z]{2,4})$", words[k - 1]):
            continue  # a date line ends in a number, a time or a zone
        d, shaped = date_line(" ".join(words[:k]))
        if d and shaped and re.search(r"\d{4}", " ".join(words[:k])):
            return d, rest
    return None


def trailing_date(line: str) -> tuple[str, str] | None:
    """(ISO date, what comes before) for a byline ending in a date: "Admin | Friday, May 23,
    2025", "Jane Doe and John Roe December 13, 2025 4:05 PM". The part before must be a
    short run of capitalised words (a name or a handle) followed by nothing or a separator."""
    words = line.split()
    if len(words) > 16:
        return None
    for k in range(1, min(len(words), 6)):
        head, tail = " ".join(words[:k]), " ".join(words[k:])
        d, shaped = date_line(tail)
        if not (d and shaped):
            continue
        who = _BYLINE_SEP.sub("", head).strip(" ,")
        if who and all(w[:1].isupper() or w.lower() in ("and", "&", "by") or w in "|·•"
                       for w in who.split()) \
                and not re.search(r"\d", who) and not date_line(who)[1] \
                and not re.fullmatch(MONTH_RE + "|" + WEEKDAY_RE, who.split()[0], re.I) \
                and not _DATE_PREFIX.match(who + " ") and not NOT_NAMES.match(who.split()[0]):
            return d, re.sub(r"^by:?\s+", "", who, flags=re.I)
    return None


def _month_day(s: str) -> str | None:
    """'--MM-DD' from "13 December" / "Dec. 13" (None when no such day exists in any year)."""
    toks = re.findall(r"\d{1,2}|[A-Za-z]{3,}", s)
    month = next((month_number(t) for t in toks if not t.isdigit() and month_number(t)), None)
    day = next((int(t) for t in toks if t.isdigit()), None)
    if month and day and make_date(2000, month, day):  # 2000 was a leap year
        return f"--{month:02d}-{day:02d}"
    return None


def yearless_date_line(line: str) -> str | None:
    """'--MM-DD' when ``line`` is a date line without a year ("13 December 14:05",
    "Sat, Dec. 13", "December 13, 4:05 PM")."""
    s = _LEAD_MARKS.sub("", " ".join(line.split()))
    m = _YEARLESS.match(s) if len(s) <= 40 else None
    return _month_day(m.group("date")) if m else None


def _complete_year(c: Cleaned, body: str) -> None:
    """A year-less date line takes its year from the full dates the article itself states:
    the year that puts it on or after the latest of them (an article reports what happened
    before it), within a year. Copyright lines are residue, so their years never count."""
    partial, source = next(((v, src) for k, v, src in c.offers if k == "published_partial"),
                           (None, None))
    if not partial or any(k == "published" for k, _, _ in c.offers):
        return
    if source == DATELINE_YEARLESS:
        # "CITY, Feb 1: ..." opening a report: the dates it states are as often history (a
        # war's start 15 months before), so the year comes from the corpus instead
        return
    stated = [d for d in (date_line(m.group(0))[0] for m in _FULL_DATE_IN_TEXT.finditer(body))
              if d]
    if not stated:
        return  # the corpus may still give the year (reference.complete_yearless)
    latest = max(stated)
    month, day = int(partial[2:4]), int(partial[5:7])
    for year in (int(latest[:4]), int(latest[:4]) + 1):
        got = make_date(year, month, day)
        if got and got.isoformat() >= latest:
            offer(c, "published", got.isoformat(), "date_line_yearless")
            return



_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?"
# (a section's name may stand before the label: "world Updated: Dec 18, 2014 01:15 IST")
_DATE_PREFIX = re.compile(r"^\W*(?:[a-z][a-z-]{1,20} "
                          r"(?=(?:last )?(?:updated|published|posted)\b))?"
                          r"(?:(?:first |last )?(?:publish(?:ed)?(?:\s+date)?|publication\s+"
                          r"date|posted|updated|modified|date[d]?)"
                          r"(?: on| at)?\s*:?\s*)", re.I)
_TIME_TAIL = re.compile(r"(?:,?\s*(?:at\s+)?\d{1,2}(?:[:.h]\d{2}){1,2}\s*(?:[ap]\.?m\.?)?\s*"
                        r"(?:\(?[A-Z]{2,5}(?:[+-]\d{1,2})?\)?)?|,?\s*\(?(?:GMT|UTC|"
                        r"[A-Z]{2,4})(?:[+-]\d{1,2})?\)?)\s*$",
                        re.I)
# Numeric shapes: ISO with time, y/m/d, d.m.y (day first), d/m/y or m/d/y (only when unambiguous).
_ISO = re.compile(r"^(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?:[T "
                  r"]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?"
                  r"(?:Z|[+-]\d{2}:?\d{2})?)?$")
_DOTTED = re.compile(r"^(?P<a>\d{1,2})\.(?P<b>\d{1,2})\.(?P<y>\d{4})$")
_GLUED_TIME = re.compile(r"^(.{3,40}?\b\d{4})(?=\d{1,2}:\d{2}).*$")
_LEADING_TIME = re.compile(r"^\d{1,2}[:.]\d{2}(?=[\s,])\s*(?:[ap]\.?m\.?)?\s*"
                           r"(?:[A-Z]{2,5}(?:[+-]\d{1,2})?)?\s*,?\s*", re.I)
# Segments of a date line ("13 Dec 2025 | 09:41 | Updated 2 hours ago") and what else may sit
# there.
_SEGMENT = re.compile(r"\s+[/|•·—–]\s+|\s*\|\s*")
_SEGMENT_FURNITURE = re.compile(r"(?:(?:last )?(?:updated|published|posted|modified)\s*:?\s*)?(?:"
                                r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5}(?:[+-]\d{1,2})?)?|"
                                r"\d+\s*(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?)\s*(?:ago|read)|"
                                r"(?:last )?(?:updated|published|posted|modified))", re.I)
_LEAD_MARKS = re.compile(r"^[•·|*>»›\s-]+(?=\w)")
# US time zones: a numeric date written beside one is month first.
_US_ZONE = re.compile(r"(?:E|C|M|P|AK|H)[SD]?T", re.I)
_TIME_THEN_DATE = re.compile(r"^(?:(?:last )?(?:updated|published|posted|"
                             r"modified)\s*(?:at\s*)?:?\s*)?"
                             r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?P<zone>[A-Z]{1,4})?,?\s+(?:on\s+)?"
                             r"(?P<date>\d{1,2}[/.-]\d{1,2}[/.-]\d{4})$", re.I)
_NUMERIC_THEN_NAMED = re.compile(r"^(?P<numeric>\d{1,2}[/.]\d{1,2}[/.]\d{4})\s+(?P<named>\D.*)$")
_SLASHED = re.compile(r"^(?P<a>\d{1,2})[/-](?P<b>\d{1,2})[/-](?P<y>\d{4})$")
# A line made only of date words, numbers and separators (used to drop impossible dates).
_DATE_SHAPE = re.compile(rf"^(?:{_WEEKDAY}\s*)?(?:\d{{1,4}}(?:st|nd|rd|th)?|{_MONTH_NAMES})"
                         rf"(?:[\s,./-]+(?:\d{{1,4}}(?:st|nd|rd|th)?|{_MONTH_NAMES})){{2}}$", re.I)


def date_line(line: str) -> tuple[str | None, bool]:
    """(ISO date, True) when ``line`` is a date line in a common format ("13 December, 2025",
    "Published: Dec. 13, 2025 10:00 a.m. ET", "2025-12-13T08:30:00Z", "13.12.2025",
    "Updated 12/13/2025", "December 13, 2025 / 10:11 AM / Updated 3 hours ago");
    (None, True) when it has a date's shape but the date does not exist or is ambiguous
    (31 February, 03/04/2025); (None, False) otherwise."""
    s = _LEAD_MARKS.sub("", " ".join(line.split()))
    if len(s) > 80 or not re.search(r"\d", s):
        return None, False
    s = _GLUED_TIME.sub(r"\1", s)
    m = _TIME_THEN_DATE.match(s)  # "Updated at 4:44 p.m. ET on 01-04-2023"
    if m:
        return _one_date(m.group("date"),
                         month_first=bool(m.group("zone") and _US_ZONE.fullmatch(m.group("zone"))))
    m = _NUMERIC_THEN_NAMED.match(s)  # "12/13/2025 December 13, 2025": two spellings of one date
    if m:
        named = _one_date(m.group("named"))
        if named[0] and named[0] in _numeric_readings(m.group("numeric")):
            return named  # "December 13, 20256:05 PM GMT+1Updated 2 hours ago"
    parts = [p for p in _SEGMENT.split(s) if p.strip()]
    if len(parts) > 1:
        found = [_one_date(p) for p in parts]
        dated = [f for f in found if f[1]]
        if dated and all(f[1] or _SEGMENT_FURNITURE.fullmatch(p.strip()) for f,
                         p in zip(found, parts)):
            return dated[0]
        return None, False
    return _one_date(s)


def _numeric_readings(s: str) -> set[str]:
    """Both readings (day first, month first) of a numeric date like 12/13/2025."""
    m = _SLASHED.match(s) or _DOTTED.match(s)
    if not m:
        return set()
    a, b, y = int(m.group("a")), int(m.group("b")), m.group("y")
    return {d for d in (_iso(y, b, a), _iso(y, a, b)) if d}


def _one_date(s: str, month_first: bool = False) -> tuple[str | None, bool]:
    d = parse_date_line(s)
    if d:
        return d, True
    s = _DATE_PREFIX.sub("", s)
    m = _ISO.match(s)
    if m:
        return _iso(m.group("y"), m.group("m"), m.group("d")), True
    s = _LEADING_TIME.sub("", s)
    for _ in range(3):
        s = _TIME_TAIL.sub("", s).strip(" ,|-–—·")
    s = re.sub(rf"^{_WEEKDAY}\s+", "", s, flags=re.I)
    if not s:
        return None, False
    d = parse_date_line(s)
    if d:
        return d, True
    m = _ISO.match(s)
    if m:
        return _iso(m.group("y"), m.group("m"), m.group("d")), True
    m = _DOTTED.match(s) or _SLASHED.match(s)
    if m:
        a, b = int(m.group("a")), int(m.group("b"))
        if a > 12 >= b:
            return _iso(m.group("y"), b, a), True
        if b > 12 >= a:
            return _iso(m.group("y"), a, b), True
        if m.re is _DOTTED:  # 13.12.2025 style: day first by convention
            return _iso(m.group("y"), b, a), True
        if month_first:  # written beside a US time zone ("ET"): US order
            return _iso(m.group("y"), a, b), True
        return None, True  # 03/04/2025: day and month cannot be told apart; never guess
    if _DATE_SHAPE.match(s) and re.search(r"\d{4}", s):
        return _named_month_date(s), True
    return None, False


def _iso(y, m, d) -> str | None:
    got = make_date(int(y), int(m), int(d))
    return got.isoformat() if got and got.year >= 1900 else None


def _named_month_date(s: str) -> str | None:
    """A date from tokens like '31 February 2031' (None when impossible)."""
    toks = re.findall(rf"\d{{1,4}}|{_MONTH_NAMES}", s, re.I)
    year = next((t for t in toks if t.isdigit() and len(t) == 4), None)
    month = next((month_number(t) for t in toks if not t.isdigit()), None)
    day = next((t for t in toks if t.isdigit() and len(t) <= 2), None)
    if year and month and day:
        return _iso(year, month, day)
    return None


#: "3. Skip to more DW sites": a site's skip links name the site.
SKIP_TO_SITES = re.compile(r"^(?:\d{1,2}\.\s+)?skip to more (?P<who>[\w .&'’-]{2,30}?) sites$",
                           re.I)
#: "The Daily Tribune – www.example.com": a masthead line with the site's address.
NAME_THEN_DOMAIN = re.compile(r"^(?P<who>[A-Z][\w&'’. -]{1,40}?)\s+[–—-]\s+(?:https?://)?"
                              r"(?:www\.)?[a-z0-9-]+(?:\.[a-z]{2,6}){1,2}/?$")
#: A wire's initials and the city it files from: "AFP | Chittagong", "PTI, Lima".
ACRONYM_THEN_CITY = re.compile(r"^(?P<who>[A-Z]{2,5})\s*[|,/–—-]\s*"
                               r"[A-Z][a-z'’.-]+(?: [A-Z][a-z'’.-]+)?$")
#: A wire's initials on a line of their own ("PTI", "AFP").
WIRE_ACRONYM = re.compile(r"^[A-Z]{2,5}$")


#: News agencies written out in full (data, extend freely): a byline line may be one of
#: these and the city it files from ("Press Trust of India Ahmedabad").
WIRE_AGENCIES = ("Press Trust of India", "Associated Press", "Agence France-Presse",
                 "Anadolu Agency", "United News of India", "Indo-Asian News Service",
                 "Asian News International", "Xinhua News Agency", "Kyodo News",
                 "Yonhap News Agency", "Press Association", "Australian Associated Press",
                 "Canadian Press", "News Agency of Nigeria", "Bangladesh Sangbad Sangstha")


def _agency_then_city(line: str) -> str | None:
    """ "Press Trust of India Ahmedabad": a news agency, then the city it files from (one or
    two capitalised words); the agency's name, or None."""
    for agency in WIRE_AGENCIES:
        rest = line[len(agency):].strip() if line.startswith(agency) else None
        if rest and re.fullmatch(r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)?", rest):
            return agency
    return None


def _wrapped(line: str, nxt: str) -> bool:
    """Is ``line`` the first line of a hard-wrapped paragraph, not a headline: long (a
    headline rarely runs to 20 words), unpunctuated, and carried on by the very next line in
    lower case or with a figure ("... a royal pardon benefiting" / "2,476 convicts, ...")?"""
    nxt = nxt.strip()
    return (len(line.split()) >= WRAPPED_WORDS and bool(nxt)
            and (nxt[0].islower() or nxt[0].isdigit()))


def _looks_like_title(line: str) -> bool:
    words = line.split()
    return 3 <= len(words) <= 25 and not re.search(r"[.!?:;,]$", line) or (
        3 <= len(words) <= 25 and line.endswith("?"))


def _outlets_desk(who: str) -> bool:
    """Is ``who``, the name before "Staff" / "Desk" / "Editors", an outlet's ("Tide Times
    Staff"), not a generic desk ("Web Desk", "Our Staff") or a section ("World Desk")?"""
    return (who.lower() not in SECTION_WORDS and not NOT_NAMES.match(who)
            and who.lower() not in GENERIC_DESKS and _capitalised_name(who))


def _capitalised_name(s: str) -> bool:
    words = s.split()
    return 1 <= len(words) <= 6 and all(w[:1].isupper()
                                        or w.lower() in ("of", "the", "and", "&") for w in words)


def _looks_like_name_line(line: str) -> bool:
    """A short line that is only an outlet's name ('The Valley Gazette', 'Reuters')."""
    words = line.split()
    return (1 <= len(words) <= 4 and is_outlet_like(line) and not re.search(r"[.!?:;,]$", line)
            and all(w[:1].isupper() or w.lower() in NAME_PARTICLES for w in words)
            and not _is_section(line))


#: Words of an edition after a masthead ("Costa Noticias - English edition").
EDITION_WORDS = {"english", "edition", "international", "global", "online", "digital", "weekly",
                 "daily"}
#: Lower-case particles inside a masthead ("Diario del Valle", "Folha do Porto").
NAME_PARTICLES = {"of", "the", "and", "&", "de", "del", "do", "da", "dos", "das", "la", "le", "el",
                  "di", "der",
                  "des", "du", "van", "von"}


def _is_edition(part: str) -> bool:
    words = part.lower().split()
    return 1 <= len(words) <= 3 and all(w in EDITION_WORDS for w in words)


def _is_section(part: str) -> bool:
    """A site section: "World", "World news", "Europe"."""
    words = part.lower().split()
    return 1 <= len(words) <= 3 and words[0] in SECTION_WORDS and all(w in SECTION_WORDS
                                                                      for w in words[1:])


def _looks_like_site_header(line: str) -> bool:
    """A lone brand word in the menu block at the top ('ArcaMax')."""
    return (bool(re.match(r"^[A-Z][\w.]+$", line)) and len(line) <= 30
            and line.lower() not in SECTION_WORDS)
