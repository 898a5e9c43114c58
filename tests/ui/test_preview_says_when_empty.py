"""With no page open the preview says what it is for (it was a blank white sheet, which looked
like a preview that had failed to load); a page shown covers the words, and they come back
when the page is closed."""

from __future__ import annotations

from editor_app.ui.preview import PreviewPane


def test_the_empty_preview_says_what_it_shows(qtbot) -> None:  # noqa: ANN001
    pane = PreviewPane(web=False)
    qtbot.addWidget(pane)
    pane.resize(400, 300)
    pane.show()
    assert pane.empty_shown
    with qtbot.waitSignal(pane.rendered, timeout=5000):
        pane.set_html("<p>Hello</p>")
    assert not pane.empty_shown
    pane.clear()
    assert pane.empty_shown
