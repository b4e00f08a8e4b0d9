"""Files the tool writes (the report, the database): checked before any
analysis, and never left half-written.

A path that cannot be written is a usage error found in the first second,
not an "internal error" after an hour of analysis; an output that is one of
the inputs is refused (``report a.txt -o a.txt`` would replace the article).
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Iterable

from ..text.inputs import STDIN, SUFFIXES, file_key


class TargetError(Exception):
    """An output path that cannot or must not be written; the message says why."""


def check_target(path: str, inputs: Iterable[str]) -> None:
    """Raise TargetError unless ``path`` can be written and is no input."""
    folder = os.path.dirname(os.path.abspath(path))
    if os.path.isdir(path):
        raise TargetError(f"{path} is a folder; give a file name")
    if not os.path.isdir(folder):
        raise TargetError(f"cannot write {path}: no such folder {folder}")
    if not os.access(folder, os.W_OK | os.X_OK) or \
            (os.path.exists(path) and not os.access(path, os.W_OK)):
        raise TargetError(f"cannot write {path}: permission denied")
    if is_input(path, inputs):
        raise TargetError(f"{path} is also an input: writing it would replace what is read; "
                          "give another file name")


def is_input(path: str, inputs: Iterable[str]) -> bool:
    """True when ``path`` is one of the inputs, or a file a named folder would read."""
    if not os.path.exists(path):
        return False
    key, real = file_key(path), Path(os.path.realpath(path))
    for given in inputs:
        if given == STDIN or not os.path.exists(given):
            continue
        if os.path.isdir(given):
            if real.is_relative_to(os.path.realpath(given)) and \
                    real.name.lower().endswith(SUFFIXES):
                return True
        elif file_key(given) == key:
            return True
    return False


def write_atomic(path: str, text: str) -> None:
    """Write ``text`` to a temporary file beside ``path``, then rename it into place:
    a full disk or an interruption leaves the old file as it was."""
    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=".kzru-facts-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        if os.path.exists(path):
            os.chmod(tmp, os.stat(path).st_mode & 0o7777)
        else:
            os.chmod(tmp, 0o666 & ~current_umask())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
