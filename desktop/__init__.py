"""phigiay desktop package."""
