"""A whole-site Check reads and makes each page once: the page checked first, which asks for
the site's spelling majority while it is checked, is counted as it is, not read again."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pytest
from shared_sites import shared_site_path

import editor_app.core.checks.page as page_module
import editor_app.core.validate as validate_module
from editor_app.core.site import Site
from editor_app.core.validate import validate_site


def test_each_page_is_read_and_made_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    copy = tmp_path / "site"
    shutil.copytree(shared_site_path("connectedbydata"), copy)  # British by its majority
    site = Site.open(copy)
    reads: Counter[str] = Counter()
    made: Counter[str] = Counter()
    read_file, page_of_entry = page_module.read_file, validate_module.page_of_entry

    def counted_read(path):  # noqa: ANN001, ANN202
        reads[str(path)] += 1
        return read_file(path)

    def counted_make(rel, entry, raw=None):  # noqa: ANN001, ANN202
        made[rel] += 1
        return page_of_entry(rel, entry, raw)

    monkeypatch.setattr(page_module, "read_file", counted_read)
    monkeypatch.setattr(validate_module, "read_file", counted_read)
    monkeypatch.setattr(validate_module, "page_of_entry", counted_make)
    found = validate_site(site, cache=False)
    assert any(p.code == "style-word" for p in found)  # the majority was worked out
    assert not reads  # every file's bytes came from the index
    assert made and max(made.values()) == 1, made.most_common(2)


def test_inferring_sections_makes_the_pages_the_check_takes_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """hugo-docs' commands share their sections: the pages read to infer them are made as the
    check makes them and handed over, not decoded and split apart first."""
    import editor_app.core.checks.sections as sections_module

    copy = tmp_path / "site"
    shutil.copytree(shared_site_path("hugo-docs"), copy)
    site = Site.open(copy)
    apart: list[int] = []
    made: Counter[str] = Counter()
    decode, page_of_entry = sections_module.decode, validate_module.page_of_entry

    def decoded_apart(raw):  # noqa: ANN001, ANN202
        apart.append(len(raw))
        return decode(raw)

    def counted_make(rel, entry, raw=None):  # noqa: ANN001, ANN202
        made[rel] += 1
        return page_of_entry(rel, entry, raw)

    monkeypatch.setattr(sections_module, "decode", decoded_apart)
    monkeypatch.setattr(validate_module, "page_of_entry", counted_make)
    found = validate_site(site, cache=False)
    assert any(p.code == "section-missing" for p in found)  # the sections were inferred
    assert not apart
    assert made and max(made.values()) == 1, made.most_common(2)
