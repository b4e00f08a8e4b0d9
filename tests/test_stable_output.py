"""Output that scripts can rely on: column order fixed under any hash seed, CSV streamed."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from kzru_facts.output.render import csv_lines
from tests.conftest import ROOT, SEEDS

SEED = str(SEEDS / "000_791e629fc53aa867.txt")
# Every command and format with a header line, run in one process per hash seed.
HEADERS = f"""
import json, sys
from click.testing import CliRunner
from kzru_facts.cli import cli
from kzru_facts.env import Env
out = {{}}
for args in (["quotes"], ["entities"], ["entities", "--mentions"], ["facts"], ["extract"],
             *[["facts", "--type", t] for t in ("visits", "visit_counts", "documents",
                                                  "durations", "dates")]):
    for fmt in ("csv", "tsv"):
        r = CliRunner().invoke(cli, [*args, "--format", fmt, "-j", "1", {SEED!r}],
                               obj=Env(tty=False, stdin_tty=False))
        out[" ".join(args) + " " + fmt] = r.stdout.splitlines()[0]
print(json.dumps(out))
"""


def headers(hash_seed: str) -> dict:
    env = {**os.environ, "PYTHONHASHSEED": hash_seed, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", HEADERS], env=env, capture_output=True,
                          text=True, check=True)
    return json.loads(done.stdout)


def test_header_order_is_the_same_under_three_hash_seeds():
    first, *others = [headers(s) for s in ("0", "1", "4242")]
    assert all(o == first for o in others)
    assert first["facts csv"].startswith("type,doc,title,published,visitor,destination,when")
    assert first["quotes tsv"].split("\t")[:4] == ["doc", "title", "published", "speaker"]


def test_csv_is_written_row_by_row():
    def rows():
        yield {"a": 1}
        raise RuntimeError("the second row is never asked for before the first is out")
    lines = csv_lines(["a"], rows())
    assert [next(lines), next(lines)] == ["a\n", "1\n"]
    with pytest.raises(RuntimeError):
        next(lines)


def test_quote_and_fact_rows_say_which_article_and_when(runner):
    from kzru_facts.cli import cli
    from tests.conftest import make_env
    text = "Министр сказал: «Переговоры прошли успешно». Встреча прошла 21 ноября."
    result = runner.invoke(cli, ["quotes", "--format", "csv", "--published", "2024-05-14", "-"],
                           obj=make_env(stdin=True), input=text)
    header, row = result.stdout.splitlines()
    assert header.startswith("doc,title,published,") and row.startswith("-,,2024-05-14,")


def test_piped_tsv_round_trips_awkward_names_and_quotes(runner, tmp_path):
    """Records that merged in pandas: a field opening with a quote mark, and a file
    name holding a tab and a line break."""
    import csv
    import io

    from kzru_facts.cli import cli
    from tests.conftest import make_env
    name = tmp_path / 'tab\there\nand "line".txt'
    name.write_text('Министр сказал: «"Нет" — наш ответ». Посол заявил: «Да». '
                    'Глава сказал: «Ещё раз "нет"».', encoding="utf-8")
    result = runner.invoke(cli, ["quotes", str(name)], obj=make_env())
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout, newline=""), delimiter="\t"))
    assert [r["doc"] for r in rows] == [str(name)] * 3
    assert rows[0]["text"] == '"Нет" — наш ответ'
    pandas = pytest.importorskip("pandas")
    frame = pandas.read_csv(io.StringIO(result.stdout), sep="\t", dtype=str,
                            keep_default_na=False)
    assert frame["doc"].tolist() == [str(name)] * 3
    assert frame["text"].tolist() == [r["text"] for r in rows]
