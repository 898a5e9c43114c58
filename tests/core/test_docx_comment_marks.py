"""The marks a Word comment leaves in the imported text are defined once
(`docx_headings.COMMENT_*`): the reader writes and takes them, and the title heading keeps
the ones on it, by the same characters."""

from __future__ import annotations

from editor_app.core import docx_read
from editor_app.core.docx_headings import (
    COMMENT_CLOSE,
    COMMENT_END,
    COMMENT_MARK,
    COMMENT_START,
    take_first_heading,
)


def test_one_definition_of_the_comment_marks_for_the_reader_and_the_headings() -> None:
    assert docx_read.COMMENT_MARK is COMMENT_MARK
    start, end = f"{COMMENT_START}7{COMMENT_CLOSE}", f"{COMMENT_END}7{COMMENT_CLOSE}"
    markdown = f"# {start}The title{end}\n\nText.\n"
    rest, heading = take_first_heading(markdown, None)
    assert heading == "The title"
    assert rest == f"{start}{end}Text.\n"
    text, places = docx_read._take_marks(f"{start}Some words{end} after.")
    assert (text, places) == ("Some words after.", {"7": (0, 10)})
