"""An Eleventy page's data files are looked for once a render: for its layout (does it print
the page's tags), its address (`page.url`) and its data files in JavaScript (a hover's
source), not once for each."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.core import eleventy_layout_tags, site_eleventy, site_index
from editor_app.core.document import Document
from editor_app.core.render import Renderer
from editor_app.core.site import Site


def test_a_pages_data_files_are_found_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "eleventy.config.js").write_text("export default {};\n", encoding="utf-8")
    (tmp_path / "_includes" / "layouts").mkdir(parents=True)
    (tmp_path / "_includes" / "layouts" / "doc.njk").write_text(
        "{% for tag in tags %}{{ tag }}{% endfor %}{{ content | safe }}", encoding="utf-8"
    )
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "docs.json").write_text(
        '{"layout": "layouts/doc.njk", "permalink": "/guide/index.html"}', encoding="utf-8"
    )
    (tmp_path / "docs" / "page.11tydata.js").write_text("export default { n: 1 };\n", "utf-8")
    (tmp_path / "_includes" / "here.md").write_text("Here: {{ page.url }}.\n", "utf-8")
    page = tmp_path / "docs" / "page.md"
    page.write_text(
        '---\ntitle: P\ntags: [quick]\n---\n{% include "here.md" %}\n\n{{ n }}\n', "utf-8"
    )
    calls: list[Path] = []
    real = site_eleventy.eleventy_data_files

    def counted(source: Path, path: Path) -> list[Path]:
        calls.append(path)
        return real(source, path)

    monkeypatch.setattr(site_eleventy, "eleventy_data_files", counted)
    # The site's own list of pages reads their folder data for itself: not the render's.
    read_data = site_eleventy.eleventy_data
    monkeypatch.setattr(
        site_index,
        "eleventy_data",
        lambda source, path: read_data(source, path, real(source, path)),
    )
    monkeypatch.setattr(eleventy_layout_tags, "eleventy_data_files", counted)
    renderer = Renderer(Site.open(tmp_path))
    shown = renderer.render_page(Document.load(page))
    assert len(calls) == 1
    assert "<p>Here: /guide/.</p>" in shown  # the folder's permalink
    assert "<li>quick</li>" in shown  # the folder's layout prints the tags
    assert "page.11tydata.js" in shown  # the hover names the page's own data file


def test_a_pages_known_values_are_worked_out_once_a_render(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The values its templates read (for the body) and its heading (for the title) come
    # from one working out a render; the configuration is searched for the data folder once.
    from editor_app.core import render_eleventy_page

    (tmp_path / "eleventy.config.js").write_text("export default {};\n", encoding="utf-8")
    (tmp_path / "_includes").mkdir()
    (tmp_path / "_includes" / "doc.njk").write_text("<h1>{{ pageTitle }}</h1>", "utf-8")
    page = tmp_path / "page.md"
    page.write_text("---\nlayout: doc.njk\npageTitle: P\n---\nText\n", "utf-8")
    made: list[Path] = []
    real = render_eleventy_page.page_values

    def counted(*args: object) -> object:
        made.append(args[2])  # type: ignore[arg-type]
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(render_eleventy_page, "page_values", counted)
    renderer = Renderer(Site.open(tmp_path))
    for _ in range(2):
        assert '<h1 class="page-title">P</h1>' in renderer.render_page(Document.load(page))
    assert len(made) == 2  # one a render
    assert list(renderer.__dict__["_data_folders"].values()) == [tmp_path / "_data"]


def test_a_pages_layout_chain_is_read_once_a_render(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The keys its layouts set (the values), the heading they print (the title) and whether
    # they print the tags all come from one reading of the layout chain.
    (tmp_path / "eleventy.config.js").write_text("export default {};\n", encoding="utf-8")
    (tmp_path / "_includes").mkdir()
    (tmp_path / "_includes" / "base.njk").write_text(
        "---\nsection: docs\n---\n{% for tag in tags %}{{ tag }}{% endfor %}{{ content }}",
        "utf-8",
    )
    (tmp_path / "_includes" / "doc.njk").write_text(
        "---\nlayout: base.njk\n---\n<h1>{{ pageTitle }}</h1>{{ content | safe }}", "utf-8"
    )
    page = tmp_path / "page.md"
    page.write_text("---\nlayout: doc.njk\npageTitle: P\ntags: [quick]\n---\nText\n", "utf-8")
    read: list[str | None] = []
    real = eleventy_layout_tags._layout_chain  # noqa: SLF001

    def counted(site: object, name: str | None) -> object:
        read.append(name)
        return real(site, name)

    monkeypatch.setattr(eleventy_layout_tags, "_layout_chain", counted)
    shown = Renderer(Site.open(tmp_path)).render_page(Document.load(page))
    assert read == ["doc.njk"]
    assert '<h1 class="page-title">P</h1>' in shown  # the heading its layout prints
    assert "<li>quick</li>" in shown  # its outer layout prints the tags
