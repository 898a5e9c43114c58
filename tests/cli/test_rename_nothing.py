"""`editor-app rename` that finds nothing to change says why in plain words: no page has that
field, or none has that value in it (a slip in FIELD or OLD otherwise passed as "0 files")."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.cli import main


def test_a_field_no_page_has(site_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["rename", "authr", "Jeni Tennison", "Jeni T", str(site_copy), "--dry-run"])
    err = capsys.readouterr().err
    assert code == 0
    assert "no page has a field called 'authr'" in err, err


def test_a_value_no_page_has(site_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["rename", "author", "Jeni Tenison", "Jeni T", str(site_copy), "--dry-run"])
    err = capsys.readouterr().err
    assert code == 0
    assert "no page has 'Jeni Tenison' in author" in err, err


def test_a_rename_that_finds_pages_says_nothing_more(
    site_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["rename", "author", "Jeni Tennison", "Jeni T", str(site_copy), "--dry-run"])
    err = capsys.readouterr().err
    assert code == 0 and "no page has" not in err and "would change" in err


@pytest.mark.parametrize(
    ("field", "meant"),
    [("topic", "topics"), ("topik", "topics"), ("Author", "author"), ("authr", "author")],
)
def test_a_field_no_page_has_names_the_field_meant(
    site_copy: Path, capsys: pytest.CaptureFixture[str], field: str, meant: str
) -> None:
    code = main(["rename", field, "Education", "Schools", str(site_copy), "--dry-run"])
    err = capsys.readouterr().err
    assert code == 0
    assert err.endswith(f"no page has a field called {field!r}; did you mean {meant!r}?\n"), err


def test_a_field_like_none_is_not_guessed(
    site_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["rename", "zzz", "a", "b", str(site_copy), "--dry-run"])
    assert capsys.readouterr().err.endswith("no page has a field called 'zzz'\n")


def test_a_value_no_page_has_names_the_value_meant(
    site_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["rename", "topics", "Healt", "Wellbeing", str(site_copy), "--dry-run"])
    err = capsys.readouterr().err
    assert code == 0
    assert err.endswith("no page has 'Healt' in topics; did you mean 'Health'?\n"), err
    # Differing in capitals only is noted page by page already: not asked again.
    main(["rename", "topics", "health", "Wellbeing", str(site_copy), "--dry-run"])
    assert capsys.readouterr().err.endswith("no page has 'health' in topics\n")
