"""Compare the Goldmark engine (Hugo) with Hugo itself on every page of a folder.

Usage: .venv/bin/python tools/goldmark_compare.py FOLDER [--site SITE] [--show N]
           [--ignore-code-spans] [--pin]
Needs Debian's `hugo`: every page becomes a page of a scratch site whose layout prints only
`{{ .Content }}`, with the site's `[markup]` settings; shortcodes are neutralised on both
sides (so the scratch site needs none). See tools/engine_compare.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from engine_compare import main  # noqa: E402

if __name__ == "__main__":
    try:
        raise SystemExit(main(engine="goldmark"))
    except BrokenPipeError:  # e.g. piped into `head`
        raise SystemExit(0) from None
