"""`editor-app rename-file PAGE --to-date`: a Jekyll post takes its date field's day."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from shared_sites import copy_shared_site

from editor_app.cli import main

POST = "_posts/2013-05-06-jekyll-1-0-0-released.markdown"
LINKING = "_posts/2014-05-06-jekyll-turns-2-0-0.markdown"


@pytest.fixture
def site(tmp_path: Path) -> Path:
    root = copy_shared_site("jekyll-docs", tmp_path)
    post = root / POST
    post.write_bytes(
        post.read_bytes().replace(b'date: "2013-05-06 02:12:52', b'date: "2013-05-09 12:12:52')
    )
    return root


def test_dry_run_then_rename(site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    linking = (site / LINKING).read_bytes()
    assert main(["rename-file", str(site / POST), "--to-date", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert f"links to change: {LINKING}" in out
    assert "Would rename 2013-05-06-jekyll-1-0-0-released.markdown to 2013-05-09-" in out
    assert (site / POST).exists() and (site / LINKING).read_bytes() == linking
    assert main(["rename-file", str(site / POST), "--to-date"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[-1] == (
        "Renamed 2013-05-06-jekyll-1-0-0-released.markdown to "
        "2013-05-09-jekyll-1-0-0-released.markdown; links to it changed in 1 page."
    )
    assert (site / "_posts/2013-05-09-jekyll-1-0-0-released.markdown").exists()
    assert b"{% post_url 2013-05-09-jekyll-1-0-0-released %}" in (site / LINKING).read_bytes()


def test_refusals_are_one_line_exit_2(site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (site / "_posts/2013-05-09-jekyll-1-0-0-released.markdown").write_text("x", encoding="utf-8")
    assert main(["rename-file", str(site / POST), "--to-date"]) == 2
    err = capsys.readouterr().err
    assert err == (
        "editor-app: 2013-05-09-jekyll-1-0-0-released.markdown already exists: "
        "the file was not renamed.\n"
    )
    assert main(["rename-file", str(site / "no-such.md"), "--to-date"]) == 2
    assert "no-such.md: no such file or folder" in capsys.readouterr().err


def test_a_name_without_a_date_is_said_as_such(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Said "has no date field to name the file after" of a page with a date field (or of
    # _config.yml): the name is what lacks the date.
    (site / "_docs/dated.md").write_text("---\ntitle: D\ndate: 2020-01-01\n---\n")
    for name in ("_docs/dated.md", "_config.yml"):
        assert main(["rename-file", str(site / name), "--to-date"]) == 2
        assert capsys.readouterr().err == (
            f"editor-app: {Path(name).name} does not start with a date (YYYY-MM-DD-): there is "
            "no day in its name to change.\n"
        )


def test_a_post_named_with_its_day_already_is_left_exit_0(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Exit 2 ("cannot be done") stopped a script renaming every post at the first in order.
    post = site / "_posts/2013-05-12-jekyll-1-0-2-released.markdown"
    before = post.read_bytes()
    assert main(["rename-file", str(post), "--to-date"]) == 0
    assert capsys.readouterr() == (
        "2013-05-12-jekyll-1-0-2-released.markdown already has the date of its date field. "
        "Nothing to rename.\n",
        "",
    )
    assert post.read_bytes() == before


def test_a_date_field_that_is_a_list_is_said_as_written(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    post = site / "_posts/2013-05-12-jekyll-1-0-2-released.markdown"
    text = post.read_text(encoding="utf-8")
    post.write_text(text.replace("date: ", "date: [2013-05-13] # was ", 1), encoding="utf-8")
    assert main(["rename-file", str(post), "--to-date"]) == 2
    assert capsys.readouterr().err == (
        "editor-app: 2013-05-12-jekyll-1-0-2-released.markdown: its date field ([2013-05-13]) "
        "is not a date.\n"
    )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_pipe_is_said_to_be_no_ordinary_file_as_set_says_it(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pipe = site / "_posts/2013-05-01-pipe.md"
    os.mkfifo(pipe)  # never opened: reading it would wait for a writer
    assert main(["rename-file", str(pipe), "--to-date"]) == 2
    assert capsys.readouterr().err == (
        f"editor-app: cannot read {pipe}: it is not an ordinary file (a device, a pipe or a "
        "socket), so it is left alone\n"
    )


def test_a_post_with_no_date_field_is_left_exit_0(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # jekyll-docs' 2.0.0 post has no date field: Jekyll dates it by its name. Exit 2 stopped
    # a script renaming every post.
    before = (site / LINKING).read_bytes()
    assert main(["rename-file", str(site / LINKING), "--to-date"]) == 0
    assert capsys.readouterr() == (
        "2014-05-06-jekyll-turns-2-0-0.markdown has no date field to name the file after. "
        "Nothing to rename.\n",
        "",
    )
    assert (site / LINKING).read_bytes() == before
