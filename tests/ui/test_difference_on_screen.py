""""Show the difference" grows the question about two versions of a page: its answer buttons
must stay on the screen (at 1024x700 they went below its bottom edge)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from editor_app.ui.difference import Difference, DifferenceDialog
from editor_app.ui.screen_fit import available_area


def test_the_buttons_stay_on_screen_when_the_difference_opens(qtbot) -> None:
    old = "".join(f"line {n}\n" for n in range(60))
    dialog = DifferenceDialog(
        "Changed on disk",
        "“page.md” was changed by another program while you were editing it here.",
        Difference.of(old.encode(), (old + "Mine.\n").encode()),
        [("disk", "Use the version on disk"), ("mine", "Keep my version")],
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    area = available_area(dialog)
    # Where a small question sits, centred on a 1024x700 window: low on the screen.
    dialog.move(dialog.x(), area.bottom() - dialog.frameGeometry().height() - 20)
    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.difference.isVisible())
    assert dialog.height() > 300  # it did grow
    for button in dialog.buttons.values():
        bottom = button.mapToGlobal(button.rect().bottomLeft()).y()
        assert area.top() <= bottom <= area.bottom(), (bottom, area)
