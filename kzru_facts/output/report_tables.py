"""The report's tables across articles: speakers, visits, dates, documents, entities.

Every table takes ``items``, a list of (article id, Article), and returns
escaped HTML; rows link to the marks in the article texts (``#a2-q1``).
"""
from __future__ import annotations

import html
import os
import re
from typing import Iterable, Sequence

from .marks import UNKNOWN, speaker_name
from ..record import Article, DateRef, Quote
from .rows import EntityTally

Items = Sequence[tuple[str, Article]]
SENTENCE_EDGE = re.compile(r"[.!?…\n]")
PARTIAL_START = re.compile(r"^\S*\s*")
PARTIAL_END = re.compile(r"\s*\S*$")
CONTEXT = 90     # characters of context at most on each side of a date


def esc(value: object) -> str:
    """Text safe inside an element or a quoted attribute.

    >>> esc('<script>alert("x")</script>')
    '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'
    """
    return html.escape("" if value is None else str(value), quote=True)


def table(head: Iterable[str], rows: list[str], empty: str) -> str:
    """A table with a header row, or a note when there are no rows."""
    if not rows:
        return f'<p class="none">{esc(empty)}</p>'
    ths = "".join(f"<th>{esc(h)}</th>" for h in head)
    return f"<table>\n<thead><tr>{ths}</tr></thead>\n<tbody>\n" + "\n".join(rows) + \
        "\n</tbody>\n</table>"


def article_name(article: Article, fallback: str = "article") -> str:
    """How a reader knows an article: its title and date, else its file name.

    >>> article_name(Article("news/a1b2.txt", "Визит в Омск", "2024-05-06"))
    'Визит в Омск (2024-05-06)'
    >>> article_name(Article("news/a1b2.txt", None, None))
    'a1b2.txt'
    """
    name = article.title or os.path.basename(article.doc or "") or fallback
    return f"{name} ({article.published})" if article.published else name


def doc_link(aid: str, article: Article, anchor: str | None = None) -> str:
    """A link to an article (or a mark in it), named by its title and date."""
    href = f"#{aid}-{anchor}" if anchor else f"#{aid}"
    return (f'<a class="doc" href="{href}" title="{esc(article.doc)}">'
            f"{esc(article_name(article, aid))}</a>")


# ── speakers ─────────────────────────────────────────────────────────────

def speaker_groups(items: Items) -> dict[str, list[tuple[str, int, Quote, Article]]]:
    """Quotes by speaker name, in article order."""
    groups: dict[str, list] = {}
    for aid, article in items:
        for n, q in enumerate(article.quotes, 1):
            groups.setdefault(speaker_name(q), []).append((aid, n, q, article))
    return groups


def speaker_row(name: str, quotes: list[tuple[str, int, Quote, Article]]) -> str:
    roles = sorted({q.speaker.role for _, _, q, _ in quotes if q.speaker and q.speaker.role})
    lis = "".join(f"<li>«{esc(q.text)}» {doc_link(aid, a, f'q{n}')}</li>"
                  for aid, n, q, a in quotes)
    who = esc(name) if name != UNKNOWN else '<span class="none">not resolved</span>'
    return (f"<tr><td>{who}</td><td>{esc(', '.join(roles))}</td>"
            f'<td class="num">{len(quotes)}</td><td><ol class="quotes">{lis}</ol></td></tr>')


def speakers_table(items: Items) -> str:
    """Who said what: most quoted first, unresolved quotes last."""
    groups = speaker_groups(items)
    order = sorted(groups, key=lambda k: (k == UNKNOWN, -len(groups[k]), k))
    rows = [speaker_row(k, groups[k]) for k in order]
    return table(["Speaker", "Role", "Quotes", "What they said"], rows, "No quotes found.")


# ── timeline ─────────────────────────────────────────────────────────────

def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around text[start:end], at most CONTEXT characters each side."""
    left = max((m.end() for m in SENTENCE_EDGE.finditer(text, 0, start)), default=0)
    right = SENTENCE_EDGE.search(text, end)
    return max(left, start - CONTEXT), min(right.end() if right else len(text), end + CONTEXT)


def context(text: str, start: int, end: int) -> str:
    """The sentence around text[start:end], with that stretch in bold.

    >>> context("Раньше. Визит в мае прошёл. Потом.", 16, 19)
    'Визит в <b>мае</b> прошёл.'
    >>> context("x" * 200 + " слово в мае", 209, 212)
    '… слово в <b>мае</b>'
    """
    left, right = sentence_bounds(text, start, end)
    before, after = text[left:start].lstrip(), text[end:right].rstrip()
    if left == start - CONTEXT:          # cut inside the sentence: start at a word
        before = "… " + PARTIAL_START.sub("", before)
    if right == end + CONTEXT:
        after = PARTIAL_END.sub("", after) + " …"
    return f"{esc(before)}<b>{esc(text[start:end])}</b>{esc(after)}"


def inside_visit(article: Article, d: DateRef) -> bool:
    """True when a visit already carries this date, so the timeline shows it once."""
    return any(v.start <= d.start and d.end <= v.end and v.when == d.value
               for v in article.facts.visits)


def visit_rows(items: Items) -> list[tuple[str, str]]:
    """(when, row HTML) for every visit."""
    return [(v.when or "", f'<tr><td class="when">{esc(v.when or "date unknown")}</td>'
             f"<td>{esc(v.visitor or UNKNOWN)}</td><td>{esc(v.destination or UNKNOWN)}</td>"
             f"<td>{esc(v.status)}</td><td>{context(a.text, v.start, v.end)}</td>"
             f"<td>{doc_link(aid, a, f'v{n}')}</td></tr>")
            for aid, a in items for n, v in enumerate(a.facts.visits, 1)]


def visits_table(items: Items) -> str:
    """Who went where and when, by date; visits of unknown date last."""
    rows = [row for _, row in sorted(visit_rows(items), key=lambda e: (not e[0], e[0]))]
    return table(["When", "Visitor", "Destination", "Status", "Sentence", "Article"], rows,
                 "No visits found.")


def date_rows(items: Items) -> list[tuple[str, str]]:
    """(value, row HTML) for every resolved date that no visit already shows."""
    return [(d.value, f'<tr><td class="when">{esc(d.value)}</td>'
             f"<td>{context(a.text, d.start, d.end)}</td>"
             f"<td>{doc_link(aid, a, f'd{n}')}</td></tr>")
            for aid, a in items for n, d in enumerate(a.facts.dates, 1)
            if d.value and not inside_visit(a, d)]


def dates_table(items: Items) -> str:
    """Dated facts other than visits, by date."""
    rows = [row for _, row in sorted(date_rows(items), key=lambda e: e[0])]
    return table(["When", "Sentence", "Article"], rows, "No other dates found.")


def documents_table(items: Items) -> str:
    """Documents signed, planned or mentioned, in article order."""
    rows = [f"<tr><td>{esc(d.name)}</td><td>{esc(d.status)}</td>"
            f"<td>{context(a.text, d.start, d.end)}</td>"
            f"<td>{doc_link(aid, a, f'doc{n}')}</td></tr>"
            for aid, a in items for n, d in enumerate(a.facts.documents, 1)]
    return table(["Document", "Status", "Sentence", "Article"], rows, "No documents found.")


# ── entities ─────────────────────────────────────────────────────────────

def entities_table(items: Items) -> str:
    """People, organisations and places, most mentioned first."""
    tally = EntityTally()
    for _, article in items:
        tally.add(article)
    by_doc: dict = {}
    for aid, article in items:
        by_doc.setdefault(article.doc, (aid, article))
    rows = []
    for obj in tally.objects():
        links = " ".join(doc_link(*by_doc[d]) for d in obj["articles"] if d in by_doc)
        rows.append(f"<tr><td>{esc(obj['type'])}</td><td>{esc(obj['name'])}</td>"
                    f"<td>{esc(', '.join(obj['roles']))}</td>"
                    f'<td class="num">{obj["mentions"]}</td><td>{links}</td></tr>')
    return table(["Type", "Name", "Roles", "Mentions", "Articles"], rows, "No entities found.")
