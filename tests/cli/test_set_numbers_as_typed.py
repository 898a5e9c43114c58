"""`editor-app set` with digits YAML reads as another number: a text field keeps them as
typed (`version=1.10` wrote `version: 1.1`, `010` wrote `8`, with exit 0); a number field
refuses an octal that is not the number typed (`order=010` wrote `order: 8`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_sites import copy_shared_site

from editor_app.cli import main
from editor_app.core.document import Document

POST = "_posts/2013-05-06-jekyll-1-0-0-released.markdown"
GUIDE = "_articles/starting-a-project.md"


@pytest.mark.parametrize("typed", ["1.10", "010", "1_000", "+5"])
def test_a_text_field_keeps_the_digits_typed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], typed: str
) -> None:
    # `version: 1.0.0` is text on jekyll-docs' posts.
    site = copy_shared_site("jekyll-docs", tmp_path)
    path = site / POST
    path.chmod(0o644)
    before = path.read_text(encoding="utf-8")
    assert main(["set", str(path), f"version={typed}"]) == 0
    assert capsys.readouterr().err == ""
    assert path.read_text(encoding="utf-8") == before.replace(
        "version: 1.0.0", f'version: "{typed}"'
    )
    assert Document.load(path).get("version") == typed


def test_a_number_that_reads_as_typed_stays_a_number(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "page.md"
    path.write_text("---\ntitle: A\nversion: x\n---\n")
    assert main(["set", str(path), "version=4.0"]) == 0
    assert Document.load(path).get("version") == 4.0


def test_a_number_field_refuses_an_octal_it_would_misread(
    guide: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = guide / GUIDE
    before = path.read_bytes()
    assert main(["set", GUIDE, "order=010"]) == 2
    assert capsys.readouterr().err == (
        "editor-app: order: '010' is read as the number 8 (a number starting with 0 is octal); "
        "write 10, or 8 if that is meant; the file was not changed\n"
    )
    assert path.read_bytes() == before
    assert main(["set", GUIDE, "order=07"]) == 0
    assert Document.load(path).get("order") == 7


@pytest.mark.parametrize(
    ("typed", "plain"), [("1_000", "1000"), ("0x10", "16"), ("0b101", "5"), ("1:30", "90")]
)
def test_a_number_field_refuses_a_number_not_in_plain_digits(
    guide: Path, capsys: pytest.CaptureFixture[str], typed: str, plain: str
) -> None:
    # YAML reads them as 1000, 16, 5 and 90 (written so, with exit 0 and nothing said); no
    # page of the sites writes a number so, and a generator may read them otherwise.
    path = guide / GUIDE
    before = path.read_bytes()
    assert main(["set", GUIDE, f"order={typed}"]) == 2
    assert capsys.readouterr().err == (
        f"editor-app: order: {typed!r} is read as the number {plain}; a number is written in "
        f"plain digits: write {plain}; the file was not changed\n"
    )
    assert path.read_bytes() == before


def test_a_new_field_given_a_number_not_in_plain_digits_is_asked_which(
    guide: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = guide / GUIDE
    before = path.read_bytes()
    assert main(["set", GUIDE, "budget=1_000"]) == 2
    assert capsys.readouterr().err == (
        "editor-app: budget: '1_000' is read as the number 1000; a number is written in plain "
        'digits: write 1000 for the number, or "1_000" in quotes for text; the file was not '
        "changed\n"
    )
    assert path.read_bytes() == before
    assert main(["set", GUIDE, 'budget="1_000"']) == 0
    assert Document.load(path).get("budget") == "1_000"
    capsys.readouterr()


def test_a_new_field_given_digits_that_read_as_another_number_is_asked_which(
    guide: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # `version=1.10` on a page and site that have no version: it wrote `version: 1.1`.
    path = guide / GUIDE
    before = path.read_bytes()
    assert main(["set", GUIDE, "version=1.10"]) == 2
    assert capsys.readouterr().err == (
        "editor-app: version: '1.10' is read as the number 1.1; write 1.1 for the number, or "
        '"1.10" in quotes for text; the file was not changed\n'
    )
    assert path.read_bytes() == before
    assert main(["set", GUIDE, "version=1.1"]) == 0
    assert Document.load(path).get("version") == 1.1
    capsys.readouterr()
