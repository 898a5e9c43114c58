"""Typing a group member's words into a new page's form (Eleventy's `eleventyNavigation`
Key) writes them as the site's pages write theirs, `key: Nav key`: the text passed through
`Nav ` (a trailing space, which needs quotes) and the saved line stayed `key: "Nav key"`.
A member of a group in a group (hugo-docs' `params.functions_and_methods.returnType`) too."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from shared_sites import copy_shared_site
from window_helpers import open_site

from editor_app.ui.new_page_dialog import NewDocumentDialog

# (site, kind of page, title, [(the member's path in the form, words typed)], lines saved)
RUNS = [
    pytest.param(
        "eleventy-website",
        "docs",
        "Navigation test",
        # The key starts as the page's title: typed over.
        [(("eleventyNavigation", "key"), "Nav key"), (("eleventyNavigation", "parent"), "Getting Started")],
        ["  key: Nav key", "  parent: Getting Started"],
        id="a-group-member",
    ),
    pytest.param(
        "hugo-docs",
        "functions",
        "strings.Demo",
        [(("params", "functions_and_methods", "returnType"), "map of strings")],
        ["    returnType: map of strings"],
        id="a-member-of-a-group-in-a-group",
    ),
]


@pytest.mark.parametrize(("site", "collection", "title", "typed", "saved"), RUNS)
def test_a_new_pages_group_member_is_written_plain(
    qtbot,  # noqa: ANN001
    quiet_window,  # noqa: ANN001
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    site: str,
    collection: str,
    title: str,
    typed: list[tuple[tuple[str, ...], str]],
    saved: list[str],
) -> None:
    root = copy_shared_site(site, tmp_path)
    window = quiet_window
    open_site(qtbot, window, root)

    def fill_in(dialog: NewDocumentDialog) -> int:
        dialog.collection_box.setCurrentIndex(dialog.collection_box.findData(collection))
        dialog.title_edit.setText(title)
        return NewDocumentDialog.DialogCode.Accepted

    monkeypatch.setattr(NewDocumentDialog, "exec", fill_in)
    with qtbot.waitSignal(window.documentOpened, timeout=10000):
        window.new_document()
    for (field, *members), words in typed:
        widget = window.form.widgets[field]
        for member in members:
            widget = widget.children_[member]
        box = widget.focus_target()
        box.setFocus()
        qtbot.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(box, words)
        qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert window.save_document()
    lines = window.current_document().path.read_text(encoding="utf-8").splitlines()
    for line in saved:
        assert line in lines
