"""Run the pipeline over many sources, reporting each failure and going on.

With ``jobs > 1`` the articles are analysed in worker processes (see
parallel.py); results still come back one by one, in input order.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

from .chunks import LIMIT
from .inputs import InputError, Source, read_text
from .parallel import WorkerLost
from .record import Article
from .status import RunStopped


@dataclass(frozen=True)
class Result:
    source: Source
    article: Article | None
    error: str | None = None
    long_text: str | None = None   # over chunks.LIMIT: analysed part by part by ``run``
    empty: bool = False            # nothing but white space to read


@dataclass(frozen=True)
class Job:
    """One source to analyse, with its text (or read error) when the parent read it."""
    source: Source
    text: str | None = None
    error: str | None = None


def process(job: Job | Source) -> Result:
    """Read and analyse one source; any failure becomes the Result's error."""
    from .pipeline import extract
    job = job if isinstance(job, Job) else Job(job)
    if job.error:
        return Result(job.source, None, job.error)
    try:
        text = read_text(job.source) if job.text is None else job.text
    except InputError as err:
        return Result(job.source, None, str(err))
    if not text.strip():
        return Result(job.source, None, empty=True)
    if len(text) > LIMIT:    # an archive dump: ``run`` streams it chunk by chunk
        return Result(job.source, None, long_text=text)
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
    from . import models
    from .parallel import imap_ordered
    models.load_all()  # here, before any fork, so workers share the loaded models
    if jobs <= 1:
        return map(process, sources)
    return guarded(imap_ordered(process, make_jobs(sources), jobs, initializer=models.load_all))


def guarded(results: Iterator[Result]) -> Iterator[Result]:
    """The results; a worker that died stops the run with a message naming its input."""
    try:
        yield from results
    except WorkerLost as err:
        name = err.item.source.name if isinstance(err.item, Job) else "an input"
        raise RunStopped(f"a worker process ended (killed, or out of memory?) while analysing "
                         f"{name}; the run stops here") from None


def parts(result: Result) -> Iterator[Result]:
    """A long text's Articles, one per chunk as each is analysed (memory stays
    one chunk's, whatever the file's size)."""
    from .pipeline import extract_stream
    name = result.source.name
    try:
        for part in extract_stream(result.long_text, doc=name):
            yield Result(result.source, part)
    except Exception as err:  # one bad article must not stop a batch
        yield Result(result.source, None, f"{name}: {type(err).__name__}: {err}")


def run(sources: Iterable[Source], on_error: Callable[[str], None],
        jobs: int = 1, on_empty: Callable[[str], None] | None = None) -> Iterator[Article]:
    """Articles in input order; failures go to ``on_error`` and are skipped, blank
    inputs go to ``on_empty`` (by name) and give no Article."""
    for result in results(sources, jobs):
        for r in parts(result) if result.long_text is not None else (result,):
            if r.error:
                on_error(r.error)
            elif r.empty and on_empty:
                on_empty(r.source.name)
            elif r.article is not None:
                yield r.article
