"""Password hashing with argon2id and the password policy."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from server.core.errors import WeakPassword


class Passwords:
    """Hashes and checks passwords; parameters come from the settings."""

    def __init__(self, *, time_cost: int, memory_kib: int, min_length: int) -> None:
        self._hasher = PasswordHasher(time_cost=time_cost, memory_cost=memory_kib, parallelism=1)
        self.min_length = min_length
        # Checked against when the user name is unknown, so both paths cost the same time.
        self._decoy = self._hasher.hash("phigiay-decoy-password")

    def hash(self, password: str) -> str:
        """The argon2id hash of a password that meets the policy."""
        self.check_policy(password)
        return self._hasher.hash(password)

    def verify(self, password_hash: str | None, password: str) -> bool:
        """Whether the password matches; a missing hash still costs one verification."""
        try:
            return self._hasher.verify(password_hash or self._decoy, password) and bool(
                password_hash
            )
        except (VerificationError, InvalidHashError):
            return False

    def needs_rehash(self, password_hash: str) -> bool:
        """Whether the hash was made with weaker parameters than the current ones."""
        return self._hasher.check_needs_rehash(password_hash)

    def check_policy(self, password: str) -> None:
        """Refuse passwords that are too short or lack letters or digits."""
        if (
            len(password) < self.min_length
            or not any(c.isalpha() for c in password)
            or not any(c.isdigit() for c in password)
        ):
            raise WeakPassword(min_length=self.min_length)
