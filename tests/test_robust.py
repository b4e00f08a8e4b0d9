"""Bad input never breaks a run, loses an article or prints a traceback.

Each case goes through the command line: CliRunner in-process, or a real
subprocess where the case is about the process itself (a closed pipe,
Ctrl-C, peak memory).
"""
from __future__ import annotations

import json
import os
import random
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import kzru_facts.pipeline
from kzru_facts.cli import cli
from tests.spans import span_count, span_errors

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
ARTICLE = SEEDS[0].read_text(encoding="utf-8")
PLAIN = ARTICLE.replace("«", '"').replace("»", '"').replace("—", "-").replace("–", "-")
HEAVY = os.environ.get("KZRU_FACTS_HEAVY") == "1"


def invoke(*args: str, input: bytes | None = None):
    return CliRunner().invoke(cli, list(args), input=input)


def docs(result) -> list[str]:
    return [json.loads(line)["doc"] for line in result.stdout.splitlines()]


def python_env() -> dict:
    return {**os.environ, "PYTHONPATH": str(ROOT), "OPENBLAS_NUM_THREADS": "1"}


def test_every_encoding_read(tmp_path):
    files = {"utf8.txt": PLAIN.encode("utf-8"), "bom.txt": PLAIN.encode("utf-8-sig"),
             "utf16.txt": PLAIN.encode("utf-16"), "win.txt": PLAIN.encode("cp1251"),
             "koi.txt": PLAIN.encode("koi8-r")}
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    result = invoke("extract", "--format", "jsonl", str(tmp_path))
    assert result.exit_code == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert sorted(Path(r["doc"]).name for r in rows) == sorted(files)
    assert len({json.dumps({k: v for k, v in r.items() if k != "doc"}) for r in rows}) == 1


def test_binary_skipped_with_warning_and_summary(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(PLAIN.encode("cp1251"))
    (tmp_path / "photo.txt").write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 8)
    result = invoke("extract", "--format", "jsonl", str(tmp_path))
    assert result.exit_code == 1
    assert [Path(d).name for d in docs(result)] == ["a.txt", "b.txt"]
    lines = result.stderr.splitlines()
    assert [l for l in lines if "photo.txt" in l] == [
        f"kzru-facts: skipped {tmp_path / 'photo.txt'}: not text (binary data)"]
    assert lines[-1] == "kzru-facts: 1 of 3 inputs skipped: 1 not text"
    assert "Traceback" not in result.stderr


def test_missing_path_one_line_exit_2(tmp_path):
    result = invoke("quotes", "--format", "jsonl", str(tmp_path / "nope.txt"))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == f"kzru-facts: error: no such file or folder: {tmp_path / 'nope.txt'}\n"


def test_missing_path_among_others_still_reads_them(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = invoke("extract", "--format", "jsonl", str(tmp_path / "nope.txt"),
                    str(tmp_path / "a.txt"))
    assert result.exit_code == 2
    assert docs(result) == [str(tmp_path / "a.txt")]
    assert "nope.txt" in result.stderr


@pytest.mark.parametrize("fmt, expected", [
    ("jsonl", ""), ("json", "[]\n"), ("csv", "doc,title,published,source,quotes,entities,"
                                             "visits,visit_counts,documents,durations,dates\n")])
def test_empty_and_blank_files_give_no_rows(tmp_path, fmt, expected):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b" \n\t\r\n  \n")
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf\n")
    result = invoke("extract", "--format", fmt, str(tmp_path))
    assert (result.exit_code, result.stdout) == (0, expected)
    assert result.stderr.splitlines() == [
        f"kzru-facts: warning: {tmp_path / name}: empty, nothing to analyse"
        for name in ("blank.txt", "bom.txt", "empty.txt")]


def test_folder_recursive_loop_and_duplicates(tmp_path):
    top = tmp_path / "news"
    (top / "2024" / "nov").mkdir(parents=True)
    (top / "2024" / "nov" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (top / "b.txt").write_text(SEEDS[1].read_text(encoding="utf-8"), encoding="utf-8")
    (top / "2024" / "nov" / "up").symlink_to(top)                    # loop
    (top / "copy.txt").symlink_to(top / "b.txt")                     # same file again
    result = invoke("extract", "--format", "jsonl", str(top), str(top / "b.txt"))
    assert result.exit_code == 0
    assert sorted(Path(d).name for d in docs(result)) == ["a.txt", "b.txt"]
    assert "already read" in result.stderr and "Traceback" not in result.stderr


def test_unreadable_subfolder_warned_rest_read(tmp_path, monkeypatch):
    (tmp_path / "ok").mkdir()
    (tmp_path / "locked").mkdir()
    (tmp_path / "ok" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "locked" / "b.txt").write_text(ARTICLE, encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path="."):      # root reads any folder, so deny this one by hand
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    result = invoke("extract", "--format", "jsonl", str(tmp_path))
    assert result.exit_code == 1
    assert docs(result) == [str(tmp_path / "ok" / "a.txt")]
    assert f"{tmp_path / 'locked'}: cannot be read (folder: Permission denied)" in result.stderr
    assert result.stderr.splitlines()[-1] == "kzru-facts: 1 of 2 inputs skipped: 1 cannot be read"


def test_broken_link_and_fifo_in_folder_skipped(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "dead.txt").symlink_to(tmp_path / "gone")
    os.mkfifo(tmp_path / "pipe.txt")               # reading it would hang
    result = invoke("extract", "--format", "jsonl", str(tmp_path))
    assert result.exit_code == 1
    assert docs(result) == [str(tmp_path / "a.txt")]
    assert "dead.txt: cannot be read" in result.stderr
    assert "pipe.txt: cannot be read (not a regular file)" in result.stderr
    assert result.stderr.splitlines()[-1] == "kzru-facts: 2 of 3 inputs skipped: 2 cannot be read"


def test_error_in_one_article_named_run_goes_on(tmp_path, monkeypatch):
    for i, seed in enumerate(SEEDS[:3]):
        (tmp_path / f"{i}.txt").write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "1.txt").write_text("ЛОМАЕТ " + ARTICLE, encoding="utf-8")
    real = kzru_facts.pipeline.extract

    def extract(text, *args, **kwargs):
        if text.startswith("ЛОМАЕТ"):
            raise RuntimeError("a bug in one stage")
        return real(text, *args, **kwargs)

    monkeypatch.setattr(kzru_facts.pipeline, "extract", extract)
    result = invoke("extract", "--format", "jsonl", str(tmp_path))
    assert result.exit_code == 1
    assert [Path(d).name for d in docs(result)] == ["0.txt", "2.txt"]
    assert f"{tmp_path / '1.txt'}: RuntimeError: a bug in one stage" in result.stderr
    assert result.stderr.splitlines()[-1] == "kzru-facts: 1 of 3 inputs skipped: 1 failed"


def test_closed_pipe_ends_quietly(tmp_path):
    proc = subprocess.Popen([sys.executable, "-m", "kzru_facts", "extract", "--format", "jsonl",
                             str(ROOT / "seeds")], cwd=tmp_path, env=python_env(),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = proc.stdout.readline()
    proc.stdout.close()                              # like `| head -1`
    stderr = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 0
    assert json.loads(first)["doc"]
    assert stderr == ""


def test_ctrl_c_exits_130_without_traceback(tmp_path):
    for i in range(30):
        (tmp_path / f"{i:02d}.txt").write_text(f"{i}\n" + ARTICLE, encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "kzru_facts", "extract", "--format", "jsonl",
                             str(tmp_path)], env=python_env(),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.readline()                           # it is busy with the articles
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 130
    assert "Traceback" not in stderr.decode()
    assert stderr.decode().strip().splitlines()[-1] == "kzru-facts: interrupted"


def start_batch(folder: Path, n: int = 40) -> subprocess.Popen:
    """A two-worker run over ``n`` articles, once it has written its first line."""
    for i in range(n):
        (folder / f"{i:02d}.txt").write_text(f"{i}\n" + ARTICLE, encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "kzru_facts", "extract", "--format", "jsonl",
                             "--jobs", "2", str(folder)], env=python_env(),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.readline()
    return proc


def workers_of(proc: subprocess.Popen) -> list[int]:
    children = Path(f"/proc/{proc.pid}/task/{proc.pid}/children")
    return [int(p) for p in children.read_text().split()]


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs /proc")
def test_a_killed_worker_ends_the_run_with_a_message(tmp_path):
    proc = start_batch(tmp_path)
    os.kill(workers_of(proc)[0], signal.SIGKILL)
    _, stderr = proc.communicate(timeout=600)        # a hang fails here, not forever
    assert proc.returncode == 1
    assert "a worker process ended" in stderr.decode()
    assert "Traceback" not in stderr.decode()


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs /proc")
@pytest.mark.parametrize("sig, status", [(signal.SIGTERM, 143), (signal.SIGHUP, 129)])
def test_stop_signals_end_workers_without_tracebacks(tmp_path, sig, status):
    proc = start_batch(tmp_path)
    workers = workers_of(proc)
    proc.send_signal(sig)
    _, stderr = proc.communicate(timeout=600)
    assert proc.returncode == status
    assert stderr.decode() == f"kzru-facts: stopped by {sig.name}\n"
    for pid in workers:
        assert not Path(f"/proc/{pid}").exists() or "Z" in Path(f"/proc/{pid}/stat").read_text().split()[2]


@pytest.mark.parametrize("sig, status", [(signal.SIGTERM, 143), (signal.SIGHUP, 129)])
def test_stop_signals_stop_a_one_process_run(tmp_path, sig, status):
    """With --jobs 1 the signal lands inside an article's analysis: the run stops
    there, it does not skip that article and go on."""
    for i in range(40):
        (tmp_path / f"{i:02d}.txt").write_text(f"{i}\n" + ARTICLE, encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "kzru_facts", "extract", "--format", "jsonl",
                             "--jobs", "1", str(tmp_path)], env=python_env(),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.readline()                           # it is busy with the articles
    proc.send_signal(sig)
    out, stderr = proc.communicate(timeout=600)
    assert proc.returncode == status
    assert stderr.decode() == f"kzru-facts: stopped by {sig.name}\n"
    assert len(out.splitlines()) < 39                # not every article after it


def quote_noise(size: int, seed: int = 7) -> str:
    """Quote marks, dashes, punctuation and digits, with a few lower-case words."""
    rnd = random.Random(seed)
    atoms = list("«»„“”\"'—–-.,:;!?…()\n") + [" "] * 4 + ["0", "7", "2025", " мая ",
                                                           " сказал ", " в ", "часа"]
    out, n = [], 0
    while n < size:
        atom = rnd.choice(atoms)
        out.append(atom)
        n += len(atom)
    return "".join(out)[:size]


@pytest.mark.parametrize("breaks", [True, False])
def test_quote_mark_noise_200k(tmp_path, breaks):
    text = quote_noise(200_000)
    text = text if breaks else text.replace("\n", " ")
    (tmp_path / "noise.txt").write_text(text, encoding="utf-8")
    result = invoke("extract", "--format", "json", str(tmp_path / "noise.txt"))
    assert result.exit_code == 0, result.stderr
    articles = json.loads(result.stdout)         # one record per chunk of the long text
    assert len(articles) >= 1 and {a["doc"] for a in articles} == {str(tmp_path / "noise.txt")}
    assert span_count(articles) > 0
    assert span_errors(articles, text) == []


def archive(size: int) -> str:
    """The seed articles, each a little changed, one after another up to ``size``."""
    texts = [p.read_text(encoding="utf-8") for p in SEEDS]
    out, n, i = [], 0, 0
    while n < size:
        piece = f"\n\nВыпуск {i}\n\n" + texts[i % len(texts)]
        out.append(piece)
        n += len(piece.encode("utf-8"))
        i += 1
    return "".join(out)


@pytest.mark.skipif(not HEAVY, reason="set KZRU_FACTS_HEAVY=1 for the 9 MB run")
def test_nine_megabyte_archive(tmp_path):
    text = archive(9 * 2**20)
    path = tmp_path / "archive.txt"
    path.write_text(text, encoding="utf-8")
    out = tmp_path / "out.json"
    started = time.monotonic()
    with open(out, "wb") as stdout:
        proc = subprocess.run([sys.executable, "-m", "kzru_facts", "extract", "--format", "json",
                               str(path)], env=python_env(), stdout=stdout,
                              stderr=subprocess.PIPE, timeout=3600)
    seconds = time.monotonic() - started
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"\n9 MB archive: {seconds:.0f} s, peak RSS {peak_mb:.0f} MB")
    assert proc.returncode == 0, proc.stderr.decode()
    articles = json.loads(out.read_text(encoding="utf-8"))
    assert len({a["doc"] for a in articles}) == 1 and sum(len(a["quotes"]) for a in articles) > 1000
    assert span_errors(articles, text) == []
    assert peak_mb < 1024


def test_long_text_in_chunks_keeps_offsets_and_people():
    from kzru_facts.text.chunks import LIMIT
    from kzru_facts.pipeline import extract
    one = extract(ARTICLE)
    copies = LIMIT // len(ARTICLE) + 2
    text = "\n\n".join([ARTICLE] * copies)
    whole = extract(text)
    plain = whole.to_dict()
    assert span_errors(plain, text) == []
    assert len(whole.quotes) >= (copies - 2) * len(one.quotes) > 0
    assert whole.title == one.title and whole.published == one.published
    names = [(p.type, p.name) for p in whole.people]
    assert len(names) == len(set(names))
    assert whole.quotes[-1].start > LIMIT


def test_folder_without_articles_warned(tmp_path):
    (tmp_path / "notes.md").write_text("не статья", encoding="utf-8")
    result = invoke("extract", "--format", "jsonl", str(tmp_path))
    assert (result.exit_code, result.stdout) == (0, "")
    assert result.stderr == (f"kzru-facts: warning: no article files "
                             f"(.txt, .html, .jsonl, .json, .csv) in folder {tmp_path}\n")


def test_internal_error_is_one_line(monkeypatch, capsys, tmp_path):
    import kzru_facts.cli
    import kzru_facts.output.render
    (tmp_path / "a.txt").write_text("Иван сказал: «Да».", encoding="utf-8")

    def write(*args, **kwargs):
        raise RuntimeError("renderer bug")

    monkeypatch.setattr(kzru_facts.output.render, "write", write)
    monkeypatch.setattr(sys, "argv", ["kzru-facts", "extract", str(tmp_path / "a.txt")])
    with pytest.raises(SystemExit) as stop:
        kzru_facts.cli.main()
    assert stop.value.code == 1
    assert capsys.readouterr().err == "kzru-facts: internal error: RuntimeError: renderer bug\n"


def test_long_unbroken_line_of_quotes(tmp_path):
    text = "он сказал «да» " * 4000          # 60 000 characters, no line break
    (tmp_path / "line.txt").write_text(text, encoding="utf-8")
    result = invoke("quotes", "--format", "jsonl", str(tmp_path / "line.txt"))
    assert result.exit_code == 0, result.stderr
    quotes = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(quotes) == 4000 and {q["text"] for q in quotes} == {"да"}


def test_unreadable_file_named_skipped_and_the_rest_processed(tmp_path, monkeypatch):
    locked, good = tmp_path / "locked.txt", tmp_path / "a.txt"
    locked.write_text(ARTICLE, encoding="utf-8")
    good.write_text(ARTICLE, encoding="utf-8")
    real_read = Path.read_bytes
    real_access = os.access

    def read_bytes(self):
        if self == locked:
            raise PermissionError(13, "Permission denied", str(self))
        return real_read(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: p != str(locked) and real_access(p, mode))
    result = invoke("extract", "--format", "jsonl", "--jobs", "1", str(locked), str(good))
    assert result.exit_code == 1
    assert docs(result) == [str(good)]
    assert f"kzru-facts: skipped {locked}: cannot be read (Permission denied)" in result.stderr


@pytest.mark.skipif(sys.platform == "darwin", reason="macOS refuses non-UTF-8 file names")
@pytest.mark.parametrize("command", [["quotes", "-f", "tsv", "-j1"], ["quotes", "-f", "csv", "-j1"],
                                     ["quotes", "-f", "table", "-j1"], ["extract", "-f", "jsonl", "-j1"],
                                     ["entities", "-f", "json", "-j1"], ["report", "-o", "-"]])
def test_file_name_not_utf8_in_every_output(tmp_path, command):
    folder = os.fsencode(tmp_path)
    with open(os.path.join(folder, b"\xff\xfe.txt"), "wb") as f:
        f.write(ARTICLE.encode("utf-8"))
    (tmp_path / "z.txt").write_text(ARTICLE, encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "kzru_facts", *command, str(tmp_path)],
                          env=python_env(), capture_output=True, timeout=600)
    assert proc.returncode == 0, proc.stderr.decode()
    out = proc.stdout.decode("utf-8")
    if "jsonl" in command:
        out = "".join(json.loads(line)["doc"] for line in out.splitlines())
    if command[0] != "entities" and "table" not in command:     # no doc column, or folded
        assert "\\xff\\xfe.txt" in out and "z.txt" in out


@pytest.mark.parametrize("env", [
    {"LANG": "C", "LC_ALL": "C", "PYTHONUTF8": "0"},
    {"PYTHONIOENCODING": "koi8-r"},
    {"PYTHONIOENCODING": "latin-1"},
])
@pytest.mark.parametrize("fmt", ["tsv", "table", "json"])
def test_output_in_a_locale_without_utf8(tmp_path, env, fmt):
    (tmp_path / "a.txt").write_text(ARTICLE + "\n😀 ™\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "kzru_facts", "quotes", "-f", fmt, "--jobs", "1",
                           str(tmp_path / "a.txt")], env={**python_env(), **env},
                          capture_output=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    assert b"internal error" not in proc.stderr and proc.stdout.count(b"\n") > 1


# An OSC 52 clipboard write, a clear-screen, a bell and a right-to-left override.
ESCAPES = ["\x1b]52;c;SGVsbG8=\x07", "\x1b[2J", "\u202e", "\x9b"]


def escaped_article() -> str:
    return (ARTICLE + "\nМинистр заявил: «Мы готовы\x1b[2J к диалогу».\n"
            + "Подпись \x1b]52;c;SGVsbG8=\x07 и \u202eтекст\x9b.\n")


@pytest.mark.parametrize("args", [["quotes", "-f", "table"], ["quotes", "-f", "tsv"],
                                  ["quotes", "-f", "csv"], ["entities", "-f", "table"],
                                  ["extract", "-f", "tsv"], ["show", "--no-pager"]])
def test_no_control_sequence_reaches_the_terminal(tmp_path, args):
    (tmp_path / "a.txt").write_text(escaped_article(), encoding="utf-8")
    result = invoke(*args, str(tmp_path / "a.txt"))
    assert result.exit_code == 0, result.stderr
    assert not any(e in result.stdout for e in ESCAPES)
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    if args[0] == "show":
        assert "␛[2J" in result.stdout


def test_json_keeps_control_characters_exact(tmp_path):
    text = escaped_article()
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    result = invoke("extract", "-f", "json", str(tmp_path / "a.txt"))
    (article,) = json.loads(result.stdout)
    (quote,) = [q for q in article["quotes"] if "диалогу" in q["text"]]
    assert quote["text"] == "Мы готовы\x1b[2J к диалогу" == text[quote["start"]:quote["end"]]
