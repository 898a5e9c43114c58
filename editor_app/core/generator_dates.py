"""Words a generator takes for a page's date: Eleventy reads `date: Last Modified`,
`Created`, `git Last Modified` and `git Created` (its docs, "Content Dates") as the file's
dates, in any capitals. The checks, the schema's inference and `set`/`rename` share this rule,
so none of them calls such a date "not a real date" on an Eleventy site, and all of them do
elsewhere (Jekyll and Hugo cannot build a page dated so)."""

from __future__ import annotations

from typing import Any

ELEVENTY_DATE_WORDS = ("Last Modified", "Created", "git Last Modified", "git Created")
_FOLDED = frozenset(word.casefold() for word in ELEVENTY_DATE_WORDS)


def _folded(text: str) -> str:
    """A date word as it is compared: outer spaces and capitals aside. Eleventy compares the
    lower-cased value exactly, so spacing inside the word counts (`git  Created` is no date
    word); the form and Check both fold through here, so they accept the same words."""
    return text.strip().casefold()


def is_date_word(value: Any, field: str, generator: str | None) -> bool:
    """Whether `value` of top-level field `field` is a date word the site's generator takes
    (Eleventy's `date: Last Modified`; only the `date` field, as Eleventy reads only that)."""
    return (
        generator == "eleventy"
        and field == "date"
        and isinstance(value, str)
        and _folded(value) in _FOLDED
    )


def date_words(field: str, generator: str | None) -> tuple[str, ...]:
    """The words the site's generator takes as top-level `field`'s date (Eleventy's `date`:
    ELEVENTY_DATE_WORDS), offered by the form's date box; none elsewhere."""
    return ELEVENTY_DATE_WORDS if generator == "eleventy" and field == "date" else ()


def date_word_named(text: str, words: tuple[str, ...]) -> str | None:
    """The word of `words` that `text` names, in any capitals (`git last modified` is
    "git Last Modified"; `git  last modified`, spaced otherwise, is none: Check would call it
    "not a real date"), or None."""
    folded = _folded(text)
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
