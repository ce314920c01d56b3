"""The leadership group, 包组摸排 groups and assignments, screening records, 下访 and the
dispute ledger (issue 4).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "leadership_terms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("founded_on", sa.Date(), nullable=False),
        sa.Column("meeting", sa.String(length=100), nullable=False),
        sa.Column("document_number", sa.String(length=50), nullable=False),
        sa.Column("remarks", sa.String(length=500), nullable=False),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=50), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_leadership_terms")),
    )
    op.create_index("ix_leadership_terms_founded_on", "leadership_terms", ["founded_on"])
    op.create_table(
        "screening_groups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("retired", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_screening_groups")),
        sa.UniqueConstraint("name", name="uq_screening_groups_name"),
    )
    op.create_table(
        "disputes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("found_on", sa.Date(), nullable=False),
        sa.Column("matter", sa.String(length=1000), nullable=False),
        sa.Column("parties", sa.String(length=200), nullable=False),
        sa.Column("responsible_id", sa.Integer(), nullable=False),
        sa.Column("plan", sa.String(length=1000), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=False),
        sa.Column("risk_level", sa.String(length=10), nullable=False),
        sa.Column("risk_note", sa.String(length=500), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("resolved_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=50), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["responsible_id"], ["people.id"], name=op.f("fk_disputes_responsible_id_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_disputes")),
    )
    op.create_index("ix_disputes_status_deadline", "disputes", ["status", "deadline"])
    op.create_table(
        "leadership_members",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("term_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=10), nullable=False),
        sa.Column("duties", sa.String(length=500), nullable=False),
        sa.Column("joined_on", sa.Date(), nullable=False),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("end_reason", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=50), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_leadership_members_person_id_people")
        ),
        sa.ForeignKeyConstraint(
            ["term_id"],
            ["leadership_terms.id"],
            name=op.f("fk_leadership_members_term_id_leadership_terms"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_leadership_members")),
    )
    op.create_index("ix_leadership_members_person_id", "leadership_members", ["person_id"])
    op.create_index("ix_leadership_members_term_id", "leadership_members", ["term_id"])
    op.create_table(
        "outreach_visits",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("visited_on", sa.Date(), nullable=False),
        sa.Column("visited", sa.String(length=100), nullable=False),
        sa.Column("matter", sa.String(length=1000), nullable=False),
        sa.Column("result", sa.String(length=1000), nullable=False),
        sa.Column("follow_up", sa.String(length=500), nullable=False),
        sa.Column("follow_up_owner_id", sa.Integer(), nullable=True),
        sa.Column("follow_up_due", sa.Date(), nullable=True),
        sa.Column("follow_up_done_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=50), nullable=False),
        sa.ForeignKeyConstraint(
            ["follow_up_owner_id"],
            ["people.id"],
            name=op.f("fk_outreach_visits_follow_up_owner_id_people"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outreach_visits")),
    )
    op.create_index("ix_outreach_visits_visited_on", "outreach_visits", ["visited_on"])
    op.create_table(
        "screening_assignments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("term_id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("leader_id", sa.Integer(), nullable=False),
        sa.Column("assigned_on", sa.Date(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=50), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["screening_groups.id"],
            name=op.f("fk_screening_assignments_group_id_screening_groups"),
        ),
        sa.ForeignKeyConstraint(
            ["leader_id"], ["people.id"], name=op.f("fk_screening_assignments_leader_id_people")
        ),
        sa.ForeignKeyConstraint(
            ["term_id"],
            ["leadership_terms.id"],
            name=op.f("fk_screening_assignments_term_id_leadership_terms"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_screening_assignments")),
        sa.UniqueConstraint("term_id", "group_id", name="uq_screening_assignments_term_id"),
    )
    op.create_index("ix_screening_assignments_leader_id", "screening_assignments", ["leader_id"])
    op.create_table(
        "dispute_notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dispute_id", sa.Integer(), nullable=False),
        sa.Column("noted_on", sa.Date(), nullable=False),
        sa.Column("text", sa.String(length=500), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=50), nullable=False),
        sa.ForeignKeyConstraint(
            ["dispute_id"], ["disputes.id"], name=op.f("fk_dispute_notes_dispute_id_disputes")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dispute_notes")),
    )
    op.create_index("ix_dispute_notes_dispute_id", "dispute_notes", ["dispute_id"])
    op.create_table(
        "dispute_team_members",
        sa.Column("dispute_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["dispute_id"],
            ["disputes.id"],
            name=op.f("fk_dispute_team_members_dispute_id_disputes"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_dispute_team_members_person_id_people")
        ),
        sa.PrimaryKeyConstraint("dispute_id", "person_id", name=op.f("pk_dispute_team_members")),
    )
    op.create_table(
        "outreach_visit_leaders",
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_outreach_visit_leaders_person_id_people")
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["outreach_visits.id"],
            name=op.f("fk_outreach_visit_leaders_visit_id_outreach_visits"),
        ),
        sa.PrimaryKeyConstraint("visit_id", "person_id", name=op.f("pk_outreach_visit_leaders")),
    )
    op.create_table(
        "screening_records",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("screened_on", sa.Date(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("screened_by_id", sa.Integer(), nullable=False),
        sa.Column("findings", sa.String(length=1000), nullable=False),
        sa.Column("risk_level", sa.String(length=10), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("follow_up_owner_id", sa.Integer(), nullable=True),
        sa.Column("follow_up_due", sa.Date(), nullable=True),
        sa.Column("follow_up_done_on", sa.Date(), nullable=True),
        sa.Column("dispute_id", sa.Integer(), nullable=True),
        sa.Column("case_requested_by", sa.String(length=50), nullable=False),
        sa.Column("case_requested_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=50), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["dispute_id"], ["disputes.id"], name=op.f("fk_screening_records_dispute_id_disputes")
        ),
        sa.ForeignKeyConstraint(
            ["follow_up_owner_id"],
            ["people.id"],
            name=op.f("fk_screening_records_follow_up_owner_id_people"),
        ),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["screening_groups.id"],
            name=op.f("fk_screening_records_group_id_screening_groups"),
        ),
        sa.ForeignKeyConstraint(
            ["screened_by_id"],
            ["people.id"],
            name=op.f("fk_screening_records_screened_by_id_people"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_screening_records")),
    )
    op.create_index(
        "ix_screening_records_group_id_screened_on",
        "screening_records",
        ["group_id", "screened_on"],
    )
    op.create_index("ix_screening_records_status", "screening_records", ["status"])


def downgrade() -> None:
    op.drop_index("ix_screening_records_status", table_name="screening_records")
    op.drop_index("ix_screening_records_group_id_screened_on", table_name="screening_records")
    op.drop_table("screening_records")
    op.drop_table("outreach_visit_leaders")
    op.drop_table("dispute_team_members")
    op.drop_index("ix_dispute_notes_dispute_id", table_name="dispute_notes")
    op.drop_table("dispute_notes")
    op.drop_index("ix_screening_assignments_leader_id", table_name="screening_assignments")
    op.drop_table("screening_assignments")
    op.drop_index("ix_outreach_visits_visited_on", table_name="outreach_visits")
    op.drop_table("outreach_visits")
    op.drop_index("ix_leadership_members_term_id", table_name="leadership_members")
    op.drop_index("ix_leadership_members_person_id", table_name="leadership_members")
    op.drop_table("leadership_members")
    op.drop_index("ix_disputes_status_deadline", table_name="disputes")
    op.drop_table("disputes")
    op.drop_table("screening_groups")
    op.drop_index("ix_leadership_terms_founded_on", table_name="leadership_terms")
    op.drop_table("leadership_terms")
