"""Review > Send This Page for Review: on a site whose pages have no status field
(opensource-guide, hugo-docs) the open page gets the setting that keeps it off the site and
waits in the review queue; before, only `editor-app set PAGE published=false` could put it
there. Eleventy has no such setting: the action is off."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_sites import copy_shared_site
from window_helpers import open_site

from editor_app.core import review
from editor_app.core.schema import load_schema
from editor_app.core.site import Site


def _action(window):  # noqa: ANN001, ANN202
    [action] = [
        a for a in window.review.menu.actions() if a.text().replace("&", "") == "Send This Page for Review"
    ]
    window.review.menu.aboutToShow.emit()
    return action


@pytest.mark.parametrize(
    ("site", "page", "line"),
    [
        ("opensource-guide", "_articles/fa/code-of-conduct.md", "published: false"),
        ("hugo-docs", "content/en/about/introduction.md", "draft: true"),
    ],
)
def test_the_open_page_is_sent_for_review_and_waits_in_the_queue(
    qtbot, quiet_window, tmp_path: Path, site: str, page: str, line: str  # noqa: ANN001
) -> None:
    window = quiet_window
    root = copy_shared_site(site, tmp_path, without_git=True)
    open_site(qtbot, window, root)
    assert window.open_document(root / page)
    action = _action(window)
    assert action.isEnabled()
    action.trigger()
    text = (root / page).read_text(encoding="utf-8")
    assert f"\n{line}\n" in text.split("\n---\n", 1)[0] + "\n"
    assert line in window.statusBar().currentMessage()
    opened = Site.open(root)
    queued = [it.path for it in review.review_queue(opened, load_schema(opened))]
    assert (root / page).resolve() in [Path(p).resolve() for p in queued]
    # Sent again: refused, nothing written twice.
    assert window.review.page_to_review.send() is None
    assert (root / page).read_text(encoding="utf-8") == text


def test_on_eleventy_it_is_off_and_says_why(qtbot, quiet_window, tmp_path: Path) -> None:  # noqa: ANN001
    window = quiet_window
    root = copy_shared_site("eleventy-website", tmp_path, without_git=True)
    open_site(qtbot, window, root)
    assert window.open_document(root / "src/docs/accessibility.md")
    action = _action(window)
    assert not action.isEnabled()
    assert "Eleventy has no setting" in action.toolTip()
