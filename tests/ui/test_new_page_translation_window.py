"""File > New from a French page of hugo-docs (French mounted from content/fr, labelled
'Français'): "Translation of: Features" names the page content/fr/about/features.md, which
Hugo pairs with the English Features page; its French title was the page's file name
(fonctionnalites.md), paired with nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_sites import hugo_docs_with_language_folder
from window_helpers import open_site

from editor_app.core.document import Document
from editor_app.ui.dialogs import NewDocumentDialog

FRENCH = "---\ntitle: Introduction\n---\n\nBonjour.\n"


def test_a_translation_of_a_page_is_named_as_hugo_pairs_them(
    qtbot, tmp_path: Path, quiet_window, monkeypatch: pytest.MonkeyPatch  # noqa: ANN001
) -> None:
    site = tmp_path / "site"
    page = hugo_docs_with_language_folder(site, "fr", "fr", FRENCH)
    settings = site / "hugo.toml"
    text = settings.read_text(encoding="utf-8")
    settings.write_text(
        text.replace("[languages.fr]\n", "[languages.fr]\n    label = 'Français'\n"), encoding="utf-8"
    )
    window = quiet_window
    open_site(qtbot, window, site)
    assert window.open_document(page)
    seen: dict[str, object] = {}

    def fill_in(dialog: NewDocumentDialog) -> int:
        seen["language"] = dialog.lang_box.currentText()
        seen["offered"] = dialog.translation_box.isVisibleTo(dialog)
        qtbot.keyClicks(dialog.title_edit, "Fonctionnalites")  # ASCII: keyClicks types no accent
        seen["own"] = dialog.file_name()
        dialog.translation_box.setCurrentIndex(dialog.translation_box.findText("Features"))
        seen["translation"] = dialog.file_name()
        return NewDocumentDialog.DialogCode.Accepted

    monkeypatch.setattr(NewDocumentDialog, "exec", fill_in)
    with qtbot.waitSignal(window.documentOpened, timeout=10000):
        window.new_document()
    assert seen == {
        "language": "Français (fr)",
        "offered": True,
        "own": "content/fr/about/fonctionnalites.md",
        "translation": "content/fr/about/features.md",
    }
    assert window.save_document()
    made = site / "content" / "fr" / "about" / "features.md"
    assert Document.load(made).front_matter["title"] == "Fonctionnalites"

    # Asked again: the translation is there; the dialog says so and Create waits.
    def again(dialog: NewDocumentDialog) -> int:
        qtbot.keyClicks(dialog.title_edit, "Autre")
        dialog.translation_box.setCurrentIndex(dialog.translation_box.findText("Features"))
        seen["again"] = dialog.file_name()
        seen["create"] = dialog.buttons.buttons()[0].isEnabled()
        return NewDocumentDialog.DialogCode.Rejected

    monkeypatch.setattr(NewDocumentDialog, "exec", again)
    window.new_document()
    assert "has its Français translation already: content/fr/about/features.md" in str(seen["again"])
    assert seen["create"] is False


def test_from_an_english_page_a_french_one_may_be_translated_into_english(
    qtbot, tmp_path: Path, quiet_window, monkeypatch: pytest.MonkeyPatch  # noqa: ANN001
) -> None:
    """The list followed the default language only: a French page could not be translated
    into English. It now lists the pages in any language but the one picked."""
    site = tmp_path / "site"
    french = hugo_docs_with_language_folder(site, "fr", "fr", FRENCH)
    (french.parent / "salut.md").write_text("---\ntitle: Salut\n---\n\nSalut.\n", encoding="utf-8")
    window = quiet_window
    open_site(qtbot, window, site)
    assert window.open_document(site / "content/en/about/features.md")
    seen: dict[str, object] = {}

    def fill_in(dialog: NewDocumentDialog) -> int:
        box = dialog.translation_box
        seen["language"] = dialog.lang_box.currentText()
        seen["into English"] = [box.itemText(i) for i in range(1, box.count())]
        qtbot.keyClicks(dialog.title_edit, "Hello")
        box.setCurrentIndex(box.findText("Salut (French)"))
        seen["file"] = dialog.file_name()
        dialog.lang_box.setCurrentIndex(dialog.lang_box.findData("fr"))
        seen["into French has Features"] = box.findText("Features") > 0
        seen["into French has French"] = box.findText("Salut (French)") > 0
        return NewDocumentDialog.DialogCode.Rejected

    monkeypatch.setattr(NewDocumentDialog, "exec", fill_in)
    window.new_document()
    assert seen == {
        "language": "English (en)",
        "into English": ["Introduction (French)", "Salut (French)"],
        "file": "content/en/about/salut.md",
        "into French has Features": True,
        "into French has French": False,
    }
