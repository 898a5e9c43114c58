"""Hugo reads field names without regard to capitals (a hugo-docs page writes `linktitle:`
where the others write `linkTitle:`): such a field is not one "the site probably ignores", as
the check said of it, nor a misspelling in the schema's notes. It is still worth writing as
the others do, since the form shows the two apart. On Jekyll, which reads names as written,
it is still a field the site ignores."""

from __future__ import annotations

import shutil
from pathlib import Path

from shared_sites import shared_site_path
from test_checks_mutants_header import make_site, resource

from editor_app.core.schema import infer_schema
from editor_app.core.site import Site
from editor_app.core.validate import validate_site

PAGE = "content/en/render-hooks/headings.md"


def test_hugo_field_in_other_capitals_is_said_to_be_the_same_field(tmp_path: Path) -> None:
    root = tmp_path / "hugo-docs"
    shutil.copytree(shared_site_path("hugo-docs"), root)
    page = root / PAGE
    page.write_text(page.read_text(encoding="utf-8").replace("linkTitle:", "linktitle:", 1))
    site = Site.open(root)
    told = [(p.code, p.message) for p in validate_site(site, content=False) if p.path == PAGE]
    assert told == [
        (
            "unknown-field",
            "'linktitle' is 'linkTitle' in other capitals. Hugo reads them as one field, but the "
            "form shows them apart: write it 'linkTitle', as the other pages do.",
        )
    ]
    notes = [n for n in infer_schema(site).notes if n.startswith("render-hooks: `linktitle`")]
    assert notes == [
        f"render-hooks: `linktitle` in {PAGE} is `linkTitle` in other capitals, which Hugo "
        "reads as the same field (used by 6 documents); it is counted as `linkTitle`, and the "
        "form shows it there."
    ]


def test_jekyll_field_in_other_capitals_is_still_one_the_site_ignores(tmp_path: Path) -> None:
    pages = {f"_resources/r{i}.md": resource(i, summary="Short.") for i in range(8)}
    pages["_resources/odd.md"] = resource(50, Summary="Short.")
    problems = validate_site(make_site(tmp_path, pages), content=False)
    [told] = [p.message for p in problems if p.path == "_resources/odd.md" and p.field == "Summary"]
    assert told.endswith("so the site probably ignores it. Did you mean 'summary'?")
