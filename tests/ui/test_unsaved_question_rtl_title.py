"""The Save changes? question quotes a right-to-left title as one piece: a Persian title ending
in Latin letters ('… اوپن سورس X1') showed 'X1' outside its quotes' reading order, after the
Persian words instead of at their left, as the title box shows it."""

from __future__ import annotations

import importlib.util

from PySide6.QtWidgets import QMessageBox

import editor_app.ui.dialogs as dialogs_module

TITLE = "شروع یک پروژه‌ی متن باز X1"


def test_the_title_is_isolated_in_the_question(qtbot, monkeypatch) -> None:  # noqa: ANN001
    asked: list[str] = []

    def answer(box: QMessageBox) -> int:
        asked.append(box.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    # A copy of the module of its own: the tests' conftest answers the window's question.
    spec = importlib.util.spec_from_file_location("dialogs_as_shipped", dialogs_module.__file__)
    assert spec is not None and spec.loader is not None
    shipped = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(shipped)
    cancel = shipped.Choice.CANCEL
    assert shipped.UnsavedChangesDialog.ask(None, TITLE) is cancel
    assert shipped.UnsavedChangesDialog.ask(None, TITLE, new_page=True) is cancel
    for text in asked:
        assert f"“\u2068{TITLE}\u2069”" in text
