"""`editor-app set PAGE params.searchable=abc`: a field inside a group is judged as a
top-level one is when the schema knows the sub-field's kind (Hugo's `params`, Eleventy's
`eleventyNavigation`): exit 2, the file byte for byte as it was; `--anyway` writes it and says
it once. `rename` refuses such a value the same way."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_sites import copy_shared_site

from editor_app.cli import main


def _copy(tmp_path: Path, name: str) -> Path:
    root = copy_shared_site(name, tmp_path)
    return root


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().err


def test_a_word_for_true_or_false_in_hugo_params_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _copy(tmp_path, "hugo-docs")
    page = root / "content/en/quick-reference/emojis.md"
    before = page.read_bytes()
    assert b"params:\n  searchable: false\n" in before
    code, err = run(capsys, "set", str(page), "params.searchable=abc")
    assert code == 2 and page.read_bytes() == before
    assert err == (
        "editor-app: params.searchable holds true or false, and 'abc' is neither; --anyway "
        "writes it all the same; the file was not changed\n"
    )
    code, err = run(capsys, "set", str(page), "params.searchable=true")
    assert (code, err) == (0, "")
    assert page.read_bytes() == before.replace(b"searchable: false", b"searchable: true")
    code, err = run(capsys, "set", str(page), "params.searchable=abc", "--anyway")
    assert code == 1 and err.count("\n") == 1, err
    # Said once, by the page's check against the schema as it was before the change.
    assert err.endswith(
        "line 6: Params: Searchable must be true or false, not 'abc'; saved as given.\n"
    )
    assert b"  searchable: abc\n" in page.read_bytes()
    # rename judges the new value by the same rule.
    page.write_bytes(before)
    code, err = run(capsys, "rename", "params.searchable", "false", "abc", str(root))
    assert code == 2 and "params.searchable holds true or false" in err
    assert page.read_bytes() == before


def test_a_word_for_a_number_in_eleventy_navigation_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _copy(tmp_path, "eleventy-website")
    page = root / "src/docs/server-vite.md"
    before = page.read_bytes()
    code, err = run(capsys, "set", str(page), "eleventyNavigation.order=abc")
    assert code == 2 and page.read_bytes() == before
    assert "eleventyNavigation.order holds numbers, and 'abc' is not a number" in err
    code, err = run(capsys, "set", str(page), "eleventyNavigation.order=3")
    assert (code, err) == (0, "")
    assert b"  parent: Watch and Serve\n  order: 3\n" in page.read_bytes()
    # Written anyway: Check's own words on the group, once, not twice.
    page.write_bytes(before)
    code, err = run(capsys, "set", str(page), "eleventyNavigation.order=abc", "--anyway")
    assert code == 1 and err.count("\n") == 1 and "; saved as given.\n" in err, err


def test_a_text_sub_field_takes_any_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _copy(tmp_path, "eleventy-website")
    page = root / "src/docs/server-vite.md"
    code, err = run(capsys, "set", str(page), "eleventyNavigation.key=abc")
    assert (code, err) == (0, "")
    assert b"  key: abc\n" in page.read_bytes()
