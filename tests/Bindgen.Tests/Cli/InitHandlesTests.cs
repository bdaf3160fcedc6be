using System.Text.Json.Nodes;
using Bindgen.Tests.Support;

namespace Bindgen.Tests.Cli;

/// <summary>`init` suggests handle classes for opaque types with a create/destroy pair in every naming order, and the
/// untouched starter binds them: constructor, destructor and the methods by first parameter.</summary>
public class InitHandlesTests
{
    const string Header = """
        typedef struct X_CCtx_s X_CCtx;
        X_CCtx *X_createCCtx(void);
        unsigned long X_freeCCtx(X_CCtx *c);
        int X_compressCCtx(X_CCtx *c, int level);
        typedef struct LLVMOpaqueBuilder *LLVMBuilderRef;
        LLVMBuilderRef LLVMCreateBuilder(void);
        void LLVMDisposeBuilder(LLVMBuilderRef b);
        void LLVMPositionBuilder(LLVMBuilderRef b, int where);
        typedef struct thing thing;
        int thing_new(thing **out);
        void thing_free(thing *t);
        int thing_count(thing *t);
        int thing_release_memory(thing *t);
        struct XML_ParserStruct;
        typedef struct XML_ParserStruct *XML_Parser;
        XML_Parser XML_ParserCreate(const char *encoding);
        void XML_ParserFree(XML_Parser p);
        int XML_StopParser(XML_Parser p, int resumable);
        """;

    [Fact]
    public void Every_naming_order_becomes_a_handle_with_its_methods()
    {
        var dir = CliRunner.TempDir();
        File.WriteAllText(Path.Combine(dir, "inithandles.h"), Header);
        var r = CliRunner.Run(dir, "init", "inithandles.h", "-o", "bindings.yaml");
        Assert.True(r.ExitCode == 0, r.Stderr);
        var text = File.ReadAllText(Path.Combine(dir, "bindings.yaml"));
        Assert.Contains("X_CCtx:   # suggested: X_CCtx is opaque; X_createCCtx returns one and X_freeCCtx frees it", text);
        Assert.Contains("thing:   # suggested: thing is opaque; thing_new fills one and thing_free frees it", text);
        var ir = CliRunner.Run(dir, "ir", "-q");
        Assert.True(ir.ExitCode == 0, ir.Stderr + text);
        var handles = JsonNode.Parse(ir.Stdout)!["handles"]!.AsArray()
            .ToDictionary(h => (string)h!["c_type"]!, h => h!);
        // The spec names the typedef a user writes; the IR names the struct behind it.
        (string Spec, string Type, string Ctor, string Dtor, string Method)[] want =
        [
            ("X_CCtx", "X_CCtx_s", "X_createCCtx", "X_freeCCtx", "X_compressCCtx"),
            ("LLVMBuilderRef", "LLVMOpaqueBuilder", "LLVMCreateBuilder", "LLVMDisposeBuilder", "LLVMPositionBuilder"),
            ("thing", "thing", "thing_new", "thing_free", "thing_count"),
            ("XML_Parser", "XML_ParserStruct", "XML_ParserCreate", "XML_ParserFree", "XML_StopParser"),
        ];
        foreach (var (spec, type, ctor, dtor, method) in want)
        {
            Assert.Contains($"\n  {spec}:   # suggested: ", text);
            Assert.True(handles.ContainsKey(type), $"no handle {type} in {string.Join(", ", handles.Keys)}\n{text}");
            var h = handles[type];
            Assert.Equal(ctor, (string)h["constructor"]!["c_name"]!);
            Assert.Contains(dtor, h.ToJsonString());
            Assert.Contains(h["methods"]!.AsArray(), m => (string)m!["c_name"]! == method);
        }
        // A release word in the middle of a name is not a destructor.
        Assert.Contains(handles["thing"]["methods"]!.AsArray(), m => (string)m!["c_name"]! == "thing_release_memory");
    }
}
