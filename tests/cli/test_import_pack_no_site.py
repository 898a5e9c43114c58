"""A returned review pack imported where there is no site (no Jekyll, Hugo or Eleventy
settings in the folder or above) says so in one line, the window's line (the core says it),
and exits 2.
A stray copy of the page there was taken for the pack's page "moved": it said "Nothing new"
and then "what the reviewer wrote on it went there"."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import pytest
from cli_helpers import run

from editor_app.core import review

PAGE = "_resources/dpdib-lords-2nd-reading-summary.md"


def test_a_pack_where_there_is_no_site_is_refused_in_one_line(
    site_copy: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert run(capsys, "export", str(site_copy / PAGE), "-o", str(tmp_path / "pack.docx"))[0] == 0
    document = docx.Document(str(tmp_path / "pack.docx"))
    target = next(p for p in document.paragraphs if p.text.startswith("This is known as"))
    document.add_comment(target.runs, "Explain this", author="Dee")
    loose = tmp_path / "downloads"
    (loose / "old").mkdir(parents=True)
    document.save(loose / "back.docx")
    stray = loose / "old" / Path(PAGE).name
    shutil.copy(site_copy / PAGE, stray)
    monkeypatch.chdir(loose)

    code, out, err = run(capsys, "import", "back.docx")

    assert (code, out) == (2, "")
    assert err == (
        f"editor-app: No site found in {loose.resolve()}: back.docx goes back to the pages of "
        "the site it was exported from; import it into that site's folder.\n"
    )
    assert review.NoteStore(stray).notes == []
    # Given the site, the same file brings its note.
    assert run(capsys, "import", "back.docx", str(site_copy))[0] == 0
    assert [n.text for n in review.NoteStore(site_copy / PAGE).notes] == ["Explain this"]
