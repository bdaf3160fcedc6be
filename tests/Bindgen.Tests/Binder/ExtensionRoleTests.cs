using Bindgen.Cli;
using Bindgen.Model;
using Bindgen.Model.IR;
using Bindgen.Tests.Support;

namespace Bindgen.Tests.Binder;

/// <summary>
/// The spec extensions self-hosting needs (README "Spec extensions"): handles on void* typedefs, string arrays,
/// out arrays with a several-parameter free function, callbacks taking structs by value; csharp-only roles are
/// left out of the Python targets with a warning.
/// </summary>
public class ExtensionRoleTests
{
    const string Header = """
        typedef void *Index;
        typedef void *File;
        typedef struct { int kind; void *data; } Cursor;
        typedef struct { unsigned a, b; } Token;
        typedef void *ClientData;
        typedef enum { VISIT_BREAK, VISIT_CONTINUE } VisitResult;
        typedef VisitResult (*Visitor)(Cursor c, Cursor parent, ClientData data);
        Index index_new(int flags);
        void index_free(Index i);
        int index_parse(Index i, const char *const *args, int num_args);
        const char *file_name(File f);
        void locate(Index i, File *file, unsigned *line);
        void tokenize(Index i, Token **Tokens, unsigned *NumTokens);
        void dispose_tokens(Index i, Token *Tokens, unsigned NumTokens);
        unsigned visit(Cursor parent, Visitor visitor, ClientData client_data);
        typedef struct { const void *data; unsigned flags; } Str;
        const char *str_chars(Str s);
        void str_free(Str s);
        Str name_of(int x);
        """;

    const string Spec = """
        handles:
          Index: {class: Idx, constructor: index_new, destructor: index_free}
          File: {class: SourceFile}
        structs:
          Str: {string_via: str_chars, free: str_free}
        enums:
          VisitResult: {strip_prefix: VISIT_}
        functions:
          index_parse:
            params: {args: {string_array: utf8, length: num_args}}
          locate:
            params: {file: {out: true, ownership: borrowed}, line: {out: true}}
          tokenize:
            params: {Tokens: {out: true, length: NumTokens, free: dispose_tokens}}
          dispose_tokens:
            params: {Tokens: {buffer: in, length: NumTokens}}
          visit:
            params: {visitor: {callback: {user_data: client_data}}}

        """;

    static (BoundModule? Module, DiagnosticBag Diags) Bind(string targets)
    {
        var dir = CliRunner.TempDir();
        File.WriteAllText(Path.Combine(dir, "t.h"), Header);
        File.WriteAllText(Path.Combine(dir, "bindings.yaml"), "module: t\nheaders: [t.h]\n" + targets + Spec);
        var r = Pipeline.Run(Path.Combine(dir, "bindings.yaml"));
        Assert.DoesNotContain(r.Diagnostics.Items, d => d.Severity == Severity.Error);
        return (r.Module, r.Diagnostics);
    }

    static BoundFunction Fn(BoundModule m, string name) => m.AllFunctions.Single(f => f.CName == name);

    [Fact]
    public void VoidPointerTypedefsAreHandles()
    {
        var (m, _) = Bind("targets: {csharp: {}}\n");
        var idx = m!.Handle("Index");
        Assert.Equal(("Idx", "Index", "index_free"), (idx.ClassName, idx.PointerCSpelling, idx.Destructor));
        Assert.Equal(ReturnKind.Handle, idx.Constructor!.Return.Kind);
        Assert.Equal(new HandleRole("File", false, false), Fn(m, "file_name").Params[0].Role);
        var file = Assert.IsType<OutRole>(Fn(m, "locate").Param("file").Role);
        Assert.Equal((new HandleType("File", "File") as BoundType, Ownership.Borrowed), (file.Type, file.Ownership));
    }

    [Fact]
    public void StringArraysOutArraysAndStructCallbacksBind()
    {
        var (m, d) = Bind("targets: {csharp: {}}\n");
        Assert.DoesNotContain(d.Items, x => x.Message.Contains("only the csharp target"));

        var parse = Fn(m!, "index_parse");
        Assert.Equal(new StringArrayRole(Model.Spec.StringEncoding.Utf8, "num_args", "int", false), parse.Param("args").Role);
        Assert.IsType<LengthRole>(parse.Param("num_args").Role);
        Assert.NotNull(parse.CSharpOnly);

        var tok = Fn(m!, "tokenize");
        var arr = Assert.IsType<OutArrayRole>(tok.Param("Tokens").Role);
        Assert.Equal(("NumTokens", "dispose_tokens"), (arr.LengthParam, arr.Free));
        Assert.Equal(["i", "Tokens", "NumTokens"], arr.FreeArgs);
        Assert.Equal(new StructType("Token", "Token"), arr.Element);
        Assert.Equal([new BoundResult(ResultSource.Out, "Tokens")], tok.Results);

        var cb = Assert.IsType<CallbackRole>(Fn(m!, "visit").Param("visitor").Role);
        Assert.Equal(["Cursor", "Cursor"], cb.Signature.Params.Take(2).Select(p => ((StructType)p.Type).Struct));
        Assert.IsType<EnumType>(cb.Signature.Return);

        var name = Fn(m!, "name_of");
        Assert.Equal((ReturnKind.String, "str_chars", "str_free", Ownership.Owned), (name.Return.Kind, name.Return.StringVia, name.Return.Free, name.Return.Ownership));
        Assert.NotNull(name.CSharpOnly);
    }

    [Fact]
    public void PythonTargetsLeaveCSharpOnlyFunctionsOutWithAWarning()
    {
        var (m, d) = Bind("");
        foreach (var name in new[] { "index_parse", "tokenize", "visit", "name_of" })
            Assert.Contains(d.Items, x => x.Severity == Severity.Warning && x.Message.StartsWith($"function '{name}'") && x.Message.Contains("only the csharp target binds so far"));
        var py = m!.WithoutCSharpOnly();
        Assert.Equal(["dispose_tokens", "file_name", "locate", "str_chars", "str_free"], py.AllFunctions.Where(f => f.MethodOf is null && f.CName != "index_new").Select(f => f.CName).Order());
        Assert.Empty(py.Callbacks);
        Assert.Contains(m.AllFunctions, f => f.CName == "visit");
    }

    [Fact]
    public void StringViaMustTakeTheStructAndReturnAString()
    {
        var dir = CliRunner.TempDir();
        File.WriteAllText(Path.Combine(dir, "t.h"), "typedef struct { const void *p; } S;\nint bad(S s);\nS make(void);\n");
        File.WriteAllText(Path.Combine(dir, "bindings.yaml"),
            "module: t\nheaders: [t.h]\ntargets: {csharp: {}}\nstructs:\n  S: {string_via: bad, free: nope}\n");
        var d = Pipeline.Run(Path.Combine(dir, "bindings.yaml")).Diagnostics;
        Assert.Contains(d.Items, x => x.Severity == Severity.Error && x.Message == "string_via 'bad' of struct 'S' must take one 'S' by value and return a char pointer");
        Assert.Contains(d.Items, x => x.Severity == Severity.Error && x.Message.StartsWith("free 'nope' of struct 'S' is not declared in the headers"));
    }

    [Fact]
    public void StringArrayNeedsALengthAndACharPointerPointer()
    {
        var dir = CliRunner.TempDir();
        File.WriteAllText(Path.Combine(dir, "t.h"), "int f(const char *const *args, int n);\nint g(int *args, int n);\n");
        File.WriteAllText(Path.Combine(dir, "bindings.yaml"),
            "module: t\nheaders: [t.h]\ntargets: {csharp: {}}\nfunctions:\n  f:\n    params: {args: {string_array: utf8}}\n  g:\n    params: {args: {string_array: utf8, length: n}}\n");
        var d = Pipeline.Run(Path.Combine(dir, "bindings.yaml")).Diagnostics;
        Assert.Contains(d.Items, x => x.Severity == Severity.Error && x.Message.Contains("'string_array' on 'args' of 'f' needs `length`"));
        Assert.Contains(d.Items, x => x.Severity == Severity.Error && x.Message.Contains("'string_array' needs a 'char **'") && x.Message.Contains("of 'g'"));
    }
}
