"""The Linux desktop entry: a Markdown file opened from the file manager reaches the app as
`editor-app FILE.md`, which opens the site that holds it with that page open (that part is
tested in tests/ui/test_window_in_step.py)."""

from __future__ import annotations

import configparser
import shlex
from pathlib import Path

from editor_app.cli import build_window_parser

ENTRY = Path(__file__).resolve().parents[2] / "packaging/linux/org.editor_app.EditorApp.desktop"


def _entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive in desktop entries
    parser.read(ENTRY, encoding="utf-8")
    return parser["Desktop Entry"]


def test_markdown_files_and_folders_are_offered_to_the_app() -> None:
    types = _entry()["MimeType"].rstrip(";").split(";")
    assert {"text/markdown", "text/x-markdown", "inode/directory"} <= set(types)


def test_the_file_clicked_is_the_one_argument(tmp_path: Path) -> None:
    page = tmp_path / "my site" / "_posts" / "2024-01-01-hello world.md"
    # What a file manager does with Exec: %f becomes the one file, as one argument.
    argv = [page.as_posix() if word == "%f" else word for word in shlex.split(_entry()["Exec"])]
    assert argv[0] == "editor-app" and len(argv) == 2
    args = build_window_parser().parse_args(argv[1:])
    assert args.folder == page.as_posix()
