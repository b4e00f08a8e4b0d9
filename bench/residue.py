"""How many emitted quotes are page residue: script, CSS, URLs, tweet credits, buttons.

    python bench/residue.py                                   # the 2,000-article corpus
    python bench/residue.py --corpus other.jsonl.gz -n 300 --show 5

Writes each article of the corpus (JSON Lines, gzip or not: id, text) to a
file in a temporary folder, runs ``python -m kzru_facts quotes --format
jsonl`` over the folder, and sorts every quote whose text looks like page
machinery rather than someone's words into one category (the first that
fits). A quote may hold a URL legitimately; the counts are for comparing
two versions of the cleaning, not an exact error rate.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import read_rows  # noqa: E402  (beside this script)

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path("/work/shared/corpus/news-2000.jsonl.gz")

CATEGORIES = {
    # onPlay: function(){ if(ga) {...} var x = '…';  document.querySelectorAll(...)
    "script": re.compile(r"function\s*\(|\bvar\s+\w+\s*=|\b(?:document|window|location)\.\w"
                         r"|[;{}]\s*[;{}]|=>|&&|\|\||\w\(['\"]|encodeURI|jwplayer|\bif\s*\("),
    # position: relative;padding-bottom: 56.25%;
    "css": re.compile(r"\b[a-z-]{3,}\s*:\s*[\w#.%-]+\s*;|\d+px\b|<\w+[^>]*>"),
    # https://t.co/…, pic.twitter.com/…, www.site.ru
    "url": re.compile(r"https?://|\bwww\.|pic\.twitter\.com|\bt\.co/|\b\w+\.(?:com|ru|kz|org|net)/\S"),
    # — Name (@handle) 5 марта 2019 г.
    "tweet credit": re.compile(r"\(@\w+\)|(?:^|\s)@\w{2,}"),
}
# Labels of buttons and widgets, as a quote's whole text.
BUTTONS = {"поделиться", "поделиться видео", "подписаться", "читать далее", "читайте также",
           "смотрите также", "комментировать", "ответить", "нравится", "твитнуть", "показать",
           "скрыть", "развернуть", "свернуть", "подробнее", "читать полностью", "вход", "войти"}


def category(text: str) -> str | None:
    """The kind of residue a quote's text looks like, or None for words.

    >>> category("onPlay: function(){ if(ga) { ga('send') } }"), category("Мы готовы к диалогу")
    ('script', None)
    >>> category("Поделиться"), category("— Donald J. Trump (@realDonaldTrump)")
    ('button', 'tweet credit')
    """
    if re.sub(r"[^\w ]+", "", text).strip().lower() in BUTTONS:
        return "button"
    for name, pattern in CATEGORIES.items():
        if pattern.search(text):
            return name
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("-n", type=int, help="only the first N articles")
    parser.add_argument("--jobs", default="2")
    parser.add_argument("--show", type=int, default=0, help="print N examples of each category")
    parser.add_argument("--dump", type=Path, help="write every quote (JSON Lines) to this file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for i, article in enumerate(read_rows(args.corpus, args.n)):
            Path(tmp, f"{i:05d}.txt").write_text(article["text"], encoding="utf-8")
        proc = subprocess.run([sys.executable, "-m", "kzru_facts", "quotes", "--format", "jsonl",
                               "--jobs", args.jobs, tmp], capture_output=True, text=True,
                              cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    if args.dump:
        args.dump.write_text(proc.stdout, encoding="utf-8")
    quotes = [json.loads(line)["text"] for line in proc.stdout.splitlines()]
    found: dict[str, list[str]] = {}
    for q in quotes:
        kind = category(q)
        if kind:
            found.setdefault(kind, []).append(q)
    counts = Counter({k: len(v) for k, v in found.items()})
    print(f"{len(quotes)} quotes, {sum(counts.values())} look like residue: "
          + ", ".join(f"{k} {counts[k]}" for k in [*CATEGORIES, "button"]))
    for kind, texts in found.items():
        for t in texts[:args.show]:
            print(f"  {kind}: {t[:150]!r}")


if __name__ == "__main__":
    main()
