using System.Formats.Tar;
using Archivebind;
using A = Archivebind.Archivebind;

namespace CSharpBehaviour;

/// <summary>Mirrors reallibs/test_archive.py against the real libarchive.so.13 (examples/archive),
/// reading a tar written by System.Formats.Tar.</summary>
public class RealLibArchiveTests
{
    static readonly Dictionary<string, byte[]> Files = new()
    {
        ["a.txt"] = "hello archive"u8.ToArray(),
        ["dir/b.bin"] = Enumerable.Range(0, 10240).Select(i => (byte)i).ToArray(),
    };

    static string WriteTar()
    {
        var path = Path.Combine(Path.GetTempPath(), $"bindgen-reallibs-{Guid.NewGuid():N}.tar");
        using var stream = File.Create(path);
        using var writer = new TarWriter(stream);
        foreach (var (name, data) in Files)
            writer.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(data) });
        return path;
    }

    static Reader Open(string path)
    {
        var reader = new Reader();
        reader.ReadSupportFilterAll();
        reader.ReadSupportFormatAll();
        reader.ReadOpenFilename(path);
        return reader;
    }

    [Fact]
    public void ReadLoop()
    {
        var path = WriteTar();
        try
        {
            var seen = new Dictionary<string, byte[]>();
            using (var reader = Open(path))
            {
                while (reader.ReadNextHeader(out var entry) == A.ARCHIVE_OK)
                {
                    var buf = new byte[entry!.Size()];
                    var got = reader.ReadData(buf);
                    seen[entry.Pathname()!] = buf.AsSpan(0, (int)got).ToArray();
                }
            }
            Assert.Equal(Files, seen);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void ErrorStringFromTheHandle()
    {
        using var reader = new Reader();
        reader.ReadSupportFormatAll();
        var e = Assert.Throws<ArchiveError>(() => reader.ReadOpenFilename("/nonexistent-dir/missing.tar"));
        Assert.Equal(A.ARCHIVE_FATAL, e.Code);
        Assert.Equal(reader.ErrorString(), e.Message);
        reader.Dispose();
        Assert.Throws<ObjectDisposedException>(() => reader.ReadNextHeader(out _));
        Assert.StartsWith("libarchive ", A.ArchiveVersionString());
    }
}
