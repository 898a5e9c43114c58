"""hugo-docs keeps every method in a folder of its namespace (`methods/page`, `methods/site`)
and every function likewise (`functions/cast`): `content/en/methods` has no page of its own.
`editor-app new methods --title Shout` put `Shout.md` alone at the top; it now refuses in one
line naming the folders (exit 2) unless `--folder` is given. A title with a namespace
(`cast.Shout`) still finds its folder, and a collection with pages at the top is unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_sites import copy_shared_site

from editor_app.cli import main


@pytest.fixture(scope="module")
def hugo_docs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = copy_shared_site("hugo-docs", tmp_path_factory.mktemp("sites"))
    return root


@pytest.mark.parametrize("collection", ["methods", "functions"])
def test_no_folder_is_refused_naming_the_subfolders(
    hugo_docs: Path, collection: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["new", collection, "--title", "Shout", str(hugo_docs)]) == 2
    err = capsys.readouterr().err.strip()
    assert "\n" not in err
    assert f"content/en/{collection} holds no page of its own" in err
    assert "--folder" in err
    sample = "content/en/methods/page" if collection == "methods" else "content/en/functions/cast"
    assert sample in err
    assert not (hugo_docs / "content" / "en" / collection / "Shout.md").exists()


def test_given_folder_or_namespace_or_top_pages_make_the_page(
    hugo_docs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["--folder", "content/en/methods/page", str(hugo_docs)]
    assert main(["new", "methods", "--title", "Shout", *args]) == 0
    assert (hugo_docs / "content/en/methods/page/Shout.md").is_file()
    assert main(["new", "functions", "--title", "cast.Shout", str(hugo_docs)]) == 0
    assert (hugo_docs / "content/en/functions/cast/Shout.md").is_file()
    assert main(["new", "commands", "--title", "hugo yell", str(hugo_docs)]) == 0
    assert (hugo_docs / "content/en/commands/hugo_yell.md").is_file()
