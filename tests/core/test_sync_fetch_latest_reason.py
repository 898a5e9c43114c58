"""`sync.fetch_latest` (the Drafts dialog's look at the server) says why the server could not
be asked: out of reach, the shared copy not at its address, a folder there that is not a
shared copy, or access refused; not "could not be reached" for each of them."""

from __future__ import annotations

import http.server
import threading
from pathlib import Path

import sync_site
from sync_site import drive_not_mounted, git

from editor_app.core import sync

team = sync_site.team


def test_the_server_answering_is_a_true_look(team: tuple[Path, Path, Path]) -> None:
    _server, author, _editor = team
    look = sync.fetch_latest(author)
    assert look and look.reason == "" and not look.offline


def test_a_mistyped_address_says_the_shared_copy_was_not_found(
    team: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    _server, author, _editor = team
    wrong = tmp_path / "servr.git"
    git(author, "remote", "set-url", "origin", str(wrong))
    look = sync.fetch_latest(author)
    assert not look and not look.offline
    assert look.reason.startswith(f"The shared copy at {wrong} was not found: check its address")


def test_a_folder_that_is_not_a_shared_copy_is_said_so(
    team: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    _server, author, editor = team
    git(author, "remote", "set-url", "origin", str(editor / "_posts"))  # a folder of pages
    look = sync.fetch_latest(author)
    assert not look and not look.offline
    assert look.reason == (
        f"The folder at {editor / '_posts'} is not a shared copy: check its address (mistyped?)"
    )
    # The status and Get latest say the same.
    assert sync.status(author, fetch=True).problem == look.reason


def test_a_server_out_of_reach_is_said_unreached(team: tuple[Path, Path, Path]) -> None:
    _server, author, _editor = team
    with drive_not_mounted(author):
        look = sync.fetch_latest(author)
    assert not look and look.offline
    assert look.reason == "The server could not be reached."


class _AskForSignIn(http.server.BaseHTTPRequestHandler):
    """A server that wants a sign-in for everything (as a private repository does)."""

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        self.send_response(401)
        self.send_header("WWW-Authenticate", 'Basic realm="site"')
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *_args: object) -> None:
        pass


def test_access_refused_says_to_sign_in(team: tuple[Path, Path, Path]) -> None:
    _server, author, _editor = team
    server = http.server.HTTPServer(("127.0.0.1", 0), _AskForSignIn)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        git(author, "remote", "set-url", "origin", f"http://127.0.0.1:{server.server_port}/s.git")
        look = sync.fetch_latest(author)
    finally:
        server.shutdown()
        server.server_close()
    assert not look and not look.offline
    assert look.reason.startswith("The server refused access. Sign in to it once with git")
