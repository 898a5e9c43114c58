"""The module-level `tr` of the window's modules: each translates under its own context."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from editor_app.ui import dialogs, difference, safety_questions, sync, sync_page


class _SafetyOnly(QTranslator):
    """Translates every message of the context "safety" into capitals, nothing else."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return source.upper() if context == "safety" else None

    def isEmpty(self) -> bool:  # noqa: N802 - Qt API
        return False


def test_each_module_translates_under_its_own_context(qapp) -> None:
    translator = _SafetyOnly()
    assert QCoreApplication.installTranslator(translator)
    try:
        assert difference.tr("Keep my version") == "KEEP MY VERSION"
        assert safety_questions.tr("Save As") == "SAVE AS"
        assert dialogs.tr("Unsaved changes") == "Unsaved changes"
        assert sync.tr("Get latest") == "Get latest"
        assert sync_page.tr("Get latest") == "Get latest"
    finally:
        QCoreApplication.removeTranslator(translator)
    assert difference.tr("Keep my version") == "Keep my version"
