"""Started with no folder, when the folder opened last time is not there any more (moved,
renamed, a drive not connected): the sample site opens in its place, as before, and the status
line now says why; it opened in silence, a stranger's three pages where the author's site was."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from editor_app.ui.app import last_folder_gone, say_last_folder_gone, start_folder


def test_the_sample_in_place_of_a_folder_gone_says_why(
    qtbot,  # noqa: ANN001
    settings: QSettings,
    quiet_window,  # noqa: ANN001
    tmp_path: Path,
) -> None:
    window = quiet_window
    gone = tmp_path / "our-site"  # opened last time, since moved away
    settings.setValue("lastFolder", str(gone))
    folder = start_folder(None, settings)
    assert folder != gone  # the sample site, as before
    assert last_folder_gone(None, settings) == gone
    say_last_folder_gone(window, gone)
    assert window.open_folder(folder)

    def said() -> str:
        return window.statusBar().currentMessage()

    qtbot.waitUntil(lambda: "is not there any more" in said(), timeout=20000)
    assert str(gone) in said() and "sample site" in said() and "Open Folder" in said()
    qtbot.wait(500)
    assert "is not there any more" in said()  # not replaced by the opening's own words


def test_nothing_is_said_when_the_folder_is_there_or_given(settings: QSettings, tmp_path: Path) -> None:
    settings.setValue("lastFolder", str(tmp_path))
    assert last_folder_gone(None, settings) is None
    settings.setValue("lastFolder", str(tmp_path / "gone"))
    assert last_folder_gone(str(tmp_path), settings) is None  # a folder given opens that one
    settings.remove("lastFolder")
    assert last_folder_gone(None, settings) is None  # the first start
