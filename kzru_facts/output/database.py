"""The SQLite writer: articles and what was found in them as linked tables.

    articles ─┬─ quotes ── speakers        (quotes.speaker_id → speakers.id)
              ├─ entities ── mentions      (mentions.entity_id → entities.id)
              ├─ visits, visit_counts, documents, durations, dates

Every child row has ``article_id`` (a foreign key, indexed) and keeps the
offsets into ``articles.text``. Re-running on the same files appends only
articles not stored before: an article is known by the SHA-256 of its text.
Each article goes in with one transaction, so an interrupted run leaves
whole articles. Plain stdlib ``sqlite3``; datasette and pandas read it as is.
"""
from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass
from functools import lru_cache
from datetime import datetime, timezone
from typing import Iterable

from ..record import Article

SQLITE_HEADER = b"SQLite format 3\x00"
ARTICLE_FK = "article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE"
SPAN = "text TEXT, start INTEGER, end INTEGER, sentence TEXT"
SCHEMA = f"""
CREATE TABLE IF NOT EXISTS articles (
    id INTEGER PRIMARY KEY, sha256 TEXT NOT NULL UNIQUE, doc TEXT, title TEXT,
    published TEXT, source TEXT, author TEXT, url TEXT, added TEXT NOT NULL, text TEXT);
CREATE TABLE IF NOT EXISTS speakers (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE IF NOT EXISTS quotes (
    id INTEGER PRIMARY KEY, {ARTICLE_FK}, n INTEGER NOT NULL,
    speaker_id INTEGER REFERENCES speakers(id), speaker TEXT, role TEXT, mention TEXT,
    rule TEXT, cue TEXT, kind TEXT, text TEXT, start INTEGER, end INTEGER);
CREATE TABLE IF NOT EXISTS entities (
    id INTEGER PRIMARY KEY, {ARTICLE_FK}, type TEXT NOT NULL, name TEXT NOT NULL,
    roles TEXT, mentions INTEGER);
CREATE TABLE IF NOT EXISTS mentions (
    id INTEGER PRIMARY KEY, {ARTICLE_FK},
    entity_id INTEGER REFERENCES entities(id) ON DELETE CASCADE,
    type TEXT, text TEXT, normal TEXT, start INTEGER, end INTEGER);
CREATE TABLE IF NOT EXISTS visits (
    id INTEGER PRIMARY KEY, {ARTICLE_FK}, visitor TEXT, destination TEXT, date TEXT,
    status TEXT, {SPAN});
CREATE TABLE IF NOT EXISTS visit_counts (
    id INTEGER PRIMARY KEY, {ARTICLE_FK}, visitor TEXT, destination TEXT, count INTEGER,
    {SPAN});
CREATE TABLE IF NOT EXISTS documents (
    id INTEGER PRIMARY KEY, {ARTICLE_FK}, name TEXT, status TEXT, {SPAN});
CREATE TABLE IF NOT EXISTS durations (
    id INTEGER PRIMARY KEY, {ARTICLE_FK}, minutes INTEGER, {SPAN});
CREATE TABLE IF NOT EXISTS dates (
    id INTEGER PRIMARY KEY, {ARTICLE_FK}, value TEXT, kind TEXT, {SPAN});
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);
CREATE INDEX IF NOT EXISTS quotes_article ON quotes(article_id);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker_id);
CREATE INDEX IF NOT EXISTS entities_article ON entities(article_id);
CREATE INDEX IF NOT EXISTS entities_name ON entities(type, name);
CREATE INDEX IF NOT EXISTS mentions_article ON mentions(article_id);
CREATE INDEX IF NOT EXISTS mentions_entity ON mentions(entity_id);
CREATE INDEX IF NOT EXISTS visits_article ON visits(article_id);
CREATE INDEX IF NOT EXISTS visits_date ON visits(date);
CREATE INDEX IF NOT EXISTS visit_counts_article ON visit_counts(article_id);
CREATE INDEX IF NOT EXISTS documents_article ON documents(article_id);
CREATE INDEX IF NOT EXISTS durations_article ON durations(article_id);
CREATE INDEX IF NOT EXISTS dates_article ON dates(article_id);
CREATE INDEX IF NOT EXISTS dates_value ON dates(value);
"""
TABLES = ("articles", "speakers", "quotes", "entities", "mentions", "visits", "visit_counts",
          "documents", "durations", "dates")


def is_database(path: str) -> bool:
    """True when a file is empty or an SQLite database (and so may be appended to)."""
    with open(path, "rb") as f:
        head = f.read(len(SQLITE_HEADER))
    return head in (b"", SQLITE_HEADER)


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass
class Tally:
    added: int = 0
    known: int = 0       # already in the database: not stored again


@lru_cache(maxsize=64)
def columns(db: sqlite3.Connection, table: str) -> frozenset[str]:
    """The columns a table has (once per connection and table)."""
    return frozenset(r[1] for r in db.execute(f"PRAGMA table_info({table})"))


def insert(db: sqlite3.Connection, table: str, row: dict) -> int:
    """One row, keeping the keys the table has columns for; returns its id."""
    known = columns(db, table)
    row = {k: v for k, v in row.items() if k in known}
    cols = ", ".join(row)
    marks = ", ".join("?" * len(row))
    return db.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks})",
                      list(row.values())).lastrowid


def speaker_id(db: sqlite3.Connection, name: str | None) -> int | None:
    if not name:
        return None
    db.execute("INSERT OR IGNORE INTO speakers (name) VALUES (?)", (name,))
    return db.execute("SELECT id FROM speakers WHERE name = ?", (name,)).fetchone()[0]


def insert_article(db: sqlite3.Connection, a: Article, digest: str) -> int:
    """The article and every row found in it."""
    aid = insert(db, "articles", {
        "sha256": digest, "doc": a.doc, "title": a.title, "published": a.published,
        "source": a.source, "author": a.author, "url": a.url,
        "added": datetime.now(timezone.utc).isoformat(timespec="seconds"), "text": a.text})
    for n, q in enumerate(a.quotes, 1):
        sp = q.speaker
        insert(db, "quotes", {
            "article_id": aid, "n": n, "speaker_id": speaker_id(db, sp and sp.name),
            "speaker": sp and sp.name, "role": sp and sp.role, "mention": sp and sp.mention,
            "rule": sp and sp.rule, "cue": q.cue, "kind": q.kind, "text": q.text,
            "start": q.start, "end": q.end})
    insert_entities(db, aid, a)
    insert_facts(db, aid, a)
    return aid


def insert_entities(db: sqlite3.Connection, aid: int, a: Article) -> None:
    for ref in a.people:
        eid = insert(db, "entities", {"article_id": aid, "type": ref.type, "name": ref.name,
                                      "roles": "; ".join(ref.roles) or None,
                                      "mentions": len(ref.mentions)})
        for m in ref.mentions:
            insert(db, "mentions", {"article_id": aid, "entity_id": eid, "type": m.type,
                                    "text": m.text, "normal": m.normal, "start": m.start,
                                    "end": m.end})


def insert_facts(db: sqlite3.Connection, aid: int, a: Article) -> None:
    facts = a.facts.to_dict()
    for table in ("visits", "visit_counts", "documents", "durations", "dates"):
        for item in facts[table]:
            if table == "visits":
                item["date"] = item.pop("when")
            insert(db, table, {"article_id": aid, **item})


def connect(path: str) -> sqlite3.Connection:
    db = sqlite3.connect(path)
    db.execute("PRAGMA foreign_keys = ON")
    db.executescript(SCHEMA)
    return db


def write_database(path: str, articles: Iterable[Article]) -> Tally:
    """Append ``articles`` to the database at ``path`` (made when missing)."""
    tally = Tally()
    db = connect(path)
    try:
        for article in articles:
            digest = text_hash(article.text)
            with db:        # one transaction per article
                if db.execute("SELECT 1 FROM articles WHERE sha256 = ?", (digest,)).fetchone():
                    tally.known += 1
                    continue
                insert_article(db, article, digest)
                tally.added += 1
    finally:
        db.close()
    return tally
