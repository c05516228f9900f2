"""`deskmate extract`: placeholder registered by the lead; the helper building it replaces this module."""
from __future__ import annotations


def register(commands, common) -> None:
    """Nothing yet."""
