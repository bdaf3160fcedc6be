using Bindgen.Model.Spec;

namespace Bindgen.Parser;

/// <summary>
/// Every C name a spec names explicitly (enums, structs, handles and their constructor/destructor, functions, error
/// message functions, free functions). The parser keeps these wherever the translation unit declares them, so an
/// umbrella header (`headers: [lib.h]` that only #includes `lib/*.h`) works; what no name asks for is still bound
/// only when `headers` declare it (or an include glob selects it).
/// </summary>
public static class NamedDeclarations
{
    public static IReadOnlyList<string> Of(BindingSpec spec)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        void Add(string? name) { if (!string.IsNullOrEmpty(name)) names.Add(name); }
        foreach (var (name, e) in spec.Enums) { Add(name); Add(e.CName); }
        foreach (var (name, s) in spec.Structs) { Add(name); Add(s.CName); Add(s.Free); Add(s.StringVia); }
        foreach (var (name, h) in spec.Handles)
        {
            Add(name); Add(h.CType); Add(h.Constructor); Add(h.Destructor);
            if (h.Methods is { } m && m.IndexOfAny(['*', '?', '[']) < 0) Add(m);
        }
        foreach (var (name, f) in spec.Functions)
        {
            Add(name); Add(f.CName); Add(f.Returns?.Free); AddError(f.Returns?.InlineError);
            foreach (var p in f.Params.Values) Add(p.Free);
        }
        foreach (var e in spec.Errors.Values) AddError(e);
        return names.ToList();

        void AddError(ErrorSpec? e) { Add(e?.Message); Add(e?.MessageFrom?.Function); }
    }
}
