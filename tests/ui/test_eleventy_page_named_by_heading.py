"""An Eleventy page is named in the page list and the window's title as its layout heads it
(`title`, or a field a layout prints as the heading: the blog's `newstitle`, the docs' menu
name), not by any field whose name ends in "title": 11ty.dev's `pagination/nav.md` was named
by its `relatedTitle`, the words of other pages' "Related Docs" lists."""

from __future__ import annotations

from shared_sites import shared_site_path

from editor_app.core.site import Site

NAV = "src/docs/pagination/nav.md"


def test_the_list_names_pages_by_their_heading() -> None:
    root = shared_site_path("eleventy-website")
    site = Site.open(root)
    assert site.entry(root / NAV).title == "Pagination Navigation"
    assert site.entry(root / "src/docs/shortcodes.md").title == "Shortcodes"
    blog = [e for e in site.entries() if e.front_matter.get("newstitle")]
    assert blog and all(e.title == e.front_matter["newstitle"] for e in blog)
    # A quick tip's heading is computed from its `tiptitle`: still named by it.
    assert site.entry(root / "src/docs/quicktips/inline-css.md").title == "Inline Minified CSS"


def test_the_window_title_names_the_page_by_its_heading(qtbot, quiet_window) -> None:  # noqa: ANN001
    root = shared_site_path("eleventy-website")
    window = quiet_window
    assert window.open_folder(root, then_open=root / NAV)
    qtbot.waitUntil(lambda: "Pagination Navigation" in window.windowTitle(), timeout=20000)
    assert "Related" not in window.windowTitle() and "Create a list" not in window.windowTitle()
