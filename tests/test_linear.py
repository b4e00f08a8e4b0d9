"""The binary searches that keep cost linear give what the plain scans gave."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kzru_facts.analysis.morph import Tagged, Tokens, span_ranges, tokens_before, tokens_in
from kzru_facts.analysis.ner import all_covered
from kzru_facts.analysis.spans import Span


@st.composite
def token_lists(draw) -> list[Tagged]:
    """Tokens in text order that do not overlap, with gaps between some."""
    out, pos = [], 0
    for _ in range(draw(st.integers(0, 30))):
        pos += draw(st.integers(0, 2))
        length = draw(st.integers(1, 5))
        out.append(Tagged(pos, pos + length, "x" * length, "NOUN"))
        pos += length
    return out


SPANS = st.lists(st.tuples(st.integers(0, 120), st.integers(0, 12)).map(
    lambda p: Span(p[0], p[0] + p[1], "PER")), max_size=12)


@given(token_lists(), st.integers(0, 130), st.integers(0, 130))
def test_tokens_in_equals_the_scan(tokens, start, end):
    assert tokens_in(Tokens(tokens), start, end) == [
        t for t in tokens if start <= t.start and t.end <= end]


@given(token_lists(), st.integers(0, 130), st.integers(1, 3))
def test_tokens_before_equals_the_scan(tokens, pos, count):
    assert tokens_before(Tokens(tokens), pos, count) == [t for t in tokens if t.end <= pos][-count:]


@given(token_lists(), SPANS)
def test_span_ranges_equal_the_scan(tokens, spans):
    toks = [(t.start, t.end, t.text) for t in tokens]
    expected = []
    for x in spans:
        inside = [i for i, t in enumerate(toks) if t[0] < x.end and x.start < t[1]]
        if inside:
            expected.append((inside[0], inside[-1] + 1))
    assert span_ranges(toks, spans) == expected


@given(SPANS, SPANS)
def test_all_covered_equals_the_scan(spans, outer):
    assert all_covered(spans, outer) == all(
        any(o.start <= s.start and s.end <= o.end for o in outer) for s in spans)
