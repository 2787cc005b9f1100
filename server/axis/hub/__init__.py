"""The local national-axis hub: store-and-forward of edXML between registered agencies.

A standalone service with its own database tables; it shares nothing with the agency server's
schema. Start it with ``phigiay-axis hub``.
"""
