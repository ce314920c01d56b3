"""The year's work: 座谈会 (forums with their opinions), 信息报送 (incident reports with their
续报), the 年度信访工作计划 (plans and their checked items), 领导接访日 and 约访, and
应急预案 per kind of incident.

Revision ID: 0019
Revises: 0016
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "forums",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("place", sa.String(length=100), nullable=False),
        sa.Column("host", sa.String(length=50), nullable=False),
        sa.Column("attendee_count", sa.Integer(), nullable=False),
        sa.Column("attendees", sa.String(length=500), nullable=False),
        sa.Column("summary", sa.String(length=2000), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=50), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_forums")),
    )
    op.create_index(op.f("ix_forums_held_on"), "forums", ["held_on"])
    op.create_table(
        "forum_opinions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("forum_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(length=500), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["forum_id"], ["forums.id"], name=op.f("fk_forum_opinions_forum_id_forums")
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["people.id"], name=op.f("fk_forum_opinions_owner_id_people")
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_forum_opinions_case_id_cases")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_forum_opinions")),
        sa.UniqueConstraint("forum_id", "position", name="uq_forum_opinions_forum_id"),
    )
    op.create_table(
        "info_reports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
        sa.Column("reported_at", sa.DateTime(), nullable=False),
        sa.Column("reported_to", sa.String(length=100), nullable=False),
        sa.Column("method", sa.String(length=10), nullable=False),
        sa.Column("reporter", sa.String(length=50), nullable=False),
        sa.Column("title", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=50), nullable=False),
        sa.Column("content", sa.String(length=2000), nullable=False),
        sa.Column("people_involved", sa.String(length=500), nullable=False),
        sa.Column("measures", sa.String(length=2000), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=50), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_info_reports")),
    )
    op.create_index("ix_info_reports_occurred_at", "info_reports", ["occurred_at"])
    op.create_index("ix_info_reports_status", "info_reports", ["status"])
    op.create_table(
        "info_report_updates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.Column("reported_at", sa.DateTime(), nullable=False),
        sa.Column("content", sa.String(length=2000), nullable=False),
        sa.Column("is_final", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=50), nullable=False),
        sa.ForeignKeyConstraint(
            ["report_id"],
            ["info_reports.id"],
            name=op.f("fk_info_report_updates_report_id_info_reports"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_info_report_updates")),
    )
    op.create_index("ix_info_report_updates_report_id", "info_report_updates", ["report_id"])
    op.create_table(
        "work_plans",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=50), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_work_plans")),
        sa.UniqueConstraint("year", name=op.f("uq_work_plans_year")),
    )
    op.create_table(
        "work_plan_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("goal", sa.String(length=500), nullable=False),
        sa.Column("measures", sa.String(length=1000), nullable=False),
        sa.Column("leader_id", sa.Integer(), nullable=True),
        sa.Column("office", sa.String(length=100), nullable=False),
        sa.Column("timing", sa.String(length=100), nullable=False),
        sa.Column("check_kind", sa.String(length=20), nullable=False),
        sa.Column("target", sa.Integer(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["work_plans.id"], name=op.f("fk_work_plan_items_plan_id_work_plans")
        ),
        sa.ForeignKeyConstraint(
            ["leader_id"], ["people.id"], name=op.f("fk_work_plan_items_leader_id_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_work_plan_items")),
    )
    op.create_index("ix_work_plan_items_plan_id", "work_plan_items", ["plan_id"])
    op.create_table(
        "reception_days",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("starts", sa.String(length=5), nullable=False),
        sa.Column("ends", sa.String(length=5), nullable=False),
        sa.Column("place", sa.String(length=100), nullable=False),
        sa.Column("leader_id", sa.Integer(), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=50), nullable=False),
        sa.ForeignKeyConstraint(
            ["leader_id"], ["people.id"], name=op.f("fk_reception_days_leader_id_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reception_days")),
    )
    op.create_index(op.f("ix_reception_days_day"), "reception_days", ["day"])
    op.create_table(
        "appointments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("scheduled_at", sa.DateTime(), nullable=False),
        sa.Column("leader_id", sa.Integer(), nullable=False),
        sa.Column("petitioner_name", sa.String(length=50), nullable=False),
        sa.Column("petitioner_phone", sa.String(length=20), nullable=False),
        sa.Column("matter", sa.String(length=500), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=50), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["leader_id"], ["people.id"], name=op.f("fk_appointments_leader_id_people")
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_appointments_case_id_cases")
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["visits.id"], name=op.f("fk_appointments_visit_id_visits")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appointments")),
    )
    op.create_index(op.f("ix_appointments_scheduled_at"), "appointments", ["scheduled_at"])
    op.create_table(
        "emergency_plans",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=50), nullable=False),
        sa.Column("title", sa.String(length=100), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("added_by", sa.String(length=50), nullable=False),
        sa.Column("retired_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["sha256"],
            ["attachment_contents.sha256"],
            name=op.f("fk_emergency_plans_sha256_attachment_contents"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_emergency_plans")),
    )
    op.create_index(op.f("ix_emergency_plans_kind"), "emergency_plans", ["kind"])


def downgrade() -> None:
    op.drop_index(op.f("ix_emergency_plans_kind"), table_name="emergency_plans")
    op.drop_table("emergency_plans")
    op.drop_index(op.f("ix_appointments_scheduled_at"), table_name="appointments")
    op.drop_table("appointments")
    op.drop_index(op.f("ix_reception_days_day"), table_name="reception_days")
    op.drop_table("reception_days")
    op.drop_index("ix_work_plan_items_plan_id", table_name="work_plan_items")
    op.drop_table("work_plan_items")
    op.drop_table("work_plans")
    op.drop_index("ix_info_report_updates_report_id", table_name="info_report_updates")
    op.drop_table("info_report_updates")
    op.drop_index("ix_info_reports_status", table_name="info_reports")
    op.drop_index("ix_info_reports_occurred_at", table_name="info_reports")
    op.drop_table("info_reports")
    op.drop_table("forum_opinions")
    op.drop_index(op.f("ix_forums_held_on"), table_name="forums")
    op.drop_table("forums")
