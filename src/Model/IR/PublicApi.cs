namespace Bindgen.Model.IR;

/// <summary>The names a generated Python module exports, whatever its target: what `bindgen package` re-exports
/// and the stubs declare. One list so that every backend offers the same public API.</summary>
public static class PublicApi
{
    public sealed record Names(
        IReadOnlyList<string> Exceptions, IReadOnlyList<string> Enums, IReadOnlyList<string> Structs,
        IReadOnlyList<string> Handles, IReadOnlyList<string> Functions, IReadOnlyList<string> Constants,
        IReadOnlyList<string> Variables)
    {
        /// <summary>Names bound once at import; globals (Variables) are read from the backend on each access instead.</summary>
        public IEnumerable<string> Eager => Exceptions.Concat(Enums).Concat(Structs).Concat(Handles).Concat(Functions).Concat(Constants);
        public IEnumerable<string> All => Eager.Concat(Variables);
        public IEnumerable<string> Classes => Exceptions.Concat(Enums).Concat(Structs).Concat(Handles);
    }

    public static Names Of(BoundModule m)
    {
        var constants = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in m.Constants) if (seen.Add(c.CName)) constants.Add(c.CName);
        // `python: int` enums: their members are plain module constants.
        foreach (var e in m.Enums.Where(e => e.Style == BoundEnumStyle.Int))
            foreach (var mem in e.Members) if (seen.Add(mem.CName)) constants.Add(mem.CName);
        return new Names(
            m.Errors.Select(e => e.ExceptionClass).Distinct().ToList(),
            m.Enums.Where(e => e.Style != BoundEnumStyle.Int).Select(e => e.ClassName).ToList(),
            m.Structs.Select(s => s.ClassName).ToList(),
            m.Handles.Select(h => h.ClassName).ToList(),
            m.Functions.Select(f => f.PyName).ToList(),
            constants,
            m.Variables.Select(v => v.PyName).ToList());
    }
}
