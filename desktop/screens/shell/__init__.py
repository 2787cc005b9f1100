"""The shell screen."""
