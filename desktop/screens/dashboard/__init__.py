"""Tổng quan: the dashboard (my work counted, meetings today, the unit's workload)."""
