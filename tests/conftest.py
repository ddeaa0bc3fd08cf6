import pytest

from helpers import extracted_file, load_seed  # noqa: F401


@pytest.fixture(scope="session")
def seed():
    return load_seed()


@pytest.fixture(scope="session")
def extract_once():
    """``extract_once(path, pdf_reader="pdfium")``: process_file on a file, once per session for each file and
    reader (the samples, the layouts and the reader comparison all share these results)."""
    return extracted_file
