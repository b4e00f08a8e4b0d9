"""Flat rows for each command: what a table, TSV or CSV line shows.

JSON output keeps the nested records; these rows are the flat view.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterable, Iterator

from ..const import FACT_TYPES, PER
from ..analysis.lemma import lemmas
from ..record import Article

# Every column list is fixed here: the order never depends on the data or
# on PYTHONHASHSEED, so `cut -f` and pandas column positions stay put.
QUOTE_COLUMNS = ["doc", "title", "published", "speaker", "role", "mention", "kind", "rule",
                 "start", "end", "text"]
ENTITY_COLUMNS = ["type", "name", "roles", "mentions", "articles"]
MENTION_COLUMNS = ["doc", "type", "name", "text", "normal", "start", "end"]
ARTICLE_KEYS = ["doc", "title", "published"]
FACT_COLUMNS = {
    "visits": ARTICLE_KEYS + ["visitor", "destination", "when", "status", "start", "end", "text"],
    "visit_counts": ARTICLE_KEYS + ["visitor", "destination", "count", "start", "end", "text"],
    "documents": ARTICLE_KEYS + ["name", "status", "start", "end", "text"],
    "durations": ARTICLE_KEYS + ["minutes", "start", "end", "text"],
    "dates": ARTICLE_KEYS + ["value", "start", "end", "text"],
}
# All facts in one table (facts without --type): every column of every kind.
ALL_FACT_COLUMNS = ["type", *ARTICLE_KEYS, "visitor", "destination", "when", "status", "count",
                    "name", "minutes", "value", "start", "end", "text", "sentence"]
ARTICLE_COLUMNS = ["doc", "title", "published", "source", "quotes", "entities",
                   "visits", "visit_counts", "documents", "durations", "dates"]


def quote_objects(article: Article) -> Iterator[dict]:
    """One JSON object per quote, with the article it came from."""
    for q in article.quotes:
        yield {**article_keys(article), **q.to_dict()}


def article_keys(article: Article) -> dict:
    """What names an article in a row: doc, title, published."""
    return {"doc": article.doc, "title": article.title, "published": article.published}


def quote_row(obj: dict) -> dict:
    sp = obj.get("speaker") or {}
    return {"doc": obj["doc"], "title": obj.get("title"), "published": obj.get("published"),
            "speaker": sp.get("name"), "role": sp.get("role"),
            "mention": sp.get("mention"), "kind": obj["kind"], "rule": sp.get("rule"),
            "start": obj["start"], "end": obj["end"], "text": obj["text"]}


def fact_objects(article: Article, types: Iterable[str] = FACT_TYPES) -> Iterator[dict]:
    """One JSON object per fact: {"doc", "type", ...fields}."""
    facts = article.facts.to_dict()
    for ftype in types:
        for item in facts[ftype]:
            yield {**article_keys(article), "type": ftype, **item}


def fact_row(obj: dict) -> dict:
    return {c: obj.get(c) for c in FACT_COLUMNS[obj["type"]]}


def article_row(article: Article) -> dict:
    f = article.facts
    return {"doc": article.doc, "title": article.title, "published": article.published,
            "source": article.source, "quotes": len(article.quotes),
            "entities": len(article.people), **{t: len(getattr(f, t)) for t in FACT_TYPES}}


@dataclass
class EntityTally:
    """Entities across articles: one row per canonical name and type."""
    rows: dict[tuple[str, str], dict] = field(default_factory=dict)
    order: list[tuple[str, str]] = field(default_factory=list)

    def add(self, article: Article) -> None:
        for ref in article.people:
            key = (ref.type, ref.name.lower())
            if key not in self.rows:
                self.order.append(key)
                self.rows[key] = {"type": ref.type, "name": ref.name, "roles": [],
                                  "mentions": 0, "articles": []}
            row = self.rows[key]
            row["mentions"] += len(ref.mentions)
            row["roles"].extend(r for r in ref.roles if r not in row["roles"])
            if article.doc not in row["articles"]:
                row["articles"].append(article.doc)

    def fold_surnames(self) -> None:
        """A person named by surname only ("Токаев") joins the one fuller row
        with that surname ("Касым-Жомарт Токаев") from other articles."""
        for key in list(self.order):
            etype, name = key
            if etype != PER or " " in name or key not in self.rows:
                continue
            fuller = [k for k in self.order if k[0] == PER and k != key and k in self.rows
                      and k[1].split()[-1] == name]
            if len(fuller) == 1:
                row, into = self.rows.pop(key), self.rows[fuller[0]]
                into["mentions"] += row["mentions"]
                into["roles"].extend(r for r in row["roles"] if r not in into["roles"])
                into["articles"].extend(a for a in row["articles"] if a not in into["articles"])

    def objects(self, etype: str | None = None) -> list[dict]:
        self.fold_surnames()
        rows = [self.rows[k] for k in self.order if k in self.rows]
        if etype:
            rows = [r for r in rows if r["type"] == etype]
        return sorted(rows, key=lambda r: (-r["mentions"], r["type"], r["name"]))


def mention_objects(article: Article, etype: str | None = None) -> Iterator[dict]:
    """One object per entity mention, with its canonical name and offsets."""
    for e in article.entities:
        if not etype or e.type == etype:
            yield {"doc": article.doc, "type": e.type, "name": e.canonical or e.normal,
                   "text": e.text, "normal": e.normal, "start": e.start, "end": e.end}


def same_speaker(name: str | None, wanted: str) -> bool:
    """True when a speaker's name matches a query in any case form.

    >>> same_speaker("Касым-Жомарт Токаев", "Токаева")
    True
    >>> same_speaker("Владимир Путин", "Токаев")
    False
    """
    if not name:
        return False
    have = [lemmas(w) | {w.lower()} for w in name.split()]
    for w in wanted.split():
        want = lemmas(w) | {w.lower()}
        if not any(h & want for h in have):
            return False
    return True


def group_by(items: Iterable[dict], key: str) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = defaultdict(list)
    for item in items:
        out[item[key]].append(item)
    return out


ROW_KINDS = ("quotes", "entities", "mentions", *FACT_TYPES)


def article_rows(article: Article, kind: str) -> list[dict]:
    """One article's rows of one kind, with the columns the CSV output has."""
    if kind == "quotes":
        return [quote_row(o) for o in quote_objects(article)]
    if kind == "mentions":
        return list(mention_objects(article))
    if kind == "entities":
        tally = EntityTally()
        tally.add(article)
        return [{**r, "articles": article.doc} for r in tally.objects()]
    if kind in FACT_TYPES:
        return [{c: o.get(c) for c in FACT_COLUMNS[kind] + ["sentence"]}
                for o in fact_objects(article, (kind,))]
    raise ValueError(f"kind must be one of {', '.join(ROW_KINDS)}, not {kind!r}")
