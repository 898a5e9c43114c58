"""`editor-app set PAGE params.x=1` on a Hugo page without `params` was refused, asking for
params='{x: VALUE}'. The group is now added, in the header's own format (YAML or TOML), when
the page's collection holds that field in it (hugo-docs' functions pages all have
params.functions_and_methods.returnType); a name no page of the collection uses is still
refused, saying so, the file untouched: a slip makes no group."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from shared_sites import copy_shared_site

from editor_app.cli import main

FIELD = "params.functions_and_methods.returnType"


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().err


def _without_params(root: Path, toml: bool) -> tuple[Path, str]:
    """hugo-docs' strings.Contains page with its params group taken out (TOML: the header
    written as TOML, as Hugo reads it between +++ lines)."""
    page = root / "content/en/functions/strings/Contains.md"
    text = re.sub(r"params:\n(  .*\n)+", "", page.read_text(encoding="utf-8"), count=1)
    assert "params" not in text.split("---\n")[1]
    if toml:
        text = (
            "+++\ntitle = 'strings.Contains'\ncategories = []\n"
            "aliases = ['/functions/strings.contains']\n+++\n" + text.split("---\n", 2)[2]
        )
    page.write_text(text, encoding="utf-8")
    return page, text


def test_the_group_is_added_to_a_yaml_header(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = copy_shared_site("hugo-docs", tmp_path)
    page, before = _without_params(root, toml=False)
    assert _run(capsys, "set", str(page), f"{FIELD}=bool") == (0, "")
    assert page.read_text(encoding="utf-8") == before.replace(
        "aliases: [/functions/strings.contains]\n---\n",
        "aliases: [/functions/strings.contains]\n"
        "params:\n  functions_and_methods:\n    returnType: bool\n---\n",
    )


def test_the_group_is_added_to_a_toml_header(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = copy_shared_site("hugo-docs", tmp_path)
    page, before = _without_params(root, toml=True)
    assert _run(capsys, "set", str(page), f"{FIELD}=bool")[0] == 0
    after = page.read_text(encoding="utf-8")
    head, body = after.split("+++\n", 2)[1:]
    assert body == before.split("+++\n", 2)[2]
    assert head.startswith(before.split("+++\n", 2)[1])  # the lines there are kept as written
    assert re.search(r'\[params\.functions_and_methods\]\nreturnType = ["\']bool["\']\n$', head)


def test_a_field_no_page_of_the_collection_has_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = copy_shared_site("hugo-docs", tmp_path)
    page = root / "content/en/about/features.md"
    before = page.read_bytes()
    code, err = _run(capsys, "set", str(page), "params.retrunType=bool")
    assert code == 2 and page.read_bytes() == before
    assert err == (
        f"editor-app: {page}: the page has no group of fields called 'params' to set "
        "'params.retrunType' in, and no other page of about has 'params.retrunType'; to add "
        "the group, write params='{retrunType: VALUE}'; the file was not changed\n"
    )
