"""The real sites beside the project, in `../shared/sites` (connectedbydata, opensource-guide,
jekyll-docs, hugo-docs, eleventy-website): read-only, so copy one before writing to it.

A clean clone has no `../shared`: a test using a site then skips, never fails. The environment
variable `EDITOR_APP_SHARED_SITES` names another folder holding them (a folder that does not
exist shows what a clean clone does).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

SHARED_SITES = Path(
    os.environ.get("EDITOR_APP_SHARED_SITES")
    or Path(__file__).resolve().parents[2] / "shared" / "sites"
)


def shared_site_path(name: str) -> Path:
    """The shared site `name` (read-only); skips the test when it is not here."""
    path = SHARED_SITES / name
    if not path.is_dir():
        pytest.skip(f"shared site not found at {path}")
    return path
