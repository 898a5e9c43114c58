"""The Problems panel's long messages wrap at the panel's edge, each row as tall as its text,
and the heights follow the panel's width: a long message read whole in the panel (it was cut
at the panel's edge, the rest only in a tooltip)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSettings, Qt
from wrap_helpers import long_sentence_suggestion, show_at_width

from editor_app.ui.problems import ProblemList

LONG = (
    "The sentence starting 'So if you're currently using a permissive license...' has 45 "
    "words. Over 35, readers lose the thread: split it in two. (12 more sentences on this page "
    "run over 35 words: lines 20, 35, 39, 41, 47, 52, 58, 60, 64, 71, 77 and 80.)"
)


def _problem(message: str, line: int):  # noqa: ANN202
    return long_sentence_suggestion(message, line, path="/site/_articles/legal.md")


def _needed_height(tree, item) -> tuple[int, QRect]:  # noqa: ANN001
    """The height the long message needs wrapped at its column's width, and its row's rectangle."""
    rect = tree.visualItemRect(item)
    width = tree.header().sectionSize(3) - 8
    metrics = tree.fontMetrics()
    flags = Qt.TextFlag.TextWordWrap.value
    return metrics.boundingRect(0, 0, width, 10000, flags, item.text(3)).height(), rect


def test_a_long_problem_wraps_within_the_panel_and_follows_its_width(
    qtbot, settings: QSettings
) -> None:  # noqa: ANN001
    panel = ProblemList()
    qtbot.addWidget(panel)
    panel.set_problems([_problem("Short one.", 3), _problem(LONG, 9)])
    tree = panel.tree
    short, long_item = tree.topLevelItem(0), tree.topLevelItem(1)
    heights = {}
    # The panel's width at a 1440 and a 1024 wide window, then wide again.
    for width in (1430, 1014, 600, 1430):
        show_at_width(qtbot, panel, width)

        def fits(t=tree, li=long_item) -> bool:  # noqa: ANN001
            needed, rect = _needed_height(t, li)
            return rect.height() >= needed and rect.height() <= needed + 2 * t.fontMetrics().height()

        qtbot.waitUntil(fits, timeout=3000)
        rect = tree.visualItemRect(long_item)
        assert rect.right() <= tree.viewport().width()
        assert tree.horizontalScrollBar().maximum() == 0
        heights[width] = rect.height()
        # The short one stays one line.
        assert tree.visualItemRect(short).height() < 2 * tree.fontMetrics().height()
    assert heights[600] > heights[1014] > tree.fontMetrics().height() * 1.5
    assert heights[600] > heights[1430]


def test_rows_follow_a_column_dragged_wider(qtbot, settings: QSettings) -> None:  # noqa: ANN001
    panel = ProblemList()
    qtbot.addWidget(panel)
    panel.set_problems([_problem(LONG, 9)])
    show_at_width(qtbot, panel, 1014, 300)
    tree = panel.tree
    item = tree.topLevelItem(0)
    qtbot.waitUntil(lambda: _needed_height(tree, item)[1].height() >= _needed_height(tree, item)[0])
    before = tree.visualItemRect(item).height()
    tree.header().resizeSection(1, 560)  # the File column dragged wider: less room for words
    qtbot.waitUntil(lambda: tree.visualItemRect(item).height() > before, timeout=3000)
    needed, rect = _needed_height(tree, item)
    assert rect.height() >= needed
