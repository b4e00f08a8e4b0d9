"""Where articles come from: files, folders, standard input, the bundled seeds.

Every file is decoded on its own: a byte-order mark decides first, then
strict UTF-8, then charset-normalizer among the Cyrillic code pages old
news sites used (Windows-1251, KOI8-R, DOS 866, ISO 8859-5). A file that
is none of these is not text, and is skipped with a message naming it.
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
CYRILLIC_PAGES = ["cp1251", "koi8_r", "cp866", "iso8859_5"]
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
        fail(f"{err.filename}: {UNREADABLE} (folder: {err.strerror})")

    for root, dirs, files in os.walk(folder, followlinks=True, onerror=onerror):
        key = file_key(root)
        if key in seen_dirs:
            warn(f"folder {root} already read (a symbolic link loop?), not read again")
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
            warn(f"no article files ({LISTED}) in folder {p}")


def unseen(files, seen: set[tuple], strict: bool):
    """Sources for the files not seen before; returns how many files there were."""
    count = 0
    for f in files:
        count += 1
        key = file_key(str(f))
        if key not in seen:
            seen.add(key)
            yield Source(str(f), f, strict)
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
    """Text without a byte-order mark: UTF-8 if it is, else a Cyrillic code page."""
    if b"\x00" in data:
        raise InputError(name, NOT_TEXT, "binary data")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes
    best = from_bytes(data, cp_isolation=CYRILLIC_PAGES).best()
    if best is None:
        raise InputError(name, NOT_TEXT, "no known encoding fits")
    return str(best)


def looks_like_text(text: str) -> bool:
    """False when more than 1% of the characters are stray control codes.

    >>> looks_like_text("Строка\\tи\\nещё"), looks_like_text("\\x01\\x02\\x03 abc")
    (True, False)
    """
    controls = sum(1 for _ in CONTROL.finditer(text))
    return controls <= MAX_CONTROLS * len(text)
