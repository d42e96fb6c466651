import pytest

from tests.factories import person


@pytest.fixture
def alice(db):
    """Alice owns indicators."""
    return person("alice")


@pytest.fixture
def bob(db):
    """Bob owns other indicators."""
    return person("bob")


@pytest.fixture
def priya(db):
    """Priya is on the performance team."""
    return person("priya")


@pytest.fixture
def tom(db):
    """Tom is on the performance team too: the second pair of eyes."""
    return person("tom")


@pytest.fixture
def sam(db):
    """Sam administers the catalogue and targets."""
    return person("sam")


@pytest.fixture
def rita(db):
    """Rita is a councillor who reads the dashboards."""
    return person("rita")


@pytest.fixture
def charlie(db):
    """Charlie has an account but no role: he may see nothing."""
    return person("charlie")


@pytest.fixture
def richard(db):
    """Richard is on the performance team and owns an indicator too."""
    return person("richard")
