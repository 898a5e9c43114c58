"""A page saved as UTF-16 without a byte-order mark, as Check reads it (`checks.page.decode`).

Written against the mutants of `tools/mutation.py checks-engine` for `decode`'s branch added
since its last run. Its equivalent mutants, with why:

- 4,097 for 4,096 in the test for a zero byte among the first bytes: `utf16_without_bom`
  tells UTF-16 from the first 4,096 bytes only, and finds none where they hold no zero byte
  (a zero beside each letter is what it looks for).
- (The codec names in capitals and counting lines from None: named in
  test_checks_mutants_engine_page.py.)
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_checks_mutants_header import found, make_site

from editor_app.core.checks.page import decode
from editor_app.core.validate import validate_site

PAGE = "---\ntitle: Sixteen\n---\nBody, é.\n"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_mark_is_read_as_utf16_and_said_on_line_one(codec: str) -> None:
    assert decode(PAGE.encode(codec)) == (PAGE, "saved as UTF-16", 1)


def test_zero_bytes_that_are_no_utf16_are_read_as_utf8() -> None:
    data = b"---\ntitle: A\x00\n---\nBody.\n"
    assert decode(data) == (data.decode("utf-8"), None, None)


def test_utf16_looking_bytes_that_do_not_decode_are_read_as_they_are() -> None:
    # A zero beside each letter, but a lone high surrogate (D800) at the end: no UTF-16.
    data = "---\ntitle: a\n---\nText\n".encode("utf-16-le") + b"\x00\xd8"
    text, reason, line = decode(data)
    assert (reason, line) == ("not UTF-8", 5)
    assert text.startswith("-\x00-\x00-\x00\n\x00")


def test_check_reads_a_utf16_page_without_a_mark_and_says_so(tmp_path: Path) -> None:
    site = make_site(tmp_path, {"_resources/u16.md": "x"})
    (tmp_path / "_resources" / "u16.md").write_bytes(PAGE.encode("utf-16-le"))
    problems = found(validate_site(site, content=False), "_resources/u16.md")
    assert [(line, code) for line, _field, code, _sev, _msg in problems] == [(1, "not-utf8")]
    assert problems[0][4] == (
        "This file is not saved as UTF-8 text, so some characters (such as accents or curly "
        "quotes) will show wrongly on the site. Save it again as UTF-8."
    )
