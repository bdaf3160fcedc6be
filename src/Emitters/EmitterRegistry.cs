namespace Bindgen.Emitters;

/// <summary>The emitters that exist, by target name. A target not listed here is not implemented yet.</summary>
public static class EmitterRegistry
{
    static readonly List<IEmitter> All = new()
    {
        new CPython.ClassicEmitter(),
        new CPython.Abi3Emitter(),
        new Hpy.HpyEmitter(),
        new Cffi.CffiEmitter(),
        new Cython.CythonEmitter(),
        new CSharp.CSharpEmitter(),
    };

    public static IEmitter? Find(string target) => All.FirstOrDefault(e => e.Target == target);

    public static IReadOnlyList<string> Implemented => All.Select(e => e.Target).ToList();
}
