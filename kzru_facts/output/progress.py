"""A progress line on stderr for long runs on a terminal; nothing otherwise.

The line (articles done, articles per second, elapsed time) appears only
once a run has taken DELAY seconds, so short runs print nothing extra, and
only when stderr is a terminal, so logs and pipes stay clean. Lines streamed
to the same terminal would tear it, so then it shows only for the table,
which is printed at the end. It is transient: it disappears when the run ends.
"""
from __future__ import annotations

import sys
import time
from typing import Iterable, Iterator, TextIO, TypeVar

T = TypeVar("T")
DELAY = 1.0  # seconds before the line appears


def is_terminal(stream: TextIO) -> bool:
    """True when the stream is an open terminal."""
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def wanted(stdout_isatty: bool, fmt: str, stream: TextIO | None = None) -> bool:
    """Progress on ``stream`` (stderr): a terminal, and not torn by streamed stdout lines.

    >>> import io; wanted(False, "jsonl", io.StringIO())
    False
    """
    return is_terminal(stream or sys.stderr) and (not stdout_isatty or fmt == "table")


def start_display(stream: TextIO):
    """A started rich Progress on ``stream`` with one task (count, rate, time)."""
    from rich.console import Console
    from rich.progress import (Progress, SpinnerColumn, TextColumn,
                               TimeElapsedColumn)
    display = Progress(SpinnerColumn(), TextColumn("{task.description}"),
                       TextColumn("{task.completed} articles"),
                       TextColumn("{task.fields[rate]:.1f}/s"), TimeElapsedColumn(),
                       console=Console(file=stream), transient=True)
    display.start()
    display.add_task("kzru-facts", total=None, rate=0.0)
    return display


def track(items: Iterable[T], show: bool, stream: TextIO | None = None,
          delay: float = DELAY) -> Iterator[T]:
    """Yield ``items`` unchanged; when ``show``, progress on ``stream`` after ``delay`` s."""
    stream = stream or sys.stderr
    if not show:
        yield from items
        return
    display, began, count = None, time.monotonic(), 0
    try:
        for item in items:
            yield item
            count += 1
            elapsed = time.monotonic() - began
            if display is None and elapsed >= delay:
                display = start_display(stream)
            if display is not None:
                display.update(0, completed=count, rate=count / elapsed)
    finally:
        if display is not None:
            display.stop()
