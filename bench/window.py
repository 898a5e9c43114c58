"""Window figures: keystroke latency, start-up time, memory, and the command line's start.

    .venv/bin/python bench/window.py [--documents 1000]

Each figure is printed with its target. Runs the real window offscreen
(QT_QPA_PLATFORM=offscreen); memory is measured with the QTextBrowser preview
(EDITOR_APP_PREVIEW=text), as the target is set without the web engine.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from synth import build_site, long_document  # noqa: E402

# Runs in a child process: opens the window on a site, reports when it is shown with the site
# listed, then (optionally) types into a large document and reports the longest stall.
CHILD = r"""
import os, sys, time, json
t_start = float(sys.argv[1])
folder = sys.argv[2]
mode = sys.argv[3]
from editor_app.ui.compat import keep_none_alive
keep_none_alive()
from PySide6.QtCore import QSettings, QTimer, QElapsedTimer
from PySide6.QtWidgets import QApplication
from editor_app.ui import preview  # noqa: F401  (before the QApplication, like run_app)
app = QApplication(sys.argv[:1])
from editor_app.ui.main_window import MainWindow
settings = QSettings(os.path.join(os.environ["BENCH_TMP"], "bench.ini"), QSettings.Format.IniFormat)
window = MainWindow(settings)
window.resize(1400, 900)
window.show()
result = {}

def rss_mb():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return -1.0

def finish():
    print(json.dumps(result), flush=True)
    window.close()
    app.quit()

def on_site(_root):
    result["shown_s"] = time.time() - t_start
    result["documents"] = len(window.site.entries()) if window.site else 0
    if mode == "startup":
        QTimer.singleShot(500, lambda: (result.update(rss_mb=rss_mb()), finish()))
        return
    window.open_document(os.path.join(folder, "_resources", "zz-long-document.md"))
    QTimer.singleShot(1500, start_typing)

def start_typing():
    editor = window.editor
    cursor = editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    editor.setFocus()
    gaps = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]
    ticker = QTimer()
    ticker.setInterval(5)

    def tick():
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    ticker.timeout.connect(tick)
    ticker.start()
    from PySide6.QtTest import QTest
    text = "The organisation reviewed the programme and its colour scheme. " * 6
    state = {"i": 0}

    def type_one():
        if state["i"] >= len(text):
            typer.stop()
            # Let the debounced preview and checks run once more before measuring ends.
            QTimer.singleShot(1500, done)
            return
        QTest.keyClicks(editor, text[state["i"]])
        state["i"] += 1

    def done():
        ticker.stop()
        worst = max(gaps) - 5 if gaps else 0
        result["keystrokes"] = len(text)
        result["max_block_ms"] = worst
        result["rss_mb"] = rss_mb()
        result["backend"] = window.preview.backend
        finish()

    typer = QTimer()
    typer.setInterval(40)  # a fast typist: 25 characters a second
    typer.timeout.connect(type_one)
    typer.start()
    app._keep = (ticker, typer)

window.siteOpened.connect(on_site)
QTimer.singleShot(120000, lambda: (result.update(error="timeout"), finish()))
window.open_folder(folder)
app.exec()
"""


def run_child(folder: Path, mode: str, tmp: Path, text_preview: bool) -> dict:
    import json

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BENCH_TMP=str(tmp))
    env.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    env["EDITOR_APP_DATA_DIR"] = str(tmp / "data")
    if text_preview:
        env["EDITOR_APP_PREVIEW"] = "text"
    else:
        env.pop("EDITOR_APP_PREVIEW", None)
    start = time.time()
    out = subprocess.run(
        [sys.executable, "-c", CHILD, repr(start), str(folder), mode],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    for line in reversed(out.stdout.splitlines()):
        if line.startswith("{"):
            return json.loads(line)
    raise RuntimeError(f"the window did not report:\n{out.stderr[-2000:]}")


def time_command(args: list[str], runs: int = 5) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(args, capture_output=True, check=True)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=1000)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="editor-app-bench-window-"))
    try:
        site = tmp / "site"
        build_site(site, args.documents)
        long_doc = long_document(200_000)
        (site / "_resources" / "zz-long-document.md").write_text(long_doc, encoding="utf-8")

        cli = [str(Path(sys.executable).parent / "editor-app"), "validate", "--help"]
        help_s = time_command(cli)
        print(f"editor-app validate --help:        {help_s:.3f} s   (target < 0.3 s, no Qt)")

        startups = [run_child(site, "startup", tmp, text_preview=True) for _ in range(3)]
        best = min(s["shown_s"] for s in startups)
        print(
            f"start-up to window with site open: {best:.3f} s   (target < 1.5 s; "
            f"{startups[0]['documents']} documents)"
        )
        print(
            f"memory, site open (text preview):  {startups[0]['rss_mb']:.0f} MB  "
            "(target < 250 MB)"
        )
        typing = run_child(site, "typing", tmp, text_preview=False)
        print(
            f"typing into a 200 KB document:     {typing['max_block_ms']:.0f} ms longest "
            f"event-loop stall over {typing['keystrokes']} keystrokes "
            f"(target < 50 ms; preview: {typing['backend']})"
        )
        typing_text = run_child(site, "typing", tmp, text_preview=True)
        print(
            f"  same with the text preview:      {typing_text['max_block_ms']:.0f} ms "
            f"(memory {typing_text['rss_mb']:.0f} MB)"
        )
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
