"""The module-level `tr` of the window's modules that are no QObject (questions, bars, forms)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication


def translator(context: str) -> Callable[[str], str]:
    """A module's `tr`: translates its messages under `context`, as QObject.tr does under a
    class name (modules sharing a context share their translations)."""

    def tr(text: str) -> str:
        return QCoreApplication.translate(context, text)

    return tr
