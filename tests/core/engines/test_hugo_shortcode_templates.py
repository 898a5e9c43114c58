"""The preview's two readers of Hugo shortcode templates (the Markdown-printing shortcodes and
new-in / deprecated-in) share one read of each template per site, `_shortcodes` first as
Hugo looks: a name there hides `shortcodes/` of the same name, whatever either holds."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from shared_sites import shared_site_path

from editor_app.core.engines import hugo_shortcode_templates
from editor_app.core.engines.hugo_feature_state import FeatureShortcodes
from editor_app.core.engines.hugo_include import including_shortcodes


def test_each_template_is_read_once_for_both(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    root = tmp_path / "hugo-docs"
    site = shared_site_path("hugo-docs")
    (root / "layouts").mkdir(parents=True)
    for folder in ("_shortcodes", "_partials"):
        os.symlink(site / "layouts" / folder, root / "layouts" / folder)
    opened: list[str] = []
    real_open = Path.open

    def counting_open(self: Path, *args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        if "_shortcodes" in self.parts:
            opened.append(self.name)
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", counting_open)
    monkeypatch.setattr(Path, "read_text", lambda self, *a, **k: counting_open(self).read())
    assert "glossary-term" in including_shortcodes(root)
    assert {"new-in", "deprecated-in"} <= set(FeatureShortcodes(root).statuses)
    assert sorted(opened) == sorted(set(opened))  # no template read twice
    assert "new-in.html" in opened and "glossary-term.html" in opened


def test_underscore_folder_hides_the_other(tmp_path: Path) -> None:
    for folder, text in (("_shortcodes", "<b>{{ .Get 0 }}</b>"), ("shortcodes", "A *note*.\n")):
        (tmp_path / "layouts" / folder).mkdir(parents=True)
        (tmp_path / "layouts" / folder / "note.html").write_text(text)
    (tmp_path / "layouts" / "shortcodes" / "aside.html").write_text("An aside.\n")
    # `_shortcodes/note.html` is not a Markdown-printing one, and it is the one Hugo uses.
    assert sorted(including_shortcodes(tmp_path)) == ["aside"]
    (tmp_path / "layouts" / "shortcodes" / "aside.html").write_text("Changed.\n")
    assert including_shortcodes(tmp_path)["aside"].text == "Changed.\n"
    assert hugo_shortcode_templates.shortcode_templates(tmp_path)["note"].startswith("<b>")
