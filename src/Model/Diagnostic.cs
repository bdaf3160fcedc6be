namespace Bindgen.Model;

public enum Severity { Warning, Error }

/// <summary>One problem found in a spec or header, printed as FILE:LINE:COL: error|warning: TEXT.</summary>
public sealed record Diagnostic(Severity Severity, SourceLocation Location, string Message)
{
    public static Diagnostic Error(SourceLocation at, string message) => new(Severity.Error, at, message);
    public static Diagnostic Warning(SourceLocation at, string message) => new(Severity.Warning, at, message);

    public override string ToString() =>
        $"{(Location.Line == 0 && Location.File.Length == 0 ? "" : $"{Location}: ")}{(Severity == Severity.Error ? "error" : "warning")}: {Message}";
}

/// <summary>Collects diagnostics so a run can report all problems at once.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = new();
    public IReadOnlyList<Diagnostic> Items => _items;
    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);
    public void Add(Diagnostic d) => _items.Add(d);
    public void AddRange(IEnumerable<Diagnostic> ds) => _items.AddRange(ds);
    public void Error(SourceLocation at, string message) => _items.Add(Diagnostic.Error(at, message));
    public void Warning(SourceLocation at, string message) => _items.Add(Diagnostic.Warning(at, message));
}

/// <summary>Thrown for a problem that stops the run (missing libclang, unreadable spec); the CLI prints it without a stack trace.</summary>
public sealed class BindgenException(string message) : Exception(message);
