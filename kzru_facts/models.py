"""natasha's models, loaded once per process and only when text is analysed.

Nothing here runs at import time, so ``kzru-facts --help`` loads no model.
"""
from __future__ import annotations

from functools import cache


@cache
def embedding():
    """The news embedding shared by the NER and morphology taggers."""
    from natasha import NewsEmbedding
    return NewsEmbedding()


@cache
def segmenter():
    from natasha import Segmenter
    return Segmenter()


@cache
def ner_tagger():
    from natasha import NewsNERTagger
    return NewsNERTagger(embedding())


@cache
def morph_tagger():
    from natasha import NewsMorphTagger
    return NewsMorphTagger(embedding())


@cache
def morph_vocab():
    from natasha import MorphVocab
    return MorphVocab()
