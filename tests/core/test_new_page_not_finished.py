"""A new page's thing has not ended, whatever most of its kind say: connectedbydata's projects
are mostly `completed: true` (23 of 32), and a new project started completed, listed with the
finished ones. It starts `completed: false`; other yes-or-no fields keep the pages' usual
value (`add-background: true`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.cli import main
from editor_app.core.document import Document


def _site(root: Path, field: str) -> Path:
    (root / "_projects").mkdir(parents=True)
    (root / "_config.yml").write_text("collections:\n  projects:\n    output: true\n", "utf-8")
    for n in range(4):
        (root / "_projects" / f"p{n}.md").write_text(
            f"---\ntitle: P{n}\n{field}: true\nshown: true\n---\nText.\n", "utf-8"
        )
    return root


@pytest.mark.parametrize("field", ["completed", "archived", "is_done", "isFinished"])
def test_a_new_project_is_not_finished(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], field: str
) -> None:
    root = _site(tmp_path / "site", field)
    assert main(["new", "projects", "--title", "Next one", str(root)]) == 0
    made = Path(capsys.readouterr().out.strip().splitlines()[0])
    header = Document.load(made).front_matter
    assert header[field] is False
    assert header["shown"] is True


def test_connectedbydata_new_project(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from shared_sites import copy_shared_site

    root = copy_shared_site("connectedbydata", tmp_path, "cbd")
    assert main(["new", "projects", "--title", "Data and democracy", str(root)]) == 0
    made = Path(capsys.readouterr().out.strip().splitlines()[0])
    text = made.read_text(encoding="utf-8")
    assert "completed: false\n" in text
    assert "add-background: true\n" in text
