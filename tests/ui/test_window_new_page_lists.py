"""File > New on Hugo's docs: the new page's empty lists are written as the docs' pages write
them (`categories: []`), in the page shown and in the file its first Save creates."""

from __future__ import annotations

import shutil
from pathlib import Path

from shared_sites import shared_site_path
from window_helpers import open_site

from editor_app.ui.dialogs import NewDocumentDialog, NewPageRequest


def test_a_new_hugo_page_in_the_window_has_empty_lists_not_blanks(
    qtbot, quiet_window, tmp_path: Path, monkeypatch  # noqa: ANN001
) -> None:
    hugo = shared_site_path("hugo-docs")
    root = tmp_path / "hugo-docs"
    shutil.copytree(hugo, root)
    for path in [root, *root.rglob("*")]:
        path.chmod(path.stat().st_mode | 0o200)
    window = quiet_window
    open_site(qtbot, window, root)
    monkeypatch.setattr(
        NewDocumentDialog, "ask", classmethod(lambda cls, *a, **k: NewPageRequest("about", "Our history"))
    )
    window.new_document()
    doc = window.current_document()
    assert doc.get("categories") == [] and doc.get("keywords") == []
    assert window.save_document()
    header = Path(doc.path).read_text(encoding="utf-8").split("---\n")[1].splitlines()
    assert "categories: []" in header and "keywords: []" in header
