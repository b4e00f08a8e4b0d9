"""Cost per character as the input grows: linear or not.

    python bench/scaling.py                   # every case below
    python bench/scaling.py --only quotes     # one of: article, names, quotes, files

For three texts, CPU seconds of ``pipeline.extract`` (models loaded first,
best of ``--rounds``) at 1x, 2x, 4x and 8x the text, and the cost per
character relative to 1x (linear: 1.0; the target is within 1.3):

- article: a seed article repeated (paragraphs, quotes, people, facts);
- names:   «Токаев сказал N.» repeated, one name mentioned again and again;
- quotes:  «он сказал «да» » on one line, 500 quotes a step (8x = 4,000).

Then ``files``: the same 600 bench articles (bench/corpus.py) as 600 files
and as one file, each through ``python -m kzru_facts extract --format jsonl
--jobs 1`` as a whole process: CPU seconds and peak RSS.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))
import corpus  # noqa: E402  (beside this script)

SCALES = (1, 2, 4, 8)


def article(k: int) -> str:
    return "\n\n".join([max(corpus.seed_texts(), key=len)] * k)


def names(k: int) -> str:
    return " ".join(f"Токаев сказал {n}." for n in range(600 * k))


def quotes(k: int) -> str:
    return "он сказал «да» " * (500 * k)


TEXTS = {"article": article, "names": names, "quotes": quotes}


def cpu_seconds(text: str, rounds: int) -> float:
    """Best CPU time of ``rounds`` analyses of ``text``, after one not counted: every
    size is measured with its words' readings memoised (steady state), so a
    smaller text is not charged for filling the memos."""
    from kzru_facts.pipeline import extract
    extract(text)
    best = float("inf")
    for _ in range(rounds):
        began = time.process_time()
        extract(text)
        best = min(best, time.process_time() - began)
    return best


def scale_case(name: str, rounds: int) -> None:
    make = TEXTS[name]
    base = None
    print(f"{name:8} {'scale':>5} {'chars':>8} {'cpu s':>8} {'µs/char':>8} {'vs 1x':>6}")
    for k in SCALES:
        text = make(k)
        secs = cpu_seconds(text, rounds)
        per = secs / len(text)
        base = base or per
        print(f"{'':8} {k:>4}x {len(text):>8} {secs:>8.2f} {per * 1e6:>8.1f} {per / base:>6.2f}",
              flush=True)


def run_process(argv: list[str]) -> tuple[float, float, int]:
    """CPU seconds (user + system), peak RSS in MB and output lines of a whole process."""
    proc = subprocess.Popen(argv, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            env={**os.environ, "PYTHONPATH": str(ROOT), "OPENBLAS_NUM_THREADS": "1"})
    lines = sum(1 for _ in proc.stdout)
    _, _, usage = os.wait4(proc.pid, 0)
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, lines


def files_case(n: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp, "articles")
        folder.mkdir()
        texts = [p.read_text(encoding="utf-8") for p in corpus.build(folder, n)]
        one = Path(tmp, "one.txt")
        one.write_text("\n\n".join(texts), encoding="utf-8")
        chars = sum(map(len, texts))
        print(f"{'files':8} {'input':>18} {'chars':>8} {'cpu s':>8} {'µs/char':>8} {'peak MB':>8}")
        for label, path in ((f"{n} files", folder), ("one file", one)):
            cpu, peak, _ = run_process([sys.executable, "-m", "kzru_facts", "extract",
                                        "--format", "jsonl", "--jobs", "1", str(path)])
            print(f"{'':8} {label:>18} {chars:>8} {cpu:>8.2f} {cpu / chars * 1e6:>8.1f} {peak:>8.0f}",
                  flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=[*TEXTS, "files"])
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("-n", type=int, default=600, help="articles for the files case")
    args = parser.parse_args()
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    from kzru_facts.analysis import models
    models.load_all()
    for name in TEXTS:
        if args.only in (None, name):
            scale_case(name, args.rounds)
    if args.only in (None, "files"):
        files_case(args.n)


if __name__ == "__main__":
    main()
