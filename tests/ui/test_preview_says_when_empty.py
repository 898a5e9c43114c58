"""With no page open the preview says what it is for (it was a blank white sheet, which looked
like a preview that had failed to load); while an opened page's first render is on its way it
says so; a page shown covers the words, and they come back when the page is closed."""

from __future__ import annotations

from pathlib import Path

from window_helpers import click_document, open_site

from editor_app.ui.preview import PreviewPane

EMPTY = "The page you open is shown here as it will look."


def test_the_empty_preview_says_what_it_shows(qtbot) -> None:  # noqa: ANN001
    pane = PreviewPane(web=False)
    qtbot.addWidget(pane)
    pane.resize(400, 300)
    pane.show()
    assert pane.empty_words == EMPTY
    pane.expect_page()
    assert pane.empty_words == "Preparing the preview…"
    with qtbot.waitSignal(pane.rendered, timeout=5000):
        pane.set_html("<p>Hello</p>")
    assert pane.empty_words == ""
    pane.clear()
    assert pane.empty_words == EMPTY


def test_the_window_preview_before_and_after_a_page(
    qtbot, quiet_window, site_copy: Path  # noqa: ANN001
) -> None:
    window = quiet_window
    assert window.preview.empty_words == EMPTY
    open_site(qtbot, window, site_copy)
    click_document(qtbot, window, site_copy / "_resources/case-study-cag.md")
    assert window.preview.empty_words in ("Preparing the preview…", "")
    qtbot.waitUntil(lambda: window.preview.empty_words == "", timeout=20000)
    window.close_action.trigger()
    assert window.preview.empty_words == EMPTY


def test_a_failed_first_render_is_not_left_preparing(qtbot) -> None:  # noqa: ANN001
    pane = PreviewPane(web=False)
    qtbot.addWidget(pane)
    pane.show()
    pane.expect_page()
    pane.not_drawn()
    assert pane.empty_words == "The preview could not be drawn."
