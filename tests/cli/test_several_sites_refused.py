"""A folder holding several sites (and none of its own) is read by `validate` and `schema`
with each site as one kind of page; `new` and `rename` wrote into it with the settings of
none: `new --title Test hugo-docs` (COLLECTION forgotten) took the site's name for a
collection and wrote hugo-docs/Test.md at the site's top, and `rename` changed every site at
once. Both are refused now, naming the sites, nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.cli import main


@pytest.fixture
def sites(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in ("blog", "docs"):
        (tmp_path / name / "_posts").mkdir(parents=True)
        (tmp_path / name / "_config.yml").write_text("title: A site\n", encoding="utf-8")
        (tmp_path / name / "_posts" / "2024-01-02-hello.md").write_text(
            "---\ntitle: Hello\ntags: [news]\n---\nWords.\n", encoding="utf-8"
        )
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


@pytest.mark.parametrize(
    "argv",
    [
        ["new", "--title", "Test", "blog"],
        ["new", "posts", "--title", "Test"],
        ["rename", "tags", "news", "updates"],
        ["rename", "tags", "news", "updates", ".", "--dry-run"],
    ],
)
def test_a_folder_of_several_sites_is_not_written_into(
    sites: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    before = _files(sites)
    assert main(argv) == 2
    assert capsys.readouterr() == (
        "",
        f"editor-app: {sites.resolve()} holds 2 sites (blog, docs), not one: give the folder "
        "of the one to change\n",
    )
    assert _files(sites) == before


def test_one_of_them_is_written_into(sites: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rename", "tags", "news", "updates", "blog"]) == 0
    assert "updates" in (sites / "blog/_posts/2024-01-02-hello.md").read_text(encoding="utf-8")
    assert main(["schema", "."]) == 0  # reading them all stays possible
