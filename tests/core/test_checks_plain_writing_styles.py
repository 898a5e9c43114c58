"""Content checks on pages written in other people's ways: a camera's name for the alt text,
sections written as bold lines of their own."""

from __future__ import annotations

from pathlib import Path

import pytest
from content_helpers import check_text

from editor_app.core.site import Site
from editor_app.core.validate import validate_site


@pytest.mark.parametrize(
    "alt", ["DSC01234", "image1", "PXL_20240101_093000", "Screenshot 2024-05-01", "IMG 2041"]
)
def test_a_camera_or_program_name_as_alt_text_looks_like_a_file_name(alt: str) -> None:
    found = check_text(f"---\ntitle: T\n---\nIntro.\n\n![{alt}](/x.png)\n")
    assert found == [(6, "alt-text-poor")]


@pytest.mark.parametrize("alt", ["Image 2 of the report cover", "Scan 1901 census page", "Photos 3 and 4"])
def test_words_with_a_number_are_alt_text(alt: str) -> None:
    assert check_text(f"---\ntitle: T\n---\nIntro.\n\n![{alt}](/x.png)\n") == []


def test_sections_written_as_bold_lines_count_as_sections(tmp_path: Path) -> None:
    (tmp_path / "_config.yml").write_text("title: t\ncollections:\n  notes:\n    output: true\n")
    (tmp_path / "_notes").mkdir()
    parts = ["The challenge", "What we did", "What happened"]
    for i in range(5):
        body = "".join(f"## {p}\n\nWords.\n\n" for p in parts)
        (tmp_path / "_notes" / f"n{i}.md").write_text(f"---\ntitle: N{i}\n---\n{body}")
    bold = "Intro.\n\n**The challenge**\n\nWords.\n\n**Note this.**\n\n**What happened**\nWords.\n"
    (tmp_path / "_notes" / "bold.md").write_text(f"---\ntitle: Bold\n---\n{bold}")
    found = [
        (p.path, p.line, p.message.split(" (")[0])
        for p in validate_site(Site.open(tmp_path), cache=False)
        if p.code.startswith("section-")
    ]
    # 'What we did' is missing, told where 'What happened' (the next) starts
    assert found == [("_notes/bold.md", 12, "This page has no 'What we did' section")]
