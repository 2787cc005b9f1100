"""phigiay meetings package."""
