"""`editor-app new --title` with line breaks in it makes a one-line title, as File > New's
dialog does with lines pasted in its Title box (it wrote `title: "a\\nb"`), and says so once
the page is made; a title of line breaks alone is an empty title."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import run
from shared_sites import copy_shared_site


def test_the_title_lines_are_joined_and_said(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site = copy_shared_site("jekyll-docs", tmp_path, "site")
    code, out, err = run(
        capsys, "new", "posts", "--title", "Jekyll 9\nreleased  \r\n today", str(site)
    )
    assert code == 0, err
    page = Path(out.strip())
    assert page.name.endswith("-jekyll-9-released-today.markdown")
    assert "\ntitle: 'Jekyll 9 released today'\n" in page.read_text(encoding="utf-8")
    assert err == (
        "editor-app: note: the title's line breaks were made spaces, as a title is one line: "
        "'Jekyll 9 released today'\n"
    )


def test_line_breaks_alone_are_an_empty_title(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site = copy_shared_site("jekyll-docs", tmp_path, "site")
    code, out, err = run(capsys, "new", "posts", "--title", "\n\r\n", str(site))
    assert (code, out, err) == (2, "", "editor-app: the title is empty\n")
