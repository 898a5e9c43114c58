"""Two authors share a copy of jekyll-docs: Ben on the command line, Ana in the window. Ana
types (unsaved) while `editor-app sync pull`, run beside the window, brings Ben's change to
the same page under her: the question says it is Ben's change brought by Get latest (not
"another program"), Combine both keeps both, and Share sends them."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from editor_app.cli import main
from editor_app.ui import safety_questions
from editor_app.ui.main_window import MainWindow
from editor_app.ui.safety_questions import ChangedOnDiskDialog

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from sharing_helpers import shown_window, site_team_fixture, type_after  # noqa: E402
from sync_site import replace_in  # noqa: E402

PAGE = "_docs/assets.md"


team = site_team_fixture("jekyll-docs")


@pytest.fixture
def window(qtbot, settings: QSettings, monkeypatch: pytest.MonkeyPatch):  # noqa: ANN001, ANN201
    yield from shown_window(qtbot, settings, monkeypatch)


def test_get_latest_beside_the_window_under_unsaved_words(
    qtbot, window: MainWindow, team, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:  # noqa: ANN001
    _server, ben, ana = team
    replace_in(ben / PAGE, "built-in support", "built-in, ready support")
    assert main(["sync", "push", str(ben), "--author", "Ben"]) == 0
    with qtbot.waitSignal(window.siteOpened, timeout=30000):
        window.open_folder(ana)
    bar = window.sync_bar
    qtbot.waitUntil(lambda: not window.jobs.busy and bar.state.incoming == 1, timeout=30000)
    assert window.open_document(ana / PAGE)
    type_after(qtbot, window, "same directory", " (the very one)")

    asked: list[tuple[str, str]] = []

    class Seen:
        def __init__(self, title, message, difference, choices, parent) -> None:  # noqa: ANN001
            asked.append((title, message))
            self.message = self
            self.buttons = {c: self for c, _ in choices}
            self.choice = ChangedOnDiskDialog.COMBINE

        def __getattr__(self, name: str):  # noqa: ANN204 - setToolTip, setDefault, exec…
            return lambda *a: None

    monkeypatch.setattr(safety_questions, "DifferenceDialog", Seen)
    assert main(["sync", "pull", str(ana)]) == 0  # beside the window, the page under it
    qtbot.waitUntil(lambda: bool(asked), timeout=10000)
    title, message = asked[0]
    assert "another program" not in f"{title} {message}"
    assert message.startswith("“assets.md” was updated with Ben's changes (Get latest) while")
    qtbot.waitUntil(lambda: "ready support" in window.editor.toPlainText(), timeout=10000)
    merged = window.editor.toPlainText()
    assert "same directory (the very one)" in merged
    bar = window.sync_bar  # no longer "1 new change from others: Get latest"
    qtbot.waitUntil(lambda: not bar.busy and bar.state.incoming == 0, timeout=30000)
    assert window.save_document()
    assert main(["sync", "push", str(ana), "--author", "Ana"]) == 0
    assert main(["sync", "pull", str(ben)]) == 0
    shared = (ben / PAGE).read_text()
    assert "built-in, ready support" in shared and "same directory (the very one)" in shared
