import pytest

from helpers import load_seed  # noqa: F401


@pytest.fixture(scope="session")
def seed():
    return load_seed()
