"""A benchmark corpus: N news articles of 1-5 KB made from the bundled seeds.

Each article is a seed's headline followed by paragraphs drawn from all
seeds, reshuffled, with numbers, years and place names varied, until it reaches a
size drawn between MIN_BYTES and MAX_BYTES. The same N and seed give the
same corpus, so runs compare.
"""
from __future__ import annotations

import random
import re
from pathlib import Path

MIN_BYTES, MAX_BYTES = 1000, 5000
SEEDS = Path(__file__).resolve().parent.parent / "seeds"
# Places swapped for one another, so no two articles repeat a paragraph word
# for word ("Москве", "Астане" are in the seeds' visit sentences).
PLACES = [("Москв", "Минск"), ("Астан", "Ташкент"), ("Казан", "Бишкек"), ("Алмат", "Самар")]
SMALL = re.compile(r"(?<!\d)\d{1,2}(?!\d)")
YEAR = re.compile(r"(?<!\d)20\d\d(?!\d)")


def seed_texts() -> list[str]:
    """The bundled seed articles."""
    return [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]


def paragraphs(text: str) -> list[str]:
    """Lines long enough to be prose (menus and tags are short)."""
    return [line.strip() for line in text.splitlines() if len(line.strip()) > 60]


def vary(paragraph: str, rng: random.Random) -> str:
    """The paragraph with its numbers, years and some place names changed."""
    out = SMALL.sub(lambda m: str(rng.randrange(1, 29)), paragraph)
    out = YEAR.sub(lambda m: str(rng.randrange(2015, 2027)), out)
    for a, b in PLACES:
        if rng.random() < 0.5:
            out = out.replace(a, b)
    return out


def make_article(pool: list[str], heads: list[str], rng: random.Random) -> str:
    """One article: a headline, then varied paragraphs up to a random size."""
    size = rng.randrange(MIN_BYTES, MAX_BYTES)
    parts = [rng.choice(heads)]
    while len("\n\n".join(parts).encode()) < size:
        parts.append(vary(rng.choice(pool), rng))
    while len(parts) > 2 and len("\n\n".join(parts).encode()) > MAX_BYTES:
        parts.pop()
    return "\n\n".join(parts) + "\n"


def build(folder: Path, n: int, seed: int = 1) -> list[Path]:
    """Write n articles into folder as 00000.txt, 00001.txt, ...; return their paths."""
    rng = random.Random(seed)
    texts = seed_texts()
    pool = [p for t in texts for p in paragraphs(t) if len(p.encode()) < MAX_BYTES // 2]
    heads = [paragraphs(t)[0] for t in texts]
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        path = folder / f"{i:05d}.txt"
        path.write_text(make_article(pool, heads, rng), encoding="utf-8")
        paths.append(path)
    return paths


REAL = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "news-2000.jsonl.gz"


def read_rows(path: Path, limit: int | None = None):
    """The first ``limit`` rows (all with None) of a JSON Lines article table, .gz or plain."""
    import gzip
    import json
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as lines:
        for n, line in enumerate(lines):
            if limit is not None and n >= limit:
                return
            yield json.loads(line)


def build_real(folder: Path, n: int, source: Path = REAL) -> list[Path]:
    """The first N articles of the shared real corpus (title line, then text) as files."""
    paths = []
    for i, row in enumerate(read_rows(source, n)):
        path = folder / f"{i:05d}.txt"
        path.write_text(f"{row.get('title') or ''}\n\n{row['text']}", encoding="utf-8")
        paths.append(path)
    return paths
