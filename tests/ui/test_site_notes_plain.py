"""Tools > What the Editor Noticed shows its notes in plain words: field names in quotes, not
between the backticks of the command line's schema comments."""

from __future__ import annotations

import shutil
from pathlib import Path

from shared_sites import shared_site_path
from window_helpers import open_site

from editor_app.ui import site_notes_dialog


def test_notes_name_fields_in_quotes(qtbot, quiet_window, tmp_path: Path, monkeypatch) -> None:
    jekyll_docs = shared_site_path("jekyll-docs")
    site = tmp_path / "jekyll-docs"
    shutil.copytree(jekyll_docs, site, ignore=shutil.ignore_patterns(".git"))
    open_site(qtbot, quiet_window, site)
    assert any("`redirect_from`" in n for n in quiet_window.schema.notes)  # as the schema says
    shown: list[str] = []
    monkeypatch.setattr(
        site_notes_dialog, "show_site_notes", lambda _w, _title, text: shown.append(text)
    )
    quiet_window.sites.show_site_notes()
    assert len(shown) == 1
    assert "`" not in shown[0]
    assert "docs: ‘redirect_from’ is a single value in" in shown[0]
