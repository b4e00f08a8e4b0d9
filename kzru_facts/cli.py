"""The command line: parse options, run the pipeline, render. Nothing else.

Only click and the constants load at start-up: each command imports what it
runs when it runs, so ``kzru-facts --help`` and ``--version`` stay instant.
"""
from __future__ import annotations

import functools
import os
import sys

import click

from . import __version__
from .const import ENTITY_TYPES, FACT_TYPES, FORMATS, QUOTE_KINDS
from .env import Env, cores
from .status import ExitStatus, RunStopped

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
# Input paths are not checked by the parser: an unreadable file is named,
# skipped and counted by the run while the readable ones are processed.
INPUT_PATHS = click.Path(readable=False)


def published_option(ctx, param, value):
    """--published checked at once: a bad date is a usage error, not lost dates."""
    from .text.pubdate import check_published
    try:
        return check_published(value)
    except ValueError as err:
        raise click.BadParameter(str(err).replace("published must", "must")) from None


def input_options(func):
    """--published and --text-column, shared by every command."""
    @click.option("--published", metavar="YYYY-MM-DD", callback=published_option,
                  help="Publication date of plain-text articles (relative dates such as "
                       "«вчера» count from it); fills in for pages and table rows without one.")
    @click.option("--text-column", metavar="NAME",
                  help="Column holding the article text in .jsonl/.json/.csv tables "
                       "(default: text, content or body).")
    @functools.wraps(func)
    def wrapper(*args, published, text_column, **kwargs):
        from .text.items import ReadOptions
        return func(*args, options=ReadOptions(text_column, published), **kwargs)
    return wrapper


def output_options(func):
    """--format, --json, --ascii and --jobs, shared by every command."""
    @click.option("-f", "--format", "fmt", type=click.Choice(FORMATS),
                  help="Output format. Default: table on a terminal, tsv when piped.")
    @click.option("--json", "as_json", is_flag=True, help="Shorthand for --format json.")
    @click.option("--ascii", is_flag=True, help="Escape non-ASCII characters in JSON.")
    @click.option("-j", "--jobs", type=click.IntRange(min=1), default=cores,
                  show_default="number of cores",
                  help="Articles analysed in parallel (at most one per core).")
    @click.argument("paths", nargs=-1, type=INPUT_PATHS)
    @input_options
    @functools.wraps(func)
    def wrapper(*args, fmt, as_json, jobs, options, **kwargs):
        if as_json and fmt not in (None, "json"):
            raise click.UsageError("use just one of --json and --format")
        from .batch.session import Session
        from .output.progress import wanted as progress_wanted
        env = click.get_current_context().obj or Env()
        fmt = "json" if as_json else fmt or ("table" if env.stdout_isatty else "tsv")
        with Session(env) as session:
            session.jobs, session.progress = jobs, progress_wanted(env.stdout_isatty, fmt)
            session.options = options
            func(*args, fmt=fmt, session=session, **kwargs)
    return wrapper


@click.group(context_settings=CONTEXT_SETTINGS)
@click.version_option(__version__, "--version", prog_name="kzru-facts")
def cli():
    """Quotes, speakers, entities and facts from Russian political news.

    Each command reads articles from PATHS: files and folders of .txt,
    saved .html pages and .jsonl/.json/.csv article tables (one article a
    row), or - for standard input. With no PATHS it reads the bundled
    example articles when typed at a terminal, and standard input otherwise.

    \b
    Examples:
      kzru-facts quotes
      kzru-facts entities --json
      kzru-facts extract --format jsonl articles/ | jq .
      cat article.txt | kzru-facts quotes
      kzru-facts extract --db news.sqlite news.jsonl.gz pages/
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
    from .output.render import write
    from .output.rows import QUOTE_COLUMNS, quote_objects, quote_row, same_speaker
    objs = (q for a in session.articles(paths) for q in quote_objects(a)
            if (not kind or q["kind"] == kind)
            and (not speaker or same_speaker((q["speaker"] or {}).get("name"), speaker)))
    columns = QUOTE_COLUMNS
    if fmt == "table":
        columns = ["speaker", "role", "text", "doc"] + (["rule", "mention"] if explain else [])
    write(session.env, fmt, objs, columns, quote_row, "Quotes", wide=["text"], ascii=ascii,
          keep=["rule", "mention"] if explain else [])


@cli.command()
@output_options
@click.option("--type", "etype", type=click.Choice(ENTITY_TYPES), help="Only this type.")
@click.option("--mentions", is_flag=True, help="List every mention with its offsets instead.")
def entities(paths, fmt, session, ascii, etype, mentions):
    """People, places and organisations, one row per entity across all articles.

    \b
    Examples:
      kzru-facts entities
      kzru-facts entities --json --type PER news/ | jq '.[].name'
      kzru-facts entities --mentions --type LOC --format csv news/
    """
    from .output.render import write
    from .output.rows import ENTITY_COLUMNS, MENTION_COLUMNS, EntityTally, mention_objects
    if mentions:
        objs = (m for a in session.articles(paths) for m in mention_objects(a, etype))
        write(session.env, fmt, objs, MENTION_COLUMNS, lambda o: o, "Mentions", ascii=ascii)
        return
    tally = EntityTally()
    for article in session.articles(paths):
        tally.add(article)
    write(session.env, fmt, tally.objects(etype), ENTITY_COLUMNS, lambda o: o,
          "Entities", wide=["roles", "articles"], ascii=ascii)


@cli.command()
@output_options
@click.option("--type", "ftype", type=click.Choice(FACT_TYPES), help="Only this kind of fact.")
def facts(paths, fmt, session, ascii, ftype):
    """Visits, visit counts, documents, durations and dates, each with its sentence.

    \b
    Examples:
      kzru-facts facts
      kzru-facts facts --type dates --format csv news/
    """
    from .output.render import write
    from .output.rows import ALL_FACT_COLUMNS, FACT_COLUMNS, fact_objects, fact_row
    types = (ftype,) if ftype else FACT_TYPES
    objs = (f for a in session.articles(paths) for f in fact_objects(a, types))
    if fmt in ("json", "jsonl"):
        write(session.env, fmt, objs, [], None, ascii=ascii)
        return
    if fmt == "table":
        from .output.rows import group_by
        groups = group_by(objs, "type")
        for t in types:
            if groups.get(t):
                columns = [c for c in FACT_COLUMNS[t]
                           if c not in ("start", "end", "title", "published")] + ["sentence"]
                write(session.env, fmt, groups[t], columns,
                      lambda o: {**fact_row(o), "sentence": o.get("sentence")}, t, wide=["sentence"])
        return
    columns = [c for c in ALL_FACT_COLUMNS if c in {"type", "sentence"}
               or any(c in FACT_COLUMNS[t] for t in types)]
    write(session.env, fmt, objs, columns, lambda o: o)


@cli.command()
@output_options
@click.option("--db", metavar="FILE", type=click.Path(dir_okay=False),
              help="Store everything in this SQLite database instead of printing "
                   "(made when missing; articles already stored are not added again).")
def extract(paths, fmt, session, ascii, db):
    """Everything per article: metadata, quotes, entities and facts.

    JSON and JSON Lines carry the full records (one object per article);
    table, tsv and csv give one summary line per article; --db stores the
    articles and all they hold as linked tables in an SQLite database.

    \b
    Examples:
      kzru-facts extract --format jsonl seeds/ | jq .
      kzru-facts extract --json article.txt
      kzru-facts extract --db news.sqlite news/
    """
    from .batch.session import checked_database
    from .output.render import write
    from .output.rows import ARTICLE_COLUMNS, article_row
    if db:
        from .output.database import write_database
        tally = write_database(checked_database(db, paths), session.articles(paths))
        added = f"{tally.added} article{'s' if tally.added != 1 else ''} added"
        click.echo(f"kzru-facts: {db}: {added}"
                   + (f", {tally.known} already there" if tally.known else ""), err=True)
        return
    articles = session.articles(paths)
    if fmt in ("json", "jsonl"):
        write(session.env, fmt, (a.to_dict() for a in articles), [], None, ascii=ascii)
    else:
        write(session.env, fmt, map(article_row, articles), ARTICLE_COLUMNS, lambda o: o,
              "Articles", wide=["title"])


@cli.command()
@click.argument("paths", nargs=-1, type=INPUT_PATHS)
@click.option("--width", type=click.IntRange(min=40), help="Wrap at this many columns.")
@click.option("--pager/--no-pager", default=None,
              help="Page the output. Default: on a terminal, not when piped.")
@input_options
def show(paths, width, pager, options):
    """Articles in the terminal: quotes with their speakers, entities, facts.

    Quotes are shaded and followed by their speaker, people, places and
    organisations are coloured, dates and other facts underlined; text set
    aside by cleaning (menus, credits) is dimmed. A legend ends each article.

    \b
    Examples:
      kzru-facts show article.txt
      kzru-facts show --width 100 --no-pager seeds/ > view.txt
    """
    from rich.console import Console

    from .batch.session import Session
    from .output.show import show as show_articles
    env = click.get_current_context().obj or Env()
    session = Session(env)
    session.options = options
    console = Console(file=env.stdout, width=width)
    show_articles(session.articles(paths), console,
                  env.stdout_isatty if pager is None else pager)
    session.finish()


@cli.command()
@click.argument("paths", nargs=-1, type=INPUT_PATHS)
@click.option("-o", "--output", type=click.Path(dir_okay=False),
              help="Write the page to this file (- for standard output).")
@click.option("--title", default="kzru-facts report", show_default=True,
              help="The page's title.")
@input_options
def report(paths, output, title, options):
    """One self-contained HTML page: highlighted articles, speakers, timeline, entities.

    The page needs no network: no scripts, fonts or images are fetched.
    Hover a highlighted stretch to see the speaker, type or normalised value.

    \b
    Examples:
      kzru-facts report -o report.html
      kzru-facts report news/ -o news.html --title "Visits, November"
    """
    from .batch.session import Session, checked_target
    from .output.report import render
    from .output.target import write_atomic
    env = click.get_current_context().obj or Env()
    to_stdout = output in (None, "-")
    if to_stdout and env.stdout_isatty:
        raise click.UsageError("the report is an HTML page: give -o FILE, or pipe the output")
    if not to_stdout:
        checked_target(output, paths)
    session = Session(env)
    session.options = options
    articles = list(session.articles(paths))
    if not articles and session.failures:
        click.echo("kzru-facts: no report written: no article could be read", err=True)
    elif to_stdout:
        env.stdout.write(render(articles, title))
    else:
        existed = os.path.exists(output)
        try:
            write_atomic(output, render(articles, title))
        except OSError as err:
            stop(ExitStatus.ERROR, f"cannot write {output}: {err.strerror or err}")
        click.echo(f"kzru-facts: {'replaced' if existed else 'wrote'} {output}", err=True)
    session.finish()


class Stopped(BaseException):
    """SIGTERM or SIGHUP arrived: unwind (ending the workers), then exit. A
    BaseException, like KeyboardInterrupt: the per-article ``except Exception``
    that keeps one bad article from stopping a batch must not swallow it (with
    ``--jobs 1`` the signal lands inside an article's analysis)."""

    def __init__(self, status: ExitStatus, name: str):
        super().__init__(name)
        self.status = status


def on_stop_signals() -> dict:
    """SIGTERM and SIGHUP unwind the run like Ctrl-C, so workers end quietly.
    Returns the handlers they replace."""
    import signal

    def raise_stopped(signum, frame):
        name = signal.Signals(signum).name
        raise Stopped(ExitStatus.HANGUP if name == "SIGHUP" else ExitStatus.TERMINATED, name)

    old = {}
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            old[getattr(signal, name)] = signal.signal(getattr(signal, name), raise_stopped)
    return old


def restore_signals(old: dict) -> None:
    """The handlers ``on_stop_signals`` replaced (main called in-process, as tests do)."""
    import signal
    for signum, handler in old.items():
        signal.signal(signum, handler)


def main() -> None:
    """Entry point: exit codes for Ctrl-C and a closed pipe, never a traceback."""
    old = on_stop_signals()
    try:
        run_main()
    finally:
        restore_signals(old)


def run_main() -> None:
    """The command, its failures turned into one line and an exit status."""
    safe_streams()
    try:
        status = cli.main(obj=None, standalone_mode=False)
    except click.exceptions.Abort:         # click's form of Ctrl-C
        stop(ExitStatus.INTERRUPTED, "interrupted")
    except KeyboardInterrupt:
        stop(ExitStatus.INTERRUPTED, "interrupted")
    except Stopped as err:
        stop(err.status, f"stopped by {err}")
    except RunStopped as err:
        stop(ExitStatus.ERROR, f"error: {err}")
    except click.ClickException as err:
        err.show()
        sys.exit(err.exit_code)
    except BrokenPipeError:
        quiet_stdout()
        sys.exit(ExitStatus.OK)
    except Exception as err:  # a bug: one line, not a traceback
        stop(ExitStatus.ERROR, f"internal error: {type(err).__name__}: {err}")
    sys.exit(status if isinstance(status, int) else ExitStatus.OK)


def safe_streams() -> None:
    """Characters the terminal's encoding lacks (a C, KOI8-R or Latin-1 locale)
    come out as backslash escapes instead of ending the run."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors="backslashreplace")
        except (AttributeError, ValueError):     # not a text file (tests, pipes replaced)
            pass


def stop(status: ExitStatus, message: str) -> None:
    """Leave with one line on stderr."""
    from .batch.session import stop as session_stop
    session_stop(status, message)


def quiet_stdout() -> None:
    from .batch.session import quiet_stdout as quiet
    quiet()
