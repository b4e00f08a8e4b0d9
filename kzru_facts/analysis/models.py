"""natasha's models, loaded once per process and only when text is analysed.

Nothing here loads at import time, so ``kzru-facts --help`` loads no model.
The taggers' matrix products run on one thread: parallelism comes from
worker processes (``--jobs``), and two BLAS threads per process on two cores
only fight each other (CPU time doubled for the same wall time, measured).
"""
from __future__ import annotations

import os
import unicodedata
from functools import cache

# Read by OpenBLAS/MKL/OpenMP when numpy first loads, which natasha does lazily.
for _var in ("OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "OMP_NUM_THREADS"):
    os.environ.setdefault(_var, "1")


@cache
def embedding():
    """The news embedding shared by the NER and morphology taggers.

    navec precomputes norms and dot products for word similarity as it loads
    (0.1 s); the taggers only look vectors up, so that step is left out.
    """
    from natasha import NewsEmbedding
    from navec.pq import PQ
    precompute = PQ.precompute
    PQ.precompute = lambda self: None
    try:
        return NewsEmbedding()
    finally:
        PQ.precompute = precompute


@cache
def ner_tagger():
    """natasha's news NER, run the cheaper way (taggers.FastNER): same spans."""
    from natasha import NewsNERTagger
    from .taggers import FastNER
    return FastNER(NewsNERTagger(embedding()))


@cache
def morph_tagger():
    """natasha's news morphology tagger, run the cheaper way (taggers.FastMorph): same tags."""
    from natasha import NewsMorphTagger
    from .taggers import FastMorph
    return FastMorph(NewsMorphTagger(embedding()))


@cache
def syntax_parser():
    """natasha's news dependency parser (slovnet), loaded on the first sentence a
    reader parses; its CNN encoder and word lookup run the cheaper way the taggers'
    do (taggers.speed_up_convs, cache_encoder): the same parses."""
    from natasha import NewsSyntaxParser
    from .taggers import FastSyntax
    return FastSyntax(NewsSyntaxParser(embedding()))


@cache
def morph_vocab():
    """natasha's MorphVocab (pymorphy), safe on any character (see SafeMorphVocab),
    its readings' UD part of speech and features worked out on first use (LazyForm)."""
    from functools import cached_property

    from natasha import MorphVocab
    from natasha.morph.vocab import MorphForm, ud_feats, ud_pos
    from pymorphy2.analyzer import MorphAnalyzer, Parse

    class LazyForm(MorphForm):
        """natasha's MorphForm (``.normal``, ``.pos``, ``.feats``, ``.inflect``), but
        ``.pos`` and ``.feats`` are worked out when first read: most readings are
        asked only for their lemma, and building the features of every reading of
        every word was a twentieth of the run time."""

        def __new__(cls, *args):
            return Parse.__new__(cls, *args)

        @property
        def normal(self) -> str:
            return self.normal_form

        @cached_property
        def pos(self) -> str:
            return ud_pos(self.tag)

        @cached_property
        def feats(self) -> dict:
            return dict(ud_feats(self.tag))

    class SafeMorphVocab(MorphVocab):
        """pymorphy2 reads each letter's Unicode name and raises on one without
        a name ('𗀀'): such letters are read as '_' so every word gets a reading."""

        def __init__(self):     # as natasha's MorphVocab, with the lazy readings
            MorphAnalyzer.__init__(self, result_type=LazyForm)

        @classmethod
        def choose_dictionary_path(cls, path=None, lang=None):
            """pymorphy's Russian dictionary package, found without pkg_resources
            scanning every installed package (0.1 s); PYMORPHY2_DICT_PATH still wins."""
            if path is None and cls.DICT_PATH_ENV_VARIABLE not in os.environ and lang in (None, "ru"):
                import pymorphy2_dicts_ru
                path = pymorphy2_dicts_ru.get_path()
            return super().choose_dictionary_path(path, lang)

        def parse(self, word):
            try:
                return super().parse(word)
            except ValueError:
                return super().parse("".join(c if unicodedata.name(c, "") else "_" for c in word))

    return SafeMorphVocab()


GC_YOUNG = 50_000


def load_all() -> None:
    """Load every model the pipeline uses, once per process (a worker's initializer).

    The models are some millions of long-lived objects (vocabularies,
    dictionaries). Frozen out of the garbage collector's reach, they are not
    walked again and again while articles are analysed: 10% less time,
    measured; and forked workers do not copy pages just to scan them.

    An article's analysis then makes hundreds of thousands of short-lived
    objects (tokens, readings, spans), few of them in reference cycles: the
    youngest generation is collected every GC_YOUNG allocations instead of
    Python's 700 (7% less time on real articles, the same peak memory).
    """
    import gc
    gc.disable()
    try:
        ner_tagger()
        morph_tagger()
        morph_vocab()
    finally:
        gc.freeze()
        gc.set_threshold(GC_YOUNG, *gc.get_threshold()[1:])
        gc.enable()
