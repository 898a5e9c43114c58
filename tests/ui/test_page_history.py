"""File > Page History…: the open page's earlier versions, where Get latest says others'
version of a place both changed is kept. It showed nowhere outside the review queue, which
lists drafts only."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from editor_app.core import gitutil

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from review_site import EDUCATION, git, make_git_site, replace_in  # noqa: E402

pytestmark = pytest.mark.skipif(not gitutil.git_available(), reason="git is not installed")


@pytest.fixture
def window(quiet_window):  # noqa: ANN001, ANN201
    return quiet_window


def test_page_history_compares_the_page_s_last_two_versions(
    qtbot, window, site_copy: Path  # noqa: ANN001
) -> None:
    site = make_git_site(site_copy, education_draft=True)
    replace_in(site / EDUCATION, "status: draft", "status: final")
    git(site, "commit", "-qam", "Approved again")  # a final page: in no review queue
    with qtbot.waitSignal(window.siteOpened, timeout=30000):
        window.open_folder(site)
    history = window.page_history
    assert not history.action.isEnabled()  # no page open
    assert window.open_document(site / EDUCATION)
    assert history.action.isEnabled()
    assert history.action in window.file_menu.actions()

    dialog = history.show_history()
    qtbot.addWidget(dialog)
    changes = dialog.changes
    subjects = [changes.from_combo.itemText(i) for i in range(changes.from_combo.count())]
    assert any("Approved again" in s for s in subjects)
    assert any("Ready for another look" in s for s in subjects)
    assert any("Import the site" in s for s in subjects)
    shown = changes.diff_view.toPlainText()
    assert "final" in shown and "draft" in shown  # the last change: draft -> final
    assert not changes.mark_button.isVisible()
    assert "History of" in dialog.windowTitle()
    dialog.close()
    QApplication.processEvents()


def test_page_history_is_off_outside_git(qtbot, window, site_copy: Path) -> None:  # noqa: ANN001
    with qtbot.waitSignal(window.siteOpened, timeout=30000):
        window.open_folder(site_copy)
    assert window.open_document(site_copy / EDUCATION)
    assert not window.page_history.action.isEnabled()
    assert window.page_history.action.toolTip()
