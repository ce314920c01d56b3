"""Refresh the English catalogue from the code, fill what the word list knows, compile the .qm.

    .venv/bin/python scripts/update_translations.py            # refresh, fill, compile, list gaps
    .venv/bin/python scripts/update_translations.py --check    # the same, exit 1 if any gap

Steps:
1. pyside6-lupdate over src/xinfang_desktop (every tr()/translate() call), obsolete entries dropped.
2. The validation templates (context "validation"): the Chinese templates of FieldError and the
   rota's Conflict, which the UI passes through QCoreApplication.translate; lupdate cannot see
   them because they are not written inside a translate call, so they are found here by reading
   the code.
3. Unfinished entries whose source text is in scripts/english_texts.py get that translation;
   translations already in the .ts are kept.
4. pyside6-lrelease writes resources/translations/xinfang_en.qm.
5. Every entry still unfinished is printed with its file and line: add it to english_texts.py
   (or translate it in Qt Linguist) and run again.
"""

from __future__ import annotations

import argparse
import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE_DIR = ROOT / "src" / "xinfang_desktop"
TS_FILE = ROOT / "resources" / "translations" / "xinfang_en.ts"
QM_FILE = TS_FILE.with_suffix(".qm")
VALIDATION_CONTEXT = "validation"  # domain/errors.py TRANSLATION_CONTEXT
# Calls whose template argument (second positional, or template=) the UI translates.
TEMPLATE_CALLS = {"FieldError": 1, "Conflict": 1}
# Module constants passed to translate() by name.
TEMPLATE_CONSTANTS = {"CALENDAR_WARNING"}
# Texts translated from a variable; ui/qt_setup.py SHARED_CONTEXT.
SHARED_CONTEXT = "shared"
# Modules whose Chinese constants are not shown through the catalogue: Qt's own strings, the
# language names (each in its own language), and the column names of Chinese spreadsheets
# that an import recognises.
SHARED_SKIP = {"qt_setup.py", "language.py", "case_import.py", "visit_import.py"}
CJK = re.compile(r"[\u4e00-\u9fff]")


def qt_tool(name: str) -> str:
    """pyside6-<name> on PATH, else the binary bundled inside the PySide6 package."""
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    import PySide6

    bundled = Path(PySide6.__file__).parent / (name + (".exe" if sys.platform == "win32" else ""))
    if bundled.exists():
        return str(bundled)
    raise SystemExit(f"找不到 pyside6-{name}：请先安装 PySide6")


def source_files() -> list[Path]:
    return sorted(SOURCE_DIR.rglob("*.py"))


def _template_nodes(tree: ast.Module):
    """Yield the string nodes that serve as validation templates in one module."""
    constants: dict[str, ast.expr] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    constants[target.id] = node.value
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value:
            constants[node.target.id] = node.value

    def strings(expr: ast.expr | None):
        if isinstance(expr, ast.Constant) and isinstance(expr.value, str):
            yield expr
        elif isinstance(expr, ast.IfExp):
            yield from strings(expr.body)
            yield from strings(expr.orelse)
        elif isinstance(expr, ast.Name) and expr.id in constants:
            yield from strings(constants[expr.id])

    for name in TEMPLATE_CONSTANTS:
        if name in constants:
            yield from strings(constants[name])
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            called = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            if called in TEMPLATE_CALLS:
                position = TEMPLATE_CALLS[called]
                if len(node.args) > position:
                    yield from strings(node.args[position])
                for keyword in node.keywords:
                    if keyword.arg == "template":
                        yield from strings(keyword.value)
        # Checks like id_number_problem() return the template the caller puts in a FieldError.
        elif isinstance(node, ast.FunctionDef) and node.name.endswith("_problem"):
            for inner in ast.walk(node):
                if isinstance(inner, ast.Return):
                    yield from strings(inner.value)


def validation_templates() -> dict[str, tuple[Path, int]]:
    """Each Chinese validation template and the first place it is written."""
    found: dict[str, tuple[Path, int]] = {}
    for path in source_files():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in _template_nodes(tree):
            if CJK.search(node.value):
                found.setdefault(node.value, (path, node.lineno))
    return found


def read_translations(ts_file: Path) -> dict[tuple[str, str], str]:
    """Finished translations already in a .ts, by (context, source)."""
    if not ts_file.exists():
        return {}
    kept = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.text and not translation.get("type"):
                kept[(name, message.findtext("source"))] = translation.text
    return kept


def run_lupdate(ts_file: Path) -> None:
    files = [str(p) for p in source_files()]
    subprocess.run(
        [
            qt_tool("lupdate"),
            "-silent",
            "-no-obsolete",
            "-locations",
            "absolute",
            *files,
            "-ts",
            str(ts_file),
        ],
        check=True,
    )


def helper_messages() -> dict[str, dict[str, tuple[Path, int]]]:
    """Strings passed to a module's own helper such as ``def _tr(text): return
    QCoreApplication.translate("OnDuty", text)``: lupdate skips them (or files them under a
    nameless context), so they are found here with the helper's context."""
    found: dict[str, dict[str, tuple[Path, int]]] = {}
    for path in source_files():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        helpers: dict[str, str] = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and len(node.args.args) == 1:
                last = node.body[-1]
                call = last.value if isinstance(last, ast.Return) else None
                if (
                    isinstance(call, ast.Call)
                    and getattr(call.func, "attr", None) == "translate"
                    and len(call.args) == 2
                    and isinstance(call.args[0], ast.Constant)
                    and isinstance(call.args[1], ast.Name)
                    and call.args[1].id == node.args.args[0].arg
                ):
                    helpers[node.name] = call.args[0].value
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in helpers
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                context = found.setdefault(helpers[node.func.id], {})
                context.setdefault(node.args[0].value, (path, node.lineno))
    return found


def _cjk_strings(node: ast.AST):
    for inner in ast.walk(node):
        if (
            isinstance(inner, ast.Constant)
            and isinstance(inner.value, str)
            and CJK.search(inner.value)
        ):
            yield inner


def _is_enum(node: ast.ClassDef) -> bool:
    return any(getattr(b, "id", getattr(b, "attr", "")).endswith("Enum") for b in node.bases)


def shared_messages() -> dict[str, tuple[Path, int]]:
    """Texts the windows translate from a variable (``self.tr(channel.value)``, ``[self.tr(h)
    for h in HEADERS]``), which no extractor can follow: the values of the Enums in domain/
    and services/, the constant lists of ui/, and the domain constants ui/ imports. They go
    into the context "shared", which ui/qt_setup.py asks when a window's own context has no
    translation."""
    modules = {p: ast.parse(p.read_text(encoding="utf-8"), str(p)) for p in source_files()}
    imported_by_ui: set[str] = set()
    for path, tree in modules.items():
        if path.relative_to(SOURCE_DIR).parts[0] == "ui":
            for node in ast.walk(tree):
                if isinstance(node, ast.ImportFrom):
                    imported_by_ui.update(alias.name for alias in node.names)
    found: dict[str, tuple[Path, int]] = {}

    def keep(node: ast.AST, path: Path) -> None:
        for string in _cjk_strings(node):
            found.setdefault(string.value, (path, string.lineno))

    for path, tree in modules.items():
        area = path.relative_to(SOURCE_DIR).parts[0]
        if path.name in SHARED_SKIP or area not in ("ui", "domain", "services"):
            continue
        core = area in ("domain", "services")
        for node in ast.walk(tree):
            # check_text(..., label="姓名"): the field's name inside a validation message.
            if core and isinstance(node, ast.Call):
                for keyword in node.keywords:
                    if keyword.arg == "label" and isinstance(keyword.value, ast.Constant):
                        keep(keyword.value, path)
            if core and isinstance(node, ast.ClassDef) and _is_enum(node):
                for statement in node.body:
                    if isinstance(statement, ast.Assign):
                        keep(statement.value, path)
        holders = [tree, *(n for n in tree.body if isinstance(n, ast.ClassDef))]
        for holder in holders:
            for statement in holder.body:
                if isinstance(statement, ast.Assign):
                    targets = statement.targets
                elif isinstance(statement, ast.AnnAssign) and statement.value is not None:
                    targets = [statement.target]
                else:
                    continue
                names = {t.id for t in targets if isinstance(t, ast.Name)}
                value = statement.value
                collection = isinstance(value, ast.Tuple | ast.List | ast.Dict | ast.Set)
                if (area == "ui" and collection) or (
                    core
                    and names & imported_by_ui
                    and (collection or isinstance(value, ast.Constant))
                ):
                    keep(value, path)
    return found


def add_context(
    root: ET.Element,
    name: str,
    sources: dict[str, tuple[Path, int]],
    previous: dict[tuple[str, str], str],
) -> None:
    """Add the messages lupdate cannot see to context ``name`` (after its own, if any)."""
    context = next((c for c in root.findall("context") if c.findtext("name") == name), None)
    if context is None:
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
    present = {m.findtext("source") for m in context.iter("message")}
    for source, (path, line) in sources.items():
        if source in present:
            continue
        message = ET.SubElement(context, "message")
        relative = Path(_relpath(path, TS_FILE.parent))
        ET.SubElement(message, "location", filename=relative.as_posix(), line=str(line))
        ET.SubElement(message, "source").text = source
        translation = ET.SubElement(message, "translation")
        known = previous.get((name, source))
        if known:
            translation.text = known
        else:
            translation.set("type", "unfinished")


def add_unseen_messages(root: ET.Element, previous: dict[tuple[str, str], str]) -> None:
    # lupdate's nameless context holds the calls of module helpers, found below with theirs.
    for context in root.findall("context"):
        if not context.findtext("name"):
            root.remove(context)
    add_context(root, VALIDATION_CONTEXT, validation_templates(), previous)
    for name, sources in helper_messages().items():
        add_context(root, name, sources, previous)
    add_context(root, SHARED_CONTEXT, shared_messages(), previous)


def _relpath(path: Path, start: Path) -> str:
    import os

    return os.path.relpath(path, start)


def fill_from_word_list(root: ET.Element) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from english_texts import BY_CONTEXT, ENGLISH

    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.text and not translation.get("type"):
                continue
            source = message.findtext("source")
            english = BY_CONTEXT.get((name, source)) or ENGLISH.get(source)
            if english:
                translation.text = english
                translation.attrib.pop("type", None)


def unfinished(root: ET.Element) -> list[tuple[str, str, str]]:
    gaps = []
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") or not (translation.text or "").strip():
                where = message.find("location")
                place = f"{where.get('filename')}:{where.get('line')}" if where is not None else ""
                gaps.append((name, message.findtext("source"), place))
    return gaps


def write_ts(root: ET.Element, ts_file: Path) -> None:
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    ts_file.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def compile_qm(ts_file: Path, qm_file: Path) -> None:
    subprocess.run([qt_tool("lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)], check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if any entry is unfinished")
    args = parser.parse_args(argv)

    previous = read_translations(TS_FILE)
    run_lupdate(TS_FILE)
    tree = ET.parse(TS_FILE)
    root = tree.getroot()
    add_unseen_messages(root, previous)
    fill_from_word_list(root)
    write_ts(root, TS_FILE)
    compile_qm(TS_FILE, QM_FILE)

    total = sum(1 for _ in root.iter("message"))
    gaps = unfinished(root)
    for context, source, place in gaps:
        print(f"未翻译  {place}  [{context}]  {source!r}")
    print(f"{TS_FILE.relative_to(ROOT)}: {total} 条，未翻译 {len(gaps)} 条；已生成 {QM_FILE.name}")
    return 1 if args.check and gaps else 0


if __name__ == "__main__":
    sys.exit(main())
