"""A saved web page as an article: its main text, title and date.

Boilerplate removal (menus, footers, share buttons) and the page date are
trafilatura's and htmldate's work, not ours: they are imported here, on
first use, so ``--help`` and plain-text runs never pay for them.
"""
from __future__ import annotations

import re

from .items import Item
from .pubdate import read_published

# "<!DOCTYPE html>", "<html lang=ru>", "<head>": the first tag of a saved page
HTML_START = re.compile(r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head)\b",
                        re.I | re.S)


def looks_like_html(text: str) -> bool:
    """True when a text opens as an HTML page.

    >>> looks_like_html("<!DOCTYPE html><html>"), looks_like_html("Токаев <b>заявил</b>")
    (True, False)
    """
    return bool(HTML_START.match(text[:2000]))


def read_page(html: str, doc: str) -> Item:
    """The article in a page: main text (paragraphs one per line), title, date.

    A page with no main text gives an empty article (and so no record).
    """
    import trafilatura
    found = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False,
        favor_recall=True, date_extraction_params={"extensive_search": False,
                                                   "original_date": True})
    if found is None:
        return Item(doc, "")
    return Item(doc, found.text or "", title=found.title or None,
                published=read_published(found.date), url=found.url or None)
