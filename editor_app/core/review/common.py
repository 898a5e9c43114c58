"""Small pieces every part of review mode shares: plain display of values, dates, errors."""

from __future__ import annotations

import html
import unicodedata
import uuid
from datetime import UTC, date, datetime
from typing import Any

from editor_app.core.page_language import holds_right_to_left, starts_right_to_left

# The review files are written, and kept in the user's data folder, as every file of the app.
from editor_app.core.store import atomic_write as atomic_write
from editor_app.core.store import user_data_dir as user_data_dir

# A note's, suggested edit's or decision's id: this many hex digits, made so and shown so
# everywhere (the command lines, approve's refusal), so one id reads alike wherever it is
# quoted; a command takes any start of it that names one.
ID_LENGTH = 12


def new_id() -> str:
    """A new id for a note, suggested edit or decision."""
    return uuid.uuid4().hex[:ID_LENGTH]


def shown_id(record_id: str) -> str:
    """An id as every listing shows it (one written longer by another tool cut alike)."""
    return record_id[:ID_LENGTH]


def isolate(words: str) -> str:
    """Words of a right-to-left language (Persian, Arabic, Hebrew) set apart in a line of
    other words, so they keep their own order and the marks around them theirs (a note's
    quoted “باید” read باید””): Unicode's first strong isolate. Other words as they are.
    Each line on its own: a new line ends an isolate, so a note of two paragraphs had only
    its first set apart."""
    if "\n" in words:
        return "\n".join(isolate(line) for line in words.split("\n"))
    if holds_right_to_left(words):
        return f"\u2068{words}\u2069"
    return words


def clip(text: str, width: int) -> str:
    """`text` on one line (its runs of spaces and line breaks as one space), cut to `width`
    characters with "…" as the last when longer."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


_BREAKS_RUN = "“”‘’\"'()[]{}«»"  # marks that belong to the English line around the words


def isolate_runs(line: str) -> str:
    """`isolate` each stretch of right-to-left words in a line kept as plain text (a decision's
    "Open note by Ed (on “باید”): این کلمه…", as its record has it), so its brackets and quote
    marks stay on their sides. A stretch runs over spaces, digits and a sentence's own
    punctuation, not over quote marks or brackets."""
    out: list[str] = []
    i, n = 0, len(line)
    while i < n:
        if not holds_right_to_left(line[i]):
            out.append(line[i])
            i += 1
            continue
        j = last = i
        while j < n and unicodedata.bidirectional(line[j]) != "L" and line[j] not in _BREAKS_RUN:
            if holds_right_to_left(line[j]):
                last = j
            j += 1
        out.append(isolate(line[i : last + 1]))
        i = last + 1
    return "".join(out)


def dir_attribute(words: str) -> str:
    """' dir="rtl"' when `words` start (their first letter) in a right-to-left language, for
    an HTML block of them: read from the right, as the words' own language is."""
    return ' dir="rtl"' if starts_right_to_left(words) else ""


def _word(value: Any) -> str:
    return str(value).strip().lower() if value is not None else ""


def _display(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ", ".join(_display(v) for v in value if v is not None and v != "")
    if isinstance(value, dict):
        return ", ".join(f"{k}: {_display(v)}" for k, v in value.items())
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def _as_date(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


def _load_schema(site: Any) -> Any:
    from editor_app.core.schema import load_schema

    return load_schema(site)


def _jsonable(value: Any) -> Any:
    """Front-matter values as JSON can hold them: dates as ISO text, tuples as lists."""
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _field_label(name: str) -> str:
    try:
        from editor_app.core.schema import field_label

        return field_label(name)
    except ImportError:  # pragma: no cover - the schema module is part of the core
        return name


def _when(moment: datetime) -> str:
    return moment.astimezone().strftime("%d %b %Y, %H:%M")


class ReviewError(Exception):
    """A decision could not be applied; the message is in plain words."""


def now_utc() -> datetime:
    """This moment in UTC, to the second (as the sidecar file keeps dates)."""
    return datetime.now(UTC).replace(microsecond=0)


def read_when(value: Any) -> datetime:
    """A date as written in the sidecar file (ISO 8601 text, or a YAML date); epoch if none."""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            value = None
    elif isinstance(value, date) and not isinstance(value, datetime):
        value = datetime(value.year, value.month, value.day, tzinfo=UTC)
    return value if isinstance(value, datetime) else datetime.fromtimestamp(0, UTC)
