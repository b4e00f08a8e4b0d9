"""The command line through click's CliRunner: every command × format, inputs, errors."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest

from kzru_facts.cli import cli
from tests.conftest import SEEDS, make_env

COMMANDS = ["quotes", "entities", "facts", "extract"]
FORMATS = ["table", "tsv", "json", "jsonl", "csv"]
SAMPLE = "Токаев заявил: «Мы подписали важный документ». Визит состоялся 5 мая 2024 года."
SEED = str(SEEDS / "000_791e629fc53aa867.txt")


def invoke(runner, args, tty=False, stdin=False, input=None):
    return runner.invoke(cli, args, obj=make_env(tty=tty, stdin=stdin), input=input)


def parse(fmt: str, out: str):
    """Parse output in a machine format; raises when it is malformed."""
    if fmt == "json":
        return json.loads(out)
    if fmt == "jsonl":
        return [json.loads(line) for line in out.splitlines()]
    if fmt == "csv":
        return list(csv.DictReader(io.StringIO(out)))
    if fmt == "tsv":
        lines = list(csv.reader(io.StringIO(out), delimiter="\t"))
        assert all(len(line) == len(lines[0]) for line in lines[1:])
        return [dict(zip(lines[0], line)) for line in lines[1:]]
    return out


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("fmt", FORMATS)
def test_every_command_and_format(runner, command, fmt):
    result = invoke(runner, [command, "--format", fmt, SEED])
    assert result.exit_code == 0, result.stderr
    rows = parse(fmt, result.stdout)
    assert rows, f"{command} --format {fmt} printed nothing"


def test_quotes_jsonl_from_stdin_finds_quote_and_speaker(runner):
    result = invoke(runner, ["quotes", "--format", "jsonl", "-"], input=SAMPLE)
    assert result.exit_code == 0, result.stderr
    [quote] = parse("jsonl", result.stdout)
    assert quote["doc"] == "-"
    assert quote["text"] == "Мы подписали важный документ"
    assert "Токаев" in quote["speaker"]["name"]
    assert quote["cue"] == "заявил"


def test_piped_stdin_is_read_without_a_path(runner):
    result = invoke(runner, ["quotes", "--format", "jsonl"], stdin=True, input=SAMPLE)
    assert [q["doc"] for q in parse("jsonl", result.stdout)] == ["-"]


def test_no_path_and_no_pipe_reads_the_bundled_seeds(runner):
    result = invoke(runner, ["extract", "--format", "jsonl"])
    docs = [a["doc"] for a in parse("jsonl", result.stdout)]
    assert docs == [f"seeds/{p.name}" for p in sorted(SEEDS.glob("*.txt"))]


def test_extract_jsonl_keeps_the_contract(runner):
    result = invoke(runner, ["extract", "--format", "jsonl", str(SEEDS)])
    articles = parse("jsonl", result.stdout)
    assert len(articles) == 5
    for a in articles:
        assert {"doc", "title", "published", "quotes", "entities", "facts"} <= a.keys()
        assert set(a["facts"]) == {"visits", "visit_counts", "documents", "durations", "dates"}
        text = (SEEDS / a["doc"].rsplit("/", 1)[-1]).read_text(encoding="utf-8")
        for q in a["quotes"]:
            assert text[q["start"]:q["end"]] == q["text"]
            assert {"text", "start", "end", "kind", "speaker"} <= q.keys()
        for e in a["entities"]:
            assert text[e["start"]:e["end"]] == e["text"]
            assert e["type"] in ("PER", "ORG", "LOC")


def test_folder_is_walked_recursively_each_file_once(runner, tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "one.txt").write_text(SAMPLE, encoding="utf-8")
    (tmp_path / "a" / "b" / "two.txt").write_text(SAMPLE, encoding="utf-8")
    (tmp_path / "a" / "notes.md").write_text(SAMPLE, encoding="utf-8")
    (tmp_path / "a" / "b" / "loop").symlink_to(tmp_path / "a")
    result = invoke(runner, ["extract", "--format", "jsonl", str(tmp_path),
                             str(tmp_path / "a" / "one.txt")])
    docs = sorted(a["doc"].rsplit("/", 1)[-1] for a in parse("jsonl", result.stdout))
    assert docs == ["one.txt", "two.txt"]


def test_default_format_is_tsv_when_piped_and_a_table_on_a_terminal(runner):
    piped = invoke(runner, ["quotes", SEED])
    assert piped.stdout.splitlines()[0].split("\t")[:4] == ["doc", "title", "published", "speaker"]
    assert "\x1b[" not in piped.stdout and "━" not in piped.stdout and "│" not in piped.stdout
    terminal = invoke(runner, ["quotes", SEED], tty=True)
    assert "speaker" in terminal.stdout and ("│" in terminal.stdout or "┃" in terminal.stdout)


def test_json_keeps_cyrillic_readable_and_ascii_escapes_it(runner):
    plain = invoke(runner, ["entities", "--json", SEED])
    assert "Бородавкин" in plain.stdout and "\\u" not in plain.stdout
    escaped = invoke(runner, ["entities", "--json", "--ascii", SEED])
    assert "\\u" in escaped.stdout and json.loads(escaped.stdout) == json.loads(plain.stdout)


def test_entities_json_is_one_document_one_row_per_entity(runner):
    result = invoke(runner, ["entities", "--json", str(SEEDS)])
    rows = json.loads(result.stdout)
    names = [(r["type"], r["name"]) for r in rows]
    assert len(names) == len(set(names))
    putin = [r for r in rows if r["type"] == "PER" and r["name"].endswith("Путин")]
    assert len(putin) == 1 and len(putin[0]["articles"]) >= 4


def test_entities_type_filter(runner):
    rows = json.loads(invoke(runner, ["entities", "--json", "--type", "LOC", SEED]).stdout)
    assert rows and {r["type"] for r in rows} == {"LOC"}


def test_facts_type_filter_and_jsonl_objects(runner):
    rows = parse("jsonl", invoke(runner, ["facts", "--format", "jsonl", "--type", "dates",
                                          str(SEEDS / "002_ed9b7d503c15cda5.txt")]).stdout)
    assert rows and {r["type"] for r in rows} == {"dates"}
    assert any(r["value"] == "2023-11" for r in rows)


def test_quotes_speaker_filter_accepts_any_case_form(runner):
    rows = parse("jsonl", invoke(runner, ["quotes", "--format", "jsonl",
                                          "--speaker", "Бородавкина", SEED]).stdout)
    assert rows and all("Бородавкин" in r["speaker"]["name"] for r in rows)
    none = parse("jsonl", invoke(runner, ["quotes", "--format", "jsonl",
                                          "--speaker", "Иванова", SEED]).stdout)
    assert none == []


def test_quotes_kind_filter(runner):
    rows = parse("jsonl", invoke(runner, ["quotes", "--format", "jsonl", "--kind", "interview",
                                          str(SEEDS)]).stdout)
    assert rows and {r["kind"] for r in rows} == {"interview"}


def test_json_and_another_format_is_a_usage_error(runner):
    result = invoke(runner, ["quotes", "--json", "--format", "csv", SEED])
    assert result.exit_code == 2
    assert "use just one of --json and --format" in result.stderr
    assert result.stdout == ""


def test_missing_path_is_a_one_line_error_with_exit_2(runner, tmp_path):
    result = invoke(runner, ["quotes", str(tmp_path / "nope.txt")])
    assert result.exit_code == 2
    assert "nope.txt" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("command", [[], *[[c] for c in COMMANDS]])
def test_help_has_an_example(runner, command):
    result = runner.invoke(cli, command + ["--help"])
    assert result.exit_code == 0
    assert "kzru-facts" in result.stdout and "Example" in result.stdout


def test_help_and_version_load_no_model():
    code = ("import sys; from kzru_facts.cli import cli\n"
            "for args in (['--help'], ['--version'], ['quotes', '--help']):\n"
            "    try: cli(args)\n"
            "    except SystemExit: pass\n"
            "assert not any(m.startswith(('natasha', 'slovnet', 'navec', 'pymorphy', 'razdel', "
            "'rich', 'numpy', 'multiprocessing')) for m in sys.modules), sorted(sys.modules)\n"
            "ours = {m for m in sys.modules if m.startswith('kzru_facts')}\n"
            "assert ours <= {'kzru_facts', 'kzru_facts.cli', 'kzru_facts.const', "
            "'kzru_facts.env', 'kzru_facts.status'}, sorted(ours)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_python_dash_m_runs_the_tool():
    done = subprocess.run([sys.executable, "-m", "kzru_facts", "--version"],
                          capture_output=True, text=True)
    assert done.returncode == 0 and "kzru-facts" in done.stdout
