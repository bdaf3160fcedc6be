namespace Bindgen.Spec;

/// <summary>The shape a key's value must have. The readers validate against it; a JSON Schema can be generated from it.</summary>
public enum ValueShape
{
    /// <summary>Any non-null scalar, taken as text.</summary>
    String,
    /// <summary>A plain <c>true</c> or <c>false</c>.</summary>
    Bool,
    /// <summary>A plain integer literal (decimal, 0x hex, 0o octal, 0b binary; may be negative).</summary>
    Int,
    /// <summary>A scalar that is one of <see cref="KeySchema.AllowedValues"/>.</summary>
    Enum,
    /// <summary>A small C expression as a string, or an integer.</summary>
    Expr,
    /// <summary>Any scalar, kept with its kind (null, bool, int, float, string).</summary>
    Scalar,
    /// <summary>A list of strings.</summary>
    StringList,
    /// <summary>A string or a list of strings.</summary>
    StringOrList,
    /// <summary>A list of integers.</summary>
    IntList,
    /// <summary>A mapping NAME → scalar (text; null or empty → "").</summary>
    ScalarMap,
    /// <summary>A mapping whose keys are described by the node kind <see cref="KeySchema.NodeKind"/>.</summary>
    Node,
    /// <summary>Like <see cref="Node"/>, but null (nothing written) is accepted and means "all defaults".</summary>
    OptionalNode,
    /// <summary>A mapping NAME → node of kind <see cref="KeySchema.NodeKind"/> (a null entry means "all defaults").</summary>
    NodeMap,
    /// <summary>A string naming an entry of a top-level map, or an inline mapping of kind <see cref="KeySchema.NodeKind"/>.</summary>
    NameOrNode,
}

/// <summary>One key of a node kind: its value shape, allowed values, and what it means.</summary>
public sealed record KeySchema(string Key, ValueShape Shape, string Description)
{
    public bool Required { get; init; }
    /// <summary>For <see cref="ValueShape.Enum"/>: the allowed scalar texts, in the order they are listed to users.</summary>
    public IReadOnlyList<string> AllowedValues { get; init; } = [];
    /// <summary>For Node, OptionalNode, NodeMap, NameOrNode: the node kind of the value (or of each entry).</summary>
    public string? NodeKind { get; init; }
    /// <summary>For NameOrNode: the top-level key whose entries the name refers to (e.g. "errors").</summary>
    public string? RefersTo { get; init; }
    /// <summary>A regular expression the scalar text must match (for String), e.g. a Python version.</summary>
    public string? Pattern { get; init; }
    /// <summary>What a matching value looks like, for messages about <see cref="Pattern"/>.</summary>
    public string? PatternHint { get; init; }
}

/// <summary>A kind of mapping in bindings.yaml and its keys.</summary>
public sealed record NodeSchema(string Kind, string Description, IReadOnlyList<KeySchema> Keys)
{
    public KeySchema? Find(string key) => Keys.FirstOrDefault(k => k.Key == key);
    public IEnumerable<string> KeyNames => Keys.Select(k => k.Key);
}

/// <summary>
/// The single table of every key SPEC.md defines, per node kind. The loader validates against it
/// (unknown keys, value shapes, allowed values, required keys); a JSON Schema is generated from it.
/// </summary>
public static class SpecSchema
{
    public const string Root = "root";
    public const string Targets = "targets";
    public const string Classic = "target.classic";
    public const string Abi3 = "target.abi3";
    public const string Hpy = "target.hpy";
    public const string Cffi = "target.cffi";
    public const string Cython = "target.cython";
    public const string CSharp = "target.csharp";
    public const string Error = "error";
    public const string MessageFrom = "message_from";
    public const string Handle = "handle";
    public const string Function = "function";
    public const string Param = "param";
    public const string Callback = "callback";
    public const string Returns = "returns";
    public const string Struct = "struct";
    public const string Field = "field";
    public const string Enum = "enum";
    public const string Stream = "stream";
    public const string StreamSide = "stream_side";

    private static KeySchema S(string key, string doc) => new(key, ValueShape.String, doc);
    private static KeySchema B(string key, string doc) => new(key, ValueShape.Bool, doc);
    private static KeySchema E(string key, string doc, params string[] values) => new(key, ValueShape.Enum, doc) { AllowedValues = values };
    private const string IdentifierPattern = "^[A-Za-z_][A-Za-z0-9_]*$";
    private const string IdentifierHint = "an identifier (letters, digits, '_'; not starting with a digit)";

    /// <summary>A string that must be an identifier in Python and C#.</summary>
    private static KeySchema Id(string key, string doc) =>
        new(key, ValueShape.String, doc) { Pattern = IdentifierPattern, PatternHint = IdentifierHint };

    private static KeySchema N(string key, ValueShape shape, string kind, string doc) => new(key, shape, doc) { NodeKind = kind };

    public static readonly IReadOnlyList<NodeSchema> Nodes =
    [
        new(Root, "A bindings.yaml file.",
        [
            Id("module", "Python module name / C# class name.") with { Required = true },
            new("headers", ValueShape.StringList, "Headers to parse; searched in include_dirs, the spec's folder, then the system include path.") { Required = true },
            new("include_dirs", ValueShape.StringList, "Include directories, relative to the spec file."),
            new("defines", ValueShape.ScalarMap, "-D definitions for the parser and for generated C code (NAME: VALUE; null for a bare define)."),
            new("clang_args", ValueShape.StringList, "Extra parser flags."),
            new("library", ValueShape.StringOrList, "Link name(s) (-lNAME) for compiled targets."),
            new("library_name", ValueShape.StringOrList, "File(s) loaded at run time (cffi ABI mode, C#); default lib<library>.so."),
            new("include", ValueShape.StringList, "Globs over C names to bind; default: everything declared in `headers`."),
            new("exclude", ValueShape.StringList, "Globs over C names to leave out."),
            new("macros", ValueShape.StringList, "Globs of object-like macros exported as constants."),
            new("macros_as_functions", ValueShape.ScalarMap, "Function-like macros bound as functions, each typed by a C signature: NAME: \"int (int x)\"; compiled targets call the macro from their own C code."),
            N("targets", ValueShape.Node, Targets, "Targets to generate and their options; default: all six."),
            N("errors", ValueShape.NodeMap, Error, "Named error conventions, used by name from `returns: {error: NAME}`."),
            N("handles", ValueShape.NodeMap, Handle, "Opaque types exposed as classes, keyed by C type (or by name when the entry gives `type:`)."),
            N("functions", ValueShape.NodeMap, Function, "Per-function annotations, keyed by C function name."),
            N("structs", ValueShape.NodeMap, Struct, "Per-struct options, keyed by C struct name."),
            N("enums", ValueShape.NodeMap, Enum, "Per-enum options, keyed by C enum name."),
        ]),
        new(Targets, "The targets to generate; a listed target with no options is written `classic: {}` or `classic:`.",
        [
            N("classic", ValueShape.OptionalNode, Classic, "CPython C extension (full API)."),
            N("abi3", ValueShape.OptionalNode, Abi3, "CPython C extension on the limited API (abi3)."),
            N("hpy", ValueShape.OptionalNode, Hpy, "HPy extension."),
            N("cffi", ValueShape.OptionalNode, Cffi, "cffi module."),
            N("cython", ValueShape.OptionalNode, Cython, "Cython module."),
            N("csharp", ValueShape.OptionalNode, CSharp, "C# P/Invoke bindings."),
        ]),
        new(Classic, "Options of the classic target (none).", []),
        new(Abi3, "Options of the abi3 target.",
        [
            S("limited_api", "Py_LIMITED_API version, e.g. \"3.8\".") with { Pattern = @"^3\.[0-9]+$", PatternHint = "a Python 3 version like \"3.8\"" },
        ]),
        new(Hpy, "Options of the HPy target.",
        [
            E("abi", "HPy ABI: universal or cpython.", "universal", "cpython"),
            E("version", "HPy API level to emit.", "0.0.4", "0.9"),
        ]),
        new(Cffi, "Options of the cffi target.",
        [
            E("mode", "api (compiled) or abi (dlopen).", "api", "abi"),
        ]),
        new(Cython, "Options of the Cython target (none).", []),
        new(CSharp, "Options of the C# target.",
        [
            S("namespace", "Namespace of the generated code (default: the module name in PascalCase).") with { Pattern = @"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$", PatternHint = "a C# namespace (identifiers separated by dots)" },
            Id("class", "Static class holding the functions (default: the namespace)."),
            E("visibility", "Extension: access modifier of every generated top-level type (default public).", "public", "internal"),
            B("project", "Extension: write <module>.csproj (default true); false for sources compiled into an existing project."),
        ]),
        new(Error, "An error convention.",
        [
            E("kind", "How failure is signalled.", "return_code", "null", "errno", "negative"),
            new("success", ValueShape.IntList, "return_code: the values that mean success (default [0])."),
            Id("exception", "Exception class created in the module (default <Module>Error)."),
            S("base", "Base class of the exception (default RuntimeError; errno: OSError)."),
            S("message", "Function(code) -> const char* giving the message."),
            N("message_from", ValueShape.Node, MessageFrom, "Message read from a handle parameter by a function."),
        ]),
        new(MessageFrom, "Where an error message is read from.",
        [
            S("function", "Function taking the handle and returning the message.") with { Required = true },
            S("arg", "The parameter of the failing function passed to `function`.") with { Required = true },
        ]),
        new(Handle, "An opaque pointer type exposed as a class.",
        [
            Id("class", "Python/C# class name (default: CamelCase of the type)."),
            S("constructor", "Function returning TYPE* or with a TYPE** out parameter; becomes __init__/the constructor."),
            S("destructor", "Function called exactly once on close, __exit__ or GC/finalizer."),
            S("methods", "Glob of functions whose first parameter is TYPE* that become methods."),
            S("method_prefix", "Prefix stripped from method names (default: the literal prefix of `methods`)."),
            S("type", "Extension: the C type; the entry's key is then only its name, so one C type can back several classes."),
            B("allocate", "Extension: the type is a complete struct; each object allocates zeroed storage for it, passed as the constructor's TYPE* parameter and freed after the destructor."),
        ]),
        new(Function, "Annotations of one C function.",
        [
            Id("name", "Python/C# name."),
            B("skip", "Do not bind this function."),
            E("gil", "Release the GIL around the C call.", "release"),
            S("doc", "Docstring (default: the header's comment)."),
            N("params", ValueShape.NodeMap, Param, "Per-parameter annotations, keyed by parameter name (p1, p2, ... for unnamed ones)."),
            N("returns", ValueShape.Node, Returns, "How the return value is treated."),
            N("stream", ValueShape.Node, Stream, "Extension: a method of an `allocate` handle whose input and output buffers travel through struct fields; takes `data` and returns bytes."),
        ]),
        new(Stream, "A streaming method: the struct fields that carry its input and output buffers.",
        [
            N("input", ValueShape.Node, StreamSide, "Fields that receive the input buffer.") with { Required = true },
            N("output", ValueShape.Node, StreamSide, "Fields that receive the free space of the output.") with { Required = true },
            new("chunk", ValueShape.Int, "Initial output size in bytes (default 16384); doubled whenever it is full."),
        ]),
        new(StreamSide, "A pointer field and its length field in the handle's struct.",
        [
            S("data", "The pointer field.") with { Required = true },
            S("length", "The integer field holding the length in bytes.") with { Required = true },
        ]),
        new(Param, "Annotations of one parameter.",
        [
            E("buffer", "Pointer parameter passed as a buffer.", "in", "out", "inout"),
            S("length", "Parameter carrying this buffer's length (hidden, filled in); also the byte length of a `string: utf8|bytes` input (embedded NUL allowed), the count of a `string_array` or of an `out` array (extension)."),
            E("length_unit", "Unit of `length` (default items).", "bytes", "items"),
            new("alloc", ValueShape.Expr, "For out buffers: the binding allocates EXPR bytes and returns them."),
            S("produced", "Pointer parameter receiving how much was written to this out buffer."),
            B("out", "Pointer to a scalar/struct written by C: hidden and returned. Extension: with `length`, a `T **` array C allocates, returned as a list (C# only so far)."),
            B("inout", "Pointer to a scalar: taken as a value and returned updated."),
            E("string", "char* as str (utf8) or bytes.", "utf8", "bytes"),
            E("string_array", "Extension: `const char *const *` with `length` as a list of str (utf8) or bytes; C# only so far.", "utf8", "bytes"),
            B("nullable", "None/null is passed as NULL."),
            E("transfer", "Ownership of the pointer moves to C.", "full"),
            new("default", ValueShape.Scalar, "Default value in Python/C#."),
            new("fixed", ValueShape.Scalar, "Hidden from the signature; always passed this value."),
            N("callback", ValueShape.Node, Callback, "A callable passed as a function pointer."),
            E("ownership", "For out parameters: borrowed (copy) or owned (copy, then free).", "borrowed", "owned"),
            S("free", "Function releasing an owned out value (implies ownership: owned). For an `out` array: one pointer, or parameters named like the function's own (clang_disposeTokens(TU, Tokens, NumTokens))."),
            S("handle", "For out parameters: the handle type of the produced object."),
        ]),
        new(Callback, "A function-pointer parameter bound to a callable.",
        [
            S("user_data", "The void* parameter that carries the callable."),
            E("scope", "call: used only during the call; forever: kept alive by the owning handle.", "call", "forever"),
        ]),
        new(Returns, "How a function's return value is treated.",
        [
            new("error", ValueShape.NameOrNode, "An error convention: the name of one in `errors`, or an inline one.") { NodeKind = Error, RefersTo = "errors" },
            E("string", "const char* returned as str (utf8) or bytes.", "utf8", "bytes"),
            E("ownership", "borrowed: copy, never free; owned: copy then call `free`.", "borrowed", "owned"),
            S("free", "Function releasing an owned return (implies ownership: owned)."),
            S("handle", "The pointer becomes an object of this handle type's class."),
            B("keep", "Keep the return code visible even with a return_code error."),
        ]),
        new(Struct, "Options of one struct.",
        [
            B("opaque", "Never expose fields; only pointers are passed."),
            N("fields", ValueShape.NodeMap, Field, "Per-field options, keyed by field name."),
            S("string_via", "Extension: a string struct (CXString): a function returning it returns the text this function (taking the struct by value, returning const char*) gives. C# only so far."),
            S("free", "Extension, with string_via: the function (taking the struct by value) releasing a returned one after its text was copied."),
        ]),
        new(Field, "Options of one struct field.",
        [
            B("readonly", "The field cannot be assigned from Python/C#."),
        ]),
        new(Enum, "Options of one enum.",
        [
            E("python", "Python type of the enum.", "IntEnum", "IntFlag", "int"),
            S("strip_prefix", "Prefix removed from member names."),
            Id("class", "Name of the enum type (default: the C name)."),
        ]),
    ];

    private static readonly Dictionary<string, NodeSchema> ByKind = Nodes.ToDictionary(n => n.Kind);

    /// <summary>The schema of a node kind (one of the constants of this class).</summary>
    public static NodeSchema Get(string kind) =>
        ByKind.TryGetValue(kind, out var n) ? n : throw new ArgumentException($"no spec node kind '{kind}'", nameof(kind));
}
