"""Refusals in plain words: a pack written into a folder that does not exist, a new page in a
folder that has no collections yet."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.cli import main


def test_export_into_a_missing_folder_says_so(
    site_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = next(iter(sorted((site_copy / "_resources").glob("*.md"))))
    target = tmp_path / "not-made" / "pack.docx"
    assert main(["export", str(page), "-o", str(target)]) == 2
    err = capsys.readouterr().err
    assert f"there is no folder {target.parent}" in err and "no longer" not in err
    assert not target.parent.exists()


def test_new_page_in_a_site_without_collections(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "_config.yml").write_text("title: x\n", encoding="utf-8")
    assert main(["new", "posts", str(tmp_path), "--title", "Hi"]) == 2
    err = capsys.readouterr().err
    assert "no collection called 'posts', nor any other yet" in err
    assert "none)" not in err


@pytest.mark.parametrize(
    "action",
    [
        ["note", "--on", "title", "--text", "Why?"],
        ["approve"],
        ["diff"],
        ["suggest", "--on", "title", "--replace", "name"],
    ],
)
def test_a_review_of_a_settings_file_is_refused(
    site_copy: Path, capsys: pytest.CaptureFixture[str], action: list[str]
) -> None:
    config = site_copy / "_config.yml"
    before = config.read_bytes()
    assert main(["review", action[0], str(config), *action[1:]]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "_config.yml: not a page" in err, err
    assert config.read_bytes() == before
    assert not (site_copy / ".review").exists()
