using Bindgen.Emitters.Common;
using Bindgen.Model.IR;

namespace Bindgen.Emitters.Cython;

/// <summary>Stream methods: the input buffer, the call of the shared C loop (Common/StreamLowering) and its verbatim C block.</summary>
public sealed partial class FunctionLowering
{
    /// <summary>Declares and acquires the stream's input; returns the call of its C loop (assigned to _ss).</summary>
    string StreamInput(BoundFunction f, Code pre, Code body, List<string> fin, Code decls)
    {
        var s = f.Stream!;
        // A stream call drives the struct's fields: one call at a time per object (checked and set with the GIL).
        pre.Add("if self._bg_busy:");
        pre.Add($"    raise RuntimeError(\"{f.PyName}(): the object is in use by another call\")");
        pre.Add("self._bg_busy = 1");
        fin.Add("self._bg_busy = 0");
        decls.Add("cdef Py_buffer _b_bg_in");
        decls.Add("cdef bint _h_bg_in = False");
        decls.Add("cdef unsigned char *_so = NULL");
        decls.Add("cdef size_t _so_len = 0");
        decls.Add("cdef int _ss = 0");
        body.Add($"_bg_get_buffer({s.InputName}, &_b_bg_in, False, \"{s.InputName}\")");
        body.Add("_h_bg_in = True");
        fin.Add("if _h_bg_in:");
        fin.Add("    PyBuffer_Release(&_b_bg_in)");
        fin.Add("_bg_free(<void *>_so)");
        var owner = module.Handle(f.MethodOf!);
        var args = f.Params.Where(p => p.Role is HandleRole { IsSelf: true } or ValueRole).Select(p => "c_" + p.CName);
        return $"{StreamLowering.HelperName(owner, f)}({string.Join(", ", args)}, _b_bg_in.buf, <size_t>_b_bg_in.len, &_ret, &_so, &_so_len)";
    }

    /// <summary>The verbatim C of every stream loop and its declaration for Cython, or null when the module has none.</summary>
    public PyStreamHelpers? StreamHelpers()
    {
        var code = StreamLowering.Helpers(module);
        if (code.Length == 0) return null;
        var decls = new List<string>();
        foreach (var h in module.Handles)
            foreach (var f in h.Methods.Where(m => m.Stream is not null))
            {
                var ps = f.Params.Where(p => p.Role is ValueRole).Select(p => $"{Local(p.CSpelling)} {p.PyName}");
                var ret = f.Return.Kind == ReturnKind.Void ? "int" : Local(f.Return.CSpelling);
                decls.Add($"int {StreamLowering.HelperName(h, f)}(void *bg_s, {string.Join("", ps.Select(p => p + ", "))}const void *bg_in, size_t bg_inlen, " +
                          $"{ret} *bg_rv, unsigned char **bg_out, size_t *bg_outlen) nogil");
            }
        return new PyStreamHelpers(code.Trim('\n'), module.Headers.ToList(), decls);
    }
}
