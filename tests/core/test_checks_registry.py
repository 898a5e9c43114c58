"""The rule registry: every code belongs to a rule, and a site can switch codes off."""

from __future__ import annotations

import shutil
from pathlib import Path

from editor_app.core.checks import CODES, RULES
from editor_app.core.checks.context import context_for, schema_for
from editor_app.core.site import Site
from editor_app.core.validate import validate_site

BROKEN_PAGE = """---
title: A page
date: 2024-02-30
---
Read {% post_url 2020-01-01-no-such-post %} and {% if x %} never closed.
"""


def _site(tmp_path: Path, schema: str | None = None) -> Site:
    tmp_path.mkdir(parents=True, exist_ok=True)
    (tmp_path / "_config.yml").write_text("title: t\ncollections:\n  notes:\n    output: true\n")
    (tmp_path / "_notes").mkdir()
    for i in range(3):
        (tmp_path / "_notes" / f"n{i}.md").write_text(f"---\ntitle: Note {i}\n---\nText.\n")
    (tmp_path / "_notes" / "broken.md").write_text(BROKEN_PAGE)
    if schema is not None:
        (tmp_path / "_schema.yml").write_text(schema)
    return Site.open(tmp_path)


def test_every_code_belongs_to_exactly_one_rule() -> None:
    owners: dict[str, str] = {}
    for rule in RULES:
        for code in rule.codes:
            assert code not in owners, (code, owners.get(code), rule.name)
            owners[code] = rule.name
    assert set(owners) == set(CODES)


def test_the_site_switches_codes_off_in_its_schema_file(tmp_path: Path) -> None:
    on = {p.code for p in validate_site(_site(tmp_path / "on"))}
    assert {"liquid-unbalanced", "broken-link"} <= on
    site = _site(tmp_path / "off", "checks:\n  off: [liquid-unbalanced, broken-link]\n")
    off = {p.code for p in validate_site(site)}
    assert "liquid-unbalanced" not in off and "broken-link" not in off
    assert on - off == {"liquid-unbalanced", "broken-link"}


def test_a_rule_switched_off_never_builds_the_facts_only_it_needs(tmp_path: Path) -> None:
    site = _site(tmp_path, "checks:\n  off: [broken-link]\n")
    validate_site(site)
    ctx = context_for(site, schema_for(site))
    assert ctx.link_index is None  # the links rule did not run
    assert "urls" not in ctx._facts


def test_checks_settings_do_not_break_a_declared_schema(tmp_path: Path) -> None:
    schema = (
        "checks:\n  off: [date-mismatch]\nstyle:\n  - use: use\n    not: utilise\n"
        "collections:\n  notes:\n    sections: [Intro]\n    fields:\n      - name: title\n"
    )
    site = _site(tmp_path, schema)
    loaded = schema_for(site)
    assert loaded is not None and loaded.source == "declared" and loaded.error is None


def test_copy_of_a_real_site_with_everything_off_reports_nothing(
    shared_site: Path, tmp_path: Path
) -> None:
    dest = tmp_path / "site"
    shutil.copytree(shared_site, dest)
    (dest / "_schema.yml").write_text("checks:\n  off: [" + ", ".join(CODES) + "]\n")
    assert validate_site(Site.open(dest)) == []
