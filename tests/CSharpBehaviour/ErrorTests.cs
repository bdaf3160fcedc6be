using DemoLib;

namespace CSharpBehaviour;

/// <summary>Mirrors test_demo_errors.py: return_code (message, message_from, success, keep), null, errno, negative.</summary>
public class ErrorTests
{
    [Theory]
    [InlineData(typeof(DemoError))]
    [InlineData(typeof(CounterLimitError))]
    [InlineData(typeof(NotFoundError))]
    [InlineData(typeof(ParseError))]
    [InlineData(typeof(DemoOSError))]
    [InlineData(typeof(DemoIndexError))]
    public void ExceptionClassesShareTheModuleBase(Type type)
    {
        Assert.True(typeof(DemoException).IsAssignableFrom(type));
        Assert.Equal("DemoLib", type.Namespace);
    }

    [Fact]
    public void ReturnCodeCarriesCodeAndMessage()
    {
        var e = Assert.Throws<DemoError>(() => Demo.DemoFill(new byte[1], 0, 2));
        Assert.Equal(Demo.DEMO_E_SMALL, e.Code);
        Assert.Equal("buffer too small", e.Message);
    }

    [Fact]
    public void EachStatusMapsToItsMessage()
    {
        Assert.Equal("division by zero", Assert.Throws<DemoError>(() => Demo.DemoDivmod(1, 0, out _, out _)).Message);
        Assert.Equal("invalid argument", Assert.Throws<DemoError>(() => Demo.DemoRepeat("x"u8, -1)).Message);
        Assert.Equal("invalid argument", Assert.Throws<DemoError>(() => Demo.DemoParseInt("1e9999", out _)).Message);
        Assert.Equal("value out of range", Assert.Throws<DemoError>(() => Demo.DemoDescribe(-5, out _)).Message);
    }

    [Fact]
    public void SuccessListAndHiddenCode()
    {
        Assert.Equal(4, Demo.DemoFill(new byte[4], 1, 4));
        Assert.Equal("abcd"u8.ToArray(), Demo.DemoCopyProduced("abcdef"u8, out var status));
        Assert.Equal(Demo.DEMO_MORE, status);
    }

    [Fact]
    public void MessageFromReadsTheHandle()
    {
        using var counter = new DemoCounter(8);
        counter.SetLimit(10);
        var e = Assert.Throws<CounterLimitError>(() => counter.Add(5));
        Assert.Equal(Demo.DEMO_E_LIMIT, e.Code);
        Assert.Contains("value 8 + 5 exceeds limit 10", e.Message);
        Assert.Equal("value 8 + 5 exceeds limit 10", counter.Errmsg());
        Assert.Equal(8, counter.Value());
        counter.Add(2);
        Assert.Equal(10, counter.Value());
        Assert.Equal("", counter.Errmsg());
    }

    [Fact]
    public void NullConvention()
    {
        Assert.Throws<NotFoundError>(() => Demo.DemoWeekdayName(-1));
        Assert.Throws<NotFoundError>(() => Demo.DemoWeekdayName(100));
        Assert.Equal("Wednesday", Demo.DemoWeekdayName(2));
        Assert.Throws<ParseError>(() => Demo.DemoParseCounter("twelve"));
        Assert.Throws<ParseError>(() => Demo.DemoParseCounter(""));
    }

    [Fact]
    public void ErrnoConventionCarriesErrno()
    {
        Assert.Equal(0, Demo.DemoOpenMode("r"));
        Assert.Equal(2, Demo.DemoOpenMode("a"));
        var e = Assert.Throws<DemoOSError>(() => Demo.DemoOpenMode("x"));
        Assert.Equal(22, e.Code);   // EINVAL
        Assert.Equal("Invalid argument", e.Message);
    }

    [Fact]
    public void NegativeConvention()
    {
        Assert.Equal(2, Demo.DemoIndexOf("abc"u8, (byte)'c'));
        var e = Assert.Throws<DemoIndexError>(() => Demo.DemoIndexOf("abc"u8, (byte)'d'));
        Assert.Equal(-1, e.Code);
        Assert.Throws<DemoIndexError>(() => Demo.DemoIndexOf([], 0));
    }

    [Fact]
    public void ErrorsLeaveNothingPending()
    {
        for (int i = 0; i < 3; i++)
        {
            Assert.Throws<DemoError>(() => Demo.DemoDivmod(1, 0, out _, out _));
            Demo.DemoDivmod(4, 2, out var q, out var r);
            Assert.Equal((2, 0), (q, r));
        }
    }
}
