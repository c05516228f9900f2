"""The one module that reaches into llama-cpp-python: it refuses a version it was not written for."""
from importlib import metadata

import pytest

from assistant.errors import ModelError
from assistant.llm import llama_adapter


def test_the_installed_version_is_the_tested_one():
    installed = metadata.version("llama-cpp-python")
    assert llama_adapter.check_version() == installed


@pytest.mark.parametrize("version", ["0.2.90", "0.3.35", "0.3.37", "0.4.0", "1.0"])
def test_another_version_is_refused_with_what_to_install(version):
    with pytest.raises(ModelError, match=rf"written for llama-cpp-python 0\.3\.36, but version {version} is "
                                         r"installed.*pip install llama-cpp-python==0\.3\.36"):
        llama_adapter.check_version(version)


@pytest.mark.parametrize(("text", "numbers"), [("0.3.36", (0, 3, 36)), ("0.3.36+cu121", (0, 3, 36)),
                                               ("0.3.36rc1", (0, 3, 36)), ("0.4", (0, 4))])
def test_versions_are_read_as_numbers(text, numbers):
    assert llama_adapter.version_tuple(text) == numbers


def test_a_local_build_of_the_tested_version_is_accepted():
    assert llama_adapter.check_version("0.3.36+cu121") == "0.3.36+cu121"


def test_a_bundle_without_package_metadata_reads_the_version_from_the_module(monkeypatch):
    expected = metadata.version("llama-cpp-python")

    def no_metadata(name):
        raise metadata.PackageNotFoundError(name)

    monkeypatch.setattr(llama_adapter.metadata, "version", no_metadata)  # as in a PyInstaller bundle
    assert llama_adapter.installed_version() == expected
    assert llama_adapter.check_version() == expected
