using Bindgen.Model;
using Bindgen.Model.Spec;
using YamlDotNet.RepresentationModel;

namespace Bindgen.Spec;

/// <summary>The document's top-level mapping → <see cref="BindingSpec"/>.</summary>
internal static class TopLevelReader
{
    public static BindingSpec Read(SpecContext ctx, YamlMappingNode? root)
    {
        var start = root != null ? ctx.Loc(root) : new SourceLocation(ctx.Path, 1, 1);
        var r = new NodeReader(ctx, SpecSchema.Root, "", root, start, start);
        if (r.Strings("headers") is [])
            r.Error(r.ValueAt("headers"), "headers: list at least one header");
        return new BindingSpec
        {
            SpecPath = ctx.Path,
            Location = r.Location,
            KeyLocations = r.KeyLocations,
            Module = r.String("module") ?? "",
            Headers = r.Strings("headers") ?? [],
            IncludeDirs = r.Strings("include_dirs") ?? [],
            Defines = r.ScalarMap("defines") ?? [],
            ClangArgs = r.Strings("clang_args") ?? [],
            Library = r.Strings("library") ?? [],
            LibraryName = r.Strings("library_name") ?? [],
            Include = r.Strings("include") ?? [],
            Exclude = r.Strings("exclude") ?? [],
            Macros = r.Strings("macros") ?? [],
            MacrosAsFunctions = r.ScalarMap("macros_as_functions") ?? [],
            Targets = TargetsReader.Read(r.Node("targets")),
            Errors = Map(r, "errors", ErrorReader.Read),
            Handles = Map(r, "handles", HandleReader.Read),
            Functions = Map(r, "functions", FunctionReader.Read),
            Structs = Map(r, "structs", StructEnumReader.ReadStruct),
            Enums = Map(r, "enums", StructEnumReader.ReadEnum),
        };
    }

    private static Dictionary<string, T> Map<T>(NodeReader r, string key, Func<string, NodeReader, T> read)
    {
        var d = new Dictionary<string, T>();
        foreach (var (name, node) in r.Entries(key)) d[name] = read(name, node);
        return d;
    }
}
