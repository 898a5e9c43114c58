"""`editor-app import` of a Persian Word file into the Open Source Guide's articles: the new
draft is `_articles/fa/...` with `lang: fa`, and the command says where it went and why
(before: `_articles/` with `lang: en`, said nothing)."""

from __future__ import annotations

import sys
from pathlib import Path

from shared_sites import copy_shared_site

from editor_app.cli import main
from editor_app.core.document import Document

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from test_docx_import_language import _english, _persian  # noqa: E402


def test_import_says_where_a_persian_document_went(tmp_path: Path, capsys) -> None:
    site = copy_shared_site("opensource-guide", tmp_path, "osg")
    assert main(["import", str(_persian(tmp_path / "fa.docx")), "articles", str(site)]) == 0
    out = capsys.readouterr().out.splitlines()
    page = Path(out[0])
    assert page.parent.resolve() == (site / "_articles" / "fa").resolve()
    assert Document.load(page).front_matter["lang"] == "fa"
    assert "It is in Persian: it went into _articles/fa, with the site's Persian pages." in out
    assert main(["import", str(_english(tmp_path / "en.docx")), "articles", str(site)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert Path(out[0]).parent.resolve() == (site / "_articles").resolve()
    assert not any(line.startswith("It is in") for line in out)
