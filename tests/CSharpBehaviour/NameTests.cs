using System.Xml.Linq;
using DemoLib;

namespace CSharpBehaviour;

/// <summary>Mirrors test_demo_names.py: namespace/class from targets.csharp, PascalCase names, `doc` and header comments as XML docs.</summary>
public class NameTests
{
    static string? Summary(string member)
    {
        var path = Path.ChangeExtension(typeof(Demo).Assembly.Location, ".xml");
        var doc = XDocument.Load(path);
        return doc.Descendants("member").FirstOrDefault(m => (string?)m.Attribute("name") == member)?.Element("summary")?.Value.Trim();
    }

    [Fact]
    public void NamespaceAndClassFromTheSpec()
    {
        Assert.Equal("DemoLib.Demo", typeof(Demo).FullName);
        Assert.True(typeof(Demo).IsAbstract && typeof(Demo).IsSealed);   // static class
        Assert.Equal("Zlibbind.Zlibbind", typeof(Zlibbind.Zlibbind).FullName);
    }

    [Fact]
    public void DocsComeFromTheSpecOrTheHeader()
    {
        Assert.Equal("Return three times x.", Summary("M:DemoLib.Demo.Triple(System.Int32)"));
        Assert.Equal("Returns value unchanged (int8_t).", Summary("M:DemoLib.Demo.DemoEchoI8(System.SByte)"));
        Assert.Equal("Colours; demo_next_color() cycles through them.", Summary("T:DemoLib.demo_color"));
        Assert.Equal("Red (0).", Summary("F:DemoLib.demo_color.Red"));
        Assert.Equal("A point with integer coordinates.", Summary("T:DemoLib.demo_point"));
        Assert.Equal("Major version number.", Summary("F:DemoLib.Demo.DEMO_VERSION_MAJOR"));
    }

    [Fact]
    public void KeywordParametersGetATrailingUnderscore()
    {
        var p = typeof(Demo).GetMethod(nameof(Demo.DemoCopyProduced))!.GetParameters();
        Assert.Equal("in_", p[0].Name);
        Assert.Equal("out_", typeof(Demo).GetMethod(nameof(Demo.DemoFill))!.GetParameters()[0].Name);
    }
}
