"""Shared fixtures: the seed articles, a CLI runner, an environment to fake TTYs."""
from __future__ import annotations

import io
from pathlib import Path

import pytest
from click.testing import CliRunner

from kzru_facts.env import Env

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def seed_paths() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def make_env(tty: bool = False, stdin: bool = False) -> Env:
    """An environment with a fixed answer to "terminal?" and "piped input?".

    ``stdin=False`` stands for a person at a terminal: no input piped in.
    """
    return Env(tty=tty, stdin_tty=not stdin)
