"""Fixtures for the window tests (tests/ui)."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.ui.compat import keep_none_alive

# Before any widget exists: see editor_app/ui/compat.py (PySide6 6.12 on Python 3.11).
keep_none_alive()

from PySide6.QtCore import QSettings  # noqa: E402 - after the workaround above


def _discard_at_teardown(cls, parent, name, **_):  # noqa: ANN001, ANN003, ANN202 - stands in for a Qt dialog
    from editor_app.ui.dialogs import Choice

    return Choice.DISCARD


# pytest-qt closes the test's windows after the test's own monkeypatches are undone; a window
# left with unsaved test edits would then wait forever on a real "Save changes?" box. For the
# whole session the default answer is "Don't save"; tests that check the question replace it
# with monkeypatch as usual (which restores this default, not the real box).
def pytest_configure(config) -> None:  # noqa: ANN001 - pytest hook
    from editor_app.ui.dialogs import UnsavedChangesDialog

    UnsavedChangesDialog.ask = classmethod(_discard_at_teardown)
    # The reviewer's name is asked once by a box: tests get a name without a person.
    from editor_app.ui.dialogs import ReviewerName

    ReviewerName.ask = classmethod(lambda cls, parent, unnamed_as="": "Test Reviewer")
    # So are the name and e-mail before the first share (on a copy git knows no e-mail for).
    from editor_app.ui.sync_identity import SharingNameDialog

    SharingNameDialog.ask = classmethod(lambda cls, parent, name, email: (name, email))


# Shared by the window and editor tests (modules may still define their own variant).
@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """The window's settings, in a file of the test's own."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def web_pane(qtbot):  # noqa: ANN001, ANN201 - pytest fixture
    """A web preview pane (not shown yet), shut down after the test; skipped without
    QtWebEngine."""
    from editor_app.ui.preview import HAVE_WEBENGINE, PreviewPane

    if not HAVE_WEBENGINE:
        pytest.skip("QtWebEngine is not installed")
    pane = PreviewPane(web=True)
    qtbot.addWidget(pane)
    yield pane
    pane.shutdown()
    qtbot.wait(50)


@pytest.fixture
def errors(monkeypatch) -> list[tuple[str, str]]:  # noqa: ANN001 - pytest fixture
    """Error boxes are recorded instead of shown."""
    from editor_app.ui import dialogs

    seen: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, title, text: seen.append((title, text)))
    return seen


@pytest.fixture
def editor(qtbot):  # noqa: ANN001, ANN201 - pytest fixture
    """A Markdown editor on screen, with the focus."""
    from editor_app.ui.editor import MarkdownEditor

    ed = MarkdownEditor()
    qtbot.addWidget(ed)
    ed.resize(700, 500)
    ed.show()
    qtbot.waitExposed(ed)
    ed.setFocus()
    return ed


@pytest.fixture
def spell(qtbot, tmp_path: Path):  # noqa: ANN001, ANN201 - pytest fixture
    """The shared checker, read once per run, with a fresh personal word list per test."""
    from editor_app.ui.spell import SpellService

    service = SpellService.shared()
    qtbot.waitUntil(lambda: service.is_ready, timeout=60000)
    checker = service.checker
    checker.personal_path = tmp_path / "data" / "dictionary.txt"
    checker._personal = set()
    checker._ignored = set()
    checker._cache.clear()
    return service


@pytest.fixture
def quiet_window(qtbot, settings: QSettings, monkeypatch):  # noqa: ANN001, ANN201
    """A shown MainWindow whose error boxes, "Save changes?" and "text not kept" questions
    answer themselves (Don't save; Leave anyway / Save without it);
    closed and freed after the test (modules use it as their `window`)."""
    from window_helpers import freed_shown_window

    from editor_app.ui import dialogs
    from editor_app.ui.dialogs import Choice, UnsavedChangesDialog
    from editor_app.ui.not_kept_questions import NotKeptQuestion

    monkeypatch.setattr(dialogs, "show_error", lambda _p, title, text: None)
    monkeypatch.setattr(UnsavedChangesDialog, "ask", classmethod(lambda cls, p, n, **_: Choice.DISCARD))
    monkeypatch.setattr(NotKeptQuestion, "ask", classmethod(lambda cls, p, lines, go_on: True))
    yield from freed_shown_window(qtbot, settings)


@pytest.fixture
def git_site(site_copy: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The real site under git, for the review window's tests (review_helpers)."""
    from review_helpers import review_git_site

    return review_git_site(site_copy, monkeypatch)


@pytest.fixture
def hugo_docs_window(qtbot, quiet_window, tmp_path: Path):  # noqa: ANN001, ANN201
    """`quiet_window` open on a copy of the shared hugo-docs site (skips when absent); the
    copy's folder is `quiet_window.site.root`, `tmp_path / "window"`."""
    from new_page_helpers import open_shared_copy

    open_shared_copy(qtbot, quiet_window, "hugo-docs", tmp_path / "window")
    return quiet_window
