"""`editor-app rename` and `editor-app new` on a copy of the real site."""

from __future__ import annotations

import filecmp
import os
from pathlib import Path

import pytest

from editor_app.cli import main
from editor_app.core.document import Document


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def differing(before: Path, after: Path) -> set[str]:
    return {
        p.relative_to(before).as_posix()
        for p in before.rglob("*.md")
        if not filecmp.cmp(p, after / p.relative_to(before), shallow=False)
    }


def test_rename_prints_changed_files(
    site_copy: Path, shared_site: Path, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:
    monkeypatch.chdir(site_copy)
    code, out, err = run(capsys, "rename", "topics", "Health", "Health and care")
    assert code == 0
    printed = set(out.split())
    assert printed == differing(shared_site, site_copy)
    assert "_topics/health.md" not in printed
    assert f"changed {len(printed)} files" in err


def test_rename_dry_run_with_target(
    site_copy: Path, shared_site: Path, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:
    monkeypatch.chdir(site_copy.parent)
    code, out, err = run(
        capsys, "rename", "topics", "Health", "Wellbeing", str(site_copy), "--dry-run", "--target"
    )
    assert code == 0
    printed = out.split()
    assert "connectedbydata/_topics/health.md" in printed
    assert len(printed) >= 4
    assert "would change" in err
    assert differing(shared_site, site_copy) == set()


def test_rename_target_changes_the_topic_title(
    site_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(
        capsys, "rename", "topics", "Justice", "Justice system", str(site_copy), "--target"
    )
    assert code == 0
    assert Document.load(site_copy / "_topics" / "justice.md").get("title") == "Justice system"
    assert any(line.endswith("_topics/justice.md") for line in out.split())


@pytest.mark.parametrize(
    "argv",
    [
        ["rename", "topics", "Health", "Health"],
        ["rename", "", "Health", "Care"],
        ["rename", "topics", "Health", ""],
        ["rename", "topics", "Health"],
        ["rename", "topics", "Health", "Care", "/no/such/folder"],
    ],
)
def test_rename_bad_arguments_exit_2(
    site_copy: Path, shared_site: Path, capsys: pytest.CaptureFixture[str], monkeypatch, argv
) -> None:
    monkeypatch.chdir(site_copy)
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse's own usage errors
        code = exc.code
    assert code == 2
    assert differing(shared_site, site_copy) == set()


def test_rename_exit_1_when_a_file_could_not_be_changed(
    site_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = site_copy / "_people" / "broken.md"
    broken.write_text("---\ntitle: A: B\ntopics:\n  - Health\n---\n")
    code, _, err = run(capsys, "rename", "topics", "Health", "Care", str(site_copy))
    assert code == 1
    assert "broken.md" in err and "not changed" in err
    assert broken.read_text() == "---\ntitle: A: B\ntopics:\n  - Health\n---\n"


def test_a_file_not_changed_is_named_as_the_changed_ones_are(
    site_copy: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The changed files were listed from the folder run in, the ones not changed absolutely.
    (site_copy / "_people" / "broken.md").write_text("---\ntitle: A: B\ntopics: [Health]\n---\n")
    monkeypatch.chdir(site_copy)
    code, out, err = run(capsys, "rename", "topics", "Health", "Care", ".")
    assert code == 1 and "_resources/" in out and str(site_copy) not in out
    assert "editor-app: not changed: _people/broken.md: " in err and str(site_copy) not in err


def test_new_prints_the_path(site_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "new", "people", str(site_copy), "--title", "Sam Example")
    assert code == 0
    path = Path(out.strip())
    assert path == site_copy / "_people" / "sam-example.md"
    doc = Document.load(path)
    assert doc.get("title") == "Sam Example" and doc.get("layout") == "person"


def test_new_in_the_current_folder(
    site_copy: Path, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:
    monkeypatch.chdir(site_copy / "_topics")
    code, out, _ = run(capsys, "new", "topics", "--title", "Housing")
    assert code == 0
    assert Path(out.strip()) == site_copy / "_topics" / "housing.md"
    assert os.path.exists(out.strip())


def test_new_unknown_collection_exit_2(site_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "new", "nope", str(site_copy), "--title", "X")
    assert code == 2 and out == ""
    assert "nope" in err and "topics" in err and err.count("\n") == 1
