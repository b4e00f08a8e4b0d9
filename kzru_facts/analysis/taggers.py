"""Cheaper ways to run natasha's taggers that give the same tags.

Measured hot spots (200 articles of 1-5 KB, one core):

- natasha's NER tagger tokenises each text twice (once to tag it, once more
  to find the tagged words again in the text); ``FastNER`` keeps razdel's
  offsets from the first pass.
- Every paragraph was tokenised three times: by natasha's segmenter and
  twice inside the NER tagger. ``tokens`` keeps razdel's result for the
  last few texts, which ``FastNER`` and the morphology windows both read.
- The taggers' encoders work out each word's id and shape class on every
  occurrence; ``cache_encoder`` remembers them for the most frequent words.
- The CNN encoders spend more on layout changes and ``np.pad`` than on
  arithmetic; ``FastEncoder`` keeps one layout and does the same products.
- slovnet's CRF decoder builds index grids and masks for every token of a
  batch; a quarter of NER time went there. ``viterbi`` decodes one row at a
  time over its real length, with the same sums and argmaxes.
- Morphology is needed only to put entity spans into the nominative, yet
  it was run on whole paragraphs: as much as natasha's full morphology
  pass. The morph tagger is three width-3 convolutions, so a token's tags
  depend on at most three tokens either side; ``morph.tag_many`` tags each
  span with that much context of its sentence (``windows``) and nothing else.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Iterator, NamedTuple

if TYPE_CHECKING:  # numpy loads with the models, never for --help
    import numpy as np

# Words whose encoding each tagger remembers: bounded, so memory stays flat.
ENCODED_WORDS = 50_000

# The morph CNN's reach: 3 conv layers of kernel 3, padding 1 (news_morph).
MORPH_CONTEXT = 3


def viterbi(emissions: np.ndarray, transitions: np.ndarray) -> np.ndarray:
    """Best tag path of one sequence (seq x tags), as slovnet's CRF.decode computes it."""
    import numpy as np
    score = emissions[0]
    history = []
    cols = np.arange(transitions.shape[1])
    for emission in emissions[1:]:
        scores = score[:, None] + transitions + emission[None, :]
        best = scores.argmax(0)
        score = scores[best, cols]
        history.append(best)
    tag = score.argmax()
    tags = [tag]
    for best in reversed(history):
        tag = best[tag]
        tags.append(tag)
    return np.array(tags[::-1])


class FastCRFDecode:
    """A stand-in for ``CRF.decode`` (batch x seq x tags, mask) -> list of tag arrays."""

    def __init__(self, transitions: np.ndarray):
        self.transitions = transitions

    def __call__(self, emissions: np.ndarray, mask: np.ndarray) -> list[np.ndarray]:
        sizes = mask.sum(-1)
        return [viterbi(row[:max(size, 1)], self.transitions)
                for row, size in zip(emissions, sizes)]


class FastEncoder:
    """slovnet's CNNEncoder (batch x seq x dim, pad mask) kept in that layout throughout.

    slovnet turns every layer's input to (batch, dim, seq) and back, and pads
    it with ``np.pad``: strided copies that cost more than the arithmetic.
    Each convolution here multiplies the very same window matrix by the very
    same weights, so the outputs are equal bit for bit.
    """

    def __init__(self, encoder):
        self.layers = [(weight_matrix(layer.conv.weight.array), layer.conv.bias.array,
                        layer.conv.padding, layer.norm) for layer in encoder.layers]

    def __call__(self, input: np.ndarray, mask: np.ndarray) -> np.ndarray:
        import numpy as np
        x = input
        for matrix, bias, padding, norm in self.layers:
            x = convolve(x, matrix, bias, padding)
            np.maximum(x, 0, out=x)   # in place from here on: the same operations, fewer copies
            x -= norm.mean.array
            x /= norm.std.array
            x *= norm.weight.array
            x += norm.bias.array
            x[mask] = 0
        return x


def weight_matrix(weight: np.ndarray) -> np.ndarray:
    """A conv weight (filters x dim x k) as the (dim*k) x filters matrix the windows multiply.

    A transposed view, as slovnet multiplies: a contiguous copy runs faster
    in BLAS but sums in another order, and some outputs differ in the last bit.
    """
    return weight.reshape(weight.shape[0], -1).T


def convolve(x: np.ndarray, matrix: np.ndarray, bias: np.ndarray, padding: int) -> np.ndarray:
    """A width-k convolution over seq of x (batch x seq x dim) -> batch x seq' x filters."""
    import numpy as np
    windows = conv_windows(x, matrix.shape[0] // x.shape[2], padding)
    output = np.matmul(windows.reshape(-1, matrix.shape[0]), matrix)
    output += bias
    return output.reshape(x.shape[0], windows.shape[1], matrix.shape[1])


def conv_windows(x: np.ndarray, kernel_size: int, padding: int) -> np.ndarray:
    """Each output position's input window (batch x positions x dim x k), zero past the ends.

    Filled one kernel column at a time: copying a strided view of a padded
    copy walks memory k elements at a time and takes four times as long.
    """
    import numpy as np
    batch_size, seq_len, in_dim = x.shape
    count = seq_len + 2 * padding - kernel_size + 1
    out = np.empty((batch_size, count, in_dim, kernel_size), dtype=x.dtype)
    for j in range(kernel_size):
        lo, hi = max(0, padding - j), min(count, seq_len + padding - j)   # positions that see x here
        out[:, :lo, :, j] = 0
        out[:, hi:, :, j] = 0
        out[:, lo:hi, :, j] = x[:, lo + j - padding:hi + j - padding]
    return out


class FastNavec:
    """slovnet's NavecEmbedding (word ids -> vectors) as one gather from a flat code table.

    slovnet indexes its (part x centroid x chunk) codes with a broadcast
    pair of index arrays; ``np.take`` from the flat table copies the very
    same numbers three times sooner.
    """

    def __init__(self, emb):
        import numpy as np
        parts, centroids, chunk = emb.codes.array.shape
        self.indexes, self.dim = emb.indexes.array, parts * chunk
        self.table = emb.codes.array.reshape(parts * centroids, chunk)
        self.offsets = np.arange(parts) * centroids

    def __call__(self, input: np.ndarray) -> np.ndarray:
        import numpy as np
        rows = self.indexes[input.ravel()] + self.offsets
        return np.take(self.table, rows, axis=0).reshape(*input.shape, self.dim)


def speed_up_convs(model) -> None:
    """Swap a slovnet tagger's CNN encoder for a FastEncoder, its word lookup for a FastNavec."""
    model.encoder = FastEncoder(model.encoder)
    model.emb.word = FastNavec(model.emb.word)


class Token(NamedTuple):
    """A razdel token: ``doc.text[start:stop] == text``. A named tuple: an article
    has tens of thousands, and a tuple is built several times sooner than a
    frozen dataclass."""

    start: int
    stop: int
    text: str

    @property
    def end(self) -> int:
        """``stop`` under the name the span records use (Entity.end, Quote.end)."""
        return self.stop


@lru_cache(maxsize=256)
def tokens(text: str) -> tuple[Token, ...]:
    """razdel's tokens of a text, kept for the next callers: the NER tags an article's
    paragraphs first, the morphology then reads the same paragraphs' tokens. As our
    named tuples: razdel's own records are slow to read, and every token is read often."""
    from razdel import tokenize
    return tuple(Token(t.start, t.stop, t.text) for t in tokenize(text))


def cache_encoder(encoder) -> None:
    """Remember the (word id, shape id) of up to ENCODED_WORDS words in a tagger's encoder."""
    from slovnet.shape import word_shape
    words, shapes = encoder.words_vocab, encoder.shapes_vocab

    @lru_cache(maxsize=ENCODED_WORDS)
    def encode(word: str) -> tuple[int, int]:
        return words.encode(word.lower()), shapes.encode(word_shape(word))

    def item(items: list[str]) -> tuple[list[int], list[int]]:
        pairs = [encode(w) for w in items]
        return [p[0] for p in pairs], [p[1] for p in pairs]

    encoder.item = item


@dataclass
class Markup:
    """What natasha's Doc.tag_ner reads from a tagger: the text's (start, stop, type) spans."""
    text: str
    spans: list


class FastNER:
    """natasha's NER tagger (``tagger(text).spans``), tokenising once, row Viterbi."""

    def __init__(self, tagger):
        infer = tagger.infer
        self.model, self.encoder = infer.model, infer.encoder
        self.tags = infer.decoder.tags_vocab.items
        self.decode = FastCRFDecode(infer.model.head.crf.transitions.array)
        speed_up_convs(self.model)
        cache_encoder(self.encoder)

    def __call__(self, text: str) -> Markup:
        return self.tag_many([text])[0]

    def tag_many(self, texts: list[str], batch_size: int = 2) -> list[Markup]:
        """The Markup of each text; texts of like lengths run through the CNN together."""
        found = [tokens(text) for text in texts]
        order = sorted(range(len(texts)), key=lambda i: len(found[i]))
        out = [Markup(text, []) for text in texts]
        for i in range(0, len(order), batch_size):
            batch = [j for j in order[i:i + batch_size] if found[j]]
            for j, path in zip(batch, self.paths([found[j] for j in batch])):
                out[j].spans = self.spans(found[j], path)
        return out

    def paths(self, batch: list[tuple]) -> list[np.ndarray]:
        """The best tag path of each token sequence (padding is masked all the way)."""
        if not batch:
            return []
        x = self.encoder.input([self.encoder.item([t.text for t in found]) for found in batch])
        return self.decode(self.model(x.word_id, x.shape_id, x.pad_mask), ~x.pad_mask)

    def spans(self, found: tuple, path: np.ndarray) -> list[tuple[int, int, str]]:
        from slovnet.bio import bio_spans
        tags = [self.tags[i] for i in path]
        return [(s.start, s.stop, s.type) for s in bio_spans(found, tags)]

    def map(self, texts):
        return map(self, texts)


def windows(count: int, spans: list[tuple[int, int]], context: int) -> list[tuple[int, int]]:
    """Token ranges covering each span with ``context`` tokens around it, merged.

    >>> windows(20, [(2, 3), (5, 7), (15, 16)], 3)
    [(0, 10), (12, 19)]
    """
    out: list[tuple[int, int]] = []
    for start, stop in sorted(spans):
        a, b = max(0, start - context), min(count, stop + context)
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


class FastMorph:
    """natasha's morphology tagger as (pos, feats) per word, without markup records."""

    def __init__(self, tagger, batch_size: int = 8):
        from slovnet.conll import parse_conll_tag
        infer = tagger.infer
        self.model, self.encoder, self.batch_size = infer.model, infer.encoder, batch_size
        self.tags = [parse_conll_tag(t) for t in infer.decoder.tags_vocab.items]
        speed_up_convs(self.model)
        cache_encoder(self.encoder)

    def tag(self, chunks: list[list[str]]) -> Iterator[list[tuple[str, dict]]]:
        """(pos, feats) of each word of each chunk, batch by batch as slovnet runs them."""
        for i in range(0, len(chunks), self.batch_size):
            batch = chunks[i:i + self.batch_size]
            x = self.encoder.input([self.encoder.item(words) for words in batch])
            pred = self.model.head.decode(self.model(x.word_id, x.shape_id, x.pad_mask))
            for row, words in zip(pred, batch):
                yield [self.tags[t] for t in row[:len(words)]]


class FastSyntax:
    """natasha's dependency parser as (head, relation) per word of one sentence,
    without its batching, markup records and second head decoding: the same
    parses (tests/test_taggers.py), a third of the time per sentence."""

    def __init__(self, parser):
        infer = parser.infer
        self.model, self.encoder, self.rels = infer.model, infer.encoder, infer.decoder.rels_vocab
        speed_up_convs(self.model)
        cache_encoder(self.encoder)

    def parse(self, words: list[str]) -> list[tuple[int | None, str]]:
        """Each word's head (an index into ``words``; None for the root) and relation."""
        x = self.encoder.input([self.encoder.item(words)])
        model, mask = self.model, ~x.pad_mask
        hidden = model.encoder(model.emb(x.word_id, x.shape_id), x.pad_mask)
        heads = model.head.decode(model.head(hidden), mask)
        rels = model.rel.decode(model.rel(hidden, heads), mask)
        return [(int(h) - 1 if h else None, self.rels.decode(r))
                for h, r in zip(heads[0][:len(words)], rels[0][:len(words)])]
