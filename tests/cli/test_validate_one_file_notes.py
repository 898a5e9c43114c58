"""`validate PAGE` speaks of that page: a link elsewhere in the site to a file outside it
(skipped by the walk) was said on every check, `note: _docs/link.md is a link to a file
outside the site folder; it is skipped` when one other page was checked. A check of the
folder holding it, or of the whole site, still says it."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import run
from shared_sites import copy_shared_site

NOTE = "_docs/link.md is a link to a file outside the site folder"


@pytest.fixture
def site(tmp_path: Path) -> Path:
    root = copy_shared_site("jekyll-docs", tmp_path, without_git=True)
    outside = tmp_path / "outside.md"
    outside.write_text("---\ntitle: Outside\n---\nText.\n", encoding="utf-8")
    (root / "_docs" / "link.md").symlink_to(outside)
    return root


def test_one_page_checked_is_told_of_no_other(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(
        capsys, "validate", "--no-content", str(site / "_docs" / "configuration.md")
    )
    assert code == 0, err
    assert "in 1 page" in out
    assert "link.md" not in err


@pytest.mark.parametrize("part", ["_docs", "."])
def test_the_folder_holding_it_is_told(
    site: Path, capsys: pytest.CaptureFixture[str], part: str
) -> None:
    _, _, err = run(capsys, "validate", "--no-content", str(site / part))
    assert err.count(NOTE) == 1, err


def test_the_link_itself_named_is_refused_in_one_line(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "validate", "--no-content", str(site / "_docs" / "link.md"))
    assert code == 2 and out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "link.md: it is a link to a file outside the site, so it is not checked" in lines[0]
    assert "no site found" not in err
