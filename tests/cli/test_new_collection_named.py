"""`editor-app new` takes the collection as `import` does: its name, its folder (`_people`) or
its label, in any case (`new Resources` was refused, "no collection called 'Resources' (it
has: ... resources ...)"); a name meaning none is still refused in one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.cli import main
from editor_app.core.site import Site


@pytest.mark.parametrize(("typed", "collection"), [("Resources", "resources"), ("_people", "people")])
def test_a_collection_named_by_label_or_folder_is_found(
    site_copy: Path, capsys: pytest.CaptureFixture[str], typed: str, collection: str
) -> None:
    assert main(["new", typed, "--title", "Named test", str(site_copy)]) == 0
    created = Path(capsys.readouterr().out.strip())
    assert created.is_file() and created.name.startswith("named-test")
    assert Site.open(site_copy).collection_of(created) == collection


def test_a_name_meaning_no_collection_is_refused(
    site_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["new", "Recipes", "--title", "Soup", str(site_copy)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no collection called 'Recipes'" in err
