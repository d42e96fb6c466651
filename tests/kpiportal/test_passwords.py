"""Issue 14: passwords are hashed with argon2id at OWASP's parameters, and the PBKDF2 hashes
made before are upgraded when their owner next signs in."""

import pytest
from django.contrib.auth.hashers import PBKDF2PasswordHasher, get_hasher, identify_hasher
from django.urls import reverse

from core import hashers
from kpiportal import settings as portal_settings

pytestmark = pytest.mark.django_db
PASSWORD = "correct horse battery"


@pytest.fixture
def real_hashers(settings):
    """The portal's own hashers, not the fast one the other tests use."""
    settings.PASSWORD_HASHERS = portal_settings.PASSWORD_HASHERS


def argon2_parameters(encoded):
    """{'m': ..., 't': ..., 'p': ...} of an argon2 hash as Django stores it."""
    _, variety, _, params, *_ = encoded.split("$")
    assert variety == "argon2id"
    return {k: int(v) for k, v in (part.split("=") for part in params.split(","))}


def test_new_passwords_are_argon2id_at_owasp_s_parameters(real_hashers, alice):
    alice.set_password(PASSWORD)
    alice.save()
    assert identify_hasher(alice.password).algorithm == "argon2"
    assert argon2_parameters(alice.password) == {"m": 19 * 1024, "t": 2, "p": 1}


def test_the_hasher_is_never_weaker_than_owasp_s_baseline(real_hashers):
    hasher = get_hasher()
    assert isinstance(hasher, hashers.OwaspArgon2PasswordHasher)
    assert hasher.memory_cost >= 19 * 1024
    assert hasher.time_cost >= 2
    assert hasher.parallelism >= 1
    # Anything still accepted besides is a slow hash: no MD5, no unsalted SHA-1.
    assert all("MD5" not in h and "Unsalted" not in h for h in portal_settings.PASSWORD_HASHERS)


def test_a_pbkdf2_hash_is_upgraded_to_argon2id_at_the_next_sign_in(real_hashers, client, alice):
    alice.password = PBKDF2PasswordHasher().encode(PASSWORD, PBKDF2PasswordHasher().salt())
    alice.save(update_fields=["password"])

    response = client.post(reverse("login"), {"username": "alice", "password": PASSWORD})

    assert response.status_code == 302
    alice.refresh_from_db()
    assert identify_hasher(alice.password).algorithm == "argon2"
    assert argon2_parameters(alice.password) == {"m": 19 * 1024, "t": 2, "p": 1}
    client.logout()
    # The upgraded hash signs her in; a wrong password still does not.
    assert (
        client.post(reverse("login"), {"username": "alice", "password": "wrong"}).status_code == 200
    )
    assert (
        client.post(reverse("login"), {"username": "alice", "password": PASSWORD}).status_code
        == 302
    )


def test_a_wrong_password_leaves_the_old_hash_as_it_was(real_hashers, client, alice):
    old = PBKDF2PasswordHasher().encode(PASSWORD, PBKDF2PasswordHasher().salt())
    alice.password = old
    alice.save(update_fields=["password"])

    client.post(reverse("login"), {"username": "alice", "password": "not her password"})

    alice.refresh_from_db()
    assert alice.password == old


def test_an_argon2_hash_with_other_parameters_is_rehashed_with_the_portal_s(
    real_hashers, client, alice
):
    from django.contrib.auth.hashers import Argon2PasswordHasher

    alice.password = Argon2PasswordHasher().encode(PASSWORD, Argon2PasswordHasher().salt())
    alice.save(update_fields=["password"])
    assert argon2_parameters(alice.password)["m"] == 102400

    assert (
        client.post(reverse("login"), {"username": "alice", "password": PASSWORD}).status_code
        == 302
    )

    alice.refresh_from_db()
    assert argon2_parameters(alice.password) == {"m": 19 * 1024, "t": 2, "p": 1}
