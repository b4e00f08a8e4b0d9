"""Article tables: JSON Lines, JSON or CSV files with one article per row.

The shape every scraper writes: a text column (``text``, ``content`` or
``body``, or the one named by ``--text-column``) and, when present,
title, date, url and id columns. Each row is one article, named
``FILE:ID`` when the row has an id and ``FILE:N`` otherwise (N is the line
of a JSON Lines file, the row of a CSV or JSON file, counting from 1).
A row that cannot be read is reported and the others are still read.
"""
from __future__ import annotations

import csv
import io
import json
import re
from typing import Iterable, Iterator

from .inputs import InputError
from .items import Item, ReadOptions
from .pubdate import read_published

TEXT_COLUMNS = ("text", "content", "body", "article", "full_text")
TITLE_COLUMNS = ("title", "headline")
DATE_COLUMNS = ("published", "date", "published_at", "pub_date", "pubdate", "datetime",
                "created_at", "time")
URL_COLUMNS = ("url", "link", "href")
ID_COLUMNS = ("id", "guid", "uid")
TABLE_KINDS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".csv": "csv"}
BAD_ROW = "bad row"
COLUMN_NAME = re.compile(r"[\w.-]{1,40}")   # a CSV header cell: "id", "pub_date"
CSV_FIELD_LIMIT = 2**31 - 1     # an article is longer than csv's 128 KB default



def table_kind(name: str) -> str | None:
    """jsonl, json or csv by a file name's suffix (a final .gz aside), else None.

    >>> table_kind("news.jsonl.gz"), table_kind("a.CSV"), table_kind("a.txt")
    ('jsonl', 'csv', None)
    """
    low = name.lower().removesuffix(".gz")
    return next((k for s, k in TABLE_KINDS.items() if low.endswith(s)), None)


def sniff_table(text: str, text_column: str | None = None) -> str | None:
    """jsonl, json or csv when a text (from standard input) is an article table.

    >>> sniff_table('{"text": "a"}\\n{"text": "b"}'), sniff_table("id,text\\n1,a")
    ('jsonl', 'csv')
    >>> sniff_table("Токаев заявил: «Мы подписали документ».") is None
    True
    """
    head = text.lstrip()[:1]
    first = text.lstrip().split("\n", 1)[0]
    if head == "{":
        try:
            return "jsonl" if isinstance(json.loads(first), dict) else None
        except ValueError:
            return "json" if is_json_table(text) else None
    if head == "[":
        return "json" if is_json_table(text) else None
    header = [c.strip().strip('"').lower() for c in first.split(",")]
    names = {text_column.lower()} if text_column else set(TEXT_COLUMNS)
    return ("csv" if len(header) > 1 and all(COLUMN_NAME.fullmatch(c) for c in header)
            and set(header) & names else None)


def is_json_table(text: str) -> bool:
    try:
        value = json.loads(text)
    except ValueError:
        return False
    return isinstance(value, list) and all(isinstance(v, dict) for v in value)


def pick(columns: Iterable[str], wanted: tuple[str, ...]) -> str | None:
    """The first column whose name (in any case) is one of ``wanted``."""
    by_low = {}
    for c in columns:
        by_low.setdefault(c.strip().lower(), c)
    return next((by_low[w] for w in wanted if w in by_low), None)


def first_value(row: dict, wanted: tuple[str, ...]) -> str | None:
    """The first non-blank cell among the columns named in ``wanted`` (any case).

    >>> first_value({"published": "", "Date": "2024-05-14"}, ("published", "date"))
    '2024-05-14'
    """
    by_low = {k.strip().lower(): v for k, v in reversed(list(row.items()))}
    return next((v for v in (cell_text(by_low.get(w)) for w in wanted) if v), None)


def cell_text(value) -> str | None:
    """A cell as text: None and blanks stay None, numbers become strings."""
    if value is None:
        return None
    value = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return value if value.strip() else None


def row_item(row: dict, name: str, number: int, options: ReadOptions) -> Item | InputError:
    """One table row as an article, or the error that names the row."""
    text_col = options.text_column if options.text_column else pick(row, TEXT_COLUMNS)
    ident = first_value(row, ID_COLUMNS)
    doc = f"{name}:{ident.strip() if ident else number}"
    if text_col is None or text_col not in row:
        wanted = repr(options.text_column) if options.text_column else "text, content or body"
        return InputError(doc, BAD_ROW, f"no {wanted} column; name one with --text-column")
    title, date, url = (first_value(row, names) for names in (TITLE_COLUMNS, DATE_COLUMNS,
                                                              URL_COLUMNS))
    return Item(doc, cell_text(row.get(text_col)) or "", title=title and title.strip(),
                published=read_published(date) or options.published, url=url)


def jsonl_rows(text: str, name: str, options: ReadOptions) -> Iterator[Item | InputError]:
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except ValueError as err:
            yield InputError(f"{name}:{number}", BAD_ROW, f"not JSON: {err}")
            continue
        if not isinstance(row, dict):
            yield InputError(f"{name}:{number}", BAD_ROW, "not a JSON object")
            continue
        yield row_item(row, name, number, options)


def json_rows(text: str, name: str, options: ReadOptions) -> Iterator[Item | InputError]:
    try:
        rows = json.loads(text)
    except ValueError as err:
        if "Extra data" in str(err):        # JSON Lines in a .json file
            yield from jsonl_rows(text, name, options)
            return
        yield InputError(name, BAD_ROW, f"not JSON: {err}")
        return
    if isinstance(rows, dict):               # one article as one object
        rows = [rows]
    if not isinstance(rows, list):
        yield InputError(name, BAD_ROW, "not a list of JSON objects")
        return
    for number, row in enumerate(rows, 1):
        yield (row_item(row, name, number, options) if isinstance(row, dict)
               else InputError(f"{name}:{number}", BAD_ROW, "not a JSON object"))


def csv_rows(text: str, name: str, options: ReadOptions) -> Iterator[Item | InputError]:
    csv.field_size_limit(CSV_FIELD_LIMIT)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        for number, row in enumerate(reader, 1):
            yield row_item({k: v for k, v in row.items() if k is not None}, name, number, options)
    except csv.Error as err:
        yield InputError(f"{name}:{reader.line_num}", BAD_ROW, f"not CSV: {err}")


READERS = {"jsonl": jsonl_rows, "json": json_rows, "csv": csv_rows}


def read_rows(text: str, name: str, kind: str,
              options: ReadOptions = ReadOptions()) -> Iterator[Item | InputError]:
    """The articles of one table, in row order; bad rows as InputErrors."""
    return READERS[kind](text, name, options)
