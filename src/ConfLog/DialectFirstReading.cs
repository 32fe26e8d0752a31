using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ConfLog.Diagnostics;
using ConfLog.Model;
using ConfLog.Structure;
using ConfLog.Text;

namespace ConfLog;

/// <summary>
/// How <see cref="ConferenceLog.Parse(string?, ConfLogOptions?)"/> reads a whole text: with the line grammar alone as far
/// as it takes to decide the dialect (the first <see cref="LogPipeline.DialectPrefix"/> lines), then either on to the end
/// (the seed's dialect, or a text the reader of real notes finds no talk in) or again from the start, with the reader's
/// decisions laid over the grammar's. A text in another markup is read again whenever the reader finds talks in it, so
/// reading it to its end first, only to throw that away, cost a tenth of its parse or more (ja-pycon-taiwan: 297 µs
/// with it, 255 without).
/// </summary>
internal static class DialectFirstReading
{
    public static (LogPipeline Pipeline, ImmutableArray<Session> Sessions, Dialect Dialect) Read(
        SourceText source, ConfLogOptions options, List<Diagnostic> diagnostics, TextSource texts, CancellationToken cancellationToken)
    {
        int before = diagnostics.Count;
        var pipeline = new LogPipeline(options, diagnostics, texts);
        var made = ImmutableArray.CreateBuilder<Session>();
        var lines = source.Cursor();
        pipeline.FeedUpTo(ref lines, LogPipeline.DialectPrefix, made, cancellationToken);
        Dialect? early = null;
        if (pipeline.SeedHeaderLine == 0 && options.Markup != NoteMarkup.Plain)
        {
            // Not the seed's dialect: the reader decides, from the whole text.
            early = Dialect.Of(pipeline, source, made.ToImmutable());
            if (early.Overlay is not null)
            {
                return Overlaid(early, source, options, diagnostics, before, texts, cancellationToken);
            }
        }

        pipeline.FeedUpTo(ref lines, int.MaxValue, made, cancellationToken);
        pipeline.Complete();
        pipeline.Drain(made);
        var sessions = made.ToImmutable();

        // The reader found no talk: the grammar's reading stands, unless it read a talk after the prefix, which only
        // the whole reading can say (the dialect is then decided again, as from the start).
        var dialect = early is null || sessions.Any(session => session is Talk) ? Dialect.Of(pipeline, source, sessions) : early;
        return dialect.Overlay is null ? (pipeline, sessions, dialect) : Overlaid(dialect, source, options, diagnostics, before, texts, cancellationToken);
    }

    // The reading with the reader's decisions laid over the grammar's: its diagnostics replace the first reading's.
    private static (LogPipeline, ImmutableArray<Session>, Dialect) Overlaid(
        Dialect dialect, SourceText source, ConfLogOptions options, List<Diagnostic> diagnostics, int before, TextSource texts, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        diagnostics.RemoveRange(before, diagnostics.Count - before);
        var (pipeline, sessions) = LogPipeline.ReadAll(source.Cursor(), options, diagnostics, texts, dialect.Overlay, cancellationToken);
        return (pipeline, sessions, dialect);
    }
}
