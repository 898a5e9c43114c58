"""`editor-app new` on Hugo's own docs: a new page starts from the section's archetype, as
`hugo new content` makes it (`archetypes/functions.md`, else `archetypes/default.md`); a part
of an archetype editor-app does not fill in is said in one line on stderr."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from shared_sites import shared_site_path

from editor_app.cli import main
from editor_app.core.document import Document


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    source = shared_site_path("hugo-docs")
    dest = tmp_path / "hugo-docs"
    for part in ("archetypes", "content/en/functions", "content/en/about"):
        shutil.copytree(source / part, dest / part)
    shutil.copy(source / "hugo.toml", dest / "hugo.toml")
    return dest


def test_new_function_page_follows_its_archetype(docs: Path, capsys) -> None:  # noqa: ANN001
    assert main(["new", "functions", "--title", "strings.Reverse", str(docs)]) == 0
    out, err = capsys.readouterr()
    path = Path(out.strip())
    # Beside strings.Chomp and the other strings functions, named as they are.
    assert path == docs / "content" / "en" / "functions" / "strings" / "Reverse.md"
    assert err == ""
    front = Document.load(path).front_matter
    # The archetype's keys, in its order, with the typed title.
    assert list(front) == ["title", "description", "categories", "keywords", "params"]
    assert front["title"] == "strings.Reverse"
    assert front["params"] == {
        "functions_and_methods": {"aliases": [], "returnType": None, "signatures": []}
    }


def test_new_about_page_from_the_default_archetype(docs: Path, capsys) -> None:  # noqa: ANN001
    assert main(["new", "about", "--title", "Our story", str(docs)]) == 0
    path = Path(capsys.readouterr().out.strip())
    assert path.read_text(encoding="utf-8") == (
        "---\ntitle: Our story\ndescription:\ncategories: []\nkeywords: []\n---\n"
    )


def test_part_not_filled_in_is_said_on_one_line(docs: Path, capsys) -> None:  # noqa: ANN001
    archetype = docs / "archetypes" / "default.md"
    archetype.write_text(
        archetype.read_text(encoding="utf-8").replace(
            "keywords: []", "keywords: []\nauthor: {{ .Site.Params.author }}"
        ),
        encoding="utf-8",
    )
    assert main(["new", "about", "--title", "Our story", str(docs)]) == 0
    out, err = capsys.readouterr()
    assert Document.load(Path(out.strip())).front_matter["author"] is None
    assert err.count("\n") == 1 and err.startswith("editor-app: note: archetypes/default.md")
    assert "author" in err and "Traceback" not in err
