using System.Runtime.InteropServices;
using System.Text;
using Bindgen.Model.C;
using Bindgen.Parser.Clang;
using Bindgen.Parser.Interop;
using static Bindgen.Parser.Interop.Libclang.Native;

namespace Bindgen.Parser.Macros;

/// <summary>
/// Lets clang itself decide what a macro means: one extra translation unit includes the same
/// headers and declares `static const __auto_type __bindgen_m_NAME = (NAME);` per candidate,
/// one per line. `static` demands a constant initializer, so anything that is not a compile-time
/// constant fails on its own line and is dropped; the rest is read back with clang_Cursor_Evaluate.
/// </summary>
internal static unsafe class MacroEvaluator
{
    private const string Prefix = "__bindgen_m_";

    public static List<CMacro> Evaluate(CompilerArguments arguments, IReadOnlyList<MacroCandidate> candidates)
    {
        var result = new List<CMacro>();
        if (candidates.Count == 0) return result;

        var source = new StringBuilder(arguments.IncludeLines());
        var firstLine = source.ToString().Count(c => c == '\n') + 1;
        foreach (var candidate in candidates)
            source.Append("static const __auto_type ").Append(Prefix).Append(candidate.Name).Append(" = (").Append(candidate.Name).Append(");\n");

        // -w: warnings about unused statics are noise here; errors are what tell constants apart.
        using var tu = TranslationUnit.Parse(CompilerArguments.MainFileName, source.ToString(), [.. arguments.Args, "-w"],
            CXTranslationUnit_Flags.SkipFunctionBodies);
        var failedLines = tu.Diagnostics(CXDiagnosticSeverity.Error)
            .Where(d => d.FileName == CompilerArguments.MainFileName)
            .Select(d => d.Position.Line)
            .ToHashSet();

        var values = new Dictionary<int, CMacro>();
        foreach (var cursor in tu.Cursor.Children())
        {
            if (cursor.Kind() != CXCursorKind.VarDecl) continue;
            var pos = TranslationUnit.Expansion(clang_getCursorLocation(cursor));
            var index = pos.Line - firstLine;
            if (index < 0 || index >= candidates.Count || failedLines.Contains(pos.Line)) continue;
            if (tu.FileName(pos.File) != CompilerArguments.MainFileName) continue;
            var candidate = candidates[index];
            if (Read(cursor, candidate) is { } macro) values[index] = macro;
        }
        for (var i = 0; i < candidates.Count; i++)
            if (values.TryGetValue(i, out var macro)) result.Add(macro);
        return result;
    }

    private static CMacro? Read(CXCursor variable, MacroCandidate candidate)
    {
        var blank = new CMacro(candidate.Name, candidate.Location, CMacroKind.Integer) { Expression = candidate.Expression, Doc = candidate.Doc };
        var eval = clang_Cursor_Evaluate(variable);
        if (eval != null)
        {
            try
            {
                switch (clang_EvalResult_getKind(eval))
                {
                    case Libclang.CXEval_Int:
                        var unsigned = clang_EvalResult_isUnsignedInt(eval) != 0;
                        return blank with
                        {
                            IntValue = unsigned ? unchecked((long)clang_EvalResult_getAsUnsigned(eval)) : clang_EvalResult_getAsLongLong(eval),
                            Unsigned = unsigned,
                        };
                    case Libclang.CXEval_Float:
                        return blank with { Kind = CMacroKind.Float, FloatValue = clang_EvalResult_getAsDouble(eval) };
                    case Libclang.CXEval_StrLiteral:
                        return blank with { Kind = CMacroKind.String, StringValue = Marshal.PtrToStringUTF8((nint)clang_EvalResult_getAsStr(eval)) };
                }
            }
            finally
            {
                clang_EvalResult_dispose(eval);
            }
        }
        // A parenthesized string literal decays to char* and libclang's evaluator gives up on it;
        // the literal itself is still right there under the parentheses.
        return StringLiteralUnder(variable) is { } literal && CLiteral.DecodeString(literal) is { } text
            ? blank with { Kind = CMacroKind.String, StringValue = text }
            : null;
    }

    private static string? StringLiteralUnder(CXCursor variable)
    {
        var pointee = clang_getPointeeType(variable.Type().Canonical());
        if (pointee.kind is not (CXTypeKind.CharS or CXTypeKind.CharU)) return null;
        var node = variable.Children();
        while (node.Count == 1)
        {
            var child = node[0];
            if (child.Kind() == CXCursorKind.StringLiteral) return child.Spelling();
            // Only implicit casts and parentheses may sit between the initializer and the literal.
            if (child.Kind() is not (CXCursorKind.UnexposedExpr or CXCursorKind.ParenExpr)) return null;
            node = child.Children();
        }
        return null;
    }
}
