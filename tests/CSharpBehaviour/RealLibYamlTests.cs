using Yamlbind;
using Y = Yamlbind.Yamlbind;

namespace CSharpBehaviour;

/// <summary>Mirrors reallibs/test_yaml.py against the real libyaml-0.so.2 (examples/yaml).</summary>
public class RealLibYamlTests
{
    [Fact]
    public void EventsOfASmallDocument()
    {
        using var parser = new Parser();
        var text = "a: [1, 2]\nb: x\n"u8.ToArray();
        parser.SetInputString(text);
        var types = new List<yaml_event_type_t>();
        yaml_event_t ev;
        do
        {
            parser.Parse(out ev);
            types.Add(ev.type);
        } while (ev.type != yaml_event_type_t.YamlStreamEndEvent);
        Assert.Equal(13, types.Count);
        Assert.Equal(yaml_event_type_t.YamlStreamStartEvent, types[0]);
        Assert.Equal(yaml_event_type_t.YamlMappingStartEvent, types[2]);
        Assert.Equal(yaml_event_type_t.YamlSequenceStartEvent, types[4]);
        Assert.Equal(yaml_event_type_t.YamlMappingEndEvent, types[10]);
        GC.KeepAlive(text);
    }

    [Fact]
    public void MalformedDocumentThrows()
    {
        using var parser = new Parser();
        var text = "a: [1, 2\n"u8.ToArray();
        parser.SetInputString(text);
        Assert.Throws<YamlError>(() => { for (int i = 0; i < 20; i++) parser.Parse(out _); });
        parser.Dispose();
        Assert.Throws<ObjectDisposedException>(() => parser.Parse(out _));
        GC.KeepAlive(text);
    }

    [Fact]
    public void Version()
    {
        Y.YamlGetVersion(out var major, out var minor, out var patch);
        Assert.Equal($"{major}.{minor}.{patch}", Y.YamlGetVersionString());
    }
}
