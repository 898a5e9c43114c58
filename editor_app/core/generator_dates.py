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


def date_words(field: str, generator: str | None) -> tuple[str, ...]:
    """The words the site's generator takes as top-level `field`'s date (Eleventy's `date`:
    ELEVENTY_DATE_WORDS), offered by the form's date box; none elsewhere."""
    return ELEVENTY_DATE_WORDS if generator == "eleventy" and field == "date" else ()


def date_word_named(text: str, words: tuple[str, ...]) -> str | None:
    """The word of `words` that `text` names, in any capitals and spacing
    (`git  last modified` is "git Last Modified"), or None."""
    folded = " ".join(text.split()).casefold()
    return next((word for word in words if word.casefold() == folded), None)


# Fields each generator itself reads as a page's date: a word there stops the build (Jekyll's
# "Invalid date") or is refused; Hugo reads its names without regard to capitals.
_DATE_FIELDS = {
    "jekyll": frozenset({"date"}),
    "eleventy": frozenset({"date"}),
    "hugo": frozenset({"date", "lastmod", "publishdate", "expirydate"}),
}


def is_generator_date_field(field: str, generator: str | None) -> bool:
    """Whether the site's generator itself reads top-level `field` as a date (Hugo's
    `lastmod`, `publishDate`, `expiryDate` and every generator's `date`), whatever the
    schema inferred from the few pages writing it."""
    name = field.casefold() if generator == "hugo" else field
    return name in _DATE_FIELDS.get(generator or "", frozenset())


__all__ = [
    "ELEVENTY_DATE_WORDS",
    "date_word_named",
    "date_words",
    "is_date_word",
    "is_generator_date_field",
]
