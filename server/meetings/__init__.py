"""Cabinet meetings and opinion ballots on the server: the ``meetings`` core over SQL and HTTP.

``tables`` (snapshot rows, indexes, notes) · ``adapters`` (the core's ports over the session) ·
``service`` (the one command pipeline: audit, events, commit) · ``queries`` · ``schemas`` ·
``router`` / ``ballots_router`` · ``outputs`` (PDFs through ``server.rendering``) · ``jobs``
(opinion-ballot reminders) · ``codec`` (one JSON shape for snapshots, events and responses) ·
``records`` / ``records_router`` (item documents, the signed minutes, the conclusion notice
drafted into the outgoing workflow).
"""
