"""Reading inputs: encodings, binaries, folders, chunks of long texts."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from kzru_facts.text.chunks import LIMIT, shift, split_chunks
from kzru_facts.text.inputs import (NOT_TEXT, UNREADABLE, InputError, Source, decode, expand,
                               read_text, skip_reason)
from kzru_facts.record import Quote, Speaker

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
ARTICLE = (SEEDS / "000_791e629fc53aa867.txt").read_text(encoding="utf-8")
# The article as old sites stored it: code pages cannot hold «» and —.
PLAIN = ARTICLE.replace("«", '"').replace("»", '"').replace("—", "-").replace("–", "-")


@pytest.mark.parametrize("encoding", [
    "utf-8", "utf-8-sig", "utf-16", "utf-16-le-bom", "utf-16-be-bom", "cp1251", "koi8-r",
])
def test_decode_finds_the_encoding(encoding):
    if encoding.endswith("-bom"):
        codec = encoding[:-4]
        data = ("\ufeff" + PLAIN).encode(codec)
    else:
        data = PLAIN.encode(encoding)
    assert decode(data, "a.txt") == PLAIN


def test_decode_short_koi8_line():
    line = "Президент заявил журналистам, что переговоры прошли успешно и визит состоится."
    assert decode(line.encode("koi8-r"), "a.txt") == line


def test_decode_folds_line_breaks():
    assert decode("один\r\nдва\rтри".encode("cp1251"), "a") == "один\nдва\nтри"


@pytest.mark.parametrize("data", [
    bytes(range(256)) * 4,                          # every byte value
    b"\x89PNG\r\n\x1a\n" + bytes(200),              # an image header and zeros
    b"PK\x03\x04" + bytes(range(1, 32)) * 20,       # a zip, no NUL after the head
    "текст".encode("utf-8") + b"\x01\x02\x03\x04\x05\x06\x07\x08" * 5,
])
def test_decode_refuses_binary(data):
    with pytest.raises(InputError) as err:
        decode(data, "x.bin")
    assert err.value.reason == NOT_TEXT
    assert str(err.value).startswith("x.bin: not text")


def test_decode_empty_and_blank():
    assert decode(b"", "e") == ""
    assert decode(b" \n\t\n", "e") == " \n\t\n"


def test_read_text_of_missing_file_names_it(tmp_path):
    with pytest.raises(InputError) as err:
        read_text(Source("gone.txt", tmp_path / "gone.txt"))
    assert err.value.reason == UNREADABLE
    assert "gone.txt" in str(err.value)


@pytest.mark.parametrize("message, reason", [
    ("a.bin: not text (binary data)", "not text"),
    ("d/: cannot be read (folder: Permission denied)", "cannot be read"),
    ("a.txt: ValueError: not text at all", "failed"),   # a crash, whatever its words
])
def test_skip_reason(message, reason):
    assert skip_reason(message) == reason


def make_tree(root: Path) -> None:
    (root / "a" / "b").mkdir(parents=True)
    (root / "a" / "one.txt").write_text("один", encoding="utf-8")
    (root / "a" / "b" / "two.TXT").write_text("два", encoding="utf-8")
    (root / "a" / "skip.md").write_text("не статья", encoding="utf-8")
    (root / "a" / "b" / "loop").symlink_to(root / "a")          # a loop back up
    (root / "a" / "same.txt").symlink_to(root / "a" / "one.txt")  # a second name
    os.link(root / "a" / "one.txt", root / "a" / "hard.txt")     # a third name


def test_folder_each_file_once_loops_warned(tmp_path):
    make_tree(tmp_path)
    warnings, failures = [], []
    found = list(expand((str(tmp_path / "a"), str(tmp_path / "a" / "one.txt")),
                        warnings.append, failures.append))
    names = sorted(Path(s.name).name for s in found)
    assert len(names) == 2 and "two.TXT" in names
    assert len(warnings) == 1 and "loop" in warnings[0]
    assert failures == []


def test_split_chunks_cover_the_text():
    text = ("Абзац номер один. " * 40 + "\n") * 200
    spans = split_chunks(text, size=5000)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:]))
    assert all(e - s <= 5000 for s, e in spans)
    assert all(text[e - 1] == "\n" for _, e in spans)


def test_split_chunks_without_any_break():
    text = "ж" * 12_000
    assert split_chunks(text, size=5000) == [(0, 5000), (5000, 10000), (10000, 12000)]


def test_shift_moves_nested_spans():
    q = Quote("да", 3, 5, "direct", Speaker("Иван", "он", 10, 12), None)
    moved = shift((q,), 100)[0]
    assert (moved.start, moved.end, moved.speaker.start, moved.speaker.end) == (103, 105, 110, 112)
    assert shift(Speaker(None, None, None, None), 5) == Speaker(None, None, None, None)


def test_chunk_limit_is_beyond_any_article():
    assert all(len(p.read_text(encoding="utf-8")) * 10 < LIMIT for p in SEEDS.glob("*.txt"))


def test_input_error_survives_pickling():
    import pickle
    err = pickle.loads(pickle.dumps(InputError("a.txt", NOT_TEXT, "binary data")))
    assert (str(err), err.reason) == ("a.txt: not text (binary data)", NOT_TEXT)


# Text that used to be dropped or garbled whole.
SENTENCE = "Посол заявил: «Мы готовы к диалогу». Встреча прошла в Астане.\n" * 20


@pytest.mark.parametrize("data, expected", [
    # one NUL byte in UTF-8: the article is read, the NUL kept
    (SENTENCE.encode() + b"\x00" + SENTENCE.encode(), SENTENCE + "\x00" + SENTENCE),
    # one invalid byte in UTF-8: one U+FFFD, not a code-page guess
    (SENTENCE.encode() + b"\xff" + SENTENCE.encode(), SENTENCE + "\ufffd" + SENTENCE),
    # UTF-16 and UTF-32 without a byte-order mark
    (SENTENCE.encode("utf-16-le"), SENTENCE),
    (SENTENCE.encode("utf-16-be"), SENTENCE),
    (SENTENCE.encode("utf-32-le"), SENTENCE),
    # Mac Cyrillic is not Windows-1251
    (SENTENCE.replace("«", '"').replace("»", '"').encode("mac_cyrillic"),
     SENTENCE.replace("«", '"').replace("»", '"')),
])
def test_decode_keeps_text_that_is_text(data, expected):
    assert decode(data, "a.txt") == expected


def test_decode_still_refuses_wide_binary():
    with pytest.raises(InputError):
        decode(bytes(range(256)) * 8, "x.bin")
