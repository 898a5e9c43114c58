"""Starts the window: the Qt application, the first site to open, and `--self-test`."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from editor_app.ui.main_window import MainWindow

EXIT_NO_DISPLAY = 3
SELF_TEST_TIMEOUT_MS = 30000


def _no_display() -> bool:
    """True on Linux/BSD when there is no screen and no Qt platform was chosen."""
    if sys.platform.startswith(("win", "darwin")):
        return False
    return not (
        os.environ.get("DISPLAY")
        or os.environ.get("WAYLAND_DISPLAY")
        or os.environ.get("QT_QPA_PLATFORM")
    )


def _prepare_environment(self_test: bool) -> None:
    if self_test:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    # Chromium refuses to run as root with its sandbox; the preview loads no remote content.
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")


def app_icon_path() -> Path:
    """The application icon (SVG)."""
    from editor_app.paths import resources_dir

    return resources_dir() / "icons" / "editor-app.svg"


def start_folder(folder: str | None, settings) -> Path:  # noqa: ANN001 - QSettings
    """FOLDER if given, else the last folder opened, else the user's copy of the sample site."""
    if folder:
        return Path(folder).expanduser().resolve()
    last = _last_folder(settings)
    return last if last is not None and last.is_dir() else sample_to_try()


def last_folder_gone(folder: str | None, settings) -> Path | None:  # noqa: ANN001 - QSettings
    """The folder opened last time when it is not there any more and no FOLDER was given:
    the sample site opens in its place (start_folder), which must be said."""
    if folder:
        return None
    last = _last_folder(settings)
    return last if last is not None and not last.is_dir() else None


def _last_folder(settings) -> Path | None:  # noqa: ANN001 - QSettings
    """The folder opened last time as the settings remember it (there or not); None at the
    first start."""
    last = settings.value("lastFolder")
    return Path(str(last)) if last else None


def say_last_folder_gone(window: MainWindow, gone: Path) -> None:
    """Once the sample site has opened in place of `gone`, say why in the status line: it
    opened in silence, and the author saw a stranger's three pages where their site was."""
    from PySide6.QtCore import QTimer

    def say(_root: Path) -> None:
        window.siteOpened.disconnect(say)
        message = window.tr(
            "The folder opened last time, {folder}, is not there any more: the sample site is "
            "shown. File > Open Folder… (Ctrl+O) opens yours."
        ).format(folder=gone)
        # After the site's own words on opening, which would replace it.
        QTimer.singleShot(0, window, lambda: window.statusBar().showMessage(message))

    window.siteOpened.connect(say)


def sample_to_try() -> Path:
    """The user's own copy of the bundled sample site, made on first use in the user's data
    folder: trying the editor out changes that copy, never the app's files (which may not be
    writable, and lie in the app's own git history); the bundled one if it cannot be made."""
    import shutil

    from editor_app.core.store import user_data_dir
    from editor_app.paths import sample_site_dir

    copy = user_data_dir() / "sample-site"
    if not copy.is_dir():
        try:
            shutil.copytree(sample_site_dir(), copy)
        except OSError:
            return sample_site_dir()
    return copy


def run_app(folder: str | None, self_test: bool = False) -> int:
    """Open the window on FOLDER (or the last folder, or the sample site); return the exit code.

    FOLDER may be a page: the site that holds it opens, with that page open."""
    _prepare_environment(self_test)
    from editor_app.core.word_document import command_line_refusal, is_word_document

    if folder and is_word_document(folder) and Path(folder).expanduser().is_file():
        # Not a page: shown as one it was unreadable bytes. Which site it belongs to is
        # the import's question, so no window opens on the folder it happens to be in.
        print(f"editor-app: {command_line_refusal(folder)}", file=sys.stderr)
        return 2
    if _no_display():
        print(
            "editor-app: no display found (DISPLAY and WAYLAND_DISPLAY are not set).\n"
            "  Run it from a desktop session, or on a virtual screen: xvfb-run -a editor-app\n"
            "  The command line works without a display: editor-app --help",
            file=sys.stderr,
        )
        return EXIT_NO_DISPLAY
    page: Path | None = None
    if folder and Path(folder).expanduser().is_file():
        # A page (from the file manager, or `editor-app page.md`): its site, with it open.
        page = Path(folder).expanduser().resolve()
        folder = str(page.parent)
    elif folder and not Path(folder).expanduser().is_dir():
        print(f"editor-app: no such folder or page: {folder}", file=sys.stderr)
        return 2

    from editor_app.ui.compat import keep_none_alive

    keep_none_alive()  # before any Qt call: see compat.py
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    # Before the QApplication: importing the preview sets the Qt attribute that lets it load
    # QtWebEngine later, once the window is up and the site listed (Chromium takes ~0.5 s).
    from editor_app.ui import preview  # noqa: F401

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("editor-app")
    app.setApplicationName("editor-app")
    app.setApplicationDisplayName("editor-app")
    app.setDesktopFileName("org.editor_app.EditorApp")  # packaging/linux/*.desktop
    app.setWindowIcon(QIcon(str(app_icon_path())))
    if app.platformName() == "xcb":
        # On X with no window manager, nothing gives the keyboard back after a dialog (other
        # systems do it themselves).
        from editor_app.ui.dialog_focus import return_focus_after_dialogs

        return_focus_after_dialogs(app)

    if self_test:
        return _self_test(app, folder)

    # The window's parts take seconds to load, with nothing on screen: say so first.
    from editor_app.ui.opening_splash import show_opening

    opening = show_opening(str(app_icon_path()))
    from editor_app.core.errors import install_excepthook
    from editor_app.ui.main_window import MainWindow

    install_excepthook()  # unexpected errors: logged, and told to the user in plain words
    settings = QSettings()
    window = MainWindow(settings)
    show_with_keyboard(window)
    opening.finish(window)
    # After a crash: offer the unsaved work kept in the recovery folder, once the site is read.
    window.siteOpened.connect(window.guard.offer_recovery_once)
    gone = last_folder_gone(folder, settings)
    if gone is not None:
        say_last_folder_gone(window, gone)
    window.open_folder(start_folder(folder, settings), then_open=page)
    return app.exec()


def show_with_keyboard(window: QWidget) -> None:
    """Show the window with the keyboard in it. On X with no window manager nothing
    activates a new window: typing reached it (X sends keys to the window under the pointer)
    but its shortcuts (F7, Ctrl+S) did nothing until a first click."""
    window.show()
    window.activateWindow()


def _self_test(app, folder: str | None) -> int:  # noqa: ANN001 - QApplication
    """Use the app's parts once (core/bundle_check.py), then open a site offscreen, open a
    document and wait for its preview; 0 if all went well."""
    import tempfile

    from PySide6.QtCore import QSettings, QTimer

    from editor_app.core.bundle_check import bundle_problems
    from editor_app.paths import sample_site_dir
    from editor_app.ui import dialogs
    from editor_app.ui.main_window import MainWindow

    outcome: dict = {"code": 1, "reason": "timed out before the preview was drawn"}
    with tempfile.TemporaryDirectory() as tmp:
        # The parts a packaged build can lose (data files, libraries imported late): packs,
        # Word import, Hugo and Eleventy previews, spelling, the Guide.
        problems = bundle_problems(Path(tmp) / "parts")
        if problems:
            for problem in problems:
                print(f"editor-app self-test: FAILED: {problem}", file=sys.stderr)
            return 1
        # A throw-away settings file: the self-test leaves the user's settings alone.
        settings = QSettings(str(Path(tmp) / "self-test.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings)
        window.show()

        def finish(code: int, reason: str = "") -> None:
            outcome.update(code=code, reason=reason)
            window.close()
            app.quit()

        def on_site(root: Path) -> None:
            paths = window.library.paths()
            if not paths:
                finish(1, f"the site at {root} lists no documents")
                return
            window.open_document(paths[0])

        def on_preview() -> None:
            doc = window.current_document()
            if doc is None or window.preview.web_pending:
                return  # the text preview stands in until Chromium's is drawn: wait for it
            outcome["backend"] = window.preview.backend

            def check(text: str) -> None:
                words = [w for w in doc.body.split() if w.isalpha() and len(w) > 3][:3]
                if words and not all(w in text for w in words):
                    finish(1, "the preview does not show the document's text")
                else:
                    finish(0)

            window.preview.to_plain_text(check)

        window.siteOpened.connect(on_site)
        window.previewUpdated.connect(on_preview)
        # Any error message the window would show ends the self-test with that message.
        dialogs.show_error = lambda _parent, title, message: finish(1, f"{title}: {message}")
        QTimer.singleShot(SELF_TEST_TIMEOUT_MS, lambda: finish(1, outcome["reason"]))
        window.open_folder(Path(folder).resolve() if folder else sample_site_dir())
        app.exec()
    if outcome["code"] == 0:
        print(f"editor-app self-test: ok (preview: {outcome.get('backend')})")
    else:
        print(f"editor-app self-test: FAILED: {outcome['reason']}", file=sys.stderr)
    return int(outcome["code"])
