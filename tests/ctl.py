"""Golden files: `python tests/ctl.py up` rewrites tests/golden/ from the seeds.

Review the git diff of tests/golden/ after every change to extraction: it
shows exactly which quotes, speakers, entities and facts moved.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLDEN = ROOT / "tests" / "golden"


def render(path: Path) -> str:
    """The extract record of one seed article, as stable pretty JSON."""
    from kzru_facts import extract
    article = extract(path.read_text(encoding="utf-8"), doc=f"seeds/{path.name}")
    return json.dumps(article.to_dict(), ensure_ascii=False, indent=1) + "\n"


def golden_path(seed: Path) -> Path:
    return GOLDEN / (seed.stem + ".json")


def update() -> None:
    GOLDEN.mkdir(exist_ok=True)
    for seed in sorted(SEEDS.glob("*.txt")):
        golden_path(seed).write_text(render(seed), encoding="utf-8")
        print(f"wrote {golden_path(seed).relative_to(ROOT)}")
    # the `show` view of one seed article has golden files of its own
    subprocess.run([sys.executable, "-m", "pytest", "-q", "tests/test_show.py", "-k", "golden"],
                   cwd=ROOT, env={**os.environ, "KZRU_UPDATE_GOLDEN": "1"}, check=True)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    if sys.argv[1:] != ["up"]:
        sys.exit("usage: python tests/ctl.py up")
    update()
