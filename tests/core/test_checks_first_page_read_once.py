"""A whole-site Check reads and makes each page once: the page checked first, which asks for
the site's spelling majority while it is checked, is counted as it is, not read again."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from check_reads_helpers import count_decoded_apart, count_pages_made
from shared_sites import copy_shared_site

import editor_app.core.checks.page as page_module
import editor_app.core.validate as validate_module
from editor_app.core.site import Site
from editor_app.core.validate import validate_site


def test_each_page_is_read_and_made_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    site = Site.open(copy_shared_site("connectedbydata", tmp_path, "site"))  # British by its majority
    reads: Counter[str] = Counter()
    read_file = page_module.read_file

    def counted_read(path):  # noqa: ANN001, ANN202
        reads[str(path)] += 1
        return read_file(path)

    monkeypatch.setattr(page_module, "read_file", counted_read)
    monkeypatch.setattr(validate_module, "read_file", counted_read)
    made = count_pages_made(monkeypatch)
    found = validate_site(site, cache=False)
    assert any(p.code == "style-word" for p in found)  # the majority was worked out
    assert not reads  # every file's bytes came from the index
    assert made and max(made.values()) == 1, made.most_common(2)


def test_inferring_sections_makes_the_pages_the_check_takes_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """hugo-docs' commands share their sections: the pages read to infer them are made as the
    check makes them and handed over, not decoded and split apart first."""
    site = Site.open(copy_shared_site("hugo-docs", tmp_path, "site"))
    apart = count_decoded_apart(monkeypatch)
    made = count_pages_made(monkeypatch)
    found = validate_site(site, cache=False)
    assert any(p.code == "section-missing" for p in found)  # the sections were inferred
    assert not apart
    assert made and max(made.values()) == 1, made.most_common(2)
