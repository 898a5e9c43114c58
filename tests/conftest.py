"""Shared fixtures: the real Jekyll site, always copied before anything writes to it."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from shared_sites import shared_site_path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")

# No time limits on generated examples: these shared 2-core machines make timings flaky, and
# speed is measured in bench/, never asserted in tests. The examples are the same on every run
# (derandomize), so a run that passed on a commit passes again on it; to look for new failing
# examples, run with EDITOR_APP_HYPOTHESIS=explore, which draws fresh ones each time.
settings.register_profile(
    "editor-app", deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True
)
settings.register_profile(
    "explore", deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=False
)
settings.load_profile(os.environ.get("EDITOR_APP_HYPOTHESIS", "editor-app"))

REPO = Path(__file__).resolve().parent.parent
SAMPLE_SITE = REPO / "resources" / "sample-site"


@pytest.fixture(scope="session")
def shared_site() -> Path:
    """The real site, read-only. Never write here: use `site_copy`."""
    return shared_site_path("connectedbydata").resolve()


@pytest.fixture
def site_copy(shared_site: Path, tmp_path: Path) -> Path:
    """A private, writable copy of the real site."""
    dest = tmp_path / "connectedbydata"
    shutil.copytree(shared_site, dest)
    _make_writable(dest)
    return dest


def _make_writable(root: Path) -> None:
    """The shared site is read-only on disk; its copy is the user's own, writable folder."""
    for folder, _dirs, files in os.walk(root):
        os.chmod(folder, 0o755)
        for name in files:
            os.chmod(os.path.join(folder, name), 0o644)


@pytest.fixture
def sample_copy(tmp_path: Path) -> Path:
    """A private, writable copy of the bundled sample site."""
    dest = tmp_path / "sample-site"
    shutil.copytree(SAMPLE_SITE, dest)
    return dest


@pytest.fixture(autouse=True)
def _isolated_user_data(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Tests never read or write the developer's real settings or recovery files."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("EDITOR_APP_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "share"))
    monkeypatch.setenv("EDITOR_APP_CACHE_DIR", str(home / "cache"))  # remembered checks
