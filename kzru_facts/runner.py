"""Run the pipeline over many sources, reporting each failure and going on."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

from .inputs import InputError, Source, read_text
from .record import Article


@dataclass(frozen=True)
class Result:
    source: Source
    article: Article | None
    error: str | None = None


def process(source: Source) -> Result:
    """Read and analyse one source; any failure becomes the Result's error."""
    from .pipeline import extract
    try:
        text = read_text(source)
    except InputError as err:
        return Result(source, None, str(err))
    try:
        return Result(source, extract(text, doc=source.name))
    except Exception as err:  # one bad article must not stop a batch
        return Result(source, None, f"{source.name}: {type(err).__name__}: {err}")


def run(sources: Iterable[Source], on_error: Callable[[str], None]) -> Iterator[Article]:
    """Articles in input order; failures go to ``on_error`` and are skipped."""
    for source in sources:
        result = process(source)
        if result.error:
            on_error(result.error)
        elif result.article is not None:
            yield result.article
