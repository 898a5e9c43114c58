"""Approving a Hugo page kept off the site by `draft: true` gives it back as it publishes: a
draft line the page did not have before goes again, rather than staying as `draft: false`."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import commit, run

from editor_app.cli import main
from editor_app.core import gitutil
from editor_app.core.document import Document

PAGE = "content/en/about/introduction.md"


def approve(capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code, out, _err = run(capsys, "review", "approve", PAGE)
    return code, out


def test_a_draft_line_set_for_the_review_goes_when_approved(
    hugo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = hugo / PAGE
    original = path.read_bytes()
    assert b"draft" not in original
    assert main(["set", PAGE, "draft=true"]) == 0
    code, out = approve(capsys)
    assert code == 0 and out == f"{PAGE}: draft: true (line removed)\n"
    assert path.read_bytes() == original  # as it was, and as it publishes
    assert main(["review", "undo", PAGE]) == 0
    assert Document.load(path).get("draft") is True


@pytest.mark.skipif(not gitutil.git_available(), reason="git is not installed")
def test_a_draft_line_the_committed_page_lacked_goes_too(
    hugo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = hugo / PAGE
    original = path.read_bytes()
    commit(hugo, PAGE)
    assert main(["set", PAGE, "draft=true"]) == 0
    assert approve(capsys)[0] == 0
    assert path.read_bytes() == original


@pytest.mark.skipif(not gitutil.git_available(), reason="git is not installed")
def test_a_draft_line_the_committed_page_had_is_set_to_false(
    hugo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = hugo / PAGE
    assert main(["set", PAGE, "draft=true"]) == 0
    commit(hugo, PAGE)  # the site's own draft line, kept in its history
    before = path.read_bytes()
    code, out = approve(capsys)
    assert code == 0 and out == f"{PAGE}: draft: true -> false\n"
    assert path.read_bytes() == before.replace(b"draft: true", b"draft: false", 1)
