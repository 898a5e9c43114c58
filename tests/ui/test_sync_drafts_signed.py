"""Send for review and Approve sign their changes as Share does: the name and e-mail the app
remembers (the first-share question, Tools > Your Name and E-mail…), else git's. They were
signed with git's e-mail alone, so one person's changes came with two e-mails."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QTextCursor

from editor_app.core import sync_drafts
from editor_app.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from sharing_helpers import shown_window  # noqa: E402
from sync_site import POST, git, isolate_git, make_synthetic_site, replace_in, share  # noqa: E402


@pytest.fixture
def team(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path, Path]:
    isolate_git(monkeypatch)
    server, author, editor = share(make_synthetic_site(tmp_path / "site"), tmp_path)
    for clone in (author, editor):
        git(clone, "config", "editor-app.draftBranches", "true")
        git(clone, "config", "user.email", f"{clone.name}@old.example")  # not the app's
    return server, author, editor


@pytest.fixture
def window(qtbot, settings: QSettings, monkeypatch: pytest.MonkeyPatch, errors):  # noqa: ANN001, ANN201
    yield from shown_window(qtbot, settings, monkeypatch)


def signed_as(window: MainWindow, name: str, email: str) -> None:
    window.settings.setValue("review/author", name)
    window.settings.setValue("sharing/email", email)
    window.settings.setValue("sharing/asked", "true")


def open_clone(qtbot, window: MainWindow, clone: Path) -> None:  # noqa: ANN001
    with qtbot.waitSignal(window.siteOpened, timeout=30000):
        window.open_folder(clone)
    qtbot.waitUntil(lambda: window.sync_bar.isVisible() and not window.jobs.busy, timeout=20000)


def wait_idle(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: not window.sync_bar.busy and not window.jobs.busy, timeout=20000)


def who(clone: Path, rev: str) -> str:
    return git(clone, "log", "-1", "--format=%an <%ae>|%cn <%ce>", rev).strip()


def test_send_for_review_is_signed_as_share(qtbot, window: MainWindow, team) -> None:  # noqa: ANN001
    server, author, _editor = team
    signed_as(window, "Ana Author", "ana@example.org")
    open_clone(qtbot, window, author)
    bar = window.sync_bar
    qtbot.waitUntil(lambda: bar.send_action.isVisible(), timeout=20000)
    assert window.open_document(author / POST)
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(window.editor, "For the editor.")
    assert window.save_document()
    bar.send_action.trigger()
    wait_idle(qtbot, window)
    assert bar.last_message == "Sent for review"
    branch = "review/2025-03-01-council-listens"
    ana = "Ana Author <ana@example.org>"
    assert who(server, branch) == f"{ana}|{ana}"


def test_approve_is_signed_as_share(qtbot, window: MainWindow, team) -> None:  # noqa: ANN001
    server, author, editor = team
    replace_in(author / POST, "wet Tuesday", "windy Tuesday")
    assert sync_drafts.send_for_review(author, author / POST, "Ana Author").shared
    signed_as(window, "Ed Itor", "ed@example.org")
    open_clone(qtbot, window, editor)
    bar = window.sync_bar
    qtbot.waitUntil(lambda: bar.drafts_action.isVisible(), timeout=20000)
    bar.get_latest_action.trigger()
    wait_idle(qtbot, window)
    bar.drafts_action.trigger()
    dialog = bar.drafts_dialog
    assert dialog.list.count() == 1
    dialog.approve_button.click()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: dialog.list.count() == 0, timeout=20000)
    assert git(server, "log", "-1", "--format=%s", "main").startswith("Approve '")
    ed = "Ed Itor <ed@example.org>"
    assert who(server, "main") == f"{ed}|{ed}"  # the approval


def test_send_for_review_asks_the_name_and_email_first(
    qtbot,  # noqa: ANN001
    window: MainWindow,
    team,  # noqa: ANN001
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from editor_app.ui.sync_identity import SharingNameDialog

    server, author, _editor = team
    for key in ("user.name", "user.email"):  # a person who never set git up
        git(author, "config", "--unset", key)
    answers: list[tuple[str, str] | None] = [None, ("Ana Author", "ana@example.org")]
    monkeypatch.setattr(
        SharingNameDialog, "ask", classmethod(lambda cls, parent, name, email: answers.pop(0))
    )
    open_clone(qtbot, window, author)
    bar = window.sync_bar
    qtbot.waitUntil(lambda: bar.send_action.isVisible(), timeout=20000)
    assert window.open_document(author / POST)
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(window.editor, "For the editor.")
    assert window.save_document()
    bar.send_action.trigger()  # cancelled: nothing sent
    assert bar.last_message == "Nothing was sent for review: the page stays here."
    assert "review/" not in git(author, "branch", "--list", "review/*")
    bar.send_action.trigger()
    wait_idle(qtbot, window)
    assert bar.last_message == "Sent for review"
    ana = "Ana Author <ana@example.org>"
    assert who(server, "review/2025-03-01-council-listens") == f"{ana}|{ana}"
    assert not answers  # asked twice, then remembered
