"""Jekyll's data folder is a site setting (`data_dir` in the source folder, `_data` unless
set), read with the others (`Layout.data`); the preview's includes read their data there."""

from __future__ import annotations

from pathlib import Path

from editor_app.core.document import Document
from editor_app.core.render import Renderer
from editor_app.core.site import Site


def _jekyll(tmp_path: Path, config: str) -> Path:
    (tmp_path / "_config.yml").write_text(config, encoding="utf-8")
    (tmp_path / "site" / "_posts").mkdir(parents=True)
    return tmp_path


def test_the_data_folder_follows_data_dir_in_the_source(tmp_path: Path) -> None:
    root = _jekyll(tmp_path, "source: site\ndata_dir: facts/\n")
    assert Site.open(root).layout.data == (root / "site" / "facts").resolve()


def test_the_data_folder_is_underscore_data_by_default(tmp_path: Path) -> None:
    root = _jekyll(tmp_path, "title: T\ndata_dir: '  '\n")
    assert Site.open(root).layout.data == (root / "_data").resolve()


def test_a_data_dir_leaving_the_site_is_no_folder(tmp_path: Path) -> None:
    root = _jekyll(tmp_path, "data_dir: ../elsewhere\n")
    assert Site.open(root).layout.data is None


def test_an_include_reads_the_data_dir_it_names(tmp_path: Path) -> None:
    root = _jekyll(tmp_path, "data_dir: facts\n")
    (root / "facts").mkdir()
    (root / "facts" / "team.yml").write_text("- name: Ada\n- name: Grace\n", encoding="utf-8")
    (root / "_includes").mkdir()
    (root / "_includes" / "team.html").write_text(
        "{% for p in site.data.team %}<b>{{ p.name }}</b>{% endfor %}", encoding="utf-8"
    )
    page = root / "about.md"
    page.write_text("---\ntitle: About\n---\n{% include team.html %}\n", encoding="utf-8")
    body = Renderer(Site.open(root)).render_body(Document.load(page).body)
    assert "<b>Ada</b><b>Grace</b>" in body
