"""phigiay archive: dossiers, retention, preservation packages, fixity, lasting signatures.

Framework-free (imports only ``signing``, bagit, pikepdf, lxml and the standard library).
Public modules:

* :mod:`archive.model` — :class:`~archive.model.Dossier`, :class:`~archive.model.ArchiveRecord`,
  :class:`~archive.model.FileCode`, legal holds, disposal records; with
  :mod:`archive.retention` (:class:`~archive.retention.Retention`, the retention schedule) and
  :mod:`archive.catalogue` (the yearly :class:`~archive.catalogue.DossierCatalogue`)
* :mod:`archive.ports` — ``DossierRepository``, ``DocumentSource``, ``Clock``,
  ``TimestampRenewer``; :mod:`archive.services` — one function per use case
* :mod:`archive.metadata` — Circular 02/2019 metadata XML
* :mod:`archive.package` — :func:`~archive.package.pack` (BagIt, SHA-256 + SHA-512);
  :mod:`archive.verify` — :func:`~archive.verify.verify_bag`; :mod:`archive.export`
* :mod:`archive.fixity` — sweeps over bags and the content-addressed store
* :mod:`archive.renewal` — document time stamp renewal before a TSA certificate ends
* :mod:`archive.adapters.filesystem` — the ports on a folder; :mod:`archive.cli` —
  ``phigiay-archive``
* :mod:`archive.errors` — :class:`~archive.errors.ArchiveError` and its subclasses
"""
