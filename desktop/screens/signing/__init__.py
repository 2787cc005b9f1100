"""The leader's signing screens: the sign dialog and the "To sign" list with batch signing."""
