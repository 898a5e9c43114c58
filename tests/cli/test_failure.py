"""The command line's last guard: whatever a command meets, one plain line and exit 2."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from editor_app.cli import content, main
from editor_app.cli.common import tidy


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, err


@pytest.mark.parametrize(
    ("exc", "words"),
    [
        (
            PermissionError(errno.EACCES, "Permission denied", "/site/_posts/a.md"),
            "/site/_posts/a.md cannot be opened or changed (permission denied). Ask whoever",
        ),
        (OSError(errno.ENOSPC, "No space left on device"), "The disk is full"),
        (OSError(errno.ENAMETOOLONG, "File name too long", "x" * 20), "too long"),
        (RecursionError("maximum recursion depth exceeded"), "nested too deeply"),
        (
            ValueError(
                "Exceeds the limit (4300 digits) for integer string conversion; use "
                "sys.set_int_max_str_digits() to increase the limit"
            ),
            "a number too long",
        ),
        (KeyError("internal"), "schema stopped on an unexpected problem"),
    ],
)
def test_any_failure_is_one_plain_line(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    exc: BaseException,
    words: str,
) -> None:
    def boom(_args: object) -> int:
        raise exc

    monkeypatch.setattr(content, "cmd_schema", boom)
    code, err = run(capsys, "schema", str(tmp_path))
    assert code == 2
    assert err.startswith("editor-app: ") and err.count("\n") == 1
    assert words in err
    for internal in ("sys.set_int_max_str_digits", "Errno", "KeyError", "..", ".;"):
        assert internal not in err


def test_a_failure_while_building_the_commands_is_caught(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import editor_app.cli as cli

    def broken() -> None:
        raise ImportError("cannot import name 'x' from 'editor_app.cli'")

    monkeypatch.setattr(cli, "build_parser", broken)
    code, err = run(capsys, "validate", ".")
    assert code == 2 and "validate stopped on an unexpected problem" in err


@pytest.mark.parametrize(
    ("text", "tidied"),
    [
        (
            "The header cannot be read (line 3).; the file was not changed",
            "The header cannot be read (line 3); the file was not changed",
        ),
        ("It ends twice..", "It ends twice."),
        ("Wait... then go.", "Wait... then go."),
        ("one\nline", "one line"),
        ("no collection called '../../escape'.", "no collection called '../../escape'."),
        ("see a.b.c, then x.", "see a.b.c, then x."),
    ],
)
def test_tidy(text: str, tidied: str) -> None:
    assert tidy(text) == tidied


def test_a_refused_file_says_which_and_what_to_do(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from editor_app.core.document import Document

    page = tmp_path / "page.md"
    page.write_text("---\ntitle: A\n---\n")

    def refused(self: Document, *args: object, **kwargs: object) -> Path:
        raise PermissionError(errno.EACCES, "Permission denied", str(page))

    monkeypatch.setattr(Document, "save", refused)
    code, err = run(capsys, "set", str(page), "title=B")
    assert code == 2 and str(page) in err
    assert "permission denied" in err and "Ask whoever manages that folder" in err
    assert page.read_text() == "---\ntitle: A\n---\n"
