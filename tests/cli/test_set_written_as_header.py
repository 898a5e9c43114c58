"""`editor-app set PAGE 'title: Hello'`, a field written as the header writes it, is shown how
to write it (`title=Hello`; the hint was `title: Hello=VALUE`), and `title:=Hello` is refused
(it wrote a second field called `title:`); the page is not changed."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.cli import main

PAGE = "_resources/2023-03-31-governance-board-minutes.md"


@pytest.mark.parametrize(
    ("assignment", "said"),
    [
        ("title: Hello", "'title: Hello' is not FIELD=VALUE: write it as title=Hello"),
        ("params.x:1", "'params.x:1' is not FIELD=VALUE: write it as params.x=1"),
        ("title:", "'title:' is not FIELD=VALUE: write it as title=VALUE"),
        ("https://x.org", "'https://x.org' is not FIELD=VALUE: write it as https://x.org=VALUE"),
        (
            "title:=Hello",
            "'title:=Hello': a field name does not end with ':'; write it as title=Hello",
        ),
    ],
)
def test_a_field_written_with_a_colon_is_shown_with_equals(
    site_copy: Path, capsys: pytest.CaptureFixture[str], assignment: str, said: str
) -> None:
    page = site_copy / PAGE
    before = page.read_bytes()
    assert main(["set", str(page), assignment]) == 2
    assert capsys.readouterr().err == f"editor-app: {said}\n"
    assert page.read_bytes() == before
