"""Run the pipeline over many sources, reporting each failure and going on.

With ``jobs > 1`` the articles are analysed in worker processes (see
parallel.py); results still come back one by one, in input order.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

from ..text.chunks import LIMIT
from ..text.inputs import InputError, Source
from ..text.items import Item, ReadOptions
from ..text.reading import is_table, read_items
from ..record import Article
from ..status import RunStopped
from .parallel import WorkerLost


@dataclass(frozen=True)
class Result:
    source: Source
    article: Article | None
    error: str | None = None
    long_item: Item | None = None   # over chunks.LIMIT: analysed part by part by ``run``
    empty: str | None = None        # the name of an input with nothing but white space


@dataclass(frozen=True)
class Job:
    """One article to analyse: a file a worker reads, or an Item the parent read."""
    source: Source
    item: Item | None = None
    error: str | None = None
    options: ReadOptions = ReadOptions()


def process(job: Job | Source) -> Result:
    """Read and analyse one article; any failure becomes the Result's error."""
    job = job if isinstance(job, Job) else Job(job)
    if job.error:
        return Result(job.source, None, job.error)
    item = job.item
    if item is None:            # a text file or a page: exactly one article
        item = next(read_items(job.source, job.options))
        if isinstance(item, InputError):
            return Result(job.source, None, str(item))
    return analyze_item(job.source, item)


def analyze_item(source: Source, item: Item) -> Result:
    from ..pipeline import extract
    if not item.text.strip():     # a blank Article, named for ``run`` to warn about
        return Result(source, extract(item.text, item.published, item.doc),
                      empty=item.doc or source.name)
    if len(item.text) > LIMIT:    # an archive dump: ``run`` streams it chunk by chunk
        return Result(source, None, long_item=item)
    try:
        return Result(source, extract(item.text, item.published, item.doc,
                                      title=item.title, url=item.url))
    except Exception as err:  # one bad article must not stop a batch
        return Result(source, None, f"{item.doc}: {type(err).__name__}: {err}")


def make_jobs(sources: Iterable[Source], options: ReadOptions = ReadOptions()
              ) -> Iterator[Job]:
    """One job per article. Standard input and tables are read here (a table
    is split into its rows); other files are read by the worker."""
    for source in sources:
        if source.path is not None and not is_table(source):
            yield Job(source, options=options)
            continue
        for item in read_items(source, options):
            if isinstance(item, InputError):
                yield Job(source, error=str(item))
            else:
                yield Job(source, item)


def results(sources: Iterable[Source], jobs: int = 1,
            options: ReadOptions = ReadOptions()) -> Iterator[Result]:
    """One Result per article, in input order, from ``jobs`` processes."""
    return run_jobs(make_jobs(sources, options), jobs)


def run_jobs(work: Iterable[Job], jobs: int = 1) -> Iterator[Result]:
    """One Result per job, in order, from ``jobs`` processes."""
    from ..analysis import models
    from .parallel import imap_ordered
    models.load_all()  # here, before any fork, so workers share the loaded models
    if jobs <= 1:
        return map(process, work)
    return guarded(imap_ordered(process, work, jobs, initializer=models.load_all))


def guarded(results: Iterator[Result]) -> Iterator[Result]:
    """The results; a worker that died stops the run with a message naming its input."""
    try:
        yield from results
    except WorkerLost as err:
        job = err.item
        name = (job.item.doc if job.item else job.source.name) if isinstance(job, Job) else "an input"
        raise RunStopped(f"a worker process ended (killed, or out of memory?) while analysing "
                         f"{name}; the run stops here") from None


def parts(result: Result) -> Iterator[Result]:
    """A long text's Articles, one per chunk as each is analysed (memory stays
    one chunk's, whatever the file's size)."""
    from ..pipeline import extract_stream
    item = result.long_item
    try:
        for part in extract_stream(item.text, item.published, item.doc, title=item.title,
                                   url=item.url):
            yield Result(result.source, part)
    except Exception as err:  # one bad article must not stop a batch
        yield Result(result.source, None, f"{item.doc}: {type(err).__name__}: {err}")


def run(sources: Iterable[Source], on_error: Callable[[str], None],
        jobs: int = 1, options: ReadOptions = ReadOptions(),
        on_empty: Callable[[str], None] | None = None) -> Iterator[Article]:
    """Articles in input order; failures go to ``on_error`` and are skipped, blank
    inputs go to ``on_empty`` (by name) and give no Article."""
    for result in results(sources, jobs, options):
        for r in parts(result) if result.long_item is not None else (result,):
            if r.error:
                on_error(r.error)
            elif r.empty:
                if on_empty:
                    on_empty(r.empty)
            elif r.article is not None:
                yield r.article
