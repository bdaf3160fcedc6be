using DemoLib;

namespace CSharpBehaviour;

/// <summary>
/// Mirrors test_demo_static_inline_handle.py: DemoRef's destructor demo_ref_release is static inline in demo.h (no
/// library exports it): Dispose and the finalizer call it through the shim library, exactly once per object.
/// </summary>
public class StaticInlineHandleTests
{
    [Fact]
    public void DisposeReleasesOnce()
    {
        var alive = CounterDelta.Settle(Demo.DemoRefsAlive);
        var r = new DemoRef(21);
        Assert.Equal(alive + 1, Demo.DemoRefsAlive());
        Assert.Equal(21, r.Value());
        Assert.Equal(42, r.Doubled());   // a static inline method, through the shim
        r.Dispose();
        Assert.Equal(alive, Demo.DemoRefsAlive());
        r.Dispose();                     // twice: still released once
        Assert.Equal(alive, Demo.DemoRefsAlive());
        Assert.Throws<ObjectDisposedException>(() => r.Value());
    }

    [Fact]
    public void FinalizerReleases()
    {
        var alive = CounterDelta.Settle(Demo.DemoRefsAlive);
        Make(100);
        Assert.Equal(alive, CounterDelta.Settle(Demo.DemoRefsAlive));

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        static void Make(int n)
        {
            for (int i = 0; i < n; i++) Assert.Equal(i, new DemoRef(i).Value());
        }
    }
}
