"""One command's run: where its articles come from, what was skipped, how it exits.

The command line (cli.py) parses options and hands each command a Session;
this module, and everything it imports, loads only once a command runs, so
``kzru-facts --help`` and ``--version`` import no analysis code.
"""
from __future__ import annotations

import os
import sys

import click

from ..env import Env
from ..output.progress import track
from ..output.target import TargetError, check_target
from ..status import ExitStatus, skip_summary
from ..text.inputs import (STDIN, InputError, Source, bundled_seeds, expand, missing, shown,
                           read_bytes, skip_reason)
from ..text.items import ReadOptions
from .runner import run


class Session:
    """One command's run: its environment, warnings, failures and exit status."""

    def __init__(self, env: Env):
        self.env = env
        self.failures: list[str] = []
        self.missing: list[str] = []
        self.count = 0
        self.jobs = 1
        self.progress = False
        self.options = ReadOptions()

    def warn(self, message: str) -> None:
        click.echo(f"kzru-facts: warning: {message}", err=True)

    def fail(self, message: str) -> None:
        self.failures.append(message)
        click.echo(f"kzru-facts: skipped {message}", err=True)

    def sources(self, paths: tuple[str, ...]):
        """Every source to read; paths that do not exist are named and left out.

        No paths: the bundled articles for a person at a terminal (said on
        stderr), standard input otherwise, and "nothing to read" (exit 2)
        when that is empty: example data never passes for results.
        """
        if not paths and self.env.stdin_isatty:
            click.echo("kzru-facts: no path given: reading the bundled example articles "
                       "(seeds/); give files or folders, or pipe text in", err=True)
            seeds = expand((str(bundled_seeds()),), self.warn, self.fail_folder)
            return self.counted(Source(f"seeds/{s.path.name}", s.path) for s in seeds)
        if not paths:
            return self.counted(expand(self.read_stdin(), self.warn, self.fail_folder))
        self.missing = missing(paths)
        for path in self.missing:
            click.echo(f"kzru-facts: error: no such file or folder: {shown(path)}", err=True)
        if len(self.missing) == len(paths):
            sys.exit(ExitStatus.USAGE)
        present = tuple(p for p in paths if p not in self.missing)
        return self.counted(expand(present, self.warn, self.fail_folder))

    def read_stdin(self) -> tuple[Source]:
        """Standard input when no path is given, read up front; empty, it is an error."""
        try:
            data = read_bytes(Source(STDIN, None))
        except InputError as err:
            stop(ExitStatus.ERROR, f"skipped {err}")
        if not data.strip():
            stop(ExitStatus.USAGE, "nothing to read: standard input is empty "
                                   "(give files or folders, or pipe text in)")
        return (Source(STDIN, None, data=data),)

    def counted(self, sources):
        """The sources, counted as they go by (for the summary line)."""
        for source in sources:
            self.count += 1
            yield source

    def fail_folder(self, message: str) -> None:
        """A folder that cannot be listed counts as one skipped input."""
        self.count += 1
        self.fail(message)

    def articles(self, paths: tuple[str, ...]):
        """Analysed articles; empty and blank inputs give none, and a warning."""
        return track(run(self.sources(paths), self.fail, self.jobs, self.options, self.empty),
                     self.progress)

    def empty(self, name: str) -> None:
        self.warn(f"{name}: empty, nothing to analyse")

    def finish(self) -> None:
        """Say what was skipped and leave with the run's exit status."""
        if self.failures:
            reasons = [skip_reason(m) for m in self.failures]
            click.echo(f"kzru-facts: {skip_summary(reasons, self.count)}", err=True)
        if self.missing:
            sys.exit(ExitStatus.USAGE)
        if self.failures:
            sys.exit(ExitStatus.ERROR)

    def __enter__(self) -> "Session":
        return self

    def __exit__(self, kind, err, tb) -> bool:
        """Finish the run; a reader that went away (``| head``) ends it quietly."""
        if isinstance(err, BrokenPipeError):
            quiet_stdout()
            sys.exit(ExitStatus.OK)
        if err is None:
            self.finish()
        return False


def checked_database(path: str, inputs: tuple[str, ...]) -> str:
    """The database path, or one line and exit 2 when it is no database or unwritable."""
    from ..output.database import is_database
    checked_target(path, inputs)
    if os.path.exists(path) and not is_database(path):
        stop(ExitStatus.USAGE, f"error: {path} is not an SQLite database")
    return path


def checked_target(path: str, inputs: tuple[str, ...]) -> str:
    """The output path, or one line and exit 2 when it cannot be written."""
    try:
        check_target(path, inputs)
    except TargetError as err:
        stop(ExitStatus.USAGE, f"error: {err}")
    return path


def stop(status: ExitStatus, message: str) -> None:
    """Leave with one line on stderr."""
    click.echo(f"kzru-facts: {message}", err=True)
    sys.exit(status)


def quiet_stdout() -> None:
    """Point stdout at /dev/null so the exit flush cannot raise again."""
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError):     # no real file behind stdout (tests)
        pass
