"""phigiay agency server: FastAPI + SQLAlchemy, composing the domain cores."""

__version__ = "0.1.0"
