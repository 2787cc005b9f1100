"""meetings: meeting and opinion-ballot snapshots, their participant indexes, private notes

Revision ID: 0003_meetings
Revises: 0002_office_workflow
Create Date: 2026-11-26 13:25:06.553691
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import server.core.db

revision: str = "0003_meetings"
down_revision: str | None = "0002_office_workflow"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('meetings',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('scheduled_at', server.core.db.UtcDateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('snapshot', sa.JSON(), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('created_at', server.core.db.UtcDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', server.core.db.UtcDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_meetings_created_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meetings'))
    )
    with op.batch_alter_table('meetings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meetings_scheduled_at'), ['scheduled_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_meetings_state'), ['state'], unique=False)

    op.create_table('opinion_ballots',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('secretary_id', sa.Integer(), nullable=False),
    sa.Column('deadline', server.core.db.UtcDateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('snapshot', sa.JSON(), nullable=False),
    sa.Column('created_at', server.core.db.UtcDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', server.core.db.UtcDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['secretary_id'], ['users.id'], name=op.f('fk_opinion_ballots_secretary_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_opinion_ballots'))
    )
    with op.batch_alter_table('opinion_ballots', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_opinion_ballots_deadline'), ['deadline'], unique=False)
        batch_op.create_index(batch_op.f('ix_opinion_ballots_secretary_id'), ['secretary_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_opinion_ballots_state'), ['state'], unique=False)

    op.create_table('meeting_notes',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('meeting_id', sa.String(length=64), nullable=False),
    sa.Column('document_id', sa.String(length=64), nullable=False),
    sa.Column('author_id', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('updated_at', server.core.db.UtcDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['author_id'], ['users.id'], name=op.f('fk_meeting_notes_author_id_users')),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_meeting_notes_meeting_id_meetings'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_notes'))
    )
    with op.batch_alter_table('meeting_notes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_notes_author_id'), ['author_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_notes_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('meeting_participants',
    sa.Column('meeting_id', sa.String(length=64), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_meeting_participants_meeting_id_meetings'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_meeting_participants_user_id_users')),
    sa.PrimaryKeyConstraint('meeting_id', 'user_id', name=op.f('pk_meeting_participants'))
    )
    with op.batch_alter_table('meeting_participants', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_participants_user_id'), ['user_id'], unique=False)

    op.create_table('opinion_ballot_recipients',
    sa.Column('ballot_id', sa.String(length=64), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['ballot_id'], ['opinion_ballots.id'], name=op.f('fk_opinion_ballot_recipients_ballot_id_opinion_ballots'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_opinion_ballot_recipients_user_id_users')),
    sa.PrimaryKeyConstraint('ballot_id', 'user_id', name=op.f('pk_opinion_ballot_recipients'))
    )
    with op.batch_alter_table('opinion_ballot_recipients', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_opinion_ballot_recipients_user_id'), ['user_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('opinion_ballot_recipients', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_opinion_ballot_recipients_user_id'))

    op.drop_table('opinion_ballot_recipients')
    with op.batch_alter_table('meeting_participants', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_participants_user_id'))

    op.drop_table('meeting_participants')
    with op.batch_alter_table('meeting_notes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_notes_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_meeting_notes_author_id'))

    op.drop_table('meeting_notes')
    with op.batch_alter_table('opinion_ballots', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_opinion_ballots_state'))
        batch_op.drop_index(batch_op.f('ix_opinion_ballots_secretary_id'))
        batch_op.drop_index(batch_op.f('ix_opinion_ballots_deadline'))

    op.drop_table('opinion_ballots')
    with op.batch_alter_table('meetings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meetings_state'))
        batch_op.drop_index(batch_op.f('ix_meetings_scheduled_at'))

    op.drop_table('meetings')
