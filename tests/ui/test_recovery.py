"""Recovered work is offered page by page with its difference; nothing restored or lost silently."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from editor_app.core.document import Document
from editor_app.core.store import RecoveryStore
from editor_app.ui.recovery import RecoveryDialog
from editor_app.ui.safety import DocumentGuard

PAGES = ["_resources/case-study-cag.md", "_resources/case-study-dfe.md"]


@pytest.fixture
def crashed(site_copy: Path) -> list[tuple[Path, bytes]]:
    """Two pages with unsaved edits kept by a session that was killed."""
    earlier = RecoveryStore()
    kept = []
    for i, rel in enumerate(PAGES):
        page = site_copy / rel
        os.chmod(page, 0o644)
        data = page.read_bytes() + f"\nUnsaved paragraph number {i}.\n".encode()
        earlier.save(page, data)
        kept.append((page, data))
    return kept


def test_the_dialog_shows_each_page_with_its_difference(qtbot, crashed) -> None:
    dialog = RecoveryDialog(RecoveryStore().pending(), RecoveryStore())
    qtbot.addWidget(dialog)
    assert dialog.pages.count() == 2
    assert {dialog.pages.item(i).text() for i in range(2)} == {p.name for p, _ in crashed}
    for row in range(2):
        dialog.pages.setCurrentRow(row)
        rec = dialog.selected()
        shown = dialog.difference.toPlainText()
        n = [p for p, _ in crashed].index(rec.path)
        assert f"+ Unsaved paragraph number {n}." in shown
        assert "only in the recovered text" in shown
        assert "never saved" in dialog.state.text()


def test_discard_deletes_only_that_copy_and_only_when_confirmed(
    qtbot, crashed, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = RecoveryDialog(RecoveryStore().pending(), RecoveryStore())
    qtbot.addWidget(dialog)
    dialog.pages.setCurrentRow(0)
    first = dialog.selected()
    monkeypatch.setattr(RecoveryDialog, "confirm_discard", classmethod(lambda *a: False))
    dialog.discard_button.click()
    assert len(RecoveryStore().pending()) == 2, "not confirmed: nothing deleted"
    monkeypatch.setattr(RecoveryDialog, "confirm_discard", classmethod(lambda *a: True))
    dialog.discard_button.click()
    left = RecoveryStore().pending()
    assert [r.path for r in left] == [p for p, _ in crashed if p != first.path]
    assert dialog.pages.count() == 1
    # The page on disk is never touched by discarding.
    assert first.path.read_bytes() != first.data


def test_decide_later_keeps_everything(qtbot, crashed) -> None:
    dialog = RecoveryDialog(RecoveryStore().pending(), RecoveryStore())
    qtbot.addWidget(dialog)
    dialog.later_button.click()
    assert dialog.chosen is None
    assert len(RecoveryStore().pending()) == 2


def test_restore_puts_the_text_back_unsaved_and_keeps_the_copy_until_saved(
    qtbot, crashed, monkeypatch: pytest.MonkeyPatch
) -> None:
    page, data = crashed[1]
    holder: dict[str, Document] = {}
    guard = DocumentGuard(lambda: holder.get("doc"))

    def restore(path: Path, text: str) -> None:
        doc = Document.load(path)
        doc.set_text(text)
        holder["doc"] = doc
        guard.watch(path)

    guard.restoreRequested.connect(restore)

    def pick(cls, parent, recoveries, store):
        assert {r.path for r in recoveries} == {p for p, _ in crashed}
        return next(r for r in recoveries if r.path == page)

    monkeypatch.setattr(RecoveryDialog, "ask", classmethod(pick))
    assert guard.offer_recovery() is not None
    doc = holder["doc"]
    assert doc.is_modified and doc.to_bytes() == data, "restored, not saved"
    assert page.read_bytes() != data
    assert len(RecoveryStore().pending()) == 2, "the copy stays until the page is saved"
    assert guard.save_document(doc) == page
    assert page.read_bytes() == data
    (other,) = RecoveryStore().pending()
    assert other.path == crashed[0][0], "the page not chosen is still waiting"


def test_no_dialog_when_nothing_was_left_behind(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(RecoveryDialog, "ask", classmethod(lambda *a: pytest.fail("asked")))
    parent = QWidget()
    qtbot.addWidget(parent)
    assert DocumentGuard(lambda: None, parent).offer_recovery() is None
