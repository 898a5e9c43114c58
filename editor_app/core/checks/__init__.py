"""Validation rules, one module per family, each registered with its codes (see `registry`).

Importing this package registers every rule; `editor_app.core.validate` runs them.
"""

from __future__ import annotations

from editor_app.core.checks import (  # noqa: F401  (each registers its rules)
    assets,
    body_images,
    choices,
    dates,
    encoding,
    field_names,
    fields,
    front_matter,
    hugo_assets,
    images,
    link_empty,
    link_text,
    links,
    liquid,
    reading,
    relations,
    sections,
    structure,
    style,
    types,
    uniqueness,
    unknown_tags,
)
from editor_app.core.checks.problem import CODES, ERROR, SUGGESTION, WARNING, Problem, sort_key
from editor_app.core.checks.registry import RULES, Rule, register, run_page

__all__ = [
    "CODES",
    "ERROR",
    "RULES",
    "SUGGESTION",
    "WARNING",
    "Problem",
    "Rule",
    "register",
    "run_page",
    "sort_key",
]
