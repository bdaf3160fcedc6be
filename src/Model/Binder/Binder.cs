using Bindgen.Model.C;
using Bindgen.Model.IR;
using Bindgen.Model.Spec;

namespace Bindgen.Model.Binder;

/// <summary>
/// Spec + C model → bound IR. Every role, name and error convention is decided here, once, as a sequence of
/// small passes; emitters only render the result.
/// </summary>
public static class Binder
{
    /// <param name="exports">What the library files export (LibraryExportsReader); null binds every declaration.</param>
    public static BoundModule Bind(BindingSpec spec, CHeader header, DiagnosticBag diagnostics, string? specPathForDisplay = null,
        LibraryExports? exports = null)
    {
        var ctx = new BindContext(spec, header, diagnostics, exports);
        CheckFunctionNames(ctx);
        CheckMacroFunctions(ctx);
        StructBinder.CheckSpecNames(ctx);
        EnumBinder.CheckSpecNames(ctx);

        var errors = new Dictionary<string, BoundError>();
        foreach (var (name, e) in spec.Errors) errors[name] = ErrorBinder.Bind(ctx, e);

        var exposed = StructBinder.ExposedNames(ctx);
        var candidates = header.Functions.Where(ctx.IsBindable).ToList();
        var candidateNames = candidates.Select(f => f.Name).ToHashSet();
        var functions = new FunctionBinder(ctx, exposed, errors, candidateNames.Contains);

        var handleBinder = new HandleBinder(ctx, functions);
        var handles = handleBinder.Bind();

        var bound = new List<BoundFunction>();
        foreach (var f in candidates)
        {
            if (handleBinder.Claimed.Contains(f.Name)) continue;
            if (Lifecycle.DestructorWord(ctx, f) is { } word && !ctx.IsNamedExplicitly(f.Name))
            {
                // Bound as a function or method it would free the C object while its Python/C# object stays open.
                ctx.Diagnostics.Warning(f.Location, $"function '{f.Name}' skipped: it takes a handle and its name says '{word}', " +
                    "so it looks like a destructor (binding it would free the object behind its close()); name it under functions: to bind it anyway");
                continue;
            }
            var pyName = spec.Functions.GetValueOrDefault(f.Name)?.Name ?? f.Name;
            if (functions.Bind(f, FunctionKind.Plain, pyName) is { } bf) bound.Add(bf);
        }
        // Header order, so output does not depend on set iteration order.
        var structs = header.Records.Select(r => r.Name).Distinct().Where(exposed.Contains)
            .Select(n => StructBinder.Bind(ctx, n, exposed)).ToList();
        var enums = EnumBinder.Bind(ctx).ToList();
        var classNames = structs.Select(s => s.ClassName)
            .Concat(enums.Where(e => e.Style != BoundEnumStyle.Int).Select(e => e.ClassName))
            .Concat(handles.Select(h => h.ClassName)).Concat(errors.Values.Select(e => e.ExceptionClass)).ToHashSet();
        AvoidClassNames(ctx, bound, classNames);
        CheckDuplicateNames(ctx, bound);
        UniqueCsNames(bound);
        var constants = ConstantBinder.Bind(ctx).Concat(EnumBinder.AnonymousConstants(ctx)).ToList();
        var variables = VariableBinder.Bind(ctx, bound.Select(f => f.PyName).Concat(classNames).ToHashSet()).ToList();

        return new BoundModule(spec.Module)
        {
            SpecPath = specPathForDisplay ?? spec.SpecPath,
            SpecDirectory = spec.SpecDirectory,
            Headers = spec.Headers,
            IncludeDirs = spec.IncludeDirs,
            Defines = spec.Defines,
            Libraries = spec.Library,
            LibraryNames = spec.LibraryName.Count > 0 ? spec.LibraryName : spec.Library.Select(l => $"lib{l}.so").ToList(),
            Targets = spec.Targets,
            LibraryFiles = exports?.Files ?? [],
            Functions = bound,
            Handles = handles,
            Structs = structs,
            Enums = enums,
            Constants = constants,
            Errors = errors.Values.ToList(),
            Callbacks = functions.Callbacks.GroupBy(c => c.Name).Select(g => g.First()).ToList(),
            Header = header,
            Variables = variables,
        };
    }

    static void CheckFunctionNames(BindContext ctx)
    {
        var names = ctx.Header.Functions.Select(f => f.Name).ToHashSet();
        foreach (var (name, fs) in ctx.Spec.Functions)
            if (!names.Contains(name))
                ctx.Diagnostics.Error(fs.Location, $"function '{name}' is not declared in the headers{ctx.WhereLooked}{Suggest.Hint(name, names)}");
    }

    /// <summary>Every macros_as_functions name must be a function-like macro of the headers (else the generated call would not compile).</summary>
    static void CheckMacroFunctions(BindContext ctx)
    {
        var functionLike = ctx.Header.SkippedMacros.Where(m => m.Reason == "function-like macro").Select(m => m.Name).ToHashSet();
        foreach (var (name, _) in ctx.Spec.MacrosAsFunctions)
            if (!functionLike.Contains(name))
                ctx.Diagnostics.Error(ctx.Spec.At("macros_as_functions"),
                    $"macros_as_functions: '{name}' is not a function-like macro of the headers{Suggest.Hint(name, functionLike)}");
    }

    /// <summary>
    /// C keeps struct/union/enum tags apart from functions (`enum shade shade(int)`, POSIX `struct stat` and
    /// `stat()`), a Python module does not: a function named like a class of the module (a struct or enum class by
    /// its default C name, a handle or exception class) would replace it, or be replaced. The function gets a
    /// trailing underscore, with a warning; `name:` chooses another.
    /// </summary>
    static void AvoidClassNames(BindContext ctx, List<BoundFunction> bound, HashSet<string> classNames)
    {
        for (int i = 0; i < bound.Count; i++)
        {
            var f = bound[i];
            if (!classNames.Contains(f.PyName)) continue;
            var renamed = f.PyName + "_";
            ctx.Diagnostics.Warning(ctx.Spec.Functions.GetValueOrDefault(f.CName)?.Location ?? f.Location,
                $"function '{f.CName}': a class of the module is named '{f.PyName}' too (C keeps tags and functions apart, Python does not): bound as '{renamed}' (give it `name:` to choose another)");
            bound[i] = f with { PyName = renamed, CsName = Naming.Pascal(renamed) };
        }
    }

    /// <summary>PascalCase can merge distinct Python names (gzgetc, gzgetc_ → Gzgetc): later ones (by C name) get a trailing _ per clash.</summary>
    static void UniqueCsNames(List<BoundFunction> bound)
    {
        foreach (var g in bound.Select((f, i) => (f, i)).GroupBy(x => x.f.CsName).Where(g => g.Count() > 1))
        {
            var k = 0;
            foreach (var (f, i) in g.OrderBy(x => x.f.CName, StringComparer.Ordinal).Skip(1))
                bound[i] = f with { CsName = f.CsName + new string('_', ++k) };
        }
    }

    static void CheckDuplicateNames(BindContext ctx, List<BoundFunction> bound)
    {
        foreach (var g in bound.GroupBy(f => f.PyName).Where(g => g.Count() > 1))
            ctx.Diagnostics.Error(ctx.Spec.Functions.GetValueOrDefault(g.Last().CName)?.At("name") ?? g.Last().Location,
                $"two functions are named '{g.Key}' in the module: {string.Join(", ", g.Select(f => f.CName))}");
    }
}
