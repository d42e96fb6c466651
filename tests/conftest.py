import pytest

from core.roles import Role
from tests.factories import UserFactory


@pytest.fixture
def alice(db):
    """Alice owns indicators."""
    return UserFactory(username="alice", first_name="Alice", roles=[Role.OWNER])


@pytest.fixture
def bob(db):
    """Bob owns other indicators."""
    return UserFactory(username="bob", first_name="Bob", roles=[Role.OWNER])


@pytest.fixture
def priya(db):
    """Priya is on the performance team."""
    return UserFactory(username="priya", first_name="Priya", roles=[Role.PERFORMANCE])


@pytest.fixture
def tom(db):
    """Tom is on the performance team too: the second pair of eyes."""
    return UserFactory(username="tom", first_name="Tom", roles=[Role.PERFORMANCE])


@pytest.fixture
def sam(db):
    """Sam administers the catalogue and targets."""
    return UserFactory(username="sam", first_name="Sam", roles=[Role.ADMIN], is_staff=True)


@pytest.fixture
def rita(db):
    """Rita is a councillor who reads the dashboards."""
    return UserFactory(username="rita", first_name="Rita", roles=[Role.READER])


@pytest.fixture
def charlie(db):
    """Charlie has an account but no role: he may see nothing."""
    return UserFactory(username="charlie", first_name="Charlie")


@pytest.fixture
def richard(db):
    """Richard is on the performance team and owns an indicator too."""
    return UserFactory(
        username="richard", first_name="Richard", roles=[Role.PERFORMANCE, Role.OWNER]
    )
