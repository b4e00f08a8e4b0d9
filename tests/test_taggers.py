"""The cheaper tagger paths give exactly what natasha's own calls give."""
from __future__ import annotations

import pytest

from kzru_facts.text.inputs import bundled_seeds

np = pytest.importorskip("numpy")
natasha = pytest.importorskip("natasha")

from kzru_facts.analysis import models, taggers  # noqa: E402

SENTENCES = [
    "Министр иностранных дел Иван Петров прибыл в Ташкент на переговоры.",
    "В среду в Минске открылся форум, организованный ООН и Евразийским банком развития.",
    "Погода была хорошей, и ничего не случилось.",          # no entity at all
    "",                                                  # nothing
    "  \n ",
]
TEXTS = SENTENCES + [line for p in sorted(bundled_seeds().glob("*.txt"))
                     for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def plain():
    """natasha's own taggers, as natasha builds them."""
    emb = models.embedding()
    return natasha.NewsNERTagger(emb), natasha.NewsMorphTagger(emb)


@pytest.mark.parametrize("text", [t for t in TEXTS if t.strip()])
def test_fast_ner_finds_the_same_spans(text, plain):
    want = [(s.start, s.stop, s.type) for s in plain[0](text).spans]
    assert models.ner_tagger()(text).spans == want


@pytest.mark.parametrize("lengths", [[1], [5], [7, 3, 1], [4, 4]])
def test_viterbi_equals_slovnet_crf_decode(lengths, plain):
    crf = plain[0].infer.model.head.crf
    rng = np.random.default_rng(len(lengths))
    emissions = rng.normal(size=(len(lengths), max(lengths), crf.transitions.shape[0]))
    mask = np.arange(max(lengths))[None, :] < np.array(lengths)[:, None]
    fast = taggers.FastCRFDecode(crf.transitions.array)(emissions, mask)
    assert [list(t) for t in fast] == [list(t) for t in crf.decode(emissions, mask)]


@pytest.mark.parametrize("lengths", [[1], [9], [6, 2, 4]])
def test_fast_encoder_equals_slovnet_encoder_bit_for_bit(lengths, plain):
    encoder = plain[1].infer.model.encoder
    rng = np.random.default_rng(len(lengths))
    x = rng.normal(size=(len(lengths), max(lengths), 330)).astype("float32")
    mask = np.arange(max(lengths))[None, :] >= np.array(lengths)[:, None]
    x[mask] = 0
    assert np.array_equal(taggers.FastEncoder(encoder)(x.copy(), mask), encoder(x.copy(), mask))


@pytest.mark.parametrize("count, spans, context, expected", [
    (10, [], 3, []),                                  # no span, nothing to tag
    (10, [(0, 1)], 3, [(0, 4)]),
    (10, [(8, 10)], 3, [(5, 10)]),
    (30, [(3, 4), (20, 22)], 3, [(0, 7), (17, 25)]),
    (30, [(3, 4), (9, 10)], 3, [(0, 13)]),            # windows that touch merge
])
def test_windows(count, spans, context, expected):
    assert taggers.windows(count, spans, context) == expected


def test_fast_navec_looks_up_the_same_vectors(plain):
    emb = plain[0].infer.model.emb.word
    ids = np.random.default_rng(0).integers(0, emb.indexes.array.shape[0], size=(3, 17))
    assert np.array_equal(taggers.FastNavec(emb)(ids), emb(ids))


def test_batched_ner_finds_what_one_text_at_a_time_finds():
    texts = [t for t in TEXTS if t.strip()]
    one_by_one = [models.ner_tagger()(t).spans for t in texts]
    assert [m.spans for m in models.ner_tagger().tag_many(texts)] == one_by_one


@pytest.mark.parametrize("text", [t for t in TEXTS if t.strip()])
def test_span_windows_tag_span_words_as_the_whole_paragraph_does(text, plain):
    from kzru_facts.analysis.morph import tag_tokens, tokens_in
    spans = natasha_spans(text)
    doc = natasha.Doc(text)
    doc.segment(natasha.Segmenter())
    doc.tag_morph(plain[1])
    whole = {(t.start, t.stop): (t.pos, t.feats) for t in doc.tokens}
    near = [t for s in spans for t in tokens_in(tag_tokens(text, spans), s.start, s.end)]
    assert [(t.pos, t.feats) for t in near] == [whole[(t.start, t.end)] for t in near]
    assert len(near) == sum(len(tokens_in(tag_tokens(text, [s]), s.start, s.end)) for s in spans)


def natasha_spans(text: str) -> list:
    from kzru_facts.analysis.spans import Span
    return [Span(a, b, t) for a, b, t in models.ner_tagger()(text).spans]


def test_syntax_parser_the_cheaper_way_gives_natashas_parses():
    own = models.syntax_parser()
    theirs = natasha.NewsSyntaxParser(models.embedding())
    for text in TEXTS[:40]:
        words = text.split()
        if words:
            orig = next(theirs.map([words]))
            assert own.parse(words) == [(int(t.head_id) - 1 if t.head_id != "0" else None, t.rel)
                                        for t in orig.tokens]


@pytest.mark.parametrize("word", ["посла", "заявил", "Токаева", "переговоры", "стали", "ещё", "ООН",
                                  "быстро", "пятнадцати", "Назарбаеву", "zzzq", "по-русски"])
def test_lazy_readings_equal_natashas_readings(word):
    mine = models.morph_vocab().parse(word)
    theirs = natasha.MorphVocab().parse(word)
    assert [(f.normal, f.pos, f.feats, str(f.tag)) for f in mine] == \
        [(f.normal, f.pos, f.feats, str(f.tag)) for f in theirs]
    if mine[0].pos == "NOUN":
        assert mine[0].inflect({"Nom"}).word == theirs[0].inflect({"Nom"}).word
