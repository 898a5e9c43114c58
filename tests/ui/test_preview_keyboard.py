"""With the keyboard alone the author gets into the preview, follows its links and gets out again.

Nothing but a click reached the preview (Ctrl+Tab from the text passes it over), and once there
Chromium's page kept Ctrl+Tab, Ctrl+Shift+Tab and F6 for itself: the keyboard was caught. F6 and
Shift+F6 now go from part to part of the window (list, settings, text, preview); in the preview
Tab reaches a link, Enter follows it, and F6 / Ctrl+Tab go on, Escape / Ctrl+Shift+Tab back to
the text."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication
from window_helpers import freed_shown_window, open_site

from editor_app.ui.main_window import MainWindow
from editor_app.ui.preview import HAVE_WEBENGINE

PAGE = "_resources/case-study-cag.md"
LINK = "https://example.org/charter"
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _press(qtbot, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:  # noqa: ANN001
    qtbot.keyClick(QApplication.focusWidget(), key, modifiers)
    qtbot.wait(30)


def _in(widget) -> bool:  # noqa: ANN001 - a QWidget
    focus = QApplication.focusWidget()
    return focus is not None and (focus is widget or widget.isAncestorOf(focus))


@pytest.fixture
def text_window(qtbot, tmp_path: Path, monkeypatch):  # noqa: ANN001, ANN201 - pytest fixtures
    monkeypatch.setenv("EDITOR_APP_PREVIEW", "text")
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    yield from freed_shown_window(qtbot, settings, size=(1400, 900), exposed=True)


def _open_page_with_link(qtbot, window: MainWindow, site: Path) -> Path:  # noqa: ANN001
    page = site / PAGE
    page.write_bytes(page.read_bytes() + f"\nRead [the open data charter]({LINK}).\n".encode())
    open_site(qtbot, window, site)
    with qtbot.waitSignal(window.previewUpdated, timeout=20000):
        assert window.open_document(page)
    return page


def test_into_the_preview_along_a_link_and_out_again_by_keyboard(
    qtbot, text_window: MainWindow, site_copy: Path, monkeypatch  # noqa: ANN001
) -> None:
    window = text_window
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    page = _open_page_with_link(qtbot, window, site_copy)
    before = page.read_bytes()
    window.editor.setFocus()
    qtbot.waitUntil(window.editor.hasFocus)
    _press(qtbot, Qt.Key.Key_F6)  # from the text on to the preview
    assert _in(window.preview)
    view = window.preview.view
    for _ in range(40):  # Tab goes from link to link in the page, to the charter's
        _press(qtbot, Qt.Key.Key_Tab)
        if view.textCursor().charFormat().anchorHref() == LINK:
            break
    assert view.textCursor().charFormat().anchorHref() == LINK
    _press(qtbot, Qt.Key.Key_Return)
    assert opened == [LINK]
    assert _in(window.preview)
    _press(qtbot, Qt.Key.Key_Escape)  # back to the text
    assert window.editor.hasFocus()
    _press(qtbot, Qt.Key.Key_F6)
    _press(qtbot, Qt.Key.Key_Tab, CTRL)  # on out of the preview
    assert not _in(window.preview) and window.isAncestorOf(QApplication.focusWidget())
    _press(qtbot, Qt.Key.Key_F6, SHIFT)  # back into it
    assert _in(window.preview)
    _press(qtbot, Qt.Key.Key_Backtab, CTRL | SHIFT)  # and back to the text
    assert window.editor.hasFocus()
    assert not window.current_document().is_modified
    assert page.read_bytes() == before


def test_f6_visits_each_part_of_the_window_in_turn(
    qtbot, text_window: MainWindow, site_copy: Path  # noqa: ANN001
) -> None:
    window = text_window
    _open_page_with_link(qtbot, window, site_copy)
    window.library.view.setFocus()
    qtbot.waitUntil(window.library.view.hasFocus)
    parts = [window.form_area, window.editor, window.preview, window.library]
    for part in parts:
        _press(qtbot, Qt.Key.Key_F6)
        assert _in(part), part
    for part in reversed(parts[:-1]):
        _press(qtbot, Qt.Key.Key_F6, SHIFT)
        assert _in(part), part
    # The preview hidden (Ctrl+3): F6 passes it over.
    window.toggle_preview_action.setChecked(False)
    window.editor.setFocus()
    _press(qtbot, Qt.Key.Key_F6)
    assert _in(window.library)


@pytest.mark.skipif(not HAVE_WEBENGINE, reason="QtWebEngine is not installed")
def test_chromiums_page_lets_the_keyboard_go(
    qtbot, quiet_window: MainWindow, site_copy: Path  # noqa: ANN001
) -> None:
    window = quiet_window
    _open_page_with_link(qtbot, window, site_copy)
    qtbot.waitUntil(lambda: window.preview.backend == "web", timeout=30000)
    for key, modifiers, lands_in in (
        (Qt.Key.Key_Tab, CTRL, window.library),
        (Qt.Key.Key_F6, Qt.KeyboardModifier.NoModifier, window.library),
        (Qt.Key.Key_Backtab, CTRL | SHIFT, window.editor),
        (Qt.Key.Key_F6, SHIFT, window.editor),
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier, window.editor),
    ):
        window.preview.view.setFocus()
        qtbot.waitUntil(lambda: _in(window.preview))
        _press(qtbot, key, modifiers)
        assert _in(lands_in), (key, modifiers)


def _page_with_links(site: Path, links: str) -> Path:
    page = site / PAGE
    body = "\n\n".join(f"Paragraph {n} of words to read before the end." for n in range(80))
    page.write_bytes(
        page.read_bytes() + f"\n{links}\n\n{body}\n\n## The last part\n\nThe end.\n".encode()
    )
    return page


def _enter_on_first_link(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    window.editor.setFocus()
    qtbot.waitUntil(window.editor.hasFocus)
    _press(qtbot, Qt.Key.Key_F6)
    _press(qtbot, Qt.Key.Key_Tab)
    _press(qtbot, Qt.Key.Key_Return)


def test_a_link_to_a_place_in_the_page_goes_there(
    qtbot, text_window: MainWindow, site_copy: Path  # noqa: ANN001
) -> None:
    window = text_window
    page = _page_with_links(site_copy, "[Go to the last part](#the-last-part)")
    open_site(qtbot, window, site_copy)
    with qtbot.waitSignal(window.previewUpdated, timeout=20000):
        assert window.open_document(page)
    view = window.preview.view
    qtbot.wait(300)  # the preview settled: a late second render would drop the cursor below
    view.verticalScrollBar().setValue(0)
    cursor = view.document().find("Go to the last part")
    view.setTextCursor(cursor)  # the link holds the keyboard, as after Tab
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_Return)  # to the preview itself, wherever focus went since
    # scrolled down to the heading (once laid out: a loaded machine lays out late)
    qtbot.waitUntil(lambda: view.verticalScrollBar().value() > 0, timeout=3000)
    assert "does not follow" not in window.statusBar().currentMessage()


def test_a_link_the_preview_cannot_follow_is_said(
    qtbot, text_window: MainWindow, site_copy: Path, monkeypatch  # noqa: ANN001
) -> None:
    window = text_window
    page = _page_with_links(site_copy, "[About us](/about/) and [a charter](https://example.org/)")
    open_site(qtbot, window, site_copy)
    with qtbot.waitSignal(window.previewUpdated, timeout=20000):
        assert window.open_document(page)
    view = window.preview.view
    for words, said in (
        ("About us", "does not follow links between pages (/about/)"),
        ("a charter", "Could not open https://example.org/"),
    ):
        # No browser on this computer: the system says it could not open the link.
        monkeypatch.setattr(QDesktopServices, "openUrl", lambda _url: False)
        view.setTextCursor(view.document().find(words))
        view.setFocus()
        qtbot.waitUntil(view.hasFocus)
        _press(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda s=said: s in window.statusBar().currentMessage())


def test_the_view_menu_lists_every_panel_before_the_keys_between_them(
    quiet_window: MainWindow,
) -> None:
    actions = [a for a in quiet_window.view_menu.actions() if not a.isSeparator()]
    assert actions[-2:] == [
        quiet_window.next_part_action,
        quiet_window.previous_part_action,
    ], [a.text() for a in actions]
