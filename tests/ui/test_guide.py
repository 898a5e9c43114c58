"""Help > Guide: an offline guide with pictures of the real window; one word for the check."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QSettings

from editor_app.ui.guide import GuideWindow, guide_path
from editor_app.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def test_help_guide_opens_the_offline_guide(qtbot, settings: QSettings) -> None:
    window = MainWindow(settings)
    qtbot.addWidget(window)
    assert window.help_menu.actions()[0] is window.guide_action
    window.guide_action.trigger()
    guide = window.findChild(GuideWindow)
    assert guide is not None and guide.isVisible()
    text = guide.browser.toPlainText()
    assert "Check" in text and "Open your site" in text
    guide.close()


def test_every_picture_of_the_guide_is_there() -> None:
    html = guide_path().read_text(encoding="utf-8")
    pictures = re.findall(r'<img src="([^"]+)"', html)
    assert len(pictures) >= 5
    for src in pictures:
        assert (guide_path().parent / src).is_file(), src
    assert not re.search(r"(src|href)=\"https?:", html)  # offline: nothing to fetch
    assert "Content-Security-Policy" in html  # and nothing could be fetched


def test_one_word_for_the_check_in_the_window_and_the_readme(
    qtbot, settings: QSettings
) -> None:
    window = MainWindow(settings)
    qtbot.addWidget(window)
    words = [a.text() for m in (window.tools_menu, window.file_menu) for a in m.actions()]
    assert any("Check" in w for w in words)
    assert not any("alidat" in w for w in words)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    # The command keeps its name (`validate`); the prose says "check".
    prose = re.sub(r"`[^`]*`|```.*?```", "", readme, flags=re.S)
    prose = re.sub(r"editor-app validate", "", prose)
    assert not re.search(r"\b[Vv]alidat", prose), re.findall(r".{30}[Vv]alidat.{30}", prose)
