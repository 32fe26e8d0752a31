using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using ConfLog.Model;
using FluentAssertions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;
using Xunit;

namespace ConfLog.Tests.Async;

// A real ASP.NET Core minimal API, hosted in process, that refuses synchronous reads of a request body as Kestrel
// does: the notes posted to it come back as their talks' titles through LoadAsync and through StreamAsync, and the
// synchronous Load, which read the body with Stream.CopyTo, fails there.
public sealed class WebApiTests : IAsyncLifetime
{
    private static readonly Lazy<string> TenMegabytes = new(() => GeneratedLog.OfAtLeast(10 * 1024 * 1024));

    private WebApplication? _app;
    private HttpClient? _client;

    private HttpClient Client => _client ?? throw new InvalidOperationException("The app is not started.");

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer(server => server.AllowSynchronousIO = false);
        builder.Logging.ClearProviders();
        _app = builder.Build();

        _app.MapPost("/load", async (HttpRequest request, CancellationToken cancellationToken) =>
        {
            var log = await ConferenceLog.LoadAsync(request.Body, cancellationToken: cancellationToken);
            return log.Talks.Select(t => t.Title);
        });
        _app.MapPost("/stream", (HttpRequest request, CancellationToken cancellationToken) =>
            Titles(ConferenceLog.StreamAsync(request.Body, cancellationToken: cancellationToken), cancellationToken));
        _app.MapPost("/load-synchronously", (HttpRequest request) => ConferenceLog.Load(request.Body).Talks.Select(t => t.Title));

        await _app.StartAsync(TestContext.Current.CancellationToken);
        _client = _app.GetTestClient();
    }

    public async ValueTask DisposeAsync()
    {
        _client?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    public static TheoryData<string, string> Posts()
    {
        var data = new TheoryData<string, string>();
        foreach (string route in new[] { "/load", "/stream" })
        {
            data.Add(route, "seed");
            data.Add(route, "10 MB");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Posts))]
    public async Task The_talks_of_posted_notes_come_back_from_the_endpoint(string route, string notes)
    {
        string text = notes == "seed" ? Seed.Text : TenMegabytes.Value;
        var expected = ConferenceLog.Parse(text).Talks.Select(t => t.Title).ToList();

        using var response = await Client.PostAsync(route, Body(text), TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var titles = await response.Content.ReadFromJsonAsync<List<string>>(TestContext.Current.CancellationToken);
        titles.Should().Equal(expected);
        titles.Should().Contain("BitVisorの現状と今後");
    }

    [Fact]
    public async Task The_ten_megabyte_log_holds_thousands_of_talks()
    {
        Encoding.UTF8.GetByteCount(TenMegabytes.Value).Should().BeGreaterThanOrEqualTo(10 * 1024 * 1024);

        using var response = await Client.PostAsync("/stream", Body(TenMegabytes.Value), TestContext.Current.CancellationToken);
        var titles = await response.Content.ReadFromJsonAsync<List<string>>(TestContext.Current.CancellationToken);

        titles.Should().HaveCountGreaterThan(1000).And.OnlyHaveUniqueItems("each copy of the seed numbers its titles");
    }

    [Fact]
    public async Task The_synchronous_load_of_a_request_body_fails()
    {
        var post = async () =>
        {
            using var response = await Client.PostAsync("/load-synchronously", Body(Seed.Text), TestContext.Current.CancellationToken);
            return response.StatusCode;
        };

        // The test server hands the app's exception to the client, where Kestrel would answer 500.
        await post.Should().ThrowAsync<InvalidOperationException>().WithMessage("Synchronous operations are disallowed*");
    }

    private static ByteArrayContent Body(string text)
    {
        var body = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        body.Headers.ContentType = new("text/plain") { CharSet = "utf-8" };
        return body;
    }

    private static async IAsyncEnumerable<string> Titles(IAsyncEnumerable<Session> sessions, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var session in sessions.WithCancellation(cancellationToken))
        {
            if (session is Talk talk)
            {
                yield return talk.Title;
            }
        }
    }
}
