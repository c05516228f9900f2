"""Deskmate's core: everything the GUI and the CLI do, with no Qt."""
from assistant.runtime import offline as _offline

_offline.apply()

__version__ = "0.1.0"
