"""What the Editor Noticed About This Site fits the screen however many notes it has: a dozen
notes (a folder holding several sites) made the box taller than a 1024 x 700 screen, its OK
button out of reach below the edge. The notes scroll inside the box."""

from __future__ import annotations

from editor_app.ui.screen_fit import available_area
from editor_app.ui.site_notes_dialog import SiteNotesDialog

NOTE = (
    "• connectedbydata: ‘projects’ in connectedbydata/_resources/final-funder-report-mw-2026.md "
    "looks like a misspelling of ‘project’ (used by 32 documents); it is left out of the fields."
)


def test_many_notes_scroll_inside_a_box_that_fits(qtbot) -> None:  # noqa: ANN001
    text = "\n\n".join([NOTE] * 30)
    box = SiteNotesDialog(None, "About this site", text)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    area = available_area(box)  # the offscreen screen: 800 x 600
    assert area.contains(box.frameGeometry())
    ok = box.ok_button
    assert ok.isVisible()
    top_left = ok.mapToGlobal(ok.rect().topLeft())
    assert area.contains(top_left) and area.contains(ok.mapToGlobal(ok.rect().bottomRight()))
    assert box.notes.toPlainText() == text
    assert box.notes.verticalScrollBar().maximum() > 0  # the rest is a scroll away


def test_one_note_gets_a_box_its_size(qtbot) -> None:  # noqa: ANN001
    box = SiteNotesDialog(None, "About this site", NOTE)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    assert box.height() < 250  # was 460 high, the note in its top lines
    assert box.notes.verticalScrollBar().maximum() == 0  # all of it in sight
