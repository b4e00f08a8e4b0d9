"""Sentences and paragraphs of an article, as offsets into its text."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from razdel import sentenize

PARAGRAPH = re.compile(r"[^\n]+")


@dataclass(frozen=True)
class Sent:
    start: int
    end: int
    text: str


def find_paragraphs(text: str) -> list[Sent]:
    """Non-blank lines, each a paragraph (news pages put one per line).

    >>> [p.text for p in find_paragraphs("Один.\\n\\n  Два. ")]
    ['Один.', 'Два.']
    """
    out = []
    for m in PARAGRAPH.finditer(text):
        start, end = m.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            out.append(Sent(start, end, text[start:end]))
    return out


def find_sentences(text: str) -> list[Sent]:
    """razdel's sentences, never crossing a line break."""
    return list(sentences(text))


@lru_cache(maxsize=4)  # several fact finders ask for the same article's sentences
def sentences(text: str) -> tuple[Sent, ...]:
    """find_sentences, computed once per text."""
    out = []
    for para in find_paragraphs(text):
        for s in sentenize(para.text):
            out.append(Sent(para.start + s.start, para.start + s.stop, s.text))
    return tuple(out)


# No stage looks further back than this for a line or sentence start: the
# bound keeps a long unbroken line ('он сказал «да» ' * 4000) linear.
LOOKBACK = 1000


def back_to(text: str, chars: str, pos: int, limit: int = LOOKBACK) -> int:
    """Just past the last of ``chars`` before ``pos``, at most ``limit`` back.

    >>> back_to("Он сказал. Она: «да»", ".\\n", 16)
    10
    """
    low = max(0, pos - limit)
    return max(max(text.rfind(c, low, pos) for c in chars) + 1, low)
