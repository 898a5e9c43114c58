"""`rename-file OLD NEW`, as `mv` takes it, or PAGE without --to-date: one line saying what
rename-file does and how to ask it (argparse said only "the following arguments are
required: --to-date"); nothing is renamed."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.cli import main


def _post(tmp_path: Path) -> Path:
    (tmp_path / "_config.yml").write_text("title: S\n", "utf-8")
    posts = tmp_path / "_posts"
    posts.mkdir()
    page = posts / "2024-01-02-hello.md"
    page.write_text("---\ntitle: Hello\ndate: 2024-01-05\n---\nText.\n", "utf-8")
    return page


@pytest.mark.parametrize(
    ("extra", "said"),
    [
        (["new.md"], "it takes no new name"),
        (["new.md", "--to-date"], "it takes no new name"),
        ([], "give --to-date"),
    ],
)
def test_a_new_name_or_no_to_date_is_said_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: list[str], said: str
) -> None:
    page = _post(tmp_path)
    assert main(["rename-file", str(page), *extra]) == 2
    err = capsys.readouterr().err
    assert said in err and f"editor-app rename-file --to-date {page}" in err
    assert len(err.strip().splitlines()) == 1
    assert page.exists() and sorted(p.name for p in page.parent.iterdir()) == [page.name]


def test_to_date_still_renames(tmp_path: Path) -> None:
    page = _post(tmp_path)
    assert main(["rename-file", "--to-date", str(page)]) == 0
    assert (page.parent / "2024-01-05-hello.md").exists() and not page.exists()
