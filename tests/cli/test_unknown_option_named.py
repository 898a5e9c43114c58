"""An option a command does not have is named alone: `schema --format json SITE` said
"unrecognized arguments: --format SITE", as if the site's name were the slip too."""

from __future__ import annotations

import pytest

from editor_app.cli import main


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (
            ["schema", "--format", "json", "mysite"],
            "editor-app schema: unrecognized arguments: --format (see editor-app schema --help)\n",
        ),
        (
            ["rename", "a", "b", "c", "d", "e"],
            "editor-app rename: unrecognized arguments: e (see editor-app rename --help)\n",
        ),
    ],
)
def test_the_slip_is_named(capsys: pytest.CaptureFixture[str], argv: list[str], said: str) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(argv)
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert err == said
