"""One article as the speaker sieve sees it: its text, people, quotations
and the speakers resolved so far (``Context``), with the shared look-back
windows."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from ..analysis.doc import Doc, doc_of
from ..analysis.names import NameIndex
from ..const import ORG
from ..record import Referent, Speaker
from .finder import Found, find_quotes


LOOKBACK = 3000        # characters searched back for an earlier subject
ADJACENT = 400        # characters before a quote where "the person just spoken of" is


@dataclass(frozen=True)
class Context:
    """One article: its text, people and (lazily) all of its quotations.

    ``resolved`` holds the speakers of the quotations resolved so far; the
    pipeline resolves them in text order, so a rule that asks about an earlier
    quotation reads its answer there instead of recursing.
    """
    text: str
    people: list[Referent]
    found: list[Found] = field(default_factory=list)
    memo: dict = field(default_factory=dict, compare=False, repr=False)
    resolved: dict = field(default_factory=dict, compare=False, repr=False)
    doc: Doc | None = field(default=None, compare=False, repr=False)

    def parsed(self) -> Doc:
        """The Doc whose dependency parses the subject step reads."""
        if self.doc is None:
            object.__setattr__(self, "doc", Doc(self.text, (), self.people))
        return self.doc

    def quotes(self) -> list[Found]:
        if "quotes" not in self.memo:
            self.memo["quotes"] = self.found or find_quotes(self.text)
        return self.memo["quotes"]

    def names(self) -> NameIndex:
        if "names" not in self.memo:
            self.memo["names"] = NameIndex(self.text, self.people, self.quote_spans(),
                                           self.parsed().sentences)
        return self.memo["names"]

    def quote_spans(self) -> list[tuple[int, int]]:
        """(start, end) of every quotation, sorted; computed once."""
        if "spans" not in self.memo:
            self.memo["spans"] = sorted((q.start, q.end) for q in self.quotes())
            self.memo["starts"] = [s for s, _ in self.memo["spans"]]
            self.memo["ends"] = sorted(e for _, e in self.memo["spans"])
        return self.memo["spans"]

    def inside_quote(self, pos: int) -> bool:
        """Binary search, not a scan: a page of 4,000 quotations stays linear."""
        spans = self.quote_spans()
        i = bisect_right(self.memo["starts"], pos)
        return any(s <= pos < e for s, e in spans[max(0, i - 2):i])

    def next_quote_start(self, pos: int) -> int | None:
        """Start of the first quotation that starts after ``pos``."""
        self.quote_spans()
        starts = self.memo["starts"]
        i = bisect_right(starts, pos)
        return starts[i] if i < len(starts) else None

    def last_quote_end(self, pos: int) -> int | None:
        """End of the last quotation that ends before ``pos``."""
        self.quote_spans()
        ends = self.memo["ends"]
        i = bisect_left(ends, pos)
        return ends[i - 1] if i else None

    def quotes_ending_in(self, start: int, end: int) -> list[Found]:
        """Quotations whose end lies in (start, end), in order."""
        if "by_end" not in self.memo:
            by_end = sorted(self.quotes(), key=lambda q: q.end)
            self.memo["by_end"] = (by_end, [q.end for q in by_end])
        by_end, ends = self.memo["by_end"]
        return by_end[bisect_right(ends, start):bisect_left(ends, end)]

    def teasers(self) -> list[tuple[int, int]]:
        """Spans of related-article teasers ("Также по теме" up to "...")."""
        if "teasers" not in self.memo:
            self.memo["teasers"] = doc_of(self.text).teasers
        return self.memo["teasers"]

    def in_teaser(self, pos: int) -> bool:
        return any(s <= pos < e for s, e in self.teasers())

    def unread(self, pos: int) -> bool:
        """Inside a quotation or a teaser: not the article's own narration."""
        return self.inside_quote(pos) or self.in_teaser(pos)


def earlier_speakers(ctx: Context, pos: int, bodies: bool = False,
                     back: int = LOOKBACK) -> list[tuple[Found, Speaker]]:
    """Earlier quotations (already resolved) with a person speaker; with
    ``bodies``, those spoken by a body instead."""
    out = []
    for q in ctx.quotes_ending_in(pos - back, pos):
        s = ctx.resolved.get((q.start, q.end))
        if s and s.name and (not is_person(ctx, s)) == bodies:
            out.append((q, s))
    return out


def is_person(ctx: Context, s: Speaker) -> bool:
    """A speaker that is a person, not a body ("зарубежные СМИ", "МИД России")."""
    if s.rule in ("body", "document", "source") or not s.name[:1].isupper():
        return False
    return not any(r.type == ORG and r.name == s.name for r in ctx.people)
