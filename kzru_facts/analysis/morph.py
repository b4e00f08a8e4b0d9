"""Morphology for entity work: pymorphy readings and the tagger, on demand.

The morphology tagger runs only near entity spans: each span's tokens with
MORPH_CONTEXT tokens of its sentence either side, which is all the tagger's
three width-3 convolutions can see. A span's own tokens so get the very tags
that tagging the whole sentence gives them (checked in tests/test_morph.py);
the context tokens' tags are not to be read.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice

from . import models
from .doc import in_range
from .taggers import MORPH_CONTEXT, tokens, windows


@dataclass(slots=True)
class Tagged:
    """One of the Doc's tokens (analysis.doc.Token: the article's one token type)
    with the morphology tagger's reading of it, for entity work: ``start``,
    ``end`` (the token's stop), ``text``, and ``pos``/``feats`` as the tagger gives
    them (shared between words, never to be changed). Not frozen: entity work
    builds tens of thousands, and a frozen dataclass is slow to build."""
    start: int
    end: int
    text: str
    pos: str
    feats: dict = field(default_factory=dict, compare=False)


@lru_cache(maxsize=65536)
def known(word: str) -> bool:
    """pymorphy's ``is_known`` of a reading's word, remembered (pymorphy walks its dictionary
    on every call): ``known(form.word) == form.is_known``."""
    return models.morph_vocab().word_is_known(word)


def sentence_tokens(text: str, sents) -> list[list[tuple[int, int, str]]]:
    """The paragraph's tokens (razdel, shared with the NER tagger) grouped by sentence."""
    groups: list[list[tuple[int, int, str]]] = [[] for _ in sents]
    i = 0
    for t in tokens(text):
        while i < len(sents) and t.start >= sents[i].stop:
            i += 1
        if i == len(sents):
            break
        if t.start >= sents[i].start:
            groups[i].append((t.start, t.stop, t.text))
    return [g for g in groups if g]


def span_ranges(toks: list[tuple[int, int, str]], spans) -> list[tuple[int, int]]:
    """The token index ranges of one sentence's tokens that overlap each span.

    >>> from kzru_facts.analysis.spans import Span
    >>> span_ranges([(0, 2, "аа"), (3, 5, "бб"), (6, 8, "вв")], [Span(3, 8, "PER"), Span(9, 9, "PER")])
    [(1, 3)]
    """
    starts, ends = [t[0] for t in toks], [t[1] for t in toks]
    out = []
    for x in spans:     # tokens are in order and do not overlap: two binary searches
        a, b = bisect_right(ends, x.start), bisect_left(starts, x.end)
        if a < b:
            out.append((a, b))
    return out


def spans_by_group(groups: list[list[tuple[int, int, str]]], spans) -> list[list]:
    """The spans that overlap each sentence's tokens, found by binary search
    (an article of one long line has thousands of sentences and spans)."""
    firsts = [g[0][0] for g in groups]
    out: list[list] = [[] for _ in groups]
    for x in spans:
        i = max(bisect_right(firsts, x.start) - 1, 0)
        while i < len(groups) and groups[i][0][0] < x.end:
            if x.start < groups[i][-1][1]:
                out[i].append(x)
            i += 1
    return out


def span_chunks(text: str, spans, sentences) -> list[list[tuple[int, int, str]]]:
    """The token windows of ``text`` (a paragraph) to tag for ``spans``, read
    within ``sentences`` (the Doc's, as offsets into ``text``: ``.start``, ``.end``)."""
    if not spans:
        return []
    groups = sentence_tokens(text, [Sentence(s.start, s.end) for s in sentences])
    return [ts[a:b] for ts, mine in zip(groups, spans_by_group(groups, spans)) if mine
            for a, b in windows(len(ts), span_ranges(ts, mine), MORPH_CONTEXT)]


@dataclass(frozen=True)
class Sentence:
    """A sentence as offsets into its paragraph (``stop`` as razdel names it)."""
    start: int
    stop: int


NO_FEATS: dict = {}


def tag_many(paragraphs: list[tuple]) -> list[list[Tagged]]:
    """``tag_tokens`` of each (paragraph, spans, sentences), the windows of all
    tagged together shortest first (batches of like lengths: less padding to compute)."""
    per = [span_chunks(*paragraph) for paragraph in paragraphs]
    chunks = [c for cs in per for c in cs]
    order = sorted(range(len(chunks)), key=lambda i: len(chunks[i]))
    tags: list = [None] * len(chunks)
    for i, row in zip(order, models.morph_tagger().tag([[t[2] for t in chunks[i]] for i in order])):
        tags[i] = row
    out, rows = [], iter(zip(chunks, tags))
    for cs in per:
        out.append(Tokens(Tagged(a, b, w, pos, feats or NO_FEATS)
                          for ts, row in islice(rows, len(cs)) for (a, b, w), (pos, feats) in zip(ts, row)))
    return out


def tag_tokens(text: str, spans) -> list[Tagged]:
    """Tagged tokens of ``text`` (a paragraph) around ``spans``: right for the spans' own tokens."""
    from .doc import Doc
    return tag_many([(text, spans, Doc(text).sentences)])[0]


class Tokens(list):
    """Tagged tokens in text order, with their starts kept for binary search."""

    @property
    def starts(self) -> list[int]:
        return self._column("start")

    @property
    def ends(self) -> list[int]:
        return self._column("end")

    def _column(self, field: str) -> list[int]:
        """One field of every token, remembered until the list grows."""
        found = self.__dict__.get(field)
        if found is None or len(found) != len(self):
            found = self.__dict__[field] = [getattr(t, field) for t in self]
        return found


def tokens_before(tokens: list[Tagged], pos: int, count: int) -> list[Tagged]:
    """The last ``count`` tokens that end at or before ``pos``."""
    if not isinstance(tokens, Tokens):
        return [t for t in tokens if t.end <= pos][-count:]
    k = bisect_right(tokens.ends, pos)
    return tokens[max(0, k - count):k]


def tokens_in(tokens: list[Tagged], start: int, end: int) -> list[Tagged]:
    """The tokens that lie inside [start, end)."""
    if not isinstance(tokens, Tokens):
        return [t for t in tokens if start <= t.start and t.end <= end]
    return in_range(tokens, tokens.starts, tokens.ends, start, end)
