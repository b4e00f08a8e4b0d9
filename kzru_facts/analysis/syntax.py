"""Dependency syntax of one sentence, from natasha's news syntax parser (slovnet).

The parser is the slowest model natasha ships and its cost grows with the
sentence, so it runs only on sentences a reader asks about (Doc.parse) and
never on more than MAX_TOKENS tokens at once: a longer sentence is parsed in
the window of MAX_TOKENS tokens around the word the reader asks about, cut at
punctuation where it can be. Relations are Universal Dependencies labels
(nsubj, obj, obl, nmod, flat:name, ...), as slovnet writes them.

     Президент Казахстана Токаев заявил , что ...
         │        ▲          ▲     ▲
         └─nmod───┘   appos──┘     │
         └──────────nsubj──────────┘   (head of «Президент» is «заявил»)
"""
from __future__ import annotations

from dataclasses import dataclass

from . import models

# A 60-token window parses in a few milliseconds; whole 200-token sentences
# (lists of names, run-on transcripts in the corpus) took up to 50x longer.
MAX_TOKENS = 60

SUBJECT = frozenset({"nsubj", "nsubj:pass", "csubj"})
OBJECT = frozenset({"obj", "iobj"})
NAME_PARTS = frozenset({"flat:name", "flat", "appos", "flat:foreign"})


@dataclass(frozen=True)
class Word:
    """A token of a parsed sentence: offsets into the article, its head and relation."""

    start: int
    stop: int
    text: str
    index: int          # position in the parse, from 0
    head: int | None    # index of the head word; None for the root
    rel: str


@dataclass(frozen=True)
class Parse:
    """The dependency tree of a sentence (or of a window of a long one)."""

    words: tuple[Word, ...]

    def at(self, offset: int) -> Word | None:
        """The word that covers a character offset."""
        for w in self.words:
            if w.start <= offset < w.stop:
                return w
        return None

    def head(self, word: Word) -> Word | None:
        return None if word.head is None else self.words[word.head]

    def dependents(self, word: Word, rels: frozenset[str] | None = None) -> list[Word]:
        """The words whose head is ``word`` (optionally only with these relations)."""
        return [w for w in self.words
                if w.head == word.index and (rels is None or w.rel in rels)]

    def subject(self, word: Word) -> Word | None:
        """The grammatical subject of a verb (nsubj); None when the clause has none."""
        found = self.dependents(word, SUBJECT)
        return found[0] if found else None

    def object(self, word: Word) -> Word | None:
        """The direct (or else indirect) object of a verb."""
        found = self.dependents(word, frozenset({"obj"})) or self.dependents(word, OBJECT)
        return found[0] if found else None

    def subtree(self, word: Word) -> list[Word]:
        """The word with everything that depends on it, in text order."""
        keep = {word.index}
        changed = True
        while changed:
            changed = False
            for w in self.words:
                if w.head in keep and w.index not in keep:
                    keep.add(w.index)
                    changed = True
        return [w for w in self.words if w.index in keep]

    def phrase(self, word: Word, rels: frozenset[str] = NAME_PARTS) -> list[Word]:
        """The word with its name parts (flat:name, appos), e.g. «Касым-Жомарт Токаев»."""
        keep = [word]
        for w in self.dependents(word, rels):
            keep.extend(self.phrase(w, rels))
        return sorted(keep, key=lambda w: w.index)


def window(n: int, focus: int, words: list[str], size: int = MAX_TOKENS) -> tuple[int, int]:
    """The token range [lo, hi) of at most ``size`` tokens that holds ``focus``,
    widened to the nearest punctuation inside the limit.

    >>> window(10, 5, list("abcdefghij"), size=4)
    (3, 7)
    >>> window(3, 1, list("abc"), size=4)
    (0, 3)
    """
    if n <= size:
        return 0, n
    lo = max(0, min(focus - size // 2, n - size))
    hi = lo + size
    for i in range(lo, min(focus, lo + size // 4)):  # start just after a comma or dash
        if words[i] in {",", ";", "—", "–", ":"}:
            lo = i + 1
            break
    return lo, hi


def parse_tokens(tokens: list[tuple[int, int, str]]) -> Parse:
    """Parse one sentence's (start, stop, text) tokens with natasha's syntax parser."""
    if not tokens:
        return Parse(())
    parsed = models.syntax_parser().parse([t[2] for t in tokens])
    return Parse(tuple(Word(tok[0], tok[1], tok[2], i, head, rel)
                       for i, (tok, (head, rel)) in enumerate(zip(tokens, parsed))))
