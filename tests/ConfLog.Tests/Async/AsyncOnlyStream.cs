using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace ConfLog.Tests.Async;

// A stream that refuses synchronous reads, as a request body in ASP.NET Core does, and gives at most `piece` bytes a
// read, as a body arriving over a network does.
internal sealed class AsyncOnlyStream(byte[] bytes, int piece = int.MaxValue) : Stream
{
    private int _position;
    private bool _disposed;

    public int AsyncReads { get; private set; }

    public int Consumed => _position;

    // A stream closed by the code under test says so.
    public override bool CanRead => !_disposed;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => throw Refused();

    public override int Read(Span<byte> buffer) => throw Refused();

    public override int ReadByte() => throw Refused();

    public override void CopyTo(Stream destination, int bufferSize) => throw Refused();

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        // Yields first, so each read completes later as a network read would.
        await Task.Yield();
        cancellationToken.ThrowIfCancellationRequested();
        AsyncReads++;
        int count = Math.Min(Math.Min(buffer.Length, piece), bytes.Length - _position);
        bytes.AsMemory(_position, count).CopyTo(buffer);
        _position += count;
        return count;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        _disposed = true;
        base.Dispose(disposing);
    }

    private static InvalidOperationException Refused() => new("Synchronous operations are disallowed.");
}
