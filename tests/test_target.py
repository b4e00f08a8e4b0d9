"""Output files: checked before any analysis, never an input, never half-written."""
from __future__ import annotations

import os

import pytest

from kzru_facts.cli import cli
from kzru_facts.output.target import TargetError, check_target, write_atomic
from tests.conftest import make_env
from tests.sample_article import TEXT, sample_article


def no_analysis(*args, **kwargs):
    raise AssertionError("the output path must be checked before any analysis")


def fake_extract(text, published=None, doc=None, **meta):
    return sample_article(doc)


def report(runner, args, input=None):
    return runner.invoke(cli, ["report", *args], obj=make_env(stdin=input is not None),
                         input=input)


@pytest.mark.parametrize("make_args, message", [
    (lambda d: [str(d / "a.txt"), "-o", str(d / "no" / "such" / "r.html")], "no such folder"),
    (lambda d: [str(d / "a.txt"), "-o", str(d / "a.txt")], "is also an input"),
    (lambda d: [str(d), "-o", str(d / "a.txt")], "is also an input"),
])
def test_report_output_is_checked_first(runner, monkeypatch, tmp_path, make_args, message):
    monkeypatch.setattr("kzru_facts.pipeline.extract", no_analysis)
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    result = report(runner, make_args(tmp_path))
    assert result.exit_code == 2
    assert message in result.stderr and len(result.stderr.splitlines()) == 1
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == TEXT


def test_a_report_beside_its_articles_is_fine(runner, monkeypatch, tmp_path):
    monkeypatch.setattr("kzru_facts.pipeline.extract", fake_extract)
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    result = report(runner, [str(tmp_path), "-o", str(tmp_path / "report.html")])
    assert result.exit_code == 0, result.stderr
    assert "wrote" in result.stderr


def test_when_every_input_fails_the_old_report_stays(runner, tmp_path):
    old = tmp_path / "r.html"
    old.write_text("old report", encoding="utf-8")
    (tmp_path / "bin.txt").write_bytes(bytes(range(256)) * 8)
    result = report(runner, [str(tmp_path / "bin.txt"), "-o", str(old)])
    assert result.exit_code == 1
    assert "no report written" in result.stderr
    assert old.read_text(encoding="utf-8") == "old report"


def test_replacing_a_report_says_so(runner, monkeypatch, tmp_path):
    monkeypatch.setattr("kzru_facts.pipeline.extract", fake_extract)
    old = tmp_path / "r.html"
    old.write_text("old report", encoding="utf-8")
    result = report(runner, ["-", "-o", str(old)], input=TEXT)
    assert result.exit_code == 0 and f"replaced {old}" in result.stderr
    assert "<html" in old.read_text(encoding="utf-8")


def test_a_failed_write_leaves_the_old_file_and_no_litter(runner, monkeypatch, tmp_path):
    monkeypatch.setattr("kzru_facts.pipeline.extract", fake_extract)
    old = tmp_path / "r.html"
    old.write_text("old report", encoding="utf-8")

    def full_disk(src, dst):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr("kzru_facts.output.target.os.replace", full_disk)
    result = report(runner, ["-", "-o", str(old)], input=TEXT)
    assert result.exit_code == 1
    assert "cannot write" in result.stderr and "No space left" in result.stderr
    assert "internal error" not in result.stderr
    assert old.read_text(encoding="utf-8") == "old report"
    assert os.listdir(tmp_path) == ["r.html"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_a_read_only_folder_is_refused(tmp_path):
    tmp_path.chmod(0o500)
    try:
        with pytest.raises(TargetError, match="permission denied"):
            check_target(str(tmp_path / "r.html"), [])
    finally:
        tmp_path.chmod(0o700)


def test_write_atomic_keeps_the_mode_of_the_file_it_replaces(tmp_path):
    path = tmp_path / "r.html"
    path.write_text("old", encoding="utf-8")
    path.chmod(0o640)
    write_atomic(str(path), "new")
    assert path.read_text(encoding="utf-8") == "new"
    assert path.stat().st_mode & 0o777 == 0o640
