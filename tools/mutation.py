"""Mutation testing of the core: how many deliberate bugs the tests catch, module by module.

    .venv/bin/python tools/mutation.py                 # every target below (slow: hours)
    .venv/bin/python tools/mutation.py store review-diff
    .venv/bin/python tools/mutation.py --list
    .venv/bin/python tools/mutation.py store --survivors   # and show each surviving mutant

Each target is one or more core modules and the tests that guard them. mutmut changes the
files it mutates in place, so it runs on a copy of the project beside it
(`../.editor-app-mutation/TARGET`, where `../shared` still resolves); the project itself is
never touched. The kill rate is killed / (killed + survived + timed out); a surviving mutant
that is equivalent (no test could tell it apart) is named, with why, in the module's tests.
Latest rates: docs/ARCHITECTURE.md ("Mutation testing"). Not part of CI: too slow for it.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PYTHON = REPO / ".venv" / "bin" / "python"
MUTMUT = REPO / ".venv" / "bin" / "mutmut"


@dataclass(frozen=True)
class Target:
    modules: tuple[str, ...]
    tests: tuple[str, ...]


TARGETS: dict[str, Target] = {
    "simple-front-matter": Target(
        ("editor_app/core/simple_front_matter.py",),
        (
            "tests/core/test_simple_front_matter_spellings.py",
            "tests/core/test_simple_front_matter.py",
        ),
    ),
    "store": Target(
        ("editor_app/core/store.py", "editor_app/core/safe_files.py"),
        (
            "tests/core/test_store_durability.py",
            "tests/core/test_store_files.py",
            "tests/core/test_store.py",
        ),
    ),
    "document": Target(
        ("editor_app/core/document.py",),
        (
            "tests/core/test_line_endings_property.py",
            "tests/core/test_document.py",
            "tests/core/test_document_block_scalars.py",
            "tests/core/test_document_yaml_errors.py",
            "tests/core/test_frontmatter_oracle.py",
        ),
    ),
    "review-diff": Target(
        ("editor_app/core/review/diff.py",),
        ("tests/core/test_review_diff_pins.py", "tests/core/test_review_diff_context.py"),
    ),
    "checks": Target(
        ("editor_app/core/checks",),
        ("tests/core/test_validate.py", "tests/core/test_validate_checks.py"),
    ),
}

STATUS_WORDS = {
    "ok_killed": "killed",
    "bad_survived": "survived",
    "bad_timeout": "timed out",
    "ok_suspicious": "suspicious",
    "untested": "untested",
    "skipped": "skipped",
}


def _copy_project(dest: Path) -> None:
    if dest.exists():
        shutil.rmtree(dest)
    ignore = shutil.ignore_patterns(
        ".venv", ".git", "__pycache__", ".pytest_cache", ".ruff_cache", ".hypothesis",
        "dist", "build", ".mutmut-cache", "*.egg-info",
    )  # fmt: skip
    shutil.copytree(REPO, dest, ignore=ignore, symlinks=True)


def _existing(paths: tuple[str, ...], root: Path) -> list[str]:
    return [p for p in paths if (root / p).exists()]


def run_target(name: str, target: Target, work: Path, show_survivors: bool) -> dict[str, int]:
    """Run mutmut on one target in a fresh copy; the count of mutants by outcome."""
    dest = work / name
    _copy_project(dest)
    modules = _existing(target.modules, dest)
    tests = _existing(target.tests, dest)
    if not modules or not tests:
        print(f"{name}: skipped (missing {target.modules if not modules else target.tests})")
        return {}
    runner = f"{PYTHON} -m pytest -x -q -p no:cacheprovider -p no:randomly {' '.join(tests)}"
    command = [
        str(MUTMUT), "run", "--paths-to-mutate", ",".join(modules), "--tests-dir", "tests",
        "--runner", runner, "--simple-output",
    ]  # fmt: skip
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": f"{PYTHON.parent}:/usr/bin:/bin"}
    print(f"{name}: mutating {', '.join(modules)}; tests: {', '.join(tests)}", flush=True)
    subprocess.run(command, cwd=dest, env=env, check=False, stdout=subprocess.DEVNULL)
    counts = _counts(dest / ".mutmut-cache")
    if show_survivors:
        for mutant_id in _survivors(dest / ".mutmut-cache"):
            diff = subprocess.run(
                [str(MUTMUT), "show", str(mutant_id)], cwd=dest, env=env,
                capture_output=True, text=True, check=False,
            )  # fmt: skip
            print(diff.stdout)
    return counts


def _counts(cache: Path) -> dict[str, int]:
    with sqlite3.connect(cache) as db:
        rows = db.execute("SELECT status, COUNT(*) FROM Mutant GROUP BY status").fetchall()
    return {STATUS_WORDS.get(status, status): n for status, n in rows}


def _survivors(cache: Path) -> list[int]:
    with sqlite3.connect(cache) as db:
        rows = db.execute("SELECT id FROM Mutant WHERE status = 'bad_survived' ORDER BY id")
        return [row[0] for row in rows]


def kill_rate(counts: dict[str, int]) -> float | None:
    """Killed / (killed + survived + timed out); None when nothing was tested."""
    judged = counts.get("killed", 0) + counts.get("survived", 0) + counts.get("timed out", 0)
    return counts.get("killed", 0) / judged if judged else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("targets", nargs="*", metavar="TARGET", help="default: all")
    parser.add_argument("--list", action="store_true", help="list the targets and stop")
    parser.add_argument("--survivors", action="store_true", help="show each surviving mutant")
    args = parser.parse_args(argv)
    if args.list:
        for name, target in TARGETS.items():
            print(f"{name}: {', '.join(target.modules)}")
        return 0
    unknown = [t for t in args.targets if t not in TARGETS]
    if unknown:
        parser.error(f"unknown target {', '.join(unknown)}; see --list")
    work = REPO.parent / f".{REPO.name}-mutation"
    rows = []
    for name in args.targets or list(TARGETS):
        counts = run_target(name, TARGETS[name], work, args.survivors)
        rate = kill_rate(counts)
        shown = "-" if rate is None else f"{rate:.0%}"
        detail = ", ".join(f"{n} {word}" for word, n in sorted(counts.items()))
        rows.append(f"{name:<20} {shown:>5}   {detail}")
        print(rows[-1], flush=True)
    print("\ntarget               kill rate")
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
