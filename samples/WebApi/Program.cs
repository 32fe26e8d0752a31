// A minimal API that reads the conference notes posted to it and answers with their talks. Kestrel refuses
// synchronous reads of a request body, so the notes are read with LoadAsync or StreamAsync: Load(request.Body) would
// answer 500, "Synchronous operations are disallowed".
// Usage: dotnet run --project samples/WebApi, then
//   curl --data-binary @seeds/bitvisor-summit-2012.txt http://localhost:5000/talks
//   curl --data-binary @seeds/bitvisor-summit-2012.txt http://localhost:5000/talks/streamed
using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using ConfLog;
using ConfLog.Model;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

var builder = WebApplication.CreateSlimBuilder(args);
var app = builder.Build();

// The whole log, parsed once its body has been read; the token is the request's, cancelled when the client goes.
app.MapPost("/talks", async (HttpRequest request, CancellationToken cancellationToken) =>
{
    var log = await ConferenceLog.LoadAsync(request.Body, cancellationToken: cancellationToken);
    return Results.Ok(new Answer(log.Event.Venue, log.Talks.Select(TalkSummary.Of), log.Diagnostics.Length));
});

// Each talk written out as soon as it is read: memory bounded by the largest session, for archives of any size.
app.MapPost("/talks/streamed", (HttpRequest request, CancellationToken cancellationToken) =>
    Talks(ConferenceLog.StreamAsync(request.Body, cancellationToken: cancellationToken), cancellationToken));

app.Run();

static async IAsyncEnumerable<TalkSummary> Talks(IAsyncEnumerable<Session> sessions, [EnumeratorCancellation] CancellationToken cancellationToken)
{
    await foreach (var session in sessions.WithCancellation(cancellationToken))
    {
        if (session is Talk talk)
        {
            yield return TalkSummary.Of(talk);
        }
    }
}

/// <summary>What /talks answers: where the event was, its talks, and how many diagnostics the notes gave.</summary>
/// <param name="Venue">Where the event was, when the notes say.</param>
/// <param name="Talks">The talks, in order.</param>
/// <param name="Diagnostics">How many diagnostics the parse gave.</param>
internal sealed record Answer(string? Venue, IEnumerable<TalkSummary> Talks, int Diagnostics);

/// <summary>A talk as the API gives it.</summary>
/// <param name="Title">The talk's title.</param>
/// <param name="Speakers">Who gave it.</param>
/// <param name="Start">When it began, when the notes say.</param>
/// <param name="End">When it ended, when the notes say.</param>
internal sealed record TalkSummary(string Title, IEnumerable<string> Speakers, DateTime? Start, DateTime? End)
{
    public static TalkSummary Of(Talk talk) => new(talk.Title, talk.Speakers.Select(s => s.Name), talk.Start, talk.End);
}
