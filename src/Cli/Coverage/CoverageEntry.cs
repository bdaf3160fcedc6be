namespace Bindgen.Cli.Coverage;

public enum CoverageState { Bound, Skipped, Failed }

/// <summary>One declaration of the headers and what became of it. Kind is one of CoverageEntry.Kinds.</summary>
public sealed record CoverageEntry(string Kind, string Name, CoverageState State, string? Reason = null)
{
    public static readonly string[] Kinds = ["functions", "structs", "unions", "enums", "typedefs", "macros", "variables"];
}
