"""A picture or a Word file saved under a page's name (`.md`) is refused in one line, exit 2,
by every command that takes a page, as a file that is not a page is: `review note` added a
note to it (exit 0), `rename-file` said a Python decoding error. Nothing is written. A page
saved as UTF-16 is text and is renamed as any other."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest
from cli_helpers import run
from shared_sites import copy_shared_site

NOT_TEXT = (
    "This file does not look like text (it may be a picture, a file from another program, or "
    "text in an encoding that cannot be recognised)"
)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = copy_shared_site("connectedbydata", tmp_path_factory.mktemp("binary"))
    shutil.copyfile(root / "assets/projects/gdb.jpg", root / "_resources/2023-01-01-picture.md")
    with zipfile.ZipFile(root / "_resources/2023-01-02-word.md", "w") as word:
        word.writestr("word/document.xml", "<w:document/>")
    return root


def _files(root: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in root.rglob("*") if p.is_file()}


@pytest.mark.parametrize("page", ["2023-01-01-picture.md", "2023-01-02-word.md"])
@pytest.mark.parametrize(
    ("command", "refused"),
    [
        (["review", "note", "{page}", "--text", "hello"], "so it is not reviewed"),
        (["review", "send-back", "{page}", "--reason", "redo"], "so it is not reviewed"),
        (["review", "approve", "{page}"], "so it is not reviewed"),
        (["review", "mark-reviewed", "{page}"], "so it is not reviewed"),
        (["review", "notes", "{page}"], "so it is not reviewed"),
        (["set", "{page}", "title=X"], "so its fields cannot be set; the file was not changed"),
        (["render", "{page}"], "so it has no preview"),
    ],
)
def test_a_binary_file_named_as_a_page_is_refused_in_one_line(
    site: Path,
    capsys: pytest.CaptureFixture[str],
    page: str,
    command: list[str],
    refused: str,
) -> None:
    path = site / "_resources" / page
    before = _files(site)
    code, out, err = run(capsys, *(str(path) if a == "{page}" else a for a in command))
    assert (code, out) == (2, "")
    assert err == f"editor-app: {path}: {NOT_TEXT}, {refused}\n"
    assert _files(site) == before


def test_rename_file_refuses_a_binary_file_in_plain_words(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = site / "_resources/2023-01-01-picture.md"
    before = _files(site)
    code, _out, err = run(capsys, "rename-file", str(path), "--to-date")
    assert code == 2
    assert (
        err == f"editor-app: 2023-01-01-picture.md: {NOT_TEXT}, so it has no date to name it by.\n"
    )
    assert _files(site) == before


def test_rename_file_renames_a_page_saved_as_utf16(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = copy_shared_site("connectedbydata", tmp_path)
    text = "---\ntitle: U\ndate: 2024-02-02\n---\nhi\n"
    (root / "_resources/2024-01-01-wide.md").write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))
    code, _out, err = run(
        capsys, "rename-file", str(root / "_resources/2024-01-01-wide.md"), "--to-date"
    )
    assert (code, err) == (0, "")
    data = (root / "_resources/2024-02-02-wide.md").read_bytes()
    assert data.startswith(b"\xff\xfe")  # still UTF-16, its old address kept
    assert data[2:].decode("utf-16-le") == text.replace(
        "---\nhi", "redirect_from:\n  - /resources/2024-01-01-wide\n---\nhi"
    )
