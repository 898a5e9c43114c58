"""Fixtures for the window tests (tests/ui)."""

from __future__ import annotations

from editor_app.ui.compat import keep_none_alive

# Before any widget exists: see editor_app/ui/compat.py (PySide6 6.12 on Python 3.11).
keep_none_alive()


def _discard_at_teardown(cls, parent, name):  # noqa: ANN001, ANN202 - stands in for a Qt dialog
    from editor_app.ui.dialogs import Choice

    return Choice.DISCARD


# pytest-qt closes the test's windows after the test's own monkeypatches are undone; a window
# left with unsaved test edits would then wait forever on a real "Save changes?" box. For the
# whole session the default answer is "Don't save"; tests that check the question replace it
# with monkeypatch as usual (which restores this default, not the real box).
def pytest_configure(config) -> None:  # noqa: ANN001 - pytest hook
    from editor_app.ui.dialogs import UnsavedChangesDialog

    UnsavedChangesDialog.ask = classmethod(_discard_at_teardown)
