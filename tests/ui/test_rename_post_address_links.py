"""File > Rename File to Match Date… on a Jekyll post linked by its address with the file
name's day: the question says those links will give the address the site publishes, and
names the pages that may still link to it another way; after the rename the links follow."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_sites import copy_shared_site
from window_helpers import open_site

from editor_app.ui import post_rename_flow
from editor_app.ui.main_window import MainWindow

POST = "_posts/2016-04-19-jekyll-3-0-4-released.markdown"
LINKING = "_posts/2016-05-18-jekyll-3-1-4-released.markdown"
OLD = "/news/2016/04/19/jekyll-3-0-4-released/"
NEW = "/news/2016/04/21/jekyll-3-0-4-released/"


@pytest.fixture
def window(quiet_window):  # noqa: ANN001, ANN201
    return quiet_window


@pytest.fixture
def site(tmp_path: Path) -> Path:
    root = copy_shared_site("jekyll-docs", tmp_path)
    post = root / POST
    post.write_bytes(
        post.read_bytes().replace(b"date: 2016-04-19 10:26", b"date: 2016-04-21 10:26", 1)
    )
    (root / "_docs/odd.md").write_text(
        "---\ntitle: Odd\n---\n[x](/news/2016/4/19/jekyll-3-0-4-released/)\n", encoding="utf-8"
    )
    return root


def test_the_question_tells_of_address_links_and_they_follow(
    qtbot, window: MainWindow, site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    asked: list[str] = []
    monkeypatch.setattr(
        post_rename_flow.ConfirmRenameFile,
        "ask",
        classmethod(lambda c, p, t: asked.append(t) or True),
    )
    open_site(qtbot, window, site)
    assert window.open_document(site / POST)
    qtbot.waitUntil(window.post_rename.action.isEnabled)  # the checks loaded after the paint
    window.post_rename.action.trigger()
    assert len(asked) == 1
    # No post_url tag names it: only the address links are told of (no "No page links to it").
    assert "will name the new file" not in asked[0] and "No page links" not in asked[0]
    assert (
        f"Links to {OLD} (the file name's day, which the site never published) in 1 page "
        f"will give {NEW}, where the site publishes it."
    ) in asked[0]
    assert (
        f"These pages may still link to {OLD}, written another way; check them after the "
        "rename: _docs/odd.md"
    ) in asked[0]
    assert f"[v3.0.4]({NEW})" in (site / LINKING).read_text(encoding="utf-8")
    assert (
        window.statusBar()
        .currentMessage()
        .endswith("links to it changed in 1 page. 1 page may still link to its old address.")
    )
    assert window.current_document().path.name == "2016-04-21-jekyll-3-0-4-released.markdown"


def test_a_page_named_by_its_file_says_its_address_moves(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    root = copy_shared_site("connectedbydata", tmp_path)
    old = "/resources/2023-03-31-governance-board-minutes"
    person = root / "_people/anna-steere.md"
    person.write_text(person.read_text(encoding="utf-8") + f"\n[m]({old})\n", encoding="utf-8")
    asked: list[str] = []
    monkeypatch.setattr(
        post_rename_flow.ConfirmRenameFile,
        "ask",
        classmethod(lambda c, p, t: asked.append(t) or False),  # Cancel
    )
    open_site(qtbot, window, root)
    assert window.open_document(root / "_resources/2023-03-31-governance-board-minutes.md")
    qtbot.waitUntil(window.post_rename.action.isEnabled)  # the checks loaded after the paint
    window.post_rename.action.trigger()
    assert (
        f"Its address changes from {old} to /resources/2023-04-11-governance-board-minutes. "
        "Links to it in 1 page will follow."
    ) in asked[0]
    assert "No page links to it" not in asked[0]
    assert f"[m]({old})" in person.read_text(encoding="utf-8")  # cancelled: nothing changed
