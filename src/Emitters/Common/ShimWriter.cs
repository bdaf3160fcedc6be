using Bindgen.Emitters.Cffi;
using Bindgen.Model.C;
using Bindgen.Model.IR;

namespace Bindgen.Emitters.Common;

/// <summary>One exported wrapper of the shim: its C definition line and the body's single statement.</summary>
public sealed record ShimFunctionModel(string Declaration, string Statement, string Of);

/// <summary>
/// The shim library's source, `&lt;module&gt;_shim.c`: one exported wrapper per <see cref="BoundModule.ShimFunctions"/>
/// entry (a `static inline` function or a typed function-like macro), so that targets that load a library instead of
/// compiling against the headers (C#, cffi ABI mode) can call them. Same defines and headers as the module's C.
/// </summary>
public static class ShimWriter
{
    static readonly TemplateRenderer Renderer = new("Common");

    /// <summary>The file, or null when the module calls nothing that needs the shim.</summary>
    public static GeneratedFile? Write(BoundModule m, GeneratorInfo info)
    {
        var names = m.ShimFunctions;
        if (names.Count == 0) return null;
        var declarator = new Names(m.Header);
        var functions = names.Select(n => Wrapper(m, m.Header.FindFunction(n)!, declarator)).ToList();
        return new GeneratedFile(SourceFile(m), Renderer.Render("Shim.sbn", new
        {
            HeaderLine = CText.Comment(info.HeaderLine),
            Module = m.Name,
            Command = string.Join(' ', ShimBuild.Command(m, ShimBuild.RelativeIncludeDirs(m, info), [])),
            Defines = m.Defines.Select(d => new { Name = d.Key, Value = d.Value.Length == 0 ? "1" : d.Value }).ToList(),
            Headers = m.Headers,
            Functions = functions,
        }));
    }

    public static string SourceFile(BoundModule m) => $"{m.Name}_shim.c";

    static ShimFunctionModel Wrapper(BoundModule m, CFunction f, Names names)
    {
        // Parameters get generated names: the header's may be unnamed, and a macro's spec names could be macros.
        var ps = f.Params.Select((p, i) => CDeclarator.Declare(p.Type, $"bg_a{i}", names)).ToList();
        var decl = CDeclarator.Declare(f.Return, $"{m.ShimSymbol(f.Name)}({(ps.Count == 0 ? "void" : string.Join(", ", ps))})", names);
        var call = $"{f.Name}({string.Join(", ", f.Params.Select((_, i) => $"bg_a{i}"))})";
        var isVoid = f.Return.Canonical is CPrimitiveType { Primitive: CPrimitiveKind.Void };
        return new ShimFunctionModel(decl, isVoid ? call + ";" : $"return {call};", f.IsMacro ? "function-like macro" : "static inline");
    }

    /// <summary>Records and enums as C spells them; an untagged one by the typedef that names it.</summary>
    sealed class Names(CHeader h) : CDeclarator.INames
    {
        public string RecordRef(CRecordType r) =>
            h.FindRecord(r.Name) is { IsAnonymous: true }
                ? h.Typedefs.FirstOrDefault(t => t.Target.Canonical is CRecordType x && x.Name == r.Name)?.Name
                  ?? throw new NotSupportedException($"an untagged {(r.IsUnion ? "union" : "struct")} without a typedef cannot be named in the shim")
                : (r.IsUnion ? "union " : "struct ") + r.Name;

        public string EnumRef(CEnumType e) =>
            h.Enums.FirstOrDefault(x => x.Name == e.Name) is { IsAnonymous: true }
                ? h.Typedefs.FirstOrDefault(t => t.Target.Canonical is CEnumType x && x.Name == e.Name)?.Name ?? "int"
                : "enum " + e.Name;
    }
}
