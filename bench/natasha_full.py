"""natasha's full pipeline (segment, morphology, syntax, NER) over files: the yardstick.

    python bench/natasha_full.py FOLDER

Prints one line per article (its sentence, token and span counts), so the
work cannot be skipped, as the extractor's JSON Lines cannot.
"""
from __future__ import annotations

import sys
from pathlib import Path


def main(folder: str) -> None:
    """Load natasha's models once, then analyse each .txt file in name order."""
    from natasha import (Doc, NewsEmbedding, NewsMorphTagger, NewsNERTagger,
                         NewsSyntaxParser, Segmenter)
    emb = NewsEmbedding()
    segmenter, morph = Segmenter(), NewsMorphTagger(emb)
    syntax, ner = NewsSyntaxParser(emb), NewsNERTagger(emb)
    for path in sorted(Path(folder).glob("*.txt")):
        doc = Doc(path.read_text(encoding="utf-8"))
        doc.segment(segmenter)
        doc.tag_morph(morph)
        doc.parse_syntax(syntax)
        doc.tag_ner(ner)
        print(path.name, len(doc.sents), len(doc.tokens), len(doc.spans))


if __name__ == "__main__":
    main(sys.argv[1])
