"""A number box holding letters (`5x` typed into Order) is marked at once, with a plain
reason, instead of looking accepted while nothing is written; the mark goes when the text is a
number again, or when another page is shown."""

from __future__ import annotations

from PySide6.QtCore import Qt

from editor_app.ui.form_fields import NumberField


def test_letters_in_a_number_box_are_marked_until_it_is_a_number(qtbot) -> None:
    box = NumberField()
    qtbot.addWidget(box)
    box.set_value(5)
    box.show()
    sent: list[object] = []
    box.edited.connect(sent.append)
    box.edit.setFocus()
    box.edit.end(False)
    qtbot.keyClicks(box.edit, "x")
    assert sent == []  # nothing is written
    assert "border" in box.edit.styleSheet()
    assert "number" in box.edit.toolTip()
    assert "number" in box.edit.accessibleDescription()
    qtbot.keyClick(box.edit, Qt.Key.Key_Backspace)
    assert sent == [5]
    assert box.edit.styleSheet() == "" and box.edit.toolTip() == ""


def test_showing_another_value_clears_the_mark(qtbot) -> None:
    box = NumberField()
    qtbot.addWidget(box)
    box.set_value(None)
    qtbot.keyClicks(box.edit, "abc")
    assert "border" in box.edit.styleSheet()
    box.set_value(3)
    assert box.edit.styleSheet() == "" and box.edit.toolTip() == ""
    assert box.edit.text() == "3"
