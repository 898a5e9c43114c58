"""`editor-app rename` to a value the field cannot have (`rename order 1 first`, a number
field) wrote it into every page in silence, exit 0; `set` says so of one page. Now nothing is
changed and the reason is said, exit 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.cli import main


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["order", "1", "first"], "order holds numbers, and 'first' is not a number"),
        (["order", "1", "true"], "order holds numbers, and 'true' is not a number"),
    ],
)
def test_a_value_the_field_cannot_have_changes_nothing(
    guide: Path, capsys: pytest.CaptureFixture[str], argv: list[str], said: str
) -> None:
    page = guide / "_articles/how-to-contribute.md"
    before = page.read_bytes()
    assert main(["rename", *argv]) == 2
    assert capsys.readouterr().err == f"editor-app: {said}: nothing was changed\n"
    assert page.read_bytes() == before


def test_a_value_the_field_can_have_is_renamed(
    guide: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["rename", "order", "1", "7"]) == 0
    assert "\norder: 7\n" in (guide / "_articles/how-to-contribute.md").read_text()


def test_dates_and_true_or_false_too(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    site = tmp_path / "site"
    (site / "_posts").mkdir(parents=True)
    (site / "_config.yml").write_text("title: x\n")
    for n in (1, 2, 3):
        (site / f"_posts/2024-01-0{n}-p.md").write_text(
            f"---\ntitle: P{n}\nday: 2024-01-0{n}\nlisted: true\n---\nB\n"
        )
    assert main(["rename", "day", "2024-01-01", "soon", str(site)]) == 2
    assert "day holds dates, and 'soon' is not one (write it as YYYY-MM-DD)" in (
        capsys.readouterr().err
    )
    assert main(["rename", "listed", "true", "maybe", str(site)]) == 2
    assert "listed holds true or false, and 'maybe' is neither" in capsys.readouterr().err
