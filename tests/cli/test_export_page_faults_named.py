"""export and import say what is wrong with the page or file given: an unreadable page was
answered "cannot write OUT.docx: permission denied" (blaming the pack), a folder given to
import "there is no file", and a page not saved as UTF-8 was exported without a word."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import run, site_with_a_latin1_post


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A tiny Jekyll site with a post saved as UTF-8 and one saved as Latin-1."""
    root = site_with_a_latin1_post(tmp_path / "site")
    monkeypatch.chdir(root)
    return root


def test_an_unreadable_page_is_named(
    site: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from editor_app.core.document import Document

    def refused(path: object) -> Document:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(Document, "load", staticmethod(refused))
    code, out, err = run(capsys, "export", "_posts/2024-01-01-a.md", "-o", "pack.docx")
    assert code == 2 and out == ""
    assert err.startswith("editor-app: cannot read _posts/2024-01-01-a.md: permission denied."), err
    assert "pack.docx" not in err and err.count("\n") == 1
    assert not (site / "pack.docx").exists()


def test_a_folder_given_to_import_is_said_to_be_one(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "import", "_posts", "posts")
    assert code == 2 and out == ""
    assert err.startswith("editor-app: _posts is a folder: give a Word file (.docx)"), err


def test_a_folder_given_to_export_is_said_to_be_one(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = run(capsys, "export", "_posts", "-o", "pack.docx")
    assert code == 2
    assert err.startswith("editor-app: _posts is a folder: name its pages"), err


def test_a_page_not_saved_as_utf8_is_warned_of(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "export", "_posts/2024-01-02-cafe.md", "-o", "pack.docx")
    assert code == 0 and (site / "pack.docx").is_file()
    assert out.startswith("Wrote pack.docx")
    assert err.startswith("editor-app: warning: _posts/2024-01-02-cafe.md line 7: "), err
    assert "not valid UTF-8" in err and "Windows-1252" in err and err.count("\n") == 1


def test_a_utf8_page_is_exported_without_a_warning(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "export", "_posts/2024-01-01-a.md", "-o", "pack.docx")[::2] == (0, "")


def test_a_slip_in_a_page_name_is_answered_with_the_file_meant(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "export", "_posts/2024-01-01-b.md", "-o", "pack.docx") == (
        2,
        "",
        "editor-app: cannot read _posts/2024-01-01-b.md: no such file or folder "
        "(did you mean _posts/2024-01-01-a.md?)\n",
    )
