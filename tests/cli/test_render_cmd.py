"""`editor-app render FILE [--body]`: the preview page or the body on stdout."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from editor_app.cli import main


def test_render_prints_the_whole_page(shared_site: Path, capsys: pytest.CaptureFixture) -> None:
    page = shared_site / "_resources" / "case-study-cag.md"
    assert main(["render", str(page)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("<!DOCTYPE html>")
    assert "Case study: Confidentiality Advisory Group" in out
    assert "Content-Security-Policy" in out
    assert "<script" not in out


def test_render_body_prints_only_what_the_site_renders(
    shared_site: Path, capsys: pytest.CaptureFixture
) -> None:
    page = shared_site / "_resources" / "case-study-cag.md"
    assert main(["render", str(page), "--body"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("<p>The Health Research Authority’s Confidentiality Advisory Group")
    assert "<!--more-->" in out  # kramdown keeps the excerpt marker as a comment
    assert "<html" not in out and "page-title" not in out


def test_render_a_loose_file_outside_any_site(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    loose = tmp_path / "note.md"
    loose.write_text("---\ntitle: A note\n---\nSee {% include x.html %}.\n", "utf-8")
    assert main(["render", str(loose), "--body"]) == 0
    assert capsys.readouterr().out == (
        '<p>See <span class="liquid">{% include x.html %}</span>.</p>\n'
    )


def test_render_body_of_a_page_turning_templates_off_prints_its_tags_as_text(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    (tmp_path / "_config.yml").write_text("title: Site\n", "utf-8")
    page = tmp_path / "liquid.md"
    page.write_text(
        "---\ntitle: Tags\nrender_with_liquid: false\n---\nWrite {% include x.html %}.\n", "utf-8"
    )
    assert main(["render", str(page), "--body"]) == 0
    out = capsys.readouterr().out
    assert "{% include x.html %}" in out
    assert 'class="liquid"' not in out  # as Jekyll prints it: text, not a placeholder


@pytest.mark.parametrize("name", ["missing.md", "."])
def test_unreadable_file_exits_2(tmp_path: Path, name: str, capsys: pytest.CaptureFixture) -> None:
    assert main(["render", str(tmp_path / name)]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_command_line_does_not_import_qt(shared_site: Path) -> None:
    page = shared_site / "_resources" / "case-study-cag.md"
    code = (
        "import sys; from editor_app.cli import main; main(['render', sys.argv[1], '--body']); "
        "assert not [m for m in sys.modules if m.startswith('PySide6')]"
    )
    result = subprocess.run([sys.executable, "-c", code, str(page)], capture_output=True)
    assert result.returncode == 0, result.stderr


def test_render_engine_flag_overrides_the_sites_engine(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    (tmp_path / "hugo.toml").write_text("title = 'x'\n")
    page = tmp_path / "content" / "p.md"
    page.parent.mkdir()
    page.write_text('---\ntitle: P\n---\n"Hi" -- <b>x</b>\n', "utf-8")
    assert main(["render", str(page), "--body"]) == 0
    hugo = capsys.readouterr().out
    assert hugo == "<p>&ldquo;Hi&rdquo; &ndash; <!-- raw HTML omitted -->x<!-- raw HTML omitted --></p>\n"
    assert main(["render", str(page), "--body", "--engine", "markdown-it"]) == 0
    assert capsys.readouterr().out == '<p>&quot;Hi&quot; -- <b>x</b></p>\n'


def test_render_unknown_engine_is_refused_in_one_line(tmp_path: Path) -> None:
    page = tmp_path / "p.md"
    page.write_text("x\n", "utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "editor_app.cli", "render", str(page), "--engine", "pandoc"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr


def test_render_refuses_a_settings_file(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    settings = tmp_path / "_config.yml"
    settings.write_text("title: My site\nmarkdown: kramdown\n", encoding="utf-8")
    assert main(["render", str(settings)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.strip().endswith("not a page (a Markdown or HTML file), so it has no preview")


def test_render_body_of_a_right_to_left_page_isolates_latin_runs_as_the_preview(
    capsys: pytest.CaptureFixture,
) -> None:
    from shared_sites import shared_site_path

    page = shared_site_path("opensource-guide") / "_articles" / "fa" / "starting-a-project.md"
    assert main(["render", str(page), "--body"]) == 0
    body = capsys.readouterr().out
    credit = '— <bdi dir="ltr">@mlynch</bdi>, <a href="https://medium.com/ionic-and-the-mobile-web/'
    assert credit in body
    assert main(["render", str(page)]) == 0
    assert credit in capsys.readouterr().out  # the preview page: the same words, same order


def test_render_body_of_a_left_to_right_page_has_no_isolation(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    (tmp_path / "_config.yml").write_text("title: Site\n", "utf-8")
    page = tmp_path / "page.md"
    page.write_text("---\ntitle: T\n---\nPlain \"Open Source\" words.\n", "utf-8")
    assert main(["render", str(page), "--body"]) == 0
    assert "<bdi" not in capsys.readouterr().out
