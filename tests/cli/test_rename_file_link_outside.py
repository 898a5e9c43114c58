"""`rename-file` on a page that is a link to a file outside the site said "No site found in"
the outside file's folder (or, with a site there, worked in that other site): it is now
refused as `set` refuses to write through such a link, in one line, nothing renamed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from cli_helpers import run


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links here")
def test_a_link_leading_outside_the_site_is_left_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "site"
    (root / "_posts").mkdir(parents=True)
    (root / "_config.yml").write_text("title: Site\n", encoding="utf-8")
    outside = tmp_path / "elsewhere" / "2024-01-01-away.md"
    outside.parent.mkdir()
    outside.write_text("---\ntitle: Away\ndate: 2024-02-02\n---\nText.\n", encoding="utf-8")
    link = root / "_posts" / "2024-01-01-away.md"
    try:
        link.symlink_to(outside)
    except OSError:
        pytest.skip("links cannot be made here")
    monkeypatch.chdir(root)
    assert run(capsys, "rename-file", "--to-date", "_posts/2024-01-01-away.md") == (
        2,
        "",
        "editor-app: _posts/2024-01-01-away.md: it is a link to a file outside the site, so "
        "it is left alone; the file was not renamed\n",
    )
    assert link.is_symlink() and sorted(p.name for p in outside.parent.iterdir()) == [
        "2024-01-01-away.md"
    ]
