"""Encoding: a file that is not UTF-8, garbled or lost characters."""

from __future__ import annotations

import re
from collections.abc import Iterable

from editor_app.core.checks.context import Context
from editor_app.core.checks.page import Page, field_at_line
from editor_app.core.checks.problem import ERROR, WARNING, Problem, make_problem
from editor_app.core.checks.registry import Rule, register

# Signs of text decoded twice (UTF-8 read as Windows-1252): "â€™" for "’", "Ã©" for "é".
MOJIBAKE = re.compile("â€[\u2122\u0153\u201d\u02dc\u201c\u2013\u2014\u00a6\u00a2]|Ã[\u00a0-\u00bf]")


def check_encoding(page: Page, ctx: Context) -> Iterable[Problem]:
    if page.decode_error:
        yield make_problem(
            page,
            page.decode_error_line or 1,
            None,
            "not-utf8",
            "This file is not saved as UTF-8 text, so some characters (such as accents or curly "
            "quotes) will show wrongly on the site. Save it again as UTF-8.",
        )
        return
    m = MOJIBAKE.search(page.text) if ("â" in page.text or "Ã" in page.text) else None
    if m is not None:
        line = page.text.count("\n", 0, m.start()) + 1
        yield make_problem(
            page,
            line,
            field_at_line(page, line),
            "encoding",
            f"'{m.group(0)}' looks like a garbled character (text copied between programs that "
            "disagreed on its encoding). Retype the character, for example ’ or é.",
        )
    elif "\ufffd" in page.text:
        line = page.text.count("\n", 0, page.text.index("\ufffd")) + 1
        yield make_problem(
            page,
            line,
            field_at_line(page, line),
            "encoding",
            "This line contains '\ufffd', a character that was lost when the text was copied. "
            "Retype the missing character.",
        )
    control = _CONTROL.search(page.body)
    if control is not None:
        yield make_problem(
            page,
            page.body_line(control.start()),
            None,
            "encoding",
            "This line holds an invisible control character (copied from another program), "
            "which some programs refuse. Delete it: retyping the line removes it.",
        )


# Invisible control characters (not tab, line breaks or form feed): pasted from other
# programs, they show as nothing, and Word export and some generators refuse them.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F])


def _has_control(text: str) -> bool:
    """Whether `text` holds a character `_CONTROL` matches: told by dropping those bytes from
    its UTF-8 (where they stand for themselves alone), several times faster than the search."""
    raw = text.encode("utf-8", "surrogatepass")
    return len(raw.translate(None, _CONTROL_BYTES)) != len(raw)


def _may_be_garbled(page: Page) -> bool:
    text = page.text
    return (
        bool(page.decode_error)
        or (not text.isascii() and ("â" in text or "Ã" in text or "\ufffd" in text))
        or _has_control(page.body)
    )


register(
    Rule(
        "encoding",
        {"not-utf8": ERROR, "encoding": WARNING},
        check=check_encoding,
        wants=_may_be_garbled,
    )
)
