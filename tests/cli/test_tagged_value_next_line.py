"""A header value whose type mark ends its line, the value on the next (`n: !!int` then
`  12x`), is told by `validate` and refused by `set` on the value's line, in the plain words
used for a value on the mark's own line: never the header's first line in Python's words."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.cli import main

SAID = (
    "The value '12x' is marked as a whole number (!!int) but is not one. "
    "Correct the value, or remove the mark."
)


@pytest.fixture
def page(tmp_path: Path) -> Path:
    (tmp_path / "_config.yml").write_text("title: x\n", encoding="utf-8")
    page = tmp_path / "page.md"
    page.write_text("---\ntitle: Hello\nn: !!int\n  12x\n---\nBody.\n", encoding="utf-8")
    return page


def test_validate_tells_it_on_the_values_line(
    page: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["validate", "--no-content", str(page)]) == 1
    assert f"  line 4  n  error: {SAID}\n" in capsys.readouterr().out


def test_set_refuses_on_the_values_line_and_changes_nothing(
    page: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = page.read_bytes()
    assert main(["set", str(page), "title=Changed"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == f"editor-app: {page}: line 4: {SAID[:-1]}; the file was not changed\n"
    assert page.read_bytes() == before
