"""File > New on a Hugo site keeping each language in a content folder of its own
(`languages.fr.contentDir = 'content/fr'`), French configured but no French page yet: the
dialog offered no Language at all (it listed the languages told by file name alone), so no
French page could be made, where `editor-app new --lang fr` makes one. It now lists the site's
languages, and Create makes the French folder, the page in it."""

from __future__ import annotations

from pathlib import Path

import pytest
from window_helpers import open_site

from editor_app.core.document import Document
from editor_app.ui.dialogs import NewDocumentDialog

SETTINGS = """baseURL = 'https://example.org/'
title = 'Multi'
defaultContentLanguage = 'en'
[languages.en]
contentDir = 'content/en'
label = 'English'
weight = 1
[languages.fr]
contentDir = 'content/fr'
label = 'Français'
weight = 2
[languages.de]
contentDir = 'content/de'
label = 'Deutsch'
weight = 3
"""


def _site(root: Path) -> Path:
    (root / "hugo.toml").write_text(SETTINGS, encoding="utf-8")
    for lang, title in (("en", "Hello"), ("de", "Hallo")):
        posts = root / "content" / lang / "posts"
        posts.mkdir(parents=True)
        (posts / "hello.md").write_text(
            f"---\ntitle: {title}\ndate: 2024-01-01\n---\nHi.\n", encoding="utf-8"
        )
    return root / "content" / "en" / "posts" / "hello.md"


def test_a_language_with_no_folder_yet_can_be_picked(
    qtbot, tmp_path: Path, quiet_window, monkeypatch: pytest.MonkeyPatch  # noqa: ANN001
) -> None:
    page = _site(tmp_path)
    window = quiet_window
    open_site(qtbot, window, tmp_path)
    assert window.open_document(page)
    seen: dict[str, object] = {}

    def fill_in(dialog: NewDocumentDialog) -> int:
        box = dialog.lang_box
        seen["offered"] = box.isVisibleTo(dialog)
        seen["languages"] = [box.itemText(i) for i in range(box.count())]
        seen["first"] = box.currentText()
        box.setCurrentIndex(box.findText("Français (fr)"))
        qtbot.keyClicks(dialog.title_edit, "Bonjour")
        seen["file"] = dialog.file_name()
        return NewDocumentDialog.DialogCode.Accepted

    monkeypatch.setattr(NewDocumentDialog, "exec", fill_in)
    with qtbot.waitSignal(window.documentOpened, timeout=10000):
        window.new_document()
    assert seen == {
        "offered": True,
        "languages": ["English (en)", "Deutsch (de)", "Français (fr)"],
        "first": "English (en)",  # the open page's
        "file": "content/fr/posts/bonjour.md",
    }
    assert (tmp_path / "content" / "fr" / "posts").is_dir()  # made on Create
    assert window.save_document()
    made = tmp_path / "content" / "fr" / "posts" / "bonjour.md"
    assert Document.load(made).front_matter["title"] == "Bonjour"
