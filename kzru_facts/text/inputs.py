"""Where articles come from: files, folders, standard input, the bundled seeds.

Every file is decoded on its own: a byte-order mark decides first, then
UTF-16/UTF-32 without a mark (read off where the zero bytes fall), then
UTF-8 (a few broken bytes become U+FFFD rather than losing the article),
then charset-normalizer among the Cyrillic code pages old news sites used
(Windows-1251, KOI8-R, DOS 866, ISO 8859-5, Mac Cyrillic). A file that is
none of these is not text, and is skipped with a message naming it.
"""
from __future__ import annotations

import codecs
import os
import re
import stat
import sys
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Callable, Iterator

STDIN = "-"
# What a folder is searched for: plain text, saved pages, article tables
# (each also gzip-compressed, as scrapers store them: news.jsonl.gz).
KINDS = (".txt", ".html", ".htm", ".jsonl", ".ndjson", ".json", ".csv")
SUFFIXES = KINDS + tuple(k + ".gz" for k in KINDS)
LISTED = ".txt, .html, .jsonl, .json, .csv"     # as the warning names them

# Why an input was skipped: the words the end-of-run summary counts.
NOT_TEXT = "not text"
UNREADABLE = "cannot be read"
FAILED = "failed"
# An InputError's message ends "NAME: REASON" or "NAME: REASON (detail)".
REASON = re.compile(rf": ({NOT_TEXT}|{UNREADABLE})(?: \(.*\))?$", re.S)

BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
]
# Code pages charset-normalizer chooses among when a file is not UTF-8.
CYRILLIC_PAGES = ["cp1251", "koi8_r", "cp866", "iso8859_5", "mac_cyrillic"]
# UTF-16/32 without a byte-order mark, tried when a file holds zero bytes.
WIDE = ["utf-32-le", "utf-32-be", "utf-16-le", "utf-16-be"]
# Characters of text in those: Cyrillic, Latin, digits, punctuation, spaces.
TEXT_CHAR = re.compile(r"[\u0400-\u04ff\u0020-\u007e\u00a0-\u00bf\u2010-\u2026\s]")
WIDE_SHARE = 0.9      # share of such characters a wide decoding must give
BROKEN_UTF8 = 0.01    # share of undecodable bytes UTF-8 text may hold (as U+FFFD)
# Control characters no text file holds (tab, line breaks, form feed and
# the DOS end-of-file mark ^Z are allowed): their presence means binary.
CONTROL = re.compile(r"[\x00-\x08\x0e-\x19\x1b-\x1f\x7f]")
MAX_CONTROLS = 0.01    # share of other control characters a text may have


@dataclass(frozen=True)
class Source:
    """One article to read: a file path, or '-' for standard input."""
    name: str                 # as the user gave it (or as found in a folder)
    path: Path | None         # None for standard input
    strict: bool = False      # found in a folder: only regular files are read
    data: bytes | None = field(default=None, repr=False, compare=False)  # stdin, read early


class InputError(Exception):
    """An input that cannot be read; the message names it and says why."""

    def __init__(self, name: str, reason: str, detail: str = ""):
        super().__init__(f"{name}: {reason}" + (f" ({detail})" if detail else ""))
        self.name, self.reason, self.detail = name, reason, detail

    def __reduce__(self):
        """Pickle by the three parts, so worker processes can send it back."""
        return InputError, (self.name, self.reason, self.detail)


def skip_reason(message: str) -> str:
    """The summary word for one failure message.

    >>> skip_reason("a.bin: not text (binary data)"), skip_reason("x: ValueError: boom")
    ('not text', 'failed')
    """
    m = REASON.search(message)
    return m[1] if m else FAILED


def shown(path: str) -> str:
    r"""A path as text that any output can carry: bytes of a file name that are
    not UTF-8 (kept by Python as lone surrogates) become ``\xNN``.

    >>> shown("a\udcff.txt"), shown("статья.txt")
    ('a\\xff.txt', 'статья.txt')
    """
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def bundled_seeds() -> Path:
    """The seed articles shipped with the package (or beside the checkout)."""
    packaged = Path(str(resources.files("kzru_facts"))) / "seeds"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "seeds"


def file_key(path: str) -> tuple:
    """What makes two paths one file: device and inode, else the real path."""
    try:
        st = os.stat(path)
    except OSError:
        return ("path", os.path.realpath(path))
    return ("inode", st.st_dev, st.st_ino)


Report = Callable[[str], None]


def walk_folder(folder: Path, warn: Report, fail: Report) -> Iterator[Path]:
    """Text files below a folder, sorted, each folder once, loops harmless.

    A folder that cannot be listed goes to ``fail``; a folder reached a
    second time (a link back up the tree) goes to ``warn`` and is not re-read.
    """
    seen_dirs: set[tuple] = set()

    def onerror(err: OSError) -> None:
        fail(f"{shown(str(err.filename))}: {UNREADABLE} (folder: {err.strerror})")

    for root, dirs, files in os.walk(folder, followlinks=True, onerror=onerror):
        key = file_key(root)
        if key in seen_dirs:
            warn(f"folder {shown(root)} already read (a symbolic link loop?), not read again")
            dirs[:] = []
            continue
        seen_dirs.add(key)
        dirs.sort()
        yield from (Path(root) / n for n in sorted(files) if n.lower().endswith(SUFFIXES))


def expand(paths: tuple[str, ...], warn: Report, fail: Report) -> Iterator[Source]:
    """Sources for the given paths, each real file once, in the order given."""
    seen: set[tuple] = set()
    for p in paths:
        if isinstance(p, Source):            # standard input, already read
            yield p
        elif p == STDIN:
            yield Source(STDIN, None)
        elif not os.path.isdir(p):
            yield from unseen([Path(p)], seen, strict=False)
        elif not (yield from unseen(walk_folder(Path(p), warn, fail), seen, strict=True)):
            warn(f"no article files ({LISTED}) in folder {shown(p)}")


def unseen(files, seen: set[tuple], strict: bool):
    """Sources for the files not seen before; returns how many files there were."""
    count = 0
    for f in files:
        count += 1
        key = file_key(str(f))
        if key not in seen:
            seen.add(key)
            yield Source(shown(str(f)), f, strict)
    return count


def missing(paths: tuple[str, ...]) -> list[str]:
    """The given paths that do not exist (a dangling link counts as missing)."""
    return [p for p in paths if isinstance(p, str) and p != STDIN and not os.path.exists(p)]


def read_bytes(source: Source) -> bytes:
    """The raw bytes of one source; an InputError when they cannot be had."""
    if source.data is not None:
        return source.data
    try:
        if source.path is None:
            return sys.stdin.buffer.read()
        if source.strict and not stat.S_ISREG(os.stat(source.path).st_mode):
            raise InputError(source.name, UNREADABLE, "not a regular file")
        data = source.path.read_bytes()
    except OSError as err:
        raise InputError(source.name, UNREADABLE, err.strerror or str(err)) from err
    return gunzip(data, source.name) if source.name.lower().endswith(".gz") else data


def gunzip(data: bytes, name: str) -> bytes:
    """The content of a gzip file; InputError when it is damaged."""
    import gzip
    import zlib
    try:
        return gzip.decompress(data)
    except (OSError, EOFError, zlib.error) as err:
        raise InputError(name, UNREADABLE, f"gzip: {err}") from err


def read_text(source: Source) -> str:
    """The decoded text of one source, line breaks as \\n."""
    return decode(read_bytes(source), source.name)


def decode(data: bytes, name: str) -> str:
    """Bytes as text in whatever encoding they are; InputError when not text.

    >>> decode("Привет".encode("koi8-r") * 20, "a")[:12]
    'ПриветПривет'
    >>> decode(b"\\xef\\xbb\\xbfOK\\r\\n", "a")
    'OK\\n'
    """
    text = decode_bom(data) if data.startswith(tuple(b for b, _ in BOMS)) else None
    if text is None:
        text = decode_plain(data, name)
    if not looks_like_text(text):
        raise InputError(name, NOT_TEXT, "control characters: binary data")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode_bom(data: bytes) -> str | None:
    """Text by its byte-order mark, or None when the bytes do not fit it."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    return None


def decode_plain(data: bytes, name: str) -> str:
    """Text without a byte-order mark: UTF-16/32, UTF-8, or a Cyrillic code page."""
    if b"\x00" in data:
        wide = decode_wide(data)
        if wide is not None:
            return wide
    text = decode_utf8(data)
    if text is not None:
        return text
    if b"\x00" in data:      # no code-page text holds a zero byte
        raise InputError(name, NOT_TEXT, "binary data")
    from charset_normalizer import from_bytes
    best = from_bytes(data, cp_isolation=CYRILLIC_PAGES).best()
    if best is None:
        raise InputError(name, NOT_TEXT, "no known encoding fits")
    return str(best)


def decode_wide(data: bytes) -> str | None:
    r"""UTF-16 or UTF-32 without a byte-order mark, when one reads as text.

    >>> decode_wide("Мир, «да».".encode("utf-16-le")), decode_wide(b"\x00\x01\x02\x03")
    ('Мир, «да».', None)
    """
    for encoding in WIDE:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if text and len(TEXT_CHAR.findall(text)) >= WIDE_SHARE * len(text):
            return text
    return None


def decode_utf8(data: bytes) -> str | None:
    r"""UTF-8, with up to 1% of broken bytes shown as U+FFFD; None when not UTF-8.

    >>> decode_utf8("Привет, мир".encode() + b"\xff"), decode_utf8("Привет".encode("cp1251"))
    ('Привет, мир�', None)
    """
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", "replace")
    broken = text.count("\ufffd")
    if broken <= max(2, BROKEN_UTF8 * len(text)) and len(text) < len(data):   # real multibyte text
        return text
    return None


def looks_like_text(text: str) -> bool:
    """False when more than 1% of the characters are stray control codes.

    >>> looks_like_text("Строка\\tи\\nещё"), looks_like_text("\\x01\\x02\\x03 abc")
    (True, False)
    """
    controls = sum(1 for _ in CONTROL.finditer(text))
    return controls <= MAX_CONTROLS * len(text)
