"""An Eleventy page is named in the page list (and the window's title) by the fields its own
layout chain prints as its heading, not by those only other layouts print: on
eleventy-website a docs page keeping a blog post's `newstitle` is listed by its menu name,
as its docs layout heads it, where the blog layout's field named it. And a heading a layout
prints only in a condition the page's layouts decide against (`{%- if not isDocs %}`) is no
heading of the page: the blog index and the code of conduct are not 'Eleventy Community'."""

from __future__ import annotations

import shutil
from pathlib import Path

from shared_sites import shared_site_path

from editor_app.core.site import Site

NAV = "src/docs/pagination/nav.md"


def test_a_page_is_named_by_its_own_layouts_heading_fields(tmp_path: Path) -> None:
    root = tmp_path / "site"
    shutil.copytree(shared_site_path("eleventy-website"), root)
    page = root / NAV
    text = page.read_text("utf-8")
    page.write_bytes(text.replace("---\n", "---\nnewstitle: Words of an old post\n", 1).encode())
    site = Site.open(root)
    # Its docs layout prints `pageTitle` (and the page's own heading), never `newstitle`.
    assert site.entry(page).title == "Pagination Navigation"
    post = root / "src/blog/2023-10-23-seven-million.md"
    assert site.entry(post).title == site.entry(post).front_matter["newstitle"]


def test_a_heading_the_layouts_leave_out_names_no_page() -> None:
    root = shared_site_path("eleventy-website")
    site = Site.open(root)
    assert site.entry(root / "src/blog/blog.md").title == "Blog"
    assert site.entry(root / "src/docs/code-of-conduct.md").title == "Code of Conduct"
    assert site.title_fields({"layout": "layouts/docs.njk"}, root / "src/docs/x.md") == [
        "title",
        "pageTitle",
    ]


def test_a_pages_own_data_decides_its_layouts_condition(tmp_path: Path) -> None:
    """Two pages of one layout: the one setting `isDocs: false` is headed by the main
    layout's header title, the other not (the chain read once, decided for each page)."""
    (tmp_path / "eleventy.config.js").write_text("export default {};\n", encoding="utf-8")
    layouts = tmp_path / "_includes"
    layouts.mkdir()
    (layouts / "main.njk").write_text(
        "---\n---\n{%- if not isDocs %}<h1>{{ headerTitle }}</h1>{%- endif %}\n{{ content }}\n",
        encoding="utf-8",
    )
    (layouts / "docs.njk").write_text(
        "---\nlayout: main.njk\nisDocs: true\n---\n{{ content }}\n", encoding="utf-8"
    )
    site = Site.open(tmp_path)
    docs = {"layout": "docs.njk", "headerTitle": "Banner"}
    assert site.title_fields(docs, tmp_path / "a.md") is None
    assert site.title_fields({**docs, "isDocs": False}, tmp_path / "b.md") == [
        "title",
        "headerTitle",
    ]
    assert site.title_fields(docs, tmp_path / "c.md") is None  # the chain kept, decided again


def test_a_condition_not_read_here_leaves_the_heading_in(tmp_path: Path) -> None:
    """What the page's data may set without it being read here (computed data, a JavaScript
    data file naming it) leaves the heading in; so does an `elif`; a heading printed twice is
    one field."""
    (tmp_path / "eleventy.config.js").write_text("export default {};\n", encoding="utf-8")
    layouts = tmp_path / "_includes"
    layouts.mkdir()
    (layouts / "main.njk").write_text(
        "---\n---\n{%- if not isDocs %}<h1>{{ headerTitle }}</h1>{%- endif %}\n{{ content }}\n"
        "{%- if not isDocs %}<h1>{{ headerTitle }}</h1>{%- endif %}\n",
        encoding="utf-8",
    )
    (layouts / "elif.njk").write_text(
        "---\nisDocs: true\n---\n{% if other %}x{% elif not isDocs %}<h1>{{ menuTitle }}</h1>"
        "{% endif %}\n{{ content }}\n",
        encoding="utf-8",
    )
    (layouts / "docs.njk").write_text(
        "---\nlayout: main.njk\nisDocs: true\n---\n{{ content }}\n", encoding="utf-8"
    )
    scripted = tmp_path / "scripted"
    scripted.mkdir()
    (scripted / "scripted.11tydata.js").write_text(
        "export default { isDocs: process.env.DOCS === '1' };\n", encoding="utf-8"
    )
    site = Site.open(tmp_path)
    named = ["title", "headerTitle"]
    docs = {"layout": "docs.njk"}
    assert site.title_fields(docs, tmp_path / "a.md") is None  # decided: no heading
    computed = {**docs, "eleventyComputed": {"isDocs": "{{ false }}"}}
    assert site.title_fields(computed, tmp_path / "b.md") == named
    assert site.title_fields(docs, scripted / "c.md") == named
    assert site.title_fields({"layout": "elif.njk"}, tmp_path / "e.md") == ["title", "menuTitle"]
