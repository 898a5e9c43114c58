"""A page that is not there, or a folder given as a page, is said in the same line by every
command taking one page: rename-file said "PAGE: no such file" and "PAGE: is a folder" where
render, set and review say "cannot read PAGE: ...", with the file perhaps meant."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import run

COMMANDS = [
    ["render", "--body"],
    ["set", "{page}", "title=New"],
    ["rename-file", "--to-date"],
    ["review", "note", "{page}", "--text", "A note."],
]


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "site"
    (root / "_posts").mkdir(parents=True)
    (root / "_config.yml").write_text("title: Site\n", encoding="utf-8")
    (root / "_posts" / "2024-01-02-hello.md").write_text(
        "---\ntitle: Hello\ndate: 2024-01-03\n---\nHello.\n", encoding="utf-8"
    )
    monkeypatch.chdir(root)
    return root


def _said(capsys: pytest.CaptureFixture[str], command: list[str], page: str) -> str:
    argv = [a.format(page=page) for a in command]
    if "{page}" not in command:
        argv.append(page)
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == "", (argv, out)
    return err


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: "-".join(c[:2]))
@pytest.mark.parametrize(
    ("page", "line"),
    [
        (
            "_posts/2024-01-02-helo.md",
            "editor-app: cannot read _posts/2024-01-02-helo.md: no such file or folder "
            "(did you mean _posts/2024-01-02-hello.md?)\n",
        ),
        (
            "_posts",
            "editor-app: cannot read _posts: This is a folder, not a file; give a page's file "
            "in it\n",
        ),
    ],
)
def test_the_same_line(
    site: Path, capsys: pytest.CaptureFixture[str], command: list[str], page: str, line: str
) -> None:
    assert _said(capsys, command, page) == line


@pytest.mark.parametrize(
    "command",
    [
        *COMMANDS,
        ["validate"],
        ["export", "{page}", "-o", "pack.docx"],
        ["import", "{page}", "posts"],
    ],
    ids=lambda c: "-".join(c[:2]),
)
def test_every_command_words_a_missing_file_alike(
    site: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    """validate said "X: no such file or folder.", export "there is no page X", import
    "there is no file X": one failure, one wording (core.tool_support.not_there)."""
    page = "gone/zzz.docx" if command[0] == "import" else "gone/zzz.md"
    assert (
        _said(capsys, command, page) == f"editor-app: cannot read {page}: no such file or folder\n"
    )
