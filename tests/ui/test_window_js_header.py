"""An Eleventy page whose settings are JavaScript (`---js`): nothing is wrong with it, so the
window does not ask the author to fix its header; it says the settings are code the form
cannot show, and the page is edited as text, saved byte for byte."""

from __future__ import annotations

import shutil
from pathlib import Path

from shared_sites import shared_site_path
from window_helpers import open_site

PAGE = "src/authors/author-pages.md"


def test_a_js_header_is_not_an_error_to_fix(qtbot, quiet_window, tmp_path: Path) -> None:  # noqa: ANN001
    eleventy = shared_site_path("eleventy-website")
    site = tmp_path / "eleventy-website"
    shutil.copytree(eleventy, site, ignore=shutil.ignore_patterns(".git"))
    page = site / PAGE
    before = page.read_bytes()
    assert before.startswith(b"---js\n")
    window = quiet_window
    open_site(qtbot, window, site)
    assert window.open_document(page)
    banner = window.banner_label.text()
    assert "JavaScript code (---js), which Eleventy runs" in banner
    assert "fix" not in banner and "Save when done" not in banner
    assert "written in js" not in banner
    assert not window.editor.isReadOnly()
    assert window.editor.toPlainText().startswith("---js")  # the whole file, as text
    window.save_document()
    assert page.read_bytes() == before
