"""A page in another language says on the status line that its spelling is not checked; the
words go when the page is closed (they stayed on, about no page, for their ten seconds)."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_sites import copy_shared_site
from window_helpers import open_site

PAGE = "_articles/hu/building-community.md"


@pytest.fixture
def site(tmp_path: Path) -> Path:
    root = copy_shared_site("opensource-guide", tmp_path)
    return root


def test_the_spelling_words_go_when_the_page_is_closed(qtbot, quiet_window, site: Path) -> None:  # noqa: ANN001
    window = quiet_window
    open_site(qtbot, window, site)
    assert window.open_document(site / PAGE)
    said = window.statusBar().currentMessage()
    assert said.startswith("Spelling is not checked on this page")
    window.close_action.trigger()
    assert window.current_document() is None
    assert window.statusBar().currentMessage() != said
