"""`editor-app set` with a value the site's pages cannot have (a word for a number, text for a
date) refuses it, as `rename` does (tests/cli/test_set_unfit_value.py); with --anyway it says so
in plain words and exits 1, the value written as asked, and nothing else."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.cli import main

PAGE = "_resources/2023-03-31-governance-board-minutes.md"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["set", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_date_that_is_not_a_date_is_reported(
    site_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = site_copy / PAGE
    code, out, err = run(capsys, str(path), "date=next tuesday", "--anyway")
    assert code == 1, err
    assert out == ""
    assert err.count("\n") == 1, err
    assert "date" in err.lower() and "next tuesday" in err and "Traceback" not in err
    assert "date: next tuesday\n" in path.read_text(encoding="utf-8")


def test_a_word_for_a_number_is_reported_with_a_path_from_the_current_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    config = "title: Site\ncollections:\n  articles:\n    output: true\n"
    (tmp_path / "_config.yml").write_text(config, encoding="utf-8")
    (tmp_path / "_articles").mkdir()
    for order in range(1, 5):
        page = tmp_path / "_articles" / f"a{order}.md"
        page.write_text(f"---\ntitle: A{order}\norder: {order}\n---\nText.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, _, err = run(capsys, "_articles/a2.md", "order=abc", "--anyway")
    assert code == 1, err
    assert "_articles/a2.md line 3" in err and "'abc'" in err and err.count("\n") == 1, err


def test_a_good_value_is_quiet(site_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, str(site_copy / PAGE), "date=2023-04-12")
    assert (code, out, err) == (0, "", "")


def test_problems_of_other_fields_are_not_reported(
    site_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = site_copy / PAGE
    path.write_text(
        path.read_text(encoding="utf-8").replace("status: final", "status: 12"), encoding="utf-8"
    )
    code, out, err = run(capsys, str(path), "title=Board minutes")
    assert (code, out, err) == (0, "", "")


def test_set_name_value_apart_says_how_to_write_it(
    site_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = site_copy / PAGE
    before = path.read_bytes()
    code, _, err = run(capsys, str(path), "title", "Board minutes")
    assert code == 2 and err.count("\n") == 1
    assert "title=" in err and "Board minutes" in err, err
    assert path.read_bytes() == before


def test_a_field_name_the_site_does_not_use_is_written_and_said_at_once(
    site_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = site_copy / PAGE
    code, out, err = run(capsys, str(path), "Title=Board minutes", "autor=Jeni Tennison")
    assert (code, out) == (0, "")  # written as asked: a warning, not a failure
    text = path.read_text(encoding="utf-8")
    assert "Title: Board minutes\n" in text and "autor: Jeni Tennison\n" in text
    lines = err.splitlines()
    assert len(lines) == 2, err
    assert lines[0].startswith(f"editor-app: warning: {path}") and "'Title'" in lines[0]
    assert "Did you mean 'title'?" in lines[0]
    assert "'autor'" in lines[1] and "Did you mean 'author'?" in lines[1]


def test_an_unknown_name_already_on_the_page_is_not_told_when_another_field_is_set(
    site_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = site_copy / PAGE
    assert run(capsys, str(path), "autor=Jeni Tennison")[0] == 0
    code, out, err = run(capsys, str(path), "title=Board minutes")
    assert (code, out, err) == (0, "", "")


@pytest.mark.parametrize(("typed", "kind"), [("[Draft]", "list"), ("{Draft}", "group")])
def test_a_text_field_made_a_list_or_group_is_said_at_once(
    site_copy: Path, capsys: pytest.CaptureFixture[str], typed: str, kind: str
) -> None:
    # `title=[Draft]` wrote a list for the title (`title:\n  - Draft`), exit 0 and nothing said.
    path = site_copy / PAGE
    code, out, err = run(capsys, str(path), f"title={typed}")
    assert (code, out) == (0, "")  # written as asked: a warning, not a failure
    assert err.count("\n") == 1 and err.startswith(f"editor-app: warning: {path} line 3"), err
    assert "plain text" in err and kind in err and "in quotes, the value would be text" in err
