"""Records: the frozen dataclasses every stage returns and every renderer reads.

Offsets are ``start``/``end`` into the decoded article text, end exclusive,
so ``article_text[x.start:x.end] == x.text`` for every record with a span.
Every key is emitted, ``None`` when unknown, so JSON paths and CSV columns
stay stable (natasha drops ``None``; we deliberately don't).
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from functools import lru_cache
from typing import Any


def to_plain(value: Any) -> Any:
    """Dataclasses, tuples and lists as plain JSON-ready values, in field order."""
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if hasattr(value, "__dataclass_fields__"):
        return {name: to_plain(getattr(value, name)) for name in json_fields(type(value))}
    if isinstance(value, (list, tuple)):
        return [to_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: to_plain(v) for k, v in value.items()}
    return value


@lru_cache(maxsize=None)
def json_fields(cls: type) -> tuple[str, ...]:
    """A record class's emitted field names, in order (worked out once per class)."""
    return tuple(f.name for f in fields(cls) if f.metadata.get("json", True))


class Record:
    """Mixin: ``to_dict()`` for every record."""

    def to_dict(self) -> dict:
        return to_plain(self)


@dataclass(frozen=True)
class Entity(Record):
    """One mention of a person, organisation or place."""
    type: str                      # PER, ORG, LOC
    text: str                      # as written
    normal: str | None             # nominative form of this mention
    start: int
    end: int
    canonical: str | None = None   # the referent's fullest name in the article


@dataclass(frozen=True)
class Referent(Record):
    """One person, organisation or place of an article: all its mentions."""
    type: str
    name: str                      # canonical: fullest form, nominative
    roles: tuple[str, ...] = ()
    mentions: tuple[Entity, ...] = ()


@dataclass(frozen=True)
class Speaker(Record):
    """Who a quote belongs to, and the words that say so."""
    name: str | None               # canonical nominative name, or None
    mention: str | None            # the words next to the quote, as written
    start: int | None
    end: int | None
    role: str | None = None
    rule: str | None = field(default=None, compare=False)   # which rule fired


@dataclass(frozen=True)
class Quote(Record):
    """Reported words in quotation marks (or after an interview dash)."""
    text: str
    start: int
    end: int
    kind: str                      # direct, partial, interview
    speaker: Speaker | None = None
    cue: str | None = None         # the speech verb, as written


@dataclass(frozen=True)
class DateRef(Record):
    value: str | None              # YYYY, YYYY-MM or YYYY-MM-DD; None if unresolvable
    text: str
    start: int
    end: int
    kind: str | None = None        # absolute, relative (to published), deictic ("вчера")
    sentence: str | None = field(default=None, compare=False)   # the sentence it came from


@dataclass(frozen=True)
class Duration(Record):
    minutes: int
    text: str
    start: int
    end: int
    sentence: str | None = field(default=None, compare=False)   # the sentence it came from


@dataclass(frozen=True)
class Visit(Record):
    visitor: str | None
    destination: str | None
    when: str | None
    status: str                    # done, ongoing, planned
    text: str
    start: int
    end: int
    sentence: str | None = field(default=None, compare=False)   # the sentence it came from


@dataclass(frozen=True)
class VisitCount(Record):
    visitor: str | None
    destination: str | None
    count: int
    text: str
    start: int
    end: int
    sentence: str | None = field(default=None, compare=False)   # the sentence it came from


@dataclass(frozen=True)
class Document(Record):
    name: str                      # nominative, full title as given
    status: str                    # signed, planned, mentioned
    text: str
    start: int
    end: int
    sentence: str | None = field(default=None, compare=False)   # the sentence it came from


@dataclass(frozen=True)
class Facts(Record):
    visits: tuple[Visit, ...] = ()
    visit_counts: tuple[VisitCount, ...] = ()
    documents: tuple[Document, ...] = ()
    durations: tuple[Duration, ...] = ()
    dates: tuple[DateRef, ...] = ()


@dataclass(frozen=True)
class Zone(Record):
    """A stretch of the input that cleaning set aside (menu, credit, widget)."""
    kind: str
    start: int
    end: int


@dataclass(frozen=True)
class Article(Record):
    """Everything found in one article."""
    doc: str | None
    title: str | None
    published: str | None
    source: str | None = None
    author: str | None = None
    url: str | None = None         # from a page or a table row, when given
    quotes: tuple[Quote, ...] = ()
    entities: tuple[Entity, ...] = ()
    people: tuple[Referent, ...] = ()
    facts: Facts = Facts()
    text: str = field(default="", repr=False, compare=False, metadata={"json": False})
    skipped: tuple[Zone, ...] = field(default=(), repr=False, compare=False,
                                      metadata={"json": False})

    def rows(self, kind: str = "quotes") -> list[dict]:
        """Flat rows with the CSV output's columns, one per quote, entity or fact.

        ``kind``: quotes, entities, mentions, visits, visit_counts, documents,
        durations or dates. For pandas: ``pandas.DataFrame(article.rows("quotes"))``.
        """
        from .output.rows import article_rows
        return article_rows(self, kind)
