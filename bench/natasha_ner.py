"""natasha's segmenter and NER alone over files: the floor of anything that finds entities.

    python bench/natasha_ner.py FOLDER

Prints one line per article (sentence, token and span counts) so the work
cannot be skipped.
"""
from __future__ import annotations

import sys
from pathlib import Path


def main(folder: str) -> None:
    """Load natasha's NER once, then segment and tag each .txt file in name order."""
    from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter
    segmenter, ner = Segmenter(), NewsNERTagger(NewsEmbedding())
    for path in sorted(Path(folder).glob("*.txt")):
        doc = Doc(path.read_text(encoding="utf-8"))
        doc.segment(segmenter)
        doc.tag_ner(ner)
        print(path.name, len(doc.sents), len(doc.tokens), len(doc.spans))


if __name__ == "__main__":
    main(sys.argv[1])
