"""One article in, one Article record out: every stage in order.

    text ─ normalize ─ clean ─┬─ meta (title, published, source, author)
                  ├─ ner ─ people (referents, roles)
                  │          ├─ quotes + speakers
                  │          └─ facts (visits, counts)
                  └─ dates, durations, documents
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from .text.chunks import LIMIT, extract_chunked, extract_parts
from .text.clean import clean
from .facts.dates import FACT_KINDS, find_dates
from .facts.documents import find_documents
from .facts.durations import find_durations
from .facts.provenance import attach_sentences
from .facts.visit_counts import find_visit_counts
from .facts.visits import find_visits
from .text.meta import read_meta
from .text.normalize import OffsetMap, normalize, restore
from .analysis.doc import Doc
from .analysis.ner import find_entities
from .text.pubdate import check_published
from .analysis.people import build_referents, canonicalize
from .quotes.finder import find_quotes
from .record import Article, Facts, Quote
from .quotes.linebreaks import join_link_breaks
from .quotes.speakers import Context, cue_of, resolve


def find_quote_records(text: str, doc: Doc) -> list[Quote]:
    """Quotations (found in the cleaned text) with their resolved speakers,
    resolved in one pass in text order.

    A quotation may run over several paragraphs, and so over a line that
    cleaning blanked (a photo credit between two paragraphs of an answer):
    its words are read from the original text, so that
    ``text[start:end] == quote.text`` always holds. Line breaks left by
    links ("— ⏎ заявил ⏎ Петров") are read as spaces (same offsets); the
    dependency parses still come from the article's one Doc.
    """
    joined = join_link_breaks(doc.text)      # same length: the Doc's offsets still hold
    if joined != doc.text:
        doc.same_tokens(joined)              # readers holding the joined text share its tokens
    found = find_quotes(joined)
    ctx = Context(joined, list(doc.people), found, doc=doc)
    return [Quote(text[f.start:f.end], f.start, f.end, f.kind, resolve(ctx, f), cue_word(ctx, f))
            for f in found]


def cue_word(ctx: Context, found) -> str | None:
    """The speech verb of the attribution ("сказал", "подчеркнул"), as written."""
    cue = cue_of(ctx, found)
    return cue.text if cue else None


def extract(text: str, published: date | str | None = None, doc: str | None = None, *,
            title: str | None = None, url: str | None = None) -> Article:
    """Analyse one article.

    Args:
        text: the article as decoded text (``str``; decode bytes first).
        published: its date, a ``datetime.date`` or "YYYY-MM-DD", when known;
            otherwise read off the page. Relative dates («вчера») count from it.
        doc: a name for the article (a path), carried into the output.
        title: its headline when known; otherwise read off the page.
        url: where it was published, carried into the output.

    Raises:
        TypeError: ``text`` is not a str (None, bytes), or an argument has a wrong type.
        ValueError: ``published`` is no date in the form YYYY-MM-DD.
    """
    check_args(text, doc, title, url)
    article = analyze(text, check_published(published), doc)
    if title is None and url is None:
        return article
    return replace(article, title=title.strip() or article.title if title else article.title,
                   url=url)


def check_args(text: object, doc: object, title: object, url: object) -> None:
    """TypeError naming the first argument of a wrong type."""
    if not isinstance(text, str):
        hint = " (decode bytes first, e.g. data.decode('utf-8'))" if isinstance(
            text, (bytes, bytearray)) else ""
        raise TypeError(f"text must be a str, not {type(text).__name__}{hint}")
    for name, value in (("doc", doc), ("title", title), ("url", url)):
        if value is not None and not isinstance(value, str):
            raise TypeError(f"{name} must be a str or None, not {type(value).__name__}")


def analyze(text: str, published: str | None = None, doc: str | None = None) -> Article:
    """Analyse one article whose arguments are already checked."""
    if not text.strip():
        return Article(doc, None, published, text=text)
    norm = normalize(text)
    if norm.text != text or norm.positions is not None:
        article = analyze(norm.text, published, doc)   # invisible characters out: see normalize.py
        offsets = OffsetMap(norm.positions or list(range(len(text))), len(text))
        return replace(restore(article, offsets, text), text=text)
    if len(text) > LIMIT:       # an archive dump, not an article: in chunks
        return extract_chunked(text, analyze, published, doc)
    cleaned = clean(text)
    meta = read_meta(text, cleaned.text)
    published = published or meta.published
    analysed = Doc(cleaned.text)                      # the one Doc every reader asks
    entities = find_entities(analysed)
    people = build_referents(analysed, entities)
    analysed.entities, analysed.people = tuple(entities), tuple(people)
    dates = find_dates(analysed, published, FACT_KINDS)
    facts = attach_sentences(Facts(
        visits=tuple(find_visits(analysed, dates, published)),
        visit_counts=tuple(find_visit_counts(analysed)),
        documents=tuple(find_documents(analysed, dates)),
        durations=tuple(find_durations(analysed)),
        dates=tuple(dates),
    ), analysed)
    return Article(
        doc=doc, title=meta.title, published=published, source=meta.source,
        author=meta.author,
        quotes=tuple(find_quote_records(text, analysed)),
        entities=tuple(canonicalize(entities, people)),
        people=tuple(people), facts=facts, text=text, skipped=cleaned.zones,
    )


def extract_stream(text: str, published: date | str | None = None, doc: str | None = None,
                   title: str | None = None, url: str | None = None):
    """``extract``, but a text over ``LIMIT`` comes as one Article per chunk, each
    as soon as it is analysed, in the whole text's offsets and with its text."""
    if len(text) <= LIMIT:
        yield extract(text, published, doc, title=title, url=url)
        return
    check_args(text, doc, title, url)
    for part in extract_parts(text, analyze, check_published(published), doc):
        part = replace(part, text=text)
        if title is not None or url is not None:
            part = replace(part, title=title.strip() or part.title if title else part.title, url=url)
        yield part
