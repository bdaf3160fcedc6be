using System.Text.RegularExpressions;
using Bindgen.Model;
using Bindgen.Model.Spec;
using YamlDotNet.RepresentationModel;

namespace Bindgen.Spec;

/// <summary>
/// One mapping of the spec read against its <see cref="NodeSchema"/>: on construction every key is checked
/// (unknown keys, value shapes, allowed values, required keys) and every problem is reported; the typed
/// getters then return only values that passed, or null. Nested nodes are read eagerly, so constructing the
/// root reader validates the whole document.
/// </summary>
internal sealed class NodeReader
{
    private readonly SpecContext _ctx;
    private readonly Dictionary<string, object> _values = new();
    private readonly Dictionary<string, SourceLocation> _keyAt = new();
    private readonly Dictionary<string, SourceLocation> _keyLocations = new();

    public NodeSchema Schema { get; }
    /// <summary>Dotted path of this node for messages ("functions.compress2.params.dest"; "" at top level).</summary>
    public string Path { get; }
    /// <summary>Position of the key that introduces this node (of the mapping itself at top level).</summary>
    public SourceLocation Location { get; }
    /// <summary>Position of each key's value, plus "KEY[i]" for list items and "KEY.NAME" for entries of a scalar map.</summary>
    public IReadOnlyDictionary<string, SourceLocation> KeyLocations => _keyLocations;

    public NodeReader(SpecContext ctx, string kind, string path, YamlMappingNode? map, SourceLocation location, SourceLocation mapStart)
    {
        _ctx = ctx;
        Schema = SpecSchema.Get(kind);
        Path = path;
        Location = location;
        if (map != null) ReadEntries(map);
        foreach (var k in Schema.Keys.Where(k => k.Required && !_keyAt.ContainsKey(k.Key)))
            _ctx.Error(mapStart, path.Length == 0 ? $"missing required key '{k.Key}'" : $"missing required key '{k.Key}' in {path}");
    }

    private void ReadEntries(YamlMappingNode map)
    {
        foreach (var (keyNode, value) in map.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key })
            {
                _ctx.Error(keyNode.Start, $"expected a key name {SpecContext.Where(Path)}, got {YamlScalars.Describe(keyNode)}");
                continue;
            }
            var schema = Schema.Find(key);
            if (schema == null)
            {
                _ctx.Error(keyNode.Start, UnknownKeyMessage(key));
                continue;
            }
            _keyAt[key] = _ctx.Loc(keyNode);
            _keyLocations[key] = _ctx.Loc(value);
            var v = ReadValue(schema, key, value);
            if (v != null) _values[key] = v;
        }
    }

    private string UnknownKeyMessage(string key)
    {
        var where = SpecContext.Where(Path);
        if (key == "<<") return $"merge keys ('<<') are not supported {where}; write the keys out";
        if (Suggest.Closest(key, Schema.KeyNames) is { } s) return $"unknown key '{key}' {where}; did you mean '{s}'?";
        return Schema.Keys.Count == 0
            ? $"unknown key '{key}' {where}; it takes no keys"
            : $"unknown key '{key}' {where}; valid keys: {string.Join(", ", Schema.KeyNames)}";
    }

    private object? ReadValue(KeySchema k, string key, YamlNode value)
    {
        var at = SpecContext.Join(Path, key);
        switch (k.Shape)
        {
            case ValueShape.String: return ReadString(k, at, value);
            case ValueShape.Expr: return ReadString(k, at, value, "a C expression (string) or an integer");
            case ValueShape.Bool: return ReadBool(at, value);
            case ValueShape.Int: return ReadInt(at, value);
            case ValueShape.Enum: return ReadEnum(k, at, value);
            case ValueShape.Scalar:
                if (value is YamlScalarNode sc) return YamlScalars.Classify(sc);
                return Mismatch(at, "a scalar value", value);
            case ValueShape.StringList: return ReadList(key, at, value, allowSingle: false, ints: false);
            case ValueShape.StringOrList: return ReadList(key, at, value, allowSingle: true, ints: false);
            case ValueShape.IntList: return ReadList(key, at, value, allowSingle: false, ints: true);
            case ValueShape.ScalarMap: return ReadScalarMap(key, at, value);
            case ValueShape.Node:
                if (value is YamlMappingNode m) return Child(k.NodeKind!, at, m, _keyAt[key], value);
                return Mismatch(at, "a mapping", value);
            case ValueShape.OptionalNode:
                if (value is YamlMappingNode om) return Child(k.NodeKind!, at, om, _keyAt[key], value);
                if (YamlScalars.IsNull(value)) return Child(k.NodeKind!, at, null, _keyAt[key], value);
                return Mismatch(at, "a mapping or nothing", value);
            case ValueShape.NodeMap: return ReadNodeMap(k, at, value);
            case ValueShape.NameOrNode:
                if (value is YamlMappingNode im) return Child(k.NodeKind!, at, im, _keyAt[key], value);
                if (value is YamlScalarNode ns && !YamlScalars.IsNull(ns)) return ns.Value!;
                return Mismatch(at, $"the name of an entry of '{k.RefersTo}' or an inline mapping", value);
            default: throw new InvalidOperationException($"unhandled shape {k.Shape}");
        }
    }

    private NodeReader Child(string kind, string path, YamlMappingNode? map, SourceLocation location, YamlNode start) =>
        new(_ctx, kind, path, map, location, _ctx.Loc(start));

    private object? Mismatch(string at, string expected, YamlNode value, string hint = "")
    {
        _ctx.Error(value.Start, $"{at}: expected {expected}, got {YamlScalars.Describe(value)}{hint}");
        return null;
    }

    private string? ReadString(KeySchema k, string at, YamlNode value, string expected = "a string")
    {
        if (value is not YamlScalarNode s || YamlScalars.IsNull(s)) return (string?)Mismatch(at, expected, value);
        var text = s.Value ?? "";
        if (k.Pattern != null && !Regex.IsMatch(text, k.Pattern))
            return (string?)Mismatch(at, k.PatternHint ?? $"a string matching {k.Pattern}", value);
        return text;
    }

    private object? ReadBool(string at, YamlNode value)
    {
        if (value is not YamlScalarNode s) return Mismatch(at, "true or false", value);
        if (YamlScalars.Bool(s) is { } b) return b;
        var hint = (s.Value ?? "").ToLowerInvariant() switch
        {
            "true" or "false" => " (quoted, so a string); write it without quotes",
            "yes" or "y" or "on" => "; did you mean 'true'?",
            "no" or "n" or "off" => "; did you mean 'false'?",
            _ => "",
        };
        return Mismatch(at, "true or false", value, hint);
    }

    private object? ReadInt(string at, YamlNode value)
    {
        if (value is not YamlScalarNode s) return Mismatch(at, "an integer", value);
        if (YamlScalars.Int(s, out var overflow) is { } i) return i;
        return Mismatch(at, overflow ? "an integer that fits in 64 bits" : "an integer", value);
    }

    private string? ReadEnum(KeySchema k, string at, YamlNode value)
    {
        var expected = k.AllowedValues.Count == 1 ? $"'{k.AllowedValues[0]}'" : $"one of {string.Join(", ", k.AllowedValues)}";
        if (value is not YamlScalarNode s) return (string?)Mismatch(at, expected, value);
        var text = s.Value ?? "";
        if (k.AllowedValues.Contains(text)) return text; // before the null check: `kind: null` is a value
        if (YamlScalars.IsNull(s)) return (string?)Mismatch(at, expected, value);
        return (string?)Mismatch(at, expected, value, Suggest.Hint(text, k.AllowedValues));
    }

    private object? ReadList(string key, string at, YamlNode value, bool allowSingle, bool ints)
    {
        var what = ints ? "an integer" : "a string";
        if (allowSingle && value is YamlScalarNode single && !YamlScalars.IsNull(single))
            return new List<string> { single.Value ?? "" };
        if (value is not YamlSequenceNode seq)
            return Mismatch(at, allowSingle ? "a string or a list of strings" : $"a list of {(ints ? "integers" : "strings")}", value);
        var strings = new List<string>();
        var numbers = new List<long>();
        int i = 0;
        foreach (var item in seq.Children)
        {
            var itemAt = $"{at}[{i}]";
            _keyLocations[$"{key}[{i}]"] = _ctx.Loc(item);
            i++;
            if (ints)
            {
                if (ReadInt(itemAt, item) is long n) numbers.Add(n);
            }
            else if (item is YamlScalarNode s && !YamlScalars.IsNull(s)) strings.Add(s.Value ?? "");
            else Mismatch(itemAt, what, item);
        }
        return ints ? numbers : strings;
    }

    private object? ReadScalarMap(string key, string at, YamlNode value)
    {
        if (value is not YamlMappingNode map) return Mismatch(at, "a mapping of NAME: VALUE", value);
        var result = new List<KeyValuePair<string, string>>();
        foreach (var (k, v) in map.Children)
        {
            if (k is not YamlScalarNode { Value: { } name } || YamlScalars.IsNull(k))
            {
                Mismatch(at, "a name", k);
                continue;
            }
            _keyLocations[$"{key}.{name}"] = _ctx.Loc(k);
            if (v is not YamlScalarNode s) { Mismatch(SpecContext.Join(at, name), "a scalar value (or nothing)", v); continue; }
            result.Add(new(name, YamlScalars.IsNull(s) ? "" : s.Value ?? ""));
        }
        return result;
    }

    private object? ReadNodeMap(KeySchema k, string at, YamlNode value)
    {
        if (YamlScalars.IsNull(value)) return new List<(string, NodeReader)>();
        if (value is not YamlMappingNode map) return Mismatch(at, $"a mapping of NAME: {{...}}", value);
        var result = new List<(string, NodeReader)>();
        foreach (var (kn, v) in map.Children)
        {
            if (kn is not YamlScalarNode { Value: { } name } || YamlScalars.IsNull(kn))
            {
                Mismatch(at, "a name", kn);
                continue;
            }
            var entryPath = SpecContext.Join(at, name);
            if (v is YamlMappingNode m) result.Add((name, Child(k.NodeKind!, entryPath, m, _ctx.Loc(kn), v)));
            else if (YamlScalars.IsNull(v)) result.Add((name, Child(k.NodeKind!, entryPath, null, _ctx.Loc(kn), v)));
            else Mismatch(entryPath, "a mapping", v);
        }
        return result;
    }

    // ---- typed getters: only values that passed validation; the key must be in the schema with that shape ----

    private T? Get<T>(string key, params ValueShape[] shapes) where T : class
    {
        var k = Schema.Find(key) ?? throw new InvalidOperationException($"key '{key}' is not in the schema of {Schema.Kind}");
        if (!shapes.Contains(k.Shape)) throw new InvalidOperationException($"key '{key}' of {Schema.Kind} is {k.Shape}, not {string.Join("/", shapes)}");
        return _values.TryGetValue(key, out var v) ? (T)v : null;
    }

    /// <summary>Whether the key was written (even with an invalid value).</summary>
    public bool Has(string key) => _keyAt.ContainsKey(key);
    /// <summary>Position of the key itself (the node's location when absent).</summary>
    public SourceLocation KeyAt(string key) => _keyAt.TryGetValue(key, out var l) ? l : Location;
    /// <summary>Position of the key's value (the node's location when absent).</summary>
    public SourceLocation ValueAt(string key) => _keyLocations.TryGetValue(key, out var l) ? l : Location;

    public string? String(string key) => Get<string>(key, ValueShape.String, ValueShape.Expr, ValueShape.Enum);
    public string? Enum(string key) => Get<string>(key, ValueShape.Enum);
    public bool? Bool(string key) => Get<object>(key, ValueShape.Bool) is bool b ? b : null;
    public long? Int(string key) => Get<object>(key, ValueShape.Int) is long i ? i : null;
    public ScalarValue? Scalar(string key) => Get<ScalarValue>(key, ValueShape.Scalar);
    public IReadOnlyList<string>? Strings(string key) => Get<List<string>>(key, ValueShape.StringList, ValueShape.StringOrList);
    public IReadOnlyList<long>? Ints(string key) => Get<List<long>>(key, ValueShape.IntList);
    public IReadOnlyList<KeyValuePair<string, string>>? ScalarMap(string key) => Get<List<KeyValuePair<string, string>>>(key, ValueShape.ScalarMap);
    public NodeReader? Node(string key) => Get<NodeReader>(key, ValueShape.Node, ValueShape.OptionalNode);
    public IReadOnlyList<(string Name, NodeReader Node)> Entries(string key) =>
        Get<List<(string, NodeReader)>>(key, ValueShape.NodeMap) ?? [];

    /// <summary>For NameOrNode keys: the name written, or the inline node.</summary>
    public (string? Name, NodeReader? Inline) NameOrNode(string key) => Get<object>(key, ValueShape.NameOrNode) switch
    {
        string s => (s, null),
        NodeReader n => (null, n),
        _ => (null, null),
    };

    public void Error(SourceLocation at, string message) => _ctx.Error(at, message);
}
