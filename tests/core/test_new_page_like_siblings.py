"""A new connectedbydata resource is written as its siblings in `_resources` are: its text
starts on the line after the header (40 of 51 do; it started after a blank line) and no empty
`project:` line (the 19 resources without a project leave it out, 2 write it empty), while
`link:` and `image:`, which the pages without a value write empty, stay for the author. A
collection whose pages leave a blank line after the header keeps it."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from shared_sites import shared_site_path

from editor_app.cli import main
from editor_app.core.new_page import new_page_bytes
from editor_app.core.schema import load_schema
from editor_app.core.site import Site


def test_a_new_resource_is_written_as_the_resources_are(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    root = tmp_path / "connectedbydata"
    shutil.copytree(
        shared_site_path("connectedbydata"), root, ignore=shutil.ignore_patterns(".git")
    )
    assert main(["new", "resources", str(root), "--title", "Bus stops"]) == 0
    page = Path(capsys.readouterr().out.strip())
    text = page.read_text(encoding="utf-8")
    assert text.endswith("\nimage:\n---\n"), text  # the text goes on the next line
    assert "\nproject:" not in text
    assert "\nlink:\n" in text and "\nauthor:\n" in text


def test_pages_with_a_blank_line_after_the_header_keep_it(tmp_path: Path) -> None:
    folder = tmp_path / "_posts"
    folder.mkdir()
    (tmp_path / "_config.yml").write_text("title: T\n", encoding="utf-8")
    for day in (1, 2, 3):
        (folder / f"2026-01-0{day}-post-{day}.md").write_text(
            f"---\ntitle: Post {day}\nsummary: One\n---\n\nText {day}.\n", encoding="utf-8"
        )
    site = Site.open(tmp_path)
    data = new_page_bytes(site, "posts", "New one", load_schema(site), dt.date(2026, 1, 9))
    assert data.endswith(b"---\n\n"), data
