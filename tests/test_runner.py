"""Running the pipeline over many sources: order, failures, --jobs, no models for --help."""
from __future__ import annotations

import json
import pickle
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kzru_facts import extract
from kzru_facts.cli import cli
from kzru_facts.text.inputs import Source, bundled_seeds
from kzru_facts.batch.runner import Job, make_jobs, process, run
from kzru_facts.text.items import Item

SEEDS = sorted(bundled_seeds().glob("*.txt"))


def sources(paths) -> list[Source]:
    return [Source(str(p), Path(p)) for p in paths]


@pytest.fixture(scope="module")
def bad_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("in") / "bad.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")   # an image named .txt
    return path


@pytest.fixture(scope="module")
def one_by_one() -> list[dict]:
    """The seeds analysed in this process, one after another."""
    return [a.to_dict() for a in run(sources(SEEDS), pytest.fail, jobs=1)]


def test_extract_is_a_plain_picklable_function():
    assert pickle.loads(pickle.dumps(extract)) is extract


@pytest.mark.parametrize("jobs", [2, 3])
def test_parallel_output_equals_one_by_one_in_input_order(jobs, one_by_one):
    got = [a.to_dict() for a in run(sources(SEEDS), pytest.fail, jobs=jobs)]
    assert got == one_by_one


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_bad_input_is_reported_and_the_batch_goes_on(jobs, bad_file):
    errors: list[str] = []
    docs = [a.doc for a in run(sources([bad_file, SEEDS[0]]), errors.append, jobs=jobs)]
    assert docs == [str(SEEDS[0])]
    assert len(errors) == 1 and "bad.txt" in errors[0] and "not text" in errors[0]


@pytest.mark.parametrize("job, error, empty", [
    (Job(Source("-", None), Item("-", "")), None, True),      # empty text: no record, said so
    (Job(Source("-", None), Item("-", " \n")), None, True),
    (Job(Source("-", None), Item("-", "Текст.")), None, False),
    (Job(Source("-", None), error="-: broken"), "-: broken", False),
])
def test_process_a_job_read_by_the_parent(job, error, empty):
    result = process(job)
    assert (result.error, bool(result.empty)) == (error, empty)
    assert (result.article is None) is (error is not None)


def test_a_long_text_comes_part_by_part_with_the_same_doc(tmp_path):
    from kzru_facts.text.chunks import LIMIT
    text = "\n\n".join([SEEDS[0].read_text(encoding="utf-8")] * (2 * LIMIT // 2000 + 2))
    (tmp_path / "dump.txt").write_text(text, encoding="utf-8")
    parts = list(run(sources([tmp_path / "dump.txt"]), pytest.fail, jobs=1))
    assert len(parts) >= 3 and {p.doc for p in parts} == {str(tmp_path / "dump.txt")}
    assert all(text[q.start:q.end] == q.text for p in parts for q in p.quotes)
    assert [q.start for p in parts for q in p.quotes] == sorted(q.start for p in parts for q in p.quotes)


def test_standard_input_is_read_before_the_workers_start(monkeypatch):
    monkeypatch.setattr("kzru_facts.text.reading.read_text", lambda source: "Текст.")
    jobs = list(make_jobs([Source("-", None), Source("a.txt", Path("a.txt"))]))
    assert [(j.source.name, j.item and j.item.text) for j in jobs] == [("-", "Текст."),
                                                                      ("a.txt", None)]


def test_cli_jobs_two_gives_the_same_lines(one_by_one):
    result = CliRunner().invoke(cli, ["extract", "--format", "jsonl", "--jobs", "2",
                                      *map(str, SEEDS)])
    assert result.exit_code == 0
    assert [json.loads(line) for line in result.stdout.splitlines()] == one_by_one


@pytest.mark.parametrize("value", ["0", "-1", "many"])
def test_cli_rejects_a_bad_jobs_value(value):
    result = CliRunner().invoke(cli, ["extract", "--jobs", value, str(SEEDS[0])])
    assert result.exit_code == 2
    assert "--jobs" in result.stderr


def test_help_loads_no_model():
    code = ("import sys; from kzru_facts.cli import cli\n"
            "try: cli(['--help'])\nexcept SystemExit: pass\n"
            "print(sorted(m for m in ('natasha', 'numpy', 'slovnet', 'navec') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=Path(__file__).resolve().parent.parent, check=True).stdout
    assert out.splitlines()[-1] == "[]"
