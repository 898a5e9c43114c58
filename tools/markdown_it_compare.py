"""Compare the markdown-it engine (Eleventy) with markdown-it itself on every page of a folder.

Usage: .venv/bin/python tools/markdown_it_compare.py FOLDER [--site SITE] [--show N] [--pin]
Needs Debian's `node-markdown-it` (12.2); set MARKDOWN_IT to another markdown-it package
(e.g. 14.x, what current Eleventy uses) to compare with that. See tools/engine_compare.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from engine_compare import main  # noqa: E402

if __name__ == "__main__":
    try:
        raise SystemExit(main(engine="markdown-it"))
    except BrokenPipeError:  # e.g. piped into `head`
        raise SystemExit(0) from None
