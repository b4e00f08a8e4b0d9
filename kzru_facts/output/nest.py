"""Overlapping spans into a properly nested open/close stream.

A quote can hold entities and dates, a visit sentence can start outside a
quote and end inside it. Terminal and HTML output both need a nesting
without crossings, so a span that crosses another is split in two:

    text      Путин сказал: «Визит в Астану в мае»
    spans     [visit-----------------]
                            [quote-----------------]
    stream    <visit>Путин сказал: <quote>Визит в Астану</quote></visit>
              <quote> в мае</quote>

The text itself is only ever sliced, never changed, so chunks joined in
order give back the input exactly.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator, Sequence, Union


@dataclass(frozen=True)
class Span:
    """Anything with a kind, a rank (lower = outer when spans coincide), start and end."""
    kind: str
    start: int
    end: int
    rank: int = 0


@dataclass(frozen=True)
class Open:
    span: object
    first: bool            # False when reopening the second piece of a split span


@dataclass(frozen=True)
class Close:
    span: object
    last: bool             # False when closing early to let a crossing span end


@dataclass(frozen=True)
class Chunk:
    start: int
    end: int


@dataclass(frozen=True)
class Insert:
    """A zero-width point (a speaker label) after the text before it."""
    item: object
    at: int


Token = Union[Open, Close, Chunk, Insert]


def valid(spans: Sequence, size: int) -> list:
    """Spans inside the text and not empty, outer ones first."""
    ok = [s for s in spans if 0 <= s.start < s.end <= size]
    return sorted(ok, key=lambda s: (s.start, -s.end, s.rank))


def close_at(stack: list, pos: int) -> Iterator[Token]:
    """Close every span ending at ``pos``, splitting the ones opened above it."""
    ending = [i for i, s in enumerate(stack) if s.end == pos]
    if not ending:
        return
    popped = stack[ending[0]:]
    del stack[ending[0]:]
    for s in reversed(popped):
        yield Close(s, s.end == pos)
    for s in popped:
        if s.end != pos:
            stack.append(s)
            yield Open(s, False)


def tokens(text: str, spans: Sequence, inserts: Sequence[Insert] = ()) -> Iterator[Token]:
    """The nested token stream of ``text`` with ``spans`` and ``inserts``.

    >>> sketch("abcd", tokens("abcd", [Span("x", 0, 3), Span("y", 1, 4)]))
    '<x>a<y>bc</y></x><y>d</y>'
    """
    spans = valid(spans, len(text))
    inserts = sorted((i for i in inserts if 0 <= i.at <= len(text)), key=lambda i: i.at)
    points = sorted({0, len(text)} | {s.start for s in spans} | {s.end for s in spans}
                    | {i.at for i in inserts})
    stack: list = []
    todo, later = list(spans), list(inserts)
    for pos, nxt in zip(points, points[1:] + [None]):
        yield from close_at(stack, pos)
        while later and later[0].at == pos:
            yield later.pop(0)
        while todo and todo[0].start == pos:
            stack.append(todo.pop(0))
            yield Open(stack[-1], True)
        if nxt is not None and nxt > pos:
            yield Chunk(pos, nxt)


def sketch(text: str, stream: Iterator[Token]) -> str:
    """The stream as tag-like text, for tests and debugging.

    >>> sketch("ab", tokens("ab", [Span("x", 0, 2)], [Insert("!", 1)]))
    '<x>a!b</x>'
    """
    out = []
    for t in stream:
        if isinstance(t, Open):
            out.append(f"<{t.span.kind}>")
        elif isinstance(t, Close):
            out.append(f"</{t.span.kind}>")
        elif isinstance(t, Chunk):
            out.append(text[t.start:t.end])
        else:
            out.append(str(t.item))
    return "".join(out)
