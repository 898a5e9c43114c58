"""Surgical edits of the header: set and remove a field, changing only that field's lines.

`HeaderEdits` is the editing half of `Document` (core/document.py). Every edit is checked by
parsing the result again: a change that would alter anything but the field asked for is
refused instead of written. The replacement text itself is worked out by `EditText`
(core/document_edit_text.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import tomlkit.exceptions

from editor_app.core import document_json, document_toml
from editor_app.core.document_edit_text import EditText, _datetime_as_written
from editor_app.core.document_errors import FrontMatterError, ReadOnlyError
from editor_app.core.document_yaml_text import _normalise, _same

_REMOVED: Any = object()  # `_edit_other_format`: remove the field instead of setting it


class HeaderEdits(EditText):
    """Setting and removing fields; replacing the header's text by hand."""

    def set_text(self, text: str) -> None:
        """Replace the whole text, e.g. after the user repaired a broken header by hand."""
        if text.startswith("\ufeff"):
            text = text[1:]
        if text != self.text:
            self._check_writable()
        self._load_text(text)

    def set_raw_front_matter(self, text: str) -> None:
        """Replace the front matter text between the delimiters (hand repair); body kept."""
        self._check_writable()
        nl = self.newline
        head, close = self._head, self._close
        if self.has_front_matter and self.front_matter_format == "json" and not head:
            # Hugo's JSON header is the object itself, ended by its line break
            self._load_text(text.rstrip("\r\n") + (close or nl) + self._body)
            return
        if not self.has_front_matter or not head.startswith(("---", "+++")):
            head = "---" + nl  # no header yet
        closers = ("+++",) if head.startswith("+++") else ("---", "...")
        if not close.strip() or not close.startswith(closers):
            close = closers[0] + nl
        elif not close.endswith("\n") and self._body:
            close += nl
        if text and not text.endswith("\n"):
            text += nl
        # Read the result as a file would be read again (a '---' typed in the text ends it).
        self._load_text(head + text + close + self._body)

    def _edit_other_format(self, field: str, value: Any) -> None:
        """Set (or remove, for `_REMOVED`) a field of a TOML or JSON header, checked like YAML
        edits: every other field reads back as before, or nothing changes."""
        expected = dict(self.front_matter)
        nl, old_fm = self.newline, self._fm
        try:
            if value is _REMOVED:
                expected.pop(field, None)
                if self.front_matter_format == "toml":
                    new_fm = document_toml.without_key(old_fm, field, nl)
                else:
                    new_fm = document_json.without_key(old_fm, field)
            else:
                expected[field] = value
                if self.front_matter_format == "toml":
                    new_fm = document_toml.with_value(old_fm, field, value, nl)
                else:
                    new_fm = document_json.with_value(old_fm, field, value, nl)
        except tomlkit.exceptions.TOMLKitError:
            new_fm = None
        if new_fm is not None:
            self._fm = new_fm
            self._parse_front_matter()
            if (
                self.error is None
                and self._header_read_only is None
                and _same(self.front_matter, expected)
            ):
                return
            self._fm = old_fm
            self._parse_front_matter()
        doing = "removed" if value is _REMOVED else "changed"
        raise ValueError(
            f"The field {field!r} could not be {doing} without affecting other settings."
        )

    @property
    def fields_read_only_reason(self) -> str | None:
        """Why the header's fields cannot be edited one by one (a broken header, binary data,
        a compact YAML, TOML or JSON header that cannot be rewritten field by field), in plain
        words; None when `set` and `remove` can work. The form shows its fields read-only."""
        try:
            self._check_editable()
        except (FrontMatterError, ReadOnlyError) as exc:
            return exc.message if isinstance(exc, FrontMatterError) else str(exc)
        return None

    def _check_writable(self) -> None:
        if self.read_only_reason is not None:
            raise ReadOnlyError(self.read_only_reason)

    def _check_editable(self) -> None:
        self._check_writable()
        if self.error is not None:
            raise self.error
        if self.has_front_matter and self._header_read_only is not None:
            raise FrontMatterError(self._file_line(0), self._header_read_only)
        if self.has_front_matter and not self._editable:
            compact = self._fm.lstrip().startswith("{")
            raise FrontMatterError(
                2,
                "The page settings are written in a compact form ({...}) that cannot be "
                "edited field by field; edit them as text."
                if compact
                else "The page settings are written in a form that cannot be edited field by "
                "field; edit them as text.",
            )

    def set(
        self,
        field: str,
        value: Any,
        typed: str | None = None,
        usual_list_mark: Callable[[str], str | bool | None] | None = None,
        usual_quote_mark: Callable[[], str | bool | None] | None = None,
    ) -> None:
        """Set a field, rewriting only its lines; a value equal to the current one changes nothing.

        Values compare by type and value: `date(2025, 5, 19)` equals `date: 2025-05-19`, but the
        string `"2025-05-19"` does not (it would be written quoted, and read back as text).
        `typed`: a date and time as the user typed it (`2025-03-01T10:00:00`), kept for the
        field (a later set of it too) and written so in a YAML header that has no date and time
        of its own to follow, when YAML reads it back as `value`.
        `usual_list_mark(context)`: asked, when a YAML list's items all needed their quotes, for
        the mark the site's other pages write the field's items in, in lists of that style
        ("flow" or "item"): '"', "'", False for plain, None when unknown (`rename` knows it).
        `usual_quote_mark()`: likewise for one-line text whose old quotes its value needed, when
        the header has no habit of its own: the mark the collection's pages write the field in
        (`editor-app set` asks it).
        Raises FrontMatterError when the front matter cannot be read, ValueError when the value
        cannot be written without changing anything else, TypeError for unsupported values.
        """
        if typed is not None:
            self._typed[field] = typed
        self._typing = self._typed.get(field)
        self._usual_list_mark = usual_list_mark
        self._usual_quote_mark = usual_quote_mark
        try:
            self._set(field, value)
        finally:
            self._typing = None
            self._usual_list_mark = self._usual_quote_mark = None

    def _set(self, field: str, value: Any) -> None:
        self._check_editable()
        value = _normalise(value)
        if self.front_matter_format == "json":
            old = self.front_matter.get(field)
            if isinstance(value, dt.datetime) and isinstance(old, str):
                # The page's own form of date and time text ("2024-01-02 10:00:00", a Z):
                # ISO's T and +00:00 rewrote it.
                value = _datetime_as_written(value, old) or value
            value = document_json.json_value(value)  # JSON has no dates: their ISO text
        if field in self.front_matter and _same(self.front_matter[field], value):
            return
        if self.has_front_matter and self.front_matter_format != "yaml":
            self._edit_other_format(field, value)
            return
        saved = (self._head, self._fm, self._close, self.has_front_matter)
        old_data, old_count = dict(self.front_matter), len(self._spans)
        if not self.has_front_matter:
            nl = self.newline
            self._head, self._close, self.has_front_matter = "---" + nl, "---" + nl, True
            self._parse_front_matter()
        span = self._span(field)
        expected = dict(old_data)
        expected[field] = value
        # The file's own style first (a block scalar keeps its header and wrapping), then a
        # block scalar written plainly, then a plain double-quoted fallback.
        tries = [(False, True), (False, False), (True, False)]
        if span is None or span.kind != "block_scalar" or not isinstance(value, str):
            del tries[1]  # the second try would write the same text as the first
        for fallback, restyle in tries:
            if span is None:
                new_fm = self._appended(field, value, fallback)
            else:
                new_fm = self._replaced(span, value, fallback, restyle)
            if new_fm is None:
                continue
            self._fm = new_fm
            self._parse_front_matter()
            # Checked, not hoped for: the field reads back as set, every other field as it
            # was, and no key appeared or vanished.
            if (
                self.error is None
                and _same(self.front_matter, expected)
                and len(self._spans) == old_count + (span is None)
            ):
                return
            self._head, self._fm, self._close, self.has_front_matter = saved
            self._parse_front_matter()
            span = self._span(field)
        self._head, self._fm, self._close, self.has_front_matter = saved
        self._parse_front_matter()
        raise ValueError(
            f"The field {field!r} could not be changed without affecting other settings."
        )

    def remove(self, field: str) -> None:
        """Remove a field (every repeat of it), dropping only its lines."""
        self._check_editable()
        spans = [s for s in self._spans if s.key == field]
        if not spans:
            return
        if self.front_matter_format != "yaml":
            self._edit_other_format(field, _REMOVED)
            return
        old_data, old_fm = dict(self.front_matter), self._fm
        expected = {k: v for k, v in old_data.items() if k != field}
        # Second try: also drop blank lines right after the field, which could otherwise
        # become part of a block of text (`|` or `>`) just above it.
        for with_blank_lines in (False, True):
            fm = old_fm
            for span in reversed(spans):
                start = fm.rfind("\n", 0, span.key_start) + 1
                end = fm.find("\n", span.value_end)
                end = len(fm) if end < 0 else end + 1
                while with_blank_lines and end < len(fm):
                    nxt = fm.find("\n", end)
                    nxt = len(fm) if nxt < 0 else nxt + 1
                    if fm[end:nxt].strip():
                        break
                    end = nxt
                fm = fm[:start] + fm[end:]
            self._fm = fm
            self._parse_front_matter()
            if self.error is None and _same(self.front_matter, expected):
                return
        self._fm = old_fm
        self._parse_front_matter()
        raise ValueError(
            f"The field {field!r} could not be removed without affecting other settings."
        )
