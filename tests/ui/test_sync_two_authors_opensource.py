"""Two authors share a copy of opensource-guide: Ben on the command line, Ana in the window,
on an Arabic page (right to left). The same page changed in different places merges; the
same heading is a choice; each step is said in one line, naming the page by its title."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from editor_app.cli import main
from editor_app.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from sharing_helpers import open_clone, shown_window, site_team_fixture, type_after, wait_idle  # noqa: E402
from sync_site import git, replace_in  # noqa: E402

PAGE = "_articles/ar/how-to-contribute.md"
TITLE = "كيف تساهم في مشروع مفتوح المصدر ؟"
HEADING = "### تحسين البرمجيات التي تعتمد عليها"
SKILLS = "### تطوير المهارات الحالية"


team = site_team_fixture("opensource-guide")


@pytest.fixture
def window(qtbot, settings: QSettings, monkeypatch: pytest.MonkeyPatch, errors):  # noqa: ANN001, ANN201
    yield from shown_window(qtbot, settings, monkeypatch)


def test_two_authors_share_opensource_guide(
    qtbot, window: MainWindow, team, capsys, errors
) -> None:  # noqa: ANN001
    server, ben, ana = team
    # Ben, on the command line: the page's order and one of its headings.
    replace_in(ben / PAGE, "order: 1", "order: 2")
    replace_in(ben / PAGE, HEADING, HEADING + " كثيرا")
    assert main(["sync", "push", str(ben), "--author", "Ben"]) == 0
    assert capsys.readouterr().out == f"Shared: Update '{TITLE}' (order, the text)\n"
    # Ana, in the window: the same page open, another heading changed (not saved).
    open_clone(qtbot, window, ana, timeout=30000)
    bar = window.sync_bar
    qtbot.waitUntil(lambda: bar.status_label.text() == "1 new change from others: Get latest")
    assert window.open_document(ana / PAGE)
    type_after(qtbot, window, SKILLS, " 2025")
    bar.get_latest_action.trigger()
    wait_idle(qtbot, window)
    assert window.statusBar().currentMessage() == "Got the latest: 1 page changed by others"
    assert window.save_document()
    saved = (ana / PAGE).read_text()
    assert "order: 2" in saved and HEADING + " كثيرا" in saved and SKILLS + " 2025" in saved
    bar.share_action.trigger()
    wait_idle(qtbot, window)
    assert bar.last_message == f"Shared: Update '{TITLE}' (the text)"
    # The same heading changed on both sides: a choice, named by the page's title.
    assert main(["sync", "pull", str(ben)]) == 0
    replace_in(ben / PAGE, SKILLS + " 2025", "### تطوير المهارات")
    assert main(["sync", "push", str(ben), "--author", "Ben"]) == 0
    type_after(qtbot, window, SKILLS + " 2025", " 2026")
    assert window.save_document()
    bar.get_latest_action.trigger()
    qtbot.waitUntil(lambda: getattr(bar, "choice_dialog", None) is not None, timeout=30000)
    dialog = bar.choice_dialog
    assert dialog.where.text() == (
        f"In “{TITLE}”, the same paragraph was changed here and by others."
    )
    assert dialog.mine.toPlainText() == SKILLS + " 2025 2026"
    assert dialog.theirs.toPlainText() == "### تطوير المهارات"
    assert dialog.theirs_label.text() == "<b>Their version</b> (by Ben, kept in the page's history)"
    dialog.keep_theirs.click()
    wait_idle(qtbot, window)
    assert window.statusBar().currentMessage() == "1 choice made."
    assert "### تطوير المهارات\n" in window.editor.toPlainText()
    assert bar.status_label.text() == "Up to date: everything is shared"
    assert (ana / PAGE).read_bytes() == git(server, "show", f"main:{PAGE}").encode()
    assert errors == []
