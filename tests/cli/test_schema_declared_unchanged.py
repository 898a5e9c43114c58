"""The schema `editor-app schema` prints, saved as `_schema.yml` unchanged, tells no page it
lacks a field that Check did not tell before: a `required` some pages go without is printed
as a comment naming them (connectedbydata went from no error to six: people without an
e-mail, resources without a link...)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from shared_sites import copy_shared_site

from editor_app.cli import main


def missing_errors(site: Path, capsys: pytest.CaptureFixture[str]) -> set[tuple[str, str]]:
    main(["validate", str(site), "--no-content", "--format", "json"])
    problems = json.loads(capsys.readouterr().out)
    return {
        (p["path"], p["field"])
        for p in problems
        if p["code"] == "required-missing" and p["severity"] == "error"
    }


@pytest.mark.parametrize(
    "name", ["connectedbydata", "opensource-guide", "jekyll-docs", "eleventy-website"]
)
def test_saving_the_printed_schema_adds_no_missing_field_error(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site = copy_shared_site(name, tmp_path)
    before = missing_errors(site, capsys)
    assert main(["schema", str(site)]) == 0
    printed = capsys.readouterr().out
    (site / "_schema.yml").write_text(printed, encoding="utf-8")
    assert missing_errors(site, capsys) <= before
    assert "required: true" in printed.replace("# required: true", "")  # still declared


def test_a_field_every_page_has_stays_required_and_one_page_without_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site = tmp_path / "site"
    (site / "_people").mkdir(parents=True)
    (site / "_config.yml").write_text("collections:\n  people:\n    output: true\n")
    for i in range(8):
        email = "" if i == 3 else f"email: p{i}@example.org\n"
        (site / "_people" / f"p{i}.md").write_text(f"---\ntitle: P{i}\n{email}---\nHi\n")
    assert main(["schema", str(site)]) == 0
    printed = capsys.readouterr().out
    title = printed.split("- name: title", 1)[1].split("- name:", 1)[0]
    email = printed.split("- name: email", 1)[1].split("- name:", 1)[0]
    assert "\n      required: true\n" in title
    assert "\n      required: true\n" not in email
    assert "# required: true  (1 of 8 pages lacks it: _people/p3.md;" in email
