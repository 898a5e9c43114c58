"""The review note question is wide enough for its title in the title bar, with the app's name
the system adds and the window's buttons: "Add review note on “My draft about themes”" read
"Add review note on “M… t themes”"."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics

from editor_app.ui.dialogs import NoteDialog


def test_the_title_bar_holds_the_title(qtbot) -> None:
    title = "Add review note on “My draft about themes”"
    dialog = NoteDialog(title, "speling")
    qtbot.addWidget(dialog)
    dialog.show()
    bold = QFont(dialog.font())
    bold.setBold(True)  # title bars draw their words in bold
    need = QFontMetrics(bold).horizontalAdvance(f"{title} — editor-app")
    assert dialog.width() >= need + 100  # the icon and three buttons beside it
    # A title too long for any screen still leaves the dialog a sensible width.
    long_one = NoteDialog("Add review note on “" + "word " * 80 + "”", "x")
    qtbot.addWidget(long_one)
    assert long_one.width() <= 720
