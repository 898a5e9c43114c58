"""File > New on a Hugo site keeping each language in a content folder of its own: picking
another language moved the File line to that language's folder (`content/de/posts/…`) while
the "In folder" box still showed the English one (`content/en/posts`), as if the page would
go there. The box now shows the folder the page goes in."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_new_page_language_folder_to_make import _site
from window_helpers import open_site

from editor_app.ui.dialogs import NewDocumentDialog


def test_the_folder_box_follows_the_language_picked(
    qtbot, tmp_path: Path, quiet_window, monkeypatch: pytest.MonkeyPatch  # noqa: ANN001
) -> None:
    page = _site(tmp_path)
    window = quiet_window
    open_site(qtbot, window, tmp_path)
    assert window.open_document(page)
    seen: list[tuple[str, str, list[str]]] = []

    def look(dialog: NewDocumentDialog) -> None:
        box = dialog.folder_box
        seen.append(
            (box.currentText(), dialog.file_name(), [box.itemText(i) for i in range(box.count())])
        )

    def fill_in(dialog: NewDocumentDialog) -> int:
        qtbot.keyClicks(dialog.title_edit, "Hallo Welt")
        look(dialog)
        dialog.lang_box.setCurrentIndex(dialog.lang_box.findText("Deutsch (de)"))
        look(dialog)
        dialog.lang_box.setCurrentIndex(dialog.lang_box.findText("Français (fr)"))
        look(dialog)
        dialog.lang_box.setCurrentIndex(dialog.lang_box.findText("English (en)"))
        look(dialog)
        return NewDocumentDialog.DialogCode.Rejected

    monkeypatch.setattr(NewDocumentDialog, "exec", fill_in)
    window.new_document()
    listed = ["content/en/posts", "content/de/posts"]
    assert seen == [
        ("content/en/posts", "content/en/posts/hallo-welt.md", listed),
        ("content/de/posts", "content/de/posts/hallo-welt.md", listed),
        # French has no folder yet: shown as the place the page makes, then taken away
        ("content/fr/posts", "content/fr/posts/hallo-welt.md", [*listed, "content/fr/posts"]),
        ("content/en/posts", "content/en/posts/hallo-welt.md", listed),
    ]
