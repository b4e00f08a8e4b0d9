"""Check every span of an extracted article against the text it came from."""
from __future__ import annotations

from typing import Any, Iterator

# Keys that carry the words at [start:end): records have "text", speakers "mention".
SPAN_TEXT_KEYS = ("text", "mention")


def spans(obj: Any) -> Iterator[dict]:
    """Every JSON object (nested anywhere) that has a start and an end."""
    if isinstance(obj, dict):
        if obj.get("start") is not None and obj.get("end") is not None:
            yield obj
        for v in obj.values():
            yield from spans(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from spans(v)


def span_errors(obj: Any, text: str) -> list[str]:
    """Spans whose words are not ``text[start:end]``, or that point outside it."""
    errors = []
    for s in spans(obj):
        start, end = s["start"], s["end"]
        words = next((s[k] for k in SPAN_TEXT_KEYS if isinstance(s.get(k), str)), None)
        if not 0 <= start <= end <= len(text):
            errors.append(f"out of bounds: {s}")
        elif words is not None and text[start:end] != words:
            errors.append(f"{text[start:end]!r} != {words!r} in {s}")
    return errors


def span_count(obj: Any) -> int:
    return sum(1 for _ in spans(obj))
