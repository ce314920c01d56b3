"""The permission table, tested by table: every public service function that takes an actor
has an entry in services/permissions.py, and calling it as each role gives what the entry says.

A new function without an entry fails here. A refused role is given a database that must not
be touched, so the test also shows that the check comes before any work."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import types
from datetime import date, datetime
from pathlib import Path

import pytest

import xinfang_desktop.services as services_package
from xinfang_desktop.domain.auth import PermissionDeniedError, Role
from xinfang_desktop.services.context import Actor
from xinfang_desktop.services.permissions import TABLE, table_key


def _service_functions() -> dict[str, types.FunctionType]:
    found: dict[str, types.FunctionType] = {}
    for info in pkgutil.iter_modules(services_package.__path__):
        if info.name == "permissions":
            continue  # the mechanism itself
        module = importlib.import_module(f"{services_package.__name__}.{info.name}")
        for name, value in vars(module).items():
            if name.startswith("_") or not inspect.isfunction(value):
                continue
            if value.__module__ != module.__name__:
                continue  # imported from elsewhere; counted where it is defined
            if "actor" in inspect.signature(value).parameters:
                found[table_key(value)] = value
    return found


FUNCTIONS = _service_functions()
# A leader linked to a person of the unit, so scope rules have someone to look for.
ACTORS = {role: Actor(f"测试{role.value}", role, user_id=1, person_id=1) for role in Role}
MISSING_ID = 987_654


class Untouchable:
    """Stands in for the database, the session and every other argument of a refused call."""

    def __getattr__(self, name: str):
        raise AssertionError(f"used {name!r} before the permission check")

    def __iter__(self):
        raise AssertionError("iterated before the permission check")

    def __bool__(self):
        raise AssertionError("tested before the permission check")


def test_every_service_function_taking_an_actor_has_one_entry_and_is_checked():
    assert sorted(set(FUNCTIONS) - set(TABLE)) == [], "add these to services/permissions.py"
    assert sorted(set(TABLE) - set(FUNCTIONS)) == [], "entries for functions that are gone"
    unchecked = [key for key, f in FUNCTIONS.items() if getattr(f, "permission_key", "") != key]
    assert unchecked == [], "decorate these with @checked"


def test_the_gate_and_the_leader_are_refused_most_of_the_table():
    refused_gate = [k for k, rule in TABLE.items() if not rule.allows(Role.GATE)]
    refused_leader = [k for k, rule in TABLE.items() if not rule.allows(Role.LEADER)]
    assert len(refused_gate) > len(TABLE) * 3 // 4
    assert len(refused_leader) > len(TABLE) // 2
    # The whole table is open to the administrator; the principal signs and reads all.
    assert all(rule.allows(Role.ADMIN) and rule.allows(Role.PRINCIPAL) for rule in TABLE.values())


def test_a_refusal_names_the_narrowest_permission_that_would_do():
    from xinfang_desktop.domain.auth import Permission
    from xinfang_desktop.services import cases, visits

    with pytest.raises(PermissionDeniedError) as caught:
        cases.get_case(Untouchable(), ACTORS[Role.GATE], MISSING_ID)
    assert caught.value.permission == Permission.VIEW_OWN_CASES
    with pytest.raises(PermissionDeniedError) as caught:
        visits.get_visit(Untouchable(), ACTORS[Role.LEADER], MISSING_ID)
    assert caught.value.permission == Permission.REGISTER_VISITS
    assert "登记来访" in caught.value.user_message


def _call_refused(function, actor: Actor):
    signature = inspect.signature(function)
    args, kwargs = [], {}
    for parameter in signature.parameters.values():
        if parameter.default is not inspect.Parameter.empty:
            continue
        value = actor if parameter.name == "actor" else Untouchable()
        if parameter.kind is inspect.Parameter.KEYWORD_ONLY:
            kwargs[parameter.name] = value
        else:
            args.append(value)
    return function(*args, **kwargs)


def _argument(parameter: inspect.Parameter, database, actor: Actor, tmp_path: Path):
    """A plausible value by name and annotation: ids that do not exist, today's date, an
    empty folder; a draft of the wrong type is fine (the check has passed by then)."""
    name, annotation = parameter.name, str(parameter.annotation)
    today = date.today()
    if name == "actor":
        return actor
    if name == "db":
        return database
    if name == "ids":
        return [MISSING_ID]
    if name in ("year",):
        return today.year
    if name in ("month",) and "int" in annotation:
        return today.month
    if name in ("count", "days", "limit", "page_size", "expected_version"):
        return 1
    if annotation.startswith("int") or name.endswith("_id"):
        return MISSING_ID
    if annotation.startswith("datetime") or name in ("arrived", "arrived_at", "occurred_at"):
        return datetime.now().replace(microsecond=0)
    if annotation.startswith("date"):
        return today
    if "Path" in annotation:
        return tmp_path / "不存在.xlsx"
    if annotation.startswith("str"):
        return ""
    return None


def _call_allowed(function, database, actor: Actor, tmp_path: Path):
    signature = inspect.signature(function)
    args, kwargs = [], {}
    wants_session = "session" in signature.parameters

    def build(session):
        for parameter in signature.parameters.values():
            if parameter.default is not inspect.Parameter.empty:
                continue
            if parameter.name == "session":
                value = session
            else:
                value = _argument(parameter, database, actor, tmp_path)
            if parameter.kind is inspect.Parameter.KEYWORD_ONLY:
                kwargs[parameter.name] = value
            else:
                args.append(value)
        result = function(*args, **kwargs)
        if inspect.isgenerator(result):
            list(result)

    if wants_session:
        with database.write() as session:
            build(session)
    else:
        build(None)


@pytest.mark.parametrize("key", sorted(TABLE))
def test_each_role_gets_what_the_table_says(key, sqlite_db, tmp_path):
    function = FUNCTIONS[key]
    rule = TABLE[key]
    wrong: list[str] = []
    for role, actor in ACTORS.items():
        if rule.allows(role):
            try:
                _call_allowed(function, sqlite_db, actor, tmp_path)
            except PermissionDeniedError as exc:
                wrong.append(f"{role.value} refused: {exc}")
            except Exception:
                pass
        else:
            with pytest.raises(PermissionDeniedError):
                _call_refused(function, actor)
    assert wrong == []
