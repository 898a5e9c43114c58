"""`editor-app import` and `editor-app export`: Word documents in, review packs out."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import docx
import pytest

from editor_app.cli import main
from editor_app.core import review
from editor_app.core.document import Document

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from docx_samples import case_study  # noqa: E402

PAGE = "_resources/dpdib-lords-2nd-reading-summary.md"


def test_import_makes_a_draft_and_says_what_it_did(site_copy: Path, tmp_path: Path, capsys):
    source = case_study(tmp_path / "story.docx", tmp_path)
    assert main(["import", str(source), "resources", str(site_copy), "--title", "Leeds"]) == 0
    out = capsys.readouterr().out.splitlines()
    page = Path(out[0])
    assert page.parent == site_copy / "_resources" and page.name.startswith("leeds")
    assert Document.load(page).front_matter["title"] == "Leeds"
    assert "2 comments kept as review notes." in out
    assert len(review.NoteStore(page).notes) == 2


def test_export_then_import_the_returned_pack(site_copy: Path, tmp_path: Path, capsys) -> None:
    page = site_copy / PAGE
    out = tmp_path / "pack.docx"
    assert main(["export", str(page), "-o", str(out)]) == 0
    assert "1 page, 0 notes" in capsys.readouterr().out
    document = docx.Document(str(out))
    target = next(p for p in document.paragraphs if p.text.startswith("This is known as"))
    document.add_comment(target.runs, "Explain this", author="Dee")
    document.save(tmp_path / "back.docx")
    assert main(["import", str(tmp_path / "back.docx"), str(site_copy)]) == 0
    assert "1 new note, 0 suggested edits." in capsys.readouterr().out
    assert [n.text for n in review.NoteStore(page).notes] == ["Explain this"]


def test_export_pdf_by_extension(site_copy: Path, tmp_path: Path) -> None:
    assert main(["export", str(site_copy / PAGE), "-o", str(tmp_path / "pack.pdf")]) == 0
    assert (tmp_path / "pack.pdf").read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(
    "args, words",
    [
        (["import", "missing.docx", "resources"], "cannot read missing.docx: no such file or folder"),
        (["import", "{bad}", "resources", "{site}"], "not a Word document"),
        (["import", "{good}", "nowhere", "{site}"], "nowhere"),
        (["import", "{good}", "{site}"], "name the collection"),
        (["export", "missing.md", "-o", "x.docx"], "cannot read missing.md: no such file or folder"),
        (["export", "{site}/_config.yml", "-o", "x.docx"], "_config.yml: not a page"),
    ],
)
def test_failures_are_one_plain_line(site_copy: Path, tmp_path: Path, args, words) -> None:
    bad = tmp_path / "bad.docx"
    bad.write_text("no", "utf-8")
    good = case_study(tmp_path / "good.docx", tmp_path)
    args = [a.format(bad=bad, good=good, site=site_copy) for a in args]
    done = subprocess.run(
        [sys.executable, "-m", "editor_app.cli", *args],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
    )
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and words in lines[0] and "Traceback" not in done.stderr


def test_an_import_without_a_collection_names_the_sites_collections(
    site_copy: Path, tmp_path: Path, capsys
) -> None:
    source = case_study(tmp_path / "story.docx", tmp_path)
    assert main(["import", str(source), str(site_copy)]) == 2
    said = capsys.readouterr().err.strip()
    # Before: "name the collection the new page goes into, before the site folder", with no
    # word of which collections there are.
    assert "(this site has: " in said and "resources" in said
    assert said.endswith(f"editor-app import story.docx COLLECTION {site_copy}")
