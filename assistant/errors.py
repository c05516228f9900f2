"""Errors a person can act on.

Every failure a user can cause is a DeskmateError whose message says what
happened and what to do. Anything else that escapes is a bug.
"""


class DeskmateError(Exception):
    """Base class: str(error) is written for the user."""


class ModelError(DeskmateError):
    """A model file is missing, invalid, or cannot be loaded."""


class InvalidModelFile(ModelError):
    """The file is not a GGUF model we can safely load."""


class ContextOverflow(DeskmateError):
    """A prompt cannot fit in the model's context window."""


class NotFound(DeskmateError):
    """A conversation, message or document that does not exist."""


class StorageError(DeskmateError):
    """The data folder or database cannot be used."""


class InvalidInput(DeskmateError):
    """Input the user gave that we cannot work with (empty text, bad option)."""


class EngineBusy(DeskmateError):
    """The model is answering someone else and stayed busy longer than the caller would wait."""


class RemoteEngineError(DeskmateError):
    """An office server (remote engine) cannot be reached, refused a request, or stopped answering."""


class ServerConfigError(DeskmateError):
    """The local API cannot start as asked (unsafe address without a key, port in use...)."""
