"""analysis.loading.ingest: discovery, reading, encodings, HTML extraction and sidecars."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from analysis.extraction.pipeline import prepare
from analysis.loading import ingest
from analysis.loading.ingest import (
    ArticleError,
    decode,
    read_bytes,
    sniff_binary,
)
from analysis.loading.readers import article_files, read_article

META = Path(__file__).parents[1] / "fixtures" / "ingest" / "meta"

RU = "Мэр Вельска Олег Петровский сказал, что вода поднялась на три метра за ночь.\n"
UK = "Інженери оцінили збитки у дванадцять мільйонів гривень, повідомила міська рада.\n"
FR = ("Le maire, Aurélien Dégas, a déclaré que la crue était « très inquiétante » près de "
      "l'église.\n")
EN = "The café owner, José Ibáñez, said the naïve plan failed — “we saw it coming”.\n"


# --------------------------------------------------------------------------- decoding

@pytest.mark.parametrize("text,encoding", [
    (RU, "cp1251"), (UK, "cp1251"), (RU, "koi8-r"), (FR, "latin-1"), (FR, "cp1252"),
    (EN, "cp1252"),
    (RU, "utf-16-le"), (RU, "utf-16-be"), (FR, "utf-16-le"), (EN, "utf-16-be"), (UK, "utf-16-le"),
])
def test_legacy_and_bomless_encodings_decode_to_the_right_characters(text, encoding):
    got, _ = decode(text.encode(encoding))
    assert got == text


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-32"])
def test_byte_order_marks_are_used_and_dropped(encoding):
    got, enc = decode(RU.encode(encoding))
    assert got == RU
    assert "\ufeff" not in got


def test_plain_utf8_is_read_as_utf8():
    assert decode(EN.encode("utf-8")) == (EN, "utf-8")


def test_random_bytes_are_not_text(tmp_path):
    p = tmp_path / "noise.txt"
    p.write_bytes(bytes(range(256)) * 8)
    with pytest.raises(ArticleError) as err:
        read_article(p)
    assert err.value.stage in ("read", "decode")


@pytest.mark.parametrize("head,word", [(b"\x89PNG\r\n\x1a\n", "PNG"),
                                       (b"\xff\xd8\xff\xe0", "JPEG"),
                                       (b"%PDF-1.4", "PDF"), (b"PK\x03\x04", "zip"),
                                       (b"\x1f\x8b\x08", "gzip")])
def test_binary_formats_are_named(head, word):
    assert word in sniff_binary(head + b"\x00" * 64)


def test_text_and_bomless_utf16_are_not_binary():
    assert sniff_binary(EN.encode()) is None
    assert sniff_binary(("Plain words here. " * 20).encode("utf-16-le")) is None
    assert sniff_binary(b"\x00\x01\x02\x03" * 100) == "binary data (not text)"


def test_normalise_text_unifies_lines_and_drops_controls():
    out = ingest.normalise_text("a\r\nb\rc\u2028d\x00e\x07\ufefff\ud800g\u00a0h\u200bi")
    assert out == "a\nb\nc\nde" + "f\ufffdg hi"


def test_has_words():
    assert ingest.has_words("The river rose.")
    assert not ingest.has_words("123 456 --- !!! 🙂")
    assert not ingest.has_words("ÿ" * 500)
    assert ingest.has_words("洪水" * 40)  # scripts written without spaces


# --------------------------------------------------------------------------- reading files

def test_read_bytes_limit_gives_a_clear_message(tmp_path):
    p = tmp_path / "big.txt"
    p.write_bytes(b"word " * 3000)
    with pytest.raises(ArticleError, match=r"the limit is 10 KB") as err:
        read_bytes(p, limit=10 * 1024)
    assert err.value.stage == "read"


def test_the_default_limit_rejects_before_reading(tmp_path, monkeypatch):
    p = tmp_path / "huge.txt"
    with open(p, "wb") as fh:  # sparse: 25 MB on paper, nothing on disk
        fh.truncate(25 * 1024 * 1024)

    def no_open(*a, **k):
        raise AssertionError("the file was opened")

    monkeypatch.setattr(ingest, "open", no_open, raising=False)
    with pytest.raises(ArticleError, match="25 MB; the limit is 20 MB"):
        read_bytes(p)


def test_too_long_text_is_refused(tmp_path):
    p = tmp_path / "dump.txt"
    p.write_text("The gauge read high again today. " * (ingest.MAX_TEXT_CHARS // 30),
                 encoding="utf-8")
    with pytest.raises(ArticleError, match="characters; the limit is"):
        read_article(p)


@pytest.mark.parametrize("make,message", [
    (lambda p: os.mkfifo(p), "named pipe"),
    (lambda p: p.mkdir(), "is a folder"),
    (lambda p: p.symlink_to(p.parent / "missing.txt"), "broken symbolic link"),
    (lambda p: p.symlink_to(p), "symbolic link loop"),
    (lambda p: p.symlink_to("/dev/zero"), "is a device"),
])
def test_special_files_are_refused_without_blocking(tmp_path, make, message):
    p = tmp_path / "odd.txt"
    make(p)
    with pytest.raises(ArticleError, match=message) as err:
        read_bytes(p)
    assert err.value.stage == "read"


def test_empty_and_whitespace_files(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.txt").write_bytes(" \n\t\u3000\n".encode())
    with pytest.raises(ArticleError, match="file is empty"):
        read_article(tmp_path / "a.txt")
    with pytest.raises(ArticleError, match="only whitespace"):
        read_article(tmp_path / "b.txt")


# --------------------------------------------------------------------------- discovery

def test_discover_lists_articles_sorted_and_reports_the_rest(tmp_path):
    (tmp_path / "b.txt").write_text("x")
    (tmp_path / "a.html").write_text("x")
    (tmp_path / "notes").write_text("x")             # no suffix: tried as text
    (tmp_path / "photo.png").write_bytes(b"\x89PNG")
    (tmp_path / ".DS_Store").write_bytes(b"\x00")
    (tmp_path / "articles.csv").write_text("file,outlet\n")
    (tmp_path / "b.json").write_text("{}")            # sidecar of b.txt
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.txt").write_text("x")
    (tmp_path / "linked").symlink_to(tmp_path / "sub", target_is_directory=True)
    files, errors = article_files(tmp_path)
    assert [f.relative_to(tmp_path).as_posix() for f in files] == ["a.html", "b.txt", "notes",
                                                                   "sub/c.txt"]
    by_path = {Path(e["path"]).name: e for e in errors}
    assert set(by_path) == {"photo.png", "linked"}
    assert "unsupported file type '.png'" in by_path["photo.png"]["message"]
    assert "symbolic link to a folder" in by_path["linked"]["message"]


def test_discover_a_missing_path_raises():
    with pytest.raises(FileNotFoundError):
        article_files("/nonexistent/folder/for/this/test")


def test_undecodable_file_names_are_reported_printably(tmp_path):
    raw = os.path.join(os.fsencode(tmp_path), b"caf\xe9.txt")
    try:
        with open(raw, "wb") as fh:
            fh.write(b"The river rose.")
    except OSError:
        pytest.skip("the file system refuses non-UTF-8 names")
    files, errors = article_files(tmp_path)
    assert files == []
    assert errors[0]["path"].endswith("caf\ufffd.txt")
    assert "not valid UTF-8" in errors[0]["message"]


# --------------------------------------------------------------------------- HTML

def test_html_metadata_from_open_graph_and_article_tags():
    # Dated 2031: htmldate's default upper bound is today, so this also checks that the
    # result does not depend on the day the loader runs.
    raw = read_article(META / "page.html")
    assert raw.is_html
    assert raw.meta["outlet"] == "Fjordland Daily"
    assert raw.meta["published"].startswith("2031-03-14")
    assert raw.meta["byline"] == "Ingrid Solvang"
    assert "Braeheim glacier retreated 92 metres" in raw.text
    assert "Subscribe to our newsletter" not in raw.text and "Home" not in raw.text.split("\n")


def test_html_without_a_date_gets_none_even_if_the_body_names_one():
    raw = read_article(META / "page-no-date.html")
    assert "published" not in raw.meta
    assert "outlet" not in raw.meta


def test_html_byline_keeps_names_only():
    html = ("<html><head><meta name='author' content='Mirela Dobos, Senior "
            "Correspondent'></head><body>"
            "<article><p>" + "The harbour froze over for the first time in a decade, officials "
            "said. " * 3 +
            "</p></article></body></html>")
    text, meta, _ = ingest.extract_html(html)
    assert meta.get("byline") == "Mirela Dobos"


def test_scripts_in_html_never_reach_the_text(tmp_path):
    p = tmp_path / "x.html"
    p.write_text("<html><body><article><p>" + "Water levels fell overnight across the valley. " * 3
                 +
                 "<script>alert('x')</script><img src=x "
                 "onerror=alert(1)></p></article></body></html>")
    raw = read_article(p)
    assert "alert" not in raw.text and "<" not in raw.text


# --------------------------------------------------------------------------- sidecars

def test_json_sidecar_wins_over_the_text():
    a = prepare(META / "sidecar-article.txt", ingest.load_sidecars(META)).article
    assert (a["outlet"], a["outlet_source"]) == ("Meridian Wire", "sidecar")
    assert (a["published"], a["published_source"]) == ("2031-03-15", "sidecar")
    assert a["title"] == "Coastal path open again"
    assert a["url"] == "https://example.org/coastal-path"
    assert "Old Name Weekly" not in a["text"] and "1 January 2030" not in a["text"]


def test_articles_csv_applies_inside_its_folder_only():
    table = ingest.load_sidecars(META)
    first = prepare(META / "csvdir" / "first.txt", table).article
    second = prepare(META / "csvdir" / "second.txt", table).article
    outside = prepare(META / "name-line.txt", table).article
    assert (first["outlet"], first["published"]) == ("Lowland Observer", "2031-03-12")
    assert second["published"] == "2031-03-13" and second["url"] == "https://example.org/second"
    assert outside["outlet"] == "Harbour Herald"      # the "../name-line.txt" row is ignored
    assert all(str(META) in k for k in table)          # nothing outside the folder is listed


def test_sidecar_with_an_impossible_date_keeps_the_article_date(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("14 March 2031\n\nThe ferry ran again on Friday after three weeks, its operator "
                 "said.\n")
    (tmp_path / "a.json").write_text(json.dumps({"published": "31 February 2031",
                                                 "outlet": "Tide Times"}))
    a = prepare(p, {}).article
    assert (a["published"], a["published_source"]) == ("2031-03-14", "date_line")
    assert a["outlet"] == "Tide Times"


@pytest.mark.parametrize("content,message", [(b"{oops", "not valid JSON"),
                                             (b"[1, 2]", "JSON object")])
def test_broken_sidecar_is_an_error_with_its_name(tmp_path, content, message):
    p = tmp_path / "a.txt"
    p.write_text("The ferry ran again on Friday after three weeks, its operator said.\n")
    (tmp_path / "a.json").write_bytes(content)
    with pytest.raises(ArticleError, match=message) as err:
        read_article(p)
    assert err.value.stage == "sidecar" and "a.json" in err.value.message


def test_sidecar_linking_outside_the_folder_is_not_read(tmp_path):
    secret = tmp_path / "secret.json"
    secret.write_text(json.dumps({"outlet": "Leaked"}))
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("The ferry ran again on Friday after three weeks, its operator "
                                  "said.\n")
    (folder / "a.json").symlink_to(secret)
    with pytest.raises(ArticleError, match="outside the folder"):
        read_article(folder / "a.txt")


def test_inside_refuses_escapes(tmp_path):
    assert ingest._inside(tmp_path, "x.txt") == (tmp_path / "x.txt").resolve()
    assert ingest._inside(tmp_path, "../x.txt") is None
    assert ingest._inside(tmp_path, "/etc/passwd") is None


def test_a_single_file_uses_only_the_csv_beside_it(tmp_path):
    (tmp_path / "deep").mkdir()
    (tmp_path / "deep" / "articles.csv").write_text("file,outlet\n../a.txt,Wrong Outlet\n")
    (tmp_path / "articles.csv").write_text("file,outlet\na.txt,Right Outlet\n")
    (tmp_path / "a.txt").write_text("The ferry ran again on Friday after three weeks, its "
                                    "operator said.\n")
    table = ingest.load_sidecars(tmp_path / "a.txt")
    assert list(table.values()) == [{"outlet": "Right Outlet"}]


def test_article_error_survives_pickling():
    import pickle

    err = pickle.loads(pickle.dumps(ArticleError("decode", "not text")))
    assert (err.stage, err.message, str(err)) == ("decode", "not text", "not text")


@pytest.mark.parametrize("title,domain,name", [
    ("Harbour wall rebuilt | Coast Chronicle", "coastchronicle.example", "Coast Chronicle"),
    ("Harbour wall rebuilt - The Tide Times", "www.tidetimes.example", "The Tide Times"),
    ("Harbour wall rebuilt | World news", "coastchronicle.example", None),
    ("Harbour wall rebuilt", "coastchronicle.example", None),
])
def test_site_name_from_the_page_title_when_it_spells_the_domain(title, domain, name):
    assert ingest._site_from_title(f"<html><head><title>{title}</title></head></html>",
                                   domain) == name


def test_html_outlet_prefers_the_written_site_name_over_a_domain():
    html = ("<html><head><title>Harbour wall rebuilt | Coast Chronicle</title>"
            "<link rel='canonical' "
            "href='https://coastchronicle.example/news/harbour-wall'></head><body><article>"
            "<h1>Harbour wall rebuilt</h1><p>The harbour wall at Sandvik was rebuilt in six "
            "months, the port "
            "authority said, after a storm broke it in two places last autumn.</p><p>Engineer Liv "
            "Haugen said the "
            "new wall was two metres higher and would protect 300 homes from winter "
            "waves.</p></article></body></html>")
    _, meta, _ = ingest.extract_html(html)
    assert meta["outlet"] == "Coast Chronicle"
    assert meta["url"] == "https://coastchronicle.example/news/harbour-wall"


def test_link_tags_left_in_a_text_copy_of_a_page_are_dropped(tmp_path):
    """A text copied from a page with its links still marked up: the link tags go, their words
    stay; other markup is the text's own and stays as written (shown escaped)."""
    p = tmp_path / "story.txt"
    p.write_text('Troops stranded in northern <a href="https://example.org/x" target="_blank">'
                 'Lusk</a> were flown home. The <b>27</b> others, as 3 < 5 and a<b and c>d, '
                 'stayed in <a href="https://example.org/y">Tarv</a', encoding="utf-8")
    text = read_article(p).text
    assert "Troops stranded in northern Lusk were flown home." in text
    assert "The <b>27</b> others, as 3 < 5 and a<b and c>d, stayed in Tarv" in text
    assert "href" not in text and "</a" not in text
