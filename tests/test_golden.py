"""Whole seed articles against their reviewed golden extract records."""
from __future__ import annotations

import pytest

from tests.ctl import SEEDS, golden_path, render

SEED_FILES = sorted(SEEDS.glob("*.txt"))


@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.stem)
def test_seed_matches_golden(seed):
    expected = golden_path(seed).read_text(encoding="utf-8")
    assert render(seed) == expected, "extraction changed: run `python tests/ctl.py up` and review the diff"
