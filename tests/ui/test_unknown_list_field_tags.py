"""A page's field no schema knows, holding a list of words (a page outside any kind of page:
`tags: [a, b]`), is a tag field: opened and left alone the page stays unchanged; a tag added
is written as the page writes its list."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from window_helpers import open_site

from editor_app.ui.form_tags import TagField


def test_an_unknown_list_of_words_is_a_tag_field(qtbot, quiet_window, tmp_path: Path) -> None:  # noqa: ANN001
    root = tmp_path / "site"
    root.mkdir()
    (root / "_config.yml").write_text("title: S\n", encoding="utf-8")
    page = root / "about.md"
    original = b"---\ntitle: About\ntags: [a, b]\nnested: [[1, 2]]\n---\nText.\n"
    page.write_bytes(original)
    window = quiet_window
    open_site(qtbot, window, root)
    with qtbot.waitSignal(window.documentOpened, timeout=10000):
        window.open_document(page)
    tags = window.form.widgets["tags"]
    assert isinstance(tags, TagField)
    assert not isinstance(window.form.widgets["nested"], TagField)  # kept as written
    assert not window.current_document().is_modified
    box = tags.focus_target()
    box.setFocus()
    qtbot.keyClicks(box, "c")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert window.save_document()
    assert page.read_bytes() == original.replace(b"[a, b]", b"[a, b, c]")
