"""Pair quotation marks: « », „ “, “ ”, " " with nesting, never crossing far.

Two habits of news copy are handled here:

    «A «B» C»            nested, closed twice          -> one outer pair
    «A «B», — сказал X.   nested, closed once (merged)  -> outer ends at B's »
    «A ...⏎B ...», — ...  one quote over paragraphs     -> carried to the close

An opener that is never closed is dropped: it never swallows the article.
"""
from __future__ import annotations

from typing import Callable

from ..analysis.doc import words as doc_words
from ..analysis.segment import back_to

OPENERS = {"«": "»", "„": "“", "“": "”", '"': '"'}
MAX_CARRY = 12    # line breaks a paragraph-opening quote may run over


def words(text: str) -> list[str]:
    """Word tokens (hyphenated words kept whole), from the Doc layer's tokeniser."""
    return [t.text for t in doc_words(text)]


def is_opening(text: str, i: int) -> bool:
    """A straight quote that opens: not after a letter, not before a space."""
    return (i == 0 or not text[i - 1].isalnum()) and i + 1 < len(text) and not text[i + 1].isspace()


def is_closing(text: str, i: int) -> bool:
    """A straight quote that closes: not followed by a letter."""
    return i + 1 >= len(text) or not text[i + 1].isalnum()


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

    def close(self, i: int) -> None:
        _, start = self.stack.pop()
        if not self.stack:
            self.pairs.append((start, i))
            self.inner_closes, self.carry = [], 0
        elif len(self.stack) == 1 and self.text[i] == OPENERS[self.stack[0][0]]:
            self.inner_closes.append(i)

    def merged_close(self) -> bool:
        """Close the outer quote at an inner close followed by an attribution."""
        ends = [c for c in self.inner_closes if self.ends_quote(c)]
        if ends:
            self.pairs.append((self.stack[0][1], ends[0]))
            self.stack, self.inner_closes, self.carry = [], [], 0
        return bool(ends)

    def line_break(self) -> None:
        if not self.stack or self.merged_close():
            return
        if opens_paragraph(self.text, self.stack[0][1]) and self.carry < MAX_CARRY:
            self.stack, self.inner_closes = self.stack[:1], []
            self.carry, self.reopen = self.carry + 1, True
        else:
            self.stack, self.inner_closes, self.carry = [], [], 0

    def step(self, i: int, ch: str) -> None:
        text, stack = self.text, self.stack
        if self.reopen and not ch.isspace():
            self.reopen = False
            if stack and ch == stack[0][0]:
                return            # «A⏎«B» : each paragraph re-opens the same quote
        if ch == "\n":
            self.line_break()
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
        for i, ch in enumerate(self.text):
            self.step(i, ch)
        if self.stack:
            self.merged_close()
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
    []
    """
    return Pairer(text, ends_quote).run()
