"""`editor-app new --translation-of PAGE --lang fr`: the French page of hugo-docs' Features
(French mounted from content/fr) is content/fr/about/features.md, which Hugo pairs with the
English page; asked again, it is refused in one line and nothing is written over it."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_sites import hugo_docs_with_language_folder

from editor_app.cli import main
from editor_app.core.document import Document

FRENCH = "---\ntitle: Introduction\n---\n\nBonjour.\n"


def test_a_translation_of_a_page(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch) -> None:  # noqa: ANN001
    site = tmp_path / "site"
    hugo_docs_with_language_folder(site, "fr", "fr", FRENCH)
    monkeypatch.chdir(site)
    args = ["new", "about", "--title", "Fonctionnalités", "--lang", "fr"]
    assert main([*args, "--translation-of", "content/en/about/features.md"]) == 0
    out, err = capsys.readouterr()
    made = site / "content" / "fr" / "about" / "features.md"
    assert Path(out.strip()).resolve() == made.resolve()
    assert Document.load(made).front_matter["title"] == "Fonctionnalités"
    before = made.read_bytes()

    assert main([*args, "--translation-of", "content/en/about/features.md"]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert "its French translation already: content/fr/about/features.md" in err
    assert made.read_bytes() == before


def test_a_translation_off_hugo_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "_config.yml").write_text("title: x\n", encoding="utf-8")
    (tmp_path / "_posts").mkdir()
    page = tmp_path / "_posts" / "2024-01-01-a.md"
    page.write_text("---\ntitle: A\n---\n", encoding="utf-8")
    code = main(["new", "posts", "--title", "B", "--lang", "fr", "--translation-of", str(page), str(tmp_path)])
    assert code == 2
    assert "not a Hugo site" in capsys.readouterr().err
