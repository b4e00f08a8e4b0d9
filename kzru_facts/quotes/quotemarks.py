"""Pair quotation marks: « », „ “, “ ”, " " with nesting, never crossing far.

Two habits of news copy are handled here:

    «A «B» C»            nested, closed twice          -> one outer pair
    «A «B», — сказал X.   nested, closed once (merged)  -> outer ends at B's »
    «A ...⏎B ...», — ...  one quote over paragraphs     -> carried to the close

    «A, — сказал X.⏎      opener never closed             -> closed at the attribution
    «A B C⏎              opener never closed             -> closed at the paragraph end

An opener never closed is closed where its paragraph ends (a dropped »
must cost one quote at most, never the rest of the article); a quote
carried over paragraphs that never closes ends with its first paragraph,
and the paragraphs after it are read again on their own.
"""
from __future__ import annotations

import re
from typing import Callable

from ..analysis.doc import word_count, words as doc_words
from ..analysis.segment import back_to

OPENERS = {"«": "»", "„": "“", "“": "”", '"': '"'}
MARKS = re.compile('[«»„“”"\n]')   # the characters Pairer.step acts on (besides re-opening)
MAX_CARRY = 12    # line breaks a paragraph-opening quote may run over
# «Мы готовы, — сказал он.⏎ : an unclosed quote ends before its attribution.
ATTRIBUTION_DASH = re.compile(r"[,.!?…][^\S\n]*[—–-][^\S\n]+(?=[а-яёa-z])")


def words(text: str) -> list[str]:
    """Word tokens (hyphenated words kept whole), from the Doc layer's tokeniser."""
    return [t.text for t in doc_words(text)]


def has_words(text: str, count: int = 1) -> bool:
    """``text`` holds at least ``count`` word tokens (a word: a token with a letter or digit)."""
    if count == 1:
        return any(c.isalnum() for c in text)
    return word_count(text, count) >= count


def is_opening(text: str, i: int) -> bool:
    """A straight quote that opens: not after a letter, not before a space."""
    return (i == 0 or not text[i - 1].isalnum()) and i + 1 < len(text) and not text[i + 1].isspace()


def is_closing(text: str, i: int) -> bool:
    """A straight quote that closes: not followed by a letter."""
    return i + 1 >= len(text) or not text[i + 1].isalnum()


def paragraph_close(text: str, start: int, end: int) -> int:
    """Where a quote opened at ``start`` and left open until ``end`` closes.

    >>> text = "«Мы готовы, — сказал он."
    >>> text[1:paragraph_close(text, 0, len(text))]
    'Мы готовы'
    >>> text = "«Мы готовы.  "
    >>> text[1:paragraph_close(text, 0, len(text))]
    'Мы готовы.'
    """
    m = ATTRIBUTION_DASH.search(text, start + 1, end)
    if m:
        return m.start() + (text[m.start()] != ",")
    return len(text[:end].rstrip().rstrip(" \t\xa0—–-"))     # "(событий. —⏎RT⏎)": no dash at the end


def ends_attributed(text: str, start: int, end: int) -> bool:
    """The paragraph ends with an attribution: «A, — сказал он.⏎ (not «A, — сказал он. — B⏎)."""
    m = ATTRIBUTION_DASH.search(text, start + 1, end)
    return bool(m) and not re.search(r"\s[—–-]\s", text[m.end():end])


def opens_paragraph(text: str, i: int) -> bool:
    """Only spaces or a dash between the line start and position ``i``."""
    return not text[back_to(text, "\n", i):i].strip(" \t—–-")


class Pairer:
    """One left-to-right pass over the text; see ``find_pairs``."""

    def __init__(self, text: str, ends_quote: Callable[[int], bool]):
        self.text, self.ends_quote = text, ends_quote
        self.pairs: list[tuple[int, int]] = []
        self.stack: list[tuple[str, int]] = []
        self.inner_closes: list[int] = []
        self.carry, self.reopen = 0, False
        self.plain = False               # a carried paragraph did not re-open the quote
        self.first_break = 0             # where a carried quote's first paragraph ends
        self.restart: int | None = None  # read again from here (a carry that failed)

    def close(self, i: int) -> None:
        _, start = self.stack.pop()
        if not self.stack:
            self.pairs.append((start, i))
            self.inner_closes, self.carry, self.plain = [], 0, False
        elif len(self.stack) == 1 and self.text[i] == OPENERS[self.stack[0][0]]:
            self.inner_closes.append(i)

    def merged_close(self) -> bool:
        """Close the outer quote at an inner close followed by an attribution."""
        ends = [c for c in self.inner_closes if self.ends_quote(c)]
        if ends and self.carry:
            # «A⏎… «B», — сказал X. : B is a quote of its own, A was left open
            self.close_unclosed(ends[0])
        elif ends:
            self.pairs.append((self.stack[0][1], ends[0]))
            self.stack, self.inner_closes, self.carry, self.plain = [], [], 0, False
        return bool(ends)

    def line_break(self, i: int) -> None:
        if not self.stack or self.merged_close():
            return
        start = self.stack[0][1]
        if opens_paragraph(self.text, start) and self.carry < MAX_CARRY \
                and (self.carry or not ends_attributed(self.text, start, i)):
            if not self.carry:
                self.first_break = i
            self.stack, self.inner_closes = self.stack[:1], []
            self.carry, self.reopen = self.carry + 1, True
        else:
            self.close_unclosed(i)

    def close_unclosed(self, i: int) -> None:
        """Close the open quote at its (first) paragraph's end; read on from there."""
        start = self.stack[0][1]
        end = self.first_break if self.carry else i
        close = paragraph_close(self.text, start, end)
        if close > start + 1:
            self.pairs.append((start, close))
        if self.carry:
            self.restart = end
        self.stack, self.inner_closes, self.carry, self.reopen = [], [], 0, False
        self.plain = False

    def step(self, i: int, ch: str) -> None:
        text, stack = self.text, self.stack
        if self.reopen and not ch.isspace():
            self.reopen = False
            if stack and ch == stack[0][0] and not self.plain:
                return            # «A⏎«B» : each paragraph re-opens the same quote
            if stack and ch == stack[0][0]:
                # «A⏎B⏎«C : B did not re-open A, so C opens a quote of its own
                self.close_unclosed(i)
                return
            self.plain = True
        if ch == "\n":
            self.line_break(i)
        elif ch in "«„" or (ch == "“" and not stack):
            stack.append((ch, i))
        elif stack and ch != '"' and ch == OPENERS[stack[-1][0]]:
            self.close(i)
        elif ch == '"':
            if stack and stack[-1][0] == '"' and is_closing(text, i):
                self.close(i)
            elif is_opening(text, i):
                stack.append((ch, i))

    def run(self) -> list[tuple[int, int]]:
        text, i, n = self.text, 0, len(self.text)
        while i <= n:
            if i < n and not self.reopen:      # nothing but a mark or a line break acts
                m = MARKS.search(text, i)
                i = m.start() if m else n
            if i < n:
                self.step(i, text[i])
            elif self.stack and not self.merged_close():
                self.close_unclosed(n)
            if self.restart is not None:
                i, self.restart = self.restart, None
            i += 1
        return sorted(self.pairs)


def find_pairs(text: str, ends_quote: Callable[[int], bool] = lambda i: False) -> list[tuple[int, int]]:
    """(open, close) positions of outermost quotation marks.

    ``ends_quote(i)`` says whether an inner closing mark at ``i`` is followed
    by an attribution, so that «A «B», — сказал X. ends the outer quote there.

    >>> find_pairs('А «Б «В» Г» и "Д"')
    [(2, 10), (14, 16)]
    >>> find_pairs('«не закрыта\\nстрока»')
    [(0, 18)]
    >>> find_pairs('Он сказал «не закрыта\\nстрока»')
    [(10, 21)]
    """
    return Pairer(text, ends_quote).run()
