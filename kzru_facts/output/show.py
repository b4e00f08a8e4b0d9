"""The terminal view: one article with its findings highlighted (rich).

Quotes get a background and their speaker as a label after the closing
mark, entities a colour by type, facts an underline; text that cleaning
set aside is dimmed. A legend closes each article.
"""
from __future__ import annotations

import os
from typing import Iterable

from rich.console import Console, Group, RenderableType
from rich.rule import Rule
from rich.text import Span, Text

from .marks import KINDS, LEGEND, article_marks, labels
from .nest import Chunk, Close, Open, tokens
from ..record import Article
from .terminal import printable

STYLES = {
    "skipped": "dim",
    "quote": "on grey23",
    "speaker": "bold yellow",
    "PER": "bold cyan",
    "ORG": "bold green",
    "LOC": "bold magenta",
    "visit": "underline",
    "visit_count": "underline bold",
    "document": "underline italic",
    "date": "underline bright_red",
    "duration": "underline red",
}
LABEL = "bold black on yellow"
# The order the legend lists the kinds in: what a reader looks for first.
LEGEND_ORDER = ("quote", "speaker", "PER", "ORG", "LOC", "date", "duration",
                "visit", "visit_count", "document", "skipped")
assert set(LEGEND_ORDER) == set(KINDS) == set(STYLES)


def label_text(name: str) -> str:
    """A quote's speaker as shown after the quote."""
    return f" ⟨{printable(name)}⟩"


def body(article: Article) -> Text:
    """The article text with every mark styled and every quote labelled."""
    text, marks = printable(article.text), article_marks(article)
    out, opened = Text(), []
    for t in tokens(text, marks, labels(text, marks)):
        if isinstance(t, Open):   # reserve the span's place: inner spans come later and win
            opened.append(len(out.spans))
            out.spans.append(Span(len(out), len(out), STYLES[t.span.kind]))
        elif isinstance(t, Close):
            i = opened.pop()
            out.spans[i] = out.spans[i]._replace(end=len(out))
        elif isinstance(t, Chunk):
            out.append(text[t.start:t.end])
        else:
            out.append(label_text(t.item.label), LABEL)
    return out


def legend() -> Text:
    """One line naming every style."""
    out = Text("Legend: ", style="bold")
    for kind in LEGEND_ORDER:
        out.append(LEGEND[kind], STYLES[kind])
        out.append("  ")
    out.append(label_text("speaker").strip(), LABEL)
    return out


def header(article: Article) -> RenderableType:
    """The title rule and a line of where the article comes from."""
    facts = [article.doc, article.published, article.source, article.author]
    line = printable(" · ".join(x for x in facts if x))
    counts = f"{len(article.quotes)} quotes, {len(article.people)} entities"
    return Group(Rule(Text(printable(article.title or article.doc or "article"), style="bold")),
                 Text(f"{line}  ({counts})" if line else counts, style="dim"))


def view(article: Article) -> RenderableType:
    """Header, highlighted text and legend of one article."""
    return Group(header(article), Text(), body(article), Text(), legend(), Text())


def show(articles: Iterable[Article], console: Console, pager: bool = False) -> None:
    """Print every article; through a pager (less -R) when asked."""
    if not pager:
        for article in articles:
            console.print(view(article))
        return
    views = [view(a) for a in articles]   # analyse first, then open the pager
    os.environ.setdefault("LESS", "FRX")  # keep colours; quit at once when it fits
    with console.pager(styles=True):
        for v in views:
            console.print(v)
