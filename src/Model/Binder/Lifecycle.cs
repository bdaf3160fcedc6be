using System.Text.RegularExpressions;
using Bindgen.Model.C;

namespace Bindgen.Model.Binder;

/// <summary>
/// What a handle class's lifecycle owns: the member names every target's generated class defines (a method may
/// not take one: it would shadow close() or Dispose() and free the C object behind the binding's back), and the
/// functions that look like destructors (binding one as an ordinary function or method frees the object while
/// its Python/C# object stays open: a use after free, then a second free when the real destructor runs).
/// </summary>
public static partial class Lifecycle
{
    /// <summary>Members of the Python handle classes (classic, abi3, hpy, cffi, cython), public and internal.</summary>
    static readonly HashSet<string> PythonMembers =
    [
        "close", "__enter__", "__exit__", "__del__", "__init__", "__new__", "__cinit__", "__dealloc__", "__weakref__",
        "__slots__", "_ptr", "_owned", "_keep", "_wrap", "_adopt", "_get", "_detach", "_keep_callback", "_destructor",
    ];

    /// <summary>Members of the C# SafeHandle classes (SafeHandle's own, object's, and the generated helpers).</summary>
    static readonly HashSet<string> CSharpMembers =
    [
        "Close", "Dispose", "DangerousAddRef", "DangerousGetHandle", "DangerousRelease", "IsClosed", "IsInvalid",
        "SetHandleAsInvalid", "SetHandle", "ReleaseHandle", "Equals", "GetHashCode", "ToString", "GetType",
        "Finalize", "MemberwiseClone", "CallbackKeeper", "Adopted",
    ];

    /// <summary>
    /// Words that end an object's life. A function name's words (split at '_' and lower-to-upper case changes) are
    /// compared case-insensitively by their end, and only such a word that ends the name counts, or one followed only
    /// by a version (`v2`, `2`, `ex`) or words of the handle's type name: `sqlite3_close_v2`, `gzclose`,
    /// `XML_ParserFree`, `clang_disposeIndex` (handle CXIndex), `g_object_unref` match; `is_closed`, `freeze`,
    /// `sqlite3_db_release_memory` and `XML_FreeContentModel` (they free something else) do not.
    /// </summary>
    public static readonly string[] DestructorWords = ["close", "free", "destroy", "release", "dispose", "delete", "unref"];

    /// <summary>Also every dunder (a method named `__len__` or `__eq__` would change the class's protocol) and the emitters' `_bg_*`.</summary>
    public static bool IsPythonMember(string name) =>
        PythonMembers.Contains(name) || name.StartsWith("_bg_", StringComparison.Ordinal) ||
        (name.Length > 4 && name.StartsWith("__", StringComparison.Ordinal) && name.EndsWith("__", StringComparison.Ordinal));

    public static bool IsCSharpMember(string name) => CSharpMembers.Contains(name);

    /// <summary>The destructor word in F's name when F takes a handle of the spec, else null.</summary>
    public static string? DestructorWord(BindContext ctx, CFunction f)
    {
        var records = ctx.Handles.Values.Select(e => e.Record).ToHashSet();
        var handleTypes = f.Params.Select(p => ctx.HandleKeyOf(p.Type)).OfType<string>().Where(records.Contains)
            .SelectMany(k => ctx.Handles.Values.Where(e => e.Record == k).Select(e => e.Spec.TypeName).Append(k)).ToList();
        if (handleTypes.Count == 0) return null;
        var words = Words(f.Name);
        for (int i = words.Count - 1; i >= 0; i--)
        {
            if (DestructorWords.FirstOrDefault(d => words[i].EndsWith(d, StringComparison.OrdinalIgnoreCase)) is { } word) return word;
            var w = words[i];
            if (!Version().IsMatch(w) && !handleTypes.Any(t => t.Contains(w, StringComparison.OrdinalIgnoreCase))) return null;
        }
        return null;
    }

    static List<string> Words(string name) =>
        name.Split('_', StringSplitOptions.RemoveEmptyEntries).SelectMany(p => CaseChange().Split(p)).Where(w => w.Length > 0).ToList();

    [GeneratedRegex("^(v?[0-9]+|ex|Ex|EX)$")]
    private static partial Regex Version();

    [GeneratedRegex("(?<=[a-z0-9])(?=[A-Z])")]
    private static partial Regex CaseChange();
}
