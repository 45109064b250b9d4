"""Generator of malformed and hostile inputs for the loader (issue 8, "Bad input").

``cases()`` lists every input as a :class:`Case` (its file name is the test id);
``write_all(folder)`` writes them all into ``folder`` so one ``load_corpus`` call covers
them. Each case says what the loader must do with it:

* ``article``   – loaded; optional checks on the text and metadata;
* ``error``     – an error row (optionally with a given stage);
* ``duplicate`` – an error row with stage "duplicate" (the first copy is the article);
* ``any``       – either, but accounted for exactly once (e.g. truncated HTML).

Run ``python tests/malformed.py DIR`` to write the corpus for a manual look.
"""
from __future__ import annotations

import os
import random
import socket
import stat
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

BIG_BYTES = 50 * 1024 * 1024


@dataclass
class Case:
    name: str                       # path relative to the corpus folder
    kind: str
    expect: str                     # article | error | duplicate | any
    stage: str | None = None        # expected error stage, when expect == "error"
    checks: dict = field(default_factory=dict)   # contains / absent / published / outlet
    data: bytes | None = None       # file content, or None when ``make`` builds it
    make: Callable[[Path, Path], None] | None = None   # make(folder, target_path)
    skip_reason: str | None = None  # set at write time when the platform cannot make it
    report_path: str | None = None  # where the error row points, when not at ``name``


_counter = iter(range(10_000))


def story(extra: str = "") -> str:
    """A short, unique, ordinary news article (fictional town, other names and numbers)."""
    n = next(_counter)
    return (
        f"Flood barriers gave way in Marrowby on Tuesday, and {n + 40} families left their "
        "homes.\n\n"
        f"The river authority said water rose {n % 7 + 2} metres overnight. Mayor Ilse Brandvold "
        f"told reporters the town hall would stay open as a shelter.\n\n"
        f"Engineers from the regional agency expect the repairs to take {n % 5 + 3} weeks, "
        f"according to a statement on Wednesday. {extra}\n"
    )


def _html(body: str, head: str = "") -> str:
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}<title>Marrowby "
            "flood</title></head>"
            "<body><nav><a href='/'>Home</a> <a "
            f"href='/world'>World</a></nav><article>{body}</article>"
            f"<footer>© 2031 The Marrowby Courier</footer></body></html>")


def _html_story() -> str:
    paras = "".join(f"<p>{p}</p>" for p in story().split("\n\n"))
    return _html("<h1>Marrowby flood barriers fail</h1>" + paras)


ENCODED_TEXTS = {
    # lang: (text, a distinctive substring that must survive decoding)
    "ru": ("Мэр города Вельск Олег Петровский заявил во вторник, что вода поднялась на три метра. "
           "Спасатели эвакуировали сорок две семьи, сообщила районная администрация.\n",
           "Петровский"),
    "uk": ("Міська рада Ірпеня повідомила у середу, що ремонт мосту триватиме ще п'ять тижнів. "
           "Інженери оцінили збитки у дванадцять мільйонів гривень.\n", "гривень"),
    "fr": ("Le maire de Valmorel, Aurélien Dégas, a déclaré mardi que la crue était « très "
           "inquiétante ». "
           "Quarante-deux familles ont été évacuées vers le gymnase municipal, près de "
           "l'église.\n",
           "Aurélien Dégas"),
    "de": ("Der Bürgermeister von Großhafen, Jörg Müßig, äußerte sich am Dienstag über die "
           "Schäden. "
           "Zweiundvierzig Familien mussten ihre Häuser verlassen, die Straßen sind gesperrt.\n",
           "Jörg Müßig"),
    "es": ("La alcaldesa de Peñíscola Baja, Begoña Núñez, dijo el martes que la situación era "
           "grave. "
           "Cuarenta y dos familias fueron evacuadas al polideportivo según la guardia civil.\n",
           "Begoña Núñez"),
    "en": ("The café owner, José Ibáñez, said the naïve repair plan failed on Tuesday. "
           "“We saw the water coming,” he told reporters — and 42 families had to leave.\n",
           "José Ibáñez"),
}
ENCODINGS = {
    "ru": ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1251", "koi8-r"],
    "uk": ["utf-8", "utf-16-le", "cp1251"],
    "fr": ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "latin-1", "cp1252"],
    "de": ["utf-8", "utf-16-le", "utf-16-be", "latin-1", "cp1252"],
    "es": ["utf-8", "utf-16-be", "latin-1", "cp1252"],
    "en": ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252", "utf-32"],
}

BINARY_HEADERS = {
    "png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    "jpeg": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00",
    "pdf": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
    "zip": b"PK\x03\x04\x14\x00\x00\x00\x08\x00",
    "gif": b"GIF89a\x01\x00\x01\x00\x80\x00\x00",
    "gzip": b"\x1f\x8b\x08\x00\x00\x00\x00\x00",
    "elf": b"\x7fELF\x02\x01\x01\x00",
    "ole": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
    "sqlite": b"SQLite format 3\x00",
    "rar": b"Rar!\x1a\x07\x01\x00",
}

BOILERPLATE = "\n".join([
    "Menu", "Search", "Home", "|   World", "Share", "Tweet", "Subscribe", "Sign in",
    "Read more", "See also: Ten things to know about rivers", "Advertisement", "Follow us",
    "©2031 The Marrowby Courier. All rights reserved.", "Comments",
    "blog comments powered by Disqus",
    "Privacy policy | Terms of use", "Back to top",
])


def _rand(seed: int, n: int, lo: int = 0, hi: int = 255) -> bytes:
    r = random.Random(seed)
    return bytes(r.randint(lo, hi) for _ in range(n))


def _sprinkle_nul(text: str, every: int) -> bytes:
    b = text.encode("utf-8")
    return b"".join(b[i:i + every] + b"\x00" for i in range(0, len(b), every))


def cases() -> list[Case]:
    """Every malformed input, in a fixed order (file names are unique)."""
    global _counter
    _counter = iter(range(10_000))
    out: list[Case] = []
    add = out.append

    # --- empty and whitespace-only
    for suffix in (".txt", ".html", ".md", ""):
        add(Case(f"empty/empty{suffix or '-nosuffix'}", "empty", "error", "read", data=b""))
    for i, ws in enumerate([b" ", b"\n\n\n", b"\t \t\r\n", b"\r\r\r",
                            " \u00a0\u2003\u3000 ".encode(),
                            b"\xef\xbb\xbf", b"\xef\xbb\xbf  \n", b"\xff\xfe",
                            b"\xff\xfe \x00\n\x00",
                            "\u200b\u200b".encode()]):
        add(Case(f"whitespace/ws-{i}.txt", "whitespace", "error", data=ws))

    # --- binary: magic headers plus random bytes, under text suffixes and their own
    for kind, head in BINARY_HEADERS.items():
        body = head + _rand(len(head), 2048)
        for suffix in (".txt", ".html", ""):
            add(Case(f"binary/{kind}{suffix or '-nosuffix'}", "binary", "error", "read",
                     data=body))
        add(Case(f"binary/{kind}.{kind}", "binary", "error", "discover", data=body))
    for i, n in enumerate([1, 2, 3, 16, 512, 4096, 65536]):
        add(Case(f"binary/random-{n}.txt", "binary", "error", data=_rand(100 + i, n)))
    add(Case("binary/random-high-bytes.txt", "binary", "any", data=_rand(7, 3000, 0x80, 0xFF)))
    add(Case("binary/random-printable.txt", "binary", "any", data=_rand(8, 3000, 0x20, 0x7E)))
    add(Case("binary/nul-only.txt", "binary", "error", data=b"\x00" * 1000))
    add(Case("binary/ff-only.txt", "binary", "error", data=b"\xff" * 1000))

    # --- size limits
    para = ("The harbour master counted the boats again and wrote the number in the ledger. " * 20
            + "\n\n")
    add(Case("big/fifty-megabytes.txt", "big", "error", "read",
             data=(para * (BIG_BYTES // len(para) + 1)).encode()))
    add(Case("big/long-text-under-byte-limit.txt", "big", "error", "read",
             data=(para * (600_000 // len(para) + 1)).encode()))
    add(Case("big/one-long-line.txt", "big", "article",
             data=(story().replace("\n", " ") + "The gauge read high again. " * 300).encode()))
    add(Case("big/one-endless-sentence.txt", "big", "article",
             data=(story().replace("\n", " ") + "and the water rose " * 1500 + ".").encode()))

    # --- HTML: good, truncated, unbalanced, hostile, empty
    page = _html_story()
    add(Case("html/good.html", "html", "article", checks={"contains": "Flood barriers gave way",
                                                          "absent": ["Home World"]},
                                                              data=page.encode()))
    add(Case("html/good-saved-as-txt.txt", "html", "article", data=_html_story().encode()))
    for frac in (0.05, 0.15, 0.3, 0.45, 0.6, 0.75, 0.9, 0.97):
        p = _html_story()
        add(Case(f"html/truncated-{int(frac * 100):02d}.html", "truncated_html", "any",
                 data=p[: int(len(p) * frac)].encode()))
    def ps(tag: str = "p", close: bool = True) -> str:
        return "".join(f"<{tag}>{x}" + (f"</{tag}>" if close else "")
                       for x in story().split("\n\n"))

    unbalanced = {
        # name: (html, expectation)
        "unclosed-p": ("<html><body>" + ps(close=False), "article"),
        "stray-closers": ("<html><body></div></span>" + ps().replace("</p>", "</p></b></i>")
                          + "</td></tr>",
                          "article"),
        "unclosed-div": ("<html><body>" + "<div>" * 50 + ps(), "article"),
        "unclosed-script": ("<html><body>" + ps() + "<script>var a = '", "article"),
        "unclosed-comment": ("<html><body>" + ps() + "<p>Later part<!-- " + story(), "article"),
        "unclosed-attr": ("<html><body><p class='x>" + story() + "</p></body></html>", "any"),
        "no-body": ("<html><head><title>Only a head</title></head></html>", "error"),
        "only-nav": ("<html><body><nav><a href='/'>Home</a><a "
                     "href='/a'>About</a></nav></body></html>", "error"),
        "only-script": ("<html><body><script>document.title='x'</script><style>p{}</style>"
                        "</body></html>", "error"),
        "cdata": ("<html><body><![CDATA[" + story() + "]]>" + ps() + "</body></html>", "article"),
        "bad-entities": ("<html><body>" + ps().replace("</p>",
                                                       " &#0; &#xD800; &#99999999; &bogus; "
                                                       "&amp</p>")
                         + "</body></html>", "article"),
        "nested-deep": ("<html><body>" + "<div>" * 5000 + ps() + "</div>" * 5000
                        + "</body></html>", "any"),
        "nested-deeper": ("<html><body>" + "<span><b>" * 20000 + story() + "</body></html>",
                          "any"),
        "frameset": ("<html><frameset><frame src='a.html'></frameset></html>", "error"),
        "xml-decl": ("<?xml version='1.0'?><html><body>" + ps() + "</body></html>", "article"),
        "tags-in-txt": ("<b>" + story() + "</b> <i>more</i>", "any"),
        "hostile": ("<html><body><article>" + ps() + "<p><img src=x onerror=alert(1)>"
                    "<script>alert('pwned')</script><a href='javascript:alert(2)'>link</a></p>"
                    "</article></body></html>", "article"),
    }
    for name, (html, expect) in unbalanced.items():
        suffix = ".txt" if name == "tags-in-txt" else ".html"
        checks = {"absent": ["alert(", "onerror", "<script"]} if name == "hostile" else {}
        add(Case(f"html/{name}{suffix}", "unbalanced_html", expect, checks=checks,
                 data=html.encode()))
    add(Case("html/empty-article.html", "html", "error", data=_html("").encode()))
    add(Case("html/utf16-page.html", "html", "any", data=_html_story().encode("utf-16")))
    add(Case("html/cp1251-page.html", "html", "any",
             data=_html("<p>" + ENCODED_TEXTS["ru"][0] * 3 + "</p>").replace("utf-8",
                                                                             "windows-1251")
             .encode("cp1251")))

    # --- encodings: the text must decode to the right characters
    for lang, encs in ENCODINGS.items():
        text, needle = ENCODED_TEXTS[lang]
        for enc in encs:
            body = f"{text}\nThis copy was saved in {enc} ({lang}).\n"
            add(Case(f"encoding/{lang}-{enc}.txt", "encoding", "article",
                     checks={"contains": [needle, f"saved in {enc}"]}, data=body.encode(enc)))

    # --- line endings, NUL bytes, control characters
    t = story()
    add(Case("endings/crlf.txt", "line_endings", "article", checks={"absent": ["\r"]},
             data=t.replace("\n", "\r\n").encode()))
    add(Case("endings/cr-only.txt", "line_endings", "article", checks={"absent": ["\r"]},
             data=story().replace("\n", "\r").encode()))
    lines = story().split("\n")
    add(Case("endings/mixed.txt", "line_endings", "article", checks={"absent": ["\r"]},
             data="".join(ln + ["\n", "\r\n", "\r"][i % 3]
                          for i, ln in enumerate(lines)).encode()))
    add(Case("endings/unicode-separators.txt", "line_endings", "article",
             checks={"absent": ["\u2028"]},
             data=story().replace("\n\n", "\u2029").replace("\n", "\u2028").encode()))
    add(Case("endings/no-final-newline.txt", "line_endings", "article",
             data=story().rstrip().encode()))
    add(Case("nul/few-nuls.txt", "nul", "article", checks={"absent": ["\x00"],
                                                           "contains": "Flood barriers"},
             data=story().encode().replace(b"Tuesday", b"Tues\x00day")))
    add(Case("nul/nul-terminated.txt", "nul", "article", checks={"absent": ["\x00"]},
             data=story().encode() + b"\x00" * 8))
    add(Case("nul/nul-every-4.txt", "nul", "any", data=_sprinkle_nul(story(), 4)))
    add(Case("nul/controls.txt", "nul", "article", checks={"absent": ["\x07", "\x1b"]},
             data=story().replace("town", "to\x07wn\x1b[31m").encode()))
    add(Case("nul/bidi-override.txt", "nul", "article",
             data=story().replace("Mayor", "\u202eMayor\u202c").encode()))
    add(Case("nul/lone-surrogate-bytes.txt", "nul", "article",
             data=story().encode() + b"\xed\xa0\x80 tail sentence here.\n"))

    # --- residue only, no sentences
    add(Case("residue/only-boilerplate.txt", "boilerplate", "error", "clean",
             data=BOILERPLATE.encode()))
    add(Case("residue/only-menu-words.txt", "boilerplate", "error", "clean",
             data=b"Menu\n\nSearch\n\nClose\n\nShare\n"))
    add(Case("residue/only-separators.txt", "boilerplate", "error",
             data=b"----\n====\n***\n|\n/\n"))
    add(Case("residue/only-date-and-slug.txt", "boilerplate", "error", "clean",
             data=b"14 March, 2031\nflood-barriers-fail-in-the-valley-town\n"))
    for i, body in enumerate(["Flood", "flood barriers marrowby river", "123 456 789",
                              "!!! ??? ... ;;; ---", "🙂🌊🏠", "a\nb\nc\nd", "QWERTY ASDF ZXCV",
                              "Marrowby Marrowby Marrowby Marrowby", "$$$ %%% ### @@@"]):
        add(Case(f"residue/no-sentences-{i}.txt", "no_sentences", "any", data=body.encode()))

    # --- numbers in every format
    numbers = [
        "1,200", "1.200", "1 200", "1\u202f200", "1200", "1,200.50", "1.200,50",
        "one thousand two hundred",
        "twelve hundred", "1.2 million", "1.2m", "$1.5bn", "€3,4 Mio", "£2.5k", "50%",
        "50 per cent",
        "1e6", "½", "3¼", "Ⅻ", "١٢٣", "१२३", "１２３", "-5", "+7", "−12", "3rd", "21st", "1/2",
        "2/3",
        "XIV", "a dozen", "scores", "dozens", "hundreds", "0.0001", "007", "1_000", "10^6", "٫٥",
        "99999999999999999999999", "NaN", "Infinity", "1,2,3", "1..2", "12-15", "between 4 and 6",
        "up to 30", "at least 14", "more than 1,200", "nearly 70", "about 9.5 million",
    ]
    for i in range(0, len(numbers), 6):
        chunk = numbers[i:i + 6]
        text = " ".join(f"Officials counted {n} sandbags in sector {j}." for j,
                        n in enumerate(chunk))
        add(Case(f"numbers/numbers-{i // 6}.txt", "numbers", "article",
                 data=(story() + text).encode()))

    # --- dates that do not exist (as date lines): published must stay missing
    for i, d in enumerate(["31 February 2031", "February 30, 2031", "2031-02-29", "2031-13-01",
                           "2031-00-10", "0 March 2031", "32 January 2031", "29 February 2030",
                           "31/04/2031", "April 31, 2031", "0000-01-01", "31.06.2031"]):
        add(Case(f"dates/impossible-{i}.txt", "bad_date", "article", checks={"published": None},
                 data=f"{d}\n\n{story()}".encode()))
    add(Case("dates/valid-control.txt", "bad_date", "article", checks={"published": "2031-03-14"},
             data=f"14 March 2031\n\n{story()}".encode()))

    # --- duplicates under other names (the later path in sorted order is the duplicate)
    t = story()
    add(Case("dups/dup-a.txt", "duplicate", "article", data=t.encode()))
    add(Case("dups/dup-b copy.txt", "duplicate", "duplicate", data=t.encode()))
    t = story()
    add(Case("dups/enc-a.txt", "duplicate", "article", data=t.encode("utf-8")))
    add(Case("dups/enc-b.txt", "duplicate", "duplicate", data=t.encode("utf-16")))
    t = story()
    add(Case("dups/eol-a.txt", "duplicate", "article", data=t.encode()))
    add(Case("dups/eol-b.txt", "duplicate", "duplicate", data=t.replace("\n", "\r\n").encode()))
    t = story()
    add(Case("dups/residue-a.txt", "duplicate", "article", data=t.encode()))
    add(Case("dups/residue-b.txt", "duplicate", "duplicate",
             data=("Menu\nShare\n\n" + t + "\nComments\n").encode()))
    t = story()
    add(Case("dups/sub/nested-a.txt", "duplicate", "duplicate", data=t.encode()))
    add(Case("dups/nested-0.txt", "duplicate", "article", data=t.encode()))

    # --- links, special files, permissions
    add(Case("links/link-target.txt", "symlink", "article", data=story().encode()))
    add(Case("links/link-to-target.txt", "symlink", "duplicate",
             make=lambda folder, p: p.symlink_to("link-target.txt")))
    add(Case("links/link-outside.txt", "symlink", "article", make=_link_outside))
    add(Case("links/broken.txt", "symlink", "error", "read",
             make=lambda folder, p: p.symlink_to("does-not-exist.txt")))
    add(Case("links/self-loop.txt", "symlink", "error", "read", make=lambda folder,
             p: p.symlink_to(p.name)))
    add(Case("links/loop-a.txt", "symlink", "error", "read", make=lambda folder,
             p: p.symlink_to("loop-b.txt")))
    add(Case("links/loop-b.txt", "symlink", "error", "read", make=lambda folder,
             p: p.symlink_to("loop-a.txt")))
    add(Case("links/dev-zero.txt", "symlink", "error", "read", make=_link_if("/dev/zero")))
    add(Case("links/dev-null.txt", "symlink", "error", "read", make=_link_if("/dev/null")))
    add(Case("links/folder-link", "symlink", "error", "discover",
             make=lambda folder, p: p.symlink_to(folder, target_is_directory=True)))
    add(Case("special/fifo.txt", "special", "error", "read", make=_fifo))
    add(Case("special/socket.txt", "special", "error", "read", make=_socket))
    add(Case("special/no-permission.txt", "permissions", "article" if _is_root() else "error",
             None if _is_root() else "read", data=story().encode(), make=_chmod000))
    add(Case("special/looks-like-a-file.txt/inside.txt", "special", "article",
             data=story().encode()))
    add(Case("special/unreadable-folder/inside.txt", "permissions",
             "article" if _is_root() else "error",
             None if _is_root() else "discover", data=story().encode(), make=_lock_folder,
             report_path=None if _is_root() else "special/unreadable-folder"))

    # --- names
    for name in ["with spaces in name.txt", "  leading spaces.txt", "статья о паводке.txt",
                 "café crème.txt",
                 "洪水の記事.txt", "📰 news.txt", "-starts-with-dash.txt", "semi;colon&amp.txt",
                 "quote'and\"double.txt", "new\nline.txt", "back\\slash.txt", "UPPER.TXT",
                 "Mixed.HtMl",
                 "no-suffix-article", "x" * 240 + ".txt", "dots.in.the.name.txt", "tab\there.txt",
                 "$(touch pwned).txt", "<script>.txt"]:
        data = (_html_story() if name.lower().endswith("html") else story()).encode()
        add(Case(f"names/{name}", "names", "article", data=data))
    # Not valid UTF-8: reported by its printable form, since no frame can store the raw name.
    add(Case("names/bad-utf8-\udcff\udcfe.txt", "names", "error", "discover",
             data=story().encode(),
             report_path="names/bad-utf8-\ufffd\ufffd.txt"))

    # --- other suffixes
    # a Word document and a CSV table have readers (analysis.loading.readers): a broken one, or a
    # table without a text column, is an error of the read
    add(Case("suffix/notes.docx", "suffix", "error", "read", data=BINARY_HEADERS["zip"] + b"rest"))
    add(Case("suffix/data.csv", "suffix", "error", "read", data=b"a,b\n1,2\n"))
    add(Case("suffix/orphan.json", "suffix", "error", "discover", data=b'{"outlet": "Nobody"}'))
    add(Case("suffix/page.htm", "suffix", "article", data=_html_story().encode()))
    add(Case("suffix/readme.md", "suffix", "article",
             data=("# Flood notes\n\n" + story()).encode()))

    # --- sidecars
    add(Case("sidecar/bad-json.txt", "sidecar", "error", "sidecar", data=story().encode(),
             make=_with_sidecar(b"{not json")))
    add(Case("sidecar/array-json.txt", "sidecar", "error", "sidecar", data=story().encode(),
             make=_with_sidecar(b'["outlet"]')))
    add(Case("sidecar/bad-date.txt", "sidecar", "article",
             checks={"published": "2031-03-14", "outlet": "Valley Gazette"},
             data=("14 March 2031\n\n" + story()).encode(),
             make=_with_sidecar(b'{"outlet": "Valley Gazette", "published": "31 February 2031"}')))
    add(Case("sidecar/binary-json.txt", "sidecar", "error", "sidecar", data=story().encode(),
             make=_with_sidecar(b"\x89PNG\r\n\x1a\n\x00\x00")))
    add(Case("sidecar/odd-values.txt", "sidecar", "article", checks={"outlet": None},
             data=story().encode(), make=_with_sidecar(b'{"outlet": null, "title": ["a"], '
                                                       b'"byline": {"x": 1}}')))
    return out


def load(path, **kwargs):
    """``load_corpus`` without the cache and in this process, when it takes those options."""
    import inspect

    from analysis import load_corpus

    params = inspect.signature(load_corpus).parameters
    opts = {k: v for k, v in (("cache", False), ("n_process", 1),
                              ("progress", False)) if k in params}
    return load_corpus(path, **{**opts, **kwargs})


def _is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def _link_outside(folder: Path, p: Path) -> None:
    outside = folder.parent / (folder.name + "-outside")
    outside.mkdir(exist_ok=True)
    target = outside / "elsewhere.txt"
    target.write_text(story(), encoding="utf-8")
    p.symlink_to(target)


def _link_if(target: str):
    def make(folder: Path, p: Path) -> None:
        if not os.path.exists(target):
            raise OSError(f"{target} does not exist here")
        p.symlink_to(target)
    return make


def _fifo(folder: Path, p: Path) -> None:
    os.mkfifo(p)


def _socket(folder: Path, p: Path) -> None:
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        s.bind(str(p))
    finally:
        s.close()


def _chmod000(folder: Path, p: Path) -> None:
    os.chmod(p, 0)


def _lock_folder(folder: Path, p: Path) -> None:
    os.chmod(p.parent, 0)


def _with_sidecar(content: bytes):
    def make(folder: Path, p: Path) -> None:
        p.with_suffix(".json").write_bytes(content)
    return make


def write_all(folder: Path, selected: list[Case] | None = None) -> list[Case]:
    """Write every case under ``folder``; returns the cases that could be made here
    (the rest get ``skip_reason``)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for case in selected if selected is not None else cases():
        p = folder / case.name
        try:
            p.parent.mkdir(parents=True, exist_ok=True)
            if case.data is not None:
                _write_bytes(p, case.data)
            if case.make is not None:
                case.make(folder, p)
        except (OSError, ValueError, UnicodeEncodeError) as exc:
            case.skip_reason = f"cannot create on this platform: {exc}"
            continue
        made.append(case)
    (folder / ".hidden-note.txt").write_text("hidden files are skipped on purpose",
                                             encoding="utf-8")
    (folder / "empty-folder.txt").mkdir(exist_ok=True)
    return made


def _write_bytes(p: Path, data: bytes) -> None:
    with open(os.fsencode(p), "wb") as fh:
        fh.write(data)


def unlock(folder: Path) -> None:
    """Give back permissions taken by the generator, so the folder can be deleted."""
    for dirpath, dirnames, _filenames in os.walk(folder):
        for d in dirnames:
            p = os.path.join(dirpath, d)
            if not os.path.islink(p):
                os.chmod(p, stat.S_IRWXU)
    for case in cases():
        p = Path(folder) / case.name
        if case.kind == "permissions" and p.exists() and not p.is_symlink():
            os.chmod(p, stat.S_IRUSR | stat.S_IWUSR)


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "malformed-corpus")
    made = write_all(target)
    print(f"wrote {len(made)} inputs to {target}")
