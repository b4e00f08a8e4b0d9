"""Very long texts (a whole archive dumped into one file) in paragraph chunks.

No news article comes near ``LIMIT`` characters; a dump of many does. Such
a text is analysed a chunk at a time, each cut at a blank line or a line
break, so memory and the cost of per-article searches stay bounded. The
records of each chunk are shifted back into the whole text's offsets and
merged into one Article (``extract``), or written part by part as they
come (the command line: one record per chunk, the same ``doc``):

    text  [.......chunk 0.......|.......chunk 1.......|...chunk 2...]
    spans  0 ........ 50 000     +50 000 ..........     +100 000 ...
"""
from __future__ import annotations

from dataclasses import fields, is_dataclass, replace
from itertools import chain
from typing import Any, Callable, Iterator

from ..record import Article, Facts, Referent

LIMIT = 100_000      # longer texts are cut into chunks
SIZE = 50_000        # the most characters one chunk holds
CUTS = ("\n\n", "\n", ". ", " ")    # where to cut, best first


def cut_point(text: str, start: int, end: int) -> int:
    """Where a chunk starting at ``start`` should end, at most at ``end``.

    >>> cut_point("аа бб\\n\\nвв гг", 0, 10)
    7
    """
    for sep in CUTS:
        i = text.rfind(sep, start + (end - start) // 2, end)
        if i >= 0:
            return i + len(sep)
    return end


def split_chunks(text: str, size: int = SIZE) -> list[tuple[int, int]]:
    """(start, end) of consecutive chunks that cover the whole text.

    >>> split_chunks("один.\\nдва.\\nтри.", size=8)
    [(0, 6), (6, 11), (11, 15)]
    """
    spans, start = [], 0
    while start < len(text):
        end = min(start + size, len(text))
        if end < len(text):
            end = cut_point(text, start, end)
        spans.append((start, end))
        start = end
    return spans


def shift(value: Any, offset: int) -> Any:
    """A record with every ``start``/``end`` inside it moved by ``offset``."""
    if isinstance(value, tuple):
        return tuple(shift(v, offset) for v in value)
    if not is_dataclass(value):
        return value
    changes = {}
    for f in fields(value):
        v = getattr(value, f.name)
        if f.name in ("start", "end") and isinstance(v, int):
            changes[f.name] = v + offset
        elif isinstance(v, tuple) or is_dataclass(v):
            changes[f.name] = shift(v, offset)
    return replace(value, **changes)


def merge_people(referents: list[Referent]) -> tuple[Referent, ...]:
    """One referent per type and name across chunks, mentions and roles joined."""
    merged: dict[tuple[str, str], Referent] = {}
    for r in referents:
        key = (r.type, r.name)
        if key in merged:
            old = merged[key]
            roles = tuple(dict.fromkeys(old.roles + r.roles))
            r = Referent(r.type, r.name, roles, old.mentions + r.mentions)
        merged[key] = r
    return tuple(sorted(merged.values(), key=lambda r: r.mentions[0].start))


def joined(groups) -> tuple:
    """The records of every chunk, in order, as one tuple."""
    return tuple(chain.from_iterable(groups))


def extract_parts(text: str, analyse: Callable[..., Article],
                  published: str | None, doc: str | None) -> Iterator[Article]:
    """Each chunk's Article in the whole text's offsets, one by one as analysed
    (the command line writes each as it comes: memory stays one chunk's).
    Each part carries the whole text (one shared string, not a copy)."""
    for start, end in split_chunks(text):
        part = analyse(text[start:end], published, doc)
        published = published or part.published
        yield shift(replace(part, text=""), start)


def extract_chunked(text: str, analyse: Callable[..., Article],
                    published: str | None, doc: str | None) -> Article:
    """One Article for a long text, analysed chunk by chunk."""
    parts = list(extract_parts(text, analyse, published, doc))
    first = parts[0]
    facts = Facts(**{f.name: joined(getattr(p.facts, f.name) for p in parts)
                     for f in fields(Facts)})
    return Article(
        doc=doc, title=first.title, published=first.published, source=first.source,
        author=first.author,
        quotes=joined(p.quotes for p in parts),
        entities=joined(p.entities for p in parts),
        people=merge_people([r for p in parts for r in p.people]),
        facts=facts, text=text, skipped=joined(p.skipped for p in parts),
    )
