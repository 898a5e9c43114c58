"""The gauntlet on a hostile site folder: links out of the site and in a loop, a FIFO named like
a page, a folder linking back to its parent. Every command answers (never hangs), with no
traceback, and nothing outside the site is read or written."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

TIMEOUT = 60  # far above what any command needs: reaching it means a hang


@pytest.fixture
def hostile(tmp_path: Path) -> tuple[Path, Path]:
    root = tmp_path / "site"
    notes = root / "_notes"
    notes.mkdir(parents=True)
    (root / "_config.yml").write_text("collections: [notes]\n")
    for i, name in enumerate(("ann", "bob", "cat")):
        (notes / f"{name}.md").write_text(f"---\ntitle: {name.title()}\norder: {i}\n---\nText.\n")
    outside = tmp_path / "outside.md"
    outside.write_text("Not part of the site.\n")
    (notes / "out.md").symlink_to(outside)
    (notes / "loop-a.md").symlink_to(notes / "loop-b.md")
    (notes / "loop-b.md").symlink_to(notes / "loop-a.md")
    (notes / "sub").mkdir()
    (notes / "sub" / "up").symlink_to(notes, target_is_directory=True)
    os.mkfifo(notes / "pipe.md")
    return root, outside


def editor_app(*argv: str, cwd: Path, timeout: int = TIMEOUT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "editor_app", *argv],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


COMMANDS = [
    (("validate", "."), (0, 1)),
    (("schema", "."), (0,)),
    (("review", "queue", "."), (0,)),
    (("rename", "order", "1", "7", ".", "--dry-run"), (0,)),
    (("rename", "title", "Ann", "Anne", "."), (0,)),
    (("new", "notes", "--title", "Fresh", "."), (0,)),
    (("render", "_notes/pipe.md"), (2,)),
    (("set", "_notes/pipe.md", "title=x"), (2,)),
    (("set", "_notes/out.md", "title=x"), (2,)),
    (("set", "_notes/loop-a.md", "title=x"), (2,)),
    (("validate", "_notes/pipe.md"), (2,)),
]


@pytest.mark.parametrize(("argv", "codes"), COMMANDS)
def test_every_command_answers_without_touching_the_outside(
    hostile: tuple[Path, Path], argv: tuple[str, ...], codes: tuple[int, ...]
) -> None:
    root, outside = hostile
    result = editor_app(*argv, cwd=root)
    assert result.returncode in codes, result.stderr
    assert "Traceback" not in result.stderr
    if result.returncode == 2:
        assert len(result.stderr.strip().splitlines()) == 1
        assert result.stderr.startswith("editor-app: ")
    assert outside.read_text() == "Not part of the site.\n"
    assert not (outside.parent / ".review").exists()


def test_the_schema_says_what_was_skipped(hostile: tuple[Path, Path]) -> None:
    root, _ = hostile
    out = editor_app("schema", ".", cwd=root).stdout
    notes = [line for line in out.splitlines() if line.startswith("# Note:")]
    said = " ".join(notes)
    for name in ("out.md", "loop-a.md", "pipe.md"):
        assert name in said
    assert "outside the site" in said


def test_validate_says_what_it_skipped(hostile: tuple[Path, Path]) -> None:
    root, _ = hostile
    result = editor_app("validate", ".", cwd=root)
    notes = [line for line in result.stderr.splitlines() if line.startswith("editor-app: note:")]
    assert any("pipe.md" in n for n in notes) and any("out.md" in n for n in notes)


def test_set_never_writes_through_a_folder_linking_out(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    victim = elsewhere / "victim.md"
    victim.write_text("a\n")
    root = tmp_path / "site"
    (root / "_posts").mkdir(parents=True)
    (root / "_config.yml").write_text("title: x\n")
    (root / "_posts" / "linked").symlink_to(elsewhere, target_is_directory=True)
    for name in ("_posts/linked/victim.md", str(root / "_posts" / "linked" / "victim.md")):
        result = editor_app("set", name, "title=x", cwd=root)
        assert result.returncode == 2 and "Traceback" not in result.stderr
    assert victim.read_text() == "a\n"
