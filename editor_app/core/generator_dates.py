"""Words a generator takes for a page's date: Eleventy reads `date: Last Modified`,
`Created`, `git Last Modified` and `git Created` (its docs, "Content Dates") as the file's
dates, in any capitals. The checks, the schema's inference and `set`/`rename` share this rule,
so none of them calls such a date "not a real date" on an Eleventy site, and all of them do
elsewhere (Jekyll and Hugo cannot build a page dated so)."""

from __future__ import annotations

from typing import Any

ELEVENTY_DATE_WORDS = ("Last Modified", "Created", "git Last Modified", "git Created")
_FOLDED = frozenset(word.casefold() for word in ELEVENTY_DATE_WORDS)


def is_date_word(value: Any, field: str, generator: str | None) -> bool:
    """Whether `value` of top-level field `field` is a date word the site's generator takes
    (Eleventy's `date: Last Modified`; only the `date` field, as Eleventy reads only that)."""
    return (
        generator == "eleventy"
        and field == "date"
        and isinstance(value, str)
        and value.strip().casefold() in _FOLDED
    )


__all__ = ["ELEVENTY_DATE_WORDS", "is_date_word"]
