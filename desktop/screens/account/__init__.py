"""The account screen."""
