using DemoLib;

namespace CSharpBehaviour;

/// <summary>
/// Mirrors test_demo_lifecycle.py: a close() look-alike is not bound, the destructor runs exactly once, a
/// constructor with an out parameter is a function returning the object and err, functions named like tags.
/// </summary>
public class LifecycleTests
{
    static CounterDelta Destructions() => new(Demo.DemoFileDestructorCalls);

    [Fact]
    public void CloseLookalikeAndExcludedFunctionAreNotBound()
    {
        Assert.Null(typeof(Demo).GetMethod("DemoFileClose"));
        Assert.Null(typeof(DemoFile).GetMethod("Close_"));
        Assert.Null(typeof(DemoFile).GetMethod("Unexported"));
        Assert.Null(typeof(Demo).GetMethod("DemoFileUnexported"));
        Assert.NotNull(typeof(DemoFile).GetMethod("Read"));
    }

    [Fact]
    public void DisposeRunsTheDestructorOnceAndTheObjectIsUnusableAfter()
    {
        var live = CounterDelta.LiveObjects();
        var destroyed = Destructions();
        var f = new DemoFile(7);
        Assert.Equal(7, f.Read());
        f.Dispose();
        Assert.Equal(1, destroyed.Delta);
        Assert.Throws<ObjectDisposedException>(() => f.Read());
        f.Dispose();
        f.Close();
        Assert.Equal(1, destroyed.SettledDelta());
        Assert.Equal(0, live.SettledDelta());
        Assert.Equal(0, Demo.DemoFileLegacyCloseCalls());
    }

    [Fact]
    public void ConstructorWithOutParameterIsAFunctionReturningTheObjectAndErr()
    {
        var live = CounterDelta.LiveObjects();
        using (var w = Demo.DemoWidgetNew(5, out var err))
        {
            Assert.Equal(0, err);
            Assert.NotNull(w);
            Assert.Equal(5, w!.Flags());
            Assert.Equal(1, live.Delta);
        }
        Assert.Equal(0, live.Delta);
        Assert.Null(Demo.DemoWidgetNew(-3, out var err2));
        Assert.Equal(3, err2);
        Assert.Empty(typeof(DemoWidget).GetConstructors());
    }

    [Fact]
    public void FunctionsNamedLikeTagsAreBoundBesideTheirTypes()
    {
        Assert.Equal(demo_shade.Dark, Demo.DemoShade(1));
        Assert.Equal(demo_shade.Light, Demo.DemoShade(dark: 0));
        var s = Demo.DemoSpan(3, 9);
        Assert.Equal((3, 9), (s.start, s.stop));
    }
}
