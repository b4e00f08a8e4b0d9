"""kzru-facts against natasha's full pipeline, whole processes, side by side.

    python bench/run.py                      # 600 articles, --jobs 1 and 2, 3 rounds
    python bench/run.py -n 200 --jobs 1 --rounds 1
    python bench/run.py --real --jobs 1      # 600 real articles of ../shared/corpus

Builds a corpus of N articles of 1-5 KB (bench/corpus.py), then, round by
round, runs natasha's full pipeline (segment, morphology, syntax, NER:
bench/natasha_full.py) and ``python -m kzru_facts extract --format jsonl
--jobs J`` over it as whole processes, model loading included. Prints each
command's median wall time, articles/s, characters/s, peak RSS of its
largest process, and its speed-up over natasha (median of per-round ratios).
Only the standard library measures: time.perf_counter and os.wait4.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import corpus  # noqa: E402  (beside this script)


ROOT = HERE.parent


@dataclass(frozen=True)
class Run:
    wall: float      # seconds
    peak_mb: float   # largest resident set of the process or any child it waited for
    lines: int       # output lines: one per article for both commands
    code: int


# natasha as the issue measures it, "on one core": numpy's BLAS on one thread,
# as kzru-facts runs it. With its default (one thread per core) natasha only
# got slower on the shared 2-core machine, which would flatter the ratio.
ONE_THREAD = {v: "1" for v in ("OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "OMP_NUM_THREADS")}


def measure(argv: list[str]) -> Run:
    """Run argv from the checkout root; wall time, peak RSS, lines written to stdout."""
    import time
    began = time.perf_counter()
    proc = subprocess.Popen(argv, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            env={**os.environ, **ONE_THREAD})
    lines = sum(1 for _ in proc.stdout)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - began
    proc.returncode = os.waitstatus_to_exitcode(status)
    return Run(wall, usage.ru_maxrss / 1024, lines, proc.returncode)


def commands(folder: Path, jobs: list[int]) -> dict[str, list[str]]:
    """The yardsticks first (natasha full, natasha segment+NER), then one kzru-facts
    command per --jobs value."""
    out = {"natasha full pipeline": [sys.executable, str(HERE / "natasha_full.py"), str(folder)],
           "natasha NER alone": [sys.executable, str(HERE / "natasha_ner.py"), str(folder)]}
    for j in jobs:
        out[f"kzru-facts --jobs {j}"] = [sys.executable, "-m", "kzru_facts", "extract",
                                         "--format", "jsonl", "--jobs", str(j), str(folder)]
    return out


def report(name: str, runs: list[Run], ratios: list[float] | None, n: int, chars: int) -> str:
    """One table line: medians over the rounds."""
    wall = statistics.median(r.wall for r in runs)
    peak = max(r.peak_mb for r in runs)
    ratio = f"{statistics.median(ratios):5.2f}x" if ratios else "    1x"
    bad = "" if all(r.code == 0 and r.lines == n for r in runs) else "  (FAILED)"
    return (f"{name:<24} {wall:8.1f} {n / wall:10.1f} {chars / wall:12.0f} "
            f"{peak:9.0f} {ratio}{bad}")


def main() -> None:
    """Parse options, build the corpus, run the rounds, print the table."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", "--articles", type=int, default=600)
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--real", action="store_true",
                    help="the first N articles of ../shared/corpus/news-2000.jsonl.gz")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        build = corpus.build_real if args.real else corpus.build
        paths = build(Path(tmp), args.articles)
        chars = sum(len(p.read_text(encoding="utf-8")) for p in paths)
        size = sum(p.stat().st_size for p in paths)
        print(f"corpus: {args.articles} articles, {size / 1024:.0f} KB, {chars} characters; "
              f"{os.cpu_count()} cores; {args.rounds} rounds", flush=True)
        cmds = commands(Path(tmp), args.jobs)
        runs: dict[str, list[Run]] = {name: [] for name in cmds}
        for _ in range(args.rounds):
            for name, argv in cmds.items():
                runs[name].append(measure(argv))
    base = runs.pop("natasha full pipeline")
    floor = runs["natasha NER alone"]
    print(f"{'command':<24} {'wall s':>8} {'articles/s':>10} {'chars/s':>12} "
          f"{'peak MB':>9} {'speed-up':>7} {'x NER':>6}")
    print(report("natasha full pipeline", base, None, args.articles, chars)
          + f" {cost(base, floor):6.2f}")
    for name, rs in runs.items():
        ratios = [b.wall / r.wall for b, r in zip(base, rs)]
        print(report(name, rs, ratios, args.articles, chars) + f" {cost(rs, floor):6.2f}")


def cost(runs: list[Run], floor: list[Run]) -> float:
    """Median per-round wall time over natasha's NER alone (the issue's 'x NER')."""
    return statistics.median(r.wall / f.wall for r, f in zip(runs, floor))


if __name__ == "__main__":
    main()
