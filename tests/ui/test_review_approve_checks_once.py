"""The review window's Approve runs Check on the page once to learn its errors and its
warnings (it ran it once for each), then once more inside the approval itself, which checks
again the page it writes. The page is approved as before."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from editor_app.core import review
from editor_app.core import validate as validate_module
from editor_app.core.site import Site
from editor_app.ui.review.window import ReviewWindow

BRAND = "_resources/brand-narrative.md"  # status: draft, nothing open


def test_approve_runs_check_once_for_errors_and_warnings(  # noqa: ANN001
    qtbot, site_copy: Path, settings, monkeypatch
) -> None:
    path = site_copy / BRAND
    window = ReviewWindow(settings=settings)
    qtbot.addWidget(window)
    window.resize(1300, 800)
    window.show()
    with qtbot.waitSignal(window.panel.queueLoaded, timeout=30000):
        window.set_site(Site.open(site_copy))
    panel = window.panel
    panel.select_path(path)
    runs: list[Path] = []
    check = validate_module.validate_document

    def counted(doc, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        runs.append(doc.path)
        return check(doc, *args, **kwargs)

    monkeypatch.setattr(validate_module, "validate_document", counted)
    monkeypatch.setattr(type(panel), "ask_approval", classmethod(lambda c, p, t, b: (False, "")))
    with qtbot.waitSignal(panel.approved, timeout=5000):
        qtbot.mouseClick(panel.approve_button, Qt.MouseButton.LeftButton)
    assert review.NoteStore(path).decisions[-1].decision == "approved"
    assert "status: final" in path.read_text(encoding="utf-8")
    assert len(runs) == 2  # the window's question, then the approval's own gate
