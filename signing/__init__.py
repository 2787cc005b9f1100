"""phigiay signing package."""
