"""The web preview starts once the window is up: the text preview shows pages until then."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from window_helpers import open_site

from editor_app.ui import preview
from editor_app.ui.dialogs import Choice, UnsavedChangesDialog
from editor_app.ui.main_window import MainWindow
from editor_app.ui.preview import HAVE_WEBENGINE, PreviewPane

needs_web = pytest.mark.skipif(not HAVE_WEBENGINE, reason="QtWebEngine is not installed")

CASE_STUDY = "_resources/case-study-cag.md"


def _shut(qtbot, pane: PreviewPane) -> None:
    pane.shutdown()  # the web page goes before its view
    qtbot.wait(50)


def _text(qtbot, pane: PreviewPane) -> str:
    box: dict[str, str] = {}
    pane.to_plain_text(lambda t: box.__setitem__("text", t))
    qtbot.waitUntil(lambda: "text" in box, timeout=10000)
    return box["text"]


def test_importing_the_preview_leaves_chromium_unloaded() -> None:
    # The window appears without waiting for QtWebEngine (0.1 s to load, ~0.5 s to start).
    code = (
        "import sys; import editor_app.ui.preview as p; "
        "print(p.HAVE_WEBENGINE, 'PySide6.QtWebEngineWidgets' in sys.modules)"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert out.stdout.split() == [str(HAVE_WEBENGINE), "False"]


@needs_web
def test_a_deferred_pane_shows_text_then_hands_over_to_chromium(
    qtbot, shared_site: Path, monkeypatch
) -> None:
    monkeypatch.delenv("EDITOR_APP_PREVIEW", raising=False)
    pane = PreviewPane(defer_web=True)
    qtbot.addWidget(pane)
    pane.resize(500, 400)
    pane.show()
    assert pane.backend == "text" and pane.web_pending
    with qtbot.waitSignal(pane.rendered, timeout=10000):
        pane.set_html("<h1>Shown at once</h1><p>by the text preview</p>", shared_site)
    assert "Shown at once" in _text(qtbot, pane)

    pane.set_site_root(shared_site)  # the site is listed: Chromium starts shortly after
    qtbot.waitUntil(lambda: pane.backend == "web", timeout=20000)
    assert not pane.web_pending
    from PySide6.QtWebEngineWidgets import QWebEngineView

    assert isinstance(pane.view, QWebEngineView) and pane.view.isVisible()
    assert pane.focusProxy() is pane.view
    # Chromium took over with the page on show, and keeps the site-only rule for files.
    assert "Shown at once" in _text(qtbot, pane)
    with qtbot.waitSignal(pane.rendered, timeout=10000):
        pane.set_html("<p>Next page <img src='file:///etc/hostname.png'></p>", shared_site)
    qtbot.waitUntil(lambda: "Next page" in _text(qtbot, pane), timeout=10000)
    qtbot.waitUntil(lambda: any("/etc/" in u for u in pane._interceptor.blocked), timeout=5000)
    _shut(qtbot, pane)


@needs_web
def test_a_pane_closed_before_chromium_started_never_starts_it(
    qtbot, shared_site: Path, monkeypatch
) -> None:
    monkeypatch.delenv("EDITOR_APP_PREVIEW", raising=False)
    monkeypatch.setattr(preview, "WEB_START_DELAY_MS", 50)
    pane = PreviewPane(defer_web=True)
    qtbot.addWidget(pane)
    pane.set_site_root(shared_site)
    pane.shutdown()
    qtbot.wait(200)
    assert pane.backend == "closed" and pane._view is None
    pane.start_web()
    assert pane._view is None


def test_the_text_preview_when_asked_never_starts_chromium(
    qtbot, shared_site: Path, monkeypatch
) -> None:
    monkeypatch.setenv("EDITOR_APP_PREVIEW", "text")
    monkeypatch.setattr(preview, "WEB_START_DELAY_MS", 10)
    pane = PreviewPane(defer_web=True)
    qtbot.addWidget(pane)
    pane.set_site_root(shared_site)
    qtbot.wait(100)
    assert pane.backend == "text" and not pane.web_pending and pane._view is None


@needs_web
def test_the_window_lists_the_site_then_starts_the_web_preview(
    qtbot, site_copy: Path, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.delenv("EDITOR_APP_PREVIEW", raising=False)
    monkeypatch.setattr(UnsavedChangesDialog, "ask", classmethod(lambda cls, p, n, **_: Choice.DISCARD))
    window = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window.show()
    try:
        assert window.preview.backend == "text" and window.preview.web_pending
        open_site(qtbot, window, site_copy)
        assert window.library.paths()  # listed before Chromium starts
        window.open_document(site_copy / CASE_STUDY)
        words = window.current_document().get("title")
        qtbot.waitUntil(lambda: window.preview.backend == "web", timeout=20000)
        qtbot.waitUntil(lambda: words in _text(qtbot, window.preview), timeout=20000)
    finally:
        window.close()  # frees the web page before its view
        qtbot.wait(100)
        window.deleteLater()
        qtbot.wait(10)
