"""`editor-app new --kind KIND` starts a Hugo page from `archetypes/KIND.md` (or the bundle
`archetypes/KIND/`) whatever its section, as `hugo new --kind` does: Hugo's own docs keep
their glossary terms' archetype so (`archetypes/glossary.md`)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from shared_sites import shared_site_path

from editor_app.cli import main
from editor_app.core.document import Document

GLOSSARY = Path("content/en/quick-reference/glossary")


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    source = shared_site_path("hugo-docs")
    dest = tmp_path / "hugo-docs"
    for part in ("archetypes", "content/en/quick-reference"):
        shutil.copytree(source / part, dest / part)
    shutil.copy(source / "hugo.toml", dest / "hugo.toml")
    return dest


def test_glossary_kind_on_hugo_docs(docs: Path, capsys) -> None:  # noqa: ANN001
    folder = GLOSSARY.as_posix()
    args = ["new", "quick-reference", "--kind", "glossary", "--title", "my term"]
    assert main([*args, "--folder", folder, str(docs)]) == 0
    out, err = capsys.readouterr()
    path = Path(out.strip())
    assert path == docs / GLOSSARY / "my-term.md" and err == ""
    assert Document.load(path).front_matter == {"title": "my term", "params": {"reference": None}}
    assert "Glossary terms are maintained" in path.read_text(encoding="utf-8")


@pytest.mark.skipif(shutil.which("hugo") is None, reason="hugo is not installed here")
def test_glossary_kind_is_what_hugo_new_kind_makes(docs: Path, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    theirs = tmp_path / "theirs"
    shutil.copytree(docs, theirs)
    done = subprocess.run(
        ["hugo", "new", "-k", "glossary", "quick-reference/glossary/my-term.md"],
        cwd=theirs, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    if done.returncode != 0:  # this hugo cannot read the site's settings
        pytest.skip(done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "hugo failed")
    args = ["new", "quick-reference", "--kind", "glossary", "--title", "my term"]
    assert main([*args, "--folder", GLOSSARY.as_posix(), str(docs)]) == 0
    made = Path(capsys.readouterr().out.strip())
    assert made.read_bytes() == (theirs / GLOSSARY / "my-term.md").read_bytes()


def test_unknown_kind_is_said_and_starts_from_default(docs: Path, capsys) -> None:  # noqa: ANN001
    args = ["new", "quick-reference", "--kind", "glosary", "--title", "Typo"]
    assert main([*args, str(docs)]) == 0
    out, err = capsys.readouterr()
    assert err.startswith("editor-app: note: this site has no archetype 'glosary' (it has: ")
    assert "glossary" in err and "archetypes/default.md" in err and err.count("\n") == 1
    assert list(Document.load(Path(out.strip())).front_matter) == [
        "title", "description", "categories", "keywords"
    ]  # fmt: skip


def test_kind_leading_out_is_refused(docs: Path, capsys) -> None:  # noqa: ANN001
    args = ["new", "quick-reference", "--kind", "../../x", "--title", "T", str(docs)]
    assert main(args) == 2
    assert "a kind is an archetype's name" in capsys.readouterr().err


def test_kind_on_a_site_that_is_not_hugo(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    (tmp_path / "_config.yml").write_text("title: J\n")
    (tmp_path / "_posts").mkdir()
    (tmp_path / "_posts" / "2024-01-01-a.md").write_text("---\ntitle: A\n---\n")
    assert main(["new", "posts", "--kind", "note", "--title", "T", str(tmp_path)]) == 2
    assert "not a Hugo site" in capsys.readouterr().err
    assert sorted(p.name for p in (tmp_path / "_posts").iterdir()) == ["2024-01-01-a.md"]


def test_hugo_docs_offers_the_glossary_kind_alone() -> None:
    # `news.md` is the news section's own, though that section lists no pages but its index.
    from editor_app.core.archetype_find import archetype_kinds
    from editor_app.core.site import Site

    assert archetype_kinds(Site.open(shared_site_path("hugo-docs"))) == ["glossary"]


def test_no_new_page_inside_a_page_bundle_of_hugo_docs(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    # `host-on-netlify/index.md` and its images make one page: a page put in that folder
    # would be one of its files for Hugo, not a page of the site.
    from editor_app.core.page_create import page_folders
    from editor_app.core.site import Site

    source = shared_site_path("hugo-docs")
    site = Site.open(source)
    assert page_folders(site, "host-and-deploy") == ["content/en/host-and-deploy"]
    assert "content/en/functions/strings" in page_folders(site, "functions")  # not a bundle
    dest = tmp_path / "docs"
    shutil.copytree(source / "content/en/host-and-deploy", dest / "content/en/host-and-deploy")
    shutil.copytree(source / "archetypes", dest / "archetypes")
    shutil.copy(source / "hugo.toml", dest / "hugo.toml")
    folder = "content/en/host-and-deploy/host-on-netlify"
    args = ["new", "host-and-deploy", "--title", "T", "--folder", folder, str(dest)]
    assert main(args) == 2
    assert "no page of this collection is in the folder" in capsys.readouterr().err
    assert sorted(p.name for p in (dest / folder).iterdir())[0] == "index.md"
    assert not (dest / folder / "t.md").exists()
