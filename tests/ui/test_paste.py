"""Pasting into the editor: formatted text as clean Markdown; Ctrl+Shift+V as plain text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication

from editor_app.ui.editor import MarkdownEditor

GOOGLE_DOCS = (
    '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1">'
    '<h2><span style="font-weight:400;">Findings</span></h2>'
    '<p><span>We found </span><span style="font-weight:700;">three</span>'
    '<span> things, see </span><a href="https://example.org/r"><span>the report</span></a>.</p>'
    "<ul><li><p><span>One</span></p></li><li><p><span>Two</span></p></li></ul></b>"
)
PLAIN = "Findings\nWe found three things, see the report.\nOne\nTwo"


@pytest.fixture(autouse=True)
def _clear_clipboard():
    """The clipboard's data must not outlive the test: left for the application's teardown, a
    QMimeData set from Python is freed twice and the test process crashes as it exits."""
    yield
    QGuiApplication.clipboard().clear()


def _clipboard(html: str | None, text: str) -> QMimeData:
    mime = QMimeData()
    if html is not None:
        mime.setHtml(html)
    mime.setText(text)
    QGuiApplication.clipboard().setMimeData(mime)
    return mime


def test_formatted_paste_becomes_markdown(qtbot, editor: MarkdownEditor) -> None:
    editor.set_markdown("Intro.\n\n")
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    _clipboard(GOOGLE_DOCS, PLAIN)
    qtbot.keyClick(editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert editor.markdown() == (
        "Intro.\n\n## Findings\n\nWe found **three** things, see "
        "[the report](https://example.org/r).\n\n- One\n- Two\n"
    )
    editor.undo()  # one step
    assert editor.markdown() == "Intro.\n\n"


def test_ctrl_shift_v_pastes_plain_text(qtbot, editor: MarkdownEditor) -> None:
    _clipboard(GOOGLE_DOCS, PLAIN)
    qtbot.keyClick(
        editor,
        Qt.Key.Key_V,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert editor.markdown() == PLAIN


def test_a_few_formatted_words_go_into_the_line(qtbot, editor: MarkdownEditor) -> None:
    editor.set_markdown("Before  after")
    cursor = editor.textCursor()
    cursor.setPosition(7)
    editor.setTextCursor(cursor)
    editor.insertFromMimeData(_clipboard("<p>very <em>good</em></p>", "very good"))
    assert editor.markdown() == "Before very *good* after"


def test_code_editor_html_is_pasted_as_its_text(qtbot, editor: MarkdownEditor) -> None:
    html = (
        '<div style="font-family: Consolas;"><div><span style="color: #569cd6;">def</span>'
        "<span> f_x():</span></div></div>"
    )
    editor.insertFromMimeData(_clipboard(html, "def f_x():"))
    assert editor.markdown() == "def f_x():"


def test_pasted_pictures_go_into_the_site(qtbot, editor: MarkdownEditor, site_copy) -> None:
    import base64
    import sys
    from pathlib import Path

    from editor_app.core.site import Site

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
    from docx_samples import png_bytes

    editor.set_site(Site.open(site_copy))
    editor.set_collection("resources")
    inline = "data:image/png;base64," + base64.b64encode(png_bytes()).decode()
    local = site_copy.parent / "clip_image001.png"  # where Word's clipboard points
    local.write_bytes(png_bytes(2, 2))
    html = (
        f'<p>A chart <img src="{inline}" alt="Energy use"> and <img src="{local.as_uri()}">'
        ' and <img src="https://example.org/logo.png" alt="Logo"></p>'
    )
    editor.insertFromMimeData(_clipboard(html, "A chart and"))
    text = editor.markdown()
    folder = editor.image_folder()
    saved = sorted(p.name for p in folder.iterdir() if p.name.startswith(("energy", "pasted")))
    assert saved == ["energy-use.png", "pasted-image.png"]
    url = "/" + (folder / "energy-use.png").relative_to(site_copy).as_posix()
    assert text.startswith(f"A chart ![Energy use]({url}) and ![](")
    assert "![Logo](https://example.org/logo.png)" in text
    assert (folder / "energy-use.png").read_bytes() == png_bytes()
