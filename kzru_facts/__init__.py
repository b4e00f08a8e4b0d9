"""kzru-facts: quotes, speakers, entities and facts from Russian political news.

>>> from kzru_facts import extract          # doctest: +SKIP
>>> extract("Токаев заявил: «Мы подписали документ».").quotes[0].speaker.name  # doctest: +SKIP
'Токаев'
"""
from .batch.many import ExtractError, extract_many
from .pipeline import extract
from .record import (Article, DateRef, Document, Duration, Entity, Facts, Quote,
                     Referent, Speaker, Visit, VisitCount)

__version__ = "0.1.0"

__all__ = ["extract", "extract_many", "ExtractError", "Article", "DateRef", "Document",
           "Duration", "Entity", "Facts", "Quote", "Referent", "Speaker", "Visit", "VisitCount",
           "__version__"]
