"""Counting what a whole-site Check reads and makes, shared by the tests that each page is made
once and handed over (not read or decoded apart)."""

from __future__ import annotations

from collections import Counter

import pytest

import editor_app.core.checks.section_infer as sections_module
import editor_app.core.validate as validate_module


def count_pages_made(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """How often the check makes each page (by its site-relative path), from now on."""
    made: Counter[str] = Counter()
    page_of_entry = validate_module.page_of_entry

    def counted_make(rel, entry, raw=None):  # noqa: ANN001, ANN202
        made[rel] += 1
        return page_of_entry(rel, entry, raw)

    monkeypatch.setattr(validate_module, "page_of_entry", counted_make)
    return made


def count_decoded_apart(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The sizes of the pages that inferring sections decodes itself instead of taking the
    page the check made, from now on."""
    apart: list[int] = []
    decode = sections_module.decode

    def decoded_apart(raw):  # noqa: ANN001, ANN202
        apart.append(len(raw))
        return decode(raw)

    monkeypatch.setattr(sections_module, "decode", decoded_apart)
    return apart
