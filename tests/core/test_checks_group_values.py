"""Numbers, true/false and dates inside a group of fields are checked like the page's own
(`eleventyNavigation: {order: four}` passed as fine: Eleventy then sorts the menu wrongly),
told with the group's name on the group's line; text in a group is left alone."""

from __future__ import annotations

from pathlib import Path

from editor_app.core.site import Site
from editor_app.core.validate import validate_site


def _site(tmp_path: Path, slip: str) -> list[tuple]:
    (tmp_path / "_config.yml").write_text("collections:\n  docs:\n    output: true\n")
    (tmp_path / "_docs").mkdir()
    for i in range(6):
        (tmp_path / "_docs" / f"d{i}.md").write_text(
            f"---\ntitle: D{i}\nnav:\n  key: K{i}\n  order: {i}\n  pinned: false\n---\nText.\n"
        )
    (tmp_path / "_docs" / "slip.md").write_text(f"---\ntitle: Slip\nnav:\n{slip}---\nText.\n")
    problems = validate_site(Site.open(tmp_path), content=False)
    return [(p.line, p.field, p.severity, p.message) for p in problems if p.path == "_docs/slip.md"]


def test_a_word_for_a_number_in_a_group_is_told(tmp_path: Path) -> None:
    assert _site(tmp_path, "  key: S\n  order: four\n  pinned: false\n") == [
        (
            3,
            "nav",
            "error",
            "Nav: Order must be a number, not 'four'. Write only digits, without quotes.",
        )
    ]


def test_a_word_for_true_or_false_in_a_group_is_told(tmp_path: Path) -> None:
    assert _site(tmp_path, "  key: S\n  order: 2\n  pinned: maybe\n") == [
        (3, "nav", "error", "Nav: Pinned must be true or false, not 'maybe'.")
    ]


def test_good_values_and_text_in_a_group_are_fine(tmp_path: Path) -> None:
    assert _site(tmp_path, "  key: 12 Angry Men\n  order: 7\n  pinned: true\n") == []
