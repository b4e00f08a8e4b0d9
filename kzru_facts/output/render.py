"""Writers: records as table, TSV, JSON, JSON Lines or CSV text.

Writers are line generators, so output streams as articles are analysed.
"""
from __future__ import annotations

import csv
import io
import json
from itertools import chain
from typing import Iterable, Iterator

from ..const import FORMATS  # noqa: F401  (re-exported: the formats render writes)


def dumps(obj, ascii: bool = False, indent: int | None = None) -> str:
    r"""JSON with Cyrillic kept readable unless ``ascii`` is asked for; the line and
    paragraph separators are escaped, as line-splitting readers break at them.

    >>> dumps({"a": "x\u2028y"})
    '{"a": "x\\u2028y"}'
    """
    text = json.dumps(obj, ensure_ascii=ascii, indent=indent)
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def jsonl_lines(objs: Iterable[dict], ascii: bool = False) -> Iterator[str]:
    for obj in objs:
        yield dumps(obj, ascii) + "\n"


def json_array_lines(objs: Iterable[dict], ascii: bool = False) -> Iterator[str]:
    """One JSON array, streamed item by item.

    >>> "".join(json_array_lines([{"a": 1}, {"б": 2}]))
    '[\\n  {"a": 1},\\n  {"б": 2}\\n]\\n'
    >>> "".join(json_array_lines([]))
    '[]\\n'
    """
    first = True
    for obj in objs:
        yield ("[\n  " if first else ",\n  ") + dumps(obj, ascii)
        first = False
    yield "[]\n" if first else "\n]\n"


def cell(value) -> str:
    """A value as one plain-text cell: lists joined, breaks and tabs folded."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        value = "; ".join(cell(v) for v in value)
    return " ".join(str(value).split()) if isinstance(value, str) else str(value)


def field(value) -> str:
    """A value as one CSV/TSV field, exact: lists joined by "; ", None empty."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(field(v) for v in value)
    return str(value)


def delimited_lines(columns: list[str], rows: Iterable[dict],
                    delimiter: str) -> Iterator[str]:
    """A header line, then one record per row, each yielded as soon as it is made.

    Fields are exact; one holding the delimiter, a line break or a double
    quote is put in double quotes (RFC 4180), so ``csv.reader`` and pandas
    read back what was written.

    >>> "".join(delimited_lines(["a", "b"], [{"a": 'x"y', "b": "1\\t2"}], "\\t"))
    'a\\tb\\n"x""y"\\t"1\\t2"\\n'
    """
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\n")
    for values in chain([columns], ([field(r.get(c)) for c in columns] for r in rows)):
        writer.writerow(values)
        yield buf.getvalue()
        buf.seek(0)
        buf.truncate()


def tsv_lines(columns: list[str], rows: Iterable[dict]) -> Iterator[str]:
    """Tab-separated text with a header line (quoted as CSV where needed)."""
    return delimited_lines(columns, rows, "\t")


def csv_lines(columns: list[str], rows: Iterable[dict]) -> Iterator[str]:
    """RFC 4180 CSV with a header line."""
    return delimited_lines(columns, rows, ",")


def rich_table(columns: list[str], rows: Iterable[dict], title: str | None = None,
               wide: Iterable[str] = (), width: int = 80, keep: Iterable[str] = ()):
    """A rich Table that fits ``width``: short columns on one line, ``wide`` ones wrapped."""
    from rich.table import Table

    from .layout import fit, shorten_paths
    rows = [shorten_paths(r) for r in rows]
    table = Table(title=title, show_lines=False, expand=False)
    shown = fit(columns, wide, rows, width, keep)
    for c in shown:
        if c.wide:
            table.add_column(c.name, min_width=c.width, overflow="fold")
        else:
            table.add_column(c.name, width=c.width, min_width=len(c.name), no_wrap=True,
                             overflow="ellipsis")
    for row in rows:
        table.add_row(*(cell(row.get(c.name)) for c in shown))
    return table


def write_lines(out, lines: Iterable[str]) -> None:
    """Write and flush line by line, so a pipe sees results as they come."""
    for line in lines:
        out.write(line)
        out.flush()


def write(env, fmt: str, objs: Iterable[dict], columns: list[str], to_row,
           title: str | None = None, wide: Iterable[str] = (), ascii: bool = False,
           keep: Iterable[str] = ()) -> None:
    """Render ``objs`` (JSON objects) in ``fmt``; ``to_row`` flattens one for tables
    (whose text is made printable: see terminal.py)."""
    if fmt not in ("json", "jsonl"):
        from .terminal import printable_row
        flatten = to_row
        to_row = lambda obj: printable_row(flatten(obj))  # noqa: E731
    if fmt == "json":
        write_lines(env.stdout, json_array_lines(objs, ascii))
    elif fmt == "jsonl":
        write_lines(env.stdout, jsonl_lines(objs, ascii))
    elif fmt == "csv":
        write_lines(env.stdout, csv_lines(columns, map(to_row, objs)))
    elif fmt == "tsv":
        write_lines(env.stdout, tsv_lines(columns, map(to_row, objs)))
    else:
        from rich.console import Console
        console = Console(file=env.stdout)
        console.print(rich_table(columns, map(to_row, objs), title, wide, console.width,
                                 keep))
