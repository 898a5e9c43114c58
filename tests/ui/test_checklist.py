"""The Checklist panel: a page's sections, reading level and suggestions, and a click going to
the place."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QSettings
from window_helpers import new_shown_window

from editor_app.core.checks.checklist import Checklist, SectionItem
from editor_app.core.checks.problem import SUGGESTION, Problem
from editor_app.ui.checklist import ChecklistPanel, install_checklist


def _items(panel: ChecklistPanel) -> list[str]:
    out = []
    for i in range(panel.tree.topLevelItemCount()):
        top = panel.tree.topLevelItem(i)
        out.append(top.text(0))
        out.extend(top.child(j).text(0) for j in range(top.childCount()))
    return out


def test_the_panel_shows_sections_reading_level_and_suggestions(qtbot) -> None:  # noqa: ANN001
    panel = ChecklistPanel()
    qtbot.addWidget(panel)
    problem = Problem("a.md", 12, None, SUGGESTION, "link-text-unclear", "Say where it goes.")
    panel.show_checklist(
        Checklist(
            sections=[SectionItem("The challenge", 5), SectionItem("What we learned", None)],
            reading_ease=35.2,
            reading_grade=14.1,
            reading_target=40,
            words=300,
            suggestions=[problem],
        )
    )
    shown = _items(panel)
    assert shown[0] == "Sections: 1 of 2"
    assert "\u2713 The challenge (line 5)" in shown
    assert "\u2717 What we learned (missing)" in shown
    assert any(s.startswith("Reading ease 35 (hard") for s in shown)
    assert "line 12  Say where it goes." in shown
    with qtbot.waitSignal(panel.problemActivated) as clicked:
        suggestions = panel.tree.topLevelItem(2)
        panel.tree.itemClicked.emit(suggestions.child(0), 0)
    assert clicked.args == [problem]
    with qtbot.waitSignal(panel.lineActivated) as went:
        panel.tree.itemClicked.emit(panel.tree.topLevelItem(0).child(0), 0)
    assert went.args == [5]


def test_the_window_fills_the_checklist_of_the_open_page(
    qtbot,
    settings: QSettings,
    shared_site: Path,
    tmp_path: Path,  # noqa: ANN001
) -> None:
    from editor_app.ui.main_window import MainWindow

    site = tmp_path / "site"
    shutil.copytree(shared_site, site)
    page = site / "_resources" / "case-study-dfe.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n[click here](https://example.org)\n")
    w = MainWindow(settings)
    qtbot.addWidget(w)
    hook = getattr(w, "checklist", None) or install_checklist(w)
    hook.dock.show()  # the checklist is worked out while its panel is open (View > Checklist)
    assert w.open_folder(site, then_open=page) or w.open_document(page)
    qtbot.waitUntil(lambda: hook.panel.tree.topLevelItemCount() > 0, timeout=10000)
    assert any("click here" in s or "does not say where" in s for s in _items(hook.panel))
    w.close()


def _in_front(dock) -> bool:  # noqa: ANN001 - a QDockWidget
    """Shown and not a tab behind another panel (a tab behind has no visible region)."""
    return dock.isVisible() and not dock.visibleRegion().isEmpty()


def test_the_checklist_and_problems_come_to_the_front_when_asked_for(
    qtbot,
    settings: QSettings,
    site_copy: Path,  # noqa: ANN001
) -> None:
    w = new_shown_window(qtbot, settings)
    assert w.open_folder(site_copy, then_open=site_copy / "_resources" / "case-study-dfe.md")
    qtbot.waitUntil(lambda: w.documents.doc is not None, timeout=10000)
    w.validate_current()  # F7: the problems of the page, below it
    qtbot.waitUntil(lambda: _in_front(w.problems_dock), timeout=5000)
    # View > Checklist: its tab shares the place of Problems, and it is the one shown...
    w.checklist.dock.toggleViewAction().trigger()
    qtbot.waitUntil(lambda: _in_front(w.checklist.dock), timeout=5000)
    assert not _in_front(w.problems_dock)
    # ...and F7 again brings the problems it found in front of the checklist.
    w.validate_current()
    qtbot.waitUntil(lambda: _in_front(w.problems_dock), timeout=5000)
    assert not _in_front(w.checklist.dock)
    w.close()
