"""Dictionary lemmas of single words (pymorphy, through natasha's MorphVocab)."""
from __future__ import annotations

from functools import lru_cache

from . import models


@lru_cache(maxsize=65536)
def lemmas(word: str) -> frozenset[str]:
    """Every dictionary lemma the word can have, lower-cased, ё as е."""
    try:
        parses = models.morph_vocab().parse(word.lower())
    except ValueError:   # pymorphy2 reads each letter's Unicode name; '𗀀' has none
        return frozenset()
    return frozenset(f.normal.replace("ё", "е") for f in parses)


def has_lemma(word: str, wanted: frozenset[str]) -> bool:
    """True when one of the word's possible lemmas is in ``wanted``."""
    return bool(lemmas(word) & wanted)
