"""The window's status bar says what Get latest did on one line that fits: a choice and a
long move said together ran past the right edge at 1024 px, the end ("your version is kept
until you choose") cut off with no sign. Long words (paths) are shortened first, then the line
in its middle; the whole message stays the bar's message and is its tooltip."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from editor_app.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from sharing_helpers import shown_window  # noqa: E402

LONG = (
    "Got the latest: 2 pages changed by others; "
    "_resources/2024-03-un-ai-advisory-board-interim-report-response.md was moved by others "
    "to 2024-03-response-to-the-un-ai-advisory-board-interim-report.md: your changes went with "
    "it; 1 place was changed here and by others: your version is kept until you choose"
)


@pytest.fixture
def window(qtbot, settings: QSettings, monkeypatch: pytest.MonkeyPatch, errors):  # noqa: ANN001, ANN201
    yield from shown_window(qtbot, settings, monkeypatch)


@pytest.mark.parametrize("width", [1024, 1440])
def test_a_long_sharing_message_fits_with_its_end(qtbot, window: MainWindow, width: int) -> None:  # noqa: ANN001
    window.resize(width, 700)
    qtbot.waitUntil(lambda: window.width() == width, timeout=5000)
    bar, fit = window.statusBar(), window.sync_bar.message_fit
    window.sync_bar._tell(LONG)
    assert bar.currentMessage() == LONG  # the message itself is whole
    shown = fit.shown_text()
    assert bar.fontMetrics().horizontalAdvance(shown) <= fit.message_rect().width()
    assert shown.startswith("Got the latest: 2 pages changed by others; …/2024-03-un")
    assert shown.endswith("your version is kept until you choose")
    assert bar.toolTip() == LONG
    assert not bar.grab().isNull()  # drawn by the filter without error


def test_a_short_message_is_drawn_as_it_is(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    window.resize(1024, 700)
    window.sync_bar._tell("Shared: Update 'Grab a Byte' (status)")
    fit = window.sync_bar.message_fit
    assert fit.shown_text() == "Shared: Update 'Grab a Byte' (status)"
    assert window.statusBar().toolTip() == ""


MOVED = (
    "Got the latest: 1 page changed by others. “What happens when public data is shared with "
    "the wrong people?” was moved by others to _resources/case-study-department-for-education.md: "
    "it is open there, with your unsaved words: save to keep them."
)


def test_a_moved_page_message_keeps_where_it_went(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    # At 1024 px the line's middle was cut, "was moved by others to" with it, the one thing
    # to know: the page's title is cut at its end first.
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.width() == 1024, timeout=5000)
    bar, fit = window.statusBar(), window.sync_bar.message_fit
    window.sync_bar._tell(MOVED)
    shown = fit.shown_text()
    assert bar.fontMetrics().horizontalAdvance(shown) <= fit.message_rect().width()
    assert shown.startswith("Got the latest: 1 page changed by others. “What happens")
    assert "…” was moved by others to …/case-study…ation.md: it is open there" in shown
    assert shown.endswith("with your unsaved words: save to keep them.")
    assert bar.toolTip() == MOVED


def test_the_sharing_line_keeps_every_count_when_narrow(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    # Offline at 1024 px, the line was cut after "2 pages changed here, not shar…": the
    # drafts waiting were not seen. The parts' explanations go first; the tooltip has all.
    from editor_app.core import sync

    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.width() == 1024, timeout=5000)
    state = sync.SyncStatus(
        is_git=True,
        has_remote=True,
        offline=True,
        changed_here=["_posts/a.md", "_posts/b.md"],
        drafts_to_review=1,
    )
    bar = window.sync_bar
    bar._show_status(state)
    label = bar.status_label
    qtbot.waitUntil(label.isVisible, timeout=5000)
    assert label.text() == (
        "Offline: changes will be shared when the server is reachable · 2 pages changed here, "
        "not shared yet · 1 draft from others to review: Drafts"
    )
    shown = label.shown_text()
    assert shown.startswith("Offline · 2 pages changed here, not shared yet · 1 draft")
    assert label.fontMetrics().horizontalAdvance(shown) <= label.contentsRect().width()
    assert label.toolTip().startswith(label.text())
    assert not label.grab().isNull()


def test_a_long_address_on_the_sharing_line_is_shortened_with_what_is_wrong(
    qtbot,  # noqa: ANN001
    window: MainWindow,
) -> None:
    from editor_app.core import sync

    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.width() == 1024, timeout=5000)
    address = "/tmp/pytest-of-someone/pytest-428/test_the_failed_look0/no-such-server.git"
    state = sync.SyncStatus(
        is_git=True,
        has_remote=True,
        problem=f"The shared copy at {address} was not found: check its address (moved or mistyped?)",
    )
    window.sync_bar._show_status(state)
    label = window.sync_bar.status_label
    assert label.shown_text() == "The shared copy at …/no-such-server.git was not found"
