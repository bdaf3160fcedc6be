using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bindgen.Model;

/// <summary>The one JSON form of the C model and the IR: stable key order (declaration order), snake_case, nulls left out.</summary>
public static class ModelJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = null,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        IndentSize = 2,
        NewLine = "\n",
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options) + "\n";

    /// <summary>Serializes with source locations as "file:line:col", files under baseDir made relative so output is machine-independent.</summary>
    public static string Serialize<T>(T value, string baseDir)
    {
        var options = new JsonSerializerOptions(Options);
        options.Converters.Add(new LocationConverter(Path.GetFullPath(baseDir)));
        return JsonSerializer.Serialize(value, options) + "\n";
    }

    sealed class LocationConverter(string baseDir) : JsonConverter<SourceLocation>
    {
        public override SourceLocation Read(ref Utf8JsonReader reader, Type t, JsonSerializerOptions o) => throw new NotSupportedException();
        public override void Write(Utf8JsonWriter writer, SourceLocation value, JsonSerializerOptions o)
        {
            var file = value.File;
            if (Path.IsPathRooted(file) && file.StartsWith(baseDir + Path.DirectorySeparatorChar)) file = Path.GetRelativePath(baseDir, file);
            writer.WriteStringValue($"{file}:{value.Line}:{value.Column}");
        }
    }
}
