"""Screenshots of the real window, its review window and its dialogs, for the Help guide and
for looking at the window as a person would.

Run on a screen (e.g. Xvfb) of the size to look at:

    xvfb-run -a -s "-screen 0 1024x700x24" .venv/bin/python tools/window_screenshots.py \
        SITE OUT_FOLDER [PAGE]

SITE is copied to a temporary folder first (nothing in it is changed). Each picture is the
whole screen, so it shows whether the window fits: main.png (the window with PAGE open),
form.png (the form scrolled to its end), problems.png (after Check), review.png, and one per
dialog (new-page.png, note.png, name.png, unsaved.png, changed-on-disk.png, recovery.png,
rename.png).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")


def main(argv: list[str]) -> int:
    from editor_app.ui.compat import keep_none_alive

    keep_none_alive()
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from editor_app.ui import preview  # noqa: F401 - before the QApplication (WebEngine)

    site_arg, out = Path(argv[1]).resolve(), Path(argv[2]).resolve()
    page_rel = argv[3] if len(argv) > 3 else None
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp())
    site = tmp / site_arg.name
    shutil.copytree(site_arg, site)
    os.environ["EDITOR_APP_DATA_DIR"] = str(tmp / "data")
    app = QApplication(sys.argv[:1])
    app.setApplicationName("editor-app")

    from editor_app.ui import dialogs
    from editor_app.ui.difference import Difference
    from editor_app.ui.main_window import MainWindow
    from editor_app.ui.recovery import RecoveryDialog
    from editor_app.ui.safety_questions import ChangedOnDiskDialog

    window = MainWindow(QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat))
    window.show()
    steps: list[tuple[int, Callable[[], object]]] = []

    def shot(name: str) -> None:
        app.primaryScreen().grabWindow(0).save(str(out / f"{name}.png"))
        print(f"{out / name}.png")

    def modal(name: str, ask: Callable[[], object]) -> Callable[[], object]:
        """Ask a question as the window does; picture it, then close it."""

        def run() -> None:
            def take() -> None:
                box = app.activeModalWidget()
                shot(name)
                if box is not None:
                    box.close()

            QTimer.singleShot(900, take)
            ask()

        return run

    def later(delay: int, fn: Callable[[], object]) -> None:
        steps.append((delay, fn))

    def run_steps() -> None:
        if not steps:
            dialogs.UnsavedChangesDialog.ask = classmethod(lambda *_a: dialogs.Choice.DISCARD)
            window.close()
            app.quit()
            return
        delay, fn = steps.pop(0)

        def go() -> None:
            fn()
            run_steps()

        QTimer.singleShot(delay, go)

    def scroll_form_to_end() -> None:
        bar = window.form_area.verticalScrollBar()
        bar.setValue(bar.maximum())

    def edit_a_little() -> None:
        window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
        window.editor.insertPlainText("\n\nA few words not saved yet.")
        window.guard.autosave_now(wait=True)

    def recovery() -> None:
        store = window.guard.recovery
        RecoveryDialog.ask(window, store.pending(include_live=True), store)

    def review_window() -> None:
        window.review.open_queue()

    def close_review() -> None:
        rw = getattr(window.review, "review_window", None)
        if rw is not None:
            rw.close()

    def rename() -> None:
        window.site_tools.open_rename()

    def close_rename() -> None:
        if window.site_tools.dialog is not None:
            window.site_tools.dialog.close()

    def new_page() -> None:
        collections = [(n, c.label) for n, c in window.site.collections.items()]
        from editor_app.ui.new_page_dialog import NewPageQuestion

        dialog = dialogs.NewDocumentDialog(
            NewPageQuestion(collections, window.documents.propose_name, "resources"), window
        )
        dialog.title_edit.setText("What tenants told us about repairs in the winter")
        dialog.show()
        QTimer.singleShot(600, lambda: (shot("new-page"), dialog.close()))

    def note() -> None:
        dialog = dialogs.NoteDialog(
            "Add review note on “" + window.documents.document_name() + "”",
            "a highly critical ICO audit in 2020",
            parent=window,
        )
        dialog.show()
        QTimer.singleShot(600, lambda: (shot("note"), dialog.close()))

    later(6000, lambda: shot("main"))
    later(100, scroll_form_to_end)
    later(600, lambda: shot("form"))
    later(100, window.validate_current)
    later(1200, lambda: shot("problems"))
    later(100, review_window)
    later(3000, lambda: shot("review"))
    later(100, close_review)
    later(300, new_page)
    later(900, note)
    later(900, modal("name", lambda: dialogs.ReviewerName.ask(window)))
    later(100, edit_a_little)
    later(300, modal("unsaved", lambda: dialogs.UnsavedChangesDialog.ask(window, "This page")))
    later(
        300,
        modal(
            "changed-on-disk",
            lambda: ChangedOnDiskDialog.ask(
                window, "case-study.md", Difference("Old line\nSame\n", "New line\nSame\n")
            ),
        ),
    )
    later(300, modal("recovery", recovery))
    later(300, rename)
    later(900, lambda: shot("rename"))
    later(100, close_rename)

    page = site / page_rel if page_rel else None
    window.open_folder(site, then_open=page)
    run_steps()
    app.exec()
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
