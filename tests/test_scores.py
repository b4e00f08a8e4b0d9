"""The shared scorers read our output end to end.

Accuracy figures are measurements, reported in the README and the issue
notes, never CI gates: a gate on the articles the rules were read against
rewards fitting them. What is tested here is that the scorers can consume
what the CLI writes (every field scored, no error). Runs only where
../shared (outside this repository) is present.
"""
from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import ROOT, SHARED

GOLD = SHARED / "gold"
EVAL = SHARED / "eval"
CLI = [sys.executable, "-m", "kzru_facts", "extract", "--format", "jsonl"]
FIELDS = ("quotes_f1", "attribution", "persons_f1", "dates_f1", "durations_f1",
          "documents_f1", "visits_f1", "visit_counts_f1")


def figures(script, gold) -> dict[str, float]:
    """The scorer's closing line (name=value pairs), after checking it ran cleanly."""
    done = subprocess.run([sys.executable, str(script), str(gold), "--", *CLI],
                          capture_output=True, text=True, cwd=ROOT, timeout=1200)
    assert done.returncode == 0, done.stdout + done.stderr
    last = done.stdout.strip().splitlines()[-1]
    return {k: float(v) for k, v in (pair.split("=", 1) for pair in last.split())}


@pytest.mark.skipif(not GOLD.is_dir(), reason="../shared/gold is not here")
def test_gold_scorer_reads_every_field():
    found = figures(GOLD / "score.py", GOLD / "seeds.jsonl")
    assert set(FIELDS) <= set(found)
    assert all(0.0 <= found[k] <= 1.0 for k in FIELDS)


@pytest.mark.skipif(not EVAL.is_dir(), reason="../shared/eval is not here")
def test_factru_scorer_reads_our_entities():
    found = figures(EVAL / "ner_score.py", EVAL / "factru_dev.jsonl")
    assert 0.0 <= found["ALL_f1"] <= 1.0
