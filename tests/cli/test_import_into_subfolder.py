"""`editor-app import` of a Word file into a collection whose pages all live in subfolders
(hugo-docs' methods: `methods/page`, `methods/site`...): refused in one line naming the
folders and `--folder`, as `new` is (it ended on "an unexpected problem"), and with
`--folder` the draft goes there."""

from __future__ import annotations

from pathlib import Path

import docx
from shared_sites import copy_shared_site

from editor_app.cli import main


def _word_file(path: Path) -> Path:
    document = docx.Document()
    document.add_heading("Shout", 1)
    document.add_paragraph("Shout returns the text in capitals.")
    document.save(path)
    return path


def test_import_into_a_collection_of_folders_asks_which(tmp_path: Path, capsys) -> None:
    site = copy_shared_site("hugo-docs", tmp_path)
    source = _word_file(tmp_path / "shout.docx")
    assert main(["import", str(source), "methods", str(site)]) == 2
    err = capsys.readouterr().err
    assert "holds no page of its own" in err and "--folder" in err
    assert "content/en/methods/page" in err and "unexpected" not in err
    assert not list((site / "content" / "en" / "methods").glob("*hout*.md"))
    folder = "content/en/methods/page"
    assert main(["import", str(source), "methods", str(site), "--folder", folder]) == 0
    page = Path(capsys.readouterr().out.splitlines()[0])
    assert page.parent.resolve() == (site / folder).resolve()
