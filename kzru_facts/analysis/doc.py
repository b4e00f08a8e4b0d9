"""One analysed article, built once by the pipeline and asked by every reader.

A Doc holds the cleaned text and answers questions about it; each answer is
computed on first demand and cached on the Doc:

    doc.paragraphs / doc.sentences   non-blank lines; razdel sentences within them
    doc.tokens                       razdel tokens of the whole text, with offsets
    doc.sentence_at(offset)          the sentence that holds an offset
    doc.tokens_in(start, stop)       the tokens inside a span
    doc.words_in(start, stop)        ... only those with a letter or digit
    doc.lemmas(word)                 pymorphy's lemmas of a word (cached per process)
    doc.parse_at(offset)             dependency parse of the sentence at an offset
    doc.entities / doc.people        NER spans and person referents (set by the pipeline)

The syntax parser runs only for sentences a reader asks about (a quote's
attribution clause, a sentence with a visit or signing word), never on the
whole article; see analysis/syntax.py for the window that caps long sentences.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import cached_property, lru_cache

from ..data import load_set
from .lemma import form_prefixes, forms, lemmas
from .segment import Sent, find_paragraphs, sentences
from .syntax import Parse, parse_tokens, window
from .taggers import Token, tokens


def is_word(text: str) -> bool:
    """A token with a letter or digit (most are all letters: that is tested first)."""
    return text.isalnum() or any(c.isalnum() for c in text)


@lru_cache(maxsize=65536)
def words(text: str) -> tuple[Token, ...]:
    """razdel's word tokens of a short string that is no span of a Doc: a role
    phrase, a canonical name ("Касым-Жомарт Токаев", "В. Путин" -> "В", "Путин")."""
    from razdel import tokenize
    return tuple(Token(t.start, t.stop, t.text) for t in tokenize(text) if is_word(t.text))


def iter_words(text: str):
    """The word tokens' texts of a short string, one at a time as razdel finds them
    (a reader that stops at the first word it wants reads no further)."""
    from razdel import tokenize
    return (t.text for t in tokenize(text) if is_word(t.text))


def word_count(text: str, limit: int) -> int:
    """How many word tokens ``text`` has, counting no further than ``limit``
    (razdel tokenises left to right: a long quotation is read only as far as needed).

    >>> word_count("«Мы готовы, — сказал он.", 10), word_count("раз два три четыре", 2)
    (4, 2)
    """
    from itertools import islice
    from razdel import tokenize
    return sum(1 for _ in islice((t for t in tokenize(text) if is_word(t.text)), limit))


# The last few Docs built, by text: a reader that holds only the article's text
# (doc_of) gets the pipeline's own Doc, with its tokens and parses, not a second one.
_RECENT: dict[str, "Doc"] = {}
RECENT_DOCS = 4


def doc_of(text: str) -> "Doc":
    """The Doc of a text a caller holds only as a string: the pipeline's own when it
    has built one for this text, else a new one (remembered likewise)."""
    found = _RECENT.get(text)
    return found if found is not None else Doc(text)


TEASER_LINES = 2       # a teaser's heading and its lead follow the teaser line
ELLIPSIS = ("...", "…")


def teaser_spans(paragraphs: tuple[Sent, ...]) -> list[tuple[int, int]]:
    """Related-article teasers: a "Также по теме" line with the other article's
    heading after it, and its lead when that breaks off in an ellipsis
    ("Президент Румынии отменил свой визит на Украину. Причиной такого решения он...")."""
    out = []
    for i, para in enumerate(paragraphs):
        if para.text.lower().strip(" .:") not in load_set("teaser_heads"):
            continue
        block = paragraphs[i:i + 1 + TEASER_LINES]
        if len(block) > 2 and not block[2].text.rstrip().endswith(ELLIPSIS):
            block = block[:2]
        out.append((block[0].start, block[-1].end))
    return out



def in_range(items: tuple, starts: list[int], stops: list[int], start: int, stop: int) -> list:
    """The run of ``items`` (in text order, never overlapping) from the first that starts
    at or after ``start`` up to, not including, the first that ends after ``stop``.

    >>> ts = (Token(0, 2, "Он"), Token(3, 8, "вчера"), Token(8, 9, ","))
    >>> [t.text for t in in_range(ts, [0, 3, 8], [2, 8, 9], 1, 9)]
    ['вчера', ',']
    >>> [t.text for t in in_range(ts, [0, 3, 8], [2, 8, 9], 0, 5)]
    ['Он']
    """
    i = bisect_left(starts, start)
    j = bisect_right(stops, stop, lo=i)
    return list(items[i:max(i, j)])


class Doc:
    """The cleaned text of one article and everything read off it, computed once."""

    def __init__(self, text: str, entities=(), people=()):
        self.text = text
        self.entities = tuple(entities)
        self.people = tuple(people)
        self._parses: dict[tuple[int, int], Parse] = {}
        self._hits: dict[frozenset[str], tuple] = {}
        # a reader's own per-article answers, under the reader's name (roles.describe)
        self.answers: dict[str, dict] = {}
        _RECENT.pop(text, None)
        _RECENT[text] = self
        while len(_RECENT) > RECENT_DOCS:
            del _RECENT[next(iter(_RECENT))]

    def same_tokens(self, text: str) -> "Doc":
        """The Doc of ``text``: this Doc's text with some line breaks made spaces
        (quotes/linebreaks.py joins link fragments so). razdel splits at both, so
        the tokens, and what is read off them, are this Doc's; its paragraphs and
        sentences are its own (checked: the same tokens on 342 of 342 real
        articles with such joins)."""
        if len(text) != len(self.text):
            raise ValueError("same_tokens: a text of another length is another article")
        other = Doc(text, self.entities, self.people)
        for name in ("tokens", "_token_starts", "_token_stops", "_words", "_by_prefix"):
            other.__dict__[name] = getattr(self, name)
        other._hits = self._hits
        return other

    @cached_property
    def paragraphs(self) -> tuple[Sent, ...]:
        return tuple(find_paragraphs(self.text))

    @cached_property
    def teasers(self) -> list[tuple[int, int]]:
        """Spans of related-article teasers (navigation: their names are not the article's)."""
        return teaser_spans(self.paragraphs)

    @cached_property
    def sentences(self) -> tuple[Sent, ...]:
        return sentences(self.text)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    @cached_property
    def tokens(self) -> tuple[Token, ...]:
        """razdel's tokens, paragraph by paragraph: the same tokens the NER tagger
        read (taggers.tokens remembers them), so the article is tokenised once."""
        out = []
        for para in self.paragraphs:
            out.extend(Token(para.start + t.start, para.start + t.stop, t.text)
                       for t in tokens(para.text))
        return tuple(out)

    @cached_property
    def _token_starts(self) -> list[int]:
        return [t.start for t in self.tokens]

    @cached_property
    def _token_stops(self) -> list[int]:
        return [t.stop for t in self.tokens]

    @cached_property
    def _words(self) -> tuple[tuple[Token, ...], list[int], list[int]]:
        """The word tokens, with their starts and stops for binary search."""
        found = tuple(t for t in self.tokens if is_word(t.text))
        return found, [t.start for t in found], [t.stop for t in found]

    def sentence_at(self, offset: int) -> Sent | None:
        """The sentence that holds ``offset`` (None between sentences)."""
        i = bisect_right(self._sentence_starts, offset) - 1
        if i >= 0 and offset < self.sentences[i].end:
            return self.sentences[i]
        return None

    def sentences_in(self, start: int, stop: int) -> list[Sent]:
        """The sentences that overlap [start, stop)."""
        i = max(0, bisect_right(self._sentence_starts, start) - 1)
        out = []
        while i < len(self.sentences) and self.sentences[i].start < stop:
            if self.sentences[i].end > start:
                out.append(self.sentences[i])
            i += 1
        return out

    def tokens_in(self, start: int, stop: int) -> list[Token]:
        """The tokens that lie inside [start, stop): from the first that starts at or
        after ``start`` up to the first that ends after ``stop`` (tokens never overlap)."""
        return in_range(self.tokens, self._token_starts, self._token_stops, start, stop)

    def words_in(self, start: int, stop: int) -> list[Token]:
        """The word tokens (with a letter or digit) inside [start, stop)."""
        return in_range(*self._words, start, stop)

    @cached_property
    def _by_prefix(self) -> dict[str, list[int]]:
        """Token indexes by their first three letters (lower-case, ё as е)."""
        index: dict[str, list[int]] = {}
        for i, t in enumerate(self.tokens):
            index.setdefault(t.text.lower().replace("ё", "е")[:3], []).append(i)
        return index

    def with_lemma(self, wanted: frozenset[str]) -> tuple[Token, ...]:
        """The tokens one of whose dictionary lemmas is in ``wanted``, in text order.

        Only tokens that begin like some form of a wanted lemma are looked up
        in the dictionary (``lemma.form_prefixes``); the answer is cached per set.
        """
        return self._lemma_hits(wanted)[0]

    def has_lemma_in(self, wanted: frozenset[str], start: int, stop: int) -> bool:
        """A token inside [start, stop) has one of the ``wanted`` lemmas."""
        hits, starts = self._lemma_hits(wanted)
        i = bisect_left(starts, start)
        return i < len(hits) and hits[i].stop <= stop

    def _lemma_hits(self, wanted: frozenset[str]) -> tuple[tuple[Token, ...], list[int]]:
        found = self._hits.get(wanted)
        if found is None:
            index, picked = self._by_prefix, []
            for prefix in form_prefixes(wanted):
                picked.extend(i for i in index.get(prefix, ()) if lemmas(self.tokens[i].text) & wanted)
            hits = tuple(self.tokens[i] for i in sorted(picked))
            found = self._hits[wanted] = (hits, [t.start for t in hits])
        return found

    def lemmas(self, word: str) -> frozenset[str]:
        """Every dictionary lemma of a word, lower-cased, ё as е."""
        return lemmas(word)

    def forms(self, word: str) -> tuple:
        """pymorphy's readings of a word (lemma, POS, grammemes)."""
        return forms(word)

    def parse_at(self, offset: int) -> Parse | None:
        """The dependency parse of the sentence at ``offset`` (of its window when long)."""
        sent = self.sentence_at(offset)
        if sent is None:
            return None
        toks = self.tokens_in(sent.start, sent.end)
        if not toks:
            return None
        focus = next((i for i, t in enumerate(toks) if t.stop > offset), len(toks) - 1)
        lo, hi = window(len(toks), focus, [t.text for t in toks])
        key = (toks[lo].start, toks[hi - 1].stop)
        if key not in self._parses:
            self._parses[key] = parse_tokens([(t.start, t.stop, t.text) for t in toks[lo:hi]])
        return self._parses[key]

    def tag_at(self, offset: int) -> tuple[str, dict] | None:
        """The morphology tagger's (POS, feats) for the word at ``offset``, read in its
        sentence's context: "накануне визита" ADP, "Накануне министр заявил" ADV."""
        from .morph import tag_tokens
        para = next((p for p in self.paragraphs if p.start <= offset < p.end), None)
        tok = next((t for t in self.tokens_in(para.start, para.end) if t.start <= offset < t.stop),
                   None) if para else None
        if tok is None:
            return None
        span = Sent(tok.start - para.start, tok.stop - para.start, tok.text)
        tagged = tag_tokens(para.text, [span])
        return next(((t.pos, t.feats) for t in tagged if t.start == span.start), None)
