"""On a 1024x700 screen the review window's two panes keep their sizes: choosing a page,
another tab or two commits to compare never moves the splitter, nor the tabs down."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from editor_app.core import gitutil
from editor_app.core.site import Site
from editor_app.ui.review import ReviewWindow

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from review_site import git, make_git_site  # noqa: E402

pytestmark = pytest.mark.skipif(not gitutil.git_available(), reason="git is not installed")

# What fit_to_screen gives the review window on a 1024x700 screen (92 % of it).
SMALL = (942, 644)


@pytest.fixture
def many_drafts(site_copy: Path) -> Path:
    """The real site under git, half the resources drafts again in a commit with a long subject
    (the other half stay final: the status field's final value is inferred from them)."""
    make_git_site(site_copy)
    for path in sorted((site_copy / "_resources").glob("*.md"))[::2]:
        data = path.read_bytes()
        path.write_bytes(data.replace(b"status: final", b"status: draft", 1))
    git(
        site_copy,
        "commit",
        "-qam",
        "Every resource goes back to the authors for another "
        "careful reading before the annual report is published",
    )
    return site_copy


def _layout(window: ReviewWindow) -> tuple[list[int], int]:
    panel = window.panel
    return panel.splitter.sizes(), panel.tabs.geometry().y()


def test_panes_keep_their_sizes_on_a_small_screen(
    qtbot, many_drafts: Path, settings: QSettings
) -> None:
    window = ReviewWindow(settings=settings)
    qtbot.addWidget(window)
    window.resize(*SMALL)
    window.show()
    qtbot.waitExposed(window)
    panel = window.panel
    with qtbot.waitSignal(panel.queueLoaded, timeout=30000):
        window.set_site(Site.open(many_drafts))
    qtbot.wait(50)
    first = _layout(window)
    assert min(first[0]) > 250  # both panes in sight
    seen = []
    rows = min(panel.proxy.rowCount(), 12)
    assert rows >= 10, (panel.model.rowCount(), panel.queue_label.text())
    for tab in range(panel.tabs.count()):
        panel.tabs.setCurrentIndex(tab)
        for row in range(rows):
            panel.table.selectRow(row)
            qtbot.wait(5)
            seen.append((tab, panel.current.relative, _layout(window)))
    # Two commits compared side by side: their subjects are long.
    panel.tabs.setCurrentIndex(0)
    commits = panel.history.commits()
    panel.set_compare_commits(commits[1].sha, commits[0].sha)
    qtbot.wait(5)
    seen.append(("between", panel.current.relative, _layout(window)))
    moved = [(tab, page, layout) for tab, page, layout in seen if layout != first]
    assert not moved, f"the panes moved from {first}: {moved[:3]}"
