"""A list field (tags, topics, keywords) the form fills writes the same bytes as
`editor-app set` gives the same value: the collection's list style and quote marks, on the
real sites: a list with items, an empty `keywords: []` (hugo-docs), a page lacking the field
(written where and as the collection's pages write it), an item that needs quotes."""

from __future__ import annotations

import io
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from shared_sites import copy_shared_site
from window_helpers import open_site

from editor_app.cli import main
from editor_app.ui.form_tags import TagField

CASES = [
    ("hugo-docs", "content/en/about/security.md", "keywords"),
    ("hugo-docs", "content/en/functions/partials/_index.md", "keywords"),
    ("eleventy-website", "src/docs/pagination/nav.md", "tags"),
    ("connectedbydata", "_resources/worker-power-ai-cwu.md", "topics"),
    ("opensource-guide", "_articles/finding-users.md", "related"),
    # Pages lacking the field: written where and as the collection's pages write it.
    ("connectedbydata", "_resources/2023-03-31-governance-board-minutes.md", "topics"),
    ("eleventy-website", "src/docs/accessibility.md", "tags"),
    ("jekyll-docs", "_posts/2016-10-06-jekyll-3-3-is-here.md", "categories"),
]


@pytest.mark.parametrize(("site_name", "page_path", "field"), CASES)
def test_a_tag_added_in_the_form_writes_what_set_writes(
    qtbot,  # noqa: ANN001
    quiet_window,  # noqa: ANN001
    tmp_path: Path,
    site_name: str,
    page_path: str,
    field: str,
) -> None:
    added = "Needs: quotes" if "minutes" in page_path or "nav" in page_path else "Newtag"
    by_form = copy_shared_site(site_name, tmp_path, "form", without_git=True)
    by_set = copy_shared_site(site_name, tmp_path, "set", without_git=True)
    window = quiet_window
    open_site(qtbot, window, by_form)
    page = by_form / page_path
    with qtbot.waitSignal(window.documentOpened, timeout=20000):
        window.open_document(page)
    tags = window.form.widgets[field]
    assert isinstance(tags, TagField)
    before = list(tags.tags)
    box = tags.focus_target()
    box.setFocus()
    qtbot.keyClicks(box, added)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: added in tags.tags, timeout=3000)
    assert window.save_document()

    items = ", ".join('"' + item + '"' for item in [*before, added])
    with redirect_stdout(io.StringIO()), redirect_stderr(io.StringIO()):
        assert main(["set", str(by_set / page_path), f"{field}=[{items}]"]) == 0
    assert page.read_bytes().decode("utf-8") == (by_set / page_path).read_bytes().decode("utf-8")
