"""`python -m editor_app.cli`, as the `editor-app` command."""

from editor_app.cli import main

raise SystemExit(main())
