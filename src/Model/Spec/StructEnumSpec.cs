namespace Bindgen.Model.Spec;

/// <summary>`structs.NAME`.</summary>
public sealed record StructSpec : SpecNode
{
    public required string CName { get; init; }
    public bool Opaque { get; init; }
    /// <summary>Extension: a string struct (CXString): functions returning it return the text StringVia(value) gives.</summary>
    public string? StringVia { get; init; }
    /// <summary>Extension, with StringVia: releases a returned struct (by value) after the text was copied.</summary>
    public string? Free { get; init; }
    public IReadOnlyDictionary<string, FieldSpec> Fields { get; init; } = new Dictionary<string, FieldSpec>();
}

public sealed record FieldSpec : SpecNode
{
    public required string CName { get; init; }
    public bool Readonly { get; init; }
}

public enum EnumStyle { IntEnum, IntFlag, Int }

/// <summary>`enums.NAME`.</summary>
public sealed record EnumSpec : SpecNode
{
    public required string CName { get; init; }
    public EnumStyle Python { get; init; } = EnumStyle.IntEnum;
    public string? StripPrefix { get; init; }
    public string? Class { get; init; }
}
