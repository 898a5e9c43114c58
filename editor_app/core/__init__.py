"""The content model, schema, validation, rendering and storage: plain Python, no Qt."""
