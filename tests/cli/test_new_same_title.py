"""`editor-app new` with a title another page of the same kind already has: the page is
made (its file named -2), and a warning says pages naming the first by its title could no
longer tell the two apart."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.cli import main


def test_a_new_page_with_a_title_already_taken_is_warned(
    site_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["new", "people", "--title", "Jeni Tennison", str(site_copy)]) == 0
    out, err = capsys.readouterr()
    assert out.strip().endswith("_people/jeni-tennison-2.md")
    assert err == (
        "editor-app: warning: _people/jeni-tennison.md already has the title 'Jeni Tennison'; "
        "pages naming it by its title cannot tell the two apart\n"
    )
    assert main(["new", "people", "--title", "Ann Other", str(site_copy)]) == 0
    assert capsys.readouterr().err == ""


def test_a_word_document_imported_twice_says_the_first_page_is_there(
    site_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
    from docx_samples import case_study

    source = case_study(tmp_path / "story.docx", tmp_path)
    assert main(["import", str(source), "resources", str(site_copy)]) == 0
    first = capsys.readouterr().out
    assert "already there" not in first
    assert main(["import", str(source), "resources", str(site_copy)]) == 0
    second = capsys.readouterr().out
    assert "Created community-energy-in-leeds-2.md (Community energy in Leeds)." in second
    assert (
        "A page with this title was already there: community-energy-in-leeds.md. If this Word "
        "document was imported before, keep one of the two pages." in second
    )
