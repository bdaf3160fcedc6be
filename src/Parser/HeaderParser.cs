using Bindgen.Model;
using Bindgen.Model.C;
using Bindgen.Parser.Clang;
using Bindgen.Parser.Interop;
using Bindgen.Parser.Macros;
using Bindgen.Parser.Reading;

namespace Bindgen.Parser;

/// <summary>Parses the spec's C headers with libclang into the C model.</summary>
public static class HeaderParser
{
    public static CHeader Parse(ParseRequest request)
    {
        LibclangLoader.EnsureLoaded();
        var headers = HeaderResolver.Resolve(request.Headers, request.SearchDirs);
        var arguments = new CompilerArguments(headers, request);

        var includes = arguments.IncludeLines();
        var macroFunctions = new MacroFunctions(request.MacroFunctions);
        var main = includes + macroFunctions.Prototypes(includes.Count(c => c == '\n') + 1);
        using var tu = TranslationUnit.Parse(CompilerArguments.MainFileName, main,
            // Ordinary /* */ comments are docs too (zlib, sqlite); clang only attaches /** */ ones by default.
            [.. arguments.Args, "-fparse-all-comments"],
            CXTranslationUnit_Flags.DetailedPreprocessingRecord);
        ThrowOnErrors(tu, macroFunctions);

        var ctx = new ParseContext(tu, headers, request.IncludeGlobs, request.NamedDeclarations);
        var walker = new DeclarationWalker(ctx);
        walker.Walk();
        var macros = MacroEvaluator.Evaluate(arguments, walker.MacroCandidates);
        var constants = macros.Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        var notConstant = walker.MacroCandidates.Where(c => !constants.Contains(c.Name))
            .Select(c => new CSkippedMacro(c.Name, c.Location, "not a compile-time constant"));

        var functions = walker.Functions.Concat(MacroInference.Infer(walker.Functions, walker.FunctionLikeMacros)).ToList();
        return new CHeader(headers, functions, walker.Records, walker.Enums, walker.Typedefs, macros, walker.Variables)
        {
            Diagnostics = ctx.Diagnostics,
            SkippedMacros = walker.SkippedMacros.Concat(notConstant).OrderBy(m => m.Location.Line).ThenBy(m => m.Name, StringComparer.Ordinal).ToList(),
        };
    }

    /// <summary>A header that does not compile gives a model nobody should trust: stop with every error clang saw.</summary>
    private static void ThrowOnErrors(TranslationUnit tu, MacroFunctions macroFunctions)
    {
        var errors = tu.Diagnostics(Interop.CXDiagnosticSeverity.Error);
        if (errors.Count == 0) return;
        var lines = errors.Select(e =>
            e.FileName == CompilerArguments.MainFileName && macroFunctions.Explain(e.Position.Line, e.Message) is { } explained ? $"error: {explained}"
            : e.FileName.Length == 0 ? $"error: {e.Message}" : $"{e.FileName}:{e.Position.Line}:{e.Position.Column}: error: {e.Message}");
        throw new BindgenException(string.Join("\n", lines));
    }
}
