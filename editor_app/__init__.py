"""editor-app: a desktop editor for Markdown pages with YAML front matter."""

__version__ = "0.1.0"
