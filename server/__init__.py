"""phigiay server package."""
