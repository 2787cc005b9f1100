"""The agency archive on the server: catalogues, dossiers, packages, fixity, disposal, renewal."""
