"""The bundled sample site, the first thing a newcomer opens, checks clean and its case study
shows what the editor does: every field of the form filled in, a picture, and body links to a
person and a topic of the site (which Check follows)."""

from __future__ import annotations

import re

from editor_app.core.document import Document
from editor_app.core.schema import load_schema
from editor_app.core.site import Site
from editor_app.core.validate import validate_site
from editor_app.paths import sample_site_dir

CASE_STUDY = "_resources/case-study-housing-repairs.md"


def test_the_sample_site_checks_clean() -> None:
    problems = validate_site(Site.open(sample_site_dir()), cache=False)
    assert problems == [], [(p.path, p.code) for p in problems]


def test_the_case_study_fills_every_field_and_links_a_person_and_a_topic() -> None:
    site = Site.open(sample_site_dir())
    doc = Document.load(sample_site_dir() / CASE_STUDY)
    fields = [f.name for f in load_schema(site).collections["resources"].fields]
    assert [f for f in fields if doc.front_matter.get(f) in (None, "", [])] == []
    image = sample_site_dir() / "assets" / "resources" / doc.front_matter["image"]
    assert image.is_file()
    links = re.findall(r"\]\((/[^)]+)\)", doc.body)
    assert any(link.startswith("/people/") for link in links), links
    assert any(link.startswith("/topics/") for link in links), links
