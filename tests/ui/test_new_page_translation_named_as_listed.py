"""File > New's "Translation of" names the pages as the page list does: by the site's title
rule (a Hugo page with only `linkTitle` read by its file name, "qs"), pages sharing a title
told apart by their file (two "Hello" read the same)."""

from __future__ import annotations

from pathlib import Path

import pytest
from window_helpers import open_site

from editor_app.ui.dialogs import NewDocumentDialog

SETTINGS = """title = 'Multi'
defaultContentLanguage = 'en'
[languages.en]
contentDir = 'content/en'
weight = 1
[languages.de]
contentDir = 'content/de'
label = 'Deutsch'
weight = 2
"""


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_translation_of_lists_pages_as_the_page_list_names_them(
    qtbot, tmp_path: Path, quiet_window, monkeypatch: pytest.MonkeyPatch  # noqa: ANN001
) -> None:
    _write(tmp_path / "hugo.toml", SETTINGS)
    english = tmp_path / "content" / "en" / "posts"
    _write(english / "qs.md", "---\nlinkTitle: Quick start\n---\nText.\n")
    _write(english / "hello.md", "---\ntitle: Hello\n---\nText.\n")
    _write(english / "hello-again.md", "---\ntitle: Hello\n---\nText.\n")
    german = tmp_path / "content" / "de" / "posts" / "hallo.md"
    _write(german, "---\ntitle: Hallo\n---\nText.\n")
    window = quiet_window
    open_site(qtbot, window, tmp_path)
    listed = window.library.proxy
    qtbot.waitUntil(lambda: listed.rowCount() == 4, timeout=10000)
    in_list = {listed.index(r, 0).data() for r in range(listed.rowCount())}
    assert window.open_document(german)
    seen: dict[str, object] = {}

    def look(dialog: NewDocumentDialog) -> int:
        box = dialog.translation_box
        seen["language"] = dialog.lang_box.currentText()
        seen["sources"] = [box.itemText(i) for i in range(1, box.count())]
        return NewDocumentDialog.DialogCode.Rejected

    monkeypatch.setattr(NewDocumentDialog, "exec", look)
    window.new_document()
    assert seen == {
        "language": "Deutsch (de)",
        "sources": ["Hello · hello-again.md", "Hello · hello.md", "Quick start"],
    }
    assert set(seen["sources"]) <= in_list  # type: ignore[arg-type]
