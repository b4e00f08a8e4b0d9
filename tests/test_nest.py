"""nest.tokens: overlapping spans become a nested stream; the text never changes."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kzru_facts.output.nest import Chunk, Close, Insert, Open, Span, sketch, tokens

CASES = [
    # (text, spans as (kind, start, end[, rank]), inserts as (label, at), expected sketch)
    ("", [], [], ""),
    ("abc", [], [], "abc"),
    ("abcd", [("x", 0, 4), ("y", 1, 2)], [], "<x>a<y>b</y>cd</x>"),
    # crossing spans: the later one is split where the earlier one ends
    ("abcd", [("x", 0, 3), ("y", 1, 4)], [], "<x>a<y>bc</y></x><y>d</y>"),
    ("abcd", [("y", 1, 4), ("x", 0, 3)], [], "<x>a<y>bc</y></x><y>d</y>"),
    # the same stretch twice: the lower rank encloses the higher
    ("ab", [("in", 0, 2, 5), ("out", 0, 2, 1)], [], "<out><in>ab</in></out>"),
    # empty, reversed and out-of-range spans yield nothing
    ("ab", [("x", 1, 1), ("y", 2, 1), ("z", 0, 9), ("w", -1, 1)], [], "ab"),
    ("ab", [("x", 0, 1)], [("!", 2)], "<x>a</x>b!"),
    ("ab", [("x", 0, 1)], [("!", 1)], "<x>a</x>!b"),
    ("ab", [("x", 0, 2)], [("!", 1), ("?", 1)], "<x>a!?b</x>"),
    ("ab", [], [("!", 5)], "ab"),
    # a span that starts where another ends: siblings, no split
    ("abcd", [("x", 0, 2), ("y", 2, 4)], [], "<x>ab</x><y>cd</y>"),
    # three-way crossing keeps every piece in order
    ("abcdef", [("x", 0, 3), ("y", 2, 5), ("z", 4, 6)], [],
     "<x>ab<y>c</y></x><y>d<z>e</z></y><z>f</z>"),
]


@pytest.mark.parametrize("text, spans, inserts, expected", CASES)
def test_sketch(text, spans, inserts, expected):
    made = [Span(*s) for s in spans]
    points = [Insert(label, at) for label, at in inserts]
    assert sketch(text, tokens(text, made, points)) == expected


def test_first_and_last_flags_mark_split_pieces():
    y = Span("y", 1, 4)
    stream = list(tokens("abcd", [Span("x", 0, 3), y]))
    opens = [t.first for t in stream if isinstance(t, Open) and t.span is y]
    closes = [t.last for t in stream if isinstance(t, Close) and t.span is y]
    assert opens == [True, False] and closes == [False, True]


spans_strategy = st.lists(st.tuples(st.integers(-2, 40), st.integers(-2, 40),
                                    st.integers(0, 3)), max_size=12)


@given(st.text(max_size=40), spans_strategy)
def test_any_spans_keep_text_and_nesting(text, raw):
    spans = [Span(f"k{i}", s, e, r) for i, (s, e, r) in enumerate(raw)]
    stack, out, covered = [], [], {}
    for t in tokens(text, spans):
        if isinstance(t, Open):
            stack.append(t.span)
        elif isinstance(t, Close):
            assert stack.pop() is t.span          # closes match the last open
        elif isinstance(t, Chunk):
            out.append(text[t.start:t.end])
            for s in stack:
                covered.setdefault(s, []).append((t.start, t.end))
    assert stack == []
    assert "".join(out) == text
    for s, parts in covered.items():             # each span covers exactly its range
        assert parts[0][0] == s.start and parts[-1][1] == s.end
        assert all(a[1] == b[0] for a, b in zip(parts, parts[1:]))
