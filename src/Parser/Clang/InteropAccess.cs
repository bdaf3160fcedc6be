namespace Bindgen.Parser.Interop;

// The generated value types keep libclang's private pointer fields private (they have no binding for users);
// the parser needs a few of them as identities and to fill CXUnsavedFile. Same-assembly partial declarations.

internal unsafe partial struct CXCursor
{
    /// <summary>data[0]: the Decl* of a declaration cursor.</summary>
    public readonly nint data0 => _data[0];
}

internal unsafe partial struct CXType
{
    public readonly nint data0 => _data[0];
    public readonly nint data1 => _data[1];
}

internal unsafe partial struct CXUnsavedFile
{
    public CXUnsavedFile(byte* filename, byte* contents, nuint length)
    {
        _Filename = (nint)filename;
        _Contents = (nint)contents;
        Length = (ulong)length;
    }
}
