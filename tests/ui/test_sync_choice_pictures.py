"""The choice between two pictures shows the pictures themselves, not only their names and
sizes ("12 bytes" against "14 bytes" told the author nothing): connectedbydata, a chart of
one name added by both authors."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument

from editor_app.core import sync, sync_conflicts
from editor_app.ui.sync_choices import ChoiceDialog

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from sharing_helpers import shared_site_team  # noqa: E402

PAGE = "_resources/worker-power-ai-cwu.md"
PICTURE = "assets/resources/chart.png"


def _png(colour: str, width: int) -> bytes:
    image = QImage(width, 40, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def test_both_pictures_are_shown(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    _server, ana, ben = shared_site_team("connectedbydata", tmp_path, monkeypatch)
    for clone, colour in ((ben, "blue"), (ana, "red")):
        page = clone / PAGE
        page.write_text(page.read_text(encoding="utf-8") + f"\n![Chart](/{PICTURE})\n", "utf-8")
        (clone / PICTURE).parent.mkdir(parents=True, exist_ok=True)
        (clone / PICTURE).write_bytes(_png(colour, 900 if clone == ben else 120))
    assert sync.push(ben).shared
    assert sync.pull(ana).conflicts

    repo = sync.open_repo(ana)
    dialog = ChoiceDialog(repo, sync_conflicts.load(repo))
    qtbot.addWidget(dialog)
    shown = {}
    for box in (dialog.mine, dialog.theirs):
        html = box.toHtml()
        assert "<img" in html and "Picture chart.png" in box.toPlainText()
        url = QUrl(f"choice-picture:{box.accessibleName()}")
        image = box.document().resource(QTextDocument.ResourceType.ImageResource, url)
        assert isinstance(image, QImage) and not image.isNull()
        shown[box.accessibleName()] = image
    mine, theirs = shown["Your version"], shown["Their version"]
    assert QColor(mine.pixel(5, 5)) == QColor("red") and mine.width() == 120
    assert QColor(theirs.pixel(5, 5)) == QColor("blue") and (theirs.width(), theirs.height()) == (300, 13)  # fits


def test_keep_both_pictures(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    """Two different charts of one name: Keep both pictures keeps theirs beside mine under a
    free name and says which, the page left showing mine (the author's choice)."""
    from PySide6.QtCore import Qt

    _server, ana, ben = shared_site_team("connectedbydata", tmp_path, monkeypatch)
    for clone, colour in ((ben, "blue"), (ana, "red")):
        page = clone / PAGE
        page.write_text(page.read_text(encoding="utf-8") + f"\n![Chart](/{PICTURE})\n", "utf-8")
        (clone / PICTURE).parent.mkdir(parents=True, exist_ok=True)
        (clone / PICTURE).write_bytes(_png(colour, 120))
    assert sync.push(ben).shared
    assert sync.pull(ana).conflicts
    page_before = (ana / PAGE).read_bytes()
    mine_before = (ana / PICTURE).read_bytes()

    repo = sync.open_repo(ana)
    dialog = ChoiceDialog(repo, sync_conflicts.load(repo))
    qtbot.addWidget(dialog)
    assert dialog.keep_both.isVisibleTo(dialog)
    assert dialog.keep_both.text() == "Keep both pictures"
    qtbot.mouseClick(dialog.keep_both, Qt.MouseButton.LeftButton)
    kept = ana / "assets/resources/chart-2.png"
    assert (ana / PICTURE).read_bytes() == mine_before
    assert QColor(QImage.fromData(kept.read_bytes()).pixel(5, 5)) == QColor("blue")
    assert (ana / PAGE).read_bytes() == page_before
    assert dialog.kept_both == [
        "Kept both pictures: theirs as assets/resources/chart-2.png; the pages still show "
        "yours (write chart-2.png there to show theirs)."
    ]
    assert dialog.to_share and sync_conflicts.load(repo) == []
