"""`editor-app new posts` on a fresh Hugo site (an archetype `archetypes/posts.md`, no page
yet, `content/` empty) makes the section's first page, as `hugo new posts/x.md` does; the
real `hugo` makes the same file where the machine has it."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from editor_app.cli import main

ARCHETYPE = (
    '---\ntitle: "{{ replace .Name "-" " " | title }}"\ndate: {{ .Date }}\n'
    "draft: true\ntags: []\n---\n\nWrite the post here.\n"
)
_STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d)")


def fresh(root: Path) -> Path:
    (root / "content").mkdir(parents=True)
    (root / "layouts").mkdir()
    (root / "archetypes").mkdir()
    (root / "hugo.toml").write_text("title = 'Fresh'\n", encoding="utf-8")
    (root / "archetypes" / "default.md").write_text("---\ntitle: d\n---\n", encoding="utf-8")
    (root / "archetypes" / "posts.md").write_text(ARCHETYPE, encoding="utf-8")
    return root


def test_new_makes_the_first_page_of_an_archetype_section(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    site = fresh(tmp_path / "site")
    assert main(["new", "posts", "--title", "Hello World", str(site)]) == 0
    out, err = capsys.readouterr()
    path = Path(out.strip())
    assert path == site / "content" / "posts" / "hello-world.md" and err == ""
    text = path.read_text(encoding="utf-8")
    assert text.startswith('---\ntitle: "Hello World"\ndate: ') and "Write the post here." in text


def test_new_names_the_archetype_section_among_the_kinds(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    site = fresh(tmp_path / "site")
    assert main(["new", "layouts", "--title", "X", str(site)]) == 2
    err = capsys.readouterr().err
    assert "posts" in err and "layouts" in err.split("(")[0] and "\n" == err[-1]
    assert not any((site / "content").rglob("*.md"))


@pytest.mark.skipif(shutil.which("hugo") is None, reason="hugo is not installed here")
def test_first_page_is_the_one_hugo_new_makes(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    ours, theirs = fresh(tmp_path / "ours"), fresh(tmp_path / "theirs")
    done = subprocess.run(
        ["hugo", "new", "posts/hello-world.md"], cwd=theirs, capture_output=True, text=True,
        timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert main(["new", "posts", "--title", "Hello World", str(ours)]) == 0
    made = Path(capsys.readouterr().out.strip())
    hugo_made = theirs / "content" / "posts" / "hello-world.md"
    assert made.relative_to(ours) == hugo_made.relative_to(theirs)
    assert _STAMP.sub("<now>", made.read_text()) == _STAMP.sub("<now>", hugo_made.read_text())
