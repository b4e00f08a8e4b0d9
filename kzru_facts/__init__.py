"""kzru-facts: quotes, speakers, entities and facts from Russian political news.

>>> from kzru_facts import extract          # doctest: +SKIP
>>> extract("Токаев заявил: «Мы подписали документ».").quotes[0].speaker.name  # doctest: +SKIP
'Токаев'

The names below load on first use (PEP 562), so that ``kzru-facts --help``
and ``--version`` import no analysis code.
"""
from __future__ import annotations

from importlib import import_module

__version__ = "0.1.0"

# public name -> module that defines it
_EXPORTS = {
    "extract": ".pipeline",
    "extract_many": ".batch.many",
    "ExtractError": ".batch.many",
    **{name: ".record" for name in ("Article", "DateRef", "Document", "Duration", "Entity",
                                    "Facts", "Quote", "Referent", "Speaker", "Visit",
                                    "VisitCount")},
}

__all__ = [*_EXPORTS, "__version__"]


def __getattr__(name: str):
    """Import a public name's module on first access."""
    if name not in _EXPORTS:
        raise AttributeError(f"module 'kzru_facts' has no attribute {name!r}")
    value = getattr(import_module(_EXPORTS[name], __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
