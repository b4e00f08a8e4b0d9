"""Terminal tables at 80 and 120 columns: every column at least as wide as its header."""
from __future__ import annotations

import pytest

from kzru_facts.cli import cli
from kzru_facts.output.layout import fit, short_path
from tests.conftest import SEEDS, make_env

COMMANDS = [["quotes"], ["quotes", "--explain"], ["entities"], ["entities", "--mentions"],
            ["facts"], ["facts", "--type", "documents"], ["extract"]]


def header_cells(out: str) -> list[list[str]]:
    """The header cells of every table printed (the lines between ┃ marks)."""
    return [[c for c in line.split("┃")[1:-1]] for line in out.splitlines()
            if line.startswith("┃")]


@pytest.mark.parametrize("width", [80, 120])
@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
@pytest.mark.parametrize("tty", [True, False], ids=["terminal", "piped --format table"])
def test_tables_fit_and_no_column_is_narrower_than_its_header(runner, monkeypatch, args,
                                                              width, tty):
    monkeypatch.setenv("COLUMNS", str(width))
    result = runner.invoke(cli, [*args, "--format", "table", "-j", "1", str(SEEDS)],
                           obj=make_env(tty=tty))
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines and max(len(line) for line in lines) <= width
    headers = header_cells(result.stdout)
    assert headers
    for row in headers:
        for cell in row:
            name = cell.strip()
            assert name and len(cell) >= len(name) + 2, f"column {name!r} squeezed: {row}"
            assert " " not in name, f"a header wrapped or two merged: {row}"


def test_the_quote_gets_the_width_at_80_columns():
    rows = [{"speaker": "Касым-Жомарт Токаев", "role": "президент Казахстана",
             "text": "слово " * 40, "doc": "news/2024/11/000_791e629fc53aa867.txt"}]
    cols = {c.name: c for c in fit(["speaker", "role", "text", "doc"], ["text"], rows, 80)}
    assert "role" not in cols and cols["text"].wide and cols["text"].width >= 30


@pytest.mark.parametrize("path, short", [
    ("seeds/000_791e629fc53aa867.txt", "000_791…3aa867.txt"),
    ("news.jsonl:17", "news.jsonl:17"),
    ("/very/long/folder/name/a.txt", "a.txt"),
])
def test_short_path(path, short):
    assert short_path(path) == short
