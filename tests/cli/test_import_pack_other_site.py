"""A returned review pack imported into another site than the one it was made from (the
command run from the wrong folder: SITE is the folder you are in) says so and exits 2,
instead of "Nothing new in this document" and 0, which hid the reviewer's comments."""

from __future__ import annotations

from pathlib import Path

import docx

from editor_app.cli import main
from editor_app.core import review

PAGE = "_resources/dpdib-lords-2nd-reading-summary.md"


def _returned_pack(site: Path, tmp_path: Path) -> Path:
    assert main(["export", str(site / PAGE), "-o", str(tmp_path / "pack.docx")]) == 0
    document = docx.Document(str(tmp_path / "pack.docx"))
    target = next(p for p in document.paragraphs if p.text.startswith("This is known as"))
    document.add_comment(target.runs, "Explain this", author="Dee")
    document.save(tmp_path / "back.docx")
    return tmp_path / "back.docx"


def test_a_pack_imported_into_another_site_is_refused_saying_why(
    site_copy: Path, tmp_path: Path, capsys, monkeypatch  # noqa: ANN001
) -> None:
    returned = _returned_pack(site_copy, tmp_path)
    other = tmp_path / "other-site"
    (other / "_posts").mkdir(parents=True)
    (other / "_config.yml").write_text("title: Other\n")
    (other / "_posts" / "2024-01-01-hello.md").write_text("---\ntitle: Hello\n---\nHi.\n")
    monkeypatch.chdir(other)
    capsys.readouterr()

    assert main(["import", str(returned)]) == 2

    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1
    assert "back.docx was made from another site" in captured.err
    assert PAGE in captured.err and "give the folder of the site" in captured.err
    assert review.NoteStore(site_copy / PAGE).notes == []

    monkeypatch.chdir(site_copy)  # from the right folder, the same file brings its note
    assert main(["import", str(returned)]) == 0
    assert [n.text for n in review.NoteStore(site_copy / PAGE).notes] == ["Explain this"]
