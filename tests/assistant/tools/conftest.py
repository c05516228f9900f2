import pytest


@pytest.fixture(scope="session")
def small_context_engine(model_path):
    """The real bundled model with a 512-token context, so a few pages already need map-reduce."""
    from assistant.llm.local import Engine, EngineOptions

    return Engine(model_path, EngineOptions(n_ctx=512))
