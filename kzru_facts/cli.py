"""The command line: parse options, run the pipeline, render. Nothing else."""
from __future__ import annotations

import functools
import os
import sys

import click

from . import __version__
from .const import ENTITY_TYPES, FACT_TYPES, QUOTE_KINDS
from .env import Env
from .inputs import bundled_seeds, expand, missing
from .render import FORMATS, write
from .rows import (ARTICLE_COLUMNS, ENTITY_COLUMNS, FACT_COLUMNS, QUOTE_COLUMNS,
                   EntityTally, article_row, fact_objects, fact_row, quote_objects,
                   quote_row, same_speaker)
from .parallel import cpu_count
from .progress import track, wanted as progress_wanted
from .runner import run
from .status import ExitStatus

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


class Session:
    """One command's run: its environment, warnings and failures."""

    def __init__(self, env: Env):
        self.env = env
        self.failures: list[str] = []
        self.jobs = 1
        self.progress = False

    def warn(self, message: str) -> None:
        click.echo(f"kzru-facts: warning: {message}", err=True)

    def fail(self, message: str) -> None:
        self.failures.append(message)
        click.echo(f"kzru-facts: error: {message}", err=True)

    def sources(self, paths: tuple[str, ...]):
        if not paths:
            paths = ("-",) if self.env.stdin_has_input else (str(bundled_seeds()),)
        gone = missing(paths)
        if gone:
            raise click.UsageError(f"no such file or folder: {gone[0]}")
        return expand(paths, self.warn)

    def articles(self, paths: tuple[str, ...]):
        return track(run(self.sources(paths), self.fail, self.jobs), self.progress)

    def finish(self) -> None:
        if self.failures:
            n = len(self.failures)
            click.echo(f"kzru-facts: {n} input{'s' if n > 1 else ''} skipped", err=True)
            sys.exit(ExitStatus.ERROR)


def output_options(func):
    """--format, --json, --ascii and --jobs, shared by every command."""
    @click.option("-f", "--format", "fmt", type=click.Choice(FORMATS),
                  help="Output format. Default: table on a terminal, tsv when piped.")
    @click.option("--json", "as_json", is_flag=True, help="Shorthand for --format json.")
    @click.option("--ascii", is_flag=True, help="Escape non-ASCII characters in JSON.")
    @click.option("-j", "--jobs", type=click.IntRange(min=1), default=cpu_count,
                  show_default="number of cores", help="Articles analysed in parallel.")
    @click.argument("paths", nargs=-1, type=click.Path())
    @functools.wraps(func)
    def wrapper(*args, fmt, as_json, jobs, **kwargs):
        if as_json and fmt not in (None, "json"):
            raise click.UsageError("use just one of --json and --format")
        env = click.get_current_context().obj or Env()
        fmt = "json" if as_json else fmt or ("table" if env.stdout_isatty else "tsv")
        session = Session(env)
        session.jobs, session.progress = jobs, progress_wanted(env.stdout_isatty, fmt)
        func(*args, fmt=fmt, session=session, **kwargs)
        session.finish()
    return wrapper


@click.group(context_settings=CONTEXT_SETTINGS)
@click.version_option(__version__, "--version", prog_name="kzru-facts")
def cli():
    """Quotes, speakers, entities and facts from Russian political news.

    Each command reads articles from PATHS (files, folders of .txt files,
    or - for standard input). With no PATHS it reads standard input when
    something is piped in, and the bundled seed articles otherwise.

    \b
    Examples:
      kzru-facts quotes
      kzru-facts entities --json
      kzru-facts extract --format jsonl articles/ | jq .
      cat article.txt | kzru-facts quotes
    """


@cli.command()
@output_options
@click.option("--speaker", help="Only quotes of this person (any case form: Токаева finds Токаев).")
@click.option("--kind", type=click.Choice(QUOTE_KINDS), help="Only quotes of this kind.")
@click.option("--explain", is_flag=True, help="Show which rule resolved each speaker.")
def quotes(paths, fmt, session, ascii, speaker, kind, explain):
    """Direct quotations and who said them.

    \b
    Examples:
      kzru-facts quotes
      kzru-facts quotes --speaker Токаев --format csv news/
      printf 'Токаев заявил: «Мы подписали документ».' | kzru-facts quotes -
    """
    objs = (q for a in session.articles(paths) for q in quote_objects(a)
            if (not kind or q["kind"] == kind)
            and (not speaker or same_speaker((q["speaker"] or {}).get("name"), speaker)))
    columns = QUOTE_COLUMNS
    if fmt == "table":
        columns = ["speaker", "role", "text", "doc"] + (["rule", "mention"] if explain else [])
    write(session.env, fmt, objs, columns, quote_row, "Quotes", wide=["text"], ascii=ascii)


@cli.command()
@output_options
@click.option("--type", "etype", type=click.Choice(ENTITY_TYPES), help="Only this type.")
def entities(paths, fmt, session, ascii, etype):
    """People, places and organisations, one row per entity across all articles.

    \b
    Examples:
      kzru-facts entities
      kzru-facts entities --json --type PER news/ | jq '.[].name'
    """
    tally = EntityTally()
    for article in session.articles(paths):
        tally.add(article)
    write(session.env, fmt, tally.objects(etype), ENTITY_COLUMNS, lambda o: o,
          "Entities", wide=["articles"], ascii=ascii)


@cli.command()
@output_options
@click.option("--type", "ftype", type=click.Choice(FACT_TYPES), help="Only this kind of fact.")
def facts(paths, fmt, session, ascii, ftype):
    """Visits, visit counts, documents, durations and dates.

    \b
    Examples:
      kzru-facts facts
      kzru-facts facts --type dates --format csv news/
    """
    types = (ftype,) if ftype else FACT_TYPES
    objs = (f for a in session.articles(paths) for f in fact_objects(a, types))
    if fmt in ("json", "jsonl"):
        write(session.env, fmt, objs, [], None, ascii=ascii)
        return
    if fmt == "table":
        from .rows import group_by
        groups = group_by(objs, "type")
        for t in types:
            if groups.get(t):
                write(session.env, fmt, groups[t], FACT_COLUMNS[t], fact_row, t, wide=["text"])
        return
    columns = ["type"] + sorted({c for t in types for c in FACT_COLUMNS[t]},
                                key=lambda c: min(FACT_COLUMNS[t].index(c) if c in FACT_COLUMNS[t]
                                                  else 99 for t in types))
    write(session.env, fmt, objs, columns, lambda o: o)


@cli.command()
@output_options
def extract(paths, fmt, session, ascii):
    """Everything per article: metadata, quotes, entities and facts.

    JSON and JSON Lines carry the full records (one object per article);
    table, tsv and csv give one summary line per article.

    \b
    Examples:
      kzru-facts extract --format jsonl seeds/ | jq .
      kzru-facts extract --json article.txt
    """
    articles = session.articles(paths)
    if fmt in ("json", "jsonl"):
        write(session.env, fmt, (a.to_dict() for a in articles), [], None, ascii=ascii)
    else:
        write(session.env, fmt, map(article_row, articles), ARTICLE_COLUMNS, lambda o: o,
              "Articles", wide=["title"])


def main() -> None:
    """Entry point: exit codes for Ctrl-C and a closed pipe, never a traceback."""
    try:
        cli(obj=None)
    except KeyboardInterrupt:
        click.echo("kzru-facts: interrupted", err=True)
        sys.exit(ExitStatus.INTERRUPTED)
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(ExitStatus.OK)
