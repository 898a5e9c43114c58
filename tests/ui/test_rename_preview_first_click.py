"""Tools > Rename or Merge a Value…: after typing the new value its list of values in use
opens; the first click on Preview only closed that list (a second click was needed). It now
closes the list and previews."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from editor_app.core.schema import load_schema
from editor_app.core.site import Site
from editor_app.ui.rename_value import RenameValueDialog


def test_the_first_click_on_preview_previews(qtbot, site_copy: Path) -> None:
    site = Site.open(site_copy)
    dialog = RenameValueDialog(site, load_schema(site), "resources")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.field_box.setCurrentIndex(dialog.field_box.findData("topics"))
    dialog.old_box.setCurrentIndex(max(0, dialog.old_box.findText("Health")))
    dialog.new_edit.setFocus()
    qtbot.keyClicks(dialog.new_edit, "Public")
    popup = dialog.new_edit.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=3000)
    assert dialog.preview_button.isEnabled()
    # While a list is open, Qt gives it every press, also one aimed at a button outside it.
    button = dialog.preview_button
    spot = button.mapToGlobal(button.rect().center())
    press = QMouseEvent(
        QEvent.Type.MouseButtonPress, popup.mapFromGlobal(spot).toPointF(), spot.toPointF(),
        Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(popup, press)
    qtbot.waitUntil(lambda: not popup.isVisible(), timeout=3000)
    qtbot.waitUntil(lambda: dialog.files.count() > 0, timeout=10000)
