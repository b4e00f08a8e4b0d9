"""The project's accuracy floors, measured by the shared scorers.

Runs only where ../shared (the annotated articles, outside this repository)
is present, as in CI; the floors are the targets the issues set, so a change
that loses accuracy fails here rather than in a later measurement.
"""
from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import ROOT, SHARED

GOLD = SHARED / "gold"
EVAL = SHARED / "eval"
CLI = [sys.executable, "-m", "kzru_facts", "extract", "--format", "jsonl"]

GOLD_FLOORS = {  # issues 3, 4 and 5
    "quotes_f1": 0.95, "attribution": 0.92, "persons_f1": 0.97, "dates_f1": 0.90,
    "durations_f1": 0.90, "documents_f1": 0.85, "visits_f1": 0.75, "visit_counts_f1": 0.90,
}
NER_FLOORS = {"ALL_f1": 0.83, "PER_f1": 0.95}   # issue 4, factRuEval-2016 dev


def run_scorer(script, gold, floors: dict[str, float]) -> subprocess.CompletedProcess:
    mins = [f"--min={k}={v}" for k, v in floors.items()]
    return subprocess.run([sys.executable, str(script), *mins, str(gold), "--", *CLI],
                          capture_output=True, text=True, cwd=ROOT, timeout=1200)


@pytest.mark.skipif(not GOLD.is_dir(), reason="../shared/gold is not here")
def test_gold_articles_meet_the_issue_targets(tmp_path):
    both = tmp_path / "gold.jsonl"
    both.write_text((GOLD / "seeds.jsonl").read_text(encoding="utf-8")
                    + (GOLD / "dev.jsonl").read_text(encoding="utf-8"), encoding="utf-8")
    done = run_scorer(GOLD / "score.py", both, GOLD_FLOORS)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.skipif(not EVAL.is_dir(), reason="../shared/eval is not here")
def test_factru_entities_meet_the_issue_targets():
    done = run_scorer(EVAL / "ner_score.py", EVAL / "factru_dev.jsonl", NER_FLOORS)
    assert done.returncode == 0, done.stdout + done.stderr
