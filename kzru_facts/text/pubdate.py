"""An article's publication date as given from outside: checked or read leniently.

Two doors: the Python API and ``--published`` are strict (a ``ValueError``
names the bad value, as «14.03.2018» there would silently lose every
relative date); a date column of an article table or a page's metadata is
read leniently ("2024-05-14T10:00:00+05:00", "14.05.2024") and dropped
when it is no date.
"""
from __future__ import annotations

import re
from datetime import date, datetime

# Relative dates («вчера», «в прошлом году») are counted from this date:
# years outside this range are typing slips, and year 1 would overflow.
MIN_YEAR, MAX_YEAR = 1800, 2200
ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
# "14.05.2024", "14/05/2024": day first, as Russian pages write it
DOTTED = re.compile(r"(\d{1,2})[./](\d{1,2})[./](\d{4})")


def calendar(year: int, month: int, day: int) -> str | None:
    """YYYY-MM-DD, or None when the numbers are no date in the range."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def check_published(value: object) -> str | None:
    """A publication date for the API: None, a date, or "YYYY-MM-DD"; else an error.

    >>> check_published("2024-05-14"), check_published(date(2024, 5, 14)), check_published(None)
    ('2024-05-14', '2024-05-14', None)
    >>> check_published("14.03.2018")
    Traceback (most recent call last):
    ValueError: published must be a date in the form YYYY-MM-DD (years 1800-2200), not '14.03.2018'
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        found = calendar(value.year, value.month, value.day)
    elif isinstance(value, str):
        m = ISO.fullmatch(value.strip())
        found = calendar(int(m[1]), int(m[2]), int(m[3])) if m else None
    else:
        raise TypeError(f"published must be a str, a datetime.date or None, "
                        f"not {type(value).__name__}")
    if found is None:
        raise ValueError(f"published must be a date in the form YYYY-MM-DD "
                         f"(years {MIN_YEAR}-{MAX_YEAR}), not {str(value)!r}")
    return found


def read_published(value: object) -> str | None:
    """A date from a table cell or page metadata, or None when it is none.

    >>> read_published("2024-05-14T10:00:00+05:00"), read_published("14.05.2024 10:00")
    ('2024-05-14', '2024-05-14')
    >>> read_published("вчера"), read_published(""), read_published(None)
    (None, None, None)
    """
    if not isinstance(value, str) or not value.strip():
        return None
    m = ISO.match(value.strip())
    if m:
        return calendar(int(m[1]), int(m[2]), int(m[3]))
    m = DOTTED.match(value.strip())
    return calendar(int(m[3]), int(m[2]), int(m[1])) if m else None
