"""The New dialog's Archetype menu lists archetypes in plain words, as the sections are
listed (hugo-docs' `glossary.md`: "Glossary"; it read "glossary"); the page made from one
is the archetype's, the same bytes as `editor-app new --kind glossary`."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_sites import copy_shared_site
from window_helpers import open_site

from editor_app.cli import main
from editor_app.ui.dialogs import NewDocumentDialog


def test_the_archetype_menu_reads_glossary_and_makes_a_glossary_page(
    qtbot, quiet_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys  # noqa: ANN001
) -> None:
    root = copy_shared_site("hugo-docs", tmp_path, "window")
    window = quiet_window
    open_site(qtbot, window, root)
    seen: dict = {}

    def fill_in(dialog: NewDocumentDialog) -> int:
        box = dialog.kind_box
        dialog.collection_box.setCurrentIndex(dialog.collection_box.findData("quick-reference"))
        seen["kinds"] = [box.itemText(i) for i in range(box.count())]
        box.setCurrentIndex(box.findText("Glossary"))
        qtbot.keyClicks(dialog.title_edit, "Widget")
        return NewDocumentDialog.DialogCode.Accepted

    monkeypatch.setattr(NewDocumentDialog, "exec", fill_in)
    with qtbot.waitSignal(window.documentOpened, timeout=10000):
        window.new_document()
    assert seen["kinds"] == ["The section's own", "Glossary"]
    assert window.save_document()
    saved = window.current_document().path

    other = copy_shared_site("hugo-docs", tmp_path, "cli")
    args = ["new", "quick-reference", "--title", "Widget", "--kind", "glossary", str(other)]
    assert main(args) == 0
    made = Path(capsys.readouterr().out.strip().splitlines()[0])
    assert made.relative_to(other.resolve()) == saved.relative_to(root.resolve())
    assert made.read_bytes() == saved.read_bytes()
