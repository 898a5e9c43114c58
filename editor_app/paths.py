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


def is_sample_site(folder: Path) -> bool:
    """Whether `folder` is the sample site: the bundled one or the user's copy of it, which
    the first start opens (`ui/app.sample_to_try`)."""
    from editor_app.core.store import user_data_dir

    try:
        here = folder.resolve()
        return here in (sample_site_dir().resolve(), (user_data_dir() / "sample-site").resolve())
    except OSError:
        return False
