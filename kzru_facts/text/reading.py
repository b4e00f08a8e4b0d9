"""From a source to its articles: plain text, a saved page, or a table of rows.

    source ─ bytes ─ (gunzip) ─ decode ─┬─ .html / <!DOCTYPE html> ─ webpage ─ one Item
                                        ├─ .jsonl / .json / .csv    ─ tables  ─ one Item a row
                                        └─ anything else            ─ plain   ─ one Item

Standard input has no name to go by: its first characters decide.
"""
from __future__ import annotations

from typing import Iterator

from .inputs import STDIN, InputError, Source, read_text
from .items import Item, ReadOptions
from .tables import read_rows, sniff_table, table_kind
from .webpage import looks_like_html, read_page

HTML_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")


def kind_of(name: str, text: str, text_column: str | None = None) -> str:
    """html, jsonl, json, csv or text: by suffix, else by the first characters."""
    if name.lower().endswith(HTML_SUFFIXES):
        return "html"
    by_name = table_kind(name)
    if by_name:
        return by_name
    if looks_like_html(text):
        return "html"
    return (sniff_table(text, text_column) if name == STDIN else None) or "text"


def is_table(source: Source) -> bool:
    """True when a file is an article table by its name (read in the parent process)."""
    return table_kind(source.name) is not None


def read_items(source: Source, options: ReadOptions = ReadOptions()
               ) -> Iterator[Item | InputError]:
    """The articles of one source, in order; an unreadable source gives its InputError."""
    try:
        text = read_text(source)
    except InputError as err:
        yield err
        return
    kind = kind_of(source.name, text, options.text_column)
    if kind == "html":
        page = read_page(text, source.name)
        yield Item(page.doc, page.text, page.title, page.published or options.published, page.url)
    elif kind == "text":
        yield Item(source.name, text, published=options.published)
    else:
        yield from read_rows(text, source.name, kind, options)
