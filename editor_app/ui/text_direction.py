"""The lines of a right-to-left page (Persian, Arabic, Hebrew) aligned as they read.

Qt already lays out each line of a text box right to left when its first letter that has a
direction is right to left (a line starting `## ` or `- ` takes its words' direction), and its
cursor keys move as that line reads. But a plain text box aligns every line by one option:
left, so a Persian line started at the left edge. AlignJustify together with AlignLeft makes
Qt align each line to the side it reads from (right-to-left lines at the right, Latin ones,
code and front matter at the left) without stretching the spaces of wrapped lines (it only
does that on AlignJustify alone).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit

from editor_app.core.page_language import page_language, writes_right_to_left

_BY_DIRECTION = Qt.AlignmentFlag.AlignJustify


def align_lines_by_direction(edit: QPlainTextEdit, on: bool) -> None:
    """Align each line of `edit` to the side it reads from (`on`, a right-to-left page), or
    every line at the left as usual."""
    document = edit.document()
    option = document.defaultTextOption()
    alignment = option.alignment()
    wanted = (alignment | _BY_DIRECTION) if on else (alignment & ~_BY_DIRECTION)
    if not wanted & Qt.AlignmentFlag.AlignHorizontal_Mask & ~_BY_DIRECTION:
        wanted |= Qt.AlignmentFlag.AlignLeft  # never AlignJustify alone: that stretches lines
    if wanted == alignment:
        return  # the same: no new layout of a long page
    option.setAlignment(wanted)
    document.setDefaultTextOption(option)


def aligns_lines_by_direction(edit: QPlainTextEdit) -> bool:
    """Whether `edit` aligns each line to the side it reads from."""
    return bool(edit.document().defaultTextOption().alignment() & _BY_DIRECTION)


def show_page_direction(window: Any, doc: Any) -> None:
    """The window's form and editor aligned for `doc`'s language (`lang: fa` reads right to
    left: `core/page_language.py`, the preview's rule), on opening it or on typing its Lang."""
    site = window.site
    right_to_left = writes_right_to_left(
        page_language(
            doc.front_matter if isinstance(doc.front_matter, dict) else {},
            doc.path,
            site.config if site is not None else None,
            site.root if site is not None else None,
        )
    )
    for panel in (window.form, window.editor):
        set_right_to_left = getattr(panel, "set_right_to_left", None)
        if callable(set_right_to_left):
            set_right_to_left(right_to_left)
