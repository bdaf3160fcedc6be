using System.Text;

namespace Bindgen.Model.Binder;

/// <summary>Name rules of SPEC.md: keyword escaping with a trailing '_', CamelCase class names, PascalCase C# names.</summary>
public static class Naming
{
    static readonly HashSet<string> PythonKeywords =
    [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
        "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
        "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
        // Cython reserves these too; escaping them everywhere keeps one Python name per parameter.
        "cdef", "cpdef", "ctypedef", "cimport", "nogil", "gil", "include", "struct", "union", "enum", "extern", "inline", "public", "readonly",
    ];

    static readonly HashSet<string> CSharpKeywords =
    [
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
        "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
        "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock",
        "long", "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected",
        "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string",
        "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
        "using", "virtual", "void", "volatile", "while", "value",
    ];

    public static string PythonIdentifier(string name) => PythonKeywords.Contains(name) ? name + "_" : name;

    /// <summary>True when `obj.name` is not valid Python (the name is a keyword): generated code uses getattr/setattr.</summary>
    public static bool IsPythonKeyword(string name) => PythonKeywords.Contains(name);
    public static string CSharpIdentifier(string name) => CSharpKeywords.Contains(name) ? name + "_" : name;

    /// <summary>demo_counter → DemoCounter; sqlite3 → Sqlite3; XML_Parser → XmlParser.</summary>
    public static string CamelCase(string name)
    {
        var sb = new StringBuilder();
        foreach (var part in name.Split('_', StringSplitOptions.RemoveEmptyEntries))
        {
            bool allUpper = part.All(c => !char.IsLetter(c) || char.IsUpper(c));
            sb.Append(char.ToUpperInvariant(part[0]));
            sb.Append(allUpper ? part[1..].ToLowerInvariant() : part[1..]);
        }
        var s = sb.ToString();
        return s.Length == 0 ? "_" : char.IsDigit(s[0]) ? "_" + s : s;
    }

    /// <summary>C# method/member names: PascalCase of the Python name (compress → Compress, lzma_crc32 → LzmaCrc32).</summary>
    public static string Pascal(string name) => CamelCase(name);

    /// <summary>A stripped enum member must still be an identifier (Z_1 stripped of Z_ → _1).</summary>
    public static string SafeMember(string name) => name.Length == 0 || char.IsDigit(name[0]) ? "_" + name : name;
}
