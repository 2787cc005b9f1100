"""The national axis connector screen (clerks and administrators)."""
