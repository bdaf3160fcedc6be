using System.Text;
using Bindgen.Parser.Clang;
using Bindgen.Parser.Interop;

namespace Bindgen.Tests.Parser;

/// <summary>
/// The generated libclang API (src/Parser/Interop/Generated, from the root bindings.yaml) above the Native layer the
/// parser calls: void* handles as SafeHandles, a string_array, a callback taking CXCursor by value, an out array
/// freed with clang_disposeTokens, all against the real libclang.
/// </summary>
public unsafe class GeneratedInteropTests
{
    [Fact]
    public void ParsesVisitsAndTokenizesThroughTheGeneratedWrappers()
    {
        LibclangLoader.EnsureLoaded();
        using var index = new CXIndex(0, 0);
        var name = Encoding.UTF8.GetBytes("/virtual/t.h\0");
        var text = Encoding.UTF8.GetBytes("int add(int a, int b);\nstruct point { int x, y; };\n#define ANSWER (40 + 2)\n");
        fixed (byte* n = name)
        fixed (byte* t = text)
        {
            CXUnsavedFile[] unsaved = [new(n, t, (nuint)text.Length)];
            var error = Libclang.ClangParseTranslationUnit2(index, "/virtual/t.h", ["-xc", "-std=c11"], unsaved,
                (uint)CXTranslationUnit_Flags.DetailedPreprocessingRecord, out var tu);
            Assert.Equal(CXErrorCode.Success, error);
            using (tu)
            {
                var decls = new List<string>();
                CXCursor macro = default;
                Libclang.ClangVisitChildren(Libclang.ClangGetTranslationUnitCursor(tu!), (cursor, parent) =>
                {
                    var kind = Libclang.ClangGetCursorKind(cursor);
                    var spelling = Libclang.ClangGetCursorSpelling(cursor);
                    if (kind is CXCursorKind.FunctionDecl or CXCursorKind.StructDecl) decls.Add($"{kind} {spelling}");
                    if (kind == CXCursorKind.MacroDefinition && spelling == "ANSWER") macro = cursor;
                    return CXChildVisitResult.Continue;
                });
                Assert.Equal(["FunctionDecl add", "StructDecl point"], decls);
                Assert.Contains("clang version 14", Libclang.ClangGetClangVersion());

                Libclang.ClangTokenize(tu!, Libclang.ClangGetCursorExtent(macro), out var tokens);
                Assert.Equal(["ANSWER", "(", "40", "+", "2", ")"], tokens.Select(k => Libclang.ClangGetTokenSpelling(tu!, k)));
                Assert.Equal(CXTokenKind.Literal, Libclang.ClangGetTokenKind(tokens[2]));
            }
            Assert.True(tu!.IsClosed);
        }
    }

    [Fact]
    public void AnExceptionInTheVisitorSurfacesFromTheCall()
    {
        LibclangLoader.EnsureLoaded();
        using var index = new CXIndex(0, 0);
        var name = Encoding.UTF8.GetBytes("/virtual/u.h\0");
        var text = Encoding.UTF8.GetBytes("int a;\nint b;\n");
        fixed (byte* n = name)
        fixed (byte* t = text)
        {
            Libclang.ClangParseTranslationUnit2(index, "/virtual/u.h", [], [new CXUnsavedFile(n, t, (nuint)text.Length)], 0, out var tu);
            using (tu)
            {
                var seen = 0;
                var e = Assert.Throws<InvalidOperationException>(() => Libclang.ClangVisitChildren(Libclang.ClangGetTranslationUnitCursor(tu!), (c, p) =>
                {
                    seen++;
                    throw new InvalidOperationException("from the visitor");
                }));
                Assert.Equal("from the visitor", e.Message);
                Assert.True(seen >= 1);
            }
        }
    }
}
