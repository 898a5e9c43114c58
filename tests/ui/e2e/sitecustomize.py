"""Drives the real app started as `python -m editor_app FOLDER`, for the recovery test.

Only active when the test puts this folder on PYTHONPATH and sets EDITOR_APP_E2E_PAGE. It
opens the page once the site is read, then either types EDITOR_APP_E2E_TYPE into the editor
and prints "ready" once the recovery copy is on disk (the test then kills the process), or,
with EDITOR_APP_E2E_ANSWER=restore|discard, answers the recovery dialog like a person and
prints what the window then shows as one JSON line.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

PAGE = os.environ.get("EDITOR_APP_E2E_PAGE")


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def _install() -> None:
    from editor_app.ui.compat import keep_none_alive

    keep_none_alive()  # before any Qt call, as the app itself does
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QTextCursor
    from PySide6.QtTest import QTest

    import editor_app.ui.main_window as main_window
    from editor_app.ui.recovery import RecoveryDialog

    words = os.environ.get("EDITOR_APP_E2E_TYPE", "")
    answer = os.environ.get("EDITOR_APP_E2E_ANSWER", "")
    recovery = Path(os.environ["EDITOR_APP_DATA_DIR"]) / "recovery"
    seen: dict = {"dialog": None}

    def type_and_wait(window) -> None:  # noqa: ANN001
        window.open_document(Path(PAGE))
        window.editor.setFocus()
        window.editor.moveCursor(QTextCursor.MoveOperation.End)
        QTest.keyClicks(window.editor, words)
        poll = QTimer(window)

        def check() -> None:
            if recovery.is_dir() and any(recovery.glob("*.json")):
                poll.stop()
                _say("ready")

        poll.timeout.connect(check)
        poll.start(100)

    def report(window) -> None:  # noqa: ANN001
        doc = window.current_document()
        _say(
            json.dumps(
                {
                    "dialog": seen["dialog"],
                    "path": str(doc.path) if doc is not None else None,
                    "modified": bool(doc is not None and doc.is_modified),
                    "window_modified": window.isWindowModified(),
                    "editor": window.editor.toPlainText(),
                }
            )
        )

    def exec_dialog(dialog) -> int:  # noqa: ANN001
        window = dialog.parentWidget()
        shown = window.current_document() if window is not None else None
        seen["dialog"] = {
            "pages": [dialog.pages.item(i).text() for i in range(dialog.pages.count())],
            "difference": dialog.difference.toPlainText(),
            # The page the window shows behind the question (the one the app was given).
            "page_behind": str(shown.path) if shown is not None else None,
        }
        if answer == "restore":
            dialog.restore_button.click()
        elif answer == "discard":
            dialog.discard_button.click()
        else:
            dialog.later_button.click()
        return dialog.result()

    RecoveryDialog.exec = exec_dialog
    RecoveryDialog.confirm_discard = classmethod(lambda cls, parent, name: True)
    original_init = main_window.MainWindow.__init__

    def init(self, *args, **kwargs) -> None:  # noqa: ANN001
        original_init(self, *args, **kwargs)
        if answer:
            # After the app's own start-up handlers (the recovery offer) have run.
            self.siteOpened.connect(lambda _root: QTimer.singleShot(200, lambda: report(self)))
        else:
            self.siteOpened.connect(lambda _root: QTimer.singleShot(0, lambda: type_and_wait(self)))

    main_window.MainWindow.__init__ = init


if PAGE:
    _install()
