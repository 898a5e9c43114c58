"""The form's completing boxes (a tag field's Add box, a linked page's box such as Author):
while their list of suggestions is open, the first click elsewhere only closed the list and
was lost (Qt gives an open list every press). It now closes the list and lands: a chip's
remove button removes its value, another field takes the focus."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from editor_app.ui.form_fields import RelationField
from editor_app.ui.form_tags import Chip, TagField


def _press_outside(popup: QWidget, spot: QPoint) -> None:
    """A left press at global `spot`, as Qt delivers it while the list is open: to the list."""
    press = QMouseEvent(
        QEvent.Type.MouseButtonPress, popup.mapFromGlobal(spot).toPointF(), spot.toPointF(),
        Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(popup, press)


def _shown(qtbot, *fields: QWidget) -> QWidget:  # noqa: ANN001
    holder = QWidget()
    qtbot.addWidget(holder)
    column = QVBoxLayout(holder)
    for field in fields:
        column.addWidget(field)
    holder.resize(400, 300)
    holder.show()
    qtbot.waitExposed(holder)
    return holder


def test_first_click_on_a_chips_remove_button_removes_it(qtbot) -> None:  # noqa: ANN001
    tags = TagField(["apple", "apricot"], kind="tags")
    tags.set_value(["b"])
    holder = _shown(qtbot, tags)
    box = tags.focus_target()
    box.setFocus()
    qtbot.keyClicks(box, "ap")
    popup = tags.completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=3000)
    remove = tags.chips.findChildren(Chip)[0].remove_button
    _press_outside(popup, remove.mapToGlobal(remove.rect().center()))
    qtbot.waitUntil(lambda: not popup.isVisible(), timeout=3000)
    qtbot.waitUntil(lambda: tags.tags == [], timeout=3000)
    assert holder.isVisible()


def test_first_click_in_another_field_after_a_linked_page_list(qtbot) -> None:  # noqa: ANN001
    author = RelationField(["Ada Lovelace", "Alan Turing", "Grace Hopper"])
    author.set_value("")
    other = QLineEdit()
    holder = _shown(qtbot, other, author)  # the list opens below, away from it
    line = author.combo.lineEdit()
    line.setFocus()
    qtbot.keyClicks(line, "a")
    popup = author.combo.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=3000)
    _press_outside(popup, other.mapToGlobal(other.rect().center()))
    qtbot.waitUntil(lambda: not popup.isVisible(), timeout=3000)
    qtbot.waitUntil(other.hasFocus, timeout=3000)
    assert holder.isVisible()
