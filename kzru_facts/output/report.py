"""The HTML report: one self-contained page for many articles.

Each article's text is shown with the same marks as the terminal view
(a ``title`` on every mark tells speaker, type and normalised value);
three tables sum up across articles: speakers with their quotes, a
visits, other dated facts, documents, entities by mentions. No scripts, no
fonts, nothing fetched; everything from an article is escaped.
"""
from __future__ import annotations

from importlib import resources
from string import Template
from typing import Iterable

from .marks import LEGEND, Mark, article_marks, labels
from .nest import Chunk, Close, Open, tokens
from ..record import Article
from .report_tables import (article_name, dates_table, documents_table, entities_table, esc,
                            speakers_table, visits_table)

LEGEND_KINDS = ("quote", "speaker", "PER", "ORG", "LOC", "date", "duration",
                "visit", "visit_count", "document", "skipped")


def template(name: str) -> str:
    """A file from kzru_facts/templates/."""
    return (resources.files("kzru_facts.output") / "templates" / name).read_text(encoding="utf-8")


def open_tag(mark: Mark, aid: str, first: bool) -> str:
    """A mark's opening tag; only its first piece carries the id."""
    ident = f' id="{aid}-{mark.anchor}"' if first and mark.anchor else ""
    return f'<span class="{mark.kind}" title="{esc(mark.note)}"{ident}>'


def label_tag(mark: Mark) -> str:
    """The speaker label after a quote."""
    return f'<span class="who" title="speaker">{esc(mark.label)}</span>'


def text_html(article: Article, aid: str) -> str:
    """The article text as nested, escaped spans."""
    text, marks = article.text, article_marks(article)
    out = []
    for t in tokens(text, marks, labels(text, marks)):
        if isinstance(t, Open):
            out.append(open_tag(t.span, aid, t.first))
        elif isinstance(t, Close):
            out.append("</span>")
        elif isinstance(t, Chunk):
            out.append(esc(text[t.start:t.end]))
        else:
            out.append(label_tag(t.item))
    return "".join(out)


def article_meta(article: Article) -> str:
    """Where the article comes from, and what was found in it."""
    where = [article.doc, article.published, article.source, article.author, article.url]
    counts = (f"{len(article.quotes)} quotes, {len(article.people)} entities, "
              f"{len(article.facts.visits)} visits, {len(article.facts.documents)} documents, "
              f"{len(article.facts.dates)} dates")
    return " · ".join(esc(x) for x in where + [counts] if x)


def article_html(article: Article, aid: str) -> str:
    """One article: title, where it comes from, highlighted text."""
    title = esc(article_name(article))
    return (f'<article id="{aid}">\n<h3>{title}</h3>\n'
            f'<p class="meta">{article_meta(article)}</p>\n'
            f'<div class="text">{text_html(article, aid)}</div>\n</article>')


def legend_html() -> str:
    samples = [f'<span class="{k}">{esc(LEGEND[k])}</span>' for k in LEGEND_KINDS]
    return "".join(samples) + '<span class="who">speaker</span>'


def render(articles: Iterable[Article], title: str = "kzru-facts report") -> str:
    """The whole page for ``articles``."""
    from .. import __version__
    items = [(f"a{n}", a) for n, a in enumerate(articles, 1)]
    quotes = sum(len(a.quotes) for _, a in items)
    return Template(template("report.html")).substitute(
        version=esc(__version__), title=esc(title), style=template("report.css"),
        summary=f"{len(items)} articles, {quotes} quotes",
        speakers=speakers_table(items), visits=visits_table(items), dates=dates_table(items),
        documents=documents_table(items),
        entities=entities_table(items), legend=legend_html(),
        articles="\n".join(article_html(a, aid) for aid, a in items),
    )
