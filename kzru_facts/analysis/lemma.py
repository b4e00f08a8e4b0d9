"""Dictionary lemmas of single words (pymorphy, through natasha's MorphVocab)."""
from __future__ import annotations

from functools import lru_cache

from . import models


@lru_cache(maxsize=65536)
def forms(word: str) -> tuple:
    """pymorphy's readings of a word (natasha MorphForm: .normal, .pos, .feats,
    .tag, .inflect), remembered: every stage asks about the same words."""
    return tuple(models.morph_vocab().parse(word.lower()))


@lru_cache(maxsize=65536)
def lemmas(word: str) -> frozenset[str]:
    """Every dictionary lemma the word can have, lower-cased, ё as е."""
    return frozenset(f.normal.replace("ё", "е") for f in forms(word))


def has_lemma(word: str, wanted: frozenset[str]) -> bool:
    """True when one of the word's possible lemmas is in ``wanted``."""
    return bool(lemmas(word) & wanted)


@lru_cache(maxsize=256)
def form_prefixes(wanted: frozenset[str]) -> frozenset[str]:
    """The first three letters of every form of every reading of these lemmas
    («прибыть»: при; «пойти»: пой, пош, пшё...), lower-case, ё as е."""
    from pymorphy2 import MorphAnalyzer
    vocab = models.morph_vocab()
    return frozenset(f.word.replace("ё", "е")[:3] for lemma in wanted
                     for p in MorphAnalyzer.parse(vocab, lemma) for f in p.lexeme)


def has_any(word: str, wanted: frozenset[str]) -> bool:
    """``has_lemma`` for a scan over every word of an article: a word whose first
    letters begin no form of the wanted lemmas is never looked up in the
    dictionary (the lookup, not the scan, is what costs).

    >>> has_any("прибыл", frozenset({"прибыть"})), has_any("Прибудет", frozenset({"прибыть"}))
    (True, True)
    >>> has_any("министр", frozenset({"прибыть"}))
    False
    """
    return (word.lower().replace("ё", "е")[:3] in form_prefixes(wanted)
            and bool(lemmas(word) & wanted))
