"""The form writes a list's items in the quotes the site's pages use, as `set` and rename do,
when the items it replaces all needed theirs: hugo-docs' `keywords: [highlight]`, set to
["a: b"], then given `highlight` again in the form (the chip taken away, the word added),
is saved as it was; the form wrote `["highlight"]`."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from shared_sites import copy_shared_site
from window_helpers import open_site

from editor_app.cli import main
from editor_app.ui.form_tags import Chip, TagField

PAGE = "content/en/shortcodes/highlight.md"


def test_the_form_sets_the_keyword_back_plain(qtbot, quiet_window, tmp_path: Path) -> None:  # noqa: ANN001
    root = copy_shared_site("hugo-docs", tmp_path, without_git=True)
    page = root / PAGE
    original = page.read_bytes()
    assert main(["set", str(page), 'keywords=["a: b"]']) == 0
    window = quiet_window
    open_site(qtbot, window, root)
    with qtbot.waitSignal(window.documentOpened, timeout=20000):
        window.open_document(page)
    tags = window.form.widgets["keywords"]
    assert isinstance(tags, TagField) and tags.tags == ["a: b"]
    box = tags.focus_target()
    box.setFocus()
    qtbot.keyClicks(box, "highlight")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tags.tags == ["a: b", "highlight"], timeout=3000)
    qtbot.mouseClick(tags.chips.findChildren(Chip)[0].remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tags.tags == ["highlight"], timeout=3000)
    assert window.save_document()
    assert page.read_bytes() == original
