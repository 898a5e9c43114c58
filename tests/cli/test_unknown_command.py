"""A mistyped command (`editor-app valdate site`) is told as such, with the command meant,
exit 2 and one line, instead of trying to open a window on a folder named `valdate` ("no
display found", exit 3)."""

from __future__ import annotations

from pathlib import Path

from editor_app.cli import main


def test_a_mistyped_command_says_which_was_meant(capsys, monkeypatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    assert main(["valdate", "site"]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert "'valdate' is not a command" in err and "validate" in err
    assert "display" not in err


def test_an_existing_folder_named_like_a_word_still_opens(monkeypatch, tmp_path: Path) -> None:
    (tmp_path / "valdate").mkdir()
    monkeypatch.chdir(tmp_path)
    opened: list[object] = []
    import editor_app.ui.app as app

    monkeypatch.setattr(app, "run_app", lambda folder, self_test=False: opened.append(folder) or 0)
    assert main(["valdate"]) == 0
    assert opened == ["valdate"]
