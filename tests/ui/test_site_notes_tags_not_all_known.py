"""A Hugo site taking shortcodes from modules: Check cannot tell a mistyped shortcode, and the
window says so among "What the Editor Noticed", as `editor-app validate` says it on stderr."""

from __future__ import annotations

from pathlib import Path

from window_helpers import open_site

CONFIG = 'baseURL = "https://example.org/"\ntitle = "T"\n'
IMPORTS = '[module]\n[[module.imports]]\npath = "github.com/example/theme"\n'


def _site(root: Path, config: str) -> Path:
    (root / "content" / "posts").mkdir(parents=True)
    (root / "hugo.toml").write_text(config, encoding="utf-8")
    (root / "content" / "posts" / "p.md").write_text(
        "---\ntitle: P\n---\n\nText {{< nosuch >}} here.\n", encoding="utf-8"
    )
    return root


def test_the_window_says_shortcodes_were_not_checked(
    qtbot, quiet_window, tmp_path: Path, monkeypatch
) -> None:
    from editor_app.ui import site_notes_dialog

    shown: list[str] = []
    monkeypatch.setattr(
        site_notes_dialog, "show_site_notes", lambda _p, _title, text: shown.append(text)
    )
    open_site(qtbot, quiet_window, _site(tmp_path / "site", CONFIG + IMPORTS))
    assert "1 thing noticed about the site" in quiet_window.statusBar().currentMessage()
    assert quiet_window.site_notes_action.isEnabled()
    quiet_window.site_notes_action.trigger()
    assert shown == [
        "• Shortcodes were not checked for mistypes: the site takes shortcodes from Hugo "
        "modules or a theme not in its folder, so the ones it can use are not all known."
    ]


def test_nothing_said_when_every_shortcode_is_known(qtbot, quiet_window, tmp_path: Path) -> None:
    open_site(qtbot, quiet_window, _site(tmp_path / "site", CONFIG))
    assert quiet_window.sites.site_notes() == []
    assert not quiet_window.site_notes_action.isEnabled()
