using System.Linq;
using Sprache;

namespace ConfLog.Lines;

/// <summary>Words a Sprache failure as one message: what was found, then what was expected.</summary>
internal static class FailureText
{
    public static string Of<T>(IResult<T> failure)
    {
        string message = failure.Message;
        bool saysExpected = message.Contains(", expected ");
        return saysExpected || !failure.Expectations.Any()
            ? message
            : message + ", expected " + string.Join(" or ", failure.Expectations);
    }
}
