"""Fixtures for the real-library bindings (examples/<lib>/bindings.yaml), built by tests/run-reallibs.sh.

Each fixture loads through the suite's load_module (tests/behaviour/conftest.py): a module that cannot be
loaded fails its tests, so a misconfigured run never passes by running nothing.
"""

import pytest


@pytest.fixture(scope="session")
def sodium(load_module):
    module = load_module("sodiumbind", "crypto_hash_sha256")
    assert module.sodium_init() in (0, 1)  # 1: already initialised; sodium must be initialised before use
    assert module.sodium_init() == 1
    return module


@pytest.fixture(scope="session")
def lz4(load_module):
    return load_module("lz4bind", "LZ4_compress_default")


@pytest.fixture(scope="session")
def archive(load_module):
    return load_module("archivebind", "Reader")


@pytest.fixture(scope="session")
def sqlite(load_module):
    return load_module("sqlitebind", "Connection")


@pytest.fixture(scope="session")
def yamlmod(load_module):
    return load_module("yamlbind", "Parser")


@pytest.fixture(scope="session")
def lzmamod(load_module):
    return load_module("lzmabind", "lzma_easy_buffer_encode")
