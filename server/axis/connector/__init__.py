"""The national-axis connector: transactional outbox, idempotent receipt, poll and push.

``hooks`` is called by the document workflow inside its transactions; ``worker`` sends the
outbox and polls the hub; ``inbound`` turns received edXML into documents and statuses.
"""
