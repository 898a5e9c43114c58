"""A suggested edit that adds words beside others (an insertion, as a reviewer's tracked
insertion in Word arrives) leaves those words in the page: the editor and the review window
underline them, never strike them through as if they were to go."""

from __future__ import annotations

from pathlib import Path

from review_helpers import open_panel
from test_review_suggestions import BRAND, main_window  # noqa: F401

from editor_app.core import review
from editor_app.ui.main_window import MainWindow

KEPT = "You might call it a "
GONE = "a short public facing"


def marked(selections: list) -> dict[str, str]:
    return {
        s.cursor.selectedText(): "struck"
        if s.format.fontStrikeOut()
        else "underlined"
        if s.format.fontUnderline()
        else "plain"
        for s in selections
    }


def test_the_words_an_insertion_goes_beside_are_not_struck(
    qtbot,  # noqa: ANN001
    site_copy: Path,
    settings,  # noqa: ANN001
    main_window: MainWindow,  # noqa: F811
) -> None:
    path = site_copy / BRAND
    review.suggest(path, KEPT.strip(), KEPT.strip() + " kind of", author="Ed Editor")
    review.suggest(path, GONE, "", author="Ed Editor")

    panel = open_panel(qtbot, site_copy, settings)
    assert panel.select_path(path)
    assert marked(panel.text_view.extraSelections()) == {
        KEPT.strip(): "underlined",
        GONE: "struck",
    }

    with qtbot.waitSignal(main_window.siteOpened, timeout=30000):
        main_window.open_folder(site_copy)
    assert main_window.open_document(path)
    qtbot.waitUntil(main_window.review.notes_dock.isVisible)
    assert marked(main_window.editor.extraSelections()) == {
        KEPT.strip(): "underlined",
        GONE: "struck",
    }
