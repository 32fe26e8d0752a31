using System;
using System.Threading.Tasks;

namespace ConfLog.Tests.Hostile;

// Runs work in the background with a generous time limit: a parser that went quadratic or hung on hostile input
// fails the test instead of stalling the suite. This bounds, it does not measure; speed is for the benchmarks.
internal static class Bounded
{
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    public static T Run<T>(Func<T> work)
    {
        var task = Task.Run(work);
        if (!task.Wait(Limit))
        {
            throw new TimeoutException($"The work did not finish within {Limit.TotalSeconds} s.");
        }

        return task.Result;
    }
}
