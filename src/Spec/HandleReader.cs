using Bindgen.Model.Spec;

namespace Bindgen.Spec;

/// <summary>`handles.TYPE`.</summary>
internal static class HandleReader
{
    public static HandleSpec Read(string type, NodeReader r) => new()
    {
        CType = type,
        Location = r.Location,
        KeyLocations = r.KeyLocations,
        Class = r.String("class"),
        Constructor = r.String("constructor"),
        Destructor = r.String("destructor"),
        Methods = r.String("methods"),
        MethodPrefix = r.String("method_prefix"),
        Type = r.String("type"),
        Allocate = r.Bool("allocate") ?? false,
    };
}
