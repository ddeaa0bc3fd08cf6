import pytest

from helpers import load_seed


@pytest.fixture(scope="session")
def seed():
    return load_seed()
