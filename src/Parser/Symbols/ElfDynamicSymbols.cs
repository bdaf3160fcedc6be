using System.Buffers.Binary;
using System.Text;

namespace Bindgen.Parser.Symbols;

/// <summary>
/// Reads the names a shared library exports from its ELF dynamic symbol table (.dynsym): the symbols the dynamic
/// loader (and so dlsym, ctypes, cffi's dlopen, .NET's LibraryImport) can find. Handles ELF32/ELF64 in either byte
/// order; needs the section headers (every linker writes them; only a deliberately stripped-to-the-bone file lacks them).
/// </summary>
public static class ElfDynamicSymbols
{
    const uint ShtDynsym = 11;
    const int StbGlobal = 1, StbWeak = 2, StbGnuUnique = 10;
    const int SttNotype = 0, SttObject = 1, SttFunc = 2, SttTls = 6, SttGnuIfunc = 10;
    const int StvDefault = 0, StvProtected = 3;

    /// <summary>The defined, globally visible function and data symbols of FILE (version suffixes are not part of the name).</summary>
    /// <exception cref="InvalidDataException">FILE is not an ELF file with a .dynsym section (e.g. a linker script).</exception>
    public static IReadOnlySet<string> Read(string file) => Parse(File.ReadAllBytes(file), file);

    public static IReadOnlySet<string> Parse(byte[] elf, string what)
    {
        if (elf.Length < 52 || elf[0] != 0x7f || elf[1] != (byte)'E' || elf[2] != (byte)'L' || elf[3] != (byte)'F')
            throw new InvalidDataException($"{what} is not an ELF file");
        var is64 = elf[4] switch { 1 => false, 2 => true, _ => throw new InvalidDataException($"{what}: unknown ELF class {elf[4]}") };
        var le = elf[5] switch { 1 => true, 2 => false, _ => throw new InvalidDataException($"{what}: unknown ELF byte order {elf[5]}") };
        var r = new Reader(elf, le, what);

        var shoff = is64 ? r.U64(0x28) : r.U32(0x20);
        var shentsize = r.U16(is64 ? 0x3A : 0x2E);
        var shnum = r.U16(is64 ? 0x3C : 0x30);
        if (shoff == 0 || shnum == 0) throw new InvalidDataException($"{what} has no section headers");

        (ulong Offset, ulong Size, uint Link, ulong EntSize) Section(int i)
        {
            var at = checked((int)(shoff + (ulong)(i * shentsize)));
            return is64
                ? (r.U64(at + 0x18), r.U64(at + 0x20), r.U32(at + 0x28), r.U64(at + 0x38))
                : (r.U32(at + 0x10), r.U32(at + 0x14), r.U32(at + 0x18), r.U32(at + 0x24));
        }
        uint Type(int i) => r.U32(checked((int)(shoff + (ulong)(i * shentsize))) + 4);

        for (int i = 0; i < shnum; i++)
        {
            if (Type(i) != ShtDynsym) continue;
            var (off, size, link, entsize) = Section(i);
            if (entsize == 0) entsize = is64 ? 24u : 16u;
            var (stroff, strsize, _, _) = Section((int)link);
            var names = new HashSet<string>(StringComparer.Ordinal);
            for (ulong e = 0; e + entsize <= size; e += entsize)
            {
                var at = checked((int)(off + e));
                uint name = r.U32(at);
                int info = is64 ? elf[at + 4] : elf[at + 12];
                int other = is64 ? elf[at + 5] : elf[at + 13];
                int shndx = is64 ? r.U16(at + 6) : r.U16(at + 14);
                int bind = info >> 4, type = info & 0xf, vis = other & 3;
                if (shndx == 0 || name == 0) continue;   // undefined: imported from another library
                if (bind is not (StbGlobal or StbWeak or StbGnuUnique)) continue;
                if (type is not (SttFunc or SttObject or SttGnuIfunc or SttTls or SttNotype)) continue;
                if (vis is not (StvDefault or StvProtected)) continue;
                names.Add(r.CString(stroff, strsize, name));
            }
            return names;
        }
        throw new InvalidDataException($"{what} has no dynamic symbol table (.dynsym): not a shared library");
    }

    sealed class Reader(byte[] data, bool le, string what)
    {
        readonly byte[] _d = data;

        ReadOnlySpan<byte> At(int at, int n) =>
            at >= 0 && at + n <= _d.Length ? _d.AsSpan(at, n) : throw new InvalidDataException($"{what}: truncated ELF file");

        public ushort U16(int at) => le ? BinaryPrimitives.ReadUInt16LittleEndian(At(at, 2)) : BinaryPrimitives.ReadUInt16BigEndian(At(at, 2));
        public uint U32(int at) => le ? BinaryPrimitives.ReadUInt32LittleEndian(At(at, 4)) : BinaryPrimitives.ReadUInt32BigEndian(At(at, 4));
        public ulong U64(int at) => le ? BinaryPrimitives.ReadUInt64LittleEndian(At(at, 8)) : BinaryPrimitives.ReadUInt64BigEndian(At(at, 8));

        public string CString(ulong tableOffset, ulong tableSize, uint index)
        {
            if (index >= tableSize) throw new InvalidDataException($"{what}: symbol name outside .dynstr");
            var table = At(checked((int)tableOffset), checked((int)tableSize));
            var s = table[(int)index..];
            var end = s.IndexOf((byte)0);
            return Encoding.UTF8.GetString(end < 0 ? s : s[..end]);
        }
    }
}
