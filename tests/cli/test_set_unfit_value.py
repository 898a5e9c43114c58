"""`editor-app set PAGE order=abc` where order holds numbers is refused as `rename` refuses
such a value (the same core rule and words, `rename_value.unfit_new_value`): exit 2, the file
byte for byte as it was. `--anyway` writes it, says it, exit 1. A page whose own section lacks
the field is judged by the field everywhere else (hugo-docs' weight)."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_sites import copy_shared_site

from editor_app.cli import main


def _copy(tmp_path: Path, name: str) -> Path:
    root = copy_shared_site(name, tmp_path)
    return root


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(["set", *argv])
    return code, capsys.readouterr().err


def test_a_word_for_a_number_is_refused_as_rename_refuses_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _copy(tmp_path, "opensource-guide")
    page = root / "_articles" / "how-to-contribute.md"
    before = page.read_bytes()
    code, err = run(capsys, str(page), "order=abc")
    assert code == 2 and page.read_bytes() == before
    assert err == (
        "editor-app: order holds numbers, and 'abc' is not a number; --anyway writes it all "
        "the same; the file was not changed\n"
    )
    # The same words as rename's refusal of the same value.
    assert main(["rename", "order", "1", "abc", str(root)]) == 2
    assert "order holds numbers, and 'abc' is not a number" in capsys.readouterr().err


def test_anyway_writes_it_and_says_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = _copy(tmp_path, "opensource-guide")
    page = root / "_articles" / "how-to-contribute.md"
    code, err = run(capsys, str(page), "order=abc", "--anyway")
    assert code == 1 and "; saved as given.\n" in err and err.count("\n") == 1, err
    assert "\norder: abc\n" in page.read_text(encoding="utf-8")


def test_a_field_the_section_lacks_is_judged_by_the_other_sections(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _copy(tmp_path, "hugo-docs")
    page = root / "content/en/shortcodes/details.md"
    before = page.read_bytes()
    assert b"\nweight:" not in before
    code, err = run(capsys, str(page), "weight=abc")
    assert code == 2 and page.read_bytes() == before
    assert "weight holds numbers, and 'abc' is not a number" in err
    code, err = run(capsys, str(page), "weight=abc", "--anyway")
    assert code == 1 and "line" in err and "weight holds numbers" in err
    assert err.count("\n") == 1 and "; saved as given.\n" in err, err
    page.write_bytes(before)
    code, err = run(capsys, str(page), "weight=20")
    assert (code, err) == (0, "")


def test_a_date_eleventy_takes_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _copy(tmp_path, "eleventy-website")
    page = root / "src/docs/quicktips/draft-posts.md"
    code, err = run(capsys, str(page), "date=git Last Modified")
    assert (code, err) == (0, "")
    assert "\ndate: git Last Modified\n" in page.read_text(encoding="utf-8")
    code, err = run(capsys, str(page), "date=next tuesday")
    assert code == 2 and "date holds dates, and 'next tuesday' is not one" in err


def test_a_date_jekyll_cannot_build_is_refused(
    site_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = site_copy / "_resources/2023-03-31-governance-board-minutes.md"
    before = page.read_bytes()
    code, err = run(capsys, str(page), "date=Last Modified")
    assert code == 2 and page.read_bytes() == before
    assert "date holds dates, and 'Last Modified' is not one" in err
    # A time with its zone, as Jekyll reads it, is a date.
    code, err = run(capsys, str(page), "date=2023-04-12 10:00:00 -0500")
    assert code == 0, err


def test_a_date_field_hugo_reads_is_a_date_though_few_pages_write_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # hugo-docs: 4 pages write `date`, so the schema has no date field; Hugo reads it anyway.
    root = _copy(tmp_path, "hugo-docs")
    page = root / "content/en/shortcodes/details.md"
    before = page.read_bytes()
    for assignment in ("date=tomorrow", "lastMod=soon", "expiryDate=never"):
        code, err = run(capsys, str(page), assignment)
        assert code == 2 and page.read_bytes() == before, assignment
        name, _, value = assignment.partition("=")
        assert f"{name} holds dates, and '{value}' is not one" in err
    code, err = run(capsys, str(page), "publishDate=2025-01-01T10:00:00Z")
    assert (code, err) == (0, "")
    # An archetype's template value is filled in by `hugo new`: never judged.
    archetype = root / "archetypes" / "note.md"
    archetype.write_text("---\ntitle: '{{ .Name }}'\n---\n", encoding="utf-8")
    code, err = run(capsys, str(archetype), "date='{{ .Date }}'")
    assert code == 0, err


def test_a_reason_in_brackets_is_not_followed_by_more_brackets(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """'(write it as YYYY-MM-DD) (to write it all the same: --anyway)' read as two asides."""
    root = _copy(tmp_path, "connectedbydata")
    page = root / "_projects" / "2023-glos-data-day.md"
    before = page.read_bytes()
    code, err = run(capsys, str(page), "date=yesterday")
    assert code == 2 and page.read_bytes() == before
    assert err == (
        "editor-app: date holds dates, and 'yesterday' is not one (write it as YYYY-MM-DD); "
        "--anyway writes it all the same; the file was not changed\n"
    )
