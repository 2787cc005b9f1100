"""phigiay archive package."""
