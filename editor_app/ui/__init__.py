"""The Qt window and its widgets; they call editor_app.core and hold no content rules."""
