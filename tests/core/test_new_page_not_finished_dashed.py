"""A yes-or-no field named with dashes, as Jekyll sites name theirs (`add-background`), says a
thing is over as the underscored one does: a new project starts `is-done: false`, though most
projects are done."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.cli import main
from editor_app.core.document import Document


def test_a_new_project_is_not_done_with_a_dashed_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "site"
    (root / "_projects").mkdir(parents=True)
    (root / "_config.yml").write_text("collections:\n  projects:\n    output: true\n", "utf-8")
    for n in range(4):
        (root / "_projects" / f"p{n}.md").write_text(
            f"---\ntitle: P{n}\nis-done: true\n---\nText.\n", "utf-8"
        )
    assert main(["new", "projects", "--title", "Next one", str(root)]) == 0
    made = Path(capsys.readouterr().out.strip().splitlines()[0])
    assert Document.load(made).front_matter["is-done"] is False
