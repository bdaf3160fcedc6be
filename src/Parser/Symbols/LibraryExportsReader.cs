using Bindgen.Model;
using Bindgen.Model.C;
using Bindgen.Model.Spec;

namespace Bindgen.Parser.Symbols;

/// <summary>
/// The binder's LibraryExports for a spec: `library_name` entries are alternatives (the bindings load the first that
/// loads), so the first one found is read; without `library_name` every lib&lt;library&gt;.so is read. A library that
/// cannot be found or read gives one warning and no exports (everything binds as declared).
/// </summary>
public static class LibraryExportsReader
{
    public static LibraryExports? Read(BindingSpec spec, DiagnosticBag diagnostics, string? ldLibraryPath = null)
    {
        if (spec.Library.Count == 0 && spec.LibraryName.Count == 0) return null;
        var at = spec.At(spec.LibraryName.Count > 0 ? "library_name" : "library");
        List<string> files = new();
        if (spec.LibraryName.Count > 0)
        {
            var found = spec.LibraryName.Select(n => LibraryLocator.Find(n, ldLibraryPath)).FirstOrDefault(f => f is not null);
            if (found is null) return NotFound(diagnostics, at, string.Join(" or ", spec.LibraryName));
            files.Add(found);
        }
        else
        {
            foreach (var lib in spec.Library)
            {
                var name = $"lib{lib}.so";
                if (LibraryLocator.Find(name, ldLibraryPath) is not { } f) return NotFound(diagnostics, at, name);
                files.Add(f);
            }
        }
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var f in files)
        {
            try { names.UnionWith(ElfDynamicSymbols.Read(f)); }
            catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
            {
                diagnostics.Warning(at, $"cannot read the exported symbols of {f} ({e.Message}): functions are bound without checking that the library exports them");
                return null;
            }
        }
        return new LibraryExports(files, names);
    }

    static LibraryExports? NotFound(DiagnosticBag diagnostics, SourceLocation at, string what)
    {
        diagnostics.Warning(at, $"library {what} not found (LD_LIBRARY_PATH, ld.so cache, standard directories): functions are bound without checking that the library exports them");
        return null;
    }
}
