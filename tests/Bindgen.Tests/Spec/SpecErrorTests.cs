using Bindgen.Model;
using static Bindgen.Tests.Spec.SpecTestHelper;

namespace Bindgen.Tests.Spec;

/// <summary>One test per class of spec error; every message is asserted exactly, with its line and column.</summary>
public class SpecErrorTests
{
    private const string Head = "module: m\nheaders: [m.h]\n";

    [Fact]
    public void ThreeMistakesGiveExactlyThreeDiagnostics()
    {
        var text = System.IO.File.ReadAllText(Bindgen.Tests.Support.ExpectedFile.Case("spec/three-mistakes.yaml"));
        var bag = new DiagnosticBag();
        var spec = Bindgen.Spec.SpecLoader.LoadText(text, "three-mistakes.yaml", bag);
        Assert.NotNull(spec);
        Assert.Equal(
        [
            "three-mistakes.yaml:9:27: error: unknown key 'lenght' in functions.compress2.params.dest; did you mean 'length'?",
            "three-mistakes.yaml:10:24: error: functions.compress2.params.source.buffer: expected one of in, out, inout, got 'input'; did you mean 'inout'?",
            "three-mistakes.yaml:11:22: error: functions.compress2.returns.error: no error convention 'zer' in 'errors'; did you mean 'zerr'?",
        ], bag.Items.Select(d => d.ToString()));
    }

    [Fact]
    public void YamlSyntaxErrorHasItsPositionAndNoModel()
    {
        var spec = SingleError("module: m\nheaders: m.h: x\n",
            "t.yaml:2:13: error: invalid YAML: while scanning a plain scalar value, found invalid mapping");
        Assert.Null(spec);
    }

    [Fact]
    public void UnterminatedQuoteIsASyntaxError() =>
        Assert.Null(SingleError("module: \"m\nheaders: [m.h]\n",
            "t.yaml:1:9: error: invalid YAML: while scanning a multi-line double-quoted scalar, found wrong indentation"));

    [Fact]
    public void UnclosedFlowListPointsAtItsBracket() =>
        Assert.Null(SingleError("module: m\nheaders: [m.h\nfunctions: {}\n",
            "t.yaml:2:10: error: invalid YAML: this flow list '[' is never closed"));

    [Fact]
    public void UnclosedFlowMappingNamesWhereItOpened() =>
        Assert.Null(SingleError(Head + "functions: {f: {skip: true}\n",
            "t.yaml:4:1: error: invalid YAML: while parsing a flow mapping, did not find expected ',' or '}' (the flow mapping '{' opened at 3:12 is not closed)"));

    [Fact]
    public void UndefinedAliasIsASyntaxError() =>
        Assert.Null(SingleError(Head + "module: *nope\n",
            "t.yaml:3:9: error: invalid YAML: alias '*nope' has no anchor '&nope' before it"));

    [Fact]
    public void MissingRequiredKeysAtTheMappingPosition()
    {
        var (spec, diags) = Load("# a comment\ninclude: [\"z*\"]\n");
        Assert.NotNull(spec);
        Assert.Equal(
        [
            "t.yaml:2:1: error: missing required key 'module'",
            "t.yaml:2:1: error: missing required key 'headers'",
        ], diags);
    }

    [Fact]
    public void EmptyFileMissesBothRequiredKeys() =>
        Assert.Equal(
        [
            "t.yaml:1:1: error: missing required key 'module'",
            "t.yaml:1:1: error: missing required key 'headers'",
        ], Load("").Diagnostics);

    [Fact]
    public void MissingRequiredKeyInANestedMapping() =>
        SingleError(Head + "errors:\n  e: {message_from: {function: errmsg}}\n",
            "t.yaml:4:21: error: missing required key 'arg' in errors.e.message_from");

    [Fact]
    public void ModuleMustBeAnIdentifier() =>
        SingleError("module: my-lib\nheaders: [m.h]\n",
            "t.yaml:1:9: error: module: expected an identifier (letters, digits, '_'; not starting with a digit), got 'my-lib'");

    [Fact]
    public void HeadersMustNotBeEmpty() =>
        SingleError("module: m\nheaders: []\n", "t.yaml:2:10: error: headers: list at least one header");

    [Fact]
    public void TopLevelMustBeAMapping() =>
        Assert.Null(SingleError("- module\n- headers\n",
            "t.yaml:1:1: error: expected a mapping with 'module', 'headers', ... at top level, got a list"));

    [Fact]
    public void UnknownKeyWithSuggestion() =>
        SingleError(Head + "functions:\n  f:\n    params:\n      dest: {buffr: out}\n",
            "t.yaml:6:14: error: unknown key 'buffr' in functions.f.params.dest; did you mean 'buffer'?");

    [Fact]
    public void UnknownKeySuggestionIsCaseInsensitive() =>
        Assert.Equal(
        [
            "t.yaml:1:1: error: unknown key 'Module' at top level; did you mean 'module'?",
            "t.yaml:1:1: error: missing required key 'module'",
        ], Load("Module: m\nheaders: [m.h]\n").Diagnostics);

    [Fact]
    public void UnknownKeyListsValidKeysWhenNothingIsClose()
    {
        var (_, diags) = Load(Head + "functions:\n  f: {wrapper: x}\n");
        Assert.Equal(["t.yaml:4:7: error: unknown key 'wrapper' in functions.f; valid keys: name, skip, gil, doc, params, returns, stream"], diags);
    }

    [Fact]
    public void UnknownKeyInANodeWithoutKeys() =>
        SingleError(Head + "targets:\n  classic: {debug: true}\n",
            "t.yaml:4:13: error: unknown key 'debug' in targets.classic; it takes no keys");

    [Fact]
    public void UnknownTarget() =>
        SingleError(Head + "targets: {rust: {}, classic: {}}\n",
            "t.yaml:3:11: error: unknown key 'rust' in targets; valid keys: classic, abi3, hpy, cffi, cython, csharp");

    [Fact]
    public void MergeKeysAreNotSupported() =>
        SingleError(Head + "functions:\n  f: &F {skip: true}\n  g:\n    <<: *F\n",
            "t.yaml:6:5: error: merge keys ('<<') are not supported in functions.g; write the keys out");

    [Theory]
    [InlineData("functions: [f]", "t.yaml:3:12: error: functions: expected a mapping of NAME: {...}, got a list")]
    [InlineData("functions:\n  f: skip", "t.yaml:4:6: error: functions.f: expected a mapping, got 'skip'")]
    [InlineData("functions:\n  f: {returns: borrowed}", "t.yaml:4:16: error: functions.f.returns: expected a mapping, got 'borrowed'")]
    [InlineData("include: \"z*\"", "t.yaml:3:10: error: include: expected a list of strings, got 'z*'")]
    [InlineData("include: [[a]]", "t.yaml:3:11: error: include[0]: expected a string, got a list")]
    [InlineData("library: {z: 1}", "t.yaml:3:10: error: library: expected a string or a list of strings, got a mapping")]
    [InlineData("defines: [A=1]", "t.yaml:3:10: error: defines: expected a mapping of NAME: VALUE, got a list")]
    [InlineData("defines: {A: [1]}", "t.yaml:3:14: error: defines.A: expected a scalar value (or nothing), got a list")]
    [InlineData("functions:\n  f: {name: }", "t.yaml:4:13: error: functions.f.name: expected a string, got nothing")]
    [InlineData("functions:\n  f: {doc: null}", "t.yaml:4:12: error: functions.f.doc: expected a string, got null")]
    [InlineData("functions:\n  f: {skip: 1}", "t.yaml:4:13: error: functions.f.skip: expected true or false, got '1'")]
    [InlineData("functions:\n  f: {skip: yes}", "t.yaml:4:13: error: functions.f.skip: expected true or false, got 'yes'; did you mean 'true'?")]
    [InlineData("functions:\n  f: {skip: \"false\"}", "t.yaml:4:13: error: functions.f.skip: expected true or false, got 'false' (quoted, so a string); write it without quotes")]
    [InlineData("errors:\n  e: {success: 0}", "t.yaml:4:16: error: errors.e.success: expected a list of integers, got '0'")]
    [InlineData("errors:\n  e: {success: [0, one]}", "t.yaml:4:20: error: errors.e.success[1]: expected an integer, got 'one'")]
    [InlineData("errors:\n  e: {success: [\"0\"]}", "t.yaml:4:17: error: errors.e.success[0]: expected an integer, got '0'")]
    [InlineData("errors:\n  e: {success: [99999999999999999999]}", "t.yaml:4:17: error: errors.e.success[0]: expected an integer that fits in 64 bits, got '99999999999999999999'")]
    [InlineData("functions:\n  f:\n    params:\n      p: {default: [1]}", "t.yaml:6:20: error: functions.f.params.p.default: expected a scalar value, got a list")]
    [InlineData("functions:\n  f:\n    returns: {error: [zerr]}", "t.yaml:5:22: error: functions.f.returns.error: expected the name of an entry of 'errors' or an inline mapping, got a list")]
    [InlineData("targets: {classic: true}", "t.yaml:3:20: error: targets.classic: expected a mapping or nothing, got 'true'")]
    [InlineData("targets: {abi3: {limited_api: 3}}", "t.yaml:3:31: error: targets.abi3.limited_api: expected a Python 3 version like \"3.8\", got '3'")]
    [InlineData("targets: [classic]", "t.yaml:3:10: error: targets: expected a mapping, got a list")]
    [InlineData("functions:\n  f: {name: 2fast}", "t.yaml:4:13: error: functions.f.name: expected an identifier (letters, digits, '_'; not starting with a digit), got '2fast'")]
    [InlineData("targets: {csharp: {namespace: My-Lib}}", "t.yaml:3:31: error: targets.csharp.namespace: expected a C# namespace (identifiers separated by dots), got 'My-Lib'")]
    public void WrongValueShapes(string yaml, string expected) => SingleError(Head + yaml + "\n", expected);

    [Theory]
    [InlineData("functions:\n  f:\n    params:\n      p: {buffer: input}", "t.yaml:6:19: error: functions.f.params.p.buffer: expected one of in, out, inout, got 'input'; did you mean 'inout'?")]
    [InlineData("functions:\n  f:\n    params:\n      p: {buffer: OUT}", "t.yaml:6:19: error: functions.f.params.p.buffer: expected one of in, out, inout, got 'OUT'; did you mean 'out'?")]
    [InlineData("functions:\n  f:\n    params:\n      p: {buffer: write}", "t.yaml:6:19: error: functions.f.params.p.buffer: expected one of in, out, inout, got 'write'")]
    [InlineData("functions:\n  f:\n    params:\n      p: {length: n, length_unit: byte}", "t.yaml:6:35: error: functions.f.params.p.length_unit: expected one of bytes, items, got 'byte'; did you mean 'bytes'?")]
    [InlineData("functions:\n  f:\n    params:\n      p: {string: utf-8}", "t.yaml:6:19: error: functions.f.params.p.string: expected one of utf8, bytes, got 'utf-8'; did you mean 'utf8'?")]
    [InlineData("functions:\n  f: {gil: released}", "t.yaml:4:12: error: functions.f.gil: expected 'release', got 'released'; did you mean 'release'?")]
    [InlineData("errors:\n  e: {kind: nul}", "t.yaml:4:13: error: errors.e.kind: expected one of return_code, null, errno, negative, got 'nul'; did you mean 'null'?")]
    [InlineData("errors:\n  e: {kind: ~}", "t.yaml:4:13: error: errors.e.kind: expected one of return_code, null, errno, negative, got null")]
    [InlineData("enums:\n  e: {python: IntEnun}", "t.yaml:4:15: error: enums.e.python: expected one of IntEnum, IntFlag, int, got 'IntEnun'; did you mean 'IntEnum'?")]
    [InlineData("targets: {hpy: {abi: universl}}", "t.yaml:3:22: error: targets.hpy.abi: expected one of universal, cpython, got 'universl'; did you mean 'universal'?")]
    [InlineData("targets: {hpy: {version: 0.5}}", "t.yaml:3:26: error: targets.hpy.version: expected one of 0.0.4, 0.9, got '0.5'; did you mean '0.9'?")]
    [InlineData("targets: {cffi: {mode: dlopen}}", "t.yaml:3:24: error: targets.cffi.mode: expected one of api, abi, got 'dlopen'")]
    [InlineData("functions:\n  f:\n    params:\n      p: {callback: {scope: always}}", "t.yaml:6:29: error: functions.f.params.p.callback.scope: expected one of call, forever, got 'always'")]
    [InlineData("functions:\n  f:\n    params:\n      p: {transfer: none}", "t.yaml:6:21: error: functions.f.params.p.transfer: expected 'full', got 'none'")]
    [InlineData("functions:\n  f:\n    params:\n      p: {out: true, ownership: own}", "t.yaml:6:33: error: functions.f.params.p.ownership: expected one of borrowed, owned, got 'own'; did you mean 'owned'?")]
    [InlineData("functions:\n  f:\n    returns: {ownership: shared}", "t.yaml:5:26: error: functions.f.returns.ownership: expected one of borrowed, owned, got 'shared'")]
    public void BadEnumValues(string yaml, string expected) => SingleError(Head + yaml + "\n", expected);

    [Fact]
    public void UndefinedErrorConventionWithoutAnyErrors() =>
        SingleError(Head + "functions:\n  f:\n    returns: {error: zerr}\n",
            "t.yaml:5:22: error: functions.f.returns.error: no error convention 'zerr' in 'errors'");

    [Fact]
    public void UndefinedErrorConventionDeclaredLaterIsFine() =>
        LoadValid(Head + "functions:\n  f:\n    returns: {error: zerr}\nerrors:\n  zerr: {}\n");

    [Fact]
    public void UndefinedHandleType() =>
        SingleError(Head + "handles:\n  sqlite3: {}\nfunctions:\n  f:\n    returns: {handle: sqlite}\n    params:\n      db: {out: true, handle: sqlite3}\n",
            "t.yaml:7:23: error: functions.f.returns.handle: no handle type 'sqlite' in 'handles'; did you mean 'sqlite3'?");

    [Fact]
    public void MessageAndMessageFromAreMutuallyExclusive() =>
        SingleError(Head + "errors:\n  e:\n    message: errstr\n    message_from: {function: errmsg, arg: db}\n",
            "t.yaml:6:5: error: errors.e: 'message' and 'message_from' are mutually exclusive");

    [Fact]
    public void SuccessOnlyForReturnCode() =>
        SingleError(Head + "errors:\n  e: {kind: negative, success: [0]}\n",
            "t.yaml:4:23: error: errors.e.success: 'success' applies only to kind return_code, not negative");

    [Fact]
    public void SuccessWithDefaultKindIsFine() =>
        Assert.Equal([0L, 100L], LoadValid(Head + "errors:\n  e: {success: [0, 100]}\n").Errors["e"].Success);

    [Fact]
    public void InlineErrorConventionIsCheckedToo() =>
        Assert.Equal(
        [
            "t.yaml:6:27: error: functions.f.returns.error.success: 'success' applies only to kind return_code, not null",
            "t.yaml:6:41: error: unknown key 'bogus' in functions.f.returns.error; valid keys: kind, success, exception, base, message, message_from",
        ], Load(Head + "functions:\n  f:\n    returns:\n      error: {kind: null, success: [0], bogus: 1}\n").Diagnostics);

    [Theory]
    [InlineData("{alloc: \"n * 2\"}", "t.yaml:6:11: error: functions.f.params.p: 'alloc' needs 'buffer: out' or 'buffer: inout'")]
    [InlineData("{buffer: in, alloc: 16}", "t.yaml:6:23: error: functions.f.params.p: 'alloc' needs 'buffer: out' or 'buffer: inout'")]
    [InlineData("{buffer: in, produced: pos}", "t.yaml:6:23: error: functions.f.params.p: 'produced' needs 'buffer: out' or 'buffer: inout'")]
    public void AllocAndProducedNeedAnOutBuffer(string param, string expected) =>
        SingleError(Head + $"functions:\n  f:\n    params:\n      p: {param}\n", expected);

    [Fact]
    public void AllocAndProducedWithOutOrInoutBuffer() =>
        LoadValid(Head + "functions:\n  f:\n    params:\n      a: {buffer: out, alloc: 16, produced: pos}\n      b: {buffer: inout, alloc: n}\n");

    [Fact]
    public void LengthUnitNeedsLength() =>
        SingleError(Head + "functions:\n  f:\n    params:\n      p: {buffer: in, length_unit: bytes}\n",
            "t.yaml:6:23: error: functions.f.params.p: 'length_unit' needs 'length'");

    [Theory]
    [InlineData("{out: true, inout: true}", "t.yaml:6:22: error: functions.f.params.p: 'out' and 'inout' contradict each other")]
    [InlineData("{buffer: out, out: true}", "t.yaml:6:24: error: functions.f.params.p: 'buffer' and 'out' contradict each other")]
    [InlineData("{out: true, buffer: out}", "t.yaml:6:22: error: functions.f.params.p: 'buffer' and 'out' contradict each other")]
    [InlineData("{buffer: in, inout: true}", "t.yaml:6:23: error: functions.f.params.p: 'buffer' and 'inout' contradict each other")]
    [InlineData("{string: utf8, buffer: in}", "t.yaml:6:25: error: functions.f.params.p: 'string' and 'buffer' contradict each other")]
    [InlineData("{default: 0, fixed: 1}", "t.yaml:6:23: error: functions.f.params.p: 'default' and 'fixed' contradict each other")]
    public void ContradictoryParamKeys(string param, string expected) =>
        SingleError(Head + $"functions:\n  f:\n    params:\n      p: {param}\n", expected);

    [Fact]
    public void FalseFlagsDoNotContradict() =>
        LoadValid(Head + "functions:\n  f:\n    params:\n      p: {buffer: out, out: false, inout: false}\n");

    [Fact]
    public void FreeContradictsBorrowed()
    {
        var (_, diags) = Load(Head + "functions:\n  f:\n    returns: {ownership: borrowed, free: sqlite3_free}\n    params:\n      msg: {out: true, free: sqlite3_free, ownership: borrowed}\n");
        Assert.Equal(
        [
            "t.yaml:5:36: error: functions.f.returns: 'free' releases an owned value; it contradicts 'ownership: borrowed'",
            "t.yaml:7:44: error: functions.f.params.msg: 'free' releases an owned value; it contradicts 'ownership: borrowed'",
        ], diags);
    }

    [Fact]
    public void FreeImpliesOwned()
    {
        var f = LoadValid(Head + "functions:\n  f:\n    returns: {free: free}\n    params:\n      msg: {out: true, free: sqlite3_free}\n").Functions["f"];
        Assert.Equal("owned", f.Returns!.Ownership);
        Assert.Equal("owned", f.Params["msg"].Ownership);
    }

    [Fact]
    public void DuplicateKeysReportTheSecondAndKeepTheFirst()
    {
        var (spec, diags) = Load("""
            module: m
            headers: [m.h]
            module: n
            functions:
              f:
                params:
                  a: {buffer: in, buffer: out}
              f: {skip: true}
            """);
        Assert.Equal(
        [
            "t.yaml:3:1: error: duplicate key 'module' at top level (first at 1:1)",
            "t.yaml:7:23: error: duplicate key 'buffer' in functions.f.params.a (first at 7:11)",
            "t.yaml:8:3: error: duplicate key 'f' in functions (first at 5:3)",
        ], diags);
        Assert.NotNull(spec);
        Assert.Equal("m", spec.Module);
        Assert.Equal(Bindgen.Model.Spec.BufferDirection.In, spec.Functions["f"].Params["a"].Buffer);
        Assert.False(spec.Functions["f"].Skip);
    }

    [Fact]
    public void DuplicateKeyInsideAListItem() =>
        Assert.Equal(
        [
            "t.yaml:3:14: error: clang_args[0]: expected a string, got a mapping",
            "t.yaml:3:21: error: duplicate key 'a' in clang_args[0] (first at 3:15)",
        ], Load(Head + "clang_args: [{a: 1, a: 2}]\n").Diagnostics);

    [Fact]
    public void EmptyTargetsListsNothing() =>
        SingleError(Head + "targets: {}\n",
            "t.yaml:3:1: error: targets: no target is listed; list at least one (or remove 'targets' to generate all six)");

    [Fact]
    public void OpaqueStructWithFields() =>
        SingleError(Head + "structs:\n  s: {opaque: true, fields: {x: {readonly: true}}}\n",
            "t.yaml:4:21: error: structs.s: an opaque struct has no fields to annotate; drop 'opaque' or 'fields'");

    [Fact]
    public void SecondDocumentIsAnError() =>
        SingleError(Head + "---\nmodule: x\n",
            "t.yaml:4:1: error: a spec is a single YAML document; this second document is not allowed");

    [Fact]
    public void AllProblemsComeOutInOneRunInFileOrder()
    {
        var (spec, diags) = Load("""
            headers: m.h
            functions:
              f: {skip: maybe, gil: release, params: {p: {buffer: in, alloc: 4}}}
            errors:
              e: {kind: errno, success: [1]}
            handles:
              h: {klass: H}
            enums:
              x: {python: str}
            zzz: 1
            """);
        Assert.NotNull(spec);
        Assert.Equal(
        [
            "t.yaml:1:1: error: missing required key 'module'",
            "t.yaml:1:10: error: headers: expected a list of strings, got 'm.h'",
            "t.yaml:3:13: error: functions.f.skip: expected true or false, got 'maybe'",
            "t.yaml:3:59: error: functions.f.params.p: 'alloc' needs 'buffer: out' or 'buffer: inout'",
            "t.yaml:5:20: error: errors.e.success: 'success' applies only to kind return_code, not errno",
            "t.yaml:7:7: error: unknown key 'klass' in handles.h; did you mean 'class'?",
            "t.yaml:9:15: error: enums.x.python: expected one of IntEnum, IntFlag, int, got 'str'",
            "t.yaml:10:1: error: unknown key 'zzz' at top level; valid keys: module, headers, include_dirs, defines, clang_args, library, library_name, include, exclude, macros, macros_as_functions, targets, errors, handles, functions, structs, enums",
        ], diags);
    }

    [Theory]
    [InlineData("{{{{")]
    [InlineData("]")]
    [InlineData("\t\t- : :\n  ? \n")]
    [InlineData("a: [1\nb: 2\n")]
    [InlineData("a: {b: [c, {d: e}\n")]
    [InlineData("? [a, b]\n: c\n")]
    [InlineData("&a a: *a\n")]
    [InlineData("!!binary x: 1\n")]
    [InlineData("--- |\n  text\n")]
    [InlineData("%TAG ! tag:x,2000:\n---\nmodule: !foo m\n")]
    [InlineData("\u0000\u0001\u0002")]
    [InlineData("module: m\nheaders: [m.h]\nfunctions: {f: {params: {p: {callback: [1]}}}}\n")]
    [InlineData("module: m\nheaders: [m.h]\nfunctions: {? [x] : {}}\nerrors: {e: {message_from: 1}}\n")]
    [InlineData("module: m\nheaders: [m.h]\nfunctions: {f: {params: {~: {}}}}\ndefines: {~: 1}\n")]
    public void NeverThrowsOnBadInput(string yaml)
    {
        var bag = new DiagnosticBag();
        Bindgen.Spec.SpecLoader.LoadText(yaml, "t.yaml", bag);
        Assert.True(bag.HasErrors);
        Assert.All(bag.Items, d => Assert.Equal("t.yaml", d.Location.File));
        Assert.All(bag.Items, d => Assert.True(d.Location.Line >= 1 && d.Location.Column >= 1, d.ToString()));
    }
}
