"""A very long title does not move the next new page's title to another field: on the
Eleventy site, one blog post titled at length makes its `newstitle` field long text, and the
next post's title still goes in `newstitle` (it went in `sidebarTitle`, and `newstitle` was
left empty)."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_sites import copy_shared_site

from editor_app.cli import main
from editor_app.core.document import Document


def test_after_a_long_title_the_next_title_goes_in_the_same_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site = copy_shared_site("eleventy-website", tmp_path, symlinks=True)
    long_title = "A long news title " * 20
    assert main(["new", "blog", "--title", long_title, str(site)]) == 0
    first = Path(capsys.readouterr().out.strip())
    assert Document.load(first).front_matter["newstitle"] == long_title.strip()
    assert main(["new", "blog", "--title", "Short news", str(site)]) == 0
    second = Document.load(Path(capsys.readouterr().out.strip())).front_matter
    assert second["newstitle"] == "Short news"
    assert "sidebarTitle" not in second
