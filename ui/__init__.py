"""Deskmate's desktop app (PySide6). All product logic lives in `assistant/`."""
