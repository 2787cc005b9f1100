"""Signatures on the server: checks of every signed upload, and the agency seal at issuance.

The server never holds a person's key: a leader signs on the desktop and uploads the result,
which must extend the stored version byte for byte, validate against the agency's trust roots and
be signed with a certificate bound to the expected person. The clerk's issuance fills number and
date and applies the agency seal with the key in the agency's HSM (PKCS#11) or, for a small
agency, a PKCS#12 file. Every signed version keeps its validation report.
"""
