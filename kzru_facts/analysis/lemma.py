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
