"""check_stub_names(module): the generated stubs (MODULE.pyi, or __init__.pyi of the package) name exactly what
the module has.

mypy's stubtest checks names and signatures on CPython (tests/run-package.sh); mypy does not run on PyPy, so
this check is what covers the HPy and PyPy cffi modules: every public name, every class's own public members and
enum members, in both directions, and the parameter names wherever the runtime can tell them
(inspect.signature: Python functions, text signatures).
"""
import ast
import enum
import inspect
import os


def _stub_path(module):
    folder, base = os.path.split(module.__file__)
    return os.path.join(folder, "__init__.pyi" if base.startswith("__init__.") else module.__name__ + ".pyi")


def _public(name):
    return not name.startswith("_")


def _assigned(body):
    names = []
    for node in body:
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
        elif isinstance(node, ast.Assign):
            names += [t.id for t in node.targets if isinstance(t, ast.Name)]
    return names


def _stub(module):
    """({name: ast node} of the stub's public top-level names, its class nodes by name)."""
    path = _stub_path(module)
    assert os.path.exists(path), "no stub beside %s" % module.__file__
    with open(path) as f:
        tree = ast.parse(f.read(), path)
    top = {}
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            top[node.name] = node
        for name in _assigned([node]):
            top[name] = node
    return {k: v for k, v in top.items() if _public(k)}


def _params(fn):
    """Parameter names as the stub writes them (self dropped), or None for an overload-free ellipsis."""
    a = fn.args
    names = [p.arg for p in a.posonlyargs + a.args + a.kwonlyargs]
    if a.vararg:
        names.append("*" + a.vararg.arg)
    if a.kwarg:
        names.append("**" + a.kwarg.arg)
    return [n for n in names if n != "self"]


def _runtime_params(obj):
    try:
        sig = inspect.signature(obj)
    except (TypeError, ValueError):
        return None  # a builtin without a text signature: nothing to compare
    prefix = {inspect.Parameter.VAR_POSITIONAL: "*", inspect.Parameter.VAR_KEYWORD: "**"}
    return [prefix.get(p.kind, "") + p.name for p in sig.parameters.values() if p.name != "self"]


def _check_signature(where, stub_fn, obj, problems):
    got = _runtime_params(obj)
    if got is not None and got != _params(stub_fn):
        problems.append("%s: stub parameters %s, runtime %s" % (where, _params(stub_fn), got))


def _check_class(module, name, node, problems):
    cls = getattr(module, name)
    if not isinstance(cls, type):
        problems.append("%s: a class in the stub, %r at runtime" % (name, type(cls).__name__))
        return
    members = {n.name: n for n in node.body if isinstance(n, ast.FunctionDef)}
    members.update({n: None for n in _assigned(node.body)})
    stub_public = {n for n in members if _public(n)}
    # an exception's annotated `code` may live on each instance only (a class default is optional)
    per_instance = set(_assigned(node.body)) if issubclass(cls, BaseException) else set()
    if issubclass(cls, enum.Enum):
        runtime_public = set(cls.__members__)
    else:
        runtime_public = {n for n in vars(cls) if _public(n)}
    for n in sorted(n for n in stub_public - per_instance if not hasattr(cls, n)):
        problems.append("%s.%s: in the stub, not at runtime" % (name, n))
    for n in sorted(runtime_public - stub_public):
        problems.append("%s.%s: at runtime, not in the stub" % (name, n))
    for n, fn in members.items():
        if fn is None or n not in vars(cls) or n == "__init__":
            continue
        if not any(isinstance(d, ast.Name) and d.id in ("property", "staticmethod") for d in fn.decorator_list):
            _check_signature("%s.%s" % (name, n), fn, getattr(cls, n), problems)


def check_stub_names(module):
    stub = _stub(module)
    # globals are served by the module's __getattr__ (PEP 562): hasattr sees them, dir() need not
    problems = ["%s: in the stub, not at runtime" % n for n in sorted(stub) if not hasattr(module, n)]
    problems += ["%s: at runtime, not in the stub" % n for n in sorted(dir(module)) if _public(n) and n not in stub]
    for name, node in sorted(stub.items()):
        if not hasattr(module, name):
            continue
        if isinstance(node, ast.ClassDef):
            _check_class(module, name, node, problems)
        elif isinstance(node, ast.FunctionDef):
            _check_signature(name, node, getattr(module, name), problems)
    assert not problems, "\n".join(problems)
