"""Entry point of the packaged app: the same `editor-app` command as the installed package."""

import sys

from editor_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
