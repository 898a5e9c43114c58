"""scripts/setup on a Debian machine: it asks apt-get for the system packages that are
missing, and only those (a package installed under its new name counts as there)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="a shell script is run")


def _listed_packages() -> list[str]:
    """The packages scripts/setup asks for (without the test tools)."""
    text = (ROOT / "scripts/setup").read_text(encoding="utf-8")
    block = re.search(r"debian_packages=\((.*?)\n\)", text, re.S).group(1)
    lines = [line.split("#")[0] for line in block.splitlines()]
    return " ".join(lines).split()


def _run_setup(tmp_path: Path, installed: dict[str, str], with_venv: bool) -> list[str]:
    """Run a copy of scripts/setup with `installed` ({package: what it provides}) as the
    machine's packages; the packages it asked apt-get to install."""
    project = tmp_path / "project"
    (project / "scripts").mkdir(parents=True)
    shutil.copy(ROOT / "scripts/setup", project / "scripts/setup")
    (project / "pyproject.toml").write_text("")
    if with_venv:
        (project / ".venv/bin").mkdir(parents=True)
        (project / ".venv/bin/python").write_text("#!/bin/sh\n")
        (project / ".venv/bin/python").chmod(0o755)
        stamp = project / ".venv/.editor-app-installed"
        stamp.write_text("")
        os.utime(project / "pyproject.toml", (1, 1))  # older than the stamp: nothing to install
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    listing = tmp_path / "dpkg-list"
    listing.write_text(
        "".join(f"ii |{name}|{provides}\n" for name, provides in installed.items())
    )
    asked = tmp_path / "apt-asked"
    fakes = {
        "dpkg-query": f'#!/bin/sh\ncat "{listing}"\n',
        "apt-get": (
            f'#!/bin/sh\n[ "$1" = install ] && for a in "$@"; do case "$a" in install|-*) ;; '
            f'*) echo "$a" >> "{asked}";; esac; done\nexit 0\n'
        ),
        "id": "#!/bin/sh\necho 0\n",
        # A machine with no venv yet: stop once the packages are asked for.
        "python3": "#!/bin/sh\nexit 7\n",
    }
    for name, script in fakes.items():
        (bin_dir / name).write_text(script)
        (bin_dir / name).chmod(0o755)
    env = {**os.environ, "PATH": f"{bin_dir}:{os.environ['PATH']}"}
    env.pop("PYTHON", None)
    env.pop("EDITOR_APP_TEST_TOOLS", None)
    subprocess.run(["bash", str(project / "scripts/setup")], env=env, capture_output=True)
    return asked.read_text().split() if asked.exists() else []


def test_nothing_is_installed_when_everything_is_there_under_a_new_name(tmp_path):
    installed = {name: "" for name in _listed_packages()}
    # Debian 13: libasound2t64 and libglib2.0-0t64 stand for the old names.
    del installed["libasound2"], installed["libglib2.0-0"]
    installed["libasound2t64"] = "libasound2 (= 1.2.14-1)"
    installed["libglib2.0-0t64"] = "libglib2.0-0 (= 2.84.4-3), libgio-2.0-0"
    assert _run_setup(tmp_path, installed, with_venv=True) == []


def test_what_is_missing_is_installed(tmp_path):
    installed = {name: "" for name in _listed_packages() if name not in ("git", "libnss3")}
    assert sorted(_run_setup(tmp_path, installed, with_venv=True)) == ["git", "libnss3"]


def test_a_machine_without_the_virtual_environment_gets_python_venv(tmp_path):
    installed = {name: "" for name in _listed_packages()}
    assert _run_setup(tmp_path, installed, with_venv=False) == ["python3", "python3-venv"]


def test_the_binding_of_the_spell_checker_can_be_built():
    # Python.h comes with python3-dev; without it the compiled spell checker never builds.
    assert {"libhunspell-dev", "gcc", "python3-dev"} <= set(_listed_packages())


@pytest.mark.parametrize(("lint", "tests", "code"), [(1, 0, 1), (1, 2, 2), (0, 1, 1), (0, 0, 0)])
def test_scripts_test_runs_the_tests_even_when_ruff_finds_problems(tmp_path, lint, tests, code):
    project = tmp_path / "project"
    (project / "scripts").mkdir(parents=True)
    shutil.copy(ROOT / "scripts/test", project / "scripts/test")
    (project / "scripts/setup").write_text("exit 0\n")
    (project / ".venv/bin").mkdir(parents=True)
    ran = tmp_path / "ran"
    for name, status in (("ruff", lint), ("python", tests)):
        program = project / ".venv/bin" / name
        program.write_text(f'#!/bin/sh\necho {name} "$@" >> "{ran}"\nexit {status}\n')
        program.chmod(0o755)
    done = subprocess.run(
        ["bash", str(project / "scripts/test"), "tests/cli/test_set.py"], capture_output=True
    )
    assert done.returncode == code
    lines = ran.read_text().splitlines()
    assert lines[0] == "ruff check ."
    assert lines[1].startswith("python -m pytest") and lines[1].endswith("tests/cli/test_set.py")
