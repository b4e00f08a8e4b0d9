"""Where articles come from: files, folders, standard input, the bundled seeds."""
from __future__ import annotations

import os
import stat
import sys
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Iterator

STDIN = "-"
SUFFIXES = (".txt",)


@dataclass(frozen=True)
class Source:
    """One article to read: a file path, or '-' for standard input."""
    name: str                 # as the user gave it (or as found in a folder)
    path: Path | None         # None for standard input


class InputError(Exception):
    """An input that cannot be read; the message names it."""


def bundled_seeds() -> Path:
    """The seed articles shipped with the package (or beside the checkout)."""
    packaged = Path(str(resources.files("kzru_facts"))) / "seeds"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "seeds"


def stdin_has_input() -> bool:
    """True when standard input is a pipe or a redirected regular file."""
    try:
        mode = os.fstat(sys.stdin.fileno()).st_mode
    except (AttributeError, OSError, ValueError):
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISREG(mode) or stat.S_ISSOCK(mode)


def walk_folder(folder: Path, warn) -> Iterator[Path]:
    """Text files below a folder, sorted, each real file once, loops harmless."""
    seen_dirs: set[str] = set()

    def onerror(err: OSError) -> None:
        warn(f"cannot read folder {err.filename}: {err.strerror}")

    for root, dirs, files in os.walk(folder, followlinks=True, onerror=onerror):
        real = os.path.realpath(root)
        if real in seen_dirs:
            dirs[:] = []
            continue
        seen_dirs.add(real)
        dirs.sort()
        for name in sorted(files):
            if name.lower().endswith(SUFFIXES):
                yield Path(root) / name


def expand(paths: tuple[str, ...], warn) -> Iterator[Source]:
    """Sources for the given paths, each real file once, in the order given."""
    seen: set[str] = set()
    for p in paths:
        if p == STDIN:
            yield Source(STDIN, None)
            continue
        path = Path(p)
        files = walk_folder(path, warn) if path.is_dir() else [path]
        for f in files:
            real = os.path.realpath(f)
            if real not in seen:
                seen.add(real)
                yield Source(str(f), f)


def missing(paths: tuple[str, ...]) -> list[str]:
    """The given paths that do not exist."""
    return [p for p in paths if p != STDIN and not os.path.exists(p)]


def read_text(source: Source) -> str:
    """The decoded text of one source (UTF-8, with or without a BOM)."""
    try:
        data = sys.stdin.buffer.read() if source.path is None else source.path.read_bytes()
    except OSError as err:
        raise InputError(f"{source.name}: {err.strerror or err}") from err
    return decode(data, source.name)


def decode(data: bytes, name: str) -> str:
    """Bytes as text; a file that is not UTF-8 text is an InputError."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(f"{name}: not UTF-8 text ({err.reason} at byte {err.start})") from err
    if "\x00" in text:
        raise InputError(f"{name}: binary file, not text")
    return text.replace("\r\n", "\n").replace("\r", "\n")
