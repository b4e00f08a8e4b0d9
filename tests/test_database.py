"""The SQLite database: schema, keys, indexes, appending without duplicates."""
from __future__ import annotations

import sqlite3

import pytest

from kzru_facts.cli import cli
from kzru_facts.output.database import TABLES, write_database
from tests.conftest import make_env
from tests.sample_article import sample_article

TEXT = ("Министр Иван Петров заявил: «Мы подписали Договор о дружбе». "
        "Иван Петров посетил Омск 5 мая 2024 года.")


def run(runner, args, input=None):
    return runner.invoke(cli, ["extract", *args], obj=make_env(stdin=input is not None),
                         input=input)


@pytest.fixture
def db_path(tmp_path):
    path = tmp_path / "news.sqlite"
    write_database(str(path), [sample_article("a.txt")])
    return path


def test_the_schema_has_every_table_with_keys_and_indexes(db_path):
    db = sqlite3.connect(db_path)
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert set(TABLES) <= tables
    for table in set(TABLES) - {"articles", "speakers"}:
        fks = db.execute(f"PRAGMA foreign_key_list({table})").fetchall()
        assert ("articles", "article_id", "id") in [(f[2], f[3], f[4]) for f in fks], table
        indexed = {db.execute(f"PRAGMA index_info({i[1]})").fetchone()[2]
                   for i in db.execute(f"PRAGMA index_list({table})")}
        assert "article_id" in indexed, table
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_rows_link_back_to_their_article_and_text(db_path):
    db = sqlite3.connect(db_path)
    [(doc, title, published, text)] = db.execute(
        "SELECT doc, title, published, text FROM articles")
    assert (doc, title, published) == ("a.txt", "Проба", "2024-05-06")
    quotes = db.execute("SELECT s.name, q.text, q.start, q.end FROM quotes q "
                        "LEFT JOIN speakers s ON s.id = q.speaker_id ORDER BY q.n").fetchall()
    assert [q[0] for q in quotes] == ["Иван Петров", None]
    assert all(text[s:e] == t for _, t, s, e in quotes)
    assert db.execute("SELECT visitor, destination, date, status FROM visits").fetchall() == [
        ("Иван Петров", "Омск", "2024-05-05", "done")]
    mentions = db.execute("SELECT e.name, count(*) FROM mentions m JOIN entities e "
                          "ON e.id = m.entity_id GROUP BY e.id ORDER BY e.name").fetchall()
    assert mentions == [("Иван Петров", 2), ("Омск", 1)]


def test_a_second_run_adds_only_new_articles(db_path):
    tally = write_database(str(db_path), [sample_article("a.txt"), sample_article("b.txt")])
    assert (tally.added, tally.known) == (0, 2)     # same text: the same article
    db = sqlite3.connect(db_path)
    assert db.execute("SELECT count(*) FROM articles").fetchone() == (1,)
    assert db.execute("SELECT count(*) FROM quotes").fetchone() == (2,)


def test_cli_db_appends_and_says_how_many(runner, tmp_path):
    path = tmp_path / "news.sqlite"
    first = run(runner, ["--db", str(path), "-"], input=TEXT)
    assert first.exit_code == 0, first.stderr
    assert first.stdout == "" and "1 article added" in first.stderr
    again = run(runner, ["--db", str(path), "-"], input=TEXT)
    assert "0 articles added, 1 already there" in again.stderr
    db = sqlite3.connect(path)
    assert db.execute("SELECT count(*) FROM articles").fetchone() == (1,)
    assert db.execute("SELECT count(*) FROM quotes").fetchone() == (1,)


@pytest.mark.parametrize("setup, message", [
    (lambda d: (d / "x.sqlite").write_text("not a database"), "not an SQLite database"),
    (lambda d: None, "no such folder"),
])
def test_cli_db_path_is_checked_before_any_analysis(runner, monkeypatch, tmp_path, setup,
                                                    message):
    def no_analysis(*a, **k):
        raise AssertionError("analysed before the database path was checked")
    monkeypatch.setattr("kzru_facts.pipeline.extract", no_analysis)
    setup(tmp_path)
    target = tmp_path / "x.sqlite" if "SQLite" in message else tmp_path / "no" / "x.sqlite"
    result = run(runner, ["--db", str(target), "-"], input=TEXT)
    assert result.exit_code == 2 and message in result.stderr
    assert len(result.stderr.splitlines()) == 1
