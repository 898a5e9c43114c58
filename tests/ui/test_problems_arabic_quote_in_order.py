"""A suggestion quoting an Arabic page's sentence shows the quote in its own order: in the
English line "The sentence starting 'إذا احتجت ...' has 40 words" the "..." stood beside the
sentence's first word, on the right, as if the quote began there. The quoted words are set
apart (a first strong isolate) in the Problems panel and in the Checklist."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from shared_sites import shared_site_path

ISOLATE, END = "\u2068", "\u2069"


@pytest.fixture
def guide(tmp_path: Path) -> Path:
    source = shared_site_path("opensource-guide")
    dest = tmp_path / "guide"
    shutil.copytree(source / "_articles" / "ar", dest / "_articles" / "ar")
    shutil.copy(source / "_config.yml", dest / "_config.yml")
    return dest


def test_an_arabic_quote_reads_in_its_own_order(qtbot, guide: Path, quiet_window) -> None:  # noqa: ANN001
    window = quiet_window
    page = guide / "_articles" / "ar" / "best-practices.md"
    assert window.open_folder(guide, then_open=page)
    qtbot.waitUntil(lambda: window.current_document() is not None, timeout=20000)
    with qtbot.waitSignal(window.problemsShown, timeout=30000):
        qtbot.keyClick(window, Qt.Key.Key_F7)
    tree = window.problems.tree
    rows = [tree.topLevelItem(i).text(3) for i in range(tree.topLevelItemCount())]
    quoting = [row for row in rows if row.startswith("The sentence starting '")]
    assert quoting, rows
    for row in quoting:
        assert f"'{ISOLATE}" in row and f"...{END}'" in row, row


def test_the_checklist_shows_it_in_order_too(qtbot) -> None:  # noqa: ANN001
    from editor_app.core.checks.checklist import Checklist
    from editor_app.core.checks.problem import SUGGESTION, Problem
    from editor_app.ui.checklist import ChecklistPanel

    panel = ChecklistPanel()
    qtbot.addWidget(panel)
    said = "The sentence starting 'إذا احتجت إلى الابتعاد...' has 40 words."
    problem = Problem("a.md", 185, None, SUGGESTION, "sentence-long", said)
    panel.show_checklist(
        Checklist(
            sections=[],
            reading_ease=None,
            reading_grade=None,
            reading_target=None,
            words=300,
            suggestions=[problem],
        )
    )
    rows = []
    for i in range(panel.tree.topLevelItemCount()):
        top = panel.tree.topLevelItem(i)
        rows.extend(top.child(j).text(0) for j in range(top.childCount()))
    assert f"line 185  The sentence starting '{ISOLATE}إذا احتجت إلى الابتعاد...{END}' has 40 words." in rows
