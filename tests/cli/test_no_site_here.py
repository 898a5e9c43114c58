"""`editor-app schema FOLDER` and `validate FOLDER` on a folder that is no site (no Jekyll,
Hugo or Eleventy settings in it, above it or right inside it) say so in one line, with what a
site's folder holds, before any walk of what lies below (`schema /tmp` printed 24,000 lines of
notes). A folder holding several sites, one holding a site a level down, and a folder inside a
site keep working as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.cli import main
from editor_app.core.site import Site


def _stray_markdown(root: Path) -> None:
    for folder in ("notes/2024", "notes/2025/deep/er", "misc"):
        (root / folder).mkdir(parents=True, exist_ok=True)
        (root / folder / "page.md").write_text("---\ntitle: A note\n---\nText.\n")
    (root / "todo.md").write_text("# Things\n")


def _jekyll(root: Path) -> None:
    (root / "_posts").mkdir(parents=True)
    (root / "_config.yml").write_text("title: Blog\n")
    (root / "_posts" / "2024-01-01-a.md").write_text("---\ntitle: A\n---\nText.\n")
    (root / "about.md").write_text("---\ntitle: About\n---\nText.\n")


@pytest.mark.parametrize("command", ["schema", "validate"])
def test_a_folder_that_is_no_site_is_said_in_one_line_without_a_walk(
    command: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _stray_markdown(tmp_path)

    def no_walk(*args: object, **kwargs: object) -> None:
        raise AssertionError("the folder was walked")

    monkeypatch.setattr(Site, "entries", no_walk)
    assert main([command, str(tmp_path)]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1, err
    assert err.startswith(f"editor-app: No site found in {tmp_path}: ")
    for name in ("_config.yml", "hugo.toml", "config.toml", "eleventy.config.js", ".eleventy.js"):
        assert name in err


def test_a_page_in_such_a_folder_is_still_checked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _stray_markdown(tmp_path)
    assert main(["validate", str(tmp_path / "misc" / "page.md")]) == 0
    assert "No site found" not in capsys.readouterr().err


def test_a_folder_holding_several_sites_keeps_its_note(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _jekyll(tmp_path / "blog")
    (tmp_path / "docs" / "content").mkdir(parents=True)
    (tmp_path / "docs" / "hugo.toml").write_text('title = "Docs"\n')
    (tmp_path / "docs" / "content" / "intro.md").write_text("---\ntitle: Intro\n---\nText.\n")
    assert main(["schema", str(tmp_path)]) == 0
    out, err = capsys.readouterr()
    assert "collections:" in out and "This folder holds 2 sites (blog, docs)" in out + err
    assert "No site found" not in err


def test_a_site_a_level_down_and_a_folder_inside_a_site_still_open(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _jekyll(tmp_path / "project" / "docs")
    assert main(["schema", str(tmp_path / "project")]) == 0
    assert "collections:" in capsys.readouterr().out
    code = main(["validate", str(tmp_path / "project" / "docs" / "_posts")])
    out, err = capsys.readouterr()
    assert code in (0, 1) and "No site found" not in err and "1 page" in out


def test_a_hugo_site_named_by_config_toml_is_a_site(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "content" / "posts").mkdir(parents=True)
    (tmp_path / "config.toml").write_text('title = "Old Hugo"\n')
    (tmp_path / "content" / "posts" / "a.md").write_text("---\ntitle: A\n---\nText.\n")
    assert main(["schema", str(tmp_path)]) == 0
    assert "No site found" not in capsys.readouterr().err


def test_rename_in_a_folder_that_is_no_site_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # `rename title "A note" Done ~` rewrote every Markdown file below with that title.
    _stray_markdown(tmp_path)
    before = {p: p.read_bytes() for p in tmp_path.rglob("*.md")}
    assert main(["rename", "title", "A note", "Done", str(tmp_path)]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.startswith(f"editor-app: No site found in {tmp_path}: ")
    assert {p: p.read_bytes() for p in tmp_path.rglob("*.md")} == before


def test_rename_in_a_folder_inside_a_site_still_renames(
    site_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["rename", "status", "final", "done", str(site_copy / "_resources"), "--dry-run"])
    out, err = capsys.readouterr()
    assert code == 0 and "_resources/" in out and "No site found" not in err


def test_rename_file_in_a_folder_that_is_no_site_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The post_url tags of every Markdown file below the page's folder were rewritten.
    _stray_markdown(tmp_path)
    post = tmp_path / "2024-01-02-a.md"
    post.write_text("---\ntitle: A\ndate: 2024-01-05\n---\nHi\n")
    (tmp_path / "misc" / "page.md").write_text("See {% post_url 2024-01-02-a %}\n")
    before = {p: p.read_bytes() for p in tmp_path.rglob("*.md")}
    assert main(["rename-file", str(post), "--to-date"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.startswith(f"editor-app: No site found in {tmp_path}: ")
    assert {p: p.read_bytes() for p in tmp_path.rglob("*.md")} == before
