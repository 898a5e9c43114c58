"""Search Site names where each page matched with the form's word, a title match too: it read
"Methods · title" among "Content management · Aliases: …" and "Text: …"."""

from __future__ import annotations

from pathlib import Path

from editor_app.core.site import Site
from editor_app.ui.site_search import DETAIL_ROLE
from editor_app.ui.site_tools import SiteSearchPanel


def test_a_title_match_says_title_as_the_form_does(qtbot, tmp_path: Path) -> None:
    posts = tmp_path / "_posts"
    posts.mkdir()
    (tmp_path / "_config.yml").write_text("title: Blog\n", encoding="utf-8")
    (posts / "2024-01-01-aliases.md").write_text(
        "---\ntitle: Aliases\n---\nNothing else.\n", encoding="utf-8"
    )
    (posts / "2024-01-02-other.md").write_text(
        "---\ntitle: Other\n---\nSome aliases here.\n", encoding="utf-8"
    )
    panel = SiteSearchPanel(delay_ms=0)
    qtbot.addWidget(panel)
    panel.set_site(Site.open(tmp_path))
    with qtbot.waitSignal(panel.searchFinished, timeout=20000):
        panel.set_query("aliases")
    details = sorted(panel.results.item(r).data(DETAIL_ROLE) for r in range(panel.results.count()))
    assert len(details) == 2
    assert " · Text: " in details[0]
    assert details[1].endswith(" · Title")


def test_pages_sharing_a_title_are_told_apart_by_their_file(qtbot, tmp_path: Path) -> None:
    """opensource-guide has each article in every language's folder, some under the English
    title: two rows read "Building Welcoming Communities / Articles · Title"."""
    (tmp_path / "_config.yml").write_text(
        "title: Guides\ncollections:\n  articles:\n    output: true\n", encoding="utf-8"
    )
    for folder in ("_articles", "_articles/bn"):
        (tmp_path / folder).mkdir(parents=True, exist_ok=True)
        (tmp_path / folder / "building-community.md").write_text(
            "---\ntitle: Building Welcoming Communities\n---\nText.\n", encoding="utf-8"
        )
    (tmp_path / "_articles" / "other.md").write_text(
        "---\ntitle: Welcoming others\n---\nText.\n", encoding="utf-8"
    )
    panel = SiteSearchPanel(delay_ms=0)
    qtbot.addWidget(panel)
    panel.set_site(Site.open(tmp_path))
    with qtbot.waitSignal(panel.searchFinished, timeout=20000):
        panel.set_query("welcoming")
    details = sorted(panel.results.item(r).data(DETAIL_ROLE) for r in range(panel.results.count()))
    # Named as the page list names them among the collection's pages (page_names.told_apart,
    # its full form): the file name, else the path below the folder they share.
    assert details == [
        "Articles · Title",
        "bn/building-community.md · Title",
        "building-community.md · Title",
    ]
