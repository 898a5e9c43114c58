"""A page is read as its generator reads it (comments, set and capture blocks taken out,
Eleventy's code drawn) once per render, not again for each part it is cut into."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.core import render_templates
from editor_app.core.document import Document
from editor_app.core.render import Renderer
from editor_app.core.site import Site


def _site(tmp_path: Path, generator: str) -> Site:
    if generator == "jekyll":
        (tmp_path / "_config.yml").write_text("title: T\n", encoding="utf-8")
    else:
        (tmp_path / "eleventy.config.js").write_text("export default {};\n", encoding="utf-8")
    return Site.open(tmp_path)


@pytest.mark.parametrize("generator", ["jekyll", "eleventy"])
def test_a_long_page_is_read_once_and_shows_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, generator: str
) -> None:
    site = _site(tmp_path, generator)
    sections = [
        f"## Section {k}\n\n" + "Some words about the thing, said plainly. " * 30 + "\n"
        for k in range(30)
    ]
    comment = "{% comment %}not shown{% endcomment %}"
    page = tmp_path / "page.md"
    page.write_text("---\ntitle: Long\n---\n" + comment + "\n\n" + "\n".join(sections), "utf-8")
    calls: list[int] = []
    real = render_templates.without_comments

    def counted(text: str, nunjucks: bool = True) -> str:
        calls.append(len(text))
        return real(text, nunjucks)

    monkeypatch.setattr(render_templates, "without_comments", counted)
    renderer = Renderer(site)
    shown = renderer.render_page(Document.load(page))
    assert renderer.parts.rendered_parts > 5  # cut into parts
    assert len(calls) == 1
    assert "not shown" not in shown and "Section 29" in shown
