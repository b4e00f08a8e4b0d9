"""Run the pipeline over many sources, reporting each failure and going on.

With ``jobs > 1`` the articles are analysed in worker processes (see
parallel.py); results still come back one by one, in input order.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

from ..text.inputs import InputError, Source, read_text
from ..record import Article


@dataclass(frozen=True)
class Result:
    source: Source
    article: Article | None
    error: str | None = None


@dataclass(frozen=True)
class Job:
    """One source to analyse, with its text (or read error) when the parent read it."""
    source: Source
    text: str | None = None
    error: str | None = None


def process(job: Job | Source) -> Result:
    """Read and analyse one source; any failure becomes the Result's error."""
    from ..pipeline import extract
    job = job if isinstance(job, Job) else Job(job)
    if job.error:
        return Result(job.source, None, job.error)
    try:
        text = read_text(job.source) if job.text is None else job.text
    except InputError as err:
        return Result(job.source, None, str(err))
    try:
        return Result(job.source, extract(text, doc=job.source.name))
    except Exception as err:  # one bad article must not stop a batch
        return Result(job.source, None, f"{job.source.name}: {type(err).__name__}: {err}")


def make_jobs(sources: Iterable[Source]) -> Iterator[Job]:
    """Jobs for the workers; standard input is read here, as workers have none."""
    for source in sources:
        if source.path is not None:
            yield Job(source)
            continue
        try:
            yield Job(source, read_text(source))
        except InputError as err:
            yield Job(source, error=str(err))


def results(sources: Iterable[Source], jobs: int = 1) -> Iterator[Result]:
    """One Result per source, in input order, from ``jobs`` processes."""
    from ..analysis import models
    from .parallel import imap_ordered
    models.load_all()  # here, before any fork, so workers share the loaded models
    if jobs <= 1:
        return map(process, sources)
    return imap_ordered(process, make_jobs(sources), jobs, initializer=models.load_all)


def run(sources: Iterable[Source], on_error: Callable[[str], None],
        jobs: int = 1) -> Iterator[Article]:
    """Articles in input order; failures go to ``on_error`` and are skipped."""
    for result in results(sources, jobs):
        if result.error:
            on_error(result.error)
        elif result.article is not None:
            yield result.article
