using Bindgen.Model.IR;

namespace Bindgen.Emitters.CSharp;

/// <summary>
/// The csharp target: [LibraryImport] P/Invoke bindings with SafeHandle handles, blittable structs, enums,
/// exceptions and delegates, in a folder that builds on its own (&lt;Module&gt;.csproj). `gil: release` has no
/// meaning in C#: a P/Invoke call never holds a global lock, so every call already lets other threads run.
/// </summary>
public sealed class CSharpEmitter : IEmitter
{
    public string Target => "csharp";

    public IReadOnlyList<GeneratedFile> Emit(BoundModule module, GeneratorInfo info)
    {
        var cx = new CsContext(module);
        var native = new NativeLowering(cx);
        var types = new TypeLowering(cx);
        var structs = new StructLowering(cx);
        var handles = new HandleLowering(cx, native);
        var header = info.HeaderLine;
        var common = new { header, visibility = cx.Visibility, @namespace = cx.Namespace, class_name = cx.ClassName, module = module.Name, interop = cx.Interop };

        var skipped = module.AllFunctions.Where(f => native.WhyNot(f) is not null).Select(f => $"{f.CName}: not bound in C# ({native.WhyNot(f)})").ToList();
        var files = new List<GeneratedFile>
        {
            new($"{cx.ClassName}.g.cs", TemplateRenderer.Render("Module.sbn", new
            {
                common.header, common.visibility, common.@namespace, common.class_name,
                class_doc = CsSyntax.Doc($"The functions and constants of {module.Name}, bound from {string.Join(", ", module.Headers)}." +
                    (module.AllFunctions.Any(f => f.Gil == GilPolicy.Release)
                        ? "\nFunctions marked `gil: release` in the spec need nothing in C#: P/Invoke calls hold no global lock." : "")),
                constants = module.Constants.Select(types.Constant).ToList(),
                skipped,
                methods = module.Functions.Where(native.CanCall).Select(f => new MethodLowering(cx, f, MethodKind.Static, null).Lower()).ToList(),
                structs = module.Structs.Select(s => cx.StructName(s.CName)).ToList(),
            })),
            new($"{cx.ClassName}.Native.g.cs", TemplateRenderer.Render("Native.sbn", new
            {
                common.header, common.visibility, common.@namespace, common.class_name, common.module,
                library_name = CsSyntax.String(LibraryNames(module)[0]),
                library_names = string.Join(", ", LibraryNames(module).Select(CsSyntax.String)),
                imports = native.Imports(),
                shim_library = module.ShimFunctions.Count > 0 ? CsSyntax.String(module.ShimLibraryFile) : "",
                shim_source = Common.ShimWriter.SourceFile(module),
            })),
            new($"{cx.ClassName}.Types.g.cs", TemplateRenderer.Render("Types.sbn", new
            {
                common.header, common.visibility, common.@namespace,
                enums = module.Enums.Select(types.Enum).ToList(),
                structs = module.Structs.Select(structs.Lower).ToList(),
                delegates = module.Callbacks.Select(types.Delegate).ToList(),
            })),
            new($"{cx.ClassName}.Errors.g.cs", TemplateRenderer.Render("Errors.sbn", new
            {
                common.header, common.visibility, common.@namespace, common.module, @base = cx.ExceptionBase,
                exceptions = types.Exceptions(),
            })),
        };
        if (module.Handles.Count > 0)
            files.Add(new($"{cx.ClassName}.Handles.g.cs", TemplateRenderer.Render("Handles.sbn", new
            {
                common.header, common.visibility, common.@namespace,
                qualified_interop = cx.Qualified("Interop"), qualified_native = cx.Qualified("Native"), qualified_trampolines = cx.Qualified("Trampolines"),
                handles = module.Handles.Select(h => handles.Lower(h)).ToList(),
            })));
        files.Add(new($"{cx.ClassName}.Interop.g.cs", TemplateRenderer.Render("Interop.sbn", new
        {
            common.header, common.visibility, common.@namespace, common.class_name,
            trampolines = module.Callbacks.Select(types.Trampoline).ToList(),
            string_arrays = module.AllFunctions.Any(f => f.Params.Any(p => p.Role is StringArrayRole)),
            counted_text = module.AllFunctions.Any(f => f.Params.Any(p => p.Role is BufferRole { IsUtf8Text: true })),
        })));
        if (module.Variables.Count > 0)
            files.Add(new($"{cx.ClassName}.Variables.g.cs", TemplateRenderer.Render("Variables.sbn", new
            {
                common.header, common.visibility, common.@namespace, common.class_name, common.module,
                variables = module.Variables.Select(new VariableLowering(cx).Lower).ToList(),
            })));
        if (cx.WritesProject)
            files.Add(new($"{module.Name}.csproj", TemplateRenderer.Render("Project.sbn", new
        {
            common.header, common.visibility, common.@namespace, assembly = module.Name,
            shim_source = module.ShimFunctions.Count > 0 ? Common.ShimWriter.SourceFile(module) : "",
            shim_library_file = module.ShimLibraryFile,
            shim_command = System.Security.SecurityElement.Escape(string.Join(' ',
                Common.ShimBuild.Command(module, Common.ShimBuild.RelativeIncludeDirs(module, info), [], "$(OutDir)" + module.ShimLibraryFile)
                    .Select(a => a.Contains(' ') ? $"\"{a}\"" : a))),
        })));
        // C# loads libraries: static inline functions and macros come from the shim library.
        if (Common.ShimWriter.Write(module, info) is { } shim) files.Add(shim);
        return files;
    }

    /// <summary>`bindgen build`: compiles the shim library (when the module needs one) into the target folder.</summary>
    public IReadOnlyList<BuildStep> BuildSteps(BoundModule module) =>
        module.ShimFunctions.Count > 0 ? [Common.ShimBuild.Step(module)] : [];

    static IReadOnlyList<string> LibraryNames(BoundModule module) =>
        module.LibraryNames.Count > 0 ? module.LibraryNames : [$"lib{module.Name}.so"];
}
