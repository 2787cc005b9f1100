"""The admin screen."""
