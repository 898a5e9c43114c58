"""Where the bundled resources (CSS, icons, dictionaries, sample site) live."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The `resources/` folder: inside a PyInstaller bundle, or next to the package."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def sample_site_dir() -> Path:
    """The small sample site shipped with the app, opened when no folder is given."""
    return resources_dir() / "sample-site"
