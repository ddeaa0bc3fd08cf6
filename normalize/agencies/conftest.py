"""The doctests of the passes call :func:`parse_agencies`, which the passes' modules cannot import (it imports them):
pytest gives it to every doctest of this package."""
import pytest

from normalize.agencies import parse_agencies


@pytest.fixture(autouse=True)
def _parse_agencies_in_doctests(doctest_namespace):
    doctest_namespace["parse_agencies"] = parse_agencies
