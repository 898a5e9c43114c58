"""hugo-docs keeps its glossary terms in `quick-reference/glossary`, made from the `glossary`
archetype (`title` and `params.reference`, as 156 terms are). A term made in that folder
through File > New started from the default archetype (`description`, `categories`,
`keywords`, which no term has): Hugo picks the section's, and the archetype had to be picked
by hand. The dialog now offers the folder's archetype first; a folder without one goes back
to the section's own, and an archetype picked by hand stays."""

from __future__ import annotations

import pytest
from new_page_helpers import new_page_from_dialog

from editor_app.core.document import Document
from editor_app.ui.new_page_dialog import NewDocumentDialog

GLOSSARY = "content/en/quick-reference/glossary"


def _pick(dialog: NewDocumentDialog, folder: str) -> None:
    dialog.folder_box.setCurrentIndex(dialog.folder_box.findText(folder))


def test_a_glossary_term_starts_from_the_glossary_archetype(
    qtbot, hugo_docs_window, monkeypatch: pytest.MonkeyPatch  # noqa: ANN001
) -> None:
    seen: dict[str, object] = {}

    def fill_in(dialog: NewDocumentDialog) -> int:
        dialog.collection_box.setCurrentIndex(dialog.collection_box.findData("quick-reference"))
        seen["at first"] = dialog.kind()
        _pick(dialog, GLOSSARY)
        seen["glossary"] = dialog.kind()
        _pick(dialog, "content/en/quick-reference")
        seen["back"] = dialog.kind()
        _pick(dialog, GLOSSARY)
        qtbot.keyClicks(dialog.title_edit, "shortcut key")
        return NewDocumentDialog.DialogCode.Accepted

    new_page_from_dialog(qtbot, hugo_docs_window, monkeypatch, fill_in)
    assert seen == {"at first": None, "glossary": "glossary", "back": None}
    assert hugo_docs_window.save_document()
    path = hugo_docs_window.current_document().path
    assert path == (hugo_docs_window.site.root / GLOSSARY / "shortcut-key.md").resolve()
    header = Document.load(path).front_matter
    assert header == {"title": "shortcut key", "params": {"reference": None}}


def test_an_archetype_picked_by_hand_stays(
    qtbot, hugo_docs_window, monkeypatch: pytest.MonkeyPatch  # noqa: ANN001
) -> None:
    seen: dict[str, object] = {}

    def look(dialog: NewDocumentDialog) -> int:
        dialog.collection_box.setCurrentIndex(dialog.collection_box.findData("quick-reference"))
        _pick(dialog, GLOSSARY)
        dialog.kind_box.setCurrentIndex(0)  # the section's own, by hand
        _pick(dialog, "content/en/quick-reference")
        _pick(dialog, GLOSSARY)
        seen["kind"] = dialog.kind()
        return NewDocumentDialog.DialogCode.Rejected

    monkeypatch.setattr(NewDocumentDialog, "exec", look)
    hugo_docs_window.new_document()
    assert seen == {"kind": None}


def test_the_folders_archetype_is_not_asked_again_at_each_key_typed(qtbot) -> None:  # noqa: ANN001
    from editor_app.ui.new_page_dialog import NewPageQuestion

    asked: list[str | None] = []

    def kind_for(folder: str | None) -> str | None:
        asked.append(folder)
        return "glossary" if folder == "glossary" else None

    dialog = NewDocumentDialog(
        NewPageQuestion(
            [("terms", "Terms")],
            lambda c, t, folder=None, kind=None: f"{folder or 'terms'}/{t}.md",
            folders=lambda c: ["terms", "glossary"],
            kinds=[("glossary", "Glossary")],
            folder_for=lambda c, t: "glossary" if t.startswith("g.") else None,
            kind_for=kind_for,
        )
    )
    qtbot.addWidget(dialog)
    opened = len(asked)
    qtbot.keyClicks(dialog.title_edit, "plain")
    assert len(asked) == opened and dialog.kind() is None
    dialog.title_edit.clear()
    qtbot.keyClicks(dialog.title_edit, "g.term")
    assert dialog.folder() == "glossary" and dialog.kind() == "glossary"
    assert asked[opened:] == ["glossary"]  # once, when the title's folder was followed
