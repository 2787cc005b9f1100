"""search: word-level index for Vietnamese search

Revision ID: 0008_search_words
Revises: 0007_meeting_records
Create Date: 2026-11-26 16:00:00.000000

Search now matches whole words (see server/documents/search.py): every document gets its word
list, filled here from the folded text it already has. On PostgreSQL the words are also kept as
a tsvector (kept up to date by a trigger) with a GIN index, which replaces the trigram index
over the whole text.

Partial indexes for "my work" at a million documents: a unit's open assignments, a unit's open
drafts (a unit head's drafts to review), the open documents by state and due date (the clerk's
and the leader's lists); the sort indexes of the lists (creation date, due date) get the id as
a second column, which breaks ties.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from server.core.text import index_words

revision: str = "0008_search_words"
down_revision: str | None = "0007_meeting_records"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TRIGRAM_INDEX = "ix_documents_search_trgm"
VECTOR_INDEX = "ix_documents_search_vector"
VECTOR_FUNCTION = "documents_search_vector"
OPEN_BY_UNIT_INDEX = "ix_assignments_unit_open"
OPEN_INDEXES = {"ix_documents_open_drafting": ["drafting_unit_id", "state"],
                "ix_documents_open_state_due": ["state", "due_date", "id"]}
"""Partial indexes over the open documents only (a few percent of them at any time)."""
SORT_INDEXES = {"ix_documents_created_at": "created_at", "ix_documents_due_date": "due_date"}
"""The sort indexes of lists, which get the id as a second column (ties are broken by id)."""
# The open states as the partial indexes of 0002 spell them (this revision's copy: the model
# may change later, a migration must not).
OPEN_STATES_SQL = ("state IN ('received', 'registered', 'presented', 'directed', "
                   "'in_progress', 'draft', 'in_review', 'returned', 'to_sign', 'signed')")
BATCH = 5000

_documents = sa.table("documents", sa.column("id", sa.Integer), sa.column("search_text", sa.Text),
                      sa.column("search_words", sa.Text))


def _fill_search_words(bind: sa.Connection) -> None:
    """Derive the words of every existing document, a batch of rows at a time."""
    update = (_documents.update().where(_documents.c.id == sa.bindparam("doc_id"))
              .values(search_words=sa.bindparam("words")))
    last_id = 0
    while True:
        rows = bind.execute(sa.select(_documents.c.id, _documents.c.search_text)
                            .where(_documents.c.id > last_id)
                            .order_by(_documents.c.id).limit(BATCH)).all()
        if not rows:
            return
        bind.execute(update, [{"doc_id": doc_id, "words": " ".join(index_words(text or ""))}
                              for doc_id, text in rows])
        last_id = rows[-1][0]


def _create_search_vector() -> None:
    # The words go in verbatim (no parser, no stemming), so PostgreSQL matches exactly what
    # SQLite matches. A trigger rather than a generated column: a generated column is computed
    # again at every update of the row (each workflow step), rewriting a whole PDF's vector.
    op.execute("ALTER TABLE documents ADD COLUMN search_vector tsvector NOT NULL "
               "DEFAULT ''::tsvector")
    op.execute(f"""
        CREATE FUNCTION {VECTOR_FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            NEW.search_vector := array_to_tsvector(string_to_array(NEW.search_words, ' '));
            RETURN NEW;
        END
        $$""")
    op.execute(f"CREATE TRIGGER {VECTOR_FUNCTION} BEFORE INSERT OR UPDATE OF search_words "
               f"ON documents FOR EACH ROW EXECUTE FUNCTION {VECTOR_FUNCTION}()")


def upgrade() -> None:
    postgresql = op.get_bind().dialect.name == "postgresql"
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.add_column(sa.Column("search_words", sa.Text(), nullable=False,
                                      server_default=""))
    if postgresql:
        op.execute(f"DROP INDEX IF EXISTS {TRIGRAM_INDEX}")
        _create_search_vector()
    _fill_search_words(op.get_bind())  # on PostgreSQL, the trigger fills the vectors
    if postgresql:
        op.execute(f"CREATE INDEX {VECTOR_INDEX} ON documents USING gin (search_vector)")
    with op.batch_alter_table("document_assignments", schema=None) as batch_op:
        batch_op.create_index(OPEN_BY_UNIT_INDEX, ["unit_id", "role", "document_id"],
                              unique=False, postgresql_where=sa.text("done_at IS NULL"),
                              sqlite_where=sa.text("done_at IS NULL"))
    with op.batch_alter_table("documents", schema=None) as batch_op:
        for name, columns in OPEN_INDEXES.items():
            batch_op.create_index(name, columns, unique=False,
                                  postgresql_where=sa.text(OPEN_STATES_SQL),
                                  sqlite_where=sa.text(OPEN_STATES_SQL))
        for name, column in SORT_INDEXES.items():
            batch_op.drop_index(name)
            batch_op.create_index(name, [column, "id"], unique=False)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP INDEX IF EXISTS {VECTOR_INDEX}")
        op.execute(f"DROP TRIGGER IF EXISTS {VECTOR_FUNCTION} ON documents")
        op.execute(f"DROP FUNCTION IF EXISTS {VECTOR_FUNCTION}()")
        op.execute("ALTER TABLE documents DROP COLUMN IF EXISTS search_vector")
        op.execute(f"CREATE INDEX {TRIGRAM_INDEX} ON documents USING gin "
                   "(search_text gin_trgm_ops)")
    with op.batch_alter_table("document_assignments", schema=None) as batch_op:
        batch_op.drop_index(OPEN_BY_UNIT_INDEX)
    with op.batch_alter_table("documents", schema=None) as batch_op:
        for name, column in SORT_INDEXES.items():
            batch_op.drop_index(name)
            batch_op.create_index(name, [column], unique=False)
        for name in OPEN_INDEXES:
            batch_op.drop_index(name)
        batch_op.drop_column("search_words")
