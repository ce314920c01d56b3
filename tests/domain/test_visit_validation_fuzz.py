"""Whatever is typed, validation answers with ValidationError or a draft that saves intact."""

from datetime import datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from xinfang_desktop.domain.auth import Role as _Role
from xinfang_desktop.domain.errors import ValidationError
from xinfang_desktop.domain.visits import VisitDraft, validate_visit
from xinfang_desktop.services.context import Actor as _Actor
from xinfang_desktop.services.visits import get_visit, register_visit

# Every permission: these tests are about the visits, not about roles.
ADMIN = _Actor("测试员", _Role.ADMIN)

NOW = datetime(2026, 11, 22, 15, 0)

awkward_text = st.one_of(
    st.text(),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=60),
    st.sampled_from(
        [
            "𠀀",
            "𠀀𪚥𫠠",
            "👨\u200d👩\u200d👧",
            "Robert'); DROP TABLE visits;--",
            "' OR 1=1 --",
            '"%_\\',
            "张三\x00",
            "\u3000\u3000",
            "\r\n\r",
            "字" * 10_000,
            "a" * 10_000,
        ]
    ),
)

drafts = st.builds(
    VisitDraft,
    arrived_at=st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2027, 1, 1)),
    name=awkward_text,
    reason=awkward_text,
    gender=st.one_of(st.sampled_from(["", "男", "女"]), awkward_text),
    phone=st.one_of(st.sampled_from(["13800138000", "0533-2123456"]), awkward_text),
    id_number=st.one_of(st.sampled_from(["11010519491231002x"]), awkward_text),
    people_count=st.integers(min_value=-5, max_value=2000),
    unit_address=awkward_text,
    category=awkward_text,
    host=awkward_text,
    receptionist=awkward_text,
    vehicle_plate=st.one_of(st.sampled_from(["鲁D12345", "京AD12345"]), awkward_text),
    outcome=awkward_text,
    remarks=awkward_text,
    left_at=st.one_of(
        st.none(), st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2027, 1, 1))
    ),
)


@settings(max_examples=150, deadline=None)
@given(drafts)
def test_validate_visit_raises_only_validation_error(draft):
    try:
        validate_visit(draft, NOW)
    except ValidationError as error:
        assert error.errors
        assert all(e.message for e in error.errors)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    name=awkward_text.filter(lambda s: s.strip()),
    reason=awkward_text.filter(lambda s: s.strip()),
    remarks=awkward_text,
    unit_address=awkward_text,
)
def test_accepted_text_round_trips_through_sqlite(
    sqlite_db, actor, name, reason, remarks, unit_address
):
    # Every example adds one more visit to the same database; that does not change the answer.
    draft = VisitDraft(
        arrived_at=datetime(2026, 11, 22, 9, 30),
        name=name,
        reason=reason,
        remarks=remarks,
        unit_address=unit_address,
    )
    try:
        cleaned = validate_visit(draft, NOW)
    except ValidationError:
        return
    saved = register_visit(sqlite_db, actor, draft, now=NOW)
    assert get_visit(sqlite_db, ADMIN, saved.id).draft == cleaned
