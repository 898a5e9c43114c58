"""Allows `python -m editor_app`."""

from editor_app.cli import main

raise SystemExit(main())
