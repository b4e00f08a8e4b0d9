"""Many articles from Python: ``extract_many``, streaming like spaCy's ``nlp.pipe``."""
from __future__ import annotations

import os
from datetime import date
from typing import Callable, Iterable, Iterator, Union

from ..record import Article
from ..text.inputs import Source, expand
from ..text.items import Item, ReadOptions
from ..text.pubdate import check_published
from ..pipeline import extract
from .runner import Job, make_jobs, run_jobs

TextOrPath = Union[str, "os.PathLike[str]"]


class ExtractError(Exception):
    """An input of ``extract_many`` that could not be read or analysed."""


def jobs_for(inputs: Iterable[TextOrPath], options: ReadOptions,
             warn: Callable[[str], None]) -> Iterator[Job]:
    """A job per text, and per article of each path (a folder, a page, a table)."""
    for value in inputs:
        if isinstance(value, str):
            yield Job(Source("<text>", None), Item(None, value, published=options.published))
        elif isinstance(value, os.PathLike):
            path = os.fspath(value)
            if not os.path.exists(path):
                raise FileNotFoundError(f"no such file or folder: {path}")
            yield from make_jobs(expand((path,), warn, warn), options)
        else:
            raise TypeError(f"extract_many takes texts (str) and paths (pathlib.Path), "
                            f"not {type(value).__name__}")


def extract_many(texts_or_paths: Iterable[TextOrPath], jobs: int = 1,
                 published: date | str | None = None,
                 on_error: Callable[[str], None] | None = None) -> Iterator[Article]:
    """Analyse many articles, yielding each Article as soon as it is ready, in input order.

    Args:
        texts_or_paths: article texts (``str``) and files or folders (``pathlib.Path``:
            .txt, .html, .jsonl/.json/.csv tables, as on the command line).
        jobs: worker processes (1: in this process).
        published: the date of texts that state none, as for ``extract``.
        on_error: called with a message for an input that cannot be read or
            analysed; without it, such an input raises ``ExtractError``.

    Yields:
        One Article per text, and per article found under each path. Texts
        have ``doc=None``; their Articles come in the order of the texts.
    """
    if not isinstance(jobs, int) or isinstance(jobs, bool) or jobs < 1:
        raise ValueError(f"jobs must be a whole number of at least 1, not {jobs!r}")
    options = ReadOptions(published=check_published(published))
    report = on_error or raise_error
    for result in run_jobs(jobs_for(texts_or_paths, options, report), jobs):
        if result.error:
            report(result.error)
        elif result.article is not None:
            yield result.article
        elif result.long_item is not None:    # one Article per text, however long
            item = result.long_item
            yield extract(item.text, item.published, item.doc, title=item.title, url=item.url)


def raise_error(message: str) -> None:
    raise ExtractError(message)
