"""Which quote mark authors write their text in: one rule for every header format (YAML,
TOML) and for a header or a whole collection."""

from __future__ import annotations


def quote_mark(quoted: int, plain: int, single: int) -> str | None:
    """The quote mark authors write text in, from how many values they quote (`single` of
    them in `'`) and how many they write plain: None when most are plain, else the mark most
    quoted ones use (double on a tie). The one rule for a header's habit
    (`document_yaml_text.QuoteHabits`), a collection's (`field_place.usual_quote_mark`,
    `new_page_habits.usual_quote_marks`) and TOML's 'literal' strings (`document_toml`)."""
    if quoted <= plain:
        return None
    return "'" if single * 2 > quoted else '"'
