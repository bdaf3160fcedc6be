using Bindgen.Model.Spec;

namespace Bindgen.Spec;

/// <summary>`structs.NAME` and `enums.NAME`.</summary>
internal static class StructEnumReader
{
    public static StructSpec ReadStruct(string name, NodeReader r)
    {
        var fields = new Dictionary<string, FieldSpec>();
        foreach (var (field, fr) in r.Entries("fields"))
            fields[field] = new FieldSpec
            {
                CName = field,
                Location = fr.Location,
                KeyLocations = fr.KeyLocations,
                Readonly = fr.Bool("readonly") ?? false,
            };
        if (r.Has("free") && !r.Has("string_via"))
            r.Error(r.KeyAt("free"), $"{r.Path}: 'free' on a struct needs 'string_via'");
        if (r.Bool("opaque") == true && fields.Count > 0)
            r.Error(r.KeyAt("fields"), $"{r.Path}: an opaque struct has no fields to annotate; drop 'opaque' or 'fields'");
        return new StructSpec
        {
            CName = name,
            Location = r.Location,
            KeyLocations = r.KeyLocations,
            Opaque = r.Bool("opaque") ?? false,
            Fields = fields,
            StringVia = r.String("string_via"),
            Free = r.String("free"),
        };
    }

    public static EnumSpec ReadEnum(string name, NodeReader r) => new()
    {
        CName = name,
        Location = r.Location,
        KeyLocations = r.KeyLocations,
        Python = r.Enum("python") switch
        {
            "IntFlag" => EnumStyle.IntFlag,
            "int" => EnumStyle.Int,
            _ => EnumStyle.IntEnum,
        },
        StripPrefix = r.String("strip_prefix"),
        Class = r.String("class"),
    };
}
