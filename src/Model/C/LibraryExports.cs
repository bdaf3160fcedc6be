namespace Bindgen.Model.C;

/// <summary>
/// What the spec's libraries export (their ELF .dynsym), read once by the CLI and handed to the binder: a function or
/// global the headers declare but no library file exports is skipped, since calling it fails at import or load time.
/// Null (no exports) means the library files were not found: everything binds as declared.
/// </summary>
public sealed record LibraryExports(IReadOnlyList<string> Files, IReadOnlySet<string> Names)
{
    /// <summary>The library files as diagnostics name them ("libdemo.so", or "libz.so.1 and libm.so.6").</summary>
    public string Display => string.Join(" and ", Files.Select(Path.GetFileName));

    public bool Exports(string name) => Names.Contains(name);
}
