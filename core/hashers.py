"""Password hashing: argon2id at OWASP's parameters.

OWASP's Password Storage Cheat Sheet gives argon2id with 19 MiB of memory, 2 passes and
one lane as its baseline. Django's own Argon2PasswordHasher asks for 100 MiB and 8 lanes:
stronger, but at a deadline 50 owners signing in at once on two cores queue for seconds
behind it. These are the minimums: never set them lower.

Hashes made with other parameters (or by PBKDF2, the portal's hasher before) still
verify, and are re-hashed with these at the person's next sign-in.
"""

from __future__ import annotations

from django.contrib.auth.hashers import Argon2PasswordHasher

OWASP_MEMORY_KIB = 19 * 1024  # 19 MiB
OWASP_TIME_COST = 2
OWASP_PARALLELISM = 1


class OwaspArgon2PasswordHasher(Argon2PasswordHasher):
    """Django's argon2id hasher (same algorithm name, so its hashes verify here and back)
    with OWASP's parameters."""

    time_cost = OWASP_TIME_COST
    memory_cost = OWASP_MEMORY_KIB
    parallelism = OWASP_PARALLELISM
