"""The Python API: argument checks, extract_many, flat rows, typing marker."""
from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest

import kzru_facts
from kzru_facts import ExtractError, extract, extract_many

SAID = "Министр Иван Петров заявил: «Мы подписали важный документ»."
YESTERDAY = "Министр Иван Петров вчера посетил Омск. Встреча прошла 21 ноября."


@pytest.mark.parametrize("published", ["not-a-date", "2025-13-45", "0001-01-01", "14.03.2018",
                                       "2024-5-1", "", "2024-05-14T10:00"])
def test_a_bad_published_is_a_value_error(published):
    with pytest.raises(ValueError, match="published must be a date in the form YYYY-MM-DD"):
        extract(YESTERDAY, published=published)


@pytest.mark.parametrize("published", [20240514, 2024.5, ["2024-05-14"]])
def test_a_published_of_a_wrong_type_is_a_type_error(published):
    with pytest.raises(TypeError, match="published must be a str, a datetime.date or None"):
        extract(YESTERDAY, published=published)


@pytest.mark.parametrize("published", ["2024-05-14", datetime.date(2024, 5, 14),
                                       datetime.datetime(2024, 5, 14, 10, 0), " 2024-05-14 "])
def test_a_date_or_iso_string_is_accepted(published):
    article = extract(YESTERDAY, published=published)
    assert article.published == "2024-05-14"
    # a year-less day takes the year that puts it nearest the publication date
    assert "2023-11-21" in [d.value for d in article.facts.dates]


@pytest.mark.parametrize("text, hint", [
    (None, "text must be a str, not NoneType"),
    (b"\xd0\x9c", "decode bytes first"),
    (42, "not int"),
])
def test_text_must_be_a_str(text, hint):
    with pytest.raises(TypeError, match=hint):
        extract(text)


def test_title_and_url_are_kept():
    article = extract(SAID, title=" Заголовок ", url="https://example.org/1")
    assert (article.title, article.url) == ("Заголовок", "https://example.org/1")
    with pytest.raises(TypeError, match="title must be a str or None"):
        extract(SAID, title=5)


def test_extract_many_keeps_order_and_matches_extract(tmp_path):
    texts = [SAID, "", YESTERDAY]
    many = list(extract_many(texts, jobs=2, published="2024-05-14"))
    assert [a.to_dict() for a in many] == [extract(t, "2024-05-14").to_dict() for t in texts]


def test_extract_many_reads_paths_like_the_command_line(tmp_path):
    (tmp_path / "a.txt").write_text(SAID, encoding="utf-8")
    (tmp_path / "t.jsonl").write_text(json.dumps({"id": "x", "text": YESTERDAY}),
                                      encoding="utf-8")
    docs = [a.doc for a in extract_many([tmp_path, SAID])]
    assert docs == [str(tmp_path / "a.txt"), f"{tmp_path / 't.jsonl'}:x", None]


def test_extract_many_streams():
    def texts():
        yield SAID
        raise RuntimeError("asked for the second text before the first article was out")
    assert next(extract_many(texts())).quotes


def test_extract_many_errors(tmp_path):
    (tmp_path / "bin.txt").write_bytes(bytes(range(256)) * 8)
    with pytest.raises(ExtractError, match="not text"):
        list(extract_many([tmp_path / "bin.txt"]))
    seen: list[str] = []
    assert list(extract_many([tmp_path / "bin.txt"], on_error=seen.append)) == []
    assert len(seen) == 1
    with pytest.raises(TypeError, match="not bytes"):
        list(extract_many([b"x"]))
    with pytest.raises(FileNotFoundError):
        list(extract_many([tmp_path / "missing.txt"]))
    with pytest.raises(ValueError, match="jobs"):
        list(extract_many([SAID], jobs=0))


@pytest.mark.parametrize("kind, columns", [
    ("quotes", ["doc", "title", "published", "speaker", "role", "mention", "kind", "rule",
                "start", "end", "text"]),
    ("dates", ["doc", "title", "published", "value", "start", "end", "text", "sentence"]),
    ("entities", ["type", "name", "roles", "mentions", "articles"]),
])
def test_article_rows(kind, columns):
    rows = extract(YESTERDAY if kind == "dates" else SAID, published="2024-05-14",
                   doc="a.txt").rows(kind)
    assert rows and list(rows[0]) == columns
    with pytest.raises(ValueError, match="kind must be one of"):
        extract(SAID).rows("speakers")


def test_pandas_recipe():
    pandas = pytest.importorskip("pandas")
    frame = pandas.DataFrame(r for a in extract_many([SAID, YESTERDAY]) for r in a.rows("quotes"))
    assert frame["text"].tolist() == ["Мы подписали важный документ"]


def test_the_package_says_it_is_typed():
    assert (Path(kzru_facts.__file__).parent / "py.typed").is_file()
