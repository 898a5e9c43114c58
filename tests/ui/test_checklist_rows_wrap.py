"""The Checklist's long suggestions wrap at the panel's edge, each row as tall as its text: the
whole message reads in the panel (it ran past the edge, the rest only in a tooltip)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from wrap_helpers import long_sentence_suggestion, show_at_width

from editor_app.core.checks.checklist import Checklist
from editor_app.ui.checklist import ChecklistPanel

LONG = (
    "The sentence starting 'We asked the people who came to the...' has 60 words. Over 35, "
    "readers lose the thread: split it in two. (27 more sentences on this page run over 35 "
    "words: lines 20, 35, 39, 41, 47, 52, 58, 60, 64, 71, 77, 80, 85, 90, 93, 97 and 101.)"
)


def test_a_long_suggestion_wraps_within_the_panel_at_both_widths(
    qtbot, settings: QSettings
) -> None:  # noqa: ANN001
    panel = ChecklistPanel()
    qtbot.addWidget(panel)
    panel.show_checklist(
        Checklist(
            suggestions=[
                long_sentence_suggestion("Short one.", 3),
                long_sentence_suggestion(LONG, 9),
            ]
        )
    )
    for width in (1000, 420):
        show_at_width(qtbot, panel, width)
        tree = panel.tree
        head = tree.topLevelItem(0)
        short, long_item = head.child(0), head.child(1)
        qtbot.waitUntil(
            lambda s=short, li=long_item, t=tree: (
                t.visualItemRect(li).height() > 1.5 * t.visualItemRect(s).height()
            ),
            timeout=3000,
        )
        rect = tree.visualItemRect(long_item)
        assert rect.right() <= tree.viewport().width()
        assert tree.horizontalScrollBar().maximum() == 0
        # Tall enough for every line of the message at this width.
        metrics = tree.fontMetrics()
        text = long_item.text(0)
        needed = metrics.boundingRect(0, 0, rect.width() - 40, 10000, 0x1000, text).height()
        assert rect.height() >= needed - metrics.height(), (width, rect.height(), needed)
