"""The "What changed" tab tells a setting the other version does not have from one left
empty: "(not in this version)" on the side without the line, "(not set)" for a line with no
value; the value itself on the side that has it."""

from __future__ import annotations

from pathlib import Path

from editor_app.core import review
from editor_app.ui.review.changes import ChangesView

BEFORE = "---\ntitle: Budget\ngone: a line taken out\nsummary:\n---\nText.\n"
AFTER = "---\ntitle: Budget\nsummary: Now written\nadded: a new line\n---\nText.\n"


def test_added_and_removed_settings_read_in_plain_words(qtbot, tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text(BEFORE, encoding="utf-8")
    view = ChangesView()
    qtbot.addWidget(view)
    view.set_history(review.History(page))
    view.mark_reviewed()
    page.write_text(AFTER, encoding="utf-8")
    view.show_diff()
    lines = [line.strip() for line in view.diff_view.toPlainText().splitlines() if ":" in line]
    assert lines[lines.index("Gone: a line taken out") + 1] == "Gone: (not in this version)"
    assert lines[lines.index("Summary: (not set)") + 1] == "Summary: Now written"
    assert lines[lines.index("Added: (not in this version)") + 1] == "Added: a new line"
