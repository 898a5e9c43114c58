"""Before the first Share my changes the window asks the name and, beside it, an optional
e-mail (remembered, written on the changes shared); `editor-app sync push|pull --email` too.
Nobody was asked for an e-mail before: a non-git user's changes said `Name <>`."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QTextCursor

from editor_app.cli import main
from editor_app.ui.main_window import MainWindow
from editor_app.ui.sync_identity import SharingNameDialog

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from sharing_helpers import shown_window  # noqa: E402
from sync_site import POST, git, isolate_git, make_synthetic_site, replace_in, share  # noqa: E402


@pytest.fixture
def team(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path, Path]:
    isolate_git(monkeypatch)
    monkeypatch.delenv("EMAIL", raising=False)
    server, author, editor = share(make_synthetic_site(tmp_path / "site"), tmp_path)
    for key in ("user.name", "user.email"):  # a person who never set git up
        git(editor, "config", "--unset", key)
    return server, author, editor


@pytest.fixture
def window(qtbot, settings: QSettings, monkeypatch: pytest.MonkeyPatch, errors):  # noqa: ANN001, ANN201
    yield from shown_window(qtbot, settings, monkeypatch)


def signed(clone: Path, rev: str = "HEAD") -> str:
    return git(clone, "log", "-1", "--format=%an <%ae>", rev).strip()


def edit_and_save(qtbot, window: MainWindow, clone: Path, words: str) -> None:  # noqa: ANN001
    assert window.open_document(clone / POST)
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(window.editor, words)
    assert window.save_document()


def open_and_share(qtbot, window: MainWindow, clone: Path, words: str) -> None:  # noqa: ANN001
    if window.sync_bar.root != clone:
        with qtbot.waitSignal(window.siteOpened, timeout=30000):
            window.open_folder(clone)
    qtbot.waitUntil(lambda: window.sync_bar.isVisible() and not window.jobs.busy, timeout=20000)
    edit_and_save(qtbot, window, clone, words)
    window.sync_bar.share_action.trigger()
    qtbot.waitUntil(lambda: not window.sync_bar.busy and not window.jobs.busy, timeout=20000)


def test_the_first_share_asks_name_and_email_once(
    qtbot,
    window: MainWindow,
    team,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    server, _author, editor = team
    asked: list[tuple[str, str]] = []

    def answer(cls, parent, name, email):  # noqa: ANN001, ANN202 - stands in for the box
        asked.append((name, email))
        return "Ana Author", "ana@example.org"

    monkeypatch.setattr(SharingNameDialog, "ask", classmethod(answer))
    open_and_share(qtbot, window, editor, "One more line.")
    assert asked == [("", "")]
    assert signed(server, "main") == "Ana Author <ana@example.org>"
    assert window.settings.value("sharing/email") == "ana@example.org"
    assert window.settings.value("review/author") == "Ana Author"
    open_and_share(qtbot, window, editor, " And another.")
    assert len(asked) == 1  # remembered: not asked again
    assert signed(server, "main") == "Ana Author <ana@example.org>"


def test_an_empty_email_keeps_the_name_alone(
    qtbot,
    window: MainWindow,
    team,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    server, _author, editor = team
    monkeypatch.setattr(
        SharingNameDialog, "ask", classmethod(lambda cls, parent, name, email: ("Ana", ""))
    )
    open_and_share(qtbot, window, editor, "One more line.")
    assert signed(server, "main") == "Ana <>"


def test_cancel_shares_nothing(
    qtbot,
    window: MainWindow,
    team,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    server, _author, editor = team
    before = git(server, "rev-parse", "main")
    monkeypatch.setattr(
        SharingNameDialog, "ask", classmethod(lambda cls, parent, name, email: None)
    )
    open_and_share(qtbot, window, editor, "One more line.")
    assert git(server, "rev-parse", "main") == before
    assert window.statusBar().currentMessage() == "Nothing was shared: your changes stay here."


def test_a_mistyped_email_is_said_and_waits(qtbot) -> None:  # noqa: ANN001
    dialog = SharingNameDialog("Ana", "")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ok.isEnabled() and dialog.ok.text() == "Share"
    qtbot.keyClicks(dialog.email_edit, "ana at example.org")
    assert not dialog.ok.isEnabled()
    assert dialog.problem.text().startswith("An e-mail address has no spaces")
    dialog.email_edit.clear()
    qtbot.keyClicks(dialog.email_edit, "ana@example.org")
    assert dialog.ok.isEnabled() and not dialog.problem.isVisible()
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.answer() == ("Ana", "ana@example.org")


def test_the_command_line_takes_the_email(team, capsys: pytest.CaptureFixture[str]) -> None:  # noqa: ANN001
    server, author, editor = team
    replace_in(editor / POST, "A short story", "A longer story")
    code = main(["sync", "push", str(editor), "--author", "Ana", "--email", "not an address"])
    out = capsys.readouterr()
    assert code == 2 and out.err.count("\n") == 1 and "--email 'not an address'" in out.err
    assert "A longer story" not in git(server, "show", f"main:{POST}")  # nothing done
    assert main(["sync", "push", str(editor), "--author", "Ana", "--email", "ana@example.org"]) == 0
    assert signed(server, "main") == "Ana <ana@example.org>"
    # Get latest's own commits (a change here replayed on others') carry it too.
    replace_in(author / POST, "wet Tuesday", "cold Tuesday")
    assert main(["sync", "push", str(author)]) == 0
    replace_in(editor / POST, "three hundred", "four hundred")
    git(editor, "-c", "user.name=Ana", "-c", "user.email=ana@example.org", "commit", "-qam", "x")
    assert main(["sync", "pull", str(editor), "--author", "Ana", "--email", "ana@example.org"]) == 0
    assert git(editor, "log", "-1", "--format=%cn <%ce>").strip() == "Ana <ana@example.org>"
